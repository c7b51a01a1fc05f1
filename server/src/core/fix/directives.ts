/**
 * A fix that inserts lines must not change which line a `<!-- nianbao-disable-next-line … -->` comment applies to
 * (brk91 #1: row-missing inserted 表三's row 4 between row 3, which ended with such a comment, and row 5, the row it
 * kept as written; the comment then covered the new row, and the next fix-all pass rewrote row 5's label).
 */
import type { Fix, TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import type { Directive } from '../suppress.js';

/**
 * `fix` with each insertion of whole lines right below a line that holds a `disable-next-line` comment (`directives`,
 * read from `lines`) kept from coming between the comment and the line it covers:
 * - the comment at the end of a line of text (`| 3.要求提供公开出版物 | 0 | … | <!-- nianbao-disable-next-line
 *   row-label -->`): it moves to the end of the last inserted line, which is then the line above the one it covers;
 * - the comment on a line of its own: the lines are inserted above the comment instead.
 * An insertion is an empty range at the end of the line (its new text starting with a line break) or at the start of
 * the line after it (its new text ending with one). A rewrite of whole lines from the covered line on that puts the
 * covered line further down (row-order's swap of two rows) keeps the comment right above it (`rewrittenBelow`).
 * Other edits, and a fix with no such edit, are returned as they are (the same object). The edits stay non-overlapping: the moved comment is deleted by the insertion's own
 * edit, widened over it.
 */
export function keepNextLineDirectives(lines: LineIndex, fix: Fix, directives: readonly Directive[]): Fix {
  if (!directives.length || !fix.edits.some((e) => e.newText.includes('\n'))) return fix;
  const byLine = nextLineByLine(directives);
  if (!byLine.size) return fix;
  let changed = false;
  const edits = fix.edits.map((e): TextEdit => {
    if (!isEmpty(e)) {
      const moved = rewrittenBelow(lines, e, byLine);
      if (moved) changed = true;
      return moved ?? e;
    }
    const at = e.range.start;
    const eol = lines.eol(Math.max(0, at.line - 1)) || '\n';
    // The line the new lines come right below, and the new lines written as an insertion at its end.
    let below: number;
    let atEnd: string;
    if (at.character === lines.line(at.line).length && /^\r?\n/.test(e.newText)) {
      below = at.line;
      atEnd = e.newText;
    } else if (at.character === 0 && at.line > 0 && e.newText.endsWith('\n')) {
      below = at.line - 1;
      const body = e.newText.endsWith('\r\n') ? e.newText.slice(0, -2) : e.newText.slice(0, -1);
      atEnd = eol + body;
    } else return e;
    const d = byLine.get(below);
    if (!d) return e;
    const text = lines.line(below);
    if (text.slice(d.range.end.character).trim()) return e;
    changed = true;
    const own = !text.slice(0, d.range.start.character).trim();
    if (own) {
      // Above the comment line: the new lines, each ended, then the comment still right above its line.
      const lineEol = lines.eol(below) || eol;
      const inserted = atEnd.startsWith('\r\n') ? atEnd.slice(2) : atEnd.slice(1);
      const start = { line: below, character: 0 };
      return { ...e, range: { start, end: start }, newText: inserted + lineEol };
    }
    // The comment (and the spaces before it) moves to the end of the last new line.
    let from = d.range.start.character;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    const comment = text.slice(d.range.start.character, d.range.end.character);
    return { ...e, range: { start: { line: below, character: from }, end: { line: below, character: text.length } }, newText: `${atEnd} ${comment}` };
  });
  return changed ? { ...fix, edits } : fix;
}

/**
 * The `disable-next-line` comments of `directives` written on one line, by that line (0-based). Built once per
 * array (`readDirectives` gives one per text): every fix of a check asks (8,000 comments and as many fixes: 1.7 s).
 */
function nextLineByLine(directives: readonly Directive[]): ReadonlyMap<number, Directive> {
  let byLine = byLineRead.get(directives);
  if (byLine) return byLine;
  byLine = new Map<number, Directive>();
  for (const d of directives) if (d.kind === 'disable-next-line' && d.range.start.line === d.range.end.line) byLine.set(d.line, d);
  byLineRead.set(directives, byLine);
  return byLine;
}
const byLineRead = new WeakMap<readonly Directive[], Map<number, Directive>>();

/** A line as compared when looking for it among rewritten lines: its cells' padding does not count. */
const comparable = (line: string) => line.replace(/[ \t\u3000]+/g, '');

/**
 * Edit `e` that rewrites whole lines from the start of the line below a `disable-next-line` comment (`byLine`: the
 * comments by 0-based line), with the line it covered moved further down among its new lines: widened to take the
 * comment along, so that it stays right above that line (at the end of the new line before it, or on its own line
 * before it, as it was written). Null when `e` is no such edit (the covered line kept first, or gone from the new text).
 */
function rewrittenBelow(lines: LineIndex, e: TextEdit, byLine: ReadonlyMap<number, Directive>): TextEdit | null {
  const at = e.range.start;
  if (at.character !== 0 || at.line === 0 || !e.newText.includes('\n')) return null;
  const d = byLine.get(at.line - 1);
  if (!d) return null;
  const above = at.line - 1;
  const text = lines.line(above);
  if (text.slice(d.range.end.character).trim()) return null;
  const covered = comparable(lines.line(at.line));
  const newLines = e.newText.split(/\r?\n/);
  if (!covered || comparable(newLines[0]) === covered) return null;
  const k = newLines.findIndex((l, i) => i > 0 && comparable(l) === covered);
  if (k < 1) return null;
  const eols = e.newText.match(/\r?\n/g)!;
  const join = (ls: string[], from: number) => ls.map((l, i) => (i < ls.length - 1 ? l + eols[from + i] : l)).join('');
  const before = newLines.slice(0, k), after = newLines.slice(k);
  const eol = eols[k - 1];
  if (!text.slice(0, d.range.start.character).trim()) {
    // On its own line: the lines before the covered one, then the comment line, then the rest.
    return { ...e, range: { start: { line: above, character: 0 }, end: e.range.end }, newText: join(before, 0) + eol + text + eol + join(after, k) };
  }
  let from = d.range.start.character;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  const comment = text.slice(d.range.start.character, d.range.end.character);
  before[before.length - 1] += ` ${comment}`;
  return { ...e, range: { start: { line: above, character: from }, end: e.range.end }, newText: lines.eol(above) + join(before, 0) + eol + join(after, k) };
}

function isEmpty(e: TextEdit): boolean {
  return e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
}
