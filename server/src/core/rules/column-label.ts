import type { Rule } from './rule.js';
import { bi, inStyleOf } from './util.js';

/**
 * A column header (or 表三's corner note) that is a misspelling or truncation (`商业机构`, `采购金额`); or a 表三 header
 * cell that names no column at its position (a label twice, an empty cell, `合计` for 总计).
 */
export const columnLabel: Rule = {
  meta: {
    id: 'column-label',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('列标题与格式不一致（错字、截断、重复、空白）', 'A column header misspells, truncates, repeats or leaves out the template\'s'),
    rationale: bi('列标题（以及表三左上角的勾稽关系说明）由格式逐字规定，如“商业企业”不是“商业机构”，“采购总金额”不是“采购金额”，表四的“结果纠正”不是“结果纠证”。表三表头中重复的列名、空白的列名或非格式的列名（如把“总计”写成“合计”）也在此提示，各行的数按格式的列顺序读取。修复会换成格式规定的文字（表三按位置补写，只在该列名在表头中缺失时）。', 'Column headers (and the corner note of 表三, and the 表四 labels such as 结果纠正) are fixed by the format. A 表三 header naming a column twice, leaving one empty or using another word (合计 for 总计) is reported here too, and its rows are read in the template\'s order. The fix writes the template\'s text (in 表三 by position, only when that label is missing from the header).'),
    example: { bad: '| 商业机构 | 科研机构 | … |', note: bi('应为“商业企业”', 'should be 商业企业') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      for (const c of t.columns) {
        if (c.match.kind !== 'misspelled' || !c.match.range) continue;
        const to = inStyleOf(c.match.raw, c.label);
        ctx.add({
          message: bi(`${t.name}的列标题“${c.match.raw}”与格式不一致，应为“${c.label}”。`, `${t.name} column header “${c.match.raw}” differs from the template: “${c.label}”.`),
          range: c.match.range,
          fix: { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [{ range: c.match.range, newText: to }] },
          data: { table: t.id, column: c.id },
        });
      }
      for (const h of t.headerLabels ?? []) {
        if (t.broken) break;
        const what = h.kind === 'duplicate'
          ? bi(`列标题“${h.raw}”与另一列重复`, `column header “${h.raw}” repeats another column's`)
          : h.kind === 'blank'
            ? bi('列标题为空', 'a column header is empty')
            : bi(`列标题“${h.raw}”不是格式的列名`, `column header “${h.raw}” is not one of the template's`);
        ctx.add({
          message: bi(
            `${t.name}的${what.zh}；按位置应为“${h.label}”。各行的数已按格式的列顺序（位置）读取。`,
            `${t.name}: ${what.en}; by its position it should be “${h.label}”. Each row's numbers were read by position (the template's order).`),
          range: h.range,
          fix: h.fix ? { title: bi(`改为“${h.label}”`, `Change to “${h.label}”`), edits: [{ range: h.range, newText: h.label }] } : undefined,
          data: { table: t.id, column: h.column },
        });
      }
    }
  },
};
