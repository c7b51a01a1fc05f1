/**
 * HTML comments in a draft (`<!-- 旧稿：全年共收到申请99件 -->`, a commented-out old paragraph or heading): a
 * rendered report shows none of them, so their words are no prose, their headings no sections (brk91 #7: a commented
 * sentence gave prose-table errors, a commented heading section-order warnings and an outline entry). The tables'
 * readers already pass over commented rows (model/segments.ts); the comment rules (comment-in-table, the suppression
 * comments) read the comments themselves.
 */
import type { LineIndex } from './lines.js';

/** The closed HTML comments of a text: `[start, end)` UTF-16 offsets of each, from its `<!--` to after its `-->`. */
export type CommentSpans = readonly (readonly [number, number])[];

const read = new WeakMap<LineIndex, CommentSpans>();
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The closed HTML comments of `lines` (see `CommentSpans`), in order; empty when it has none (one search of the text).
 * A `<!--` never closed is no comment here: a stray one would otherwise hide the rest of the report. Read once per text.
 */
export function commentSpans(lines: LineIndex): CommentSpans {
  let out = read.get(lines);
  if (out) return out;
  const spans: [number, number][] = [];
  // (A document kept as lines, the language server's, is joined only when one of its lines opens a comment.)
  let opens = lines.hasText ? lines.text.includes('<!--') : false;
  if (!lines.hasText) for (let i = 0; i < lines.lineCount && !opens; i++) opens = lines.line(i).includes('<!--');
  if (opens) for (const m of lines.text.matchAll(COMMENT)) spans.push([m.index!, m.index! + m[0].length]);
  out = spans;
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
  let out = t;
  for (let k = lo; k < spans.length && spans[k][0] < end; k++) {
    const a = Math.max(spans[k][0], start) - start, b = Math.min(spans[k][1], end) - start;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}
