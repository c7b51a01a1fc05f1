import type { Rule, RuleContext } from './rule.js';
import type { RowModel, TableModel, TextEdit } from '../types.js';
import { allRowsTabJoined, bi, labelTabJoinedRows, tabJoinedRows, type TabJoinedRow } from './util.js';
import { hasHtmlCell, htmlCellAround } from '../parse/html.js';
import { count as countEn } from '../text/english.js';
import { displayWidth } from '../editor/pipeTables.js';

/**
 * A pipe table whose rows carry their numbers in one cell, separated by tabs: a spreadsheet row pasted into the
 * first value cell (`| 40⇥3⇥0⇥1⇥2⇥0⇥46 |`). Said once for the table; the fix splits the numbers into cells.
 */
export const cellTabJoined: Rule = {
  meta: {
    id: 'cell-tab-joined',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('竖线表格一行的数都粘贴进了同一个单元格（以制表符分隔）', 'A pipe table row has all its numbers pasted into one cell, separated by tabs'),
    rationale: bi(
      '从 Excel 复制一行、粘贴到竖线表格的第一个数值格时，这一行的数都落在同一个单元格里，以制表符分隔（“| 40⇥3⇥0⇥1⇥2⇥0⇥46 |”）。这样的格不是一个数，也不是说明文字：整张表只报告一次，说明是粘贴进了同一格；这些行的数不读取，相关合计不核对，也不再逐行报告为列数不符（cell-count）或数字无效（number-invalid）。数的个数与格式相符的行，修复把其中的制表符改为竖线，拆分到各列（数字本身不变）；个数不符的行无法判断各数属于哪一列，由人对照原表填写。粘贴的格后面留下的空单元格（表格原有的空格）在拆分时一并并入，拆分后这一行的格数与数的个数相同；这样的行也不报告空白单元格（cell-blank），以免在这些格里填入编造的 0。表四只有一行数值，整行这样粘贴时也由本规则报告，而不是 table-unreadable。表二、表三的一行连同行名整行粘贴进行名单元格时（“| （一）予以公开⇥21⇥2⇥…⇥24 |  |  |”），同样由本规则报告，修复拆分出行名和各数；这一行不再报告为整行空白或不在格式规定的位置（row-missing）。从网页或 PDF 复制一行时，数之间是空格（“| 1 0 0 0 0 0 1 |  |  |…”）：第一个数值格里有三个或更多以空格分隔的数、这一行其余的格都空着时，同样按此处理。表三一行中某一格有两个或更多以空格分隔的数、这一行其后的数因此左移、行末空出同样多的格（“| （一）予以公开 | 1288 21 | 0 | … | 1362 |  |”，复制时丢了一条竖线）或这一行少了同样多的格（“| 2.重复申请 | 1 0 | 0 | 0 | 1 | 0 | 2 |”），且拆开后这一行的总计等于各申请人之和时，这些数按各自的列读取（合计照常核对），在此报告，修复把它们拆到各自的单元格并删去行末空出的格；拆开后对不上的（一个数中间多了空格，如“12 88”）仍由 number-invalid 报告。制表符分隔的表三行（从 Word、Excel 复制）中两个数只隔着空格、在同一格里（“（一）予以公开⇥21 2⇥0⇥…”），其余的数之间都是制表符、这一行的数恰好齐全时，读取不受影响，但粘回表格时这一行少一格：同样在此报告，修复把空格换成制表符。HTML 表格的行（整行写在一行上）同样处理，修复把一格拆成两个 `<td>`。',
      'When a row copied from Excel is pasted into the first value cell of a pipe table, all its numbers land in that one cell, separated by tabs (| 40⇥3⇥0⇥1⇥2⇥0⇥46 |). Such a cell is neither a number nor a note: it is said once for the table; those rows\' numbers are not read and their sums not checked, and they are not reported row by row as the wrong number of cells (cell-count) or as invalid numbers (number-invalid). The fix turns the tabs into cell borders in every row with as many numbers as the template gives it (the numbers themselves unchanged); a row with more or fewer cannot be split (which column each number belongs to cannot be told) and is left for a person to fill in from the original table. Empty cells left after the pasted cell (the table\'s old cells) are taken in by the split, so the row has as many cells as numbers; nor does such a row get a cell-blank finding, whose fix would write invented 0s into them. 表四\'s one value row pasted so is reported here too, not as table-unreadable. A row of 表二 or 表三 pasted whole, label included, into its label cell (| （一）予以公开⇥21⇥2⇥…⇥24 |  |  |) is reported here as well, and the fix splits out the label and the numbers; the row is then not also called blank or out of its place (row-missing). A row copied from a web page or a PDF has spaces between its numbers (| 1 0 0 0 0 0 1 |  |  |…): three or more numbers separated by spaces in the first value cell, with the row\'s other cells empty, are taken the same way. In a 表三 row, a cell of two or more numbers spaces apart with the rest of the row moved left and as many cells left empty at its end (`| （一）予以公开 | 1288 21 | 0 | … | 1362 |  |`: a pipe lost in a copy) or the row as many cells short (`| 2.重复申请 | 1 0 | 0 | 0 | 1 | 0 | 2 |`), whose 总计 is then the sum of the applicants\' columns, is read in its columns (the sums checked) and said here; the fix splits the cell and takes out the emptied cells. One that does not add up when split (a space inside one number, `12 88`) stays number-invalid\'s. In a tab-separated 表三 row (copied from Word or Excel) where two numbers share a field a space apart (（一）予以公开⇥21 2⇥0⇥…), the other numbers tab-separated and the row with all its numbers, they read right, but pasted back into a table the row is a cell short: said here too, and the fix turns the space into a tab. An HTML row written whole on a line is handled the same way; the fix splits the cell into two `<td>`s.'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | 40\t3\t0\t1\t2\t0\t46 |', note: bi('7 个数在同一格里，以制表符分隔', '7 numbers in one cell, separated by tabs') },
  },
  check(ctx) {
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3, ctx.report.tables.t4]) {
      if (!t) continue;
      // A row pasted into its first value cell, or (表二/表三) into its label cell, label and all.
      const joined = [...tabJoinedRows(t), ...labelTabJoinedRows(ctx.report.lines, t)].sort((a, b) => a.cell.range.start.line - b.cell.range.start.line);
      // Also when that made the table unreadable (表四's one row pasted so).
      if (joined.length && (!t.broken || allRowsTabJoined(t))) tabJoined(ctx, t, joined);
      if (t.broken) continue;
      for (const r of t.rows) if (r.joinedCell && r.match.kind !== 'absent') joinedCell(ctx, t, r, r.joinedCell);
    }
  },
};

/**
 * Rows of `t` whose numbers were pasted into one cell, separated by tabs (`joined`, from `tabJoinedRows`: a
 * spreadsheet row pasted into the first value cell of a pipe table): one finding for the table, at the first such
 * cell. Its fix writes a pipe between the fields of every row that has as many fields as the template gives the row
 * cells (the tabs become cell borders; no character of the numbers changes); rows with more or fewer are named and
 * left for a person. Those rows' numbers are not read (the sums skip them) until they are split.
 */
function tabJoined(ctx: RuleContext, t: TableModel, joined: TabJoinedRow[]): void {
  const [first] = joined;
  // Tabs (a spreadsheet row), or spaces when every such row has them (a web page or a PDF copied into one cell).
  const sep = joined.every((j) => j.spaces) ? { zh: '空格', en: 'spaces', each: 'space' } : { zh: '制表符', en: 'tabs', each: 'tab' };
  // The rows split by the fix: as many numbers as the row has cells, and (in HTML) as many cells to put them in.
  const splits = new Map(joined.filter((j) => j.fields.length === j.row.cells.length).map((j) => [j, splitEdit(ctx, j)] as const));
  const fits = joined.filter((j) => splits.get(j));
  const odd = joined.filter((j) => j.fields.length !== j.row.cells.length);
  const written = (j: TabJoinedRow) => (j.label !== undefined ? [j.label, ...j.fields] : j.fields);
  const shown = (j: TabJoinedRow) => written(j).map((f) => f || '（空）').join(' ');
  const shownEn = (j: TabJoinedRow) => written(j).map((f) => f || '(empty)').join(' ');
  // Every such row pasted with its label into the label cell: said so (the row is there, not blank or misplaced).
  const withLabel = joined.every((j) => j.label !== undefined);
  const into = withLabel ? bi('连同行名一起粘贴进了行名单元格', ' together with the label pasted into the label cell') : bi('粘贴进了同一个单元格', ' pasted into one cell');
  const n = joined.length;
  // 表四's one row is its value row (its label is the template's, not written in the table).
  const rows = t.id === 't4'
    ? bi(`${t.name}的数值行的数字`, `${t.name}'s value row has its numbers`)
    : bi(`${t.name}${n > 1 ? `有 ${n} 行的数字` : `“${first.row.label}”行的数字`}`, `${t.name}: ${n > 1 ? `${n} rows have their numbers` : `row “${first.row.label}” has its numbers`}`);
  const oddNote = odd.length
    ? bi(
      `其中“${odd[0].row.label}”${odd.length > 1 ? `等 ${odd.length} 行` : '行'}有 ${odd[0].fields.length} 个数，格式规定为 ${odd[0].row.cells.length} 个，无法判断各数属于哪一列，未自动拆分，请对照原表逐格填写${fits.length ? `；其余 ${fits.length} 行可自动拆分到各列` : ''}。`,
      ` ${odd.length > 1 ? `${odd.length} rows, such as “${odd[0].row.label}”,` : `Row “${odd[0].row.label}”`} ${odd.length > 1 ? 'have' : 'has'} ${odd[0].fields.length} numbers where the template has ${odd[0].row.cells.length}: which column each belongs to cannot be told, so ${odd.length > 1 ? 'they are' : 'it is'} not split automatically; fill in the cells from the original table${fits.length ? `. The other ${fits.length} can be split into their cells automatically` : ''}.`)
    : fits.length === joined.length
      ? bi('可自动拆分到各列。', ' The fix splits them into their cells.')
      // An HTML row without the empty cells to take the numbers: not split (pipes in a cell would break the table).
      : bi('表格中这一行没有足够的空单元格可放这些数，未自动拆分：请把它们逐个填入各自的单元格。', ' The row has not enough empty cells for them, so they are not split automatically: write each into its own cell.');
  // One row: its numbers; more: those of the first that can be split (else of the first).
  const sample = fits[0] ?? first;
  const as = n > 1 ? bi(`如“${sample.row.label}”行的“${shown(sample)}”`, `such as “${shownEn(sample)}” in row “${sample.row.label}”`) : bi(`“${shown(first)}”`, `“${shownEn(first)}”`);
  const html = hasHtmlCell(ctx.report.lines.line(first.cell.range.start.line));
  const kind = html ? bi('表格', 'a table') : bi('竖线表格', 'a pipe table');
  ctx.add({
    message: bi(
      `${rows.zh}${into.zh}，用${sep.zh}分隔（${as.zh}）：${kind.zh}中每个数应在自己的单元格里，${n > 1 ? '这些行' : '这一行'}的数未读取，相关合计未核对。${oddNote.zh}`,
      `${rows.en}${into.en}, separated by ${sep.en} (${as.en}): in ${kind.en} each number goes in a cell of its own; ${n > 1 ? 'those rows\'' : 'the row\'s'} numbers were not read and their sums not checked.${oddNote.en}`),
    range: first.cell.range,
    expected: first.row.cells.length,
    actual: first.fields.length,
    ...(fits.length ? {
      fix: {
        title: bi(`把${t.name}中 ${fits.length} 行以${sep.zh}分隔的数拆分到各列`, `Split the ${sep.each}-separated numbers of ${countEn(fits.length, 'row')} of ${t.name} into their cells`),
        edits: fits.flatMap((j) => splits.get(j)!),
      },
    } : {}),
    data: { table: t.id, row: first.row.id, rows: n },
  });
}

/**
 * One finding for row `r` of `t` with several numbers spaces apart in one pipe cell, the rest of the row moved left
 * (`RowModel.joinedCell`, read in their columns): the fix writes a pipe between the numbers (a tab in a tab-separated
 * row, `markTabFieldGaps`) and takes out the empty last cells the move left. No digit changes.
 */
function joinedCell(ctx: RuleContext, t: TableModel, r: RowModel, j: NonNullable<RowModel['joinedCell']>): void {
  const raw = ctx.report.lines.slice(j.range);
  const numbers = raw.trim().split(/[ \u3000]+/);
  const line = ctx.report.lines.line(j.range.start.line);
  const tabRow = line.includes('\t') && !/[|｜]/.test(line) && !hasHtmlCell(line);
  const columns = ctx.template?.tables.t3?.columns ?? [];
  const at = r.cells.findIndex((c) => c && c.range.start.line === j.range.start.line && c.range.start.character === j.range.start.character);
  const under = numbers.map((n, k) => (columns[at + k] ? `${n}在${columns[at + k].label}列` : n));
  const underEn = numbers.map((n, k) => `${n}${columns[at + k] ? ` under ${columns[at + k].label}` : ''}`);
  ctx.add({
    message: bi(
      `${t.name}“${r.label}”行的“${raw}”是 ${j.count} 个数，写在了同一个单元格里（用空格分隔），这一行后面的数因此都错了${j.count > 2 ? ` ${j.count - 1} 列` : '一列'}${j.emptied ? '，行末空出了单元格' : ''}。已按各自的列读取（${under.join('，')}），合计照常核对。请把它们拆到各自的单元格里${j.emptied ? '，并删去行末空出的单元格' : ''}。`,
      `${t.name} row “${r.label}”: “${raw}” is ${j.count} numbers in one cell, spaces apart, so the row's numbers after it are ${j.count > 2 ? `${j.count - 1} columns` : 'one column'} off${j.emptied ? ' and its last cells are empty' : ''}. They were read in their columns (${underEn.join(', ')}) and the sums checked. Please split them into cells of their own${j.emptied ? ' and take out the empty cells at the end' : ''}.`),
    range: j.range,
    expected: j.count,
    actual: 1,
    fix: {
      title: bi(`把“${raw}”拆到 ${j.count} 个单元格`, `Split “${raw}” into ${j.count} cells`),
      // A tab-separated row (a Word or Excel copy) gets a tab between them, a pipe row a cell border, an HTML row a new `<td>`.
      edits: [{ range: j.range, newText: hasHtmlCell(line) || tabRow ? numbers.join(hasHtmlCell(line) ? htmlCellBreak(line, j.range.start.character) : '\t') : alignedSplit(ctx, j.range.start.line, j.range.start.character, raw) }, ...(j.emptied ? [{ range: j.emptied, newText: '' }] : [])],
    },
    data: { table: t.id, row: r.id },
  });
}

/**
 * The numbers of pipe cell text `raw` (at character `at` of line `lineNo`), spaces apart, with a cell border between
 * each two: ` | ` (`0 0` → `0 | 0`), or, in a table aligned with spaces where the line above or below has its border
 * within the spaces (`| 0         0        |` under `| 0        | 0        |`), the border where that line has it,
 * so the row stays aligned (brk148 #8: `| 0 | 0        |` moved the rest of the row 8 columns left). The spaces after
 * the new border bring the next number back to where it stood before the border was lost (one space at least).
 */
function alignedSplit(ctx: RuleContext, lineNo: number, at: number, raw: string): string {
  const line = ctx.report.lines.line(lineNo);
  const borders = (n: number): Set<number> => {
    const out = new Set<number>();
    if (n < 0 || n >= ctx.report.lines.lineCount) return out;
    const text = ctx.report.lines.line(n);
    let col = 0;
    for (const ch of text) {
      if (ch === '|') out.add(col);
      col += displayWidth(ch);
    }
    return out;
  };
  const near = [borders(lineNo - 1), borders(lineNo + 1)];
  const start = displayWidth(line.slice(0, at));
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(/[ \u3000]+/g)) {
    const before = raw.slice(last, m.index);
    out += before;
    last = m.index! + m[0].length;
    // Display columns of the gap, as written: [from, to), the next number at `to`.
    const from = start + displayWidth(raw.slice(0, m.index));
    const to = from + displayWidth(m[0]);
    let border = -1;
    for (const set of near) {
      for (let c = from + 1; c < to && border < 0; c++) if (set.has(c)) border = c;
      if (border >= 0) break;
    }
    out += border < 0 ? ' | ' : `${' '.repeat(border - from)}|${' '.repeat(Math.max(1, to - border - 1))}`;
  }
  return out + raw.slice(last);
}

/**
 * What ends the HTML cell holding offset `at` of `line` and opens the next one like it: `</td><td>`, with the tags
 * that wrap its text closed before and opened again after (`<td><p>21 2</p></td>` → `</p></td><td><p>`, as pandoc
 * writes a cell; helper-209 #1).
 */
function htmlCellBreak(line: string, at: number): string {
  const cell = htmlCellAround(line, at);
  const inner = cell ? line.slice(line.indexOf('>', cell.open) + 1, at) : '';
  const opens = [...inner.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => ({ tag: m[0], name: m[1] }));
  return `${opens.map((o) => `</${o.name}>`).reverse().join('')}</td><td>${opens.map((o) => o.tag).join('')}`;
}

/**
 * The edit that splits row `j`'s tab-joined cell into cells: its tabs become cell borders. The row's other cells,
 * left empty after the pasted cell (the old blank cells of the table, `| 2⇥0⇥…⇥0 |   |   |`), are taken in, so
 * the row has as many cells as its numbers, not those plus the empty ones. Nothing but white space and pipes is
 * removed.
 */
function splitEdit(ctx: RuleContext, j: TabJoinedRow): TextEdit[] | null {
  const { start, end } = j.cell.range;
  const line = ctx.report.lines.line(end.line);
  // An HTML cell: each number goes into its own `<td>`, the first into the pasted cell, the others into the row's empty
  // cells after it (their tags and attributes kept). Without as many empty cells on the line, no split: pipes
  // written into an HTML cell would break the table.
  if (hasHtmlCell(line)) {
    if (j.label !== undefined || start.line !== end.line) return null;
    const empty = /<\/t[dh]>((?:[ \t]*<t[dh](?:\s[^>]*)?>(?:[ \t\u3000]|&nbsp;|&#160;)*<\/t[dh]>)*)/iy;
    empty.lastIndex = end.character;
    const m = empty.exec(line);
    const cells = m ? [...m[1].matchAll(/<t[dh](?:\s[^>]*)?>((?:[ \t\u3000]|&nbsp;|&#160;)*)<\/t[dh]>/gi)] : [];
    if (!m || cells.length < j.fields.length - 1) return null;
    const base = end.character + m[0].length - m[1].length;
    const edits: TextEdit[] = [{ range: j.cell.range, newText: j.fields[0] }];
    j.fields.slice(1).forEach((f, k) => {
      const c = cells[k];
      const inner = base + c.index! + c[0].indexOf('>') + 1;
      edits.push({ range: ctx.report.lines.range(end.line, inner, inner + c[1].length), newText: f });
    });
    return edits;
  }
  return [splitPipeEdit(ctx, j)];
}

/** `splitEdit` for a pipe row. */
function splitPipeEdit(ctx: RuleContext, j: TabJoinedRow): TextEdit {
  const split = (j.label !== undefined ? [j.label, ...j.fields] : j.fields).join(' | ');
  const { end } = j.cell.range;
  const line = ctx.report.lines.line(end.line);
  const close = line.lastIndexOf('|');
  const others = j.row.cells.filter((c) => c && c !== j.cell);
  if (close <= end.character || others.some((c) => c!.raw.trim() !== '') || !/^[ \t\u3000]*\|[ \t\u3000|]*$/.test(line.slice(end.character, close))) return { range: j.cell.range, newText: split };
  return { range: { start: j.cell.range.start, end: { line: end.line, character: close } }, newText: `${split} ` };
}
