import { commentSpans, lineInComment } from '../text/comments.js';
import type { Bilingual, Cell, Fix, Position, Range, RowModel, TableModel, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Rule, RuleFinding } from './rule.js';
import type { Template } from '../templates/index.js';
import { templateOf } from '../templates/index.js';
import { bi, documentIsNfkc, impliedT3Row, labelTabJoinedRows, t3Holds, t3Identities, t3Involves, t3Values, unreadable } from './util.js';
import { carryOverPairs } from './carry-over.js';
import { impliedHint, isUnfilledRow, valueColumnName } from './unfilled.js';
import { columnSumsFix } from './cell-blank.js';
import { labelKey } from '../text/normalize.js';
import { markInWrittenScript, simplifiedChars } from '../text/script.js';
import { ownCopy } from '../text/lines.js';
import { HTML_ROW_LINES, tabFieldAt, tokenizeLine } from '../parse/tokens.js';
import { ALIGNED_NUMBERS, isTable2HeaderLine, TABLE2_ROW_LABELS } from '../model/tables.js';
import { rowspanEdits } from '../fix/html-rowspan.js';
import { renderPipeTable } from '../fix/render.js';
import { htmlCellAround, htmlCellSpan, htmlSpan } from '../parse/html.js';
import { lineLead, unquoted } from '../suppress.js';
import { pipeCellCount, pipeCells, pipeRowsUnopened, splitPipes } from '../text/blocks.js';
import { labelRewrite } from './label-rewrite.js';

/** The last line of a row as read (its last cell, or its label). */
function lastLine(r: RowModel): number | null {
  const lines = [...r.cells.filter(Boolean).map((c) => c!.range.end.line), r.match.range?.end.line ?? -1].filter((l) => l >= 0);
  return lines.length ? Math.max(...lines) : null;
}

/**
 * In a 表三 pasted one cell a line (`cell-per-line`, `none`), the numbers of a row whose label line was lost (brk148
 * #2): exactly `width` numbers, each alone on a line of its own, right after the row before's own last value and
 * before the next row read (`next`), read as more numbers of the data row `before` (all of them, or the first few when
 * the table's end was found among them: the last row's label lost); or, the lost label being a group's first row's,
 * read as the subtotals of that group's label `before`, when they are exactly the numbers the column totals give the
 * row (`implied`; a real subtotal is its rows' sum). Their first and last lines (0-based), and how they were read;
 * null otherwise.
 */
function orphanValues(report: Report, t: TableModel, before: RowModel | null, width: number, next: RowModel | undefined, implied: number[] | null): { from: number; to: number; read: 'extra' | 'subtotal' } | null {
  if ((t.layout !== 'cell-per-line' && t.layout !== 'none') || !before || !width) return null;
  const extra = before.extraCells ?? [];
  let last: number;
  let read: 'extra' | 'subtotal';
  if (!before.cells.length) {
    const sub = before.subtotals;
    if (extra.length || !sub || sub.length !== width || !implied || sub.some((c, i) => !c || c.value !== implied[i])) return null;
    // (Right under the group's label line, blank lines aside.)
    last = sub[0]!.range.start.line - 1;
    while (last > 0 && report.lines.line(last).trim() === '') last--;
    if (!labelKey(report.lines.line(last)).includes(labelKey(before.label))) return null;
    read = 'subtotal';
  } else {
    if (!extra.length || extra.length > width || before.cellCount !== before.cells.length + extra.length || extra.some((c) => c.value === null)) return null;
    const own = before.cells.map((c) => c?.range.start.line ?? -1);
    if (own.some((l) => l < 0)) return null;
    last = Math.max(...own);
    read = 'extra';
  }
  // The number lines after it: `width` of them, then no more.
  const cell = t.layout === 'cell-per-line' ? /^[0-9０-９]+\s*[|｜]+$/ : /^[0-9０-９]+$/;
  const lines: number[] = [];
  let k = last + 1;
  for (; k < report.lines.lineCount && lines.length <= width; k++) {
    const x = report.lines.line(k).trim();
    // (Blank lines, and before the first number the line of pipes alone that closes the row before: `||`.)
    if (x === '' || (!lines.length && /^[|｜]+$/.test(x))) continue;
    if (!cell.test(x)) break;
    lines.push(k);
  }
  if (lines.length !== width) return null;
  // (The numbers read as the row's extras, or as the group's subtotals, are these.)
  const taken = read === 'extra' ? extra.map((c) => c.range.start.line) : before.subtotals!.map((c) => c!.range.start.line);
  if (taken.some((l, i) => l !== lines[i])) return null;
  const end = next?.match.range?.start.line;
  if (end !== undefined && end <= lines[lines.length - 1]) return null;
  return { from: lines[0], to: lines[lines.length - 1], read };
}

/**
 * In a 表三 pipe table, a line of numbers with no label that no row read (`| 4 | 0 | 0 | 0 | 0 | 0 | 4 |`: a PDF's
 * scattered layout, a row's label lost or its line moved away from it) whose numbers are `values`, the ones the
 * column totals give a missing row (brk148 #7): they are likely that row's, and a row inserted (and filled from the
 * totals) would have the figures twice. Its line (0-based), or -1.
 */
function unreadT3ValueLine(report: Report, t: TableModel, values: number[]): number {
  if (t.id !== 't3' || t.layout !== 'pipe') return -1;
  const read = new Set<number>();
  for (const x of t.rows) {
    if (x.match.range) read.add(x.match.range.start.line);
    for (const c of [...x.cells, ...(x.extraCells ?? []), ...(x.subtotals ?? [])]) if (c) read.add(c.range.start.line);
  }
  const end = Math.min(t.range.end.line, report.lines.lineCount - 1);
  for (let l = t.range.start.line; l <= end; l++) {
    if (read.has(l)) continue;
    const text = unquoted(report.lines.line(l)).trim();
    if (!text.startsWith('|') && !text.startsWith('｜')) continue;
    const cells = pipeCells(text, { fullWidth: true }).map((c) => c.trim().normalize('NFKC'));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    while (cells.length && cells[0] === '') cells.shift();
    if (cells.length !== values.length || !cells.every((c) => /^\d+$/.test(c))) continue;
    if (cells.every((c, i) => Number(c) === values[i])) return l;
  }
  return -1;
}

/**
 * A template row rendered in the table's own layout, with 0 in every value cell (or `values`, null a blank cell),
 * its lines joined by the document's line break. A table pasted one cell a line without pipes (`layout` `none`) gets
 * its label line alone, whatever `values` say: a row with no numbers, as a blank cell cannot be written there.
 * `near`: the id of the template row it stands for or beside, whose neighbours' layout a tab-separated row follows.
 */
export function renderRowLike(report: Report, t: TableModel, label: string, width: number, values?: (number | null)[], near?: string): string {
  const eol = report.lines.dominantEol();
  const text = documentIsNfkc(report) ? label.normalize('NFKC') : label;
  // Values the table's sums decide, else 0; a null value is written as a blank cell for the author to fill.
  const zeros = new Array<string>(width).fill('0').map((z, i) => (values ? (values[i] === null ? ' ' : String(values[i])) : z));
  if (t.layout === 'html') {
    // The markup of a row beside it (`<tr style="height:20.0pt">`, each `<td style="border:…">` with Word's `<p>` and
    // `<span>` around its text, over several lines), its label and numbers written in: the new row has the borders and
    // font of its neighbours (brk145 #6).
    const like = near ? htmlRowClone(report, t, near, escapeHtml(text.trim()), zeros.map((z) => escapeHtml(z.trim()))) : null;
    if (like !== null) return like;
    // The label cell spans the label columns as its level's rows do (`<td colspan="2">（一）予以公开</td>` beside
    // `三、本年度办理结果`'s merged cell, `colspan="3"` for 一、…): without it the numbers would stand a column left.
    const span = near ? htmlLabelColspan(report, t, near) : 1;
    // Label columns written as cells of their own (`<td></td><td>（四）无法提供</td><td>1.本机关…</td>`): the same cells
    // around the label as the rows of its level, so that its numbers stay under their columns.
    const around = near ? htmlLabelCellsOf(report, t, near) : null;
    const lead = (around?.before ?? []).map((c) => `<td>${c}</td>`).join('');
    const trail = '<td></td>'.repeat(around?.after ?? 0);
    return `<tr>${lead}<td${span > 1 ? ` colspan="${span}"` : ''}>${escapeHtml(text.trim())}</td>${trail}${zeros.map((c) => `<td>${escapeHtml(c.trim())}</td>`).join('')}</tr>`;
  }
  // (A blank cell is ` |`, as the layout writes it: the fill that writes its number then writes `0 |` as the other
  // lines have it, not ` 0 |`, brk145 #8.)
  if (t.layout === 'cell-per-line') return [text, ...zeros.map((z) => z.trim())].map((c) => `${c} |`).join(eol);
  // One cell a line without pipes (a browser copy): an empty line is no cell (the reader passes over it), so a blank
  // cell cannot be written. The label alone reads back as the row with no numbers (row-missing asks for them; the
  // author writes them one a line under it). (No caller writes numbers into such a table.)
  if (t.layout === 'none') return text;
  if (t.layout === 'space-aligned') return [text, ...zeros].join('    ');
  if (t.layout === 'tab-separated') return tabRowLike(report, t, text, zeros.map((z) => z.trim()), near);
  const style = pipeRowStyle(report, t);
  // A table with several label columns (Word's merged label cells pasted as empty cells): the label in the column of
  // the rows of its level, with the empty label cells before and after it, so that its numbers stay under their columns.
  const fields = near ? labelFieldsOf(report, t, near) : null;
  const blank = style.spaced ? ' ' : '';
  const cells = [...new Array<string>(fields?.before ?? 0).fill(blank), text, ...new Array<string>(fields?.after ?? 0).fill(blank), ...zeros.map((z) => (style.spaced ? z : z.trim()))];
  const gap = style.spaced ? ' | ' : '|';
  // A blank last cell needs the closing pipe to be a cell at all.
  const trailing = style.trailing || cells[cells.length - 1].trim() === '';
  // In a blockquote (`> | … |`) or a list item the row keeps the table's markers and indentation: a line without the
  // `>` ends the quote and the table with it (helper-208 #1).
  return style.lead + (style.leading ? (style.spaced ? '| ' : '|') : '') + cells.join(gap) + (trailing ? (style.spaced ? ' |' : '|') : '');
}

/**
 * The value cells of template row `r` of table `t` as row-missing's fix writes them: one blank (null) per value
 * column, in the order of the table's header when it was read by its header's columns (a column the template lacks
 * blank too). A 表三 group label row (no value cells in the model) gets as many as the table's data rows, as the
 * template prints it (`| 三、本年度办理结果 |  |  | … |`). For `renderRowLike`'s `values`.
 */
export function blankCellsOf(t: TableModel, r: RowModel): null[] {
  // A table read by its header's columns gets the row in the header's order, a column the template lacks blank.
  if (t.header) return t.header.order.map(() => null);
  return new Array<null>(r.cells.length || (t.rows.find((x) => x.cells.length)?.cells.length ?? 0)).fill(null);
}

/**
 * A row of tab-separated table `t` (a Word or Excel paste) written as the table's rows are: `label` and `values`
 * (`''` a blank cell, an empty field) separated by tabs, each in the field where a row of the table with as many
 * cells, all on its label's line, has its label and cells, so the row has as many fields as that row (tabs doubled
 * to align the text, a group label's empty field before the label, a trailing tab: kept). The row taken is the
 * nearest such row to template row `near` in the template's order (its neighbours: `1.信访举报投诉类申请` in the
 * third field under a group column, not `一、本年新收…` in the first), else the first. Without such a row, one tab
 * between each two.
 */
function tabRowLike(report: Report, t: TableModel, label: string, values: string[], near?: string): string {
  const { lines } = report;
  const order = rowsNearest(t, near);
  for (const r of order) {
    const cells = r.cells.filter((c): c is Cell => c !== null);
    if (r.match.kind === 'absent' || !r.match.range || r.cells.length !== values.length || cells.length !== values.length) continue;
    const line = r.match.range.start.line;
    const text = lines.line(line);
    if (!text.includes('\t') || cells.some((c) => c.range.start.line !== line || c.range.end.line !== line)) continue;
    const at = cells.map((c) => tabFieldAt(text, c.range.start.character)).sort((a, b) => a - b);
    const labelField = tabFieldAt(text, r.match.range.start.character);
    if (at.some((f, k) => f <= labelField || (k > 0 && f === at[k - 1]))) continue;
    const out = text.split('\t').map(() => '');
    out[labelField] = label;
    at.forEach((f, k) => (out[f] = values[k]));
    return out.join('\t');
  }
  return [label, ...values].join('\t');
}

/**
 * The rows of table `t` nearest first to template row `near` in the template's order (the row itself, then its
 * neighbours one, two, … rows away, the earlier first), or in table order when `near` is not given or not a row of it.
 */
function rowsNearest(t: TableModel, near?: string): RowModel[] {
  const k = near ? t.rows.findIndex((r) => r.id === near) : -1;
  return k < 0 ? t.rows : t.rows.map((r, i) => ({ r, d: Math.abs(i - k) })).sort((a, b) => a.d - b.d).map((x) => x.r);
}

/** The template row ids of table `t` by the `labelKey` of their labels (`（五）不予处理` → `R3.5`). */
function labelIdsOf(t: TableModel): Map<string, string> {
  return new Map(t.rows.map((x) => [labelKey(x.label), x.id]));
}

/**
 * The `colspan` of the label cell of the rows of template row `near`'s level in HTML table `t`: that of the nearest row
 * of the level (in template order) whose label is in a cell of its own tag on one line; 1 without one or without a
 * `colspan`.
 */
function htmlLabelColspan(report: Report, t: TableModel, near: string): number {
  const level = rowLevel(near);
  const order = rowsNearest(t, near);
  for (const r of order) {
    if (r.id === near || rowLevel(r.id) !== level || r.match.kind === 'absent' || !r.match.range || !r.cells.length) continue;
    const span = htmlCellSpan(report.lines.line(r.match.range.start.line), r.match.range.start.character, 'colspan');
    if (span !== null) return span;
  }
  return 1;
}

/** The level of template row `id` in its table: 1 for `R1`/`R3`, 2 for `R3.1`, 3 for `R3.3.1`; 1 for 表二 rows. */
function rowLevel(id: string): number {
  return /^R/.test(id) ? id.split('.').length : 1;
}

/**
 * Where a row of template row `near`'s level puts its label in pipe table `t` with several label columns (templates.md
 * §3.3: 表三's labels span three grid columns; Word pastes the merged cells as empty ones, `| | | 1.属于国家秘密 | 1 |…`):
 * `before`, the number of cells before the label, and `after`, the empty cells between it and the first value. Read
 * from the nearest row (in template order) of the same level whose label and cells are on one pipe line; without one,
 * from any such row's number of label columns, the label at its level's column. Null when the rows have one label
 * column (or none can be read), as in the authoring format.
 */
function labelFieldsOf(report: Report, t: TableModel, near: string): { before: number; after: number } | null {
  if (t.layout !== 'pipe') return null;
  const level = rowLevel(near);
  const order = rowsNearest(t, near);
  let any: { before: number; after: number } | null = null, groupFirst: { before: number; after: number } | null = null;
  for (const r of order) {
    const first = r.cells.find((c): c is Cell => c !== null);
    if (r.match.kind === 'absent' || !r.match.range || !first) continue;
    const line = r.match.range.start.line;
    if (first.range.start.line !== line || r.cells.some((c) => c && c.range.start.line !== line)) continue;
    const text = report.lines.line(line);
    // The pipes before a character, the leading pipe not counted: that character's cell, 0-based. (A blockquote's
    // `>` markers before it are no cell.)
    const lead = /^\s*\|/.test(unquoted(text)) ? 1 : 0;
    const fieldAt = (ch: number) => (text.slice(0, ch).match(/\|/g)?.length ?? 0) - lead;
    const label = fieldAt(r.match.range.start.character);
    // The row's leftmost value (its cells are in the template's column order, not the table's).
    const value = Math.min(...r.cells.filter((c): c is Cell => c !== null).map((c) => fieldAt(c.range.start.character)));
    if (label < 0 || value <= label) continue;
    const found = { before: label, after: value - label - 1 };
    if (rowLevel(r.id) === level) {
      // A group's first row that carries the group's label cell before its own (`（四）无法提供 | 1.本机关… | 0 |`, the
      // merged cell as a web page's rows paste it) is no model for a row under it when the group's other rows have
      // no such cell (`3.补正后… | 0 |`): the row inserted is written as those are (brk145 #4), with an empty cell
      // before its label only where they have one (`|  | 2.没有… |` in a rectangular pipe table).
      const cells = splitPipes(text.slice(0, r.match.range.start.character)).slice(lead);
      if (label > 0 && cells.some((c) => unquoted(c).trim() !== '')) {
        groupFirst ??= found;
        continue;
      }
      return found.before + found.after > 0 ? found : null;
    }
    any ??= found;
  }
  if (groupFirst) return groupFirst.before + groupFirst.after > 0 ? groupFirst : null;
  if (!any) return null;
  const columns = any.before + 1 + any.after;
  if (columns < 2) return null;
  const before = Math.min(level - 1, columns - 1);
  return { before, after: columns - 1 - before };
}

/**
 * How the pipe rows of table `t` are written, from its first row with a value: with or without the outer pipes
 * (`a | 1 | 2`, as pasted from Word or a web page), with spaces around the pipes or compact (`|a|1|`), and what
 * stands before the row (`lead`: blockquote markers `> ` and indentation). A table whose rows cannot be seen is
 * written `| a | 1 |`.
 */
function pipeRowStyle(report: Report, t: TableModel): { leading: boolean; trailing: boolean; spaced: boolean; lead: string } {
  const { lines } = report;
  const end = Math.min(t.range.end.line, lines.lineCount - 1);
  for (let i = t.range.start.line; i <= end; i++) {
    const written = lines.line(i);
    // (Read without the blockquote markers, which `lead` gives back with the row's indentation.)
    const line = unquoted(written);
    const first = line.indexOf('|');
    if (first < 0 || line.indexOf('|', first + 1) < 0 && !/^\s*\|/.test(line) && !/\|\s*$/.test(line)) continue;
    if (!/\|[^|]*\d/.test(line) && !/\d[^|]*\|/.test(line)) continue;
    const trimmed = line.trim();
    return { leading: trimmed.startsWith('|'), trailing: trimmed.endsWith('|'), spaced: /\s\||\|\s/.test(trimmed), lead: lineLead(written) };
  }
  return { leading: true, trailing: true, spaced: true, lead: '' };
}

/**
 * The merged group cell at `character` of HTML line `line` (`<td rowspan="7">（三）不予公开</td>`) as a row inserted
 * before it takes it over: `cell`, its markup with its `rowspan` spanning the group's `groupRows` rows (the new one
 * included; never lowered); `remove`, the edit that takes it out of its
 * line; `rowStart`, where its row's `<tr>` starts (the new row goes there). Null when the cell or the row's start is not
 * on that line, or the cell has no `rowspan`.
 */
function movedGroupCell(report: Report, line: number, character: number, groupRows: number): { cell: string; remove: TextEdit; rowStart: Position } | null {
  const text = report.lines.line(line);
  const around = htmlCellAround(text, character);
  const tr = around ? text.lastIndexOf('<tr', around.open) : -1;
  if (!around || tr < 0) return null;
  const cell = text.slice(around.open, around.end);
  const span = /(\browspan\s*=\s*["']?)(\d+)/i.exec(cell);
  if (!span) return null;
  return {
    // The group's rows with the new one (`groupRows`), or the span as written when the author set it wider: a span left
    // stale when the row was deleted (8 over 7 rows) is not raised past the group (helper-205 #9).
    cell: cell.replace(span[0], span[1] + String(Math.max(Number(span[2]), groupRows))),
    remove: { range: report.lines.range(line, around.open, around.end), newText: '' },
    rowStart: { line, character: tr },
  };
}

/**
 * The label cell of template group `group` (one with rows under it, absent from HTML table `t`) written as the table
 * writes the other groups of its level: a merged cell on the group's first row (`<td rowspan="8">（三）不予公开</td>`,
 * templates.md §4.3), its attributes copied, its text `group`'s label and its `rowspan` 1 (the new row alone: the rows
 * inserted after it under the group raise it). Null when no other group of the level is written as such a cell on one
 * line (the table writes its group labels as rows of their own, `<td colspan="2">（三）不予公开</td><td></td>…`).
 */
function htmlGroupCellLike(report: Report, t: TableModel, group: RowModel): string | null {
  const level = rowLevel(group.id);
  for (const g of rowsNearest(t, group.id)) {
    if (g.id === group.id || rowLevel(g.id) !== level) continue;
    // The group's first row read, its label cell on one line.
    const first = t.rows.find((x) => x.id.startsWith(`${g.id}.`) && x.match.kind !== 'absent' && x.match.range);
    if (!first?.match.range) continue;
    const text = report.lines.line(first.match.range.start.line);
    const own = htmlCellAround(text, first.match.range.start.character);
    if (!own) continue;
    // The cell right before it on its line: the group's merged label cell.
    let open = -1;
    for (const m of text.slice(0, own.open).matchAll(/<t[dh][\s>]/gi)) open = m.index;
    if (open < 0) continue;
    const cell = text.slice(open, own.open).trimEnd();
    if (!/<\/t[dh]\s*>$/i.test(cell) || htmlSpan(cell.slice(0, cell.indexOf('>') + 1), 'rowspan') < 2) continue;
    if (!labelKey(cell.replace(/<[^>]*>/g, '')).includes(labelKey(g.label).replace(/^[（(]?[一二三四五六七八九十]+[）)、.]?/, ''))) continue;
    const label = escapeHtml(documentIsNfkc(report) ? group.label.normalize('NFKC') : group.label);
    // Its text (the first run between tags; further runs of it, as Word splits a label over spans, emptied).
    let written = false;
    const body = cell.replace(/>([^<]*)</g, (m, run: string) => {
      if (!run.trim() || /^(?:&nbsp;|&#160;|\s)*$/.test(run)) return m;
      if (written) return '><';
      written = true;
      return `>${label}<`;
    });
    if (!written) continue;
    return body.replace(/(\browspan\s*=\s*["']?)\d+/i, '$11');
  }
  return null;
}

/**
 * The label cells around the label in the HTML rows of template row `near`'s level (表三's label columns written as
 * cells of their own: `<td></td><td>（四）无法提供</td><td>1.本机关…</td><td>5</td>…`): `before`, the inner HTML of the
 * cells before the label cell (kept when that row is in `near`'s own group, emptied otherwise; a merged group cell,
 * `rowspan` > 1, is its group's first row's and not repeated), and `after`, the cells between it and the first value.
 * Read from the nearest such row (in template order) with its label and its first value on one line; null without one.
 */
function htmlLabelCellsOf(report: Report, t: TableModel, near: string): { before: string[]; after: number } | null {
  const level = rowLevel(near);
  const parent = (id: string) => id.split('.').slice(0, -1).join('.');
  let found: { before: string[]; after: number; own: boolean } | null = null;
  for (const r of rowsNearest(t, near)) {
    if (r.id === near || rowLevel(r.id) !== level || r.match.kind === 'absent' || !r.match.range) continue;
    const line = r.match.range.start.line;
    // The row's leftmost value cell on its line (a header may order the columns otherwise than the template).
    const first = r.cells.filter((c) => c && c.raw !== '' && c.range.start.line === line).sort((a, b) => a!.range.start.character - b!.range.start.character)[0];
    if (!first) continue;
    const text = report.lines.line(line);
    const cells = [...text.matchAll(/<t[dh](\s[^>]*)?>([\s\S]*?)<\/t[dh]\s*>/gi)];
    const label = cells.findIndex((m) => m.index! <= r.match.range!.start.character && r.match.range!.start.character < m.index! + m[0].length);
    const value = cells.findIndex((m) => m.index! <= first.range.start.character && first.range.start.character < m.index! + m[0].length);
    if (label < 0 || value <= label) continue;
    const own = parent(r.id) === parent(near);
    const before = cells.slice(0, label).filter((m) => htmlSpan(m[1] ?? '', 'rowspan') < 2).map((m) => (own ? m[2] : ''));
    if (!found) found = { before, after: value - label - 1, own };
    // A group's text written in its first row only (`<td>（五）不予处理</td>` there, `<td></td>` in the rows below) is
    // not repeated in the row inserted: kept only where every other such row writes it too (helper-206 #8).
    else if (own && found.own && before.length === found.before.length) found.before = found.before.map((x, k) => (x === before[k] ? x : ''));
  }
  return found && { before: found.before, after: found.after };
}

/**
 * Row `near`'s template row written as the nearest HTML row of its level is (in template order): that row's markup
 * from its `<tr …>` to its `</tr>`, every line of it, with `label` over its label's text and `values[i]` (HTML text;
 * empty for a blank cell) over its value in template column i, its attributes and wrappers kept. Lines joined by the
 * document's line break. Null when no such row can be copied whole: its label and every value read, each within one
 * line of the row, and no cell before its label (a merged group cell, label columns of their own: the plain row, with
 * its own rules for those, is written instead).
 */
function htmlRowClone(report: Report, t: TableModel, near: string, label: string, values: string[]): string | null {
  const level = rowLevel(near);
  for (const r of rowsNearest(t, near)) {
    if (r.id === near || rowLevel(r.id) !== level || r.match.kind === 'absent' || !r.match.range || r.match.parts || r.match.continuation) continue;
    if (r.cells.length !== values.length || r.cells.some((c) => !c || c.raw === '' || c.range.start.line !== c.range.end.line)) continue;
    const lab = r.match.range;
    if (lab.start.line !== lab.end.line) continue;
    const start = htmlRowBoundary(report, lab.start.line, true);
    const end = htmlRowBoundary(report, lab.start.line, false);
    if (!start || !end) continue;
    // (The row's `</tr>`: its end, the tag included, on the line that closes it.)
    const closeLine = report.lines.line(end.line);
    const close = closeLine.search(/<\/tr\s*>/i);
    const closeEnd = close + /<\/tr\s*>/i.exec(closeLine.slice(close))![0].length;
    const inside = (p: Position) => (p.line > start.line || (p.line === start.line && p.character > start.character)) && (p.line < end.line || (p.line === end.line && p.character < close));
    if (!inside(lab.start) || r.cells.some((c) => !inside(c!.range.start))) continue;
    // No cell opens between the `<tr>` and the label's own cell.
    const head = report.lines.slice({ start, end: lab.start });
    if ((head.match(/<t[dh][\s>]/gi) ?? []).length !== 1) continue;
    // Over its lines, the label and the values written in, right to left.
    const lines: string[] = [];
    for (let l = start.line; l <= end.line; l++) {
      const text = report.lines.line(l);
      lines.push(text.slice(l === start.line ? start.character : 0, l === end.line ? closeEnd : text.length));
    }
    // A blank cell whose text stands on a line of its own below its `<td>` (Word's `<p><span>25</span></p>`) is written
    // as Word writes an empty cell, `&nbsp;` in its wrappers: the value a later fix fills in goes in their place, inside
    // them; one whose `<td>` is on its line is left empty (`<td></td>`).
    const opensOnLine = (c: Cell) => /<t[dh][\s>](?![\s\S]*<\/t[dh]\s*>)/i.test(report.lines.line(c.range.start.line).slice(0, c.range.start.character));
    // (Its cells are the label's and the values' only: no note or other cell whose text would be copied.)
    if (lines.join('\n').match(/<t[dh][\s>]/gi)?.length !== 1 + values.length) continue;
    const put: { at: Range; text: string }[] = [{ at: lab, text: label }, ...r.cells.map((c, i) => ({ at: c!.range, text: values[i] || (opensOnLine(c!) ? '' : '&nbsp;') }))];
    put.sort((a, b) => b.at.start.line - a.at.start.line || b.at.start.character - a.at.start.character);
    for (const { at, text } of put) {
      const k = at.start.line - start.line, shift = at.start.line === start.line ? start.character : 0;
      const s = lines[k];
      lines[k] = s.slice(0, at.start.character - shift) + text + s.slice(at.end.character - shift);
    }
    return lines.join(report.lines.dominantEol());
  }
  return null;
}

/** `s` as HTML text (a label such as `3.危及“三安全一稳定”` has no markup, but `&` and `<` must not become it). */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Where a row is inserted into an HTML table: after the line that closes the row ending at `line` (`</tr>`), or,
 * with `before`, at the start of the line that opens the row starting at `line` (`<tr>`). Null when the tag is not
 * found near the row.
 */
function htmlRowBoundary(report: Report, line: number, before: boolean): Position | null {
  const n = report.lines.lineCount;
  for (let k = 0; k < HTML_ROW_LINES; k++) {
    const i = before ? line - k : line + k;
    if (i < 0 || i >= n) return null;
    const text = report.lines.line(i);
    if (before ? /<tr[\s>]/i.test(text) : /<\/tr\s*>/i.test(text)) return before ? { line: i, character: text.search(/<tr[\s>]/i) } : { line: i, character: text.length };
  }
  return null;
}

/**
 * The lines (0-based, in order) of table `t` (its first line to its last, both halves of a split table) whose text
 * holds label key `key` (`labelKey`: a label cell, or a label in a cell with another), read by its simplified form
 * (a label in traditional characters, `行政事業性收費`, holds the key of 行政事业性收费).
 */
function tableLinesWith(report: Report, t: TableModel, key: string): number[] {
  const out: number[] = [];
  const spans = [t.range, ...(t.split ? [t.split.second] : [])];
  // (A line commented out is no line of the table: a browser shows none of it.)
  const comments = commentSpans(report.lines);
  const shown = (l: number) => !lineInComment(report.lines, comments, l);
  for (const span of spans) {
    let l = span.start.line;
    for (; l <= span.end.line && l < report.lines.lineCount; l++) {
      if (simplifiedChars(labelKey(report.lines.line(l))).includes(key) && shown(l)) out.push(l);
    }
    // The pipe rows right after the rows read (a last row whose cell is no number, `| 行政事业性收费 | 见附件 |`,
    // ends the table as read): rows of the same table.
    for (; l < report.lines.lineCount && PIPE_ROW.test(unquoted(report.lines.line(l))); l++) {
      if (simplifiedChars(labelKey(report.lines.line(l))).includes(key) && shown(l)) out.push(l);
    }
  }
  return out;
}

/** A pipe row (`| a | b |`, `a | b`): a pipe with text on a side. */
const PIPE_ROW = /^\s*\|.*\||\S\s*\|\s*\S/;

/**
 * The other format's 表二 column labels heading the block that 0-based line `line` stands in, in a report of
 * `template`'s format (`本年处理决定数量` over 第二十条第（五）项's rows in a 2019-format report): the column labels of
 * either format between it and the item heading (第二十条…) nearest above it in 表二, when they are all the other
 * format's. Null when the block's header is the report's format, or has none of these labels.
 */
export function t2OtherFormatHeader(report: Report, template: Template, line: number): { labels: string[]; other: '2019' | '2021' } | null {
  if (template.id !== '2019' && template.id !== '2021') return null;
  const other = template.id === '2019' ? '2021' : '2019';
  const span = report.extras.spans.t2;
  if (!span) return null;
  const columns = (id: '2019' | '2021') => new Set(templateOf(id).tables.t2?.blocks.flatMap((b) => b.columns.map((c) => c.label)) ?? []);
  const own = columns(template.id), theirs = columns(other);
  // The block's heading: the item heading (第二十条…) nearest above the line, in 表二.
  let heading = line;
  while (heading >= span.start && !/第二十条/.test(report.lines.line(heading))) heading--;
  if (heading < span.start) return null;
  const header = report.extras.signatures.filter((s) => s.line > heading && s.line <= line && (own.has(s.text) || theirs.has(s.text)));
  if (!header.length || header.some((s) => !theirs.has(s.text))) return null;
  return { labels: [...new Set(header.map((s) => s.text))], other };
}

/**
 * The number of cells of the table a pipe row inserted at `at` (after line `at.line` when `at` is that line's end,
 * else before it) joins: that of the pipe line it is inserted after (a header, delimiter row or row), else of the one
 * it is inserted before; a line of one cell (an item's heading `| 第二十条第（五）项 |`, a label alone) or no pipe
 * line says nothing. Null when neither says.
 */
function pipeWidthAround(report: Report, at: Position): number | null {
  const widthOf = (l: number): number | null => {
    if (l < 0 || l >= report.lines.lineCount) return null;
    const text = unquoted(report.lines.line(l));
    if (!PIPE_ROW.test(text) && !PIPE_DELIMITER.test(text)) return null;
    // (A full-width bar `｜` typed among the pipes separates cells too, as the model reads the table.)
    const n = pipeCellCount(text, { fullWidth: true });
    return n > 1 ? n : null;
  };
  const near = at.character > 0 ? (widthOf(at.line) !== null ? at.line : at.line + 1) : (widthOf(at.line) !== null ? at.line : at.line - 1);
  const width = widthOf(near);
  if (width === null) return null;
  // The table's own width is its delimiter row's (`| --- | --- |`), not that of a row beside the place that is short
  // or long (`| 规章 | 0 | 0 |` being typed under a four-column header, brk143 #4: cell-count's).
  for (const step of [-1, 1]) {
    for (let l = near; widthOf(l) !== null; l += step) {
      if (PIPE_DELIMITER.test(unquoted(report.lines.line(l)))) return widthOf(l);
    }
  }
  return width;
}

/**
 * The text cells after the label cell of pipe row `text` whose label is `label` (`见附件` in `| 行政事业性收费 | 见附件 |`),
 * trimmed, the empty ones left out: what stands where the row's numbers go.
 */
function wordsInCells(text: string, label: string): string[] {
  // (A `\|` is text of its cell: brk161 #2.)
  const cells = splitPipes(unquoted(text)).map((c) => c.trim());
  const at = cells.findIndex((c) => c && simplifiedChars(labelKey(c)).includes(labelKey(label)));
  return at < 0 ? [] : cells.slice(at + 1).filter((c) => c !== '');
}

/**
 * A template row is absent from 表二/三 (rows are found by label or, where a layout scattered them, by order), or is
 * there with every value cell blank (see `isUnfilledRow`). A row under another group (not read as itself) or a 表二
 * row under another item's heading is reported here; rows read as themselves in another order are row-order's.
 */
/** The message of a template row that is there without a number (`hint`: the numbers the column sums give, or empty). */
function blankRowMessage(table: string, label: string, hint: { zh: string; en: string }) {
  return bi(`${table}“${label}”行没有数字（整行空白），请对照原表填写${hint.zh}。空白不等于 0，没有发生的请填 0。`, `${table} row “${label}” has no numbers (the whole row is blank): fill it in from the original table${hint.en}. Blank is not 0; write 0 where nothing happened.`);
}

/**
 * The number of rows of table `t` the report's `template` gives numbers to: 表三's data rows (25 in the 2021 format,
 * 23 in 2019; not the group labels, `（三）不予公开`), 表二's rows of every item (6 in 2021, 8 in 2019).
 */
function templateDataRows(template: Template, t: TableModel): number {
  if (t.id === 't3') return template.tables.t3?.rows.filter((r) => r.data).length ?? 0;
  return template.tables.t2?.blocks.reduce((n, b) => n + b.rows.length, 0) ?? 0;
}

/**
 * The one finding of table `t` being filled in, for its wholly blank rows `rows` (more than half the rows its format
 * gives numbers to; see `templateDataRows`): at the table's first line, as table-empty's was before the first number
 * was typed; the rows counted and the first three named; every row a related location (the editor's and SARIF's
 * pointers to each). No fix: the per-row findings it stands for had none. `data.rows`: the rows' ids.
 */
function blankRowsFinding(report: Report, template: Template, t: TableModel, rows: RowModel[]): RuleFinding {
  const shown = rows.slice(0, 3).map((r) => `“${r.label}”`);
  const more = rows.length - shown.length;
  const of = templateDataRows(template, t);
  const line = t.range.start.line;
  return {
    message: bi(
      `${t.name}格式规定填数的 ${of} 行中有 ${rows.length} 行没有数字（整行空白）：${shown.join('、')}${more ? `等 ${rows.length} 行` : ''}，表格看来还在填写中。请对照原表逐行填写。空白不等于 0，没有发生的请填 0。`,
      `${rows.length} of the ${of} rows of ${t.name} the format gives numbers to have none (wholly blank): ${shown.join(', ')}${more ? ` and ${more} more` : ''}; the table looks still being filled in. Fill them in from the original table. Blank is not 0; write 0 where nothing happened.`),
    range: { start: { line, character: 0 }, end: { line, character: report.lines.line(line).length } },
    related: rows.map((r) => ({ range: r.match.range ?? r.cells[0]!.range, message: bi(`“${r.label}”行没有数字（整行空白）`, `Row “${r.label}” has no numbers (wholly blank)`) })),
    data: { table: t.id, row: rows[0].id, rows: rows.map((r) => r.id) },
  };
}

/**
 * The message of a 表三 row that is there without a number when the fix writes what the column sums give (`values`).
 */
function filledRowMessage(t: TableModel, label: string, values: number[], lastYear: { zh: string; en: string } | null = null) {
  const list = values.map((v, i) => `${valueColumnName(t, i)} ${v}`);
  // (A 上年结转 row whose sums agree with last year's 结转下年度继续办理, `lastYear` saying it: two sources for one figure.)
  if (lastYear) {
    return bi(
      `${t.name}“${label}”行没有数字（整行空白）。按各列合计，这一行应为 ${list.join('、')}，与${lastYear.zh}相符，修复按此填入；请对照原表确认。空白不等于 0。`,
      `${t.name} row “${label}” has no numbers (the whole row is blank). By the column totals it is ${list.join(', ')}, as ${lastYear.en}, which the fix writes: confirm it against the original table. Blank is not 0.`);
  }
  return bi(
    `${t.name}“${label}”行没有数字（整行空白）。按各列合计，这一行应为 ${list.join('、')}，修复按此填入；仅当表中其他数都无误时才对，请对照原表确认。空白不等于 0。`,
    `${t.name} row “${label}” has no numbers (the whole row is blank). By the column totals it is ${list.join(', ')}, which the fix writes; that is right only if every other number of the table is: confirm it against the original table. Blank is not 0.`);
}

/**
 * Last year's 结转下年度继续办理 for this year's blank 表三 上年结转 row (X-1, templates.md §5.3: 上年结转 of year y is
 * 结转下年度继续办理 of year y−1, column by column), when last year's report is known and its row has a number:
 * `values` per value column (null where last year's cell is blank or unreadable), its year, and the related location
 * of last year's row. Null for any other row, or without last year's report (carry-over's conditions).
 */
interface LastYearCarry {
  values: (number | null)[];
  year: number | null;
  related: NonNullable<RuleFinding['related']>;
  /** How last year's 表三 fails to add up through its 结转下年度 (carry-over's `lastYearDoubt`): its figures are then not written in. */
  doubt: Bilingual | null;
}

function lastYearCarry(report: Report, previous: Report | null, t: TableModel, r: RowModel): LastYearCarry | null {
  if (!previous || t.id !== 't3' || r.id !== 'R2') return null;
  const pairs = carryOverPairs(report, previous);
  if (!pairs || pairs.length !== 7 || pairs.every((p) => p.before === null)) return null;
  const year = previous.year ?? (report.year !== null ? report.year - 1 : null);
  const at = pairs.find((p) => p.previousCell)?.previousCell?.range;
  const carry: LastYearCarry = { values: pairs.map((p) => p.before), year, related: [], doubt: pairs.find((p) => p.before !== null && p.previousDoubt)?.previousDoubt ?? null };
  if (at) {
    const { zh, en } = lastYearSays(t, carry);
    carry.related.push({ range: at, message: bi(`${zh}`, `${en}`), report: 'previous' });
  }
  return carry;
}

/** “上一年度报告（2024年）的“四、结转下年度继续办理”为 自然人 2、…” (the columns last year's report has a number in). */
function lastYearSays(t: TableModel, carry: LastYearCarry): { zh: string; en: string } {
  const list = carry.values.flatMap((v, i) => (v === null ? [] : [`${valueColumnName(t, i)} ${v}`]));
  return {
    zh: `上一年度报告${carry.year ? `（${carry.year}年）` : ''}的“四、结转下年度继续办理”为 ${list.join('、')}`,
    en: `last year's report${carry.year ? ` (${carry.year})` : ''} carried over ${list.join(', ')} (结转下年度继续办理)`,
  };
}

/**
 * Whether writing last year's figures (`values`, each column known) into this year's blank 上年结转 row makes an
 * identity through the row fail: this year's 表三 would then not add up (carry-over holds back its fix so too).
 */
function lastYearUnbalances(t: TableModel, values: number[]): boolean {
  const changes = values.map((value, col) => ({ row: 'R2', col, value }));
  const after = t3Values(t, changes);
  return t3Identities(t).some((id) => changes.some((c) => t3Involves(id, c)) && t3Holds(id, after) === false);
}

/** The hint of a blank 上年结转 row given last year's figures (follows 请对照原表填写; starts with `（`). */
function lastYearHint(t: TableModel, carry: LastYearCarry, unbalanced: boolean): Bilingual {
  const says = lastYearSays(t, carry);
  const doubt = carry.doubt;
  return bi(
    `（${says.zh}，本年的上年结转应与之逐列相等${doubt ? `；但上一年度报告的表三本身不平衡（${doubt.zh}），它的结转下年度继续办理不能作为依据，未自动填写，请核对上一年度报告` : unbalanced ? '；但填入后本年表三不再平衡，未自动填写，请核对表中其他数或上一年度报告' : ''}）`,
    ` (${says.en}; this year's 上年结转 must equal it column by column${doubt ? `, but last year's 表三 does not add up itself (${doubt.en}), so its 结转下年度继续办理 is no ground to write: not written automatically; check last year's report` : unbalanced ? ', but with it written this year\'s 表三 would not add up: not written automatically; check the table\'s other numbers or last year\'s report' : ''})`);
}

/** The message of a blank 上年结转 row that the fix fills from last year's report (`carry`, every column known). */
function lastYearFilledMessage(t: TableModel, label: string, carry: LastYearCarry): Bilingual {
  const says = lastYearSays(t, carry);
  return bi(
    `${t.name}“${label}”行没有数字（整行空白）。${says.zh}，本年的上年结转应与之逐列相等，修复按此填入；请对照原表确认。空白不等于 0。`,
    `${t.name} row “${label}” has no numbers (the whole row is blank). ${says.en.charAt(0).toUpperCase()}${says.en.slice(1)}; this year's 上年结转 must equal it column by column, which the fix writes: confirm it against the original table. Blank is not 0.`);
}

/**
 * The message of a blank 上年结转 row whose column sums (`values`) differ from last year's figures (`carry`): both are
 * said, and that another number of the table (新收, a result, 结转下年度) or last year's report is wrong. No fix.
 */
function lastYearConflictMessage(t: TableModel, label: string, values: number[], carry: LastYearCarry): Bilingual {
  const says = lastYearSays(t, carry);
  const sums = values.map((v, i) => `${valueColumnName(t, i)} ${v}`);
  const diff = carry.values.flatMap((v, i) => (v === null || v === values[i] ? [] : [{ col: valueColumnName(t, i), sums: values[i], last: v }]));
  return bi(
    `${t.name}“${label}”行没有数字（整行空白）。按各列合计，这一行应为 ${sums.join('、')}；而${says.zh}，本年的上年结转应与之逐列相等。两者不一致（${diff.map((d) => `${d.col}列：合计推算 ${d.sums}，上一年度 ${d.last}`).join('；')}），说明表中另有数填错：请核对本年的“一、本年新收政府信息公开申请数量”、办理结果各行和“四、结转下年度继续办理”（或上一年度报告），再填写这一行。未自动填写。空白不等于 0。`,
    `${t.name} row “${label}” has no numbers (the whole row is blank). By the column totals it is ${sums.join(', ')}, but ${says.en}, which this year's 上年结转 must equal column by column. The two disagree (${diff.map((d) => `column ${d.col}: ${d.sums} by the totals, ${d.last} last year`).join('; ')}), so another number is wrong: check this year's 新收 (一、本年新收政府信息公开申请数量), the result rows and 结转下年度继续办理 (or last year's report) before filling in the row. Not filled in automatically. Blank is not 0.`);
}

/**
 * Whether `text` (line `line`, 0-based) is a row's label with no number after it, between the line of the row before
 * (`prevLine`) and that of the row after (`nextLine`; null: none read): the row in its place, pasted without its
 * cells. The label's own digits (`3.要求提供公开出版物`) are not numbers of the row.
 */
function labelAloneInPlace(text: string, label: string, line: number, prevLine: number | null, nextLine: number | null): boolean {
  if ((prevLine !== null && line <= prevLine) || (nextLine !== null && line >= nextLine)) return false;
  const digits = (s: string) => (s.match(/[0-9０-９]/g) ?? []).length;
  return digits(text) <= digits(label);
}

/** The heading (`第二十条第（五）项`) of the 表二 item that template row `id` belongs to, or null. */
export function t2ItemOf(template: Template, id: string): string | null {
  return template.tables.t2?.blocks.find((b) => b.rows.some((x) => x.id === id))?.heading ?? null;
}

/** A pipe table's delimiter row (`| --- | :-: |`, `|-|-|`). */
const PIPE_DELIMITER = /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;

/**
 * The last header line of the table under a 表二 item's heading (label key `key`) on lines `[from, to)`, after which
 * the item's first row goes: in the run of pipe or tab-separated lines after the heading's line (blank lines between
 * allowed), its delimiter row (`| --- |`), else its first line (the header); in a table of one cell a line or aligned
 * with spaces, the last of the header-only lines right under the heading (`信息内容` / `本年收费金额（单位：万元）`;
 * empty lines and a page number between them allowed). Null when no line there has the heading; -1 when the heading
 * has no such run under it.
 */
function headerUnderHeading(report: Report, key: string, from: number, to: number): number | null {
  let h = -1;
  for (let l = from; l < to && l < report.lines.lineCount; l++) if (simplifiedChars(labelKey(report.lines.line(l))).includes(key)) h = l;
  if (h < 0) return null;
  const isRow = (l: number) => l < to && l < report.lines.lineCount && /^\s*\||\t/.test(report.lines.line(l));
  // (A page break's leftovers, a page number `-3-` between the heading and its table in a PDF's text, are no text of
  // the table: passed over like empty lines; brk107 #5.)
  const passed = (l: number) => !report.lines.line(l).trim() || tokenizeLine(report.lines, l).noCells === true;
  let l = h + 1;
  while (l < to && l < report.lines.lineCount && passed(l)) l++;
  if (!isRow(l)) {
    // One cell a line (a browser copy): the header is the run of header-only lines (`信息内容`, the column labels;
    // the next item's heading is not this item's header).
    const header = (d: number) => { const k = labelKey(report.lines.line(d)); return isTable2HeaderLine(k) && !k.includes('第二十条'); };
    let last = -1;
    // (Space-aligned, `pdftotext -layout`: a header's lines with empty lines between them.)
    for (let d = l; d < to && d < report.lines.lineCount && (header(d) || passed(d)); d++) if (header(d)) last = d;
    return last;
  }
  // A row under the heading where its header should be (`| 第二十条第（五）项 |` over `| 规范性文件 | 8 | 0 | 18 |`, a
  // row of another item's table): no table of the item's there (brk104 #8).
  // (Nor is another item's heading written as a pipe row, `| 第二十条第（六）项 |`: the heading has no table.)
  if (isDataRow(report.lines.line(l)) || labelKey(report.lines.line(l)).includes('第二十条')) return -1;
  for (let d = l; isRow(d); d++) if (PIPE_DELIMITER.test(report.lines.line(d))) return d;
  return l;
}

/**
 * The line in `[from, to)` with the heading of a 表二 item (label key `key`) written as a line of its own (not a pipe or
 * tab-separated row), the last such; with `tabled` false, only when no table (no pipe or tab row, no header-only line
 * of a table one cell a line) follows it before the next words; with `tabled` true, only when one does. Null otherwise.
 */
function bareItemHeading(report: Report, key: string, from: number, to: number, tabled = false): number | null {
  let h = -1;
  for (let l = from; l < to && l < report.lines.lineCount; l++) {
    const text = report.lines.line(l);
    if (simplifiedChars(labelKey(text)).includes(key)) h = /^\s*\||\t/.test(text) ? -1 : l;
  }
  if (h < 0) return null;
  let l = h + 1;
  while (l < to && l < report.lines.lineCount && (!report.lines.line(l).trim() || tokenizeLine(report.lines, l).noCells === true)) l++;
  const text = l < report.lines.lineCount ? report.lines.line(l) : '';
  // (The next item's heading is no table of this one.)
  const table = !labelKey(text).includes('第二十条') && (/^\s*\||\t/.test(text) || isTable2HeaderLine(labelKey(text)) || isDataRow(text));
  return table === tabled ? h : null;
}

/** Characters of mis-decoded text (`锟斤拷`, `烫烫`, U+FFFD, boxes, question marks for lost characters). */
const GARBLED = /[\uFFFD\uE000-\uF8FF锟斤拷烫屯■□?？]|[ÃÂâåæçèéêëìíîïðñòóôõöøùúûüýþÿ¤¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]{2}/;

/**
 * A 表二 pipe row in the place of the missing row labelled `label` (below line `after`, in the run of pipe lines there,
 * above line `before` when given) that was read as no row and whose label could not be read: one whose label is
 * garbled (`GARBLED`), or the label split over two lines (the two label cells together `label`, the numbers on
 * either line). Its lines and label cells as written; null when there is none.
 */
function unreadRowInPlace(report: Report, t: TableModel, label: string, after: number, before: number | null): { lines: number[]; labels: string[] } | null {
  if (t.layout !== 'pipe') return null;
  const read = new Set<number>();
  for (const x of t.rows) {
    if (x.match.kind === 'absent') continue;
    if (x.match.range) read.add(x.match.range.start.line);
    for (const c of x.cells) if (c) read.add(c.range.start.line);
  }
  const key = simplifiedChars(labelKey(label));
  const cellsOf = (l: number): string[] | null => {
    if (l >= report.lines.lineCount || (before !== null && l >= before)) return null;
    const text = unquoted(report.lines.line(l)).trim();
    if (!/^[|｜]/.test(text)) return null;
    // (A delimiter row, `| --- |`, is passed over: the place found may be the header above it.)
    return PIPE_DELIMITER.test(text) ? [] : pipeCells(text, { fullWidth: true }).map((c) => c.trim());
  };
  for (let l = after + 1; ; l++) {
    const cells = cellsOf(l);
    if (!cells) return null;
    if (read.has(l) || !cells[0] || isTable2HeaderLine(labelKey(cells[0]))) continue;
    const own = simplifiedChars(labelKey(cells[0]));
    if (TABLE2_ROW_LABELS.some((x) => own === x)) continue;
    const numbers = (cs: string[]) => cs.slice(1).some((c) => /[0-9０-９]/.test(c));
    const nextCells = read.has(l + 1) ? null : cellsOf(l + 1);
    if (nextCells && nextCells[0] && own + simplifiedChars(labelKey(nextCells[0])) === key && own !== key && (numbers(cells) || numbers(nextCells))) {
      return { lines: [l, l + 1], labels: [cells[0], nextCells[0]] };
    }
    if (GARBLED.test(cells[0]) && numbers(cells)) return { lines: [l], labels: [cells[0]] };
  }
}

/** Whether 表二 line `text` is a row, not a header: it holds a number or a row label of any format. */
function isDataRow(text: string): boolean {
  if (/[0-9０-９]/.test(text)) return true;
  const k = simplifiedChars(labelKey(text));
  return TABLE2_ROW_LABELS.some((label) => k.includes(label));
}

/** The columns of the 表二 block (item) of row `r` in `template`, the first (信息内容) included. */
function t2ItemColumns(template: Template | null, r: RowModel): string[] {
  const t2 = template?.tables.t2;
  const block = t2?.blocks.find((b) => b.rows.some((x) => x.id === r.id));
  return t2 && block ? [t2.firstHeader, ...block.columns.map((c) => c.label)] : [];
}

/**
 * The pipe table of the 表二 block (item) of `rows` (rows of one item, in template order) as the format has it, with
 * those rows blank: its header, delimiter row and the rows, lines joined by `eol`. Null when the template has no
 * such block.
 */
function t2ItemTable(template: Template, rows: readonly RowModel[], eol: string): string | null {
  const columns = t2ItemColumns(template, rows[0]);
  if (!columns.length) return null;
  return renderPipeTable([columns, ...rows.map((r) => [r.label, ...columns.slice(1).map(() => '')])], 1, eol);
}

/**
 * The 表二 item (template block heading, `第二十条第（六）项`) each line of table `t` stands under: the last line at or
 * above it that names one item's heading (a line naming two is no telling: null from there), or a header line whose
 * column labels are another item's (`本年制发件数`: 第二十条第（一）项; `本年处理决定数量`, shared by two items, says
 * nothing of which) — a table of that item, pasted without its heading (pipe, tab, one cell a line or HTML rows).
 * As 0-based line → heading, for the lines of
 * the table's range; null before the first heading.
 */
function t2ItemsByLine(report: Report, template: Template, t: TableModel): Map<number, string | null> {
  // Asked twice per check (the rule and t2RowsUnderOtherItem), and a 表二 with prose between its items spans
  // thousands of lines in a long draft: read once per parse (a table model is one parse's).
  const known = itemsByTable.get(t);
  if (known?.template === template) return known.items;
  const out = new Map<number, string | null>();
  itemsByTable.set(t, { template, items: out });
  let current: string | null = null;
  // An item heading that names another item than its rows' (`第二十条第（七）项` over 行政处罚), or an item's table
  // without its heading: item-heading's (`TableModel.itemHeadings`); the rows there stand under their own item.
  const fixed = new Map((t.itemHeadings ?? []).map((h) => [h.line, h.block]));
  for (let l = t.range.start.line; l <= t.range.end.line && l < report.lines.lineCount; l++) {
    const { named, columnsOf } = lineItem(template, report.lines.line(l));
    if (fixed.has(l)) current = fixed.get(l)!;
    else if (named.length === 1) current = named[0];
    else if (named.length > 1) current = null;
    else if (columnsOf && columnsOf.length && !columnsOf.includes(current as string)) current = columnsOf.length === 1 ? columnsOf[0] : null;
    out.set(l, current);
  }
  return out;
}

/**
 * The first line of 表二 `t` under `item` that is a pipe row with an empty first cell and a digit in another, or a
 * space-aligned line of numbers alone after white space where a label would be (brk107 #3), and is no row the table
 * was read to have (a row read by its place has its line): numbers without a row label. -1 when none.
 * In a table whose rows have no opening pipe (`pipeRowsUnopened`), the first cell of a row that starts with a pipe is
 * the white space before it (` | 86 |`).
 */
function unlabelledValueLine(report: Report, template: Template, t: TableModel, item: string): number {
  const items = t2ItemsByLine(report, template, t);
  const read = new Set<number>();
  for (const x of t.rows) {
    if (x.match.kind === 'absent') continue;
    if (x.match.range) read.add(x.match.range.start.line);
    for (const c of x.cells) if (c) read.add(c.range.start.line);
  }
  let rowsUnopened: boolean | undefined;
  const unopened = () => {
    if (rowsUnopened === undefined) {
      const rows: string[] = [];
      for (let l = t.range.start.line; l <= t.range.end.line && l < report.lines.lineCount; l++) rows.push(report.lines.line(l));
      rowsUnopened = pipeRowsUnopened(rows);
    }
    return rowsUnopened;
  };
  for (let l = t.range.start.line; l <= t.range.end.line && l < report.lines.lineCount; l++) {
    if (items.get(l) !== item || read.has(l)) continue;
    // (Not a page number a page break left: `tokenizeLine` reads it as no cell.)
    if (ALIGNED_NUMBERS.test(report.lines.line(l)) && !tokenizeLine(report.lines, l).noCells) return l;
    const text = unquoted(report.lines.line(l)).trim();
    if (!text.startsWith('|') && !text.startsWith('｜')) continue;
    const parts = pipeCells(text, { fullWidth: true });
    if (parts.length >= 2 && !parts[0].trim() && parts.slice(1).some((p) => /[0-9０-９]/.test(p))) return l;
    if (text.startsWith('|') && unopened() && parts.some((p) => /[0-9０-９]/.test(p)) && !parts.some((p) => /\p{L}/u.test(p))) return l;
  }
  return -1;
}

/** `t2ItemsByLine` of each table model, with the template it was read for. */
const itemsByTable = new WeakMap<TableModel, { template: Template; items: Map<number, string | null> }>();

/** What one line of 表二 says of its item (see `t2ItemsByLine`). */
interface LineItem {
  /** The item headings the line names (`第二十条第（六）项`). */
  named: string[];
  /** For a header line, the items whose column labels it names (`本年制发件数`: （一）); null for any other line. */
  columnsOf: string[] | null;
}

/**
 * Per template, `LineItem` by line text: the language server reads the same lines of 表二 again on every keystroke,
 * and normalising each (`labelKey`) was most of the check's time. Cleared when it reaches `LINE_ITEMS_MAX` entries:
 * enough for a 表二 with thousands of lines of prose between its items (8,500 in the 10 MB bench draft; a smaller
 * cache was cleared on every pass and helped nothing), a few MB at most.
 */
const lineItems = new WeakMap<Template, Map<string, LineItem>>();
const LINE_ITEMS_MAX = 32_768;

function lineItem(template: Template, line: string): LineItem {
  let cache = lineItems.get(template);
  if (!cache) lineItems.set(template, (cache = new Map()));
  let hit = cache.get(line);
  if (hit) return hit;
  const blocks = template.tables.t2?.blocks ?? [];
  // An HTML table's markup (`<tr><td>信息内容</td>…`) is not text of the line.
  // (By its simplified form: a heading or header pasted in traditional characters, `第二十條第（六）項`, names its item.)
  const k = simplifiedChars(labelKey(line.replace(/<[^>]*>/g, ' ')));
  const named = blocks.filter((b) => k.includes(labelKey(b.heading))).map((b) => b.heading);
  const columnsOf = named.length === 0 && isTable2HeaderLine(k)
    ? blocks.filter((b) => b.columns.some((c) => k.includes(labelKey(c.label)))).map((b) => b.heading)
    : null;
  hit = { named, columnsOf };
  if (cache.size >= LINE_ITEMS_MAX) cache.clear();
  // An own copy: the line is a slice of a document's text, which the cache would otherwise keep alive.
  cache.set(ownCopy(line), hit);
  return hit;
}

/**
 * The lines `[first, last]` (0-based) that hold 表二 row `r` and nothing else (its label, its cells, the pipes, tabs
 * and spaces between them), or null when a line holds other text or the row is not read on whole lines.
 */
function ownLines(report: Report, t: TableModel, r: RowModel): [number, number] | null {
  const label = r.match.range;
  const cells = r.cells.filter((c): c is Cell => c !== null);
  if (!label || !cells.length) return null;
  const first = label.start.line;
  const last = Math.max(label.end.line, ...cells.map((c) => c.range.end.line));
  const others = t.rows.filter((x) => x !== r && x.match.kind !== 'absent');
  for (let l = first; l <= last; l++) {
    let text = report.lines.line(l);
    // Blank out this row's label and cells on the line (right to left, so the earlier columns stay put).
    const spans = [label, ...cells.map((c) => c.range)].filter((g) => g.start.line === l && g.end.line === l).sort((a, b) => b.start.character - a.start.character);
    for (const g of spans) text = text.slice(0, g.start.character) + text.slice(g.end.character);
    if (/[^\s|｜]/.test(text)) return null;
    if (others.some((x) => x.match.range?.start.line === l || x.cells.some((c) => c?.range.start.line === l))) return null;
  }
  return [first, last];
}

/**
 * The 表二 rows of `t` read under another item's heading than their own (`t2ItemsByLine`), with their own item and
 * the one they stand under, when most rows read stand under their own item's heading (see `misplacedT2Rows`, which
 * reports them; row-order leaves them to it). Rows in `skip` are not looked at. The rows are those of
 * `t2RowsAsPlaced`: a row written with the other format's label (`规范性文件` in a 2021 report) is placed as the
 * same row with the report format's label would be, so relabelling it (format-mixed's fix) adds no finding.
 */
export function t2RowsUnderOtherItem(report: Report, template: Template, t: TableModel, skip: Set<string> = new Set()): { r: RowModel; item: string; at: string }[] {
  const { trusted, under } = t2Placement(report, template, t, skip);
  if (!trusted) return [];
  return under.filter((x): x is { r: RowModel; item: string; at: string } => Boolean(x.item && x.at && x.at !== x.item));
}

/**
 * Each 表二 row of `t` read by its label (`t2RowsAsPlaced`, not in `skip`) with its own item and the item it stands
 * under (`t2ItemsByLine`), and whether the items' headings say where the rows stand (`trusted`): most rows read stand
 * under their own item's heading (a layout that writes all headings first and all rows after says nothing of them).
 */
function t2Placement(report: Report, template: Template, t: TableModel, skip: Set<string>): { trusted: boolean; under: { r: RowModel; item: string | null; at: string | null }[] } {
  if (!template.tables.t2) return { trusted: false, under: [] };
  const items = t2ItemsByLine(report, template, t);
  const read = t2RowsAsPlaced(report, template, t).filter((r) => r.match.kind !== 'absent' && r.match.kind !== 'positional' && r.match.range && !skip.has(r.id) && items.has(r.match.range.start.line));
  const under = read.map((r) => ({ r, item: t2ItemOf(template, r.id), at: items.get(r.match.range!.start.line) ?? null }));
  const own = under.filter((x) => x.at !== null && x.at === x.item).length;
  return { trusted: own * 2 >= read.length, under };
}

/**
 * The label key of `label`, a 表二 row label of the other format than `template`'s, when it names a row of `template`
 * by another name: `规范性文件` (2019) for `行政规范性文件` (2021) and the other way round, the one row the 2021
 * format renamed (templates.md §4.5 #2). Null for any other label (`其他对外管理服务事项` has no 2021 row).
 */
export function t2CounterpartOf(template: Template, label: string): string | null {
  const key = label.normalize('NFKC').replace(/\s+/g, '').replace(/^\d+[.、]/, '');
  const own = new Set(template.tables.t2?.blocks.flatMap((b) => b.rows.map((r) => r.label)) ?? []);
  if (key === '规范性文件' && own.has('行政规范性文件')) return '行政规范性文件';
  if (key === '行政规范性文件' && own.has('规范性文件')) return '规范性文件';
  return null;
}

/**
 * 表二's rows as they stand in the text: `t.rows`, but a row of `template` that is absent while the other format's
 * label of the same row (`t2CounterpartOf`: `规范性文件` in a 2021 report) stands in the table once is read there, at
 * that label with its cells (match kind `variant`). The rules that place 表二's rows (row-missing, row-order) place a
 * row's 2019 and 2021 labels alike: format-mixed's fix, which relabels it, cannot move it in their eyes. The same
 * array when there is no such row.
 */
export function t2RowsAsPlaced(report: Report, template: Template, t: TableModel): RowModel[] {
  if (t.id !== 't2' || !report.extras.foreignTable2Rows.length) return t.rows;
  let out = t.rows;
  for (const r of t.rows) {
    if (r.match.kind !== 'absent') continue;
    const written = report.extras.foreignTable2Rows.filter((f) => t2CounterpartOf(template, f.label) === r.label);
    if (written.length !== 1) continue;
    const [f] = written;
    const cells = r.cells.map((_, k) => f.cells[k] ?? null);
    out = out.map((x) => (x === r ? { ...r, match: { kind: 'variant', raw: f.label, range: f.range, distance: 0 }, cells, cellCount: cells.filter(Boolean).length } : x));
  }
  return out;
}

/**
 * The 表二 row ids that row-missing and row-order leave to format-mixed while rows of the other format stand in the
 * table (`T2.2`: the row the two formats name differently, which format-mixed renames), but not a row read at its
 * other-format label, by the table (match kind `variant`) or in `rows` (`t2RowsAsPlaced`), which is placed as the
 * row. Empty without such rows. The rows only the 2019 format has (`其他对外管理服务事项`, `政府集中采购`) are not
 * among them: no 2021 row stands for them, so a 2019-format report without them is missing them whatever format its
 * other blocks are in (templates.md §3.2; brk185 #1).
 */
export function t2ForeignIds(report: Report, t: TableModel, rows: readonly RowModel[]): Set<string> {
  if (!report.extras.foreignTable2Rows.length) return new Set();
  const placed = new Set(rows.filter((r, k) => r !== t.rows[k] || r.match.kind === 'variant').map((r) => r.id));
  return new Set(['T2.2'].filter((id) => !placed.has(id)));
}

/** A 表二 row read under another item's heading, as row-missing reports it (`t2MisplacedRows`). */
export interface MisplacedT2Row {
  r: RowModel;
  /** Its own item (the heading the format puts it under) and the one it stands under. */
  item: string;
  at: string;
  message: Bilingual;
  range: Range;
  fix?: Fix;
  /** The fix writes the format's label over a misspelled one too (row-label then says nothing of the label). */
  relabelled: boolean;
}

/**
 * 表二 rows read under another item's heading (`行政事业性收费` after `行政强制`, under 第二十条第（六）项, while the
 * 第二十条第（八）项 block is empty): the row's numbers are read, but the table does not have the row where the
 * format puts it. Reported when most rows read stand under their own item's heading (a layout that writes all
 * headings first and all rows after says nothing of the rows' items) and the row's own heading is on one line of
 * the table. The fix moves the row's lines below the header of the table under its own heading, or, when rows of
 * that item are read there, to the row's place among them as the format orders them (after the item's rows the
 * format puts before it; brk105 F9: 行政处罚 moved into 第二十条第（五）项 while 行政强制 stands in （六）). A row whose
 * label is misspelled (`行政处罚决定`, the format's label with a word added, brk105 F8) is said with its label as
 * written, and the fix writes the format's label as it moves it (as row-label's fix would). Where no fix is offered,
 * the message says why. Rows in the rule's skip set (left to format-mixed, or pasted into one cell) are not looked at.
 */
export function t2MisplacedRows(report: Report, template: Template, t: TableModel): MisplacedT2Row[] {
  const known = misplacedCache.get(t);
  if (known?.template === template) return known.rows;
  const out: MisplacedT2Row[] = [];
  misplacedCache.set(t, { template, rows: out });
  if (t.id !== 't2' || template.id === 'pre2019' || !template.tables.t2 || unreadable(t)) return out;
  const placed = t2RowsAsPlaced(report, template, t);
  if (!placed.some((r) => r.cells.length && r.match.kind !== 'absent')) return out;
  const skip = new Set([...t2ForeignIds(report, t, placed), ...labelTabJoinedRows(report.lines, t).map((j) => j.row.id)]);
  const eol = report.lines.dominantEol();
  const items = t2ItemsByLine(report, template, t);
  for (const { r, item, at } of t2RowsUnderOtherItem(report, template, t, skip)) {
    const line = r.match.range!.start.line;
    const range = { start: { line, character: 0 }, end: { line, character: report.lines.line(line).length } };
    const headingLines = tableLinesWith(report, t, labelKey(item));
    const heading = headingLines.length === 1 ? headingLines[0] : -1;
    if (heading < 0) {
      // Its item's heading is nowhere in the table (the item's block gone, its row left in the item before's table,
      // under that item's column; brk86 #2): said, no place to move it to.
      if (headingLines.length) continue;
      const columns = t2ItemColumns(template, r);
      // Its item's table without its heading (`| 信息内容 | 本年制发件数 | … |` at the top of 表二, a row of another
      // item's heading then written in it): the row belongs there, not in a table still to be added.
      let headless = -1;
      for (let l = t.range.start.line; l < line && headless < 0; l++) if (items.get(l) === item) headless = l;
      out.push({
        r, item, at, range, relabelled: false,
        message: headless >= 0 ? bi(
          `${t.name}的“${r.label}”行写在了${at}之下（第 ${line + 1} 行），格式规定它属于${item}，其表格在第 ${headless + 1} 行（没有该项的标题）。请把这一行移到该表格中${at}的标题之前，或补上${item}的标题。未自动修改。`,
          `${t.name}'s row “${r.label}” is written under ${at} (line ${line + 1}); the format puts it under ${item}, whose table is on line ${headless + 1} (without the item's heading). Move the row into that table, above ${at}'s heading, or add ${item}'s heading. Not changed automatically.`) : bi(
          `${t.name}的“${r.label}”行写在了${at}之下（第 ${line + 1} 行），格式规定它属于${item}，而表中没有${item}的标题和表格。请补上${item}的标题及其表格（列：${columns.join('、')}），把这一行移过去。未自动修改。`,
          `${t.name}'s row “${r.label}” is written under ${at} (line ${line + 1}); the format puts it under ${item}, whose heading and table the report lacks. Add ${item}'s heading and its table (columns: ${columns.join(', ')}) and move the row there. Not changed automatically.`),
      });
      continue;
    }
    // The end of its item's block: the next line under another heading; the last item's block runs on past the
    // table's range (its header lines and delimiter row are not all of the table read).
    let end = heading + 1;
    while (end <= t.range.end.line && items.get(end) === item) end++;
    if (end > t.range.end.line) end = report.lines.lineCount;
    const header = headerUnderHeading(report, labelKey(item), heading, end);
    // The label as written, when it is not the format's (`行政处罚决定`), and what the fix writes there.
    const rewrite = r.match.kind === 'misspelled' ? labelRewrite(report, t, r) : null;
    const relabel = rewrite && rewrite.keeps && rewrite.script && rewrite.range.start.line === rewrite.range.end.line && rewrite.range.start.line === line && !r.match.continuation && !r.match.parts ? rewrite : null;
    // Where it goes: below the header, or after the last of its item's rows there that the format puts before it.
    const order = template.tables.t2.blocks.find((b) => b.heading === item)?.rows.map((x) => x.id) ?? [];
    const own = t.rows.filter((x) => x !== r && x.match.range && t2ItemOf(template, x.id) === item && x.match.range.start.line > heading && x.match.range.start.line < end)
      .sort((a, b) => a.match.range!.start.line - b.match.range!.start.line);
    const inOrder = own.every((x, k) => k === 0 || order.indexOf(own[k - 1].id) < order.indexOf(x.id));
    const before = own.filter((x) => order.indexOf(x.id) < order.indexOf(r.id));
    const prevLines = before.length ? ownLines(report, t, before[before.length - 1]) : null;
    const anchor = before.length ? prevLines?.[1] ?? null : header !== null && header >= 0 ? header : null;
    // Another line with the row's label under its own item (the row written twice, brk106 #2): moved there, the row
    // would be there twice; which of the two is right only the original table says.
    const twin = tableLinesWith(report, t, labelKey(r.label)).find((l) => l > heading && l < end && l !== line);
    const lines = anchor !== null && inOrder && twin === undefined ? ownLines(report, t, r) : null;
    const movable = lines !== null && lines[1] + 1 < report.lines.lineCount && (anchor! < lines[0] || anchor! > lines[1]);
    // (The lines as written: a report in traditional characters is read through its simplified view.)
    const written = report.extras.sourceLines ?? report.lines;
    const moved = movable ? Array.from({ length: lines![1] - lines![0] + 1 }, (_, k) => {
      const l = lines![0] + k;
      const text = written.line(l);
      return relabel && l === relabel.range.start.line ? text.slice(0, relabel.range.start.character) + relabel.to + text.slice(relabel.range.end.character) : text;
    }) : [];
    const fix = movable
      ? {
        title: relabel ? bi(`把“${relabel.raw}”行移到${item}下，改为“${relabel.to}”`, `Move the row “${relabel.raw}” under ${item} as “${relabel.to}”`) : bi(`把“${r.label}”行移到${item}下`, `Move the row “${r.label}” under ${item}`),
        edits: [
          { range: { start: { line: lines![0], character: 0 }, end: { line: lines![1] + 1, character: 0 } }, newText: '' },
          { range: { start: { line: anchor!, character: report.lines.line(anchor!).length }, end: { line: anchor!, character: report.lines.line(anchor!).length } }, newText: moved.map((m) => eol + m).join('') },
        ].map(markInWrittenScript),
      }
      : undefined;
    const after = before.length ? before[before.length - 1].label : null;
    const place = after ? bi(`${item}的“${after}”行之后`, `below the row “${after}” of ${item}`) : bi(`${item}的表头之下`, `below ${item}'s header`);
    const there = after ? bi(`该项的“${after}”行之后`, `below that item's row “${after}”`) : bi('该项的表头之下', 'below that item\'s header');
    // Why there is no fix: the row there already, no table under the heading, its rows out of the format's order, a
    // row sharing its line.
    const why = fix ? null
      : twin !== undefined ? bi(`${item}下已有一行“${r.label}”（第 ${twin + 1} 行），移过去这一行就写了两次，请对照原表保留正确的一行`, `${item} has a row “${r.label}” already (line ${twin + 1}): moved there, the row would be written twice; keep the right one, as the original table has it`)
      : header === null || header < 0 ? bi(`${item}的标题下没有表格`, `${item}'s heading has no table under it`)
        : !inOrder ? bi(`${item}下已有的行与格式的顺序不同，看不出这一行应插在哪里`, `the rows under ${item} are not in the format's order, so where this row goes cannot be told`)
          : before.length && !prevLines ? bi(`“${after}”行与别的内容写在同一行`, `the row “${after}” shares its line with other text`)
            : bi('这一行与别的内容写在同一行', 'the row shares its line with other text');
    const how = fix
      ? relabel ? bi(`修复把这一行移到${there.zh}，行名改为“${relabel.to}”。`, ` The fix moves the row ${there.en}, its label written “${relabel.to}”.`)
        : bi(`修复把这一行原样移到${there.zh}。`, ` The fix moves the row, as written, ${there.en}.`)
      : bi(`未自动修改：${why!.zh}。`, ` Not changed automatically: ${why!.en}.`);
    const writtenAs = rewrite ? bi(`（行名写作“${rewrite.raw}”，应为“${rewrite.canon}”）`, ` (its label written “${rewrite.raw}”, for “${rewrite.canon}”)`) : bi('', '');
    out.push({
      r, item, at, range, fix, relabelled: Boolean(fix && relabel),
      message: bi(
        `${t.name}的“${r.label}”行${writtenAs.zh}写在了${at}之下（第 ${line + 1} 行），格式规定它属于${item}（第 ${heading + 1} 行）。请把这一行移到${place.zh}。${how.zh}`,
        `${t.name}'s row “${r.label}”${writtenAs.en} is written under ${at} (line ${line + 1}); the format puts it under ${item} (line ${heading + 1}). Move the row ${place.en}.${how.en}`),
    });
  }
  return out;
}

/** `t2MisplacedRows` of each table model, with the template it was read for. */
const misplacedCache = new WeakMap<TableModel, { template: Template; rows: MisplacedT2Row[] }>();

/**
 * 表三's group label rows (templates.md §4.3: `三、本年度办理结果`, `（三）不予公开`, `（四）无法提供`, `（五）不予处理`,
 * `（六）其他处理`, the rows with no numbers that head their numbered sub-rows) deleted while their sub-rows are read
 * (brk180 #6: `| （五）不予处理 |` gone, `1.信访举报投诉类申请…` then standing under （四）无法提供). The model reads the
 * group by its place, so no other check sees it. Only in a table that writes its group labels (another group's label
 * is in it): a table that writes none is not judged here. The label is looked for with its ordinal and without
 * (`不予处理` alone counts). A warning: the figures are all there, but the table is not the format's and its groups
 * read wrong. Fixed (the row inserted right above the group's first sub-row, as the template prints it) in pipe and
 * HTML tables whose groups' labels are rows of their own, when that first sub-row (`1.…`) is read; else said.
 */
function missingGroupLabels(ctx: Parameters<Rule['check']>[0], report: Report, t: TableModel): void {
  const groups = t.rows.filter((g) => !g.cells.length && t.rows.some((x) => x.id.startsWith(`${g.id}.`)));
  const bare = (label: string) => labelKey(label).replace(/^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/, '');
  // (Or read by the model as a variant or misspelling, `三、本年度办里结果`: the label cell is there, row-label names the
  // slip; inserting the row would write it twice, brk187 #4.)
  const written = (g: RowModel) => tableLinesWith(report, t, labelKey(g.label)).length > 0 || (bare(g.label).length >= 3 && tableLinesWith(report, t, bare(g.label)).length > 0)
    || ((g.match.kind === 'misspelled' || g.match.kind === 'variant') && Boolean(g.match.range));
  const found = groups.filter(written);
  if (!found.length) return;
  for (const g of groups) {
    if (found.includes(g)) continue;
    // The 2021 （六）其他处理 sub-rows in a 2019-format report are format-mixed's, to be merged into the 2019 single
    // row: asking for their 2021 group label would be advice of the other format (brk185 #2).
    if (g.id === 'R3.6' && ctx.template?.id === '2019') continue;
    const subRows = t.rows.filter((x) => x.id.startsWith(`${g.id}.`) && x.match.kind !== 'absent' && x.match.range);
    if (!subRows.length) continue;
    const first = subRows[0];
    const line = first.match.range!.start.line;
    const before = [...t.rows.slice(0, t.rows.indexOf(g))].reverse().find((x) => (x.match.kind !== 'absent' && x.match.range) || found.includes(x));
    // Deleted from between two rows read: the sub-row right under the row before it (blank lines aside). A group
    // written otherwise (a heading above a table of its own, `### (六) 其他`, a header row between) is not judged.
    const prevLine = before && before.match.range ? lastLine(before) : null;
    if (prevLine === null || prevLine >= line) continue;
    let adjacent = true;
    for (let l = prevLine + 1; l < line; l++) if (report.lines.line(l).trim()) adjacent = false;
    if (!adjacent) continue;
    const under = before ? (t.rows.filter((x) => !x.cells.length && before.id.startsWith(`${x.id}.`) && found.includes(x)).sort((a, b) => b.id.length - a.id.length)[0] ?? null) : null;
    const eol = report.lines.dominantEol();
    let fix: Fix | undefined;
    if (first.id === `${g.id}.1` && (t.layout === 'pipe' || (t.layout === 'html' && htmlGroupCellLike(report, t, g) === null))) {
      const row = renderRowLike(report, t, g.label, blankCellsOf(t, g).length, blankCellsOf(t, g), g.id);
      const at = t.layout === 'html' ? htmlRowBoundary(report, line, true) : { line, character: 0 };
      if (at && (t.layout === 'html' || at.line > t.range.start.line)) {
        const indent = t.layout === 'html' ? /^[ \t]*/.exec(report.lines.line(at.line))![0].slice(0, at.character) : '';
        fix = { title: bi(`插入“${g.label}”行`, `Insert the row “${g.label}”`), edits: [{ range: { start: at, end: at }, newText: row + eol + indent }] };
      }
    }
    const sub = first.label;
    ctx.add({
      message: bi(
        `${t.name}缺少格式规定的分组行“${g.label}”：其下的“${sub}”等行${under ? `现在读来像是“${under.label}”的` : '没有了分组标题'}。请在“${sub}”行之前补上这一行${fix ? '' : '（未自动插入）'}。`,
        `${t.name} lacks the format's group row “${g.label}”: the rows under it (“${sub}”…) ${under ? `now read as rows of “${under.label}”` : 'have lost their group label'}. Insert the row above “${sub}”${fix ? '' : ' (not inserted automatically)'}.`),
      range: first.match.range!,
      severity: 'warning',
      ...(fix ? { fix } : {}),
      data: { table: t.id, row: g.id, groupLabel: true },
    });
  }
}

export const rowMissing: Rule = {
  meta: {
    id: 'row-missing',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表格缺少格式规定的行，或该行整行没有数字', 'A template row is missing from a table, or has no number at all'),
    rationale: bi('表三的 25 行（2019 年格式 23 行）和表二各项都由格式规定，缺行会使合计无法核对，也不符合格式。修复会在格式规定的位置插入空白行（不会插在表头与其下的分隔行“| --- |”之间），由作者对照原表填写；整行空白的行（插入的行，或只贴了行名的行）仍按本规则报告为错误，直到填上数字（该填数的格里写的是文字，如“见附件”，消息指出它不是数字），以免缺一整行数字的报告通过检查：填 0 等于替报告声称“没有发生”。表格还在填写中时（按 nianbao new 的草稿逐行填写：格式规定填数的行超过一半整行空白，表三 2021 年格式 25 行中 13 行以上、2019 年格式 23 行中 12 行以上，表二 6 行中 4 行以上、2019 年格式 8 行中 5 行以上），这些空白行合为表格上的一个错误（同一规则、同一严重程度），消息写明空白的行数并列出前三行，每一行都作为相关位置（编辑器和 SARIF 仍指向每一行），以免问题列表被逐行的错误淹没；已填好的表格中一两行空白的，仍各报告一次。按各列合计或上一年度报告能定出的空白行仍各自报告并带修复。表三中各列合计能定出这一行的每一格时（它是所在各列中唯一没有数的行），修复按合计填入，与只填了部分数的行（cell-blank）同一规则：填入后表三的各项勾稽关系都须成立，表中也不能有数值个数与列数不符的行或格式没有的列；但插入这一行的那次 --fix 不填（表中缺了一整行，要先由人对照原表核对），标准错误输出会说明，再次运行 --fix 或用快速修复时才填；推算的数仍会吸收别处填错而又自洽的数（另一行的一个数连同它的总计一起填错），因此消息写明仅当表中其他数都无误时才对，请对照原表确认。定不出每一格、或有合计不成立时，只在消息中给出推算值供核实，不提供修复。有上一年度报告时（见 carry-over），“二、上年结转”这一行应与上一年度的“四、结转下年度继续办理”逐列相等：各列合计与之相符时按合计填入，消息写明两者相符；合计定不出这一行时（如“四、结转下年度继续办理”也空白），修复填入上一年度的数，条件与 carry-over 的修复相同（填入后本年表三须仍然平衡，否则只在消息中给出）；合计推算的数与上一年度的不同时（多半是新收或办理结果中有数填错），不填，消息给出两者，请核对。以制表符分隔的表格（从 Word、Excel 复制）中，插入的行同样以制表符分隔，字段数与表中其他行相同（空白单元格为两个制表符之间的空字段）；以空格对齐的表格写不出空白单元格，不提供修复。HTML 表格中插入的行照抄相邻同一层级的行的标记（<tr>、<td> 的属性，Word 网页中单元格的 <p>、<span>），写入行标签，各数的位置空着（Word 的空单元格写作 &nbsp;），在浏览器中与相邻的行一样有边框和字体；一行写作一个 <tr> 的表格中，分组的各行也照其余各行的写法，不因分组的合并单元格而多出一格。每行一格粘贴的表格（从网页复制，每个单元格占一行）中，行尾带“|”的插入同样每格一行的空白行（“ |”）；不带“|”的，空行不算单元格，插入的行只有行名这一行（读作没有数字的行），由作者在其下逐行填写各数，不会插入竖线表格的行。这样的表格中某行的行名那一行缺失、它的数被读成上一行多出的数（上一行正好多出这一行的个数，各占一行，在下一行之前）时，修复只在这些数之前插入行名，不插入空白格；分组的第一行（如“（五）不予处理”下的“1.信访举报投诉类申请”）的行名那一行缺失、它的数被读成分组标题的小计，而这些数正是按各列合计推算的这一行的数时，以及最后一行“四、结转下年度继续办理”的数只有几个被读成“（七）总计”多出的数时，也是如此。表二中一项（如第二十条第（五）项）的第一行插在该项标题下表格的表头之后，消息写明所属的项；它前面没有本项的行、后面是别的项的行时也是如此（缺少的“规章”不会插在第二十条第（五）项的行之前）；该项标题下没有表格时（表二只缺了部分项的表格），竖线表格中修复在该标题下插入该项按格式的表头和各行（空白，标题不重复插入；该项有一行写在了别的项下时不插入，由下文的移动处理），不会把行插进上一项的表格，插入处会在别的项的标题之下时也不插入，只提示；该项连标题也不在表中时（整项缺失），竖线表格中修复在上一项的表格之后（其间有只剩标题的项时，在该标题之下）插入该项的标题和按格式的表头及这一行（第一项整项缺失时，插在下一项的标题之前）（一项有两行的，如第二十条第（六）项的行政处罚、行政强制，两行随该项一起插入，标题只插一次），其他排版只提示；表二只剩第一项（其余各项连同标题都被删去）时同样逐行报告。表三中一个分组的标题（如“（六）其他处理”）连同其下各行都不在表中时（表格在此之前被截断），消息写明所属分组，修复把分组标题与第一行一起插入，其余各行随后插在标题之下；2021 年报告中只剩空白的“（六）其他处理”分组标题、其下三行缺失时，按 2021 年格式报告缺少的三行，不当作 2019 年格式的单行。表三中分组的标题行（“（三）不予公开”“（五）不予处理”等，没有数、领起其下编号各行的行）被删去而其下各行仍在、其第一行紧接在上一行之后时（其下各行读来像是上一分组的；分组写作表外小标题、各有表头的不算），在表中写有其他分组标题的表格中作为警告报告（各数都在，只是表格不合格式）；竖线表格和分组标题各占一行的 HTML 表格中，修复在该分组的第一行（“1.……”）之前插入这一行，其他情形只提示。2019 年格式报告中写成 2021 年格式三行、没有分组标题的“（六）其他处理”由 format-mixed 报告并合并为一行，本规则不要求补上 2021 年格式的分组标题。表中别处已有这一行的标签、却未能作为这一行读取时（排在别的分组下而只有行名，或与另一行写在了同一行），只指出它所在的行，不插入行：插入的行会是表中第二个同名的行。表三的竖线表格中有一行没有行名、未读作任何一行的数（PDF 转出的零散排版中两行换了位置，或行名格被清空的一行挪了位置），而它正是按各列合计推算的这一行的数时，消息指出那一行，不插入行：插入并按合计填写的行会使同样的数在表中出现两次。表二中这一行的位置上有一行而它的行标签无法辨认（乱码，如“锟斤拷”）或断成了上下两行（“行政事业”“性收费”）时，同样不插入行：消息说该处的行未能读作这一行（不说缺少），请改正它的行标签。表二的行按行名读取，写在别的项的标题下（如“行政事业性收费”行写在第二十条第（六）项下，第二十条第（八）项下却没有行）时数仍能读到，但表格不合格式，同样报告；修复把这一行原样移到所属项的表格中格式规定的位置（该项还没有行时移到表头之下，已有行时按格式的顺序，如“行政处罚”在“行政强制”之前）；不能移动时，消息说明原因。标签是格式某一行的标签后多写了一两个词、写在别的项下的行（第二十条第（五）项下的“行政处罚决定”，而第二十条第（六）项下没有“行政处罚”）就是那一行：同样按写错了位置报告，消息写明它的标签，修复把它移过去并改为格式的标签（row-label 不另外报告）。写成另一年度格式行名的行（2021 年报告中的“规范性文件”，format-mixed 把它改为“行政规范性文件”）按它对应的行确定位置，两种行名的位置判断相同，改名不会带来新的问题。插入的竖线表格行与所在表格的格数不同时（如按格式 2 格的行，插入处的表格每行 4 格），不插入，只提示；每格一行的表格中，该项的表头仍是另一年度格式（2019 年格式报告中第二十条第（五）项下的“本年处理决定数量”）时同样不插入，消息提示先按报告所用格式重写这一块。只有 2019 年格式才有的行（“其他对外管理服务事项”“政府集中采购”）在 2019 年格式的报告中缺失时，无论表二其他块是哪种格式都报告。写在别的项下的表二行、未能读取的写在别的分组下的表三行由本规则报告；按行名读到、只是先后顺序与格式不同的行（如“（二）部分公开”写在“（一）予以公开”之前，表三中带着数写在别的分组下或“四、结转下年度继续办理”之后的行）由 row-order 报告，本规则不报告。', 'The rows of 表三 (25 in the 2021 format, 23 in 2019) and of 表二 are fixed by the format. A missing row makes the totals uncheckable. The fix inserts the row blank at its template position (never between a header and its \`| --- |\` line) for the author to fill in from the original table; a row that is there but wholly blank (the inserted row, or a label pasted alone) stays an error of this rule until its numbers are written (a word where the numbers go, 见附件, is said to be no number), so a report missing a whole row of numbers never passes: a 0 would claim the report\'s figure. A table still being filled in (a draft from nianbao new typed row by row: more than half of the rows the format gives numbers to wholly blank, 13 or more of 表三\'s 25 in the 2021 format, 12 of 23 in 2019, 4 of 表二\'s 6, 5 of 8 in 2019) has these blank rows said as one error at the table (same rule, same severity), counting them and naming the first three, every row a related location (the editor and SARIF still point at each), so that the Problems view is not flooded row by row; a blank row or a few in a table filled in are each said on their own. A blank row the column totals or last year\'s report decide is still said on its own, with its fix. In 表三, where the column totals decide every cell of such a row (the only row of its columns without numbers), the fix writes them, on the terms cell-blank fills a partly typed row: every identity of 表三 must hold with them written, and no row may have more or fewer numbers than the columns, nor the header a column the template lacks; not in the --fix run that inserted the row, though (a table missing a whole row wants a person\'s check against the original first): it says so on stderr, and the next run or the quick fix writes them; they would still take in a wrong number elsewhere that agrees with its own total (a number typed wrong together with its row\'s 总计), so the message says they are right only if every other number is, to be checked against the original table. Where the totals do not decide every cell, or a sum fails, the numbers are only named in the message, with no fix. With last year\'s report known (see carry-over), the 上年结转 row must equal last year\'s 结转下年度继续办理 column by column: where the totals agree with it, the fix writes them and the message says both agree; where the totals do not decide the row (结转下年度 blank too, say), the fix writes last year\'s figures, on carry-over\'s terms (this year\'s 表三 must still add up with them, else they are only named); where the totals give other numbers (a typo in 新收 or a result, most likely), nothing is written and the message names both, to be checked. In a tab-separated table (copied from Word or Excel) the row is written with tabs, with as many fields as the table\'s other rows (a blank cell is an empty field between two tabs); a space-aligned table cannot hold blank cells: no fix there. In an HTML table the row inserted copies the markup of a neighbouring row of its level (its <tr> and <td> attributes, the <p> and <span> of a Word page\'s cells), its label written in and its numbers\' places left blank (&nbsp; where Word writes an empty cell), so in a browser it has its neighbours\' borders and font; in a table of one <tr> a line, or pipe rows, a row under a group is written as the group\'s other rows, with no extra cell for the group\'s merged cell. In a table pasted one cell a line (a browser copy), the row is written one cell a line too: with \` |\` line ends, blank cells as \` |\` lines; without them an empty line is no cell, so the row inserted is its label line alone (read as the row with no numbers), for the author to write its numbers one a line below; no pipe-table row is put into such a table. In such a table, where a row\'s label line is lost and its numbers are read as more numbers of the row before (exactly this row\'s count too many, each on a line of its own, before the next row), the fix inserts the label line alone above them, with no blank cells; so too where a group\'s first row lost its label line (1.信访举报投诉类申请 under （五）不予处理) and its numbers, read as the group label\'s subtotals, are the very numbers the column totals give the row, and where only some of the numbers of the last row (四、结转下年度继续办理) are read as more numbers of （七）总计. In 表二 the first row of an item (第二十条第（五）项, say) goes right below the header of the table under that item\'s heading, and the message names the item; so too where no row of its item comes before it and the row after it is another item\'s (a missing 规章 does not go in before 第二十条第（五）项\'s rows); with no table under the heading (表二 missing some items\' tables only), in pipe tables the fix inserts the item\'s table under that heading, the format\'s header and its rows blank (the heading not written again; not where a row of the item stands under another item, which is moved as said below), never the row into the table of the item before, and nothing where the place found is under another item\'s heading: said, with no fix; with the item\'s heading gone too (the whole item missing), in pipe tables the fix inserts the item after the item before (below the heading of an item left as its heading alone between them), its heading, the format\'s header and the row (the first item above the next item\'s heading) (an item of two rows, 行政处罚 and 行政强制 under 第二十条第（六）项, goes in once with both), and in other layouts says so without a fix; a 表二 left with its first item alone (the others deleted, headings and all) is reported row by row too. Where a 表三 group\'s label (（六）其他处理, say) is gone with its rows (a table cut short), the message names the group and the fix inserts the label with the first row, the others then going below it; in a 2021 report a blank （六）其他处理 group label left without its three sub-rows is the 2021 group with those rows missing, not the 2019 single row. A 表三 group label row (（三）不予公开, （五）不予处理…: no numbers, heading its numbered sub-rows) deleted while its sub-rows stay, the first right under the row before (they then read as the group before\'s; groups written as headings over tables of their own are not judged) is a warning, in a table that writes other group labels (the numbers are all there, but the table is not the format\'s); in pipe tables and HTML tables whose group labels are rows of their own the fix inserts it right above the group\'s first sub-row (1.…), elsewhere it is said only. The 2021 （六）其他处理 sub-rows without their group label in a 2019-format report are format-mixed\'s, merged into the 2019 row: no 2021 group label is asked for here. Where the row\'s label is elsewhere in the table but not read as that row (its label alone under another group, or run together with another row on one line), the finding points at that line and no row is inserted: it would be the table\'s second row of that label. Where a 表三 pipe table has a line of numbers with no label, read as no row (two rows swapped in a PDF\'s scattered layout, or a row moved with its label cell emptied), holding exactly the numbers the column totals give this row, the finding points at that line and nothing is inserted: a row inserted and filled from the totals would have the same figures in the table twice. So too where a 表二 row stands in the row\'s place with a label that cannot be read (garbled, 锟斤拷) or split over two lines (行政事业 over 性收费): the message says the row there could not be read as that row (not that it is missing), to have its label mended; nothing is inserted. 表二\'s rows are read by their labels, so a row written under another item\'s heading (行政事业性收费 under 第二十条第（六）项, with nothing under 第二十条第（八）项) is read, but the table is not the format\'s: it is reported too, and the fix moves the row as written to its place in its own item\'s table (below the header when the item has no row yet, else in the format\'s order among the item\'s rows: 行政处罚 above 行政强制); where it cannot be moved, the message says why. A row under another item whose label is a row\'s of the format with a word or two added (行政处罚决定 under 第二十条第（五）项, no 行政处罚 under （六）) is that row: reported as out of its place too, the message naming its label, and the fix moves it and writes the format\'s label (row-label says nothing more of it). A row written with the other format\'s name (规范性文件 in a 2021 report, which format-mixed renames 行政规范性文件) is placed as the row it stands for, so both names are said alike and renaming it brings no new finding. A pipe row is inserted only where it has the cell count of the table there (not a row of 2 cells, as the format has it, into a table of 4): otherwise it is said, with no fix; so too, in a table of one cell a line, under an item whose header is still the other format\'s (本年处理决定数量 over 第二十条第（五）项 in a 2019-format report): the message says to rewrite the block in the report\'s format first. The rows only the 2019 format has (其他对外管理服务事项, 政府集中采购) missing from a 2019-format report are reported whatever format 表二\'s other blocks are in. A 表二 row under another item, and a 表三 row under another group that could not be read, are this rule\'s; rows read by their labels but in another order (（二）部分公开 above （一）予以公开; a 表三 row with its numbers under another group or after 四、结转下年度继续办理) are row-order\'s, not reported here.'),
    example: { bad: '| 2.重复申请 | 0 | … |\n| 4.无正当理由大量反复申请 | 0 | … |', note: bi('缺少“3.要求提供公开出版物”', '3.要求提供公开出版物 is missing') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019') return;
    for (const t of [report.tables.t2, report.tables.t3]) {
      if (!t || unreadable(t)) continue;
      // 表二's rows as placed in the text (a row written with the other format's label read there) and the rows left
      // to format-mixed while rows of the other format stand in it.
      const rows = t.id === 't2' ? t2RowsAsPlaced(report, template, t) : t.rows;
      const foreign = t.id === 't2' ? t2ForeignIds(report, t, rows) : new Set<string>();
      // A row pasted with its label into its label cell (`| （一）予以公开⇥21⇥…⇥24 |  |`): there, its numbers not read
      // (cell-tab-joined says so, with a split): neither blank nor out of place.
      const pasted = new Set(labelTabJoinedRows(report.lines, t).map((j) => j.row.id));
      // A row that is there without a number (the row this rule's fix inserts, or a label pasted alone) is still
      // missing its figures: the error stays until they are written, so a report with a whole row blank fails.
      // In 表三, where the column sums decide every cell of such a row (the row the only one of its columns without
      // numbers), the fix writes those numbers, as cell-blank's does for a row with some numbers written, on the same
      // terms: every identity of the table holds once they are in (brk106 #10). The error stays until then.
      const unfilled = t.rows.filter((r) => isUnfilledRow(template, t, r) && !pasted.has(r.id));
      const implied = unfilled.map((r) => ({ row: r, values: t.id === 't3' ? impliedT3Row(t, r.id) : null }));
      const decided = implied.filter((x): x is { row: RowModel; values: number[] } => x.values !== null);
      // The plain blank rows (no fix, no last year's figures: the message asks for the numbers, nothing more), said
      // below each on its own, or as one finding of the table while it is being filled in (`blankRowsFinding`).
      const plain: { row: RowModel; finding: RuleFinding }[] = [];
      for (const { row: r, values } of implied) {
        // A blank 上年结转 with last year's report known (X-1): last year's 结转下年度继续办理 is what the row must hold.
        // The fix never writes a figure that carry-over then calls wrong: it fills from the column sums only where they
        // agree with last year's figures, from last year's figures where the sums decide nothing and this year's table
        // still adds up with them (carry-over's terms), and where the two differ it writes nothing and says both.
        const carry = lastYearCarry(report, ctx.previous, t, r);
        const conflict = carry !== null && values !== null && carry.values.some((v, i) => v !== null && v !== values[i]);
        const known = carry && !values && carry.values.every((v) => v !== null) ? carry.values as number[] : null;
        if (carry && conflict) {
          ctx.add({ message: lastYearConflictMessage(t, r.label, values!, carry), range: r.match.range ?? r.cells[0]!.range, related: carry.related, data: { table: t.id, row: r.id } });
          continue;
        }
        if (known) {
          // (Not from a last year's table that does not add up through its 结转下年度: brk166 #1.)
          const fromLastYear = carry!.doubt ? undefined : columnSumsFix(report, t, r, known, decided, { year: carry!.year });
          ctx.add({
            message: fromLastYear ? lastYearFilledMessage(t, r.label, carry!) : blankRowMessage(t.name, r.label, lastYearHint(t, carry!, lastYearUnbalances(t, known))),
            range: r.match.range ?? r.cells[0]!.range,
            related: carry!.related,
            ...(fromLastYear ? { fix: fromLastYear } : {}),
            data: { table: t.id, row: r.id, ...(fromLastYear ? { fromLastYear: true } : {}) },
          });
          continue;
        }
        const fix = values ? columnSumsFix(report, t, r, values, decided) : undefined;
        const sumsHint = values ? impliedHint(t, values) : bi('', '');
        const hint = carry ? lastYearHint(t, carry, false) : bi('', '');
        const finding: RuleFinding = {
          message: values && fix
            ? filledRowMessage(t, r.label, values, carry ? lastYearSays(t, carry) : null)
            : blankRowMessage(t.name, r.label, bi(sumsHint.zh + hint.zh, sumsHint.en + hint.en)),
          range: r.match.range ?? r.cells[0]!.range,
          ...(carry ? { related: carry.related } : {}),
          ...(fix ? { fix } : {}),
          data: { table: t.id, row: r.id, ...(fix ? { fromSums: true } : {}) },
        };
        if (!fix && !carry && !values) plain.push({ row: r, finding });
        else ctx.add(finding);
      }
      // A table whose rows are mostly blank is being filled in (a draft from `nianbao new` with its first rows typed):
      // one finding for its blank rows, not one per row flooding the editor (brk188). A blank row or a few in a table
      // filled in are each said at the row.
      const filling = plain.length > 1 && unfilled.length * 2 > templateDataRows(template, t);
      if (filling) ctx.add(blankRowsFinding(report, template, t, plain.map((x) => x.row)));
      else for (const x of plain) ctx.add(x.finding);
      const present = rows.filter((r) => r.cells.length && r.match.kind !== 'absent').length;
      // Fewer rows than that read in 表三 is no table of its rows to place a row in (table-missing's, or a fragment);
      // 表二's items are separate small tables, and one item alone (第二十条第（一）项, the rest deleted) is still 表二.
      // A 表三 pipe table of the template's rows alone, each under its own label, is a table being typed row by row
      // (or cut short) from its first row on (brk143 #3), as the model reads it (not unreadable).
      const typing = t.id === 't3' && t.layout === 'pipe' && !t.extraRows?.length && rows.every((r) => !r.cells.length || r.match.kind === 'absent' || r.match.kind === 'exact');
      if (present < (t.id === 't2' || typing ? 1 : 3)) continue;
      const skip = new Set([...foreign, ...pasted]);
      if (t.id === 't3') missingGroupLabels(ctx, report, t);
      if (t.id === 't2') for (const m of t2MisplacedRows(report, template, t)) ctx.add({ message: m.message, range: m.range, fix: m.fix, data: { table: t.id, row: m.r.id, item: m.item, under: m.at } });
      // 表二: a row under another item's heading (reported above) is no neighbour to place a missing row by: its item's
      // rows are elsewhere (brk104 #6); and where the items' headings say where rows stand, a row goes nowhere they
      // would say it is out of place (`t2Items`, below).
      const placement = t.id === 't2' ? t2Placement(report, template, t, skip) : null;
      const astray = new Set(placement?.trusted ? placement.under.filter((x) => x.item && x.at && x.at !== x.item).map((x) => x.r.id) : []);
      const t2Items = placement?.trusted ? t2ItemsByLine(report, template, t) : null;
      // The rows found as their label alone in their place (`| 2.重复申请 |`, a paste cut off after the label; below):
      // there, on that line, so a row the format puts after one goes below it, not above it (brk127 #5).
      const aloneAt = new Map<string, number>();
      rows.forEach((r, i) => {
        if (r.match.kind !== 'absent' || !r.cells.length || (t.id === 't2' && foreign.has(r.id)) || pasted.has(r.id)) return;
        let prev = rows.slice(0, i).reverse().find((p) => (p.match.kind !== 'absent' && lastLine(p) !== null && !astray.has(p.id)) || aloneAt.has(p.id));
        const next = rows.slice(i + 1).find((p) => p.match.kind !== 'absent' && p.match.range && !astray.has(p.id));
        let prevLine = prev ? aloneAt.get(prev.id) ?? lastLine(prev) : null;
        // The data row read right before it, whose extra numbers may be this row's (its label line lost).
        const readBefore = prev && prev.cells.length ? prev : null;
        // A row with no row of its group before it (1.信访举报投诉类申请 under （五）不予处理, or 2. when 1. is missing
        // too) goes right below the group's own label line, not after the last row of the group before it.
        const parentId = r.id.replace(/\.\d+$/, '');
        const group = parentId !== r.id && !(prev && prev.id.startsWith(parentId + '.')) ? rows.find((x) => x.id === parentId && !x.cells.length) ?? null : null;
        let missingGroup: RowModel | null = null;
        if (group) {
          const key = labelKey(group.label);
          const from = prevLine === null ? t.range.start.line : prevLine + 1;
          const to = next?.match.range ? next.match.range.start.line : t.range.end.line + 1;
          let at = -1;
          for (let l = from; l < to && l < report.lines.lineCount; l++) {
            if (labelKey(report.lines.line(l)).includes(key)) { at = l; break; }
          }
          // A group the table writes in another place (`（四）无法提供` before `（三）不予公开`): its own label line,
          // wherever it is in the table, when only one line has it.
          if (at < 0) {
            const lines = tableLinesWith(report, t, key);
            if (lines.length === 1) at = lines[0];
          }
          if (at >= 0) {
            prev = group;
            prevLine = at;
          } else if (!tableLinesWith(report, t, key).length) {
            // The group's label is nowhere in the table (a table cut short before （六）其他处理): the row goes in with
            // it, under the label, not among the rows of the group before.
            missingGroup = group;
          }
        }
        if (t.id === 't3' && (!group || missingGroup)) {
          // A group label between the row before and this one, on its own line there (`（六）其他处理`, blank as the
          // template prints it, at the end of a table cut short; `三、本年度办理结果` ending a table typed so far, before
          // a group missing with its rows, brk143 #3): the row goes below it, not above it.
          const from = prevLine === null ? t.range.start.line : prevLine + 1;
          const to = next?.match.range ? next.match.range.start.line : t.range.end.line + 1;
          const between = rows.slice(prev ? rows.indexOf(prev) + 1 : 0, i).filter((x) => !x.cells.length && x !== missingGroup);
          for (const g of between.reverse()) {
            const key = labelKey(g.label);
            let at = -1;
            for (let l = from; l < to && l < report.lines.lineCount; l++) if (labelKey(report.lines.line(l)).includes(key)) at = l;
            if (at >= 0) {
              prev = g;
              prevLine = at;
              break;
            }
          }
        }
        // 表二: a row whose item (第二十条第（五）项) has its heading after the row before, which is another item's: the
        // row is the first of its item and goes right below the header of the table under that heading, not after
        // the other item's rows.
        const item = t.id === 't2' ? t2ItemOf(template, r.id) : null;
        // (Also with no row before it and the row after it another item's, `规章` missing above 第二十条第（五）项's rows:
        // not before that row, in another item's table; brk104 #6.)
        let itemPlace: 'same' | 'other' | 'after' | 'nowhere' | 'headless' | 'unclear' = item && (prev ? t2ItemOf(template, prev.id) !== item : next && t2ItemOf(template, next.id) !== item) ? 'other' : 'same';
        if (item && itemPlace === 'other') {
          const end = next?.match.range ? next.match.range.start.line : t.range.end.line + 1;
          const under = headerUnderHeading(report, labelKey(item), prevLine === null ? t.range.start.line : prevLine + 1, end);
          // (No heading of its item before the first row read: the whole first item gone, said without a fix.)
          if (under === null) itemPlace = prevLine === null ? 'headless' : 'after';
          else if (under < 0) itemPlace = 'nowhere';
          else prevLine = under;
        }
        const belongs = item && itemPlace !== 'same' ? bi(`应在${item}中。`, ` It belongs under ${item}.`) : prev ? bi(`应在“${prev.label}”之后。`, ` It belongs after “${prev.label}”.`) : bi('', '');
        // A line of the table that has the row's label (a row put under another group, `2.没有现成信息需要另行制作`
        // among the rows of （五）不予处理): the row is there but was not read in its place. No row is inserted: it
        // would be the table's second row of that label.
        const elsewhere = tableLinesWith(report, t, labelKey(r.label))[0];
        // The label alone in its place (`| 行政处罚 |`, no cell after it): the row is there, without numbers.
        if (elsewhere !== undefined && labelAloneInPlace(report.lines.line(elsewhere), r.label, elsewhere, prevLine, next?.match.range?.start.line ?? null)) {
          aloneAt.set(r.id, elsewhere);
          const implied = t.id === 't3' ? impliedT3Row(t, r.id) : null;
          const sumsHint = implied ? impliedHint(t, implied) : bi('', '');
          // (A 上年结转 row: last year's 结转下年度继续办理 too, when last year's report is known; X-1.)
          const carry = lastYearCarry(report, ctx.previous, t, r);
          const carryHint = carry ? lastYearHint(t, carry, false) : bi('', '');
          const hint = bi(sumsHint.zh + carryHint.zh, sumsHint.en + carryHint.en);
          // Words where the numbers go (`见附件`, `RMB`): not blank, no number (helper-208 #2).
          const words = wordsInCells(report.lines.line(elsewhere), r.label);
          ctx.add({
            message: words.length
              ? bi(`${t.name}“${r.label}”行的${words.map((w) => `“${w}”`).join('')}不是数字，这一行没有读出数字：数值单元格只填阿拉伯数字，说明文字写在表外。请对照原表填写${hint.zh}。`, `${t.name} row “${r.label}”: ${words.map((w) => `“${w}”`).join(', ')} ${words.length > 1 ? 'are' : 'is'} no number, so the row has none read: value cells take Arabic digits, notes go outside the table. Fill it in from the original table${hint.en}.`)
              : blankRowMessage(t.name, r.label, hint),
            range: { start: { line: elsewhere, character: 0 }, end: { line: elsewhere, character: report.lines.line(elsewhere).length } },
            ...(carry ? { related: carry.related } : {}),
            data: { table: t.id, row: r.id },
          });
          return;
        }
        if (elsewhere !== undefined) {
          // The line of another row read (two rows run together on one line, a line break lost): not out of place.
          const joined = rows.find((x) => x !== r && x.match.kind !== 'absent' && (x.match.range?.start.line === elsewhere || x.cells.some((c) => c?.range.start.line === elsewhere)));
          ctx.add({
            message: joined
              ? bi(
                `${t.name}的“${r.label}”行与“${joined.label}”行写在了同一行（第 ${elsewhere + 1} 行），未能读取它的数；请把它另起一行。未自动修改。`,
                `${t.name}'s row “${r.label}” is written on one line with the row “${joined.label}” (line ${elsewhere + 1}), so its numbers were not read: start it on a line of its own. Not changed automatically.`)
              : bi(
                `${t.name}的“${r.label}”行不在格式规定的位置（第 ${elsewhere + 1} 行），未能按格式读取它的数。${belongs.zh}请把这一行移到格式规定的位置。未自动修改。`,
                `${t.name}'s row “${r.label}” is not at its place in the format (it is on line ${elsewhere + 1}), so its numbers were not read as that row.${belongs.en} Move the row to its place. Not changed automatically.`),
            range: { start: { line: elsewhere, character: 0 }, end: { line: elsewhere, character: report.lines.line(elsewhere).length } },
            data: { table: t.id, row: r.id },
          });
          return;
        }
        // 表二: a pipe row in this row's place whose label could not be read as it (garbled, `锟斤拷锟`, or split over two
        // lines, `| 行政事业 | 12.5 |` over `| 性收费 | |`): the row is there, unread; an inserted row would be the
        // table's second (fixB #4). Said as such, with no fix.
        const unread = item && prevLine !== null && (itemPlace === 'same' || itemPlace === 'other') ? unreadRowInPlace(report, t, r.label, prevLine, next?.match.range?.start.line ?? null) : null;
        if (unread) {
          const split = unread.lines.length > 1;
          const raw = unread.labels.map((x) => `“${x}”`).join(split ? '、' : '');
          const rawEn = unread.labels.map((x) => `“${x}”`).join(', ');
          ctx.add({
            message: split
              ? bi(
                `${t.name}${item}中“${r.label}”行所在的位置（第 ${unread.lines[0] + 1}、${unread.lines[1] + 1} 行）有一行，但它的行标签断成了两行（${raw}），未能读作“${r.label}”行，它的数也未核对。若它就是这一行，请把行标签合为“${r.label}”写在一行里（删去多出的那一行）；若不是，再补上这一行。未自动插入，以免同一行出现两次。`,
                `${t.name}, ${item}: at the place of the row “${r.label}” (lines ${unread.lines[0] + 1} and ${unread.lines[1] + 1}) stands a row whose label is split over two lines (${rawEn}), so it could not be read as “${r.label}” and its numbers were not checked. If it is that row, write its label “${r.label}” on one line (deleting the extra line); if not, add the row. Not inserted automatically, so as not to have the row twice.`)
              : bi(
                `${t.name}${item}中“${r.label}”行所在的位置（第 ${unread.lines[0] + 1} 行）有一行，但它的行标签${raw}无法辨认（可能是乱码），未能读作“${r.label}”行，它的数也未核对。若它就是这一行，请把行标签改为“${r.label}”；若不是，再补上这一行。未自动插入，以免同一行出现两次。`,
                `${t.name}, ${item}: at the place of the row “${r.label}” (line ${unread.lines[0] + 1}) stands a row whose label ${rawEn} cannot be read (garbled, perhaps), so it could not be read as “${r.label}” and its numbers were not checked. If it is that row, write its label “${r.label}”; if not, add the row. Not inserted automatically, so as not to have the row twice.`),
            range: { start: { line: unread.lines[0], character: 0 }, end: { line: unread.lines[0], character: report.lines.line(unread.lines[0]).length } },
            data: { table: t.id, row: r.id, unread: true },
          });
          return;
        }
        let at: Position, newText: string;
        // 表三: the column sums decide the missing row's numbers; where they cannot, its cells stay blank (not 0,
        // which would make the totals look wrong). 表二 has no sums that decide a value: blank, as table-missing
        // inserts its tables (a 0 would claim a figure of the report; cell-blank keeps asking for the number).
        // The row is inserted blank, also where the 表三 column sums would decide it: those numbers would take in a
        // wrong number elsewhere in the columns (a deleted row and a typo: the table adds up again around the typo).
        // They are named in the message, for the author to check against the original table.
        const implied = t.id === 't3' ? impliedT3Row(t, r.id) : null;
        const written = blankCellsOf(t, r);
        const eol = report.lines.dominantEol();
        // A row whose group label is not in the table goes in under that label, written as the template prints it
        // (a label cell and blank cells, the table's width).
        // In an HTML table whose groups' labels are merged cells on their first rows (`<td rowspan="8">（三）不予公开</td>
        // <td>1.属于国家秘密</td>…`), the missing group's label goes in that way too, as a merged cell on the new row
        // (spanning it alone; the rows inserted after it under the group raise its span): a row of its own would leave
        // the sub-rows a cell short of the table, every number a column left (brk176 #1).
        const groupCell = missingGroup && t.layout === 'html' ? htmlGroupCellLike(report, t, missingGroup) : null;
        const groupRow = missingGroup && !groupCell ? renderRowLike(report, t, missingGroup.label, written.length, written.map(() => null), missingGroup.id) + eol : '';
        const ownRow = renderRowLike(report, t, r.label, written.length, written, r.id);
        const row = groupRow + (groupCell ? ownRow.replace(/^<tr\b[^>]*>/i, (tr) => tr + groupCell) : ownRow);
        // An HTML table gets an HTML row after the previous row's `</tr>` (or before the next row's `<tr>`).
        const html = t.layout === 'html';
        // Never between a header and its delimiter row (`| --- |`): a row there makes the header a paragraph and the
        // new row the header (helper-208 #2); below the delimiter instead.
        if (!html && prevLine !== null && prevLine + 1 < report.lines.lineCount && PIPE_DELIMITER.test(unquoted(report.lines.line(prevLine + 1)))) prevLine++;
        const after = prevLine === null ? null : html ? htmlRowBoundary(report, prevLine, false) : { line: prevLine, character: report.lines.line(prevLine).length };
        const before = next?.match.range ? (html ? htmlRowBoundary(report, next.match.range.start.line, true) : { line: next.match.range.start.line, character: 0 }) : null;
        // HTML: the row before is its group's label, a merged cell that opens the row after it on the same `<tr>`
        // (`<tr><td rowspan="7">（三）不予公开</td><td>2.其他…</td>…`, the group's first row deleted in Word): the new
        // row becomes the group's first, so the group cell moves into it, its span one more.
        const parentRow = t.rows.find((x) => x.id === parentId && x.id !== r.id);
        const groupAt = html && parentRow && next?.match.range && prevLine === next.match.range.start.line ? report.lines.line(prevLine).indexOf(parentRow.label) : -1;
        const groupRows = t.rows.filter((x) => x.id.startsWith(`${parentId}.`) && x.match.kind !== 'absent' && x.cells.length).length + 1;
        const groupCellMove = groupAt >= 0 && groupAt < next!.match.range!.start.character ? movedGroupCell(report, prevLine!, groupAt, groupRows) : null;
        let moveEdits: TextEdit[] = [];
        // 表三 one cell a line: the row's label line lost, its numbers read as more numbers of the row before, which has
        // exactly this row's count of them too many, each a line of its own, before the next row (brk148 #2). They are
        // this row's: only the label line goes in, above them, not a blank row in front of them (14 cells in a row).
        // (Or the group's first row: its numbers read as the subtotals of the group's label, the row before it then.)
        const orphanOf = prev && !prev.cells.length && prev.subtotals?.length ? prev : readBefore;
        const orphans = t.id === 't3' && !missingGroup ? orphanValues(report, t, orphanOf, written.length, next, implied) : null;
        // (HTML rows indented as a formatter lays them out, `  <tr>`: the new row indented as the row beside it, and
        // the row it goes before keeps its own indentation.)
        const indentAt = (p: Position) => (html ? /^[ \t]*/.exec(report.lines.line(p.line))![0].slice(0, p.character) : '');
        if (orphans) {
          at = { line: orphans.from, character: 0 };
          newText = (t.layout === 'none' ? (documentIsNfkc(report) ? r.label.normalize('NFKC') : r.label) : renderRowLike(report, t, r.label, 0, [], r.id)) + eol;
        } else if (groupCellMove) {
          at = groupCellMove.rowStart;
          newText = row.replace(/^<tr\b[^>]*>/i, (tr) => `${tr}${groupCellMove.cell}`) + eol + indentAt(at);
          moveEdits = [groupCellMove.remove];
        } else if (after && !(html && before && prevLine === next?.match.range?.start.line)) {
          at = after;
          newText = eol + (html ? /^[ \t]*/.exec(report.lines.line(after.line))![0] : '') + row;
        } else if (before) {
          // (HTML: also where the row before is the group label written in the next row's own `<tr>` without a span,
          // `<tr><td></td><td>（三）不予公开</td><td>2.其他…</td>`: after that line would be after the next row; helper-205 #5.)
          at = before;
          newText = row + eol + indentAt(before);
        } else return;
        // A pipe table with blank lines between the place and the next row (brk163 #2: a row's text selected and
        // deleted in the editor leaves its empty line under `| --- |`, which ends the rendered table): the row goes in
        // place of the first blank line, right under the table's line above, so that the table is one again; not below
        // the blank lines, where it would stay in the pipe text after the table. Only blank (white-space) lines there:
        // no text is replaced. (Further blank lines stay, for table-blank-line to say.)
        let replaceEnd: Position | null = null;
        if (!html && !orphans && !groupCellMove && next?.match.range) {
          const nextLine = next.match.range.start.line;
          let b = nextLine;
          while (b > 0 && !report.lines.line(b - 1).trim()) b--;
          const upper = b - 1;
          const pipeLine = (l: number) => { const text = unquoted(report.lines.line(l)); return PIPE_ROW.test(text) || PIPE_DELIMITER.test(text); };
          if (b < nextLine && upper >= t.range.start.line && (prevLine === null || upper === prevLine) && pipeLine(upper) && pipeLine(nextLine)) {
            at = { line: upper, character: report.lines.line(upper).length };
            replaceEnd = { line: b, character: report.lines.line(b).length };
            newText = eol + row;
          }
        }
        // 表二: the row's item has no heading in the table at all (the whole 第二十条第（八）项 block gone): a row after
        // another item's rows would be in that item's table, under its column (brk86 #2: 行政事业性收费 under 本年处理决定
        // 数量). In a report of pipe tables the item goes in whole after the table of the row before, its heading, its
        // header and the row; otherwise it is said, not inserted.
        let wholeItem = false;
        // Every row of the item goes in with it (行政处罚 and 行政强制 under one 第二十条第（六）项), the same insert
        // for each row's finding; its hold keeps fix-all to one of them per pass.
        let itemRows: RowModel[] = [];
        if (item && itemPlace === 'after' && prevLine !== null) {
          itemRows = rows.filter((x) => x.match.kind === 'absent' && t2ItemOf(template, x.id) === item);
          const blockText = t.layout === 'pipe' && template ? t2ItemTable(template, itemRows, eol) : null;
          if (blockText) {
            let last = prevLine;
            while (last + 1 < report.lines.lineCount && report.lines.line(last + 1).trimStart().startsWith('|')) last++;
            // An item between the row before and this one left as its heading alone (第二十条第（五）项 with no table,
            // then 第二十条第（六）项 gone whole): this item goes below that heading, not above it (fixB #1); that
            // item's table then goes under its own heading, above this one.
            const blocks = template.tables.t2?.blocks ?? [];
            const own = blocks.findIndex((b) => b.heading === item);
            const end = next?.match.range ? next.match.range.start.line : t.range.end.line + 1;
            for (const b of blocks.slice(0, Math.max(0, own))) {
              const g = bareItemHeading(report, labelKey(b.heading), last + 1, end);
              if (g !== null && g > last) last = g;
            }
            const below = last + 1 < report.lines.lineCount && report.lines.line(last + 1).trim() !== '';
            at = { line: last, character: report.lines.line(last).length };
            newText = eol + eol + item + eol + eol + blockText + (below ? eol : '');
            wholeItem = true;
          } else itemPlace = 'headless';
        }
        // 表二 partly missing (some items' tables there, others not): an item whose heading stands with no table under
        // it gets its table (the format's header, its rows blank) right under that heading, the heading not written
        // again; the first item, gone heading and all, goes in whole above the heading of the item after it (it was
        // said with no fix either way, fixB #1). Pipe tables only, as for the item inserted after the item before.
        if (item && (itemPlace === 'nowhere' || (itemPlace === 'headless' && prevLine === null)) && t.layout === 'pipe') {
          itemRows = rows.filter((x) => x.match.kind === 'absent' && t2ItemOf(template, x.id) === item);
          // (Only an item with none of its rows read anywhere: a row of it written under another item is moved into
          // its table by t2MisplacedRows once it has one, not inserted with a second table here.)
          const whole = itemRows.length === rows.filter((x) => t2ItemOf(template, x.id) === item).length;
          const blockText = whole ? t2ItemTable(template, itemRows, eol) : null;
          const end = next?.match.range ? next.match.range.start.line : t.range.end.line + 1;
          if (blockText && itemPlace === 'nowhere') {
            const h = bareItemHeading(report, labelKey(item), prevLine === null ? t.range.start.line : prevLine + 1, end);
            if (h !== null) {
              const below = h + 1 < report.lines.lineCount && report.lines.line(h + 1).trim() !== '';
              at = { line: h, character: report.lines.line(h).length };
              newText = eol + eol + blockText + (below ? eol : '');
              wholeItem = true;
            }
          } else if (blockText && next) {
            const nextItem = t2ItemOf(template, next.id);
            const g = nextItem ? bareItemHeading(report, labelKey(nextItem), t.range.start.line, end, true) : null;
            if (g !== null) {
              at = { line: g, character: 0 };
              newText = item + eol + eol + blockText + eol + eol;
              wholeItem = true;
            }
          }
        }
        // Space-aligned columns cannot hold a blank cell: a row with one would read back without its values (and
        // be inserted again on every pass of --fix). It is inserted once the table's sums decide every number.
        // A table split in two (the second half holding the remaining columns) needs the row in both halves: a row
        // of all the values inserted into one half would not fit it. Said, without a fix.
        // A 表二 item whose heading has no table under it: a row after another item's rows would be in that item's table.
        // HTML over several lines whose group label shares the `<tr>` of the next row (`<td rowspan=7>（三）不予公开</td>`
        // then that row's cells, the group's first row deleted in Word): after that `</tr>` is after the next row, and
        // before it leaves the group cell in the next row; neither is the row's place (helper-226 A3). Said, no fix.
        // (On one line with the next row, `<tr><td></td><td>（三）不予公开</td><td>2.其他…`, the row goes in before it.)
        // 表二: never a row where the next check would find it out of place: under another item's heading (where the
        // items' headings say where rows stand; brk104 #6: `| 规章 |   |   |   |` under 第二十条第（五）项's header), or, in
        // a pipe table, beside lines of another number of cells than its own (brk104 #8: `| 行政许可 |   |` after a
        // four-cell row). Said, no fix.
        let unclear: Bilingual | null = null;
        let foreignHeader: ReturnType<typeof t2OtherFormatHeader> = null;
        if (item && !wholeItem && (itemPlace === 'same' || itemPlace === 'other')) {
          const stands = t2Items?.get(at.character > 0 ? at.line : at.line - 1) ?? null;
          // (A pipe row, in a pipe table or one of mixed layouts: not one cell a line, nor HTML.)
          const width = t.layout !== 'html' && !/[\r\n]/.test(row) && PIPE_ROW.test(unquoted(row)) ? pipeWidthAround(report, at) : null;
          const cells = pipeCellCount(row, { fullWidth: true });
          // A row of the item with numbers and an empty label cell, not read as any row (two of the item's labels
          // blanked, brk107 #2): it may be this row, and an inserted one would leave the table with the row twice.
          const unlabelled = template ? unlabelledValueLine(report, template, t, item) : -1;
          if (unlabelled >= 0) {
            unclear = bi(`${item}下第 ${unlabelled + 1} 行有数而没有行标签，可能就是这一行：请在它的标签格中写上“${r.label}”（若不是，再补上这一行）。未自动插入，以免同一行出现两次。`, ` Line ${unlabelled + 1} under ${item} has numbers but no row label, and may be this row: write “${r.label}” in its label cell (or, if it is not, add the row). Not inserted, so as not to have the row twice.`);
          } else if (stands && stands !== item) {
            unclear = bi(`插入处在${stands}之下，看不出${item}的表格中这一行的位置，未自动插入；请在${item}的表格中补上这一行。`, ` The place found for it is under ${stands}, and where it goes in ${item}'s table cannot be told: not inserted automatically; add the row in ${item}'s table.`);
          } else if (width !== null && width !== cells) {
            unclear = bi(`插入处的表格每行 ${width} 格，而按格式这一行有 ${cells} 格，插入的行与表格对不上，未自动插入；请按格式的列在${item}的表格中补上这一行。`, ` The table at its place has ${width} cells a row, where the format's row has ${cells}: an inserted row would not fit it, so it is not inserted automatically; add the row in ${item}'s table with the format's columns.`);
          } else if (template && (foreignHeader = t2OtherFormatHeader(report, template, at.character > 0 ? at.line : at.line - 1))) {
            // A block still under the other format's header (one cell a line, which has no cell count to compare:
            // brk185 #2): a row of this format put in it would leave the block half of each, its header unchanged.
            const heads = foreignHeader.labels.map((x) => `“${x}”`).join('');
            unclear = bi(`${item}的表头（${heads}）仍是${foreignHeader.other}年格式，插入按${template.id}年格式的这一行会使这一块两种格式混杂，未自动插入；请先按${template.id}年格式重写这一块（列：${t2ItemColumns(template, r).join('、')}），再补上这一行。`, ` ${item}'s header (${foreignHeader.labels.join(', ')}) is still the ${foreignHeader.other} format's: a row of the ${template.id} format inserted there would leave the block half of each, so it is not inserted automatically; rewrite the block in the ${template.id} format first (columns: ${t2ItemColumns(template, r).join(', ')}), then add the row.`);
          }
          if (unclear) itemPlace = 'unclear';
        }
        const tangled = html && after !== null && before !== null && !groupCellMove && prevLine !== next?.match.range?.start.line && (after.line > before.line || (after.line === before.line && after.character > before.character));
        let writable = !tangled && !t.split && (wholeItem || (itemPlace !== 'nowhere' && itemPlace !== 'headless')) && itemPlace !== 'unclear' && (t.layout !== 'space-aligned' || written.every((v) => v !== null));
        // 表三: a line of numbers without a label, read as no row, holding exactly the numbers the totals give this row
        // (a PDF's scattered layout, the row's lines apart): said, not inserted, so the figures are not there twice.
        const loose = implied && !orphans ? unreadT3ValueLine(report, t, implied) : -1;
        if (loose >= 0) writable = false;
        const hint = implied ? impliedHint(t, implied) : null;
        // What the message says of the fix is what the finding's fix does: a row only where one is inserted.
        const todo = loose >= 0
          ? bi(`第 ${loose + 1} 行有一行没有行名的数（${implied!.join('、')}），没有读作任何一行，它与按各列合计推算的这一行完全相同，看来就是这一行的数：请把它移到这一行的位置并写上行名“${r.label}”（若不是，再补上这一行）。未自动插入，以免同样的数在表中出现两次。`, ` Line ${loose + 1} holds numbers with no row label (${implied!.join(', ')}), read as no row, the very numbers the column totals give this row: they look like this row's. Move that line to this row's place and write the label “${r.label}” in it (or, if it is not this row, add the row). Not inserted automatically, so the same figures are not in the table twice.`)
          : orphans && orphanOf && orphans.read === 'subtotal'
          ? bi(`“${orphanOf.label}”之下的 ${written.length} 个数（第 ${orphans.from + 1}–${orphans.to + 1} 行）被读作这一分组的小计，但它们正是按各列合计推算的这一行的数，看来是这一行的，它的行名那一行缺失了：修复只在这些数之前插入行名“${r.label}”，请对照原表核对。`, ` The ${written.length} numbers under “${orphanOf.label}” (lines ${orphans.from + 1}–${orphans.to + 1}), read as the group's subtotals, are the very numbers the column totals give this row: they look like this row's, its label line lost. The fix inserts the label “${r.label}” alone above them; check them against the original table.`)
          : orphans && readBefore && (readBefore.extraCells?.length ?? 0) < written.length
          ? bi(`“${readBefore.label}”行之后的 ${written.length} 个数（第 ${orphans.from + 1}–${orphans.to + 1} 行，其中 ${readBefore.extraCells!.length} 个被读作它多出的数）看来是这一行的，它的行名那一行缺失了：修复只在这些数之前插入行名“${r.label}”，请对照原表核对。`, ` The ${written.length} numbers after the row “${readBefore.label}” (lines ${orphans.from + 1}–${orphans.to + 1}, ${readBefore.extraCells!.length} of them read as its numbers too many) look like this row's, its label line lost: the fix inserts the label “${r.label}” alone above them; check them against the original table.`)
          : orphans && readBefore
          ? bi(`“${readBefore.label}”行多出的 ${written.length} 个数（第 ${orphans.from + 1}–${orphans.to + 1} 行）看来是这一行的，它的行名那一行缺失了：修复只在这些数之前插入行名“${r.label}”，请对照原表核对。`, ` The ${written.length} numbers too many of the row “${readBefore.label}” (lines ${orphans.from + 1}–${orphans.to + 1}) look like this row's, its label line lost: the fix inserts the label “${r.label}” alone above them; check them against the original table.`)
          : t.split
          ? bi('表三分成了上下两张表，请在两张表的相应位置各补上这一行。', ' 表三 is split into two tables: add the row at its place in both.')
          : itemPlace === 'nowhere' && !wholeItem
            ? bi(`${item}的标题下没有表格，未自动插入；请在该项下补上这一行。`, ` ${item} has no table under its heading: not inserted automatically; add the row under that item.`)
          : itemPlace === 'headless' && !wholeItem
            ? bi(`${item}的标题和表格都不在表二中，未自动插入；请补上该项的标题及其表格（列：${t2ItemColumns(template, r).join('、')}）。`, ` Neither ${item}'s heading nor its table is in 表二: not inserted automatically; add the item's heading and its table (columns: ${t2ItemColumns(template, r).join(', ')}).`)
          : unclear
            ? unclear
          : wholeItem && itemPlace === 'nowhere'
            ? bi(`${item}的标题下没有表格：修复在该标题下插入该项的表格（表头按格式，${itemRows.map((x) => `“${x.label}”`).join('、')}${itemRows.length > 1 ? '各行' : '这一行'}空白，标题不重复插入），请对照原表填写。`, ` ${item} has no table under its heading: the fix inserts the item's table under that heading (the format's header, ${itemRows.length > 1 ? `the rows ${itemRows.map((x) => `“${x.label}”`).join(', ')}` : 'this row'} blank; the heading is not written again); fill ${itemRows.length > 1 ? 'them' : 'it'} in from the original table.`)
          : wholeItem && itemPlace === 'headless'
            ? bi(`${item}的标题和表格都不在表二中：修复在下一项的标题之前插入该项的标题和表格（表头按格式，${itemRows.map((x) => `“${x.label}”`).join('、')}${itemRows.length > 1 ? '各行' : '这一行'}空白），请对照原表填写。`, ` Neither ${item}'s heading nor its table is in 表二: the fix inserts the item's heading and table above the next item's heading (the format's header, ${itemRows.length > 1 ? `the rows ${itemRows.map((x) => `“${x.label}”`).join(', ')}` : 'this row'} blank); fill ${itemRows.length > 1 ? 'them' : 'it'} in from the original table.`)
          : wholeItem
            ? itemRows.length > 1
              ? bi(`${item}的标题和表格都不在表二中：修复在上一项的表格之后插入该项的标题和表格（表头按格式，${itemRows.map((x) => `“${x.label}”`).join('、')}各行空白），请对照原表填写。`, ` Neither ${item}'s heading nor its table is in 表二: the fix inserts the item's heading and table after the item before (the format's header, the rows ${itemRows.map((x) => `“${x.label}”`).join(', ')} blank); fill them in from the original table.`)
              : bi(`${item}的标题和表格都不在表二中：修复在上一项的表格之后插入该项的标题和表格（表头按格式，这一行空白），请对照原表填写。`, ` Neither ${item}'s heading nor its table is in 表二: the fix inserts the item's heading and table after the item before (the format's header, this row blank); fill it in from the original table.`)
          : tangled
            ? bi(`它所在分组的合并单元格写在下一行的 <tr> 中，插入的行放不进这一分组，未自动插入；请对照原表补上这一行，并把分组单元格移到这一行${hint?.zh ?? ''}。`, ` Its group's merged cell is written in the next row's <tr>, where an inserted row cannot join the group: not inserted automatically; add the row from the original table and move the group cell into it${hint?.en ?? ''}.`)
          : !writable
            ? bi(`表格以空格对齐，写不出空白单元格，未自动插入；请对照原表补上这一行${hint?.zh ?? ''}。`, ` The table is aligned with spaces, which cannot hold a blank cell: not inserted automatically; add the row from the original table${hint?.en ?? ''}.`)
            : t.layout === 'none'
              ? bi(`修复只插入行名这一行（表格每行一格，写不出空白单元格），请在它下面对照原表逐行填写 ${written.length} 个数${hint?.zh ?? ''}。`, ` The fix inserts its label line alone (the table has one cell a line, where a blank cell cannot be written): write its ${written.length === 1 ? 'number' : `${written.length} numbers`} below it, one a line, from the original table${hint?.en ?? ''}.`)
            : hint
              ? bi(`修复插入空白行，请对照原表填写${hint.zh}。`, ` The fix inserts it blank: fill it in from the original table${hint.en}.`)
              : bi('', '');
        // The item named already says where a row of another item's neighbourhood belongs.
        const said = itemPlace !== 'same' ? bi('', '') : belongs;
        ctx.add({
          message: missingGroup
            ? bi(`${t.name}缺少“${missingGroup.label}”下的“${r.label}”行（“${missingGroup.label}”这一分组标题也不在表中）。${said.zh}${todo.zh}`, `${t.name} lacks the row “${r.label}” under “${missingGroup.label}” (the group label “${missingGroup.label}” is not in the table either).${said.en}${todo.en}`)
            : bi(`${t.name}缺少${item ? `${item}的` : ''}“${r.label}”行。${said.zh}${todo.zh}`, `${t.name} lacks the row “${r.label}”${item ? ` of ${item}` : ''}.${said.en}${todo.en}`),
          range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: report.lines.line(at.line).length } },
          ...(loose >= 0 ? { related: [{ range: { start: { line: loose, character: 0 }, end: { line: loose, character: report.lines.line(loose).length } }, message: bi('没有行名的一行数', 'The numbers with no label') }] } : {}),
          fix: writable ? {
            title: missingGroup ? bi(`插入“${missingGroup.label}”及其下的“${r.label}”行`, `Insert “${missingGroup.label}” with the row “${r.label}” under it`) : bi(`插入“${r.label}”行`, `Insert the row “${r.label}”`),
            // In HTML, the merged group cells over the new row span it too (`rowspan` + 1).
            edits: [{ range: { start: at, end: !wholeItem && replaceEnd ? replaceEnd : at }, newText }, ...moveEdits, ...(html ? rowspanEdits(report.lines, t.range.start.line, at, labelIdsOf(t), r.id, missingGroup && !groupCell ? 2 : 1) : [])],
            // The rows of one group missing with its label: one of them goes in with the label per pass of fix-all
            // (the others then go below it), not the label once per row.
            holds: (missingGroup || wholeItem) && at.character > 0 ? [{ start: { line: at.line, character: 0 }, end: at }]
              : wholeItem ? [{ start: at, end: { line: at.line, character: report.lines.line(at.line).length } }] : undefined,
          } : undefined,
          data: { table: t.id, row: r.id },
          // Shown on the row before or after the place: the finding is the row that is not there, whatever that
          // neighbour says (filling its blank cell does not make this a new finding).
          absent: true,
        });
      });
    }
  },
};
