/**
 * An open document kept as its lines (`vscode-languageserver-textdocument`'s `TextDocument` keeps one string).
 *
 * Why: an incremental change applied to one string makes a new string of the whole text, which the parse then reads
 * (V8 copies it flat): on this machine allocating a string costs about 4 ms per megabyte of UTF-16 (page faults), so
 * about 4 ms of every keystroke on a 10,000-line draft and 40 ms on a 10 MB one went to copying text that did not
 * change. Kept as lines, a keystroke makes one new line; the core reads the lines through `LineIndex.fromLines` and
 * joins them only where something asks for the whole text.
 *
 * A text with a `\r` anywhere (CRLF or lone CR line endings: LSP counts both as line breaks) is kept as one string in
 * the library's document instead, as before: there a line of ours would not be a line of the protocol's positions.
 * Positions follow the library's document exactly (clamped the same way), which the unit tests check edit by edit.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** Above this many lines inserted at once, lines are spliced by concatenation (a spread would overflow the stack). */
const SPREAD_LIMIT = 10_000;

export class LineDocument implements TextDocument {
  /** The lines (split at `\n`, none holding a `\r`), or null when the text is kept whole (`whole`). */
  private lines: string[] | null;
  /** The library's document, for a text with a `\r`. */
  private whole: TextDocument | null;
  /** The text joined (LF mode), made when asked and dropped by the next change. */
  private joined: string | undefined;
  /** Offset of the first character of each line (LF mode), made when asked and dropped by the next change. */
  private starts: number[] | undefined;
  /** The text's length (LF mode), kept through the changes. */
  private size = 0;
  /** How many lines hold a U+FFFD (LF mode), kept through the changes: most texts have none, and the server asks at every version. */
  private replacementLines = 0;

  constructor(readonly uri: string, readonly languageId: string, private _version: number, text: string) {
    this.lines = null;
    this.whole = null;
    this.reset(text);
  }

  get version(): number {
    return this._version;
  }

  /**
   * The lines of the text, split at `\n`, when it has no `\r`; else null. The array is the document's own and changes
   * with it: a reader that keeps it copies it (`LineIndex.fromLines` does).
   */
  textLines(): readonly string[] | null {
    return this.lines;
  }

  /** The whole text if it is at hand without joining the lines (opened and not changed since, or read since), else undefined. */
  knownText(): string | undefined {
    return this.lines ? this.joined : undefined;
  }

  get lineCount(): number {
    return this.lines ? this.lines.length : this.whole!.lineCount;
  }

  getText(range?: Range): string {
    if (!this.lines) return this.whole!.getText(range);
    if (!range) return (this.joined ??= this.lines.join('\n'));
    const r = wellformed(range);
    const s = this.clamp(r.start), e = this.clamp(r.end);
    if (s.line === e.line) return this.lines[s.line].slice(s.character, e.character);
    const parts = [this.lines[s.line].slice(s.character)];
    for (let i = s.line + 1; i < e.line; i++) parts.push(this.lines[i]);
    parts.push(this.lines[e.line].slice(0, e.character));
    return parts.join('\n');
  }

  offsetAt(position: Position): number {
    if (!this.lines) return this.whole!.offsetAt(position);
    const p = this.clamp(position);
    return this.lineStarts()[p.line] + p.character;
  }

  positionAt(offset: number): Position {
    if (!this.lines) return this.whole!.positionAt(offset);
    const starts = this.lineStarts();
    const last = starts.length - 1;
    offset = Math.max(0, Math.min(offset, starts[last] + this.lines[last].length));
    let lo = 0, hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  getLineRange(line: number): Range {
    if (!this.lines) return this.whole!.getLineRange(line);
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.lines.length - 1);
    return { start: { line: l, character: 0 }, end: { line: l, character: this.lines[l].length } };
  }

  getEOLCharacters(line: number): string {
    if (!this.lines) return this.whole!.getEOLCharacters(line);
    return line >= 0 && line + 1 < this.lines.length ? '\n' : '';
  }

  /** The text's length in UTF-16 units (not joined for this). */
  get length(): number {
    return this.lines ? this.size : this.whole!.getText().length;
  }

  /** Whether the text holds a U+FFFD (the mark of bytes a file's reader could not decode), without reading it all. */
  hasReplacementChar(): boolean {
    return this.lines ? this.replacementLines > 0 : this.whole!.getText().includes('\ufffd');
  }

  /**
   * `range` with its start before its end, each position clamped as `offsetAt` clamps it (a character past the end
   * of a line is that end, a line past the last is the end of the text): what the range covers in the text.
   */
  clampRange(range: Range): Range {
    const r = wellformed(range);
    if (this.lines) return { start: this.clamp(r.start), end: this.clamp(r.end) };
    return { start: this.whole!.positionAt(this.whole!.offsetAt(r.start)), end: this.whole!.positionAt(this.whole!.offsetAt(r.end)) };
  }

  /** The length of line `line`'s content, without its line ending (0 for a line that does not exist). */
  lineLength(line: number): number {
    if (line < 0 || line >= this.lineCount) return 0;
    return this.lines ? this.lines[line].length : this.whole!.getLineRange(line).end.character;
  }

  /** Applies the changes of one `didChange`, in order, and takes its version. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      this.joined = undefined;
      this.starts = undefined;
      if (!('range' in change) || !change.range) {
        this.reset(change.text);
      } else if (!this.lines || change.text.includes('\r')) {
        // A `\r` typed or pasted: from here on the text is kept whole.
        if (this.lines) this.toWhole();
        // The range inside the text first: the library's line index goes wrong on a range past the last line (text
        // `\r\r` put at line 5 of an empty document: 8 lines counted, not 3), and so would every later position.
        const whole = this.whole!;
        const r = wellformed(change.range);
        const range = { start: whole.positionAt(whole.offsetAt(r.start)), end: whole.positionAt(whole.offsetAt(r.end)) };
        TextDocument.update(whole, [{ range, text: change.text }], version);
      } else {
        this.replace(change.range, change.text);
      }
    }
    this._version = version;
  }

  /** Takes `text` as the whole content. */
  private reset(text: string): void {
    if (text.includes('\r')) {
      this.lines = null;
      this.whole = TextDocument.create(this.uri, this.languageId, this._version, text);
    } else {
      this.lines = text.split('\n');
      this.whole = null;
      // Until the first change, the text as it came is the text (reads of it whole cost nothing).
      this.joined = text;
      this.size = text.length;
      this.replacementLines = text.includes('\ufffd') ? countHolding(this.lines, 0, this.lines.length) : 0;
    }
  }

  private toWhole(): void {
    this.whole = TextDocument.create(this.uri, this.languageId, this._version, this.lines!.join('\n'));
    this.lines = null;
  }

  /** Replaces `range` (clamped as the library clamps it) by `text` (no `\r`). */
  private replace(range: Range, text: string): void {
    const lines = this.lines!;
    const r = wellformed(range);
    const s = this.clamp(r.start), e = this.clamp(r.end);
    const pieces = text.split('\n');
    const prefix = lines[s.line].slice(0, s.character);
    const suffix = lines[e.line].slice(e.character);
    pieces[0] = prefix + pieces[0];
    pieces[pieces.length - 1] += suffix;
    const removed = e.line - s.line + 1;
    let before = removed - 1, after = pieces.length - 1;
    for (let i = s.line; i <= e.line; i++) before += lines[i].length;
    for (const p of pieces) after += p.length;
    this.size += after - before;
    // (The new lines hold one only if the text put in or the lines replaced, whose ends they keep, did.)
    const had = this.replacementLines ? countHolding(lines, s.line, e.line + 1) : 0;
    const has = had || text.includes('\ufffd') ? countHolding(pieces, 0, pieces.length) : 0;
    this.replacementLines += has - had;
    if (pieces.length === 1 && removed === 1) lines[s.line] = pieces[0];
    else if (pieces.length < SPREAD_LIMIT) lines.splice(s.line, removed, ...pieces);
    else this.lines = lines.slice(0, s.line).concat(pieces, lines.slice(e.line + 1));
  }

  /**
   * A position inside the text, as the library's `offsetAt` clamps one: a line past the end is the end of the text,
   * a negative line the start, a character past the line's end that end.
   */
  private clamp(p: Position): Position {
    const lines = this.lines!;
    if (p.line >= lines.length) return { line: lines.length - 1, character: lines[lines.length - 1].length };
    if (p.line < 0) return { line: 0, character: 0 };
    return { line: p.line, character: Math.max(0, Math.min(p.character, lines[p.line].length)) };
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const lines = this.lines!;
    const starts = new Array<number>(lines.length);
    let at = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = at;
      at += lines[i].length + 1;
    }
    return (this.starts = starts);
  }
}

/** How many of `lines[from, to)` hold a U+FFFD. */
function countHolding(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (lines[i].includes('\ufffd')) n++;
  return n;
}

/** The range with its start before its end (the library swaps them the same way). */
function wellformed(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}
