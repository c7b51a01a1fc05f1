import Tokenizer, { type Callbacks as TokenizerCallbacks } from 'htmlparser2/tokenizer';
import { isSpace } from '../text/normalize.js';

/**
 * HTML tables in a draft. A report converted from Word with pandoc keeps 表三 (merged header cells) as an HTML
 * `<table>`, one `<td>` per line; a page saved from a government site has `<tr><td>…</td>…</tr>` rows, and Word's
 * own HTML puts a cell's text on a line of its own between `<td>` and `</td>`. The engine reads tables line by
 * line, so each line of markup is read on its own into cells, like a pipe row: merged cells (`rowspan`,
 * `colspan`) are not expanded; rows are aligned by their labels as in every other layout.
 */

/** What a line of HTML markup holds: its cells, and how it stands in a table row that spans lines. */
export interface HtmlLine {
  cells: HtmlCell[];
  /** A row opens on the line (`<tr>`) and does not close on it: the next lines up to `</tr>` belong to it. */
  opensRow: boolean;
  /** The line closes a row opened on an earlier line (`</tr>`, `</table>` before any `<tr>` on it). */
  closesRow: boolean;
  /**
   * Where a blank cell stands when the line is nothing but a no-break space in tags (`<p>&nbsp;</p>`, the way Word
   * writes an empty cell on its own line between `<td>` and `</td>`), else -1. Such a line is a cell only inside
   * a row that spans lines.
   */
  blankAt: number;
  /**
   * With `blankAt`: where the no-break space entities at `blankAt` end (`&nbsp;` is `[blankAt, blankEnd)`), so that
   * a value written into the blank cell replaces them instead of standing beside them (`<p>0</p>`, not
   * `<p>0&nbsp;</p>`). -1 when `blankAt` is.
   */
  blankEnd: number;
  /**
   * Where a value would be typed into a cell that the line opens and leaves open with no text (`<td>` on a line of
   * its own, its text on the lines below), else -1. Should the lines up to its close hold no text either (`<p>`,
   * `<br>`, `</p>` each on a line of their own: an empty cell as a beautifier lays it out), the cell is blank there.
   */
  openCell: number;
  /** The line closes (`</td>`, `</th>`) a cell that an earlier line opened, before it opens one of its own. */
  closesCell: boolean;
  /**
   * The line's first cell is text read before any table tag on it (`度办理结果</td>…`, `继续办理</p>`): the rest of a
   * cell whose text an earlier line began, should that line have ended in text (`trailText`).
   */
  leadText: boolean;
  /**
   * The line's last cell is text that no table tag follows on it (`<td rowspan="22">三、本年`, `<p>四、结转下年度`): its
   * cell may go on on the next line (`leadText`).
   */
  trailText: boolean;
}

/** A cell of a line of HTML markup: its text and where it stands on the line. */
export interface HtmlCell {
  /**
   * The cell's text: entities decoded (`&nbsp;` → space), inner tags (`<p>`, `<span>`, `<br>`) left out, white
   * space trimmed. Empty for a blank cell (`<td></td>`, `<td>&nbsp;</td>`).
   */
  text: string;
  /**
   * UTF-16 offsets `[start, end)` in the line of the cell's first and last non-space characters. For a blank
   * cell, `start = end` = just after the `<td …>` tag (where a value would be typed), or after the innermost element
   * opened in it before anything closed (`<td><p style="…">|</p></td>`); for a blank cell written
   * as white-space entities (`<td>&nbsp;</td>`, a web page's empty cell), the entities (`&nbsp;`, spaces between
   * them included), which a value written into the cell replaces. When `text` came from a single run of plain
   * characters it equals `line.slice(start, end)`.
   */
  start: number;
  end: number;
}

/** An HTML entity of white space (`&nbsp;`, `&ensp;`, `&#160;`, `&#x3000;` …), as a regex source (case-insensitive). */
export const SPACE_ENTITY = String.raw`&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#8194|#x2002|#8195|#x2003|#8201|#x2009|#12288|#x3000);`;

/** Tags that make a line table markup wherever they stand on it. */
const TABLE_TAG = /<\/?(?:td|th|tr|table|thead|tbody|tfoot)(?=[\s>/])/i;
/**
 * A line that is nothing but markup and text (`<p><span>12</span></p>`), or a lone tag (`<p class="MsoNormal">`,
 * `</span>`, `<br>`: a beautifier puts each tag of a cell on a line of its own), not an HTML heading.
 */
const MARKUP_LINE = /^<\/?(?!h[1-6][\s>])[a-z][^>]*>(?:.*>)?$/is;
/**
 * A line of white-space entities only (`&nbsp;`, `&#160;`, `&nbsp; &#12288;`): an empty cell's text on a line of
 * its own between `<p>` and `</p>` lines, as a beautifier lays out Word's `<p>&nbsp;</p>`.
 */
const SPACE_ENTITIES_LINE = new RegExp(String.raw`^(?:${SPACE_ENTITY}\s*)+$`, 'i');

/**
 * Whether `line.slice(a, b)` (trimmed) is HTML table markup to be read by `htmlCells`: it holds a table tag
 * (`<td>`, `</tr>`, `<table>` …), or it starts and ends with a tag (a cell's text between tags on a line of its
 * own, or a lone tag around it: such a line holds no cell text). HTML headings (`<h2>…</h2>`) are left to the heading reader; comments never reach here.
 */
export function isHtmlCellLine(line: string, a: number, b: number): boolean {
  const body = a === 0 && b === line.length ? line : line.slice(a, b);
  return TABLE_TAG.test(body) || MARKUP_LINE.test(body) || SPACE_ENTITIES_LINE.test(body);
}

/** Whether `line` holds an HTML table cell tag (`<td>`, `<th …>`): a row of an HTML table, or part of one. */
export function hasHtmlCell(line: string): boolean {
  return CELL_TAG.test(line);
}
const CELL_TAG = /<t[dh][\s>]/i;

/** The `colspan` or `rowspan` that a cell tag's attributes `attrs` give (`colspan="3"` → 3); 1 when they give none. */
export function htmlSpan(attrs: string, name: 'colspan' | 'rowspan'): number {
  const m = SPAN_ATTR[name].exec(attrs);
  return m ? Number(m[1]) : 1;
}
const SPAN_ATTR = { colspan: /\bcolspan\s*=\s*["']?(\d+)/i, rowspan: /\browspan\s*=\s*["']?(\d+)/i };

/** The `colspan` or `rowspan` of the cell of HTML line `line` that holds offset `at` (see `htmlCellAround`); null when no cell is there. */
export function htmlCellSpan(line: string, at: number, name: 'colspan' | 'rowspan'): number | null {
  const cell = htmlCellAround(line, at);
  return cell ? htmlSpan(line.slice(cell.open, line.indexOf('>', cell.open) + 1), name) : null;
}

/**
 * The cell of HTML line `line` that holds offset `at` (0-based UTF-16): `open`, where its `<td>`/`<th>` tag starts (the
 * last one at or before `at`), and `end`, where its closing `</td>`/`</th>` ends (the first at or after `from`,
 * `at` by default); null when either is not on the line. Tags in any case.
 */
export function htmlCellAround(line: string, at: number, from = at): { open: number; end: number } | null {
  let open = -1;
  for (const m of line.slice(0, at + 1).matchAll(/<t[dh][\s>]/gi)) open = m.index;
  const close = /<\/t[dh]\s*>/gi;
  close.lastIndex = from;
  const m = close.exec(line);
  return open < 0 || !m ? null : { open, end: m.index + m[0].length };
}

const CELL_TAGS = new Set(['td', 'th']);
/** Elements without content (`<br>`, `<img>`): a value is never typed inside them. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Tags that end a cell or a run of text outside a cell. */
const BOUNDARY_TAGS = new Set(['td', 'th', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption']);

/**
 * Reads the cells of a line of HTML markup (`line.slice(a, b)`, offsets into `line`), in order:
 * - each `<td>`/`<th>` that opens on the line is a cell — blank when it has no text and closes on the line (one
 *   left open with no text is no cell: its text is on the next lines);
 * - text outside the line's cells (the rest of a cell opened on an earlier line, or text between tags) is a cell
 *   for each stretch between cell or row tags.
 * Never throws: the tokenizer reads any text (broken markup is read as text or skipped).
 */
export function htmlCells(line: string, a = 0, b = line.length): HtmlCell[] {
  return readHtmlLine(line, a, b).cells;
}

/** `htmlCells` with the line's place in a row that spans lines (see `HtmlLine`). Never throws. */
export function readHtmlLine(line: string, a = 0, b = line.length): HtmlLine {
  const out: HtmlCell[] = [];
  let opensRow = false, closesRow = false, rowSeen = false, tableTag = false, cellOpened = false, closesCell = false;
  let leadText = false;
  // The line's first run of white-space entities (`&nbsp;`, `&nbsp; &#12288;`), and the current cell's.
  const lineSpaces = { from: -1, to: -1 }, cellSpaces = { from: -1, to: -1 };
  // The run being read: its decoded text and the offsets of its first and last non-space characters.
  let parts = '', first = -1, last = -1;
  let inCell = false, cellAt = -1, tagName = '';
  // Whether an element inside the current cell has closed (`</p>`): a blank cell's value then goes no deeper.
  let innerClosed = false;
  /** End of what the tokenizer has reported so far: where an entity's source starts. */
  let pos = a;
  // Extends a run of white-space entities by the entity `[from, to)`: joined when only white space stands between
  // them; a later entity after text or a tag starts no new run (the first run is where a value would go).
  const extendSpaces = (run: { from: number; to: number }, from: number, to: number) => {
    if (run.from < 0) [run.from, run.to] = [from, to];
    else if (run.to === from || /^\s*$/.test(line.slice(run.to, from))) run.to = to;
  };
  const take = (s: string, start: number, end: number) => {
    parts += s;
    for (let i = 0; i < s.length; i++) {
      if (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === 0xa0) continue;
      // A decoded entity stands for its whole source; a plain run maps character to character.
      const at = s.length === end - start ? start + i : start;
      const to = s.length === end - start ? start + i + 1 : end;
      if (first < 0) first = at;
      last = to;
    }
  };
  const flush = (closed: boolean) => {
    const text = trim(parts);
    // (Text before the line's first table tag: the rest of a cell an earlier line opened.)
    if (text && !out.length && !tableTag) leadText = true;
    if (text) out.push({ text, start: first, end: last });
    else if (inCell && closed) out.push(cellSpaces.from >= 0 ? { text: '', start: cellSpaces.from, end: cellSpaces.to } : { text: '', start: cellAt, end: cellAt });
    cellSpaces.from = cellSpaces.to = -1;
    parts = '';
    first = last = -1;
    inCell = false;
  };
  const cbs: TokenizerCallbacks = {
    ontext(s, e) {
      take(line.slice(a + s, a + e), a + s, a + e);
      pos = a + e;
    },
    ontextentity(cp, end) {
      if (cp === 0xa0 || cp === 0x20 || cp === 0x3000) {
        extendSpaces(lineSpaces, pos, a + end);
        if (inCell) extendSpaces(cellSpaces, pos, a + end);
      }
      take(String.fromCodePoint(cp), pos, a + end);
      pos = a + end;
    },
    onopentagname(s, e) {
      tagName = line.slice(a + s, a + e).toLowerCase();
      if (BOUNDARY_TAGS.has(tagName)) {
        flush(false);
        tableTag = true;
      }
      if (tagName === 'tr') {
        opensRow = true;
        rowSeen = true;
      }
    },
    onopentagend(end) {
      if (CELL_TAGS.has(tagName)) {
        inCell = cellOpened = true;
        cellAt = a + end + 1;
        innerClosed = false;
      } else if (inCell && !innerClosed && !VOID_TAGS.has(tagName) && !BOUNDARY_TAGS.has(tagName) && !trim(parts) && cellSpaces.from < 0) {
        // An element opened in the cell before any text (`<td><p style="text-align:center"></p></td>`, a CMS that
        // strips `&nbsp;`): a value typed into the blank cell goes inside its innermost such element, as the cell's
        // text would stand, not before it.
        cellAt = a + end + 1;
      }
      pos = a + end + 1;
    },
    onselfclosingtag(end) {
      if (CELL_TAGS.has(tagName)) {
        inCell = true;
        cellAt = a + end + 1;
        flush(true);
      }
      pos = a + end + 1;
    },
    onclosetag(s, e) {
      const name = line.slice(a + s, a + e).toLowerCase();
      if (CELL_TAGS.has(name) && !cellOpened) closesCell = true;
      if (inCell && !CELL_TAGS.has(name)) innerClosed = true;
      if (BOUNDARY_TAGS.has(name)) {
        flush(true);
        tableTag = true;
      }
      if (name === 'tr' || name === 'table') {
        if (!rowSeen) closesRow = true;
        opensRow = false;
        rowSeen = true;
      }
      pos = a + e + 1;
    },
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata(_s, _e, end) {
      pos = a + end + 1;
    },
    oncomment(_s, _e, end) {
      pos = a + end + 1;
    },
    ondeclaration(_s, e) {
      pos = a + e + 1;
    },
    onprocessinginstruction(_s, e) {
      pos = a + e + 1;
    },
    onend() {},
  };
  try {
    const t = new Tokenizer({ decodeEntities: true }, cbs);
    t.write(a === 0 && b === line.length ? line : line.slice(a, b));
    t.end();
  } catch {
    // The tokenizer reads any string; should it ever throw, the cells read so far stand.
  }
  // A cell left open with nothing in it yet (no text, no white-space entities): its text, if any, is below.
  const openCell = inCell && !trim(parts) && cellSpaces.from < 0 ? cellAt : -1;
  // Text after the line's last table tag, left open at its end.
  const trailText = trim(parts) !== '';
  flush(false);
  const blank = !out.length && !tableTag && lineSpaces.from >= 0;
  return { cells: out, opensRow, closesRow, blankAt: blank ? lineSpaces.from : -1, blankEnd: blank ? lineSpaces.to : -1, openCell, closesCell, leadText, trailText };
}

/** `s` without leading and trailing white space (including no-break and ideographic spaces). */
function trim(s: string): string {
  let x = 0, y = s.length;
  while (x < y && (isSpace(s.charCodeAt(x)) || s.charCodeAt(x) === 0xa0)) x++;
  while (y > x && (isSpace(s.charCodeAt(y - 1)) || s.charCodeAt(y - 1) === 0xa0)) y--;
  return s.slice(x, y);
}

/** An HTML character reference (`&ldquo;`, `&#8220;`, `&#x201C;`), as it is written with its closing `;`. */
const CHAR_REF = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** The character that reference `ref` (`&ldquo;`, `&#8220;`) stands for, decoded as the cells are read; null when it is none. */
function decodeCharRef(ref: string): string | null {
  let out: string | null = null, plain = false;
  try {
    const t = new Tokenizer({ decodeEntities: true }, {
      ontextentity(cp) {
        out = (out ?? '') + String.fromCodePoint(cp);
      },
      ontext() {
        plain = true;
      },
      onattribdata() {}, onattribentity() {}, onattribend() {}, onattribname() {}, oncdata() {}, onclosetag() {},
      oncomment() {}, ondeclaration() {}, onend() {}, onopentagend() {}, onopentagname() {}, onprocessinginstruction() {},
      onselfclosingtag() {},
    });
    t.write(ref);
    t.end();
  } catch {
    return null;
  }
  return plain ? null : out;
}

/**
 * `s` with its HTML character references decoded (`3.危及&ldquo;三安全…&rdquo;` → `3.危及“三安全…”`, `&#8220;` too), tags
 * and all else as written, and where each character of the result stands in `s`: `start[i]`/`end[i]` (UTF-16, a
 * decoded reference's characters standing for its whole source). `text` is `s` itself when it holds no reference.
 * What the cells of an HTML line read (`htmlCells`) is decoded so: a fix that compares a cell's text with a label
 * maps its offsets back with these (brk145 #1).
 */
export function decodeCharRefs(s: string): { text: string; start: number[]; end: number[] } {
  let text = '';
  const start: number[] = [], end: number[] = [];
  const plain = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      text += s[i];
      start.push(i);
      end.push(i + 1);
    }
  };
  let at = 0;
  for (const m of s.matchAll(CHAR_REF)) {
    const ch = decodeCharRef(m[0]);
    if (ch === null) continue;
    plain(at, m.index);
    for (let k = 0; k < ch.length; k++) {
      text += ch[k];
      start.push(m.index);
      end.push(m.index + m[0].length);
    }
    at = m.index + m[0].length;
  }
  plain(at, s.length);
  return { text, start, end };
}

/** Whether `s` holds an HTML character reference (`&ldquo;`, `&#8220;`) that `decodeCharRefs` decodes. */
export function hasCharRef(s: string): boolean {
  CHAR_REF.lastIndex = 0;
  for (const m of s.matchAll(CHAR_REF)) if (decodeCharRef(m[0]) !== null) return true;
  return false;
}
