// Reading and writing report files for the CLI (the core never touches the file system).
import { chmodSync, readFileSync, realpathSync, writeFileSync, renameSync, statSync } from 'node:fs';
import { relative, dirname, basename, join, sep } from 'node:path';
import { decodeBytes, type Encoding } from './decode.js';

/**
 * Reads and decodes a report file (see `decodeBytes`), or gives the reason it cannot be read. Files over
 * `maxBytes` are not read (the default is decodeBytes's limit, which it reports as too large).
 */
export function readReport(abs: string, o: { maxBytes?: number } = {}): { ok: true; text: string; encoding: Encoding } | { ok: false; error: string } {
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (!st.isFile()) return { ok: false, error: 'not a regular file' };
    if (o.maxBytes !== undefined && st.size > o.maxBytes) return { ok: false, error: `file is over ${o.maxBytes} bytes` };
    buf = readFileSync(abs);
  } catch (e) {
    return { ok: false, error: (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message };
  }
  return decodeBytes(buf);
}

/**
 * Writes a file safely: to a temporary file beside it, then renamed over it (no half-written report), keeping the
 * file's permissions. A symbolic link is followed (its target is written, the link stays a link); a file with
 * several hard links is rewritten in place so that every link sees the change.
 */
export function writeAtomic(abs: string, data: Buffer): void {
  let target = abs;
  let mode: number | undefined;
  try {
    target = realpathSync(abs);
    const st = statSync(target);
    mode = st.mode & 0o7777;
    if (st.nlink > 1) {
      writeFileSync(target, data);
      return;
    }
  } catch {
    // A new file: nothing to keep.
  }
  const tmp = join(dirname(target), `.${basename(target)}.nianbao-${process.pid}.tmp`);
  writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, target);
}

/** `abs` relative to `cwd` with `/` separators when it is under it, else `abs` itself: how paths are printed. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : abs;
}

