import type { Rule } from './rule.js';
import type { Cell, Fix, Range, RowModel, TableModel } from '../types.js';
import type { RuleFinding } from './rule.js';
import type { Template } from '../templates/index.js';
import { bi, quotedRowName, hasAnyValue, impliedT3Row, num, padToWidth, rowsOneColumnShort, spaceColumnAlign, t3Holds, tabJoinedRows, labelTabJoinedRows, t3Identities, t3Values } from './util.js';
import { impliedHint, isUnfilledRow, valueColumnName } from './unfilled.js';
import { zeroBreaksT2Relation } from './count-relations.js';
import { addsUp } from '../model/label-cells.js';
import { claimsPerParagraph } from '../prose/anchors.js';
import { proseOf } from '../prose/text.js';
import { t2ColumnOf } from '../prose/quantities.js';
import { blockOfRow } from '../templates/index.js';
import type { Report } from '../model/build.js';
import type { Bilingual } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { count as countEn, noun as nounEn } from '../text/english.js';

/**
 * Blank value cells where the template expects a number (blank is not 0). One finding per row, except 表三 columns
 * blank in every row: one finding for them (`blankColumnsFinding`).
 */
export const cellBlank: Rule = {
  meta: {
    id: 'cell-blank',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('应填数字的单元格为空（空白不等于 0）', 'A value cell is blank where the template expects a number (blank is not 0)'),
    rationale: bi('格式要求每个单元格都填数字，没有发生的填 0。空白单元格无法区分“为 0”和“漏填”，含空白的列和行也无法核对勾稽关系。修复会在空白单元格中填 0（请确认确实为 0），保持表格“| 0 |”的空格写法；表三中某几列在每一行都空白时（如整列不填法人或其他组织），只报告一次，指出这几列，一次修复填好各行；表三、表四中合计能定出的空白按合计填入。以空格对齐的表三（pdftotext -layout）中，一行少了数、而其他各行的列位置（表格跨页时为同一页各行的列位置）能确定空着的是哪一列时，也按空白单元格报告并指出是哪一列，修复把数写在该列的位置上，不错开其后各列（放不下时不修复）；不能确定时由 cell-count 报告这一行少了数。以制表符分隔的表格（从 Word、Excel 复制）中，两个制表符之间（或行末最后一个制表符之后）的空字段就是该列的空白单元格，修复把数写在两个制表符之间；一行的字段多于表头的列数时（为对齐而连按了两次制表键），空字段不算单元格；表头也在同样的位置连按了两次制表键时（表三），字段数与表头相同的行按表头的字段对应各列，表头下空着的字段不算单元格，列名下的空字段是该列的空白单元格。表三中与空白相关的行或列合计不一致时（有数填错），不自动填写，以免把填错的数带进空白、让表格围绕错数“对上”。表四的数值行另有一组的结果之和与其总计不符时（数可能错了列，复制时丢了一格），也不按组合计填写空白，以免错位的一行看似完整。表二没有合计可定空白：正文写了这一格的数（如“现行有效25件”），或填 0 会与这一行的其他数矛盾（现行有效件数少于本年制发件数减本年废止件数，本年新公开数量大于对外公开总数量，上一年项目数量加本年增/减为负，处理决定数量大于 0 而上一年项目数量、本年增/减都空白即全年没有项目；见 count-relations）时，不填 0，消息写明原因和正文的数。整张表都没有数值时由 table-empty 报告一次，不逐格填 0；表二、表三中整行都没有数值时（如 row-missing 插入的行）由 row-missing 报告为错误，直到填上数字，本规则不再重复报告：表三各列合计能定出整行时，row-missing 的修复按与本规则相同的条件填入；否则不填 0（填 0 等于替报告声称没有发生），消息中只给出推算值供对照原表核实。同一次 --fix（或编辑器的“全部修复”）中由别的修复插入的空白单元格（format-mixed 换成本报告格式的表二块的新列、row-missing 插入的行），本次不填：它们是留给人对照原表填写的，标准错误输出会说明，再次运行 --fix 时才按本规则填写（仍按上述条件，与这一行其他数矛盾的不填 0）。', 'Every cell takes a number, 0 where nothing happened. A blank cannot be told apart from a cell left out, and its column and row cannot be checked. The fix writes 0 into the blank cells (confirm that 0 is right), keeping a table\'s `| 0 |` spacing; 表三 columns blank in every row (the 法人或其他组织 columns left empty throughout, say) are reported once, naming them, with one fix for every row; in 表三 and 表四 a blank the totals decide gets that value. In a space-aligned 表三 (pdftotext -layout), a row short of a number where the other rows\' column positions (on its own page, for a table that runs over a page break) show which column it leaves empty is reported here too, naming that column, and the fix writes the number where the column stands without moving the columns after it (no fix when it does not fit); where that is not certain, cell-count says the row is short. In a tab-separated table (copied from Word or Excel), an empty field between two tabs (or after a row\'s last tab) is a blank cell of its column, and the fix writes the number between the tabs; in a row with more fields than the header has columns (tabs doubled to align it), empty fields are no cells; where the header doubles its tabs in the same places (表三), a row with as many fields as the header is read field by field under it: an empty field under no column label is no cell, one under a label is that column\'s blank cell. In 表三, when a row or column the blanks depend on does not add up (a number is wrong), nothing is filled in: values worked out from the totals would carry the wrong number into the blanks and make the table add up around it. In 表四, when another group of the row does not add up to its total (its numbers may stand a column off, a cell lost in a copy), no blank is filled from its group either, so as not to make the misplaced row look complete. 表二 has no sums to decide a blank: where the text states the cell\'s count (现行有效25件), or 0 would contradict the row\'s other numbers (现行有效件数 below 本年制发件数 minus 本年废止件数, 本年新公开数量 above 对外公开总数量, 上一年项目数量 plus 本年增/减 negative, 上一年项目数量 and 本年增/减 both blank beside a 处理决定数量 above 0, no item all year; see count-relations), no 0 is written, and the message gives the reason and the text\'s number. A table with no value at all is reported once by table-empty, and no 0s are written into it; a row of 表二 or 表三 with no value at all (such as a row inserted by row-missing) is reported by row-missing, as an error until its numbers are written, not again here: where the 表三 column totals decide the whole row, row-missing\'s fix writes them on the same terms as here; otherwise no 0s are written (they would claim the report\'s figures), and the message gives the worked-out numbers to check against the original table. Blank cells another fix of the same --fix run (or the editor\'s fix-all) put in (the new columns of a 表二 block format-mixed converted to the report\'s format, a row row-missing inserted) are not filled in that run: they are left for a person to fill from the original table, as stderr says; the next run fills them as above (0 not written where it contradicts the row).'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | 26 |  |  |  |  |  | 26 |', note: bi('五个空白单元格', 'five blank cells') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t || t.broken) continue;
      // A 表三 with a whole column dropped: which column a blank is in cannot be told (cell-count says it once).
      if (t.id === 't3' && rowsOneColumnShort(t)) continue;
      // A table with no value at all is not filled in yet (table-empty says so once): writing 0s into it would
      // invent the report's figures (and undo the table-missing fix, which inserts the table blank on purpose).
      if (!hasAnyValue(t)) continue;
      // A row of 表二/表三 with no number at all is row-missing's (an error until filled): one finding, not two.
      // A row whose numbers were pasted into one cell (cell-tab-joined: not read) has no blank to tell: its empty
      // cells are the old ones beside the paste, and 0s there would be figures the row does not have.
      const joined = new Set([...tabJoinedRows(t), ...labelTabJoinedRows(ctx.report.lines, t)].map((j) => j.row));
      // (A 表四 row read one cell right has its lost first cell as a blank: value-in-label's fix writes it.)
      const rows = t.rows.filter((r) => r.match.kind !== 'absent' && hasBlank(r.cells) && !isUnfilledRow(ctx.template, t, r) && !joined.has(r) && !r.shiftedLeft);
      const plans = rows.map((r) => {
        const blanks = r.cells.map((c, i) => ({ c, i })).filter((x) => x.c && x.c.raw === '').map((x) => x.i);
        // A row with no value at all is not filled in yet (row-missing inserts a missing row so): 0s would claim the
        // report's figures, and numbers worked out from the 表三 column sums would take in any other wrong number of
        // those columns (a deleted row and a typo elsewhere: the typo made permanent and the row invented). They are
        // named as a hint instead.
        const unfilled = blanks.length === r.cells.length && r.cellCount <= r.cells.length;
        const hint = unfilled && t.id === 't3' ? impliedT3Row(t, r.id) : null;
        // A row with more cells than the template (`| 行政许可 | | 1520 |`): which cell a number belongs in cannot be
        // told, and a 0 beside it would claim a second figure.
        const over = r.cellCount > r.cells.length;
        return { row: r, blanks, unfilled, over, hint, fill: unfilled || over ? undefined : blankFill(t, r.cells, blanks, t.id === 't3' ? impliedT3Row(t, r.id) : null) };
      });
      const held = t.id === 't3' ? contradictedFills(t, plans.flatMap((p) => (p.fill ? [{ row: p.row.id, cols: p.blanks, ...p.fill }] : []))) : t.id === 't4' ? t4FailingGroups(plans) : new Set<string>();
      // 表三 columns left blank in every row read (a hospital that leaves the five 法人或其他组织 columns empty): the rows
      // whose blanks are all in them and that the fix fills are said once, for the columns, not once per row.
      const read = t.id === 't3' ? t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent' && !isUnfilledRow(ctx.template, t, r)) : [];
      const wholeColumns = read.length >= 3 ? t.columns.slice(1).map((_, i) => i).filter((i) => read.every((r) => r.cells[i]?.raw === '')) : [];
      const byColumn: { row: RowModel; blanks: number[]; fix: Fix }[] = [];
      const findings: { row: RowModel; blanks: number[]; fix?: Fix; finding: RuleFinding }[] = [];
      // A blank of a row aligned with spaces (not a pipe row among them) is the spaces of its column; a blank
      // of a tab-separated row is an empty field between its tabs, where the number is written as in a pipe cell.
      const spaced = (range: Range) => t.layout === 'space-aligned' && !/[|｜\t]/.test(ctx.report.lines.line(range.start.line));
      // 表二 has no sums to decide a blank: 0 is written only when neither the prose nor a relation of the row says
      // otherwise (helper-204 #1: a 0 under 现行有效件数 where the text says 现行有效25件 made an error of a warning).
      const t2HeldOf = (p: (typeof plans)[number]) => (t.id === 't2' && p.fill ? t2ZeroHeld(ctx.report, ctx.template, p.row, p.blanks) : null);
      // Where the column's other numbers stand: from its first display column when they start together.
      const fixOf = (p: (typeof plans)[number], t2Held: Bilingual | null) => (p.fill && !held.has(p.row.id) && !t2Held ? fillFix(p.row.cells, p.blanks, p.fill.values, spaced, (range, i) => spaceColumnAlign(ctx.report.lines, t, i, range), (range) => spacedPipeCell(ctx.report.lines, t, range)) : undefined);
      /** The 表三 rows whose blank cells their fix fills (their totals decide them). */
      const decidable = t.id === 't3' ? plans.filter((p) => p.blanks.length && fixOf(p, null)) : [];
      for (const plan of plans) {
        const { row: r, blanks, unfilled, over, hint, fill } = plan;
        if (!blanks.length) continue;
        const names = blanks.map((i) => valueColumnName(t, i, ctx.template, r.id));
        const t2Held = t2HeldOf(plan);
        const fix = fixOf(plan, t2Held);
        // A fill held back only by a row aligned with spaces: its line stops before the column, or the number is wider.
        const lineEnds = blanks.some((i) => r.cells[i]!.range.start.character === r.cells[i]!.range.end.character);
        const why = fix ? bi('', '') : t2Held
          ? bi(`未自动填 0：${t2Held.zh}，请对照原表填写。`, ` Not filled with 0: ${t2Held.en}; fill it in from the original table.`)
          : fill && !held.has(r.id)
          ? lineEnds
            ? bi('未自动填写：表格以空格对齐，这一行在该列之前就结束了，填入的数对不齐该列，请对照原表填写。', ' Not filled in automatically: the table is aligned with spaces and the line ends before that column, so a number written there would not stand in it; fill it in from the original table.')
            : bi('未自动填写：表格以空格对齐，要填的数比空白宽，填入会错开其后各列，请对照原表填写。', ' Not filled in automatically: the table is aligned with spaces and the number is wider than the blank, so writing it would move the columns after it; fill it in from the original table.')
          : over
          ? bi(`未自动填写：这一行有 ${r.cellCount} 个单元格，多于格式规定的 ${r.cells.length} 个，行中的数可能写在了相邻的格中，请对照表头核对。`, ` Not filled in automatically: the row has ${r.cellCount} cells, more than the template's ${r.cells.length}, so its number may stand in a neighbouring cell; compare the row with its header.`)
          : unfilled
          ? bi(`未自动填写：整行都没有数，填 0 等于声称没有发生，请对照原表填写${hint ? impliedHint(t, hint).zh : ''}。`, ` Not filled in automatically: the row has no number at all, and 0 would claim that nothing happened; fill it in from the original table${hint ? impliedHint(t, hint).en : ''}.`)
          : fill && t.id === 't4'
          ? bi('未自动填写：这一行另有一组的结果之和与其总计不符，这一行的数可能错了列（复制时丢了一格），填入会让错位的一行看似完整，请对照原表填写。', ' Not filled in automatically: another group of the row does not add up to its total, so the row\'s numbers may stand a column off (a cell lost in a copy), and a filled cell would make the misplaced row look complete; fill it in from the original table.')
          : fill
          ? bi('未自动填写：表中与这些格相关的行或列合计不一致，按合计推算会沿用其中填错的数，请对照原表填写。', ' Not filled in automatically: a row or column these cells depend on does not add up, so values worked out from the totals would carry a wrong number over; fill them in from the original table.')
          : t.id === 't3' && decidable.some((p) => p.row !== r)
          // Other rows' blanks in the columns the sums need: fixed first (fix-all re-checks after each pass), they may
          // decide these. Said as it is: --fix fills the rows whose totals decide them, and this one only if the column
          // sums then do (it promised to fill "those cells in turn", and filled the one cell decided: brk106 #16).
          ? otherRowsWhy(decidable.filter((p) => p.row !== r).map((p) => p.row.label))
          : bi('未自动填写：行中的合计定不出这些格的数（填 0 会与合计矛盾，或合计本身空白），请对照原表填写。', ' Not filled in automatically: the row\'s totals do not decide these cells (0 would contradict a total, or the total is blank too); fill them in from the original table.');
        // The fix writes what the totals decide: the message says that number, not "write 0" (breaker31 #5).
        const decided = fix && fill && fill.values.some((v) => v !== 0)
          ? blanks.map((_, k) => ({ name: names[k], value: fill.values[k], how: fill.how[k] }))
          : null;
        const advice = decided
          ? bi(
            `空白不等于 0；按合计，${decided.map((d) => `${d.name}应为 ${d.value}${d.how ? `（${d.how}）` : ''}`).join('、')}，修复按此填入，请对照原表确认。`,
            `blank is not 0; by the totals, ${decided.map((d) => `${d.name} should be ${d.value}${d.how ? ` (${d.how})` : ''}`).join(', ')}, which the fix writes; confirm it against the original table.`)
          : bi('空白不等于 0，没有发生的请填 0。', 'blank is not 0; write 0 where nothing happened.');
        // (A 表二 row written with the other format's name is quoted as written, with the row it is read as: fixB #2.)
        const rowName = quotedRowName(r);
        findings.push({ row: r, blanks, fix, finding: {
          message: bi(
            `${t.name}${rowName.zh}行有 ${blanks.length} 个空白单元格（${names.join('、')}）：${advice.zh}${why.zh}`,
            `${t.name} row ${rowName.en} has ${countEn(blanks.length, 'blank cell')} (${names.join(', ')}): ${advice.en}${why.en}`),
          range: blankExtent(ctx.report.lines.line(r.cells[blanks[0]]!.range.start.line), r.cells[blanks[0]]!.range),
          // The one blank's value the message states (按合计，自然人应为 5) is the value it should have (README; brk186
          // #15: it was null). Several blanks have several, and the finding one `expected`: none given.
          ...(decided && decided.length === 1 ? { expected: decided[0].value } : {}),
          fix,
          data: { table: t.id, row: r.id },
        } });
      }
      for (const f of findings) if (f.fix && wholeColumns.length && f.blanks.every((i) => wholeColumns.includes(i))) byColumn.push({ row: f.row, blanks: f.blanks, fix: f.fix });
      const together = byColumn.length >= 2 ? new Set(byColumn.map((x) => x.row)) : new Set<RowModel>();
      for (const f of findings) if (!together.has(f.row)) ctx.add(f.finding);
      if (together.size) ctx.add(blankColumnsFinding(t, wholeColumns, byColumn, read.length, ctx.template, (range) => blankExtent(ctx.report.lines.line(range.start.line), range)));
    }
  },
};

/**
 * Why the blank cells of a 表三 row are not filled while other rows (`labels`) have blank cells their totals decide:
 * their fixes fill those; `nianbao check --fix` then checks again and fills this row too if the column sums decide it
 * then; the rest is the user's to fill in.
 */
function otherRowsWhy(labels: string[]): Bilingual {
  const shown = labels.slice(0, 2);
  const zh = `${shown.map((l) => `“${l}”`).join('、')}${labels.length > shown.length ? '等' : ''}`;
  const en = `${shown.map((l) => `“${l}”`).join(', ')}${labels.length > shown.length ? ' and others' : ''}`;
  return bi(
    `未自动填写：这一行的合计定不出这些格的数，要由各列合计推算，而表中其他行还有空白单元格。其中${zh}行的空白能由该行合计定出，修复会填上；nianbao check --fix（或编辑器的“修复全部可自动修复的问题”）填上后重新检查，这一行届时能由各列合计定出的格也会填上。其余的空白请对照原表填写。`,
    ` Not filled in automatically: the row's totals do not decide these cells and the column sums would, but other rows of the table have blank cells too. Those of ${labels.length === 1 ? 'row' : 'rows'} ${en} are decided by their own totals, and their fix fills them; nianbao check --fix (or the editor's “Fix all auto-fixable problems”) then checks again and fills the cells of this row that the column sums decide by then. Fill the other blanks in from the original table.`);
}

/**
 * Why 0 must not be written into the blank cells `blanks` of 表二 row `r` (see cell-blank): the prose states a
 * nonzero count for one of them (`现行有效25件` for 行政规范性文件's 现行有效件数), or 0 would break a relation of the row
 * that count-relations checks; a short bilingual reason, or null.
 */
function t2ZeroHeld(report: Report, template: Template | null, r: RowModel, blanks: number[]): Bilingual | null {
  const block = template?.tables.t2 ? blockOfRow(template.tables.t2, r.id) : undefined;
  if (!block) return null;
  const p = proseOf(report);
  // Each blank's first count in the prose (several blanks, several counts: each named, helper-205 #10).
  const said = new Map<number, { phrase: string; line: number; value: number }>();
  for (const pc of claimsPerParagraph(report)) {
    for (const c of pc.claims) {
      if (c.negated || c.part || c.doubt || c.scoped || c.number.approx || c.number.value === 0) continue;
      for (const reading of c.readings) {
        const [rowId, colText] = reading.split(':');
        if (rowId !== r.id || colText === undefined) continue;
        const col = t2ColumnOf(report.format, rowId, colText);
        if (col < 0 || !blanks.includes(col) || said.has(col)) continue;
        said.set(col, { phrase: p.quote(pc.offset + c.from, pc.offset + c.to), line: p.range(pc.offset + c.from, pc.offset + c.to).start.line + 1, value: c.number.value });
      }
    }
  }
  if (said.size) {
    const each = blanks.filter((k) => said.has(k)).map((k) => ({ name: block.columns[k]?.label ?? `第 ${k + 1} 列`, ...said.get(k)! }));
    if (each.length === 1 && blanks.length === 1) {
      const [x] = each;
      return bi(`正文第 ${x.line} 行写“${x.phrase}”，这一格应为 ${x.value}`, `the text on line ${x.line} says “${x.phrase}”, so this cell is ${x.value}`);
    }
    return bi(
      `正文写了${each.map((x) => `${x.name} ${x.value}（第 ${x.line} 行“${x.phrase}”）`).join('、')}`,
      `the text gives ${each.map((x) => `${x.name} ${x.value} (line ${x.line}: “${x.phrase}”)`).join(', ')}`);
  }
  return zeroBreaksT2Relation(block, r.cells, blanks);
}

/**
 * The one finding of 表三 columns left blank in every row read (`columns`, 0-based value columns; `rowsRead` rows):
 * at the first blank cell, every row's blank cells as related locations, and one fix that writes every row's
 * values (`rows`: those whose blanks are all in the columns, each with its own fill, as the per-row findings).
 */
function blankColumnsFinding(t: TableModel, columns: number[], rows: { row: RowModel; blanks: number[]; fix: Fix }[], rowsRead: number, template: Template | null, extent: (range: Range) => Range): RuleFinding {
  const names = columns.map((i) => `“${valueColumnName(t, i, template)}”`);
  const edits = rows.flatMap((x) => x.fix.edits);
  const zeros = edits.every((e) => e.newText.trim() === '0');
  const cells = rows.reduce((n, x) => n + x.blanks.length, 0);
  const rest = rows.length < rowsRead ? bi(`其余 ${rowsRead - rows.length} 行另行报告。`, ` The other ${rowsRead - rows.length === 1 ? 'row is reported on its own' : `${rowsRead - rows.length} rows are reported on their own`}.`) : bi('', '');
  return {
    message: bi(
      `${t.name}的${names.join('、')}列整列空白（${rows.length} 行共 ${cells} 个单元格）：空白不等于 0，没有发生的请填 0。修复会${zeros ? '在这些单元格中填 0' : '按各行合计填入这些单元格'}，请确认。${rest.zh}`,
      `${t.name}'s ${nounEn(names.length, 'column')} ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} blank in every row (${countEn(cells, 'cell')} in ${countEn(rows.length, 'row')}): blank is not 0; write 0 where nothing happened. The fix ${zeros ? 'writes 0 into these cells' : 'fills these cells from each row\'s totals'}: confirm it.${rest.en}`),
    range: extent(rows[0].row.cells[rows[0].blanks[0]]!.range),
    related: rows.map((x) => ({ range: extent(x.row.cells[x.blanks[0]]!.range), message: bi(`“${x.row.label}”行`, `Row “${x.row.label}”`) })),
    fix: { title: zeros ? bi('在整列空白的单元格中填 0', 'Write 0 in the blank columns') : bi('按各行合计填写整列空白的单元格', 'Fill the blank columns from the row totals'), edits },
    data: { table: t.id, row: rows[0].row.id, columns },
  };
}

/**
 * What a blank-cell finding points at, so that every output (LSP, SARIF, rdjson, github) shows the same extent:
 * the blank cell's range in `line` when it has one (the spaces of a space-aligned column, a tab field's spaces, a
 * cell of `&nbsp;`s); for the empty point the parser gives a pipe cell (`|      |`), the cell's whole inside
 * between its pipes; where a cell has no inside (`||`, a tab-separated `\t\t`), the delimiter that closes it; at the
 * end of the line (a trailing tab field, a space-aligned row that stops short), the line's last character. At least
 * one column (none on an empty line), on one line (0-based UTF-16). Only the finding's place: the fix keeps its edits.
 */
export function blankExtent(line: string, range: Range): Range {
  if (range.start.line !== range.end.line || range.start.character !== range.end.character) return range;
  const at = range.start.character;
  const at1 = (character: number) => ({ line: range.start.line, character });
  const pipe = (c: string | undefined) => c === '|' || c === '｜';
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';
  let a = at, b = at;
  while (a > 0 && space(line[a - 1])) a--;
  while (b < line.length && space(line[b])) b++;
  if (a < b && pipe(line[a - 1]) && pipe(line[b])) return { start: at1(a), end: at1(b) };
  // No inside: the delimiter that closes the cell (`||`, `\t\t`), or at the end of the line the character before.
  const n = line.length;
  const [lo, hi] = at < n ? [at, at + 1] : n > 0 ? [n - 1, n] : [at, at];
  return { start: at1(lo), end: at1(hi) };
}

/** Whether a row has a blank cell (most rows have none: nothing is built for them). */
function hasBlank(cells: readonly (Cell | null)[]): boolean {
  for (const c of cells) if (c && c.raw === '') return true;
  return false;
}

/**
 * The values the blank cells must hold where the table's sums decide them: in 表三 a row's 总计 is the sum of its
 * six applicant columns, in 表四 a group's 总计 the sum of its four results. One blank is the difference; several
 * blanks are 0 when the known cells already add up. Where the sums cannot decide (or there is no sum, 表二), 0.
 * `values` are in the order of `blankIdx`, `how` too: the arithmetic that decided a value from its row (`2 − 1`: the
 * total less the known terms; `1 + 1`: the terms of a blank total), else ''. `fromColumns` is set when some came from
 * the column sums (`columnImplied`, 表三) rather than from the row. Undefined when writing 0 would contradict a known
 * total.
 */
function blankFill(t: TableModel, cells: (Cell | null)[], blankIdx: number[], columnImplied: number[] | null): { values: number[]; how: string[]; fromColumns: boolean } | undefined {
  const groups: { terms: number[]; total: number }[] =
    t.id === 't3' ? [{ terms: [0, 1, 2, 3, 4, 5], total: 6 }] : t.id === 't4' ? [0, 1, 2].map((g) => ({ terms: [0, 1, 2, 3].map((k) => g * 5 + k), total: g * 5 + 4 })) : [];
  const value = new Map<number, number>();
  const how = new Map<number, string>();
  let fromColumns = false;
  for (const i of blankIdx) value.set(i, 0);
  for (const g of groups) {
    const idx = [...g.terms, g.total];
    const blankHere = idx.filter((i) => blankIdx.includes(i));
    if (!blankHere.length) continue;
    const unreadable = idx.some((i) => !blankIdx.includes(i) && num(cells[i]) === null);
    if (unreadable) continue;
    const knownTerms = g.terms.filter((i) => !blankIdx.includes(i)).reduce((a, i) => a + num(cells[i])!, 0);
    if (blankIdx.includes(g.total)) {
      // Total blank: it is the sum when every term is known; with blank terms too, the column sums may tell.
      if (blankHere.length === 1) {
        value.set(g.total, knownTerms);
        const nonZero = g.terms.map((i) => num(cells[i])!).filter((v) => v !== 0);
        if (nonZero.length > 1) how.set(g.total, nonZero.join(' + '));
      }
      else if (columnImplied && blankHere.every((i) => columnImplied[i] !== undefined)) {
        for (const i of blankHere) value.set(i, columnImplied[i]);
        fromColumns = true;
      } else return undefined;
      continue;
    }
    const rest = num(cells[g.total])! - knownTerms;
    if (rest < 0) return undefined;
    if (blankHere.length === 1) {
      value.set(blankHere[0], rest);
      if (knownTerms !== 0) how.set(blankHere[0], `${num(cells[g.total])} − ${knownTerms}`);
    } else if (rest !== 0) return undefined;
  }
  return { values: blankIdx.map((i) => value.get(i)!), how: blankIdx.map((i) => how.get(i) ?? ''), fromColumns };
}

/**
 * The fix that writes `values` into the blank cells `blankIdx`. In a row aligned with spaces (`spaced`, of a blank
 * cell's range: the cell is the spaces where its column's numbers stand, see `placeByColumns`) each number is
 * written over those spaces, aligned as the column's other numbers are (`align`, of the blank's range and its
 * column index: left where they start together, else right), so the columns after it stay in place; undefined
 * when a number is wider than its blank.
 */
function fillFix(cells: (Cell | null)[], blankIdx: number[], values: number[], spaced: (range: Range) => boolean, align: (range: Range, column: number) => 'left' | 'right', pipeCell: (range: Range) => { range: Range; width: number } | null): Fix | undefined {
  const title = values.every((v) => v === 0) ? bi('在空白单元格中填 0', values.length === 1 ? 'Write 0 in the blank cell' : 'Write 0 in the blank cells') : bi(`按合计填入 ${values.join('、')}`, `Write ${values.join(', ')} (from the totals)`);
  const edits = blankIdx.map((i, k) => {
    const { range } = cells[i]!;
    const room = range.end.character - range.start.character;
    const text = String(values[k]);
    if (spaced(range)) return { range, newText: text.length <= room ? padToWidth(text, room, align(range, i), false) : null };
    // A blank cell of a pipe row written `| 5 |`: the number gets a space on each side too (`| 0 |`, not `|0 |`),
    // in the cell's width where it is wider.
    const cell = pipeCell(range);
    return cell ? { range: cell.range, newText: ` ${text} `.padEnd(cell.width) } : { range, newText: text };
  });
  return edits.every((e): e is { range: Range; newText: string } => e.newText !== null) ? { title, edits } : undefined;
}

/**
 * The fix that writes `values` (the seven the 表三 column sums give, `impliedT3Row`) into the blank cells of 表三 row
 * `r`, a row with no number at all (row-missing's: brk106 #10), as cell-blank fills the blanks of a row with some
 * numbers from the column sums: only when, with the other such rows (`others`, each with its values) filled as well,
 * every identity of the table holds (a failing one means a wrong number whose error the filled row would take in),
 * no row of the table has more or fewer numbers than its columns, and the header has no column the template lacks.
 * Undefined otherwise, or where a number does not fit its blank (a space-aligned row). With `lastYear`, `values` are
 * last year's 结转下年度继续办理 for a blank 上年结转 row (X-1): held back only by an identity through the row that
 * fails with them in (this year's table would stop adding up), and the title names their source.
 */
export function columnSumsFix(report: Report, t: TableModel, r: RowModel, values: number[], others: readonly { row: RowModel; values: number[] }[], lastYear?: { year: number | null }): Fix | undefined {
  // A row read with more or fewer numbers than the columns (cell-count's) may hold them in the wrong columns: the
  // column sums are then no ground to write a whole row on.
  if (t.broken || t.rows.some((x) => x.cells.length && x.match.kind !== 'absent' && x.cellCount !== x.cells.length)) return undefined;
  // Nor under a header with columns the template lacks (法人或其他组织小计): the row would keep a blank there, which no
  // sum of the template decides, and read back one number short.
  if (t.header?.order.some((j) => j < 0)) return undefined;
  const all = [0, 1, 2, 3, 4, 5, 6];
  // (Values from last year's report, `lastYear`, are not worked out from this table: only an identity through the
  // row that then fails holds them back, as carry-over's fix is held back where this year's table would stop adding up.)
  const fills = [{ row: r, values, own: true }, ...others.filter((o) => o.row !== r).map((o) => ({ ...o, own: false }))].map((f) => ({ row: f.row.id, cols: all, values: f.values, fromColumns: !(f.own && lastYear) }));
  if (contradictedFills(t, fills).has(r.id)) return undefined;
  const spaced = (range: Range) => t.layout === 'space-aligned' && !/[|｜\t]/.test(report.lines.line(range.start.line));
  const fix = fillFix(r.cells, all, values, spaced, (range, i) => spaceColumnAlign(report.lines, t, i, range), (range) => spacedPipeCell(report.lines, t, range));
  if (!fix) return undefined;
  const title = lastYear
    ? bi(`按上一年度报告${lastYear.year ? `（${lastYear.year}年）` : ''}的结转下年度继续办理填入 ${values.join('、')}`, `Write ${values.join(', ')} (last year's 结转下年度继续办理${lastYear.year ? `, ${lastYear.year}` : ''})`)
    : values.every((v) => v === 0) ? bi('按各列合计在这一行填 0', 'Write 0 in the row (from the column totals)') : bi(`按各列合计填入 ${values.join('、')}`, `Write ${values.join(', ')} (from the column totals)`);
  return { ...fix, title };
}

/**
 * The whole inside of the blank pipe cell at `range` (an empty range in its line, right after the cell's opening pipe
 * or inside its spaces), when the row writes its cells with a space on each side of their text (`| 5 |`): its range
 * (between the two pipes, spaces only) and width. Null for a row without spaces around its cells (`|5||`), a cell
 * with text, or a line without pipes around the range (a tab-separated or space-aligned row). A row with no text in
 * any value cell (the blank row row-missing inserts, `label |   |   |`) writes its cells as the nearest row of table
 * `t` that has some: `| 0 |` in a table that writes them so, not `| 0  |` (brk109 #11a).
 */
function spacedPipeCell(lines: LineIndex, t: TableModel, range: Range): { range: Range; width: number } | null {
  if (range.start.line !== range.end.line || range.start.character !== range.end.character) return null;
  const line = lines.line(range.start.line);
  const at = range.start.character;
  const a = line.lastIndexOf('|', at - 1), b = line.indexOf('|', at);
  if (a < 0 || b < 0 || line.slice(a + 1, b).trim() !== '' || line[a - 1] === '\\') return null;
  if (!spacedCells(styleLine(lines, t, range.start.line))) return null;
  return { range: { start: { line: range.start.line, character: a + 1 }, end: { line: range.start.line, character: b } }, width: b - a - 1 };
}

/** Whether pipe row `line` writes a space between a pipe and a cell's text (`| 5 |`, not `|5|`). */
const spacedCells = (line: string) => /\| +[^\s|]/.test(line);

/**
 * The line whose cells show how row `at` of table `t` spaces them: its own when some cell after a pipe has text, else
 * the nearest line of the table above or below it that has such a cell (itself when none has).
 */
function styleLine(lines: LineIndex, t: TableModel, at: number): string {
  const own = lines.line(at);
  // (Text after a pipe: a label before the first pipe, `label |   |`, shows nothing of the cells' spacing.)
  const written = (l: string) => /\|[^|]*[^\s|]/.test(l);
  if (written(own)) return own;
  const first = t.range.start.line, last = Math.min(t.range.end.line, lines.lineCount - 1);
  for (let d = 1; at - d >= first || at + d <= last; d++) {
    for (const l of [at - d, at + d]) {
      if (l < first || l > last) continue;
      const text = lines.line(l);
      if (written(text)) return text;
    }
  }
  return own;
}

/**
 * 表四's row (its id) when a group without a blank fails its sum (four results and their 总计): its numbers may have
 * moved a cell (one lost mid-row, the last cell left empty), and a blank filled from its own group would make the row
 * look complete with its numbers under the wrong columns (helper-206 #2, #3). Empty otherwise.
 */
function t4FailingGroups(plans: readonly { row: RowModel; blanks: number[] }[]): Set<string> {
  const out = new Set<string>();
  for (const { row, blanks } of plans) {
    for (let g = 0; g * 5 + 4 < row.cells.length; g++) {
      const idx = [0, 1, 2, 3, 4].map((i) => g * 5 + i);
      if (idx.some((i) => blanks.includes(i))) continue;
      const v = idx.map((i) => num(row.cells[i]));
      if (v.some((x) => x === null)) continue;
      if (!addsUp(v as number[])) out.add(row.id);
    }
  }
  return out;
}

/**
 * The 表三 rows (ids) whose blank cells are not filled although the sums give values for them: filled in as one
 * pass of fixes would (every row's fill together), an identity of the table (T3-A, T3-B, T3-C) that then fails
 * involves one of the row's cells: a filled one (the value contradicts another total) or one the values were
 * worked out from (a typo there would be carried into the blanks, and the table made to add up around it). For
 * values from the column sums, any failing identity holds the row back (they were worked out from the whole table).
 */
function contradictedFills(t: TableModel, fills: { row: string; cols: number[]; values: number[]; fromColumns: boolean }[]): Set<string> {
  const held = new Set<string>();
  if (!fills.length) return held;
  const get = t3Values(t, fills.flatMap((f) => f.cols.map((col, k) => ({ row: f.row, col, value: f.values[k] }))));
  const failing = t3Identities(t).filter((id) => t3Holds(id, get) === false);
  if (!failing.length) return held;
  for (const f of fills) {
    if (f.fromColumns || failing.some((id) => [...id.left, ...id.right].some((c) => c.row === f.row))) held.add(f.row);
  }
  return held;
}
