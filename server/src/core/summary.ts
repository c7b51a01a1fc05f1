import type { Bilingual, Finding, Locale, TableId, TableModel } from './types.js';
import type { Report } from './model/build.js';
import { num, rowById, sum, TABLE_NAMES, unreadable } from './rules/util.js';
import { pick } from './rules/rule.js';
import { carryOverPairs } from './rules/carry-over.js';
import { stockFlowRows } from './rules/stock-flow.js';

/**
 * A per-table verdict for review outputs (the Markdown pull-request comment, the GitHub step summary): one line
 * per check of 表二, 表三 (balance, result totals, applicant totals) and 表四, with expected vs actual where a
 * sum does not hold. Read from the model and the findings, so it agrees with what the rules reported.
 */
export type TableCheckStatus = 'ok' | 'warn' | 'fail' | 'unchecked' | 'absent';

export interface TableCheck {
  table: TableId;
  /** 表二 / 表三 / 表四 */
  tableName: string;
  /** What is checked, in the requested locale. */
  check: string;
  status: TableCheckStatus;
  /** Expected vs actual, or what holds, or why it was not checked (locale). */
  detail: string;
  /** The findings behind a `fail` or `warn`. */
  findings: Finding[];
}

const GROUPS: Bilingual[] = [{ zh: '行政复议', en: '行政复议 (review)' }, { zh: '未经复议直接起诉', en: '直接起诉 (direct suits)' }, { zh: '复议后起诉', en: '复议后起诉 (suits after review)' }];
const SUM_RULES = new Set(['sum-balance', 'sum-results', 'sum-applicants', 'sum-review']);

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
 * year's report (`previous`, as the cross-year rules used it), also 表二's 现行有效 against last year's and 表三's
 * 上年结转 against last year's 结转下年度.
 */
export function summarizeTables(report: Report, findings: Finding[], locale: Locale = 'zh', previous: Report | null = null): TableCheck[] {
  if (report.format === 'pre2019' || report.format === 'unknown' || !report.isReport) return [];
  const L = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const out: TableCheck[] = [];
  const missing = (id: TableId) => findings.filter((f) => f.ruleId === 'table-missing' && f.data?.table === id);

  const cellsLine = (id: TableId, t: TableModel | undefined) => {
    const check = L('行列与单元格', 'rows, columns and cells');
    if (!t) {
      const m = missing(id);
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: m.length ? 'fail' : 'absent', detail: L('未找到该表', 'table not found'), findings: m });
      return false;
    }
    const fs = findings.filter((f) => !SUM_RULES.has(f.ruleId) && f.data?.table === id && f.severity !== 'hint');
    const status: TableCheckStatus = fs.some((f) => f.severity === 'error') ? 'fail' : fs.some((f) => f.severity === 'warning') ? 'warn' : 'ok';
    const detail = t.broken ? pick(t.broken, locale) : fs.length ? L(`${fs.length} 个问题（${byRule(fs)}）`, `${fs.length} problem(s) (${byRule(fs)})`) : L('与格式一致', 'as in the template');
    out.push({ table: id, tableName: TABLE_NAMES[id], check, status: t.broken && status === 'ok' ? 'unchecked' : status, detail, findings: fs });
    return true;
  };

  /** The findings of a failed check as `where：应为 expected，实为 actual` parts, listed (at most three shown). */
  const expectedActual = (fs: Finding[], where: (f: Finding) => string) =>
    list(fs.map((f) => `${where(f)}${L('：应为 ', ': expected ')}${f.expected}${L('，实为 ', ', actual ')}${f.actual}`), locale);

  /** A sum check: fail with expected vs actual from the findings, else what holds (or why it was not checked). */
  const sumLine = (id: TableId, rule: string, check: string, where: (f: Finding) => string, holds: () => { checked: number; of: number; example: string }) => {
    const t = report.tables[id]!;
    const fs = findings.filter((f) => f.ruleId === rule);
    if (fs.length) {
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: 'fail', detail: expectedActual(fs, where), findings: fs });
      return;
    }
    if (unreadable(t)) {
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: 'unchecked', detail: t.broken ? L('表格无法可靠读取，未核对（原因见“行列与单元格”）', 'the table could not be read reliably: not checked (see “rows, columns and cells”)') : L('表中没有可读的数，未核对', 'no readable numbers in the table: not checked'), findings: [] });
      return;
    }
    const h = holds();
    if (!h.checked) out.push({ table: id, tableName: TABLE_NAMES[id], check, status: 'unchecked', detail: L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells: not checked'), findings: [] });
    else {
      const partial = h.checked < h.of ? L(`（${h.of - h.checked} 处因空白未核对）`, ` (${h.of - h.checked} not checked: blank cells)`) : '';
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: 'ok', detail: `${h.example}${partial}`, findings: [] });
    }
  };

  const t2 = report.tables.t2;
  cellsLine('t2', t2);
  // Last year's report of another year than the one before is not compared (the rules skip it too).
  if (previous && report.year !== null && previous.year !== null && previous.year !== report.year - 1) previous = null;
  const lastYear = previous ? previous.year ?? (report.year !== null ? report.year - 1 : null) : null;
  const ofLastYear = lastYear !== null ? L(`（${lastYear} 年度报告）`, ` (the ${lastYear} report)`) : '';
  /** A cross-year line: fail (or warn) with expected vs actual from the rule's findings, else what was compared. */
  const yearLine = (id: TableId, rule: string, check: string, where: (f: Finding) => string, compared: () => string | null) => {
    const fs = findings.filter((f) => f.ruleId === rule);
    if (fs.length) {
      out.push({ table: id, tableName: TABLE_NAMES[id], check, status: fs.some((f) => f.severity === 'error') ? 'fail' : 'warn', detail: expectedActual(fs, where) + ofLastYear, findings: fs });
      return;
    }
    if (!previous) return;
    const shown = compared();
    out.push({ table: id, tableName: TABLE_NAMES[id], check, status: shown ? 'ok' : 'unchecked', detail: (shown ?? L('有空白或无法读取的单元格，未核对', 'blank or unreadable cells: not checked')) + ofLastYear, findings: [] });
  };
  // 现行有效 as stock and flows is the 2021 format's, in both years' reports.
  if (t2 && report.format === '2021' && (previous?.format === '2021' || findings.some((f) => f.ruleId === 'stock-flow'))) {
    yearLine('t2', 'stock-flow', L('现行有效 = 上年现行有效 + 本年制发 − 本年废止', '现行有效 = last year\'s + 制发 − 废止'), (f) => {
      const r = t2.rows.find((x) => x.id === f.data?.row);
      return r ? L(`“${r.label}”`, `“${r.label}”`) : '';
    }, () => {
      const rows = stockFlowRows(report, previous!);
      return rows.length ? rows.map((r) => `${r.row.label} ${r.inForce} = ${r.before} + ${r.issued} − ${r.repealed}`).join(L('；', '; ')) : null;
    });
  }

  const t3 = report.tables.t3;
  if (cellsLine('t3', t3) && t3) {
    const cols = t3.columns.filter((c) => c.id.startsWith('C'));
    const colLabel = (f: Finding) => {
      const c = cols.find((x) => x.id === f.data?.column);
      return c ? L(`${c.label}列`, `column ${c.label}`) : '';
    };
    const r1 = rowById(t3, 'R1'), r2 = rowById(t3, 'R2'), r37 = rowById(t3, 'R3.7'), r4 = rowById(t3, 'R4');
    const last = cols.length - 1;
    sumLine('t3', 'sum-balance', L('收支平衡：新收 + 上年结转 = （七）总计 + 结转下年度', 'balance: 新收 + 上年结转 = （七）总计 + 结转下年度'), colLabel, () => {
      let checked = 0;
      cols.forEach((_, i) => {
        if (sum([num(r1?.cells[i]), num(r2?.cells[i]), num(r37?.cells[i]), num(r4?.cells[i])]) !== null) checked++;
      });
      const v = [r1, r2, r37, r4].map((r) => num(r?.cells[last]));
      const example = v.every((x) => x !== null) ? L(`总计列 ${v[0]} + ${v[1]} = ${v[2]} + ${v[3]}`, `总计 column ${v[0]} + ${v[1]} = ${v[2]} + ${v[3]}`) : L(`${checked} 列平衡`, `${checked} column(s) balance`);
      return { checked, of: cols.length, example };
    });
    const terms = t3.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
    sumLine('t3', 'sum-results', L('（七）总计 = 各办理结果之和', '（七）总计 = sum of the results'), colLabel, () => {
      let checked = 0;
      cols.forEach((_, i) => {
        if (num(r37?.cells[i]) !== null && sum(terms.map((r) => num(r.cells[i]))) !== null) checked++;
      });
      const total = num(r37?.cells[last]);
      const s = sum(terms.map((r) => num(r.cells[last])));
      const example = total !== null && s !== null ? L(`总计列 ${total} = ${s}`, `总计 column ${total} = ${s}`) : L(`${checked} 列相符`, `${checked} column(s) add up`);
      return { checked, of: cols.length, example };
    });
    yearLine('t3', 'carry-over', L('上年结转 = 上年报告的结转下年度', '上年结转 = last year\'s 结转下年度'), colLabel, () => {
      const pairs = carryOverPairs(report, previous!)?.filter((p) => p.now !== null && p.before !== null) ?? [];
      const total = pairs.find((p) => p.index === last);
      return total ? L(`总计列 ${total.now} = ${total.before}`, `总计 column ${total.now} = ${total.before}`) : pairs.length ? L(`${pairs.length} 列相符`, `${pairs.length} column(s) agree`) : null;
    });
    const dataRows = t3.rows.filter((r) => r.cells.length === 7 && r.match.kind !== 'absent');
    sumLine('t3', 'sum-applicants', L('总计列 = 六类申请人之和', '总计 column = the six applicant columns'), (f) => {
      const r = t3.rows.find((x) => x.id === f.data?.row);
      return r ? L(`“${r.label}”行`, `row “${r.label}”`) : '';
    }, () => {
      const checked = dataRows.filter((r) => sum(r.cells.map(num)) !== null).length;
      return { checked, of: dataRows.length, example: L(`${checked} 行相符`, `${checked} row(s) add up`) };
    });
  }

  const t4 = report.tables.t4;
  if (cellsLine('t4', t4) && t4) {
    sumLine('t4', 'sum-review', L('总计 = 维持 + 纠正 + 其他 + 尚未审结', '总计 = 维持 + 纠正 + 其他 + 尚未审结'), (f) => {
      const g = GROUPS[Number(f.data?.group)];
      return g ? pick(g, locale) : '';
    }, () => {
      const cells = t4.rows[0]?.cells ?? [];
      const shown: string[] = [];
      let checked = 0;
      for (let g = 0; g < 3; g++) {
        const part = cells.slice(g * 5, g * 5 + 5).map(num);
        if (part.length < 5 || part.some((x) => x === null)) continue;
        checked++;
        if (g === 0) shown.push(`${pick(GROUPS[0], locale)} ${part[4]} = ${part.slice(0, 4).join(' + ')}`);
      }
      return { checked, of: 3, example: shown[0] ?? L(`${checked} 组相符`, `${checked} group(s) add up`) };
    });
  }
  return out;
}
