/**
 * Keeping an aligned pipe table aligned when a fix edits it. A report's pipe table aligned by display width (a
 * Chinese character takes two columns, as the editor's formatter aligns it) stays aligned when a fix changes a
 * cell or inserts a row: the new content is padded to the cell's width with the column's alignment, and where it
 * does not fit, that column of that table is widened in every row. East Asian Ambiguous characters (curly quotes)
 * count two columns, as the formatter counts them, unless the table is aligned with them one column wide (pandoc
 * without a Chinese `lang`, a table formatted before): then it stays aligned that way. A table whose pipes do not line up (a compact
 * `|1|2|`, or rows of any widths) is not touched beyond the fix itself. Only spaces (and the delimiter row's
 * dashes) are added or removed: never a character of the user's text. Pure.
 */
import type { Fix, TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { codePointWidth, displayWidth, isPipeRow, layoutWidth } from '../editor/pipeTables.js';
import { TakenEdits } from './apply.js';
import { isGridBorder } from '../parse/tokens.js';
import { unquoted } from '../suppress.js';

type Align = 'left' | 'right' | 'center';

/** One line of a pipe table, read for its pipes. */
interface PipeLine {
  line: number;
  text: string;
  /** UTF-16 offsets in the line of its unescaped pipes. */
  pipes: number[];
  /** 0-based display column of each pipe (East Asian wide characters count 2). */
  cols: number[];
  /** A delimiter row (`| --- | :-: |`), or a grid table's border (`+-----+`, `+=====+`). */
  separator: boolean;
  /** A grid table's border line, whose `+` are its pipes. */
  border?: boolean;
}

/** How the cells of one column sit between its pipes: alignment and the spaces kept beside the content. */
interface ColumnStyle {
  align: Align;
  lead: number;
  trail: number;
  /** The table's East Asian Ambiguous characters (curly quotes) count two columns (see `readTable`). */
  ambiguousWide: boolean;
}

/** A pipe table whose pipes line up (most rows; a row may stop early, as a row without its last cells). */
interface AlignedTable {
  /** Lines `[start, end)`. */
  start: number;
  end: number;
  rows: PipeLine[];
  /** The display columns of the pipes of a full row. Column `c` is the cell between pipes `c` and `c + 1`. */
  ref: number[];
  columns: ColumnStyle[];
  /** The leading whitespace of the table's rows. */
  indent: string;
  /**
   * The line a fix that adds or replaces rows rewrites whole (the delimiter row, else a full row): every fix that
   * widens a column inserts into it too, so such fixes never share a pass (a row one adds would miss the spaces
   * the other adds to the rows there were).
   */
  claim: number;
  /** A grid table (rows between `+---+` borders): a row it gets comes with a border line. */
  grid: boolean;
}

const EOL = /\r\n|\n|\r/;
const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;

/**
 * The pipes of a line and their display columns (Ambiguous characters two columns unless `ambiguousWide` is false);
 * null for a line with a tab (its display width is unknown).
 */
function readPipes(line: number, text: string, ambiguousWide = true): PipeLine | null {
  if (text.includes('\t')) return null;
  if (isBorderLine(text)) {
    // A grid table's border: its `+` stand where the rows have their pipes (all ASCII: one column each).
    const pipes: number[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] === '+') pipes.push(i);
    return { line, text, pipes, cols: [...pipes], separator: true, border: true };
  }
  const pipes: number[] = [], cols: number[] = [];
  let col = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp === 0x5c && text.charCodeAt(i + 1) === 0x7c) {
      // `\|`: an escaped pipe is content, two columns wide.
      col += 2;
      i += 2;
      continue;
    }
    if (cp === 0x7c) {
      pipes.push(i);
      cols.push(col);
    }
    col += codePointWidth(cp, ambiguousWide);
    i += cp > 0xffff ? 2 : 1;
  }
  const inner = pipes.slice(0, -1).map((p, k) => text.slice(p + 1, pipes[k + 1]));
  return { line, text, pipes, cols, separator: inner.length > 0 && inner.every((c) => SEPARATOR_CELL.test(c)) };
}

/** A grid table's border line (`+------+----+`, `+======+`), indented or not. */
function isBorderLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && isGridBorder(t);
}

/** A line of a pipe table or grid table: a pipe row or a grid border. */
function isTableLine(text: string): boolean {
  // (In a blockquote, after its `>` markers: `> | … |`.)
  const t = unquoted(text);
  return isPipeRow(t) || isBorderLine(t);
}

/** Spaces (U+0020 only: an ideographic space is the user's text) before and after a cell's content. */
function margins(inner: string): { lead: number; trail: number; content: string } {
  const lead = /^ */.exec(inner)![0].length;
  if (lead === inner.length) return { lead, trail: 0, content: '' };
  const trail = / *$/.exec(inner)![0].length;
  return { lead, trail, content: inner.slice(lead, inner.length - trail) };
}

function isPrefix(a: readonly number[], b: readonly number[]): boolean {
  if (a.length > b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads the pipe table of lines `[start, end)`; null unless its pipes line up and its cells are padded. Its display
 * columns count East Asian Ambiguous characters (curly quotes) two wide, as the formatter does, unless more of its
 * rows line up when they count one (a table aligned so: pandoc without a Chinese `lang`, a table formatted before).
 */
function readTable(lines: LineIndex, start: number, end: number): AlignedTable | null {
  const wide = readTableAs(lines, start, end, true);
  const lined = (t: AlignedTable) => t.rows.filter((r) => isPrefix(r.cols, t.ref)).length;
  if (wide && lined(wide) === wide.rows.length) return wide;
  const narrow = readTableAs(lines, start, end, false);
  if (!narrow || !wide) return narrow ?? wide;
  return lined(narrow) > lined(wide) ? narrow : wide;
}

function readTableAs(lines: LineIndex, start: number, end: number, ambiguousWide: boolean): AlignedTable | null {
  const rows: PipeLine[] = [];
  for (let i = start; i < end; i++) {
    const r = readPipes(i, lines.line(i), ambiguousWide);
    if (!r) return null;
    rows.push(r);
  }
  // The reference: the pipe columns most rows have (a longer vector wins a tie).
  const counts = new Map<string, { n: number; cols: number[] }>();
  for (const r of rows) {
    if (r.cols.length < 2) continue;
    const k = r.cols.join(',');
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, cols: r.cols });
  }
  let best: { n: number; cols: number[] } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.cols.length > best.cols.length)) best = c;
  if (!best) return null;
  const ref = best.cols;
  const consistent = rows.filter((r) => isPrefix(r.cols, ref));
  if (consistent.length < 2 || consistent.length < 0.6 * rows.length) return null;
  // A compact table (`|1|2|`) whose pipes happen to line up is not an aligned one: most cells have a space each side.
  let cells = 0, padded = 0;
  for (const r of consistent) {
    if (r.separator) continue;
    for (let c = 0; c + 1 < r.pipes.length; c++) {
      const m = margins(r.text.slice(r.pipes[c] + 1, r.pipes[c + 1]));
      if (!m.content) continue;
      cells++;
      if (m.lead > 0 && m.trail > 0) padded++;
    }
  }
  if (!cells || padded * 2 < cells) return null;
  const full = consistent.find((r) => r.separator && r.cols.length === ref.length) ?? consistent.find((r) => r.cols.length === ref.length)!;
  // Before the first pipe: indentation, and a blockquote's `>` markers (`> | … |`), which the rows a fix writes keep.
  const indent = full.text.slice(0, full.pipes[0]);
  if (unquoted(indent).trim()) return null;
  const delimiter = consistent.find((r) => r.separator);
  const columns: ColumnStyle[] = [];
  for (let c = 0; c + 1 < ref.length; c++) columns.push(columnStyle(consistent, c, delimiter, ambiguousWide));
  return { start, end, rows, ref, columns, indent, claim: full.line, grid: rows.some((r) => r.border) };
}

/**
 * How column `c`'s cells sit, as the rows show it (below the delimiter row, when any there has content): the
 * same spaces before every content → left; else the same after → right; else centred. When both are the same (every content of one width) the delimiter row's colons
 * decide, else left.
 */
function columnStyle(rows: PipeLine[], c: number, delimiter: PipeLine | undefined, ambiguousWide: boolean): ColumnStyle {
  const leads: number[] = [], trails: number[] = [];
  // The rows below the delimiter row show how values sit (a header may be centred above left-aligned values).
  const body = delimiter ? rows.slice(rows.indexOf(delimiter) + 1) : rows;
  const hasContent = (r: PipeLine) => c + 1 < r.pipes.length && margins(r.text.slice(r.pipes[c] + 1, r.pipes[c + 1])).content !== '';
  for (const r of body.some(hasContent) ? body : rows) {
    if (r.separator || c + 1 >= r.pipes.length) continue;
    const m = margins(r.text.slice(r.pipes[c] + 1, r.pipes[c + 1]));
    if (!m.content) continue;
    leads.push(m.lead);
    trails.push(m.trail);
  }
  const min = (xs: number[]) => Math.min(1, ...xs);
  if (!leads.length) return { align: 'left', lead: 1, trail: 1, ambiguousWide };
  const sameLead = leads.every((x) => x === leads[0]), sameTrail = trails.every((x) => x === trails[0]);
  let align: Align;
  if (sameLead && sameTrail) {
    const d = delimiter && c + 1 < delimiter.pipes.length ? delimiter.text.slice(delimiter.pipes[c] + 1, delimiter.pipes[c + 1]).trim() : '';
    align = d.length > 1 && d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : 'left';
  } else align = sameLead ? 'left' : sameTrail ? 'right' : 'center';
  if (align === 'left') return { align, lead: leads[0], trail: min(trails), ambiguousWide };
  if (align === 'right') return { align, lead: min(leads), trail: trails[0], ambiguousWide };
  const m = Math.min(min(leads), min(trails));
  return { align, lead: m, trail: m, ambiguousWide };
}

/**
 * The spaces row `row` writes beside each cell's text when it writes most of them alike (none, or one each side) and
 * its pipes are out of line with the table's (`ref`): a compact row in an aligned table (`| 规章 | 无 | 0 | 0 |` among
 * padded rows, or `|规章|无|0|0|`). A cell a fix changes there is written so too, not padded to its column's width
 * (brk114 #8: `| 规章 | 0  | 0 | 0 |`), as a compact table's is: for its cell `column`, blank or written with those
 * spaces. Null for any other row (a row in line, or padded but off by a character or two: its cell keeps its width,
 * see `tableEdits`) or a padded cell.
 */
function compactMargin(row: PipeLine, ref: readonly number[], column: number): number | null {
  if (row.separator || row.border || isPrefix(row.cols, ref) || column + 1 >= row.pipes.length) return null;
  // The cell itself blank, or written so: a padded cell keeps its width (a wrapped header's `| 商业机   |`).
  const own = margins(row.text.slice(row.pipes[column] + 1, row.pipes[column + 1]));
  // How many of its cells with text have no space beside it (0) or one each side (1), and how many have text at all.
  const n = [0, 0];
  let cells = 0;
  for (let c = 0; c + 1 < row.pipes.length; c++) {
    const x = margins(row.text.slice(row.pipes[c] + 1, row.pipes[c + 1]));
    if (!x.content) continue;
    cells++;
    if (x.lead === x.trail && x.lead <= 1) n[x.lead]++;
  }
  // (Most of them so: a stray space after one label, `| 规章  | 无 | 0 | 0 |`, leaves the row compact.)
  const m = n[1] >= n[0] ? 1 : 0;
  if (own.content && (own.lead !== m || own.trail !== m)) return null;
  return cells >= 2 && n[m] * 2 > cells ? m : null;
}

/** The cell text of display width `width` holding `content` as the column aligns it (at least `needed` wide). */
function renderCell(content: string, width: number, s: ColumnStyle): string {
  const w = widthIn(content, s);
  const gap = Math.max(0, width - w - s.lead - s.trail);
  const left = s.align === 'left' ? 0 : s.align === 'right' ? gap : gap >> 1;
  return ' '.repeat(s.lead + left) + content + ' '.repeat(s.trail + gap - left);
}

function needed(content: string, s: ColumnStyle): number {
  return widthIn(content, s) + s.lead + s.trail;
}

/** The display width of `content` in a column of style `s` (Ambiguous characters as its table counts them). */
function widthIn(content: string, s: ColumnStyle): number {
  return s.ambiguousWide ? displayWidth(content) : layoutWidth(content);
}

/** The cells of a new row (content without the spaces around it), or null if it is not a closed pipe row. */
function newRowCells(text: string): string[] | null {
  const r = readPipes(0, text);
  // (A row of a quoted table comes with its `>` markers, which the table's `indent` writes back.)
  if (!r || r.pipes.length < 2 || unquoted(text.slice(0, r.pipes[0])).trim() || text.slice(r.pipes[r.pipes.length - 1] + 1).trim()) return null;
  return r.pipes.slice(0, -1).map((p, k) => margins(text.slice(p + 1, r.pipes[k + 1])).content);
}

const tablesOf = new WeakMap<LineIndex, Map<number, AlignedTable | null>>();

/** The aligned pipe table holding line `line`, or null (no pipe table there, or one whose pipes do not line up). */
function tableAt(lines: LineIndex, line: number): AlignedTable | null {
  let memo = tablesOf.get(lines);
  if (!memo) tablesOf.set(lines, (memo = new Map()));
  if (memo.has(line)) return memo.get(line)!;
  if (line < 0 || line >= lines.lineCount || !isPipeRow(unquoted(lines.line(line)))) return null;
  let start = line, end = line + 1;
  // A grid table's rows stand between border lines: the table runs over both.
  while (start > 0 && isTableLine(lines.line(start - 1))) start--;
  while (end < lines.lineCount && isTableLine(lines.line(end))) end++;
  const t = end - start >= 2 ? readAgain(lines, start, end) : null;
  for (let i = start; i < end; i++) memo.set(i, t);
  return t;
}

/** Tables read lately, with their lines' text: the next version of a document mostly has them unchanged. */
const recentTables: { start: number; texts: string[]; table: AlignedTable | null }[] = [];
const RECENT_TABLES = 8;

/**
 * `readTable(lines, start, end)`, taken from `recentTables` when a table read there stood on the same lines with the
 * same text (a keystroke elsewhere in a draft: every fix's alignment would read its tables again; about 10% of the
 * rules' time on the bench's 10,000-line draft). A table holds only its lines' numbers and text and is never
 * changed, so it is the same table; one that does not line up (null) is remembered too.
 */
function readAgain(lines: LineIndex, start: number, end: number): AlignedTable | null {
  for (const r of recentTables) {
    if (r.start !== start || r.texts.length !== end - start) continue;
    let same = true;
    for (let i = start; i < end && same; i++) same = r.texts[i - start] === lines.line(i);
    if (same) return r.table;
  }
  const table = readTable(lines, start, end);
  const texts: string[] = [];
  for (let i = start; i < end; i++) texts.push(lines.line(i));
  recentTables.unshift({ start, texts, table });
  if (recentTables.length > RECENT_TABLES) recentTables.pop();
  return table;
}

/** A fix's edit of one cell's content: row, column and the cell's new content. */
interface CellChange {
  row: PipeLine;
  column: number;
  content: string;
}

/** A fix's edit that adds pipe rows (or replaces one row by pipe rows): its parts, rows as their cells. */
interface RowChange {
  edit: TextEdit;
  /** The new text split at its line endings: strings are line endings or non-row text, arrays a row's cells. */
  parts: (string | string[])[];
  /** The line the edit replaces whole, if it does. */
  replaces: number | null;
}

/**
 * The edits of one fix, with those inside an aligned pipe table made to keep it aligned:
 * - an edit inside one cell rewrites that cell (between its pipes) at the column's width and alignment;
 * - an edit that inserts pipe rows (or replaces one row by rows) writes them at the columns' widths;
 * - where new content is wider than its column, every other row of that table gets the spaces (delimiter row:
 *   dashes) as an insertion in that column's cell, one per cell; and a fix that adds rows also rewrites the
 *   table's `claim` line, so it never shares a pass with another fix that adds rows or widens a column there.
 * Edits elsewhere, and every edit of a fix whose re-aligned edits would overlap each other, are returned as given.
 * Positions are 0-based UTF-16 (LSP) in the text of `lines`.
 */
export function alignFixEdits(lines: LineIndex, edits: readonly TextEdit[]): readonly TextEdit[] {
  if (!edits.some((e) => e.range.start.line < lines.lineCount && isPipeRow(unquoted(lines.line(e.range.start.line))))) return edits;
  const keep: TextEdit[] = [];
  const byTable = new Map<AlignedTable, { cells: CellChange[]; rows: RowChange[] }>();
  const group = (t: AlignedTable) => {
    let g = byTable.get(t);
    if (!g) byTable.set(t, (g = { cells: [], rows: [] }));
    return g;
  };
  for (const e of edits) {
    const { start, end } = e.range;
    const t = tableAt(lines, start.line);
    const row = t?.rows[start.line - t.start];
    if (!t || !row) { keep.push(e); continue; }
    const len = lines.line(start.line).length;
    if (start.line === end.line && !/[|\r\n\t]/.test(e.newText)) {
      const c = row.pipes.findIndex((p, k) => k + 1 < row.pipes.length && p < start.character && end.character <= row.pipes[k + 1]);
      if (c >= 0 && c + 1 < t.ref.length && !row.separator) {
        const a = row.pipes[c] + 1, inner = row.text.slice(a, row.pipes[c + 1]);
        const content = margins(inner.slice(0, start.character - a) + e.newText + inner.slice(end.character - a)).content;
        group(t).cells.push({ row, column: c, content });
        continue;
      }
    }
    const rows = rowChange(e, len);
    if (rows && rows.parts.every((p) => typeof p === 'string' || p.length < t.ref.length)) {
      group(t).rows.push(rows);
      continue;
    }
    keep.push(e);
  }
  if (!byTable.size) return edits;
  const out = [...keep];
  for (const [t, g] of byTable) {
    const made = tableEdits(lines, t, g.cells, g.rows);
    if (!made) return edits;
    out.push(...made);
  }
  // Edits of one fix that overlap by the rule of `applyFixes` could never be applied.
  return new TakenEdits(lines).tryAdd(out) ? out : edits;
}

/** Reads an edit as one that adds pipe rows: inserted after a line's end, before a line, or replacing a line whole. */
function rowChange(e: TextEdit, lineLength: number): RowChange | null {
  const { start, end } = e.range;
  const empty = start.line === end.line && start.character === end.character;
  const whole = start.line === end.line && start.character === 0 && end.character === lineLength;
  let body: string;
  if (empty && start.character === lineLength && EOL.test(e.newText[0] ?? '')) body = e.newText;
  else if (empty && start.character === 0 && /(\r\n|\n|\r)$/.test(e.newText)) body = e.newText;
  else if (whole && e.newText.length) body = e.newText;
  else return null;
  const parts: (string | string[])[] = [];
  let rows = 0;
  for (const s of body.split(/(\r\n|\n|\r)/)) {
    if (s === '' || EOL.test(s)) { parts.push(s); continue; }
    const cells = newRowCells(s);
    if (!cells) return null;
    parts.push(cells);
    rows++;
  }
  return rows ? { edit: e, parts, replaces: whole ? start.line : null } : null;
}

/** The edits that apply one fix's cell and row changes to an aligned table; null if two change one cell. */
function tableEdits(lines: LineIndex, t: AlignedTable, cells: CellChange[], rows: RowChange[]): TextEdit[] | null {
  const width = (c: number) => t.ref[c + 1] - t.ref[c] - 1;
  // How much wider each column must get for the new contents.
  const extra = t.columns.map(() => 0);
  // A compact row keeps its cells' own spaces: its new content widens no column.
  // (Keyed by line and column: the changed cell's own spaces must be the row's too.)
  const compact = new Map<string, number | null>();
  for (const ch of cells) compact.set(`${ch.row.line}:${ch.column}`, t.grid ? null : compactMargin(ch.row, t.ref, ch.column));
  for (const ch of cells) if (compact.get(`${ch.row.line}:${ch.column}`) === null) extra[ch.column] = Math.max(extra[ch.column], needed(ch.content, t.columns[ch.column]) - width(ch.column));
  for (const r of rows) for (const p of r.parts) if (typeof p !== 'string') p.forEach((x, c) => (extra[c] = Math.max(extra[c], needed(x, t.columns[c]) - width(c))));
  // The pipe columns once widened.
  const ref = t.ref.map((x, k) => x + extra.slice(0, k).reduce((a, b) => a + b, 0));
  const changed = new Map<number, Map<number, string>>();
  for (const ch of cells) {
    let m = changed.get(ch.row.line);
    if (!m) changed.set(ch.row.line, (m = new Map()));
    if (m.has(ch.column)) return null;
    m.set(ch.column, ch.content);
  }
  const replaced = new Set(rows.map((r) => r.replaces).filter((x): x is number => x !== null));
  for (const line of replaced) if (changed.has(line)) return null;
  const out: TextEdit[] = [];
  for (const row of t.rows) {
    if (replaced.has(row.line)) continue;
    const cellsOfRow = changed.get(row.line);
    const own: { at: number; to: number; text: string }[] = [];
    let shift = 0;
    for (let c = 0; c + 1 < row.pipes.length && c + 1 < t.ref.length; c++) {
      const a = row.pipes[c] + 1, b = row.pipes[c + 1];
      const content = cellsOfRow?.get(c);
      const margin = compact.get(`${row.line}:${c}`) ?? null;
      if (content !== undefined && margin !== null) {
        // A compact row in the aligned table (`| 规章 | 无 | 0 | 0 |`): the cell written as the row writes its cells,
        // not padded to its column (brk114 #8).
        const text = ' '.repeat(margin) + content + ' '.repeat(margin);
        own.push({ at: a, to: b, text });
        shift += widthIn(text, t.columns[c]) - (row.cols[c + 1] - row.cols[c] - 1);
      } else if (content !== undefined) {
        // In a row in line up to this cell, the cell's new width puts its closing pipe where the widened table
        // has it (a row that was off from there on comes back into line); a row out of line before it keeps its
        // cell's width plus the widening. Never below what the content needs.
        const old = row.cols[c + 1] - row.cols[c] - 1;
        const open = row.cols[c] + shift;
        const w = Math.max(needed(content, t.columns[c]), open === ref[c] ? ref[c + 1] - open - 1 : old + extra[c]);
        own.push({ at: a, to: b, text: renderCell(content, w, t.columns[c]) });
        shift += w - old;
      } else if (extra[c] > 0) {
        const inner = row.text.slice(a, b);
        if (row.separator) {
          const first = inner.search(/\S/);
          // A grid's header border is drawn with `=`.
          const dash = inner.includes('=') ? '=' : '-';
          own.push(first < 0 ? { at: b, to: b, text: ' '.repeat(extra[c]) } : { at: a + first + 1, to: a + first + 1, text: dash.repeat(extra[c]) });
        } else {
          const at = t.columns[c].align === 'right' ? a : b;
          own.push({ at, to: at, text: ' '.repeat(extra[c]) });
        }
        shift += extra[c];
      }
    }
    if (rows.length && row.line === t.claim) {
      // Rewritten whole (see `AlignedTable.claim`), even when nothing in it changes.
      let s = row.text;
      for (const o of [...own].reverse()) s = s.slice(0, o.at) + o.text + s.slice(o.to);
      out.push({ range: lines.lineRange(row.line), newText: s });
    } else {
      for (const o of own) out.push({ range: lines.range(row.line, o.at, o.to), newText: o.text });
    }
  }
  for (const r of rows) {
    const row = (p: string[]) => `${t.indent}|${p.map((x, c) => renderCell(x, ref[c + 1] - ref[c] - 1, t.columns[c])).join('|')}|`;
    let text: string;
    if (t.grid) {
      // In a grid table a line between two borders continues the row above: each new row gets its own border,
      // before it when it goes after a row's line (or before a border), after it when it goes after a border.
      const eol = r.parts.find((p): p is string => typeof p === 'string' && EOL.test(p)) ?? '\n';
      const border = `${t.indent}+${ref.slice(1).map((x, k) => '-'.repeat(x - ref[k] - 1)).join('+')}+`;
      const { start } = r.edit.range;
      const atEnd = start.character > 0;
      const next = atEnd ? start.line + 1 : start.line;
      const afterBorder = atEnd ? isBorderLine(lines.line(start.line)) : next < lines.lineCount && !isBorderLine(lines.line(next));
      const cells = r.parts.filter((p): p is string[] => typeof p !== 'string');
      const body = cells.map((p) => (afterBorder ? row(p) + eol + border : border + eol + row(p))).join(eol);
      text = atEnd ? eol + body : body + eol;
    } else text = r.parts.map((p) => (typeof p === 'string' ? p : row(p))).join('');
    out.push({ range: r.edit.range, newText: text });
  }
  return out;
}

/** `fix` with its edits made by `alignFixEdits` (the same object when nothing changes). */
export function alignFix(lines: LineIndex, fix: Fix): Fix {
  const edits = alignFixEdits(lines, fix.edits);
  return edits === fix.edits ? fix : { ...fix, edits: [...edits] };
}

/** The least gap of spaces kept between two columns of a space-aligned row: one space may be part of a label. */
const SPACED_GAP = 2;

/** A cell bar of any table written with bars (`|`, `｜`, `丨` between cells). */
const BARS = /[|｜丨]/;

/**
 * The edits of one fix, with those inside a row of a space-aligned table (`pdftotext -layout`, lines `spaced`) made
 * to keep the columns under their headers (brk120 #4). An edit on one line that makes its text wider or narrower
 * (a label renamed, `规范性文件` → `行政规范性文件`; a number with more digits) takes the difference out of, or adds it
 * to, the gap of spaces that follows it up to the next column, keeping at least two spaces (`SPACED_GAP`); where the
 * gap has not that room, the other lines of its block (the lines around it without a blank one) get the spaces still
 * needed where that next column starts, so the whole column moves right with the row, as a person would widen it.
 * When a line of the block has text across that column's start (its columns do not line up there), the row is left
 * to shift alone, as it was. Only spaces are removed or added: never a character of the user's text. A line with a
 * tab (its width is unknown) or a pipe row (`alignFixEdits`) is not touched; nor is an edit at a row's end (no
 * column after it). Every edit of a fix whose new edits would overlap is returned as given.
 * With `apart` (completion's label, whose edit must stay as it is), a gap right after an edit is not merged into it:
 * its spaces are taken or added at the gap's end, where the next column starts (two spaces or more from the edit,
 * so never touching it).
 */
export function keepSpacedColumns(lines: LineIndex, edits: readonly TextEdit[], spaced: (line: number) => boolean, apart = false): readonly TextEdit[] {
  let changed = false;
  const out = edits.map((e): TextEdit[] => {
    const { start, end } = e.range;
    const line = start.line;
    if (line !== end.line || line >= lines.lineCount || /[\r\n\t]/.test(e.newText) || !spaced(line)) return [e];
    const text = lines.line(line);
    // (A row with bars, `|`, full-width `｜` or `丨`, is a bar table's: its columns are its bars, not spaces.)
    if (text.includes('\t') || isPipeRow(unquoted(text)) || BARS.test(text)) return [e];
    const grow = layoutWidth(e.newText) - layoutWidth(text.slice(start.character, end.character));
    // The gap before the next column: the first run of two spaces or more after the edit, with text after it.
    const gap = /( {2,})(?=\S)/.exec(text.slice(end.character));
    if (!grow || !gap) return [e];
    const at = end.character + gap.index;
    const taken = Math.min(grow, gap[1].length - SPACED_GAP);
    // The spaces the other lines need at the next column's start, when the gap has not room for all the growth.
    const wider = grow - taken;
    // (None when the block's lines do not line up there: the row alone moves, by what its gap cannot take.)
    const others = (wider > 0 ? widenedAt(lines, line, layoutWidth(text.slice(0, at + gap[1].length)), wider, spaced) : null) ?? [];
    if (taken === 0 && !others.length) return [e];
    changed = true;
    if (apart && at === end.character) {
      const last = at + gap[1].length;
      return [e, ...(taken > 0 ? [{ range: lines.range(line, last - taken, last), newText: '' }] : taken < 0 ? [{ range: lines.range(line, last, last), newText: ' '.repeat(-taken) }] : []), ...others];
    }
    // (A gap right after the edit: one edit, as two touching edits may not both apply.)
    if (taken <= 0) {
      const add = ' '.repeat(-taken);
      return [at === end.character ? { ...e, newText: e.newText + add } : e, ...(at === end.character || !add ? [] : [{ range: lines.range(line, at, at), newText: add }]), ...others];
    }
    return at === end.character
      ? [{ ...e, range: lines.range(line, start.character, at + taken) }, ...others]
      : [e, { range: lines.range(line, at, at + taken), newText: '' }, ...others];
  });
  if (!changed) return edits;
  const flat = out.flat();
  return new TakenEdits(lines).tryAdd(flat) ? flat : edits;
}

/**
 * Insertions of `count` spaces at display column `column` in the lines of `line`'s block (the `spaced` lines around
 * it, up to a blank line) other than `line`; none in a line shorter than that. Null unless every line that reaches
 * the column starts a word exactly there (after a space): when they do not line up there (a PDF's ragged columns),
 * the fix touches no other line.
 */
function widenedAt(lines: LineIndex, line: number, column: number, count: number, spaced: (line: number) => boolean): TextEdit[] | null {
  const inBlock = (l: number) => l >= 0 && l < lines.lineCount && spaced(l) && lines.line(l).trim() !== '';
  let first = line, last = line;
  while (inBlock(first - 1)) first--;
  while (inBlock(last + 1)) last++;
  const out: TextEdit[] = [];
  for (let l = first; l <= last; l++) {
    if (l === line) continue;
    const text = lines.line(l);
    if (text.includes('\t') || isPipeRow(unquoted(text)) || BARS.test(text)) return null;
    let i = 0, w = 0;
    while (i < text.length && w < column) {
      const cp = text.codePointAt(i)!;
      w += codePointWidth(cp, false);
      i += cp > 0xffff ? 2 : 1;
    }
    if (w < column || i >= text.length) continue;
    // Each line that reaches the column starts a word right there (after a space): the columns line up.
    if (w > column || text[i - 1] !== ' ' || text[i] === ' ') return null;
    out.push({ range: lines.range(l, i, i), newText: ' '.repeat(count) });
  }
  return out;
}
