import type { Position, TextEdit } from '../types.js';
import { LineIndex } from '../text/lines.js';

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
