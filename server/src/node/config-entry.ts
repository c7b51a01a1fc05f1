/**
 * What stands at the path of a config file (`.nianbao.jsonc`) that the CLI and the language server look up from a
 * report's folder upward: nothing (look further up), a file to read, or something named so that cannot be read as one.
 * The last stops the lookup in both: it was surely meant to be the config, and going on to a parent's would apply
 * settings no config asked for (brk96 #1, #2: a dangling link was passed over, and so was a folder in the editor).
 */
import { lstatSync, statSync } from 'node:fs';

/** Why an entry named as a config is no file to read. */
export type ConfigEntryProblem = 'folder' | 'link-loop' | 'link-target-missing' | 'not-regular-file';

/** `'none'` when nothing is at `path` (or it cannot be seen), `'file'` for a regular file (links followed), else the problem. */
export function configEntry(path: string): 'none' | 'file' | ConfigEntryProblem {
  try {
    lstatSync(path);
  } catch {
    return 'none';
  }
  try {
    const st = statSync(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'not-regular-file';
  } catch (e) {
    // A link there whose target cannot be reached.
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'link-target-missing';
  }
}
