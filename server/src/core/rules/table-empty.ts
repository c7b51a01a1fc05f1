import type { Rule } from './rule.js';
import { bi, hasAnyValue } from './util.js';
import type { LineIndex } from '../text/lines.js';
import type { TableModel } from '../types.js';

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
      // Rows whose numbers stand on the label's line but in no cell (`一、本年新收…：40，3，0，1，2，0，46`, a table
      // typed as a list): the numbers are there, not blank (brk109 #4).
      const listed = rowsWithNumbersInText(ctx.report.lines, t);
      ctx.add({
        message: listed.length >= 3
          ? bi(`${t.name}的各行数字没有写在单元格中，而是接在行名之后（如第 ${listed[0].line + 1} 行“${listed[0].label}：${listed[0].numbers}”），没有读出任何数值，表中的数都未检查。请按格式写成每行一行、每个数各占一格的表格（“| ${listed[0].label} | ${listed[0].numbers.split(/\s*[，,、]\s*/).slice(0, 2).join(' | ')} | … |”），或从原表复制粘贴。`,
            `${t.name}'s numbers are not in cells but run on after each row's name (line ${listed[0].line + 1}: “${listed[0].label}：${listed[0].numbers}”), so no value was read and none of the table's numbers is checked. Write it as the format's table, a row a line with each number in a cell of its own (“| ${listed[0].label} | ${listed[0].numbers.split(/\s*[，,、]\s*/).slice(0, 2).join(' | ')} | … |”), or paste it from the original table.`)
          : t.rows.every((r) => r.match.kind === 'absent')
            // Only the header is there (every labelled row deleted, or never pasted): the rows are missing, not
            // blank, so "fill in the numbers" would send the user to cells that do not exist (brk123 #7).
            ? bi(`${t.name}只有表头，格式规定的各行（${t.rows.slice(0, 2).map((r) => r.label).join('、')}等）都缺失：请按格式补上各行并填写数字（没有发生的填 0）。`,
              `${t.name} has only its header: every row the format names (${t.rows.slice(0, 2).map((r) => r.label).join(', ')}, …) is missing. Add the rows as the format has them and fill in their numbers (0 where nothing happened).`)
            : bi(`${t.name}的数值单元格全部为空：请填写各项数字（没有发生的填 0）。`, `Every value cell of ${t.name} is blank: fill in the numbers (0 where nothing happened).`),
        range: { start: t.range.start, end: { line: t.range.start.line, character: ctx.report.lines.line(t.range.start.line).length } },
        data: { table: t.id },
      });
    }
  },
};

/**
 * The lines of table `t` (0-based, `t.range`) that are a label and then three or more numbers run together in the
 * text, outside any cell (`一、本年新收政府信息公开申请数量：40，3，0，1，2，0，46`: a table typed as a list), with the
 * label and the numbers as written (the numbers at most 40 UTF-16 units).
 */
function rowsWithNumbersInText(lines: LineIndex, t: TableModel): { line: number; label: string; numbers: string }[] {
  const out: { line: number; label: string; numbers: string }[] = [];
  for (let l = t.range.start.line; l <= t.range.end.line && l < lines.lineCount; l++) {
    const m = LISTED_ROW.exec(lines.line(l));
    if (m) out.push({ line: l, label: m[1].trim(), numbers: m[2].length > 40 ? `${m[2].slice(0, 40)}…` : m[2] });
  }
  return out;
}

/** A label, a colon (or spaces), and three or more numbers separated by commas or `、`, and nothing else. */
const LISTED_ROW = /^\s*([^|｜\t0-9０-９][^|｜\t]*?)\s*[：:]\s*([0-9０-９]+(?:\s*[，,、]\s*[0-9０-９]+){2,})\s*[。.；;]?\s*$/;
