/** Base of the rule documentation pages (`docs/rules/<id>.md` in the repository). */
export const DOCS_BASE = 'https://github.com/nianbao/nianbao/blob/main/docs/rules/';

/** The documentation link of a rule (LSP `codeDescription.href`, SARIF `helpUri`). */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
