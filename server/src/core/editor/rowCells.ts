/**
 * A row label accepted from completion on a pipe row that has no cells yet (`| 4.无`): the row written whole, with
 * the blank cells row-missing's fix inserts for it in that table's layout (same code: `blankCellsOf`,
 * `renderRowLike`), kept aligned with an aligned table as a fix is (`alignFixEdits`). Pure.
 */
import type { TableId, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { blankCellsOf, renderRowLike } from '../rules/row-missing.js';
import { alignFixEdits } from '../fix/align.js';

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
 * as a pipe table, the row is no row of it, or its row would not be a pipe row (nothing to write then).
 */
export function rowWithBlankCells(report: Report, table: TableId, rowId: string, line: number): { row: string; others: TextEdit[] } | null {
  const t = report.tables[table];
  if (!t || t.layout !== 'pipe' || table === 't4' || line >= report.lines.lineCount) return null;
  const r = t.rows.find((x) => x.id === rowId);
  if (!r) return null;
  const cells = blankCellsOf(t, r);
  if (!cells.length) return null;
  const text = renderRowLike(report, t, r.label, cells.length, cells, r.id);
  if (!text.includes('|') || /[\r\n]/.test(text)) return null;
  const whole = report.lines.lineRange(line);
  const edits = alignFixEdits(report.lines, [{ range: whole, newText: text }]);
  let row: string | null = null;
  const others: TextEdit[] = [];
  for (const e of edits) {
    if (e.range.start.line === line && e.range.end.line === line && e.range.start.character === 0 && e.range.end.character === whole.end.character) row = e.newText;
    else if (report.lines.slice(e.range) !== e.newText) others.push(e);
  }
  return row === null ? null : { row, others };
}
