import type { Rule, RuleContext } from './rule.js';
import type { RowModel, TableModel, TextEdit } from '../types.js';

import { bi } from './util.js';
import { hasHtmlCell, htmlCellAround } from '../parse/html.js';

/**
 * A row's first number written in its label cell: glued to the label (`（一）予以公开8⇥1⇥…`, `行政许可1520`) or a
 * space after it in the label's pipe cell (`| 2.重复申请 1 | 0 | …`). The model reads it as the row's first value
 * (see `RowModel.valueInLabel`); this rule says where it stands and gives it a cell of its own.
 */
export const valueInLabel: Rule = {
  meta: {
    id: 'value-in-label',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('一行的第一个数写进了行名单元格（紧接行名、与行名同格或在行名列中），或表四的第一个数紧接在表头之后', 'A row\'s first number is written in its label cell (glued to the label, in the same cell or in a label column), or 表四\'s first number is glued to its header'),
    rationale: bi(
      '表二、表三的行名与它的数各占一格。复制粘贴时丢了一个制表符或竖线，这一行的第一个数就落进了行名所在的格（“（一）予以公开8⇥1⇥0⇥…”“| 2.重复申请 1 | 0 | …”“行政许可1520”）：表格上这个数不在它的列下，后面的数都错了一列。行名之后紧接的数字，在这一行因此恰好缺一个数时（竖线表格中也可以是行名格后面留着一个空格），就是这一行第一列的数：按这一列读取（这一行的合计照常核对），报告一次，不再报告为行名错字（row-label）或数的个数不符（cell-count）。修复把这个数移到它自己的格里：在行名与数之间加上这种排版的分隔（竖线、制表符、空格或换行）；竖线表格中行名格后面有空着的格时，把数写进那一格。数字本身不变，也不会删去。这一行的数已经齐全时，行名后的数字可能是说明或误输入，不按这一列读取（见 row-label，不提供删去它的修复）。表四的第一个数紧接在表头最后一个列名之后（“总计2”，表头与数值之间的换行丢了）、其后正好还有 14 个数时，同样按第一列的数读取并在此报告，修复在两者之间换行。表三按 Word 的合并单元格写成几个行名列（表头“| （本列…） |  |  | 自然人 | …”）时，一行的数从行名所占的列开始（“| 三、本年度办理结果 | （一）予以公开 | 1288 | … | 1362 |  |”：数前丢了一个单元格，或几个行名挤在一格里），表格上每个数都错了列：仍按各自的列读取，在此报告，修复在第一个数前补上缺少的空单元格，并删去行末因此空出的单元格。表四的数值行（竖线表格的一行）丢了第一格（其后的数都左移一格、行末空出一格）时，若只有移回一格才能让第二、三组的结果之和等于总计，且第一组丢失的数（该组总计减去其余三个结果）不为负，就按移回后的列读取并在此报告，修复在行首补上这个数、删去行末空出的单元格（请对照原表确认）。反过来，一行的行名单元格比表格的行名列多出空单元格（“|  | （一）予以公开 | 21 | … |”“| （一）予以公开 |  | 21 | … |”），其后的数都右移、最后一个数落在表头之外，且这一行的数恰好齐全、总计等于各类申请人之和时，按各自的列读取并在此报告，修复删去多出的空单元格；这样的行又被截到表头的宽度（行末的总计丢了，只剩六个数）时，照写的读法（空格为自然人）说不通（最后一个数小于前五个数之和），而按右移一列读取时表三各申请人列的合计（各办理结果之和等于（七）总计、新收加上年结转等于（七）总计加结转下年度）都成立、照写读取时却有不成立的，同样按各自的列读取并在此报告，修复删去多出的空单元格，在行末补上总计（六列之和，请对照原表确认）。HTML 表格（一行的 `<tr>…</tr>` 写在一行上，或在单元格之间、单元格内换行写成几行）按表格的网格读取（计入上面各行 rowspan 占去的列），数从行名列开始的（行名单元格丢了 colspan）和多出空单元格的行同样报告，修复在第一个数前补上或删去 `<td></td>`。表格在分页处断成两个 HTML 表格时（`</table>` 之后另起 `<table>`），后一个表格的行按这个表格自己的行名列判断：rowspan 不跨过 `</table>`，后一个表格的各行可以都没有“三、本年度办理结果”这一列。制表符分隔的行（从 Word、Excel 复制）中行名与第一个数之间只隔着空格（“（一）予以公开 21⇥2⇥…”）时，读取不受影响，但粘回表格时这一行少一格：同样在此报告，修复把空格换成制表符（两个数之间只隔空格的，见 cell-tab-joined）。',
      'A row of 表二 or 表三 has its label and each of its numbers in cells of their own. When a tab or a pipe is lost in a copy, the row\'s first number lands in the label\'s cell (（一）予以公开8⇥1⇥0⇥…, | 2.重复申请 1 | 0 | …, 行政许可1520): in the table it does not stand under its column, and the numbers after it are one column off. A number right after the label, in a row that is then exactly one number short (in a pipe table, or that has an empty cell right after the label cell), is the row\'s first value: it is read as that column\'s (the row\'s sums are checked as usual) and said once, not as a misspelt label (row-label) nor as the wrong number of cells (cell-count). The fix moves the number into a cell of its own: it writes the layout\'s separator (a pipe, a tab, a space or a line break) between the label and the number, or, in a pipe table with an empty cell after the label cell, writes the number into that cell. The digits are never changed or deleted. When the row has all its numbers already, digits after the label may be a remark or a slip: they are not read as a value (row-label says so, without a fix that deletes them). 表四\'s first number glued to the last label of its header (总计2: the line break between the header and the numbers lost), with exactly 14 numbers after it, is read as the first column\'s value and said here too; the fix puts the line break back. In a 表三 written with several label columns (Word\'s merged cells: header `| （本列…） |  |  | 自然人 | …`), a row whose numbers start in a label column (`| 三、本年度办理结果 | （一）予以公开 | 1288 | … | 1362 |  |`: a cell lost before the numbers, or the labels in one cell) shows every number under the wrong column: it is read in its columns all the same and said here; the fix adds the missing empty cells before the first number and takes out the empty cells this left at the end of the row. 表四\'s value row (one pipe row) with its first cell lost (its numbers one cell left, its last cell empty) is read one cell right when only that reading makes the second and third groups\' results add up to their totals and the first group\'s lost result (its total less the other three) is not negative; it is said here, and the fix writes that number back as the first cell and takes out the empty last one (to be checked against the original table). The other way round, a row with more label cells than the table has label columns, the extra ones empty (`|  | （一）予以公开 | 21 | … |`, `| （一）予以公开 |  | 21 | … |`), has its numbers one column right and the last past the header; with all its numbers there and its 总计 the sum of the applicants, it is read in its columns and said here, and the fix deletes the extra empty cells. When such a row was also cut to the header\'s width (its 总计 gone, six numbers left), read as written (the empty cell a blank 自然人) it cannot hold (its last number is less than the sum of the five before it); when read one column right every identity of 表三 on the applicant columns holds (each column\'s results add up to （七）总计, 新收 + 上年结转 = （七）总计 + 结转下年度) and read as written some fail, it is read in its columns and said here too, and the fix deletes the extra empty cell and puts the 总计 back at the end of the row (the sum of the six; check it against the original table). HTML tables (rows written whole on a line, `<tr>…</tr>`, or broken over lines between or inside their cells) are read in the table\'s grid (the columns the rowspans of rows above take counted): a row whose numbers start in a label column (its label cell lost its colspan) or with an extra empty cell is said the same way, and the fix adds or deletes a `<td></td>`. A table split into two HTML tables at a page break (a new `<table>` after `</table>`) has the rows of the second judged by that table\'s own label columns: a rowspan does not carry across `</table>`, so all of them may leave out the 三、本年度办理结果 column. In a tab-separated row (copied from Word or Excel) whose label and first number are only a space apart (（一）予以公开 21⇥2⇥…), the numbers read right, but pasted back into a table the row is a cell short: it is said here, and the fix turns the space into a tab (two numbers a space apart are cell-tab-joined\'s).'),
    example: { bad: '（一）予以公开8\t1\t0\t0\t0\t0\t9', note: bi('“8”是自然人列的数，与行名之间缺了制表符', '“8” is the 自然人 value; the tab before it is missing') },
  },
  check(ctx) {
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3]) {
      if (!t || t.broken) continue;
      for (const r of t.rows) {
        if (r.match.kind === 'absent') continue;
        if (r.valueInLabel) report(ctx, t, r, r.valueInLabel);
        else if (r.shiftedLeft) shifted(ctx, t, r, r.shiftedLeft);
        else if (r.strayCells) strayCells(ctx, t, r, r.strayCells);
      }
    }
    const t4 = ctx.report.tables.t4;
    const v = t4 && !t4.broken ? t4.rows[0]?.valueInLabel : undefined;
    if (t4 && v) headerGlued(ctx, t4, v);
    const moved = t4 && !t4.broken ? t4.rows[0]?.shiftedLeft : undefined;
    if (t4 && moved) t4Shifted(ctx, t4, t4.rows[0], moved);
  },
};

const SEPARATORS = {
  html: { text: '</td><td>', zh: '单元格', en: 'a cell border' },
  pipe: { text: ' | ', zh: '竖线', en: 'a pipe' },
  tab: { text: '\t', zh: '制表符', en: 'a tab' },
  space: { text: ' ', zh: '空格', en: 'a space' },
  line: { text: '\n', zh: '换行', en: 'a line break' },
  blankLine: { text: '\n\n', zh: '换行', en: 'a line break' },
} as const;
type Separator = (typeof SEPARATORS)[keyof typeof SEPARATORS];

/**
 * What separates a label from its first number in row `r` (whose first value `v` is in its label cell): the row's own
 * layout (an HTML or pipe row; a tab-separated or space-aligned row by the gaps before its other numbers; one cell a
 * line when they are on lines below, a blank line between when the layout has one). A row with no other number (a
 * one-column 表二 row) is written as most other rows of the table write a label and its number.
 */
function separatorOf(ctx: RuleContext, t: TableModel, r: RowModel, v: NonNullable<RowModel['valueInLabel']>): Separator {
  const lines = ctx.report.lines;
  const row = v.range.start.line;
  const line = lines.line(row);
  if (hasHtmlCell(line)) return SEPARATORS.html;
  if (/[|｜]/.test(line)) return SEPARATORS.pipe;
  const blankBelow = (at: number) => at + 1 < lines.lineCount && lines.line(at + 1).trim() === '';
  const taken = 1 + (v.rest?.length ?? 0);
  const next = r.cells.slice(taken).find((c) => c && c.raw !== '');
  if (next) {
    // One cell a line (the row's numbers go on below the label's line, some maybe on it: `（一）予以公开130 3`, `1`, …).
    if (r.cells.some((c) => c && c.raw !== '' && c.range.start.line > row)) return blankBelow(row) ? SEPARATORS.blankLine : SEPARATORS.line;
    return line.includes('\t') ? SEPARATORS.tab : SEPARATORS.space;
  }
  // The other rows: the text between each label and its first number.
  const votes = new Map<Separator, number>();
  for (const o of t.rows) {
    const first = o.cells[0];
    if (o === r || !o.match.range || !first || first.raw === '' || o.valueInLabel) continue;
    const from = o.match.range.end, to = first.range.start;
    let sep: Separator;
    if (from.line === to.line) {
      const gap = lines.line(to.line).slice(from.character, to.character);
      sep = /<\/?t[dh]/i.test(gap) ? SEPARATORS.html : /[|｜]/.test(gap) ? SEPARATORS.pipe : gap.includes('\t') ? SEPARATORS.tab : SEPARATORS.space;
    } else sep = blankBelow(from.line) ? SEPARATORS.blankLine : SEPARATORS.line;
    votes.set(sep, (votes.get(sep) ?? 0) + 1);
  }
  let best: Separator = line.includes('\t') ? SEPARATORS.tab : SEPARATORS.line;
  for (const [sep, n] of votes) if (n > (votes.get(best) ?? 0)) best = sep;
  return best;
}

/**
 * One finding for row `r` of `t` whose first value `v` (and, in `v.rest`, the values after it) is written in its label
 * cell, with the fix that gives each number a cell of its own; the digits are never changed or deleted.
 */
function report(ctx: RuleContext, t: TableModel, r: RowModel, v: NonNullable<RowModel['valueInLabel']>): void {
  const column = t.id === 't2' ? ctx.template?.tables.t2?.blocks.find((b) => b.rows.some((x) => x.id === r.id))?.columns[0]?.label : ctx.template?.tables.t3?.columns[0]?.label;
  const col = column ?? '第一';
  // In English: the template's label, else “first” (not the Chinese 第一).
  const colEn = column ?? 'first';
  const sep = separatorOf(ctx, t, r, v);
  const all = [v, ...(v.rest ?? [])];
  const last = all[all.length - 1];
  const cell = ctx.report.lines.slice({ start: v.gap.start, end: last.range.end });
  const shown = `${r.match.raw || r.label}${cell}`;
  const quoted = all.map((x) => `“${x.raw}”`).join('');
  const first = all.length > 1 ? bi(`前 ${all.length} 个数${quoted}`, `first ${all.length} numbers ${all.map((x) => `“${x.raw}”`).join(', ')} are`) : bi(`第一个数“${v.raw}”`, `first number “${v.raw}” is`);
  const where = v.gap.start.character === v.gap.end.character ? bi('紧接在行名之后', 'glued to the label') : bi('与行名写在同一格里', 'in the label\'s cell');
  const columns = all.length > 1 ? bi(`从${col}列起的 ${all.length} 列`, `the ${all.length} columns from ${colEn} on`) : bi(`${col}列`, `the ${colEn} column`);
  let edits: TextEdit[];
  let how: { zh: string; en: string };
  if (all.every((x) => x.into)) {
    // The row's empty cells for them are right after the label cell: the numbers go there, the label cell keeps the label.
    edits = [{ range: { start: v.gap.start, end: last.range.end }, newText: '' }, ...all.map((x) => ({ range: x.into!, newText: x.raw }))];
    how = all.length > 1
      ? bi(`把${quoted}依次移到行名后面空着的格中`, `move ${all.map((x) => `“${x.raw}”`).join(', ')} in order into the empty cells after the label`)
      : bi(`把“${v.raw}”移到行名后面空着的${col}格中`, `move “${v.raw}” into the empty ${colEn} cell after the label`);
  } else {
    edits = all.map((x) => ({ range: x.gap, newText: sep.text }));
    // The empty last cells the numbers' move left go: with the numbers back in their cells the row has its width.
    if (v.emptied) edits.push({ range: v.emptied, newText: '' });
    if (sep === SEPARATORS.line || sep === SEPARATORS.blankLine) {
      // One cell a line: the row's numbers written on the label's line after these go on lines of their own too.
      let end = last.range.end;
      for (const c of r.cells.slice(all.length)) {
        if (!c || c.raw === '' || c.range.start.line !== end.line) break;
        edits.push({ range: { start: end, end: c.range.start }, newText: sep.text });
        end = c.range.end;
      }
    }
    how = all.length > 1
      ? bi(`在行名与“${v.raw}”之间、以及这几个数之间加上${sep.zh}，让它们各自成为一格`, `put ${sep.en} between the label and “${v.raw}” and between these numbers so that each is a cell of its own`)
      : bi(`在行名与“${v.raw}”之间加上${sep.zh}，让它单独成为${col}列的一格`, `put ${sep.en} between the label and “${v.raw}” so that it is a cell of the ${colEn} column`);
  }
  const title = all.length > 1 ? quoted : `“${v.raw}”`;
  ctx.add({
    message: bi(
      `${t.name}“${r.label}”行的${first.zh}${where.zh}（“${shown}”），${all.length > 1 ? '不在它们各自的单元格中：表格上它们不在各自的列下' : `不在它自己的单元格中：表格上它不在${col}列下`}${r.cells.length > all.length ? `，后面的数都错了${all.length > 1 ? ` ${all.length} 列` : '一列'}` : ''}。已按${columns.zh}的数读取。请${how.zh}。`,
      `${t.name} row “${r.label}”: its ${first.en} ${where.en} (“${shown}”), ${all.length > 1 ? 'not in cells of their own: in the table they are not under their columns' : `not in a cell of its own: in the table it is not under the ${colEn} column`}${r.cells.length > all.length ? ` and the numbers after ${all.length > 1 ? `them are ${all.length} columns` : 'it are one column'} off` : ''}. It was read as the value of ${columns.en}. Please ${how.en}.`),
    range: { start: v.range.start, end: last.range.end },
    fix: { title: bi(all.every((x) => x.into) ? `把${title}移到${col}格中` : `把${title}与行名分开`, all.every((x) => x.into) ? `Move ${title} into the ${colEn} cell` : `Separate ${title} from the label`), edits },
    data: { table: t.id, row: r.id },
  });
}

/**
 * One finding for row `r` of `t` (a pipe table with several label columns) whose numbers start `s.cells` cells early,
 * in a label column; the fix writes that many empty cells before the first number and takes out the empty last
 * cells the move left. The numbers and the labels are not changed.
 */
function shifted(ctx: RuleContext, t: TableModel, r: RowModel, s: NonNullable<RowModel['shiftedLeft']>): void {
  const col = ctx.template?.tables.t3?.columns[0]?.label ?? '第一';
  const first = ctx.report.lines.slice(s.first);
  // An HTML row gets empty `<td></td>` cells before the first number's cell (helper-206 #5), a pipe row empty cells.
  const line = ctx.report.lines.line(s.first.start.line);
  const cell = hasHtmlCell(line) ? htmlCellAround(line, s.first.start.character) : null;
  if (hasHtmlCell(line) && !cell) return;
  const edits: TextEdit[] = cell
    ? [{ range: { start: { line: s.first.start.line, character: cell.open }, end: { line: s.first.start.line, character: cell.open } }, newText: '<td></td>'.repeat(s.cells) }]
    : [{ range: { start: s.first.start, end: s.first.start }, newText: ' | '.repeat(s.cells) }];
  if (s.emptied) edits.push({ range: s.emptied, newText: '' });
  const n = s.cells;
  ctx.add({
    message: bi(
      `${t.name}“${r.label}”行的数从行名所占的列开始（第一个数“${first}”），比其他行少了 ${n} 个行名单元格：表格上“${first}”不在${col}列下，后面的数都错了${n > 1 ? ` ${n} 列` : '一列'}${s.emptied ? '，行末多出空单元格' : ''}。已按各自的列读取。请在“${first}”前补上 ${n} 个空单元格${s.emptied ? '，并删去行末空出的单元格' : ''}。`,
      `${t.name} row “${r.label}”: its numbers start in a label column (the first is “${first}”), ${n} label cell${n > 1 ? 's' : ''} fewer than the other rows: in the table “${first}” is not under ${col} and the numbers after it are ${n > 1 ? `${n} columns` : 'one column'} off${s.emptied ? ', with empty cells left at the end' : ''}. They were read in their columns. Please add ${n} empty cell${n > 1 ? 's' : ''} before “${first}”${s.emptied ? ' and take out the empty cells at the end' : ''}.`),
    range: s.first,
    fix: { title: bi(`在“${first}”前补 ${n} 个空单元格`, `Add ${n} empty cell${n > 1 ? 's' : ''} before “${first}”`), edits },
    data: { table: t.id, row: r.id },
  });
}

/**
 * One finding for row `r` of `t` (a pipe table, or an HTML row read in its grid) with empty label cells beyond the table's label columns, which move its
 * numbers right; the fix takes those cells out. The numbers and the labels are not changed.
 */
function strayCells(ctx: RuleContext, t: TableModel, r: RowModel, s: NonNullable<RowModel['strayCells']>): void {
  const col = ctx.template?.tables.t3?.columns[0]?.label ?? '第一';
  const first = ctx.report.lines.slice(s.first);
  const n = s.cells;
  const edits: TextEdit[] = s.ranges.map((range) => ({ range, newText: '' }));
  const cut = s.cutTotal;
  // The row was cut to the header's width: its 总计 goes back as the sum of its six columns (template §3.3).
  if (cut) edits.push({ range: { start: cut.at, end: cut.at }, newText: ` ${cut.value} |` });
  const total = ctx.template?.tables.t3?.columns[6]?.label ?? '总计';
  ctx.add({
    message: cut
      ? bi(
        `${t.name}“${r.label}”行的行名单元格比其他行多了 1 个空单元格，这一行的数因此都右移了一列，行末的${total}被截掉了：表格上“${first}”不在${col}列下，${total}列下是前一列的数。已按各自的列读取；${total}按这一行六列之和应为 ${cut.value}。请删去多出的空单元格，在行末补上${total}（修复补入 ${cut.value}，请对照原表确认）。`,
        `${t.name} row “${r.label}” has 1 empty label cell more than the other rows, so its numbers stand one column right and its last cell, ${total}, was cut off: in the table “${first}” is not under ${col}, and ${total} shows the number of the column before it. They were read in their columns; by the sum of the row's six columns ${total} is ${cut.value}. Please delete the extra empty cell and put ${total} back at the end of the row (the fix writes ${cut.value}; check it against the original table).`)
      : bi(
        `${t.name}“${r.label}”行的行名单元格比其他行多了 ${n} 个空单元格，这一行的数因此都右移了${n > 1 ? ` ${n} 列` : '一列'}：表格上“${first}”不在${col}列下，最后的数落在表头之外（显示时会被丢掉）。已按各自的列读取。请删去多出的空单元格。`,
        `${t.name} row “${r.label}” has ${n} empty label cell${n > 1 ? 's' : ''} more than the other rows, so its numbers stand ${n > 1 ? `${n} columns` : 'one column'} right: in the table “${first}” is not under ${col} and the last number falls outside the header (dropped when shown). They were read in their columns. Please delete the extra empty cell${n > 1 ? 's' : ''}.`),
    range: s.first,
    fix: {
      title: cut ? bi(`删去多出的空单元格，补上${total} ${cut.value}`, `Delete the extra empty cell and put back ${total} ${cut.value}`) : bi(`删去多出的 ${n} 个空单元格`, `Delete the ${n} extra empty cell${n > 1 ? 's' : ''}`),
      edits,
    },
    data: { table: t.id, row: r.id },
  });
}

/**
 * 表四's value row with its first cell lost (`RowModel.shiftedLeft` on the 表四 row, read one cell right): one finding
 * at its first number; the fix writes the lost first result (its group's 总计 less the other three) in a new first
 * cell and takes out the emptied last cell.
 */
function t4Shifted(ctx: RuleContext, t: TableModel, r: RowModel, s: NonNullable<RowModel['shiftedLeft']>): void {
  const v = r.cells.map((c) => (c && c.raw !== '' ? c.value : null));
  const [, a, b, c, total] = v;
  if (a === null || b === null || c === null || total === null || a === undefined || b === undefined || c === undefined || total === undefined) return;
  const lost = total - a - b - c;
  const column = ctx.template?.tables.t4 ? `${ctx.template.tables.t4.groups[0].label}·${ctx.template.tables.t4.leaves[0]}` : '第一列';
  const first = r.cells[1]!;
  const edits: TextEdit[] = [{ range: { start: s.first.start, end: s.first.start }, newText: `${lost} | ` }];
  if (s.emptied) edits.push({ range: s.emptied, newText: '' });
  ctx.add({
    message: bi(
      `${t.name}的数值行少了第一格：其后的数都左移了一格，行末空出一格（移回一格后，第二、三组的结果之和都等于总计）。已按移回后的列读取；${column}按该组合计应为 ${lost}。请在行首补上这一格，并删去行末空出的单元格（修复补入 ${lost}，请对照原表确认）。`,
      `${t.name}'s value row lacks its first cell: its numbers moved one cell left and its last cell is empty (moved back, the second and third groups' results add up to their totals). They were read moved back; by its group's total, ${column} is ${lost}. Add that first cell and take out the empty last one (the fix writes ${lost}; check it against the original table).`),
    range: first.range,
    fix: { title: bi(`在${t.name}行首补上“${lost}”`, `Put “${lost}” back as ${t.name}'s first cell`), edits },
    data: { table: t.id, row: r.id },
  });
}

/**
 * 表四's first number glued to the last label of its header (`总计2`: the line break between the header and the
 * value row lost, or between two cells of a one-cell-a-line copy): one finding; the fix puts the line break back
 * (a blank line where the cells below stand a blank line apart).
 */
function headerGlued(ctx: RuleContext, t: TableModel, v: NonNullable<RowModel['valueInLabel']>): void {
  const lines = ctx.report.lines;
  const line = lines.line(v.gap.start.line);
  const label = /\S+$/.exec(line.slice(0, v.gap.start.character))?.[0] ?? '';
  const column = ctx.template?.tables.t4 ? `${ctx.template.tables.t4.groups[0].label}“${ctx.template.tables.t4.leaves[0]}”` : '第一';
  const next = t.rows[0].cells[1];
  const blank = !!next && next.range.start.line > v.range.start.line && v.range.start.line + 1 < lines.lineCount && lines.line(v.range.start.line + 1).trim() === '';
  const shown = `${label}${lines.slice({ start: v.gap.start, end: v.range.end })}`;
  ctx.add({
    message: bi(
      `${t.name}的第一个数“${v.raw}”紧接在表头“${label}”之后（“${shown}”），表头与数值之间少了换行。已按${column}列的数读取。请在“${label}”与“${v.raw}”之间换行。`,
      `${t.name}: its first number “${v.raw}” is glued to the header's “${label}” (“${shown}”): the line break between the header and the numbers is missing. It was read as the ${column} value. Please put a line break between “${label}” and “${v.raw}”.`),
    range: v.range,
    fix: { title: bi(`在“${label}”与“${v.raw}”之间换行`, `Put a line break between “${label}” and “${v.raw}”`), edits: [{ range: v.gap, newText: blank ? '\n\n' : '\n' }] },
    data: { table: t.id, row: 'T4' },
  });
}
