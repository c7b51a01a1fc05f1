/**
 * HTML table rows run together on one line (`<table><tr><td>…</td></tr><tr>…</tr></table>`: a minified page source,
 * MinerU or marker output). The table readers read a table row by line, so such a table is not read; in HTML a line
 * break between tags means nothing, and putting each `<tr>` on a line of its own changes nothing a browser shows.
 */
import type { Finding, Position, Range, TextEdit } from '../types.js';
import { LineIndex } from '../text/lines.js';
import { linesHolding } from '../text/line-diff.js';

/** An opening `<tr>` tag (`<tr>`, `<TR class=…>`). */
const TR = /<tr(?=[\s>])/gi;

/** How many `<tr>` tags line `text` holds. */
function rowTags(text: string): number {
  return text.match(TR)?.length ?? 0;
}

/**
 * The first of lines `[from, to)` (0-based) that holds `atLeast` or more `<tr>` tags (HTML rows run together on one
 * line), or -1.
 */
export function htmlRowsRunTogether(lines: LineIndex, from: number, to: number, atLeast = 2): number {
  for (let i = from; i < Math.min(to, lines.lineCount); i++) {
    const text = lines.line(i);
    if (text.length > 7 && text.includes('<') && rowTags(text) >= atLeast) return i;
  }
  return -1;
}

/**
 * The edits that put each `<tr>` of lines `[from, to)` (0-based) on a line of its own: a line break (`eol`) inserted
 * before every `<tr>` tag that has other text before it on a line holding two or more of them (the `<table>` tag
 * and the rows before it stay where they are). Nothing is deleted. Empty when no line holds two rows.
 */
export function htmlRowBreaks(lines: LineIndex, from: number, to: number, eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < Math.min(to, lines.lineCount); i++) {
    const text = lines.line(i);
    if (!text.includes('<') || rowTags(text) < 2) continue;
    for (const m of text.matchAll(TR)) {
      if (!text.slice(0, m.index).trim()) continue;
      const at = { line: i, character: m.index };
      edits.push({ range: { start: at, end: at }, newText: eol });
    }
  }
  return edits;
}

/**
 * The text with each HTML row run together on a line (`htmlRowBreaks`) put on a line of its own, and the way back:
 * line `j` of `lines` is line `line[j]` of the text from its character `char[j]` on. Null when no line holds two rows
 * (or more): the text is read as it is. The tables are read a row a line; a browser shows the same table either way.
 */
export interface RowBreaks {
  /** The text as written (what findings and fixes are given in). */
  source: LineIndex;
  /** The text with its rows a line each (what the report is read from). */
  lines: LineIndex;
  line: Int32Array;
  char: Int32Array;
}

/** A line that holds a table cell tag: `htmlRowBreaks` splits only such lines (not prose that quotes `<tr>`). */
const CELL = /<t[dh](?=[\s>])/i;

/** Whether line `text` holds two or more HTML rows with their cells (what `splitPackedRows` splits). */
function packedRows(text: string): boolean {
  return text.length > 7 && text.includes('<') && rowTags(text) >= 2 && CELL.test(text);
}

/**
 * A block-level HTML tag that a page's source may run together with other markup on one line (`…</p><h2>一、…</h2><p>…`,
 * `</table><h2>三、…</h2>`, a whole page minified to one line), or a comment's opening or closing mark.
 */
const BLOCK_TAG = /<!--|-->|<(\/?)(h[1-6]|p|div|table)(?=[\s>/])[^>]*>/gi;

/** Where the HTML reading is: inside how many tables, inside a comment; carried from line to line. */
interface BlockState {
  tables: number;
  comment: boolean;
}

/**
 * The offsets at which line `text` is split so that each HTML block outside a table stands on a line of its own, as a
 * browser shows it: before an opening `<hN>`, `<p>`, `<div>` or `<table>` tag with text before it on the line, after
 * the closing tag with text after it. Inside a table (a cell's `<p>`, a heading typed in a cell) nothing is split, nor
 * in a comment, nor on a line with a pipe or a tab (a table row whose cells hold paragraphs). `state` is updated for the
 * next line. Empty when the line holds no such tag with text beside it.
 */
function blockSplits(text: string, state: BlockState): number[] {
  const out: number[] = [];
  // (A pipe or tab-separated row with a `<p>` in its cells, `| 规章 | <p>0</p> |`: a row, not blocks.)
  const row = /[|｜\t]/.test(text);
  const at = (k: number) => {
    if (!row && k > 0 && k < text.length && text.slice(0, k).trim() && text.slice(k).trim() && out[out.length - 1] !== k) out.push(k);
  };
  for (const m of text.matchAll(BLOCK_TAG)) {
    if (m[0] === '<!--') state.comment = true;
    else if (m[0] === '-->') state.comment = false;
    else if (state.comment) continue;
    else {
      const closing = m[1] === '/';
      const table = m[2].toLowerCase() === 'table';
      const end = m.index + m[0].length;
      if (table && !closing) {
        if (state.tables === 0) at(m.index);
        state.tables++;
      } else if (table) {
        state.tables = Math.max(0, state.tables - 1);
        if (state.tables === 0) at(end);
      } else if (state.tables === 0) at(closing ? end : m.index);
    }
  }
  return out;
}

/**
 * The reading of `source` with each packed line's rows on lines of their own (`RowBreaks`), and each HTML block run
 * together with other markup on a line (`blockSplits`: a heading, paragraph or table of a minified page) on a line of
 * its own; null when no line is split. `before`: the index of the version `source` was edited from (a language
 * server's), if any.
 */
export function splitPackedRows(source: LineIndex, before?: LineIndex | null): RowBreaks | null {
  const n = source.lineCount;
  const splits: (number[] | undefined)[] = [];
  const state: BlockState = { tables: 0, comment: false };
  let any = false;
  // Only a line with a `<`, or one with a `-->` inside a comment, can be split or change the state (`BLOCK_TAG`): with
  // the version `source` was edited from (`before`), those lines are found by searching the edited lines only.
  const marked = before ? mergedLines(linesHolding(source, '<', before), linesHolding(source, '-->', before)) : null;
  for (let k = 0, i = marked ? (marked[0] ?? n) : 0; i < n; i = marked ? (marked[++k] ?? n) : i + 1) {
    const text = source.line(i);
    if (!text.includes('<') && !state.comment) continue;
    const at = blockSplits(text, state);
    if (packedRows(text)) {
      for (const m of text.matchAll(TR)) if (text.slice(0, m.index).trim()) at.push(m.index);
    }
    if (!at.length) continue;
    splits[i] = [...new Set(at)].sort((x, y) => x - y);
    any = true;
  }
  if (!any) return null;
  const out: string[] = [];
  const line: number[] = [];
  const char: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = source.line(i);
    let from = 0;
    for (const k of splits[i] ?? []) {
      if (!text.slice(from, k).trim()) continue;
      out.push(text.slice(from, k));
      line.push(i);
      char.push(from);
      from = k;
    }
    out.push(text.slice(from));
    line.push(i);
    char.push(from);
  }
  return { source, lines: LineIndex.fromLines(out), line: Int32Array.from(line), char: Int32Array.from(char) };
}

/** Position `p` of `rb.lines` in the text as written. */
export function writtenPosition(rb: RowBreaks, p: Position): Position {
  const j = Math.min(Math.max(0, p.line), rb.line.length - 1);
  return { line: rb.line[j], character: rb.char[j] + p.character };
}

/** The first line of `rb.lines` read from line `line` of the text as written (`rb.line` is in order). */
function firstReadLine(rb: RowBreaks, line: number): number {
  let lo = 0, hi = rb.line.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rb.line[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether line `line` (0-based) of the text as written was read as two or more lines of `rb.lines` (rows or blocks run together). */
export function isSplitLine(rb: RowBreaks, line: number): boolean {
  const j = firstReadLine(rb, line);
  return j + 1 < rb.line.length && rb.line[j] === line && rb.line[j + 1] === line;
}

/**
 * Position `p` of the text as written in `rb.lines` (the inverse of `writtenPosition`): on the line read from the part
 * of its line that holds it. A position where one part ends and the next begins is the next one's start, or with
 * `end` (the end of a range) the end of the part before it.
 */
export function readPosition(rb: RowBreaks, p: Position, end = false): Position {
  let j = firstReadLine(rb, p.line);
  if (j >= rb.line.length || rb.line[j] !== p.line) return { line: Math.min(j, rb.line.length - 1), character: p.character };
  while (j + 1 < rb.line.length && rb.line[j + 1] === p.line && (end ? rb.char[j + 1] < p.character : rb.char[j + 1] <= p.character)) j++;
  return { line: j, character: Math.max(0, p.character - rb.char[j]) };
}

/** Range `r` of the text as written in `rb.lines` (`readPosition`). */
export function readRange(rb: RowBreaks, r: Range): Range {
  const start = readPosition(rb, r.start);
  const end = readPosition(rb, r.end, true);
  return { start, end: end.line < start.line || (end.line === start.line && end.character < start.character) ? start : end };
}

/** Range `r` of `rb.lines` in the text as written. */
export function writtenRange(rb: RowBreaks, r: Range): Range {
  return { start: writtenPosition(rb, r.start), end: writtenPosition(rb, r.end) };
}

/**
 * A message's line numbers (`第 12 行`, `line 12`, `第 12–14 行`: 1-based lines of `rb.lines`) as the text's own. A
 * single line split off the middle of a line as written (a block of a one-line page) is said with the column it starts
 * at (`第 1 行第 5452 列`, `line 1, column 5452`; brk132 #4: “第 1 行之前” of an insertion deep into the line).
 */
export function writtenLineNumbers(rb: RowBreaks, message: string): string {
  const own = (n: string) => {
    const j = Number(n) - 1;
    return j >= 0 && j < rb.line.length ? String(rb.line[j] + 1) : n;
  };
  /** The 1-based column line `n` of `rb.lines` starts at as written; 0 at a line's start. */
  const column = (n: string) => {
    const j = Number(n) - 1;
    return j >= 0 && j < rb.line.length && rb.char[j] > 0 ? rb.char[j] + 1 : 0;
  };
  return message
    .replace(/(第 ?)(\d+)(?:([–—-])(\d+))?( ?行)/g, (_w, pre: string, a: string, dash: string | undefined, b: string | undefined, post: string) =>
      dash && b ? `${pre}${own(a)}${dash}${own(b)}${post}` : `${pre}${own(a)}${post}${column(a) ? `第 ${column(a)} 列` : ''}`)
    .replace(/\b(lines? )(\d+)(?:([–—-])(\d+))?/g, (_w, word: string, a: string, dash?: string, b?: string) =>
      dash && b ? `${word}${own(a)}${dash}${own(b)}` : `${word}${own(a)}${column(a) ? `, column ${column(a)}` : ''}`);
}

/**
 * Edit `e` (of `rb.lines`) in the text as written. Lines inserted before a line that was split off a longer one
 * (`<h2>五、…</h2>\n` before `<h2>六、…</h2>` of a minified page) start a line of their own there: a line break is put
 * before them, so that they are not joined to the text before the split.
 */
function writtenEdit(rb: RowBreaks, e: TextEdit): TextEdit {
  const range = writtenRange(rb, e.range);
  const { start, end } = e.range;
  const j = start.line;
  const midLine = start.character === 0 && j > 0 && j < rb.line.length && rb.line[j] === rb.line[j - 1];
  if (midLine && start.line === end.line && start.character === end.character && /\n$/.test(e.newText) && !/^\r?\n/.test(e.newText)) {
    return { ...e, range, newText: rb.source.dominantEol() + e.newText };
  }
  return { ...e, range };
}

/** `f` (found in `rb.lines`) in the text as written: its ranges, its fix's edits, its message's line numbers. */
export function writtenFinding(rb: RowBreaks, f: Finding): Finding {
  return {
    ...f,
    message: writtenLineNumbers(rb, f.message),
    range: writtenRange(rb, f.range),
    ...(f.related ? { related: f.related.map((r) => (r.report === 'previous' ? r : { ...r, range: writtenRange(rb, r.range), message: writtenLineNumbers(rb, r.message) })) } : {}),
    ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => writtenEdit(rb, e)), ...(f.fix.holds ? { holds: f.fix.holds.map((r) => writtenRange(rb, r)) } : {}) } } : {}),
  };
}

/** The lines of two sorted lists, once each, in order. */
function mergedLines(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return a.slice();
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}
