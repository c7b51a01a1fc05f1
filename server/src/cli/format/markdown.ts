import { pick, previousInFile, reportParts, summarizeTables, tablesChecked, type Finding, type Report, type Severity, type SummaryFindings, type TableCheckStatus, type TableModel } from '../../core/index.js';
import { batch, type FileResult, type FormatContext, type StreamFormatter } from './types.js';
import { checked, checkedPhrase, configProblems, gitPosition, hasLoneCarriageReturn, notWritten, placedRelated, reviewPath, suppressedTotal, unlistedShown, warningsOverLimit } from './common.js';
import { count as countEn, noun as nounEn } from '../../core/text/english.js';

const ICON: Record<TableCheckStatus, string> = { ok: '✅', warn: '⚠️', fail: '❌', info: 'ℹ️', suppressed: '🔕', off: '⚪', unchecked: '⚪', absent: '➖' };
const SEV_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️', hint: '💡' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Options of the Markdown summary. */
export interface MarkdownOptions {
  /** Stop listing reports and findings past this many characters (a GitHub comment holds 65,536); default 60,000. */
  maxChars?: number;
  /**
   * Stop listing reports and findings past this many bytes of UTF-8 instead (GitHub's step summary holds 1 MiB:
   * above it the upload is refused and no summary is shown at all). Takes the place of `maxChars`.
   */
  maxBytes?: number;
  /**
   * A note placed under the title (the GitHub formatter says how many annotations the diff does not show); a
   * function is given whether the summary lists every finding (`complete`), so that it promises no list that is not there.
   */
  note?: string | ((complete: boolean) => string);
}

/** The paths that could not be checked (or the problems of a config that stopped the run) listed at the top of a summary, at most: the rest are counted. */
export const UNCHECKED_LISTED = 50;

/** What the room left for the tail of a summary (the line on what was left out, the 🔧 line) may take. */
const TAIL_ROOM = 4000;

/**
 * Escapes text for a Markdown table cell or list item. An `@` before a name gets a zero-width space after it
 * (`@&#8203;octocat`): a report's text quoted in a pull-request comment must not mention anyone (helper-207 #6).
 */
export function mdEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/[\r\n]+/g, ' ').replace(/([*_`[\]])/g, '\\$1').replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
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

/**
 * A link to a line of a file at the commit under review (GitHub or GitLab CI), else a relative link; null for a file
 * outside the repository (an absolute path, or one that starts with `../`). A Markdown file
 * (`.md`, `.markdown`) is linked with `?plain=1`: GitHub and GitLab show its blob rendered, where `#L<line>` goes
 * nowhere; the plain view has the line numbers. Each part of the path is percent-encoded, `(` and `)` too
 * (`encodeURIComponent` leaves them): in a Markdown link destination an unbalanced parenthesis ends the link early
 * (`1)报告.md`) or makes it no link at all (`（2(报告.md`; brk119 #2).
 */
export function lineLink(path: string, line: number, env: FormatContext['env']): string | null {
  // A file outside the repository (a `--previous` from another checkout, a report named `../x.md`, an absolute path)
  // has no page at the commit: no link (helper-216 #4: `blob/abc//tmp/prev.md`, `blob/abc/../x.md` led nowhere).
  if (/^(?:\/|[A-Za-z]:[\\/]|\.\.(?:\/|$))/.test(path)) return null;
  const enc = path.split('/').map((part) => encodeURIComponent(part).replace(/\(/g, '%28').replace(/\)/g, '%29')).join('/');
  const at = `${/\.(md|markdown)$/i.test(path) ? '?plain=1' : ''}#L${line}`;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/${enc}${at}`;
  if (env.CI_PROJECT_URL && env.CI_COMMIT_SHA) return `${env.CI_PROJECT_URL}/-/blob/${env.CI_COMMIT_SHA}/${enc}${at}`;
  return `${enc}${at}`;
}

/** `text` as a Markdown link to `url`, or as it is without one. */
function linked(text: string, url: string | null): string {
  return url === null ? text : `[${text}](${url})`;
}

function formatName(format: string, year: number | null, zh: boolean): string {
  const f = {
    // (The format prescribes no tables; a report may have some all the same, which are checked: brk123 #4.)
    pre2019: zh ? '2019 年以前的格式（未规定统计表）' : 'pre-2019 format (no tables prescribed)',
    '2019': zh ? '2019 年格式（国办公开办函〔2019〕60号）' : '2019 format (国办公开办函〔2019〕60号)',
    '2021': zh ? '2021 年格式（国办公开办函〔2021〕30号）' : '2021 format (国办公开办函〔2021〕30号)',
    unknown: zh ? '格式未识别' : 'format not recognised',
  }[format] ?? format;
  const y = year === null ? (zh ? '年度未识别' : 'year not recognised') : zh ? `${year} 年度` : `report year ${year}`;
  return `${f} · ${y}`;
}

/**
 * What the closing line of a cut summary says of the report listed only in part (none: ''):
 * `；其中 \`局290.md\` 只列出了一部分：6 个错误中的 4 个、6 个警告中的 0 个` /
 * `; \`局290.md\` is listed only in part: 4 of its 6 errors, 0 of its 6 warnings shown`.
 */
export function partialPhrase(partial: { path: string; shown: Map<Severity, [number, number]> } | null, zh: boolean): string {
  if (!partial) return '';
  const zhName: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };
  const enName: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'], hint: ['hint', 'hints'] };
  const parts = SEVERITIES.filter((s) => partial.shown.has(s)).map((s) => {
    const [shown, total] = partial.shown.get(s)!;
    return zh ? `${total} 个${zhName[s]}中的 ${shown} 个` : `${shown} of its ${countEn(total, ...enName[s])}`;
  });
  // Its heading and table checks listed, none of its findings (helper-207 #5): said so, not "listed in part: 0 of 6".
  if ([...partial.shown.values()].every(([shown]) => shown === 0)) {
    return zh ? `；其中 ${code(partial.path)} 只列出了表格检查，其问题（${SEVERITIES.filter((s) => partial.shown.has(s)).map((s) => `${partial.shown.get(s)![1]} 个${zhName[s]}`).join('、')}）均未列出` : `; ${code(partial.path)} is listed with its table checks only, none of its findings (${SEVERITIES.filter((s) => partial.shown.has(s)).map((s) => `${partial.shown.get(s)![1]} ${nounEn(partial.shown.get(s)![1], ...enName[s])}`).join(', ')}) shown`;
  }
  return zh ? `；其中 ${code(partial.path)} 只列出了一部分：${parts.join('、')}` : `; ${code(partial.path)} is listed only in part: ${parts.join(', ')} shown`;
}

function count(fs: Finding[], s: Severity) {
  return fs.filter((f) => f.severity === s).length;
}

/**
 * The lines the summary shows of a checked file under its heading: its format and year and a ✅/❌ line per table
 * check (each report's under its own title when the file holds several agencies' reports), or why it was not
 * checked; and whether its reports' own tables were checked (`tablesChecked`: not so when one could not be read), which
 * the heading's ✅ needs. Worked out from the file's model (`r.report`, last year's `r.previous`); see `forSummary`.
 */
function reportLines(r: FileResult, ctx: FormatContext): { lines: string[]; tablesChecked: boolean } {
  const zh = ctx.locale !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const out: string[] = [];
  let checked = true;
  const add = (t: { lines: string[]; checked: boolean }) => {
    out.push(...t.lines);
    checked &&= t.checked;
  };
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
      // Last year's report as the check took it (`checkReport`): the agency's in this text, else, for the first
      // report, the one given or found (brk144 #4: a pass against it read "none given or found"); a later report
      // is compared with no other (documented), and is told so.
      const inFile = previousInFile(parts, part);
      const previous = inFile ?? (k === 0 ? r.previous ?? null : null);
      const y = part.report.year;
      const why = previous ? undefined : k === 0 ? r.previousMissing && pick(r.previousMissing, ctx.locale) : y === null ? undefined : L(
        `未与上一年度（${y - 1} 年度）报告核对：一个文件中有多份报告时，只有第一份与另外指定或找到的上年度报告核对，本文件中也没有这一机关的 ${y - 1} 年度报告`,
        `not compared with last year's (${y - 1}) report: of a file of several reports only the first is compared with a last year's report given or found, and this file holds none of this agency's for ${y - 1}`);
      // (The agency's in this text: where, as stderr names it.)
      const inFileLine = inFile ? parts.find((p) => p.report === inFile)!.titleLine + 1 : 0;
      const caveat = inFile ? L(`本文件第 ${inFileLine} 行起`, `in this file from line ${inFileLine}`) : k === 0 && r.previousNote ? pick(r.previousNote, ctx.locale) : undefined;
      add(tableCheckLines(ctx, part.report, r, part.startLine, part.endLine, previous, why, caveat));
    });
  } else {
    out.push(formatName(r.format, r.year, zh), '');
    if (r.report) add(tableCheckLines(ctx, r.report, r, 0, Infinity, r.previous ?? null, r.previousMissing && pick(r.previousMissing, ctx.locale), r.previousNote && pick(r.previousNote, ctx.locale)));
  }
  return { lines: out, tablesChecked: checked };
}

/**
 * A ✅/❌ line per table check of `report` (one report of a file) from the findings of `r` on its lines
 * `from`..`to` (0-based, end excluded): those listed, those --quiet left out, the suppressed ones and what the
 * rules turned off would report. `whyNoPrevious`: why the cross-year lines were not compared (no `previous`);
 * `previousCaveat`: what they say of the `previous` they compared with (`FileResult.previousNote`). `checked`: whether
 * the report's own tables were checked (`tablesChecked`).
 */
function tableCheckLines(ctx: FormatContext, report: Report, r: FileResult, from = 0, to = Infinity, previous: Report | null = null, whyNoPrevious?: string, previousCaveat?: string): { lines: string[]; checked: boolean } {
  const zh = ctx.locale !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const on = (fs: Finding[] = []) => fs.filter((f) => f.range.start.line >= from && f.range.start.line < to);
  const given: SummaryFindings = { reported: on([...r.findings, ...(r.review?.hidden ?? [])]), suppressed: on(r.suppressed), off: on(r.review?.off), offRules: r.review?.offRules };
  const checks = summarizeTables(report, given, ctx.locale, previous, whyNoPrevious, previousCaveat);
  const out: string[] = [];
  if (checks.length) {
    out.push(L('| 表 | 检查项 | 结果 | 说明 |', '| Table | Check | Result | Details |'), '|---|---|:-:|---|');
    // The table's name as the report, the findings, the hover and the rule docs write it, in English too: 表三,
    // never `Table 3 (表三)` (brk114 #6).
    for (const c of checks) out.push(`| ${c.tableName} | ${mdEscape(c.check)} | ${ICON[c.status]} | ${mdEscape(c.detail)} |`);
    out.push('');
  } else if (report.isReport) {
    // A pre-2019 report (or one a config override reads as such, brk123 #4) that has tables anyway: the rules check
    // them and list their findings below, so "no tables" alone would contradict those findings.
    const read = Object.values(report.tables).filter((t): t is TableModel => Boolean(t)).sort((a, b) => (a.id < b.id ? -1 : 1)).map((t) => t.name);
    out.push(read.length
      ? L(`本格式没有规定统计表（表二、表三、表四）；报告中的${read.join('、')}仍按表格核对，发现的问题列在下方（不逐表汇总）。`,
        `This format prescribes no tables (表二, 表三, 表四); the report's ${read.join(', ')} ${read.length === 1 ? 'is' : 'are'} checked all the same, and what was found is listed below (no per-table summary).`)
      : L('本格式没有统计表（表二、表三、表四）。', 'This format has no tables (表二, 表三, 表四).'), '');
  }
  return { lines: out, checked: tablesChecked(checks) };
}

/**
 * `r` as the summary reads it at the end of a run, without what it holds only for the summary's lines on its
 * reports (its text, model and last year's, the findings it does not list): those lines are worked out now
 * (`FileResult.summaryLines`), so that a run keeps each file's findings, not its model (brk108 #2).
 */
export function forSummary(r: FileResult, ctx: FormatContext): FileResult {
  if (r.error) return r;
  const { lines, tablesChecked } = reportLines(r, ctx);
  return { ...withoutModel(r), summaryLines: lines, tablesChecked };
}

/**
 * `r` without its text, its model and last year's, and the findings it does not list. The text stays only when it
 * has a line break git does not count (a lone `\r`: `gitPosition` needs it), a rare file.
 */
export function withoutModel(r: FileResult): FileResult {
  return { ...r, text: hasLoneCarriageReturn(r.text) ? r.text : undefined, report: undefined, previous: undefined, review: undefined, suppressed: undefined };
}

/**
 * The review summary as Markdown (a pull-request comment, or GitHub's step summary): totals, then per report the
 * detected format and year, a ✅/❌ line per table check with expected vs actual, and the findings grouped by
 * severity with `file:line` links (a cross-year finding also links the cell of last year's report it was compared
 * with). A table check follows the check's effective outcome (`summarizeTables`): ⚠️ or ℹ️
 * for a rule set to `warning` or `info`, 🔕 when a comment suppressed its findings, ⚪ when its rule is off. A file
 * that is not a report gets ⚪ and the reason it was not checked, never ✅; so does a report whose tables were not all
 * checked (one could not be read), without errors or warnings. More warnings than `--max-warnings`
 * (`ctx.maxWarnings`): no ✅, and the totals say why the run fails. With `--quiet` (`ctx.quiet`) the totals
 * still count the findings not listed, and say so.
 */
export function markdownSummary(results: FileResult[], ctx: FormatContext, opts: MarkdownOptions = {}): string {
  const zh = ctx.locale !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  // The size of a line as the limit counts it (its line break included).
  const cost = opts.maxBytes !== undefined ? (s: string) => Buffer.byteLength(s, 'utf8') + 1 : (s: string) => s.length + 1;
  const limit = (opts.maxBytes ?? opts.maxChars ?? 60000) - TAIL_ROOM;
  const files = checked(results);
  const all = files.flatMap((r) => r.findings);
  // --quiet lists errors only: the others are still counted (as the text summary and --max-warnings count them).
  const hiddenWarnings = files.reduce((n, r) => n + (r.quietHidden?.warnings ?? 0), 0);
  const hiddenInfos = files.reduce((n, r) => n + (r.quietHidden?.infos ?? 0), 0);
  const total = (s: Severity) => count(all, s) + (s === 'warning' ? hiddenWarnings : s === 'info' ? hiddenInfos : 0);
  const out: string[] = [];
  out.push(L('## nianbao 年报检查', '## nianbao report check'), '');
  // A config that stopped the run: no report was checked; its problems, each linked to its line (the first few: a
  // file that is no JSON at all has hundreds, which the run's log has).
  if (ctx.configError) {
    const problems = configProblems(ctx);
    const file = code(reviewPath({ path: ctx.configError.path, absPath: ctx.configError.absPath }, ctx));
    out.push(L(`❗ 配置文件 ${file} 有误，未检查任何报告（退出码 2）：`, `❗ Invalid config ${file}: no report was checked (exit code 2).`), '');
    for (const p of problems.slice(0, UNCHECKED_LISTED)) {
      const at = p.line === undefined ? code(p.path) : linked(code(`${p.path}:${p.line}:${p.column}`), lineLink(p.path, p.line, ctx.env));
      out.push(`- ❗ ${at}: ${mdEscape(pick(p.problem, ctx.locale))}`);
    }
    const more = problems.length - UNCHECKED_LISTED;
    if (more > 0) out.push(L(`- ❗ ……另有 ${more} 个问题未列出（见运行日志）`, `- ❗ … and ${more} more ${nounEn(more, 'problem')}, not listed (see the run's log)`));
    out.push('');
    return out.join('\n');
  }
  // Every path given that could not be checked: a file that could not be read, an argument that named nothing.
  const unlisted = unlistedShown(ctx);
  const unchecked = results.filter((x) => x.error).length + unlisted.length;
  // A file whose fixes --fix could not write (read-only): the run fails (exit code 2) for it, as for one not checked.
  const unfixed = notWritten(results, ctx);
  // A file named that is not a report was read but not checked: no pass either.
  const notReports = files.filter((r) => r.notReport).length;
  // More warnings than --max-warnings: the run fails without an error, and the summary says why.
  const overLimit = warningsOverLimit(results, ctx);
  // ❌ only when there are errors; ✅ 0 errors only when everything given was checked and the run passed (else no
  // icon: 0 errors).
  const ignoredNamed = ctx.ignored ?? [];
  const errorIcon = (n: number) => (n ? '❌ ' : unchecked || unfixed.length || notReports || overLimit || ignoredNamed.length ? '' : '✅ ');
  // Info findings are counted as `info`, the severity's name in the text output, the JSON and the config (brk114 #6),
  // not as GitHub's `notice` annotations. Over --max-warnings, the
  // warnings' count says so itself (counted once, not again in a line of its own).
  const totals = SEVERITIES.filter((s) => s !== 'hint' || count(all, s)).map((s) => (s === 'warning' && overLimit ? `❌ ${overLimit}` : `${s === 'error' ? errorIcon(total(s)) : `${SEV_ICON[s]} `}${total(s)} ${zh ? { error: '个错误', warning: '个警告', info: '个提示', hint: '个建议' }[s] : (s === 'info' ? 'info' : nounEn(total(s), s))}`));
  // Said right after the counts it is about.
  if (ctx.quiet) totals[totals.length - 1] += L('（--quiet：只列出错误）', ' (--quiet: only errors listed)');
  // The findings a comment suppressed are not counted above, but said (docs/pull-requests.md): a reviewer must see
  // that the draft hides some (brk119 #1).
  const suppressed = suppressedTotal(files);
  if (suppressed) totals.push(L(`🔕 另有 ${suppressed} 个已屏蔽`, `🔕 ${suppressed} more suppressed`));
  if (notReports) totals.push(L(`⚪ ${notReports} 个文件不是年度报告，未检查`, `⚪ ${notReports === 1 ? '1 file not an annual report' : `${notReports} files not annual reports`}, not checked`));
  if (ignoredNamed.length) totals.push(L(`⚪ ${ignoredNamed.length} 个指定的文件被配置忽略，未检查`, `⚪ ${countEn(ignoredNamed.length, 'named file')} ignored by the config, not checked`));
  if (unchecked) totals.push(L(`❗ ${unchecked} 个未能检查`, `❗ ${unchecked} not checked`));
  if (unfixed.length) totals.push(L(`❗ ${unfixed.length} 个文件的修复未能写入`, `❗ fixes not written to ${countEn(unfixed.length, 'file')}`));
  out.push(checkedPhrase(files.filter((r) => !r.notReport), ctx.locale) + L('：', ': ') + totals.join(L('，', ', ')), '');
  const cannot = [
    ...results.filter((x) => x.error).map((r) => `- ❗ ${code(reviewPath(r, ctx))}: ${mdEscape(r.errorText ? (zh ? r.errorText.zh : r.errorText.en) : r.error!)}`),
    ...unlisted.map((u) => `- ❗ ${u.path === undefined ? '' : `${code(u.path)}: `}${mdEscape(u.reason)}`),
    ...unfixed.map((u) => `- ❗ ${code(u.path)}: ${mdEscape(u.message)}`),
    ...ignoredNamed.map((u) => `- ⚪ ${mdEscape(pick(u.message, ctx.locale))}`),
  ];
  // The first few only: hundreds of missing paths would fill the summary (the run's log has each of them).
  out.push(...cannot.slice(0, UNCHECKED_LISTED));
  if (cannot.length > UNCHECKED_LISTED) {
    const more = cannot.length - UNCHECKED_LISTED;
    out.push(L(`- ❗ ……另有 ${more} 个未能检查的路径未列出（见运行日志）`, `- ❗ … and ${more} more ${nounEn(more, 'path')} that could not be checked, not listed (see the run's log)`));
  }
  if (unchecked || unfixed.length) out.push('');
  // The note is written last (it may depend on whether every finding is listed): its place is kept here.
  const noteAt = opts.note ? out.push('', '') - 2 : -1;
  /** Findings and reports not listed for length (the reports' findings counted in `omitted`). */
  let omitted = 0, omittedReports = 0;
  /** The report whose findings the limit cut (at most one: the reports after it are not listed): shown of total by severity. */
  let partial: { path: string; shown: Map<Severity, [number, number]> } | null = null;
  // The size so far, kept as lines are added (`push` below) rather than counted again each time.
  let used = out.reduce((n, s) => n + cost(s), 0);
  const push = (...lines: string[]) => {
    for (const l of lines) used += cost(l);
    out.push(...lines);
  };
  for (const r of files) {
    const path = reviewPath(r, ctx);
    // Past the limit: the reports left are counted, not shown (their findings with them).
    if (used > limit) {
      omittedReports++;
      omitted += r.findings.length;
      continue;
    }
    const errors = count(r.findings, 'error'), warnings = count(r.findings, 'warning') + (r.quietHidden?.warnings ?? 0);
    const shown = r.summaryLines ? { lines: r.summaryLines, tablesChecked: r.tablesChecked ?? true } : reportLines(r, ctx);
    // A file not checked (not a report) gets no ✅: only a finding about its bytes can make it ❌ or ⚠️. Nor does a
    // report one of whose tables could not be read (its checks ⚪, a table-unreadable info): ✅ says the tables
    // were checked and hold (brk119 #7).
    const icon = errors ? '❌' : warnings ? '⚠️' : r.notReport || !shown.tablesChecked ? '⚪' : '✅';
    push(`### ${icon} ${code(path)}`, '');
    push(...shown.lines);
    const hidden = (r.quietHidden?.warnings ?? 0) + (r.quietHidden?.infos ?? 0);
    /** `5 个警告、2 个提示` left out by --quiet. */
    const hiddenPhrase = () => {
      const w = r.quietHidden!.warnings, i = r.quietHidden!.infos;
      return zh ? [w && `${w} 个警告`, i && `${i} 个提示`].filter(Boolean).join('、') : [w && countEn(w, 'warning'), i && `${i} info`].filter(Boolean).join(' and ');
    };
    /** What the file's `<!-- nianbao-disable… -->` comments suppressed, said under its findings (none: ''). */
    const sup = r.suppressedCount ?? 0;
    const suppressedLine = (more: boolean) => (more
      ? L(`🔕 另有 ${sup} 个已被 nianbao-disable 注释屏蔽，未列出。`, `🔕 ${sup} more suppressed by nianbao-disable comments, not listed.`)
      : L(`🔕 ${sup} 个问题已被 nianbao-disable 注释屏蔽，未列出。`, `🔕 ${countEn(sup, 'finding')} suppressed by nianbao-disable comments, not listed.`));
    if (!r.findings.length) {
      if (hidden) push(L(`没有错误；${hiddenPhrase()}未列出（--quiet）。`, `No errors; ${hiddenPhrase()} not listed (--quiet).`), '');
      // Not "no problems found" when a comment hides some.
      else if (!r.notReport && !sup) push(L('没有发现问题。', 'No problems found.'), '');
      if (sup) push(suppressedLine(hidden > 0), '');
      continue;
    }
    for (const s of SEVERITIES) {
      const fs = r.findings.filter((f) => f.severity === s);
      if (!fs.length) continue;
      const title = `${SEV_ICON[s]} ${zh ? { error: '错误', warning: '警告', info: '提示', hint: '建议' }[s] : { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' }[s]}${zh ? `（${fs.length}）` : ` (${fs.length})`}`;
      const open = s === 'error' ? ' open' : '';
      // Past the limit: this severity's findings are counted, and no empty section is left in their place.
      if (used > limit) {
        omitted += fs.length;
        (partial ??= { path, shown: new Map() }).shown.set(s, [0, fs.length]);
        continue;
      }
      push(`<details${open}><summary>${title}</summary>`, '');
      let shown = 0;
      for (const f of fs) {
        if (used > limit) {
          omitted++;
          (partial ??= { path, shown: new Map() }).shown.set(s, [shown, fs.length]);
          continue;
        }
        shown++;
        const line = gitPosition(r.text, f.range.start).line + 1;
        const fix = f.fix?.edits.length ? L(' 🔧', ' 🔧') : '';
        // A cross-year finding: the cell of last year's report it was compared with, linked as this file's lines are.
        const places = [...new Set(placedRelated(r, f, ctx).flatMap(({ related: rel, previous }) => {
          const at = rel.range.start.line + 1;
          return previous ? [linked(`${mdEscape(previous.path)}:${at}`, lineLink(previous.path, at, ctx.env))] : [];
        }))];
        const compared = places.length ? L(`（对照上一年度报告 ${places.join('、')}）`, ` (compared with last year's report ${places.join(', ')})`) : '';
        push(`- ${linked(`${mdEscape(path)}:${line}`, lineLink(path, line, ctx.env))} \`${f.ruleId}\` ${mdEscape(f.message)}${compared}${fix}`);
      }
      push('', '</details>', '');
    }
    if (hidden) push(L(`另有 ${hiddenPhrase()}未列出（--quiet）。`, `${hiddenPhrase()} more not listed (--quiet).`), '');
    if (sup) push(suppressedLine(true), '');
  }
  if (omitted || omittedReports) {
    // (None listed: a step summary that earlier commands of the step had nearly filled.)
    const left = omittedReports === files.length
      ? L(`${omittedReports === 1 ? '这 1 个文件未列出' : `${omittedReports} 个文件都未列出`}，其问题共 ${omitted} 个`, `${omittedReports === 1 ? 'the file is not listed' : `none of the ${omittedReports} files is listed`}, ${countEn(omitted, 'finding')} in all`)
      : omittedReports
      ? L(`前 ${files.length - omittedReports} 个文件之后的 ${omittedReports} 个未列出，未列出的问题共 ${omitted} 个`, `the ${countEn(omittedReports, 'file')} after the first ${files.length - omittedReports} ${omittedReports === 1 ? 'is' : 'are'} not listed, ${countEn(omitted, 'finding')} in all`)
      : L(`另有 ${omitted} 个问题未列出`, `${omitted} more ${nounEn(omitted, 'finding')} not listed`);
    out.push(L(`> 篇幅所限，${left}${partialPhrase(partial, zh)}；完整结果见 \`nianbao check --format json\` 或 SARIF（Action 的 \`sarif-file\`）。`, `> For length, ${left}${partialPhrase(partial, zh)}; see \`nianbao check --format json\` or SARIF (the action's \`sarif-file\`) for all.`), '');
  }
  if (noteAt >= 0) out[noteAt] = typeof opts.note === 'function' ? opts.note(!omitted && !omittedReports) : opts.note!;
  // Set apart from the last report (a rule and its own lead), naming the files it is about.
  const fixablePaths = files.filter((r) => r.findings.some((f) => f.fix?.edits.length)).map((r) => reviewPath(r, ctx));
  const fixable = fixablePaths.map(code);
  if (fixable.length) {
    const shown = fixable.slice(0, 10).join(L('、', ', ')) + (fixable.length > 10 ? L(` 等 ${fixable.length} 个文件`, ` and ${fixable.length - 10} more`) : '');
    // A name that starts with `-` would read as an option after the command: `--` ends them (helper-216).
    const command = `nianbao check --fix${fixablePaths.some((p) => p.startsWith('-')) ? ' --' : ''}`;
    out.push('---', '', L(`🔧 标有 🔧 的问题可自动修复：在本地对 ${shown} 运行 \`${command}\`（或在 VS Code 中用“修复全部”）。`, `🔧 The findings marked 🔧 can be fixed automatically: run \`${command}\` on ${shown} locally (or Fix All in VS Code).`), '');
  }
  return out.join('\n');
}

/**
 * `--format markdown`: the summary as a pull-request comment. Each file is kept as the summary reads it
 * (`forSummary`), not with its text and model.
 */
export const markdownStream: StreamFormatter = (ctx) => {
  const files: FileResult[] = [];
  return {
    file(r) {
      files.push(forSummary(r, ctx));
      return '';
    },
    end: () => markdownSummary(files, ctx),
  };
};

/** `--format markdown` of a list of results (see `markdownStream`): the same bytes. */
export const markdown = batch(markdownStream);
