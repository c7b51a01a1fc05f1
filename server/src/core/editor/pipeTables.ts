/**
 * Pipe-table formatting for the editor: aligns the columns of every Markdown pipe table by East Asian display
 * width (a Chinese character takes two columns), and changes nothing else. Pure: text in, edits out.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import type { Range, TextEdit } from '../types.js';
import { LineIndex } from '../text/lines.js';

/**
 * Display width of one code point in a monospaced CJK editor: 2 for wide and full-width characters, 0 for control
 * characters, zero-width marks (U+200B, U+200D, U+FEFF), combining marks (Mn, Me) and variation selectors, else 1.
 */
export function codePointWidth(cp: number): number {
  // The characters of a report, first: ASCII and the CJK Unified Ideographs (all wide), without a table lookup.
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200d || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || MARK.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp);
}

const MARK = /^[\p{Mn}\p{Me}]$/u;

/** Display width of a string in a monospaced CJK editor: wide and full-width characters count 2, marks 0. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // A surrogate pair is one code point.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    w += codePointWidth(cp);
  }
  return w;
}

/** A pipe table found in the text: lines `[start, end)`. */
export interface PipeTableBlock {
  start: number;
  end: number;
}

/** Whether a line is a row of a pipe table (its content starts with `|`). */
export function isPipeRow(line: string): boolean {
  return /^\s*\|/.test(line);
}

/** Finds the pipe tables: runs of at least two consecutive lines that start with `|`. */
export function findPipeTables(lines: LineIndex): PipeTableBlock[] {
  const out: PipeTableBlock[] = [];
  const n = lines.lineCount;
  for (let i = 0; i < n; ) {
    if (!isPipeRow(lines.line(i))) { i++; continue; }
    let j = i;
    while (j < n && isPipeRow(lines.line(j))) j++;
    if (j - i >= 2) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Splits a row into its cells (trimmed), honouring `\|`. The leading `|` is required; the trailing one optional. */
export function splitRow(line: string): { indent: string; cells: string[]; closed: boolean } {
  const indent = /^\s*/.exec(line)![0];
  const body = line.slice(indent.length).replace(/\s+$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && body[i + 1] === '|') { cur += '\\|'; i++; continue; }
    if (c === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  const closed = body.length > 1 && body.endsWith('|') && !body.endsWith('\\|');
  if (!closed || cur.trim()) cells.push(cur.trim());
  return { indent, cells, closed: closed || body === '|' };
}

const SEP_CELL = /^:?-{1,}:?$/;

function isSeparator(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => SEP_CELL.test(c.replace(/\s+/g, '')));
}

function pad(cell: string, width: number, align: 'left' | 'right' | 'center'): string {
  const gap = Math.max(0, width - displayWidth(cell));
  if (align === 'right') return ' '.repeat(gap) + cell;
  if (align === 'center') return ' '.repeat(gap >> 1) + cell + ' '.repeat(gap - (gap >> 1));
  return cell + ' '.repeat(gap);
}

/** Formats the rows of one pipe table; returns the new lines (same count, same order). */
export function formatPipeTable(rows: string[]): string[] {
  const parsed = rows.map(splitRow);
  const sepRows = parsed.map((p) => isSeparator(p.cells));
  const cols = Math.max(...parsed.map((p) => p.cells.length));
  const widths = new Array<number>(cols).fill(0);
  const align: ('left' | 'right' | 'center')[] = new Array(cols).fill('left');
  const sepIdx = sepRows.indexOf(true);
  if (sepIdx >= 0) {
    parsed[sepIdx].cells.forEach((c, i) => {
      const t = c.replace(/\s+/g, '');
      align[i] = t.startsWith(':') && t.endsWith(':') ? 'center' : t.endsWith(':') ? 'right' : 'left';
    });
  }
  parsed.forEach((p, r) => {
    if (sepRows[r]) return;
    p.cells.forEach((c, i) => { widths[i] = Math.max(widths[i], displayWidth(c)); });
  });
  for (let i = 0; i < cols; i++) widths[i] = Math.max(widths[i], 3);
  return parsed.map((p, r) => {
    const cells = sepRows[r]
      ? p.cells.map((c, i) => {
        const t = c.replace(/\s+/g, '');
        const left = t.startsWith(':') ? ':' : '-';
        const right = t.endsWith(':') && t.length > 1 ? ':' : '-';
        return left + '-'.repeat(Math.max(1, widths[i] - 2)) + right;
      })
      : p.cells.map((c, i) => pad(c, widths[i], align[i]));
    return `${p.indent}| ${cells.join(' | ')} |`;
  });
}

/**
 * Edits that align every pipe table of `text` (or only those that intersect `range`). One edit per changed
 * line, covering that line's content only: line endings and every other line stay as they are.
 */
export function formatPipeTables(text: string, range?: Range, lines: LineIndex = new LineIndex(text)): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const b of findPipeTables(lines)) {
    if (range && (b.end - 1 < range.start.line || b.start > range.end.line)) continue;
    const rows: string[] = [];
    for (let i = b.start; i < b.end; i++) rows.push(lines.line(i));
    const out = formatPipeTable(rows);
    out.forEach((t, k) => {
      if (t !== rows[k]) edits.push({ range: lines.lineRange(b.start + k), newText: t });
    });
  }
  return edits;
}
