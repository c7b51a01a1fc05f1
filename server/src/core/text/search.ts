/**
 * Finding the lines of a text that hold a word, a character or a pattern by one search over the whole text, not one
 * per line (rules, the model's readers and the language server all ask so, on every version of a long draft).
 */

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
      for (let at = text.indexOf(ch, from); at >= 0 && at < to; at = text.indexOf(ch, at + 1)) if (!then || then(text, at + 1)) return at;
      return -1;
    },
  };
}

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
 * The lines of a new version of a text that hold `what`, from those of the version before (`old`) and the line
 * diff between them (`d`: new lines `[start, end)` changed, new line `i >= end` is old line `i - delta`): searched
 * only in the changed lines, the others taken over.
 */
export function linesWithAfterEdit(old: readonly number[], d: { start: number; end: number; delta: number }, text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, what: RegExp | Finder): number[] {
  const out = old.filter((i) => i < d.start);
  const from = starts[d.start] ?? text.length;
  const to = d.end < starts.length ? starts[d.end] : text.length;
  for (const i of linesWith(text, starts, ends, what, from, to)) if (i >= d.start && i < d.end) out.push(i);
  for (const i of old) if (i >= d.end - d.delta) out.push(i + d.delta);
  return out;
}
