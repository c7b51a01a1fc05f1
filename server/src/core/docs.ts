/**
 * The project's home (its repository). package.json's `repository`, `homepage` and `bugs` and `npm run package`'s
 * `--baseContentUrl`/`--baseImagesUrl` name the same home (test/unit/project-home.test.mjs checks that they agree).
 */
export const PROJECT_HOME = 'https://github.com/nianbao/nianbao';

/** Base of the rule documentation pages (`docs/rules/<id>.md` in the repository). */
export const DOCS_BASE = `${PROJECT_HOME}/blob/main/docs/rules/`;

/** The documentation link of a rule on the web (SARIF `helpUri`, the CLI's outputs; the editor's fallback). */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Rule pages found on disk: the `file:` URL of their directory (ending in `/`) and the rule ids that have a page there. */
export interface LocalRuleDocs {
  dirUrl: string;
  ids: ReadonlySet<string>;
}

/**
 * The link of each rule's page for the editor (LSP `codeDescription.href`): the local page `<dirUrl><id>.md` when
 * `local` has one for the rule (the installed extension ships docs/rules beside its server, so the link opens
 * offline and matches the installed version), else the web page (`docsUrl`). `local` null: always the web page.
 */
export function ruleDocLinks(local: LocalRuleDocs | null): (ruleId: string) => string {
  return (ruleId) => (local?.ids.has(ruleId) ? `${local.dirUrl}${ruleId}.md` : docsUrl(ruleId));
}
