import type { Rule } from './rule.js';
import { bi, num, setCell, signed, sum } from './util.js';

const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const GROUPS_EN = ['行政复议 (administrative review)', '行政诉讼 直接起诉 (direct suits)', '行政诉讼 复议后起诉 (suits after review)'];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结'];

/** 表四 T4-A (templates.md §5.2): per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const sumReview: Rule = {
  meta: {
    id: 'sum-review',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表四每组：总计 ≠ 维持 + 纠正 + 其他 + 尚未审结', '表四 per group: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结'),
    rationale: bi(
      '表四的行政复议、未经复议直接起诉、复议后起诉三组各有五个数，第五个“总计”是前四个之和。修复会把总计改为前四项之和。',
      'Each of the three groups of 表四 has five numbers; the fifth, 总计, is the sum of the first four. The fix sets 总计 to that sum.'),
    example: { bad: '10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0', note: bi('行政复议 10 + 1 ≠ 0；复议后起诉 5 ≠ 0', '行政复议 10 + 1 ≠ 0; 复议后起诉 5 ≠ 0') },
  },
  check(ctx) {
    const t = ctx.report.tables.t4;
    if (!t || t.broken) return;
    const row = t.rows[0];
    // A row with more or fewer numbers than 15 (cell-count says so): which group lost or gained one cannot be told.
    if (!row || row.cellCount !== row.cells.length) return;
    const cells = row.cells;
    for (let g = 0; g < 3; g++) {
      const part = cells.slice(g * 5, g * 5 + 5);
      if (part.length < 5) continue;
      const s = sum(part.slice(0, 4).map(num));
      const actual = num(part[4]);
      if (s === null || actual === null || s === actual) continue;
      ctx.add({
        message: bi(
          `表四“${GROUPS[g]}”的总计应为 ${s}（${part.slice(0, 4).map(num).join(' + ')}），实为 ${actual}，相差 ${signed(actual - s)}。`,
          `表四 ${GROUPS_EN[g]}: 总计 should be ${s} (${part.slice(0, 4).map(num).join(' + ')}), is ${actual} (difference ${signed(actual - s)}).`),
        range: part[4]!.range,
        expected: s,
        actual,
        related: part.slice(0, 4).map((c, i) => ({ range: c!.range, message: bi(`${LEAVES[i]}：${num(c)}`, `${LEAVES[i]}: ${num(c)}`) })),
        fix: { title: bi(`把总计改为 ${s}`, `Set 总计 to ${s}`), edits: [setCell(part[4]!, s)] },
        data: { group: g },
      });
    }
  },
};
