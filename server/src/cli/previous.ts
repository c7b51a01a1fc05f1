import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { bestPreviousByKey, parseReport, reportKey, type Report, type ReportKey } from '../core/index.js';
import { decodeBytes } from './decode.js';
import { displayPath, readReport, REPORT_FILE } from './files.js';

/** Folders with more report files than this are not searched. */
const MAX_FILES = 500;
/** Files larger than this are not read as candidates. */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * Lines read from the top and the bottom of a candidate file to learn its year and agency (title, intro with the
 * statistics period, signature). In the corpus the period sentence is within the first 19 lines and 1.4 KB.
 */
const HEAD_LINES = 30;
const TAIL_LINES = 15;
/** Bytes read from the top and the bottom of a candidate file (the head holds the 30 lines of title and intro). */
const HEAD_BYTES = 6 * 1024;
const TAIL_BYTES = 2 * 1024;

/** The title, introduction and signature of a text: enough to detect the year and the agency, a fraction of the work. */
export function headAndTail(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length <= HEAD_LINES + TAIL_LINES) return text;
  return [...lines.slice(0, HEAD_LINES), '', ...lines.slice(-TAIL_LINES)].join('\n');
}

interface Entry {
  /** The candidate's year and agency, read from its head and tail only; null when unreadable. */
  key: ReportKey | null;
  path: string;
}

/** Whole models kept for reuse: the reports just checked (last year's is usually checked just before). */
const RECENT_REPORTS = 8;

/** What the finder needs of the CLI's I/O: the folder paths are shown relative to. */
export interface PreviousIo {
  cwd: string;
}

/** Finds last year's report of a checked file; `remember` offers the model of a file just checked for reuse. */
export interface PreviousFinder {
  /** Last year's report for the report at `abs`: its path (as the user would write it) and model, or null. */
  (abs: string, report: Report): { path: string; report: Report } | null;
  /** Keeps `report` (parsed from the file at `abs` with the default options) for a later lookup to reuse. */
  remember(abs: string, report: Report): void;
  /** After a lookup for `abs` that found none: the equally good candidates beside it (as the user would write them). */
  tied(abs: string): string[];
}

/**
 * Returns a function that finds last year's report of the same agency beside a file when `--previous` is not
 * given: among the report files of the same folder, the one whose detected year is this year − 1 and whose
 * agency (from the title) is this report's (core `findPreviousReport`).
 * Candidates are read once per run and judged by their title, introduction and signature; only the one chosen
 * is parsed in full, unless it was among the last files checked (so checking a folder of many reports costs
 * little more than one parse per report). Only small keys are kept per file, and a few whole models, so memory
 * does not grow with the number of files.
 */
export function previousFinder(io: PreviousIo): PreviousFinder {
  const heads = new Map<string, Entry>();
  /** Most recently used last: a small LRU of whole models by path. */
  const full = new Map<string, Report | null>();
  const keep = (path: string, report: Report | null) => {
    full.delete(path);
    full.set(path, report);
    if (full.size > RECENT_REPORTS) full.delete(full.keys().next().value!);
  };
  /** The first and last bytes of a file, cut at line breaks, decoded: a candidate's title and signature. */
  const readHead = (path: string): string | null => {
    let fd: number | null = null;
    try {
      const size = statSync(path).size;
      if (size > MAX_BYTES) return null;
      if (size <= HEAD_BYTES + TAIL_BYTES) return readText(path);
      fd = openSync(path, 'r');
      const head = Buffer.alloc(HEAD_BYTES);
      readSync(fd, head, 0, HEAD_BYTES, 0);
      // UTF-16 text has no single-byte line breaks to cut at: read it whole.
      if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return readText(path);
      const tail = Buffer.alloc(TAIL_BYTES);
      readSync(fd, tail, 0, TAIL_BYTES, size - TAIL_BYTES);
      // In UTF-8 and GB18030 a 0x0A byte is always a line break, so cutting there never splits a character.
      const h = head.subarray(0, head.lastIndexOf(0x0a) + 1);
      const t = tail.subarray(tail.indexOf(0x0a) + 1);
      const d = decodeBytes(Buffer.concat([h, Buffer.from('\n'), t]));
      return d.ok ? d.text : null;
    } catch {
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
  const readText = (path: string): string | null => {
    const r = readReport(path, { maxBytes: MAX_BYTES });
    return r.ok ? r.text : null;
  };
  const entry = (path: string): Entry => {
    let e = heads.get(path);
    if (!e) {
      const text = readHead(path);
      e = { key: text === null ? null : reportKey(parseReport(headAndTail(text))), path };
      heads.set(path, e);
    }
    return e;
  };
  const listings = new Map<string, string[] | null>();
  /** Reports whose last lookup had several equally good candidates, with them. */
  const ties = new Map<string, string[]>();
  const listing = (dir: string): string[] | null => {
    if (!listings.has(dir)) {
      try {
        listings.set(dir, readdirSync(dir).filter((n) => REPORT_FILE.test(n)).sort());
      } catch {
        listings.set(dir, null);
      }
    }
    return listings.get(dir)!;
  };
  const fullReport = (path: string): Report | null => {
    if (full.has(path)) {
      const hit = full.get(path)!;
      keep(path, hit);
      return hit;
    }
    const text = readText(path);
    const report = text === null ? null : parseReport(text);
    keep(path, report);
    return report;
  };
  const find = (abs: string, report: Report): { path: string; report: Report } | null => {
    if (report.year === null) return null;
    const dir = dirname(abs);
    const all = listing(dir);
    if (!all || all.length > MAX_FILES) return null;
    const names = all.filter((n) => n !== basename(abs));
    const candidates: { uri: string; key: ReportKey }[] = [];
    for (const n of names) {
      const e = entry(join(dir, n));
      if (e.key && e.key.year === report.year - 1) candidates.push({ uri: e.path, key: e.key });
    }
    if (!candidates.length) return null;
    const best = bestPreviousByKey(reportKey(report), candidates);
    if (best.length > 1) ties.set(abs, best.map((c) => displayPath(c.uri, io.cwd)));
    const pick = best.length === 1 ? best[0] : null;
    const whole = pick ? fullReport(pick.uri) : null;
    // The whole file must still read as last year's report (its year could come from deeper in the text).
    const found = pick && whole && whole.year === report.year - 1 ? { uri: pick.uri, report: whole } : null;
    if (!found) return null;
    return { path: displayPath(found.uri, io.cwd), report: found.report };
  };
  return Object.assign(find, { remember: (abs: string, report: Report) => keep(abs, report), tied: (abs: string) => ties.get(abs) ?? [] });
}
