import type { Bilingual, Cell, Finding, Locale, Severity, RowModel, TableId, TableModel } from './types.js';
import type { Report } from './model/build.js';
import { num, otherFormatBlock, rowById, sum, T2_FLOW_EN, T3_TERMS_EN, T4_TERMS_EN, TABLE_NAMES, unreadable } from './rules/util.js';
import { pick } from './rules/rule.js';
import { formatForYear, templateOf } from './templates/index.js';
import { carryOverPairs } from './rules/carry-over.js';
import { itemStockRows, signedTerm, stockFlowRows } from './rules/stock-flow.js';
import { t2CounterpartOf } from './rules/row-missing.js';
import { COPY_ARITHMETIC, inCopy } from './rules/table-repeated.js';
import { count as countEn } from './text/english.js';
import { previousOfWrongYear } from './previous.js';

/**
 * A per-table verdict for review outputs (the Markdown pull-request comment, the GitHub step summary): one line
 * per check of 表二, 表三 (balance, result totals, applicant totals) and 表四, with expected vs actual where a
 * sum does not hold. Read from the model and the findings, so it agrees with what the rules reported:
 * - `fail`, `warn`, `info`: the check's findings were reported, the most severe of them at that severity (a rule
 *   set to `warning` or `info` in the config or with `--rule` gives `warn` or `info`, not `fail`);
 * - `suppressed`: the check found something, but a `<!-- nianbao-disable… -->` comment suppressed all of it;
 * - `off`: the check's rule is turned off (`off`): not counted, whatever its arithmetic (shown as it is);
 * - `ok`: it holds; `unchecked`: not checked (blank or unreadable cells); `absent`: the table is not there and
 *   table-missing found nothing (a missing table that table-missing reports is `fail`…, `suppressed` or `off` as above).
 */
export type TableCheckStatus = 'ok' | 'warn' | 'fail' | 'info' | 'suppressed' | 'off' | 'unchecked' | 'absent';

export interface TableCheck {
  table: TableId;
  /** 表二 / 表三 / 表四 */
  tableName: string;
  /** What is checked, in the requested locale. */
  check: string;
  status: TableCheckStatus;
  /** Expected vs actual, or what holds, or why it was not checked or counted (locale). */
  detail: string;
  /**
   * The findings behind the status: those reported for `fail`, `warn` and `info`; the suppressed ones for
   * `suppressed`; those the rule turned off would report for `off` (none when it would report nothing).
   */
  findings: Finding[];
  /**
   * A comparison with last year's report (表三's 上年结转, 表二's 现行有效): its ⚪ says that none was made, which
   * is no gap in the check of the report's own tables (see `tablesChecked`).
   */
  crossYear?: boolean;
}

/**
 * Whether the report's own tables were checked, as far as `checks` (`summarizeTables`) show: no check of them is
 * `unchecked` (a table that could not be read reliably, `table-unreadable`; no readable numbers; blank or unreadable
 * cells in a sum), the comparisons with last year's report aside. A review summary shows a report passed (✅) only
 * then: “nothing found” of a 表三 that was not read is no pass (brk119 #7).
 */
export function tablesChecked(checks: readonly TableCheck[]): boolean {
  return !checks.some((c) => c.status === 'unchecked' && !c.crossYear);
}

/**
 * The findings a report's table checks are read from. Only `reported` is needed; without the rest a check whose
 * rule was turned off or whose findings were suppressed cannot be told from one that holds, so the review outputs
 * pass them all.
 */
export interface SummaryFindings {
  /** The findings of the check at their effective severity, those `--quiet` does not list included. */
  reported: Finding[];
  /** The findings that `<!-- nianbao-disable… -->` comments suppressed (`CheckOptions.onSuppressed`). */
  suppressed?: Finding[];
  /** What the rules turned off would report (`offRuleFindings`). */
  off?: Finding[];
  /** The ids of the rules turned off (`off` in the config or with `--rule`). */
  offRules?: readonly string[];
}

const GROUPS: Bilingual[] = [{ zh: '行政复议', en: '行政复议 (review)' }, { zh: '未经复议直接起诉', en: '直接起诉 (direct suits)' }, { zh: '复议后起诉', en: '复议后起诉 (suits after review)' }];
const SUM_RULES = new Set(['sum-balance', 'sum-results', 'sum-applicants', 'sum-review']);

/**
 * The text of the first of `cells` that is written but read as no number a sum can count (`3件`, `约1520`: left out of
 * the sums until number-invalid's fix), null when there is none (the cells are blank or missing).
 */
function notNumber(cells: readonly (Cell | null | undefined)[]): string | null {
  for (const c of cells) if (c && num(c) === null && c.raw.trim()) return c.raw.trim();
  return null;
}

/** A column, row or group a sum check left undone: its name and the text of a cell in it that is no number (null: blank). */
type Skipped = { where: string; text: string | null };

function list(parts: string[], locale: Locale, max = 3): string {
  const shown = parts.slice(0, max).join(locale === 'en' ? '; ' : '；');
  return parts.length > max ? shown + (locale === 'en' ? `; and ${parts.length - max} more` : `；等 ${parts.length} 处`) : shown;
}

/** `row-label ×2, cell-blank ×1` */
function byRule(fs: Finding[]): string {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return [...m].map(([k, n]) => `${k} ×${n}`).join(', ');
}

/**
 * The per-table checks of one report, in the order 表二, 表三, 表四. Empty for a format without tables. With last
 * year's report (`previous`, as the cross-year rules used it), also 表二's 现行有效 against last year's (X-2) and 表三's
 * 上年结转 against last year's 结转下年度 (X-1). Without it (or with one of another year), when the report's year is
 * known and last year's format has the table, those lines are there all the same, ⚪ `unchecked`, saying that the
 * comparison was not made and why (`whyNoPrevious`, in `locale`, the whole detail: e.g. none was found, or which
 * files tied; default: not compared, none was given or found), so that the table's ✅ lines are not read as covering it.
 * 表二's line of a 2021-format report whose last year's report is due in the 2019 format (a 2021 report) is there
 * too, ⚪, saying that format has no 现行有效件数 (with last year's report or without it).
 * With it, `previousCaveat` (in `locale`) is said on those lines with what they compared: what to bear in mind about
 * last year's report used (a `--previous` whose own years disagree). `findings`: those reported
 * (at their effective severity), or all that `SummaryFindings` holds (then a suppressed check or one turned off is
 * said so, never shown as holding).
 */
/** The two sides of a sum rule's equation, as the summary names them (`expected` is the sum of the terms, `actual` the total). */
const SUM_SIDES: Record<string, { zh: [string, string]; en: [string, string] }> = {
  'sum-results': { zh: ['各办理结果之和', '（七）总计'], en: ['sum of the results', '（七）总计'] },
  'sum-applicants': { zh: ['六类申请人之和', '总计'], en: ['sum of the applicants', 'total'] },
  'sum-review': { zh: ['各项之和', '总计'], en: ['sum of the results', 'total'] },
  'sum-subtotal': { zh: ['各小项之和', '小计'], en: ['sum of the items', 'subtotal'] },
};

export function summarizeTables(report: Report, findings: Finding[] | SummaryFindings, locale: Locale = 'zh', previous: Report | null = null, whyNoPrevious?: string, previousCaveat?: string): TableCheck[] {
  if (report.format === 'pre2019' || report.format === 'unknown' || !report.isReport) return [];
  const L = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const given: SummaryFindings = Array.isArray(findings) ? { reported: findings } : findings;
  // The lines describe the tables read (the first of each): the findings of a copy pasted again with other figures
  // (check.ts, checkRepeatedCopies) are listed with the others, not taken for the first's.
  const copies = report.extras.repeatedTables.filter((c) => c.table);
  const first = (fs: Finding[]) => (copies.length ? fs.filter((f) => !COPY_ARITHMETIC.has(f.ruleId) || !copies.some((c) => inCopy(c, f))) : fs);
  const reported = first(given.reported), suppressed = first(given.suppressed ?? []), offFound = first(given.off ?? []);
  const offRules = new Set(given.offRules ?? []);
  const out: TableCheck[] = [];
  /** The `table-missing` findings of table `id` among `fs` (reported, suppressed, or what the rule turned off would report). */
  const missing = (id: TableId, fs: Finding[] = reported) => fs.filter((f) => f.ruleId === 'table-missing' && f.data?.table === id);
  /** The status of reported findings: their most severe. */
  const bySeverity = (fs: Finding[]): TableCheckStatus => {
    const worst = (s: Severity) => fs.some((f) => f.severity === s);
    return worst('error') ? 'fail' : worst('warning') ? 'warn' : 'info';
  };

  const cellsLine = (id: TableId, t: TableModel | undefined) => {
    const check = L('行列与单元格', 'rows, columns and cells');
    if (!t) {
      // Said as the other checks are: 🔕 when a comment suppressed table-missing, ⚪ when the rule is off.
      const m = missing(id), sup = missing(id, suppressed), off = missing(id, offFound);
      const status: TableCheckStatus = m.length ? bySeverity(m) : sup.length ? 'suppressed' : offRules.has('table-missing') ? 'off' : 'absent';
      const lead = status === 'suppressed' ? L('已被 nianbao 注释屏蔽：', 'suppressed by a nianbao comment: ')
        : status === 'off' ? L('规则 table-missing 已关闭，未计入；', 'rule table-missing is off: not counted; ') : '';
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status, detail: lead + L('未找到该表', 'table not found'), findings: m.length ? m : sup.length ? sup : status === 'off' ? off : [] });
      return false;
    }
    const ofTable = (fs: Finding[]) => fs.filter((f) => !SUM_RULES.has(f.ruleId) && f.data?.table === id);
    const fs = ofTable(reported), sup = ofTable(suppressed), off = ofTable(offFound);
    const problems = (n: number, of: Finding[]) => L(`${n} 个问题（${byRule(of)}）`, `${countEn(n, 'problem')} (${byRule(of)})`);
    const supText = (lead: boolean) => (lead ? L(`${sup.length} 个问题已屏蔽（${byRule(sup)}）`, `${countEn(sup.length, 'problem')} suppressed (${byRule(sup)})`) : L(`另有 ${sup.length} 个已屏蔽（${byRule(sup)}）`, `${sup.length} more suppressed (${byRule(sup)})`));
    const offText = (lead: boolean) => (lead ? L(`已关闭的规则会报告 ${off.length} 个问题（${byRule(off)}），未计入`, `${countEn(off.length, 'problem')} from rules turned off (${byRule(off)}), not counted`) : L(`已关闭的规则另有 ${off.length} 个（${byRule(off)}），未计入`, `${off.length} more from rules turned off (${byRule(off)}), not counted`));
    const status: TableCheckStatus = fs.length ? bySeverity(fs) : sup.length ? 'suppressed' : off.length ? 'off' : 'ok';
    const parts = fs.length ? [problems(fs.length, fs), ...(sup.length ? [supText(false)] : []), ...(off.length ? [offText(false)] : [])]
      : sup.length ? [supText(true), ...(off.length ? [offText(false)] : [])]
        : off.length ? [offText(true)] : [];
    // A table not read reliably is not checked (⚪) unless a warning or an error says more.
    const detail = t.broken ? [pick(t.broken, locale), ...(fs.length ? [] : parts)].join(L('；', '; ')) : parts.length ? parts.join(L('；', '; ')) : L('与格式一致', 'as in the template');
    out.push({ table: id, tableName: TABLE_NAMES[id], check, status: t.broken && status !== 'fail' && status !== 'warn' ? 'unchecked' : status, detail, findings: fs.length ? fs : sup.length ? sup : off });
    return true;
  };

  /**
   * The findings of a failed check as `where：应为 expected，实为 actual` parts, listed (at most three shown). A sum's
   * two sides are named instead (`自然人列：各办理结果之和 42，（七）总计 41`): which of them is wrong is the finding's
   * to say (often the terms, not the total), and "应为 42" would contradict it. (The sum is `data.sum` when the rule
   * gives it: sum-results' `expected` is the total as written when it blames a result row.)
   */
  const expectedActualOf = (fs: Finding[], where: (f: Finding) => string) =>
    list(fs.map((f) => {
      const sides = SUM_SIDES[f.ruleId];
      return sides
        ? `${where(f)}${L('：', ': ')}${L(sides.zh[0], sides.en[0])} ${f.data?.sum ?? f.expected}${L('，', ', ')}${L(sides.zh[1], sides.en[1])} ${f.actual}`
        : `${where(f)}${L('：应为 ', ': expected ')}${f.expected}${L('，实为 ', ', actual ')}${f.actual}`;
    }), locale);
  /**
   * sum-balance's findings, their expected/actual labelled: the （七）总计 that balances the column and the one written
   * (`总计列：新收 + 上年结转 − 结转下年度 = 47，（七）总计 48`): not “应为 47”, as any of the four cells may be wrong.
   */
  const sidesOf = (fs: Finding[], where: (f: Finding) => string) =>
    list(fs.map((f) => `${where(f)}${L('：', ': ')}新收 + 上年结转 − 结转下年度 = ${f.expected}${L('，', ', ')}（七）总计 ${f.actual}`), locale);

  /**
   * A check made by one rule, when something says more than what holds: its reported findings (at their
   * severity), else its suppressed ones, else the rule is off (with what it would report, if anything). Null when
   * the rule is on and found nothing: the caller then says what holds.
   */
  const ruleLine = (id: TableId, rule: string, check: string, where: (f: Finding) => string, suffix = ''): TableCheck | null => {
    const fs = reported.filter((f) => f.ruleId === rule);
    const sup = suppressed.filter((f) => f.ruleId === rule);
    const base = { table: id, tableName: TABLE_NAMES[id], check };
    // sum-balance's expected/actual are the total that balances and the total written, any of four cells may be wrong: labelled.
    const expectedActual = rule === 'sum-balance' ? sidesOf : expectedActualOf;
    const supText = () => L(`已被 nianbao 注释屏蔽：`, 'suppressed by a nianbao comment: ') + expectedActual(sup, where);
    if (fs.length) return { ...base, status: bySeverity(fs), detail: expectedActual(fs, where) + (sup.length ? L('；', '; ') + supText() : '') + suffix, findings: fs };
    if (sup.length) return { ...base, status: 'suppressed', detail: supText() + suffix, findings: sup };
    if (!offRules.has(rule)) return null;
    const off = offFound.filter((f) => f.ruleId === rule);
    const lead = L(`规则 ${rule} 已关闭，未计入`, `rule ${rule} is off: not counted`);
    return { ...base, status: 'off', detail: off.length ? `${lead}${L('；按格式核对：', '; by the template: ')}${expectedActual(off, where)}${suffix}` : lead, findings: off };
  };

  /**
   * A sum check: its findings (`ruleLine`), else what holds (or why it was not checked). `holds` gives how many of its
   * `of` columns, rows or groups were checked, and for each of those not checked (`skipped`, when given) its name
   * (`where`: `行政复议`, `自然人列`) and the text of a cell in it that is written but no number (`3件`, number-invalid's,
   * left out of the sums), or null when its cells are blank. A check left undone for some of them is no ✅ (brk160 #3:
   * 行政复议's group was never checked), and says which were left undone (brk165 #4: they were counted, not named) and
   * why, by what the cells are. `missing`: the labels of the rows the check needs that are missing from the table
   * (row-missing's): none of its sums can be made then, and that, not blank cells, is why (brk183 #5).
   */
  const sumLine = (id: TableId, rule: string, check: string, where: (f: Finding) => string, holds: () => { checked: number; of: number; example: string; skipped?: Skipped[]; missing?: string[] }) => {
    const t = report.tables[id]!;
    const said = ruleLine(id, rule, check, where);
    // A rule turned off that would report nothing: off all the same, with what holds.
    if (said && !(said.status === 'off' && !said.findings.length)) {
      out.push(said);
      return;
    }
    const offLead = said ? `${said.detail}${L('；', '; ')}` : '';
    const status = (s: TableCheckStatus): TableCheckStatus => (said ? 'off' : s);
    if (unreadable(t)) {
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: status('unchecked'), detail: offLead + (t.broken ? L('表格无法可靠读取，未核对（原因见“行列与单元格”）', 'the table could not be read reliably: not checked (see “rows, columns and cells”)') : L('表中没有可读的数，未核对', 'no readable numbers in the table: not checked')), findings: [] });
      return;
    }
    const h = holds();
    const gone = h.missing ?? [];
    const goneShown = gone.slice(0, 3).map((l) => `“${l}”`).join(L('、', ', ')) + (gone.length > 3 ? L(`等 ${gone.length} 行`, ` and ${gone.length - 3} more`) : '');
    const why = gone.length
      ? L(`缺少${goneShown}行，未核对（见 row-missing）`, `${gone.length > 1 ? 'rows' : 'row'} ${goneShown} missing: not checked (see row-missing)`)
      : L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells: not checked');
    if (!h.checked) out.push({ table: id, tableName: TABLE_NAMES[id], check, status: status('unchecked'), detail: offLead + why, findings: [] });
    else {
      const left = h.of - h.checked;
      const skipped = (h.skipped ?? []).slice(0, left);
      const written = skipped.filter((x) => x.text !== null);
      const blank = skipped.filter((x) => x.text === null);
      // (Named when every one left undone is known: `1 处因单元格不是有效数字未核对：行政复议（“2件”）`.)
      const named = skipped.length === left;
      const names = (xs: Skipped[], quote: boolean) => {
        const parts = xs.map((x) => (quote ? L(`${x.where}（“${x.text}”）`, `${x.where} (“${x.text}”)`) : x.where));
        const shown = parts.slice(0, 3).join(L('、', ', '));
        return parts.length > 3 ? shown + L(`等 ${parts.length} 处`, ` and ${parts.length - 3} more`) : shown;
      };
      const blanks = left - written.length;
      const why = [
        ...(blanks ? [named ? L(`${blanks} 处因空白未核对：${names(blank, false)}`, `${blanks} not checked, blank cells: ${names(blank, false)}`) : L(`${blanks} 处因空白未核对`, `${blanks} not checked: blank cells`)] : []),
        ...(written.length ? [L(`${written.length} 处因单元格不是有效数字未核对：${names(written, true)}`, `${written.length} not checked, cells that are not valid numbers: ${names(written, true)}`)] : []),
      ];
      const partial = why.length ? L(`（${why.join('；')}）`, ` (${why.join('; ')})`) : '';
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: status(left > 0 ? 'unchecked' : 'ok'), detail: `${offLead}${h.example}${partial}`, findings: [] });
    }
  };

  const t2 = report.tables.t2;
  cellsLine('t2', t2);
  // Last year's report of another year than the one before, or a text that is no report, is not compared (the rules
  // skip it too).
  if (previous && previousOfWrongYear(report, previous)) previous = null;
  const lastYear = previous ? previous.year ?? (report.year !== null ? report.year - 1 : null) : null;
  // (With what to bear in mind about it, `previousCaveat`: a `--previous` whose own years disagree.)
  const caveat = previous && previousCaveat ? L(`；${previousCaveat}`, `; ${previousCaveat}`) : '';
  const ofLastYear = lastYear !== null ? L(`（${lastYear} 年度报告${caveat}）`, ` (the ${lastYear} report${caveat})`) : '';
  /** With no last year's report: the format last year's report is due in, when the report's year is known. */
  const dueLastYear = !previous && report.year !== null ? formatForYear(report.year - 1) : null;
  const notCompared = whyNoPrevious ?? (report.year === null ? '' : L(`未与上一年度（${report.year - 1} 年度）报告核对：未指定也未找到该报告`,
    `not compared with last year's (${report.year - 1}) report: none was given or found`));
  /**
   * A cross-year line: its findings (`ruleLine`), else what was compared (only with last year's report): `compared`
   * gives what holds, null when blank or unreadable cells left nothing to compare, or why it was not compared.
   */
  const yearLine = (id: TableId, rule: string, check: string, where: (f: Finding) => string, compared: () => string | null | { notCompared: string }, cannot?: string) => {
    const pushYear = (c: TableCheck) => out.push({ ...c, crossYear: true });
    const said = ruleLine(id, rule, check, where, ofLastYear);
    if (said && !(said.status === 'off' && !said.findings.length)) {
      pushYear(said);
      return;
    }
    if (!previous) {
      // Said, not left out: a missing line would let the table's ✅ lines pass for this check too.
      const due = dueLastYear === null || dueLastYear === 'pre2019' ? undefined : templateOf(dueLastYear).tables[id];
      if (!due && cannot === undefined) return;
      // A rule turned off is said so, and no more (nothing was looked for it). `cannot`: why no report of last year
      // could be compared, found or not (the format it was due in lacks what is compared).
      pushYear(said ?? { table: id, tableName: TABLE_NAMES[id], check, status: 'unchecked', detail: cannot ?? notCompared, findings: [] });
      return;
    }
    const shown = compared();
    const offLead = said ? `${said.detail}${L('；', '; ')}` : '';
    const text = typeof shown === 'string' ? shown : shown?.notCompared ?? L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells: not checked');
    pushYear({ table: id, tableName: TABLE_NAMES[id], check, status: said ? 'off' : typeof shown === 'string' ? 'ok' : 'unchecked', detail: offLead + text + ofLastYear, findings: [] });
  };
  // 现行有效 as stock and flows is the 2021 format's, in both years' reports; when last year's report was due in it
  // but is in the 2019 format, which has no 现行有效件数, the line says so (brk96 #5: it was left out). So it does when
  // last year's report was due in the 2019 format (a 2021 report: templates.md §4.5 item 1, §5.3 X-2), found or not
  // (brk112 #5: the line was left out, though the README says the cross-year lines never are).
  const lastYearDue = report.year !== null ? formatForYear(report.year - 1) : null;
  const cannotStockFlow = lastYearDue === '2019' && report.year !== null
    ? L(`上一年度（${report.year - 1} 年度）报告按规定使用 2019 年格式，没有“现行有效件数”，无法与之核对`,
      `last year's (${report.year - 1}) report is due in the 2019 format, which has no 现行有效件数: nothing to compare with`)
    : undefined;
  if (t2 && report.format === '2021' && (previous?.format === '2021' || lastYearDue === '2021' || lastYearDue === '2019' || [...reported, ...suppressed, ...offFound].some((f) => f.ruleId === 'stock-flow'))) {
    yearLine('t2', 'stock-flow', L('现行有效 = 上年现行有效 + 本年制发 − 本年废止', `in force (现行有效) = last year's + ${T2_FLOW_EN.issued} − ${T2_FLOW_EN.repealed}`), (f) => {
      const r = t2.rows.find((x) => x.id === f.data?.row);
      return r ? L(`“${r.label}”`, `“${r.label}”`) : '';
    }, () => {
      if (previous!.format !== '2021') {
        return { notCompared: L(`上一年度报告是${previous!.format === '2019' ? ' 2019 年' : '2019 年以前的'}格式，没有“现行有效件数”，未核对`, `last year's report is in the ${previous!.format === '2019' ? '2019' : 'pre-2019'} format, which has no 现行有效件数: not compared`) };
      }
      // Only rows that hold are shown as equations (one that does not, unreported, is no ✅); a row of the check whose
      // numbers were not all read in both reports is named as not compared (brk96 #4: the ✅ showed 规章 alone).
      const all = stockFlowRows(report, previous!);
      const rows = all.filter((r) => r.inForce === r.expected);
      const flowRows = templateOf('2021').tables.t2?.stockFlow?.rows ?? [];
      const missed = flowRows.filter((id) => !all.some((r) => r.id === id));
      const labelOf = (id: string) => rowById(t2, id)?.label ?? templateOf('2021').tables.t2?.blocks.flatMap((b) => b.rows).find((r) => r.id === id)?.label ?? id;
      // Why a row was not compared, where this year's table tells: the row is not in it, or stands under a block of
      // another format's columns (brk123 #2: “空白” was said of cells that were not blank); else blank or unreadable
      // cells, in either year's table.
      const why = (id: string): string | null => {
        const r = rowById(t2, id);
        // (Written with the other format's name under that format's columns, it is not read as the row.)
        const renamed = r && r.match.kind === 'absent' ? report.extras.foreignTable2Rows.find((f) => t2CounterpartOf(templateOf('2021'), f.label) === r.label) : undefined;
        const line = renamed ? renamed.range.start.line : r?.match.range?.start.line;
        const other = line !== undefined ? otherFormatBlock(report, line) : null;
        const written = renamed ? L(`写作“${renamed.label}”，`, `written “${renamed.label}”, `) : '';
        if (other) return L(`${written}所在块的列是 ${other} 年格式，未核对`, `${written}its block has the ${other} format's columns, not checked`);
        return !r || r.match.kind === 'absent' ? L('表中没有这一行，未核对', 'no such row in the table, not checked') : null;
      };
      const blankOrUnread = L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells, not checked');
      const notRead = missed.map((id) => L(`${labelOf(id)}：${why(id) ?? blankOrUnread}`, `${labelOf(id)}: ${why(id) ?? blankOrUnread}`)).join(L('；', '; '));
      if (rows.length) return rows.map((r) => `${r.row.label} ${r.inForce} = ${r.before} + ${r.issued} − ${r.repealed}`).join(L('；', '; ')) + (notRead ? L('；', '; ') + notRead : '');
      return missed.some((id) => why(id) !== null) ? { notCompared: notRead } : null;
    }, cannotStockFlow);
  }
  // The 2019 format's stock of items (第二十条第（五）（六）（八）项): 上一年项目数量 = last year's 上一年项目数量 + 本年增/减,
  // compared when last year's report is in the 2019 format too, said when it was due in it (a report of 2020).
  if (t2 && report.format === '2019' && (previous?.format === '2019' || lastYearDue === '2019' || [...reported, ...suppressed, ...offFound].some((f) => f.ruleId === 'stock-flow'))) {
    yearLine('t2', 'stock-flow', L('上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减', "上一年项目数量 = last year's 上一年项目数量 + 本年增/减"), (f) => {
      const r = t2.rows.find((x) => x.id === f.data?.row);
      return r ? `“${r.label}”` : '';
    }, () => {
      if (previous!.format !== '2019') {
        return { notCompared: L(`上一年度报告是${previous!.format === '2021' ? ' 2021 年' : '2019 年以前的'}格式，没有“上一年项目数量”“本年增/减”，未核对`, `last year's report is in the ${previous!.format === '2021' ? '2021' : 'pre-2019'} format, which has no 上一年项目数量 and 本年增/减: not compared`) };
      }
      const all = itemStockRows(report, previous!);
      const rows = all.filter((r) => r.before === r.expected);
      const t2019 = templateOf('2019').tables.t2!;
      const stockRows = (t2019.itemStock ?? []).flatMap((s) => t2019.blocks.find((b) => b.id === s.block)?.rows ?? []);
      const missed = stockRows.filter((x) => !all.some((r) => r.id === x.id));
      // Why a row was not compared, where this year's table tells (as for 现行有效 above); else blank or unreadable cells.
      const why = (id: string): string | null => {
        const r = rowById(t2, id);
        const line = r?.match.range?.start.line;
        const other = line !== undefined ? otherFormatBlock(report, line) : null;
        if (other) return L(`所在块的列是 ${other} 年格式，未核对`, `its block has the ${other} format's columns, not checked`);
        return !r || r.match.kind === 'absent' ? L('表中没有这一行，未核对', 'no such row in the table, not checked') : null;
      };
      const blankOrUnread = L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells, not checked');
      const notRead = missed.map((x) => L(`${x.label}：${why(x.id) ?? blankOrUnread}`, `${x.label}: ${why(x.id) ?? blankOrUnread}`)).join(L('；', '; '));
      if (rows.length) return rows.map((r) => `${r.row.label} ${r.before} = ${r.lastBefore} + ${signedTerm(r.lastChange)}`).join(L('；', '; ')) + (notRead ? L('；', '; ') + notRead : '');
      return missed.some((x) => why(x.id) !== null) ? { notCompared: notRead } : null;
    });
  }

  const t3 = report.tables.t3;
  if (cellsLine('t3', t3) && t3) {
    const cols = t3.columns.filter((c) => c.id.startsWith('C'));
    const colName = (c: { label: string }) => L(`${c.label}列`, `column ${c.label}`);
    const colLabel = (f: Finding) => {
      const c = cols.find((x) => x.id === f.data?.column);
      return c ? colName(c) : '';
    };
    const r1 = rowById(t3, 'R1'), r2 = rowById(t3, 'R2'), r37 = rowById(t3, 'R3.7'), r4 = rowById(t3, 'R4');
    const last = cols.length - 1;
    // The rows of a sum missing from the table (read as absent, row-missing reports them), by their labels.
    const missingOf = (rows: (RowModel | undefined)[]) => rows.filter((r) => r?.match.kind === 'absent').map((r) => r!.label);
    sumLine('t3', 'sum-balance', L('收支平衡：新收 + 上年结转 = （七）总计 + 结转下年度', `balance: ${T3_TERMS_EN.R1} + ${T3_TERMS_EN.R2} = the total (（七）总计) + ${T3_TERMS_EN.R4}`), colLabel, () => {
      let checked = 0;
      const skipped: Skipped[] = [];
      cols.forEach((c, i) => {
        const cells = [r1?.cells[i], r2?.cells[i], r37?.cells[i], r4?.cells[i]];
        if (sum(cells.map(num)) !== null) checked++;
        else skipped.push({ where: colName(c), text: notNumber(cells) });
      });
      const v = [r1, r2, r37, r4].map((r) => num(r?.cells[last]));
      const example = v.every((x) => x !== null) && v[0]! + v[1]! === v[2]! + v[3]! ? L(`总计列 ${v[0]} + ${v[1]} = ${v[2]} + ${v[3]}`, `总计 column ${v[0]} + ${v[1]} = ${v[2]} + ${v[3]}`) : L(`${checked} 列平衡`, `${checked === 1 ? '1 column balances' : `${checked} columns balance`}`);
      return { checked, of: cols.length, example, skipped, missing: missingOf([r1, r2, r37, r4]) };
    });
    const terms = t3.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
    sumLine('t3', 'sum-results', L('（七）总计 = 各办理结果之和', '（七）总计 = sum of the results'), colLabel, () => {
      let checked = 0;
      const skipped: Skipped[] = [];
      cols.forEach((c, i) => {
        if (num(r37?.cells[i]) !== null && sum(terms.map((r) => num(r.cells[i]))) !== null) checked++;
        else skipped.push({ where: colName(c), text: notNumber([r37?.cells[i], ...terms.map((r) => r.cells[i])]) });
      });
      const total = num(r37?.cells[last]);
      const s = sum(terms.map((r) => num(r.cells[last])));
      const example = total !== null && s !== null && total === s ? L(`总计列 ${total} = ${s}`, `总计 column ${total} = ${s}`) : L(`${checked} 列相符`, `${checked === 1 ? '1 column adds up' : `${checked} columns add up`}`);
      return { checked, of: cols.length, example, skipped, missing: missingOf([r37, ...terms]) };
    });
    yearLine('t3', 'carry-over', L('上年结转 = 上年报告的结转下年度', `${T3_TERMS_EN.R2} = last year's ${T3_TERMS_EN.R4}`), colLabel, () => {
      const pairs = carryOverPairs(report, previous!)?.filter((p) => p.now !== null && p.before !== null) ?? [];
      const total = pairs.find((p) => p.index === last && p.now === p.before);
      return total ? L(`总计列 ${total.now} = ${total.before}`, `总计 column ${total.now} = ${total.before}`) : pairs.length ? L(`${pairs.length} 列相符`, `${pairs.length === 1 ? '1 column agrees' : `${pairs.length} columns agree`}`) : null;
    });
    const dataRows = t3.rows.filter((r) => r.cells.length === 7 && r.match.kind !== 'absent');
    const rowName = (r: { label: string }) => L(`“${r.label}”行`, `row “${r.label}”`);
    sumLine('t3', 'sum-applicants', L('总计列 = 六类申请人之和', '总计 column = the six applicant columns'), (f) => {
      const r = t3.rows.find((x) => x.id === f.data?.row);
      return r ? rowName(r) : '';
    }, () => {
      const checked = dataRows.filter((r) => sum(r.cells.map(num)) !== null).length;
      const skipped = dataRows.filter((r) => sum(r.cells.map(num)) === null).map((r) => ({ where: rowName(r), text: notNumber(r.cells) }));
      return { checked, of: dataRows.length, example: L(`${checked} 行相符`, `${checked === 1 ? '1 row adds up' : `${checked} rows add up`}`), skipped };
    });
  }

  const t4 = report.tables.t4;
  if (cellsLine('t4', t4) && t4) {
    sumLine('t4', 'sum-review', L('总计 = 维持 + 纠正 + 其他 + 尚未审结', `total (总计) = ${T4_TERMS_EN.upheld} + ${T4_TERMS_EN.corrected} + ${T4_TERMS_EN.other} + ${T4_TERMS_EN.pending}`), (f) => {
      const g = GROUPS[Number(f.data?.group)];
      return g ? pick(g, locale) : '';
    }, () => {
      const row = t4.rows[0];
      // A row whose cells were not all read is not checked by the rule either.
      const cells = row && row.cellCount === row.cells.length ? row.cells : [];
      const shown: string[] = [];
      const skipped: Skipped[] = [];
      let checked = 0;
      for (let g = 0; g < 3; g++) {
        const part = cells.slice(g * 5, g * 5 + 5).map(num);
        if (part.length < 5 || part.some((x) => x === null)) {
          skipped.push({ where: pick(GROUPS[g], locale), text: notNumber(cells.slice(g * 5, g * 5 + 5)) });
          continue;
        }
        checked++;
        // Every group checked is shown (brk147 #11: 行政复议's alone made the lawsuit groups look unchecked).
        if (part[4] === sum(part.slice(0, 4))) shown.push(`${pick(GROUPS[g], locale)} ${part[4]} = ${part.slice(0, 4).join(' + ')}`);
      }
      return { checked, of: 3, example: shown.length ? shown.join(L('；', '; ')) : L(`${checked} 组相符`, `${checked === 1 ? '1 group adds up' : `${checked} groups add up`}`), skipped };
    });
  }
  return out;
}
