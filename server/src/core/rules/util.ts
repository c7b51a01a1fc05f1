import type { Bilingual, Cell, Range, RowModel, TableModel, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';

/** `（七）总计` → NFKC form `(七)总计` when the document writes ASCII parentheses (NFKC-normalised text), else as given. */
export function inStyleOf(sample: string, canonical: string): string {
  const asciiStyle = /[(),:]/.test(sample) && !/[（），：]/.test(sample);
  return asciiStyle ? canonical.normalize('NFKC') : canonical;
}

/** Whether the document as a whole is written with ASCII punctuation (NFKC-normalised). */
export function documentIsNfkc(report: Report): boolean {
  const sample = report.text.slice(0, 20000);
  const ascii = (sample.match(/[(),:]/g) ?? []).length;
  const wide = (sample.match(/[（），：]/g) ?? []).length;
  return ascii > wide;
}

export function rowById(t: TableModel | undefined, id: string): RowModel | undefined {
  return t?.rows.find((r) => r.id === id);
}

/** A cell's value when it is a readable number; null for blank, missing or invalid cells. */
export function num(c: Cell | null | undefined): number | null {
  if (!c || c.value === null || c.invalid) return null;
  return c.value;
}

/** Sums numbers; null if any is null (a blank is not 0: the identity cannot be evaluated). */
export function sum(values: (number | null)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null) return null;
    s += v;
  }
  return Math.round(s * 1e6) / 1e6;
}

/** An edit that writes `value` over a cell (or into a blank cell). */
export function setCell(c: Cell, value: number): TextEdit {
  return { range: c.range, newText: String(value) };
}

/** Formats a signed difference: `+3`, `-2`. */
export function signed(n: number): string {
  return (n > 0 ? '+' : '') + String(Math.round(n * 1e6) / 1e6);
}

/** The range of line `line`'s content in the report. */
export function lineRange(report: Report, line: number): Range {
  return report.lines.lineRange(line);
}

/** Bilingual helper for messages built from parts. */
export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** Whether a table could not be read well enough to judge its rows and sums. */
export function unreadable(t: TableModel | undefined): boolean {
  return !t || Boolean(t.broken) || t.rows.every((r) => r.cells.every((c) => !c || c.raw === ''));
}

/**
 * How sure the reading of a table is: the share of its data rows found by their labels (exactly, as a variant or
 * misspelled) rather than only by their order. Below `UNSURE`, arithmetic findings are lowered to info: a sum
 * that fails on a table whose rows were matched by position is more likely a misreading than an error.
 */
export function labelConfidence(t: TableModel): number {
  const data = t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent');
  if (!data.length) return 0;
  return data.filter((r) => r.match.kind === 'exact' || r.match.kind === 'variant' || r.match.kind === 'misspelled').length / data.length;
}
export const UNSURE = 0.6;

/** Severity and message suffix for an arithmetic finding on a table read with this confidence. */
export function sureness(t: TableModel): { severity?: 'info'; note: Bilingual } {
  return labelConfidence(t) < UNSURE
    ? { severity: 'info', note: bi('（表格排版错乱，多数行按顺序对应，请对照原表核对）', ' (the table layout is scrambled and most rows were matched by their order: check against the original table)') }
    : { note: bi('', '') };
}

/**
 * The lines (in order, each once) on which a global pattern matches, found by one search over the whole text
 * rather than one per line. The pattern must match at least one character and never a line ending.
 */
export function linesWith(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let line = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    while (line + 1 < starts.length && starts[line + 1] <= m.index) line++;
    if (m.index < ends[line]) out.push(line);
    if (line + 1 >= starts.length) break;
    re.lastIndex = starts[line + 1];
  }
  return out;
}
