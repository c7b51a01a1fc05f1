import type { DetectedFormat, Finding, Locale } from '../../core/index.js';

/** One checked file, as the formatters see it. */
export interface FileResult {
  /** The path as given or found (relative to the working directory when under it). */
  path: string;
  /** Absolute path. */
  absPath: string;
  format: DetectedFormat;
  year: number | null;
  /**
   * How the file's bytes were decoded (UTF-8, UTF-16 with BOM, GB18030); absent when it could not be read. The
   * formats whose positions and fixes are in the decoded text (sarif) name it for the files that are not UTF-8.
   */
  encoding?: import('../decode.js').Encoding;
  findings: Finding[];
  /**
   * The 1-based columns in characters as a person counts them (Unicode code points) of the positions of `findings`
   * (and of their related locations) that differ from the UTF-16 `character + 1`, keyed `line:character` (0-based):
   * only positions after a character outside the BMP (`𠮷`). See `column`.
   */
  columns?: Record<string, number>;
  /** The text as read (for fingerprints and context); absent when the file could not be read. */
  text?: string;
  /**
   * Set when the file could not be checked (missing, binary, undecodable, too large): the reason in English, as the
   * machine-readable formats (sarif) print it.
   */
  error?: string;
  /** The same reason in both languages, for the formats people read (github, markdown). */
  errorText?: import('../../core/index.js').Bilingual;
  /** With `error`: the file was read but not checked (the format and year given for it do not go together), not unreadable. */
  notChecked?: true;
  /**
   * Why `--fix` (or `--fix-dry-run`) made none of the file's fixes, which fails the run (exit code 2): the fixed file
   * could not be written (read-only), or writing it back would change bytes the fixes do not touch (bytes that cannot
   * be decoded). Its findings are those of the file as it is. The review formats say it as they say a file that could
   * not be read (brk119 #5: only stderr did).
   */
  fixNotWritten?: import('../../core/index.js').Bilingual;
  /** The file was read but does not read as an annual report: nothing was checked (not counted as checked). */
  notReport?: boolean;
  /** Why a `notReport` file was not checked, as stderr says it (`未识别为年度报告…，未检查`), for the review summary. */
  notReportReason?: import('../../core/index.js').Bilingual;
  /**
   * A `notReport` file that was meant to be a report: blank (nothing but white space), or named like one (a year or
   * 年报/报告 in its name) with no sign of another kind of document (the generic reason): a report emptied or
   * overwritten (an error page saved as `2024.md`). A run that checks no report and names only such files fails
   * (brk142 #1); a README, notes or another regime's report named alone is said and passes.
   */
  meantAsReport?: boolean;
  /**
   * `--quiet`: how many findings were left out of `findings` (warnings; info and hints), which the summaries still
   * count. Absent without `--quiet`.
   */
  quietHidden?: { warnings: number; infos: number };
  /**
   * For the review summary's table lines (kept with `report`): the findings `--quiet` left out of `findings`, and
   * what the rules turned off would report (`offRules`: their ids), so that a check turned off is said so rather than
   * shown as holding (`summarizeTables`).
   */
  review?: { hidden: Finding[]; off: Finding[]; offRules: string[] };
  /**
   * The findings a `<!-- nianbao-disable… -->` comment suppressed (kept with `text`, for the formats that read
   * them): the summary's table lines say a check suppressed (never that it holds), and SARIF keeps them as results
   * with `suppressions` (code scanning would otherwise take a suppressed finding for a fixed one).
   */
  suppressed?: Finding[];
  /**
   * How many findings a `<!-- nianbao-disable… -->` comment suppressed (`suppressed`, counted, kept when the
   * summaries drop the findings themselves): the Markdown summary and the github counts line say them (“另有 1 个已屏蔽”),
   * so that a reviewer sees that the draft hides findings. Absent in the formats that keep no model (text, json).
   */
  suppressedCount?: number;
  /** Summary of the tables for review outputs. */
  report?: import('../../core/index.js').Report;
  /**
   * The review summary's lines on the file's reports (format, year, table checks), worked out from `report` when the
   * file was checked, so that a run need not keep the model until the end (`forSummary` in markdown.ts).
   */
  summaryLines?: string[];
  /**
   * Set with `summaryLines`: whether the file's reports' own tables were all checked (`tablesChecked`: none could not be
   * read), without which the summary's heading shows no ✅.
   */
  tablesChecked?: boolean;
  /** How many agencies' reports the file holds (`reportParts`; 1 for the usual file, 0 when not a report). */
  reports?: number;
  /** Last year's report used by the cross-year rules, if any. */
  previousPath?: string;
  /**
   * The file the cross-year rules compared this one with (`--previous`, or the one found beside it), as shown and
   * absolute: where the review formats place a finding's related location in last year's report (`report: 'previous'`).
   */
  previousFile?: { path: string; absPath: string };
  /** Its model (kept with `report`, for the review summary's cross-year lines). */
  previous?: import('../../core/index.js').Report;
  /** Files beside it equally likely to be last year's report (none was used). */
  previousTied?: string[];
  /**
   * Last year's folder (`…/2023/` for `…/2024/`, named as the report's path is) when it exists but neither it nor the
   * report's own folder held a report of the same agency for last year (nothing tied or ruled out either).
   */
  previousNotFoundIn?: string;
  /**
   * The file of the same agency that read as last year's report but was ruled out (its own years disagree, or its
   * whole text is of another year), named as `previousMissing` says; absent otherwise.
   */
  previousRejected?: string;
  /** `--previous` is another agency's report: not used for this one, whose own last year's report was looked for. */
  previousOtherAgency?: true;
  /** `--previous` is not last year's report of this one (another year, or no report): not used, and last year's report was looked for. */
  previousWrongYear?: true;
  /**
   * What to bear in mind about the last year's report used (`--previous` whose own years disagree), as stderr says it;
   * the review summary's cross-year lines say it with what they compared.
   */
  previousNote?: import('../../core/index.js').Bilingual;
  /**
   * Why no last year's report was used (as stderr says it: none found, candidates tied or ruled out, `--previous`
   * of another year or agency); absent when one was used. The review summary's cross-year lines say it.
   */
  previousMissing?: import('../../core/index.js').Bilingual;
}

export interface FormatContext {
  locale: Locale;
  color: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * What the run was asked to check but could not even list (not among the results): a missing file or folder, a
   * folder that cannot be read, a glob that matches nothing. The formats that describe the run (sarif) report them.
   */
  unlisted?: UnlistedPath[];
  /**
   * Files named on the command line (or stdin) that a config's `ignore` leaves out: the review formats say so (a
   * notice, a ⚪ line), so that a run checking nothing else does not look passed (helper-223 #8).
   */
  ignored?: UnlistedPath[];
  /**
   * `--quiet`: only errors are listed; the summaries still count the rest (`FileResult.quietHidden`) and say that
   * they are not listed.
   */
  quiet?: boolean;
  /**
   * `--max-warnings N`: the run fails (exit code 1) when it has more than N warnings (those `--quiet` does not list
   * included); the summaries say so, since a run without errors would otherwise look passed.
   */
  maxWarnings?: number;
  /**
   * The config file that stopped the run before any report was checked (exit code 2; there are no results): the
   * review formats report each of its problems at its place in the file (a `github` annotation, a GitLab issue, a
   * SARIF notification, an rdjson diagnostic, a ❗ line of the summary), so that what they print is still a whole
   * document, and says why nothing was checked (brk108 #3). `json` and `text` print nothing (stderr says it).
   */
  configError?: ConfigStop;
  /**
   * The SARIF is for GitHub code scanning (the GitHub Action's upload): see `sarifLog`. `maxResults` (default
   * GitHub's limit, `CODE_SCANNING_RESULT_LIMIT`) caps the results of the run; `onCut` is told what the cap left out.
   */
  codeScanning?: { maxResults?: number; onCut?(cut: SarifCut): void };
}

/** The config file that stopped a run (`FormatContext.configError`). */
export interface ConfigStop {
  /** The config file as shown (relative to the working directory when under it) and absolute. */
  path: string;
  absPath: string;
  /** Its problems, each with its place in the file when it has one. */
  problems: import('../config.js').ConfigProblem[];
}

/** What `FormatContext.codeScanning`'s cap left out of a SARIF run. */
export interface SarifCut {
  /** The results of the run before the cap (those a comment suppressed not counted), and how many were kept. */
  total: number;
  kept: number;
  /** The results left out, by SARIF level. */
  left: { error: number; warning: number; note: number };
}

/** A file or folder argument (or a folder found inside one) that named nothing the run could check. */
export interface UnlistedPath {
  /** What was wrong, in both languages, starting with the path as shown (`nonexist.md: no such file or folder`). */
  message: import('../../core/index.js').Bilingual;
  /** The path as shown (relative to the working directory when under it) and absolute; absent for a glob. */
  path?: string;
  absPath?: string;
}

/** A formatter turns the results of one `nianbao check` run into what it prints on stdout. */
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

/**
 * A formatter that prints each file's part as soon as that file is checked (text, json), so a run over many
 * reports keeps only counts. Called once per run; `file` is called in order for every file (also those with an
 * `error`, which it may skip), then `end`. The concatenated strings are the whole output.
 */
/**
 * A formatter that prints file by file: `file` gives a file's output; `chunks`, when there, the same output in pieces
 * (for a file with many findings, so that it is never one string).
 */
export type StreamFormatter = (ctx: FormatContext) => { file(r: FileResult): string; chunks?(r: FileResult): Iterable<string>; end(): string };

/** The batch form of a stream formatter: the same bytes for a list of results. */
export function batch(stream: StreamFormatter): Formatter {
  return (results, ctx) => {
    const s = stream(ctx);
    let out = '';
    for (const r of results) out += s.file(r);
    return out + s.end();
  };
}
