import type { Rule } from './rule.js';
import { bi, hasAnyValue } from './util.js';

/** A table whose labels are present but whose value cells are all blank or absent. */
export const tableEmpty: Rule = {
  meta: {
    id: 'table-empty',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('表格有标签但没有任何数值', 'A table has its labels but no values'),
    rationale: bi('表格的行列标签都在，但所有数值单元格都是空的，说明表格没有填报（或数值在粘贴时丢失）。没有数据就无法核对勾稽关系。', 'The labels are there but every value cell is blank: the table was not filled in, or its numbers were lost when pasting.'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 |  |  |  |  |  |  |  |', note: bi('没有数值', 'no values') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      const anyLabel = t.rows.some((r) => r.match.kind !== 'absent') || t.columns.some((c) => c.match.kind === 'exact');
      if (hasAnyValue(t) || !anyLabel) continue;
      ctx.add({
        message: bi(`${t.name}的数值单元格全部为空：请填写各项数字（没有发生的填 0）。`, `Every value cell of ${t.name} is blank: fill in the numbers (0 where nothing happened).`),
        range: { start: t.range.start, end: { line: t.range.start.line, character: ctx.report.lines.line(t.range.start.line).length } },
        data: { table: t.id },
      });
    }
  },
};
