import type { LineIndex } from '../text/lines.js';
import { GRID_ROW_LINES, HEADER_ROWS, HTML_ROW_LINES, isGridRowBoundary, joinGridRows, joinHtmlRows, mayBeDelimiterRow, noCellLine, TAG_LINES, tokenizeLine, type LineTokens, type Token } from '../parse/tokens.js';
import { commentedLines } from '../suppress.js';
import { labelKey } from '../text/normalize.js';
import type { LineDiff } from '../text/line-diff.js';
import { linesWithAfterEdit, linesWithIn, type Finder } from '../text/search.js';
import { QUOTE_MARKERS } from '../text/blocks.js';

/**
 * A value segment: a run of value cells that belong to one table row, with the label text around it.
 * This is what every layout reduces to: a pipe row gives its label cells (`inline`) and its value cells; one
 * cell per line gives label lines (`before`) then value lines; `pdftotext -layout` gives a label that may wrap
 * above (`before`), beside (`inline`) or below (`after`) the numbers.
 */
export interface Segment {
  values: Token[];
  /** Text tokens between the previous segment and this one (on earlier lines). */
  before: Token[];
  /** Text tokens on the line of the first value, before it. */
  inline: Token[];
  /** Text tokens after this segment, up to the next one (the next segment's `before`). */
  after: Token[];
  line: number;
}

/** The reader of each text's line index (its parse's), for the searches of readers given only the lines. */
const readers = new WeakMap<LineIndex, TextReader>();

/**
 * The lines of the text of `lines` that hold `what` (see `linesWith`): from its parse's reader when it has one (found
 * once per version, and after an edit in the changed lines only: `TextReader.linesFound`), else by one search.
 */
export function linesFoundIn(lines: LineIndex, what: Finder): readonly number[] {
  const rd = readers.get(lines);
  return rd ? rd.linesFound(what) : linesWithIn(lines, what);
}

/**
 * What one parse reads of its text at most once: the tokens of a line (表三 is aligned with two row lists) and
 * the label key of a line (finding the tables and their format signatures reads the same lines). It lives as
 * long as the parse: nothing here outlives the report's construction.
 */
export class TextReader {
  private toks: (LineTokens | undefined)[] | null = null;
  private keys: (string | undefined)[] | null = null;
  /** 表三's lines as the alignments read them, with each set of group labels (see `t3Input` in `tables.ts`). */
  t3: { start: number; end: number; input: unknown } | null = null;

  /**
   * Table readings: pure functions of the lines of their span, the header rows above a line of dashes, the line
   * above the span and an HTML row opened above it, and a grid border right below it (see `reading`, `followOn`).
   */
  private readings: { kind: string; start: number; end: number; template: object; value: unknown }[] = [];

  /** The lines that hold a finder's word or pattern (`linesFound`). */
  private found = new Map<Finder, number[]>();
  /** The lines inside HTML comments over several lines (`commentedLines`); null when there are none. */
  private hidden: Uint8Array | null | undefined;

  constructor(readonly lines: LineIndex) {
    readers.set(lines, this);
  }

  /**
   * The lines (in order) that hold `what` (see `linesWith`; `what` is one object kept by the caller, the key of the
   * answer): one search over the text per parse, and after `followOn` only over the lines that changed.
   */
  linesFound(what: Finder): number[] {
    let out = this.found.get(what);
    if (!out) {
      out = linesWithIn(this.lines, what);
      this.found.set(what, out);
    }
    return out;
  }

  /**
   * The result of `read`, a reading of lines `[start, end)` with `template` that depends on nothing else (the
   * tables): computed once, and taken over by the next version while those lines do not change. The result is
   * shared between versions: callers must not modify it.
   */
  reading<T>(kind: string, start: number, end: number, template: object, read: () => T): T {
    for (const r of this.readings) if (r.kind === kind && r.start === start && r.end === end && r.template === template) return r.value as T;
    const value = read();
    this.readings.push({ kind, start, end, template, value });
    return value;
  }

  /**
   * Takes over what `prev` read of an earlier version of the text, for the lines that did not change (`diff`, see
   * `diffLines`): line keys of every unchanged line; tokens (which hold line numbers) only of unchanged lines at
   * the same index; the lines found to hold a word (`linesFound`), searched again only in the changed lines.
   */
  followOn(prev: TextReader, diff: LineDiff): void {
    const n = this.lines.lineCount;
    for (const [what, old] of prev.found) this.found.set(what, linesWithAfterEdit(old, diff, this.lines, what));
    // An edit that opens or closes an HTML comment may hide or show lines anywhere below it (`commented`): nothing
    // else is taken over.
    const marks = (lines: LineIndex, a: number, b: number) => {
      for (let i = a; i < Math.min(b, lines.lineCount); i++) if (lines.line(i).includes('<!--') || lines.line(i).includes('-->')) return true;
      return false;
    };
    if (marks(this.lines, diff.start, diff.end) || marks(prev.lines, diff.start, diff.end - diff.delta)) return;
    const same = (i: number) => (i < diff.start ? i : i >= diff.end ? i - diff.delta : -1);
    if (prev.keys) {
      const keys = (this.keys ??= new Array<string | undefined>(n));
      for (let i = 0; i < n; i++) {
        const j = same(i);
        // (Not a line a tag opened in the changed lines may run onto: see `withSplitTagsClosed`.)
        if (j >= 0 && prev.keys[j] !== undefined && !(i >= diff.end && i < diff.end + TAG_LINES)) keys[i] = prev.keys[j];
      }
    }
    // A line of dashes is a delimiter row or a row of `-` values by the lines above it (`tokenizeLine`): one just
    // after the change is read anew, with the tables that hold it.
    // So is a line a tag opened above may run onto (`withSplitTagsClosed` reads up to `TAG_LINES` lines above it).
    let stale = Math.min(n - 1, diff.end - 1 + TAG_LINES);
    for (let i = diff.end; i < n && i <= diff.end + HEADER_ROWS; i++) if (mayBeDelimiterRow(this.lines.line(i))) stale = Math.max(stale, i);
    if (prev.toks) {
      const toks = (this.toks ??= new Array<LineTokens | undefined>(n));
      for (let i = 0; i < n; i++) if (same(i) === i && (i < diff.start || i > stale) && prev.toks[i] !== undefined) toks[i] = prev.toks[i];
    }
    // A table's lines unchanged at the same index, and the lines its reading looks at around them (the border line
    // below a grid row that ends the span, the line above, an HTML row opened above: `linesRead`): its readings hold.
    for (const r of prev.readings) {
      const before = r.end < diff.start || (r.end === diff.start && !this.lineTokens(r.end - 1).pipeRow);
      if (before || (diff.delta === 0 && r.start > stale && this.linesRead(r.start) > stale)) this.readings.push(r);
    }
  }

  /**
   * Where a row that line `start` continues opened (`from`; `start` itself when none did), and the first line a
   * reading of lines from `start` on looks at (`low`): the line above (a grid table's border), or further up the
   * lines of an HTML row that opened above `start` (`tokens` joins it from there), up to the line that ended the search.
   */
  private rowOpening(start: number): { from: number; low: number } {
    let from = start, low = start - 1;
    const first = start < this.lines.lineCount ? this.lineTokens(start) : undefined;
    // A line of text alone under a tag line (a cell's text between `<p>` and `</p>` lines) may be inside a row too.
    const bare = (lt: LineTokens) => !lt.html && !lt.prose && !lt.pipeRow && lt.tokens.length > 0;
    if (first && (first.html ? !first.html.opensRow : bare(first) && start > 0 && this.lineTokens(start - 1).html)) {
      for (let i = start - 1; i >= 0 && start - i < HTML_ROW_LINES; i--) {
        low = i;
        const lt = this.lineTokens(i);
        if (!lt.html ? !bare(lt) : lt.html.closesRow || lt.prose) break;
        if (lt.html?.opensRow) { from = i; break; }
      }
    }
    return { from, low };
  }

  /** The first line a reading of lines from `start` on looks at (see `rowOpening`). */
  private linesRead(start: number): number {
    return this.rowOpening(start).low;
  }

  /**
   * Whether line `i` lies in an HTML comment that runs over several lines (`commentedLines`): a browser shows none of
   * it, so a table row commented out (`<!--` / `<tr>…</tr>` / `-->`, helper-226 A2) is no row and its words no label.
   */
  commented(i: number): boolean {
    if (this.hidden === undefined) this.hidden = commentedLines(this.lines);
    return this.hidden !== null && this.hidden[i] === 1;
  }

  /** The tokens of line `i` as read alone: none for a line in a comment (`commented`). */
  private read(i: number): LineTokens {
    return this.commented(i) ? noCellLine(i) : tokenizeLine(this.lines, i);
  }

  /** The tokens of lines `[start, end)` (shared between readers: read-only). */
  tokens(start: number, end: number): LineTokens[] {
    const cache = (this.toks ??= new Array<LineTokens | undefined>(this.lines.lineCount));
    const out: LineTokens[] = new Array(Math.max(0, end - start));
    let html = false;
    let grid = false;
    for (let i = start; i < end; i++) {
      const lt = (out[i - start] = cache[i] ??= this.read(i));
      if (lt.html) html = true;
      else if (lt.pipeRow && !grid && i > 0 && this.lines.line(i - 1).trimStart().startsWith('+')) grid = true;
    }
    // Rows of a grid table whose cells wrap over lines: joined per call (a row's reading depends on all its lines).
    if (!html) return grid ? joinGridRows(this.lines, out) : out;
    // Lines of HTML rows that span lines are joined into rows; a row that opened above `start` is joined from
    // where it opened, and its cells from `start` on are given to line `start`.
    const from = out.length ? this.rowOpening(start).from : start;
    if (from === start) return joinHtmlRows(out, this.lines);
    // The opening line's own cells lie outside the lines asked for.
    const joined = joinHtmlRows([{ ...this.lineTokens(from), tokens: [], values: 0 }, ...out], this.lines);
    const rest = joined.slice(1);
    if (out[0].prose) return rest;
    rest[0] = { ...joined[0], line: start };
    return rest;
  }

  /**
   * `key(i)`, or for the first line of a grid-table row whose cells wrap over lines (see `joinGridRows`), the keys
   * of the row's joined cells (`一、本年新收政府信息公开申请数量40…`): not cached, as it depends on the lines below.
   */
  rowKey(i: number): string {
    const k = this.key(i);
    if (i === 0 || i + 1 >= this.lines.lineCount || !isGridRowBoundary(this.lines.line(i - 1).trim()) || !this.lines.line(i + 1).trimStart().startsWith('|')) return k;
    const [row] = this.tokens(i, Math.min(this.lines.lineCount, i + GRID_ROW_LINES));
    return row.tokens.map((t) => t.key || t.raw).join('');
  }

  /** `labelKey` of line `i` (of a line of HTML table markup: of its cells' text, as of a pipe row's). */
  key(i: number): string {
    const cache = (this.keys ??= new Array<string | undefined>(this.lines.lineCount));
    return (cache[i] ??= this.commented(i) ? '' : labelKey(this.plain(i)));
  }

  /**
   * Line `i` as table text: a line of HTML table markup as its cells between pipes (`<tr><td>规章</td><td>0</td>`
   * → `| 规章 | 0 |`; a line of tags only → ``), any other line as it is. For the tests on a line's text that
   * find a table's first and last lines.
   */
  plain(i: number): string {
    let line = this.lines.line(i);
    // A blockquote's markers (`> 12.5`, a table quoted one cell a line): white space, as the tokens read them (helper-219
    // #10: the quoted cells below a table's last label were no cells, and its values were lost).
    if (line.charCodeAt(0) === 0x3e /* > */ || (line.charCodeAt(0) === 0x20 && line.trimStart().startsWith('>'))) {
      const quote = QUOTE_MARKERS.exec(line);
      if (quote) line = ' '.repeat(quote[0].length) + line.slice(quote[0].length);
    }
    // (A line of `&nbsp;` alone is HTML too: an empty cell's text between tags on other lines; so is the end of a tag
    // Word's HTML wrapped from the line above, `padding:0cm'>`: see `withSplitTagsClosed`.)
    if (line.indexOf('<') < 0 && line.indexOf('>') < 0 && !line.trimStart().startsWith('&')) return line;
    // The line's cells as its tokens read them (a line of HTML is read once, by `tokenizeLine`).
    const lt = this.lineTokens(i);
    // A pipe row with HTML emphasis around its cells (`| <strong>40</strong> |`, as the tokens read it: `40`), without
    // the tags, which would make most of its key (a 表三 row's key five times as long as its label's).
    if (!lt.html) return line.indexOf('|') >= 0 ? line.replace(INLINE_TAG, '') : line;
    return lt.tokens.length ? `| ${lt.tokens.map((t) => t.raw).join(' | ')} |` : '';
  }

  /** The tokens of line `i` alone (shared, read-only; HTML rows that span lines not joined). */
  private lineTokens(i: number): LineTokens {
    const cache = (this.toks ??= new Array<LineTokens | undefined>(this.lines.lineCount));
    return (cache[i] ??= this.read(i));
  }
}

/** An HTML emphasis tag (`<strong>`, `</b>`, `<em>`, `<i>`), as `unemphasised` reads around a cell. */
const INLINE_TAG = /<\/?(?:b|strong|i|em)>/gi;

/**
 * Splits tokenised lines into value segments. A segment ends at a text token, at the end of a line that holds
 * two or more values (a row of its own, unless its values go on below it: `LineTokens.continues`), and before a
 * pipe row with values. Prose lines end a segment and are not label text.
 */
export function segmentize(read: LineTokens[], widthOf?: (label: readonly Token[]) => number | undefined): { segments: Segment[]; leading: Token[] } {
  // Lines that hold text but no cell (an HTML comment, a page number, a delimiter row: `LineTokens.noCells`) are not
  // there for the cells: in a table pasted one cell a line, the cells on either side of one stay adjacent, not a blank
  // cell between (helper-217 #2: "suppress here" put its comment line between a row's cells).
  const lts = read.some((lt) => lt.noCells) ? read.filter((lt) => !lt.noCells) : read;
  const segments: Segment[] = [];
  let pending: Token[] = [];
  let leading: Token[] | null = null;
  let cur: Segment | null = null;
  const close = () => {
    if (cur) segments.push(cur);
    cur = null;
  };
  /** Whether `lts[k]` is one cell a line: a single value, no pipe row, no text. */
  const oneValue = (k: number) => {
    const x = lts[k];
    return x !== undefined && !x.prose && !x.pipeRow && x.tokens.length === 1 && x.tokens[0].kind !== 'text';
  };
  /** The index of the next line after `k` with tokens (blank lines between cells are a web page's paragraphs). */
  const nextWithTokens = (k: number) => {
    let j = k + 1;
    while (j < lts.length && !lts[j].tokens.length && !lts[j].prose) j++;
    return j;
  };
  /** Whether the last line before `k` with tokens is text alone (a label above the values). */
  const previousIsText = (k: number) => {
    let j = k - 1;
    while (j >= 0 && !lts[j].tokens.length && !lts[j].prose) j--;
    return j >= 0 && !lts[j].prose && lts[j].tokens.length > 0 && lts[j].tokens.every((t) => t.kind === 'text');
  };
  // A table pasted one cell a line with its cells on adjacent lines: an empty line among a row's cells is a blank cell
  // (helper-213 #3; a web page's paragraphs put an empty line after every cell, and there it is none).
  const blankCells = emptyLinesAreCells(lts, oneValue);
  // Or with an empty line between every two cells (a web page's paragraphs): there a run of three empty lines holds one
  // blank cell, five two (helper-214 #11).
  const gapped = !blankCells && emptyLinesBetweenCells(lts, oneValue);
  /** The empty lines from `k` on (`k` itself empty): how many. */
  const emptyRun = (k: number) => {
    let j = k;
    while (j < lts.length && !lts[j].tokens.length && !lts[j].prose) j++;
    return j - k;
  };
  for (let k = 0; k < lts.length; k++) {
    const lt = lts[k];
    if ((blankCells || gapped) && !lt.tokens.length && !lt.prose && k > 0 && !lts[k - 1].prose && lts[k - 1].tokens.length > 0) {
      // A run of empty lines after a row's label or cell: blank cells, by the layout's count, when a cell follows it, or
      // when the row's next label follows and exactly so many cells are missing from the row's width (`widthOf`: a
      // blank last cell; an empty line after a complete row is no cell).
      const run = emptyRun(k);
      const next = k + run;
      const blanks = blankCells ? run : run >= 3 && run % 2 === 1 ? (run - 1) / 2 : 0;
      const afterCell = cur !== null ? oneValue(k - 1) : previousIsText(k);
      const width = widthOf && cur ? widthOf((cur as Segment).before) : undefined;
      const completes = cur !== null && width !== undefined && lts[next] !== undefined && !lts[next].prose && lts[next].tokens.length > 0
        && lts[next].tokens.every((t) => t.kind === 'text') && (cur as Segment).values.length + blanks === width;
      if (blanks && afterCell && (oneValue(next) || completes)) {
        for (let b = 0; b < blanks; b++) {
          const blank: Token = { kind: 'blank', raw: '', key: '', line: lts[blankCells ? k + b : k + 1 + 2 * b].line, start: 0, end: 0, pipe: false };
          if (!cur) {
            if (leading === null) leading = pending;
            cur = { values: [], before: pending.filter((t) => t.line !== blank.line), inline: [], after: [], line: blank.line };
            pending = [];
          }
          (cur as Segment).values.push(blank);
        }
        k = next - 1;
        continue;
      }
    }
    if (lt.prose) {
      close();
      continue;
    }
    if (lt.pipeRow && lt.values > 0) close();
    const lineText: Token[] = [];
    for (const tok of lt.tokens) {
      if (tok.kind === 'text') {
        close();
        pending.push(tok);
        lineText.push(tok);
      } else {
        if (!cur) {
          if (leading === null) leading = pending;
          // (A group label before a row's empty label cell, `（五）不予处理 |   | 2 | … |`, is the label above the row, as
          // on a line of its own: the row is the group's first sub-row, its label blank.)
          cur = tok.blankLabel
            ? { values: [], before: pending, inline: [], after: [], line: lt.line }
            : { values: [], before: pending.filter((t) => t.line !== lt.line), inline: lineText.slice(), after: [], line: lt.line };
          pending = [];
        }
        (cur as Segment).values.push(tok);
      }
    }
    // Two cells of a table pasted one cell a line that landed on one line (`21 2`, `0 0` between lines of one value
    // each): the row goes on below, as a line that `continues` does (helper-209 #7: the values below were lost).
    const joinedCells = cur !== null && lt.values >= 2 && !lt.pipeRow && lt.tokens.every((t) => t.kind !== 'text') && oneValue(nextWithTokens(k))
      && ((cur as Segment).line < lt.line || previousIsText(k));
    if (cur && ((lt.values >= 2 && !lt.continues && !joinedCells) || lt.pipeRow)) close();
  }
  close();
  for (let i = 0; i + 1 < segments.length; i++) segments[i].after = segments[i + 1].before;
  if (segments.length) segments[segments.length - 1].after = pending;
  return { segments, leading: leading ?? pending };
}

/**
 * Whether the one-cell-a-line rows of `lts` put their cells on adjacent lines (`oneValue(k)`: line `k` is one cell),
 * so that an empty line among a row's cells is a blank cell: many value lines follow a value line directly, and few
 * (an eighth of those at most) follow an empty line after a value or a label. A web page's paragraphs put an empty
 * line after every cell, or after every label: there the empty lines are no cells.
 */
function emptyLinesAreCells(lts: LineTokens[], oneValue: (k: number) => boolean): boolean {
  let adjacent = 0, gaps = 0;
  for (let k = 1; k < lts.length; k++) {
    if (!oneValue(k)) continue;
    if (oneValue(k - 1)) adjacent++;
    else if (k >= 2 && !lts[k - 1].tokens.length && !lts[k - 1].prose && lts[k - 2].tokens.length > 0 && !lts[k - 2].prose) gaps++;
  }
  return adjacent >= 3 && gaps * 8 <= adjacent;
}

/**
 * Whether the one-cell-a-line rows of `lts` put an empty line between every two cells (a web page's paragraphs): many
 * value lines follow exactly one empty line after a value, and few (an eighth of those at most) follow a value
 * directly.
 */
function emptyLinesBetweenCells(lts: LineTokens[], oneValue: (k: number) => boolean): boolean {
  let adjacent = 0, gaps = 0;
  for (let k = 1; k < lts.length; k++) {
    if (!oneValue(k)) continue;
    if (oneValue(k - 1)) adjacent++;
    else if (k >= 2 && !lts[k - 1].tokens.length && !lts[k - 1].prose && oneValue(k - 2)) gaps++;
  }
  return gaps >= 3 && adjacent * 8 <= gaps;
}

/** Joined label keys of tokens. */
export function keyOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join('');
}
