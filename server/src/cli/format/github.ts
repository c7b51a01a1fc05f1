import { appendFileSync, statSync } from 'node:fs';
import type { Finding, Severity } from '../../core/index.js';
import { batch, type FileResult, type FormatContext, type StreamFormatter } from './types.js';
import { checked, checkedPhrase, configProblems, gitPosition, notWritten, reviewPath, suppressedTotal, unlistedShown, warningsOverLimit } from './common.js';
import { forSummary, markdownSummary, withoutModel } from './markdown.js';
import { GITHUB } from '../messages.js';
import { pick } from '../../core/index.js';
import { count as countEn } from '../../core/text/english.js';

type Kind = 'error' | 'warning' | 'notice';
const KIND: Record<Severity, Kind> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub shows only this many annotations of each kind per step; the rest are in the step summary. */
export const ANNOTATION_LIMIT = 10;

/**
 * The bytes the step summary may take: GitHub refuses a step summary over 1 MiB (and then shows none), so the
 * reports and findings past this are left out, with a line saying how many. The limit is on the step's file, which
 * earlier commands of the same step may have written to (two runs over folders checked apart): what it holds counts.
 */
export const STEP_SUMMARY_BUDGET = 1_000_000;

/** GitHub's own limit of a step summary (1 MiB): a file over it is not shown at all. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** The bytes the step summary file holds already (0 when it does not exist yet or cannot be read). */
function summarySize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Appends the Markdown summary to the step summary `file`, within `STEP_SUMMARY_BUDGET` bytes with what the file
 * already holds (`room` gives the budget left and makes the summary). A summary that would still take the file over
 * GitHub's 1 MiB (the file nearly full already) is not appended: it would hide the whole step summary, the earlier
 * commands' part too. Returns the warning annotation to print when it could not be written, else null.
 */
function appendSummary(file: string, make: (room: number) => string, ctx: FormatContext): string | null {
  const held = summarySize(file);
  const md = make(STEP_SUMMARY_BUDGET - held) + '\n';
  try {
    if (held + Buffer.byteLength(md, 'utf8') > STEP_SUMMARY_LIMIT) throw new Error(pick(GITHUB.summaryFull(held), ctx.locale));
    appendFileSync(file, md);
    return null;
  } catch (e) {
    return `::warning title=nianbao::${escapeData(pick(GITHUB.cannotWriteSummary(file, (e as Error).message), ctx.locale))}`;
  }
}

/**
 * The bytes of the budget kept for the "could not complete" block the GitHub Action appends after the summary when
 * some path could not be checked (action/run.mjs keeps that block under this size).
 */
export const CANNOT_CHECK_ROOM = 2_000;

/** Escapes the message of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`file=…,title=…`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`. */
export function annotation(path: string, f: Finding, text?: string): string {
  // (Lines as GitHub counts them: `gitPosition`.)
  const start = gitPosition(text, f.range.start), end = gitPosition(text, f.range.end);
  const props = [`file=${escapeProperty(path)}`, `line=${start.line + 1}`, `col=${start.character + 1}`, `endLine=${end.line + 1}`];
  // GitHub reads endColumn only for an annotation on one line.
  if (end.line === start.line) props.push(`endColumn=${Math.max(end.character, start.character + 1) + 1}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${KIND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/**
 * `--format github`: workflow commands, so that the findings appear on the pull request's diff. The run's own come
 * first (one `::error` per file that could not be read or argument that named nothing, or whose fixes `--fix` could
 * not write; one `::error` without a file
 * when there are more warnings than `--max-warnings`; one `::notice` per file named that is not a report), then one
 * per finding, then a line of counts (those `--quiet` does not annotate included, and those a comment suppressed said
 * apart). When `GITHUB_STEP_SUMMARY` is set,
 * the Markdown summary is appended to it, within `STEP_SUMMARY_BUDGET` bytes with what the file already holds
 * (`CANNOT_CHECK_ROOM` of them left to the action's block when some path could not be checked); when a kind has more than 10
 * annotations (all that GitHub shows per step, the run's own counted), the summary says how many the diff does not
 * show, and that it lists every finding only when it does. Each file is kept as far as these need it (`forSummary`
 * with a step summary, else `withoutModel`), not with its text and model.
 */
export const githubStream: StreamFormatter = (ctx) => {
  const files: FileResult[] = [];
  // The step summary's lines on each file's reports are worked out now; the annotations need its findings only.
  const keep = (r: FileResult): FileResult => (ctx.env.GITHUB_STEP_SUMMARY ? forSummary(r, ctx) : r.error ? r : withoutModel(r));
  return {
    file(r) {
      files.push(keep(r));
      return '';
    },
    end: () => githubCommands(files, ctx),
  };
};

/** `--format github` of a list of results (see `githubStream`): the same bytes. */
export const github = batch(githubStream);

/** The `github` output of a run's results (see `githubStream`). */
function githubCommands(results: FileResult[], ctx: FormatContext): string {
  // A config that stopped the run: an error on each of its problems, at its place, and the summary says so.
  if (ctx.configError) return configStopped(ctx);
  // The run's own annotations come first: the paths that could not be checked are why the step fails with exit code
  // 2, so they must be among the first 10 errors GitHub shows, whatever the number of findings.
  const lines: string[] = [];
  for (const r of results.filter((x) => x.error)) lines.push(`::error file=${escapeProperty(reviewPath(r, ctx))},title=nianbao::${escapeData(r.errorText ? pick(r.errorText, ctx.locale) : r.error!)}`);
  // An argument that named nothing (a missing file: at its path; a glob that matched nothing: on the run).
  const unlisted = unlistedShown(ctx);
  for (const u of unlisted) lines.push(`::error ${u.path === undefined ? '' : `file=${escapeProperty(u.path)},`}title=nianbao::${escapeData(u.reason)}`);
  const unchecked = results.filter((x) => x.error).length + unlisted.length;
  // A file whose fixes --fix could not write (read-only): the step fails (exit code 2) for it too.
  const unfixed = notWritten(results, ctx);
  for (const u of unfixed) lines.push(`::error file=${escapeProperty(u.path)},title=nianbao::${escapeData(u.message)}`);
  // More warnings than --max-warnings: the step fails without an error annotation unless this one says why.
  const overLimit = warningsOverLimit(results, ctx);
  if (overLimit) lines.push(`::error title=nianbao::${escapeData(overLimit)}`);
  // A file named that is not a report: a notice on it, so that the diff does not pass it over in silence.
  for (const r of checked(results).filter((x) => x.notReport && x.notReportReason)) lines.push(`::notice file=${escapeProperty(reviewPath(r, ctx))},title=nianbao::${escapeData(pick(r.notReportReason!, ctx.locale))}`);
  for (const u of ctx.ignored ?? []) lines.push(`::notice ${u.path === undefined ? '' : `file=${escapeProperty(u.path)},`}title=nianbao::${escapeData(pick(u.message, ctx.locale))}`);
  const notReports = checked(results).filter((x) => x.notReport).length;
  /** The findings of each kind (what the counts line says). */
  const counts: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  for (const r of checked(results)) {
    const path = reviewPath(r, ctx);
    for (const f of r.findings) {
      counts[KIND[f.severity]]++;
      lines.push(annotation(path, f, r.text));
    }
  }
  const zh = ctx.locale !== 'en';
  // GitHub's limit is on the annotations of each kind the step prints, the run's own ones included.
  const printed: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  for (const l of lines) printed[/^::(\w+)/.exec(l)![1] as Kind]++;
  const hidden = (Object.keys(printed) as Kind[]).filter((k) => printed[k] > ANNOTATION_LIMIT);
  const names: Record<Kind, [string, string]> = { error: ['错误', 'error'], warning: ['警告', 'warning'], notice: ['提示', 'notice'] };
  /** The note on the annotations the diff does not show; `complete`: whether the summary lists every finding. */
  let note: ((complete: boolean) => string) | undefined;
  /** Whether the step summary lists every finding (said by the summary through `note`). */
  let listedAll = true;
  if (hidden.length) {
    // The annotations of a kind are its findings and the run's own (files that could not be checked, --max-warnings,
    // files that are no reports): said as annotations, so as not to read as another count of findings.
    const parts = hidden.map((k) => {
      const own = printed[k] - counts[k];
      return zh
        ? `${printed[k]} 条${names[k][0]}注释${own ? `（${counts[k]} 个问题和 ${own} 条 nianbao 自己的注释）` : ''}中的 ${printed[k] - ANNOTATION_LIMIT} 条`
        : `${printed[k] - ANNOTATION_LIMIT} of ${printed[k]} ${names[k][1]} annotations${own ? ` (${countEn(counts[k], 'finding')} and ${own} of nianbao's own)` : ''}`;
    });
    note = (complete) => ((listedAll = complete), zh
      ? `> [!NOTE]\n> GitHub 在差异视图中每种级别只显示前 ${ANNOTATION_LIMIT} 条注释：${parts.join('、')}没有显示在差异中。${complete ? '下面列出全部问题。' : '下面按篇幅列出其中一部分，其余见末尾的说明。'}`
      : `> [!NOTE]\n> GitHub shows only the first ${ANNOTATION_LIMIT} annotations of each kind on the diff: ${parts.join(', ')} are not shown there. ${complete ? 'All findings are listed below.' : 'As many as fit are listed below; the end says where to find the rest.'}`);
  }
  const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const warning = appendSummary(summaryFile, (room) => markdownSummary(results, ctx, { maxBytes: room - (unchecked || unfixed.length ? CANNOT_CHECK_ROOM : 0), note }), ctx);
    if (warning) lines.push(warning);
  }
  // The counts of the findings, those --quiet does not list (nor annotate) included.
  const total = {
    error: counts.error,
    warning: counts.warning + checked(results).reduce((n, r) => n + (r.quietHidden?.warnings ?? 0), 0),
    notice: counts.notice + checked(results).reduce((n, r) => n + (r.quietHidden?.infos ?? 0), 0),
  };
  const quiet = ctx.quiet ? (zh ? '（--quiet：只标注错误）' : ' (--quiet: only errors annotated)') : '';
  // The findings a comment suppressed: neither annotated nor counted above, but said, as the Markdown summary says them.
  const suppressed = suppressedTotal(checked(results));
  const hiddenBy = suppressed ? (zh ? `，另有 ${suppressed} 个已屏蔽` : `, ${suppressed} more suppressed`) : '';
  lines.push(zh
    ? `nianbao：${checkedPhrase(checked(results).filter((x) => !x.notReport), ctx.locale)}，${total.error} 个错误，${total.warning} 个警告，${total.notice} 个提示${quiet}${hiddenBy}${notReports ? `，${notReports} 个文件不是年度报告，未检查` : ''}${unchecked ? `，${unchecked} 个未能检查` : ''}${unfixed.length ? `，${unfixed.length} 个文件的修复未能写入` : ''}${hidden.length ? `（差异视图中每种级别只显示前 ${ANNOTATION_LIMIT} 条${summaryFile ? (listedAll ? '，全部见步骤摘要' : '，更多见步骤摘要') : ''}）` : ''}`
    : `nianbao: ${checkedPhrase(checked(results).filter((x) => !x.notReport), ctx.locale)}, ${countEn(total.error, 'error')}, ${countEn(total.warning, 'warning')}, ${total.notice} info${quiet}${hiddenBy}${notReports ? `, ${notReports === 1 ? '1 file not an annual report' : `${notReports} files not annual reports`}, not checked` : ''}${unchecked ? `, ${unchecked} not checked` : ''}${unfixed.length ? `, fixes not written to ${countEn(unfixed.length, 'file')}` : ''}${hidden.length ? ` (the diff shows the first ${ANNOTATION_LIMIT} of each kind${summaryFile ? (listedAll ? '; all are in the step summary' : '; more are in the step summary') : ''})` : ''}`);
  return lines.join('\n') + '\n';
}

/**
 * The `github` output of a run stopped by its config (`ctx.configError`): one `::error` per problem at its place in
 * the config file, which GitHub shows on that file (and a pull request that changes that line, on it), and the
 * summary's ❗ lines appended to the step summary when there is one.
 */
function configStopped(ctx: FormatContext): string {
  const lines = configProblems(ctx).map((p) => `::error file=${escapeProperty(p.path)}${p.line === undefined ? '' : `,line=${p.line},col=${p.column}`},title=nianbao::${escapeData(pick(p.message, ctx.locale))}`);
  const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const warning = appendSummary(summaryFile, () => markdownSummary([], ctx), ctx);
    if (warning) lines.push(warning);
  }
  return lines.join('\n') + '\n';
}

export type { FileResult, FormatContext };
