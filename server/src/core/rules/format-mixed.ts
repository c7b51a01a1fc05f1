import type { Bilingual, Range, TextEdit } from '../types.js';
import type { Rule } from './rule.js';
import { bi, documentIsNfkc, inStyleOf, inWrittenScriptAt, num, rowById, sameT2Header } from './util.js';
import { markInWrittenScript } from '../text/script.js';
import { templateOf } from '../templates/index.js';
import { renderRowLike } from './row-missing.js';
import { renderPipeTable } from '../fix/render.js';
import { rowspanMergeEdits } from '../fix/html-rowspan.js';
import { layoutWidth, splitRow } from '../editor/pipeTables.js';
import { labelKey } from '../text/normalize.js';
import type { Report } from '../model/build.js';
import { count as countEn } from '../text/english.js';

/** Rows or columns of another format year in the same report (2019 single `（六）其他处理` in a 2021 report, …). */
export const formatMixed: Rule = {
  meta: {
    id: 'format-mixed',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('同一报告中混用了另一年度格式的行或列', 'Rows or columns of another format year in the same report'),
    rationale: bi('2021 年格式（国办公开办函〔2021〕30号）改动了 2019 年格式的表二（如“规范性文件”改为“行政规范性文件”，删去第二十条第（九）项）和表三（“（六）其他处理”拆为三行）。同一报告混用两种格式，说明套用了旧模板。表二中写成另一年度格式行名的行（2021 年报告中的“规范性文件”，2019 年格式报告中的“行政规范性文件”）是同一行，在报告所用格式的列下按它对应的行读取，其数照常核对（prose-table、count-relations、stock-flow 等）；所在块的列仍是另一年度格式时不读取。能确定对应关系时，修复会改为报告所用格式：“（六）其他处理”全为 0 时拆为三行 0；有数时如何拆分表中看不出，不自动拆分，以免编造数字。反过来，2019 年格式报告中分为 2021 年格式三行的“（六）其他处理”（写有或删去了分组标题行）是三行逐列之和：三行各格都有数时，修复合并为 2019 年格式的一行（竖线表、制表符分隔的表和每行一个 <tr> 的 HTML 表；HTML 表中上面跨行的合并单元格（“三、本年度办理结果”）的 rowspan 随之减去合并掉的行数，以免它跨到“（七）总计”“四、结转下年度继续办理”上、把这些行的格挤错列），有空白单元格时不合并（空白不是 0）。表二的“规范性文件”所在块的列仍是旧格式时，不只改行名（列的对应关系不确定）；报告中整块照搬另一年度格式的表二块时（2021 年报告中的 2019 年格式块，如“本年新制作数量”等列；或 2019 年报告中的 2021 年格式块，如“本年制发件数”等列），修复把这一块换成报告所用格式同一项的表（“第二十条第（五）项”与“（六）项”列相同，按行名区分）：能确定对应的数保留在原处（“处理决定数量”与“本年处理决定数量”，“规范性文件”与“行政规范性文件”），其余单元格留空待填，报告所用格式没有位置的数连同行名、列名写在表下的 HTML 注释里，一个数也不丢；但某一行原有的数在新表中都没有确定的位置时（“第二十条第（一）项”“（八）项”，两种格式的列没有确定的对应关系），换成的表中这一行会整行空白，成为 row-missing 的错误，因此不提供修复，消息说明原因和如何手工重写这一块；表格是竖线表、从 Word 或 Excel 粘贴的制表符分隔文字或空格对齐的文字都可以，换成的表一律写成竖线表；每格一行粘贴的表格不自动转换，消息按该项的标题说明按报告所用格式的哪张表（哪些列）重写。空格对齐的行有空白单元格时，按表头各列的位置（按显示宽度，一个汉字占两列）确定每个数所在的列；某个数落在两列之间或跨两列、看不出属于哪一列时不提供修复，消息说明如何手工重写这一块，绝不把数猜进别的列。块中的行写成报告所用格式的行名（2019 年格式的列下写“行政规范性文件”）时，按它对应的行（“规范性文件”）读取；不能转换时，消息说明挡住转换的是哪一行、什么原因（不是这一块的行、格数与表头不符、空白单元格看不出在哪一列、同一行写了两次）。2021 年格式已删去的“第二十条第（九）项”块无从转换，整块（项标题、表头和各行）只报告一次，位置在项标题，消息提示删除；竖线表中表头下只有这一块的行时，修复删去这一块，其中不为 0 的数连同行名、列名写在原处的 HTML 注释里，不丢掉；表头下还有别的行（其数在 2021 年格式中有位置）或是制表符、空格分隔的表时不提供修复。2021 年格式没有的行（“其他对外管理服务事项”）写在报告所用格式的列下时：这一行没有数（各格空白或为 0），修复删去这一行；有数则不自动删除（以免丢掉数），消息列出这些数，提示删去这一行、需要保留的数写入正文。`nianbao check --fix` 和编辑器的“全部修复”与单个快速修复一样换掉这一块（原有数的行在换成的表中都保留着数，不会因整行空白而出错）；留下的空白单元格由 cell-blank 提示，请对照原表和注释里的数填写，核对后删除注释。', 'The 2021 format changed 表二 (e.g. 规范性文件 → 行政规范性文件, block （九） removed) and 表三 (（六）其他处理 split into three rows). Mixing them means an old template was reused. A 表二 row written with the other format\'s name (规范性文件 in a 2021 report, 行政规范性文件 in a 2019-format one) is the same row: under the report format\'s columns it is read as that row and its numbers are checked as usual (prose-table, count-relations, stock-flow, …); under a block still in the other format\'s columns it is not read. Where the mapping is certain, the fix converts to the report\'s format: a （六）其他处理 row of 0s becomes three rows of 0s; with numbers, how they split is not in the table, and no split is offered (it would invent numbers). The other way round, the three 2021 sub-rows in a 2019-format report (with their group label row or without it) add up to the 2019 row column by column: with a number in every cell the fix merges them into it (pipe, tab-separated and HTML tables of one <tr> a line; in HTML the rowspan of a merged cell above (三、本年度办理结果) loses the rows merged away, so it does not reach over （七）总计 and 四、结转下年度继续办理 and push their cells a column off); a blank cell, which is not 0, keeps them apart. 规范性文件 is not renamed while its block still has the old columns (how they map is not certain); a whole 表二 block of the other format (a 2019 block with 本年新制作数量 … columns in a 2021 report, or a 2021 block with 本年制发件数 … columns in a 2019 report) is replaced by the report format\'s table of the same item (（五） and （六） have the same columns and are told apart by their rows): numbers with a certain place stay (处理决定数量 ↔ 本年处理决定数量, 规范性文件 ↔ 行政规范性文件), the other cells are left blank to fill in, and the numbers the report\'s format has no place for are written with their row and column in an HTML comment under the table, so none is lost; but where none of a row\'s numbers has a certain place in the new table (第二十条第（一）项 and （八）项, whose columns do not map between the formats), that row would be left blank, a row-missing error, so no fix is offered and the message says why and how to redo the block by hand. The block may be a pipe table or text pasted from Word or Excel (tab-separated) or space-aligned; the new block is always written as a pipe table; a block pasted one cell a line is not converted, and the message names, by the item\'s heading, the report format\'s table (and its columns) to rewrite it as. A space-aligned row with a blank cell has its numbers placed by the header\'s column positions (display width, a Chinese character two columns); where a number stands between two columns or across two, no fix is offered and the message says how to redo the block by hand, so no number is guessed into a wrong column. A row written with the report format\'s name (行政规范性文件 under the 2019 columns) is read as the row it pairs with (规范性文件); when the block cannot be converted, the message says which row stops it and why (a row of no such block, cells more or fewer than the header\'s, a blank cell whose column cannot be told, a row written twice). The 第二十条第（九）项 block, which the 2021 format removed, cannot be converted: the whole block (item heading, header and rows) is said once, at its heading, the message saying to delete it; in a pipe table with only the block\'s rows under its header the fix deletes it, its numbers other than 0 kept with their row and column in an HTML comment in its place; with another row under the header (whose numbers have a place in 2021), or in a tab-separated or space-aligned table, there is no fix. A row the 2021 format does not have (其他对外管理服务事项) under the report format\'s columns is deleted by the fix when it holds no numbers (every cell blank or 0); with numbers it is not deleted (they would be lost): the message gives them and says to delete the row, writing in the text the numbers to be kept. `nianbao check --fix` and the editor\'s fix-all replace the block as the single quick fix does (every row that had numbers keeps some in the new table, so no row becomes a blank-row error); the blank cells it leaves are reported by cell-blank until they are filled in from the original table and the comment, which is deleted once checked.'),
    example: { bad: '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', note: bi('2021 年格式中“（六）其他处理”应分为三行', 'in the 2021 format （六）其他处理 has three sub-rows') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019') return;
    const other = template.id === '2021' ? '2019' : '2021';
    // The format a pasted 表二 block of the other format is converted to (`blockAs`).
    const to: BlockFormat | null = template.id === '2019' || template.id === '2021' ? template.id : null;
    const t3 = report.tables.t3;
    if (t3 && !t3.broken) {
      const single = t3.otherHandlingLayout === 'single';
      const split = t3.otherHandlingLayout === 'split';
      if (template.id === '2021' && single) {
        const row = rowById(t3, 'R3.6');
        const anchor = row?.match.range ?? row?.cells.find(Boolean)?.range;
        if (row && anchor) {
          const edits: TextEdit[] = [];
          // How the single row's numbers split into the three sub-rows is not in the table: only a row of 0s splits
          // with certainty (three rows of 0s). Any other split would invent numbers, so the author splits it.
          const zeros = row.cells.length > 0 && row.cells.every((c) => num(c) === 0);
          // Pipe rows: the group label (a label cell and empty cells, the table's width) and the three sub-rows.
          // Not in a table read by its header's columns: the rows would be written in the template's order.
          if (zeros && t3.layout === 'pipe' && !t3.header && row.match.range) {
            const line = row.match.range.start.line;
            const eol = report.lines.dominantEol();
            const subs = templateOf('2021').tables.t3!.rows.filter((r) => r.id.startsWith('R3.6'));
            const width = row.cells.length;
            const lines = subs.map((s) => renderRowLike(report, t3, s.data ? s.label : inStyleOf(row.match.raw, s.label), width, s.data ? undefined : new Array<null>(width).fill(null), s.id));
            edits.push({ range: report.lines.lineRange(line), newText: lines.join(eol) });
          }
          const why = zeros ? bi('', '')
            : bi('原行的数如何分到这三行，表中看不出，未自动拆分：请按实际情况填写三行（三行之和应等于原数）。', ' How the row\'s numbers split into the three is not in the table, so it is not split automatically: write the three rows from the records (they add up to the row\'s numbers).');
          ctx.add({
            message: bi(
              `表三“（六）其他处理”只有一行，这是 2019 年格式；2021 年格式分为“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”三行。${why.zh}`,
              `表三 （六）其他处理 is a single row, as in the 2019 format; the 2021 format splits it into three sub-rows (1. 逾期不补正…, 2. 逾期未缴费…, 3. 其他).${why.en}`),
            range: anchor,
            fix: edits.length ? { title: bi('拆分为 2021 年格式的三行（均为 0）', 'Split into the three 2021 rows (all 0)'), edits } : undefined,
            data: { table: 't3', row: 'R3.6' },
          });
        }
      } else if (template.id === '2019' && split) {
        const row = t3.rows.find((r) => r.id === 'R3.6');
        const first = report.extras.signatures.find((s) => s.format === '2021' && /逾期/.test(s.text));
        const range = row?.match.range ?? (first ? report.lines.lineRange(first.line) : null);
        if (range) {
          // The 2019 row is the three sub-rows added up, column by column (templates.md §4.3): merged with certainty,
          // nothing invented (brk140 #8). Only pipe rows read by the template's order, the group label's line right
          // above the three, each on a line of its own and a number in every cell (a blank is not 0: not merged).
          const merged = mergedOtherHandling(report);
          // (With its table, for the review summary's count of the table's problems; brk91 #2.)
          ctx.add({
            message: bi(
              `表三“（六）其他处理”分为三行，这是 2021 年格式；2019 年格式只有一行。${merged ? '三行逐列相加即为 2019 年格式的这一行（修复会合并为一行）。' : ''}`,
              `表三 （六）其他处理 has three sub-rows, as in the 2021 format; the 2019 format has one row.${merged ? ' The three added up column by column are the 2019 format\'s row (the fix merges them).' : ''}`),
            range,
            fix: merged ? { title: bi('合并为 2019 年格式的一行', 'Merge into the 2019 format\'s single row'), edits: merged } : undefined,
            data: { table: 't3', row: 'R3.6' },
          });
        }
      }
    }
    // A 表二 block of the other format that the report's format has none of (2019's 第二十条第（九）项 in a 2021 report):
    // said once for the block, at its heading, its rows and header not again (brk185 #2).
    const covered = new Set<number>();
    if (to) {
      for (const s of report.extras.signatures) {
        if (s.format !== other || covered.has(s.line)) continue;
        const block = droppedBlock(report, s.line, to);
        if (!block) continue;
        for (let i = block.range.start.line; i <= block.range.end.line; i++) covered.add(i);
        const kept = block.numbers.length
          ? bi(`修复会删去这一块，其中的数（${block.numbers.join('、')}）写在原处的注释里：如需保留，请写入正文，再删除该注释。`, ` The fix deletes it, keeping its numbers (${block.numbers.join(', ')}) in a comment in its place: write them in the text if they are to be kept, then delete the comment.`)
          : bi('这一块没有数，修复会删去它。', ' It holds no numbers; the fix deletes it.');
        ctx.add({
          message: bi(
            `表二“${block.heading}”是${other}年格式的一块，本报告为${template.id}年格式。${template.id}年格式已删去“${block.heading}”这一块：请删除这一块（其中的数如需保留，写入正文）。${block.edit ? kept.zh : ''}`,
            `表二's ${block.heading} is a block of the ${other} format; this report uses the ${template.id} format, which has no ${block.heading} block: delete the block (write its numbers in the text if they are to be kept).${block.edit ? kept.en : ''}`),
          range: block.range,
          fix: block.edit ? { title: bi(`删去“${block.heading}”这一块`, `Delete the ${block.heading} block`), edits: [block.edit] } : undefined,
          data: { table: 't2' },
        });
      }
    }
    // 表二 rows of the other format: `规范性文件` ↔ `行政规范性文件`, `其他对外管理服务事项`, `政府集中采购`.
    const ownRows = new Set(template.tables.t2?.blocks.flatMap((b) => b.rows.map((r) => r.label)) ?? []);
    for (const f of report.extras.foreignTable2Rows) {
      if (covered.has(f.range.start.line)) continue;
      const key = f.label.normalize('NFKC').replace(/\s+/g, '').replace(/^\d+[.、]/, '');
      const counterpart = key === '规范性文件' && ownRows.has('行政规范性文件') ? '行政规范性文件' : key === '行政规范性文件' && ownRows.has('规范性文件') ? '规范性文件' : null;
      // Under its block's old columns (本年新制作数量 …) the new label alone would be half a conversion: how the
      // columns map (本年新公开数量 vs 本年废止件数) is not certain, so the row is left for the author.
      const columns = blockColumns(report, f.range.start.line);
      const oldColumns = counterpart !== null && columns?.format === other;
      // The whole block in the report's format, numbers kept where they have a certain place (`oldBlockAs2021`).
      const block = columns?.format === other && to ? blockAs(report, columns.line, to) : null;
      const why = oldColumns
        ? bi(`该块的列仍是${other}年格式，两种格式的列对应关系不确定，未自动改名：请按${template.id}年格式重填这一块${block ? `（可一并换成${template.id}年格式的“${block.heading}”表，空白单元格待填写${block.note ? '；没有位置的数写在表下的注释里' : ''}）` : ''}。`, ` Its block still has the ${other} format's columns, which do not map with certainty onto the ${template.id} format's, so it is not renamed: redo the block in the ${template.id} format${block ? ` (the block can be replaced with the ${template.id} format's ${block.heading} table, blank cells to fill in${block.note ? '; the numbers with no place go in a comment under it' : ''})` : ''}.`)
        : block
          ? bi(`可将这一块换成${template.id}年格式的“${block.heading}”表（空白单元格待填写${block.note ? '；没有位置的数写在表下的注释里' : ''}）。`, ` The block can be replaced with the ${template.id} format's ${block.heading} table (blank cells to fill in${block.note ? '; the numbers with no place go in a comment under it' : ''}).`)
          : bi('', '');
      // In the script the label is written in (`行政規範性文件` over `規範性文件`, brk109 #7), quoted so as well; as
      // the template writes it where that script cannot be written (the fix is then withheld as writing simplified).
      const written = report.extras.sourceLines && report.lines.slice(f.range) === f.label ? report.extras.sourceLines.slice(f.range) : f.label;
      const scripted = counterpart ? inWrittenScriptAt(report, f.range, counterpart) : null;
      const want = scripted ?? counterpart;
      // A row the report's format has none of (`其他对外管理服务事项` in a 2021 report) among that format's columns
      // (brk111 #5a): deleted when it holds no data; its numbers, where it has some, are the author's to place.
      const dropped = !want && !block && columns?.format !== other ? droppedRow(report, f) : null;
      const drop = !dropped ? bi('', '')
        : dropped.numbers.length
          ? bi(`这一行的数（${dropped.numbers.join('、')}）在${template.id}年格式的表中没有位置，未自动删除：请删去这一行，其中的数如需保留，写入正文。`, ` Its numbers (${dropped.numbers.join(', ')}) have no place in the ${template.id} format's table, so it is not deleted automatically: delete the row, and write its numbers in the text if they are to be kept.`)
          : bi('这一行没有数，可删去（修复会删去它）。', ' The row holds no numbers and can be deleted (the fix does this).');
      ctx.add({
        message: bi(
          `表二“${written}”是${other}年格式的行${want ? `；${template.id}年格式为“${want}”` : `，${template.id}年格式没有这一行`}。${why.zh}${drop.zh}`,
          `表二 row “${written}” belongs to the ${other} format${want ? `; the ${template.id} format says “${want}”` : `; the ${template.id} format has no such row`}.${why.en}${drop.en}`),
        range: f.range,
        fix: want && !oldColumns ? { title: bi(`改为“${want}”`, `Change to “${want}”`), edits: [scripted !== null ? markInWrittenScript({ range: f.range, newText: scripted }) : { range: f.range, newText: want }] }
          : block ? { title: bi(`换成${template.id}年格式的“${block.heading}”表`, `Replace with the ${template.id} format's ${block.heading} table`), edits: [block.edit] }
          : dropped?.edit ? { title: bi('删去这一行', 'Delete the row'), edits: [dropped.edit] } : undefined,
        data: { table: 't2' },
      });
    }
    // Column headers and blocks of the other format in 表二.
    const seen = new Set<number>();
    // The other format's 表二 column labels, and the line of the last one said: a header written one cell a line
    // (`本年新制作数量`, `本年新公开数量`, `对外公开总数量` on lines of their own) is said once, at its first line, as a
    // pipe header is (brk152 #10).
    const otherColumns = new Set(templateOf(other).tables.t2?.blocks.flatMap((b) => b.columns.map((c) => c.label)) ?? []);
    let column = -1;
    for (const s of report.extras.signatures) {
      if (s.format !== other || s.text.startsWith('〔') || seen.has(s.line) || covered.has(s.line) || /逾期/.test(s.text)) continue;
      if (report.extras.foreignTable2Rows.some((f) => f.range.start.line === s.line)) continue;
      if (['其他对外管理服务事项', '政府集中采购'].includes(s.text)) continue;
      seen.add(s.line);
      const span = report.extras.spans.t2;
      if (otherColumns.has(s.text) && span && s.line >= span.start && s.line < span.end) {
        const after = column >= 0 && column < s.line && sameT2Header(report, column, s.line);
        column = s.line;
        if (after) continue;
      }
      const block = to ? blockAs(report, s.line, to) : null;
      const advice = block ? bi(
        `可将这一块换成${template.id}年格式的“${block.heading}”表（空白单元格待填写）。${block.note ? `${template.id}年格式中没有位置的数写在表下的注释里，请核对后删除该注释。` : ''}`,
        ` The block can be replaced with the ${template.id} format's ${block.heading} table (blank cells to fill in).${block.note ? ` The numbers with no place in the ${template.id} format are kept in a comment under the table: check them, then delete it.` : ''}`)
        : to ? byHand(report, s.line, to) : bi('', '');
      ctx.add({
        message: bi(
          `“${s.text}”是${other}年格式的表二内容，本报告为${template.id}年格式。${advice.zh}`,
          `“${s.text}” belongs to 表二 of the ${other} format; this report uses the ${template.id} format.${advice.en}`),
        range: report.lines.lineRange(s.line),
        fix: block ? { title: bi(`换成${template.id}年格式的“${block.heading}”表`, `Replace with the ${template.id} format's ${block.heading} table`), edits: [block.edit] } : undefined,
        data: { table: 't2' },
      });
    }
  },
};

/**
 * What to do by hand with a 表二 block of the other format whose column header is at 0-based line `headerLine` in a
 * report of format `to` when it cannot be replaced by a fix (`blockAs` null): redo it as the `to` block of the same
 * item, or delete it where `to` has no such block (第二十条第（九）项 in 2021). Empty when the line is no such header.
 */
function byHand(report: Report, headerLine: number, to: BlockFormat): { zh: string; en: string } {
  const found = otherBlockHeader(report, headerLine, to);
  // (One cell a line, a header the fix does not read: the item's heading says which block to write.)
  const oneCell = report.tables.t2?.layout === 'cell-per-line' || report.tables.t2?.layout === 'none';
  if (!found) return oneCell ? byItemHeading(report, headerLine, to) : bi('', '');
  const old = pickBlock(report, found, headerLine);
  const now = counterpartOf(old, to);
  if (!now) {
    return bi(`${to}年格式已删去“${old.heading}”这一块：请删除这一块（其中的数如需保留，写入正文）。`,
      ` The ${to} format has no ${old.heading} block: delete the block (write its numbers in the text if they are to be kept).`);
  }
  const columns = now.columns.map((c) => `“${c.label}”`).join('');
  // What stopped the conversion, as `convert` found it for this block (said, not a list of what may have).
  const tried = convert(report, headerLine, found, old, now, to);
  const why = 'why' in tried ? tried.why : bi('这一块的读法不止一种', 'the block reads more than one way');
  return bi(`这一块未能自动换成${to}年格式的表（${why.zh}）：请按${to}年格式的“${now.heading}”表（列为${columns}）重写这一块，原有的数核对后填入，没有位置的另行记下。`,
    ` The block could not be replaced automatically (${why.en}): rewrite it as the ${to} format's ${now.heading} table (columns ${now.columns.map((c) => c.label).join(', ')}), putting the old numbers where they belong and noting down those with no place.`);
}

/**
 * `byHand` for a header the fix cannot read as a table's (written one cell a line, brk185 #2): redo the block as the
 * `to` block of the item whose heading (第二十条第（五）项) is the nearest above 0-based line `headerLine` in 表二,
 * or delete it where `to` has no such block. Empty when no such heading is found.
 */
function byItemHeading(report: Report, headerLine: number, to: BlockFormat): { zh: string; en: string } {
  const start = report.extras.spans.t2?.start;
  if (start === undefined || headerLine < start) return bi('', '');
  const blocks = (id: BlockFormat) => templateOf(id).tables.t2?.blocks ?? [];
  for (let l = headerLine; l >= start; l--) {
    const key = labelKey(report.lines.line(l));
    if (!key.includes(labelKey('第二十条'))) continue;
    const heading = [...blocks('2019'), ...blocks('2021')].map((b) => b.heading).find((h) => h && key.includes(labelKey(h)));
    if (!heading) return bi('', '');
    const now = blocks(to).find((b) => b.heading === heading);
    if (!now) {
      return bi(`${to}年格式已删去“${heading}”这一块：请删除这一块（其中的数如需保留，写入正文）。`,
        ` The ${to} format has no ${heading} block: delete the block (write its numbers in the text if they are to be kept).`);
    }
    const columns = now.columns.map((c) => `“${c.label}”`).join('');
    return bi(`这一块未能自动换成${to}年格式的表（每格一行的表格不自动转换）：请按${to}年格式的“${now.heading}”表（列为${columns}）重写这一块，原有的数核对后填入。`,
      ` The block is not replaced automatically (a table of one cell a line is not converted): rewrite it as the ${to} format's ${now.heading} table (columns ${now.columns.map((c) => c.label).join(', ')}), putting the old numbers where they belong.`);
  }
  return bi('', '');
}

/**
 * A 表二 row of the other format that the report's format has no place for (`f`), as the row's numbers written in it
 * (the cells neither blank nor 0, as written) and, when it holds none, the edit that deletes it: its line, when the
 * line is that row alone (a pipe, tab-separated or space-aligned row; not a row over several lines, nor one inside
 * HTML tags). A row with numbers has no edit: deleting it would lose them.
 */
function droppedRow(report: Report, f: Report['extras']['foreignTable2Rows'][number]): { numbers: string[]; edit?: TextEdit } {
  const numbers = f.cells.filter((c) => c.raw.trim() !== '' && !(c.value === 0 && !c.invalid)).map((c) => c.raw.trim());
  if (numbers.length) return { numbers };
  const line = f.range.start.line;
  const parts = [f.range, ...f.cells.map((c) => c.range)];
  if (parts.some((r) => r.start.line !== line || r.end.line !== line)) return { numbers };
  // What the line holds besides the label and the cells: only the separators of a row.
  let rest = report.lines.line(line);
  for (const r of [...parts].sort((a, b) => b.start.character - a.start.character)) rest = rest.slice(0, r.start.character) + rest.slice(r.end.character);
  if (!/^[\s|｜]*$/.test(rest)) return { numbers };
  return { numbers, edit: { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' } };
}

/** The 表二 column labels of each format (`本年新制作数量` … of 2019, `本年制发件数` … of 2021). */
let columnLabels: Map<string, 'pre2019' | '2019' | '2021'> | null = null;

/**
 * The column header nearest above 0-based line `line` in 表二 (the header of the row's block): its line and the
 * format whose 表二 column label it names, or null when no known column label stands above it.
 */
function blockColumns(report: Report, line: number): { line: number; format: '2019' | '2021' } | null {
  if (!columnLabels) {
    columnLabels = new Map();
    for (const id of ['2019', '2021'] as const) for (const b of templateOf(id).tables.t2?.blocks ?? []) for (const c of b.columns) columnLabels.set(c.label, id);
  }
  const from = report.extras.spans.t2?.start ?? 0;
  let best: { line: number; format: '2019' | '2021' } | null = null;
  for (const s of report.extras.signatures) {
    const format = columnLabels.get(s.text);
    if ((format !== '2019' && format !== '2021') || s.line >= line || s.line < from) continue;
    if (!best || s.line > best.line) best = { line: s.line, format };
  }
  return best;
}

/** The formats whose 表二 blocks a fix converts between. */
type BlockFormat = '2019' | '2021';
/** A 表二 block of a template (heading, columns, rows). */
type Block = NonNullable<ReturnType<typeof templateOf>['tables']['t2']>['blocks'][number];

/** 表二 columns whose numbers are the same count under a new name, as [2019, 2021] (处理决定数量 → 本年处理决定数量). */
export const COLUMN_PAIRS: readonly (readonly [string, string])[] = [['处理决定数量', '本年处理决定数量']];
/** 表二 rows that the 2021 format renamed, as [2019, 2021]. */
const ROW_PAIRS: readonly (readonly [string, string])[] = [['规范性文件', '行政规范性文件']];

/** The label in format `to` of a label of the other format by `pairs` ([2019, 2021]), or undefined when none is listed. */
function pairedLabel(pairs: readonly (readonly [string, string])[], label: string, to: BlockFormat): string | undefined {
  const p = pairs.find((x) => x[to === '2021' ? 0 : 1] === label);
  return p ? p[to === '2021' ? 1 : 0] : undefined;
}

/** The block of format `to` of the same item (heading) as `old`, a block of the other format; undefined when `to` has none. */
function counterpartOf(old: Block, to: BlockFormat): Block | undefined {
  return templateOf(to).tables.t2?.blocks.find((b) => labelKey(b.heading) === labelKey(old.heading));
}

/** The cells of a pipe table line (`| a | b |` → `['a', 'b']`, trimmed), or null when it is not one. */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  return t.startsWith('|') ? splitRow(t).cells.map((c) => c.trim()) : null;
}

/** How a pasted table's lines separate their cells: pipes, tabs (a Word or Excel paste) or runs of spaces. */
type BlockLayout = 'pipe' | 'tab' | 'space';

/**
 * The fields of one line of a table in `layout`, trimmed, or null for a pipe layout's non-pipe line. A tab-separated
 * line keeps its empty fields (`0\t\t0`: a blank cell) but drops empty fields past `width` at its end (Excel's
 * trailing tab), and reads doubled tabs as one where only that gives `width` fields (tabs doubled to align the
 * text). A space-aligned line's runs of white space are separators (its blank cells are found by `placeByHeader`).
 */
function fieldsOf(line: string, layout: BlockLayout, width: number): string[] | null {
  if (layout === 'pipe') return pipeCells(line);
  const t = line.replace(/^[ \u3000\r]+|[ \u3000\r]+$/g, '');
  if (layout === 'space' || !t.includes('\t')) return t.trim() ? t.trim().split(/\s+/) : [];
  const fields = t.split('\t').map((c) => c.trim());
  while (fields.length > width && fields[fields.length - 1] === '') fields.pop();
  if (fields.length > width) {
    const joined = t.trim().split(/\t+/).map((c) => c.trim());
    if (joined.length === width) return joined;
  }
  return fields;
}

/** The words of a space-aligned line with the display columns `[start, end)` each takes (as `pdftotext -layout` counts them). */
function spacedWords(line: string): { text: string; start: number; end: number }[] {
  return [...line.replace(/\r$/, '').matchAll(/[^\s\u3000]+/g)].map((m) => {
    const start = layoutWidth(line.slice(0, m.index));
    return { text: m[0], start, end: start + layoutWidth(m[0]) };
  });
}

/**
 * The cells of a space-aligned row that has fewer words than its header has columns (a cell left blank), placed by
 * the header's column positions (`header`: the header's words with their display columns): the first word is the
 * row label; each other word goes to the one header column whose display columns it overlaps, in order, and the
 * columns no word stands in are blank. Null when a word overlaps no header column or more than one, or two words
 * the same one: which cell is blank cannot be told, and no number is guessed into a column.
 */
function placeByHeader(line: string, header: { start: number; end: number }[]): string[] | null {
  const words = spacedWords(line);
  const cells = new Array<string>(header.length).fill('');
  cells[0] = words[0]?.text ?? '';
  let prev = 0;
  for (const w of words.slice(1)) {
    const hit = header.map((h, j) => (j > 0 && w.start < h.end && h.start < w.end ? j : -1)).filter((j) => j >= 0);
    if (hit.length !== 1 || hit[0] <= prev) return null;
    cells[hit[0]] = w.text;
    prev = hit[0];
  }
  return cells;
}

/**
 * The 表二 blocks of the format other than `to` whose column header stands at 0-based line `headerLine`
 * (`信息内容` and the block's columns, as a pipe, tab-separated or space-aligned row): the blocks with those columns
 * (two for the same columns: 第二十条第（五）项 and （六）项), the header's layout, width and, for a space-aligned
 * header, its words' display columns; null when the line is no such header.
 */
function otherBlockHeader(report: Report, headerLine: number, to: BlockFormat) {
  const from: BlockFormat = to === '2021' ? '2019' : '2021';
  const text = report.lines.line(headerLine);
  const layout: BlockLayout = text.trim().startsWith('|') ? 'pipe' : text.includes('\t') ? 'tab' : 'space';
  const header = fieldsOf(text, layout, Infinity)?.filter((c, i) => layout === 'pipe' || c !== '' || i === 0);
  if (!header || header.length < 2 || labelKey(header[0]) !== labelKey('信息内容')) return null;
  const blocks = templateOf(from).tables.t2?.blocks.filter((b) => b.columns.length === header.length - 1 && b.columns.every((c, i) => labelKey(c.label) === labelKey(header[i + 1]))) ?? [];
  if (!blocks.length) return null;
  const spans = layout === 'space' ? spacedWords(text) : null;
  return { layout, width: header.length, blocks, spans: spans?.length === header.length ? spans : null };
}

/**
 * A 表二 block of the other format whose item the report's format `to` has none of (2019's 第二十条第（九）项 in a 2021
 * report), its column header at 0-based line `headerLine`: its heading (the item's, as the template writes it), the
 * range from its heading line (the nearest line above the header, blank lines aside, that names the item; else the
 * header) to its last row, the numbers written in it (neither blank nor 0) and the edit that deletes it. The edit
 * only where every line under the header is a row of the block, each with the header's cells: nothing of another
 * item, whose numbers the report's format has a place for, goes with it; the block's numbers are kept in an HTML
 * comment in its place (as `convert` keeps those with no place). Null when the line is no such block's header.
 */
function droppedBlock(report: Report, headerLine: number, to: BlockFormat): { heading: string; range: Range; numbers: string[]; edit?: TextEdit } | null {
  const found = otherBlockHeader(report, headerLine, to);
  if (!found) return null;
  const old = pickBlock(report, found, headerLine);
  if (counterpartOf(old, to)) return null;
  const lines = report.lines;
  const from: BlockFormat = to === '2021' ? '2019' : '2021';
  let top = headerLine;
  for (let i = headerLine - 1; i >= Math.max(0, headerLine - 3); i--) {
    const text = lines.line(i);
    if (!text.trim()) continue;
    if (labelKey(text).includes(labelKey(old.heading))) top = i;
    break;
  }
  // The rows under the header (and its delimiter row): each the block's, with the header's cells, up to the table's end.
  let first = headerLine + 1;
  if (found.layout === 'pipe' && pipeCells(lines.line(first) ?? '')?.every((c) => /^:?-+:?$/.test(c))) first++;
  let last = first - 1, clean = found.layout === 'pipe' && first === headerLine + 2;
  const numbers: string[] = [];
  const items: string[] = [];
  for (let i = first; i < lines.lineCount; i++) {
    const cells = fieldsOf(lines.line(i), found.layout, found.width);
    if (!cells || !cells.length || (found.layout !== 'pipe' && !lines.line(i).trim())) break;
    last = i;
    const row = old.rows.find((r) => labelKey(r.label) === labelKey(cells[0]));
    if (!row || cells.length !== found.width || cells.some((c) => c.includes('-->'))) clean = false;
    const written = cells.slice(1).map((c, j) => ({ c, j })).filter(({ c }) => c !== '' && !/^0(?:\.0+)?$/.test(c));
    numbers.push(...written.map(({ c }) => c));
    if (written.length) items.push(`${cells[0]}：${written.map(({ c, j }) => `${old.columns[j]?.label ?? ''} ${c}`).join('，')}`);
  }
  if (last < first) clean = false;
  const range: Range = { start: lines.lineRange(top).start, end: lines.lineRange(Math.max(last, headerLine)).end };
  if (!clean) return { heading: old.heading, range, numbers };
  const note = items.length ? `<!-- 原${from}年格式表二“${old.heading}”中${to}年格式没有位置的数（请核对后删除本注释）：${items.join('；')} -->` : '';
  // (Deleted with its line breaks: the blank line before the heading then parts what was around it.)
  const end = last + 1 < lines.lineCount && !lines.line(last + 1).trim() ? last + 2 : last + 1;
  const edit: TextEdit = note
    ? { range, newText: note }
    : end < lines.lineCount ? { range: { start: range.start, end: { line: end, character: 0 } }, newText: '' } : { range, newText: '' };
  return { heading: old.heading, range, numbers, edit };
}

/**
 * Of the blocks `found` whose columns the header at `headerLine` names, the one whose rows the lines below it
 * start with (第二十条第（六）项 for 行政处罚 under 上一年项目数量 …), else the first.
 */
function pickBlock(report: Report, found: NonNullable<ReturnType<typeof otherBlockHeader>>, headerLine: number): Block {
  for (let i = headerLine + 1; i < Math.min(report.lines.lineCount, headerLine + 4); i++) {
    const first = fieldsOf(report.lines.line(i), found.layout, found.width)?.[0];
    const block = first && found.blocks.find((b) => b.rows.some((r) => labelKey(r.label) === labelKey(first)));
    if (block) return block;
  }
  return found.blocks[0];
}

/**
 * The table for a 表二 block of the other format pasted into a report of format `to` (a 2019 block in a 2021
 * report, or a 2021 block in a 2019 report), as a fix: the table (pipe, tab-separated as pasted from Word or Excel,
 * or space-aligned) whose header (at 0-based line `headerLine`) is `信息内容` and one block's columns, with that
 * block's rows under it, becomes the `to` block of the same heading, written as a pipe table (its columns and rows,
 * as the table-missing fix writes them: blank cells), keeping each number that has a certain place there
 * (规范性文件 ↔ 行政规范性文件, 处理决定数量 ↔ 本年处理决定数量). The other numbers (本年新制作数量 …,
 * 其他对外管理服务事项, 本年收费金额) are not dropped: they are written, with their row and column, in an HTML comment
 * under the table (`note` true), which the checks pass over. A space-aligned row with a blank cell has its cells
 * placed by the header's column positions (`placeByHeader`). Null when the lines are not exactly such a table on its
 * own (a row of another block, a cell too many or too few, a blank cell whose column cannot be told, a table going
 * on into another block), or `to` has no block of that item (第二十条第（九）项 in 2021).
 */
export function blockAs(report: Report, headerLine: number, to: BlockFormat): { heading: string; edit: TextEdit; note: boolean } | null {
  const found = otherBlockHeader(report, headerLine, to);
  if (!found) return null;
  for (const old of found.blocks) {
    const now = counterpartOf(old, to);
    const fix = now ? convert(report, headerLine, found, old, now, to) : null;
    if (fix && !('why' in fix)) return fix;
  }
  return null;
}

/** `blockAs` for one reading of the header: the block `old` of the other format, to be written as `now` of format `to`. */
function convert(report: Report, headerLine: number, found: NonNullable<ReturnType<typeof otherBlockHeader>>, old: Block, now: Block, to: BlockFormat): { heading: string; edit: TextEdit; note: boolean } | { why: Bilingual } {
  const lines = report.lines;
  const { layout, width, spans } = found;
  const from: BlockFormat = to === '2021' ? '2019' : '2021';
  // The table stands on its own: the line above is no row of it.
  const above = headerLine > 0 ? fieldsOf(lines.line(headerLine - 1), layout, width) : null;
  if (above && (layout === 'pipe' || above.length > 1)) return { why: bi(`表头上面的第 ${headerLine} 行也是表格的一行，这一块不是单独的一张表`, `line ${headerLine}, above its header, is a row of the table too, so the block is no table of its own`) };
  let first = headerLine + 1;
  if (layout === 'pipe') {
    const delimiter = pipeCells(lines.line(headerLine + 1) ?? '');
    if (!delimiter || !delimiter.every((c) => /^:?-+:?$/.test(c))) return { why: bi('表头下没有分隔行（| --- |）', 'its header has no delimiter row (| --- |) under it') };
    first++;
  }
  // The data rows: every line of the table below, each a row of the block with its cells, each row once. A
  // tab-separated or space-aligned table ends at a blank line or a line of one field that is no row (a heading); a
  // line of a row label alone there is that row not filled in (blank cells); a space-aligned row with fewer fields
  // has them placed under the header's columns.
  // A row is the block's by its label, or by the label the format converted to gives it (`行政规范性文件` under the
  // 2019 columns: 规范性文件, whose 2021 label it is, brk102 #5).
  const values = new Map<string, string[]>();
  // Each row's label as written (行政规范性文件 for the 2019 row 规范性文件), for the messages.
  const writtenAs = new Map<string, string>();
  let last = first - 1;
  for (let i = first; i < lines.lineCount; i++) {
    let cells = fieldsOf(lines.line(i), layout, width);
    if (!cells || !cells.length) break;
    const key = labelKey(cells[0]);
    const row = old.rows.find((r) => labelKey(r.label) === key) ?? old.rows.find((r) => labelKey(pairedLabel(ROW_PAIRS, r.label, to) ?? '') === key);
    if (!row && layout !== 'pipe' && cells.length === 1) break;
    const written = cells[0];
    if (row && layout !== 'pipe' && cells.length === 1) cells = [cells[0], ...new Array<string>(width - 1).fill('')];
    else if (row && layout === 'space' && cells.length < width && spans) cells = placeByHeader(lines.line(i), spans);
    const at = i + 1;
    if (!row) return { why: bi(`第 ${at} 行“${written}”不是${from}年格式“${old.heading}”的行（这一块的行为${old.rows.map((r) => `“${r.label}”`).join('、')}）`, `line ${at}, “${written}”, is no row of the ${from} format's ${old.heading} (its rows: ${old.rows.map((r) => r.label).join(', ')})`) };
    if (!cells) return { why: bi(`第 ${at} 行“${written}”有空白单元格，而它的数落在表头两列之间或跨两列，看不出哪一格是空的`, `line ${at}, “${written}”, has a blank cell and a number standing between or across two of the header's columns, so which cell is blank cannot be told`) };
    if (values.has(row.label)) return { why: bi(`“${row.label}”行写了两次（第 ${at} 行）`, `row “${row.label}” is written twice (line ${at})`) };
    if (cells.length !== width) return { why: bi(`第 ${at} 行“${written}”有 ${cells.length} 格，表头有 ${width} 格`, `line ${at}, “${written}”, has ${countEn(cells.length, 'cell')} where the header has ${width}`) };
    if (cells.some((c) => c.includes('-->'))) return { why: bi(`第 ${at} 行含有注释的结束标记“-->”`, `line ${at} holds a comment's end “-->”`) };
    values.set(row.label, cells.slice(1));
    writtenAs.set(row.label, written);
    last = i;
  }
  if (!values.size) return { why: bi('表头下没有这一块的行', 'no row of the block stands under its header') };
  const nfkc = documentIsNfkc(report);
  const label = (l: string) => (nfkc ? l.normalize('NFKC') : l);
  const rowIn = (l: string) => pairedLabel(ROW_PAIRS, l, to) ?? l;
  const rows: string[][] = [[label(templateOf(to).tables.t2!.firstHeader), ...now.columns.map((c) => label(c.label))]];
  // Rows written with numbers of which none has a certain place in the new block (every number of 规章 under
  // 本年新制作数量 … goes to the comment): the new row would be blank, which row-missing reports as an error, where the
  // block was a warning. Such a block is not converted: the author maps its columns (brk105 #5).
  const emptied: string[] = [];
  for (const r of now.rows) {
    const src = old.rows.find((o) => rowIn(o.label) === r.label);
    const cells = src ? values.get(src.label) : undefined;
    const row = [label(r.label), ...now.columns.map((c) => {
      const j = old.columns.findIndex((o) => pairedLabel(COLUMN_PAIRS, o.label, to) === c.label);
      return cells && j >= 0 ? cells[j] : '';
    })];
    if (src && cells?.some((c) => c !== '') && row.slice(1).every((c) => c === '')) emptied.push(writtenAs.get(src.label) ?? src.label);
    rows.push(row);
  }
  if (emptied.length) {
    const names = emptied.map((l) => `“${l}”`);
    return { why: bi(`${from}年格式的列与${to}年格式的列没有确定的对应关系，${names.join('')}行的数在${to}年格式的表中都没有确定的位置，换过去这${emptied.length > 1 ? '些' : ''}行会整行空白`,
      `the ${from} format's columns do not map with certainty onto the ${to} format's: none of the numbers of ${names.join(', ')} would have a place in the ${to} table, which would leave ${emptied.length > 1 ? 'those rows' : 'that row'} blank`) };
  }
  // Every written number of the old block that has no place in the new one, with its row and column.
  const placed = (row: string, col: string) => now.rows.some((r) => r.label === rowIn(row)) && now.columns.some((c) => c.label === pairedLabel(COLUMN_PAIRS, col, to));
  const left: string[] = [];
  for (const r of old.rows) {
    const cells = values.get(r.label);
    if (!cells) continue;
    const items = old.columns.flatMap((c, j) => (cells[j] !== '' && !placed(r.label, c.label) ? [`${c.label} ${cells[j]}`] : []));
    if (items.length) left.push(`${r.label}：${items.join('，')}`);
  }
  const eol = lines.dominantEol();
  let newText = renderPipeTable(rows, 1, eol);
  if (left.length) newText += `${eol}${eol}<!-- 原${from}年格式表二“${old.heading}”中${to}年格式没有位置的数（请核对后删除本注释）：${left.join('；')} -->`;
  return { heading: now.heading, edit: { range: { start: lines.lineRange(headerLine).start, end: lines.lineRange(last).end }, newText }, note: left.length > 0 };
}

/**
 * The edits that write 表三's 2021 （六）其他处理 group label and its three sub-rows, in a 2019 report, as the 2019
 * format's single row: each column the sum of the three; in HTML also the `rowspan` of the merged cells above that
 * spanned the rows merged away, lowered by them. Null unless the table is read by the template's order, a
 * pipe, tab-separated or HTML table whose three sub-rows are each one line of their own (an HTML row one `<tr>` a
 * line), every sub-row cell holds a number, and the line right above is either the group label (holding no number
 * other than those sums, replaced too) or a row read as another row (the label left out: brk185 #2).
 */
function mergedOtherHandling(report: Report): TextEdit[] | null {
  const t3 = report.tables.t3;
  if (!t3 || !['pipe', 'tab-separated', 'html'].includes(t3.layout) || t3.header || t3.split) return null;
  const subs = ['R3.6.1', 'R3.6.2', 'R3.6.3'].map((id) => rowById(t3, id));
  if (subs.some((r) => !r || r.match.kind === 'absent' || !r.match.range)) return null;
  const width = subs[0]!.cells.length;
  if (!width) return null;
  const sums: number[] = [];
  for (let k = 0; k < width; k++) {
    let sum = 0;
    for (const r of subs) {
      const v = num(r!.cells[k]);
      if (v === null || r!.cells.length !== width) return null;
      sum += v;
    }
    sums.push(sum);
  }
  const first = subs[0]!.match.range!.start.line;
  for (const [i, r] of subs.entries()) {
    const at = first + i;
    if (r!.match.range!.start.line !== at || r!.match.range!.end.line !== at || r!.cells.some((c) => !c || c.range.start.line !== at)) return null;
    if (t3.layout === 'html' && !/^\s*<tr[\s>].*<\/tr>\s*$/i.test(report.lines.line(at))) return null;
  }
  // The line above: the group label's row (its label （六）其他处理, its other cells blank or those sums, a
  // subtotal), merged in; else it must be a row read as another (the label deleted), left as it is.
  const line = first - 1;
  if (line < 0) return null;
  const cells = rowCellsOfLine(report.lines.line(line), t3.layout);
  const labelAt = cells ? cells.findIndex((c) => c !== '') : -1;
  let from = first;
  if (cells && labelAt >= 0 && labelKey(cells[labelAt]) === labelKey('（六）其他处理')) {
    const rest = cells.slice(labelAt + 1).filter((c) => c !== '');
    if (rest.length && (rest.length !== width || rest.some((c, k) => Number(c) !== sums[k]))) return null;
    from = line;
  } else if (!t3.rows.some((r) => r.match.kind !== 'absent' && r.match.range?.end.line === line)) return null;
  const label = templateOf('2019').tables.t3!.rows.find((r) => r.id === 'R3.6')!.label;
  const raw = from === line ? cells![labelAt] : subs[0]!.match.raw;
  const indent = t3.layout === 'html' ? /^[ \t]*/.exec(report.lines.line(first))![0] : '';
  // (HTML: written like （一）予以公开, a row of the same level; the 2019 row has no row of its own to copy.)
  const row = renderRowLike(report, t3, from === line ? inStyleOf(raw, label) : label, width, sums, t3.layout === 'html' ? 'R3.1' : 'R3.6');
  const merge: TextEdit = { range: { start: report.lines.lineRange(from).start, end: report.lines.lineRange(first + 2).end }, newText: indent + row };
  // HTML: the merged cells above (三、本年度办理结果) spanned the rows merged away; left as they were they would reach
  // over （七）总计 and 四、结转下年度继续办理 (brk186 #6).
  return [merge, ...(t3.layout === 'html' ? rowspanMergeEdits(report.lines, t3.range.start.line, from, first + 2) : [])];
}

/** The cells of one table line of `layout` (a pipe row, a tab-separated line, an HTML `<tr>` on one line), trimmed; else null. */
function rowCellsOfLine(text: string, layout: string): string[] | null {
  if (layout === 'pipe') return text.trimStart().startsWith('|') ? splitRow(text).cells.map((c) => c.trim()) : null;
  if (layout === 'tab-separated') return text.includes('\t') ? text.split('\t').map((c) => c.trim()) : null;
  if (!/^\s*<tr[\s>].*<\/tr>\s*$/i.test(text)) return null;
  return [...text.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gi)].map((m) => m[1].replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim());
}
