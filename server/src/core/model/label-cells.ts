import { readCell, rereadPipeCells, type LineTokens, type Token } from '../parse/tokens.js';
import type { LineIndex } from '../text/lines.js';
import { pipeRowsUnopened, unopenedFirstCell } from '../text/blocks.js';
import { editDistance, labelKey } from '../text/normalize.js';
import { misspellingBudget } from './labels.js';
import { hasHtmlCell, htmlCellAround, htmlCellSpan, htmlSpan } from '../parse/html.js';

/** `pipeRowsUnopened` of the pipe rows among `lts` (not HTML), as written on `lines`. */
export function pipeRowsUnopenedIn(lts: readonly LineTokens[], lines: LineIndex): boolean {
  return pipeRowsUnopened(lts.filter((lt) => lt.pipeRow && !lt.html).map((lt) => lines.line(lt.line)));
}

/**
 * Label columns of a table pasted with its merged label cells unmerged (templates.md §3.3: 表三's `一、` labels span
 * three grid columns, the group cells `三、本年度办理结果` and `（三）不予公开` span rows). Word, Excel and HTML
 * converters write such a merged cell either as empty cells (`| 一、本年新收… |  |  | 40 | …`, header
 * `| （本列…） |  |  | 自然人 | …`) or as the same text repeated (`| 一、本年新收… | 一、本年新收… | 40 | …`, Excel's
 * "unmerge and fill", pandas' `read_html`). Both are one label cell, not value cells and not two labels.
 *
 * Returns `lts` with, in each pipe row, a text cell equal to the text cell just before it dropped while no value has
 * come (identical adjacent label cells are one merged cell), and — where the header puts its first column label
 * after `k ≥ 2` cells (the label columns) — the blank cells among a row's first `k` cells dropped, for a row that has
 * the label cells and at least `width` cells after them. A blank in a value column stays a blank value. Tokens keep
 * their own ranges; rows not changed are the same objects; returns `lts` itself when nothing changed.
 *
 * A row whose numbers start in a label column, its label cells fewer than the label columns (`| 三、… | （一）予以公开 |
 * 1288 | … | 1362 |  |`: a cell lost before the numbers, or the row's labels in one cell), with `width` numbers and
 * at most as many empty last cells as it is short of label cells, is read in its columns too; its first value token
 * carries `shifted` (value-in-label says so and gives the numbers their columns).
 *
 * An HTML row written whole on its line (`<tr>…</tr>`) is read as its grid: a cell that spans columns counts as many,
 * and the columns that cells of rows above cover with their `rowspan` come first (`htmlRowsCovered`); its empty cells
 * are `<td></td>` (helper-206 #5).
 *
 * `headerKeys`: label keys of the column headers (自然人, 申请人情况, …) whose place in a header row tells where the
 * value columns start; `width`: the template's number of value columns; `lines`: the document's lines, for where a
 * shifted row's emptied last cells are (none without it); `groupKeys`: label keys of the group labels that have no
 * numbers of their own, whose row `| （五）不予处理 |   | 2 | … |` is the group and its first sub-row with that
 * sub-row's label cell empty (`blankSubLabelRow`); `headerColumns`: the value column (0 = the first) each of those
 * header keys stands over, so that a header whose first column headers are left blank (`| （本列…） |  | 商业企业 | …`)
 * still ends its label columns where the values start (see `headerLabelColumns`).
 */
export function mergeLabelCells(lts: LineTokens[], headerKeys: ReadonlySet<string>, width: number, lines?: LineIndex, groupKeys?: ReadonlySet<string>, headerColumns?: ReadonlyMap<string, number>): LineTokens[] {
  let out: LineTokens[] | null = null;
  const set = (i: number, tokens: Token[]) => {
    out ??= lts.slice();
    let values = 0;
    for (const t of tokens) if (t.kind !== 'text') values++;
    out[i] = { ...lts[i], tokens, values };
  };
  // Repeated label text: one cell.
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    if (!lt.pipeRow) continue;
    const toks = lt.tokens;
    const label: Token[] = [];
    let k = 0;
    for (; k < toks.length; k++) {
      const t = toks[k];
      if (t.kind !== 'text' || headerKeys.has(t.key)) break;
      if (label.length && t.key !== '' && label[label.length - 1].key === t.key) continue;
      label.push(t);
    }
    if (label.length < k) set(i, [...label, ...toks.slice(k)]);
  }
  // The label columns as written, a repeated corner cell counted (`| （本列…） | （本列…） | （本列…） | 自然人 |`, Excel's
  // "unmerge and fill"): a row with more label cells than these has a stray one (see `strayCellsRow`).
  // (An HTML cell counts as many columns as it spans: `<td colspan="3">（本列…）</td>` over three label columns.)
  // (And, for a row under a cell of a row above that spans rows, a stand-in for each grid column it covers.)
  const covered = lines ? htmlRowsCovered(lts, lines) : null;
  const grid = (lt: LineTokens) => (lt.html && lines ? coveredCells(spannedCells(lt, lines), covered?.get(lt.line) ?? 0) : lt);
  const writtenLabelColsOfHeader = headerLabelColumns(lts.map(grid), headerKeys, true, headerColumns);
  const rows = out ?? lts;
  // Label columns of the rows as merged: only empty cells (merged with the corner) or the corner note before the first
  // header cell that names a column.
  const labelColsOfHeader = headerLabelColumns(rows.map(grid), headerKeys, false, headerColumns);
  // (Where no header row says, a table whose labelled pipe rows are a label cell and `width` values (a header lost
  // or written as text, a PDF's table) has one label column, for an unlabelled row's empty first cell.)
  const unlabelledCols = labelColsOfHeader >= 1 ? labelColsOfHeader : labelledWidthRows(rows, width) ? 1 : 0;
  // (Rows written without an opening pipe, `一、本年新收… | 0 | … |`: a row that starts with a pipe has its label cell
  // before it, empty; brk107 #6.)
  const unopened = lines !== undefined && pipeRowsUnopenedIn(rows, lines);
  // (An HTML table that continues the one with the header, after its `</table>` (a page break), is judged by its own
  // label columns: a rowspan cell does not carry across `</table>`, so its rows may leave out a group column the
  // first table's rows had, `三、本年度办理结果`; brk168 #2.)
  const continued = lines ? continuationLabelColumns(rows, grid, headerKeys, width, lines, headerColumns) : null;
  if (labelColsOfHeader < 1 && writtenLabelColsOfHeader < 1 && unlabelledCols < 1 && !unopened && !continued?.size) return rows;
  for (let i = 0; i < rows.length; i++) {
    const lt = rows[i];
    // An HTML row whose whole `<tr>` is on its line is read in the table's grid too (helper-206 #5).
    // (Or over several lines: a line break between or inside its cells means nothing in HTML; brk184 #1.)
    const oneLineHtml = Boolean(lt.html && lines && htmlRowMarkup(lt, lines));
    // (A rowspan not carried across `</table>` can only take label columns away: a continuation whose rows seem to
    // have more than the header's (a PDF's rows with an empty cell at the end) is judged by the header.)
    const ownRead = lt.html ? continued?.get(lt.line) : undefined;
    const own = ownRead && ownRead.label < labelColsOfHeader ? ownRead : undefined;
    const labelCols = own?.label ?? labelColsOfHeader, writtenLabelCols = own?.written ?? writtenLabelColsOfHeader;
    if (!lt.pipeRow && !oneLineHtml) continue;
    const unopenedRow = unopened ? emptyFirstCellRow(lt, width, lines!) : null;
    if (unopenedRow) {
      set(i, unopenedRow);
      continue;
    }
    // A group label, then an empty cell, then the values (`(五)不予处理 |  | 2 | … |`): the empty cell is its first
    // sub-row's label, blanked, not a stray cell before numbers of the group's own (it has none) (brk109 #1).
    const subRow = groupKeys && lt.pipeRow && !lt.html ? blankSubLabelRow(lt, width, groupKeys, lines) : null;
    if (subRow) {
      set(i, subRow);
      continue;
    }
    const cells = grid(lt);
    const stray = writtenLabelCols >= 1 ? strayCellsRow(oneLineHtml ? cells : lt, writtenLabelCols, width, lines) : null;
    if (stray) {
      set(i, stray);
      continue;
    }
    // A row whose label cells are all empty (`|   | 3 | 0 | … | 3 |`): its numbers in the value columns, not a blank
    // 自然人 and the rest a column right (brk106 #3).
    const unlabelled = unlabelledCols >= 1 && lt.pipeRow && !lt.html ? unlabelledRow(lt, unlabelledCols, width, lines) : null;
    if (unlabelled) {
      set(i, unlabelled);
      continue;
    }
    if (labelCols < 2) continue;
    const shifted = shiftedRow(oneLineHtml ? cells : lt, labelCols, width, lines);
    if (shifted) {
      set(i, shifted);
      continue;
    }
    if (!lt.pipeRow) continue;
    const toks = cells.tokens;
    if (toks.length < labelCols + width) continue;
    const head = toks.slice(0, labelCols);
    if (!head.some((t) => t.kind === 'blank') || head.some((t) => t.kind === 'value')) continue;
    set(i, [...head.filter((t) => t.kind !== 'blank'), ...toks.slice(labelCols).filter((t) => !SPANNED.has(t))]);
  }
  return out ?? lts;
}

/**
 * The tokens of pipe row `lt` (or of a one-line HTML row as its grid, see `mergeLabelCells`) read in their columns when its numbers start in one of the `labelCols` label columns
 * (see `mergeLabelCells`): its label cells (blank ones dropped), then its `width` values, the first carrying
 * `shifted`; the empty last cells the move left (at most as many as the cells it is short) dropped. Null when the row
 * is not such a row (its first number in a value column, no label text before it, or not `width` numbers).
 */
function shiftedRow(lt: LineTokens, labelCols: number, width: number, lines?: LineIndex): Token[] | null {
  // (An HTML row comes as its grid, `grid` in `mergeLabelCells`: its stand-ins are blanks of the label columns.)
  if (lt.html && !lines) return null;
  const toks = lt.tokens;
  const f = toks.findIndex((t) => t.kind !== 'text' && t.kind !== 'blank');
  if (f < 1 || f >= labelCols) return null;
  const head = toks.slice(0, f);
  if (!head.some((t) => t.kind === 'text') || head.some((t) => t.kind === 'blank' && t.tab)) return null;
  const cells = labelCols - f;
  let values = toks.slice(f);
  let e = 0;
  while (e < cells && values.length - e > width && values[values.length - 1 - e].kind === 'blank' && !values[values.length - 1 - e].tab) e++;
  if (values.length - e !== width || values.some((t) => t.kind === 'text')) return null;
  const rowText = lines?.line(values[0].line) ?? '';
  // (An HTML row's emptied cells are taken out only when they stand on one line: a row may span lines.)
  const lastLine = e === 0 ? '' : lines?.line(values[values.length - e].line) ?? '';
  const emptied = e === 0 ? null : lt.html
    ? values[values.length - e].line === values[values.length - 1].line ? emptyHtmlCellsSpan(lastLine, values[values.length - e], values[values.length - 1]) : null
    : pipeCellsSpan(rowText, values[values.length - e].start, values[values.length - 1].end);
  if (lt.html && e > 0 && !emptied) return null;
  values = values.slice(0, values.length - e);
  return [...head.filter((t) => t.kind !== 'blank'), { ...values[0], shifted: { cells, ...(emptied ? { emptied } : {}) } }, ...values.slice(1)];
}

/**
 * The tokens of pipe row `lt` when its `labelCols` label cells are there but empty and the rest of its cells are the
 * table's `width` value cells, at least one with a number (`|   | 3 | 0 | … | 3 |` under `| （本列…） | 自然人 | …`):
 * its values alone, the first carrying `blankLabel` (the last label cell's inside, where the label goes). A last label
 * cell holding a sub-row's ordinal alone (`| 2. | 1 | … |`), which the tokenizer reads as a number: the row with that
 * cell as its label's text. Null for any other row (a label written, cells more or fewer than the table's, a row of
 * empty cells only, an empty tab field, a cell of entities or tags).
 */
function unlabelledRow(lt: LineTokens, labelCols: number, width: number, lines?: LineIndex): Token[] | null {
  if (!lines) return null;
  // (Empty cells past the row's last column are none of its cells: `| 16 |  |`, a stray cell a converter left.)
  let end = lt.tokens.length;
  while (end > labelCols + width && lt.tokens[end - 1].kind === 'blank' && !lt.tokens[end - 1].tab) end--;
  const toks = lt.tokens.slice(0, end);
  if (toks.length !== labelCols + width) return null;
  const head = toks.slice(0, labelCols), values = toks.slice(labelCols);
  if (values.some((t) => t.kind === 'text' || t.tab) || !values.some((t) => t.kind === 'value')) return null;
  const last = head[head.length - 1];
  // A sub-row's ordinal alone in the label cell (`| 2. | 1 | 0 | … |`, read as a number): the label, without its words.
  if (last.kind === 'value' && /^\d{1,2}[.．]$/.test(last.raw) && head.slice(0, -1).every((t) => t.kind === 'blank' && !t.tab && !SPANNED.has(t))) {
    return [...toks.slice(0, labelCols - 1), { ...last, kind: 'text', key: labelKey(last.raw) }, ...values];
  }
  if (head.some((t) => t.kind !== 'blank' || t.tab || SPANNED.has(t))) return null;
  const text = lines.line(lt.line);
  const span = pipeCellsSpan(text, last.start, last.end);
  if (!span || span.end <= last.start || text.slice(span.start + 1, span.end).trim() !== '') return null;
  return [{ ...values[0], blankLabel: { start: span.start + 1, end: span.end } }, ...values.slice(1), ...lt.tokens.slice(end)];
}

/**
 * The tokens of pipe row `lt` when it is a group label in `groupKeys` (one with no numbers of its own), an empty cell
 * and then the table's `width` value cells, at least one with a number (`| （五）不予处理 |   | 2 | 0 | … | 2 |`, or
 * without the opening pipe): the group label, then the values, the first carrying `blankLabel` (the empty cell's
 * inside, where the first sub-row's label goes), as `unlabelledRow` reads a sub-row's row with its label cell empty.
 * Null for any other row.
 */
function blankSubLabelRow(lt: LineTokens, width: number, groupKeys: ReadonlySet<string>, lines?: LineIndex): Token[] | null {
  if (!lines) return null;
  // (Empty cells past the row's last column are none of its cells, as in `unlabelledRow`.)
  let end = lt.tokens.length;
  while (end > 2 + width && lt.tokens[end - 1].kind === 'blank' && !lt.tokens[end - 1].tab) end--;
  const toks = lt.tokens.slice(0, end);
  if (toks.length !== 2 + width) return null;
  const [label, cell] = toks;
  const values = toks.slice(2);
  if (label.kind !== 'text' || !groupKeys.has(label.key) || cell.kind !== 'blank' || cell.tab || SPANNED.has(cell)) return null;
  if (values.some((t) => t.kind === 'text' || t.tab || t.line !== lt.line || SPANNED.has(t)) || !values.some((t) => t.kind === 'value')) return null;
  const text = lines.line(lt.line);
  const span = pipeCellsSpan(text, cell.start, cell.end);
  if (!span || span.end <= cell.start || text.slice(span.start + 1, span.end).trim() !== '') return null;
  return [label, { ...values[0], blankLabel: { start: span.start + 1, end: span.end } }, ...values.slice(1), ...lt.tokens.slice(end)];
}

/**
 * The tokens of pipe row `lt` of a table whose rows have no opening pipe (`pipeRowsUnopened`) when the row starts with
 * a pipe and its cells are the table's `width` value cells, at least one with a number (` | 0 | 0 | … | 0 |` among
 * `（一）予以公开 | 0 | … |` rows): the white space before that pipe is its label cell, empty (as `|   | 3 | … |` in a
 * Markdown table, `unlabelledRow`); the first value carries `blankLabel`, that white space. Null for any other row.
 */
function emptyFirstCellRow(lt: LineTokens, width: number, lines: LineIndex): Token[] | null {
  if (lt.html) return null;
  const cell = unopenedFirstCell(lines.line(lt.line));
  // (Empty cells past the row's last column are none of its cells, as in `unlabelledRow`.)
  let end = lt.tokens.length;
  while (end > width && lt.tokens[end - 1].kind === 'blank' && !lt.tokens[end - 1].tab) end--;
  const values = lt.tokens.slice(0, end);
  if (!cell || values.length !== width || values[0].start <= cell.end) return null;
  if (values.some((t) => t.kind === 'text' || t.tab || t.line !== lt.line || SPANNED.has(t)) || !values.some((t) => t.kind === 'value')) return null;
  return [{ ...values[0], blankLabel: cell }, ...values.slice(1), ...lt.tokens.slice(end)];
}

/**
 * Whether at least three pipe rows of `lts` are a label cell (text) then `width` value cells, and none has more than
 * `width` value cells (its empty first and last cells aside): the table has one label column though no header row says so (rows
 * whose labels a PDF's text put on lines of their own may be the values alone).
 */
function labelledWidthRows(lts: readonly LineTokens[], width: number): boolean {
  let labelled = 0;
  for (const lt of lts) {
    if (!lt.pipeRow || !lt.tokens.some((t) => t.kind === 'value')) continue;
    const toks = lt.tokens;
    let start = 0, end = toks.length;
    while (end > 0 && toks[end - 1].kind === 'blank') end--;
    while (start < end && toks[start].kind === 'blank') start++;
    if (toks.slice(start, end).filter((t) => t.kind !== 'text').length > width) return false;
    if (toks.length === 1 + width && toks[0].kind === 'text' && toks.slice(1).every((t) => t.kind !== 'text')) labelled++;
  }
  return labelled >= 3;
}

/**
 * For each HTML table row written whole on one line (`<tr>…</tr>`) among `lts`, by its 0-based line: how many of the
 * table's first grid columns cells of rows above it cover with their `rowspan` (`<td rowspan="22">三、本年度办理结果</td>`
 * over the rows of its results), before its own cells. Rows not so written are passed over (they break the count:
 * it starts again after them).
 */
function htmlRowsCovered(lts: readonly LineTokens[], lines: LineIndex): Map<number, number> {
  const out = new Map<number, number>();
  // Rows still to cover, by grid column.
  let carry: number[] = [];
  // Whether the table's first grid column is a 序号 column that `dropRowNumberColumn` took out of the rows (helper-219
  // #2): its cells, and what its header cell covers below it, are no columns of the rows as read.
  const numbered = lts.some((lt) => lt.html && droppedFirstCell(lt, lines));
  for (const lt of lts) {
    if (!lt.html) continue;
    const row = htmlRowMarkup(lt, lines);
    if (!row || out.has(lt.line)) { carry = []; continue; }
    const text = row.text;
    const from = numbered && (carry[0] ?? 0) === 0 && droppedFirstCell(lt, lines) ? 1 : 0;
    let covered = from;
    while ((carry[covered] ?? 0) > 0) covered++;
    out.set(lt.line, covered - from - (numbered && from === 0 && (carry[0] ?? 0) > 0 ? 1 : 0));
    const next = carry.map((n) => Math.max(0, n - 1));
    let col = 0;
    for (const m of text.matchAll(/<t[dh]\b([^>]*)>/gi)) {
      while ((carry[col] ?? 0) > 0) col++;
      const span = Math.min(htmlSpan(m[1], 'colspan'), 64), rows = Math.min(htmlSpan(m[1], 'rowspan'), 1000);
      for (let k = col; k < col + span; k++) if (rows > 1) next[k] = rows - 1;
      col += span;
    }
    carry = next;
  }
  return out;
}

/**
 * The label columns of each HTML table among `rows` that follows another one (`</table>` … `<table>`: the table
 * split at a page break), by the 0-based line of each of its rows, as `mergeLabelCells` reads them (`label`) and as
 * written (`written`, a repeated corner counted): its own header's (`headerLabelColumns`, the header repeated on the
 * new page), else the label columns most of its labelled rows with `width` values take in its grid (`grid`), the
 * fewer on a tie. The rows of the first table, and of a table none of whose rows says, are left out (the header's
 * label columns judge them). Such a table's rows keep no rowspan cell of the table before it: a group column
 * (`三、本年度办理结果`) the first table's rows have may be left out of all of them.
 */
function continuationLabelColumns(rows: readonly LineTokens[], grid: (lt: LineTokens) => LineTokens, headerKeys: ReadonlySet<string>, width: number, lines: LineIndex, headerColumns?: ReadonlyMap<string, number>): Map<number, { label: number; written: number }> | null {
  if (!rows.some((lt) => lt.html)) return null;
  // The HTML rows of each table, in order: a `<table>` tag (on a line of its own or before a row's `<tr>`) starts one.
  const tables: LineTokens[][] = [[]];
  let last = rows[0].line - 1;
  for (const lt of rows) {
    for (let line = last + 1; line <= lt.line; line++) if (/<table\b/i.test(lines.line(line))) tables.push([]);
    last = Math.max(last, lt.line);
    if (lt.html) tables[tables.length - 1].push(lt);
  }
  let out: Map<number, { label: number; written: number }> | null = null;
  for (const lts of tables.filter((t) => t.length).slice(1)) {
    const cells = lts.map(grid);
    let label = headerLabelColumns(cells, headerKeys, false, headerColumns);
    let written = headerLabelColumns(cells, headerKeys, true, headerColumns);
    if (label < 1 && written < 1) {
      const counts = new Map<number, number>();
      for (const lt of cells) {
        if (!htmlRowMarkup(lt, lines)) continue;
        const toks = lt.tokens;
        const f = toks.findIndex((t) => t.kind === 'value');
        if (f < 1 || !toks.slice(0, f).some((t) => t.kind === 'text') || toks.length - f !== width || toks.slice(f).some((t) => t.kind === 'text')) continue;
        counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      for (const [n, k] of counts) if (k > (counts.get(label) ?? 0) || (k === counts.get(label) && n < label)) label = n;
      written = label;
    }
    if (label < 1 && written < 1) continue;
    out ??= new Map();
    for (const lt of lts) out.set(lt.line, { label, written });
  }
  return out;
}

/** Whether the first cell of HTML row `lt` is a row number or `序号` no token of the row holds (dropped). */
function droppedFirstCell(lt: LineTokens, lines: LineIndex): boolean {
  const row = htmlRowMarkup(lt, lines) ?? { text: lines.line(lt.line), at: (t: Token) => (t.line === lt.line ? t.start : Infinity) };
  const first = /<t[dh]\b[^>]*>([^<]*)<\/t[dh]\s*>/i.exec(row.text);
  if (!first || !(/^\s*\d{1,3}\s*$/.test(first[1]) || ROW_NUMBER_HEADER.test(labelKey(first[1])))) return false;
  const end = first.index + first[0].length;
  return lt.tokens.every((t) => row.at(t) >= end);
}

/** The markup of a whole HTML table row, `<tr>` to `</tr>`, its lines joined, and where a token of the row stands in it. */
interface HtmlRowMarkup {
  /** The row's lines, from its `<tr>` line to its `</tr>` line, joined with `\n`. */
  text: string;
  /** Where token `t` (of one of those lines) starts in `text`. */
  at(t: Token): number;
}

/** At most this many lines make one HTML row read in its grid (as `joinHtmlRows` reads a row: Word writes a cell in three lines). */
const ROW_MARKUP_LINES = 200;

/**
 * The markup of HTML row `lt` when it is whole: its `<tr>` on its first line and its `</tr>` on that line or one of the
 * next (a saved page or a CMS editor breaks a row anywhere, `<tr>⏎<td …>`, `</td>⏎<td>`, inside a `<td>`: a line break
 * between or inside cells means nothing in HTML, so the row is the same row). Null when the row is not so written (no
 * `<tr>` on its line, another `<tr>` before its `</tr>`, no `</tr>` within `ROW_MARKUP_LINES`).
 */
function htmlRowMarkup(lt: LineTokens, lines: LineIndex): HtmlRowMarkup | null {
  // (Read once a text: each row is asked for by every pass over the table.)
  let known = ROW_MARKUP.get(lines);
  if (!known) ROW_MARKUP.set(lines, (known = new Map()));
  if (known.has(lt.line)) return known.get(lt.line)!;
  const row = readHtmlRowMarkup(lt.line, lines);
  known.set(lt.line, row);
  return row;
}
const ROW_MARKUP = new WeakMap<LineIndex, Map<number, HtmlRowMarkup | null>>();

/** `htmlRowMarkup` of the row whose `<tr>` is on line `from`, read. */
function readHtmlRowMarkup(from: number, lines: LineIndex): HtmlRowMarkup | null {
  const first = lines.line(from);
  const open = /<tr[\s>]/i.exec(first);
  if (!open) return null;
  if (/<\/tr\s*>/i.test(first.slice(open.index))) return { text: first, at: (t) => (t.line === from ? t.start : Infinity) };
  const starts = [0];
  let text = first;
  for (let i = from + 1; i < lines.lineCount && i - from < ROW_MARKUP_LINES; i++) {
    const line = lines.line(i);
    const close = line.search(/<\/tr\s*>/i);
    const next = line.search(/<tr[\s>]/i);
    // (A row left open, the next one's `<tr>` before any `</tr>`: not a whole row.)
    if (next >= 0 && (close < 0 || next < close)) return null;
    starts.push(text.length + 1);
    text += '\n' + line;
    if (close >= 0) {
      return { text, at: (t) => (t.line >= from && t.line - from < starts.length ? starts[t.line - from] + t.start : Infinity) };
    }
  }
  return null;
}

/** `lt` with `n` stand-ins (blank, no cell of the row) before its tokens, for grid columns covered from above; `lt` itself for 0. */
function coveredCells(lt: LineTokens, n: number): LineTokens {
  if (n <= 0) return lt;
  const stands: Token[] = [];
  const at = lt.tokens[0]?.start ?? 0;
  for (let k = 0; k < n && k < 16; k++) {
    const stand: Token = { kind: 'blank', raw: '', key: '', line: lt.line, start: at, end: at, pipe: true };
    SPANNED.add(stand);
    stands.push(stand);
  }
  return { ...lt, tokens: [...stands, ...lt.tokens] };
}

/** The stand-ins `spannedCells` adds for the columns a cell spans (never a cell of the row as read). */
const SPANNED = new WeakSet<Token>();

/**
 * HTML row `lt` with each text or empty cell followed by a blank stand-in for every further column it spans
 * (`colspan`), so that its tokens count the table's grid columns as a pipe row's cells do. A value cell is not
 * expanded; nor is a cell whose tag is not on its line. `lt` itself when no cell spans columns.
 */
function spannedCells(lt: LineTokens, lines: LineIndex): LineTokens {
  // (A row over several lines is read whole: its `<td colspan>` may stand on the line before its text.)
  const row = htmlRowMarkup(lt, lines) ?? { text: lines.line(lt.line), at: (t: Token) => (t.line === lt.line ? t.start : Infinity) };
  if (!/colspan/i.test(row.text)) return lt;
  const out: Token[] = [];
  for (const t of lt.tokens) {
    out.push(t);
    const at = row.at(t);
    if (t.kind === 'value' || at === Infinity) continue;
    const span = htmlCellSpan(row.text, at, 'colspan') ?? 1;
    for (let k = 1; k < span && k < 16; k++) {
      const stand: Token = { kind: 'blank', raw: '', key: '', line: t.line, start: t.end, end: t.end, pipe: true };
      SPANNED.add(stand);
      out.push(stand);
    }
  }
  return out.length === lt.tokens.length ? lt : { ...lt, tokens: out };
}

/**
 * The label columns of a pipe table (rows `lts`): on the header rows (before the first row with a number), the cells
 * before the first that names a column (`headerKeys`), when those after the corner are empty (or, with `repeated`,
 * repeat the corner's text); less the cells over the value columns before that column's own (`headerColumns`: a
 * header cell left blank or misspelt, `| （本列…） |  | 商业企业 | …`, stands over 自然人, not over a label). 0 when no
 * header row says.
 */
function headerLabelColumns(lts: readonly LineTokens[], headerKeys: ReadonlySet<string>, repeated: boolean, headerColumns?: ReadonlyMap<string, number>): number {
  for (const lt of lts) {
    if (lt.values > 0 && lt.tokens.some((t) => t.kind === 'value')) break;
    // (An HTML header row whose corner note reads as a sentence is no pipe row, but its cells are the header's.)
    if (!lt.pipeRow && !(lt.html && lt.tokens.length >= 2)) continue;
    const at = lt.tokens.findIndex((t) => t.kind === 'text' && headerKeys.has(t.key));
    if (at < 0) continue;
    // The first header cell that names a column stands over its own value column, not always the first: the cells
    // before it that stand over the value columns before that one (left blank or misspelt: `| （本列…） |  | 商业企业 |`,
    // 自然人's cell emptied) are value columns, not label columns (brk167 #1).
    const k = headerColumns?.get(lt.tokens[at].key) ?? 0;
    const end = k > 0 && at - k >= 1 && lt.tokens.slice(at - k, at).every((t) => t.kind === 'blank' || (t.kind === 'text' && !headerKeys.has(t.key) && !(repeated && t.key === lt.tokens[0].key))) ? at - k : at;
    if (lt.tokens.slice(1, end).some((t) => t.kind !== 'blank' && !(repeated && t.key === lt.tokens[0].key))) continue;
    return end;
  }
  return 0;
}

/**
 * The tokens of pipe row `lt` (or of a one-line HTML row as its grid) read in their columns when it has more label cells than the table's `labelCols` label
 * columns, the extra ones empty (`|  | （一）予以公开 | 21 | … |` or `| （一）予以公开 |  | 21 | … |` under a header with
 * one label column; a fourth label cell under three: a stray cell that moves the row's numbers right, helper-205 #8):
 * its label cells (blank ones dropped), then its `width` numbers, the first carrying `stray` (as many empty label
 * cells as there are extra, those after the label first, each from the pipe before it up to the next pipe). Only when every value cell
 * holds a number and, for a row of seven (表三's columns), its 总计 is the sum of the six before it; or, one stray cell
 * and six numbers (the row cut to the header's width, its 总计 gone), when read as written (a blank 自然人) the row
 * cannot add up (its last number less than the sum of the five before it): then the row's tokens are returned as
 * written, its empty cell carrying `strayCut` (with `cutTotal`, the sum of the six), for the table to decide. Null
 * otherwise.
 */
function strayCellsRow(lt: LineTokens, labelCols: number, width: number, lines?: LineIndex): Token[] | null {
  if (!lines) return null;
  const toks = lt.tokens;
  const f = toks.findIndex((t) => t.kind === 'value');
  const extra = f - labelCols;
  if (f < 0 || extra < 1) return null;
  const area = toks.slice(0, f);
  const values = toks.slice(f);
  // A 表三 row one stray cell right and cut to the header's width has lost its 总计 (helper-206 #7).
  const cut = width === 7 && extra === 1 && values.length === width - 1;
  if (!area.some((t) => t.kind === 'text') || area.some((t) => t.tab) || (values.length !== width && !cut) || values.some((t) => t.kind !== 'value')) return null;
  // The empty cells after the label go first (`|  |  | 2.其他… |  | 1 |`: the label stays in its column), then those
  // before it, first to last (helper-206 #6).
  const lastText = area.map((t) => t.kind).lastIndexOf('text');
  // (An HTML row's stand-ins for spanned columns are no cells of it.)
  const blanks = [...area.slice(lastText + 1), ...area.slice(0, lastText)].filter((t) => t.kind === 'blank' && !SPANNED.has(t));
  if (blanks.length < extra) return null;
  let cutTotal: { value: number; at: number } | undefined;
  const text = lines.line(lt.line);
  if (width === 7) {
    const v = tokenNumbers(values);
    if (!v) return null;
    if (cut && lt.html) return null;
    if (cut) {
      // Read as written, the empty cell is a blank 自然人 (some count ≥ 0) and the last number the 总计: possible only
      // when that 总计 is at least the sum of the other five; when it is less, the row moved right and lost its 总计.
      const close = text.lastIndexOf('|');
      const others = v.slice(0, -1).reduce((a, b) => a + b, 0);
      if (v[v.length - 1] >= others || close < values[values.length - 1].end || text.slice(close + 1).trim() !== '') return null;
      cutTotal = { value: v.reduce((a, b) => a + b, 0), at: close + 1 };
    } else if (!addsUp(v)) return null;
  }
  const spans: { start: number; end: number }[] = [];
  for (const b of blanks.slice(0, extra).sort((a, b) => a.start - b.start)) {
    if (lt.html) {
      // (On the cell's own line: a row may span lines.)
      const span = emptyHtmlCellsSpan(lines.line(b.line), b, b);
      if (!span) return null;
      spans.push(span);
      continue;
    }
    const span = pipeCellsSpan(text, b.start, b.end);
    if (!span || text.slice(span.start + 1, span.end).trim() !== '') return null;
    spans.push(span);
  }
  // Which reading holds, the row's own sum cannot tell once its 总计 is gone: the row stays as written, its empty cell
  // marked, and the table's column sums decide (`readT3`).
  if (cutTotal) return toks.map((t) => (t === blanks[0] ? { ...t, strayCut: { cells: extra, spans, cutTotal: cutTotal! } } : t));
  return [...area.filter((t) => t.kind === 'text'), { ...values[0], stray: { cells: extra, spans } }, ...values.slice(1)];
}

/**
 * On pipe line `text`, from the pipe before offset `from` (in the first cell) up to the pipe after offset `to` (in
 * the last): deleting it takes those cells out, the closing pipe staying (`| 1362 |  |` → `| 1362 |`). Null when
 * either pipe is missing. UTF-16 offsets.
 */
export function pipeCellsSpan(text: string, from: number, to: number): { start: number; end: number } | null {
  const start = text.lastIndexOf('|', from - 1);
  const end = text.indexOf('|', to);
  return start < 0 || end < 0 ? null : { start, end };
}

/** The values of tokens `toks` as the cell reader reads them (signs and decimals allowed); null when one is no plain number. */
export function tokenNumbers(toks: readonly Token[]): number[] | null {
  const out: number[] = [];
  for (const t of toks) {
    const c = readCell(t, { signed: true, decimal: true });
    if (c.value === null || c.invalid) return null;
    out.push(c.value);
  }
  return out;
}

/** Whether the last of `v` is the sum of the others (a 表三 row's 总计 of its six applicant columns, a 表四 group's). */
export function addsUp(v: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < v.length - 1; i++) sum += v[i];
  return v.length > 1 && sum === v[v.length - 1];
}

/** Opening minus closing brackets in a label key (keys write brackets as `(` `)`). */
function openBrackets(key: string): number {
  let n = 0;
  for (const ch of key) if (ch === '(') n++; else if (ch === ')') n--;
  return n;
}

/**
 * The edit distance from `key` to the nearest of `rowKeys` within its misspelling budget (0: one of them), or
 * Infinity when none is that near.
 */
function nearestRowKey(key: string, rowKeys: ReadonlySet<string>): number {
  let best = Infinity;
  for (const k of rowKeys) {
    if (Math.abs(k.length - key.length) > misspellingBudget(k.length)) continue;
    const d = editDistance(key, k);
    if (d <= misspellingBudget(k.length) && d < best) best = d;
  }
  return best;
}

/**
 * Row labels wrapped into a row of their own (a narrow label column in Word, pasted row by row): a pipe row whose
 * first cell is text and every other cell empty, right below a row whose label cell is followed by numbers, where
 * the two texts together are a row label of `rowKeys` (the first alone is not), nearer a misspelling of one than the
 * first alone (`nearestRowKey`), or the second closes a bracket the first left open (`| （二）部分公开（区分处理的，只计这一情形， | 5 | … |`, `| 不计其他情形） |  | … |`).
 *
 * Returns `lts` with the first row's label token holding the whole label (`raw`, `key`; its range stays the first
 * part's, and `continuation` is the second row's line) and the second row emptied of tokens, so the label is read
 * once, as in a table whose cell wraps within its row. Rows not changed are the same objects; returns `lts` itself
 * when nothing changed. `lines`: the text's lines, for the continuation line's range.
 */
export function joinContinuationRows(lts: LineTokens[], rowKeys: ReadonlySet<string>, lines: LineIndex): LineTokens[] {
  let out: LineTokens[] | null = null;
  for (let i = 1; i < lts.length; i++) {
    const lt = lts[i], prev = (out ?? lts)[i - 1];
    if (!lt.pipeRow || !prev.pipeRow || prev.line !== lt.line - 1 || lt.tokens.length < 2) continue;
    const cont = lt.tokens[0];
    if (cont.kind !== 'text' || lt.tokens.some((t, k) => k > 0 && t.kind !== 'blank')) continue;
    const firstValue = prev.tokens.findIndex((t) => t.kind === 'value');
    if (firstValue < 1 || prev.tokens[firstValue - 1].kind !== 'text') continue;
    const label = prev.tokens[firstValue - 1];
    const key = labelKey(label.raw + cont.raw);
    // (Or the two together are a misspelling of a row label that the first alone is farther from: `（二）不分公开` over
    // `（区分处理的，…）`, helper-221 #10.)
    const wraps = (rowKeys.has(key) && !rowKeys.has(label.key)) || (openBrackets(label.key) > 0 && openBrackets(label.key) + openBrackets(cont.key) === 0)
      || nearestRowKey(key, rowKeys) < nearestRowKey(label.key, rowKeys);
    if (!wraps) continue;
    out ??= lts.slice();
    const line = lines.line(lt.line);
    const joined: Token = {
      ...label, raw: label.raw + cont.raw, key,
      continuation: { start: { line: lt.line, character: 0 }, end: { line: lt.line, character: line.length } },
    };
    out[i - 1] = { ...prev, tokens: prev.tokens.map((t) => (t === label ? joined : t)) };
    out[i] = { ...lt, tokens: [], pipeRow: false, values: 0 };
  }
  return out ?? lts;
}

/**
 * One number as the cell reader reads it (`readCell`), ASCII or full-width: an optional sign (2019's 本年增/减 column),
 * digits with or without thousands separators (`2,305`, `12，305`), an optional decimal part (表二's fees, 万元).
 */
const NUMBER = '[+\\-−－–‒]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?';
/**
 * Numbers at the end of a cell or word, spaces apart, after optional white space (`130`, `130 3`, `2,305`). Not tabs
 * between them: a pipe cell holding a row's numbers tab-separated is a spreadsheet row pasted into it (cell-tab-joined).
 */
const TRAILING_NUMBERS = new RegExp(`[ \\t\\u3000]*${NUMBER}(?:[ \\u3000]+${NUMBER})*$`);
const ONE_NUMBER = new RegExp(NUMBER, 'g');

/**
 * A row's first numbers written in its label cell: glued to the label (`（一）予以公开8⇥1⇥0⇥…`, a tab lost in a Word or
 * Excel copy; `1.本机关不掌握相关政府信息9        2 …` in `pdftotext -layout`; `行政许可1520` one cell a line) or a
 * space after it in the label's pipe cell (`| 2.重复申请 1 | 0 | …`). Such a word or cell is the label and the row's
 * first value, when the row then has exactly its template's number of value cells (several numbers white space
 * apart at the end of the cell, `| （一）予以公开130 3 | 1 | …`, are the row's first values when they give that count;
 * a number may have a sign or thousands separators, as in a value cell): the row's own values on the line
 * after it (tab blanks counted as `fitTabFields` reads them), or, for a label alone on its line, the values one a line
 * below it up to the next text (blank lines skipped). A pipe row whose cell after the label is empty, with one cell
 * more than that, has the number's cell there: the empty cell is taken for it (`into`). A number glued to a label
 * of a row that has all its values already is not taken (a remark or a slip: `row-label` says so). 表四 passes its
 * header's last label as the "label" (`总计2`: the line break between header and values lost) with width 15.
 *
 * Returns `lts` with each such token split into the label (its `raw` and range without the number and the white
 * space before it) and a value token for the number, marked `inLabel` (see `Token.inLabel`). Only tokens that are
 * their line's text as written (not an HTML cell with entities, a wrapped or joined label). Lines not changed are the
 * same objects; returns `lts` itself when nothing changed. `widthOf(key)`: the number of value cells of the data row
 * whose label key is `key` (after the label's own numbering), undefined for a key that is no such row. `lines`: the
 * document's lines, for where a pipe row's emptied last cells start (`Token.inLabel.emptied`; none without it).
 *
 * A pipe row whose numbers all moved k cells left, the first k into the label cell and its last k cells left empty
 * (`| （一）予以公开 21 | 2 | 0 | 0 | 1 | 0 | 24 | |`), is read the same way, the empty cells no blank values.
 */
export function splitGluedValues(lts: LineTokens[], widthOf: (key: string) => number | undefined, lines?: LineIndex): LineTokens[] {
  let out: LineTokens[] | null = null;
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    const toks = lt.tokens;
    if (lt.prose || !toks.length) continue;
    const first = toks.findIndex((t) => t.kind !== 'text');
    const li = (first < 0 ? toks.length : first) - 1;
    if (li < 0) continue;
    const tok = toks[li];
    if (tok.kind !== 'text' || tok.continuation || tok.parts || tok.end - tok.start !== tok.raw.length) continue;
    const m = TRAILING_NUMBERS.exec(tok.raw);
    if (!m || m.index === 0) continue;
    // The numbers of the run, first to last, as [start, end) in `tok.raw`.
    const numbers: [number, number][] = [];
    for (const n of m[0].matchAll(ONE_NUMBER)) numbers.push([m.index + n.index, m.index + n.index + n[0].length]);
    const after = toks.slice(li + 1).filter((t) => t.kind !== 'text');
    // The label is its line's last word: one cell a line (the values below it), or a pipe row of the label cell alone.
    if (first < 0 && li !== 0 && !tok.pipe) continue;
    let below = 0;
    if (!tok.pipe && (first < 0 || lt.tokens.every((t, k) => k <= li || t.kind === 'value'))) {
      // One cell a line: the values one a line below the label's line, up to the next text.
      for (let j = i + 1; j < lts.length; j++) {
        const x = lts[j];
        if (!x.tokens.length && !x.prose) continue;
        if (x.prose || x.pipeRow || x.tokens.length !== 1 || x.tokens[0].kind === 'text') break;
        below++;
      }
    }
    // The last k numbers of the run are values when the rest is a row's label and the row then has its width.
    let split: { k: number; into: Token[]; below?: boolean; emptied?: Token[] } | undefined;
    for (let k = numbers.length; k >= 1 && !split; k--) {
      const label = tok.raw.slice(0, numbers[numbers.length - k][0]);
      if (/^[ \t\u3000]*$/.test(label)) continue;
      const width = widthOf(labelKey(label));
      if (width === undefined) continue;
      if (first < 0) {
        if (below + k === width) split = { k, into: [] };
        continue;
      }
      let cells = after;
      while (cells.length > width && cells[cells.length - 1].kind === 'blank') cells = cells.slice(0, -1);
      const numbersAfter = cells.filter((t) => !t.tab);
      if (tok.pipe && cells.length === width && cells.slice(0, k).every((t) => t.kind === 'blank')) split = { k, into: cells.slice(0, k) };
      else if (cells.length + below + k === width) split = { k, into: [], below: below > 0 };
      else if ((cells.length !== numbersAfter.length && numbersAfter.length + k === width)) split = { k, into: [] };
      // A pipe row whose numbers all moved k cells left, leaving its last k cells empty (`| （一）予以公开 21 | 2 | … | 24 | |`):
      // those empty cells are what the move left, not blank values.
      else if (tok.pipe && cells.length === width && cells.slice(width - k).every((t) => t.kind === 'blank' && !t.tab) && cells.slice(0, width - k).every((t) => t.kind === 'value')) split = { k, into: [], emptied: cells.slice(width - k) };
    }
    if (!split) continue;
    const taken = numbers.slice(numbers.length - split.k);
    const labelRaw = tok.raw.slice(0, taken[0][0]).replace(/[ \t\u3000]+$/, '');
    const labelTok: Token = { ...tok, raw: labelRaw, key: labelKey(labelRaw), end: tok.start + labelRaw.length };
    // The emptied cells as one span.
    let emptied: { start: number; end: number } | undefined;
    if (split.emptied?.length) {
      const first = split.emptied[0], last = split.emptied[split.emptied.length - 1];
      const text = lines?.line(first.line) ?? '';
      if (hasHtmlCell(text)) {
        emptied = last.line === first.line ? emptyHtmlCellsSpan(text, first, last) ?? undefined : undefined;
      } else {
        const pipe = text.lastIndexOf('|', first.start - 1);
        const close = text.indexOf('|', last.end);
        // From the pipe before them up to the closing pipe, which stays: `| 24 | |` → `| 24 |`.
        if (pipe >= 0) emptied = { start: pipe, end: close >= 0 ? close : last.end };
      }
    }
    const values: Token[] = taken.map(([s, e], n) => {
      const into = split!.into[n];
      return {
        kind: 'value', raw: tok.raw.slice(s, e), key: '', line: tok.line, start: tok.start + s, end: tok.start + e, pipe: tok.pipe,
        inLabel: {
          labelEnd: n === 0 ? labelTok.end : tok.start + taken[n - 1][1], ...(into ? { into: { start: into.start, end: into.end } } : {}),
          ...(n === 0 && emptied ? { emptied } : {}),
        },
      };
    });
    const dropped = new Set([...split.into, ...(split.emptied ?? [])]);
    const tokens = [...toks.slice(0, li), labelTok, ...values, ...toks.slice(li + 1).filter((t) => !dropped.has(t))];
    let count = 0;
    for (const t of tokens) if (t.kind !== 'text') count++;
    out ??= lts.slice();
    out[i] = { ...lt, tokens, values: count, pipeRow: lt.pipeRow || (tok.pipe && tokens.length >= 2), ...(split.below || (first < 0 && below > 0) ? { continues: true } : {}) };
  }
  return out ?? lts;
}

/**
 * Pipe rows of 表三 with two or more numbers spaces apart in one value cell and the rest of the row moved left by as
 * many cells less one, its last cells left empty (`| （一）予以公开 | 1288 21 | 0 | 0 | 50 | 3 | 1362 |  |`: a cell
 * border lost in a copy) or the row that many cells short (`| 2.重复申请 | 1 0 | 0 | 0 | 1 | 0 | 2 |`). Read as the row's values in their columns, the empty last cells dropped, when the row then
 * has exactly `widthOf(label key)` numbers and, for a row of seven (表三's columns), its 总计 is the sum of the six
 * before it (a typo inside one number, `12 88`, does not add up; number-invalid says it). The first value carries
 * `joined`. Lines not changed are the same objects; returns `lts` itself when nothing changed. `lines`: the
 * document's lines, for where the emptied cells are (without it, nothing is split).
 */
export function splitJoinedCells(lts: LineTokens[], widthOf: (key: string) => number | undefined, lines?: LineIndex): LineTokens[] {
  if (!lines) return lts;
  let out: LineTokens[] | null = null;
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    // (Pipe rows, and HTML rows with their cells on one line: helper-206 #5.)
    if (!lt.pipeRow && !(lt.html && lt.tokens.every((t) => t.line === lt.line))) continue;
    const toks = lt.tokens;
    const first = toks.findIndex((t) => t.kind !== 'text');
    if (first < 1) continue;
    const width = widthOf(toks[first - 1].key);
    const values = toks.slice(first);
    if (width === undefined || values.length > width || values.some((t) => t.kind === 'text' || t.tab)) continue;
    const j = values.findIndex((t) => t.kind === 'value' && JOINED_NUMBERS.test(t.raw) && t.end - t.start === t.raw.length);
    if (j < 0) continue;
    const cell = values[j];
    const numbers = [...cell.raw.matchAll(ONE_NUMBER)];
    const k = numbers.length;
    // The whole row in the one cell, the others blank, is a row pasted into a cell (cell-tab-joined's own case).
    if (k >= width) continue;
    // The row as many cells short as the cell holds extra numbers, or as wide as the template with that many empty
    // last cells (what the move left).
    const filled = values.slice(0, width - (k - 1));
    const emptiedCells = values.slice(width - (k - 1));
    if (filled.length !== width - (k - 1) || j >= filled.length || !emptiedCells.every((t) => t.kind === 'blank') || filled.some((t) => t.kind !== 'value')) continue;
    const split: Token[] = numbers.map((m, n) => ({
      kind: 'value', raw: m[0], key: '', line: cell.line, start: cell.start + m.index!, end: cell.start + m.index! + m[0].length, pipe: cell.pipe,
    }));
    const read = [...filled.slice(0, j), ...split, ...filled.slice(j + 1)];
    if (width === 7) {
      const v = tokenNumbers(read);
      if (!v || !addsUp(v)) continue;
    }
    const rowText = lines.line(cell.line);
    const emptied = !emptiedCells.length ? undefined : lt.html
      ? emptyHtmlCellsSpan(rowText, emptiedCells[0], emptiedCells[emptiedCells.length - 1])
      : pipeCellsSpan(rowText, emptiedCells[0].start, emptiedCells[emptiedCells.length - 1].end);
    if (emptied === null) continue;
    read[j] = { ...read[j], joined: { start: cell.start, end: cell.end, count: k, ...(emptied ? { emptied } : {}) } };
    const tokens = [...toks.slice(0, first), ...read];
    out ??= lts.slice();
    out[i] = { ...lt, tokens, values: read.length };
  }
  return out ?? lts;
}

/**
 * In HTML row `text`, the tags of the empty cells from token `first` to token `last` (`<td></td>` and all, only tags
 * and white space between): deleting the span takes those cells out of the row. Null when they are not such cells.
 * UTF-16 offsets on the line.
 */
function emptyHtmlCellsSpan(text: string, first: Token, last: Token): { start: number; end: number } | null {
  const cells = htmlCellAround(text, first.start, last.end);
  return cells && /^(?:<[^>]*>|\s|&nbsp;|&#160;)*$/.test(text.slice(cells.open, cells.end)) ? { start: cells.open, end: cells.end } : null;
}

/** A cell of two or more numbers spaces apart (`1288 21`), nothing else. */
const JOINED_NUMBERS = new RegExp(`^${NUMBER}(?:[ \\u3000]+${NUMBER})+$`);

/**
 * Tab-separated rows (a Word or Excel copy, not pipe rows or HTML) whose label and first number, or two numbers, share
 * one field, a space between them where the other fields have a tab (`（一）予以公开 21⇥2⇥…`, `（一）予以公开⇥21 2⇥0⇥…`,
 * helper-206 #9): the white space splits them when read, so the numbers are in their columns, but pasted into Word
 * or a spreadsheet the row is a field short. Such a row, with exactly `widthOf(label key)` numbers whose other gaps
 * all hold a tab, gets its first number marked `inLabel` (label and number in one field; value-in-label says it and
 * puts a tab between) or, for two or more numbers in one field, the first of them marked `joined` (cell-tab-joined).
 * Lines not changed are the same objects; returns `lts` itself when nothing changed. UTF-16 offsets on the line.
 */
export function markTabFieldGaps(lts: LineTokens[], widthOf: (key: string) => number | undefined, lines?: LineIndex): LineTokens[] {
  if (!lines) return lts;
  let out: LineTokens[] | null = null;
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    if (lt.pipeRow || lt.html || lt.prose) continue;
    const toks = lt.tokens;
    const f = toks.findIndex((t) => t.kind !== 'text');
    if (f < 1 || toks[f - 1].line !== lt.line) continue;
    const text = lines.line(lt.line);
    if (!text.includes('\t') || /[|｜<]/.test(text)) continue;
    const width = widthOf(toks[f - 1].key);
    const values = toks.slice(f).filter((t) => !(t.kind === 'blank' && t.tab));
    if (width === undefined || values.length !== width || values.some((t) => t.kind !== 'value' || t.line !== lt.line || t.inLabel || t.joined)) continue;
    // The gap before each number: from the label's end, then from the number before it.
    const spaced: number[] = [];
    let tabbed = 0;
    for (let k = 0; k < values.length; k++) {
      const gap = text.slice(k === 0 ? toks[f - 1].end : values[k - 1].end, values[k].start);
      if (gap.includes('\t')) tabbed++;
      else if (gap !== '' && /^[ \u3000]+$/.test(gap)) spaced.push(k);
      else break;
    }
    if (!spaced.length || tabbed + spaced.length !== values.length || tabbed < width - 2) continue;
    let from: Token, to: Token;
    if (spaced[0] === 0) {
      from = values[0];
      to = { ...from, inLabel: { labelEnd: toks[f - 1].end } };
    } else {
      // The first run of numbers spaces apart: one field.
      const a = spaced[0] - 1;
      let b = spaced[0];
      while (spaced.includes(b + 1)) b++;
      from = values[a];
      to = { ...from, joined: { start: from.start, end: values[b].end, count: b - a + 1 } };
    }
    out ??= lts.slice();
    out[i] = { ...lt, tokens: toks.map((t) => (t === from ? to : t)) };
  }
  return out ?? lts;
}

/**
 * Pipe rows and one-line HTML rows whose first value cell holds a word (`| （一）予以公开 | 见附件 | 2 | … | 24 |`,
 * `| 规章 | 不适用 | 0 | 0 |`): read as text, the word joined the label and every number was read a column left
 * (helper-209 #6). When the text before it is a template row's label (`widthOf(label key)` defined), the word is no
 * label itself, and with the word as a cell the row has exactly that many value cells, the word's token becomes a
 * value (number-invalid says it is no number; the other cells stay in their columns). Lines not changed are the same
 * objects; returns `lts` itself when nothing changed.
 */
export function wordCellsAsValues(lts: LineTokens[], widthOf: (key: string) => number | undefined, lines?: LineIndex): LineTokens[] {
  let out: LineTokens[] | null = null;
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    // (With `lines`, also a line of words and numbers in cells apart (`pdftotext -layout`, a Word copy with tabs):
    // `行政许可        见附件`, the word a cell gap (a tab, an ideographic space or two spaces or more) after the label.)
    const fielded = !!lines && !lt.pipeRow && !lt.html && !lt.prose;
    if (!lt.pipeRow && !lt.html && !fielded) continue;
    const toks = lt.tokens;
    if (fielded) {
      // Any cell of such a line may hold the word (`规章   0   见附件   0`: its numbers are not read as the row's
      // otherwise): the cells after a row's label, each a cell gap from the one before, exactly the row's width of them.
      const text = lines!.line(lt.line);
      const j = toks.findIndex((t) => t.kind === 'text' && t.line === lt.line && widthOf(t.key) !== undefined);
      if (j < 0) continue;
      const cells = toks.slice(j + 1);
      const words = cells.filter((t) => t.kind === 'text');
      if (!words.length || cells.length !== widthOf(toks[j].key)) continue;
      if (words.some((t) => widthOf(t.key) !== undefined || t.raw.trim().length > 12 || t.continuation || t.parts)) continue;
      if (cells.some((t, k) => t.line !== lt.line || !CELL_GAP.test(text.slice((k ? cells[k - 1] : toks[j]).end, t.start)))) continue;
      out ??= lts.slice();
      out[i] = { ...lt, tokens: toks.map((t) => (words.includes(t) ? { ...t, kind: 'value' as const, key: '' } : t)), values: lt.values + words.length };
      continue;
    }
    // (A row of one value column has no number at all: `| 行政事业性收费 | 见附件 |`.)
    const first = toks.findIndex((t) => t.kind !== 'text');
    const f = first < 0 ? toks.length : first;
    if (f < 2) continue;
    const word = toks[f - 1], label = toks[f - 2];
    const width = widthOf(label.key);
    if (width === undefined || widthOf(word.key) !== undefined || word.line !== label.line || word.line !== lt.line) continue;
    if (word.raw.trim().length > 12 || word.continuation || word.parts || toks.slice(f).some((t) => t.kind === 'text' || t.line !== lt.line)) continue;
    if (toks.length - f + 1 !== width) continue;
    out ??= lts.slice();
    out[i] = { ...lt, tokens: toks.map((t) => (t === word ? { ...t, kind: 'value' as const, key: '' } : t)), values: lt.values + 1 };
  }
  return out ?? lts;
}

/** White space that parts two cells of a line without pipes: a tab, an ideographic space, or two spaces or more. */
const CELL_GAP = /^(?:[ \u3000]*[\t\u3000][ \t\u3000]*| {2,})$/;

/** A word in a cell: a label, not a number. */
const CJK_WORD = /[\u3400-\u9fff]/;

/** A row's number in a 序号 column: a whole number of up to three digits. */
const isRowNumber = (t: Token) => /^\d{1,3}$/.test(t.raw.trim());

/** A header cell naming a column of row numbers (`序号`, `编号`, `行次`), as its label key reads it. */
const ROW_NUMBER_HEADER = /^(?:序号|编号|行次|序|行号|序列号)$/;

/**
 * A table's leading column of row numbers (`| 序号 | （本列数据…） | 自然人 | … |` over `| 1 | 一、本年新收… | 40 | … |`,
 * a Word table's 序号 column; helper-213 #1, #2): its cells taken out of the pipe rows, so that each row reads from its
 * label on. The column is one when a header row's first cell is `序号` (or 编号, 行次) over rows whose first cell is a
 * whole number (one or more) or blank and whose second is a label; or when a header's first cell is blank over rows
 * numbered 1, 2, 3 … from the first on; or, either without a header or under a blank one, when four or more rows open
 * with 0, 1 or 2 and greater numbers after it, in order (gaps allowed), before their label.
 * Pipe rows, and HTML rows whose cells are all on their line; other layouts (tab-separated fields, one cell per line)
 * read the numbers apart from the label already. Pure: `lts` is not changed; the same array when there
 * is no such column.
 */
export function dropRowNumberColumn(lts: LineTokens[]): LineTokens[] {
  // (After a first cell that is a number, the pipe row's tokens read every cell as a value: its label too.)
  const labelCell = (t: Token) => (t.kind === 'text' && t.key !== '') || (t.kind === 'value' && CJK_WORD.test(t.raw));
  // A pipe row, or an HTML row whose cells are all on its line (`<tr><td>1</td><td>一、…</td>…</tr>`).
  const row = (lt: LineTokens) => (lt.html ? lt.tokens.length > 0 && lt.tokens.every((t) => t.line === lt.line) : lt.pipeRow);
  /** The rows with a row number, each with the index of its cell in the column (0: the first). */
  const rows = new Map<number, number>();
  // Each table on its own: a run of rows and lines without tokens (delimiter rows, blank lines, HTML tags alone).
  for (const [a, b] of tableRuns(lts, row)) {
    const first = rowNumberRows(lts, a, b, row, labelCell);
    if (first.length) for (const i of first) rows.set(i, 0);
    else {
      const later = laterRowNumberRows(lts, a, b, row, labelCell);
      if (later) for (const i of later.rows) rows.set(i, later.column);
    }
  }
  // Tab-separated fields or space-aligned columns (a Word copy, `pdftotext -layout`; helper-219 #3): a 行次 / 序号 column
  // after the label only (a first one stands apart from the label on such a line, and is read past already).
  const fieldRow = (lt: LineTokens) => !lt.prose && !lt.html && !lt.pipeRow && lt.tokens.length >= 2 && lt.tokens.every((t) => t.line === lt.line);
  for (const [a, b] of tableRuns(lts, fieldRow)) {
    let later = laterRowNumberRows(lts, a, b, fieldRow, labelCell);
    // A header whose first field is the long note of 表三 (`（本列数据的勾稽关系为：…）⇥行次⇥自然人…`) reads as prose:
    // its column is found in its tab fields.
    // Its columns are its tab fields, or in `pdftotext -layout` its words two spaces or more apart, a blank line or two
    // above the rows (helper-221 #7).
    let h = a - 1;
    while (h >= 0 && h >= a - 3 && !lts[h].tokens.length) h--;
    const above = h >= 0 ? lts[h] : undefined;
    const header = above?.prose && above.tokens.length === 1 ? above.tokens[0].raw : '';
    if (!later && header && /\t| {2,}|\u3000/.test(header.trim())) {
      const fields = header.trim().split(/\t| {2,}|\u3000+/).map((f) => labelKey(f.trim()));
      const column = fields.findIndex((f, k) => k >= 1 && ROW_NUMBER_HEADER.test(f));
      if (column >= 1) later = rowsNumberedAt(lts, h, b, column, column === fields.length - 1, fieldRow, labelCell);
      if (later) later.rows = later.rows.filter((i) => i !== h);
    }
    if (later && !later.rows.some((i) => rows.has(i))) for (const i of later.rows) rows.set(i, later.column);
  }
  if (!rows.size) return lts;
  return lts.map((lt, i) => {
    const at = rows.get(i);
    if (at === undefined) return lt;
    let tokens = [...lt.tokens.slice(0, at), ...lt.tokens.slice(at + 1)];
    // The cells after a leading number had all read as values (a label too): read again from the first (a pipe row).
    if (at === 0 && !lt.html) tokens = rereadPipeCells(tokens);
    // (Every label cell before the first number: an HTML row's group label and its own, `三、本年度办理结果` then
    // `（一）予以公开`, helper-219 #2.)
    for (let k = 0; k < tokens.length && tokens[k].kind !== 'blank' && (tokens[k].kind === 'text' || CJK_WORD.test(tokens[k].raw)); k++) {
      if (tokens[k].kind === 'value') tokens[k] = { ...tokens[k], kind: 'text', key: labelKey(tokens[k].raw) };
    }
    let values = 0;
    for (const t of tokens) if (t.kind !== 'text') values++;
    return { ...lt, tokens, values };
  });
}

/** The tables of `lts` as `[a, b)` runs of lines that are rows by `row`, or lines without tokens, no prose between. */
function tableRuns(lts: LineTokens[], row: (lt: LineTokens) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < lts.length; ) {
    let b = a;
    while (b < lts.length && !lts[b].prose && (row(lts[b]) || !lts[b].tokens.length)) b++;
    if (b > a) out.push([a, b]);
    a = Math.max(b, a + 1);
  }
  return out;
}

/** The lines of table `lts[a, b)` whose first cell is of a row-number column (see `dropRowNumberColumn`); none when it has no such column. */
function rowNumberRows(lts: LineTokens[], a: number, b: number, row: (lt: LineTokens) => boolean, labelCell: (t: Token) => boolean): number[] {
  const labelled = (lt: LineTokens) => row(lt) && lt.tokens.length >= 2 && labelCell(lt.tokens[1]);
  const numbered = (lt: LineTokens) => labelled(lt) && lt.tokens[0].kind === 'value' && isRowNumber(lt.tokens[0]);
  const blankFirst = (lt: LineTokens) => labelled(lt) && lt.tokens[0].kind === 'blank';
  const number = (i: number) => Number(lts[i].tokens[0].raw.trim());
  let head = -1;
  for (let i = a; i < b && head < 0; i++) if (row(lts[i]) && lts[i].tokens.length >= 2) head = i;
  if (head < 0) return [];
  const h = lts[head].tokens;
  const out: number[] = [];
  if (h.length >= 3 && h[0].kind === 'text' && ROW_NUMBER_HEADER.test(h[0].key) && h[1].kind !== 'value') {
    // `| 序号 | 行政复议 | … |` over rows numbered 1, 2, 3 … each (blank ones aside): every row's first cell is its
    // number, labelled or not (表四's sub-header and value rows have no label; helper-214 #5).
    const all: number[] = [];
    let next = 1;
    for (let i = head + 1; i < b && next > 0; i++) {
      const t = lts[i].tokens;
      if (!row(lts[i]) || t.length < 2) continue;
      if (t[0].kind === 'blank') all.push(i);
      else if (t[0].kind === 'value' && isRowNumber(t[0]) && Number(t[0].raw.trim()) === next) { all.push(i); next++; }
      else next = 0;
    }
    if (next > 1) return [head, ...all];
    // `| 序号 | 信息内容 | … |`: the rows below, numbered or blank.
    let n = 0;
    for (let i = head + 1; i < b; i++) if (numbered(lts[i]) ? ++n : blankFirst(lts[i])) out.push(i);
    return n >= 1 ? [head, ...out] : [];
  }
  if (h.length >= 3 && h[0].kind === 'blank' && h[1].kind === 'text' && h[1].key !== '') {
    // `|  | 信息内容 | … |`: the rows below numbered 1, 2, 3 … from the first on (group rows blank); else, as without a
    // header, by the numbers alone (from 0, or with gaps).
    let next = 1;
    for (let i = head + 1; i < b && next > 0; i++) {
      if (!lts[i].tokens.length) continue;
      if (blankFirst(lts[i])) { out.push(i); continue; }
      if (!numbered(lts[i]) || number(i) !== next) next = 0;
      else { out.push(i); next++; }
    }
    if (next > 1) return [head, ...out];
    out.length = 0;
    const seq = numberedInOrder(lts, a, b, numbered, blankFirst, number);
    return seq.length ? [head, ...seq] : [];
  }
  return numberedInOrder(lts, a, b, numbered, blankFirst, number);
}

/**
 * A row-number column after the label column (`| （本列数据…） | 行次 | 自然人 | … |` over `| 一、本年新收… | 1 | 40 | … |`,
 * as Chinese statistical forms put 行次 after 项目; helper-214 #6, or last: helper-219 #4): the header's cell at `column`
 * (1 or more) names it (序号, 编号, 行次), and the rows below have a label first and, at `column`, a whole number (one or
 * more; counting the rows up when it is the last column) or a blank. The lines of table `lts[a, b)` to drop that cell from (the header among them); null when there is none.
 */
function laterRowNumberRows(lts: LineTokens[], a: number, b: number, row: (lt: LineTokens) => boolean, labelCell: (t: Token) => boolean): { rows: number[]; column: number } | null {
  let head = -1;
  for (let i = a; i < b && head < 0; i++) if (row(lts[i]) && lts[i].tokens.length >= 3) head = i;
  if (head < 0) return null;
  const h = lts[head].tokens;
  if (h[0].kind === 'value') return null;
  const column = h.findIndex((t, k) => k >= 1 && t.kind === 'text' && ROW_NUMBER_HEADER.test(t.key));
  if (column < 0) return null;
  return rowsNumberedAt(lts, head, b, column, column === h.length - 1, row, labelCell);
}

/**
 * The rows of table `lts(head, b)` below its header line `head` that have a label first and, at `column`, a row number
 * or a blank (see `laterRowNumberRows`; `last`: the header's last column, whose numbers must count the rows up), with
 * the header: null when no row has a number there.
 */
function rowsNumberedAt(lts: LineTokens[], head: number, b: number, column: number, last: boolean, row: (lt: LineTokens) => boolean, labelCell: (t: Token) => boolean): { rows: number[]; column: number } | null {
  // The last column (`| 信息内容 | 本年制发件数 | … | 序号 |`, helper-219 #4) holds values in other tables: its numbers
  // must count the rows up (1, 2, 3 …, gaps allowed).
  const rows: number[] = [];
  let numbered = 0, previous = 0;
  for (let i = head + 1; i < b; i++) {
    const t = lts[i].tokens;
    if (!row(lts[i]) || t.length <= column || !labelCell(t[0])) continue;
    if (t[column].kind === 'value' && isRowNumber(t[column])) {
      const n = Number(t[column].raw.trim());
      if (last && n <= previous) return null;
      previous = n;
      numbered++;
    } else if (t[column].kind !== 'blank') continue;
    rows.push(i);
  }
  return numbered ? { rows: [head, ...rows], column } : null;
}

/** Four or more rows of `lts[a, b)` opening with 0, 1 or 2 and then greater numbers, in order, and the table's rows with a blank first cell; none otherwise. */
function numberedInOrder(lts: LineTokens[], a: number, b: number, numbered: (lt: LineTokens) => boolean, blankFirst: (lt: LineTokens) => boolean, number: (i: number) => number): number[] {
  const seq: number[] = [];
  for (let i = a; i < b; i++) {
    if (!numbered(lts[i])) continue;
    const n = number(i);
    if (seq.length ? n <= number(seq[seq.length - 1]) : n > 2) return [];
    seq.push(i);
  }
  if (seq.length < 4) return [];
  // (Rows left unnumbered, before, between or after them: a group's row, the last row, a blank corner cell.)
  for (let i = a; i < b; i++) if (blankFirst(lts[i])) seq.push(i);
  return seq;
}

/**
 * 表四's 序号 column in a layout `dropRowNumberColumn` does not read (tab-separated fields, a Word copy; helper-214 #8):
 * under a header line opening with `序号` (编号, 行次), each line opening with a row number loses it when it is a header
 * line (words after the number: `1⇥⇥⇥未经复议直接起诉…`) or the value row with one cell more than `values` (its 15).
 * A table pasted one cell a line goes to `dropT4RowNumberLines`. Pure: `lts` is not changed; the same array when the
 * header names no such column.
 */
export function dropT4RowNumbers(lts: LineTokens[], values: number): LineTokens[] {
  const head = lts.findIndex((lt) => !lt.prose && lt.tokens.length > 0);
  const first = head >= 0 ? lts[head].tokens[0] : undefined;
  // One cell a line (the header's `序号` line may stand above the table's lines as read).
  if (first && lts[head].tokens.length === 1 && (first.kind === 'text' || first.kind === 'value')) return dropT4RowNumberLines(lts, head, values);
  if (!first || first.kind !== 'text' || !ROW_NUMBER_HEADER.test(first.key)) return lts;
  return lts.map((lt, i) => {
    const t = lt.tokens;
    if (i <= head || lt.prose || !t.length || t[0].kind !== 'value' || !isRowNumber(t[0])) return lt;
    const words = t.some((x) => x.kind === 'text');
    const cells = t.filter((x) => x.kind !== 'text').length;
    if (!words && cells !== values + 1) return lt;
    const tokens = t.slice(1);
    return { ...lt, tokens, values: tokens.filter((x) => x.kind !== 'text').length };
  });
}

/** A cell of 表四's header, by its label key (a sentence naming 行政复议 is none). */
const T4_HEADER_WORD = /^(?:行政复议|行政诉讼|(?:未经复议)?直接起诉|复议后起诉|(?:结果)?(?:维持|纠正)|其[他它]结果|尚未审结|未审结|总计)$/;

/**
 * 表四's 序号 column pasted one cell a line (helper-219 #9): a row number alone on its line right before a header word
 * (`1` before `未经复议直接起诉`, `2` before `结果维持`), and the first of the value lines after the last header word when
 * they are `values` + 1 (the value row's number, then its cells), lose their token, when those numbers count up by one:
 * under a `序号` line at `head` (which goes too), one or more; without it (the line may stand above the table's lines as
 * read), all three, from 1. Pure; the same array when there are none.
 */
function dropT4RowNumberLines(lts: LineTokens[], head: number, values: number): LineTokens[] {
  const one = (lt: LineTokens) => !lt.prose && lt.tokens.length === 1;
  const number = (lt: LineTokens) => one(lt) && lt.tokens[0].kind === 'value' && isRowNumber(lt.tokens[0]);
  // (The header's words only: the sentence under the table is one cell a line too.)
  const words = (lt: LineTokens) => lt.tokens.some((t) => t.kind === 'text' && T4_HEADER_WORD.test(t.key));
  const named = ROW_NUMBER_HEADER.test(lts[head].tokens[0].key);
  const prose = lts.findIndex((lt, i) => i > head && (lt.prose || (lt.tokens.some((t) => t.kind === 'text') && !words(lt))));
  const cells = lts.map((lt, i) => i).filter((i) => (named ? i > head : i >= head) && (prose < 0 || i < prose) && lts[i].tokens.length > 0);
  const gone = new Set<number>(named ? [head] : []);
  const numbers: number[] = [];
  let lastWord = -1;
  cells.forEach((i, k) => {
    if (words(lts[i])) lastWord = k;
    else if (number(lts[i]) && k + 1 < cells.length && words(lts[cells[k + 1]])) numbers.push(i);
  });
  const rest = cells.slice(lastWord + 1).filter((i) => one(lts[i]));
  if (rest.length === values + 1 && number(lts[rest[0]])) numbers.push(rest[0]);
  // Numbers counting the rows up (1, 2, 3): under a `序号` line, one or more; without it, the header's two and the
  // value row's (no number stands between a 表四's header words otherwise).
  const counted = numbers.map((i) => Number(lts[i].tokens[0].raw.trim()));
  if (!numbers.length || counted.some((n, k) => n !== counted[0] + k) || (!named && (numbers.length < 3 || counted[0] !== 1))) return lts;
  for (const i of numbers) gone.add(i);
  return lts.map((lt, i) => (gone.has(i) ? { ...lt, tokens: [], values: 0 } : lt));
}

/** The header of a table's label column (`信息内容`, `项目`, 表三's note on its 勾稽关系), as a 序号 header may follow it. */
const LABEL_COLUMN_HEADER = /^\s*(?:信息内容|项目|指标|类别|名称|（本列数据|\(本列数据)/;

/**
 * A 序号 column in a table pasted one cell a line (helper-214 #1): the header's `序号` line, and before each row's label
 * the row's number, which read as one more value of the row above (every row "8 values", and a group's number taken for
 * its subtotal). A number line is the row's when the header names `序号` (编号, 行次) and the value lines since the
 * last label line are one more than a whole number of rows of `width` values (1 for a group row, `width` + 1 for a data
 * row); those lines, and the header's, lose their token. Needs one such number or more under a header, each greater
 * than the last (without the header's line among `lts`: four or more, from 0, 1 or 2).
 * Pure: `lts` is not changed; the same array when there is no such column.
 */
export function dropRowNumberLines(lts: LineTokens[], width: number): LineTokens[] {
  const one = (lt: LineTokens) => !lt.prose && lt.tokens.length === 1;
  const isHeader = (lt: LineTokens) => one(lt) && lt.tokens[0].kind === 'text' && ROW_NUMBER_HEADER.test(lt.tokens[0].key);
  // Each part under a 序号 header line, as wide as its header cells after the label's (表二's parts differ); without one
  // (the header's line may stand just above the table's lines as read), the whole with `width`.
  const headers = lts.map((lt, i) => (isHeader(lt) ? i : -1)).filter((i) => i >= 0);
  const parts = headers.length ? headers.map((h, k) => ({ header: h, end: headers[k + 1] ?? lts.length })) : [{ header: -1, end: lts.length }];
  const gone = new Set<number>();
  for (const { header, end } of parts) {
    let w = width;
    if (header < 0 && w < 1) continue;
    if (header >= 0) {
      let names = 0, k = header + 1;
      for (; k < end && !(one(lts[k]) && lts[k].tokens[0].kind !== 'text'); k++) if (lts[k].tokens.length || lts[k].prose) names++;
      w = names - 1;
      if (w < 1) continue;
    }
    // A 行次 / 序号 header after the label column's (`信息内容`, or 表三's note, on the line above): each row's number is
    // the first value line after its label (helper-219 #3).
    let above = header - 1;
    while (above >= 0 && !lts[above].tokens.length && !lts[above].prose) above--;
    const afterLabel = header >= 0 && above >= 0 && (lts[above].prose || one(lts[above])) && LABEL_COLUMN_HEADER.test(lts[above].tokens[0]?.raw ?? '');
    const drop = afterLabel ? rowNumberLinesAfter(lts, header + 1, end, w, one) : rowNumberLinesIn(lts, Math.max(0, header + 1), end, w, one);
    const numbers = drop.map((i) => Number(lts[i].tokens[0].raw.trim()));
    if (drop.length < (header >= 0 ? 1 : 4) || (header < 0 && numbers[0] > 2) || numbers.some((n, k) => k > 0 && n <= numbers[k - 1])) continue;
    if (header >= 0) gone.add(header);
    for (const i of drop) gone.add(i);
  }
  if (!gone.size) return lts;
  return lts.map((lt, i) => (gone.has(i) ? { ...lt, tokens: [], values: 0 } : lt));
}

/**
 * The lines of `lts[a, b)` that hold a row's number when the 序号 column follows the label's (see `dropRowNumberLines`):
 * the first value line after each label line, when the value lines up to the next label are `width` + 1 (a data row)
 * or 1 (a group row, its number alone).
 */
function rowNumberLinesAfter(lts: LineTokens[], a: number, b: number, width: number, one: (lt: LineTokens) => boolean): number[] {
  const drop: number[] = [];
  let values: number[] | null = null;
  const close = () => {
    if (values && (values.length === width + 1 || values.length === 1) && isRowNumber(lts[values[0]].tokens[0])) drop.push(values[0]);
  };
  for (let i = a; i < b; i++) {
    const lt = lts[i];
    if (!lt.tokens.length && !lt.prose) continue;
    if (!one(lt)) {
      close();
      values = null;
      continue;
    }
    if (lt.tokens[0].kind === 'text') {
      close();
      values = [];
    } else values?.push(i);
  }
  close();
  return drop;
}

/**
 * The lines of `lts[a, b)` that hold a row's number (see `dropRowNumberLines`): before each label line, the last of the
 * value lines since the label before when they are one more than a whole number of rows of `width` values.
 */
function rowNumberLinesIn(lts: LineTokens[], a: number, b: number, width: number, one: (lt: LineTokens) => boolean): number[] {
  const drop: number[] = [];
  let values: number[] = [];
  for (let i = a; i < b; i++) {
    const lt = lts[i];
    if (!lt.tokens.length && !lt.prose) continue;
    // (A line of prose, the corner cell's long note among them, or a row of several cells: no cell of a row here.)
    if (!one(lt)) {
      values = [];
      continue;
    }
    if (lt.tokens[0].kind !== 'text') {
      values.push(i);
      continue;
    }
    // A row's label has a cell after it (a caption between two parts of 表二 has none): only then is it a row's.
    let next = i + 1;
    while (next < b && !lts[next].tokens.length && !lts[next].prose) next++;
    const labelled = next < b && one(lts[next]) && lts[next].tokens[0].kind !== 'text';
    const last = values[values.length - 1];
    if (labelled && last !== undefined && (values.length - 1) % width === 0 && isRowNumber(lts[last].tokens[0])) drop.push(last);
    values = [];
  }
  return drop;
}
