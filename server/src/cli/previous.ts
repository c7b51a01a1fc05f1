import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { decodedText } from './decode.js';
import { displayPath, REPORT_FILE } from './files.js';
import { PreviousBeside } from '../node/previous.js';
import type { NamedYear, Report } from '../core/index.js';

/** What the finder needs of the CLI's I/O: the folder paths are shown relative to. */
export interface PreviousIo {
  cwd: string;
}

/** Finds last year's report of a checked file; `remember` offers the model of a file just checked for reuse. */
export interface PreviousFinder {
  /**
   * Last year's report for the report at `abs` (shown as `shown`, default: `abs` as `displayPath` shows it): its
   * path, named the way the report is (`../a/2024.md` → `../a/2023.md`, `a/2024/r.md` → `a/2023/r.md`), its model,
   * its absolute path (`absPath`), and whether it is in last year's folder (`lastYearFolder`) rather than beside the
   * report; or null.
   */
  (abs: string, report: Report, shown?: string): { path: string; absPath: string; report: Report; inLastYearFolder: boolean; duplicates?: string[] } | null;
  /** Keeps `report` (parsed from the file at `abs` with the default options) for a later lookup to reuse. */
  remember(abs: string, report: Report): void;
  /**
   * After a lookup for `abs` that found none: the equally good candidates, beside it or all in last year's folder
   * (`inLastYearFolder`), named as that lookup named its files; none: `files` empty.
   */
  tied(abs: string): { files: string[]; inLastYearFolder: boolean };
  /**
   * After a lookup for `abs` that found none: the candidate of the same agency ruled out, its own years disagreeing
   * (`year` null, `years` named) or its whole text of another year (see `PreviousBesideResult`).
   */
  rejected(abs: string): { path: string; year: number | null; years: NamedYear[]; agency?: { theirs: string | null; ours: string }; inLastYearFolder: boolean } | undefined;
  /**
   * After a lookup for `abs` that found none: last year's folder, named as that lookup named its files, when it
   * exists and held no report of the same agency (`PreviousBesideResult.lastYearFolder`); else undefined.
   */
  notFoundIn(abs: string): string | undefined;
  /**
   * Another report of the same agency and year beside the report at `abs`, or in folder `dir` (`PreviousBeside.sameYear`),
   * named as lookups name files.
   */
  sameYear(abs: string, report: Report, text: string, shown?: string, dir?: string): { path: string; identical: boolean } | null;
}

/**
 * Returns a function that finds last year's report of the same agency beside a file when `--previous` is not
 * given (`PreviousBeside`, shared with the language server: same folder, else last year's folder of a per-year layout,
 * year − 1, same agency, no guess between equals). Each folder is listed and each candidate read once per run (the files are not expected to change
 * during it); files are decoded as the CLI reads reports (`decodeBytes`, a file with a few invalid UTF-8 bytes too).
 */
export function previousFinder(io: PreviousIo): PreviousFinder {
  const beside = new PreviousBeside({
    decode: decodedText,
    isReportFile: (name) => REPORT_FILE.test(name),
    fresh: false,
  });
  /** Reports whose last lookup had several equally good candidates, with them. */
  const ties = new Map<string, { files: string[]; inLastYearFolder: boolean }>();
  /** Reports whose last lookup ruled out its one candidate (its own years disagree, or its whole text is of another year). */
  const rejections = new Map<string, { path: string; year: number | null; years: NamedYear[]; agency?: { theirs: string | null; ours: string }; inLastYearFolder: boolean }>();
  /** Reports whose last lookup searched last year's folder in vain, with that folder as named. */
  const emptyFolders = new Map<string, string>();
  const find = (abs: string, report: Report, shown?: string): { path: string; absPath: string; report: Report; inLastYearFolder: boolean; duplicates?: string[] } | null => {
    // The candidates are in the report's folder or in last year's folder: named from the folder part of the
    // report's own name (`reports/财政局/2024/年报.md` → `reports/财政局/2023/年报.md`) when that is relative or the
    // same folder, else as `displayPath` names paths.
    const name = (p: string) => (shown !== undefined && (dirname(p) === dirname(abs) || !isAbsolute(shown))
      ? posix.join(posix.dirname(shown), relative(dirname(abs), p).split(sep).join('/'))
      : displayPath(p, io.cwd));
    const away = (p: string) => dirname(p) !== dirname(abs);
    const r = beside.find(abs, report);
    if (r.tied.length) ties.set(abs, { files: r.tied.map(name), inLastYearFolder: away(r.tied[0]) });
    if (r.rejected) rejections.set(abs, { path: name(r.rejected.path), year: r.rejected.year, years: r.rejected.years, ...(r.rejected.agency ? { agency: r.rejected.agency } : {}), inLastYearFolder: away(r.rejected.path) });
    if (r.lastYearFolder !== undefined) emptyFolders.set(abs, name(r.lastYearFolder));
    return r.found ? { path: name(r.found.path), absPath: resolve(dirname(abs), r.found.path), report: r.found.report, inLastYearFolder: away(r.found.path), ...(r.duplicates?.length ? { duplicates: r.duplicates.map(name) } : {}) } : null;
  };
  return Object.assign(find, {
    remember: (abs: string, report: Report) => beside.remember(abs, report),
    tied: (abs: string) => ties.get(abs) ?? { files: [], inLastYearFolder: false },
    rejected: (abs: string) => rejections.get(abs),
    notFoundIn: (abs: string) => emptyFolders.get(abs),
    sameYear: (abs: string, report: Report, text: string, shown?: string, dir?: string) => {
      const r = beside.sameYear(abs, report, text, dir);
      if (!r) return null;
      const path = shown !== undefined && !isAbsolute(shown) ? posix.join(posix.dirname(shown), relative(dirname(abs), r.path).split(sep).join('/')) : displayPath(r.path, io.cwd);
      return { path, identical: r.identical };
    },
  });
}
