// Reading and writing report files for the CLI (the core never touches the file system).
import { accessSync, chmodSync, constants, readFileSync, readdirSync, realpathSync, writeFileSync, renameSync, statSync } from 'node:fs';
import { relative, dirname, basename, isAbsolute, join, sep } from 'node:path';
import type { Bilingual } from '../core/index.js';
import { decodeBytes, type DecodeResult } from './decode.js';
import { fsError, REASON } from './messages.js';

export { fsError };

/**
 * Reads and decodes a report file (see `decodeBytes`), or gives the reason it cannot be read (in both languages).
 * Files over `maxBytes` are not read (the default is decodeBytes's limit, which it reports as too large).
 */
export function readReport(abs: string, o: { maxBytes?: number } = {}): DecodeResult {
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (!st.isFile()) return { ok: false, error: REASON.notRegularFile };
    if (o.maxBytes !== undefined && st.size > o.maxBytes) return { ok: false, error: REASON.overBytes(o.maxBytes) };
    buf = readFileSync(abs);
  } catch (e) {
    return { ok: false, error: fsError(e) };
  }
  return decodeBytes(buf, abs);
}


/**
 * Writes a file safely: to a temporary file beside it, then renamed over it (no half-written report), keeping the
 * file's permissions. A symbolic link is followed (its target is written, the link stays a link); a file with
 * several hard links, a file owned by another user (whose ownership a rename would take) and a file in a folder
 * that takes no new files are rewritten in place. Throws the file system's error (EACCES for a read-only file,
 * which is not replaced) and leaves the file as it was.
 */
export function writeAtomic(abs: string, data: Buffer): void {
  let target = abs;
  let mode: number | undefined;
  try {
    target = realpathSync(abs);
    const st = statSync(target);
    // A file its owner made read-only is not replaced behind their back (a rename would succeed in a writable folder).
    // The mode bits too: for root (CI containers) access() allows everything.
    accessSync(target, constants.W_OK);
    if ((st.mode & 0o222) === 0) throw Object.assign(new Error(`EACCES: permission denied, the file is read-only: '${abs}'`), { code: 'EACCES' });
    mode = st.mode & 0o7777;
    // Several hard links, or someone else's file (a rename would make it ours): rewritten in place.
    if (st.nlink > 1 || (process.getuid !== undefined && st.uid !== process.getuid())) {
      writeFileSync(target, data);
      return;
    }
  } catch (e) {
    // A new file: nothing to keep. An existing file we may not write: refuse.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const tmp = join(dirname(target), `.${basename(target)}.nianbao-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
  } catch (e) {
    // A folder that takes no new files, around a file we may write: written in place.
    const code = (e as NodeJS.ErrnoException).code;
    if (mode !== undefined && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')) {
      writeFileSync(target, data);
      return;
    }
    throw e;
  }
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, target);
}

/**
 * How a path is printed: `abs` relative to `cwd` with `/` separators when it is under it; outside it, relative too
 * (`../2024.md`) when the user named it by a relative path (`typedRelative`), else `abs` itself.
 */
export function displayPath(abs: string, cwd: string, typedRelative = false): string {
  const rel = relative(cwd, abs);
  // The working folder itself (a folder argument `.`): `.`, as typed, not its absolute path.
  if (rel === '') return '.';
  if (rel && !isAbsolute(rel) && (typedRelative || (!rel.startsWith('..' + sep) && rel !== '..'))) return rel.split(sep).join('/');
  return abs;
}


/** Folders never searched for reports. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist']);
/** A report file's name: `*.md`, `*.markdown` or `*.txt`. */
export const REPORT_FILE = /\.(?:md|markdown|txt)$/i;

/** A Word or PDF file's name: a report as published, which the checker reads once converted to text. */
export const DOCUMENT_FILE = /\.(?:docx?|docm|dotx?|wps|wpt|xlsx?|xlsm|xlt|et|ett|pptx?|pps|pot|dps|pdf|ofd)$/i;

/**
 * The report files (`*.md`, `*.markdown`, `*.txt`) under the folder `abs`, recursively, sorted, as absolute paths;
 * `node_modules`, `.git` and `dist` are skipped. A folder reached twice through symbolic links is read once, under
 * its own path when the walk reaches it without a link (links to folders are followed after everything else), so
 * its files are named by their real paths (a file linked under two names is listed under both: `findFiles` keeps
 * one). Folders that cannot be read are listed in `errors` (with the reason), not skipped in silence. A symbolic
 * link named like a report whose target is missing (or a loop) is not a report to check: it is listed in
 * `brokenLinks` (with the reason), for a note, and skipped. `documents`: the Word and PDF files (`DOCUMENT_FILE`),
 * for the message on a folder that has no report file but those.
 */
export function reportFilesIn(abs: string): { files: string[]; errors: { path: string; reason: Bilingual }[]; brokenLinks: { path: string; reason: Bilingual }[]; documents: string[] } {
  const files: string[] = [];
  const documents: string[] = [];
  const errors: { path: string; reason: Bilingual }[] = [];
  const brokenLinks: { path: string; reason: Bilingual }[] = [];
  const seenDirs = new Set<string>();
  /** Folders reached through a symbolic link: walked after the folders reached without one. */
  const linked: string[] = [];
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      errors.push({ path: dir, reason: fsError(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: dir, reason: REASON.cannotReadFolder(fsError(e)) });
      return;
    }
    // In name order, so that of two paths to one folder the same one is always the one walked.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      const isLink = e.isSymbolicLink();
      if (isLink) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          // A dangling link (or a loop) in a folder is no report: said and skipped, so that a stale link in the
          // repository does not stop the run. Another error (permission denied) is listed, and reading it says so.
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') {
            if (REPORT_FILE.test(e.name)) brokenLinks.push({ path: p, reason: code === 'ELOOP' ? REASON.linkLoop : REASON.linkTargetMissing });
            continue;
          }
          isFile = REPORT_FILE.test(e.name);
        }
      }
      if (isDir) {
        if (!SKIPPED_FOLDERS.has(e.name)) {
          if (isLink) linked.push(p);
          else walk(p);
        }
      } else if (isFile && REPORT_FILE.test(e.name)) {
        files.push(p);
      } else if (isFile && DOCUMENT_FILE.test(e.name)) {
        documents.push(p);
      }
    }
  };
  walk(abs);
  for (let i = 0; i < linked.length; i++) walk(linked[i]);
  return { files: files.sort(), errors, brokenLinks, documents: documents.sort() };
}
