/**
 * Finding the lines of a text that hold a word, a character or a pattern by one search over the whole text, not one
 * per line (rules, the model's readers and the language server all ask so, on every version of a long draft).
 */
import type { LineIndex } from './lines.js';

/** Something to look for in a text: `find` gives the first offset in `[from, to)` where it occurs, or -1. */
export interface Finder {
  find(text: string, from: number, to: number): number;
}

/**
 * A global pattern as a `Finder`. It must match at least one character and never a line ending, and it must not look
 * behind or anchor (`^`, `$`, `\b`, lookbehind): it runs on a slice of the text that starts at `from`.
 */
export function patternFinder(re: RegExp): Finder {
  return {
    find(text, from, to) {
      // The search runs over `[from, end of to's line)` only, not on to the end of the text: a search of a few
      // changed lines in an edited version would otherwise scan the rest of a long draft whenever it finds nothing.
      // No match crosses a line ending, so one that starts before `to` ends within that line.
      if (to >= text.length) {
        re.lastIndex = from;
        const m = re.exec(text);
        return m && m.index < to ? m.index : -1;
      }
      // (The end of that line by a walk over it: `indexOf('\r')` would scan the rest of a text that has none.)
      let end = to;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      re.lastIndex = 0;
      const m = re.exec(text.slice(from, end));
      return m && from + m.index < to ? from + m.index : -1;
    },
  };
}

/**
 * One character (no line ending) as a `Finder`, by the engine's own string search: faster than a pattern or a pass
 * over the text in script, on a long text where the character is rare. `then`: a test of the text after it
 * (`at`: just after the character) that an occurrence must also pass.
 */
export function charFinder(ch: string, then?: (text: string, at: number) => boolean): Finder {
  return {
    find(text, from, to) {
      if (narrow(text, from, to)) {
        // (In a slice: `indexOf` on the whole text would scan on past `to` to the end of a long draft when `[from, to)`,
        // a few changed lines, does not hold the character.)
        const s = text.slice(from, to);
        for (let k = s.indexOf(ch); k >= 0; k = s.indexOf(ch, k + 1)) if (!then || then(text, from + k + 1)) return from + k;
        return -1;
      }
      for (let at = text.indexOf(ch, from); at >= 0 && at < to; at = text.indexOf(ch, at + 1)) if (!then || then(text, at + 1)) return at;
      return -1;
    },
  };
}

/**
 * One word or several (none with a line ending) as a `Finder`: the first occurrence of any, by the engine's own string
 * search for each (faster than a pattern with alternatives or a character class on a long two-byte text).
 */
export function stringFinder(...words: string[]): Finder {
  const longest = Math.max(0, ...words.map((w) => w.length));
  return {
    find(text, from, to) {
      let best = -1;
      // (A short range of a long text in a slice, as `charFinder` does; a word that starts before `to` may end past it.)
      const [s, at0] = narrow(text, from, to) ? [text.slice(from, Math.min(text.length, to + longest - 1)), from] : [text, 0];
      for (const w of words) {
        const k = s.indexOf(w, from - at0);
        const at = k < 0 ? -1 : at0 + k;
        if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
      }
      return best;
    },
  };
}

/**
 * Whether a search of `[from, to)` should run in a slice of the text: the range ends well before the text does (the
 * changed lines of an edited version), where a search of the whole text that finds nothing in the range would go on
 * to its end.
 */
const narrow = (text: string, from: number, to: number) => to < text.length && (to - from) * 8 < text.length - from;

/**
 * Words (none with a line ending) and single characters, found by one pass over the text with a table of their
 * first characters: faster than a pattern with many alternatives.
 */
export function wordFinder(words: string[], chars: (string | [string, string])[]): Finder {
  const table = new Uint8Array(65536);
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    table[c] = 2;
    byFirst.set(c, [...(byFirst.get(c) ?? []), w]);
  }
  for (const c of chars) {
    const [a, b] = typeof c === 'string' ? [c, c] : c;
    for (let k = a.charCodeAt(0); k <= b.charCodeAt(0); k++) table[k] = 1;
  }
  return {
    find(text, from, to) {
      for (let i = from; i < to; i++) {
        const k = table[text.charCodeAt(i)];
        if (k === 1) return i;
        if (k === 2) for (const w of byFirst.get(text.charCodeAt(i))!) if (text.startsWith(w, i)) return i;
      }
      return -1;
    },
  };
}

/**
 * The lines (in order, each once) on which `what` occurs, found by one search over the text (from offset `from` to
 * `to`) rather than one per line.
 */
export function linesWith(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, what: RegExp | Finder, from = 0, to = text.length): number[] {
  const finder = what instanceof RegExp ? patternFinder(what) : what;
  const out: number[] = [];
  // The line holding `from`.
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= from) lo = mid;
    else hi = mid - 1;
  }
  let line = lo;
  for (let at = finder.find(text, from, to); at >= 0; ) {
    while (line + 1 < starts.length && starts[line + 1] <= at) line++;
    if (at < ends[line]) out.push(line);
    if (line + 1 >= starts.length) break;
    at = finder.find(text, starts[line + 1], to);
  }
  return out;
}

/**
 * `linesWith` over lines `[fromLine, toLine)` of an index: by one search over its text when the text is at hand
 * (`LineIndex.hasText`), else line by line (an index made from lines, whose text is not joined for this: a language
 * server's edited document, searched in its changed lines).
 */
export function linesWithIn(lines: LineIndex, what: RegExp | Finder, fromLine = 0, toLine = lines.lineCount): number[] {
  if (fromLine >= toLine) return [];
  if (lines.hasText) {
    const from = lines.starts[fromLine];
    const to = toLine < lines.lineCount ? lines.starts[toLine] : lines.length;
    return linesWith(lines.text, lines.starts, lines.ends, what, from, to).filter((i) => i < toLine);
  }
  const finder = what instanceof RegExp ? patternFinder(what) : what;
  const out: number[] = [];
  for (let i = fromLine; i < toLine; i++) {
    const l = lines.line(i);
    // (A finder matches at least one character, never a line ending: an empty line holds nothing.)
    if (l.length && finder.find(l, 0, l.length) >= 0) out.push(i);
  }
  return out;
}

/**
 * The lines of a new version of a text (`lines`) that hold `what`, from those of the version before (`old`) and the
 * line diff between them (`d`: new lines `[start, end)` changed, new line `i >= end` is old line `i - delta`):
 * searched only in the changed lines, the others taken over.
 */
export function linesWithAfterEdit(old: readonly number[], d: { start: number; end: number; delta: number }, lines: LineIndex, what: RegExp | Finder): number[] {
  // `old` is in ascending order: the lines before and after the change are copied as runs (a keystroke changes one
  // line of thousands found, and this runs for every word the reader has looked for).
  const before = firstAtOrAfter(old, d.start), after = firstAtOrAfter(old, d.end - d.delta);
  const changed = linesWithIn(lines, what, d.start, Math.min(d.end, lines.lineCount));
  const rest = old.slice(after);
  if (d.delta !== 0) for (let k = 0; k < rest.length; k++) rest[k] += d.delta;
  return old.slice(0, before).concat(changed, rest);
}

/** Index of the first element of a sorted array that is at least `x` (the length when none is). */
export function firstAtOrAfter(sorted: ArrayLike<number>, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
