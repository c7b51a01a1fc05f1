/**
 * HTML comments in a draft (`<!-- 旧稿：全年共收到申请99件 -->`, a commented-out old paragraph or heading): a
 * rendered report shows none of them, so their words are no prose, their headings no sections (brk91 #7: a commented
 * sentence gave prose-table errors, a commented heading section-order warnings and an outline entry). The tables'
 * readers already pass over commented rows (model/segments.ts); the comment rules (comment-in-table, the suppression
 * comments) read the comments themselves.
 */
import type { LineIndex } from './lines.js';
import { linesHolding } from './line-diff.js';

/** The closed HTML comments of a text: `[start, end)` UTF-16 offsets of each, from its `<!--` to after its `-->`. */
export type CommentSpans = readonly (readonly [number, number])[];

const read = new WeakMap<LineIndex, CommentSpans>();

/**
 * The closed HTML comments of `s`, each as `[start, end)`, in order: what `/<!--[\s\S]*?-->/g` matches, in one pass
 * (the regular expression scans from every `<!--` never closed to the end of the text: a line of 40,000 of them took
 * seconds, brk142 #4). Once a `<!--` finds no `-->` after it, none after it does.
 */
export function closedComments(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.indexOf('<!--'); i >= 0; ) {
    const close = s.indexOf('-->', i + 4);
    if (close < 0) break;
    out.push([i, close + 3]);
    i = s.indexOf('<!--', close + 3);
  }
  return out;
}

/**
 * The HTML comments and tags of `s` in order, as `/<!--[\s\S]*?-->|<[^>]*>/g` matches them (a `<!--` never closed is
 * read as a tag, to the next `>`), in linear time: the searches for the next `-->` and `>` are remembered while they lie
 * ahead (brk142 #4: the regular expression went to the end of the line from each `<` never closed).
 */
export function* commentsAndTags(s: string): Generator<{ index: number; text: string }> {
  let close = -2, closeFrom = -1, gt = -2, gtFrom = -1;
  const nextClose = (from: number) => {
    if (close === -2 || from < closeFrom || (close >= 0 && close < from)) close = s.indexOf('-->', (closeFrom = from));
    return close;
  };
  const nextGt = (from: number) => {
    if (gt === -2 || from < gtFrom || (gt >= 0 && gt < from)) gt = s.indexOf('>', (gtFrom = from));
    return gt;
  };
  for (let i = s.indexOf('<'); i >= 0; ) {
    let end = -1;
    if (s.startsWith('<!--', i)) {
      const c = nextClose(i + 4);
      if (c >= 0) end = c + 3;
    }
    if (end < 0) {
      const g = nextGt(i + 1);
      if (g < 0) return;
      end = g + 1;
    }
    yield { index: i, text: s.slice(i, end) };
    i = s.indexOf('<', end);
  }
}

/**
 * The closed HTML comments of `lines` (see `CommentSpans`), in order; empty when it has none (one search of the text).
 * A `<!--` never closed is no comment here: a stray one would otherwise hide the rest of the report. Read once per text.
 * `before`: the index of the version `lines` was edited from (a language server's), if any.
 */
export function commentSpans(lines: LineIndex, before?: LineIndex | null): CommentSpans {
  let out = read.get(lines);
  if (out) return out;
  const spans: [number, number][] = [];
  // (A document kept as lines, the language server's, is joined only when one of its lines opens a comment; with the
  // version it was edited from, `before`, only the edited lines are searched for one.)
  const opens = lines.hasText ? lines.text.includes('<!--') : linesHolding(lines, '<!--', before).length > 0;
  out = opens ? closedComments(lines.text) : spans;
  read.set(lines, out);
  return out;
}

/** Whether UTF-16 offset `at` of the text lies inside one of `spans` (its markers included). */
export function inComment(spans: CommentSpans, at: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= at;
}

/**
 * Whether 0-based line `line` of `lines` starts inside one of `spans` (at its first character that is not white space,
 * as `trimStart` reads it): a line commented out, no line of the rendered report. False for a blank line.
 */
export function lineInComment(lines: LineIndex, spans: CommentSpans, line: number): boolean {
  if (!spans.length) return false;
  const t = lines.line(line);
  const lead = t.length - t.trimStart().length;
  return lead < t.length && inComment(spans, lines.starts[line] + lead);
}

/**
 * Line `line` of `lines` (0-based; its text `t`) with the parts of it inside comments written as spaces, one per UTF-16
 * unit (offsets unchanged); `t` itself when none is on it.
 */
export function withoutComments(lines: LineIndex, spans: CommentSpans, line: number, t: string): string {
  if (!spans.length) return t;
  const start = lines.starts[line], end = start + t.length;
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  // In parts joined once (a line of thousands of comments: not the whole line copied once per comment, brk142 #4).
  const parts: string[] = [];
  let at = 0;
  for (let k = lo; k < spans.length && spans[k][0] < end; k++) {
    const a = Math.max(spans[k][0], start) - start, b = Math.min(spans[k][1], end) - start;
    parts.push(t.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  if (!parts.length) return t;
  parts.push(t.slice(at));
  return parts.join('');
}
