/**
 * A report pasted whole into a Markdown blockquote (`> ` before every line: a draft quoted in a note, an issue comment
 * or a reply). It is read from its text without the markers, so every reader sees what it sees in an unquoted report
 * (brk98 #1, #2: the signature date, page leftovers, a compilation's reports, a Word table's cells and a work plan were
 * each misread with the markers in front), and its findings are given back in the text as written (`quotedFinding`).
 */
import { copyFinding } from '../rules/rule.js';
import { quotedEdit } from '../fix/apply.js';
import { QUOTE_MARKERS } from '../text/blocks.js';
import { LineIndex } from '../text/lines.js';
import type { Finding, Position, Range, TextEdit } from '../types.js';

/** A quoted text (`source`) and the same text without its blockquote markers (`lines`), line for line. */
export interface Unquoted {
  /** The text as written. */
  source: LineIndex;
  /** The text without the markers each line starts with: the same lines, each shorter by its `marks`. */
  lines: LineIndex;
  /** Per line, the markers taken off it (`> `, `> > `, `>`; '' for a line outside the quote). */
  quotes: string[];
}

/** Lines of text (not blank) that make a quoted text one to read without its markers, at the least. */
const MIN_LINES = 5;
/** The share of its lines of text that must be quoted. */
const QUOTED_SHARE = 0.8;

/**
 * `lines` without its blockquote markers when it is quoted as a whole: at least `MIN_LINES` lines of text, and
 * `QUOTED_SHARE` of them starting with `>` (after three spaces at most); null for any other text (a quote in a report
 * is read where it stands). Markers of quotes inside quotes (`> > `) go too; a line's text after them is kept as is.
 */
export function unquotedText(lines: LineIndex): Unquoted | null {
  let text = 0, quoted = 0;
  // (Every parse asks, at every keystroke in the editor: a line that cannot start a quote costs one character test, and
  // the scan stops once too many lines are outside a quote for the text to be quoted as a whole.)
  const most = lines.lineCount * (1 - QUOTED_SHARE);
  for (let i = 0; i < lines.lineCount; i++) {
    const t = lines.line(i);
    const c = t.charCodeAt(0);
    if (c === 0x3e /* > */ || (c === 0x20 && QUOTE_MARKERS.test(t))) {
      text++;
      quoted++;
    } else if (t.trim()) {
      text++;
      if (text - quoted > most) return null;
    }
    // (A text whose first 40 lines of text are mostly outside a quote is read where its quotes stand.)
    if (text === 40 && quoted < 20) return null;
  }
  if (text < MIN_LINES || quoted < text * QUOTED_SHARE) return null;
  const quotes: string[] = new Array(lines.lineCount);
  const out: string[] = new Array(lines.lineCount);
  for (let i = 0; i < lines.lineCount; i++) {
    const t = lines.line(i);
    const m = QUOTE_MARKERS.exec(t)?.[0] ?? '';
    quotes[i] = m;
    out[i] = t.slice(m.length);
  }
  // (Line endings kept as written: the lines are joined with the text's own ones.)
  let joined = '';
  for (let i = 0; i < out.length; i++) joined += out[i] + lines.eol(i);
  return { source: lines, lines: new LineIndex(joined), quotes };
}

/** A position of the unquoted text in the text as written: the same line, after its markers. */
function written(u: Unquoted, p: Position): Position {
  const m = u.quotes[p.line]?.length ?? 0;
  return { line: p.line, character: p.character + m };
}

function writtenRange(u: Unquoted, r: Range): Range {
  return { start: written(u, r.start), end: written(u, r.end) };
}

/**
 * An edit of the unquoted text as an edit of the text as written: its range after the markers, and the lines it
 * inserts quoted as the lines it lands on are (`quotedEdit`: the text after the edit's end, on its own line now, has
 * lost its own markers with the range).
 */
function writtenEdit(u: Unquoted, e: TextEdit): TextEdit {
  return quotedEdit(u.source, { range: writtenRange(u, e.range), newText: e.newText });
}

/**
 * A finding on the unquoted text (`Unquoted.lines`) as a finding on the text as written: its range, related
 * locations of this text (not last year's report's), fix edits and held ranges moved past each line's markers, and the
 * lines its fix inserts quoted. Message and data as they are (line numbers are the same).
 */
export function quotedFinding(u: Unquoted, f: Finding): Finding {
  return copyFinding(f, {
    range: writtenRange(u, f.range),
    ...(f.related ? { related: f.related.map((r) => (r.report === 'previous' ? r : { ...r, range: writtenRange(u, r.range) })) } : {}),
    ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => writtenEdit(u, e)), ...(f.fix.holds ? { holds: f.fix.holds.map((r) => writtenRange(u, r)) } : {}) } } : {}),
  });
}
