/**
 * The "convert to pipe table" refactoring: a table pasted in another layout (one cell per line, space-aligned
 * columns, a mix) rewritten as the authoring pipe table with the values the engine read, cell for cell. Labels
 * become the template's, except a misspelled label, which is kept as written (its own rule reports it); rows the
 * text does not have are not invented; a blank cell stays blank (a row with no numbers yet stays, blank). No number
 * is ever dropped or moved: when one cannot be placed for sure (a row of another format's 表二, a value past a row's
 * last column, a row a number short, a number in the table's lines that no row read), the table is not converted at
 * all; nor when a comment (`<!-- … -->`) sits among its lines, when its lines hold words the pipe table would not write
 * (a note in a cell or between rows: helper-222 #1), or when it is in a blockquote (#2). Labels
 * are written in the table's punctuation style (`(一)` where the text writes ASCII brackets). What a PDF's page break
 * left among its lines other than a page number alone (a running header, a page footer) is written under the pipe
 * table, in its order (brk113 #2: it was dropped). The lines around the
 * table stay as they were, and a blank line separates the pipe table from a neighbouring line that is not blank (a
 * line right under a pipe table is one of its rows in GFM). Pure.
 */
import type { Bilingual, Cell, Range, RowModel, TableId, TableModel, TextEdit } from '../types.js';
import { parseReport, type Report } from '../model/build.js';
import { PAGE_FOOTER, PAGE_NUMBER, PAGE_ORDINAL, tokenizeLine } from '../parse/tokens.js';
import { renderPipeTable } from '../fix/render.js';
import { documentIsNfkc, inStyleOf } from '../rules/util.js';
import { labelKey } from '../text/normalize.js';
import { editorTemplate } from './guide.js';
import { isSplitLine, writtenRange } from '../parse/html-rows.js';
import type { LineIndex } from '../text/lines.js';
import { pipeTableRows } from './pipeTables.js';

/**
 * A sample of the table's punctuation style for `inStyleOf`: `(` when its row labels are written mostly with ASCII
 * brackets, colons and commas (NFKC-normalised text), `（` when mostly with full-width ones; when its labels have
 * neither (or no table is read), the document's style (`documentIsNfkc`). Completion writes its labels so too.
 */
export function styleSample(report: Report, t: TableModel | undefined): string {
  let ascii = 0, wide = 0;
  for (const r of t?.rows ?? []) {
    if (r.match.kind === 'absent' || !r.match.raw) continue;
    ascii += (r.match.raw.match(/[(),:]/g) ?? []).length;
    wide += (r.match.raw.match(/[（），：]/g) ?? []).length;
  }
  if (ascii === wide) return documentIsNfkc(report) ? '(' : '（';
  return ascii > wide ? '(' : '（';
}

/** The label written for row `r`: a misspelled one as written (its own rule reports it), else the template's in `style`. */
function label(r: RowModel, style: string): string {
  return r.match.kind === 'misspelled' && r.match.raw ? r.match.raw : inStyleOf(style, r.label);
}

/**
 * The header label written for column `id` of `t`: a misspelled one as written (its own rule reports it; the
 * conversion does not change the user's words), else `canonical` in `style`.
 */
function columnLabel(t: TableModel, id: string, canonical: string, style: string): string {
  const c = t.columns.find((x) => x.id === id);
  return c?.match.kind === 'misspelled' && c.match.raw ? c.match.raw : inStyleOf(style, canonical);
}

/** A cell the text wrote something in (a number, or a stand-in such as `-` or `无`). */
function written(c: Cell | null | undefined): boolean {
  return Boolean(c && c.raw.trim());
}

/** The rows written into the converted table, with how many of their cells were. */
class Placed {
  private readonly widths = new Map<RowModel, number>();
  /** The group rows written with their subtotals (`group`). */
  private readonly subtotals = new Set<RowModel>();
  /** `style`: the punctuation style of the labels written (see `styleSample`). */
  constructor(private readonly style: string) {}
  /** Row `r`'s label and its first `width` cells as written (a blank cell stays blank). */
  row(r: RowModel, width: number): string[] {
    this.widths.set(r, Math.max(width, this.widths.get(r) ?? 0));
    const out = [label(r, this.style)];
    for (let i = 0; i < width; i++) out.push(r.cells[i]?.raw.trim() ?? '');
    return out;
  }
  /** 表三 group row `r`'s label and its subtotals as written (`RowModel.subtotals`, one per column), or its label alone. */
  group(r: RowModel): string[] {
    if (!r.subtotals) return [label(r, this.style)];
    this.subtotals.add(r);
    return [label(r, this.style), ...r.subtotals.map((c) => c?.raw.trim() ?? '')];
  }
  /** Row `r`'s cells without its label (表四's one row has none). */
  cells(r: RowModel, width: number): string[] {
    return this.row(r, width).slice(1);
  }
  /**
   * How many written cells of `t` the converted table holds, or -1 when a value read is not in it, or not surely
   * in its column: a row with a written cell not placed with all its cells, a row with values past its template
   * columns (the reader keeps only those), or a row with fewer values than its columns (cell-count).
   */
  count(t: TableModel): number {
    let n = 0;
    for (const r of t.rows) {
      // More values than columns, or fewer (but some): cell-count's row, whose values cannot be told apart by
      // column (the reader fills such a row from the left, a `总计` would land under `其他`).
      if (r.cellCount > r.cells.length || (r.cellCount > 0 && r.cellCount < r.cells.length && r.match.kind !== 'absent')) return -1;
      // A group's subtotals, written with its label (a subtotal not written is none of the converted table's).
      if (r.subtotals) {
        if (!this.subtotals.has(r) && r.subtotals.some(written)) return -1;
        n += r.subtotals.filter(written).length;
      }
      const width = this.widths.get(r) ?? 0;
      for (let i = 0; i < r.cells.length; i++) {
        if (!written(r.cells[i])) continue;
        if (i >= width) return -1;
        n++;
      }
    }
    return n;
  }
}

/** The table rendered as a pipe table with the values read, and how many written cells it holds. */
function render(report: Report, t: TableModel, eol: string): { text: string; cells: number } | null {
  if (!columnsAsHeaded(report, t)) return null;
  const tpl = editorTemplate(report.format);
  const style = styleSample(report, t);
  const styled = (s: string) => inStyleOf(style, s);
  const placed = new Placed(style);
  let text: string | null = null;
  if (t.id === 't3' && tpl.tables.t3) {
    const t3 = tpl.tables.t3;
    const rows: string[][] = [[columnLabel(t, 'corner', t3.corner, style), ...t3.columns.map((c) => columnLabel(t, c.id, c.label, style))]];
    // The rows as read, in the order of the row list the table was read with: a 2021 report's 表三 may have
    // （六）其他处理 as one row with values (the 2019 layout), which the report's own template has only as the
    // group label of three sub-rows (and a 2019 report may have the three sub-rows). A group label has no
    // cells but its subtotals, if written (brk85 #6: such a table was not converted); every other row keeps all of
    // its values.
    for (const r of t.rows) {
      if (r.match.kind === 'absent') continue;
      rows.push(r.cells.length ? placed.row(r, Math.max(t3.columns.length, r.cells.length)) : placed.group(r));
    }
    text = renderPipeTable(rows, 1, eol);
  } else if (t.id === 't2' && tpl.tables.t2) {
    const t2 = tpl.tables.t2;
    // A row of another format's 表二 (2019 `规范性文件` in a 2021 report) has no place in this one.
    if (report.extras.foreignTable2Rows.some((f) => f.cells.some(written))) return null;
    // A misspelled column label shared by several blocks (本年处理决定数量) is read once: which block's header wrote
    // it cannot be told, and the label is not to be rewritten.
    const all = t2.blocks.flatMap((b) => b.columns);
    if (t.columns.some((c) => c.match.kind === 'misspelled' && all.filter((x) => x.label === c.label).length > 1)) return null;
    const blocks: string[] = [];
    for (const b of t2.blocks) {
      const rows = b.rows.map((spec) => t.rows.find((x) => x.id === spec.id)).filter((r): r is RowModel => Boolean(r && r.match.kind !== 'absent'));
      if (!rows.length) continue;
      blocks.push([styled(b.heading), '', renderPipeTable([[styled(t2.firstHeader), ...b.columns.map((c) => columnLabel(t, c.id, c.label, style))], ...rows.map((r) => placed.row(r, b.columns.length))], 1, eol)].join(eol));
    }
    text = blocks.length ? blocks.join(eol + eol) : null;
  } else if (t.id === 't4' && tpl.tables.t4) {
    const t4 = tpl.tables.t4;
    const row = t.rows[0];
    if (!row) return null;
    const [g1, g2, g3] = t4.groups;
    const blank = (n: number) => new Array<string>(n).fill('');
    text = renderPipeTable([
      [styled(g1.label), ...blank(4), styled(g2.parent ?? ''), ...blank(9)],
      [...blank(5), styled(g2.label), ...blank(4), styled(g3.label), ...blank(4)],
      t4.groups.flatMap((g) => t4.leaves.map((l, i) => columnLabel(t, `${g.id}.${i + 1}`, l, style))),
      placed.cells(row, 15),
    ], 1, eol);
  }
  const cells = placed.count(t);
  return text !== null && cells >= 0 ? { text, cells } : null;
}

/**
 * Whether the values of `t` stand under the columns the user's header gives them once converted: the table was
 * read by its header's names (`TableModel.header`), or in the template's order where its header says nothing else.
 * 表二 and 表三 are read so by the reader (a 表三 header it cannot map to its rows makes the table `broken`); 表四's
 * leaves, when its header names them as whole cells before the first value (in whole groups of five), must stand in
 * the template's order in every group. False when a header contradicts the reading (`headerContradicted`: rows read
 * in the template's order against the header's) or has columns the template has not (their values are not placed).
 */
function columnsAsHeaded(report: Report, t: TableModel): boolean {
  if (t.headerContradicted || t.header?.extra.length) return false;
  if (t.header || t.id !== 't4') return true;
  const keys = (editorTemplate(report.format).tables.t4?.leaves ?? []).map(labelKey);
  const named: number[] = [];
  for (let i = t.range.start.line; i <= t.range.end.line; i++) {
    const toks = tokenizeLine(report.lines, i).tokens;
    if (toks.some((x) => x.kind === 'value')) break;
    for (const tok of toks) {
      if (tok.kind !== 'text') continue;
      for (const cell of tok.raw.split(/[\t\u3000]+| {2,}/)) {
        const j = keys.indexOf(labelKey(cell));
        if (j >= 0) named.push(j);
      }
    }
  }
  return named.length % keys.length !== 0 || named.every((j, k) => j === k % keys.length);
}

/** The table rendered as a pipe table with the values read, or null when it cannot be converted without losing one. */
export function renderReadTable(report: Report, id: TableId, eol = report.lines.dominantEol()): string | null {
  const t = report.tables[id];
  if (!t || t.broken) return null;
  return render(report, t, eol)?.text ?? null;
}

/**
 * Lines `[start, end]` (0-based, inclusive) that the conversion replaces: the table's span without the lines at
 * either end that hold no cell (blank lines, a line of pipes only, a page number, a comment), which stay as written.
 * Null when there is no such table or no line of it holds a cell.
 */
export function tableLines(report: Report, id: TableId): { start: number; end: number } | null {
  const t = report.tables[id];
  if (!t) return null;
  let start = t.range.start.line, end = t.range.end.line;
  const empty = (i: number) => !tokenizeLine(report.lines, i).tokens.length;
  while (start <= end && empty(start)) start++;
  while (end >= start && empty(end)) end--;
  return start <= end ? { start, end } : null;
}

/**
 * How many value tokens (numbers and stand-ins, not page numbers) lines `[start, end]` hold, but for the lines of
 * `skipped` (what a page break left: `pageBreakLines`).
 */
function valueTokens(report: Report, start: number, end: number, skipped: ReadonlySet<number>): number {
  let n = 0;
  for (let i = start; i <= end; i++) {
    if (skipped.has(i)) continue;
    for (const tok of tokenizeLine(report.lines, i).tokens) if (tok.kind === 'value') n++;
  }
  return n;
}

/** The second half of a page footer written on two lines (`第3页` / `共8页`, `共八页`). */
const PAGE_COUNT = new RegExp(String.raw`^共\s*${PAGE_ORDINAL}\s*页$`);

/**
 * Whether `t` (a trimmed line) is a page's footer or number alone on its line, as a PDF's text leaves it without a
 * form feed: the tokenizer's (`- 3 -`, `第 3 页 共 8 页`, `第3页/共8页`, `第三页 共八页`, `第3页`, `3/8`, `- 3 -  共8页`), or
 * `共8页` (the footer on two lines). Not a number alone (`3`), which may be a cell.
 */
const isPageMark = (t: string) => PAGE_NUMBER.test(t) || PAGE_FOOTER.test(t) || PAGE_COUNT.test(t);

/** A line's text as a running header is compared: without white space, form feeds and `#`, `年度` read as `年`. */
function headerKey(line: string): string {
  return line.replace(/[\s\f#\u3000]+/g, '').replace(/年度/g, '年');
}

/**
 * The lines of `[start, end]` that a PDF's page break left among a table's rows without a form feed (a copy of the
 * PDF's text), which the tokenizer reads as text (brk116 #5, brk115 #7): a page footer or number (`isPageMark`,
 * `第3页` / `共8页` on two lines), and a running header: the report's title (its first line; `年度` for `年`, or its end
 * from the year on, `2024年政府信息公开工作年度报告`), a line written at another page break of the text (by a form feed
 * or a page footer, outside the table), or such a header split over two lines. Nothing else: a note (`注：…`) or a
 * sentence among the rows still makes the table not converted.
 */
function pageBreakLines(report: Report, start: number, end: number): Set<number> {
  const out = new Set<number>();
  const { lines } = report;
  const text = (i: number) => lines.line(i).replace(/\f/g, '').trim();
  let title = '';
  for (let i = 0; i < lines.lineCount && !title; i++) title = headerKey(lines.line(i));
  // Lines at the other page breaks of the text: a line with a form feed, and the lines next to one or to a page footer.
  const atBreaks = new Set<string>();
  const isBreak = (i: number) => lines.line(i).includes('\f') || isPageMark(text(i));
  for (let i = 0; i < lines.lineCount; i++) {
    if ((i >= start && i <= end) || !isBreak(i)) continue;
    for (let j = i - 2; j <= i + 2; j++) {
      if (j < 0 || j >= lines.lineCount || (j >= start && j <= end)) continue;
      const k = headerKey(lines.line(j));
      if (k && !isPageMark(text(j))) atBreaks.add(k);
    }
  }
  // (Not a label of the template, which a second copy of the table at a page break may repeat: it is a row's.)
  const labels = templateWords(report.format);
  const header = (key: string) => key.length >= 4 && !/[，。；：:,;！？!?]/.test(key) && !labels.has(labelKey(key)) &&
    (key === title || atBreaks.has(key) || (/^(?:19|20)\d{2}年/.test(key) && /报告$/.test(key) && title.endsWith(key)));
  const candidate = (i: number) => {
    const lt = tokenizeLine(lines, i);
    return !lt.noCells && lt.tokens.length > 0 && !lt.pipeRow && Boolean(text(i));
  };
  for (let i = start; i <= end; i++) {
    if (!candidate(i)) continue;
    const t = text(i);
    // (Each part of a line a form feed splits: `- 3 -\f某某市某某局2024年…报告`, the footer and the next page's header.)
    const parts = lines.line(i).split('\f').map((x) => x.trim()).filter(Boolean);
    const pagePart = (x: string) => isPageMark(x) || header(headerKey(x));
    if (parts.every((x) => pagePart(x) || (parts.length > 1 && PAGE_NUMBER_ONLY.test(x)) || besidePageMark(x, pagePart))) { out.add(i); continue; }
    // A running header wrapped over two lines (`某某市某某局` / `2024年政府信息公开工作年度报告`).
    if (i < end && candidate(i + 1) && header(headerKey(t) + headerKey(text(i + 1)))) { out.add(i); out.add(i + 1); i++; }
  }
  return out;
}

/**
 * Whether line part `x` is two pieces apart by white space, one of them a page mark (`isPageMark`) and the other
 * `pagePiece` (a running header or another page mark: `某某市某某局2024年…报告    第3页`, `第3页    某某市…报告`;
 * brk121 #10): a PDF may put the header and the page's number on one line. (Not beside a bare number, which may be a
 * cell.)
 */
function besidePageMark(x: string, pagePiece: (piece: string) => boolean): boolean {
  for (const m of x.matchAll(/\s+/g)) {
    const a = x.slice(0, m.index).trim(), b = x.slice(m.index! + m[0].length).trim();
    if (a && b && ((isPageMark(a) && pagePiece(b)) || (isPageMark(b) && pagePiece(a)))) return true;
  }
  return false;
}

/** Names of the layouts `pastedLayout` tells apart, as the code action's title says them. */
const LAYOUT_NAMES: Record<string, Bilingual> = {
  'cell-per-line': { zh: '每行一格', en: 'cell-per-line' },
  'space-aligned': { zh: '空格对齐', en: 'space-aligned' },
  'tab-separated': { zh: '制表符分隔', en: 'tab-separated' },
  pipe: { zh: '竖线', en: 'pipe' },
  'pipe-rows': { zh: '无分隔行的竖线分隔', en: 'pipe-separated rows without a delimiter row' },
  mixed: { zh: '混合', en: 'mixed' },
  html: { zh: 'HTML', en: 'HTML' },
  plain: { zh: '纯文本', en: 'plain text' },
};

/**
 * The layout the lines of table `id` are written in, named for the convert action's title: `cell-per-line` (one
 * cell a line, with or without a closing `|`), `space-aligned`, `tab-separated` (a Word or spreadsheet paste),
 * `pipe` (rows of a pipe table, under a delimiter row), `pipe-rows` (cells separated by `|` with no delimiter row, as
 * a web page's table is copied: no table in GFM; brk136 #3), `html`, `mixed` (a second layout in at least a third as
 * many rows as the first), or `plain` when no line
 * of it holds a cell. Each line holding a value counts once, by how it separates its cells (`TableModel.layout`
 * is the reader's own classification, which says `none` for a cell-per-line paste without pipes). Null when the
 * report has no such table.
 */
export function pastedLayout(report: Report, id: TableId): { id: string; name: Bilingual } | null {
  const t = report.tables[id];
  const lines = tableLines(report, id);
  if (!t) return null;
  const named = (k: string) => ({ id: k, name: LAYOUT_NAMES[k] });
  if (t.layout === 'html') return named('html');
  if (!lines) return named('plain');
  const inTable = pipeTableRows(report.lines);
  const count = (valuesOnly: boolean) => {
    const n = { 'cell-per-line': 0, 'space-aligned': 0, 'tab-separated': 0, pipe: 0, 'pipe-rows': 0 };
    for (let i = lines.start; i <= lines.end; i++) {
      const lt = tokenizeLine(report.lines, i);
      if (!lt.tokens.length || (valuesOnly && !lt.values)) continue;
      if (lt.pipeRow) n[inTable[i] ? 'pipe' : 'pipe-rows']++;
      else if (lt.tokens.length === 1) n['cell-per-line']++;
      else if (report.lines.line(i).trim().includes('\t')) n['tab-separated']++;
      else n['space-aligned']++;
    }
    return n;
  };
  let n = count(true);
  if (!Object.values(n).some((k) => k > 0)) n = count(false);
  const ranked = (Object.entries(n) as [string, number][]).sort((a, b) => b[1] - a[1]);
  if (!ranked[0][1]) return named('plain');
  if (ranked[1][1] >= ranked[0][1] / 3) return named('mixed');
  return named(ranked[0][0]);
}

/**
 * The edit converting table `id` to a pipe table, or null when it already is one or cannot be converted without
 * losing a number: every value token of the lines it replaces (`tableLines`) must be a cell of the converted table
 * (a second copy of the table in those lines, a comparison of two years, numbers no row read, … are not
 * converted). The edit replaces those lines' text only (their line breaks and the lines around stay), adding a line
 * break before the table when the line above is not blank and one after it when the line below is not blank, so
 * that a blank line sets the pipe table apart from the text around it. Lines of those that hold text but no cell
 * (`keptLines`: a PDF's running header or page footer) follow the pipe table, after a blank line.
 */
export function convertTableEdit(report: Report, id: TableId): TextEdit | null {
  // A report read with its HTML rows or blocks split a line each (`ReportExtras.rowBreaks`): the edit is one of the text
  // as written. A table of whole lines is converted from the text's own reading (as the language server's code
  // actions read it); one with rows run together on a line (a minified page's `<tr>…</tr><tr>…</tr>`), which that
  // reading does not see, from the split reading, its range mapped to the text as written (brk161 #1).
  const rb = report.extras.rowBreaks;
  if (rb && !packedTable(report, id)) return convertTableEdit(parseReport(rb.source, { packedRows: 'as-written', blockquote: 'as-written', year: report.extras.forcedYear }), id);
  const c = convertedTable(report, id);
  if (!c) return null;
  if (!rb) return framed(report.lines, c.range, c.body, report.lines.dominantEol());
  const src = rb.source;
  let { start, end } = writtenRange(rb, c.range);
  // (What stands before or after the table on its written line stays, as `htmlTableRange` leaves it; spaces alone go.)
  if (!src.line(start.line).slice(0, start.character).trim()) start = { line: start.line, character: 0 };
  if (!src.line(end.line).slice(end.character).trim()) end = { line: end.line, character: src.line(end.line).length };
  const eol = src.dominantEol();
  return framed(src, { start, end }, c.body.replace(/\r\n|\r|\n/g, eol), eol);
}

/**
 * Whether table `id` of a report read with its HTML rows or blocks split a line each (`ReportExtras.rowBreaks`) has
 * a line that is part of a line as written (rows run together on a line): the reading of the text as written does not
 * see that table. False without `rowBreaks`.
 */
export function packedTable(report: Report, id: TableId): boolean {
  const rb = report.extras.rowBreaks;
  const t = report.tables[id];
  if (!rb || !t) return false;
  const last = Math.min(t.range.end.line, rb.line.length - 1);
  for (let j = t.range.start.line; j <= last; j++) if (isSplitLine(rb, rb.line[j])) return true;
  return false;
}

/**
 * `body` put in place of `range` of `lines`, a blank line between it and the text around it: a line break added before
 * it when the line above is not blank (two when text stands before it on its line), and after it alike.
 */
function framed(lines: LineIndex, range: Range, body: string, eol: string): TextEdit {
  const { start, end } = range;
  const blank = (i: number) => i < 0 || i >= lines.lineCount || !lines.line(i).trim();
  // Text before the opening tag or after the closing one on its line stays, a blank line from the table.
  const before = start.character > 0 ? eol + eol : blank(start.line - 1) ? '' : eol;
  const after = end.character < lines.line(end.line).length ? eol + eol : blank(end.line + 1) ? '' : eol;
  return { range, newText: before + body + after };
}

/**
 * The converted table `id` of `report` read as it is (`convertTableEdit`): the range it replaces and the text put
 * there (the pipe table and the lines kept under it), without the line breaks that set it apart from the text around.
 */
function convertedTable(report: Report, id: TableId): { range: Range; body: string } | null {
  const t = report.tables[id];
  if (!t || t.broken || alreadyPipeTable(report, id)) return null;
  // A report in traditional characters is read through its simplified view: the converted table would write the
  // view's labels into it (a fix that writes words is not offered there either).
  if (report.extras.traditional) return null;
  const source = report.extras.sourceLines;
  // A table of which no number was read (table-empty): whatever numbers its lines hold have no place in the table
  // written (helper-217 #4: a 表四 read empty left its 15 numbers as stray lines under a blank pipe table).
  if (!t.rows.some((r) => r.cells.some((c) => c !== null && c.value !== null))) return null;
  const lines = tableLines(report, id);
  if (!lines) return null;
  // A comment among the table's lines (a suppression with its reason) has no place in the rewritten table: the
  // table is left as it is rather than the comment dropped.
  for (let i = lines.start; i <= lines.end; i++) if (report.lines.line(i).includes('<!--')) return null;
  // (A table in traditional characters in a simplified text: the same, for its lines.)
  if (source) for (let i = lines.start; i <= lines.end; i++) if (source.line(i) !== report.lines.line(i)) return null;
  // A table in a blockquote (`> 规章⇥0⇥0⇥0`): the pipe table would leave the quote (helper-222 #2); not converted.
  for (let i = lines.start; i <= lines.end; i++) if (/^\s{0,3}>/.test(report.lines.line(i))) return null;
  const eol = report.lines.dominantEol();
  const out = render(report, t, eol);
  // What a page break left among the rows without a form feed (a running header, `第3页`): no cell, kept below.
  const pageBreak = pageBreakLines(report, lines.start, lines.end);
  if (!out || valueTokens(report, lines.start, lines.end, pageBreak) > out.cells) return null;
  // Words in the table's lines that the pipe table does not write (a note in a label cell, `行政规范性文件（含部门文件
  // 12件）`; a cell of notes after the numbers, `注：含备案事项`; a line of text between rows): the table is left as it
  // is rather than the words dropped (helper-222 #1). The template's own words (labels, headers, captions) are written.
  if (unwrittenWords(report, lines.start, lines.end, out.text, pageBreak)) return null;
  let range: Range = { start: { line: lines.start, character: 0 }, end: { line: lines.end, character: report.lines.line(lines.end).length } };
  if (t.layout === 'html') {
    const whole = htmlTableRange(report, lines);
    if (!whole) return null;
    range = whole;
  }
  // What a PDF's page break left among the table's lines other than a page number (the next page's running header,
  // a page footer `第 3 页 共 8 页`): the user's text, no cell of the table; written under the pipe table, in its order
  // (brk113 #2: it was dropped).
  const kept = keptLines(report, lines.start, lines.end, pageBreak);
  return { range, body: out.text + (kept.length ? eol + eol + kept.join(eol) : '') };
}

/**
 * Whether table `id` is written as a pipe table already: read from pipe rows (`TableModel.layout`), each of its lines
 * holding a value a row of a pipe table under a delimiter row (`pipeTableRows`). Rows separated by `|` with no
 * delimiter row (a web page's table copied, seed 003's `规章 | 0 | 0 | 0 |`) are no table in GFM, and are converted as
 * the other pasted layouts are (brk136 #3: they were taken for a pipe table, and the conversion was not offered).
 */
export function alreadyPipeTable(report: Report, id: TableId): boolean {
  const t = report.tables[id];
  const lines = tableLines(report, id);
  if (!t || t.layout !== 'pipe' || !lines) return false;
  const inTable = pipeTableRows(report.lines);
  for (let i = lines.start; i <= lines.end; i++) {
    const lt = tokenizeLine(report.lines, i);
    if (lt.pipeRow && lt.values && !inTable[i]) return false;
  }
  return true;
}

/** A page number alone on its line (`3`, `-3-`, `— 3 —`, a form feed before it or not): not written by the conversion. */
const PAGE_NUMBER_ONLY = /^[-—–－]?\s*\d{1,3}\s*[-—–－]?$/;

/**
 * The lines of `[start, end]` that hold text but no cell (what a PDF's page break leaves in a table: a running header,
 * a page footer), but for a page number alone and pipes alone, in their order: without the spaces around them (a line indented four
 * spaces would be a code block under the table), a form feed kept (page-break says it).
 */
function keptLines(report: Report, start: number, end: number, pageBreak: ReadonlySet<number>): string[] {
  const out: string[] = [];
  for (let i = start; i <= end; i++) {
    const lt = tokenizeLine(report.lines, i);
    if (!lt.noCells && !pageBreak.has(i)) continue;
    const l = report.lines.line(i);
    // (Not a line of pipes alone, `||`, which closes a row of a table pasted one cell a line: the table's markup.)
    const words = l.replace(/[\f|｜]/g, '').trim();
    if (!words || PAGE_NUMBER_ONLY.test(words)) continue;
    out.push(l.replace(/^[ \t\u3000]*(\f*)[ \t\u3000]*/, '$1').replace(/[ \t\u3000]+$/, ''));
  }
  return out;
}

/**
 * Whether lines `[start, end]` of `report` hold a word (a text token) that `written` (the converted table's text) does
 * not write, by label key: neither one of its cells nor a label, header or caption of the report's template.
 */
function unwrittenWords(report: Report, start: number, end: number, written: string, skipped: ReadonlySet<number>): boolean {
  const keys = new Set<string>();
  for (const cell of written.split(/[|\r\n]/)) keys.add(labelKey(cell));
  for (const word of templateWords(report.format)) keys.add(word);
  let keyList: string[] | null = null;
  const isWritten = (word: string): boolean => {
    const key = labelKey(word);
    if (!key || keys.has(key) || written.includes(word.trim())) return true;
    // (A label wrapped over two lines, `1、申请人无正当理由逾期不补` / `正、行政机关…`: each part of a label written.)
    const bare = key.replace(/^[\d一二三四五六七八九十()（）、.．]+/, '');
    return bare.length >= 2 && (keyList ??= [...keys]).some((k) => k.includes(bare));
  };
  for (let i = start; i <= end; i++) {
    if (skipped.has(i)) continue;
    for (const tk of tokenizeLine(report.lines, i).tokens) {
      if (tk.kind !== 'text') continue;
      // (A header line read as prose, 表三's long note first, is its tab fields; in a space-aligned table, the fields
      // between its runs of spaces: brk87 #3e, `（本列数据…之和）        自然人  商业企业  …  总计` on one line made the
      // table not converted.)
      for (const word of tk.raw.split('\t')) {
        if (isWritten(word)) continue;
        const fields = word.split(/ {2,}|\u3000+/);
        if (fields.length > 1 && fields.every(isWritten)) continue;
        return true;
      }
    }
  }
  return false;
}

/**
 * The label keys of every string of a format's table data (row and column labels, headers, captions, 表二's item
 * headings), per format: the words a converted table writes. Not the section titles (a heading among a table's lines,
 * `| 四、政府信息公开行政复议、行政诉讼情况` over web rows, is no part of the pipe table, and would be dropped).
 */
const templateWordsMemo = new Map<string, Set<string>>();
function templateWords(format: Report['format']): Set<string> {
  const id = String(format);
  let words = templateWordsMemo.get(id);
  if (!words) {
    words = new Set();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') words!.add(labelKey(v));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(editorTemplate(format).tables);
    templateWordsMemo.set(id, words);
  }
  return words;
}

/** An HTML tag alone, or a run of them (`</td></tr>`, `<tr class="header">`), with spaces and `&nbsp;` between. */
const TAGS_ONLY = /^(?:\s|&nbsp;|<[^<>]*>)*$/i;

/**
 * The range of the whole HTML table (`<table …>` to `</table>`) around the lines `[start, end]` that hold its
 * cells, so that the conversion replaces its tags too (`<table>`, `<thead>`, `<tr class="header">` above the cells;
 * `</tbody>`, `</table>` below them): from the opening tag to the end of the closing one, whatever stands before or
 * after them on their lines staying as written. Between the tags and the cells only tags and blank lines may stand
 * (a caption or a note is the user's text, which the pipe table has no place for). The lines `[start, end]` when
 * neither tag is found (rows without a table around them, as pasted); null when only one of them is found, a word
 * stands between a tag and the cells, or the first cell line holds a second table (`</table>` before its cells).
 */
function htmlTableRange(report: Report, lines: { start: number; end: number }): Range | null {
  const text = (i: number) => report.lines.line(i);
  const LIMIT = 40;
  let open: { line: number; character: number } | null = null;
  for (let i = lines.start; i >= Math.max(0, lines.start - LIMIT); i--) {
    const l = text(i);
    const at = l.search(/<table\b/i);
    const lastOpen = at < 0 ? -1 : l.toLowerCase().lastIndexOf('<table');
    if (lastOpen >= 0) {
      // Tags only between the opening tag and the cells (on the first cell line, the cells themselves follow).
      if (i < lines.start && !TAGS_ONLY.test(l.slice(lastOpen))) return null;
      open = { line: i, character: lastOpen };
      break;
    }
    if (i < lines.start && !TAGS_ONLY.test(l)) break;
  }
  let close: { line: number; character: number } | null = null;
  for (let i = lines.end; i < Math.min(report.lines.lineCount, lines.end + LIMIT + 1); i++) {
    const l = text(i);
    const at = l.toLowerCase().indexOf('</table');
    if (at >= 0) {
      const tagEnd = l.indexOf('>', at);
      if (tagEnd < 0 || (i > lines.end && !TAGS_ONLY.test(l.slice(0, at)))) return null;
      close = { line: i, character: tagEnd + 1 };
      break;
    }
    if (i > lines.end && !TAGS_ONLY.test(l)) break;
  }
  if (!open && !close) return { start: { line: lines.start, character: 0 }, end: { line: lines.end, character: text(lines.end).length } };
  if (!open || !close || (close.line === open.line && close.character < open.character)) return null;
  // Only spaces before the opening tag or after the closing one: the whole line goes.
  if (!text(open.line).slice(0, open.character).trim()) open = { line: open.line, character: 0 };
  if (!text(close.line).slice(close.character).trim()) close = { line: close.line, character: text(close.line).length };
  return { start: open, end: close };
}
