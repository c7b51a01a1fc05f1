import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { findPreviousReport, parseReport, type ParseOptions, type Report } from '../core/index.js';
import { decodeBytes } from './decode.js';

const REPORT_FILE = /\.(md|markdown|txt)$/i;
/** Folders with more report files than this are not searched. */
const MAX_FILES = 500;
/** Files larger than this are not read as candidates. */
const MAX_BYTES = 4 * 1024 * 1024;

interface Entry {
  text: string | null;
  report?: Report;
}

/** What the finder needs of the CLI's I/O. */
export interface PreviousIo {
  cwd: string;
  err(s: string): void;
}

/**
 * Returns a function that finds last year's report of the same agency beside a file when `--previous` is not
 * given: among the report files of the same folder, the one whose detected year is this year − 1 and whose
 * agency (from the title) is this report's (core `findPreviousReport`). It says on stderr which file it used.
 * Files are read once per run, and parsed only when they mention last year.
 */
export function previousFinder(io: PreviousIo): (abs: string, text: string, options?: ParseOptions) => Report | null {
  const cache = new Map<string, Entry>();
  const entry = (path: string): Entry => {
    let e = cache.get(path);
    if (!e) {
      let text: string | null = null;
      try {
        if (statSync(path).size <= MAX_BYTES) {
          const d = decodeBytes(readFileSync(path));
          if (d.ok) text = d.text;
        }
      } catch {
        text = null;
      }
      e = { text };
      cache.set(path, e);
    }
    return e;
  };
  return (abs, text, options = {}) => {
    const report = parseReport(text, { format: options.format, year: options.year });
    if (report.year === null) return null;
    const dir = dirname(abs);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => REPORT_FILE.test(n) && n !== basename(abs)).sort();
    } catch {
      return null;
    }
    if (names.length > MAX_FILES) return null;
    const lastYear = String(report.year - 1);
    const candidates: { uri: string; report: Report }[] = [];
    for (const n of names) {
      const path = join(dir, n);
      const e = entry(path);
      if (e.text === null || !e.text.includes(lastYear)) continue;
      e.report ??= parseReport(e.text);
      candidates.push({ uri: path, report: e.report });
    }
    const found = findPreviousReport(report, candidates);
    if (!found) return null;
    const rel = relative(io.cwd, found.uri);
    const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : found.uri;
    const selfRel = relative(io.cwd, abs);
    const self = selfRel && !selfRel.startsWith('..') ? selfRel.split(sep).join('/') : abs;
    io.err(`nianbao: ${self}: last year's report (${found.report.year}): ${shown} (found beside it; --previous FILE to choose another)\n`);
    return found.report;
  };
}
