import type { Rule } from './rule.js';
import type { TableModel, TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { bi } from './util.js';
import { DELIMITER_ROW, quoteMarkers, unquoted } from '../suppress.js';
import { labelKey } from '../text/normalize.js';
import { splitPipes } from '../text/blocks.js';

/** `1 cell`, `3 cells`. */
const cellsEn = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
import { LIST_MARKER_BEFORE_PIPE } from '../parse/tokens.js';

/**
 * A pipe table of the report (表二, 表三, 表四) that does not render as written (helper-209 #4): GFM (GitHub, GitLab,
 * VS Code's preview, markdown-it) takes a pipe table's width from its header row. Rows with more cells than the header
 * lose the extra ones when shown, and a header whose delimiter row (`| --- |`) has another number of cells makes no
 * table at all. The checker reads every cell, so the sums pass while the published table lacks numbers.
 */
export const tableHeaderWidth: Rule = {
  meta: {
    id: 'table-header-width',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('竖线表格的表头格数少于各行（或与分隔行不同），渲染时丢格或不成表格', 'A pipe table\'s header has fewer cells than its rows (or than its delimiter row): cells are dropped, or no table is shown'),
    rationale: bi(
      'Markdown（GitHub、GitLab、VS Code 预览）按竖线表格表头行的格数显示整张表：各行多出表头的格在显示时被丢掉，表头与其下的分隔行（`| --- |`）格数不同时整张表都不渲染为表格。本工具照样读取每一格，合计都能核对通过，发布出去的表格却缺了数。表二、表三、表四的竖线表格中，表头少于各行的格数，或与分隔行格数不同时，在此报告；修复在表头行末补上空的单元格、在分隔行末补上 `---`，使两者与最宽的一行同宽（不删改任何文字；请随后写上缺少的列名）；表头的第一格就是列名（“| 自然人 | … |”，丢了左上角的格），或只少一格而各行以序号列开头（Word 表格左上角的格跨过序号列和标签列）时，空单元格补在表头行首；表三的表头按格式的顺序写列名、只是漏了几列（如“法律服务机构”与“总计”之间漏了“其他”）时，消息指出漏了哪几列，修复把列名补在应在的位置；表头上一行也是竖线表格的行时（表头被拆成了几行），只提示合并表头，不自动修改；只有少数几行比表头宽（单元格文字里写了竖线）时，在那一行报告，不自动修改。写在一行最后一格之后的 HTML 注释（comment-in-table 的修复这样放置）不算一格。',
      'Markdown (GitHub, GitLab, the VS Code preview) shows a pipe table as wide as its header row: cells of a row beyond the header\'s are dropped when shown, and a header whose delimiter row (`| --- |`) has another number of cells makes no table at all. This checker reads every cell, so the sums pass while the published table lacks numbers. In the pipe tables of 表二, 表三 and 表四, a header with fewer cells than the rows, or with another number of cells than its delimiter row, is reported here; the fix adds empty cells at the end of the header and `---` at the end of the delimiter row, as wide as the widest row (no text is changed or removed; write the missing column names afterwards); when the header\'s first cell is a column\'s name (`| 自然人 | … |`, the corner cell lost), or the header is one cell short over rows that open with a column of row numbers (a Word table\'s corner cell spanning the 序号 and label columns), the empty cells go at its start; when 表三\'s header names the template\'s columns in order with some left out (其他 missing between 法律服务机构 and 总计), the message names them and the fix writes each name where it belongs; when the line above the header is a pipe row too (a header broken over lines), it asks to join the header, without a fix; when only a few rows are wider than the header (a pipe typed inside a cell\'s text), the first of them is said, without a fix. An HTML comment after a row\'s last cell (where comment-in-table\'s fix puts one) is no cell.'),
    example: { bad: '| 行政复议 | 行政诉讼 |\n| --- | --- |\n| 2 | 0 | 1 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |', note: bi('表头 2 格，数值行 15 格：显示时只剩前 2 个数', 'a header of 2 cells over a row of 15: only the first 2 numbers are shown') },
  },
  check(ctx) {
    const { lines } = ctx.report;
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3, ctx.report.tables.t4]) {
      if (!t || t.layout !== 'pipe' || t.split) continue;
      // Rows the table model read as moved by a stray cell: value-in-label says so, with its fix (the same row once).
      const strayLines = new Set(t.rows.filter((r) => r.strayCells).map((r) => r.strayCells!.first.start.line));
      for (const block of pipeBlocks(lines, t)) {
        const { header, delimiter, rows, rowAbove } = block;
        // A "header" of numbers is a data row that a table pasted in pieces (each with its own `| --- |`) put on top:
        // its missing label is row-label's or row-missing's to say, not a header to widen.
        if (/\|\s*[-+]?[0-9０-９][0-9０-９,.]*\s*(?=\||$)/.test(unquoted(lines.line(header)))) continue;
        // (A comment after the header's or the delimiter row's last pipe is a cell of it for GFM: no table then.)
        const h = gfmCells(lines.line(header), true), d = gfmCells(lines.line(delimiter), true);
        const counted = rows.filter((r) => !strayLines.has(r));
        const counts = counted.map((r) => gfmCells(lines.line(r)));
        const widest = Math.max(0, ...counts);
        if (h === d && widest <= h) continue;
        const wider = counts.filter((n) => n > h).length;
        // A few rows wider than a header the others fit (a `|` typed inside a label): those rows are the odd ones, said
        // at the first, without a fix (helper-211 #3: widening the header moved every other row's numbers).
        if (h === d && wider * 2 < counts.length) {
          const at = counted[counts.findIndex((n) => n > h)];
          ctx.add({
            message: bi(
              `${t.name}的这一行有 ${gfmCells(lines.line(at))} 格，比表头（${h} 格）多：Markdown 显示时多出的格被丢掉，这一行的数也可能错了列。单元格文字中的竖线请写成 \\|，多出的空单元格请删去。未自动修改。`,
              `This row of ${t.name} has ${gfmCells(lines.line(at))} cells, more than the header's ${h}: Markdown drops the extra cells when shown, and the row's numbers may stand in the wrong columns. Write a pipe inside a cell's text as \\| and delete extra empty cells. Not changed automatically.`),
            range: lines.range(at, 0, lines.line(at).trimEnd().length),
            data: { table: t.id },
          });
          continue;
        }
        const width = Math.max(h, d, widest);
        // The header's first cell a column's name (`| 自然人 | … |`, the corner cell lost): the missing cells go first
        // (helper-211 #2: added at the end, every column name stood one column off).
        const columnKeys = new Set(t.columns.slice(1).map((c) => labelKey(c.label)));
        const firstCell = splitPipes(unquoted(lines.line(header)).trim().replace(/^\|/, ''))[0].trim();
        // Or the rows open with a column of row numbers (`| 1 | 一、本年新收… |`) that the header's corner cell spans in the
        // Word table (helper-214 #4): the missing cell is that column's, first.
        const numbered = counted.filter((r) => /^\|?\s*\d{1,3}\s*\|/.test(unquoted(lines.line(r)).trim())).length;
        const atStart = columnKeys.has(labelKey(firstCell)) || (width - h === 1 && numbered * 2 > counted.length);
        const edits: TextEdit[] = [];
        // 表三's header naming its columns in the template's order with some left out (`… | 法律服务机构 | 总计 |`): the
        // names of those it lacks go where they belong (brk85 #5: an empty cell at the end put 总计 over 其他's numbers).
        const named = width > h && !atStart ? namedColumnInserts(lines, header, t, width - h) : null;
        if (named) edits.push(...named.edits);
        else if (width > h) edits.push(atStart ? prependCells(lines, header, width - h) : appendCells(lines, header, width - h, ' '));
        if (width > d) edits.push(appendCells(lines, delimiter, width - d, '---'));
        // A pipe row right above the header (`rowAbove`): the header was likely broken over lines (helper-209 #4's
        // split header). Widening its last line would not mend it: said, not fixed.
        ctx.add({
          message: rowAbove
            ? bi(
              `${t.name}的表头似乎被拆成了几行（上一行也是竖线表格的行）：紧挨分隔行（| --- |）的一行只有 ${h} 格，而分隔行有 ${d} 格、各行多达 ${widest} 格，Markdown 不能把它渲染为应有的表格。请把表头合并为一行，与分隔行同宽。未自动修改。`,
              `${t.name}'s header seems broken over lines (the line above it is a pipe row too): the line right above the delimiter row (| --- |) has ${h} cells, the delimiter row ${d} and the rows up to ${widest}, so Markdown cannot show the table as it should. Join the header into one line as wide as the delimiter row. Not changed automatically.`)
            : named
            ? bi(
              `${t.name}的表头缺少${named.missing.map((m) => `“${m.label}”列（应在${m.where.zh}）`).join('、')}：表头有 ${h} 格，${h !== d ? `其下的分隔行（| --- |）有 ${d} 格，Markdown 不把它渲染为表格` : `各行有 ${width} 格，Markdown 按表头显示，其后各列的数显示在错误的列名下，最后一列不显示`}。请补上缺少的列名（修复在应在的位置补上${named.missing.map((m) => `“${m.label}”`).join('、')}${width > d ? '，并把分隔行补到同宽' : ''}）。`,
              `${t.name}'s header lacks the column${named.missing.length > 1 ? 's' : ''} ${named.missing.map((m) => `“${m.label}” (${m.where.en})`).join(', ')}: the header has ${cellsEn(h)} ${h !== d ? `and its delimiter row (| --- |) ${d}, so Markdown shows no table` : `and the rows ${width}, so Markdown shows the numbers after it under the wrong names and drops the last column`}. Add the missing name${named.missing.length > 1 ? 's' : ''} (the fix writes ${named.missing.map((m) => `“${m.label}”`).join(', ')} where ${named.missing.length > 1 ? 'they belong' : 'it belongs'}${width > d ? ' and widens the delimiter row' : ''}).`)
            : h !== d
            ? bi(
              `${t.name}的表头有 ${h} 格，其下的分隔行（| --- |）有 ${d} 格：两者格数不同，Markdown 不把它渲染为表格，整张表显示为一行行竖线文字。请让表头、分隔行与各行同宽（修复在较短的一行末补上单元格，共 ${width} 格）。`,
              `${t.name}'s header has ${cellsEn(h)} and its delimiter row (| --- |) ${d}: with different counts, Markdown shows no table, only lines of pipes. Make the header and the delimiter row as wide as the rows (the fix adds cells to the shorter, ${width} in all).`)
            : bi(
              `${t.name}的表头只有 ${h} 格，而下面 ${wider} 行有多达 ${widest} 格：Markdown 按表头的格数显示整张表，每行只显示前 ${h} 格，其后的数在发布的表格中看不到。请在表头补上缺少的列名（修复在表头和分隔行末补上 ${width - h} 个空单元格，请随后写上列名）。`,
              `${t.name}'s header has only ${cellsEn(h)} while ${wider} row${wider > 1 ? 's have' : ' has'} up to ${widest}: Markdown shows the table as wide as its header, so each row shows ${h === 1 ? 'its first cell' : `its first ${h} cells`} and the numbers after ${h === 1 ? 'it' : 'them'} are not seen in the published table. Add the missing column names to the header (the fix adds ${width - h} empty cell${width - h === 1 ? '' : 's'} to the header and the delimiter row; write ${width - h === 1 ? 'the name in it' : 'the names in them'}).`),
          range: lines.range(header, 0, lines.line(header).trimEnd().length),
          fix: rowAbove ? undefined : {
            title: fixTitle(named?.missing.map((m) => m.label) ?? null, width > h, width > d, width),
            edits,
          },
          data: { table: t.id },
        });
      }
    }
  },
};

/**
 * The fix's title, by what its edits do: the column names it writes into the header (`named`) or the empty cells it
 * adds there (`header`), and the cells it adds to the delimiter row (`delimiter`), each to `width` cells. (brk163 #3: a
 * header of 4 cells over a half-typed `|---|--` was fixed by completing the delimiter row, titled 把表头补到 4 格.)
 */
function fixTitle(named: string[] | null, header: boolean, delimiter: boolean, width: number): { zh: string; en: string } {
  const delimiterZh = `把分隔行（| --- |）补到 ${width} 格`, delimiterEn = `widen the delimiter row (| --- |) to ${width} cells`;
  if (named) {
    const zh = `在表头补上${named.map((l) => `“${l}”`).join('、')}`, en = `Add ${named.map((l) => `“${l}”`).join(', ')} to the header`;
    return delimiter ? bi(`${zh}，${delimiterZh}`, `${en} and ${delimiterEn}`) : bi(zh, en);
  }
  if (header && delimiter) return bi(`把表头和分隔行（| --- |）补到 ${width} 格`, `Widen the header and the delimiter row (| --- |) to ${width} cells`);
  if (header) return bi(`把表头补到 ${width} 格`, `Widen the header to ${width} cells`);
  return bi(delimiterZh, delimiterEn.charAt(0).toUpperCase() + delimiterEn.slice(1));
}

/**
 * The GFM tables of table `t`'s lines (0-based): each delimiter row (`| --- |`, in a blockquote after its markers) with
 * the pipe row above it (the header) and the pipe rows below it up to the next non-row line or delimiter row, and
 * whether a pipe row stands above the header too (`rowAbove`). The search starts two lines above the table's range
 * (its header may lie above the first row read).
 */
function pipeBlocks(lines: LineIndex, t: TableModel): { header: number; delimiter: number; rows: number[]; rowAbove: boolean }[] {
  const out: { header: number; delimiter: number; rows: number[]; rowAbove: boolean }[] = [];
  const start = Math.max(1, t.range.start.line - 2), end = Math.min(lines.lineCount - 1, t.range.end.line + 1);
  // (Cheap tests first: this runs on every version of a document being edited.)
  const isDelimiter = (text: string) => text.includes('-') && text.includes('|') && DELIMITER_ROW.test(unquoted(text));
  const row = (i: number) => i < lines.lineCount && lines.line(i).includes('|') && !isDelimiter(lines.line(i));
  for (let i = start; i <= end; i++) {
    if (!isDelimiter(lines.line(i)) || !row(i - 1)) continue;
    const rows: number[] = [];
    for (let k = i + 1; row(k); k++) rows.push(k);
    out.push({ header: i - 1, delimiter: i, rows, rowAbove: i > 1 && row(i - 2) });
  }
  return out;
}


/**
 * The cells GFM sees on pipe row `line` (in a blockquote after its markers): split at unescaped `|`, the outer pipes
 * not counted, and a last cell holding only an HTML comment (`| 24 | <!-- 注 -->`) left out (counted with
 * `commentsCount`: after a header or a delimiter row's last pipe, GFM counts it).
 */
function gfmCells(line: string, commentsCount = false): number {
  // (A table opening a list item, `- | 信息内容 | … |`: the marker is the item's, no cell; helper-219 #1.)
  let t = (line.trimStart().startsWith('>') ? unquoted(line) : line).trim().replace(LIST_MARKER_BEFORE_PIPE, '');
  if (!commentsCount && t.includes('<!--')) t = t.replace(/(?:\s*<!--(?:(?!-->).)*-->)+\s*$/, '');
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  let n = 1;
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) if (t.charCodeAt(i - 1) !== 0x5c) n++;
  return n;
}

/**
 * For 表三 (`t`) whose header row `line` names the template's columns in order with exactly `n` of them left out
 * (`| （本列数据…） | 自然人 | … | 法律服务机构 | 总计 |`): the edits writing each missing name as a cell where it
 * belongs (after the pipe that opens the cell it goes before, or after the last pipe), and what each is and where.
 * Null for another table, a header not closed by a pipe, a cell that names no column or one out of order, or
 * another number left out.
 */
function namedColumnInserts(lines: LineIndex, line: number, t: TableModel, n: number): { edits: TextEdit[]; missing: { label: string; where: { zh: string; en: string } }[] } | null {
  if (t.id !== 't3') return null;
  const text = lines.line(line);
  const lead = quoteMarkers(text).length;
  const end = text.trimEnd().length;
  if (text.slice(lead).trimStart()[0] !== '|' || text[end - 1] !== '|' || text[end - 2] === '\\') return null;
  const pipes: number[] = [];
  for (let i = text.indexOf('|', lead); i >= 0 && i < end; i = text.indexOf('|', i + 1)) if (text.charCodeAt(i - 1) !== 0x5c) pipes.push(i);
  const cells = pipes.slice(0, -1).map((p, k) => labelKey(text.slice(p + 1, pipes[k + 1])));
  const columns = t.columns.slice(1).map((c) => c.label);
  const keys = columns.map(labelKey);
  // The corner cell first (a note, or empty), then the columns' names.
  if (!cells.length || keys.includes(cells[0])) return null;
  const inserts = new Map<number, string[]>();
  const missing: { label: string; where: { zh: string; en: string } }[] = [];
  let c = 1;
  for (let k = 0; k < keys.length; k++) {
    if (c < cells.length && cells[c] === keys[k]) { c++; continue; }
    // Column k is not written: it goes before header cell c (after the pipe that opens it), or at the end.
    const at = c < cells.length ? pipes[c] + 1 : pipes[pipes.length - 1] + 1;
    inserts.set(at, [...(inserts.get(at) ?? []), columns[k]]);
    const prev = k > 0 ? columns[k - 1] : null, next = k + 1 < columns.length ? columns[k + 1] : null;
    missing.push({
      label: columns[k],
      where: prev && next ? { zh: `“${prev}”与“${next}”之间`, en: `between “${prev}” and “${next}”` } : prev ? { zh: `“${prev}”之后`, en: `after “${prev}”` } : { zh: `“${next}”之前`, en: `before “${next}”` },
    });
  }
  if (c !== cells.length || missing.length !== n) return null;
  const compact = isCompact(lines.line(line));
  const edits = [...inserts].map(([at, labels]) => ({ range: lines.range(line, at, at), newText: labels.map((l) => (compact ? `${l}|` : ` ${l} |`)).join('') }));
  return { edits, missing };
}

/**
 * Whether pipe row `text` is written compact, no space beside any of its pipes (`|维持|纠正|`, `|---|---|`): the cells
 * a fix adds to it are written so too (brk103 #5: a compact table got padded cells, half and half).
 */
function isCompact(text: string): boolean {
  const t = unquoted(text).trim();
  return t.includes('|') && !/[ \t\u3000]\||\|[ \t\u3000]/.test(t);
}

/** The edit adding `n` empty cells at the start of pipe row `line` (after its first pipe, or before its text). */
function prependCells(lines: LineIndex, line: number, n: number): TextEdit {
  const text = lines.line(line);
  const lead = quoteMarkers(text).length;
  const bar = text.indexOf('|', lead);
  const opened = bar >= 0 && text.slice(lead, bar).trim() === '';
  const at = opened ? bar + 1 : lead + (unquoted(text).length - unquoted(text).trimStart().length);
  return { range: lines.range(line, at, at), newText: opened ? (isCompact(text) ? '|' : '   |').repeat(n) : '   | '.repeat(n) };
}

/** The edit appending `n` cells holding `cell` to pipe row `line` (after its last pipe, before white space at the end). */
function appendCells(lines: LineIndex, line: number, n: number, cell: string): TextEdit {
  const text = lines.line(line);
  const end = text.trimEnd().length;
  const closed = text.slice(0, end).endsWith('|');
  const c = cell.trim();
  const added = isCompact(text) ? (closed ? `${c}|` : `|${c}`).repeat(n) : closed ? ` ${cell} |`.repeat(n) : ` | ${cell}`.repeat(n);
  return { range: lines.range(line, end, end), newText: added };
}
