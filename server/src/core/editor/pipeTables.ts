/**
 * Pipe-table formatting for the editor: aligns the columns of every Markdown pipe table (a header row with a
 * delimiter row under it, and the rows below: `tableHeaderAt`) by East Asian display width (a Chinese character takes
 * two columns, an emoji cluster two), and changes nothing else: only the ASCII spaces around cells, a missing closing
 * pipe and the dashes of the delimiter row; lines of pipes that are no table (no delimiter row), code blocks and HTML
 * comments are left alone. Pure: text in, edits out.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import type { Range, TextEdit } from '../types.js';
import { LineIndex } from '../text/lines.js';
import { isGridBorder, isPartialGridBorder } from '../parse/tokens.js';
import { quoteMarkers } from '../suppress.js';
import { indentColumns } from '../text/normalize.js';
import { fenceClosed, fenceOpened } from '../text/blocks.js';

/**
 * Display width of one code point in a monospaced CJK editor: 2 for wide and full-width characters and for East
 * Asian Ambiguous ones (curly quotes “ ” ‘ ’, …, —, ·, №, ①, Greek and Cyrillic letters: a Chinese font draws them
 * full-width, and these documents are Chinese), 0 for control characters, zero-width marks (U+200B, U+200D,
 * U+FEFF), combining marks (Mn, Me) and variation selectors, else 1. With `ambiguousWide` false, Ambiguous
 * characters are 1 (as `pdftotext -layout` spaces them, see `layoutWidth`).
 */
export function codePointWidth(cp: number, ambiguousWide = true): number {
  // The characters of a report, first: ASCII and the CJK Unified Ideographs (all wide), without a table lookup.
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200d || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || MARK.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp, { ambiguousAsWide: ambiguousWide });
}

const MARK = /^[\p{Mn}\p{Me}]$/u;

/**
 * Display width of a string in a monospaced CJK editor, the width pipe tables are aligned to: wide, full-width and
 * East Asian Ambiguous characters (curly quotes) count 2, marks 0, emoji clusters 2 (see `codePointWidth`).
 */
export function displayWidth(s: string): number {
  return widthOf(s, true);
}

/**
 * The columns a string takes in text laid out with spaces by `pdftotext -layout` (a space-aligned table): as
 * `displayWidth`, but East Asian Ambiguous characters count 1, as its output spaces them (`3.危及“三安全一稳定”`
 * before its numbers). For reading and fixing space-aligned columns, not for aligning pipe tables.
 */
export function layoutWidth(s: string): number {
  return widthOf(s, false);
}

function widthOf(s: string, ambiguousWide: boolean): number {
  let w = 0;
  let plain = true;
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
    // An emoji presentation selector, a joiner or a regional indicator: emoji that take two columns as one.
    if (cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f1e6 && cp <= 0x1f1ff)) plain = false;
    w += codePointWidth(cp, ambiguousWide);
  }
  return plain ? w : clusterWidth(s, ambiguousWide);
}

/** Grapheme clusters of a text (`Intl.Segmenter`, made once). */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Display width of a string counted per grapheme cluster, as a terminal or editor draws emoji: a cluster with an
 * emoji presentation selector (`❤️`, U+2764 U+FE0F), a zero-width joiner between pictographs (👨‍👩‍👧) or a pair of
 * regional indicators (a flag) takes two columns; any other cluster the width of its code points (marks add 0).
 */
function clusterWidth(s: string, ambiguousWide: boolean): number {
  let w = 0;
  for (const { segment } of GRAPHEMES.segment(s)) {
    // A regional indicator alone is one column; a pair of them (a flag: four code units) two.
    const first = segment.codePointAt(0)!;
    if (segment.length > 1 && ((segment.includes('\ufe0f') && PICTOGRAPHIC.test(segment)) || (segment.includes('\u200d') && PICTOGRAPHIC.test(segment)) || (first >= 0x1f1e6 && first <= 0x1f1ff && segment.length === 4))) {
      w += 2;
      continue;
    }
    for (const ch of segment) w += codePointWidth(ch.codePointAt(0)!, ambiguousWide);
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

/**
 * The lines Markdown takes literally, where a `|` is no table: those of fenced code blocks (fences included), of
 * HTML comments (`<!--` … `-->`, over several lines or one), and of indented code blocks (four columns of
 * indentation after a blank line or after another such line). `literal[i]` for 0-based line `i`.
 */
export function literalLines(lines: LineIndex): boolean[] {
  const n = lines.lineCount;
  const out = new Array<boolean>(n).fill(false);
  let fence: string | null = null;
  let comment = false;
  let codeOk = true; // an indented code block may start here (after a blank line, or at the start)
  for (let i = 0; i < n; i++) {
    const t = lines.line(i);
    if (fence) {
      out[i] = true;
      if (fenceClosed(t, fence)) fence = null;
      continue;
    }
    if (comment) {
      out[i] = true;
      comment = !commentEnds(t, 0);
      codeOk = false;
      continue;
    }
    fence = fenceOpened(t);
    if (fence) {
      out[i] = true;
      continue;
    }
    if (t.trim() === '') { codeOk = true; continue; }
    if (codeOk && indentColumns(t) >= 4) { out[i] = true; continue; }
    codeOk = false;
    const at = t.indexOf('<!--');
    // A row with comments after its last cell (`| 0 | 0 | <!-- 数据待核实 -->`, as the comment fixes write them) is a row.
    if (at >= 0 && TRAILING_COMMENTS.test(t)) continue;
    if (at >= 0) {
      // A comment that opens on this line: the line is part of it from there (a line that is a comment with a
      // pipe row after it on the same line is rare enough to be taken literally as a whole).
      out[i] = true;
      comment = !commentEnds(t, at + 4);
    }
  }
  return out;
}

/** A pipe row whose last cell is followed by HTML comments that close on the line: the row, and the comments. */
const TRAILING_COMMENTS = /^([ \t]*\|.*(?<!\\)\|)[ \t]*((?:<!--(?:(?!-->).)*-->[ \t]*)+)$/;

/** Whether the HTML comment open at `from` on line `t` closes on it (and no other one opens after the close). */
function commentEnds(t: string, from: number): boolean {
  for (;;) {
    const end = t.indexOf('-->', from);
    if (end < 0) return false;
    const again = t.indexOf('<!--', end + 3);
    if (again < 0) return true;
    from = again + 4;
  }
}



/**
 * Finds the runs of pipe rows a pipe table may be in (`tableHeaderAt` finds it in them): runs of at least two
 * consecutive lines that start with `|` (after spaces or tabs), outside
 * code blocks and HTML comments (`literalLines`), whose first line is not indented four columns (a code block).
 */
export function findPipeTables(lines: LineIndex): PipeTableBlock[] {
  const out: PipeTableBlock[] = [];
  const n = lines.lineCount;
  const literal = literalLines(lines);
  const row = (i: number) => !literal[i] && /^[ \t]*\|/.test(lines.line(i));
  for (let i = 0; i < n; ) {
    if (!row(i)) { i++; continue; }
    let j = i;
    while (j < n && row(j)) j++;
    if (j - i >= 2 && indentColumns(lines.line(i)) < 4) out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * Splits a row into its cells, honouring `\|`. Cells are trimmed of ASCII spaces and tabs only (as GFM does): an
 * ideographic space (U+3000) indenting a label is content. The leading `|` is required; the trailing one optional.
 */
export function splitRow(line: string): { indent: string; cells: string[]; closed: boolean } {
  const indent = /^[ \t]*/.exec(line)![0];
  const body = line.slice(indent.length).replace(/[ \t]+$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && body[i + 1] === '|') { cur += '\\|'; i++; continue; }
    if (c === '|') { cells.push(trimPadding(cur)); cur = ''; continue; }
    cur += c;
  }
  const closed = body.length > 1 && body.endsWith('|') && !body.endsWith('\\|');
  if (!closed || trimPadding(cur)) cells.push(trimPadding(cur));
  return { indent, cells, closed: closed || body === '|' };
}

/** A cell without its padding: the ASCII spaces and tabs around it. */
function trimPadding(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** A delimiter cell (`---`, `:-:`); `SURE`: of three dashes or more, which no value is written as. */
const SEP_CELL = /^:?-+:?$/;
const SURE_SEP_CELL = /^:?-{3,}:?$/;

/**
 * Whether the row under the header (`cells`) is the delimiter row: delimiter cells only, as many as the header's
 * (as GFM requires), or all of three dashes or more. Cells of one or two dashes under a header of another width are
 * values (`-`: none), such as 表四's 15 values under its header rows.
 */
function isDelimiter(cells: string[], header: string[]): boolean {
  if (!cells.length || !cells.every((c) => SEP_CELL.test(c))) return false;
  return cells.length === header.length || cells.every((c) => SURE_SEP_CELL.test(c));
}

function pad(cell: string, width: number, align: 'left' | 'right' | 'center'): string {
  const gap = Math.max(0, width - displayWidth(cell));
  if (align === 'right') return ' '.repeat(gap) + cell;
  if (align === 'center') return ' '.repeat(gap >> 1) + cell + ' '.repeat(gap - (gap >> 1));
  return cell + ' '.repeat(gap);
}

/**
 * Formats the rows of one pipe table; returns the new lines (same count, same order). Only padding changes: ASCII
 * spaces around cells, the closing pipe of an unclosed row, and the dashes of the delimiter row (the second line,
 * when it is one: see `isDelimiter`); every other row is a row of values, whatever its cells look like. A row with a
 * tab in it after its indentation (inside a cell or in the padding around one) is left as it is (a tab's width
 * depends on the editor's tab stops), and the other rows are aligned without it. HTML comments after a row's last
 * cell (`| 0 | <!-- 数据待核实 -->`) stay after it, one space away.
 */
export function formatPipeTable(rows: string[]): string[] {
  // Comments after a row's last cell are no cells: aligned without them, and written back after the row.
  const commented = rows.map((r) => TRAILING_COMMENTS.exec(r));
  const trailing = commented.map((m) => m?.[2].trimEnd() ?? '');
  rows = rows.map((r, k) => commented[k]?.[1] ?? r);
  const parsed = rows.map(splitRow);
  // A comment after the second line makes it no delimiter row (GFM would read the comment as one more cell).
  const sepIdx = parsed.length > 1 && !commented[1] && isDelimiter(parsed[1].cells, parsed[0].cells) ? 1 : -1;
  // Left as they are: a row with a tab in a cell or in the padding around one (`| 行政强制 |\t0 |`: the author's
  // tab, whose width depends on the editor's tab stops), and a lone `|` (no cell to pad). A tab indenting the row
  // is not in a cell: the indentation is kept as written anyway.
  const tabbed = parsed.map((p, r) => !p.cells.length || rows[r].slice(p.indent.length).includes('\t'));
  const cols = Math.max(...parsed.map((p) => p.cells.length));
  const widths = new Array<number>(cols).fill(0);
  const align: ('left' | 'right' | 'center')[] = new Array(cols).fill('left');
  if (sepIdx >= 0) {
    parsed[sepIdx].cells.forEach((t, i) => {
      align[i] = t.startsWith(':') && t.endsWith(':') ? 'center' : t.endsWith(':') ? 'right' : 'left';
    });
  }
  parsed.forEach((p, r) => {
    if (r === sepIdx || tabbed[r]) return;
    p.cells.forEach((c, i) => { widths[i] = Math.max(widths[i], displayWidth(c)); });
  });
  for (let i = 0; i < cols; i++) widths[i] = Math.max(widths[i], 3);
  // A delimiter row with another number of cells than the header reads as one only with three dashes in each cell
  // besides its colons (`isDelimiter`): kept so (`---:`, not `--:`), or formatting again would read it as values.
  if (sepIdx >= 0 && parsed[sepIdx].cells.length !== parsed[0].cells.length) parsed[sepIdx].cells.forEach((t, i) => { widths[i] = Math.max(widths[i], 3 + (t.startsWith(':') ? 1 : 0) + (t.endsWith(':') && t.length > 1 ? 1 : 0)); });
  return parsed.map((p, r) => {
    let row = rows[r];
    if (!tabbed[r]) {
      const cells = r === sepIdx
        ? p.cells.map((t, i) => {
          const left = t.startsWith(':') ? ':' : '-';
          const right = t.endsWith(':') && t.length > 1 ? ':' : '-';
          return left + '-'.repeat(Math.max(1, widths[i] - 2)) + right;
        })
        : p.cells.map((c, i) => pad(c, widths[i], align[i]));
      row = `${p.indent}| ${cells.join(' | ')} |`;
    }
    return trailing[r] ? `${row} ${trailing[r]}` : row;
  });
}

/**
 * Edits that align every pipe table of `text` (or only those that intersect `range`). One edit per changed
 * line, covering that line's content only: line endings and every other line stay as they are.
 */
export function formatPipeTables(text: string, range?: Range, lines: LineIndex = new LineIndex(text)): TextEdit[] {
  // A byte-order mark kept in the buffer before a table's header (helper-222 #14): read as a space (same offsets), and
  // written back before the header's new text.
  if (lines.lineCount && lines.line(0).startsWith('\ufeff')) {
    return formatPipeTables(` ${text.slice(1)}`, range).map((e) => (e.range.start.line === 0 && e.range.start.character === 0 ? { ...e, newText: `\ufeff${e.newText.replace(/^ /, '')}` } : e));
  }
  const edits: TextEdit[] = [];
  for (const b of findPipeTables(lines)) {
    if (range && (b.end - 1 < range.start.line || b.start > range.end.line)) continue;
    // The rows of a grid table (pandoc's `+---+---+` borders above and below them, or a partial border among them):
    // its borders fix every column's width, so re-padding the rows alone would break the table. Left as written.
    if (inGridTable(lines, b)) continue;
    const all: string[] = [];
    for (let i = b.start; i < b.end; i++) all.push(lines.line(i));
    // Only a table: from its header row, the row right above its delimiter row, to the end of the run (brk136 #4:
    // lines of pipes with no delimiter row under a header, `|` / `||` of a one-cell-a-line paste or web rows
    // `| 规章 | 0 | 0 | 0 |`, are no table in GFM, and were padded into ragged columns). The lines above the header
    // stay as written.
    const head = tableHeaderAt(all);
    if (head < 0) continue;
    const rows = all.slice(head);
    const out = formatPipeTable(rows);
    out.forEach((t, k) => {
      if (t !== rows[k]) edits.push({ range: lines.lineRange(b.start + head + k), newText: t });
    });
  }
  // Tables in a blockquote (`> | … |`, helper-208 #1): formatted after their markers, which stay as written.
  // (Rows of one quote whether written `> |` or `>|`, helper-222 #13: each keeps its own markers.)
  const depth = (prefix: string) => (prefix.match(/>/g) ?? []).length;
  for (let i = 0; i < lines.lineCount; ) {
    const prefix = quoteMarkers(lines.line(i));
    let j = i;
    while (prefix && j < lines.lineCount && depth(quoteMarkers(lines.line(j))) === depth(prefix) && isPipeRow(lines.line(j).slice(quoteMarkers(lines.line(j)).length))) j++;
    if (j - i >= 2 && !(range && (j - 1 < range.start.line || i > range.end.line))) {
      const prefixes: string[] = [];
      const rows: string[] = [];
      for (let k = i; k < j; k++) {
        const own = quoteMarkers(lines.line(k));
        prefixes.push(own);
        rows.push(lines.line(k).slice(own.length));
      }
      const head = tableHeaderAt(rows);
      if (head >= 0) {
        formatPipeTable(rows.slice(head)).forEach((t, k) => {
          if (t !== rows[head + k]) edits.push({ range: lines.lineRange(i + head + k), newText: prefixes[head + k] + t });
        });
      }
    }
    i = Math.max(j, i + 1);
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line);
}

/**
 * The index in `rows` (consecutive lines starting with `|`) of the header row of the pipe table they hold: the first
 * row with a delimiter row right under it (`isDelimiter`, as `formatPipeTable` reads its second line); none when the
 * run starts at a delimiter row (its header is on a line that is no row of its own, `- | 名称 | 值 |` in a list
 * item, brk91 #9: padding the rows below it alone would misalign it). -1 when there is none:
 * rows without a delimiter row are no table in GFM (`|` / `||` of a one-cell-a-line paste, web rows pasted as
 * `| 规章 | 0 | 0 | 0 |`), whatever their pipes.
 */
export function tableHeaderAt(rows: readonly string[]): number {
  const bare = (r: string) => TRAILING_COMMENTS.exec(r)?.[1] ?? r;
  for (let k = 0; k + 1 < rows.length; k++) {
    if (k === 0 && DELIMITER_ROW.test(rows[k])) return -1;
    // (A comment after the delimiter row makes it none: GFM would read the comment as one more cell.)
    if (TRAILING_COMMENTS.test(rows[k + 1])) continue;
    if (isDelimiter(splitRow(rows[k + 1]).cells, splitRow(bare(rows[k])).cells)) return k;
  }
  return -1;
}

/**
 * The lines of `lines` that are rows of a pipe table as GFM reads one (`rows[i]` for 0-based line `i`): a header row
 * (a line with a `|`) with a delimiter row right under it (`isDelimiter`), that delimiter row, and the lines with a
 * `|` under it up to the first line without one; with or without the leading and closing pipes, after a blockquote's
 * markers, outside code blocks and HTML comments (`literalLines`). Lines of pipes without a delimiter row (web rows
 * `规章 | 0 | 0 | 0 |`, `| 规章 | 0 |`, the `|` / `||` of a one-cell-a-line paste) are no table's (brk136 #3).
 */
export function pipeTableRows(lines: LineIndex): boolean[] {
  const n = lines.lineCount;
  const out = new Array<boolean>(n).fill(false);
  const literal = literalLines(lines);
  const body = (i: number) => { const l = lines.line(i); return l.slice(quoteMarkers(l).length); };
  const piped = (i: number) => i < n && !literal[i] && /(?<!\\)\|/.test(body(i));
  const cells = (i: number) => { const b = body(i); return splitRow(/^[ \t]*\|/.test(b) ? b : `|${b}`).cells; };
  for (let i = 0; i + 1 < n; i++) {
    if (!piped(i) || !piped(i + 1) || !DELIMITER_ROW.test(body(i + 1)) || DELIMITER_ROW.test(body(i))) continue;
    if (!isDelimiter(cells(i + 1), cells(i))) continue;
    let j = i;
    while (piped(j)) out[j++] = true;
    i = j - 1;
  }
  return out;
}

/** A pipe table's delimiter row (`| --- | :-: |`). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

/** Whether the pipe rows `b` belong to a grid table: a `+---+` border right above or below them, or one among them. */
function inGridTable(lines: LineIndex, b: PipeTableBlock): boolean {
  const border = (i: number) => {
    if (i < 0 || i >= lines.lineCount) return false;
    const t = lines.line(i).trim();
    return t.startsWith('+') ? isGridBorder(t) : t.includes('+') && isPartialGridBorder(t);
  };
  if (border(b.start - 1) || border(b.end)) return true;
  for (let i = b.start; i < b.end; i++) if (border(i)) return true;
  return false;
}
