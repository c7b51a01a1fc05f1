/**
 * The workspace side of the server: finding report files in the workspace folders, reading them from disk
 * (UTF-8 with or without BOM, UTF-16 with BOM, GB18030), and an index of the reports by year so that the
 * cross-year rules find last year's report.
 */
import { closeSync, openSync, promises as fs, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPreviousByKey, parseReport, reportKey, type Report, type ReportKey } from '../core/index.js';
import { fileNameOf, looksBinary, mightBeReport, type DocLike, type Problem } from './analysis.js';
import { decodeReport, MAX_BYTES, sizeOver, textDecoder, utf16WithoutBom, type EncodingName } from '../node/decode.js';
import { fsError } from '../cli/messages.js';

/** Files larger than this are not read by the workspace scan. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', '.cache', 'coverage']);
const EXT = /\.(md|markdown|txt)$/i;

/**
 * Whether a file name (no folder) is a report file's to the server: `*.md`, `*.markdown`, `*.txt`, or with
 * `autoDetect` off only `*.nianbao.md` and `*.nianbao.txt` (the other files are then never checked as reports).
 */
export function isReportFileName(name: string, autoDetect: boolean): boolean {
  return autoDetect ? EXT.test(name) : /\.nianbao\.(md|txt)$/i.test(name);
}

/** The language a file gets by its name (as the extension's `contributes.languages` says). */
export function languageOfPath(p: string): string {
  if (/\.nianbao\.(md|txt)$/i.test(p)) return 'nianbao';
  if (/\.(md|markdown)$/i.test(p)) return 'markdown';
  return 'plaintext';
}

/**
 * Decodes a file's bytes as the CLI does (`decodeReport`, node/decode.ts: BOMs, UTF-8, UTF-8 with a few invalid
 * bytes, GB18030); what it refuses (binary, undecodable) is read as UTF-8 with replacement characters, which
 * `looksBinary` then rejects.
 */
export function decode(buf: Uint8Array): string {
  return decodeFile(buf).text;
}

/**
 * `decode`, with the places whose bytes could not be decoded and the encoding (absent when there are none), and, for
 * bytes `decodeReport` refuses for a reason the text would not show (UTF-16 without a byte-order mark, over its size
 * limit), that reason as the file's `not-checked` note (`unread`; the CLI refuses them with the same reason).
 */
export function decodeFile(buf: Uint8Array): { text: string; badBytes?: NonNullable<DocLike['badBytes']>; unread?: Problem } {
  const d = decodeReport(buf);
  if (!d.ok) {
    const text = new TextDecoder('utf-8').decode(buf);
    if (d.failure.kind === 'utf16-no-bom') return { text, unread: utf16Problem(buf) };
    if (d.failure.kind === 'too-large') return { text, unread: tooLargeProblem(d.failure.bytes, MAX_BYTES, true) };
    return { text };
  }
  if (d.utf8Runs) return { text: d.text, badBytes: { bad: d.bad, encoding: d.encoding, utf8Runs: d.utf8Runs } };
  return d.bad.length ? { text: d.text, badBytes: { bad: d.bad, encoding: d.encoding } } : { text: d.text };
}

/**
 * The note on a UTF-16 file saved without a byte-order mark (which the CLI refuses, as it cannot tell it from a binary
 * file for sure): which UTF-16 it reads as and how to make it checkable, as `nianbao check` words it; `report` when its
 * text so decoded reads as a report.
 */
function utf16Problem(buf: Uint8Array): Problem {
  const name = utf16WithoutBom(buf) ?? 'utf16le';
  const label = name === 'utf16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  const p: Problem = {
    zh: `文件看起来是没有字节顺序标记（BOM）的 ${label} 文本，未检查：请另存为 UTF-8（或带 BOM 的 UTF-16）后再检查。`,
    en: `The file looks like ${label} text without a byte-order mark; not checked: save it as UTF-8 (or UTF-16 with BOM) and check again.`,
  };
  if (mightBeReport(textDecoder(buf, name))) p.report = true;
  return p;
}

/** The note on a file of `bytes` over `limit` bytes, not read; `report` when its start reads as a report's. */
function tooLargeProblem(bytes: number, limit: number, report: boolean): Problem {
  const mb = sizeOver(bytes, limit), max = limit / 1048576;
  return { zh: `文件过大（${mb} MB，超过 ${max} MB 的上限），未检查。`, en: `File too large (${mb} MB, over the ${max} MB limit); not checked.`, ...(report ? { report: true as const } : {}) };
}

/**
 * The note on a file that could not be read (permission denied, a loop of symbolic links…), with the file system's
 * reason as the CLI words it (`fsError`). What it holds is unknown: `report`, said whatever its language.
 */
function unreadableProblem(e: unknown): Problem {
  const why = fsError(e);
  return { zh: `无法读取此文件（${why.zh}），未检查。`, en: `The file could not be read (${why.en}); not checked.`, report: true };
}

/** Whether the first 256 KB of the file at `p` read as a report's (`mightBeReport`); true when they cannot be read. */
function headMightBeReport(p: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(p, 'r');
    const head = new Uint8Array(256 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const bytes = head.subarray(0, n);
    const d = decodeReport(bytes);
    if (d.ok) return mightBeReport(d.text);
    const bare = utf16WithoutBom(bytes);
    return bare ? mightBeReport(textDecoder(bytes, bare)) : false;
  } catch {
    return true;
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch { /* closed */ }
  }
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/**
 * A file of the workspace as a document (read once; `version` is a negative stamp from its mtime), with the places
 * whose bytes could not be decoded (`badBytes`, for the `encoding-invalid` errors the CLI reports too); null when it
 * cannot be read or decoded (`readDisk` says why).
 */
export function readDoc(p: string): DocLike | null {
  const d = readDisk(p);
  return d && !d.unread ? d : null;
}

/**
 * `readDoc`, with a file that is there but cannot be read or checked as a document with an empty text and the reason
 * (`unread`, its `not-checked` note, as `nianbao check` names the file and the reason): no permission or another file
 * system error, over `MAX_FILE_BYTES`, UTF-16 without a byte-order mark. Null when there is no such file (or it is no
 * file: a folder).
 */
export function readDisk(p: string): DocLike | null {
  const doc = (version: number, text: string): DocLike => ({ uri: pathToUri(p), version, languageId: languageOfPath(p), getText: () => text });
  const unread = (version: number, problem: Problem): DocLike => ({ ...doc(version, ''), unread: problem });
  let st: import('node:fs').Stats;
  try {
    st = statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : unread(-1, unreadableProblem(e));
  }
  if (!st.isFile()) return null;
  const version = -Math.max(1, Math.floor(st.mtimeMs));
  if (st.size > MAX_FILE_BYTES) return unread(version, tooLargeProblem(st.size, MAX_FILE_BYTES, headMightBeReport(p)));
  let bytes: Buffer;
  try {
    bytes = readFileSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : unread(version, unreadableProblem(e));
  }
  const { text, badBytes, unread: why } = decodeFile(bytes);
  if (why) return unread(version, why);
  const d = doc(version, text);
  if (badBytes) d.badBytes = badBytes;
  return d;
}

/**
 * The encoding of a file on disk when it is not UTF-8 (GB18030/GBK, UTF-16 with BOM: `decodeReport`; UTF-16 without
 * one: `utf16WithoutBom`), with its text so decoded and whether that looks like a report (`mightBeReport`); null for
 * a UTF-8 file, one that cannot be read or decoded, or one larger than `MAX_FILE_BYTES`. `cache` keeps the answer per
 * path until the file's modification time or size changes (a stat per call).
 */
export function diskEncodingOf(p: string, cache?: Map<string, { stamp: string; value: DiskEncoding | null }>): DiskEncoding | null {
  try {
    const st = statSync(p);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return null;
    const stamp = `${st.mtimeMs}:${st.size}`;
    const hit = cache?.get(p);
    if (hit && hit.stamp === stamp) return hit.value;
    const bytes = readFileSync(p);
    const d = decodeReport(bytes);
    // UTF-16 without a byte-order mark, which the CLI refuses (it cannot tell it from binary for sure): its text as
    // the editor would show it when reopened in that encoding.
    const bare = !d.ok && d.failure.kind === 'utf16-no-bom' ? utf16WithoutBom(bytes) : null;
    let value: DiskEncoding | null = null;
    if (d.ok && d.encoding.name !== 'utf8') value = { encoding: d.encoding.name, text: d.text, looksReport: mightBeReport(d.text) };
    else if (bare) {
      const text = textDecoder(bytes, bare);
      value = { encoding: bare, text, looksReport: mightBeReport(text) };
    }
    cache?.set(p, { stamp, value });
    return value;
  } catch {
    return null;
  }
}

/** What `diskEncodingOf` tells of a file that is not UTF-8. */
export interface DiskEncoding {
  encoding: EncodingName;
  text: string;
  looksReport: boolean;
}

/** Lists candidate files (`*.md`, `*.markdown`, `*.txt`) under the folders, skipping build and VCS folders. */
export async function listFiles(folders: string[], max: number): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (out.length >= max || depth > 12) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= max) return;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(path.join(dir, e.name), depth + 1);
      } else if (e.isFile() && EXT.test(e.name)) out.push(path.join(dir, e.name));
    }
  };
  for (const f of folders) await walk(f, 0);
  return out;
}

/** What the index keeps of a report file: enough to find it as someone's last-year report (its `ReportKey`). */
interface IndexEntry {
  uri: string;
  key: ReportKey;
}

/** At most this many candidates for last year's report are kept parsed (`ReportIndex.previous`). */
export const PARSED_PREVIOUS_MAX = 32;

/**
 * Reports known in the workspace (open documents and files on disk), by their `ReportKey` (year, agency): a few dozen
 * bytes each, not their models (a workspace of a thousand reports kept a model of each: over a gigabyte).
 */
export class ReportIndex {
  private entries = new Map<string, IndexEntry>();
  /** The candidates parsed last (most recently used last), at most `PARSED_PREVIOUS_MAX`. */
  private parsed = new Map<string, Report>();

  /** Records (or updates) a report; a file that is no report is removed. */
  put(uri: string, report: Report | null): void {
    if (!report || !report.isReport) { this.remove(uri); return; }
    this.entries.set(uri, { uri, key: reportKey(report) });
  }

  remove(uri: string): void {
    this.entries.delete(uri);
    this.parsed.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Last year's report for `report` at `uri`, among the reports of the workspace whose detected year is one less:
   * the one of the same agency (and none when two fit equally: the core's `findPreviousByKey`, as
   * `findPreviousReport` judges them); a candidate in the same folder wins over others. Judged on the keys the index
   * keeps; only the one taken is read, by `load` (its current text: open document or file), and parsed. When that
   * text no longer fits (a file changed on disk with no event from the client), every candidate is read again and
   * keyed afresh, and the choice made again. Returns that report with its URI, or null.
   */
  previous(uri: string, report: Report, load: (uri: string) => string | null): { uri: string; report: Report } | null {
    if (report.year === null) return null;
    const own = reportKey(report);
    /** Whether `r`, as it reads now, is last year's report for `report`. */
    const fits = (r: Report | null): r is Report => r !== null && findPreviousByKey(own, [{ key: reportKey(r) }]) !== null;
    const p = uriToPath(uri);
    const dir = p ? path.dirname(p) : '';
    const choose = (): IndexEntry | null => {
      const cands: IndexEntry[] = [];
      for (const e of this.entries.values()) if (e.uri !== uri && e.key.year === report.year! - 1) cands.push(e);
      const near = cands.filter((c) => { const q = uriToPath(c.uri); return q !== null && path.dirname(q) === dir; });
      return findPreviousByKey(own, near) ?? findPreviousByKey(own, cands);
    };
    const chosen = choose();
    if (!chosen) return null;
    const taken = this.read(chosen.uri, load);
    if (fits(taken)) return { uri: chosen.uri, report: taken };
    // Changed since it was indexed: so may the others be. Each candidate of that year is read and keyed again.
    for (const e of [...this.entries.values()]) {
      if (e.uri === uri || e.key.year !== report.year - 1) continue;
      const r = this.read(e.uri, load);
      if (r) this.put(e.uri, r);
    }
    const again = choose();
    const r = again && this.read(again.uri, load);
    return again && fits(r) ? { uri: again.uri, report: r } : null;
  }

  /**
   * The report at `uri` as `load` now gives its text, parsed (kept among the last `PARSED_PREVIOUS_MAX`); null when
   * it cannot be read (it is then no longer indexed).
   */
  private read(uri: string, load: (uri: string) => string | null): Report | null {
    const text = load(uri);
    if (text === null) { this.remove(uri); return null; }
    const hit = this.parsed.get(uri);
    const r = hit && hit.text === text ? hit : parseReport(text, { fileName: fileNameOf(uri) });
    this.parsed.delete(uri);
    this.parsed.set(uri, r);
    for (const oldest of this.parsed.keys()) {
      if (this.parsed.size <= PARSED_PREVIOUS_MAX) break;
      this.parsed.delete(oldest);
    }
    return r;
  }
}

export { looksBinary, mightBeReport };
