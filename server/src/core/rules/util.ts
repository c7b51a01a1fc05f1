import type { Bilingual, Cell, ColumnModel, FormatId, Range, RowModel, TableId, TableModel, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { TABLE2_ROW_LABELS } from '../model/tables.js';
import { groupThousands, HAS_INVISIBLE, invisibleOutsideSymbols, labelKey } from '../text/normalize.js';
import { lineDiff, previousVersion } from '../prose/versions.js';
import { LineIndex } from '../text/lines.js';
import { layoutWidth } from '../editor/pipeTables.js';
import { isValueText } from '../parse/tokens.js';
import { pipeIndex, splitPipes } from '../text/blocks.js';
import { linesWithAfterEdit, linesWithIn, type Finder } from '../text/search.js';
import { hasTraditional, inScriptOf, isTraditional } from '../text/script.js';

/** `（七）总计` → NFKC form `(七)总计` when the document writes ASCII parentheses (NFKC-normalised text), else as given. */
export function inStyleOf(sample: string, canonical: string): string {
  const asciiStyle = /[(),:]/.test(sample) && !/[（），：]/.test(sample);
  return asciiStyle ? canonical.normalize('NFKC') : canonical;
}

/** Whether the document as a whole is written with ASCII punctuation (NFKC-normalised). */
export function documentIsNfkc(report: Report): boolean {
  const sample = report.lines.head(20000);
  const ascii = (sample.match(/[(),:]/g) ?? []).length;
  const wide = (sample.match(/[（），：]/g) ?? []).length;
  return ascii > wide;
}

export function rowById(t: TableModel | undefined, id: string): RowModel | undefined {
  return t?.rows.find((r) => r.id === id);
}

/**
 * A cell's value when it is a readable number; null for blank, missing or invalid cells. A count written with a zero
 * fraction (`41.0`, number-invalid's `decimal` with a whole value) is that whole number: unambiguous, so the sums
 * around it are checked while number-invalid says how to write it.
 */
export function num(c: Cell | null | undefined): number | null {
  if (!c || c.value === null) return null;
  if (c.invalid && !(c.invalid === 'decimal' && Number.isInteger(c.value))) return null;
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

/** `sum(cells.slice(from, to).map(num))` without the arrays. */
export function sumCells(cells: readonly (Cell | null | undefined)[], from: number, to: number): number | null {
  let s = 0;
  for (let i = from; i < to && i < cells.length; i++) {
    const v = num(cells[i]);
    if (v === null) return null;
    s += v;
  }
  return Math.round(s * 1e6) / 1e6;
}

/**
 * An edit that writes `value` over cell `c` of table `t` (or into a blank cell), in a row aligned with spaces where
 * its column's numbers stand (see `numberInColumn`). A whole number of four digits or more gets ASCII thousands
 * separators when the cell has them, or, for a cell without, when another number of the table does (`1,200` →
 * `1,300`): a fix changes the number, not how the agency writes numbers. A full-width comma (`1，200`) is not kept
 * nor copied: number-invalid warns of it (it may be two numbers run together), and a number the fix writes is one
 * number: plain digits (fixB #3).
 */
export function setCell(lines: LineIndex, t: TableModel, c: Cell, value: number): TextEdit {
  const sep = separatorOf(c.raw) ?? tableSeparator(t);
  return numberInColumn(lines, t, c, sep ? groupThousands(plainNumber(value), sep) : plainNumber(value));
}

/** An ASCII thousands separator between digits (`1,200`; not `12，305`, see `setCell`). */
const THOUSANDS = /\d(,)\d{3}(?!\d)/;

/** The thousands separator that `raw` (a cell's text) writes, if any. */
function separatorOf(raw: string): string | null {
  return THOUSANDS.exec(raw)?.[1] ?? null;
}

/** The thousands separator that the first value cell of `t` with one writes, if any. */
function tableSeparator(t: TableModel): string | null {
  for (const r of t.rows) for (const c of r.cells) if (c && c.raw.length >= 5) { const s = separatorOf(c.raw); if (s) return s; }
  return null;
}

/** Spaces a widened number leaves at least between it and its neighbour (fewer only where there were fewer). */
const MIN_COLUMN_GAP = 2;

/**
 * The edit that writes `text` (a number) over the non-blank cell `c` of table `t`. In a row aligned with spaces
 * (`pdftotext -layout`: a space-aligned table's line without pipes or tabs) the number keeps its column's alignment
 * (`spaceColumnAlign`) and the row its other characters: a narrower number is padded with spaces to the cell's
 * display width (`４０` → `40` plus two spaces; `增2` → two spaces and `2`); a wider one takes its extra columns
 * from the spaces on its aligned side (before a right-aligned number, after a left-aligned one), leaving at least
 * `MIN_COLUMN_GAP` of them (or as many as there were, when fewer), so that it never joins the next cell; where they
 * are too few, the rest of the line moves. Elsewhere (pipe, tab or HTML rows, a blank cell): `text` over `c.range`.
 */
export function numberInColumn(lines: LineIndex, t: TableModel, c: Cell, text: string): TextEdit {
  const plain = { range: c.range, newText: text };
  if (t.layout === 'html' && c.raw !== '' && c.range.end.line === c.range.start.line) return inTextRuns(lines, plain);
  if (t.layout !== 'space-aligned' || c.raw === '' || c.range.end.line !== c.range.start.line) return plain;
  const line = lines.line(c.range.start.line);
  if (/[|｜\t]/.test(line)) return plain;
  const k = t.rows.find((r) => r.cells.includes(c))?.cells.indexOf(c) ?? -1;
  if (k < 0) return plain;
  const { start, end } = c.range;
  const width = layoutWidth(line.slice(start.character, end.character));
  const align = spaceColumnAlign(lines, t, k, c.range);
  const atLineEnd = line.slice(end.character).trim() === '';
  const extra = layoutWidth(text) - width;
  if (extra <= 0) return { range: c.range, newText: padToWidth(text, width, align, atLineEnd) };
  if (align === 'right') {
    const gap = / *$/.exec(line.slice(0, start.character))![0].length;
    const take = Math.min(extra, Math.max(0, gap - MIN_COLUMN_GAP));
    return { range: { start: { line: start.line, character: start.character - take }, end }, newText: text };
  }
  if (atLineEnd) return plain;
  const gap = /^ */.exec(line.slice(end.character))![0].length;
  const take = Math.min(extra, Math.max(0, gap - MIN_COLUMN_GAP));
  return { range: { start, end: { line: end.line, character: end.character + take } }, newText: text };
}

/**
 * Edit `e` (a number written over an HTML cell's text) with the cell's markup kept: a number Word split over two runs
 * (`<span>30</span><span>51</span>`) has only the digits that change rewritten, in the run they stand in (`1` → `0`),
 * or, where the change spans runs, the new number spread over the runs as the old one was (the last runs keep their
 * widths, the first takes the rest), the tags between them kept (brk145 #6). `e` itself when its text has no tag.
 */
function inTextRuns(lines: LineIndex, e: TextEdit): TextEdit {
  const old = lines.slice(e.range);
  if (!/<[a-zA-Z/][^>]*>/.test(old)) return e;
  // The runs of text between the tags, with their offsets in `old`.
  const runs: { at: number; text: string }[] = [];
  const tag = /<\/?[a-zA-Z][^>]*>/g;
  let at = 0;
  for (const m of old.matchAll(tag)) {
    if (m.index > at) runs.push({ at, text: old.slice(at, m.index) });
    at = m.index + m[0].length;
  }
  if (at < old.length) runs.push({ at, text: old.slice(at) });
  const was = runs.map((r) => r.text).join(''), to = e.newText;
  if (!runs.length || /[<>&]/.test(was) || /[<>&]/.test(to)) return e;
  let p = 0;
  while (p < was.length && p < to.length && was[p] === to[p]) p++;
  let q = 0;
  while (q < was.length - p && q < to.length - p && was[was.length - 1 - q] === to[to.length - 1 - q]) q++;
  const { line, character } = e.range.start;
  // Where character k of the runs joined stands in `old` (the end of the last run for k at the end).
  const offset = (k: number, end: boolean) => {
    let n = 0;
    for (const r of runs) {
      if (k < n + r.text.length || (end && k === n + r.text.length)) return r.at + k - n;
      n += r.text.length;
    }
    return runs[runs.length - 1].at + runs[runs.length - 1].text.length;
  };
  const run = (k: number) => {
    let n = 0;
    for (let i = 0; i < runs.length; i++) {
      if (k < n + runs[i].text.length) return i;
      n += runs[i].text.length;
    }
    return runs.length - 1;
  };
  // The change within one run: that run's differing characters only.
  if (p < was.length - q ? run(p) === run(was.length - q - 1) : p > 0) {
    const from = p < was.length - q ? offset(p, false) : offset(p, true);
    const until = p < was.length - q ? offset(was.length - q - 1, false) + 1 : from;
    return { range: { start: { line, character: character + from }, end: { line, character: character + until } }, newText: to.slice(p, to.length - q) };
  }
  // Spread over the runs: from the last, each keeps its width; the first takes what is left.
  const parts = new Array<string>(runs.length).fill('');
  let rest = to;
  for (let i = runs.length - 1; i > 0; i--) {
    const n = Math.min(runs[i].text.length, rest.length);
    parts[i] = rest.slice(rest.length - n);
    rest = rest.slice(0, rest.length - n);
  }
  parts[0] = rest;
  let out = '';
  at = 0;
  runs.forEach((r, i) => {
    out += old.slice(at, r.at) + parts[i];
    at = r.at + r.text.length;
  });
  return { range: e.range, newText: out + old.slice(at) };
}

/** Formats a number without floating-point noise (at most 6 decimals): `96171.6`, not `96171.600000000006`. */
export function plainNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** Formats a signed difference: `+3`, `-2`. */
export function signed(n: number): string {
  return (n > 0 ? '+' : '') + plainNumber(n);
}

/** The range of line `line`'s content in the report. */
export function lineRange(report: Report, line: number): Range {
  return report.lines.lineRange(line);
}

/** Bilingual helper for messages built from parts. */
export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** Common report words an English message quotes, with their gloss (`其中`: “其中” (of which)). */
const GLOSSES: Readonly<Record<string, string>> = {
  其中: 'of which', 包括: 'including', 具体为: 'namely', 分别为: 'respectively', 即: 'namely',
  从办理结果看: 'by result', 办理结果: 'results',
};

/**
 * Report text as an English message shows it (brk157 #8): quoted as the report writes it (“超过六成”, “其中”), with a
 * gloss after it when it has Chinese words and one is given or known (“超过六成” (more than 60%), “其中” (of which)).
 * Text without Chinese is quoted only. Use it wherever an English message repeats the report's words.
 */
export function reportWordsEn(text: string, gloss?: string): string {
  const g = /[\u3400-\u9fff]/.test(text) ? (gloss ?? GLOSSES[text]) : undefined;
  return `“${text}”${g ? ` (${g})` : ''}`;
}

/**
 * `text` as a message quotes it, its invisible characters shown by code point (`行政事业性收费[U+200B]`), and a note
 * saying so (empty when there are none): a label or title that differs from the template only by a zero-width
 * space pasted from a web page would otherwise look the same as the expected text in the message.
 */
export function quotedWithInvisible(text: string): { text: string; note: Bilingual } {
  if (!HAS_INVISIBLE.test(text)) return { text, note: bi('', '') };
  // (A joiner or variation selector inside an emoji, `👨‍👩‍👧`, is how the emoji is typed, not an invisible character
  // pasted with the text: shown as the emoji, no note; brk171 #1.)
  const outside = invisibleOutsideSymbols(text);
  if (!outside.hidden) return { text, note: bi('', '') };
  return {
    text: outside.shown,
    note: bi('其中有看不见的字符（显示为 [U+…]，多为从网页复制时带入），需要删去。', ' It holds invisible characters (shown as [U+…], usually pasted from a web page), which must be deleted.'),
  };
}

/** Whether a table could not be read well enough to judge its rows and sums. */
export function unreadable(t: TableModel | undefined): boolean {
  return !t || Boolean(t.broken) || t.rows.every((r) => r.cells.every((c) => !c || c.raw === ''));
}

/**
 * 表三's rows 新收, 上年结转 and 结转下年度 in English messages, where a message (or a review summary's line) first names
 * them: the English words, then the report's own term in brackets, as prose-table and prose-sum name the counts
 * (`new applications (新收)`); later in the same message the term alone (brk114 #6).
 */
export const T3_TERMS_EN = {
  R1: 'new applications (新收)',
  R2: 'carried over from last year (上年结转)',
  R4: 'carried over to next year (结转下年度)',
} as const;

/**
 * 表四's result columns and its total in English messages (brk167 #3): the English word, then the report's own term in
 * brackets, as `T3_TERMS_EN` (the words of prose/quantities.ts and the editor's guide to 四: upheld, corrected, other,
 * pending, total).
 */
export const T4_TERMS_EN = {
  upheld: 'upheld (结果维持)',
  corrected: 'corrected (结果纠正)',
  other: 'other results (其他结果)',
  pending: 'pending (尚未审结)',
  total: 'the total (总计)',
} as const;

/**
 * 表二's stock and flows of 规章 and 行政规范性文件 (2021 format) in English messages (brk167 #3), glossed as
 * count-relations says them: the count in force is last year's plus those issued less those repealed.
 */
export const T2_FLOW_EN = {
  inForce: 'the count in force (现行有效件数)',
  issued: 'issued this year (本年制发)',
  repealed: 'repealed this year (本年废止)',
} as const;

/** The tables' names as reports write them. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = { t2: '表二', t3: '表三', t4: '表四' };

/** Whether any value cell of a table holds something (a table without is `table-empty`'s to report). */
export function hasAnyValue(t: TableModel): boolean {
  return t.rows.some((r) => r.cells.some((c) => c !== null && c.raw !== ''));
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
  // Asked by each sum rule of the same table: computed once.
  let s = surenessOf.get(t);
  if (!s) surenessOf.set(t, (s = readSureness(t)));
  return s;
}

const surenessOf = new WeakMap<TableModel, { severity?: 'info'; note: Bilingual }>();

function readSureness(t: TableModel): { severity?: 'info'; note: Bilingual } {
  return labelConfidence(t) < UNSURE
    ? { severity: 'info', note: bi('（表格排版错乱，多数行按顺序对应，请对照原表核对）', ' (the table layout is scrambled and most rows were matched by their order: check against the original table)') }
    : { note: bi('', '') };
}

/**
 * The 表三 data rows read with more or fewer values than the template's seven (`cell-count` reports them): where
 * the missing or extra value stood is unknown, so every value of the row may sit one column off.
 */
export function shiftedT3Rows(t: TableModel): RowModel[] {
  return t.rows.filter((r) => r.cells.length === 7 && r.match.kind !== 'absent' && r.cellCount > 0 && r.cellCount !== r.cells.length);
}

/**
 * Severity and message suffix for a finding on a 表三 column sum (T3-A, T3-B): `sureness`, and info with a note
 * naming the rows when a row the sum runs through (`involved`) has too few or too many values (its numbers may be a
 * column off, so a column that does not add up may be only that).
 */
export function columnSureness(t: TableModel, involved: (rowId: string) => boolean): { severity?: 'info'; note: Bilingual; shifted: boolean } {
  const sure = sureness(t);
  const shifted = shiftedT3Rows(t).filter((r) => involved(r.id));
  if (sure.severity || !shifted.length) return { ...sure, shifted: false };
  const names = shifted.map((r) => `“${r.label}”`);
  return {
    severity: 'info',
    note: bi(
      `（${names.join('、')}行的数值个数与格式不符，各数可能错了一列，这一列的合计因此未必有误：请先按原表补齐${names.length > 1 ? '这几行' : '该行'}）`,
      names.length > 1
        ? ` (rows ${names.join(', ')} have more or fewer values than the template, so their numbers may sit a column off and this column may add up once they are completed from the original table)`
        : ` (row ${names[0]} has more or fewer values than the template, so its numbers may sit a column off and this column may add up once it is completed from the original table)`),
    shifted: true,
  };
}

// Searching a text for the lines that hold something: in text/search.ts (the model reads lines so too).
export { charFinder, linesWith, patternFinder, stringFinder, wordFinder, type Finder } from '../text/search.js';

/**
 * `linesWith` over a whole report, kept per report in `memo`: for an edited version of a report (`followOn`), the
 * lines outside the edit keep what the previous version found (whether a line matches depends on its text only),
 * and only the edited lines are searched.
 */
export function reportLinesWith(report: Report, re: RegExp | Finder, memo: WeakMap<Report, number[]>): number[] {
  let out = memo.get(report);
  if (out) return out;
  const { lines } = report;
  const prev = previousVersion(report);
  const old = prev && memo.get(prev);
  const d = old ? lineDiff(report) : null;
  if (old && d) {
    out = linesWithAfterEdit(old, d, lines, re);
  } else {
    out = linesWithIn(lines, re);
  }
  memo.set(report, out);
  return out;
}

/**
 * What `read` gives for a line's text, kept per report in `memo` (text → result): for an edited version of a report
 * (`followOn`), a text the previous version read is not read again. Only for what depends on the line's text alone;
 * the map holds the texts read in this version (the unchanged lines and the edited ones), so it stays the size of
 * the lines read.
 */
export function byLineText<T>(report: Report, memo: WeakMap<Report, Map<string, T>>, text: string, read: (text: string) => T): T {
  let now = memo.get(report);
  if (!now) memo.set(report, (now = new Map()));
  let hit = now.get(text);
  if (hit !== undefined || now.has(text)) return hit as T;
  const prev = previousVersion(report);
  const before = prev && memo.get(prev);
  hit = before && before.has(text) ? before.get(text)! : read(text);
  now.set(text, hit);
  return hit;
}

/** A 表三 value cell: template row id and 0-based value column (0–5 the applicant columns, 6 总计). */
export interface T3Cell {
  row: string;
  col: number;
}

/** A 表三 value cell with a value to put in it (a fix's edit, or a blank filled in). */
export interface T3Change extends T3Cell {
  value: number;
}

/**
 * One 表三 identity: the sum of `left` equals the sum of `right`. T3-A per column (新收 + 上年结转 = （七）总计 +
 * 结转下年度), T3-B per column (the result rows = （七）总计), T3-C per row (the six applicant columns = 总计).
 */
export interface T3Identity {
  kind: 'A' | 'B' | 'C';
  /** The column (A, B) or the row id (C). */
  at: number | string;
  left: T3Cell[];
  right: T3Cell[];
}

const t3IdentitiesOf = new WeakMap<TableModel, T3Identity[]>();

/** Every identity of a 表三 (templates.md §5): T3-A and T3-B for each of the 7 columns, T3-C for each data row. */
export function t3Identities(t: TableModel): T3Identity[] {
  let out = t3IdentitiesOf.get(t);
  if (out) return out;
  out = [];
  const results = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length).map((r) => r.id);
  for (let c = 0; c < 7; c++) {
    out.push({ kind: 'A', at: c, left: [{ row: 'R1', col: c }, { row: 'R2', col: c }], right: [{ row: 'R3.7', col: c }, { row: 'R4', col: c }] });
    out.push({ kind: 'B', at: c, left: results.map((row) => ({ row, col: c })), right: [{ row: 'R3.7', col: c }] });
  }
  for (const r of t.rows) {
    if (!r.cells.length || !(r.id === 'R1' || r.id === 'R2' || r.id === 'R4' || r.id.startsWith('R3.'))) continue;
    out.push({ kind: 'C', at: r.id, left: [0, 1, 2, 3, 4, 5].map((col) => ({ row: r.id, col })), right: [{ row: r.id, col: 6 }] });
  }
  t3IdentitiesOf.set(t, out);
  return out;
}

/** Whether two 表三 cells are the same (row id and column). */
const sameCell = (a: T3Cell, b: T3Cell) => a.row === b.row && a.col === b.col;

/** Whether an identity has the cell among its terms or totals. */
export function t3Involves(id: T3Identity, cell: T3Cell): boolean {
  return id.left.some((c) => sameCell(c, cell)) || id.right.some((c) => sameCell(c, cell));
}

/**
 * A 表三's values with some cells replaced: `get(row, col)` is the replacement if any, else the cell's number
 * (null for a blank, unreadable or missing cell).
 */
export function t3Values(t: TableModel, changes: readonly T3Change[] = []): (row: string, col: number) => number | null {
  const rows = new Map(t.rows.map((r) => [r.id, r]));
  const changed = new Map(changes.map((c) => [`${c.row}\u0000${c.col}`, c.value]));
  return (row, col) => {
    const v = changed.get(`${row}\u0000${col}`);
    return v !== undefined ? v : num(rows.get(row)?.cells[col]);
  };
}

/** Whether the identity holds with these values; null when a term is blank or unreadable (it cannot be evaluated). */
export function t3Holds(id: T3Identity, get: (row: string, col: number) => number | null): boolean | null {
  const l = sum(id.left.map((c) => get(c.row, c.col))), r = sum(id.right.map((c) => get(c.row, c.col)));
  return l === null || r === null ? null : l === r;
}

/**
 * Whether replacing some 表三 cells by new values makes an identity through one of them (T3-A balance and T3-B
 * results per column, T3-C applicants per row) that holds now fail (one that cannot be evaluated, a term being
 * blank, does not count). A fix that makes a holding identity fail is not offered: a total
 * set to match one wrong cell would hide that cell's error and spread it (one typo must not become four errors).
 * Always true for a 表三 with a data row missing (the identities cannot be checked).
 */
export function breaksT3Identity(t: TableModel, changes: T3Change[]): boolean {
  // A data row missing from the table: the column identities that tell a wrong total from a wrong cell cannot be
  // checked, and a changed total would only make the rows agree with a wrong number (the missing row's values
  // would then be made up from it).
  if (t.id === 't3' && t.rows.some((r) => r.cells.length && r.match.kind === 'absent')) return true;
  const before = t3Values(t), after = t3Values(t, changes);
  if (t3Identities(t).some((id) => changes.some((c) => t3Involves(id, c)) && t3Holds(id, before) === true && t3Holds(id, after) === false)) return true;
  // T3-A and T3-B together, without （七）总计: the result rows add up to 新收 + 上年结转 − 结转下年度. Where that holds
  // now and the （七）总计 beside it is the wrong number (a second typo), a change to a result row would make the rows
  // agree with that wrong total instead (a right row total "fixed" to match it).
  return changes.some((c) => c.row.startsWith('R3.') && c.row !== 'R3.7' && resultsMatchBalance(t, c.col, before) === true && resultsMatchBalance(t, c.col, after) === false);
}

/** Whether column `col`'s result rows add up to 新收 + 上年结转 − 结转下年度 with these values; null when a term is blank. */
function resultsMatchBalance(t: TableModel, col: number, get: (row: string, col: number) => number | null): boolean | null {
  const rows = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length);
  const results = rows.length ? sum(rows.map((r) => get(r.id, col))) : null;
  const [received, carriedIn, carriedOut] = [get('R1', col), get('R2', col), get('R4', col)];
  if (results === null || received === null || carriedIn === null || carriedOut === null) return null;
  return results === received + carriedIn - carriedOut;
}

/**
 * Whether a fix that sets a 表三 total to the sum of its terms must not be offered: it breaks an identity that
 * holds now (`breaksT3Identity`), no other identity through a changed cell can be evaluated after it (a term is
 * blank or unreadable), or one through it still fails after it. Only such a cross identity tells a wrong total from a wrong term (with a wrong term it holds
 * now and the new total breaks it): without one the total would be made to match what may be a typo, and a later
 * fill of the blanks from the totals would spread that typo into numbers the user never wrote.
 */
export function t3TotalFixUnsafe(t: TableModel, changes: T3Change[]): boolean {
  if (breaksT3Identity(t, changes)) return true;
  const after = t3Values(t, changes);
  const ids = t3Identities(t);
  // The identity the fix sets right is one of those through the cell: a second one must be evaluable, and every
  // one that can be evaluated must hold with the new total (one that still fails says the total was not the wrong
  // number: with a second typo elsewhere, the new total would copy the first typo into a correct cell).
  return changes.some((c) => {
    const through = ids.filter((id) => t3Involves(id, c));
    return through.filter((id) => t3Holds(id, after) !== null).length < 2 || through.some((id) => t3Holds(id, after) === false);
  });
}

/**
 * The （七）总计 cells of a 表三 that its other column identity says are the wrong number: per column (0-based
 * `col`), T3-B fails (the result rows add up to `value`, the cell holds `now`) while T3-A, evaluated with the result
 * rows' sum in the cell's place, holds (新收 + 上年结转 − 结转下年度 = `value` too: templates.md §5.1). Two
 * identities then agree on the parts against the total. Columns with a blank or unreadable term are left out.
 */
export function t3ConfirmedTotals(t: TableModel): T3Suspect[] {
  const out: T3Suspect[] = [];
  for (let col = 0; col < 7; col++) {
    const c = t3ColumnSums(t, col);
    if (c && c.excess !== 0 && c.balance === c.results) out.push({ row: 'R3.7', col, now: c.total, value: c.results });
  }
  return out;
}

/** One column of 表三 read for T3-A and T3-B (see `t3ColumnSums`); counts in 件. */
export interface T3ColumnSums {
  /** The result rows' sum (（一）–（六） with their sub-rows). */
  results: number;
  /** （七）总计 as written. */
  total: number;
  /** `results − total` (0 when T3-B holds). */
  excess: number;
  /** 新收, 上年结转 and 结转下年度 (`received + carriedIn − carriedOut` = `balance`, T3-A's side for （七）总计). */
  received: number;
  carriedIn: number;
  carriedOut: number;
  balance: number;
}

/**
 * Column `col` (0-based) of 表三 read for its two identities through （七）总计 (templates.md §5.1 T3-A, §5.2 T3-B):
 * the result rows' sum, the total as written and the balance 新收 + 上年结转 − 结转下年度. When T3-B fails, the one of
 * `results` and `total` that `balance` equals is the side T3-A confirms (sum-results, prose-table). Null when a term
 * is blank or unreadable, or the table has no result row.
 */
export function t3ColumnSums(t: TableModel, col: number): T3ColumnSums | null {
  const get = t3Values(t);
  const rows = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length);
  const results = rows.length ? sum(rows.map((r) => get(r.id, col))) : null;
  const [total, received, carriedIn, carriedOut] = [get('R3.7', col), get('R1', col), get('R2', col), get('R4', col)];
  if (results === null || total === null || received === null || carriedIn === null || carriedOut === null) return null;
  return { results, total, excess: sum([results, -total])!, received, carriedIn, carriedOut, balance: sum([received, carriedIn, -carriedOut])! };
}

/** The one 表三 cell that explains every identity that fails (`t3SuspectCell`): where it is, what it holds, what it would need. */
export interface T3Suspect extends T3Cell {
  /** The number in the cell now, and the number with which every identity of the table holds. */
  now: number;
  value: number;
}

const t3SuspectOf = new WeakMap<TableModel, T3Suspect | null>();

/**
 * The single 表三 value cell that every failing identity runs through (at least two fail: a row's T3-C and a
 * column's T3-A or T3-B, say), when one number in it makes all of them hold and keeps every other identity
 * through it holding: the likeliest typo (templates.md §5; one wrong cell breaks its row and its column alike).
 * Null when fewer than two identities fail, when no cell or more than one cell would do, or when the number would
 * be negative. A guess for the message only: the sum rules name it, no fix writes it.
 */
export function t3SuspectCell(t: TableModel): T3Suspect | null {
  const hit = t3SuspectOf.get(t);
  if (hit !== undefined) return hit;
  let out: T3Suspect | null = null;
  const { get, ids, failing, throughShifted } = t3Failing(t);
  if (failing.length >= 2 && !throughShifted) {
    // The cells every failing identity runs through.
    let common: T3Cell[] = [...failing[0].left, ...failing[0].right];
    for (const id of failing.slice(1)) common = common.filter((c) => t3Involves(id, c));
    const found: T3Suspect[] = [];
    for (const c of common) {
      const now = get(c.row, c.col);
      if (now === null) continue;
      const value = askedOfCell(failing, c, now, get);
      if (value === null) continue;
      const after = t3Values(t, [{ ...c, value }]);
      if (ids.some((id) => t3Holds(id, after) === false)) continue;
      found.push({ row: c.row, col: c.col, now, value });
    }
    out = found.length === 1 ? found[0] : null;
  }
  t3SuspectOf.set(t, out);
  return out;
}

/**
 * 表三's values (`get`), its identities (`ids`), those that fail, and whether any of them runs through a row whose
 * values may sit a column off (`shiftedT3Rows`: such a row explains the sums through it better than any one cell).
 */
function t3Failing(t: TableModel): { get: (row: string, col: number) => number | null; ids: T3Identity[]; failing: T3Identity[]; throughShifted: boolean } {
  const get = t3Values(t);
  const ids = t3Identities(t);
  const failing = ids.filter((id) => t3Holds(id, get) === false);
  const shifted = new Set(shiftedT3Rows(t).map((r) => r.id));
  return { get, ids, failing, throughShifted: failing.some((id) => [...id.left, ...id.right].some((c) => shifted.has(c.row))) };
}

/**
 * The number each of identities `ids` (of 表三, all failing) asks of cell `c` (now `now`; `get` the table's values)
 * for it to hold, when they all ask the same one and it is a count (an integer ≥ 0); null otherwise.
 */
function askedOfCell(ids: readonly T3Identity[], c: T3Cell, now: number, get: (row: string, col: number) => number | null): number | null {
  const asked = new Set(ids.map((id) => {
    const l = sum(id.left.map((x) => get(x.row, x.col)))!, r = sum(id.right.map((x) => get(x.row, x.col)))!;
    return id.left.some((x) => sameCell(x, c)) ? now + r - l : now + l - r;
  }));
  if (asked.size !== 1) return null;
  const value = [...asked][0];
  return value >= 0 && Number.isInteger(value) ? value : null;
}

const t3SuspectsOf = new WeakMap<TableModel, T3Suspect[]>();

/**
 * When no one cell explains every failing identity of 表三 (`t3SuspectCell`: two typos, say): the cells that each
 * explain the failing identities through them (at least two: its row's T3-C and its column's T3-A or T3-B), with one
 * number that makes every identity through the cell hold, none of those that hold failing, and not negative; taken
 * only when every failing identity runs through exactly one such cell and, all of them changed together, every
 * identity of the table holds (each typo breaks its row and its column; brk102 #6, the real 淮安 2024 table with two
 * cells changed). Empty otherwise. A guess for the messages only, as `t3SuspectCell`'s.
 */
export function t3SuspectCells(t: TableModel): T3Suspect[] {
  const hit = t3SuspectsOf.get(t);
  if (hit) return hit;
  let out: T3Suspect[] = [];
  const { get, ids, failing, throughShifted } = t3Failing(t);
  if (failing.length >= 4 && !throughShifted && !t3SuspectCell(t)) {
    const seen = new Set<string>();
    const found: T3Suspect[] = [];
    for (const c of failing.flatMap((id) => [...id.left, ...id.right])) {
      const k = `${c.row}\u0000${c.col}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const now = get(c.row, c.col);
      const through = failing.filter((id) => t3Involves(id, c));
      if (now === null || through.length < 2) continue;
      const value = askedOfCell(through, c, now, get);
      if (value === null) continue;
      const after = t3Values(t, [{ ...c, value }]);
      if (ids.some((id) => t3Involves(id, c) && t3Holds(id, after) === false)) continue;
      found.push({ row: c.row, col: c.col, now, value });
    }
    const one = failing.every((id) => found.filter((f) => t3Involves(id, f)).length === 1);
    const all = t3Values(t, found);
    if (found.length >= 2 && one && ids.every((id) => t3Holds(id, all) !== false)) out = found;
  }
  t3SuspectsOf.set(t, out);
  return out;
}

/**
 * What the sum rules' note says of a suspect cell that is not a total (`t3SuspectNote`): no fix is offered for it, in
 * the note said in full and in its short form. (`carryOverFixesSuspect` replaces both where carry-over fixes the cell.)
 */
export const SUSPECT_UNFIXED = {
  full: bi('这一格不是总计，不提供自动修复：哪个数对，只有原表能说明。', ' No automatic fix is offered for it: it is not a total, and only the original table tells which number is right.'),
  short: bi('；它不是总计，不自动修复', '; not a total, so not fixed automatically'),
};

/**
 * sum-balance's advice when no one cell explains its column (nor the results' sum a wrong （七）总计): check the four
 * numbers. (`carryOverFixesSuspect` replaces it where carry-over's fix of 上年结转 balances the column.)
 */
export const CHECK_FOUR = bi('请核对这四个数。', ' Check these four cells.');

/**
 * The sentence the sum rules add when `t3SuspectCell` finds the cell behind the failing sums and this finding's
 * identity runs through it (`through`), with its short form for the findings after the first that says it
 * (`shared`, a `RuleFinding.sharedNote`), the cell, and the related location of that cell; else the same for the
 * one cell of `t3SuspectCells` (two or more typos, each breaking its row and its column) that `through` accepts,
 * its note saying that it explains the sums through it and naming the others (`one` false); null otherwise.
 */
export function t3SuspectNote(t: TableModel, through: (c: T3Cell) => boolean): { cell: T3Suspect; one: boolean; unfixed?: { range: Range; value: number }; note: Bilingual; shared: { full: Bilingual; short: Bilingual }; related: { range: Range; message: Bilingual } } | null {
  const single = t3SuspectCell(t);
  const many = single ? [] : t3SuspectCells(t).filter(through);
  const s = single ?? (many.length === 1 ? many[0] : null);
  if (!s || !through(s)) return null;
  const row = t.rows.find((r) => r.id === s.row);
  const cell = row?.cells[s.col];
  if (!row || !cell) return null;
  const columnOf = (col: number) => t.columns.filter((c) => c.id.startsWith('C'))[col]?.label ?? String(col + 1);
  const column = columnOf(s.col);
  // The fixes set totals only (the 总计 column, （七）总计): for another cell none is offered, and the user is told why.
  const total = s.col === 6 || s.row === 'R3.7';
  const short = bi(
    `（同上：很可能是“${row.label}”行“${column}”列这一格填错了，现为 ${s.now}，应为 ${s.value}${total ? '' : SUSPECT_UNFIXED.short.zh}。）`,
    ` (As above: the likely typo is row “${row.label}”, column ${column}: ${s.now}, which should be ${s.value}${total ? '' : SUSPECT_UNFIXED.short.en}.)`);
  const others = single ? [] : t3SuspectCells(t).filter((o) => o !== s).map((o) => ({ label: t.rows.find((r) => r.id === o.row)?.label ?? o.row, column: columnOf(o.col), now: o.now, value: o.value }));
  const rest = bi(
    others.map((o) => `“${o.label}”行“${o.column}”列 ${o.now} → ${o.value}`).join('、'),
    others.map((o) => `row “${o.label}”, column ${o.column}: ${o.now} → ${o.value}`).join('; '));
  const note = single ? bi(
    `各处不成立的合计都经过“${row.label}”行“${column}”列这一格：它若为 ${s.value}（现为 ${s.now}），表中所有合计都成立，很可能是这个数填错了，请对照原表核对；若 ${s.now} 无误，则需更新经过它的各个合计。` + (total ? '' : SUSPECT_UNFIXED.full.zh),
    ` Every sum that fails runs through one cell, row “${row.label}”, column ${column}: with ${s.value} there instead of ${s.now}, every sum of the table holds, so that number is the likely typo; check it against the original table (if ${s.now} is right, the sums through it need updating).` + (total ? '' : SUSPECT_UNFIXED.full.en))
    : bi(
      `经过“${row.label}”行“${column}”列这一格的合计（它所在的行和列）都不成立：它若为 ${s.value}（现为 ${s.now}），这些合计都成立，很可能是这个数填错了，请对照原表核对；若 ${s.now} 无误，则需更新经过它的各个合计。表中其余不成立的合计另有填错的格可以解释（${rest.zh}），这几格都改正后表中所有合计都成立。` + (total ? '' : SUSPECT_UNFIXED.full.zh),
      ` The sums through one cell, row “${row.label}”, column ${column} (its row and its column), all fail: with ${s.value} there instead of ${s.now}, they hold, so that number is the likely typo; check it against the original table (if ${s.now} is right, the sums through it need updating). The other sums that fail are explained by another cell (${rest.en}); with these cells corrected, every sum of the table holds.` + (total ? '' : SUSPECT_UNFIXED.full.en));
  return {
    cell: s,
    one: !!single,
    unfixed: total ? undefined : { range: cell.range, value: s.value },
    note,
    shared: { full: note, short },
    related: { range: cell.range, message: bi(`可能填错：${row.label}（${column}）${s.now} → ${s.value}`, `Likely typo: ${row.label} (${column}) ${s.now} → ${s.value}`) },
  };
}

/**
 * A finding's related locations with the suspect cell's (`t3SuspectNote`): the suspect's entry replaces the one of
 * the same cell, if the list has it (each cell listed once).
 */
export function withSuspect<T extends { range: Range }>(related: T[], suspect: { related: T } | null): T[] {
  if (!suspect) return related;
  const at = suspect.related.range.start;
  return [...related.filter((r) => r.range.start.line !== at.line || r.range.start.character !== at.character), suspect.related];
}

/**
 * The seven values a 表三 row must hold for the column identities to balance (T3-B for a result row, T3-A for
 * 新收/上年结转/结转下年度, T3-B for （七）总计), ignoring the row's own cells; the 总计 from the six applicant
 * values (T3-C) when its column cannot be summed. Null when a needed cell of an applicant column is blank or
 * unreadable, a value would be negative, or the values do not add up across the row (T3-C).
 */
export function impliedT3Row(t: TableModel, rowId: string): number[] | null {
  const rows = new Map(t.rows.map((r) => [r.id, r]));
  const v = (id: string, c: number) => num(rows.get(id)?.cells[c]);
  const results = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length).map((r) => r.id);
  // A row of the table that does not add up across (its 总计 is not the sum of its cells) means a wrong number
  // somewhere in its column too: the column sums would hand that error on to the new row.
  for (const r of t.rows) {
    if (r.id === rowId || r.cells.length !== 7) continue;
    const across = sumCells(r.cells, 0, 6), total = num(r.cells[6]);
    if (across !== null && total !== null && across !== total) return null;
  }
  const out: (number | null)[] = [];
  for (let c = 0; c < 7; c++) {
    let x: number | null;
    if (rowId === 'R3.7') x = sum(results.map((id) => v(id, c)));
    else if (results.includes(rowId)) {
      const others = sum(results.filter((id) => id !== rowId).map((id) => v(id, c)));
      const total = v('R3.7', c);
      x = others === null || total === null ? null : total - others;
    } else {
      const [a, b, d] = [v('R1', c), v('R2', c), sum([v('R3.7', c), v('R4', c)])];
      x = rowId === 'R1' ? (b === null || d === null ? null : d - b)
        : rowId === 'R2' ? (a === null || d === null ? null : d - a)
        : rowId === 'R4' ? (a === null || b === null || v('R3.7', c) === null ? null : a + b - v('R3.7', c)!)
        : null;
    }
    if (x !== null && x < 0) return null;
    out.push(x);
  }
  const applicants = sum(out.slice(0, 6));
  if (applicants === null) return null;
  // The 总计 column cannot be summed (another row lacks its 总计 cell): the row's own 总计 is the sum of its six
  // applicant cells (T3-C), which the column sums decided.
  if (out[6] === null) out[6] = applicants;
  return applicants === out[6] ? (out as number[]) : null;
}

/** Whether the report's format was read from its tables (signatures), not assumed from its year or set by the user. */
export function formatFromTables(report: Report): boolean {
  const ev = report.formatEvidence[0];
  return Boolean(ev) && !ev.startsWith('year') && ev !== 'override';
}

/**
 * The format of the 表二 block that 0-based `line` (a row of 表二) sits in, when the block's column header is of
 * another format than the report's (a block copied from a 2019 draft into a 2021 report); else null. The block's
 * header is the nearest line at or above `line` holding 表二 column labels or block headings of one format only
 * (`本年新制作数量`, `上一年项目数量`, `第二十条第（九）项`); row labels of a format (`其他对外管理服务事项`) do not count.
 */
export function otherFormatBlock(report: Report, line: number): FormatId | null {
  const span = report.extras.spans.t2;
  if (!span || line < span.start || line >= span.end) return null;
  let at = -1;
  const formats = new Set<FormatId>();
  for (const s of report.extras.signatures) {
    if (s.line < span.start || s.line > line || s.line < at || s.text.startsWith('〔') || TABLE2_ROW_LABELS.includes(labelKey(s.text))) continue;
    if (s.line > at) { at = s.line; formats.clear(); }
    formats.add(s.format);
  }
  if (formats.size !== 1) return null;
  const [f] = formats;
  return f === report.format ? null : f;
}

/**
 * Whether 0-based lines `a` < `b` of 表二 belong to one column header: nothing stands between them but more of it
 * (blank lines, tags, the corner label): no number, no row label and no item heading (`第二十条第（五）项`). A header
 * written one cell a line (`本年新制作数量` / `本年新公开数量` / `对外公开总数量` on lines of their own) is one header,
 * said once, as a pipe header on one line is (brk152 #10).
 */
export function sameT2Header(report: Report, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const text = report.lines.line(i).replace(/<[^>]*>/g, ' ');
    if (/[0-9０-９]|第[^\s]{0,4}条|第[（(][一二三四五六七八九十]+[）)]项/.test(text)) return false;
    const cells = text.split(/[|｜\t]/).map((c) => labelKey(c)).filter(Boolean);
    if (cells.some((c) => TABLE2_ROW_LABELS.includes(c))) return false;
  }
  return true;
}

/** The first line of the report's first table (where a whole-report format finding is shown), or line 0. */
export function firstTableLine(report: Report): Range {
  const first = Object.values(report.tables).filter(Boolean).sort((a, b) => a!.range.start.line - b!.range.start.line)[0];
  return report.lines.lineRange(first ? first.range.start.line : 0);
}

/** A whole column of 表三 taken as missing only when at least this many rows were read. */
const MIN_ROWS_FOR_MISSING_COLUMN = 3;

/**
 * Whether 表三's sums cannot be checked: the table is `unreadable`, or every row is the same two or more values
 * short (`rowsShortBy`: 法人或其他组织 as one column), where the values' positions do not tell their columns
 * (cell-count says so once). The sum rules skip such a table.
 */
export function t3SumsUnchecked(t: TableModel): boolean {
  return unreadable(t) || rowsShortBy(t) !== null;
}

/**
 * The fields of a cell holding a row's numbers separated by tabs (a spreadsheet row pasted into one cell of a pipe
 * table: `| 40\t3\t0\t1\t2\t0\t46 |`), trimmed, `''` for an empty field; null when the cell holds no tab, or a
 * field is no number or stand-in (`无`, `-`): words with a tab are left to number-invalid.
 */
export function tabJoinedFields(c: Cell | null, row?: RowModel): string[] | null {
  if (!c) return null;
  if (!c.raw.includes('\t')) return row ? spaceJoinedFields(c, row) : null;
  const fields = c.raw.split('\t').map((f) => f.trim());
  return numberFields(fields) ? fields : null;
}

/**
 * The numbers of row `row`'s first value cell `c` when it holds the row's numbers separated by spaces (a row copied
 * from a web page or a PDF into one cell: `| 1 0 0 0 0 0 1 |  |  |…`): three or more numbers, the row's other cells
 * blank. Null otherwise (one or two numbers with a space may be a typo in one number, which number-invalid says).
 */
function spaceJoinedFields(c: Cell, row: RowModel): string[] | null {
  if (row.cells[0] !== c || !/^[0-9０-９]+(?:[ \u3000]+[0-9０-９]+){2,}$/.test(c.raw.trim())) return null;
  if (row.cells.some((o) => o && o !== c && o.raw.trim() !== '')) return null;
  return c.raw.trim().split(/[ \u3000]+/);
}

/** Whether tab-separated fields (trimmed) are a row's numbers: at least one filled, each a number, stand-in or empty. */
function numberFields(fields: string[]): boolean {
  return fields.some((f) => f !== '') && fields.every((f) => f === '' || isValueText(f));
}

/** A row of a table whose numbers were pasted into one cell, separated by tabs (`tabJoinedFields`). */
export interface TabJoinedRow {
  row: RowModel;
  cell: Cell;
  fields: string[];
  /**
   * Set when the whole spreadsheet row, label included, was pasted into the row's label cell
   * (`| （一）予以公开⇥21⇥2⇥…⇥24 |  |  |`, `labelTabJoinedRows`): the label as written there. `cell` is then the
   * label cell and `fields` the numbers after the label.
   */
  label?: string;
  /** The numbers are separated by spaces, not tabs (`| 1 0 0 0 0 0 1 |`, a copy from a web page or a PDF). */
  spaces?: boolean;
}

/**
 * The rows of `t` with a cell holding tab-separated numbers (`tabJoinedFields`), in table order. Kept with the table
 * (cell-tab-joined, cell-count, cell-blank, table-unreadable and the column checks all ask for them).
 */
export function tabJoinedRows(t: TableModel): TabJoinedRow[] {
  let out = tabJoinedCache.get(t);
  if (out) return out;
  out = [];
  tabJoinedCache.set(t, out);
  for (const row of t.rows) {
    for (const cell of row.cells) {
      const fields = tabJoinedFields(cell, row);
      if (fields) {
        out.push({ row, cell: cell!, fields, ...(cell!.raw.includes('\t') ? {} : { spaces: true }) });
        break;
      }
    }
  }
  return out;
}

const tabJoinedCache = new WeakMap<TableModel, TabJoinedRow[]>();

/**
 * The rows of 表二/表三 `t` whose whole spreadsheet row, label included, was pasted into the label cell of a pipe
 * row (`| （一）予以公开⇥21⇥2⇥0⇥0⇥1⇥0⇥24 |  |  |…`): the cell's first tab-separated field is a template row's label
 * (as `labelKey` reads it), the others are numbers or empty, and the row's other cells are blank. Such a row's
 * numbers were not read (the row reads blank, or is not found at all). In table order; each with `label` set
 * (see `TabJoinedRow`). Kept with the table.
 */
export function labelTabJoinedRows(lines: LineIndex, t: TableModel): TabJoinedRow[] {
  let out = labelJoinedCache.get(t);
  if (out) return out;
  out = [];
  labelJoinedCache.set(t, out);
  if (t.id !== 't2' && t.id !== 't3') return out;
  const byKey = new Map(t.rows.map((r) => [labelKey(r.label), r] as const));
  const spans = [t.range, ...(t.split ? [t.split.second] : [])];
  for (const span of spans) {
    for (let l = span.start.line; l <= span.end.line && l < lines.lineCount; l++) {
      const text = lines.line(l);
      const open = pipeIndex(text);
      if (open < 0 || text.slice(0, open).trim() !== '') continue;
      const close = pipeIndex(text, open + 1);
      const cellText = close < 0 ? text.slice(open + 1) : text.slice(open + 1, close);
      if (!cellText.includes('\t')) continue;
      // The other cells of the line are blank (the table's old cells, left after the pasted one).
      if (close >= 0 && text.slice(close).replace(/[|\s\u3000]/g, '') !== '') continue;
      const fields = cellText.split('\t').map((f) => f.trim());
      const [label, ...values] = fields;
      const row = label ? byKey.get(labelKey(label)) : undefined;
      if (!row || !numberFields(values)) continue;
      if (row.cells.some((c) => c && c.raw !== '') || out.some((j) => j.row === row)) continue;
      const lead = cellText.length - cellText.trimStart().length;
      const start = open + 1 + lead;
      const raw = cellText.trim();
      const range: Range = { start: { line: l, character: start }, end: { line: l, character: start + raw.length } };
      out.push({ row, cell: { raw, value: null, range }, fields: values, label });
    }
  }
  return out;
}

const labelJoinedCache = new WeakMap<TableModel, TabJoinedRow[]>();

/**
 * Whether every row of `t` read with a value has its numbers in one cell, tab-separated (`tabJoinedRows`): then that
 * is why the table reads short (表四's one row pasted into one cell makes it `broken`), and cell-tab-joined says so instead
 * of table-unreadable.
 */
export function allRowsTabJoined(t: TableModel): boolean {
  const rows = t.rows.filter((r) => r.cellCount > 0);
  const joined = new Set(tabJoinedRows(t).map((j) => j.row));
  return rows.length > 0 && rows.every((r) => joined.has(r));
}

/**
 * The rows of a table read with values, when every one of them (at least 3) has the same number of values, two or
 * more short of the template (`by`: how many): whole columns are missing or merged (表三 with one 法人或其他组织
 * column for five; `cell-count` says so once). Else null. One value short is `rowsOneColumnShort`'s.
 */
export function rowsShortBy(t: TableModel): { rows: RowModel[]; by: number } | null {
  const rows = t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent' && r.cellCount !== 0);
  // Rows whose numbers sit in one cell with tabs between them are short for that reason (cell-tab-joined says so).
  if (rows.length < MIN_ROWS_FOR_MISSING_COLUMN || tabJoinedRows(t).length) return null;
  const width = rows[0].cells.length, count = rows[0].cellCount;
  if (count >= width - 1 || count < 1) return null;
  return rows.every((r) => r.cells.length === width && r.cellCount === count) ? { rows, by: width - count } : null;
}

/**
 * The rows of a table read with values, when every one of them (at least 3) is exactly one value short of the
 * template: a whole column was dropped (`cell-count` says so once). Else null. The positions of the values in
 * such rows do not tell their columns.
 */
export function rowsOneColumnShort(t: TableModel): RowModel[] | null {
  const rows = t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent' && r.cellCount !== 0);
  if (rows.length < MIN_ROWS_FOR_MISSING_COLUMN || tabJoinedRows(t).length) return null;
  const width = rows[0].cells.length;
  return rows.every((r) => r.cells.length === width && r.cellCount === width - 1) ? rows : null;
}

/** 表三's template columns as its header names them (`t3HeaderColumns`). */
export interface T3HeaderColumns {
  /** The template's value columns (自然人 … 总计), and those no header line names. */
  columns: ColumnModel[];
  absent: ColumnModel[];
  /** Where to report: the header line that names the most columns (else the first row's label, else the table's first line). */
  where: Range;
  /** That line's cells as label keys, and in the order written. */
  keys: Set<string>;
  order: string[];
}

/**
 * The template columns of 表三 that its header names and those it does not (`absent`), read from the table's lines
 * above its first row (`rows`) as cells (pipes, else runs of white space), and where to report: the header line that
 * names the most columns (else the first row). `keys`/`order`: that line's cells as label keys.
 */
export function t3HeaderColumns(lines: LineIndex, t: TableModel, rows: RowModel[]): T3HeaderColumns {
  const firstRow = Math.min(...rows.map((r) => (r.match.range ?? r.cells.find(Boolean)?.range)?.start.line ?? Infinity));
  const columns = t.columns.filter((c) => c.id !== 'corner');
  let headerLine = -1, most = 0;
  let headerOrder: string[] = [];
  const named = new Set<ColumnModel>();
  for (let i = t.range.start.line; i < Math.min(firstRow, lines.lineCount); i++) {
    const raw = lines.line(i);
    const order = (pipeIndex(raw) >= 0 ? splitPipes(raw) : raw.split(/\s+/)).map(labelKey).filter(Boolean);
    const keys = new Set(order);
    let here = 0;
    for (const c of columns) {
      // A cell equal to the label (`其他` is not the `其他` of `法人或其他组织`), or one the model read as its misspelling.
      const misspelled = (c.match.kind === 'misspelled' || c.match.kind === 'variant') && c.match.range?.start.line === i;
      if (keys.has(labelKey(c.label)) || misspelled) { named.add(c); here++; }
    }
    if (here > most) { most = here; headerLine = i; headerOrder = order; }
  }
  const absent = columns.filter((c) => !named.has(c));
  const where: Range = headerLine >= 0 ? lines.lineRange(headerLine) : (rows.find((r) => r.match.range)?.match.range ?? lines.lineRange(Math.min(firstRow, t.range.start.line)));
  return { columns, absent, where, keys: new Set(headerOrder), order: headerOrder };
}

/**
 * The columns of `header` (from `t3HeaderColumns`) that its header lines name only wrapped: a space-aligned header
 * (`pdftotext -layout`) breaks a narrow cell's label over two lines (`商业企` over `业`), so the column is named by a
 * word that starts its label (two characters at least) and no other column's. The header lines are those of table
 * `t` before the first of `rows`.
 */
export function t3WrappedColumns(lines: LineIndex, t: TableModel, rows: RowModel[], header: T3HeaderColumns): ColumnModel[] {
  if (!header.absent.length) return [];
  const firstRow = Math.min(...rows.map((r) => (r.match.range ?? r.cells.find(Boolean)?.range)?.start.line ?? Infinity));
  const keys = header.columns.map((c) => labelKey(c.label));
  const found = new Set<ColumnModel>();
  for (let i = t.range.start.line; i < Math.min(firstRow, lines.lineCount); i++) {
    if (lines.line(i).includes('|')) continue;
    for (const word of lines.line(i).split(/\s+/).map(labelKey)) {
      if (word.length < 2) continue;
      const cols = keys.map((k, j) => (k.startsWith(word) ? j : -1)).filter((j) => j >= 0);
      if (cols.length === 1) found.add(header.columns[cols[0]]);
    }
  }
  return header.absent.filter((c) => found.has(c));
}

/**
 * The group of the template's header (`groups`: 表三's `法人或其他组织`) that a header written with `by` columns fewer
 * than the template's names as one column: a header cell with its label, and the columns it spans in the template
 * (one more than `by`) side by side among the absent ones. Undefined when the header does not read so.
 */
export function t3MergedGroup(header: T3HeaderColumns, by: number, groups: readonly string[]): string | undefined {
  const at = header.absent.map((c) => header.columns.indexOf(c));
  const sideBySide = at.length > 1 && at.every((k, i) => i === 0 || k === at[i - 1] + 1);
  return header.absent.length === by + 1 && sideBySide ? groups.find((g) => header.keys.has(labelKey(g))) : undefined;
}

/**
 * 表三 written with three value columns, `自然人 | 法人或其他组织 | 总计` (the group as one column for the template's
 * five), every row read with those three numbers: the group's label and the rows, whose own sum (自然人 + the group =
 * 总计; values in `cells[0..2]`) can be checked against that header. Null for any other table.
 */
export function t3OwnHeaderSums(lines: LineIndex, t: TableModel, groups: readonly string[]): { group: string; rows: RowModel[] } | null {
  if (t.id !== 't3') return null;
  const short = rowsShortBy(t);
  if (!short || short.rows[0].cells.length !== 7 || short.by !== 4) return null;
  const header = t3HeaderColumns(lines, t, short.rows);
  const group = t3MergedGroup(header, short.by, groups);
  if (!group) return null;
  // The three in the header's order, nothing between them; the rows' numbers stand in the first three cells.
  const [natural, total] = [labelKey(header.columns[0].label), labelKey(header.columns[6].label)];
  const i = header.order.indexOf(natural);
  if (i < 0 || header.order[i + 1] !== labelKey(group) || header.order[i + 2] !== total) return null;
  if (!short.rows.every((r) => r.cells[0] && r.cells[1] && r.cells[2])) return null;
  return { group, rows: short.rows };
}

/**
 * How the numbers of column `k` of a space-aligned table `t` (`pdftotext -layout`) stand against the cell at
 * `range` (on one line; its display columns, a Chinese character or a full-width digit two wide): `left` when as
 * many of the column's other numbers start where it starts as end where it ends, or more, else `right`; for a cell of
 * the column that no other lines up with exactly, the side nearer to where the others start or end. For a fix
 * that writes a number into such a column with spaces around it, so that it stands where the column's numbers do.
 * Only cells on lines without pipes are compared. A column with no other number (表四's one row of values, a 表二
 * item of one row) goes by the header above it: `right` when a label there ends where the cell ends (`总计` over
 * `   3`), `left` when one starts where it starts.
 */
export function spaceColumnAlign(lines: LineIndex, t: TableModel, k: number, range: Range): 'left' | 'right' {
  const line = lines.line(range.start.line);
  const start = layoutWidth(line.slice(0, range.start.character));
  const end = start + layoutWidth(line.slice(range.start.character, range.end.character));
  let left = 0, right = 0, offStart = 0, offEnd = 0, self = false, others = 0;
  for (const r of t.rows) {
    const c = r.cells[k];
    if (!c || c.raw === '') continue;
    const text = lines.line(c.range.start.line);
    if (/[|｜]/.test(text)) continue;
    const s = layoutWidth(text.slice(0, c.range.start.character));
    if (s === start) left++;
    if (s + layoutWidth(c.raw) === end) right++;
    if (c.range.start.line === range.start.line && c.range.start.character === range.start.character) { self = true; continue; }
    others++;
    offStart += Math.abs(s - start);
    offEnd += Math.abs(s + layoutWidth(c.raw) - end);
  }
  if (self && !others) {
    const byHeader = headerAlign(lines, t.range.start.line, range.start.line, start, end);
    if (byHeader) return byHeader;
  }
  // A cell of the column with no other cell lined up with it exactly (a wider cell such as `增2`, a column not quite
  // aligned): the side nearer to the other cells' edges (numbers right-aligned under one another end near its end).
  if (self && left === right) return offEnd < offStart ? 'right' : 'left';
  return left > right ? 'left' : 'right';
}

/**
 * How a cell at display columns `[start, end)` of line `line` stands against the labels of the nearest line above it
 * (from `top` on, at most four lines up) that has one beginning or ending there: `right` when one ends at `end`,
 * `left` when one starts at `start`; null when no line has either. A label is a run of characters without a space.
 */
function headerAlign(lines: LineIndex, top: number, line: number, start: number, end: number): 'left' | 'right' | null {
  for (let i = line - 1; i >= Math.max(top, line - 4); i--) {
    const text = lines.line(i);
    if (/[|｜\t]/.test(text)) return null;
    let starts = false, ends = false;
    for (const m of text.matchAll(/[^ \u3000]+/g)) {
      const s = layoutWidth(text.slice(0, m.index));
      if (s === start) starts = true;
      if (s + layoutWidth(m[0]) === end) ends = true;
    }
    if (ends && !starts) return 'right';
    if (starts && !ends) return 'left';
  }
  return null;
}

/**
 * `text` with spaces added to fill `width` display columns: after it when `align` is `left` (unless `atLineEnd`,
 * where trailing spaces would only be left behind), else before it. `text` as it is when it fills them already.
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right', atLineEnd: boolean): string {
  const gap = width - layoutWidth(text);
  if (gap <= 0) return text;
  return align === 'left' ? (atLineEnd ? text : text + ' '.repeat(gap)) : ' '.repeat(gap) + text;
}

/** The digits of a label (NFKC, so full-width digits count), without its leading ordinal (`2.`, `2、`). */
function labelDigits(s: string): string {
  return s.normalize('NFKC').replace(/^\s*\d+\s*[.、]/, '').replace(/\D/g, '');
}

/**
 * Whether rewriting a label written `from` as `to` keeps every digit written in it beyond the label's own ordinal
 * (`2.重复申请` for `2.重复申请申请` does; `（一）予以公开` for `（一）予以公开8` does not: the 8 may be the row's first
 * number). A label fix that would delete or change a digit is not offered: a number is the author's data.
 */
export function keepsDigits(from: string, to: string): boolean {
  return labelDigits(from) === labelDigits(to);
}

/**
 * `to`, template words a fix writes over the text at `range`, in the script the author wrote there (`inScriptOf`,
 * read from the text as written: a report in traditional characters is read through its simplified view, whose
 * offsets are the text's): `to` itself where that text has no traditional character (`行政处法` → `行政处罚`), else in
 * traditional characters (`行政處法` → `行政處罰`, brk105). Null when that cannot be written (no fix then).
 */
export function inWrittenScriptAt(report: Report, range: Range, to: string): string | null {
  const lines = report.extras.sourceLines ?? report.lines;
  const written = lines.slice(range);
  return hasTraditional(written) ? inScriptOf(written, to, lines.text) : to;
}

/**
 * `to`, a template label a fix writes at `range` in a cell of the table at `table` that holds none of the label's words
 * (an empty label cell, an ordinal alone: `（二）`), in the script the table is written in: in traditional characters
 * (the forms the document uses, `inScriptOf`) in a report written in them or in a table that is (one pasted from a
 * `big5` mirror into a simplified draft), else `to` itself. The cell's own text tells nothing there, as
 * `inWrittenScriptAt` reads it. Null when that cannot be written (no fix then).
 */
export function inTableScriptAt(report: Report, table: Range, range: Range, to: string): string | null {
  const lines = report.extras.sourceLines;
  if (!lines) return to;
  const traditional = report.extras.traditional || isTraditional(new LineIndex(lines.slice(table)));
  return traditional ? inScriptOf(lines.slice(range), to, lines.text, true) : to;
}

/**
 * The label a 表二 row was written with when it is the other format's name of the row (`规范性文件` in a 2021 report,
 * read as 行政规范性文件; `行政规范性文件` in a 2019 one, templates.md §4.5 #2), as written; null for any other row.
 */
export function t2RenamedLabel(r: RowModel): string | null {
  if (!r.id.startsWith('T2') || r.match.kind === 'absent' || !r.match.raw) return null;
  const key = r.match.raw.normalize('NFKC').replace(/\s+/g, '').replace(/^\d+[.、]/, '');
  return (key === '规范性文件' && r.label === '行政规范性文件') || (key === '行政规范性文件' && r.label === '规范性文件') ? r.match.raw.trim() : null;
}

/**
 * A row's name as a message quotes it: its template label, or, for a 表二 row written with the other format's name
 * (`t2RenamedLabel`), what the user wrote with the row it is read as (`“规范性文件”（即“行政规范性文件”）`), so the
 * message names the label the user can find in the table.
 */
export function quotedRowName(r: RowModel): Bilingual {
  const written = t2RenamedLabel(r);
  return written
    ? bi(`“${written}”（即“${r.label}”）`, `“${written}” (read as “${r.label}”)`)
    : bi(`“${r.label}”`, `“${r.label}”`);
}

/** Chinese numerals of the template's ordinals (`一、`, `（三）`). */
const CN_NUM = '[一二三四五六七八九十]+';
/** The ordinal a template label opens with: `1.` (a sub-row), `（三）`/`(三)` (a group), `一、` (a level-1 row). */
const CANON_ORDINAL = new RegExp(`^(?:(\\d+)\\.|([（(])(${CN_NUM})([）)])|(${CN_NUM})、)`);
/**
 * An ordinal as an author writes it at the start of a label (white space before it and after it included), in the
 * forms the labels are matched with (templates.md §0.1, `labelKey`): `1.`, `1．`, `1、`, `1,`, `1)`, `(1)`, full-width
 * digits; `（三）`, `(三)`; `一、`, `一.`, `一．`.
 */
const ARABIC_WRITTEN = /^([ \u3000]*)([0-9]+|[０-９]+)([ \u3000]*)([.．、,，)）])([ \u3000]*)/;
const ARABIC_BRACKETED = /^([ \u3000]*)([（(])([ \u3000]*)([0-9]+|[０-９]+)([ \u3000]*)([）)])([ \u3000]*)/;
const GROUP_WRITTEN = new RegExp(`^([ \\u3000]*)([（(])([ \\u3000]*)${CN_NUM}([ \\u3000]*)([）)])([ \\u3000]*)`);
const LEVEL1_WRITTEN = new RegExp(`^([ \\u3000]*)${CN_NUM}([ \\u3000]*)([、.．,，])([ \\u3000]*)`);

/** `n` in the digits of `like` (full-width where they are). */
function digitsLike(like: string, n: string): string {
  return /[０-９]/.test(like) ? n.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : n;
}

/**
 * `to`, a template label a fix writes (its ordinal already in the template's or the document's punctuation), with its
 * ordinal written as the author writes ordinals in `sample` (the label as written, or a sibling row's): the author's
 * separator (`3、其他`, `3．其他`, `3)其他`, `(3)其他`), digit width, brackets (`(三)` or `（三）`) and the white space
 * around them are kept, only the number is the template's (brk137 #1: `4、其他` was fixed to `3.其他`, changing the
 * author's `、`, a tolerated variant, templates.md §0.1). `to` itself where `sample` opens with no ordinal of the kind
 * `to` has (null then when `strict`).
 */
export function inOrdinalStyleOf(sample: string, to: string, strict = false): string | null {
  const c = CANON_ORDINAL.exec(to);
  if (!c) return strict ? null : to;
  const rest = to.slice(c[0].length);
  if (c[1] !== undefined) {
    const a = ARABIC_WRITTEN.exec(sample);
    if (a) return `${a[1]}${digitsLike(a[2], c[1])}${a[3]}${a[4]}${a[5]}${rest}`;
    const b = ARABIC_BRACKETED.exec(sample);
    if (b) return `${b[1]}${b[2]}${b[3]}${digitsLike(b[4], c[1])}${b[5]}${b[6]}${b[7]}${rest}`;
  } else if (c[3] !== undefined) {
    const g = GROUP_WRITTEN.exec(sample);
    if (g) return `${g[1]}${g[2]}${g[3]}${c[3]}${g[4]}${g[5]}${g[6]}${rest}`;
  } else {
    const l = LEVEL1_WRITTEN.exec(sample);
    // (Its separator is the template's `、`: `一.`, `一．`, `一,` are no variant of a level-1 ordinal but its
    // misspelling, the one thing wrong, so that the fix writes 、 as section-order does for headings; brk177 #4.)
    if (l) return `${l[1]}${c[5]}${l[2]}、${l[4]}${rest}`;
  }
  return strict ? null : to;
}

/**
 * `to`, the template label a fix writes for row `r` of table `t`, with its ordinal written as the author writes it:
 * as in `written` (the row's label as written) where that opens with an ordinal, else as the row's siblings under the
 * same group write theirs (a label written without its ordinal among `1、…`, `2、…`), else as the table's rows of its
 * level do; else `to` itself (`inOrdinalStyleOf`). White space a sibling puts before or after its ordinal is not copied.
 */
export function inRowOrdinalStyle(t: TableModel, r: RowModel, written: string, to: string): string {
  const own = inOrdinalStyleOf(written.trimStart(), to, true);
  if (own !== null) return own;
  if (!CANON_ORDINAL.test(to)) return to;
  const level = r.id.split('.').length, parent = r.id.split('.').slice(0, -1).join('.');
  const of = (x: RowModel) => (x !== r && x.match.range && x.match.kind !== 'absent' && !x.match.missing && !x.match.unlike && x.id.split('.').length === level ? x : null);
  const siblings = t.rows.filter((x) => of(x) && x.id.split('.').slice(0, -1).join('.') === parent);
  const same = t.rows.filter((x) => of(x));
  for (const x of [...siblings, ...same]) {
    // (Only the ordinal's characters from a sibling: the white space before and after it is that row's own.)
    const styled = inOrdinalStyleOf(x.match.raw.trim(), to.replace(/^[ \u3000]+/, ''), true);
    if (styled !== null) return styled.replace(/^([^\u4e00-\u9fff]*?)[ \u3000]+(?=[\u4e00-\u9fff])/, '$1');
  }
  return to;
}
