import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { bi } from './util.js';
import { DELIMITER_ROW } from '../suppress.js';
import { indentColumns } from '../text/normalize.js';

/** A list item's marker (`- `, `* `, `+ `, `1. `, `1) `): its indented lines are the item's, not code. */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;


/**
 * A pipe table of the report (表二, 表三, 表四) indented by four spaces or a tab (helper-213 #5): Markdown (CommonMark, GFM)
 * reads lines so indented after a blank line as an indented code block, and shows the table as lines of code, not a
 * table. The checker reads it as a table; the published report would lose it.
 */
export const tableIndented: Rule = {
  meta: {
    id: 'table-indented',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('竖线表格缩进了四个空格（或一个制表符），Markdown 把它显示为代码块', 'A pipe table is indented by four spaces (or a tab): Markdown shows it as a code block'),
    rationale: bi(
      'Markdown（CommonMark、GitHub、VS Code 预览）把空行之后缩进四个空格（或一个制表符）以上的行当作代码块：缩进的竖线表格显示为一行行等宽文字，而不是表格，发布的报告就没有这张表了。本工具照样把它当作表格检查。表二、表三、表四的竖线表格（表头、分隔行和各行）这样缩进时在此报告；修复删去这些行行首的空白，单元格内容不变。写在列表项之下的表格（缩进属于列表项）不报告。',
      'Markdown (CommonMark, GitHub, the VS Code preview) reads lines indented by four spaces (or a tab) or more after a blank line as a code block: an indented pipe table shows as lines of monospaced text, not as a table, and the published report loses it. This checker still reads it as a table. A pipe table of 表二, 表三 or 表四 (header, delimiter row and rows) so indented is reported here; the fix removes the white space at the start of those lines, the cells unchanged. A table under a list item (whose indentation belongs to the item) is not reported.'),
    example: { bad: '    | 信息内容 | 本年制发件数 |\n    | --- | --- |\n    | 规章 | 0 |', note: bi('缩进四个空格：显示为代码块', 'indented by four spaces: shown as a code block') },
  },
  check(ctx) {
    const { lines } = ctx.report;
    const done = new Set<number>();
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3, ctx.report.tables.t4]) {
      if (!t || t.layout !== 'pipe') continue;
      const start = Math.max(1, t.range.start.line - 3), end = Math.min(lines.lineCount - 1, t.range.end.line + 1);
      for (let i = start; i <= end; i++) {
        const block = indentedTable(lines, i);
        if (!block || done.has(block.header)) continue;
        done.add(block.header);
        const edits: TextEdit[] = [];
        for (let k = block.header; k <= block.last; k++) {
          const text = lines.line(k);
          const lead = text.length - text.trimStart().length;
          if (lead) edits.push({ range: lines.range(k, 0, lead), newText: '' });
        }
        ctx.add({
          message: bi(
            `${t.name}的竖线表格缩进了 ${block.indent} 个空格（第 ${block.header + 1}–${block.last + 1} 行）：Markdown 把空行后缩进四格以上的行显示为代码块，发布时这张表显示为一行行文字而不是表格。请删去这些行行首的空白（修复这样做）。`,
            `${t.name}'s pipe table is indented by ${block.indent} spaces (lines ${block.header + 1}–${block.last + 1}): Markdown shows lines indented by four or more after a blank line as a code block, so the published table would show as lines of text. Remove the white space at the start of these lines (the fix does).`),
          range: lines.range(block.header, 0, lines.line(block.header).trimEnd().length),
          fix: { title: bi('删去表格行首的缩进', 'Remove the table\'s indentation'), edits },
          data: { table: t.id },
        });
      }
    }
  },
};

/**
 * The indented pipe table whose delimiter row is line `i` (0-based): its header (the line above), its last row, and
 * the header's indentation; null when line `i` is no delimiter row indented by four or more, the header is not
 * indented so too, the line above the header is not blank (an indented line cannot interrupt a paragraph: no code
 * block), or the table stands under a list item.
 */
function indentedTable(lines: LineIndex, i: number): { header: number; last: number; indent: number } | null {
  const d = lines.line(i);
  if (!d.includes('|') || !d.includes('-') || indentColumns(d) < 4 || !DELIMITER_ROW.test(d.trimStart())) return null;
  const header = i - 1;
  const h = lines.line(header);
  const indent = indentColumns(h);
  if (indent < 4 || !h.includes('|')) return null;
  if (header > 0 && lines.line(header - 1).trim() !== '') return null;
  // Up to the nearest line that is not indented: a list item's lines may be indented (the table is the item's).
  for (let p = header - 1; p >= 0; p--) {
    const text = lines.line(p);
    if (!text.trim() || indentColumns(text) > 0 && !LIST_ITEM.test(text)) continue;
    if (LIST_ITEM.test(text)) return null;
    break;
  }
  let last = i;
  while (last + 1 < lines.lineCount && lines.line(last + 1).includes('|') && indentColumns(lines.line(last + 1)) >= 4) last++;
  return { header, last, indent };
}
