import type { Fix, Position, Range, TextEdit } from '../types.js';
import { LineIndex } from '../text/lines.js';
import { QUOTE_MARKERS } from '../text/blocks.js';
import { commonPrefix, commonSuffix } from '../text/line-diff.js';

/** Result of `applyFixes`. */
export interface ApplyResult {
  text: string;
  /** Edits applied. */
  applied: number;
  /** Edits left out because they overlapped an earlier one (apply them in a later pass). */
  skipped: number;
  /** The edits applied, in text order. */
  taken: TextEdit[];
}

function cmp(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Applies text edits to a text in one pass. Edits are sorted by position; an edit that overlaps one already
 * taken is skipped (never merged), so no character outside the taken edits' ranges changes. Two insertions at
 * the same point are applied in the order given. Positions are 0-based UTF-16 (LSP); a BOM, if present, is part
 * of the text and is kept because no edit range covers offset 0 unless asked to.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): ApplyResult {
  const idx = new LineIndex(text);
  const sorted = edits
    .map((e, i) => ({ e, i, s: idx.offsetAt(e.range.start), t: idx.offsetAt(e.range.end) }))
    .filter((x) => x.t >= x.s)
    .sort((a, b) => a.s - b.s || a.t - b.t || a.i - b.i);
  const taken: typeof sorted = [];
  let skipped = edits.length - sorted.length;
  let lastEnd = -1;
  for (const x of sorted) {
    // Overlap: starts inside the previous edit's range (touching ends are fine, except two replacements of the same point).
    if (taken.length && (x.s < lastEnd || (x.s === lastEnd && x.s === x.t && taken[taken.length - 1].s === lastEnd && taken[taken.length - 1].t > taken[taken.length - 1].s))) {
      skipped++;
      continue;
    }
    taken.push(x);
    lastEnd = Math.max(lastEnd, x.t);
  }
  let out = '';
  let pos = 0;
  for (const x of taken) {
    out += text.slice(pos, x.s) + x.e.newText;
    pos = x.t;
  }
  out += text.slice(pos);
  return { text: out, applied: taken.length, skipped, taken: taken.map((x) => x.e) };
}

/** Whether two edits' ranges overlap (an insertion at the boundary of a replacement does not). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const [x, y] = cmp(a.range.start, b.range.start) <= 0 ? [a, b] : [b, a];
  return cmp(y.range.start, x.range.end) < 0;
}

/**
 * The edits taken so far for one pass over a text, as UTF-16 offset ranges `[start, end)` sorted by start, for
 * adding whole fixes one at a time: `tryAdd` takes a fix's edits only if none of them overlaps a taken edit or
 * another of its own, by the rule `applyFixes` applies (two ranges overlap when each starts before the other
 * ends; an insertion at either end of a replacement, or two insertions at one point, do not). So `applyFixes` over
 * every edit taken skips none. Each test is a binary search: linear in the fixes of a pass instead of re-applying
 * all taken edits to the text for each one.
 */
export class TakenEdits {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Every edit taken, in the order taken. */
  readonly edits: TextEdit[] = [];

  constructor(private readonly lines: LineIndex) {}

  /**
   * Takes `edits` (one fix) if they fit with each other and with those taken; returns whether they were taken.
   * `holds` (`Fix.holds`) are ranges the fix needs that no other fix of the pass edits: they are taken as if they
   * were edits (so they overlap as edits do) but are not added to `edits`.
   */
  tryAdd(edits: readonly TextEdit[], holds: readonly Range[] = []): boolean {
    const ranges = [...edits.map((e) => e.range), ...holds].map((r) => [this.lines.offsetAt(r.start), this.lines.offsetAt(r.end)] as const);
    for (let i = 0; i < ranges.length; i++) {
      const [s, t] = ranges[i];
      if (t < s || this.overlapsTaken(s, t)) return false;
      for (let j = 0; j < i; j++) if (s < ranges[j][1] && ranges[j][0] < t) return false;
    }
    for (const [s, t] of ranges) this.insert(s, t);
    this.edits.push(...edits);
    return true;
  }

  /** Whether `[s, t)` overlaps a taken range: the first taken range ending after `s` must start at or after `t`. */
  private overlapsTaken(s: number, t: number): boolean {
    // Taken ranges do not overlap, so sorted by start their ends do not decrease either.
    let lo = 0, hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] > s) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.ends.length && this.starts[lo] < t;
  }

  private insert(s: number, t: number): void {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < s || (this.starts[mid] === s && this.ends[mid] <= t)) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, s);
    this.ends.splice(lo, 0, t);
  }
}

/**
 * Edit `e` of `lines` narrowed to what it changes: the text it replaces and its new text without their common start
 * and end (`六、其他需要报告的事项。` → `六、其他需要报告的事项` is the deletion of the `。`). The same edit when nothing is
 * common. Positions are 0-based UTF-16, as in `e`; an edit within one line only (a longer one is left as it is).
 */
export function narrowedEdit(lines: LineIndex, e: TextEdit): TextEdit {
  if (e.range.start.line !== e.range.end.line) return e;
  const old = lines.slice(e.range);
  const text = e.newText;
  let p = commonPrefix(old, text, Math.min(old.length, text.length));
  let q = commonSuffix(old, text, Math.min(old.length, text.length) - p);
  if (!p && !q) return e;
  // (Not inside a surrogate pair.)
  if (p && p < old.length && /[\udc00-\udfff]/.test(old[p])) p--;
  if (q && q < old.length - p && /[\ud800-\udbff]/.test(old[old.length - 1 - q])) q--;
  const line = e.range.start.line, c = e.range.start.character;
  return { range: { start: { line, character: c + p }, end: { line, character: c + old.length - q } }, newText: text.slice(p, text.length - q) };
}

/**
 * `fix` without its edits that change nothing (new text equal to the text of its range in `lines`), which become
 * `holds`: the fix still keeps the other fixes of its pass off that text, but no output (SARIF replacement, rdjson
 * suggestion, LSP edit) carries an edit that does nothing. Null when every edit changes nothing. The same object
 * when every edit changes something.
 */
export function withoutNoOpEdits(lines: LineIndex, fix: Fix): Fix | null {
  const noOp = (e: TextEdit) => lines.offsetAt(e.range.start) <= lines.offsetAt(e.range.end) && lines.slice(e.range) === e.newText;
  if (!fix.edits.some(noOp)) return fix;
  const edits = fix.edits.filter((e) => !noOp(e));
  if (!edits.length) return null;
  return { ...fix, edits, holds: [...(fix.holds ?? []), ...fix.edits.filter(noOp).map((e) => e.range)] };
}

/**
 * `fix` with the line breaks of its inserted text written as the lines where each edit lands end (`\n` in the LF
 * part of a text whose first lines end in `\r\n`), where the text mixes line endings; the fix as it is otherwise.
 * The rules write the text's most common line ending (`LineIndex.dominantEol`), which is right everywhere else.
 */
export function withLocalEols(lines: LineIndex, fix: Fix): Fix {
  if (!lines.hasMixedEols() || !fix.edits.some((e) => /[\r\n]/.test(e.newText))) return fix;
  const local = (line: number) => lines.eol(line) || (line > 0 ? lines.eol(line - 1) : '') || lines.dominantEol();
  return { ...fix, edits: fix.edits.map((e) => (/[\r\n]/.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\n|\r/g, local(e.range.start.line)) } : e)) };
}

/**
 * `fix` with the lines it inserts into a blockquote quoted (`quotedEdit`): a section or table inserted below `> 四、…`
 * of a report pasted whole into a quote stays in the quote (a line without the markers would end it, and the rest of
 * the report would show outside it). The fix itself when no edit needs it.
 */
export function withQuoteMarkers(lines: LineIndex, fix: Fix): Fix {
  const edits = fix.edits.map((e) => quotedEdit(lines, e));
  return edits.every((e, i) => e === fix.edits[i]) ? fix : { ...fix, edits };
}

/**
 * Edit `e` of `lines` with each line its new text starts given the blockquote markers (`> `, `> > `) of the line the
 * edit starts on, else of the one it ends on: the new lines after each line break, the first too when the edit starts
 * at a line's start (before that line's own markers), and the line the text after the edit's end is left on (it lost
 * its markers with the range) — not the last when the edit ends at a line's start, as it runs on into that line's
 * own markers. A new line that starts with `>` already (a rule that wrote the markers itself) is left as it is, and an
 * empty one gets the markers without the space after them (`>`). The edit itself when it inserts no line break or
 * touches no quote. Shared by the rules' fixes on a text with quotes in it (`withQuoteMarkers`) and the fixes of a
 * report read without the markers of the quote it is pasted in, given back in the text as written (model/quoted.ts).
 */
export function quotedEdit(lines: LineIndex, e: TextEdit): TextEdit {
  if (!e.newText.includes('\n') && !e.newText.includes('\r')) return e;
  const { start, end } = e.range;
  const own = QUOTE_MARKERS.exec(lines.line(start.line))?.[0];
  const quote = own ?? QUOTE_MARKERS.exec(lines.line(end.line))?.[0];
  if (!quote) return e;
  const marks = /[ \t]$/.test(quote) ? quote : quote + ' ';
  // What follows the edit on its last line: it starts the last new line, which the markers go before.
  const rest = lines.line(end.line).slice(end.character);
  const parts = e.newText.split(/(\r\n|\n|\r)/);
  // parts: text, break, text, …. A text after a break starts a line, and so does the first when the edit starts at
  // the start of a quoted line; the last, when the edit ends at a line's start, runs on into that line's own markers.
  for (let k = 0; k < parts.length; k += 2) {
    const last = k === parts.length - 1;
    const startsLine = k > 0 || (start.character === 0 && own !== undefined);
    const runsOn = last && end.character === 0;
    if (!startsLine || runsOn || QUOTE_MARKERS.test(parts[k])) continue;
    parts[k] = parts[k] || (last && rest) ? marks + parts[k] : marks.trimEnd();
  }
  return { ...e, newText: parts.join('') };
}
