/**
 * Rows without numbers: what row-missing and cell-blank share about a template row whose every value cell is blank
 * (the row row-missing's fix inserts, or a row pasted with its label only), and the names of value columns.
 */
import type { Bilingual, RowModel, TableModel } from '../types.js';
import { blockOfRow, type Template } from '../templates/index.js';
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

/**
 * The name of value column `i` (0-based, after the label) of table `t`, as the messages say it: 表三's column label
 * (`商业企业`); with the report's `template`, 表二's column of row `rowId`'s block (`本年废止件数`) and 表四's group and
 * result (`行政复议·结果纠正`); else its place (`第2列`, `第8项`).
 */
export function valueColumnName(t: TableModel, i: number, template?: Template | null, rowId?: string): string {
  if (t.id === 't3') return t.columns[i + 1]?.label ?? String(i + 1);
  if (t.id === 't4') {
    const t4 = template?.tables.t4;
    const group = t4?.groups[Math.floor(i / t4.leaves.length)];
    return t4 && group ? `${group.label}·${t4.leaves[i % t4.leaves.length]}` : `第${i + 1}项`;
  }
  const t2 = template?.tables.t2;
  const block = t2 && rowId ? blockOfRow(t2, rowId) : undefined;
  return block?.columns[i]?.label ?? `第${i + 1}列`;
}

/**
 * The numbers the 表三 column sums give a row (`impliedT3Row`), said as a hint to check against the original table:
 * they are right only if every other number of those columns is. Starts with `（` / a space: it follows a sentence.
 */
export function impliedHint(t: TableModel, values: number[]): Bilingual {
  const list = values.map((v, i) => `${valueColumnName(t, i)} ${v}`);
  return bi(`（按各列合计推算为 ${list.join('、')}，仅当表中其他数都无误时才对）`, ` (the column totals give ${list.join(', ')}, right only if every other number of the table is)`);
}
