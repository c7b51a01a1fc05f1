/** Finds the rule pages shipped beside the language server (Node only). */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LocalRuleDocs } from '../core/index.js';

/**
 * The rule pages in directory `dir` (a path; the installed extension's `docs/rules`, beside `dist/server.js`): the
 * directory's `file:` URL and the ids of its `<id>.md` pages (README.md is not a rule). Null when the directory cannot
 * be read or holds no page (a standalone server without the docs). Never throws.
 */
export function localRuleDocs(dir: string): LocalRuleDocs | null {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const ids = new Set(names.filter((n) => n.endsWith('.md') && n !== 'README.md').map((n) => n.slice(0, -'.md'.length)));
  if (!ids.size) return null;
  const href = pathToFileURL(dir).href;
  return { dirUrl: href.endsWith('/') ? href : `${href}/`, ids };
}
