import type { LabelMatch, Range } from '../types.js';
import { editDistance, labelKey } from '../text/normalize.js';
import { simplifiedChars } from '../text/script.js';

/**
 * Smallest edit distance between `pattern` and any substring of `text` (approximate substring search,
 * Sellers' algorithm). Used to find a template label inside a cell that also holds a group label or junk.
 */
export function substringDistance(pattern: string, text: string): number {
  if (!pattern) return 0;
  const m = pattern.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1));
    }
    if (cur[m] < best) best = cur[m];
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** How many edits a label of this length may have and still count as a misspelling of it (not another label). */
export function misspellingBudget(len: number): number {
  return Math.max(1, Math.floor(len * 0.25));
}

/**
 * Compares one label of the text with a template label (and its known variants).
 * `candidate` is a single, clean label (a pipe cell, or the words before a row's numbers).
 */
export function compareLabel(candidate: string, canonical: string, variants: readonly string[] = [], range: Range | null = null): LabelMatch {
  // (A label in traditional characters, a row pasted from a `big5` page into a simplified draft, is no misspelling:
  // helper-226 B7.)
  const key = labelKey(simplifiedChars(candidate));
  const want = labelKey(canonical);
  if (key === want || key.includes(want)) return { kind: 'exact', raw: candidate, range, distance: 0 };
  if (variants.some((v) => key === labelKey(v) || key.endsWith(labelKey(v)))) return { kind: 'variant', raw: candidate, range, distance: 0 };
  const d = Math.min(editDistance(key, want), substringDistance(want, key) + 0);
  return { kind: d <= misspellingBudget(want.length) ? 'misspelled' : 'positional', raw: candidate, range, distance: d };
}
