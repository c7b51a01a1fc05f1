import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Cell, RowModel } from '../types.js';
import { templateOf } from '../templates/index.js';
import { bi, num, otherFormatBlock, rowById, signed, T2_FLOW_EN } from './util.js';

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * X-2 (templates.md §5.3, 2021 format): with last year's report, 现行有效件数 = last year's 现行有效件数 +
 * 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件. The same stock in the 2019 format (第二十条第（五）（六）（八）项,
 * templates.md §3.2): 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减 (signed), per row. Clean-ups
 * and reclassifications can break either legitimately: a warning, with no fix.
 */
export const stockFlow: Rule = {
  meta: {
    id: 'stock-flow',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    usesLastYear: 'only',
    description: bi('现行有效件数 ≠ 上年现行有效 + 本年制发 − 本年废止（2019 年格式：上一年项目数量 ≠ 上年报告的上一年项目数量 + 本年增/减）', `The count in force (现行有效件数) ≠ last year's count in force + ${T2_FLOW_EN.issued} − ${T2_FLOW_EN.repealed}; in the 2019 format, the items at the end of last year (上一年项目数量) ≠ last year's report's + its change (本年增/减)`),
    rationale: bi(
      '2021 年格式表二的规章和行政规范性文件按存量与增量填写：本年现行有效件数应等于上一年度报告的现行有效件数加本年制发件数、减本年废止件数。2019 年格式（国办公开办函〔2019〕60号，2019、2020 年度报告）第二十条第（五）（六）（八）项同样是存量：“上一年项目数量”是上一年末的项目数，“本年增/减”是本年的增减（减为负数），所以本年的上一年项目数量应等于上一年度报告的上一年项目数量加上一年度报告的本年增/减，逐行（行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费）核对；只在两份报告都是 2019 年格式、年度相连时核对，空白或无法读取的单元格不核对。集中清理、重新归类等情况可能使其合理地不相等，因此只作提示，不提供修复。需要上一年度的报告。',
      'In the 2021 format, 表二 gives 规章 and 行政规范性文件 as stock and flows: this year\'s 现行有效 equals last year\'s 现行有效 plus 本年制发 minus 本年废止. The 2019 format (国办公开办函〔2019〕60号, the reports of 2019 and 2020) has the same kind of stock in 第二十条第（五）（六）（八）项: 上一年项目数量 is the number of items at the end of last year and 本年增/减 this year\'s change (negative for a decrease), so this year\'s 上一年项目数量 equals last year\'s report\'s 上一年项目数量 plus its 本年增/减, row by row (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费); compared only when both reports are in the 2019 format and of consecutive years, blank or unreadable cells left out. A clean-up or reclassification can legitimately break either, so it is a warning without a fix. Needs last year\'s report.'),
    example: { bad: '2023年：| 行政规范性文件 | 0 | 5 | 5 |\n2024年：| 行政规范性文件 | 3 | 0 | 9 |', note: bi('5 + 3 − 0 = 8 ≠ 9', '5 + 3 − 0 = 8 ≠ 9') },
  },
  check(ctx) {
    const { report, previous } = ctx;
    for (const r of previous ? stockFlowRows(report, previous) : []) {
      const { row: a, issued, repealed, inForce, before, expected } = r;
      if (expected === inForce) continue;
      ctx.add({
        message: bi(
          `表二“${a.label}”现行有效件数为 ${inForce}，但上一年度的 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，相差 ${signed(inForce - expected)}。如有集中清理或重新归类，请在正文中说明。`,
          `表二 row “${a.label}”: ${T2_FLOW_EN.inForce} is ${inForce}, but last year's count in force ${before} + ${T2_FLOW_EN.issued} ${issued} − ${T2_FLOW_EN.repealed} ${repealed} = ${expected} (difference ${signed(inForce - expected)}). If documents were cleaned up or reclassified, say so in the text.`),
        range: r.cells.inForce.range,
        expected,
        actual: inForce,
        related: [
          // The number it is compared with, in last year's report; then this year's terms of the sum.
          { range: r.cells.before.range, message: bi(`上一年度报告的现行有效件数 ${before}`, `Last year's count in force (现行有效件数) ${before}`), report: 'previous' },
          { range: r.cells.issued.range, message: bi(`本年制发 ${issued}`, `${capital(T2_FLOW_EN.issued)} ${issued}`) },
          { range: r.cells.repealed.range, message: bi(`本年废止 ${repealed}`, `${capital(T2_FLOW_EN.repealed)} ${repealed}`) },
        ],
        data: { row: r.id },
      });
    }
    for (const r of previous ? itemStockRows(report, previous) : []) {
      if (r.expected === r.before) continue;
      const yearZh = previous!.year !== null ? `（${previous!.year} 年度）` : '', yearEn = previous!.year !== null ? ` (${previous!.year})` : '';
      ctx.add({
        message: bi(
          `表二“${r.row.label}”上一年项目数量为 ${r.before}，但上一年度报告${yearZh}的上一年项目数量 ${r.lastBefore} + 本年增/减 ${signedTerm(r.lastChange)} = ${r.expected}，相差 ${signed(r.before - r.expected)}。如有事项清理、调整或重新归类，请在正文中说明。`,
          `表二 row “${r.row.label}”: 上一年项目数量 (items at the end of last year) is ${r.before}, but last year's report${yearEn} gives 上一年项目数量 ${r.lastBefore} + 本年增/减 ${signedTerm(r.lastChange)} = ${r.expected} (difference ${signed(r.before - r.expected)}). If items were cleaned up, adjusted or reclassified, say so in the text.`),
        range: r.cells.before.range,
        expected: r.expected,
        actual: r.before,
        related: [
          { range: r.cells.lastBefore.range, message: bi(`上一年度报告的上一年项目数量 ${r.lastBefore}`, `Last year's 上一年项目数量 ${r.lastBefore}`), report: 'previous' },
          { range: r.cells.lastChange.range, message: bi(`上一年度报告的本年增/减 ${r.lastChange}`, `Last year's 本年增/减 ${r.lastChange}`), report: 'previous' },
        ],
        data: { row: r.id },
      });
    }
  },
};

/** A signed change as a term of a sum: `3`, `(-1)`. */
export const signedTerm = (n: number) => (n < 0 ? `(${n})` : `${n}`);

/** One row of the X-2 comparison (规章 or 行政规范性文件), every number read; counts in 件. */
export interface StockFlowRow {
  id: string;
  row: RowModel;
  issued: number;
  repealed: number;
  inForce: number;
  /** Last year's 现行有效件数. */
  before: number;
  /** `before + issued - repealed`. */
  expected: number;
  /** This year's cells, and `before`: last year's 现行有效件数 cell (a range in `previous`'s text). */
  cells: { issued: Cell; repealed: Cell; inForce: Cell; before: Cell };
}

/**
 * The X-2 comparison of `report` with last year's report `previous` (templates.md §5.3, 2021 format): the rows of
 * 规章 and 行政规范性文件 whose four numbers are all read, in both reports of the 2021 format and of consecutive
 * years. Shared by the rule and the review summary.
 */
export function stockFlowRows(report: Report, previous: Report): StockFlowRow[] {
  const flow = templateOf('2021').tables.t2?.stockFlow;
  if (!flow) return [];
  const block = templateOf('2021').tables.t2!.blocks.find((b) => b.columns.some((c) => c.id === flow.inForce))!;
  const [iIssued, iRepealed, iInForce] = [flow.issued, flow.repealed, flow.inForce].map((id) => block.columns.findIndex((c) => c.id === id));
  const out: StockFlowRow[] = [];
  for (const { id, a, b } of comparableRows(report, previous, '2021', flow.rows)) {
    const issued = num(a.cells[iIssued]), repealed = num(a.cells[iRepealed]), inForce = num(a.cells[iInForce]), before = num(b.cells[iInForce]);
    if (issued === null || repealed === null || inForce === null || before === null) continue;
    out.push({ id, row: a, issued, repealed, inForce, before, expected: before + issued - repealed, cells: { issued: a.cells[iIssued]!, repealed: a.cells[iRepealed]!, inForce: a.cells[iInForce]!, before: b.cells[iInForce]! } });
  }
  return out;
}

/** One row of the 2019 format's item stock (第二十条第（五）（六）（八）项), every number read. */
export interface ItemStockRow {
  id: string;
  row: RowModel;
  /** This year's 上一年项目数量. */
  before: number;
  /** Last year's 上一年项目数量 and 本年增/减. */
  lastBefore: number;
  lastChange: number;
  /** `lastBefore + lastChange`. */
  expected: number;
  /** This year's 上一年项目数量 cell; last year's two cells (ranges in `previous`'s text). */
  cells: { before: Cell; lastBefore: Cell; lastChange: Cell };
}

/**
 * The 2019 format's cross-year comparison of `report` with last year's report `previous` (templates.md §3.2, §5.3):
 * 上一年项目数量(y) = 上一年项目数量(y−1) + 本年增/减(y−1), for the rows of the template's `itemStock` blocks whose three
 * numbers are read, in both reports of the 2019 format and of consecutive years. Blank cells and unread rows are
 * left out.
 */
export function itemStockRows(report: Report, previous: Report): ItemStockRow[] {
  const t2 = templateOf('2019').tables.t2;
  if (!t2?.itemStock) return [];
  const out: ItemStockRow[] = [];
  for (const s of t2.itemStock) {
    const block = t2.blocks.find((b) => b.id === s.block);
    if (!block) continue;
    const iBefore = block.columns.findIndex((c) => c.id === s.before), iChange = block.columns.findIndex((c) => c.id === s.change);
    for (const { id, a, b } of comparableRows(report, previous, '2019', block.rows.map((r) => r.id))) {
      const before = num(a.cells[iBefore]), lastBefore = num(b.cells[iBefore]), lastChange = num(b.cells[iChange]);
      if (before === null || lastBefore === null || lastChange === null) continue;
      out.push({ id, row: a, before, lastBefore, lastChange, expected: lastBefore + lastChange, cells: { before: a.cells[iBefore]!, lastBefore: b.cells[iBefore]!, lastChange: b.cells[iChange]! } });
    }
  }
  return out;
}

/**
 * The 表二 rows `ids` of `report` and of last year's report `previous` (`a`, `b`) that a cross-year stock can be
 * compared on: both reports in `format`, of consecutive years (when both are known), 表二 read and not broken in
 * both, the row read in both with all its cells, and under a header of `format` in both (numbers under the other
 * format's header, 2019's 本年新制作数量 or 2021's 本年处理决定数量, are another quantity).
 */
function comparableRows(report: Report, previous: Report, format: '2019' | '2021', ids: readonly string[]): { id: string; a: RowModel; b: RowModel }[] {
  if (report.format !== format || previous.format !== format) return [];
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return [];
  const cur = report.tables.t2, prev = previous.tables.t2;
  if (!cur || !prev || cur.broken || prev.broken) return [];
  const out: { id: string; a: RowModel; b: RowModel }[] = [];
  for (const id of ids) {
    const a = rowById(cur, id), b = rowById(prev, id);
    if (!a || !b || a.cellCount !== a.cells.length || b.cellCount !== b.cells.length) continue;
    if (underOtherFormat(report, a) || underOtherFormat(previous, b)) continue;
    out.push({ id, a, b });
  }
  return out;
}

/** Whether a 表二 row sits in a block whose column header is of another format (see `otherFormatBlock`). */
function underOtherFormat(report: Report, r: RowModel): boolean {
  const line = r.match.range?.start.line;
  return line !== undefined && otherFormatBlock(report, line) !== null;
}
