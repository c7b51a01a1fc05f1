import type { TextEdit } from '../types.js';
import type { Rule } from './rule.js';
import { bi, documentIsNfkc, inStyleOf, num, rowById } from './util.js';
import { templateOf } from '../templates/index.js';
import { renderRowLike } from './row-missing.js';
import { renderPipeTable } from '../fix/render.js';
import { splitRow } from '../editor/pipeTables.js';
import { labelKey } from '../text/normalize.js';
import type { Report } from '../model/build.js';

/** Rows or columns of another format year in the same report (2019 single `（六）其他处理` in a 2021 report, …). */
export const formatMixed: Rule = {
  meta: {
    id: 'format-mixed',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('同一报告中混用了另一年度格式的行或列', 'Rows or columns of another format year in the same report'),
    rationale: bi('2021 年格式（国办公开办函〔2021〕30号）改动了 2019 年格式的表二（如“规范性文件”改为“行政规范性文件”，删去第二十条第（九）项）和表三（“（六）其他处理”拆为三行）。同一报告混用两种格式，说明套用了旧模板。能确定对应关系时，修复会改为报告所用格式：“（六）其他处理”全为 0 时拆为三行 0；有数时如何拆分表中看不出，不自动拆分，以免编造数字。表二的“规范性文件”所在块的列仍是旧格式时，不只改行名（列的对应关系不确定）；2021 年报告中整块照搬 2019 年格式的表二块（如“本年新制作数量”等列）时，修复把这一块换成 2021 年格式同一项的表：能确定对应的数保留在原处（“处理决定数量”→“本年处理决定数量”），其余单元格留空待填，2021 年格式没有位置的数连同行名、列名写在表下的 HTML 注释里，一个数也不丢；表格是竖线表、从 Word 或 Excel 粘贴的制表符分隔文字或空格对齐的文字都可以，换成的表一律写成竖线表。`nianbao check --fix` 和编辑器的“全部修复”也会换掉这一块：换后留下的空白单元格随即由 row-missing 报告为“整行空白”（错误级），请对照原表和注释里的数填写，核对后删除注释。', 'The 2021 format changed 表二 (e.g. 规范性文件 → 行政规范性文件, block （九） removed) and 表三 (（六）其他处理 split into three rows). Mixing them means an old template was reused. Where the mapping is certain, the fix converts to the report\'s format: a （六）其他处理 row of 0s becomes three rows of 0s; with numbers, how they split is not in the table, and no split is offered (it would invent numbers). 规范性文件 is not renamed while its block still has the old columns (how they map is not certain); a whole 2019 表二 block (本年新制作数量 … columns) in a 2021 report is replaced by the 2021 table of the same item: numbers with a certain place stay (处理决定数量 → 本年处理决定数量), the other cells are left blank to fill in, and the numbers the 2021 format has no place for are written with their row and column in an HTML comment under the table, so none is lost. The block may be a pipe table or text pasted from Word or Excel (tab-separated) or space-aligned; the 2021 block is always written as a pipe table. `nianbao check --fix` and the editor\'s fix-all replace the block too: the blank cells it leaves are then reported by row-missing (整行空白, an error) until they are filled in from the original table and the comment, which is deleted once checked.'),
    example: { bad: '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', note: bi('2021 年格式中“（六）其他处理”应分为三行', 'in the 2021 format （六）其他处理 has three sub-rows') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019') return;
    const other = template.id === '2021' ? '2019' : '2021';
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
            const lines = subs.map((s) => renderRowLike(report, t3, s.data ? s.label : inStyleOf(row.match.raw, s.label), width, s.data ? undefined : new Array<null>(width).fill(null)));
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
          ctx.add({ message: bi('表三“（六）其他处理”分为三行，这是 2021 年格式；2019 年格式只有一行。', '表三 （六）其他处理 has three sub-rows, as in the 2021 format; the 2019 format has one row.'), range });
        }
      }
    }
    // 表二 rows of the other format: `规范性文件` ↔ `行政规范性文件`, `其他对外管理服务事项`, `政府集中采购`.
    const ownRows = new Set(template.tables.t2?.blocks.flatMap((b) => b.rows.map((r) => r.label)) ?? []);
    for (const f of report.extras.foreignTable2Rows) {
      const key = f.label.normalize('NFKC').replace(/\s+/g, '').replace(/^\d+[.、]/, '');
      const counterpart = key === '规范性文件' && ownRows.has('行政规范性文件') ? '行政规范性文件' : key === '行政规范性文件' && ownRows.has('规范性文件') ? '规范性文件' : null;
      // Under its block's old columns (本年新制作数量 …) the new label alone would be half a conversion: how the
      // columns map (本年新公开数量 vs 本年废止件数) is not certain, so the row is left for the author.
      const columns = blockColumns(report, f.range.start.line);
      const oldColumns = counterpart !== null && columns?.format === other;
      // The whole block in the report's format, numbers kept where they have a certain place (`oldBlockAs2021`).
      const block = columns?.format === other && template.id === '2021' ? oldBlockAs2021(report, columns.line) : null;
      const why = oldColumns
        ? bi(`该块的列仍是${other}年格式，两种格式的列对应关系不确定，未自动改名：请按${template.id}年格式重填这一块${block ? `（可一并换成2021年格式的“${block.heading}”表，空白单元格待填写${block.note ? '；没有位置的数写在表下的注释里' : ''}）` : ''}。`, ` Its block still has the ${other} format's columns, which do not map with certainty onto the ${template.id} format's, so it is not renamed: redo the block in the ${template.id} format${block ? ` (the block can be replaced with the 2021 format's ${block.heading} table, blank cells to fill in${block.note ? '; the numbers with no place go in a comment under it' : ''})` : ''}.`)
        : block
          ? bi(`可将这一块换成2021年格式的“${block.heading}”表（空白单元格待填写${block.note ? '；没有位置的数写在表下的注释里' : ''}）。`, ` The block can be replaced with the 2021 format's ${block.heading} table (blank cells to fill in${block.note ? '; the numbers with no place go in a comment under it' : ''}).`)
          : bi('', '');
      ctx.add({
        message: bi(
          `表二“${f.label}”是${other}年格式的行${counterpart ? `；${template.id}年格式为“${counterpart}”` : `，${template.id}年格式没有这一行`}。${why.zh}`,
          `表二 row “${f.label}” belongs to the ${other} format${counterpart ? `; the ${template.id} format says “${counterpart}”` : `; the ${template.id} format has no such row`}.${why.en}`),
        range: f.range,
        fix: counterpart && !oldColumns ? { title: bi(`改为“${counterpart}”`, `Change to “${counterpart}”`), edits: [{ range: f.range, newText: counterpart }] }
          : block ? { title: bi(`换成2021年格式的“${block.heading}”表`, `Replace with the 2021 format's ${block.heading} table`), edits: [block.edit] } : undefined,
        data: { table: 't2' },
      });
    }
    // Column headers and blocks of the other format in 表二.
    const seen = new Set<number>();
    for (const s of report.extras.signatures) {
      if (s.format !== other || s.text.startsWith('〔') || seen.has(s.line) || /逾期/.test(s.text)) continue;
      if (report.extras.foreignTable2Rows.some((f) => f.range.start.line === s.line)) continue;
      if (['其他对外管理服务事项', '政府集中采购'].includes(s.text)) continue;
      seen.add(s.line);
      const block = template.id === '2021' ? oldBlockAs2021(report, s.line) : null;
      const advice = block ? bi(
        `可将这一块换成2021年格式的“${block.heading}”表（空白单元格待填写）。${block.note ? '2021年格式中没有位置的数写在表下的注释里，请核对后删除该注释。' : ''}`,
        ` The block can be replaced with the 2021 format's ${block.heading} table (blank cells to fill in).${block.note ? ' The numbers with no place in the 2021 format are kept in a comment under the table: check them, then delete it.' : ''}`)
        : template.id === '2021' ? byHand(report, s.line) : bi('', '');
      ctx.add({
        message: bi(
          `“${s.text}”是${other}年格式的表二内容，本报告为${template.id}年格式。${advice.zh}`,
          `“${s.text}” belongs to 表二 of the ${other} format; this report uses the ${template.id} format.${advice.en}`),
        range: report.lines.lineRange(s.line),
        fix: block ? { title: bi(`换成2021年格式的“${block.heading}”表`, `Replace with the 2021 format's ${block.heading} table`), edits: [block.edit] } : undefined,
      });
    }
  },
};

/**
 * What to do by hand with a 2019 表二 block whose column header is at 0-based line `headerLine` in a 2021 report
 * when it cannot be replaced by a fix (`oldBlockAs2021` null): redo it as the 2021 block of the same item, or delete
 * it where the 2021 format has no such block (第二十条第（九）项). Empty when the line is no 2019 block header.
 */
function byHand(report: Report, headerLine: number): { zh: string; en: string } {
  const found = oldBlockHeader(report, headerLine);
  if (!found) return bi('', '');
  if (!found.now) {
    return bi(`2021年格式已删去“${found.old.heading}”这一块：请删除这一块（其中的数如需保留，写入正文）。`,
      ` The 2021 format has no ${found.old.heading} block: delete the block (write its numbers in the text if they are to be kept).`);
  }
  const columns = found.now.columns.map((c) => `“${c.label}”`).join('');
  return bi(`这一块未能自动换成2021年格式的表（有的行与表头的列数不符，或表中有不属于这一块的行）：请按2021年格式的“${found.now.heading}”表（列为${columns}）重写这一块，原有的数核对后填入，没有位置的另行记下。`,
    ` The block could not be replaced automatically (a row's cells do not match the header's columns, or the table holds a row of another block): rewrite it as the 2021 format's ${found.now.heading} table (columns ${found.now.columns.map((c) => c.label).join(', ')}), putting the old numbers where they belong and noting down those with no place.`);
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

/** 2019 表二 columns whose numbers are those of a 2021 column (the same count under a new name). */
const COLUMN_2019_TO_2021: Record<string, string> = { 处理决定数量: '本年处理决定数量' };
/** 2019 表二 rows that the 2021 format renamed. */
const ROW_2019_TO_2021: Record<string, string> = { 规范性文件: '行政规范性文件' };

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
 * text). A space-aligned line's runs of white space are separators (a blank cell cannot be told there).
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

/**
 * The 2019 表二 block whose column header stands at 0-based line `headerLine` (`信息内容` and that block's columns,
 * as a pipe, tab-separated or space-aligned row), with its 2021 counterpart (undefined for 第二十条第（九）项, which
 * the 2021 format removed) and the header's layout; null when the line is no such header.
 */
function oldBlockHeader(report: Report, headerLine: number) {
  const text = report.lines.line(headerLine);
  const layout: BlockLayout = text.trim().startsWith('|') ? 'pipe' : text.includes('\t') ? 'tab' : 'space';
  const header = fieldsOf(text, layout, Infinity)?.filter((c, i) => layout === 'pipe' || c !== '' || i === 0);
  if (!header || header.length < 2 || labelKey(header[0]) !== labelKey('信息内容')) return null;
  const old = templateOf('2019').tables.t2?.blocks.find((b) => b.columns.length === header.length - 1 && b.columns.every((c, i) => labelKey(c.label) === labelKey(header[i + 1])));
  if (!old) return null;
  const now = templateOf('2021').tables.t2?.blocks.find((b) => labelKey(b.heading) === labelKey(old.heading));
  return { layout, width: header.length, old, now };
}

/**
 * The 2021 table for a 2019-format 表二 block pasted into a 2021 report, as a fix: the table (pipe, tab-separated as
 * pasted from Word or Excel, or space-aligned) whose header (at 0-based line `headerLine`) is `信息内容` and one 2019
 * block's columns, with the 2019 block's rows under it, becomes the 2021 block of the same heading, written as a pipe
 * table (its columns and rows, as the table-missing fix writes them: blank cells), keeping each number that has a
 * certain place there (规范性文件 → 行政规范性文件, 处理决定数量 → 本年处理决定数量).
 * The other numbers (本年新制作数量 …, 其他对外管理服务事项) are not dropped: they are written, with their row and
 * column, in an HTML comment under the table (`note` true), which the checks pass over. Null when the lines are not
 * exactly such a table on its own (a row of another block, a cell too many or too few, a table going on into another
 * block), or the block has no 2021 counterpart (第二十条第（九）项).
 */
export function oldBlockAs2021(report: Report, headerLine: number): { heading: string; edit: TextEdit; note: boolean } | null {
  const lines = report.lines;
  const found = oldBlockHeader(report, headerLine);
  if (!found?.now) return null;
  const { layout, width, old, now } = found;
  // The table stands on its own: the line above is no row of it.
  const above = headerLine > 0 ? fieldsOf(lines.line(headerLine - 1), layout, width) : null;
  if (above && (layout === 'pipe' || above.length > 1)) return null;
  let first = headerLine + 1;
  if (layout === 'pipe') {
    const delimiter = pipeCells(lines.line(headerLine + 1) ?? '');
    if (!delimiter || !delimiter.every((c) => /^:?-+:?$/.test(c))) return null;
    first++;
  }
  // The data rows: every line of the table below, each a row of the 2019 block with its cells, each row once. A
  // tab-separated or space-aligned table ends at a blank line or a line of one field that is no row (a heading); a
  // line of a row label alone there is that row not filled in (blank cells).
  const values = new Map<string, string[]>();
  let last = first - 1;
  for (let i = first; i < lines.lineCount; i++) {
    let cells = fieldsOf(lines.line(i), layout, width);
    if (!cells || !cells.length) break;
    const row = old.rows.find((r) => labelKey(r.label) === labelKey(cells![0]));
    if (!row && layout !== 'pipe' && cells.length === 1) break;
    if (row && layout !== 'pipe' && cells.length === 1) cells = [cells[0], ...new Array<string>(width - 1).fill('')];
    if (!row || values.has(row.label) || cells.length !== width || cells.some((c) => c.includes('-->'))) return null;
    values.set(row.label, cells.slice(1));
    last = i;
  }
  if (!values.size) return null;
  const nfkc = documentIsNfkc(report);
  const label = (l: string) => (nfkc ? l.normalize('NFKC') : l);
  const rows: string[][] = [[label(templateOf('2021').tables.t2!.firstHeader), ...now.columns.map((c) => label(c.label))]];
  for (const r of now.rows) {
    const from = old.rows.find((o) => (ROW_2019_TO_2021[o.label] ?? o.label) === r.label);
    const cells = from ? values.get(from.label) : undefined;
    rows.push([label(r.label), ...now.columns.map((c) => {
      const j = old.columns.findIndex((o) => COLUMN_2019_TO_2021[o.label] === c.label);
      return cells && j >= 0 ? cells[j] : '';
    })]);
  }
  // Every written number of the old block that has no place in the new one, with its row and column.
  const placed = (row: string, col: string) => now.rows.some((r) => r.label === (ROW_2019_TO_2021[row] ?? row)) && COLUMN_2019_TO_2021[col] !== undefined;
  const left: string[] = [];
  for (const r of old.rows) {
    const cells = values.get(r.label);
    if (!cells) continue;
    const items = old.columns.flatMap((c, j) => (cells[j] !== '' && !placed(r.label, c.label) ? [`${c.label} ${cells[j]}`] : []));
    if (items.length) left.push(`${r.label}：${items.join('，')}`);
  }
  const eol = lines.dominantEol();
  let newText = renderPipeTable(rows, 1, eol);
  if (left.length) newText += `${eol}${eol}<!-- 原2019年格式表二“${old.heading}”中2021年格式没有位置的数（请核对后删除本注释）：${left.join('；')} -->`;
  return { heading: now.heading, edit: { range: { start: lines.lineRange(headerLine).start, end: lines.lineRange(last).end }, newText }, note: left.length > 0 };
}
