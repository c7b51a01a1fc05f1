import { pick, reportParts, summarizeTables, type Finding, type Report, type Severity, type SummaryFindings, type TableCheckStatus } from '../../core/index.js';
import type { FileResult, FormatContext, Formatter } from './types.js';
import { checked, checkedPhrase, placedRelated, reviewPath, unlistedShown, warningsOverLimit } from './common.js';

const ICON: Record<TableCheckStatus, string> = { ok: '✅', warn: '⚠️', fail: '❌', info: 'ℹ️', suppressed: '🔕', off: '⚪', unchecked: '⚪', absent: '➖' };
const SEV_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️', hint: '💡' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Options of the Markdown summary. */
export interface MarkdownOptions {
  /** Stop listing findings past this many characters (a GitHub comment holds 65,536). */
  maxChars?: number;
  /** A note placed under the title (the GitHub formatter says how many annotations the diff does not show). */
  note?: string;
}

/** Escapes text for a Markdown table cell or list item. */
export function mdEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]])/g, '\\$1');
}

/**
 * Inline code showing `s` as it is (CommonMark code span: backslashes are literal inside it). The fence is one
 * backtick longer than the longest run of backticks in `s`, and a space pads each side when `s` starts or ends with
 * a backtick (or a space at both ends), which the renderer strips. Line breaks, which a code span shows as spaces,
 * are written as spaces.
 */
export function code(s: string): string {
  const one = s.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(one) || (/^ .*[^ ].* $/.test(one)) ? ' ' : '';
  return fence + pad + one + pad + fence;
}

/** A link to a line of a file at the commit under review (GitHub or GitLab CI), else a relative link. */
export function lineLink(path: string, line: number, env: FormatContext['env']): string {
  const enc = path.split('/').map(encodeURIComponent).join('/');
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/${enc}#L${line}`;
  if (env.CI_PROJECT_URL && env.CI_COMMIT_SHA) return `${env.CI_PROJECT_URL}/-/blob/${env.CI_COMMIT_SHA}/${enc}#L${line}`;
  return `${enc}#L${line}`;
}

function formatName(format: string, year: number | null, zh: boolean): string {
  const f = {
    pre2019: zh ? '2019 年以前的格式（无统计表）' : 'pre-2019 format (no tables)',
    '2019': zh ? '2019 年格式（国办公开办函〔2019〕60号）' : '2019 format (国办公开办函〔2019〕60号)',
    '2021': zh ? '2021 年格式（国办公开办函〔2021〕30号）' : '2021 format (国办公开办函〔2021〕30号)',
    unknown: zh ? '格式未识别' : 'format not recognised',
  }[format] ?? format;
  const y = year === null ? (zh ? '年度未识别' : 'year not recognised') : zh ? `${year} 年度` : `report year ${year}`;
  return `${f} · ${y}`;
}

function count(fs: Finding[], s: Severity) {
  return fs.filter((f) => f.severity === s).length;
}

/**
 * The review summary as Markdown (a pull-request comment, or GitHub's step summary): totals, then per report the
 * detected format and year, a ✅/❌ line per table check with expected vs actual, and the findings grouped by
 * severity with `file:line` links (a cross-year finding also links the cell of last year's report it was compared
 * with). A table check follows the check's effective outcome (`summarizeTables`): ⚠️ or ℹ️
 * for a rule set to `warning` or `info`, 🔕 when a comment suppressed its findings, ⚪ when its rule is off. A file
 * that is not a report gets ⚪ and the reason it was not checked, never ✅. More warnings than `--max-warnings`
 * (`ctx.maxWarnings`): no ✅, and the totals say why the run fails. With `--quiet` (`ctx.quiet`) the totals
 * still count the findings not listed, and say so.
 */
export function markdownSummary(results: FileResult[], ctx: FormatContext, opts: MarkdownOptions = {}): string {
  const zh = ctx.locale !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const maxChars = opts.maxChars ?? 60000;
  const files = checked(results);
  const all = files.flatMap((r) => r.findings);
  // --quiet lists errors only: the others are still counted (as the text summary and --max-warnings count them).
  const hiddenWarnings = files.reduce((n, r) => n + (r.quietHidden?.warnings ?? 0), 0);
  const hiddenInfos = files.reduce((n, r) => n + (r.quietHidden?.infos ?? 0), 0);
  const total = (s: Severity) => count(all, s) + (s === 'warning' ? hiddenWarnings : s === 'info' ? hiddenInfos : 0);
  const out: string[] = [];
  out.push(L('## nianbao 年报检查', '## nianbao report check'), '');
  // Every path given that could not be checked: a file that could not be read, an argument that named nothing.
  const unlisted = unlistedShown(ctx);
  const unchecked = results.filter((x) => x.error).length + unlisted.length;
  // A file named that is not a report was read but not checked: no pass either.
  const notReports = files.filter((r) => r.notReport).length;
  // More warnings than --max-warnings: the run fails without an error, and the summary says why.
  const overLimit = warningsOverLimit(results, ctx);
  // ❌ only when there are errors; ✅ 0 errors only when everything given was checked and the run passed (else no
  // icon: 0 errors).
  const errorIcon = (n: number) => (n ? '❌ ' : unchecked || notReports || overLimit ? '' : '✅ ');
  const totals = SEVERITIES.filter((s) => s !== 'hint' || count(all, s)).map((s) => `${s === 'error' ? errorIcon(total(s)) : `${SEV_ICON[s]} `}${total(s)} ${zh ? { error: '个错误', warning: '个警告', info: '个提示', hint: '个建议' }[s] : s === 'info' ? 'info' : `${s}(s)`}`);
  // Said right after the counts it is about.
  if (ctx.quiet) totals[totals.length - 1] += L('（--quiet：只列出错误）', ' (--quiet: only errors listed)');
  if (notReports) totals.push(L(`⚪ ${notReports} 个文件不是年度报告，未检查`, `⚪ ${notReports} file(s) not an annual report, not checked`));
  if (unchecked) totals.push(L(`❗ ${unchecked} 个未能检查`, `❗ ${unchecked} not checked`));
  if (overLimit) totals.push(`❌ ${overLimit}`);
  out.push(checkedPhrase(files.filter((r) => !r.notReport), ctx.locale) + L('：', ': ') + totals.join(L('，', ', ')), '');
  for (const r of results.filter((x) => x.error)) out.push(`- ❗ ${code(reviewPath(r, ctx))}: ${mdEscape(r.errorText ? (zh ? r.errorText.zh : r.errorText.en) : r.error!)}`);
  for (const u of unlisted) out.push(`- ❗ ${u.path === undefined ? '' : `${code(u.path)}: `}${mdEscape(u.reason)}`);
  if (unchecked) out.push('');
  if (opts.note) out.push(opts.note, '');
  let omitted = 0;
  const size = () => out.reduce((n, s) => n + s.length + 1, 0);
  /**
   * A ✅/❌ line per table check of `report` (one report of a file) from the findings of `r` on its lines
   * `from`..`to` (0-based, end excluded): those listed, those --quiet left out, the suppressed ones and what the
   * rules turned off would report. `whyNoPrevious`: why the cross-year lines were not compared (no `previous`).
   */
  const tableChecks = (report: Report, r: FileResult, from = 0, to = Infinity, previous: Report | null = null, whyNoPrevious?: string) => {
    const on = (fs: Finding[] = []) => fs.filter((f) => f.range.start.line >= from && f.range.start.line < to);
    const given: SummaryFindings = { reported: on([...r.findings, ...(r.review?.hidden ?? [])]), suppressed: on(r.review?.suppressed), off: on(r.review?.off), offRules: r.review?.offRules };
    const checks = summarizeTables(report, given, ctx.locale, previous, whyNoPrevious);
    if (checks.length) {
      out.push(L('| 表 | 检查项 | 结果 | 说明 |', '| Table | Check | Result | Details |'), '|---|---|:-:|---|');
      for (const c of checks) out.push(`| ${c.tableName} | ${mdEscape(c.check)} | ${ICON[c.status]} | ${mdEscape(c.detail)} |`);
      out.push('');
    } else if (report.isReport) out.push(L('本格式没有统计表（表二、表三、表四）。', 'This format has no tables (表二, 表三, 表四).'), '');
  };
  for (const r of files) {
    const path = reviewPath(r, ctx);
    const errors = count(r.findings, 'error'), warnings = count(r.findings, 'warning') + (r.quietHidden?.warnings ?? 0);
    // A file not checked (not a report) gets no ✅: only a finding about its bytes can make it ❌ or ⚠️.
    const icon = errors ? '❌' : warnings ? '⚠️' : r.notReport ? '⚪' : '✅';
    out.push(`### ${icon} ${code(path)}`, '');
    // A file holding several agencies' reports: each report's format, year and tables under its own title.
    const parts = r.report?.isReport ? reportParts(r.report) : [];
    if (r.notReport) {
      // Why it was not checked, as stderr says it.
      const reason = r.notReportReason ? pick(r.notReportReason, ctx.locale) : L('未识别为年度报告，未检查', 'not recognised as an annual report; nothing checked');
      out.push(mdEscape(zh ? reason : reason.charAt(0).toUpperCase() + reason.slice(1)) + L('。', '.'), '');
    } else if (parts.length > 1) {
      parts.forEach((part, k) => {
        out.push(`**${L(`第 ${k + 1} 份`, `Report ${k + 1}`)}${part.title ? L('：', ': ') + mdEscape(part.title) : ''}**${L(`（第 ${part.titleLine + 1} 行起）`, ` (from line ${part.titleLine + 1})`)}`, '');
        out.push(formatName(part.report.format, part.report.year, zh), '');
        tableChecks(part.report, r, part.startLine, part.endLine);
      });
    } else {
      out.push(formatName(r.format, r.year, zh), '');
      if (r.report) tableChecks(r.report, r, 0, Infinity, r.previous ?? null, r.previousMissing && pick(r.previousMissing, ctx.locale));
    }
    const hidden = (r.quietHidden?.warnings ?? 0) + (r.quietHidden?.infos ?? 0);
    /** `5 个警告、2 个提示` left out by --quiet. */
    const hiddenPhrase = () => {
      const w = r.quietHidden!.warnings, i = r.quietHidden!.infos;
      return zh ? [w && `${w} 个警告`, i && `${i} 个提示`].filter(Boolean).join('、') : [w && `${w} warning(s)`, i && `${i} info`].filter(Boolean).join(' and ');
    };
    if (!r.findings.length) {
      if (hidden) out.push(L(`没有错误；${hiddenPhrase()}未列出（--quiet）。`, `No errors; ${hiddenPhrase()} not listed (--quiet).`), '');
      else if (!r.notReport) out.push(L('没有发现问题。', 'No problems found.'), '');
      continue;
    }
    for (const s of SEVERITIES) {
      const fs = r.findings.filter((f) => f.severity === s);
      if (!fs.length) continue;
      const title = `${SEV_ICON[s]} ${zh ? { error: '错误', warning: '警告', info: '提示', hint: '建议' }[s] : { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' }[s]}${zh ? `（${fs.length}）` : ` (${fs.length})`}`;
      const open = s === 'error' ? ' open' : '';
      out.push(`<details${open}><summary>${title}</summary>`, '');
      for (const f of fs) {
        if (size() > maxChars) {
          omitted++;
          continue;
        }
        const line = f.range.start.line + 1;
        const fix = f.fix?.edits.length ? L(' 🔧', ' 🔧') : '';
        // A cross-year finding: the cell of last year's report it was compared with, linked as this file's lines are.
        const places = [...new Set(placedRelated(r, f, ctx).flatMap(({ related: rel, previous }) => {
          const at = rel.range.start.line + 1;
          return previous ? [`[${mdEscape(previous.path)}:${at}](${lineLink(previous.path, at, ctx.env)})`] : [];
        }))];
        const compared = places.length ? L(`（对照上一年度报告 ${places.join('、')}）`, ` (compared with last year's report ${places.join(', ')})`) : '';
        out.push(`- [${mdEscape(path)}:${line}](${lineLink(path, line, ctx.env)}) \`${f.ruleId}\` ${mdEscape(f.message)}${compared}${fix}`);
      }
      out.push('', '</details>', '');
    }
    if (hidden) out.push(L(`另有 ${hiddenPhrase()}未列出（--quiet）。`, `${hiddenPhrase()} more not listed (--quiet).`), '');
  }
  if (omitted) out.push(L(`> 篇幅所限，另有 ${omitted} 个问题未列出；完整结果见 \`nianbao check --format json\` 或 SARIF。`, `> ${omitted} more finding(s) not listed for length; see \`nianbao check --format json\` or SARIF for all.`), '');
  // Set apart from the last report (a rule and its own lead), naming the files it is about.
  const fixable = files.filter((r) => r.findings.some((f) => f.fix?.edits.length)).map((r) => code(reviewPath(r, ctx)));
  if (fixable.length) {
    const shown = fixable.slice(0, 10).join(L('、', ', ')) + (fixable.length > 10 ? L(` 等 ${fixable.length} 个文件`, ` and ${fixable.length - 10} more`) : '');
    out.push('---', '', L(`🔧 标有 🔧 的问题可自动修复：在本地对 ${shown} 运行 \`nianbao check --fix\`（或在 VS Code 中用“修复全部”）。`, `🔧 The findings marked 🔧 can be fixed automatically: run \`nianbao check --fix\` on ${shown} locally (or Fix All in VS Code).`), '');
  }
  return out.join('\n');
}

/** `--format markdown`: the summary as a pull-request comment. */
export const markdown: Formatter = (results, ctx) => markdownSummary(results, ctx);
