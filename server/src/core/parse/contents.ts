import type { LineIndex } from '../text/lines.js';
import { charFinder, linesWithIn, type Finder } from '../text/search.js';

/** A `目录` (or `目次`) line: the heading of a table of contents, maybe a Markdown heading, bold, with spaces or a colon. */
const CONTENTS_HEADING = /^[ \t\u3000]*(?:#{1,6}[ \t\u3000]*)?(?:\*\*)?[ \t\u3000]*目[ \t\u3000]*[录次][ \t\u3000]*[:：]?[ \t\u3000]*(?:\*\*)?[ \t\u3000]*\r?$/;
/** The word of a `目录` line (spaces may stand inside it): the lines to read for `CONTENTS_HEADING`. */
const CONTENTS_WORD = charFinder('目', (text, at) => {
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09 || text.charCodeAt(at) === 0x3000)) at++;
  return text.charCodeAt(at) === 0x5f55 /* 录 */ || text.charCodeAt(at) === 0x6b21; /* 次 */
});
/** A line no entry of a table of contents is: a sentence (its end punctuation), a table row. */
const NOT_ENTRY = /[。；;|｜]|<t[dr]\b/i;
/** How many lines a table of contents may run over, and how many lines after it its first entry's own line is looked for. */
const MAX_DISTANCE = 300;
/** A leading number: `1.`, `1、`, `一、`, `（一）`, `(1)`, `第一部分`, `第二章`. */
const NUMBER = /^(?:[（(]?[0-9０-９]{1,3}[)）.．、]|[（(]?[一二三四五六七八九十]{1,3}[)）.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:章|节|篇|部分))\s*/;
/** A trailing page number with its leaders (`……3`, `.... 12`, `  第5页`), or leaders alone. */
const PAGE = /[\s.．·…‥⋯_\-—－]*(?:第\s*)?[0-9０-９]{1,4}\s*页?\s*$/;
/** Leaders left at the end of an entry (with no page number after them). */
const LEADERS = /[\s.．·…‥⋯_\-—－]+$/;

/** A table of contents: 0-based lines, from its `目录` line (`start`) to the line after its last entry (`end`, exclusive). */
export interface ContentsSpan {
  start: number;
  end: number;
}

/**
 * The tables of contents of a text (a compiled 汇编's `目录` listing its reports' titles, a long report's listing its
 * own sections), in line order. A table of contents is a `目录` line followed by at least two entries (over at most
 * 300 lines), each a short line that is no sentence (blank lines between them allowed), alike in form: numbered when the first one is, with a
 * page number when the first one has one. It ends at the first line that is no such entry, or that repeats the first
 * entry (where the listed text starts), and the first entry must be repeated there or within 300 lines after: a
 * `目录` line followed by anything else is no table of contents. An entry and the line it names are compared without
 * Markdown (`#`, `**`, list markers, links), numbering (`1.`, `一、`, `（一）`) and page numbers with their leaders
 * (`……3`), so that `1.某某镇2020年政府信息公开工作年度报告……1` is repeated by `## 某某镇2020年政府信息公开工作年度报告`.
 * Its lines are neither a title nor headings of the text.
 */
export function tablesOfContents(lines: LineIndex, linesFound: (what: Finder) => readonly number[] = (what) => linesWithIn(lines, what)): ContentsSpan[] {
  const out: ContentsSpan[] = [];
  // Only the lines with 目录 or 目次 are read (found by one search of the text, not a pattern tried at every line
  // start: on a long draft that was about 2 ms a keystroke); a line inside a table of contents found is skipped.
  let next = 0;
  for (const line of linesFound(CONTENTS_WORD)) {
    if (line < next || !CONTENTS_HEADING.test(lines.line(line))) continue;
    const span = contentsFrom(lines, line);
    if (!span) continue;
    out.push(span);
    next = span.end;
  }
  return out;
}

/** The table of contents whose `目录` line is `start`, or null when the lines after it are none (see `tablesOfContents`). */
function contentsFrom(lines: LineIndex, start: number): ContentsSpan | null {
  const n = lines.lineCount;
  let first: Entry | null = null;
  let entries = 0;
  let end = n;
  for (let i = start + 1; i < n; i++) {
    if (i > start + MAX_DISTANCE) return null;
    const raw = lines.line(i).trim();
    if (!raw) continue;
    const e = entryOf(raw);
    const entry = !NOT_ENTRY.test(raw) && raw.length <= 100 && /[\u4e00-\u9fff]/.test(e.key);
    if (!entry || (first && (e.key === first.key || (first.numbered && !e.numbered) || (first.paged && !e.paged)))) {
      end = i;
      break;
    }
    first ??= e;
    entries++;
  }
  if (!first || entries < 2) return null;
  for (let i = end; i < n && i < end + MAX_DISTANCE; i++) {
    const raw = lines.line(i).trim();
    if (raw && raw.length <= 100 && entryOf(raw).key === first.key) return { start, end };
  }
  return null;
}

/** An entry of a table of contents, or a title or heading it may name: its `key` (see `entryOf`) and its form. */
interface Entry {
  key: string;
  numbered: boolean;
  paged: boolean;
}

/**
 * A line as an entry of a table of contents: its key, compared with the lines it may name, is the line without
 * Markdown, a leading number, a trailing page number and its leaders, and spaces.
 */
function entryOf(line: string): Entry {
  // Markdown around it: a link (its text kept), a heading's `#`, bold, a list marker.
  let t = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^#{1,6}\s*/, '').replace(/\*\*/g, '').replace(/^[-*+]\s+/, '');
  const numbered = NUMBER.test(t);
  t = t.replace(NUMBER, '');
  const paged = PAGE.test(t) && /[\u4e00-\u9fff）)]/.test(t.replace(PAGE, '').slice(-1));
  if (paged) t = t.replace(PAGE, '');
  return { key: t.replace(LEADERS, '').replace(/[\s\u3000]+/g, ''), numbered, paged };
}
