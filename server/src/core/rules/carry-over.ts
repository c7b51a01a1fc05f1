import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Cell, ColumnModel } from '../types.js';
import { bi, breaksT3Identity, num, rowById, setCell, signed, unreadable } from './util.js';

/**
 * X-1 (templates.md §5.3): with last year's report of the same agency, this year's `二、上年结转` equals last
 * year's `四、结转下年度继续办理`, column by column. The fix sets 上年结转 to last year's figure when this year's
 * table still adds up with it (T3-A).
 */
export const carryOver: Rule = {
  meta: {
    id: 'carry-over',
    category: 'years',
    defaultSeverity: 'error',
    fixable: true,
    usesLastYear: 'only',
    description: bi('表三“上年结转”与上一年度报告的“结转下年度继续办理”不一致', '表三 上年结转 differs from last year\'s 结转下年度继续办理'),
    rationale: bi(
      '上一年度结转到本年继续办理的申请，就是本年的“二、上年结转政府信息公开申请数量”，两份报告应逐列相等。需要上一年度的报告（命令行 --previous，或同一机关上一年度的报告：在同一文件夹中，或在文件夹名中的年份换成上一年的文件夹中，如 2024/ 对应 2023/）。修复会把本年的上年结转改为上一年度报告中的数字；但如果改后本年表三不再平衡（无法确定哪份报告有误），不自动修改。',
      'The applications last year carried over to this year are this year\'s 上年结转: the two reports must agree column by column. Needs last year\'s report (--previous, or the same agency\'s report of the year before in the same folder, or in the folder named with the year before: 2023/ for 2024/). The fix sets 上年结转 to last year\'s figure, unless this year\'s table would then stop adding up (which report is wrong is then for a person to decide).'),
    example: { bad: '2023年报告：| 四、结转下年度继续办理 | 118 | 3 | 0 | 0 | 0 | 0 | 121 |\n2024年报告：| 二、上年结转政府信息公开申请数量 | 110 | 2 | 0 | 0 | 0 | 0 | 112 |', note: bi('2024 年的行自身相加无误（110 + 2 = 112），但与 2023 年逐列不符：自然人 118 ≠ 110，商业企业 3 ≠ 2，总计 121 ≠ 112', 'The 2024 row adds up by itself (110 + 2 = 112) but differs from 2023 column by column: 自然人 118 vs 110, 商业企业 3 vs 2, 总计 121 vs 112') },
  },
  check(ctx) {
    const { report, previous } = ctx;
    const pairs = previous ? carryOverPairs(report, previous) : null;
    if (!pairs) return;
    const cur = report.tables.t3!;
    const lastYear = previous!.year ?? (report.year !== null ? report.year - 1 : null);
    // Which report is wrong is not known: last year's figures are written in only when this year's table still adds
    // up with the whole row taken from last year (a balanced 表三 whose 上年结转 differs needs a person to decide).
    const differ = pairs.filter((p) => p.now !== null && p.before !== null && p.now !== p.before);
    const safe = !breaksT3Identity(cur, differ.map((p) => ({ row: 'R2', col: p.index, value: p.before! })));
    for (const { column: col, now, before, cell: at, previousCell } of differ) {
      const withheld = safe ? bi('', '') : bi(
        `未自动修改：改为 ${before} 会使本年表三不再平衡，请对照两份报告的原表核对是哪一份填错了。`,
        ` Not fixed automatically: ${before} would make this year's 表三 stop adding up; check both reports against their original tables to see which one is wrong.`);
      ctx.add({
        message: bi(
          `表三“二、上年结转”（${col.label}列）为 ${now}，而上一年度报告${lastYear ? `（${lastYear}年）` : ''}的“四、结转下年度继续办理”为 ${before}，相差 ${signed(now! - before!)}。${withheld.zh}`,
          `表三's applications carried over from last year (上年结转, column ${col.label}): ${now}, but last year's report${lastYear ? ` (${lastYear})` : ''} carried ${before} over to this year (结转下年度继续办理); difference ${signed(now! - before!)}.${withheld.en}`),
        range: at!.range,
        expected: before!,
        actual: now!,
        // The number it is compared with, in last year's report (this year's cell is the finding's own range).
        ...(previousCell ? {
          related: [{
            range: previousCell.range,
            message: bi(`上一年度报告${lastYear ? `（${lastYear}年）` : ''}的“四、结转下年度继续办理”（${col.label}列）：${before}`, `Last year's report${lastYear ? ` (${lastYear})` : ''}: 结转下年度继续办理 (column ${col.label}) ${before}`),
            report: 'previous' as const,
          }],
        } : {}),
        ...(safe ? { fix: { title: bi(`把上年结转改为 ${before}`, `Set 上年结转 to ${before}`), edits: [setCell(report.lines, cur, at!, before!)] } } : {}),
        data: { column: col.id },
      });
    }
  },
};

/** One column of the X-1 comparison: this year's 上年结转 and last year's 结转下年度 (null where blank or unread). */
export interface CarryOverPair {
  /** Index of the column among 表三's value columns (0 = 自然人 … 6 = 总计). */
  index: number;
  column: ColumnModel;
  now: number | null;
  before: number | null;
  /** This year's 上年结转 cell. */
  cell: Cell | null;
  /** Last year's 结转下年度继续办理 cell of the column (a range in `previous`'s text). */
  previousCell: Cell | null;
}

/**
 * The X-1 comparison of `report` with last year's report `previous`, column by column (templates.md §5.3); null
 * when it does not apply: `previous` is of another year than the one before, or either 表三 or its row is missing or
 * unreadable. Shared by the rule and the review summary.
 */
export function carryOverPairs(report: Report, previous: Report): CarryOverPair[] | null {
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return null;
  const cur = report.tables.t3, prev = previous.tables.t3;
  if (!cur || !prev || unreadable(cur) || unreadable(prev)) return null;
  const r2 = rowById(cur, 'R2'), r4 = rowById(prev, 'R4');
  if (!r2 || !r4) return null;
  return cur.columns.filter((c) => c.id.startsWith('C')).map((column, index) => ({ index, column, now: num(r2.cells[index]), before: num(r4.cells[index]), cell: r2.cells[index], previousCell: r4.cells[index] }));
}
