import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Cell, RowModel } from '../types.js';
import { templateOf } from '../templates/index.js';
import { bi, num, otherFormatBlock, rowById, signed, T2_FLOW_EN } from './util.js';

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * X-2 (templates.md §5.3, 2021 format): with last year's report, 现行有效件数 = last year's 现行有效件数 +
 * 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件. Clean-ups and reclassifications can break it
 * legitimately: a warning, with no fix.
 */
export const stockFlow: Rule = {
  meta: {
    id: 'stock-flow',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    usesLastYear: 'only',
    description: bi('现行有效件数 ≠ 上年现行有效 + 本年制发 − 本年废止', `The count in force (现行有效件数) ≠ last year's count in force + ${T2_FLOW_EN.issued} − ${T2_FLOW_EN.repealed}`),
    rationale: bi(
      '2021 年格式表二的规章和行政规范性文件按存量与增量填写：本年现行有效件数应等于上一年度报告的现行有效件数加本年制发件数、减本年废止件数。集中清理、重新归类等情况可能使其合理地不相等，因此只作提示，不提供修复。需要上一年度的报告。',
      'In the 2021 format, 表二 gives 规章 and 行政规范性文件 as stock and flows: this year\'s 现行有效 equals last year\'s 现行有效 plus 本年制发 minus 本年废止. A clean-up or reclassification can legitimately break this, so it is a warning without a fix. Needs last year\'s report.'),
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
  },
};

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
  if (report.format !== '2021' || previous.format !== '2021') return [];
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return [];
  const flow = templateOf('2021').tables.t2?.stockFlow;
  const cur = report.tables.t2, prev = previous.tables.t2;
  if (!flow || !cur || !prev || cur.broken || prev.broken) return [];
  const block = templateOf('2021').tables.t2!.blocks.find((b) => b.columns.some((c) => c.id === flow.inForce))!;
  const [iIssued, iRepealed, iInForce] = [flow.issued, flow.repealed, flow.inForce].map((id) => block.columns.findIndex((c) => c.id === id));
  const out: StockFlowRow[] = [];
  for (const id of flow.rows) {
    const a = rowById(cur, id), b = rowById(prev, id);
    if (!a || !b || a.cellCount !== a.cells.length || b.cellCount !== b.cells.length) continue;
    // Numbers under a 2019 header (本年新制作/新公开/对外公开总数量) are not stock and flows.
    if (underOtherFormat(report, a) || underOtherFormat(previous, b)) continue;
    const issued = num(a.cells[iIssued]), repealed = num(a.cells[iRepealed]), inForce = num(a.cells[iInForce]), before = num(b.cells[iInForce]);
    if (issued === null || repealed === null || inForce === null || before === null) continue;
    out.push({ id, row: a, issued, repealed, inForce, before, expected: before + issued - repealed, cells: { issued: a.cells[iIssued]!, repealed: a.cells[iRepealed]!, inForce: a.cells[iInForce]!, before: b.cells[iInForce]! } });
  }
  return out;
}

/** Whether a 表二 row sits in a block whose column header is of another format (see `otherFormatBlock`). */
function underOtherFormat(report: Report, r: RowModel): boolean {
  const line = r.match.range?.start.line;
  return line !== undefined && otherFormatBlock(report, line) !== null;
}
