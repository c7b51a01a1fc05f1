import type { Rule } from './rule.js';
import { bi } from './util.js';

/** Blank value cells where the template expects a number (blank is not 0). One finding per row. */
export const cellBlank: Rule = {
  meta: {
    id: 'cell-blank',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('应填数字的单元格为空（空白不等于 0）', 'A value cell is blank where the template expects a number (blank is not 0)'),
    rationale: bi('格式要求每个单元格都填数字，没有发生的填 0。空白单元格无法区分“为 0”和“漏填”，含空白的列和行也无法核对勾稽关系。修复会在空白单元格中填 0（请确认确实为 0）。', 'Every cell takes a number, 0 where nothing happened. A blank cannot be told apart from a cell left out, and its column and row cannot be checked. The fix writes 0 into the blank cells (confirm that 0 is right).'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | 26 |  |  |  |  |  | 26 |', note: bi('五个空白单元格', 'five blank cells') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t || t.broken) continue;
      for (const r of t.rows) {
        if (r.match.kind === 'absent') continue;
        const blanks = r.cells.map((c, i) => ({ c, i })).filter((x) => x.c && x.c.raw === '');
        if (!blanks.length) continue;
        const names = blanks.map((b) => columnName(t, b.i));
        ctx.add({
          message: bi(
            `${t.name}“${r.label}”行有 ${blanks.length} 个空白单元格（${names.join('、')}）：空白不等于 0，没有发生的请填 0。`,
            `${t.name} row “${r.label}” has ${blanks.length} blank cell(s) (${names.join(', ')}): blank is not 0; write 0 where nothing happened.`),
          range: blanks[0].c!.range,
          fix: { title: bi('在空白单元格中填 0', 'Write 0 in the blank cells'), edits: blanks.map((b) => ({ range: b.c!.range, newText: '0' })) },
          data: { table: t.id, row: r.id },
        });
      }
    }
  },
};

function columnName(t: import('../types.js').TableModel, i: number): string {
  if (t.id === 't3') return t.columns[i + 1]?.label ?? String(i + 1);
  if (t.id === 't4') return `第${i + 1}项`;
  return `第${i + 1}列`;
}
