import type { Rule } from './rule.js';
import { bi } from './util.js';

/** A table row with more or fewer value cells than its template row. */
export const cellCount: Rule = {
  meta: {
    id: 'cell-count',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('表格行的数值个数与格式不符', 'A table row has more or fewer value cells than the template'),
    rationale: bi('表三每行应有 7 个数（六类申请人和总计），表二各项按其列数填写。多出或缺少的数会让后面的数错位，无法判断哪个数属于哪一列，因此不提供自动修复。', 'Each row of 表三 has 7 numbers; 表二 rows have as many as their block\'s columns. Extra or missing numbers shift the rest, so it cannot be known which number belongs where: there is no automatic fix.'),
    example: { bad: '| （一）予以公开 | 5 | 0 | 0 | 0 | 5 |', note: bi('只有 5 个数，应为 7 个', '5 numbers instead of 7') },
  },
  check(ctx) {
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3]) {
      if (!t || t.broken) continue;
      for (const r of t.rows) {
        if (!r.cells.length || r.match.kind === 'absent' || r.cellCount === 0 || r.cellCount === r.cells.length) continue;
        const first = r.cells.find(Boolean);
        ctx.add({
          message: bi(`${t.name}“${r.label}”行有 ${r.cellCount} 个数值，格式规定为 ${r.cells.length} 个。`, `${t.name} row “${r.label}” has ${r.cellCount} values; the template has ${r.cells.length}.`),
          range: r.match.range ?? first!.range,
          expected: r.cells.length,
          actual: r.cellCount,
          data: { table: t.id, row: r.id },
        });
      }
    }
  },
};
