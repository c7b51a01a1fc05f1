/**
 * Markdown code in a draft, which is no part of the report: fenced code blocks (CommonMark §4.5). A note on writing
 * reports quotes a row in one (```` ``` ```` around `| （一）予以公开 | 5 | … |`), a rule's documentation its example;
 * read as the report's own text, they made tables, a 统计期限 and findings of a text that is no report. Reports as
 * published (web pages, Word, PDF) hold no fences. (Inline code is read as text: converters write numbers in it,
 * `` `47` ``, as they write them in bold.)
 */
import { LineIndex } from './lines.js';
import { fenceBlocks, QUOTE_MARKERS } from './blocks.js';
import { linesHolding } from './line-diff.js';

/** One stretch of code on one line: `[from, to)` in 0-based UTF-16 units of 0-based line `line`. */
export interface CodeSpan {
  line: number;
  from: number;
  to: number;
}

/** A text with its code blanked (`lines`, same offsets), and where the code was (`spans`, in line order). */
export interface CodeView {
  lines: LineIndex;
  spans: CodeSpan[];
}

/**
 * The view of `lines` with its code written as spaces, one per UTF-16 unit, so that every offset and line is the
 * same: each line of a fenced code block of backticks, its fences included (a fence inside a blockquote too, after
 * the `>` markers). Only a block that is closed (by a fence, or by the end of the blockquote or list item it was
 * opened in, as CommonMark reads it; a line of backticks in an HTML block is no fence): a line of backticks left alone (a decoration, a paste cut short)
 * does not make the rest of the text code, as CommonMark would. Tildes are no fence here: a line of them is a
 * separator in plain text. Null when the text holds no code (the usual case: a search of each line, no copy).
 * `before`: the index of the version `lines` was edited from (a language server's), if any.
 */
export function codeView(lines: LineIndex, before?: LineIndex | null): CodeView | null {
  // A closed block has two fences at least (`linesHolding`: with the version `lines` was edited from, `before`, only
  // the edited lines are searched).
  const fenced = linesHolding(lines, '```', before);
  if (!fenced.length) return null;
  const spans: CodeSpan[] = [];
  // Fences paired as CommonMark pairs them (`fenceBlocks`, as fence-unclosed reads them): one opened in a blockquote
  // or a list item ends with it, a line of backticks in an HTML block is none. A block left open to the end of the
  // text is no code here.
  for (const b of fenceBlocks((i) => lines.line(i), lines.lineCount, false)) {
    if (b.ended === 'eof') continue;
    for (let i = b.open; i <= b.end; i++) {
      const t = lines.line(i);
      const quote = QUOTE_MARKERS.exec(t)?.[0].length ?? 0;
      if (t.length > quote) spans.push({ line: i, from: quote, to: t.length });
    }
  }
  if (!spans.length) return null;
  const view = { lines, spans };
  const out: string[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    out.push(withoutCode(view, i, lines.line(i)));
    if (i + 1 < lines.lineCount) out.push(lines.eol(i));
  }
  return { lines: new LineIndex(out.join('')), spans };
}

/**
 * Whether `[start, end)` (UTF-16 offsets of `lines`) cuts into code of `view`: overlaps a span, or, being an
 * insertion (`start === end`), falls inside one (at its ends it is beside it). For fixes: an edit there would write
 * the view's blanks, or words among code, into the author's code.
 */
export function touchesCode(lines: LineIndex, view: CodeView, start: number, end: number): boolean {
  for (const s of view.spans) {
    const a = lines.starts[s.line] + s.from, b = lines.starts[s.line] + s.to;
    if (start === end ? a < start && start < b : start < b && a < end) return true;
  }
  return false;
}

/**
 * Line `t` (0-based line `line` of the text `view` was made from) with its code as spaces, as `view.lines` has it
 * where nothing else changed the line: `t` itself when it holds no code.
 */
export function withoutCode(view: CodeView, line: number, t: string): string {
  let lo = 0, hi = view.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.spans[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < view.spans.length && view.spans[k].line === line; k++) {
    const s = view.spans[k];
    t = t.slice(0, s.from) + ' '.repeat(s.to - s.from) + t.slice(s.to);
  }
  return t;
}
