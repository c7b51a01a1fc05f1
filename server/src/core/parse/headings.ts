import type { Heading } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { chineseNumeral, firstNonSpace, INVISIBLE, isSpace } from '../text/normalize.js';
import { QUOTE_MARKERS } from '../text/blocks.js';
import { hasHtmlCell, readHtmlLine } from './html.js';

/**
 * Heading recognition, one line at a time. Recognised forms (full- and half-width):
 * - level 1: `一、标题` … `十二、标题` (also after Markdown `#` marks), and `第一部分 标题` (reports before 2019);
 * - level 2: `（一）标题` / `(一)标题`;
 * - level 3: `1.标题` / `1、标题` / `1．标题`;
 * - Markdown `#` headings without an ordinal (level = number of `#`, from 1).
 * An ordinal heading may also be written wholly bold, as Word→Markdown converters (pandoc) write a heading
 * paragraph: `**一、总体情况**`, `__（一）主动公开__`, `## **一、总体情况**` (or a run-in heading, `**（一）强化领导。**一是…`:
 * the bold part is the heading); its title is the text inside the
 * markers (the ranges point at it, the markers stay out of them). Also bold italic (`***…***`), a bold ordinal
 * before a plain title (`**四、**政府信息公开…`, read as the line without the markers), and an HTML heading
 * (`<h2>四、…</h2>`, read as a `#` heading of its level), or an ordinal heading in an HTML paragraph as government
 * sites write one (`<p style="…"><strong>一、总体情况</strong></p>`, see `htmlParagraphText`; also pretty-printed over
 * three lines, the heading on the middle one: `paragraphMiddleText`, the one reading that looks at the lines around
 * the line). The `#` marks of an ordinal heading may lack
 * the space Markdown asks for (`##六、其他需要报告的事项`); without an ordinal they need it (`#政务公开#` is no
 * heading). Decoration is no part of a heading: a symbol before the ordinal after `#` (`## ★一、…`, `JUNK_SYMBOLS`), and
 * brackets or quotes around the whole heading, after `#` or on a line of its own (`## 【一、总体情况】`,
 * `【五、存在的主要问题及改进情况】`, `## “二、…”`, `WRAPS`; `【一、总体情况】` also before its paragraph's text).
 * A heading may carry its first sentence on the same line (`（一）强化领导。一是…`): the title stops at the
 * first `。`. Lines inside pipe tables (starting with `|`) are never headings, but for a level-1 heading that is the
 * only cell of a one-cell table (`| 一、总体情况 |`, with `|---|` or not, or in a pandoc grid table: `oneCellText`; or
 * an HTML table's, `<table><tr><td>一、总体情况</td></tr></table>`: `htmlOneCellText`), as Word reports write a heading
 * in a shaded one-cell table; the model keeps it only when its title is a section's.
 */
const CN = '[一二三四五六七八九十]{1,3}';
/**
 * A level-1 ordinal heading's text: the numeral and what follows the ordinal (`三、收到…`). The separator the format
 * writes is `、`; one written with another (`三.`, `三．`, `三，`, `三：`, `三:`) is read as the same heading, and
 * section-order asks for `、`.
 */
export const LEVEL1 = new RegExp(`^(${CN})\\s*[、,，．.:：]\\s*(.*)$`);
/**
 * A level-1 heading numbered as a part (`第一部分 概述`, `第二部分：主动公开政府信息情况`), as many reports before 2019
 * were: the numeral and the title after the separator (a space, `、`, `：`).
 */
const LEVEL1_PART = new RegExp(`^第(${CN})部分(?:\\s*[、,，．.:：]\\s*|\\s+)(\\S.*)$`);
const LEVEL2 = new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*(.*)$`);
const LEVEL3 = /^(\d{1,2})\s*[.、．]\s*(?!\d)(.*)$/;
/**
 * A level-1 ordinal written in the financial capital numerals (`叁、收到和处理政府信息公开申请情况`, `壹、总体情况`): read
 * as a heading of style `capital`, its value the numeral's; it is a section only where its title is that section's
 * (model/build.ts `restyledSectionIndex`), and section-order then asks for `三、`.
 */
const CAPITAL_LEVEL1 = /^([壹贰貳叁參叄肆伍陆陸柒捌玖拾]{1,3})\s*[、,，．.]\s*(\S.*)$/;
/** The ordinary numeral of each capital one (`叁` → `三`), traditional forms too. */
const CAPITAL_DIGITS: Record<string, string> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 叄: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十',
};
/** The value of a capital numeral (`叁` 3, `拾贰` 12), NaN when not well formed. */
export function capitalNumeral(s: string): number {
  return chineseNumeral([...s].map((ch) => CAPITAL_DIGITS[ch] ?? ch).join(''));
}
/**
 * `三)强化…` (lost its opening parenthesis), `)进一步…` (lost `(三`) and `（三强化…` (lost its closing parenthesis):
 * see `ordinal-malformed`.
 */
const MALFORMED = new RegExp(`^(?:(${CN})[)）]|[)）]|[（(](${CN})(?=[\\u4e00-\\u9fff])(?![一二三四五六七八九十]))\\s*(\\S.*)$`);
/** The markup before a malformed ordinal: `#` marks (with or without a space) and a bold marker (`**三）强化…。**`). */
const MALFORMED_MARKUP = /^(?:#{1,6}\s*)?(\*{2,3}|_{2,3})?\s*/;
const HASH = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/**
 * Brackets or quotes put around a whole heading as decoration (`## 【一、总体情况】`, `【五、存在的主要问题及改进情况】` on a
 * line of its own, `## “二、主动公开政府信息情况”`): each opening mark and the closing one that ends the heading.
 */
const WRAPS: Record<string, string> = { '【': '】', '〖': '〗', '「': '」', '『': '』', '“': '”', '"': '"' };
/**
 * Invisible characters (`INVISIBLE`: U+200B, U+200C, U+200D, U+2060, U+00AD, U+200E …) at the start of a heading's text,
 * as pasted from web pages before the ordinal (`\u200b五、存在的主要问题及改进情况`, `## \u200b一、总体情况`), and the
 * white space after them. (U+FEFF counts as white space: `isSpace`.)
 */
const LEADING_INVISIBLE = new RegExp(`^(?:${INVISIBLE.source})+\\s*`);
/** The words of a web page's print/close/bookmark controls (`打印`, `关闭窗口`), as a regex source. */
export const PAGE_CONTROL_WORD = String.raw`(?:打印本页|打印|关闭窗口|关闭|收藏|纠错|我要纠错|返回顶部|保存|分享)`;
/** A web page's print/close/bookmark control (`打印`, `【关闭窗口】`): read past before a heading here, said by page-leftover. */
export const PAGE_CONTROL = String.raw`(?:[【[〖]\s*)?${PAGE_CONTROL_WORD}(?:\s*[】\]〗])?`;
/**
 * Page controls opening a line before a section's ordinal (`打印丨关闭丨一、…`, `【打印】 【关闭】 一、…`, `打印丨一、…`):
 * two or more apart by white space or separators, or one before a separator (not a table's `|`).
 */
const LEADING_PAGE_CONTROLS = new RegExp(String.raw`^(?:${PAGE_CONTROL}(?:\s*(?:[丨｜|│·•]\s*)?${PAGE_CONTROL})+(?:\s*[丨｜│·•]\s*|\s+)|${PAGE_CONTROL}\s*[丨│·•]\s*)`);
/** The length of the page controls (`LEADING_PAGE_CONTROLS`) that open an HTML heading's or paragraph's text, or 0. */
const pageControlsLength = (body: string): number => LEADING_PAGE_CONTROLS.exec(body.slice(0, 40))?.[0].length ?? 0;
/**
 * Symbols put before a heading's ordinal as decoration (emoji, bullets, shapes, arrows, the reference mark: `😀`, `■`, `★`,
 * `→`, `※`), with white space after them. Not an ASCII or full-width sign (`|`, `+`, `<`, `｜`) nor a box-drawing bar
 * (`│`): a table's or markup's.
 */
const JUNK_SYMBOLS = /^(?:(?![\x00-\x7f\u2500-\u257f\uff00-\uffef])[\p{Extended_Pictographic}\p{So}\p{Sm}\u2022\u00b7\u203b\ufe0f\u200d]\s*)+/u;
/** What a level-1 section heading's text starts with on a plain line: a Chinese numeral and `、`. */
const PLAIN_LEVEL1_START = /^[一二三四五六七八九十]{1,3}\s*、/;
/** What may follow decoration before a heading's ordinal after `#` marks or in bold: an ordinal or an opening mark (`WRAPS`). */
const ORDINAL_START = /^[一二三四五六七八九十第（(\d【〖「『“"]/;
/**
 * The junk pasted from a web page before a heading's ordinal, in any order and mixed (brk132: `★打印丨关闭丨一、`,
 * `打印丨关闭丨★一、`, `\u200b★一、`): invisible characters (`LEADING_INVISIBLE`), a page's print/close controls
 * (`LEADING_PAGE_CONTROLS`) and symbols (`JUNK_SYMBOLS`); its length in `s` (0 when none), `controls` the length of the
 * page controls that open it (0 when it does not open with them). The caller checks what follows.
 */
function leadingJunk(s: string): { length: number; controls: number; visible: boolean } {
  let i = 0, controls = 0, visible = false;
  for (;;) {
    const rest = s.slice(i, i + 48);
    const inv = LEADING_INVISIBLE.exec(rest);
    const ctl = inv ? null : LEADING_PAGE_CONTROLS.exec(rest);
    const sym = inv || ctl ? null : JUNK_SYMBOLS.exec(rest);
    const m = inv ?? ctl ?? sym;
    if (!m || !m[0]) break;
    if (ctl && i === 0) controls = m[0].length;
    if (!inv) visible = true;
    i += m[0].length;
  }
  return { length: i, controls, visible };
}

/**
 * Where the text inside decoration brackets or quotes around the whole of `body` starts and ends (`WRAPS`: the opening
 * mark first, its closing mark last and nowhere between), when that text is an ordinal heading's (it starts with an
 * ordinal's first character, or a bold marker); else null. The white space inside the marks is no part of the text.
 * Black lenticular brackets (`【】`, `〖〗`) may also close before the paragraph's text (`【一、总体情况】2024年，…`, a
 * run-in heading, as `**一、总体情况**2024年，…` is): then `runIn`. Quotes may not: a quotation opens many a sentence.
 */
function wrappedText(body: string): { start: number; end: number; runIn: boolean } | null {
  const close = WRAPS[body.charAt(0)];
  if (!close || body.length < 4) return null;
  let end = body.indexOf(close, 1);
  if (end < 0) return null;
  const runIn = end < body.length - 1;
  if (runIn && !(close === '】' || close === '〗')) return null;
  let start = 1;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return end > start && /^[一二三四五六七八九十第（(\d*_]/.test(body.charAt(start)) ? { start, end, runIn } : null;
}
/** `#` marks without the space after them (`##六、…`): a heading only with an ordinal after them. */
const HASH_TIGHT = /^(#{1,6})([^#\s].*?)\s*#*\s*$/;
/** A wholly bold text (`**…**`, `__…__`): the inside, without its marker and the spaces next to it. */
const BOLD = /^(\*{2,3}|_{2,3})\s*(.*?)\s*\1$/;
/** A bold lead-in followed by the paragraph's text (`**（一）强化领导。**一是…`, as pandoc writes a run-in heading). */
const BOLD_LEAD = /^(\*{2,3}|_{2,3})\s*(.*?)\s*\1(?=\s*\S)/;
/** An HTML heading (`<h2>四、…</h2>`, as some web pages are pasted): its level and the text inside. */
const HTML_HEADING = /^<h([1-6])(?:\s[^>]*)?>\s*(.*?)\s*<\/h\1>$/i;
/** An HTML paragraph on a line of its own (`<p style="text-indent:2em">…</p>`): what is inside it. */
const HTML_PARAGRAPH = /^<p(?:\s[^>]*)?>(.*)<\/p>$/is;
/**
 * Inline markup around a paragraph's text: a tag of emphasis or font, Word's empty `<o:p></o:p>`, white space, a
 * white-space entity.
 */
const INLINE_MARKUP = /^(?:<\/?(?:strong|b|span|font|em|i|u|o:p)(?:\s[^>]*)?>|\s+|&(?:nbsp|ensp|emsp|#160|#12288|#x3000);)/i;
/** Bold tags, after which the paragraph's text may go on (a run-in heading). */
const HTML_BOLD_CLOSE = /^<\/(?:strong|b)\s*>/i;

/**
 * The text of an HTML paragraph written as a section heading is written on government sites
 * (`<p style="text-indent:2em"><strong>一、总体情况</strong></p>`, `<p><span><b>（一）主动公开</b></span></p>`,
 * `<p>一、总体情况</p>`): its one run of text inside inline tags (`INLINE_MARKUP`), as offsets `[start, end)` into
 * `body`, and whether more text follows it after a closing bold tag (`<p><strong>（一）强化领导。</strong>一是…</p>`,
 * a run-in heading). Null for any other line (text in two runs, a paragraph holding block tags).
 */
function htmlParagraphText(body: string): { start: number; end: number; runIn: boolean } | null {
  const m = HTML_PARAGRAPH.exec(body);
  if (!m || /<\/?p[\s>]/i.test(m[1])) return null;
  let start = body.indexOf('>') + 1;
  for (let k; (k = INLINE_MARKUP.exec(body.slice(start, start + 200))); ) start += k[0].length;
  let end = body.indexOf('<', start);
  const close = body.length - 4; // where `</p>` starts
  if (end < 0 || end > close) end = close;
  // White-space entities and spaces at the end of the run are no part of its text.
  const run = body.slice(start, end).replace(/(?:\s|&(?:nbsp|ensp|emsp|#160|#12288|#x3000);)+$/i, '');
  if (!run || run.includes('&') && /&[a-z#][a-z0-9]*;/i.test(run)) return null;
  let rest = end;
  let bold = false;
  for (let k; rest < close && (k = INLINE_MARKUP.exec(body.slice(rest, close))); rest += k[0].length) if (HTML_BOLD_CLOSE.test(k[0])) bold = true;
  if (rest < close && !bold) return null;
  return { start, end: start + run.length, runIn: rest < close };
}

/** A line that only opens an HTML paragraph (`<p style="text-indent:2em">`), and one that only closes it. */
const HTML_PARAGRAPH_OPEN = /^<p(?:\s[^>]*)?>$/i;
const HTML_PARAGRAPH_CLOSE = /^<\/p\s*>$/i;

/**
 * Whether line `lineNo` is the only line inside an HTML paragraph pretty-printed over three lines: the line before it
 * only opens the paragraph (`<p style="text-indent:2em">`) and the line after it only closes it (`</p>`).
 */
function isParagraphMiddleLine(lines: LineIndex, lineNo: number): boolean {
  return lineNo > 0 && lineNo + 1 < lines.lineCount &&
    HTML_PARAGRAPH_OPEN.test(lines.line(lineNo - 1).trim()) && HTML_PARAGRAPH_CLOSE.test(lines.line(lineNo + 1).trim());
}

/**
 * `htmlParagraphText` of the middle line of a paragraph pretty-printed over three lines (`isParagraphMiddleLine`),
 * `body` being that line trimmed (`<strong>一、总体情况</strong>`, `<b><span>一、总体情况</span></b>`): its run of
 * text as offsets into `body`. Null unless the line is such a middle line and wholly one run of text in inline tags:
 * a run-in lead followed by text (`<strong>（一）强化领导。</strong>一是…`) is no heading here.
 */
function paragraphMiddleText(lines: LineIndex, lineNo: number, body: string): { start: number; end: number; runIn: boolean } | null {
  if (!isParagraphMiddleLine(lines, lineNo)) return null;
  const p = htmlParagraphText(`<p>${body}</p>`);
  return p && !p.runIn ? { start: p.start - 3, end: p.end - 3, runIn: false } : null;
}

/** A pipe table's delimiter row, of one cell or more (`|---|`, `| :---: |`, `|---|---|`). */
const DELIMITER_ROW = /^[|｜](?:\s*:?-+:?\s*[|｜])+$/;
/** A one-cell grid table's border (`+------+`, `+======+` under a header row, as pandoc writes them). */
const ONE_CELL_BORDER = /^\+[-=:]+\+$/;
/** A pipe row whose cells are all empty (`|  |`, `| | |`): an empty row of a Word table, carrying nothing. */
const EMPTY_ROW = /^[|｜](?:[\s\u3000]*[|｜])+$/;
/**
 * How far from a heading's row `oneCellText` looks (the rows of its table and the line past them): the language server
 * reads a line again when one this near it changed (model/build.ts).
 */
export const ONE_CELL_REACH = 4;

/** What a level-1 heading in a cell has somewhere (a Chinese or capital numeral before its 、, or 第…部分): a pre-filter. */
const CELL_HEADING_HINT = /[一二三四五六七八九十壹贰貳叁參叄肆伍陆陸柒捌玖拾]\s*[、,，．.:：]|第[一二三四五六七八九十]{1,3}部分/;

/**
 * The text of the one cell with text of a table that line `lineNo` (`body`, its text trimmed, after any quote markers)
 * is a row of, as Word and pandoc write a section heading in a shaded box: `| 一、总体情况 |` with a delimiter row
 * `|---|` under or above it or none, or between the borders of a pandoc grid table (`+------+`). The other cells of the
 * row may be empty (`| 五、存在的主要问题及改进情况 | |`, a merged row with its delimiter `|---|---|`), and so may other
 * rows of the table (`| 五、… |` / `|---|` / `|  |`): empty cells and rows carry nothing (brk115 #5). In a box of one
 * column the heading may also be the header row over rows of the section's text (`| 五、… |` / `|---|` / `| 政策解读…
 * |`), unless the row under the delimiter reads as another level-1 heading (a list of titles in a table). As offsets
 * `[start, end)` into `body`, without the spaces inside the pipes; null for any other line (a row with two cells of text,
 * a row among rows of text, an empty cell).
 */
function oneCellText(lines: LineIndex, lineNo: number, body: string): { start: number; end: number } | null {
  if (body.length < 3 || !/[^\\][|｜]$/.test(body)) return null;
  // The cells between the row's pipes (the line starts and ends with one): exactly one with text.
  const pipes: number[] = [];
  for (let i = 0; i < body.length; i++) if ((body[i] === '|' || body[i] === '｜') && body[i - 1] !== '\\') pipes.push(i);
  if (pipes[0] !== 0 || pipes[pipes.length - 1] !== body.length - 1) return null;
  const filled = pipes.slice(1).map((p, k) => [pipes[k] + 1, p]).filter(([a, b]) => body.slice(a, b).trim() !== '');
  if (filled.length !== 1) return null;
  const at = (k: number): string | null => (k < 0 || k >= lines.lineCount ? null : lines.line(k).slice(afterQuoteMarkers(lines.line(k))).trim());
  // No table line (a pipe, a grid border) at line `k`.
  const clear = (k: number) => {
    const t = at(k);
    return t === null || !(/[|｜]/.test(t) || /^\+[-=:+]*\+$/.test(t));
  };
  const grid = pipes.length === 2 && ONE_CELL_BORDER.test(at(lineNo - 1) ?? '') && ONE_CELL_BORDER.test(at(lineNo + 1) ?? '') && clear(lineNo - 2) && clear(lineNo + 2);
  // The table's other lines, up to `ONE_CELL_REACH` away on either side: each a delimiter row or an empty row.
  const rest = (step: number): boolean => {
    for (let k = lineNo + step, d = 1; d <= ONE_CELL_REACH; k += step, d++) {
      if (clear(k)) return true;
      const t = at(k) ?? '';
      if (!DELIMITER_ROW.test(t) && !EMPTY_ROW.test(t)) return false;
    }
    return false;
  };
  // A box of one column, the heading its header row over rows of text: the row under the delimiter no level-1 heading.
  const header = () => {
    if (pipes.length !== 2 || !clear(lineNo - 1) || !/^[|｜]\s*:?-+:?\s*[|｜]$/.test(at(lineNo + 1) ?? '')) return false;
    const next = (at(lineNo + 2) ?? '').replace(/^[|｜]\s*(?:\*\*|__)?\s*/, '');
    return !LEVEL1.test(next) && !CAPITAL_LEVEL1.test(next) && !LEVEL1_PART.test(next);
  };
  if (!grid && !(rest(-1) && rest(1)) && !header()) return null;
  let [start, end] = filled[0];
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** A line of HTML markup only (`<table>`, `<tr class="odd">`, `</tbody></table>`): it opens with a tag and ends with one. */
const MARKUP_ONLY = /^<[^>]*>(?:.*>)?$/s;

/**
 * `oneCellText` of an HTML table (brk121 #11): the text of the one cell with text of a `<table>` that line `lineNo`
 * (`body`, trimmed) holds a cell of, as a web page or Word's HTML writes a section heading in a one-cell box:
 * `<table><tr><td>五、存在的主要问题及改进情况</td></tr></table>` on one line, or laid out over lines (`<table>` /
 * `<tr>` / `<td>五、…</td>` / `</tr>` / `</table>`, its opening and closing tag within `ONE_CELL_REACH` lines). Every
 * other line from `<table>` to `</table>` is markup without a cell of text; other cells of the row may be empty. The
 * cell's text must be a plain run (no entity, no tag inside its text) so that its offsets are the line's. As offsets
 * `[start, end)` into `body`; null for any other line.
 */
function htmlOneCellText(lines: LineIndex, lineNo: number, body: string): { start: number; end: number } | null {
  if (!MARKUP_ONLY.test(body)) return null;
  const filled = readHtmlLine(body).cells.filter((x) => x.text);
  if (filled.length !== 1) return null;
  const { start, end, text } = filled[0];
  if (body.slice(start, end) !== text) return null;
  // From the line up to its table's opening tag, and down to its closing tag: markup lines with no text in a cell.
  const bound = (step: number, tag: RegExp, own: string): boolean => {
    if (tag.test(own)) return true;
    for (let k = lineNo + step, d = 1; d <= ONE_CELL_REACH && k >= 0 && k < lines.lineCount; k += step, d++) {
      const t = lines.line(k).trim();
      if (!MARKUP_ONLY.test(t) || readHtmlLine(t).cells.some((x) => x.text)) return false;
      if (tag.test(t)) return true;
    }
    return false;
  };
  return bound(-1, /<table[\s>]/i, body.slice(0, start)) && bound(1, /<\/table\s*>/i, body.slice(end)) ? { start, end } : null;
}

/** A heading candidate that lost part of its ordinal (`三)…`, `)…`, `（三…`). */
export interface MalformedOrdinal {
  line: number;
  /** The ordinal as written (`三)`, `)`, `（三`). */
  written: string;
  /** 0-based character range of the written ordinal (inside any bold markers around the heading). */
  from: number;
  to: number;
  /** The text after the ordinal: to the end of the line, or to the closing marker of a bold heading. */
  title: string;
  /** Which part the ordinal lost: `open` (`三)`), `numeral` (`)`), `close` (`（三`). */
  lost: 'open' | 'numeral' | 'close';
}

/** Maximum title length of a heading without a sentence end; longer lines are paragraphs. */
const MAX_TITLE = 48;
/** Maximum length of a sub-heading's lead phrase, the title of one that runs on into its paragraph. */
const LEAD_TITLE = 30;

/**
 * Where a line's text starts: after its indentation and, in a blockquote, its `>` markers and the spaces after them
 * (`> 一、总体情况` shows as a quoted paragraph `一、总体情况`, a heading as much as the line unquoted is: brk94 #2, a
 * report pasted whole into a quote had all six sections missing). A UTF-16 index into `line`.
 */
export function afterQuoteMarkers(line: string): number {
  let i = firstNonSpace(line);
  if (line.charCodeAt(i) !== 0x3e /* > */) return i;
  i = QUOTE_MARKERS.exec(line)?.[0].length ?? i;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads one line as a heading, or returns null.
 * @param lineNo 0-based line number, used for ranges.
 */
export function readHeading(lines: LineIndex, lineNo: number): Heading | null {
  const full = lines.line(lineNo);
  // Every form starts with `#`, `*`/`_` (bold), `<` (an HTML heading), an ordinal digit or numeral, or a parenthesis:
  // other lines need no matching.
  let lead = afterQuoteMarkers(full);
  // Invisible characters before the heading's text (`\u200b五、…`, brk127 #1) are no part of it: the heading is read
  // after them, and `stray` says where they are (section-title asks to delete them).
  // A web page's print/close bar before the heading on its line (`打印丨关闭丨一、总体情况`, copied from the page): the
  // heading is read after it (brk130 #6: section-missing offered to insert a second heading); page-leftover says the
  // controls that open the line, its fix deleting them: they are no stray part of the heading, so that one fix deletes
  // them. A symbol there (`★一、总体情况`, as pasted web reports write a heading on a plain line; after the controls,
  // `打印丨关闭丨★一、…`; before them, `★打印丨关闭丨一、…`) is decoration as after `#` marks (brk132 #2, #5): read
  // after it when a section's ordinal (`一、`) follows, and a stray part that section-title deletes.
  let invisible = 0;
  let strayFrom = lead;
  const junk = leadingJunk(full.slice(lead, lead + 80));
  if (junk.length && (!junk.visible || PLAIN_LEVEL1_START.test(full.slice(lead + junk.length)))) {
    strayFrom = lead + junk.controls;
    invisible = junk.length - junk.controls;
    lead += junk.length;
  }
  let c = full.charCodeAt(lead);
  const starts = (c: number, ch: string) => c === 0x23 || c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39) || isNumeralChar(c) || c === 0x2a || c === 0x5f || c === 0x3c || c === DI || WRAPS[ch] !== undefined || CAPITAL_DIGITS[ch] !== undefined;
  // (`|`: the only cell of a one-cell table, `oneCellText`.)
  const piped = c === 0x7c || c === 0xff5c;
  if (!piped && !starts(c, full.charAt(lead))) return null;
  let body = full.slice(lead).trim();
  if (!body) return null;
  // The body is `full.slice(bodyStart, bodyStart + body.length)` throughout: the ranges are computed from it.
  let bodyStart = lead;
  // The same in an HTML table's one cell (`<table><tr><td>五、…</td></tr></table>`, brk121 #11).
  const htmlCell = c === 0x3c && hasHtmlCell(body) && CELL_HEADING_HINT.test(body) ? htmlOneCellText(lines, lineNo, body) : null;
  if (piped || htmlCell) {
    // `| 一、总体情况 |` (with `|---|` beside it, or between the borders of a pandoc grid table): a section heading
    // written in a one-cell table, as Word reports put headings in shaded one-cell tables (brk113 #1). Its cell's text
    // is read as the line; only a level-1 heading is kept from it (below). Any other pipe line is no heading.
    // (Most pipe lines are table rows without a level-1 ordinal: they are passed over without reading their cells.)
    // (An HTML cell passed the same test above.)
    if (!htmlCell && !CELL_HEADING_HINT.test(body)) return null;
    const cell = htmlCell ?? oneCellText(lines, lineNo, body);
    if (!cell) return null;
    bodyStart = lead + cell.start;
    body = body.slice(cell.start, cell.end);
    c = body.charCodeAt(0);
    if (!starts(c, body.charAt(0))) return null;
    // (The heading's range is the cell's text, as if it were the line: the pipes are the table's.)
    const h = readHeadingText(lines, lineNo, full.slice(0, lead + cell.end), bodyStart, body, bodyStart, c, true);
    return h && h.level === 1 && (h.ordinalStyle === 'cn' || h.ordinalStyle === 'capital') ? h : null;
  }
  const h = readHeadingText(lines, lineNo, full, lead, body, bodyStart, c, false);
  if (h && invisible && !h.stray) h.stray = lines.range(lineNo, strayFrom, strayFrom + invisible);
  return h;
}

/**
 * `readHeading` of line `lineNo` from `body`, its text to read, which starts at `bodyStart` of the line: the line's text
 * after `lead` (its indentation and quote markers), or with `inCell` the text of a one-cell table's cell, `full` then
 * the line up to the cell's end and `lead` where the cell's text starts; `c` its first character.
 */
function readHeadingText(lines: LineIndex, lineNo: number, full: string, lead: number, body: string, bodyStart: number, c: number, inCell: boolean): Heading | null {
  let hashLevel = 0;
  if (c === 0x23) {
    // Marks without a space after them (`##六、…`) leave `hashLevel` 0: only an ordinal heading is read after them.
    let h = HASH.exec(body);
    if (h) hashLevel = h[1].length;
    else h = HASH_TIGHT.exec(body);
    if (h) {
      // The text after the marks starts where the marks and the spaces after them end.
      bodyStart += h[1].length;
      while (bodyStart < full.length && isSpace(full.charCodeAt(bodyStart))) bodyStart++;
      body = h[2];
    }
  }
  let runIn = false;
  if (c === 0x3c) {
    // `<h2>四、…</h2>`: read as a `#` heading of that level.
    const h = HTML_HEADING.exec(body);
    if (h) {
      if (!h[2]) return null;
      hashLevel = Number(h[1]);
      bodyStart += body.indexOf('>') + 1;
      while (bodyStart < full.length && isSpace(full.charCodeAt(bodyStart))) bodyStart++;
      body = h[2];
      // A web page's print/close bar copied into the heading (`<h2>打印丨关闭丨一、总体情况</h2>`, brk132 #3): read
      // after it, as on a plain line (`readHeading`); page-leftover says the controls, its fix deleting them alone.
      const pc = pageControlsLength(body);
      bodyStart += pc;
      body = body.slice(pc);
    } else {
      // `<p style="text-indent:2em"><strong>一、总体情况</strong></p>`: read as the text inside (an ordinal heading
      // only, as a plain line is: a paragraph of other text stays one).
      // Pretty-printed over three lines (`<p style="…">` / `<strong>一、总体情况</strong>` / `</p>`, as Prettier and HTML
      // beautifiers write a long one): the middle line is read as the paragraph's body, when it is wholly the run of
      // text in its inline tags (a run-in lead followed by text is not read so).
      const p = htmlParagraphText(body) ?? (inCell ? null : paragraphMiddleText(lines, lineNo, body));
      if (!p) return null;
      bodyStart += p.start;
      body = body.slice(p.start, p.end);
      runIn = p.runIn;
      // (Page controls before the ordinal, `<p>打印丨关闭丨一、总体情况</p>`: as in an HTML heading above.)
      const pc = pageControlsLength(body);
      bodyStart += pc;
      body = body.slice(pc);
      const o = body.charCodeAt(0);
      if (!(o === 0x28 || o === 0xff08 || (o >= 0x30 && o <= 0x39) || isNumeralChar(o) || o === DI)) return null;
    }
  }
  const hashBody = body, hashBodyStart = bodyStart;
  // Invisible characters after the `#` marks or inside an HTML heading (`## \u200b一、总体情况`, brk127 #1): read after
  // them, as at the start of the line (`readHeading`).
  let stray: { from: number; to: number } | null = null;
  // A zero-width no-break space (U+FEFF, a BOM pasted mid-text) after the `#` marks is white space to `HASH`, but no
  // part of the heading either (brk132 #7): the stray part runs from it to the text.
  if (hashLevel || c === 0x23) {
    const feff = full.lastIndexOf('\ufeff', bodyStart - 1);
    if (feff >= lead && feff < bodyStart && !full.slice(feff, bodyStart).trim().length) {
      let from = feff;
      while (from > lead && full.charCodeAt(from - 1) === 0xfeff) from--;
      stray = { from, to: bodyStart };
    }
  }
  // Junk after the `#` marks or inside an HTML heading: invisible characters, page controls, symbols
  // (`## \u200b一、…`, `## 打印丨关闭丨一、…`, `## ★打印丨关闭丨一、…`: `leadingJunk`). `## 😀五、…`, `## ■五、…`: a
  // symbol put before a Markdown heading's ordinal is decoration; the ordinal after it is read, so the section is found
  // where it is (brk87 #6, brk132 #1: it was section-missing, and the fix inserted a second heading above this one).
  // Symbols and controls only before an ordinal; invisible characters before any text.
  const junk = leadingJunk(body);
  if (junk.length && (!junk.visible || (hashLevel || c === 0x23) && ORDINAL_START.test(body.slice(junk.length)))) {
    // (Said by section-title of a section's heading, its fix deleting the junk: brk126 #2.)
    stray = { from: stray?.from ?? bodyStart, to: bodyStart + junk.length };
    bodyStart += junk.length;
    body = body.slice(junk.length);
  }
  // `## 【一、总体情况】`, `【五、存在的主要问题及改进情况】`, `## “二、…”`: brackets or quotes around a whole heading are
  // decoration too (brk88 #3: the section was section-missing, and its fix inserted a second, empty heading); the
  // heading inside them is read, its title without the closing mark. On a line of its own as well: the marks close
  // around the whole line, which no list item does. Inside bold markers (`**【一、…】**`) or around them (`【**一、…**】`).
  let unwrapped = false;
  const unwrap = () => {
    const w = wrappedText(body);
    if (!w) return;
    bodyStart += w.start;
    body = body.slice(w.start, w.end);
    unwrapped = true;
    if (w.runIn) runIn = true;
  };
  unwrap();
  const b = body.charCodeAt(0);
  if (b === 0x2a || b === 0x5f) {
    // A wholly bold text (`**一、总体情况**`): the text inside is read, as an ordinal heading only.
    const m = BOLD.exec(body) ?? BOLD_LEAD.exec(body);
    if (m && m[2] && !m[2].includes(m[1])) {
      bodyStart += m[1].length;
      while (isSpace(full.charCodeAt(bodyStart))) bodyStart++;
      // A run-in heading's title is its bold part; the text after it is the paragraph's.
      const lead = m[0].length < body.length;
      // (Not inside decoration marks: `【**一、**总体情况】`.)
      if (unwrapped && lead) return null;
      runIn ||= lead;
      body = m[2];
      // A symbol before the ordinal inside a wholly bold line (`**★一、总体情况**`) is decoration as after `#` marks: the
      // bold markers close around the whole line, which no list item does (brk130 #5: a section-missing error without
      // a fix, while `## ★一、…` was read).
      // Page controls too (`**打印丨关闭丨一、总体情况**`, brk132 #1), and before a bold ordinal alone
      // (`**★一、**总体情况`, brk132 #5).
      {
        const junk = leadingJunk(body);
        const after = body.slice(junk.length);
        if (junk.length && (!lead ? ORDINAL_START.test(after) : /^[一二三四五六七八九十]{1,3}\s*、$/.test(after))) {
          stray = { from: stray?.from ?? bodyStart, to: bodyStart + junk.length };
          bodyStart += junk.length;
          body = after;
        }
      }
      // Marks inside the bold ones (`**【一、总体情况】**`).
      if (!unwrapped && !lead) unwrap();
    } else if (!hashLevel) return null;
  }
  // A plain line in marks is read as an ordinal heading only (`【工作要点】` stays a line of text).
  if (unwrapped && !hashLevel && !/^[一二三四五六七八九十第（(\d]/.test(body)) return null;
  const mk = (level: number, ordinal: string, ordinalValue: number, style: Heading['ordinalStyle'], rest: string): Heading | null => {
    let t = rest.trim();
    // A cell that is a bold lead-in run on into text (`| **一、总体情况**2024年… |`) is no heading's (a bold ordinal
    // before the title, `| **一、**总体情况 |`, is).
    if (inCell && runIn && t) return null;
    // Where the title starts in the line.
    let ts: number;
    if (runIn && !t) {
      // (In an HTML paragraph, the title after a bold ordinal is not read: `<p><b>四、</b>政府信息公开…</p>`.)
      if (c === 0x3c) return null;
      // `**四、**政府信息公开…`: the bold part is only the ordinal; the title is the text after it, read as if the
      // line had no markers (a line of text after a bold ordinal stays text).
      const after = full.slice(bodyStart + body.length).replace(/^\s*(\*{2,3}|_{2,3})/, '');
      t = after.trim();
      if (!t || t.length > MAX_TITLE || /[。，,；;：:]/.test(t.slice(0, -1))) return null;
      ts = full.length - after.trimStart().length;
    } else {
      const stop = t.search(/[。！？]/);
      if (stop >= 0 && stop < t.length - 1) t = t.slice(0, stop + 1);
      if (!hashLevel && t.length > MAX_TITLE) {
        // A sub-heading that runs on into its paragraph (`（一）进一步完善制度,落实责任…`): its lead phrase is the title.
        // One glued to its paragraph with no punctuation between (`（二）进一步规范依申请公开政府信息程序我县依申请…`, as a
        // web page's copy joins them) is a sub-heading as much (brk136 #6: seed 004 listed （一） and （三） of four such
        // lines, whose first comma happened to come early): its title is its first LEAD_TITLE characters.
        if (level === 1) return null;
        const cut = t.search(/[。，,；;：:]/);
        if (cut >= 0 && cut < 4) return null;
        t = t.slice(0, cut >= 0 && cut <= LEAD_TITLE ? cut : LEAD_TITLE);
      }
      ts = bodyStart + body.length - rest.trimStart().length;
    }
    return {
      ...(stray ? { stray: lines.range(lineNo, stray.from, stray.to) } : {}),
      level, ordinal: ordinal.trim(), ordinalValue, ordinalStyle: style, title: t, line: lineNo,
      range: lines.range(lineNo, lead, full.trimEnd().length),
      titleRange: lines.range(lineNo, ts, ts + t.length),
      ordinalRange: lines.range(lineNo, bodyStart, bodyStart + ordinal.trim().length),
      canonical: -1,
    };
  };
  // Each form is tried only on a text that starts as it must (a numeral, a parenthesis, a digit).
  const b0 = body.charCodeAt(0);
  let m = isNumeralChar(b0) ? LEVEL1.exec(body) : null;
  if (m) return mk(1, body.slice(0, body.length - m[2].length), chineseNumeral(m[1]), 'cn', m[2]);
  m = b0 === DI ? LEVEL1_PART.exec(body) : null;
  if (m) return mk(1, body.slice(0, body.length - m[2].length), chineseNumeral(m[1]), 'cn', m[2]);
  m = b0 === 0x28 || b0 === 0xff08 ? LEVEL2.exec(body) : null;
  if (m) return mk(2, body.slice(0, body.length - m[2].length), chineseNumeral(m[1]), 'paren', m[2]);
  m = b0 >= 0x30 && b0 <= 0x39 ? LEVEL3.exec(body) : null;
  if (m && m[2] && !/^[\d\s]/.test(m[2])) return mk(3, body.slice(0, body.length - m[2].length), Number(m[1]), 'arabic', m[2]);
  // `叁、收到和处理…` (after `#` marks, its level theirs; a plain line level 1).
  m = CAPITAL_DIGITS[body.charAt(0)] !== undefined ? CAPITAL_LEVEL1.exec(body) : null;
  if (m) {
    const value = capitalNumeral(m[1]);
    if (value >= 1) return mk(hashLevel || 1, body.slice(0, body.length - m[2].length), value, 'capital', m[2]);
  }
  // A `#` heading without an ordinal keeps its text as written (`## **工作要点**`: the markers are in its title).
  if (hashLevel && !runIn) {
    body = hashBody;
    bodyStart = hashBodyStart;
    stray = null;
    return mk(hashLevel, '', 0, 'hash', body);
  }
  return null;
}

/**
 * Whether heading `h`, read from line `line`, is the text of a one-cell table's cell (`| 一、总体情况 |`,
 * `<td>一、总体情况</td>`, see `readHeading`).
 */
export function isCellHeading(line: string, h: Heading): boolean {
  if (h.range.start.line !== h.line) return false;
  const t = line.slice(0, h.range.start.character).trimEnd();
  return t.endsWith('|') || t.endsWith('｜') || hasHtmlCell(t);
}

/**
 * The bold marker (`**` or `__`) a heading line wraps its text in (`**一、总体情况**`, `## __一、总体情况__`), or
 * null. `line` is the heading's line, `h` the heading read from it.
 */
export function boldMarker(line: string, h: Heading): string | null {
  let i = h.ordinalRange.start.character;
  while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
  const open = line.slice(Math.max(0, i - 2), i);
  if (open !== '**' && open !== '__') return null;
  return line.slice(0, h.range.end.character).trimEnd().endsWith(open) ? open : null;
}

/**
 * The closing mark of the brackets or quotes a heading line is wrapped in as decoration (`】` of `## 【一、总体情况】`,
 * `**【一、…】**`, `【**一、…**】`), or null. `line` is the heading's line, `h` the heading read from it.
 */
export function wrapCloser(line: string, h: Heading): string | null {
  let i = h.ordinalRange.start.character;
  while (i > 0 && (isSpace(line.charCodeAt(i - 1)) || line[i - 1] === '*' || line[i - 1] === '_')) i--;
  const close = i > 0 ? WRAPS[line[i - 1]] : undefined;
  return close && line.slice(0, h.range.end.character).trimEnd().replace(/[*_]+$/, '').endsWith(close) ? close : null;
}

/**
 * Reads a line that starts like a heading whose ordinal lost a character, or returns null. The line may be
 * written as a (run-in) bold heading (`**三）强化监督保障。**一是…`, `**（三强化监督保障**`), after `#` marks or not,
 * as the plain line would be (`三）强化监督保障。一是…`).
 */
export function readMalformedOrdinal(lines: LineIndex, lineNo: number): MalformedOrdinal | null {
  const full = lines.line(lineNo);
  let lead = afterQuoteMarkers(full);
  let c = full.charCodeAt(lead);
  let body = full.slice(lead).trim();
  let html = false;
  if (c === 0x3c && !hasHtmlCell(body)) {
    // An HTML heading or paragraph (`<h2>三）…</h2>`, Word's `<p class=MsoNormal><span>三）政府信息管理</span></p>`,
    // brk127 #7): its text inside the tags is read as the line (as `readHeading` reads it).
    const h = HTML_HEADING.exec(body);
    const p = h ? null : htmlParagraphText(body) ?? paragraphMiddleText(lines, lineNo, body);
    const open = body.indexOf('>') + 1;
    const start = h ? open + body.slice(open).length - body.slice(open).trimStart().length : p?.start;
    if (start === undefined) return null;
    html = true;
    body = h ? h[2] : body.slice(p!.start, p!.end);
    lead += start;
    c = body.charCodeAt(0);
  }
  if (!(c === 0x29 || c === 0xff09 || c === 0x28 || c === 0xff08 || isNumeralChar(c) || (!html && (c === 0x2a || c === 0x5f || c === 0x23)))) return null;
  let from = lead;
  let bold = '';
  if (c === 0x2a || c === 0x5f || c === 0x23) {
    const k = MALFORMED_MARKUP.exec(body)!;
    if (!k[0]) return null;
    bold = k[1] ?? '';
    from += k[0].length;
    body = body.slice(k[0].length);
    // A bold heading's text stops at its closing marker; without one the bold is no heading's.
    if (bold) {
      const end = body.indexOf(bold);
      if (end < 0) return null;
      body = body.slice(0, end).trimEnd();
    }
  }
  const m = MALFORMED.exec(body);
  if (!m) return null;
  const title = m[3];
  // Needs Chinese text after it, not a closing parenthesis that ends a wrapped line such as `形，不计其他情形）`.
  if (!/^[\u4e00-\u9fff]/.test(title)) return null;
  const lost = m[1] ? 'open' : m[2] ? 'close' : 'numeral';
  // `（一网通办）平台…`, `（三公经费）`: a parenthesis closed in the first clause is an aside, not a heading's ordinal.
  if (lost === 'close' && /[)）]/.test(title.split(/[。，,；;：:]/)[0])) return null;
  const written = body.slice(0, body.length - title.length).trimEnd();
  // A line that goes on with a sentence the line above broke off (a PDF's text wrapped: `…依据《条例》第二十条第（` /
  // `三）项），…`, `…（检查结果见附件` / `）针对…`, `…组织业务培训，` / `三）…`) is prose, not a heading (breaker89 #00b–d).
  // (Not a line marked as a heading, with `#` or bold.)
  if (from === lead && lineNo > 0 && continuesLine(lines.line(lineNo - 1))) return null;
  return { line: lineNo, written, from, to: from + written.length, title, lost };
}

/**
 * Whether the line after `above` goes on with its sentence: `above` leaves a parenthesis open (`…第二十条第（`,
 * `…（检查结果见附件`) or stops at a comma, an enumeration comma or an opening bracket or quote.
 */
function continuesLine(above: string): boolean {
  const t = above.trimEnd();
  if (!t || /^\s*#/.test(t)) return false;
  if (/[，,、（(《“〔［\[【]$/.test(t)) return true;
  let depth = 0;
  for (const ch of t) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether `c` is one of `一二三四五六七八九十` (the characters of `CN`). */
/** `第`, which starts a part's ordinal (`第一部分`). */
const DI = 0x7b2c;

function isNumeralChar(c: number): boolean {
  switch (c) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
    default:
      return false;
  }
}
