import type { Rule, RuleFinding } from './rule.js';
import type { Bilingual, Range, RowModel, TableModel, TextEdit } from '../types.js';
import type { Template } from '../templates/index.js';
import type { Report } from '../model/build.js';
import { bi, documentIsNfkc, inRowOrdinalStyle, inStyleOf, inTableScriptAt, inWrittenScriptAt, keepsDigits, quotedWithInvisible } from './util.js';
import { markInWrittenScript } from '../text/script.js';
import { layoutWidth } from '../editor/pipeTables.js';
import { labelAdditionStart, wordsSwapped } from '../model/labels.js';
import { labelKey } from '../text/normalize.js';
import { count as countEn } from '../text/english.js';
import { t2ItemOf, t2MisplacedRows } from './row-missing.js';
import { labelRewrite } from './label-rewrite.js';
import { decodeCharRefs, hasCharRef } from '../parse/html.js';

/**
 * Deletes the row a label was wrapped into (`LabelMatch.continuation`), with the line break before it: the fix
 * writes the whole label in the row above, and the rest left below would be a stray row.
 */
function continuationEdit(report: Report, line: Range | undefined): TextEdit[] {
  if (!line || line.start.line < 1) return [];
  const above = line.start.line - 1;
  return [{ range: { start: { line: above, character: report.lines.line(above).length }, end: line.end }, newText: '' }];
}

/** A row label that is a misspelling of a template label (`不分公开`, `以获取信息`, `其他法律行政止公开`). */
export const rowLabel: Rule = {
  meta: {
    id: 'row-label',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('行标签与格式标签不一致（错字、漏字，或按位置读取的别的标签），或表二、表三中有格式没有的行', 'A row label misspells the template label or is another label read by its place, or 表二 or 表三 has a row the format does not'),
    rationale: bi('表格的行标签由格式逐字规定。错字（“不分公开”）、漏字（“其他法律行政止公开”）、同音字（“以获取信息”）或两个相邻的字颠倒（“以予公开”，算一处错字）会让人怀疑表格是否照格式填写。修复会换成格式规定的标签（序号照作者的写法，只改错了的字：“4、其他”改为“3、其他”，“3．”“(三)”亦然；没有序号的标签按同组各行的写法写上序号；用繁体字书写的标签按繁体字写入，保留作者写的字；标签折行写在下一行时，连同那一行一起改；标签后写的说明如“（含商业秘密）”“（含转办件）”“ 备注：无”或脚注标记“※”“¹”“[1]”保留，只改写标签本身）。标签与格式一致、只是后面加了这样的标记或说明时，不报告。标签在单元格内折行、粘贴成上下几行时（Word 单元格内换行、PDF 转出的窄列、Word 网页的每段一行），按合起来的标签比较，修复只改写有错字的那一行，改动跨越几行时不提供修复。表三标签之后紧接着多写了几个字、又不在括号中或逗号之后（“8.属于行政查询事项和查询”）时，也按本规则报告，但不提供修复：多出的字是作者的文字，是误输入还是说明无从判断；括号中的注释是格式容许的写法，不报告。与格式标签全然不同的标签（“4.其他”）按它在表中的位置读取，只提示核对，不提供修复：它可能是另一项的行；只写了这一行的序号和标签开头的字、其余省去的（“（六）其他”，应为“（六）其他处理”；2021 年格式的分组行“（六）其他”也是），按序号就是这一行，提示并修复为格式标签；每格一行粘贴的表格中，紧挨在数之上、单独一行的标签与这一行的标签相近（序号相同，错两三个字，如“(一)于已公开”）、又不是别的行的标签时，同样提示。表三竖线表格中某行的行标签单元格是空的（“|   | 3 | 0 | … | 3 |”）、其余各格正好是表格的数值列时，空格是标签的格，不是空白的“自然人”：这一行的数按各列读取，按它在表中的位置当作相应的行，报告一次并修复为在空格中写上格式标签；标签单元格只写了这一行的序号（“（二）”“2.”）时同样报告并修复（写成另一行的序号时按位置读取，只提示核对）。各行不以竖线开头的表格（“一、本年新收… | 0 | … |”）中，以竖线开头的行（“ | 0 | 0 | … |”）竖线前的空白就是它空着的标签单元格，同样处理。某行根本没有行标签单元格、第一格就是它的第一个数时（竖线表格中“| 40 | 3 | … | 46 |”在 8 格的表头下只有 7 格，或以制表符分隔的一行以数开头），显示时它的每个数都落在左边一列之下、最后一列空着：按它在表中的位置读取并报告（不把表头的最后一格“总计”当作它的标签）；它的数正好是格式的个数、这一行比相邻按标签读出的行少一格，且表三中格式排在它前后的行都按标签读出（表二中它是这一项唯一缺的一行、又在那一行的位置）时，修复在行首插入格式标签的单元格，各数不动；数的个数与格式不符时只提示、不修复（数值个数由 cell-count 报告，位置在这一行）。其下紧接分隔行、自成一表的一行（PDF 转出的一行一表，标签在表外的文字中）、标签单独写在上一行的行，以及表四的数值行，不按此报告。分组标签与其第一行写在同一行、第一行的标签格空着时（“(五)不予处理 |   | 2 | 0 | … |”），空格是第一行（“1.信访举报投诉类申请”）的标签格，这些数是这一行的、不是分组的小计，同样报告并修复。以空格对齐的表三（从 PDF 转出的文本）中只有一行数、行标签被删去或只剩序号（“1.”）、上下也没有这一标签的字时，同样按位置读取并报告；修复在行首写上格式标签，缩进与同一层级的行相同，数仍在原来的列（标签比原来的空白长时，把数推后尽量少的格）。“（二）部分公开”省去了格式标签括号中的说明，可以接受；但省去说明后余下的字有错（“（二）不分公开”“（二）部份公开”）时按错字报告，修复写成格式的完整标签。表二的行标签错一个字（“行政许可等”“行政处罚👍”）时同样报告并修复，消息写明它所在的第二十条某项。另一年度格式的行名写错了字（2021 年报告中的“观范性文件”，即 2019 年格式的“规范性文件”）时也是这一行：它的数照常读取和核对，报告并修复为报告所用格式的行名（“行政规范性文件”）。表二竖线表格中某行的行标签单元格是空的（“|          | 86 |”）、而它所在的项正好缺格式的一行、这一行又在那一行的位置（格式排在它之前的行之下、之后的行之上）时，按位置读作那一行，它的数照常检查；报告一次，修复在空格中写上格式标签。以空格对齐的表二（从 PDF 转出的文本）中只有数、没有行名的一行（行名被删去或换成了空格），在同样的条件下、且每个数都对得上该项的列（该项其他行的数或表头）时，同样按位置读作那一行（上一行只读它自己那一行的数，不把它当作上一行的第二个数）；修复在行首写上格式标签，缩进与其他行相同，数仍在原来的列。表二中格式没有的行（如地方增加的“其他主动公开文件”）可以容许，只作提示，它的数不参与检查，不提供修复；但格式只有一行的一项（第二十条第（五）项的“行政许可”）缺了这一行、其项标题下又只有一行格式没有的行（“行政批准”）时，那一行就是这一项的行、标签写错了：报告并修复为格式的标签，它的数照常检查。格式的某一行不在表中、而它那一项的标题下有一行的标签是这一行的标签后多写了一两个词（“行政处罚决定”“行政强制措施”，或带行内代码）时，同样是这一行、标签写错了：报告并修复为格式的标签，它的数照常检查；这样的行写在了别的项下时（第二十条第（五）项下的“行政处罚决定”），同样是这一行，由 row-missing 一并报告它的位置和标签，修复移动并改名，本规则不另外报告。表三的分组行（“（三）不予公开”至“（六）其他处理”）的标签同样核对：错字（“（三）不公开”“（五）不予受理”）报告并修复，标签后多写的字（“（四）无法提供信息”）报告、不修复；分组行填了小计时仍按分组行读取（sum-subtotal 核对小计），不会被当作其下的某一行。表三各行之间夹着格式没有、又填了数的行（如“6.其他不予处理情形”）时报告为警告：它的数不参与任何合计的检查，读者却会把它当作表格的一部分；它的数应归入格式中的哪一行只有作者知道，不提供修复。“小计”“合计”行（也在表三最后一行之下）不是某一组各行之下的小计（那由 sum-subtotal 核对）时只作提示：它的数未经检查。相邻的两个字或词前后颠倒（“以予公开”“其他对外服务管理事项”）算一处写错，提示并提供改名的修复，这一行的数照常读取。', 'Row labels are fixed by the format character by character (two neighbouring characters swapped, 以予公开, count as one misspelling). A misspelled label is replaced by the template\'s (its ordinal written as the author writes it, only what is wrong changed: 4、其他 becomes 3、其他, and so for 3． or (三); a label without an ordinal gets one as its group\'s rows write theirs; in traditional characters where the label is written in them, the author\'s characters kept; with the row it wrapped into, when the label continues on a row of its own; a remark written after the label, such as （含商业秘密）, （含转办件） or  备注：无, and a footnote mark such as ※, ¹ or [1] are kept: only the label itself is rewritten). A label that is the template\'s but for such a mark or remark after it is not reported. A label wrapped over lines when pasted (a line break in a Word cell, a narrow column of a PDF\'s text, Word\'s HTML with a paragraph a line) is compared joined; the fix rewrites only the line with the misspelling, and there is none when the change spans lines. Text glued right after a 表三 label, neither in brackets nor after a comma (8.属于行政查询事项和查询), is reported too, without a fix: it is the author\'s text, and a slip cannot be told from a remark; a bracketed note is a tolerated way to write one and is not reported. A label wholly unlike the template\'s (4.其他) is read by its place in the table and said without a fix: it may be another item\'s row; a label of the row\'s ordinal and the first words of its label, the rest left out (（六）其他 for （六）其他处理; the 2021 format\'s group row （六）其他 too), is that row by its ordinal: said, and fixed to the template\'s label; in a table pasted one cell a line, so is a label on its own line right above the numbers that is near the row\'s (its ordinal, two or three characters off, (一)于已公开) and no other row\'s. A 表三 pipe row whose label cell is empty (|   | 3 | 0 | … | 3 |) while its other cells are exactly the table\'s value columns has that cell as its label\'s, not as a blank 自然人: its numbers are read in their columns, the row is taken by its place, said once, and the fix writes the template\'s label into the cell; so is a label cell holding the row\'s ordinal alone (（二）, 2.), fixed the same way (another row\'s ordinal there is read by the place and said without a fix). In a table whose rows do not open with a pipe (一、本年新收… | 0 | … |), a row that does ( | 0 | 0 | … |) has its empty label cell before that pipe, and is read and fixed the same way. A row with no label cell at all, its first cell its first number (| 40 | 3 | … | 46 |, 7 cells under 表三\'s 8-cell header, or a tab-separated row starting with a number), shows each number one column to the left and its last column empty: it is read by its place and said (the header\'s last cell, 总计, is not taken for its label); where it has the template\'s count of numbers and one cell fewer than the labelled rows near it, and in 表三 the rows the template puts before and after it are read by their labels (in 表二, it is the one row its item lacks, standing where that row belongs), the fix inserts the template\'s label cell at its start, the numbers left as they are; with more or fewer numbers it is said without a fix (cell-count says the count, at the row). A row over a delimiter row, a table of its own (a PDF\'s text cut into one-row tables, the labels in the text around), a row whose label stands on the line above it, and 表四\'s value row are not said so. A group label sharing its line with its first row whose label cell is empty ((五)不予处理 |   | 2 | 0 | … |) has that cell as the first row\'s (1.信访举报投诉类申请) label cell: the numbers are that row\'s, not a subtotal of the group, said and fixed the same way. In a space-aligned 表三 (a PDF\'s text), a line of numbers whose label was deleted or cut down to its ordinal (1.), with none of the label\'s words above or below it, is read by its place and said too; the fix writes the template\'s label at the start of the line, indented as the rows of its level, the numbers left in their columns (pushed as little as it can when the label is longer than the space it had). （二）部分公开, the label without its bracketed note, is accepted; a misspelling of what is left (（二）不分公开, （二）部份公开) is said as a misspelling and fixed to the template\'s whole label. A 表二 label one character off (行政许可等, 行政处罚👍) is reported and fixed the same way, the message naming the 第二十条 item it stands under. So is the other format\'s name of a row misspelled (观范性文件 in a 2021 report, 2019\'s 规范性文件): that row, its numbers read and checked, reported and fixed to the report format\'s name (行政规范性文件). A 表二 pipe row whose label cell is empty (|          | 86 |), in an item that lacks exactly one row of the format and standing where that row belongs (below the rows the format puts before it, above those after it), is read as that row by its place, its numbers checked; said once, and the fix writes the template\'s label into the cell. So is a line of numbers alone in a space-aligned 表二 (a PDF\'s text; the label deleted or blanked) on the same terms, when each number stands under its column of the item (the item\'s other rows\' numbers or its header), not read as more numbers of the row above it: the fix writes the template\'s label at the start of the line, indented as the other rows, the numbers left in their columns. A row of 表二 that the format does not have (a local addition such as 其他主动公开文件) is tolerated: an info, its numbers unchecked, no fix; but when an item of one row (第二十条第（五）项\'s 行政许可) lacks that row and the one row under its heading is one the format does not have (行政批准), that row is the item\'s with its label written wrong: reported and fixed to the format\'s label, its numbers checked. So is a row whose label is that of a row of the format missing from the table with a word or two added (行政处罚决定, 行政强制措施, or inline code), under that row\'s own item heading: reported and fixed to the format\'s label, its numbers checked; written under another item (行政处罚决定 under 第二十条第（五）项) it is that row too, and row-missing says its place and label at once, its fix moving and relabelling it (not said again here). 表三\'s group labels (（三）不予公开 to （六）其他处理) are checked too: a misspelling (（三）不公开, （五）不予受理) is said and fixed, words added after one (（四）无法提供信息) are said without a fix; a group row that carries subtotals is still read as the group\'s (sum-subtotal checks them), never as one of its rows. A row among 表三\'s rows that the format does not have and that carries numbers (6.其他不予处理情形) is a warning: its numbers take part in no sum checked while readers take them as part of the table; where they belong only the author knows, so there is no fix. A 小计 or 合计 row (also under 表三\'s last row) that is no group\'s subtotal under its rows (sum-subtotal checks those) is an info: its numbers are not checked. Two neighbouring characters or words swapped (以予公开, 其他对外服务管理事项) are one misspelling: reported with the rename fix, the row\'s numbers read as usual.'),
    example: { bad: '(二)不分公开(区分处理的,只计这一情形,不计其他情形)', note: bi('应为“部分公开”', 'should be 部分公开') },
  },
  check(ctx) {
    const t2m = ctx.report.tables.t2;
    const movedWithLabel = new Set(t2m && ctx.template ? t2MisplacedRows(ctx.report, ctx.template, t2m).filter((m) => m.relabelled).map((m) => m.r.id) : []);
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      for (const r of t.rows) {
        if (r.match.missing === 'none') {
          if (r.match.range) ctx.add(lostLabelFinding(ctx.report, t, r, r.match.range, t.id === 't2' && ctx.template ? t2ItemOf(ctx.template, r.id) : null));
          continue;
        }
        if (r.match.missing && r.match.range) {
          ctx.add(missingLabelFinding(ctx.report, t, r, r.match.missing, r.match.range, t.id === 't2' && ctx.template ? t2ItemOf(ctx.template, r.id) : null));
          continue;
        }
        if (r.match.shortened && r.match.range) {
          // The head of its own label (`（六）其他`): the row, by its ordinal; the fix writes the label in full.
          const found = shortenedLabelFinding(ctx.report, t, r);
          if (found) ctx.add(found);
          continue;
        }
        if (r.match.unlike && r.match.range && r.match.raw.trim()) {
          // Not this row's label at all: read by its place. Said without a fix (it may be another item's row).
          const raw = r.match.raw;
          ctx.add({
            message: bi(
              `行标签“${raw}”不是格式中的标签，按它在表中的位置当作“${r.label}”行读取。若它就是这一行，请改为格式标签“${r.label}”；若是另一项，请把它的数归入格式中相应的行。`,
              `Row label “${raw}” is not a label of the format; it was read, by its place in the table, as the row “${r.label}”. If it is that row, write the template's label; if it is another item, move its numbers to the format's row for it.`),
            range: r.match.range,
            data: { table: t.id, row: r.id },
          });
          continue;
        }
        if (r.match.appended && r.match.range) {
          // Text glued after the label: the row is read, but the label is not the template's. Not deleted by a fix
          // (it is the author's text: a remark or a slip cannot be told apart).
          const extra = r.match.appended;
          // Numbers after the label that are not read as the row's first values (value-in-label: they would not give
          // the row its template's count): not to be deleted on our word; the clerk compares the row with the
          // original table. Whether the row's numbers are all there is said as the model read them.
          const number = /^[+\-−－–‒]?[0-9０-９][0-9０-９,，.．]*(?:[ \t\u3000]+[+\-−－–‒]?[0-9０-９][0-9０-９,，.．]*)*$/.test(extra);
          const several = /[ \t\u3000]/.test(extra);
          const full = r.cellCount === r.cells.length;
          const state = full
            ? bi('而这一行的数已经齐全', 'while the row has all its numbers')
            : bi(`而这一行读出的数有 ${r.cellCount} 个，格式规定为 ${r.cells.length} 个`, `and the row has ${countEn(r.cellCount, 'number')} where the template has ${r.cells.length}`);
          const ifValue = several
            ? bi(`若“${extra}”是这一行的数，请让每个数各占一格，并对照原表核对这一行的数的个数`, `if “${extra}” are numbers of the row, give each its own cell and check the row's count of numbers against the original table`)
            : full
              ? bi(`若“${extra}”是这一行的数，这一行就多了一个数`, `if “${extra}” is one of its numbers, the row has one number too many`)
              : bi(`若“${extra}”是这一行的数，请让它单独成为一格，并对照原表核对这一行的数的个数`, `if “${extra}” is one of its numbers, give it its own cell and check the row's count of numbers against the original table`);
          ctx.add({
            message: number
              ? bi(
                `行标签“${r.match.raw}”在格式标签“${r.label}”之后多了数字“${extra}”，${state.zh}。请对照原表核对：${ifValue.zh}；若是说明，请写在括号中（如“${r.label}（${extra}）”）或写在正文中。`,
                `Row label “${r.match.raw}” has the number${several ? 's' : ''} “${extra}” after the template's label “${r.label}”, ${state.en}. Compare the row with the original table: ${ifValue.en}; if it is a remark, put it in brackets (“${r.label}（${extra}）”) or in the text.`)
              : bi(
                `行标签“${r.match.raw}”在格式标签“${r.label}”之后多了“${extra}”。格式逐字规定行标签：若是误输入，请删去“${extra}”；若是说明，请写在括号中（如“${r.label}（${extra}）”）或写在正文中。`,
                `Row label “${r.match.raw}” has “${extra}” after the template's label “${r.label}”. Row labels are fixed by the format: if it was typed by mistake, delete “${extra}”; if it is a remark, put it in brackets (“${r.label}（${extra}）”) or in the text.`),
            range: r.match.range,
            data: { table: t.id, row: r.id },
          });
          continue;
        }
        if (r.match.kind !== 'misspelled' || !r.match.range) continue;
        if (r.match.parts) {
          const found = wrappedLabelFinding(ctx.report, t, r, ctx.template);
          if (found) ctx.add(found);
          continue;
        }
        const rewrite = labelRewrite(ctx.report, t, r);
        if (!rewrite) continue;
        // A 表二 row written under another item's heading with its label misspelled: row-missing says both, and its
        // fix moves the row and writes the format's label (brk105 F8: one finding, not two that seem to disagree).
        if (t.id === 't2' && movedWithLabel.has(r.id)) continue;
        const { raw, range, canon, to, keeps, script, apart } = rewrite;
        // 表二's rows are named with the item (第二十条第（五）项) they stand under: several items have one row each.
        const item = t.id === 't2' ? ctx.template?.tables.t2?.blocks.find((b) => b.rows.some((x) => x.id === r.id))?.heading : undefined;
        const shown = quotedWithInvisible(raw);
        // A misspelling of the label without its bracketed note (`（二）不分公开`): counted from that short form.
        const short = r.match.variant ? inStyleOf(raw, r.match.variant) : null;
        const d = short ? r.match.distance : apart, chars = `${d} character${d === 1 ? '' : 's'}`;
        // (Two neighbouring words swapped, `其他对外服务管理事项`, are said so: no character differs, brk140 #5.)
        // The other format's name of the row misspelled (`观范性文件` for 2019's 规范性文件 in a 2021 report, brk148 #1).
        const renamed = r.match.renamed;
        const other = renamed ? (ctx.template?.id === '2019' ? '2021' : '2019') : '';
        const howFar = renamed
          ? bi(`即 ${other} 年格式的行名“${renamed}”错了 ${r.match.distance} 个字，本报告所用格式称“${canon}”`, `${other}'s name of the row, “${renamed}”, misspelled by ${r.match.distance} character${r.match.distance === 1 ? '' : 's'}; the report's format calls it “${canon}”`)
          : short
          ? bi(`与省去括号中说明的“${short}”相差 ${d} 个字`, `${chars} from “${short}”, the label without its bracketed note`)
          : wordsSwapped(labelKey(raw), labelKey(to))
            ? bi('相邻的字词前后颠倒', 'neighbouring words swapped')
            : bi(`相差 ${d} 个字`, `${chars} apart`);
        const digits = !keeps ? bi('其中的数字可能是这一行的数，未自动修改，请对照原表核对。', ' The digits in it may be one of the row\'s numbers: not changed automatically; compare the row with the original table.')
          : !script ? UNSURE_SCRIPT : bi('', '');
        ctx.add({
          // (The label as the fix writes it: in the punctuation the report uses, `(二)…` where it writes ASCII brackets.)
          message: bi(`${item ? `表二${item}的` : ''}行标签“${shown.text}”与格式不一致，应为“${canon}”（${howFar.zh}）。${shown.note.zh}${digits.zh}`, `${item ? `表二 ${item}: r` : 'R'}ow label “${shown.text}” differs from the template: “${canon}” (${howFar.en}).${shown.note.en}${digits.en}`),
          range,
          // (In the script the label is written in: its edits are marked so, `markInWrittenScript`.)
          ...(keeps && script ? { fix: { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [t.layout === 'space-aligned' ? alignedLabelEdit(ctx.report, range, to) : labelEdit(ctx.report, range, to), ...continuationEdit(ctx.report, r.match.continuation), ...filledCopies(ctx.report, range, raw, to)].map(markInWrittenScript) } } : {}),
          data: { table: t.id, row: r.id },
        });
      }
    }
    // A row of 表三 no format has (`6.其他不予处理情形` under （五）不予处理): its numbers are in no sum, while readers
    // take them as part of the table (brk85 #2). Said without a fix: where its numbers belong is the author's to say.
    const t3 = ctx.report.tables.t3;
    if (t3 && !t3.broken) {
      for (const x of t3.extraRows ?? []) {
        const where = x.after ? bi(`（写在“${x.after}”之后）`, ` (below “${x.after}”)`) : bi('', '');
        // A row of totals (`小计`, `合计`) not under a group's rows, which would make it that group's subtotal: no sum
        // of the format's it can be checked against. Said as info (brk120 #2): its numbers may well be right.
        if (x.total) {
          ctx.add({
            severity: 'info',
            message: bi(
              `表三中的“${x.label}”行${where.zh}不是格式规定的行，它的数未经检查：格式中表三的合计只有“（七）总计”一行。某一组（（三）至（六））的小计写在该组各行之下的，按该组各行之和核对；这一行不在这样的位置，请核对它的数，或删去这一行。`,
              `表三 row “${x.label}”${where.en} is not a row of the format, and its numbers are not checked: the format's 表三 has one row of totals, （七）总计. A group's subtotal (（三） to （六）) written under the group's rows is checked against their sum; this row stands elsewhere: check its numbers, or delete the row.`),
            range: x.range,
            data: { table: 't3', label: x.label },
          });
          continue;
        }
        ctx.add({
          message: bi(
            `表三中的“${x.label}”行${where.zh}不是格式规定的行，它的数不参与任何合计的检查。格式中的表三没有这一行：若这些数属于格式中的某一行，请并入那一行（并核对（七）总计）；若是说明，请写在正文中。`,
            `表三 row “${x.label}”${where.en} is not a row of the format, and its numbers take part in no sum checked. The format's 表三 has no such row: if its numbers belong to one of the format's rows, add them there (and check （七）总计); if it is a remark, put it in the text.`),
          range: x.range,
          data: { table: 't3', label: x.label },
        });
      }
    }
    // A row no format has (Wuhan 2020's `其他主动公开文件` under 第二十条第（一）项): a local addition, tolerated
    // (templates.md §0.3) but not the format's. Said as info, without a fix: the row is the author's text.
    const t2 = ctx.report.tables.t2;
    if (!t2 || t2.broken) return;
    for (const x of ctx.report.extras.extraTable2Rows ?? []) {
      const rows = x.rows.map((l) => `“${l}”`);
      ctx.add({
        severity: 'info',
        message: bi(
          `表二${x.block}中的“${x.label}”行不是格式规定的行（格式规定这一项为${rows.join('、')}），可能是本地增加的行；它的数不参与检查。格式中没有这一行，其内容可在正文中报告。`,
          `表二 row “${x.label}” under ${x.block} is not a row of the format (which has ${rows.join(', ')} there); it may be a local addition, and its numbers are not checked. The format has no such row; its content can be reported in the text.`),
        range: x.range,
        data: { table: 't2', label: x.label },
      });
    }
  },
};

/**
 * The finding of row `r` of table `t` whose label cell holds the head of its label alone (`LabelMatch.shortened`:
 * `（六）其他` for `（六）其他处理`): read by its place, its ordinal its own. The fix writes the template's label (in the
 * author's punctuation, ordinal style and script, `labelRewrite`); none where that cannot be written. Null when the
 * label cannot be rewritten at all.
 */
function shortenedLabelFinding(report: Report, t: TableModel, r: RowModel): RuleFinding | null {
  const rewrite = labelRewrite(report, t, r);
  if (!rewrite) return null;
  const { raw, range, canon, to, keeps, script } = rewrite;
  const fixed = keeps && script;
  const how = fixed ? bi('（修复会写上它）。', ' (the fix does this).') : !script ? bi(`。${UNSURE_SCRIPT.zh}`, `.${UNSURE_SCRIPT.en}`) : bi('。', '.');
  return {
    message: bi(
      `行标签“${raw}”只写了格式标签“${canon}”的开头，按它在表中的位置读作“${r.label}”行。格式逐字规定行标签，请写全为“${canon}”${how.zh}`,
      `Row label “${raw}” is only the start of the template's label “${canon}”; the row was read, by its place in the table, as “${r.label}”. Row labels are fixed by the format: write “${canon}” in full${how.en}`),
    range,
    ...(fixed ? { fix: { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [markInWrittenScript(labelEdit(report, range, to))] } } : {}),
    data: { table: t.id, row: r.id },
  };
}

/** Said where a fix would write in traditional characters that cannot be told (`inScriptOf` null). */
const UNSURE_SCRIPT = bi('这里用繁体字书写，修复应写的繁体字无法确定，未提供自动修复。', ' This is written in traditional characters, and which ones the fix should write cannot be told: not offered.');

/**
 * The finding of row `r` of table `t` read by its place because its label cell holds no label (`LabelMatch.missing`):
 * the cell is empty (`|   | 3 | 0 | … |` in 表三, `|          | 86 |` under 表二's `item`, or the white space before the
 * first pipe of ` | 0 | 0 | 0 |` in a table whose rows have no opening pipe), or holds the row's ordinal alone
 * (`| （二） | 5 | … |`). The fix writes the template's label there (in the document's punctuation: ASCII brackets in an
 * NFKC-normalised report; in the script the table is written in, `inTableScriptAt`), an empty cell keeping its width
 * where the label fits. No fix (and none promised) when the label cannot be written in that script.
 */
function missingLabelFinding(report: Report, t: TableModel, r: RowModel, missing: 'cell' | 'ordinal', range: Range, item: string | null): RuleFinding {
  const { scripted, label, unsure } = labelToWrite(report, t, r, missing, range);
  const message = missing === 'cell' && item
    ? bi(
      `${t.name}${item}下这一行的行标签单元格是空的，按它在表中的位置读作“${r.label}”行（格式中这一项只缺这一行）。请写上格式标签“${label}”${scripted === null ? '。' : '（修复会写上它）。'}${unsure.zh}`,
      `${t.name} ${item}: this row's label cell is empty; the row was read, by its place in the table, as “${r.label}” (the one row of the format missing from the item). Write the template's label “${label}”${scripted === null ? '.' : ' (the fix does this).'}${unsure.en}`)
    : missing === 'cell'
    ? bi(
      `${t.name}中这一行的行标签单元格是空的，按它在表中的位置读作“${r.label}”行。请写上格式标签“${label}”（若它是另一项的行，请把它的数归入格式中相应的行）。${unsure.zh}`,
      `${t.name}: this row's label cell is empty; the row was read, by its place in the table, as “${r.label}”. Write the template's label “${label}” (if it is another item's row, move its numbers to the format's row for it).${unsure.en}`)
    : bi(
      `${t.name}中这一行的行标签只有序号“${r.match.raw}”，按它在表中的位置读作“${r.label}”行。格式逐字规定行标签，请写全为“${label}”。${unsure.zh}`,
      `${t.name}: this row's label is its ordinal “${r.match.raw}” alone; the row was read, by its place in the table, as “${r.label}”. Row labels are fixed by the format: write “${label}” in full.${unsure.en}`);
  if (scripted === null) return { message, range, data: { table: t.id, row: r.id } };
  // (An empty cell keeps its width: the label, then the spaces left, at least one; after the pipe that opens it, a
  // space first. A space-aligned row's place, the white space before its numbers with no pipe before or after it, is
  // no cell: the label, indented as the nearest row's, then spaces up to its numbers' column, at least two.)
  const lineText = report.lines.line(range.start.line);
  const before = lineText.slice(0, range.start.character);
  const opened = /[|｜]$/.test(before);
  const aligned = missing === 'cell' && before.trim() === '' && !/[|｜]\s*$/.test(before) && !/^\s*[|｜]/.test(lineText.slice(range.end.character));
  const indent = aligned ? labelIndent(report, t, range.start.line, r) : '';
  const width = layoutWidth(lineText.slice(range.start.character, range.end.character));
  const room = range.end.character - range.start.character - (opened ? 1 : 0);
  const newText = aligned ? `${indent}${label}${' '.repeat(Math.max(2, width - layoutWidth(indent + label)))}`
    : missing === 'cell' ? `${opened ? ' ' : ''}${label}${' '.repeat(Math.max(1, room - layoutWidth(label)))}` : label;
  return {
    message,
    range,
    // (In the table's script: marked so, `markInWrittenScript`.)
    // (An ordinal alone in a space-aligned row: the label takes the spaces after it, the numbers stay in their columns.)
    fix: { title: bi(`写上行标签“${label}”`, `Write the row label “${label}”`), edits: [markInWrittenScript(missing === 'ordinal' && t.layout === 'space-aligned' ? alignedLabelEdit(report, range, label) : { range, newText })] },
    data: { table: t.id, row: r.id },
  };
}

/**
 * The label a fix writes for row `r` of table `t` whose label cell at `range` holds no label (`missing`): in the
 * punctuation the table's labels are written in (`(二)…` among `(一)予以公开` rows in a report whose prose has `（）`;
 * else the document's: ASCII brackets in an NFKC-normalised report), the ordinal's for a cell holding it alone; in the
 * script the table is written in (`行政處罰` in a report in traditional characters, brk107 #8: the cell has no words of
 * its own to tell it). `scripted` null when that cannot be written (no fix then, `unsure` says why).
 */
function labelToWrite(report: Report, t: TableModel, r: RowModel, missing: 'cell' | 'ordinal' | 'none', range: Range): { scripted: string | null; label: string; unsure: Bilingual } {
  const written = t.rows.map((x) => (x.match.range ? x.match.raw : '')).join('');
  const styled = missing === 'ordinal' ? inStyleOf(r.match.raw, r.label)
    : /[(),:（），：]/.test(written) ? inStyleOf(written, r.label)
    : documentIsNfkc(report) ? r.label.normalize('NFKC') : r.label;
  // (Its ordinal as the cell's own (`2、` alone) or, for a cell with none, as the rows of its group write theirs.)
  const canon = inRowOrdinalStyle(t, r, missing === 'ordinal' ? r.match.raw : '', styled);
  const scripted = inTableScriptAt(report, t.range, range, canon);
  return { scripted, label: scripted ?? canon, unsure: scripted === null ? UNSURE_SCRIPT : bi('', '') };
}

/** The pipes (`|`, `｜`, an escaped `\|` aside) or tabs, whichever the line has, that part the cells of line `text`. */
function separators(text: string): number {
  const tabs = (text.match(/\t/g) ?? []).length;
  return tabs || (text.match(/(?<!\\)[|｜]/g) ?? []).length;
}

/**
 * Whether row `r` of table `t`, with no label cell at all (`LabelMatch.missing` `none`, its first number at line
 * `line`), is certainly the row its place makes it, so that its label cell can be inserted: it has its template's
 * count of numbers (each is then in its own column once the cell is in), and its line one separator (pipe or tab)
 * fewer than the labelled row nearest it; in 表三, the data rows right before and after it in the template's order
 * are read by their labels (or it is the first or last). 表二's such row is taken only as the one row its item lacks,
 * where that row belongs (the model's terms).
 */
function lostLabelCertain(report: Report, t: TableModel, r: RowModel, line: number): boolean {
  if (r.cellCount !== r.cells.length || r.extraCells?.length || r.cells.some((c) => c === null)) return false;
  const data = t.rows.filter((x) => x.cells.length);
  const k = data.indexOf(r);
  const labelled = (x: RowModel | undefined) => !!x && x.match.kind !== 'absent' && x.match.kind !== 'positional' && !!x.match.range;
  const prev = data[k - 1], next = data[k + 1];
  if (t.id === 't3' && ((prev && !labelled(prev)) || (next && !labelled(next)))) return false;
  // The nearest row read by its label, by line: its cells are the label's and the row's.
  let near: number | null = null;
  for (const x of data) {
    const at = x !== r && labelled(x) ? x.match.range!.start.line : null;
    if (at !== null && at !== line && (near === null || Math.abs(at - line) < Math.abs(near - line))) near = at;
  }
  return near !== null && separators(report.lines.line(near)) === separators(report.lines.line(line)) + 1;
}

/**
 * The edit that inserts label cell `label` before the first number of a row that has none (at `range`): after the
 * opening pipe, spaced as the row writes its cells (`| 40 |` → `| 一、… | 40 |`, `|40|` → `|一、…|40|`); in a
 * tab-separated row, the label and a tab; in a pipe row without an opening pipe (`40 | 3 | … |`), the label and a
 * pipe, spaced as the row's. The numbers stay as they are.
 */
function lostLabelEdit(report: Report, range: Range, label: string): TextEdit {
  const text = report.lines.line(range.start.line);
  const at = range.start.character;
  const before = text.slice(0, at), after = text.slice(range.end.character);
  const opening = /([|｜])([ \u3000]*)$/.exec(before);
  const insert = (character: number, newText: string): TextEdit => ({ range: { start: { line: range.start.line, character }, end: { line: range.start.line, character } }, newText });
  if (opening) {
    const pipe = opening.index;
    return insert(pipe + 1, opening[2] ? ` ${label} ${opening[1]}` : `${label}${opening[1]}`);
  }
  const sep = /^[ \u3000]*([\t|｜])([ \u3000]*)/.exec(after);
  if (!sep || sep[1] === '\t') return insert(at, `${label}\t`);
  return insert(at, `${label}${sep[0].startsWith(' ') ? ' ' : ''}${sep[1]}${sep[2] ? ' ' : ''}`);
}

/**
 * The finding of row `r` of table `t` read by its place because it has no label cell at all (`LabelMatch.missing`
 * `none`: `| 40 | 3 | … | 46 |` under 表三's 8-cell header, `| 3 | 1 | 25 |` under 表二's `item`, `40⇥3⇥…⇥46`; brk114
 * #1): rendered, each of its numbers stands one column left, under the label column first, and its last column is
 * empty. Said at its first number; the fix inserts the template's label cell before it where the row is certainly
 * that row with all its numbers (`lostLabelCertain`), else none (the row may be another's, or lack a number).
 */
function lostLabelFinding(report: Report, t: TableModel, r: RowModel, range: Range, item: string | null): RuleFinding {
  const { scripted, label, unsure } = labelToWrite(report, t, r, 'none', range);
  const certain = lostLabelCertain(report, t, r, range.start.line);
  const where = item ? bi(`${t.name}${item}下这一行`, `${t.name} ${item}: this row`) : bi(`${t.name}中这一行`, `${t.name}: this row`);
  const read = item
    ? bi(`按它在表中的位置读作“${r.label}”行（格式中这一项只缺这一行）`, `read, by its place in the table, as “${r.label}” (the one row of the format missing from the item)`)
    : bi(`按它在表中的位置读作“${r.label}”行`, `read, by its place in the table, as “${r.label}”`);
  const shown = bi('显示时它的每个数都落在左边一列之下（第一个数在标签列下），最后一列空着', 'shown as a table, each of its numbers sits one column to the left (the first under the label column) and its last column is empty');
  const counted = r.cellCount === r.cells.length
    ? bi('', '')
    : bi(`这一行有 ${r.cellCount} 个数，格式规定为 ${r.cells.length} 个；`, `it has ${countEn(r.cellCount, 'number')} where the template has ${r.cells.length}; `);
  const how = certain && scripted !== null
    ? bi(`请在行首补上标签单元格“${label}”（修复会插入它，各数不动）。`, `Insert the label cell “${label}” at the start of the row (the fix does this; the numbers stay as they are).`)
    : bi(`${counted.zh}请对照原表在行首补上标签单元格“${label}”（若它是另一项的行，请把它的数归入格式中相应的行）。${unsure.zh}`, `${counted.en}compare it with the original table and insert the label cell “${label}” at the start of the row (if it is another item's row, move its numbers to the format's row for it).${unsure.en}`);
  const message = bi(
    `${where.zh}没有行标签单元格，第一格就是它的第一个数；${read.zh}。${shown.zh}。${how.zh}`,
    `${where.en} has no label cell (its first cell is its first number) and was ${read.en}. ${shown.en.charAt(0).toUpperCase()}${shown.en.slice(1)}. ${how.en.charAt(0).toUpperCase()}${how.en.slice(1)}`);
  return {
    message,
    range,
    ...(certain && scripted !== null ? { fix: { title: bi(`插入行标签单元格“${label}”`, `Insert the row label cell “${label}”`), edits: [markInWrittenScript(lostLabelEdit(report, range, label))] } } : {}),
    data: { table: t.id, row: r.id },
  };
}

/**
 * The finding of row `r` of table `t`, whose label a layout wrapped over lines (`LabelMatch.parts`) and misspelled:
 * said at the part that is wrong, and fixed by rewriting that part only (`wrappedLabelEdit`), or not fixed. Null
 * when the label is the template's but for what the author added after it (`labelAdditionStart`).
 */
function wrappedLabelFinding(report: Report, t: TableModel, r: RowModel, template: Template | null): RuleFinding | null {
  const parts = r.match.parts!;
  // What the author added after the label (`（含转办件）`, `※`) is kept, as in a label on one line; none if the label
  // is exact but for it.
  const kept = r.match.raw.slice(labelAdditionStart(r.match.raw, r.label));
  const body = r.match.raw.slice(0, r.match.raw.length - kept.length);
  if (kept && labelKey(body) === labelKey(r.label)) return null;
  const to = inRowOrdinalStyle(t, r, r.match.raw, inStyleOf(r.match.raw, r.label));
  const found = keepsDigits(body, to) ? wrappedLabelEdit(parts, to + kept) : null;
  // The part rewritten in the script it is written in (`行政處法` → `行政處罰`), or no fix when that cannot be.
  const scripted = found && inWrittenScriptAt(report, found.edit.range, found.edit.newText);
  const edit = found && scripted !== null ? { ...found, edit: markInWrittenScript({ range: found.edit.range, newText: scripted! }) } : null;
  const written = parts.map((p) => `“${p.raw}”`).join('');
  const item = t.id === 't2' ? template?.tables.t2?.blocks.find((b) => b.rows.some((x) => x.id === r.id))?.heading : undefined;
  const how = edit
    ? bi('', '')
    : found ? UNSURE_SCRIPT
    : bi('标签折行书写，改动跨越几行、各行应写哪几个字无法确定，未自动修改。', ' The label is wrapped over lines and which characters belong on which line cannot be told: not changed automatically.');
  return {
    message: bi(
      `${item ? `表二${item}的` : ''}行标签“${r.match.raw}”（折行写作${written}）与格式不一致，应为“${r.label}”（相差 ${r.match.distance} 个字）。${how.zh}`,
      `${item ? `表二 ${item}: r` : 'R'}ow label “${r.match.raw}” (wrapped as ${parts.map((p) => `“${p.raw}”`).join(' ')}) differs from the template: “${r.label}” (${r.match.distance} character${r.match.distance === 1 ? '' : 's'} apart).${how.en}`),
    range: edit ? edit.at : r.match.range!,
    ...(edit ? { fix: { title: bi(`改为“${to + kept}”`, `Change to “${to + kept}”`), edits: [t.layout === 'space-aligned' ? markInWrittenScript(alignedLabelEdit(report, edit.edit.range, edit.edit.newText)) : edit.edit] } } : {}),
    data: { table: t.id, row: r.id },
  };
}

/**
 * The edit that writes label `to` over a label wrapped over lines (`parts`, top to bottom, each one line's text as
 * written): the characters that differ (after the longest common start and end of the parts joined and `to`) must
 * lie in one part, which is rewritten whole (its other characters kept), so that every line keeps its own piece.
 * `at`: the differing characters' range (where the finding is said). Null when the change spans parts (which line
 * a character belongs on cannot be told) or falls where two parts meet.
 */
export function wrappedLabelEdit(parts: readonly { raw: string; range: Range }[], to: string): { edit: TextEdit; at: Range } | null {
  const joined = parts.map((p) => p.raw).join('');
  let head = 0;
  while (head < joined.length && head < to.length && joined[head] === to[head]) head++;
  let tail = 0;
  while (tail < joined.length - head && tail < to.length - head && joined[joined.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  const from = head, until = joined.length - tail;
  let offset = 0;
  for (const p of parts) {
    const end = offset + p.raw.length;
    // The differing characters inside this part (an insertion strictly inside it: at a part's edge it could belong to
    // either line).
    if (from >= offset && until <= end && (until > from || (from > offset && from < end))) {
      const newText = p.raw.slice(0, from - offset) + to.slice(head, to.length - tail) + p.raw.slice(until - offset);
      const line = p.range.start.line, c = p.range.start.character;
      return {
        edit: { range: p.range, newText },
        at: { start: { line, character: c + from - offset }, end: { line, character: c + Math.max(until, from + 1) - offset } },
      };
    }
    offset = end;
  }
  return null;
}

/**
 * The edits that write `to` over the other copies of label `raw` on its line (`range`): the tab fields before it that
 * hold the same text (merged label cells unmerged and filled in a spreadsheet, `一、…申情数量⇥一、…申情数量⇥40…`), so
 * that a fix leaves no copy misspelled (helper-226 B5). None when the line has no such field.
 */
function filledCopies(report: Report, range: Range, raw: string, to: string): TextEdit[] {
  if (range.start.line !== range.end.line) return [];
  const line = report.lines.line(range.start.line);
  if (line.indexOf('\t') < 0) return [];
  const out: TextEdit[] = [];
  let at = 0;
  for (const field of line.slice(0, range.start.character).split('\t')) {
    const lead = field.length - field.trimStart().length;
    if (field.trim() === raw.trim()) out.push({ range: { start: { line: range.start.line, character: at + lead }, end: { line: range.start.line, character: at + lead + field.trim().length } }, newText: to });
    at += field.length + 1;
  }
  return out;
}

/**
 * The edit that writes label `to` over the label at `range`. A label with markup inside (`（二）不分公开<br>（区分处理的…）`,
 * a Word cell's line break) or HTML character references (`3.危及&ldquo;三安全一稳正&rdquo;`, a web page's quotes) gets
 * only its differing characters replaced, the markup and references around them kept: the text without tags, its
 * references decoded, is compared with `to`, and the edit spans from the first character that differs to the last
 * (tags and references before and after stay; a tag inside that span goes with it, a reference is written as its
 * character; brk145 #1). Otherwise the whole label is written.
 */
function labelEdit(report: Report, range: Range, to: string): TextEdit {
  const whole = { range, newText: to };
  if (range.start.line !== range.end.line) return whole;
  const text = report.lines.line(range.start.line).slice(range.start.character, range.end.character);
  const tagged = /<[a-zA-Z/][^>]*>/.test(text);
  if (!tagged && !hasCharRef(text)) return whole;
  // The characters outside tags, references decoded, each with its source `[at, end)` in `text`.
  const decoded = decodeCharRefs(text);
  const plain: { ch: string; at: number; end: number }[] = [];
  for (let i = 0; i < decoded.text.length; ) {
    const tag = tagged && decoded.text[i] === '<' && decoded.end[i] - decoded.start[i] === 1 ? /^<\/?[a-zA-Z][^>]*>/.exec(decoded.text.slice(i)) : null;
    if (tag) {
      i += tag[0].length;
      continue;
    }
    plain.push({ ch: decoded.text[i], at: decoded.start[i], end: decoded.end[i] });
    i++;
  }
  let p = 0;
  while (p < plain.length && p < to.length && plain[p].ch === to[p]) p++;
  let q = 0;
  while (q < plain.length - p && q < to.length - p && plain[plain.length - 1 - q].ch === to[to.length - 1 - q]) q++;
  if (p === plain.length && p === to.length) return whole;
  // (Not inside a decoded reference that stands for two UTF-16 units, nor between a surrogate pair's halves.)
  while (p > 0 && p < plain.length && plain[p].at === plain[p - 1].at) p--;
  while (q > 0 && plain.length - q > p && plain[plain.length - q].at === plain[plain.length - 1 - q].at) q--;
  const from = p < plain.length ? plain[p].at : plain.length ? plain[plain.length - 1].end : 0;
  const until = plain.length - q > p ? plain[plain.length - 1 - q].end : from;
  const c = range.start.character;
  return { range: { start: { line: range.start.line, character: c + from }, end: { line: range.start.line, character: c + until } }, newText: to.slice(p, to.length - q) };
}

/**
 * The edit that writes label `to` over the label at `range` in a table aligned with spaces (`pdftotext -layout`): the
 * run of spaces after the label gives up (or takes) the columns the label gains (or loses), so the row's numbers stay
 * under their columns; at least two spaces stay (one would join the label to the first number), so a label longer
 * than the room before its first number still pushes the numbers by what the run cannot give.
 */
function alignedLabelEdit(report: Report, range: Range, to: string): TextEdit {
  const whole = { range, newText: to };
  if (range.start.line !== range.end.line) return whole;
  const line = report.lines.line(range.start.line);
  const old = line.slice(range.start.character, range.end.character);
  const gap = /^ +/.exec(line.slice(range.end.character))?.[0].length ?? 0;
  const delta = layoutWidth(to) - layoutWidth(old);
  if (gap < 2 || delta === 0) return whole;
  // As many columns as the run can give while two spaces stay (a label longer than its column's room pushes the
  // numbers by what is left).
  const take = Math.min(delta, gap - 2);
  if (delta > 0) return take > 0 ? { range: { start: range.start, end: { line: range.end.line, character: range.end.character + take } }, newText: to } : whole;
  return { range, newText: to + ' '.repeat(-delta) };
}

/**
 * The white space before the label of the row of space-aligned table `t` read nearest to line `line` (its label on a
 * line of its own, with nothing before it): where a label written on that line starts. A row at the level of `r` (as
 * many levels in its id: `1.` rows under a group are indented more than the group's) is taken first. Empty without one.
 */
function labelIndent(report: Report, t: TableModel, line: number, r: RowModel): string {
  const level = (id: string) => id.split('.').length;
  let best: { d: number; lead: string } | null = null;
  for (const x of t.rows) {
    const at = x.match.range;
    if (x.match.kind === 'absent' || x.match.missing || !at || at.start.line === line) continue;
    const lead = report.lines.line(at.start.line).slice(0, at.start.character);
    // (Nearest by line, a row of another level only when none of `r`'s level is found.)
    const d = Math.abs(at.start.line - line) + (level(x.id) === level(r.id) ? 0 : 1e6);
    if (/^[ \u3000]*$/.test(lead) && (!best || d < best.d)) best = { d, lead };
  }
  return best?.lead ?? '';
}
