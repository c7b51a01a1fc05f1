/**
 * A row label accepted from completion on a pipe row that has no cells yet (`| 4.无`): the row written whole, with
 * the blank cells row-missing's fix inserts for it in that table's layout (same code: `blankCellsOf`,
 * `renderRowLike`), kept aligned with an aligned table as a fix is (`alignFixEdits`); and a label accepted on a row
 * that has cells, its cell's padding made up for the label's new width (`labelPadder`). Pure.
 */
import type { TableId, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { LineIndex } from '../text/lines.js';
import { blankCellsOf, renderRowLike } from '../rules/row-missing.js';
import { alignFixEdits, keepSpacedColumns } from '../fix/align.js';
import { unquoted } from '../suppress.js';

/**
 * Whether the pipe row `line` (its text) has no cell after its label cell, which starts at UTF-16 offset `from`:
 * after it at most a closing pipe and white space (`| 4.无`, `| 4.无 |`). An escaped `\|` is no pipe.
 */
export function rowHasNoCells(line: string, from: number): boolean {
  const rest = line.slice(from).split(/(?<!\\)\|/);
  return rest.length === 1 || (rest.length === 2 && rest[1].trim() === '');
}

/**
 * The edits that write template row `rowId` of table `table` on 0-based line `line` of `report` (a pipe row holding
 * only its label cell, see `rowHasNoCells`): `row`, the line's new text whole (the label and blank cells, in the
 * table's pipe style and, for an aligned table, at its column widths), and `others`, the edits to the table's other
 * lines that keep it aligned when a column must widen (no-op rewrites left out). Null when the table was not read
 * as a pipe table, the row is no row of it, or its row would not be a pipe row (nothing to write then). `line` may
 * also be a line without pipes right under the table (`行政`, one more row of it in GFM): the row is then written as
 * one inserted under the table's row above it, at the table's widths.
 */
export function rowWithBlankCells(report: Report, table: TableId, rowId: string, line: number, label?: string): { row: string; others: TextEdit[] } | null {
  const t = report.tables[table];
  if (!t || t.layout !== 'pipe' || table === 't4' || line >= report.lines.lineCount) return null;
  const r = t.rows.find((x) => x.id === rowId);
  if (!r) return null;
  const cells = blankCellsOf(t, r);
  if (!cells.length) return null;
  const text = renderRowLike(report, t, label ?? r.label, cells.length, cells, r.id);
  if (!text.includes('|') || /[\r\n]/.test(text)) return null;
  const whole = report.lines.lineRange(line);
  // A line without pipes right under the table (a row of it in GFM, brk171 #2) is no row of the table as the text
  // stands: the row is aligned as one inserted after the row above it.
  const under = !/^\s*\|/.test(unquoted(report.lines.line(line))) && line > 0;
  const eol = report.lines.eol(line - 1) || '\n';
  const at = under ? report.lines.lineRange(line - 1).end : null;
  const main: TextEdit = at ? { range: { start: at, end: at }, newText: eol + text } : { range: whole, newText: text };
  const edits = alignFixEdits(report.lines, [main]);
  let row: string | null = null;
  const others: TextEdit[] = [];
  for (const e of edits) {
    if (at && e.range.start.line === at.line && e.range.end.line === at.line && e.range.start.character === at.character && e.range.end.character === at.character && e.newText.startsWith(eol) && !/[\r\n]/.test(e.newText.slice(eol.length))) row = e.newText.slice(eol.length);
    else if (!at && e.range.start.line === line && e.range.end.line === line && e.range.start.character === 0 && e.range.end.character === whole.end.character) row = e.newText;
    else if (report.lines.slice(e.range) !== e.newText) others.push(e);
  }
  return row === null ? null : { row, others };
}

/**
 * For completion writing a label over the label text of 0-based line `line`, UTF-16 `[from, to)` (the cell's text,
 * without the spaces around it), in an aligned pipe table: a function giving, for a label, the edits that keep the
 * table aligned beside that main edit, which stays as it is. They re-pad the cell as a fix's edit of it is re-padded
 * (`alignFixEdits`): the spaces after the label, before the cell's closing pipe, fewer when it is wider and more when
 * it is narrower (at least one kept), and, when it is wider than its column, the spaces (dashes) that widen that
 * column in the table's other rows. The edit of the cell's spaces is at its end, at least one space after `to`, so it
 * never touches the main edit. The cell is padded to its column's width whatever its padding was (a label partly
 * deleted with its old padding left, brk161 #4: the row came back 14 columns out of line), as Format Document pads
 * it; only that cell's spaces change in that row. A compact row in an aligned table is left compact (`alignFixEdits`
 * writes its cell so). Null (nothing to add) when the table is not aligned, or the cell is not padded with spaces.
 */
export function labelPadder(lines: LineIndex, line: number, from: number, to: number): ((label: string) => TextEdit[]) | null {
  if (line < 0 || line >= lines.lineCount) return null;
  const text = lines.line(line);
  if (to < from || to > text.length) return null;
  // The cell as an aligned table writes it with `content` over `[from, to)`: its edit (between its pipes) and the others.
  const cell = (content: string): { edit: TextEdit; others: TextEdit[] } | null => {
    const edits = alignFixEdits(lines, [{ range: lines.range(line, from, to), newText: content }]);
    const own = edits.filter((e) => e.range.start.line === line || e.range.end.line === line);
    if (own.length !== 1) return null;
    const { start, end } = own[0].range;
    if (start.line !== line || end.line !== line || start.character > from || end.character < to) return null;
    return { edit: own[0], others: edits.filter((e) => e !== own[0]) };
  };
  // The cell as the table writes it with its own text: where it lies (its padding may be off, brk161 #4).
  const same = cell(text.slice(from, to));
  if (!same) return null;
  const end = same.edit.range.end.character;
  const head = text.slice(same.edit.range.start.character, from);
  if (!/^ +$/.test(text.slice(to, end))) return null;
  return (label) => {
    const next = cell(label);
    if (!next || next.edit.range.end.character !== end || !next.edit.newText.startsWith(head + label)) return [];
    const pad = next.edit.newText.slice(head.length + label.length);
    if (!/^ +$/.test(pad)) return [];
    // Spaces taken from the end of the cell's, or added there (`end - d` is after `to`: a space stays).
    const d = pad.length - (end - to);
    const out: TextEdit[] = d < 0 ? [{ range: lines.range(line, end + d, end), newText: '' }] : d > 0 ? [{ range: lines.range(line, end, end), newText: ' '.repeat(d) }] : [];
    for (const e of next.others) if (lines.slice(e.range) !== e.newText) out.push(e);
    return out;
  };
}

/**
 * For completion writing a label over the label text of 0-based line `line`, UTF-16 `[from, to)` (without the spaces
 * after it), in a row of a table laid out with spaces (`pdftotext -layout`; `spaced` tells the table's lines): a
 * function giving, for a label, the edits beside that main edit, which stays as it is, that keep the row's later
 * columns where they are, as a fix's edit there keeps them (`keepSpacedColumns`, brk161 #3: the numbers moved right
 * by the label's extra width): spaces taken from the gap after the label (two kept) or added to it, at the gap's
 * end; where the gap has not the room, the other lines of its block widened there when they line up. Null when the
 * line is no such row.
 */
export function spacedPadder(lines: LineIndex, line: number, from: number, to: number, spaced: (line: number) => boolean): ((label: string) => TextEdit[]) | null {
  if (line < 0 || line >= lines.lineCount || to < from || to > lines.line(line).length || !spaced(line)) return null;
  return (label) => {
    const main: TextEdit = { range: lines.range(line, from, to), newText: label };
    return keepSpacedColumns(lines, [main], spaced, true).filter((e) => e !== main);
  };
}
