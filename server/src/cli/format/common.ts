import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { LineIndex, ownRelated, pick, type Bilingual, type Finding, type Locale, type Position, type RelatedLocation } from '../../core/index.js';
import type { FileResult, FormatContext } from './types.js';
import { CONFIG, RUN } from '../messages.js';

/**
 * The path a review tool expects: relative to the repository root when the CI says where that is
 * (`GITHUB_WORKSPACE`, `CI_PROJECT_DIR`) and the file is under it, else the path as shown (relative to the
 * working directory, or absolute), always with `/`.
 */
export function reviewPath(r: Pick<FileResult, 'path' | 'absPath'>, ctx: FormatContext): string {
  for (const root of [ctx.env.GITHUB_WORKSPACE, ctx.env.CI_PROJECT_DIR]) {
    if (!root || !r.absPath) continue;
    const rel = relative(root, r.absPath);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return r.path.split(sep).join('/');
}

/**
 * The 1-based column of position `p` in a file's result as a person counts characters (code points), as the JSON
 * contract's `column` and the text output's `line:column` give it (`range` stays LSP's 0-based UTF-16).
 */
export function column(r: Pick<FileResult, 'columns'>, p: { line: number; character: number }): number {
  return r.columns?.[`${p.line}:${p.character}`] ?? p.character + 1;
}

/**
 * The positions of `findings` (and of their related locations in the same file) on `lines` whose code-point column
 * differs from their UTF-16 one (a character outside the BMP before them): `FileResult.columns`, or undefined when
 * there are none (the usual file).
 */
export function codePointColumns(lines: LineIndex, findings: readonly Finding[]): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  const add = (p: { line: number; character: number }) => {
    if (p.line >= lines.lineCount) return;
    const before = lines.line(p.line).slice(0, p.character);
    if (!/[\uD800-\uDBFF]/.test(before)) return;
    (out ??= {})[`${p.line}:${p.character}`] = [...before].length + 1;
  };
  for (const f of findings) {
    add(f.range.start);
    for (const r of ownRelated(f)) add(r.range.start);
  }
  return out;
}

/** A related location of a finding, with the file it is in when that is last year's report. */
export interface PlacedRelated {
  related: RelatedLocation;
  /** Last year's file (`related.report === 'previous'`), as `reviewPath` names it and absolute; absent: the checked file. */
  previous?: { path: string; absPath: string };
}

/**
 * The related locations of `f` (a finding of `r`) in order, each in the checked file or in last year's report (the
 * cell a cross-year rule compared with: `report: 'previous'`) with the file the run compared `r` with
 * (`r.previousFile`); those in last year's report are left out when the run did not use one.
 */
export function placedRelated(r: FileResult, f: Finding, ctx: FormatContext): PlacedRelated[] {
  const file = r.previousFile;
  const previous = file ? { path: reviewPath(file, ctx), absPath: file.absPath } : undefined;
  return (f.related ?? []).flatMap((related) => (!related.report ? [{ related }] : previous ? [{ related, previous }] : []));
}

const lineCache = new WeakMap<FileResult, LineIndex>();

/** The line index of a checked file's text (built once per result). */
export function linesOf(r: FileResult): LineIndex {
  let l = r.report?.lines ?? lineCache.get(r);
  if (!l) {
    l = new LineIndex(r.text ?? '');
    lineCache.set(r, l);
  }
  return l;
}

/**
 * The keys of a finding's payload that are its evidence, measured over the rest of the document, not what it is
 * about: content-copied's share of repeated text and the tables that repeat (`proseSame`, `proseTotal`, `tables`: one
 * sentence added 25 lines below the title changed them; brk174 #2), report-multiple's number of reports in the file,
 * table-repeated's count of the repeats not reported, the counts of line breaks, of edits, of rows. Hashed, an edit
 * anywhere else would make a reviewed finding look new. (What a finding is about, its table, row, column, section or
 * group, stays in the key.)
 */
const EVIDENCE_KEYS = new Set(['proseSame', 'proseTotal', 'tables', 'reports', 'notReported', 'count', 'rows']);

function stable(v: unknown, top = true): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? '';
  if (Array.isArray(v)) return `[${v.map((x) => stable(x, false)).join(',')}]`;
  // Keys that hold positions would tie the fingerprint to line numbers, and the evidence's figures to the rest of
  // the document: leave them out.
  return `{${Object.keys(v).filter((k) => !/^(line|lines|column|character|range|ranges|offset|start|end|position)$/i.test(k) && !(top && EVIDENCE_KEYS.has(k))).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k], false)}`).join(',')}}`;
}

/**
 * `text` without what a table's layout changes: its spaces and tabs (ASCII, ideographic, no-break), and the pipes that
 * open and close a table row (optional in Markdown; `Format Document` adds a missing closing one).
 */
function withoutLayout(text: string): string {
  return text.replace(/[ \t\u3000\u00a0]+/g, '').replace(/^[|｜]|[|｜]$/g, '');
}

/**
 * Fingerprints of a file's findings, parallel to `r.findings`: a hash of the rule id, the file, the offending
 * text, the text of the lines it is on (spaces and tabs left out) and the finding's structured payload (what it is
 * about, not its evidence: `EVIDENCE_KEYS`; never its message, whose figures change with the rest of the text), plus an
 * occurrence number among identical keys. Line numbers are not part of it, so inserting or deleting unrelated lines
 * does not make a reviewed finding look new; editing the offending line does, but not re-aligning it: a fix elsewhere
 * in a pipe table (a label made longer) pads every row of it again, and the table's other findings stay as they were
 * reviewed (brk108 #1). A finding about something absent
 * (`Finding.absent`: a missing row, table or section, shown on a neighbouring line) has no offending text: its key
 * is the rule id, the file and what is missing (its payload: the table and the template row, the section), so
 * editing the line it is shown on does not make it look new either.
 */
export function fingerprints(r: FileResult, path: string): string[] {
  const lines = linesOf(r);
  const seen = new Map<string, number>();
  return r.findings.map((f: Finding) => {
    let key: string;
    if (f.absent) key = [f.ruleId, path, 'absent', stable(f.data ?? null)].join('\u0000');
    else {
      const context: string[] = [];
      for (let l = f.range.start.line; l <= Math.min(f.range.end.line, f.range.start.line + 20) && l < lines.lineCount; l++) context.push(withoutLayout(lines.line(l)));
      // (A blank cell is shown on its spaces, or on the pipe that closes it when it has none, `||`: neither is its text.)
      key = [f.ruleId, path, withoutLayout(lines.slice(f.range)), context.join('\n'), stable(f.data ?? null)].join('\u0000');
    }
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

/** The check name of a file that could not be read, in the formats that report it as an issue (gitlab, rdjson). */
export const FILE_UNREADABLE = 'nianbao/file-unreadable';

/** The check name of a config file that stopped the run, in the formats that report it as an issue (gitlab, rdjson). */
export const CONFIG_INVALID = 'nianbao/config-invalid';

/** A problem of the config file that stopped the run (`FormatContext.configError`), as the review formats place it. */
export interface ConfigProblemPlaced {
  /** The config file's review path (see `reviewPath`) and absolute path. */
  path: string;
  absPath: string;
  /** 1-based line and column (UTF-16 code units) in the file; absent when it could not be read at all. */
  line?: number;
  column?: number;
  /** What is wrong (`rules.row-label: expected …`), and the same saying that no report was checked (`CONFIG.stopped`). */
  problem: Bilingual;
  message: Bilingual;
}

/** The problems of the config file that stopped the run, in file order (none when no config did). */
export function configProblems(ctx: FormatContext): ConfigProblemPlaced[] {
  const c = ctx.configError;
  if (!c) return [];
  const path = reviewPath({ path: c.path, absPath: c.absPath }, ctx);
  return c.problems.map((p) => ({ path, absPath: c.absPath, line: p.line, column: p.column, problem: p.message, message: CONFIG.stopped(p.message) }));
}

/** A path the run was given but could not check, as the review formats report it. */
export interface UnreadablePath {
  /** The review path (see `reviewPath`). */
  path: string;
  /** Why, in the run's language (`ctx.locale`), without the path (it is `path`): `no such file or folder`, `cannot decode the file: …`. */
  message: string;
}

/**
 * The paths that could not be checked, in order: the files that could not be read (missing, binary,
 * undecodable, too large: a result with `error`), then the arguments that named a missing file or folder, or a
 * folder that cannot be read (`ctx.unlisted` with a path; a glob that matched nothing has no path and is left out).
 */
export function unreadable(results: FileResult[], ctx: FormatContext): UnreadablePath[] {
  const out: UnreadablePath[] = [];
  for (const r of results) {
    if (r.error) out.push({ path: reviewPath(r, ctx), message: r.errorText ? pick(r.errorText, ctx.locale) : r.error });
  }
  // The reason alone, as for a file that could not be read: the path is the issue's location.
  for (const u of unlistedShown(ctx)) if (u.path !== undefined) out.push({ path: u.path, message: u.reason });
  return out;
}

/** The check name of a file whose fixes `--fix` could not make (read-only), in the formats that report it as an issue (gitlab, rdjson). */
export const FIX_NOT_WRITTEN = 'nianbao/fix-not-written';

/**
 * The files whose fixes `--fix` (or `--fix-dry-run`) did not make, which fails the run as a file that could not be
 * read does (`FileResult.fixNotWritten`), each with its review path and why, in the run's language (without the path).
 */
export function notWritten(results: FileResult[], ctx: FormatContext): UnreadablePath[] {
  return results.flatMap((r) => (r.fixNotWritten && !r.error ? [{ path: reviewPath(r, ctx), message: pick(r.fixNotWritten, ctx.locale) }] : []));
}

/** An argument of the run that named nothing it could check, as the formats people read show it. */
export interface UnlistedShown {
  /** The review path (see `reviewPath`); absent for a glob that matched nothing. */
  path?: string;
  /** Why, in the run's language, without the path when there is one (`没有这个文件或文件夹`); else the whole message. */
  reason: string;
}

/**
 * The arguments that named nothing the run could check (`ctx.unlisted`: a missing file or folder, a folder that
 * cannot be read, a glob that matches nothing), each with its review path and the reason alone (the message with
 * the path it starts with taken off), for the formats that show the path apart (github, markdown).
 */
export function unlistedShown(ctx: FormatContext): UnlistedShown[] {
  return (ctx.unlisted ?? []).map((u) => {
    const message = pick(u.message, ctx.locale);
    if (u.path === undefined || u.absPath === undefined) return { reason: message };
    const path = reviewPath({ path: u.path, absPath: u.absPath }, ctx);
    const lead = [`${u.path}：`, `${u.path}: `].find((p) => message.startsWith(p));
    return { path, reason: lead ? message.slice(lead.length) : message };
  });
}

/** The files that were checked (not those that could not be read), with their findings. */
export function checked(results: FileResult[]): FileResult[] {
  return results.filter((r) => !r.error);
}

/**
 * How many files were checked and how many reports they hold, in `locale`: `检查了 3 个报告` / `3 reports checked`
 * when each file is one report, else `检查了 1 个文件（2 份报告）` / `1 file checked (2 reports)` (a file holding
 * several agencies' reports counts each, `FileResult.reports`; a file that is not a report counts none). `results` are the
 * checked files (`checked`); the review formats leave out those that are not reports, which they count apart.
 */
export function checkedPhrase(results: FileResult[], locale: Locale): string {
  const files = results.length;
  const reports = results.reduce((n, r) => n + (r.reports ?? (r.notReport ? 0 : 1)), 0);
  const zh = locale !== 'en';
  if (files === reports) return zh ? `检查了 ${files} 个报告` : `${files} report${files === 1 ? '' : 's'} checked`;
  return zh ? `检查了 ${files} 个文件（${reports} 份报告）` : `${files} file${files === 1 ? '' : 's'} checked (${reports} report${reports === 1 ? '' : 's'})`;
}

/**
 * How many findings `<!-- nianbao-disable… -->` comments suppressed in `results` (`FileResult.suppressedCount`):
 * not listed nor counted for the exit code, but counted by the summaries as the docs promise (“另有 1 个已屏蔽”).
 */
export function suppressedTotal(results: FileResult[]): number {
  return results.reduce((n, r) => n + (r.suppressedCount ?? 0), 0);
}

/**
 * Why `--max-warnings` fails the run, in the run's language (`1 个警告，超过 --max-warnings 0`), as the CLI says it
 * on stderr; null when `ctx.maxWarnings` is not given or the warnings (those `--quiet` does not list included) are
 * within it.
 */
export function warningsOverLimit(results: FileResult[], ctx: FormatContext): string | null {
  if (ctx.maxWarnings === undefined) return null;
  const files = checked(results);
  const warnings = files.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length + (r.quietHidden?.warnings ?? 0), 0);
  return warnings > ctx.maxWarnings ? pick(RUN.maxWarnings(warnings, ctx.maxWarnings, ctx.quiet), ctx.locale) : null;
}

/**
 * Where 0-based position `p` of the checked text (lines split at `\r\n`, `\r` and `\n`, as the core and LSP count
 * them) stands as git, GitHub's diff, GitLab and reviewdog count lines: at `\n` only (helper-223 #3: a stray `\r` in
 * a paragraph put every annotation below it a line too low, and reviewdog's suggestions on other lines). The same
 * position when `text` has no lone `\r` (the usual case), or is absent. 0-based line and UTF-16 character.
 */
export function gitPosition(text: string | undefined, p: Position): Position {
  const map = text === undefined ? null : gitLines(text);
  if (!map) return p;
  const offset = Math.min(text!.length, (map.lspStarts[p.line] ?? text!.length) + p.character);
  // The last `\n` before the offset, by bisection over their offsets.
  let lo = 0, hi = map.newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return { line: lo, character: offset - (lo ? map.newlines[lo - 1] + 1 : 0) };
}

/** Whether `text` has a line break git does not count (a `\r` not followed by `\n`). */
export function hasLoneCarriageReturn(text: string | undefined): boolean {
  return text !== undefined && gitLines(text) !== null;
}

/** For a text with a lone `\r`: where each LSP line starts, and the offsets of its `\n`s; null without one. */
const gitLinesMemo = new Map<string, { lspStarts: number[]; newlines: number[] } | null>();
function gitLines(text: string): { lspStarts: number[]; newlines: number[] } | null {
  if (!/\r(?!\n)/.test(text)) return null;
  let map = gitLinesMemo.get(text);
  if (map === undefined) {
    const lspStarts = [0], newlines: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) { newlines.push(i); lspStarts.push(i + 1); }
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) lspStarts.push(i + 1);
    }
    map = { lspStarts, newlines };
    // (One run's few such files: kept while the run lasts.)
    if (gitLinesMemo.size > 64) gitLinesMemo.clear();
    gitLinesMemo.set(text, map);
  }
  return map;
}
