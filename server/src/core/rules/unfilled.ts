/**
 * Rows without numbers: what row-missing and cell-blank share about a template row whose every value cell is blank
 * (the row row-missing's fix inserts, or a row pasted with its label only), and the names of value columns.
 */
import type { Bilingual, RowModel, TableModel } from '../types.js';
import type { Template } from '../templates/index.js';
import { bi, hasAnyValue } from './util.js';

/**
 * Whether `r` is a template row of 表二/表三 that is there but holds no number: every value cell read and blank.
 * Such a row keeps row-missing's error until its numbers are written (a report with a whole row of numbers
 * missing must not pass), and cell-blank leaves it to row-missing. `template` is the report's (none, or pre-2019:
 * no such row). The table must have a value somewhere (one without is table-empty's) and be read as a whole.
 */
export function isUnfilledRow(template: Template | null, t: TableModel, r: RowModel): boolean {
  if (!template || template.id === 'pre2019' || (t.id !== 't2' && t.id !== 't3') || t.broken) return false;
  // A number past the row's cells (`| 行政许可 | | 1520 |`) is a value written in the wrong cell, not a row left blank.
  if (r.match.kind === 'absent' || !r.cells.length || r.cellCount > r.cells.length) return false;
  for (const c of r.cells) if (!c || c.raw !== '') return false;
  return hasAnyValue(t);
}

/** The name of value column `i` (0-based, after the label) of table `t`, as the messages say it. */
export function valueColumnName(t: TableModel, i: number): string {
  if (t.id === 't3') return t.columns[i + 1]?.label ?? String(i + 1);
  if (t.id === 't4') return `第${i + 1}项`;
  return `第${i + 1}列`;
}

/**
 * The numbers the 表三 column sums give a row (`impliedT3Row`), said as a hint to check against the original table:
 * they are right only if every other number of those columns is. Starts with `（` / a space: it follows a sentence.
 */
export function impliedHint(t: TableModel, values: number[]): Bilingual {
  const list = values.map((v, i) => `${valueColumnName(t, i)} ${v}`);
  return bi(`（按各列合计推算为 ${list.join('、')}，仅当表中其他数都无误时才对）`, ` (the column totals give ${list.join(', ')}, right only if every other number of the table is)`);
}
