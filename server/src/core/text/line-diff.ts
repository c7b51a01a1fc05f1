import type { LineIndex } from './lines.js';
import { firstAtOrAfter, linesWithAfterEdit, linesWithIn, stringFinder } from './search.js';

/**
 * Two versions of a text compared by lines (`diffLines`), and searches of a version that reuse the version it was
 * edited from (`linesHolding`). Text-level: the report-level links between versions are in prose/versions.ts.
 */

/**
 * Where two versions differ, in lines: new lines `[start, end)` changed; lines before `start` are the same lines
 * (same index, same text); new line `i >= end` is old line `i - delta`, with the same text.
 */
export interface LineDiff {
  start: number;
  end: number;
  delta: number;
}

/** Length of the common prefix of two strings, at most `max` (compared in chunks, then by character). */
export function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  for (let step = 8192; step >= 16; step >>= 3) {
    while (p + step <= max && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix of two strings, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  const la = a.length, lb = b.length;
  for (let step = 8192; step >= 16; step >>= 3) {
    while (s + step <= max && a.slice(la - s - step, la - s) === b.slice(lb - s - step, lb - s)) s += step;
  }
  while (s < max && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return s;
}

// (Where a sorted array reaches `x`: in text/search.ts, which searches the lines of a version after an edit.)
export { firstAtOrAfter };

/**
 * Where `after` differs from `before`, in 0-based lines (see `LineDiff`); `{ start: 0, end: after.lineCount, delta: 0 }`
 * when the two cannot be lined up. Never throws.
 */
export function diffLines(before: LineIndex, after: LineIndex): LineDiff {
  // (Asked several times per version by the parse and the rules: kept per pair.)
  let of = diffOf.get(after);
  const hit = of?.get(before);
  if (hit) return hit;
  const diff = diffLinesOnce(before, after);
  if (!of) diffOf.set(after, (of = new WeakMap()));
  of.set(before, diff);
  return diff;
}

/**
 * `diffLines` per newer index and older index. Both weakly: a newer version must not keep the older one alive (held
 * as a value, each version kept the one before it, and a long draft's every version stayed in memory: +45 MB after a
 * dozen keystrokes on the 10 MB bench draft).
 */
const diffOf = new WeakMap<LineIndex, WeakMap<LineIndex, LineDiff>>();

/**
 * The 0-based lines of `lines` that hold `needle`, in order, kept per index and needle. `before`: the index of the
 * version `lines` was edited from, when there is one: the lines its own search found are taken over outside the edit
 * (`diffLines`), and only the changed lines are searched (the model asks for `` ``` ``, `丨` and `<!--` on every
 * version of a long draft, most of which has none).
 */
export function linesHolding(lines: LineIndex, needle: string, before?: LineIndex | null): readonly number[] {
  let mine = holding.get(lines);
  const hit = mine?.get(needle);
  if (hit) return hit;
  const old = before && before !== lines ? holding.get(before)?.get(needle) : undefined;
  const found = old ? linesWithAfterEdit(old, diffLines(before!, lines), lines, stringFinder(needle)) : linesWithIn(lines, stringFinder(needle));
  if (!mine) holding.set(lines, (mine = new Map()));
  mine.set(needle, found);
  return found;
}

const holding = new WeakMap<LineIndex, Map<string, readonly number[]>>();

function diffLinesOnce(before: LineIndex, after: LineIndex): LineDiff {
  // Versions kept as lines (a language server's document) are compared line by line: joining them into texts would
  // make two strings of the whole document on every keystroke. An unchanged line is the same string in both.
  if (before.madeFromLines && after.madeFromLines) return diffLineLists(before, after);
  const a = before.text, b = after.text;
  const p = commonPrefix(a, b, Math.min(a.length, b.length));
  const s = commonSuffix(a, b, Math.min(a.length, b.length) - p);
  // Lines that end (with their line ending) inside the common prefix are the same; one more line is counted as
  // changed so that a line ending split by the edit (`\r` + `\n`) never matters.
  const start = Math.max(0, after.positionAt(p).line - 1);
  // Lines that start after the first character of the common suffix (their line break is common too) are the
  // same in both versions.
  const endNew = firstAtOrAfter(after.starts, b.length - s + 1);
  const endOld = firstAtOrAfter(before.starts, a.length - s + 1);
  const delta = endNew - endOld;
  if (after.lineCount - endNew !== before.lineCount - endOld || endNew < start) return { start: 0, end: after.lineCount, delta: 0 };
  return { start, end: Math.max(start, endNew), delta };
}

/**
 * `diffLines` of two indexes made from lines (`LineIndex.fromLines`: every line ending is `\n`): the lines before the
 * first that differs and after the last that differs are the same; one more line before is counted as changed, as
 * `diffLines` counts the line whose ending an edit may have split.
 */
function diffLineLists(before: LineIndex, after: LineIndex): LineDiff {
  const a = before.allLines(), b = after.allLines();
  const nb = a.length, na = b.length;
  const max = Math.min(nb, na);
  let p = 0;
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[nb - 1 - s] === b[na - 1 - s]) s++;
  const start = Math.max(0, p - 1);
  const endNew = na - s;
  return { start, end: Math.max(start, endNew), delta: endNew - (nb - s) };
}
