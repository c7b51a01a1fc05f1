import type { Bilingual, Cell, Range, TableModel, TextEdit } from '../types.js';
import type { Template } from '../templates/index.js';
import type { LineIndex } from '../text/lines.js';
import { displayWidth, layoutWidth } from '../editor/pipeTables.js';
import { labelKey } from '../text/normalize.js';
import type { Rule } from './rule.js';
import { bi, documentIsNfkc, inStyleOf, inTableScriptAt, inWrittenScriptAt, keepsDigits } from './util.js';
import { markInWrittenScript } from '../text/script.js';

/**
 * 表二's amount column headed in 元 where the template says 万元 (`本年收费金额（单位：元）`): changing the header alone
 * would make every amount 10,000 times too large. Returns the edits that write each amount of the column in 万元 as
 * well (exact decimals: 125000 → 12.5), or, when an amount cannot be converted (a word, a unit in the cell), no
 * edits and a note saying so; null when the header does not differ by the unit alone.
 */
function unitChange(t: TableModel, columnId: string, raw: string, label: string, template: Template | null): { edits: TextEdit[] | null; note: Bilingual } | null {
  const want = labelKey(label);
  if (t.id !== 't2' || !want.includes('万元') || labelKey(raw) !== want.replace('万元', '元')) return null;
  const block = template?.tables.t2?.blocks.find((b) => b.columns.some((c) => c.id === columnId));
  if (!block) return null;
  const k = block.columns.findIndex((c) => c.id === columnId);
  const cells = t.rows.filter((r) => block.rows.some((br) => br.id === r.id) && r.match.kind !== 'absent').map((r) => r.cells[k]).filter((c): c is Cell => !!c && c.raw.trim() !== '');
  const edits: TextEdit[] = [];
  const shown: string[] = [];
  for (const c of cells) {
    const to = c.value !== null && !c.invalid && !c.unit ? yuanToWan(c.raw) : null;
    if (to === null) {
      return { edits: null, note: bi(`；该列的数“${c.raw}”无法自动换算，请把该列的数换算为万元后再改列标题`, `; the column's number “${c.raw}” cannot be converted automatically: convert the column's amounts to 万元, then change the header`) };
    }
    // A small amount with decimals (`12.5` headed 元 would be 0.00125 万元) may be 万元 already, under a header whose
    // unit alone is wrong: which of the two is meant only the original table tells.
    if (c.value !== null && c.value > 0 && c.value < 100 && /[.．]/.test(c.raw)) {
      return { edits: null, note: bi(`；该列的数“${c.raw}”按元计很小（换算为 ${to} 万元），可能本来就是按万元填写、只是列标题的单位写错了，请对照原表核对，未自动修改`, `; the column's number “${c.raw}” is very small in 元 (${to} 万元): it may be in 万元 already, under a header whose unit alone is wrong; check against the original table (not changed automatically)`) };
    }
    edits.push({ range: c.range, newText: to });
    shown.push(`${c.raw} 元 = ${to} 万元`);
  }
  return {
    edits,
    note: shown.length
      ? bi(`；该列的数是按元填写的，修复会一并换算为万元（${shown.join('，')}）`, `; the column's amounts are in 元: the fix converts them to 万元 as well (${shown.join(', ')})`)
      : bi('', ''),
  };
}

/** A count of 元 written in 万元, exactly (`125000` → `12.5`, `1234.56` → `0.123456`), or null if `raw` is no plain amount. */
export function yuanToWan(raw: string): string | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(raw.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '').trim());
  if (!m) return null;
  const whole = m[1].padStart(5, '0');
  const int = whole.slice(0, -4).replace(/^0+(?=\d)/, '');
  const frac = (whole.slice(-4) + (m[2] ?? '')).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * The edit that writes `to` over the header cell at `range` (on one line) without moving the columns after it:
 * in a table aligned with spaces (`pdftotext -layout`: the cell is followed by spaces and more text) the spaces
 * after the cell shrink or grow by the change in display width (a Chinese character is two columns), keeping at
 * least one space, two where there were two or more. A cell a pipe or a tab ends, or the line's last, is replaced
 * as it is. Null when the new text does not fit before the next column (only spaces are ever removed).
 */
function alignedEdit(lines: LineIndex, range: Range, to: string): TextEdit | null {
  const text = lines.line(range.start.line);
  const end = range.end.character;
  let next = end;
  while (next < text.length && (text[next] === ' ' || text[next] === '\u3000')) next++;
  // Not followed by spaces then more of the line: nothing after it to keep in place.
  if (next === end || next >= text.length || text[next] === '|' || text[next] === '｜' || text[next] === '\t') return { range, newText: to };
  const gap = layoutWidth(text.slice(end, next));
  const room = layoutWidth(text.slice(range.start.character, end)) + gap;
  const spaces = room - layoutWidth(to);
  if (spaces < Math.min(gap, 2)) return null;
  if (spaces === gap && !text.slice(end, next).includes('\u3000')) return { range, newText: to };
  return { range: { start: range.start, end: { line: range.end.line, character: next } }, newText: to + ' '.repeat(spaces) };
}

/**
 * Whether the header cell at `range` (one line of a grid table, `+----+` borders) goes on in the line above or below
 * it: that line is in the same row (a `|` line, no border between) and has text under the cell's display columns
 * (`| 商业企 |` over `| 业 |` where the row was not read joined, see `joinGridRows`). Writing the whole label on
 * one line would then keep the other piece (商业企业 + 业) and widen the row out of the grid: no fix is offered.
 */
function wrapsInGrid(lines: LineIndex, range: Range): boolean {
  const n = range.start.line;
  const text = lines.line(n);
  if (!text.trimStart().startsWith('|')) return false;
  // A grid table: the `|` lines above the cell end at a border line (a pipe table's do not).
  let i = n - 1;
  while (i >= 0 && i > n - 40 && lines.line(i).trimStart().startsWith('|')) i--;
  if (i < 0 || !/^\+[-=:+]+\+$/.test(lines.line(i).trim())) return false;
  const left = text.lastIndexOf('|', range.start.character - 1);
  const right = text.indexOf('|', range.end.character);
  const from = displayWidth(text.slice(0, left + 1)), to = right < 0 ? Infinity : displayWidth(text.slice(0, right));
  for (const k of [n - 1, n + 1]) {
    if (k < 0 || k >= lines.lineCount) continue;
    const other = lines.line(k);
    if (!other.trimStart().startsWith('|')) continue;
    // The other line's characters standing in the cell's display columns.
    let col = 0, under = '';
    for (const ch of other) {
      const w = displayWidth(ch);
      if (col >= from && col + w <= to) under += ch;
      col += w;
    }
    const words = under.trim();
    if (words && !/^[-=:+|\s]+$/.test(words)) return true;
  }
  return false;
}

/**
 * The edits that write `to` (the template's label) over a header wrapped over lines (`parts`, see
 * `LabelMatch.parts`): `to` cut into pieces as long as the parts (UTF-16 units), each written over the part that
 * differs from its piece (`结果` over `维待` for 结果维持: `维待` becomes `维持`), so every line keeps its characters
 * where they stand. Null when `to` is not as long as the parts together (a character missing or extra: which line
 * it belongs on cannot be told).
 */
function partEdits(parts: { raw: string; range: Range }[], to: string): TextEdit[] | null {
  if (parts.reduce((n, p) => n + p.raw.length, 0) !== to.length) return null;
  const edits: TextEdit[] = [];
  let at = 0;
  for (const p of parts) {
    const piece = to.slice(at, (at += p.raw.length));
    if (piece !== p.raw) edits.push({ range: p.range, newText: piece });
  }
  return edits;
}

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
    rationale: bi('列标题（以及表三左上角的勾稽关系说明）由格式逐字规定，如“商业企业”不是“商业机构”，“采购总金额”不是“采购金额”，表四的“结果纠正”不是“结果纠证”。表四的列名换了说法（“合计”应为“总计”，“纠正结果”应为“结果纠正”，“维持原判”应为“结果维持”）也在此提示；写成与格式无关的词（如“驳回”）而同组其他各列都在格式的位置时，按位置提示应为哪一列；“其它”与“其他”视为相同，列名的一部分（“维持”，可能是折行的列名的一半）不提示。表三表头中重复的列名、空白的列名或非格式的列名（如把“总计”写成“合计”）也在此提示，各行的数按格式的列顺序读取；表头只有一行、各列名空白（不论空了几列）或被数覆盖（整行填成 0）的，逐列按位置提示，数不自动改写；表二某一项表头（以“信息内容”开头的一行）中空白或写成数的列名同样按位置提示；表四的列名行（行政复议、行政诉讼分组标题之下的 15 个列名，或一行写全的“行政复议结果维持”等）中空白或被数覆盖的列名同样逐列按位置（连同所在的组）提示，空白的修复补写格式的列名；表二某一项的列标题写成另一项的列名（如第二十条第（八）项的列写成“本年处理决定数量”，应为“本年收费金额（单位：万元）”）同样提示，修复改为该项的列名。修复会换成格式规定的文字（表三按位置补写，只在该列名在表头中缺失时）；表二金额列的标题缺少单位（“本年收费金额”；制表符分隔或以空格对齐的表格中，单位折到下一行的不算缺少）时提示、不修复：该列的数按什么单位填写只有原表知道；表二金额列的标题把“万元”写成“元”时，修复会把该列的数一并换算为万元（125000 → 12.5），有无法换算的数、或有带小数的很小的数（12.5 元，可能本来就是万元）则不提供修复。制表符分隔或以空格对齐（pdftotext -layout）的表格中，表头行里与其他列名并列的整个词同样比较（表四按网页复制的三行表头读取各列名）；折行后的半个列名（“社会公益”下一行“组织”）不算错字；表三、表四的列名折行书写时（“商业企”下一行“业”，“结果”下一行“维持”；pdftotext 把“其他”排在两行之间的一行也照样），按列的位置把上下两半合起来读取，合起来有错字的照样提示，修复只改写写错的那一半。以空格对齐的表格，修复会增减其后的空格，使后面各列不错位，放不下时不提供修复。表四的分组标题（“行政复议”“行政诉讼”“未经复议直接起诉”“复议后起诉”）同样核对：写错一两个字（“行政复审”“复议后诉讼”）、又在该标题的位置时提示，修复改为格式的标题。表二各项（如第二十条第（五）项、第（六）项）的表头按该项自己的列核对，别的项有同名的列也不影响（“本年增/减”写成“本年曾/减”照样提示）。', 'Column headers (and the corner note of 表三, and the 表四 labels such as 结果纠正) are fixed by the format. A 表四 label in other words (合计 for 总计, 纠正结果 for 结果纠正, 维持原判 for 结果维持) is reported too, and a word unrelated to the format (驳回) by its position, when the group\'s other columns stand at theirs; 其它 and 其他 count as the same, and part of a label (维持, maybe half of a wrapped label) is not reported. A 表三 header naming a column twice, leaving one empty or using another word (合计 for 总计) is reported here too, and its rows are read in the template\'s order; so is each cell of a one-line 表三 header whose labels are blank (however many) or were written over with numbers (a number is never overwritten by the fix), and an empty or numeric cell of a 表二 item\'s header (the line opening with 信息内容); so is each blank or numeric cell of 表四\'s leaf header row (the 15 labels under the 行政复议 and 行政诉讼 groups, or a one-row header of 行政复议结果维持 and the like), by its position and group, a blank fixed to the template\'s label; so is a 表二 item\'s column header that names another item\'s column (本年处理决定数量 over 第二十条第（八）项, whose column is 本年收费金额（单位：万元）), which the fix changes to the item\'s own. The fix writes the template\'s text (in 表三 by position, only when that label is missing from the header); a 表二 amount header without its unit (本年收费金额; in a tab-separated or space-aligned table, a unit wrapped to the next header line is no missing unit) is said without a fix, since only the original table tells the unit its amounts are in; where the amount header of 表二 says 元 for the template\'s 万元, the fix converts the amounts of the column to 万元 as well (125000 → 12.5), and is not offered when an amount cannot be converted, or is a small amount with decimals (12.5 元 may be 万元 already). In a tab-separated or space-aligned table (pdftotext -layout) a whole word of a header line standing beside other column labels is compared too (表四\'s three-row header as a web page copies it is read for its labels); part of a label wrapped over two lines (社会公益 above 组织) is no misspelling; a 表三 or 表四 header wrapped so (商业企 above 业, 结果 above 维持; with 其他 on a line between them, as pdftotext sets it) is read whole by where its columns stand, a misspelling in it is reported, and the fix rewrites only the part that is wrong. In a space-aligned table the fix adds or removes the spaces after the header so that the columns after it stay in place, and is not offered when the new header does not fit. 表四\'s group headers (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉) are compared too: one a character or two off (行政复审, 复议后诉讼), standing where that header goes, is reported, and the fix writes the template\'s. Each 表二 item\'s header (第二十条第（五）项, 第（六）项…) is compared with that item\'s own columns, whatever the other items\' headers say (本年曾/减 for 本年增/减 is reported there too).'),
    example: { bad: '| 商业机构 | 科研机构 | … |', note: bi('应为“商业企业”', 'should be 商业企业') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      for (const c of t.columns) {
        if (c.match.kind !== 'misspelled' || !c.match.range) continue;
        // In the script the header is written in (`商業企業` over `商業機構`, brk109 #7); a header wrapped over lines
        // is written as the template writes it (its pieces are compared with the parts as read).
        const scripted = c.match.parts ? null : inWrittenScriptAt(ctx.report, c.match.range, inStyleOf(c.match.raw, c.label));
        const to = scripted ?? inStyleOf(c.match.raw, c.label);
        // The header as written (not as read through a simplified view), for the message.
        const source = ctx.report.extras.sourceLines;
        const raw = source && !c.match.parts && ctx.report.lines.slice(c.match.range) === c.match.raw ? source.slice(c.match.range) : c.match.raw;
        // A header without the unit the template gives it (`本年收费金额`): which unit its amounts are in only the
        // original table says (1250 may be 元); said, not fixed (brk89 #12).
        const unitless = /（单位：[^）]*）$/.exec(c.label);
        if (unitless && labelKey(c.match.raw) === labelKey(c.label.slice(0, unitless.index))) {
          ctx.add({
            message: bi(
              `${t.name}的列标题“${c.match.raw}”缺少单位，格式规定为“${c.label}”：请确认该列的数是按${unitless[0].slice(4, -1)}填写的（按其他单位填写的请换算）后补上单位，未自动修改。`,
              `${t.name} column header “${c.match.raw}” has no unit; the template's is “${c.label}”: make sure the column's amounts are in ${unitless[0].slice(4, -1)} (convert any in another unit), then add the unit; not changed automatically.`),
            range: c.match.range,
            data: { table: t.id, column: c.id },
          });
          continue;
        }
        // A header in 元 over amounts in 元: the amounts change with it, or nothing does.
        const unit = unitChange(t, c.id, c.match.raw, c.label, ctx.template);
        // In a table aligned with spaces every edit keeps the columns after it in place, or nothing is changed
        // (no fix rather than a table broken out of its columns).
        const lines = ctx.report.lines;
        const wrapped = c.match.parts ? partEdits(c.match.parts, to) : undefined;
        // (The header's edit in the script it is written in: marked so, `markInWrittenScript`.)
        const own = (e: TextEdit | null) => (e && scripted !== null ? markInWrittenScript(e) : e);
        const all = unit?.edits === null || wrapped === null ? null
          : [...(wrapped ?? [{ range: c.match.range, newText: to }]).map((e) => own(alignedEdit(lines, e.range, e.newText))), ...(unit?.edits ?? []).map((e) => alignedEdit(lines, e.range, e.newText))];
        // A cell wrapped over a grid row's lines but read on one line: no edit of one piece keeps the label whole.
        const unjoined = !c.match.parts && wrapsInGrid(lines, c.match.range);
        // A fix never deletes or changes a digit written in the header (a number pasted into it is the author's).
        const edits = !unjoined && keepsDigits(c.match.raw, to) && all && all.every((e): e is TextEdit => e !== null) ? all : null;
        const misaligned = !unjoined && keepsDigits(c.match.raw, to) && all !== null && edits === null;
        const note = !keepsDigits(c.match.raw, to)
          ? bi('；其中的数字可能是表格的数，未自动修改，请对照原表核对', '; the digits in it may be a number of the table: not changed automatically; compare it with the original table')
          : (c.match.parts && wrapped === null) || unjoined
          ? bi('；该列标题折行书写，各行应写哪几个字无法确定，未自动修改', '; the header is wrapped over lines and which characters belong on which line cannot be told: not changed automatically')
          : misaligned
          ? bi(`${unit?.edits?.length ? '；该列的数是按元填写的，应一并换算为万元' : ''}；表格以空格对齐，改写后会错开其后各列，未自动修改`,
            `${unit?.edits?.length ? '; the column\'s amounts are in 元 and need converting to 万元 as well' : ''}; the table is aligned with spaces and the change would move the columns after it: not changed automatically`)
          : unit?.note ?? bi('', '');
        // A wrapped header is named by its parts too (the text has no `结果维待` to search for), and found at the
        // first part its fix changes.
        const shown = c.match.parts ? bi(`（折行写作${c.match.parts.map((p) => `“${p.raw}”`).join('')}）`, ` (wrapped as ${c.match.parts.map((p) => `“${p.raw}”`).join(' ')})`) : bi('', '');
        // A 表四 header of a word of its own (neither the leaf nor a misspelling of it) was taken by its place.
        const what = c.match.unlike
          ? bi(`不是格式的列名；按位置应为“${to}”`, ` is not one of the template's; by its position it should be “${to}”`)
          : bi(`与格式不一致，应为“${to}”`, ` differs from the template: “${to}”`);
        ctx.add({
          // The template's text as the fix writes it (in the document's punctuation, `(…:…,…)`; breaker31 #6).
          message: bi(
            `${t.name}的列标题“${raw}”${shown.zh}${what.zh}${note.zh}。`,
            `${t.name} column header “${raw}”${shown.en}${what.en}${note.en}.`),
          range: wrapped?.[0]?.range ?? c.match.range,
          fix: edits ? { title: bi(`改为“${to}”`, `Change to “${to}”`), edits } : undefined,
          data: { table: t.id, column: c.id },
        });
      }
      for (const h of t.headerLabels ?? []) {
        if (t.broken) break;
        if (h.kind === 'misspelled' && h.block) {
          // 表二: a block's header misspells one of its own columns (上一年项木数量 over 第二十条第（五）项), unless
          // said above (the column read misspelt there).
          if (t.columns.some((c) => c.match.kind === 'misspelled' && c.match.range && c.match.range.start.line === h.range.start.line && c.match.range.start.character === h.range.start.character)) continue;
          const canon = documentIsNfkc(ctx.report) ? h.label.normalize('NFKC') : h.label;
          const scripted = inWrittenScriptAt(ctx.report, h.range, inStyleOf(h.raw, canon));
          const to = scripted ?? inStyleOf(h.raw, canon);
          const edit = h.fix && keepsDigits(h.raw, to) && !wrapsInGrid(ctx.report.lines, h.range) ? alignedEdit(ctx.report.lines, h.range, to) : null;
          ctx.add({
            message: bi(
              `${t.name}${h.block.heading}的列标题“${h.raw}”与格式不一致，应为“${to}”。`,
              `${t.name} ${h.block.heading}: column header “${h.raw}” differs from the template: “${to}”.`),
            range: h.range,
            fix: edit ? { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [scripted !== null ? markInWrittenScript(edit) : edit] } : undefined,
            data: { table: t.id, column: h.column },
          });
          continue;
        }
        if (h.kind === 'another' && h.block) {
          // 表二: a block's header names another block's column (本年处理决定数量 over 第二十条第（八）项).
          const canon = documentIsNfkc(ctx.report) ? h.label.normalize('NFKC') : h.label;
          // (In the script the header is written in, as for a misspelled one.)
          const scripted = inWrittenScriptAt(ctx.report, h.range, canon);
          const to = scripted ?? canon;
          ctx.add({
            message: bi(
              `${t.name}${h.block.heading}的列标题“${h.raw}”是${h.block.of.join('、')}的列名，不是这一项的；按格式应为“${to}”。`,
              `${t.name} ${h.block.heading}: column header “${h.raw}” is the column of ${h.block.of.join(', ')}, not of this item; the template's is “${to}”.`),
            range: h.range,
            fix: h.fix && !wrapsInGrid(ctx.report.lines, h.range) ? { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [scripted !== null ? markInWrittenScript({ range: h.range, newText: to }) : { range: h.range, newText: to }] } : undefined,
            data: { table: t.id, column: h.column },
          });
          continue;
        }
        const what = h.kind === 'duplicate'
          ? bi(`列标题“${h.raw}”与另一列重复`, `column header “${h.raw}” repeats another column's`)
          : h.kind === 'blank'
            ? bi('列标题为空', 'a column header is empty')
            : h.kind === 'number'
            ? bi(`列标题被数“${h.raw}”覆盖（表头行填的是数而不是列名）`, `column header overwritten by the number “${h.raw}” (the header row holds numbers instead of the column labels)`)
            : bi(`列标题“${h.raw}”不是格式的列名`, `column header “${h.raw}” is not one of the template's`);
        // In the script the table is written in (the cell may hold none of the label's words: blank, `合计`).
        const scripted = inTableScriptAt(ctx.report, t.range, h.range, h.label);
        const label = scripted ?? h.label;
        // (表二: the item whose header it is, 表四: the group; its rows hold one number each per column, read by position.)
        ctx.add({
          message: h.block
            ? bi(`${t.name}${h.block.heading}的${what.zh}；按位置应为“${label}”。`, `${t.name} ${h.block.heading}: ${what.en}; by its position it should be “${label}”.`)
            : bi(
            `${t.name}的${what.zh}；按位置应为“${label}”。各行的数已按格式的列顺序（位置）读取。`,
            `${t.name}: ${what.en}; by its position it should be “${label}”. Each row's numbers were read by position (the template's order).`),
          range: h.range,
          // (Never over a number: it may be one of the table's, see `keepsDigits`.)
          fix: h.fix && h.kind !== 'number' && !wrapsInGrid(ctx.report.lines, h.range) ? { title: bi(`改为“${label}”`, `Change to “${label}”`), edits: [scripted !== null ? markInWrittenScript({ range: h.range, newText: label }) : { range: h.range, newText: label }] } : undefined,
          data: { table: t.id, column: h.column },
        });
      }
    }
  },
};
