/**
 * Last year's report of the same agency beside a report file on disk (or in last year's folder of a per-year
 * layout), for the cross-year rules (carry-over, stock-flow). Shared by the CLI (`cli/previous.ts`, one run) and the language server (`lsp/server.ts`, files that
 * change while it runs). Node only: it reads folders and files; the choice itself is the core's `bestPreviousByKey`.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { bestPreviousByKey, formatForYear, LAST_YEAR_ANY_FORMAT_RULES, LAST_YEAR_RULES, servesCrossYear, namedYears, parseReport, previousPart, reportKey, reportParts, templateOf, titledAgencies, yearConflicts, type FormatId, type NamedYear, type Report, type ReportKey } from '../core/index.js';

/** Folders with more report files than this are not searched. */
export const MAX_FILES = 500;
/** Files larger than this are not read as candidates. */
export const MAX_BYTES = 4 * 1024 * 1024;

/**
 * Lines read from the top and the bottom of a candidate file to learn its year and agency (title, intro with the
 * statistics period, signature). In the corpus the period sentence is within the first 19 lines and 1.4 KB.
 */
const HEAD_LINES = 30;
const TAIL_LINES = 15;
/** Bytes read from the top and the bottom of a candidate file (the head holds the 30 lines of title and intro). */
const HEAD_BYTES = 6 * 1024;
const TAIL_BYTES = 2 * 1024;
/** Whole models kept for reuse: the reports just checked (last year's is usually checked just before). */
const RECENT_REPORTS = 8;
/**
 * With `fresh`, how often (ms) every report file of a folder is checked for a change; in between only the folder
 * and the files read as last year's are (a stat costs 3–25 µs: 500 files at every keystroke would be 2–13 ms).
 */
const SWEEP_MS = 2000;

/** The title, introduction and signature of a text: enough to detect the year and the agency, a fraction of the work. */
export function headAndTail(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length <= HEAD_LINES + TAIL_LINES) return text;
  return [...lines.slice(0, HEAD_LINES), '', ...lines.slice(-TAIL_LINES)].join('\n');
}

/** What the lookup needs of its caller: how bytes become text and which names are report files. */
export interface PreviousBesideIo {
  /** A file's bytes as text, or null when they are not text (binary, undecodable): the file is then no candidate. */
  decode(bytes: Uint8Array): string | null;
  /** Whether a file name (no folder) is a report file's: only those are candidates. */
  isReportFile(name: string): boolean;
  /**
   * Follow changes on disk (the language server: files change while it runs): at each lookup the modification time
   * and size of the folder and of the files that read as last year's are checked, and those of the folder's other
   * report files at most every 2 s or when the folder changed (a file added, removed or renamed); what changed is
   * read again. Without it (the CLI: one run) each folder is listed and each file read once.
   */
  fresh: boolean;
  /**
   * The editor's current text of a file that is open, with its version (which must change with the text); null when
   * it is not open. An open file is judged by this text, not by what is saved on disk.
   */
  openText?(path: string): { text: string; version: number } | null;
}

/**
 * What a lookup found: last year's report (path as given, absolute when `abs` was) or the equally good candidates.
 * The paths are in the report's folder or all in last year's folder (`lastYearFolder`): `dirname` tells which.
 */
export interface PreviousBesideResult {
  found: { path: string; report: Report } | null;
  /** Two or more files that could each be last year's report (the lookup does not guess): their paths. */
  tied: string[];
  /**
   * The one candidate of the same agency that reads as last year's report but was not taken for it: its own years
   * disagree (`year` null: its title, introduction and statistics period name different years, `years`, at its head
   * or deeper in the text), or read in full it is of another year (`year`). Also the one report of last year in the
   * folder when it is not taken for the agency its title names (`agency`: its agency's name, null when its title
   * names none, and the report's own), so that the lookup never fails unsaid with a candidate in sight (brk149 #1).
   * Absent otherwise.
   */
  rejected?: { path: string; year: number | null; years: NamedYear[]; agency?: { theirs: string | null; ours: string } };
  /**
   * Last year's folder (`lastYearFolder`) when it exists and was searched (no more than `MAX_FILES` report files) and
   * nothing was found, tied or ruled out there or beside the report: the folder where last year's report was
   * expected. Absent otherwise (no such folder: a report's first year, or a layout of one folder for all years).
   */
  lastYearFolder?: string;
  /**
   * With `found`: other files that were candidates as good, copies of it (the same text, or the same year and
   * figures: `copiesOfOne`), which is why none was asked for.
   */
  duplicates?: string[];
}

/**
 * Whether two reports give the cross-year rules the same input: the same year and format, and every table with the
 * same rows (ids, in order) holding the same numbers (blank as blank).
 */
export function sameFigures(a: Report, b: Report): boolean {
  if (a.year === null || a.year !== b.year || a.format !== b.format) return false;
  const ids = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]) as Set<keyof Report['tables']>;
  if (!ids.size) return false;
  const figures = (r: Report, id: keyof Report['tables']) => JSON.stringify(r.tables[id]?.rows.map((row) => [row.id, row.cells.map((c) => (c ? c.value : null))]) ?? null);
  return [...ids].every((id) => figures(a, id) === figures(b, id));
}

/** A file as read last time: `stamp` tells whether it changed since (modification time and size, or open version). */
interface Stamped<T> {
  stamp: string;
  value: T;
}

/**
 * Whether agency key `glued` is agency key `plain` (or its name without the higher level: `洪泽区` of `淮安市洪泽区`)
 * with other words before it: an end of it of three characters or more that holds a place's mark (`区`, `县`, `市`…)
 * is `plain` or the end of it.
 */
function gluedAgency(glued: string, plain: string): boolean {
  for (let i = 1; i < glued.length - 1; i++) {
    const tail = glued.slice(i);
    if (tail.length >= 3 && /[省市区县州盟旗]/.test(tail) && plain.endsWith(tail)) return true;
  }
  return false;
}

/**
 * The folder where, in a layout of one folder per year, last year's report of a report of `year` kept in folder
 * `dir` would be: `dir` with `year` replaced by `year − 1` in the deepest folder name that holds `year` as a number
 * of its own (not part of a longer run of digits): `…/财政局/2024` → `…/财政局/2023`, `reports/2024/财政局` →
 * `reports/2023/财政局`, `…/2024年` → `…/2023年`, `…/2024年度报告` → `…/2023年度报告`. Null when no folder name holds
 * the year. Only the path is made: whether the folder exists is not looked at.
 */
export function lastYearFolder(dir: string, year: number): string | null {
  return yearFolder(dir, year, year - 1);
}

/**
 * The folder of year `to` in a layout of one folder per year, beside folder `dir` of year `from`: `dir` with `from`
 * replaced by `to` in the deepest folder name that holds `from` as a number of its own (`lastYearFolder`'s rule).
 * Null when no folder name holds `from`. Only the path is made.
 */
export function yearFolder(dir: string, from: number, to: number): string | null {
  const parts = dir.split(sep);
  const own = new RegExp(`(?<![0-9])${from}(?![0-9])`, 'g');
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!parts[i].match(own)) continue;
    parts[i] = parts[i].replace(own, String(to));
    return parts.join(sep);
  }
  return null;
}

/**
 * The year (2000–2099) that a folder name of `dir` holds as a number of its own, the deepest such name, when none
 * holds `year`: the folder layout is by another year than the report's (a report whose year is set by `--year` or a
 * config override, kept in the folder of the year it was filed under), so that `lastYearFolder` has none. Null
 * when a folder name holds `year`, or no year at all.
 */
export function otherFolderYear(dir: string, year: number): number | null {
  if (lastYearFolder(dir, year) !== null) return null;
  const parts = dir.split(sep);
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = /(?<![0-9])(20[0-9]{2})(?![0-9])/.exec(parts[i]);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Whether last year's report of `report` is looked for at all: its year is known, and a cross-year rule that is on
 * (`enabled`, default: every one) can run for it: one that compares the written text in any format
 * (`LAST_YEAR_ANY_FORMAT_RULES`: content-copied, which compares every part of a pre-2019 report), or, when both its
 * format and the format last year's report is due in (`formatForYear`) have a 表二 or a 表三, one that compares the
 * tables. A report in the pre-2019 form, or of 2019 (last year's due in the pre-2019 form), is looked for by the first
 * kind only.
 */
export function looksForLastYear(report: Report, enabled: (ruleId: string) => boolean = () => true): boolean {
  if (report.year === null) return false;
  if (LAST_YEAR_ANY_FORMAT_RULES.some(enabled)) return true;
  return hasCrossYearTables(report.format) && hasCrossYearTables(formatForYear(report.year - 1)) && LAST_YEAR_RULES.some(enabled);
}

/**
 * Finds last year's report of the same agency beside a file, or in last year's folder (`lastYearFolder`: the
 * report's folder with its year replaced by year − 1, for a `…/<部门>/<年>/` or `…/<年>/<部门>/` layout): among
 * the report files of a folder, the one whose detected year is this year − 1 (with no conflicting year evidence of
 * its own) and whose agency (from the title) is this report's (core `bestPreviousByKey`; none when two fit equally
 * well: `tied` names them; one of the agency whose own years disagree is named as `rejected`). The report's own
 * folder is searched first; last year's folder only when the own folder
 * gave neither a report nor a tie. Candidates are judged by their title, introduction and
 * signature (a few KB from the top and the bottom of the file, files over `MAX_BYTES` skipped, folders with more
 * than `MAX_FILES` report files not searched); only the one chosen is parsed in full. Only small keys are kept per
 * file, and a few whole models, so memory does not grow with the number of files. Errors reading a file make it no
 * candidate; nothing throws for the file system.
 */
export class PreviousBeside {
  private heads = new Map<string, Stamped<ReportKey | null>>();
  /** The agencies named by the title lines of files read for a compiled report (`titles`). */
  private titled = new Map<string, Stamped<string[]>>();
  /** Most recently used last: a small LRU of whole models by path. */
  private full = new Map<string, Stamped<Report | null>>();
  private listings = new Map<string, Stamped<string[] | null>>();
  /** With `fresh`: when (ms since the epoch) every report file of a folder was last checked for a change. */
  private swept = new Map<string, number>();

  constructor(private io: PreviousBesideIo) {}

  /**
   * Last year's report for the report at `abs` (an absolute path) whose model is `report`. None (no file named,
   * tied or rejected) when no cross-year rule that is on (`enabled`, default: every one) can apply (`looksForLastYear`:
   * for a report in the pre-2019 form, or of 2019, whose previous is of 2018, only content-copied can).
   */
  find(abs: string, report: Report, enabled?: (ruleId: string) => boolean): PreviousBesideResult {
    const none: PreviousBesideResult = { found: null, tied: [] };
    if (report.year === null || !looksForLastYear(report, enabled)) return none;
    const own = this.findIn(dirname(abs), basename(abs), report.year - 1, report);
    if (own.found || own.tied.length) return own;
    const other = lastYearFolder(dirname(abs), report.year);
    if (other === null) return own;
    const there = this.findIn(other, null, report.year - 1, report);
    if (there.found || there.tied.length) return there;
    // A candidate ruled out in the report's own folder is named first (it is the nearer one).
    if (own.rejected || there.rejected) return own.rejected ? own : there;
    const listed = this.listings.get(other)?.value;
    return listed && listed.length <= MAX_FILES ? { ...there, lastYearFolder: other } : there;
  }

  /**
   * Another report file beside the report at `abs` (its model `report`) that reads as the same agency's report of the
   * same year (its head and tail, as a candidate for last year's report is read; its own years agreeing), and whether
   * its text is the report's (`text`, what was checked) but for line endings and surrounding blanks: the first by name,
   * one that is the same preferred. Null when none (brk166 #3). With `dir`, looked for in that folder instead (the
   * folder of the text's year in a layout of one folder per year, `yearFolder`: brk183).
   */
  sameYear(abs: string, report: Report, text: string, dir = dirname(abs)): { path: string; identical: boolean } | null {
    if (report.year === null || !report.isReport) return null;
    const self = dir === dirname(abs) ? basename(abs) : null;
    const all = this.listing(dir);
    if (!all || all.length > MAX_FILES) return null;
    const candidates: { uri: string; key: ReportKey }[] = [];
    for (const n of all) {
      if (n === self) continue;
      const path = join(dir, n);
      const key = this.key(path, report.year, false);
      // (Matched as a candidate of last year would be, one year on: same agency, year not ambiguous nor disagreeing.)
      if (key && key.year === report.year) candidates.push({ uri: path, key: { ...key, year: report.year - 1 } });
    }
    if (!candidates.length) return null;
    const same = bestPreviousByKey({ ...reportKey(report), crossYear: { t2: false, t3: false } }, candidates).map((c) => c.uri).sort();
    if (!same.length) return null;
    const norm = (t: string) => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
    const own = norm(text);
    for (const path of same) {
      const st = statOrNull(path);
      const other = st ? this.readText(path, st) : null;
      if (other !== null && norm(other) === own) return { path, identical: true };
    }
    return { path: same[0], identical: false };
  }

  /** Last year's report (of `year`) for `report` among the report files of folder `dir` but `self` (a file name). */
  private findIn(dir: string, self: string | null, year: number, report: Report): PreviousBesideResult {
    const none: PreviousBesideResult = { found: null, tied: [] };
    const listed = this.listings.get(dir);
    const all = this.listing(dir);
    if (!all || all.length > MAX_FILES) return none;
    let sweep = false;
    if (this.io.fresh) {
      const now = Date.now();
      sweep = this.listings.get(dir) !== listed || now - (this.swept.get(dir) ?? -Infinity) >= SWEEP_MS;
      if (sweep) this.swept.set(dir, now);
    }
    const candidates: { uri: string; key: ReportKey }[] = [];
    /** Reports whose head reads as another year and whose own years disagree: one may name `year` too (`misdated`). */
    const conflicted: { uri: string; key: ReportKey }[] = [];
    for (const n of all) {
      if (n === self) continue;
      const path = join(dir, n);
      const key = this.key(path, year, sweep);
      if (key && key.year === year) candidates.push({ uri: path, key });
      else if (key && key.isReport && key.yearConflict && key.year !== null) conflicted.push({ uri: path, key });
    }
    if (!candidates.length) return this.misdated(conflicted, report, year) ?? none;
    const full = reportKey(report);
    // A head and tail show a candidate's tables only in part (all of one, none of another), so they are not judged
    // on them: the equally good candidates are judged again on their whole text, where one without the tables the
    // cross-year rules need gives way to one with them (brk114 #5).
    const own: ReportKey = { ...full, crossYear: { t2: false, t3: false } };
    // (A candidate whose own years disagree is none: `bestPreviousByKey` leaves it out.)
    let best = bestPreviousByKey(own, candidates);
    // (A report with neither table, pre-2019, has none for a candidate to serve: its candidates are not read for it.)
    if (best.length > 1 && (full.crossYear.t2 || full.crossYear.t3)) {
      const serving = best.filter((c) => { const r = this.fullReport(c.uri); return r !== null && servesCrossYear(full, reportKey(r)); });
      if (serving.length && serving.length < best.length) best = serving;
    }
    // Copies of one report (the same text, or the same year and figures: `年报2024.md` and the browser's
    // `年报2024(1).md`) are no choice to make: the one with the shortest name is taken, the others named with it
    // (brk166 #2). A real choice (a draft and the final) stays a tie.
    if (best.length > 1) {
      const copies = this.copiesOfOne(best.map((c) => c.uri));
      if (!copies) return { found: null, tied: best.map((c) => c.uri) };
      const r = this.judged(copies[0], year);
      return r.found ? { ...r, duplicates: copies.slice(1) } : r;
    }
    if (best.length) return this.judged(best[0].uri, year);
    // None fits but a report of the agency that reads as last year's and whose title, introduction or statistics
    // period name another year too (title 2023, 统计期限 2022): ruled out all the same, but named with its years, so
    // that the note says why the cross-year rules did not run rather than that the agency has no report (brk105 F10).
    // Several such files: the first (by name) is named.
    const conflicting = bestPreviousByKey(own, candidates.filter((c) => c.key.yearConflict).map((c) => ({ ...c, key: { ...c.key, yearConflict: false } })));
    if (conflicting.length) return this.judged(conflicting[0].uri, year);
    return this.inCompiled(candidates, report, sweep) ?? this.misdated(conflicted, report, year) ?? this.otherAgency(candidates, own) ?? none;
  }

  /**
   * A report of `report`'s agency among `conflicted` (files whose head reads as another year than `year` and whose
   * own years disagree) that names `year` as well (its title 2024 while its 统计期限 says 2023: last year's report with
   * a mistyped period, or the report of the year before with only its title changed): ruled out, as a candidate of
   * `year` whose years disagree is, and named with its years, so that the note does not say the agency has no report
   * of `year` while a file titled so lies beside it (the README's promise; brk166 #4). Several: the first by name.
   * Null when none names `year`.
   */
  private misdated(conflicted: readonly { uri: string; key: ReportKey }[], report: Report, year: number): PreviousBesideResult | null {
    if (!conflicted.length) return null;
    const own: ReportKey = { ...reportKey(report), crossYear: { t2: false, t3: false } };
    // Matched by agency as a candidate of `year` would be (the year and its conflict set aside for the match).
    const same = bestPreviousByKey(own, conflicted.map((c) => ({ ...c, key: { ...c.key, year, yearConflict: false } })));
    for (const c of [...same].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
      const whole = this.fullReport(c.uri);
      if (!whole || !yearConflicts(whole)) continue;
      const years = namedYears(whole);
      if (years.some((y) => y.year === year)) return { found: null, tied: [], rejected: { path: c.uri, year: null, years } };
    }
    return null;
  }

  /**
   * Last year's report of `report`'s agency inside a file of last year whose first report is another agency's (a
   * compiled 汇编: its head and tail name only that one; brk135 #4): the files among `candidates` whose title lines
   * (`titledAgencies`, a look at the text without parsing it) name this agency are read in full, and the part of the
   * agency for that year (`previousPart`) taken; two such files are a tie. Null when none has one.
   */
  private inCompiled(candidates: readonly { uri: string; key: ReportKey }[], report: Report, sweep: boolean): PreviousBesideResult | null {
    const key = reportKey(report).agency?.key;
    if (!key) return null;
    const named = (k: string) => k === key || (k.length >= 2 && key.endsWith(k)) || k.endsWith(key);
    const found: { path: string; report: Report }[] = [];
    for (const c of candidates) {
      if (!c.key.isReport || !c.key.agency || named(c.key.agency.key)) continue;
      if (!this.titles(c.uri, sweep).some(named)) continue;
      const whole = this.fullReport(c.uri);
      const part = whole && previousPart(report, whole);
      if (part) found.push({ path: c.uri, report: part.report });
    }
    if (found.length > 1) return { found: null, tied: found.map((f) => f.path) };
    return found.length ? { found: found[0], tied: [] } : null;
  }

  /**
   * The one report of last year in a folder (`candidates`: the files whose head reads as of that year), when it was
   * not taken for the agency its title names and that name looks like this report's with other words glued before
   * it (`洪泽区政务公开专栏洪泽区人民政府` for `淮安市洪泽区人民政府`: a line above the title read into it, brk149 #1), or
   * the other way round, or its title names none; its own years agreeing: named as ruled out with both agencies, so
   * that the note says why the cross-year rules did not run. Null when the folder holds no such report or several
   * (a folder of many agencies' reports), and for another agency's report (`淮安市清江浦区财政局` beside
   * `淮安市财政局`'s: not last year's report, as before).
   */
  private otherAgency(candidates: readonly { uri: string; key: ReportKey }[], own: ReportKey): PreviousBesideResult | null {
    const reports = candidates.filter((c) => c.key.isReport);
    if (reports.length !== 1 || !own.agency) return null;
    const k = reports[0].key;
    if (k.yearAmbiguous || k.yearConflict) return null;
    if (k.agency && !gluedAgency(k.agency.key, own.agency.key) && !gluedAgency(own.agency.key, k.agency.key)) return null;
    return { found: null, tied: [], rejected: { path: reports[0].uri, year: null, years: [], agency: { theirs: k.agency?.name ?? null, ours: own.agency.name } } };
  }

  /**
   * The text of the file at `path` and the stamp it is cached under: the open document's (`open:<version>`), else what
   * `read` makes of the file on disk (its head, or all of it) with the file's stamp; text null when it cannot be read.
   */
  private textAndStamp(path: string, read: (st: Stats) => string | null): { stamp: string; text: string | null } {
    const open = this.io.openText?.(path);
    if (open) return { stamp: `open:${open.version}`, text: open.text };
    const st = statOrNull(path);
    return { stamp: this.stampOf(path, st) ?? '', text: st ? read(st) : null };
  }

  /** The agencies the title lines of the file at `path` name (`titledAgencies`), read again as `key` reads a head. */
  private titles(path: string, sweep: boolean): string[] {
    const hit = this.titled.get(path);
    if (this.current(path, hit, sweep)) return hit.value;
    const { stamp, text } = this.textAndStamp(path, (st) => this.readText(path, st));
    const value = text === null ? [] : titledAgencies(text);
    this.titled.set(path, { stamp, value });
    return value;
  }

  /**
   * The candidate at `path` (chosen by its head and tail as last year's report, of `year`) judged by its whole text:
   * last year's report when it still reads as that year's with no year of its own disagreeing (its year could come
   * from deeper in the text, and so could a statistics period that contradicts it), else ruled out (`rejected`).
   */
  private judged(path: string, year: number): PreviousBesideResult {
    const whole = this.fullReport(path);
    if (!whole) return { found: null, tied: [] };
    if (whole.year === year && !yearConflicts(whole)) return { found: { path, report: whole }, tied: [] };
    // A file of the agency's reports of several years (its 2023 and 2024 reports on one page, brk91 #6): its report of
    // that year, of the agency its first title names (the one the candidate was chosen by).
    const parts = reportParts(whole);
    if (parts.length > 1 && parts[0].agencyKey !== null) {
      const own = parts.filter((p) => p.agencyKey === parts[0].agencyKey && p.report.year === year && !yearConflicts(p.report));
      if (own.length === 1) return { found: { path, report: own[0].report }, tied: [] };
    }
    return { found: null, tied: [], rejected: { path, year: whole.year === year ? null : whole.year, years: namedYears(whole) } };
  }

  /**
   * Keeps `report` (parsed from the file at `abs` with the default options) for a later lookup to reuse. Only
   * without `fresh` (the CLI, which has just read the file): with it, the file's stamp decides.
   */
  remember(abs: string, report: Report): void {
    if (!this.io.fresh) this.keep(abs, { stamp: '', value: report });
  }

  /** Drops what was read of a file and the listing of its folder (it changed, appeared or went on disk). */
  forget(path: string): void {
    this.heads.delete(path);
    this.titled.delete(path);
    this.full.delete(path);
    this.listings.delete(dirname(path));
    this.swept.delete(dirname(path));
  }

  /** Drops everything read (settings that change which files are candidates). */
  clear(): void {
    this.heads.clear();
    this.titled.clear();
    this.full.clear();
    this.listings.clear();
    this.swept.clear();
  }

  /** The stamp of a file or folder now: open version, or modification time and size; null when it cannot be read. */
  private stampOf(path: string, st?: Stats | null): string | null {
    const open = this.io.openText?.(path);
    if (open) return `open:${open.version}`;
    if (st === undefined) st = statOrNull(path);
    return st ? `${st.mtimeMs}:${st.size}` : null;
  }

  /**
   * Whether a cached read of `path` can be used as is: always without `fresh`; with it, when the stamp is the same,
   * or, with `check` false, when the read was of the file on disk and the file is not open now (no stat).
   */
  private current<T>(path: string, hit: Stamped<T> | undefined, check = true): hit is Stamped<T> {
    if (hit === undefined) return false;
    if (!this.io.fresh) return true;
    if (!check) {
      const open = this.io.openText?.(path);
      return open ? hit.stamp === `open:${open.version}` : !hit.stamp.startsWith('open:');
    }
    return hit.stamp === this.stampOf(path);
  }

  /** The report file names of a folder, sorted; null when it cannot be listed. */
  private listing(dir: string): string[] | null {
    const hit = this.listings.get(dir);
    if (this.current(dir, hit)) return hit.value;
    const stamp = this.io.fresh ? this.stampOf(dir) ?? '' : '';
    let names: string[] | null;
    try {
      names = readdirSync(dir).filter((n) => this.io.isReportFile(n)).sort();
    } catch {
      names = null;
    }
    this.listings.set(dir, { stamp, value: names });
    return names;
  }

  /**
   * A candidate's year and agency, read from its head and tail only; null when unreadable. With `fresh`, a file
   * read before as of `year` (last year's) is checked for a change every time, and so is one that read as no report
   * (it may have been read while being written: an editor's save truncates the file first, and last year's report
   * would be missed until the next sweep); any other only when `sweep`.
   */
  private key(path: string, year: number, sweep: boolean): ReportKey | null {
    const hit = this.heads.get(path);
    if (this.current(path, hit, sweep || hit?.value?.year === year || !hit?.value?.isReport)) return hit.value;
    const { stamp, text } = this.textAndStamp(path, (st) => this.readHead(path, st));
    const value = text === null ? null : reportKey(parseReport(headAndTail(text), { fileName: basename(path) }));
    this.heads.set(path, { stamp, value });
    return value;
  }

  /**
   * `paths` ordered the shortest name first (then by name) when their files hold one report: the same text, or
   * models of the same year and format whose tables hold the same figures; else null.
   */
  private copiesOfOne(paths: readonly string[]): string[] | null {
    const models = paths.map((p) => this.fullReport(p));
    if (models.some((m) => m === null)) return null;
    const [first, ...rest] = models as Report[];
    if (!rest.every((m) => m.text === first.text || sameFigures(first, m))) return null;
    return [...paths].sort((a, b) => basename(a).length - basename(b).length || (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
  }

  /** A file's whole model (parsed at most once per stamp; the few most recent kept). */
  private fullReport(path: string): Report | null {
    const hit = this.full.get(path);
    if (this.current(path, hit)) {
      this.keep(path, hit);
      return hit.value;
    }
    const open = this.io.openText?.(path);
    let text: string | null;
    let stamp: string;
    if (open) {
      text = open.text;
      stamp = `open:${open.version}`;
    } else {
      const st = statOrNull(path);
      stamp = this.stampOf(path, st) ?? '';
      text = st ? this.readText(path, st) : null;
    }
    const report = text === null ? null : parseReport(text, { fileName: basename(path) });
    this.keep(path, { stamp, value: report });
    return report;
  }

  private keep(path: string, entry: Stamped<Report | null>): void {
    this.full.delete(path);
    this.full.set(path, entry);
    if (this.full.size > RECENT_REPORTS) this.full.delete(this.full.keys().next().value!);
  }

  /** A whole file, decoded; null when it is no regular file, too large or not text. */
  private readText(path: string, st: Stats): string | null {
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    try {
      return this.io.decode(readFileSync(path));
    } catch {
      return null;
    }
  }

  /** The first and last bytes of a file, cut at line breaks, decoded: a candidate's title and signature. */
  private readHead(path: string, st: Stats): string | null {
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    if (st.size <= HEAD_BYTES + TAIL_BYTES) return this.readText(path, st);
    let fd: number | null = null;
    try {
      fd = openSync(path, 'r');
      const head = Buffer.alloc(HEAD_BYTES);
      readSync(fd, head, 0, HEAD_BYTES, 0);
      // UTF-16 text has no single-byte line breaks to cut at: read it whole.
      if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return this.readText(path, st);
      const tail = Buffer.alloc(TAIL_BYTES);
      readSync(fd, tail, 0, TAIL_BYTES, st.size - TAIL_BYTES);
      // In UTF-8 and GB18030 a 0x0A byte is always a line break, so cutting there never splits a character.
      const h = head.subarray(0, head.lastIndexOf(0x0a) + 1);
      const t = tail.subarray(tail.indexOf(0x0a) + 1);
      return this.io.decode(Buffer.concat([h, Buffer.from('\n'), t]));
    } catch {
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether format `id` has a 表二 or a 表三, the tables carry-over and stock-flow compare across years (`unknown`,
 * a format not told: may have).
 */
function hasCrossYearTables(id: FormatId | 'unknown'): boolean {
  if (id === 'unknown') return true;
  const t = templateOf(id).tables;
  return Boolean(t.t2 || t.t3);
}
