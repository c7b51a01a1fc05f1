import type { Position, Range } from '../types.js';

/**
 * Line index over a text: line starts, line contents without their endings, and conversion between
 * UTF-16 offsets and 0-based `Position`s. Line endings (`\n`, `\r\n`, lone `\r`) are kept as they are in
 * the text; `eol(i)` tells which one ends line `i` (`''` for the last line).
 */
export class LineIndex {
  /**
   * The whole text. An index made from lines (`fromLines`) joins them the first time it is asked: a language
   * server's document kept as lines is never one string unless something reads it whole.
   */
  get text(): string {
    return (this.joined ??= (this.cache as string[]).join('\n'));
  }
  private joined: string | undefined;
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past each line's content (before its line ending). */
  readonly ends: number[];
  /** The text's length in UTF-16 units. */
  readonly length: number;

  /** Whether every line ending is `\n` (the text has no `\r`). */
  private readonly onlyLf: boolean;
  /** Made by `fromLines` (the text is joined only when read). */
  readonly madeFromLines: boolean;

  /**
   * The index of the text whose lines, joined by `\n`, are `lines` (none holding a `\r`: a text with another line
   * ending is given whole to the constructor). Keeps a copy of the array, not the strings' text; the text is joined
   * only if read (`text`). `text`: that text, when the caller has it already (it must equal the lines joined by `\n`).
   *
   * Why: a language server applying an edit to a document kept as one string makes a new string of the whole text
   * on every keystroke, and allocating a string of megabytes costs milliseconds per megabyte here (page faults); kept
   * as lines, an edit makes new strings of the lines it changes only.
   */
  static fromLines(lines: readonly string[], text?: string): LineIndex {
    const index = new LineIndex(null, lines);
    // The text when the caller has it already (a document just opened): searches over it need not go line by line.
    if (text !== undefined) index.joined = text;
    return index;
  }

  /** Whether the whole text is at hand without joining lines (always, unless made by `fromLines` and not yet read). */
  get hasText(): boolean {
    return this.joined !== undefined;
  }

  /** The index of `text` (any line endings). `lines`: see `fromLines`, with `text` null. */
  constructor(text: string);
  constructor(text: null, lines: readonly string[]);
  constructor(text: string | null, lines?: readonly string[]) {
    this.madeFromLines = text === null;
    if (text !== null) this.joined = text;
    this.onlyLf = text === null || text.indexOf('\r') < 0;
    if (this.onlyLf) {
      // Only `\n` endings (the usual case): one split gives every line's content, kept as the line cache (lines
      // given are copied: the caller's array may change).
      const parts = text === null ? lines!.slice() : text.split('\n');
      const starts = new Array<number>(parts.length), ends = new Array<number>(parts.length);
      let p = 0;
      for (let i = 0; i < parts.length; i++) {
        starts[i] = p;
        p += parts[i].length;
        ends[i] = p++;
      }
      this.starts = starts;
      this.ends = ends;
      this.cache = parts;
      this.length = text === null ? Math.max(0, p - 1) : text.length;
      return;
    }
    text = text!; // (not null here: lines given have only `\n` endings)
    this.length = text.length;
    const n = text.length;
    const starts = [0];
    const ends: number[] = [];
    // From one line ending to the next with `indexOf` (not a test of every character).
    let nl = text.indexOf('\n'), cr = text.indexOf('\r');
    while (nl >= 0 || cr >= 0) {
      if (cr >= 0 && (nl < 0 || cr < nl)) {
        ends.push(cr);
        let next = cr + 1;
        if (nl === next) nl = text.indexOf('\n', ++next); // `\r\n`
        starts.push(next);
        cr = text.indexOf('\r', next);
      } else {
        ends.push(nl);
        starts.push(nl + 1);
        nl = text.indexOf('\n', nl + 1);
      }
    }
    ends.push(n);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  private cache: (string | undefined)[] | null = null;

  /** The content of line `i` (0-based) without its line ending. Cached: every reader of the model shares one string. */
  line(i: number): string {
    const c = (this.cache ??= new Array<string | undefined>(this.starts.length));
    return (c[i] ??= this.text.slice(this.starts[i], this.ends[i]));
  }

  /**
   * Gives line `i` the content `s`, a string equal to it that the caller keeps (see `parseReport` with a previous
   * version: line strings that do not share storage with the whole text, so that what a later version reuses of
   * this one does not keep this version's text alive).
   */
  shareLine(i: number, s: string): void {
    const c = (this.cache ??= new Array<string | undefined>(this.starts.length));
    c[i] = s;
  }

  /** Every line's content (`line(i)` for each `i`), as one array shared with the index: not to be changed. */
  allLines(): readonly string[] {
    // (An index made from lines holds every line already.)
    if (!this.madeFromLines) for (let i = 0; i < this.starts.length; i++) this.line(i);
    return this.cache as string[];
  }

  /** The line ending after line `i`: `'\n'`, `'\r\n'`, `'\r'` or `''` for the last line. */
  eol(i: number): string {
    if (i + 1 >= this.starts.length) return '';
    return this.onlyLf ? '\n' : this.text.slice(this.ends[i], this.starts[i + 1]);
  }

  private dominant: string | undefined;

  /**
   * The most common line ending of the text (`'\n'` when there is none). Counted once per index (every fix that
   * inserts a line asks, on every version in the editor), and not at all in a text without `\r` (the usual case,
   * known from the constructor).
   */
  dominantEol(): string {
    if (this.dominant !== undefined) return this.dominant;
    if (this.onlyLf) return (this.dominant = '\n');
    let crlf = 0, lf = 0, cr = 0;
    const text = this.text;
    for (let i = 0; i + 1 < this.starts.length; i++) {
      const at = this.ends[i];
      if (text.charCodeAt(at) === 10) lf++;
      else if (text.charCodeAt(at + 1) === 10) crlf++;
      else cr++;
    }
    if (crlf > lf && crlf >= cr) return (this.dominant = '\r\n');
    if (cr > lf && cr > crlf) return (this.dominant = '\r');
    return (this.dominant = '\n');
  }

  private mixed: boolean | undefined;

  /** Whether the text's lines end in more than one way (`\r\n` in one part, `\n` in another). Counted once. */
  hasMixedEols(): boolean {
    if (this.mixed !== undefined) return this.mixed;
    if (this.onlyLf) return (this.mixed = false);
    const first = this.eol(0);
    for (let i = 1; i + 1 < this.starts.length; i++) if (this.eol(i) !== first) return (this.mixed = true);
    return (this.mixed = false);
  }

  /** UTF-16 offset of a position (clamped to the line's content). */
  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.length;
    const s = this.starts[p.line];
    return Math.min(s + Math.max(0, p.character), this.ends[p.line]);
  }

  /** 0-based position of a UTF-16 offset. */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset, this.ends[lo]) - this.starts[lo] };
  }

  /** Range of characters `[from, to)` of line `line`. */
  range(line: number, from: number, to: number): Range {
    return { start: { line, character: from }, end: { line, character: to } };
  }

  /** Range of the whole content of line `i`. */
  lineRange(i: number): Range {
    return this.range(i, 0, this.ends[i] - this.starts[i]);
  }

  /**
   * The text of lines `[from, to)`: from the start of line `from` to the end of line `to - 1`'s content (their line
   * endings between them, not the last one's). Read from the lines, not the whole text, when that is not joined.
   */
  linesText(from: number, to: number): string {
    if (to <= from) return '';
    if (this.hasText) return this.text.slice(this.starts[from], this.ends[to - 1]);
    const parts: string[] = [];
    for (let i = from; i < to; i++) parts.push(this.line(i));
    return parts.join('\n');
  }

  /** The first `n` characters of the text (`text.slice(0, n)`), read from the lines when the text is not joined. */
  head(n: number): string {
    if (this.hasText) return this.text.slice(0, n);
    return n >= this.length ? this.linesText(0, this.lineCount) : this.slice({ start: { line: 0, character: 0 }, end: this.positionAt(n) });
  }

  /** The text inside `r`. */
  slice(r: Range): string {
    const a = this.offsetAt(r.start), b = this.offsetAt(r.end);
    if (this.hasText) return this.text.slice(a, b);
    // From the lines (`fromLines`, only `\n` endings), without joining the whole text.
    if (a >= b) return '';
    const s = this.positionAt(a), e = this.positionAt(b);
    if (s.line === e.line) return this.line(s.line).slice(s.character, e.character);
    const parts = [this.line(s.line).slice(s.character)];
    for (let i = s.line + 1; i < e.line; i++) parts.push(this.line(i));
    parts.push(this.line(e.line).slice(0, e.character));
    return parts.join('\n');
  }
}


/**
 * A string equal to `s` that does not share the storage of a longer string. V8 makes a substring of 13 or more
 * characters a slice that keeps its whole parent alive: a line or cell kept in a cache that outlives its document
 * would keep the document's whole text (the CLI: every file checked; the language server: an older version).
 * Costs one copy of `s`; shorter strings are already copies and are returned as they are.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Characters that some software writes as line breaks but that LSP, VS Code and this tool do not (they are not `\n`). */
const UNUSUAL_BREAK = /[\u0085\u2028\u2029]/g;

/** Where a text has line breaks of `UNUSUAL_BREAK` (U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, U+0085 NEL). */
export interface UnusualLineBreaks {
  /** 0-based UTF-16 offset of each, in text order. */
  offsets: number[];
  /** The distinct characters found, in code-point order. */
  chars: string[];
  /**
   * More of them than real line endings (`\n`, `\r\n`, `\r`): the text's lines are written with them (a page
   * copied from some web sites), so read line by line it is one long line, or a few.
   */
  dominant: boolean;
  /**
   * Some of them stand before a heading or a table row (`#`, `|`, `｜`, `一、`, `（一）`, `1.` after optional spaces):
   * the report's structure is read inside other lines, so its sections and tables cannot be checked as they are.
   */
  structural: boolean;
}

/** What starts a heading or a table row: the text after a break that hides it. */
const STRUCTURE_START = /^[ \t\u3000]*(?:#|[|｜]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;

/**
 * The unusual line breaks of a text (see `UnusualLineBreaks`), or null when it has none. The
 * offsets are of the text as given: one UTF-16 unit each, so a fix replacing each by `\n` moves nothing else.
 */
export function unusualLineBreaks(text: string): UnusualLineBreaks | null {
  // Three indexOf calls, not the regex: this runs on every version in the editor, and a character-class search
  // over a two-byte string is ten times slower (18 against 1.5 ms on a 10 MB draft).
  if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0) return null;
  const offsets: number[] = [];
  const seen = new Set<string>();
  UNUSUAL_BREAK.lastIndex = 0;
  for (let m; (m = UNUSUAL_BREAK.exec(text)); ) {
    offsets.push(m.index);
    seen.add(m[0]);
  }
  let real = 0;
  for (let i = text.indexOf('\n'); i >= 0 && real <= offsets.length; i = text.indexOf('\n', i + 1)) real++;
  // A lone `\r` is a line ending too (a `\r\n` was counted at its `\n`).
  for (let i = text.indexOf('\r'); i >= 0 && real <= offsets.length; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') real++;
  const structural = offsets.some((o) => STRUCTURE_START.test(text.slice(o + 1, o + 20)));
  return { offsets, chars: [...seen].sort(), dominant: offsets.length > real, structural };
}
