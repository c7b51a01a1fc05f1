import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { bi } from './util.js';
import { DELIMITER_ROW, quoteMarkers, unquoted } from '../suppress.js';
import { indentColumns } from '../text/normalize.js';

/** A list item's start: its indentation, its marker (`-`, `*`, `+`, `1.`, `1)`) and the white space after it. */
const LIST_ITEM_START = /^(\s*)([-*+]|\d{1,9}[.)])([ \t]+)(?=\S)/;


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
    description: bi('竖线表格缩进了四个空格（或一个制表符）以上，Markdown 不把它显示为表格', 'A pipe table is indented by four spaces (or a tab) or more: Markdown does not show it as a table'),
    rationale: bi(
      'Markdown（CommonMark、GitHub、VS Code 预览）不把缩进四个空格（或一个制表符）以上的行读作表格：空行之后的缩进表格显示为代码块（一行行等宽文字），紧接在一段文字之下的、或只有分隔行缩进的，并入那段文字；表格中缩进四格以上的行不接在表格里，表格在它之前结束。发布的报告就没有这张表（或缺了这些行），本工具却照样把它当作表格检查。表二、表三、表四的竖线表格（表头、分隔行和各行）这样缩进时在此报告；修复删去这些行行首多余的空白，单元格内容不变。缩进从表格所在的容器算起：引用块（“> ”）之后，列表项之下则从列表项的内容列算起（“- 项目”之下缩进两格的表格属于列表项，照常显示）。',
      'Markdown (CommonMark, GitHub, the VS Code preview) does not read lines indented by four spaces (or a tab) or more as a table: an indented table after a blank line shows as a code block (lines of monospaced text); one right under a line of text, or with only its delimiter row indented, joins that text; a row so indented does not continue a table, which ends before it. The published report loses the table (or those rows), while this checker still reads it as a table. A pipe table of 表二, 表三 or 表四 (header, delimiter row and rows) so indented is reported here; the fix removes the extra white space at the start of those lines, the cells unchanged. Indentation counts from the table\'s container: after a blockquote\'s “> ”, and under a list item from the item\'s content column (a table indented two spaces under “- item” belongs to the item and shows as a table).'),
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
        const first = block.fixed[0] + 1, last = block.fixed[block.fixed.length - 1] + 1;
        const where = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
        const whereEn = first === last ? `line ${first}` : `lines ${first}–${last}`;
        const within = block.base ? '（列表项内容列之外）' : '';
        const withinEn = block.base ? ' beyond its list item\'s content' : '';
        const [shown, shownEn] = block.shown === 'code'
          ? ['Markdown 把空行后缩进四格以上的行显示为代码块，发布时这张表显示为一行行文字而不是表格', 'Markdown shows lines indented by four or more after a blank line as a code block, so the published table would show as lines of text']
          : block.shown === 'text'
            ? ['缩进四格以上的表头或分隔行不能开始一张表格，Markdown 把这些行并入上一段文字，发布时这张表显示为一段文字', 'a header or delimiter row indented by four or more cannot start a table, so Markdown joins these lines to the text above and the published table would show as a paragraph']
            : ['缩进四格以上的行不能接在表格里，Markdown 在它之前结束表格，发布时这张表缺了这些行', 'a row indented by four or more cannot continue a table, so Markdown ends the table before it and the published table would lack these rows'];
        ctx.add({
          message: bi(
            `${t.name}的竖线表格${where}缩进了 ${block.indent} 个空格${within}：${shown}。请删去这些行行首多余的空白（修复这样做）。`,
            `${t.name}'s pipe table is indented by ${block.indent} spaces${withinEn} (${whereEn}): ${shownEn}. Remove the extra white space at the start of these lines (the fix does).`),
          range: lines.range(block.fixed[0], 0, lines.line(block.fixed[0]).trimEnd().length),
          fix: { title: bi('删去表格行首多余的缩进', 'Remove the table\'s extra indentation'), edits: block.edits },
          data: { table: t.id },
        });
      }
    }
  },
};

/** A pipe table (header, delimiter row, rows) that Markdown does not show whole because of its indentation. */
interface IndentedTable {
  /** The header row's line (0-based). */
  header: number;
  /** The lines whose indentation the fix takes out (0-based, ascending; at least one). */
  fixed: number[];
  /** The first of them's indentation beyond its container, in columns (a tab to the next multiple of four). */
  indent: number;
  /** The content column of the list item the table stands under (0: none): indentation up to it is the item's. */
  base: number;
  /**
   * What Markdown makes of it: `code`, an indented code block (the header after a blank line); `text`, lines of the
   * paragraph above (the header right under one, or the delimiter row indented); `rows`, a table without the rows
   * indented, which follow it as text.
   */
  shown: 'code' | 'text' | 'rows';
  /** Each of `fixed` indented as its container's content (the list item's column; nothing in a blockquote or at top). */
  edits: TextEdit[];
}

/**
 * The pipe table whose delimiter row is line `i` (0-based), when Markdown (CommonMark/GFM, as markdown-it renders it)
 * does not show it whole: its header or delimiter row indented by four columns or more beyond its container (the
 * line's blockquote markers, a list item's content column), which makes no table at all, or rows so indented, which
 * end the table before them. Null when line `i` is no delimiter row under a header with a bar, or no line of the
 * table is so indented.
 */
function indentedTable(lines: LineIndex, i: number): IndentedTable | null {
  const d = lines.line(i);
  const body = unquoted(d);
  if (!body.includes('|') || !body.includes('-') || !DELIMITER_ROW.test(body.trimStart())) return null;
  const header = i - 1;
  const quote = quoteMarkers(d).trim();
  const sameQuote = (k: number) => quoteMarkers(lines.line(k)).trim() === quote;
  if (!unquoted(lines.line(header)).includes('|') || !sameQuote(header)) return null;
  const base = listContentColumn(lines, header);
  const rel = (k: number) => Math.max(0, indentColumns(unquoted(lines.line(k))) - base);
  let last = i;
  while (last + 1 < lines.lineCount && sameQuote(last + 1) && unquoted(lines.line(last + 1)).includes('|')) last++;
  const fixed: number[] = [];
  for (let k = header; k <= last; k++) if (rel(k) >= 4) fixed.push(k);
  if (!fixed.length) return null;
  const above = header > 0 ? unquoted(lines.line(header - 1)).trim() : '';
  const shown = rel(header) >= 4 ? (above === '' ? 'code' : 'text') : rel(i) >= 4 ? 'text' : 'rows';
  const edits: TextEdit[] = fixed.map((k) => {
    const line = lines.line(k);
    const q = quoteMarkers(line).length;
    const rest = line.slice(q);
    return { range: lines.range(k, q, q + rest.length - rest.trimStart().length), newText: ' '.repeat(base) };
  });
  return { header, fixed, indent: rel(fixed[0]), base, shown, edits };
}

/**
 * The content column of the list item that line `header` (0-based) stands under, when it is indented at least so far
 * (its indentation up to there is the item's: `- 项目` then `  | … |`); 0 otherwise. Found at the nearest line above
 * that is not blank and not indented text.
 */
function listContentColumn(lines: LineIndex, header: number): number {
  const indent = indentColumns(unquoted(lines.line(header)));
  for (let p = header - 1; p >= 0; p--) {
    const text = unquoted(lines.line(p));
    if (!text.trim()) continue;
    const m = LIST_ITEM_START.exec(text);
    if (!m) {
      if (indentColumns(text) > 0) continue;
      return 0;
    }
    // The marker's width plus the spaces after it (one when five or more: the item then starts with code).
    const marker = indentColumns(m[1]) + m[2].length;
    let end = marker;
    for (const c of m[3]) end = c === '\t' ? end + 4 - (end % 4) : end + 1;
    const column = end - marker >= 5 ? marker + 1 : end;
    return indent >= column ? column : 0;
  }
  return 0;
}
