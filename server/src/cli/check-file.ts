// Checking one report file for `nianbao check`: read, parse, find last year's report, fix (when asked), check.
// The same function runs in the CLI's main thread and in its worker threads (cli/parallel.ts).
import { checkReport, formatYearMismatch, namedYears, namedYearsText, offRuleFindings, otherNameYear, UNUSED_DISABLE, parseReport, previousInFile, previousOfOtherAgency, previousOfWrongYear, previousPart, LAST_YEAR_RULES, RULES, sourceLinesOf, yearConflicts, reportParts, sortFindings, type Bilingual, type CheckOptions, type Finding, type FormatId, type Locale, type ParseOptions, type Report, type RuleSetting } from '../core/index.js';
import { controlCharFindings, fixAllWithControlChars } from '../node/control-chars.js';
import { badBytesFindings, badBytesNote, decodeBytes, encodeText, encodingLabel, mixedEncodingFindings } from './decode.js';
import { fsError, readReport, writeAtomic } from './files.js';
import { about, FILE, REASON, stderrLine } from './messages.js';
import { heapForText } from './heap.js';
import { fixDiff } from './patch.js';
import { notReportReason as notReportOf } from './not-report.js';
import type { FileResult } from './format/index.js';
import { codePointColumns } from './format/common.js';
import type { PreviousFinder } from './previous.js';
import { lastYearFolder, looksForLastYear, otherFolderYear, yearFolder } from '../node/previous.js';
import { basename, dirname, isAbsolute, posix, relative, sep } from 'node:path';
import { statSync } from 'node:fs';

/** A file name that says it is an annual report: a year (`2024.md`, `2024年报.txt`) or 年报 / 报告 in it. */
const REPORT_LIKE_NAME = /(?:19|20)\d{2}|年报|报告/;

/** A file's own settings from the config files (`.nianbao.jsonc`): plain data, so it can be sent to a worker. */
export interface FileSettings {
  locale?: Locale;
  rules: Record<string, RuleSetting>;
  format?: FormatId;
  year?: number;
  /** The config keys that set `format` and `year` (`overrides[0].format`), named when the two do not go together. */
  formatKey?: string;
  yearKey?: string;
}

/** What every file of one `nianbao check` run shares. */
export interface CheckRun {
  /** The command line's options: they win over the config files' settings. */
  options: CheckOptions & ParseOptions & { locale: Locale };
  /** Whether `--locale` was given (else a config's locale wins over the default). */
  localeGiven: boolean;
  /**
   * The language of the lines on stderr about a file (the run's own text, one language for the whole run: see
   * `cmdCheck`; default: the file's locale); the findings' messages take the file's own locale.
   */
  noteLocale?: Locale;
  /** `--previous FILE` as given, its absolute path and its model, or null to find last year's report beside each file. */
  previous: { name: string; absPath: string; report: Report } | null;
  findPrevious: PreviousFinder;
  /** Say on stderr which file was taken as last year's report (a run over many files sums it up instead). */
  sayPrevious: boolean;
  reportUnusedDisable: boolean;
  /** `--quiet`: errors only (the warnings left out are still counted: `FileOutcome.quietWarnings`). */
  quiet: boolean;
  /** Keep the text and the model in the result (for the formats that read them). */
  keepModel: boolean;
  /** `--fix` writes the fixed files (the report on stdin: returns its bytes); `--fix-dry-run` returns a patch; null checks only. */
  fix: 'write' | 'dry-run' | null;
  /** Where the file's messages for stderr go (one line each, ending in a newline). */
  err(s: string): void;
}

/** The outcome of checking one file: its result for the formatters, whether it failed, and its patch. */
export interface FileOutcome {
  result: FileResult;
  /** The file could not be read or decoded (exit code 2). */
  failed: boolean;
  /** `--fix-dry-run`: the unified diff of the fixes, when there are any. */
  patch?: string;
  /** `--quiet`: how many warning-severity findings were left out of `result.findings` (`--max-warnings` counts them). */
  quietWarnings?: number;
  /**
   * `--fix` of the report on stdin: the bytes for stdout — the fixed text in the encoding it was read in, or the
   * bytes read, unchanged, when nothing was fixed or the text could not be read or checked (a pipe or an editor
   * filter that replaces the text with the output never loses it).
   */
  stdout?: Uint8Array;
}

/** One file to check: its place in the run, its paths and its config settings (plain data, for a worker too). */
export interface FileJob {
  index: number;
  abs: string;
  /** The path as printed. */
  shown: string;
  /** Named on the command line (or by a glob), not only found in a folder: says so when it is not a report. */
  named: boolean;
  settings: FileSettings;
  /** The config file that gave `settings`, as shown (named when its format and year do not go together). */
  config?: string;
  /**
   * The report read from stdin (`nianbao check -`): its bytes, checked instead of the file at `abs` (the name
   * from `--stdin-filename`), and whether a file of that name exists (only then is last year's report looked for
   * beside it). Never sent to a worker.
   */
  stdin?: { bytes: Uint8Array; onDisk: boolean };
}

/**
 * Checks the report file of `job` with its config settings. Never throws: an unreadable, binary or undecodable
 * file, or one the engine fails on (an internal error), comes back as a result with `error` and `failed`. With `run.fix === 'write'` it rewrites the
 * file (same encoding and line endings), or for the report on stdin returns the bytes to print (`stdout`), and
 * checks the fixed text. A file that is not a report is said so on
 * stderr when it was named, and its result is marked `notReport` either way.
 */
export function checkFile(job: FileJob, run: CheckRun): FileOutcome {
  try {
    return checkOneFile(job, run);
  } catch (e) {
    // A bug in the engine: reported for this file like an unreadable one (exit code 2), and the other files are
    // still checked — the same in this thread and in a worker thread.
    return unreadable(job, run, REASON.internalError(String((e as Error).stack ?? e)));
  }
}

/**
 * The rule settings of a file: its config's, then `--rule`'s over them. `--report-unused-disable` turns
 * `unused-disable-directive` on (at the config's severity, or as a warning) unless `--rule` sets it: the command
 * line over the config, as ESLint's --report-unused-disable-directives over its config.
 */
export function ruleSettingsOf(config: Record<string, RuleSetting>, cli: Record<string, RuleSetting> | undefined, reportUnusedDisable: boolean): Record<string, RuleSetting> {
  const rules = { ...config, ...cli };
  if (reportUnusedDisable && cli?.[UNUSED_DISABLE] === undefined && rules[UNUSED_DISABLE] === 'off') delete rules[UNUSED_DISABLE];
  return rules;
}

/** The language of a file's messages: `--locale`, else its config's `locale`, else NIANBAO_LOCALE, else Chinese. */
function fileLocale(job: FileJob, run: CheckRun): Locale {
  return (run.localeGiven ? run.options.locale : job.settings.locale ?? run.options.locale) ?? 'zh';
}

/** The outcome of a file that could not be read or checked: its line on stderr, exit code 2. */
function unreadable(job: FileJob, run: CheckRun, reason: Bilingual): FileOutcome {
  run.err(stderrLine(run.noteLocale ?? fileLocale(job, run), about(job.shown, reason)));
  return {
    result: { path: job.shown, absPath: job.abs, format: 'unknown', year: null, findings: [], error: reason.en, errorText: reason },
    failed: true,
    stdout: job.stdin && run.fix === 'write' ? job.stdin.bytes : undefined,
  };
}

function checkOneFile(job: FileJob, run: CheckRun): FileOutcome {
  const { abs, shown, settings, stdin } = job;
  const { options } = run;
  const locale = fileLocale(job, run);
  const say = (b: Bilingual) => run.err(stderrLine(run.noteLocale ?? locale, about(shown, b)));
  const read = stdin ? decodeBytes(stdin.bytes, abs) : readReport(abs);
  if (!read.ok) return unreadable(job, run, read.error);
  let text = read.text;
  heapForText(text.length);
  const parseOptions = { format: options.format ?? settings.format, year: options.year ?? settings.year, fileName: basename(abs) };
  // Each place refuses a pair that does not go together (`--report-format` with `--year`, one override with both);
  // a format from one and a year from another are checked here, per file (breaker48).
  const mismatch = parseOptions.format !== undefined && parseOptions.year !== undefined ? formatYearMismatch(parseOptions.format, parseOptions.year) : null;
  if (mismatch) {
    // Named where each came from: --report-format / --year, or the config's keys (two overrides; brk129 #6). Read,
    // but not checked: counted so, not as a file that could not be read.
    const from = (option: string, key: string | undefined) => (options[option === '--year' ? 'year' : 'format'] !== undefined ? { option } : { key: key!, config: job.config! });
    const reason = FILE.forcedMismatch(mismatch, { value: parseOptions.format!, ...from('--report-format', settings.formatKey) }, { value: String(parseOptions.year), ...from('--year', settings.yearKey) });
    const outcome = unreadable(job, run, reason);
    outcome.result.notChecked = true;
    return outcome;
  }
  // Parsed once: the same model finds last year's report and is checked (unless --fix changes the text).
  let report = parseReport(text, parseOptions);
  // Bytes that could not be decoded, said first (for a report, or a file named): where, before any other line.
  const note = badBytesNote(read, true);
  if (note && (report.isReport || job.named)) say(note);
  // Another agency's report named as last year's: its numbers are another body's, so it is not used for this report,
  // whose own last year's report is looked for as without --previous. --previous is one option for the whole run: in
  // a run over several agencies it names last year's report of one of them, and the others keep the lookup (brk129 #2).
  // A file of several reports named as last year's (a compiled 汇编): the report of this agency for the year before
  // within it, not the file's first report (brk135 #4); said when it is not the first.
  const part = run.previous && report.isReport ? previousPart(report, run.previous.report) : null;
  const named = part ? { ...run.previous!, report: part.report } : run.previous;
  if (part && run.sayPrevious && part.report !== reportParts(run.previous!.report)[0]?.report) say(FILE.previousPart(run.previous!.name, part.line + 1, part.title));
  const otherAgency = named && report.isReport ? previousOfOtherAgency(report, named.report) : null;
  // Nor is a file that is not last year's report (of another year: the report itself, a later one, one two years
  // back; or no report at all): for a run over several years (`check reports --previous reports/2023/x.md`) it is
  // last year's report of some of them only, and the others keep the lookup too (brk135 #1).
  // (A year it does not tell is held against it here, unlike in the rules: it is no report of the year before.)
  const wrongYear = !otherAgency && named && report.year !== null && (previousOfWrongYear(report, named.report) || named.report.year === null)
    ? (named.report.isReport ? FILE.previousWrongYear(named.name, named.report.year, report.year - 1) : FILE.previousNotReport(named.name))
    : undefined;
  const previous = otherAgency || wrongYear ? null : named;
  if (wrongYear && run.sayPrevious) say(wrongYear);
  else if (otherAgency && run.sayPrevious) {
    say(FILE.previousOtherAgency(run.previous!.name, otherAgency.previousAgency.name, otherAgency.agency.name));
  }
  // Last year's report as named, whose own title, introduction and statistics period disagree (title 2023, 统计期限
  // 2022): the user's choice is honoured (it is how a file the lookup ruled out is used), but said, on stderr and in
  // the summary's cross-year lines, since the cross-year findings rest on it (brk105 F10).
  const previousNote = previous && report.year !== null && previous.report.isReport && previous.report.year === report.year - 1 && yearConflicts(previous.report)
    ? FILE.previousYearsDisagree(previous.name, namedYearsText(namedYears(previous.report)), report.year - 1)
    : undefined;
  if (previousNote) say(previousNote);
  // The report on stdin has no folder of its own unless its --stdin-filename names a file on disk.
  const lookBeside = !previous && (!stdin || stdin.onDisk);
  const found = lookBeside ? run.findPrevious(abs, report, shown) : null;
  const ties = lookBeside && !found ? run.findPrevious.tied(abs) : { files: [], inLastYearFolder: false };
  const tied = ties.files;
  if (tied.length && run.sayPrevious) say(FILE.tied(tied, ties.inLastYearFolder));
  const rejected = lookBeside && !found && !tied.length ? run.findPrevious.rejected(abs) : undefined;
  const rejectedNote = rejected && FILE.previousRejected(rejected.path, rejected.year, report.year! - 1, rejected.inLastYearFolder, namedYearsText(rejected.years), rejected.agency);
  if (rejectedNote && run.sayPrevious) say(rejectedNote);
  // A 汇编 whose first report's agency has its report of the year before in the same file: that one is compared with
  // (`checkReport`'s `previousInFile`), not the file found beside it or named (brk144 #6). Said so, with whether the
  // file that was not used would have given other cross-year findings (two reports of that year that disagree).
  const parts = report.isReport ? reportParts(report) : [];
  const ownPrevious = parts.length > 1 ? previousInFile(parts, parts[0]) : null;
  const ownPart = ownPrevious ? parts.find((p) => p.report === ownPrevious) : undefined;
  const unused = ownPart ? (previous ?? found ? { path: previous?.name ?? found!.path, report: previous?.report ?? found!.report } : undefined) : undefined;
  if (ownPart && run.sayPrevious) {
    const differs = unused ? crossYearDiffers(parts[0].report, ownPart.report, unused.report, ruleSettingsOf(settings.rules, options.rules, run.reportUnusedDisable)) : false;
    say(FILE.previousInOwnFile(ownPart.report.year, ownPart.titleLine + 1, ownPart.title, unused && { path: unused.path, named: Boolean(previous), differs }));
  } else if (found && run.sayPrevious) say(FILE.previousFound(found.report.year, found.path, found.inLastYearFolder, 'duplicates' in found ? found.duplicates : undefined));
  const notFoundIn = lookBeside && !found && !tied.length && !rejected && report.isReport ? run.findPrevious.notFoundIn(abs) : undefined;
  if (notFoundIn !== undefined && report.year !== null && run.sayPrevious) say(FILE.previousNotFoundIn(notFoundIn, report.year - 1));
  // A year set by --year or the config, in a folder named for another year: last year's folder cannot be told.
  const folderYear = lookBeside && !found && !tied.length && !rejected && report.isReport && report.extras.forcedYear !== undefined && looksForLastYear(report) ? otherFolderYear(dirname(abs), report.year!) : null;
  const forcedYearNote = folderYear === null ? undefined : FILE.previousForcedYear(report.year!, dirname(shown) === '.' ? dirname(abs) : dirname(shown), folderYear);
  if (forcedYearNote && run.sayPrevious) say(forcedYearNote);
  // Why the cross-year rules had no last year's report (the review summary says it on their lines).
  // (A --previous not used for the report, of another year: said first, then what the lookup made of it.)
  let previousMissing: Bilingual | undefined;
  if (!previous && !found && !ownPart && report.year !== null) {
    const why = tied.length ? FILE.tied(tied, ties.inLastYearFolder) : rejectedNote ?? forcedYearNote ?? FILE.previousNotFound(report.year - 1, lookBeside, lookBeside ? searchedLastYearFolder(abs, shown, report.year, notFoundIn) : undefined);
    previousMissing = wrongYear ? { zh: `${wrongYear.zh}；${why.zh}`, en: `${wrongYear.en}; ${why.en}` } : why;
  }
  // The file the cross-year rules compare with (the review formats point at its cells).
  // (None when the first report's is in the file: its cells are lines of this file.)
  const previousFile = ownPart ? undefined : previous ? { path: previous.name, absPath: previous.absPath } : found ? { path: found.path, absPath: found.absPath } : undefined;
  // A file named for another year than its text, beside another report of the agency for that year (brk166 #3).
  const nameYear = lookBeside && report.isReport && report.year !== null && report.extras.forcedYear === undefined ? otherNameYear(basename(abs), report.year) : null;
  const besideSame = nameYear !== null ? run.findPrevious.sameYear(abs, report, text, shown) : null;
  // Or a file in a folder named for another year (`2024/区政府.md` holding the 2023 report), with the agency's report
  // of the text's year in the folder named for that year (`2023/`, brk183). Not beside it: a folder named for the
  // year of publication holds last year's reports, a draft and a final among them.
  const yearOfFolder = lookBeside && nameYear === null && report.isReport && report.year !== null && report.extras.forcedYear === undefined ? otherFolderYear(dirname(abs), report.year) : null;
  const textYearFolder = yearOfFolder !== null ? yearFolder(dirname(abs), yearOfFolder, report.year!) : null;
  const inFolder = textYearFolder !== null ? run.findPrevious.sameYear(abs, report, text, shown, textYearFolder) : null;
  const fileOptions = {
    ...options, previous: previous?.report ?? found?.report ?? null, reportUnusedDisable: run.reportUnusedDisable,
    sameYear: besideSame && nameYear !== null ? { ...besideSame, nameYear } : inFolder && yearOfFolder !== null ? { ...inFolder, nameYear: yearOfFolder, inFolder: true } : null,
    locale,
    rules: ruleSettingsOf(settings.rules, options.rules, run.reportUnusedDisable),
    format: options.format ?? settings.format,
    year: options.year ?? settings.year,
    // (Each pass of --fix reads the text as the file was read: a .txt file's backticks are text.)
    fileName: parseOptions.fileName,
  };
  let patch: string | undefined;
  // --fix of stdin: the bytes read go out unchanged unless the text is fixed.
  let stdout = stdin && run.fix === 'write' ? stdin.bytes : undefined;
  if (run.fix) {
    // Stray control characters go first (encoding-invalid, each fixable), as in the editor's fix-all.
    const fixed = fixAllWithControlChars(sourceLinesOf(report), fileOptions);
    if (fixed.text !== text && !read.lossless()) {
      // Written back, the U+FFFD of bytes that could not be decoded (or bytes with no way back) would replace the
      // user's bytes: not fixed, not even as a patch (it would not apply to the bytes on disk), and the run fails.
      const why = read.bad.length ? FILE.notFixedBadBytes : read.utf8Runs.length ? FILE.notFixedMixed(read.utf8Runs[0].from + 1, read.utf8Runs[0].to + 1) : FILE.notFixedNoRoundTrip(encodingLabel(read.encoding));
      say(why);
      return finish(report, undefined, why);
    }
    if (fixed.text !== text) {
      if (run.fix === 'dry-run') {
        patch = fixDiff(shown, text, fixed.text);
      } else {
        if (stdin) stdout = encodeText(fixed.text, read.encoding);
        else {
          try {
            writeAtomic(abs, encodeText(fixed.text, read.encoding));
          } catch (e) {
            // Not written: the findings of the text as it is are still reported, and the run fails (exit 2).
            const why = FILE.cannotWriteFixed(fsError(e));
            say(why);
            return finish(report, undefined, why);
          }
        }
        const byRule = new Map<string, number>();
        for (const f of fixed.fixed) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        say(FILE.fixed(fixed.fixed.length, [...byRule]));
        // (Prose fixes; fills of blank 表三 rows from the sums; other fixes into blank cells the run put in.)
        const rowsLeft = fixed.withheld.filter((f) => f.ruleId === 'row-missing');
        const proseLeft = fixed.withheld.filter((f) => f.ruleId === 'prose-table');
        const blanksLeft = fixed.withheld.filter((f) => f.ruleId !== 'row-missing' && f.ruleId !== 'prose-table');
        if (proseLeft.length) say(FILE.fixWithheld([...new Set(proseLeft.map((f) => f.range.start.line + 1))]));
        if (rowsLeft.length) say(FILE.rowFillWithheld([...new Set(rowsLeft.map((f) => f.range.start.line + 1))]));
        if (blanksLeft.length) say(FILE.blankFillWithheld([...new Set(blanksLeft.map((f) => f.range.start.line + 1))]));
        text = fixed.text;
        report = parseReport(text, parseOptions);
      }
    }
    // Fixes left out because the report's structure would read worse with them (more section, table or label
    // findings): said, so that a finding whose message offers a fix is not left without a word (brk152 #11).
    if (fixed.refused.length) say(FILE.fixRefused([...new Set(fixed.refused.map((f) => f.range.start.line + 1))].sort((a, b) => a - b), [...new Set(fixed.refused.map((f) => f.ruleId))]));
  }
  return finish(report, patch);

  /**
   * Checks the final model and makes the outcome. `notFixed`: why the fixes asked for were not made (the run fails:
   * exit code 2), said on stderr already; the review formats say it too (`FileResult.fixNotWritten`).
   */
  function finish(report: Report, patch: string | undefined, notFixed?: Bilingual): FileOutcome {
    // Last year's report of a later file is usually this one: its model is kept a little while for reuse.
    // (Not the text on stdin: the file of that name, if any, may read otherwise.)
    if (!stdin && parseOptions.format === undefined && parseOptions.year === undefined) run.findPrevious.remember(abs, report);
    const keep = run.keepModel;
    // The review summary says which checks were suppressed or turned off (never that they hold), and SARIF keeps the
    // suppressed findings as suppressed results: kept with the model.
    const suppressed: Finding[] = [];
    let all = checkReport(report, keep ? { ...fileOptions, onSuppressed: (f) => suppressed.push(f) } : fileOptions);
    // Bytes that could not be decoded (said on stderr above): an error on each line that has any, so every format
    // shows where and the run fails. (Only the text as read has them: --fix refuses to change it.)
    if (read.ok && read.bad.length) {
      all = sortFindings([...all, ...badBytesFindings(read.bad, read.encoding, locale)]);
    }
    // Lines of a GB18030 file that are UTF-8 (read as such): an error on each run, so the file is saved in one encoding.
    if (read.ok && read.utf8Runs.length) all = sortFindings([...all, ...mixedEncodingFindings(read.utf8Runs, read.text, locale)]);
    // Stray control characters (a NUL pasted in; many make a binary file, refused above): an error at each, as the
    // language server reports them.
    const controls = controlCharFindings(sourceLinesOf(report), locale);
    if (controls.length) all = sortFindings([...all, ...controls]);
    const findings = run.quiet ? all.filter((f) => f.severity === 'error') : all;
    const hidden = run.quiet ? all.filter((f) => f.severity !== 'error') : [];
    const quietWarnings = hidden.filter((f) => f.severity === 'warning').length;
    const notReportReason = report.isReport ? undefined : notReportOf(report);
    if (notReportReason && job.named) say(notReportReason);
    const meantAsReport = notReportReason !== undefined && (!text.trim() || (notReportReason === FILE.notReport && REPORT_LIKE_NAME.test(basename(abs))));
    const review = keep && report.isReport ? { hidden, off: offRuleFindings(report, fileOptions), offRules: Object.keys(fileOptions.rules).filter((id) => fileOptions.rules[id] === 'off') } : undefined;
    return {
      result: {
        path: shown, absPath: abs, format: report.format, year: report.year, encoding: read.ok ? read.encoding : undefined, findings, columns: codePointColumns(sourceLinesOf(report), findings), text: keep ? text : undefined, report: keep ? report : undefined, reports: report.isReport ? reportParts(report).length : 0, notReport: !report.isReport, notReportReason, ...(meantAsReport ? { meantAsReport } : {}),
        quietHidden: run.quiet ? { warnings: quietWarnings, infos: hidden.length - quietWarnings } : undefined, review, suppressed: keep ? suppressed : undefined, suppressedCount: keep ? suppressed.length : undefined,
        previousPath: ownPart ? undefined : found?.path, previous: keep ? fileOptions.previous ?? undefined : undefined, previousTied: tied.length ? tied : undefined, previousMissing,
        previousNotFoundIn: notFoundIn, previousRejected: rejected && !rejected.agency ? rejected.path : undefined, previousNote, previousFile, previousOtherAgency: otherAgency ? true : undefined, previousWrongYear: wrongYear ? true : undefined, fixNotWritten: notFixed,
      },
      failed: notFixed !== undefined, patch, stdout, quietWarnings,
    };
  }
}

/**
 * Whether the cross-year rules (`LAST_YEAR_RULES`, as `rules` set them) find otherwise in `report` against `other`
 * than against `used`, two reports of the year before (brk144 #6: a 汇编's own report of that year and a file beside
 * it): compared by rule, place and numbers.
 */
function crossYearDiffers(report: Report, used: Report, other: Report, rules: Record<string, RuleSetting>): boolean {
  const only: Record<string, RuleSetting> = {};
  for (const r of RULES) only[r.meta.id] = LAST_YEAR_RULES.includes(r.meta.id) ? rules[r.meta.id] ?? r.meta.defaultSeverity : 'off';
  const key = (f: Finding) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}:${String(f.expected)}/${String(f.actual)}`;
  const found = (previous: Report) => new Set(checkReport(report, { previous, rules: only }).map(key));
  const a = found(used), b = found(other);
  return a.size !== b.size || [...a].some((k) => !b.has(k));
}

/**
 * Last year's folder of a report of `year` at `abs` (shown as `shown`) in a folder-per-year layout (`lastYearFolder`),
 * named as the report is, and whether it exists: what the not-found note says was searched besides the report's own
 * folder. `listed`: the lookup's own name for it, when it listed that folder. Undefined when no folder name holds the
 * year (a flat archive: only the report's own folder was searched, brk166 #5).
 */
function searchedLastYearFolder(abs: string, shown: string, year: number, listed: string | undefined): { path: string; exists: boolean } | undefined {
  const other = lastYearFolder(dirname(abs), year);
  if (other === null) return undefined;
  if (listed !== undefined) return { path: listed, exists: true };
  let exists = false;
  try {
    exists = statSync(other).isDirectory();
  } catch {
    exists = false;
  }
  const path = isAbsolute(shown) ? other : posix.join(posix.dirname(shown), relative(dirname(abs), other).split(sep).join('/'));
  return { path, exists };
}

