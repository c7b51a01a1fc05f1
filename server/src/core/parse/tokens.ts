import type { Cell, Range } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { CIRCLED_ORDINAL, HAS_INVISIBLE, INVISIBLE, isCircledDigit, isSpace, labelKey, LIST_ORDINAL } from '../text/normalize.js';
import { isHtmlCellLine, readHtmlLine, SPACE_ENTITY } from './html.js';
import { pipeIndex, QUOTE_MARKERS } from '../text/blocks.js';
import { firstAtOrAfter } from '../text/line-diff.js';

/**
 * Table tokens: the cells of every table layout found in real reports, read one line at a time.
 *
 * - Pipe rows (`| a | b |`, `a | b |`, one cell per line `a |`): cells between `|` or the full-width `｜` that a
 *   Chinese input method types (alone or mixed with `|` in a row); an empty cell between two
 *   pipes of a row that has other content is a blank value cell. Lines of pipes only (`|||`, merged-header
 *   markers) and delimiter rows (`|---|`, compact `|-|:-|`, `｜－｜`: see `isDelimiterRow`) carry no cells.
 * - HTML table rows (`<tr><td>…</td>…</tr>`, one `<td>` per line as pandoc writes a Word table with merged cells,
 *   or a cell's text on a line of its own): the text of each `<td>`/`<th>` is a cell, as in a pipe row.
 * - Space-aligned columns (`pdftotext -layout`) and plain lines: words separated by white space. On a line with a
 *   number and tabs (a row copied from Word or Excel), an empty field between two tabs, or after the last one, is a
 *   blank cell (`0\t\t0`, see `tabFields`), and so on a line of one label and empty fields only (`规章\t\t\t`, a row
 *   not filled in yet); runs of spaces never make one.
 * - Prose lines (a long sentence) are one text token, so the numbers inside a sentence are never cells.
 */
export type TokenKind = 'value' | 'blank' | 'text';

export interface Token {
  kind: TokenKind;
  /** The token's text as in the source. */
  raw: string;
  /** Label key (see `labelKey`), for text tokens. */
  key: string;
  line: number;
  /** Characters `[start, end)` of the line (see `tokenRange`: the range is made only for tokens the model keeps). */
  start: number;
  end: number;
  /** Whether the token came from a pipe row. */
  pipe: boolean;
  /**
   * For a row label wrapped into a row of its own below it (`| （二）部分公开（…只计这一情形， | 5 | … |` then
   * `| 不计其他情形） |  | … |`, see `joinContinuationRows`): that row's whole line, which holds nothing but the rest
   * of the label (`raw` and `key` are then the whole label; `start`/`end` stay the first part's).
   */
  continuation?: Range;
  /**
   * For a grid-table cell whose text wraps over the lines of its row (`| 商业企 |` over `| 业 |`, see
   * `joinGridRows`): its non-blank pieces, top to bottom, each on its own line (`raw` and `key` are then the pieces
   * joined, `start`/`end` the first piece's). A fix that rewrites the cell writes each piece where it stands.
   */
  parts?: Token[];
  /**
   * For a blank: an empty field between two tabs of a tab-separated row (`0\t\t0`, a Word or spreadsheet copy of
   * an empty cell), or after its last tab. Such a field is a cell of its own column where the row's fields match the
   * header's columns; where the row has more fields than that, the tabs were doubled to align the text and the
   * readers drop these blanks (see `fitTabFields` in the table model).
   */
  tab?: boolean;
  /**
   * For a value read out of its row's label cell, where it was glued to the label or written a space after it
   * (`（一）予以公开8⇥1⇥…`, `| 2.重复申请 1 | 0 |…`, see `splitGluedValues` in the table model): the UTF-16 offset on
   * the line where the label ends (the text from there to `start` is the white space between them, if any) and, when
   * the row has an empty cell for the number right after its label cell, that cell's `[start, end)` (`into`).
   * `emptied` (on the first such value only): in a pipe row whose numbers all moved a cell left, the row's empty last
   * cells that the move left (`| （一）予以公开 21 | 2 | … | 24 | |`), from the pipe before them to their end.
   */
  inLabel?: { labelEnd: number; into?: { start: number; end: number }; emptied?: { start: number; end: number } };
  /**
   * On a pipe row's first value, in a table with several label columns (see `mergeLabelCells` in the table model):
   * the row's numbers start `cells` cells left of the first value column, in a label column (`| 三、… | （一）予以公开 |
   * 1288 | … | 1362 |  |` under `| （本列…） |  |  | 自然人 | …`), read in their columns all the same. `emptied`: the
   * empty last cells the move left, from the pipe before them up to the row's closing pipe (UTF-16 offsets on the line).
   */
  shifted?: { cells: number; emptied?: { start: number; end: number } };
  /**
   * On the first of the values read out of one pipe cell that held several numbers spaces apart, the rest of its row
   * one cell left and its last cells left empty (`| （一）予以公开 | 1288 21 | 0 | … | 1362 |  |`, see
   * `splitJoinedCells` in the table model): the cell's text `[start, end)`, how many numbers it held, and the empty
   * last cells, from the pipe before them up to the row's closing pipe (UTF-16 offsets on the line; none when the row
   * is short instead).
   */
  joined?: { start: number; end: number; count: number; emptied?: { start: number; end: number } };
  /**
   * On a pipe row's first value, when the row has more label cells than the table's label columns, the extra ones
   * empty (`|  | （一）予以公开 | 21 | … |`, see `mergeLabelCells`): how many, and each such cell from the pipe before it
   * up to the next pipe (UTF-16 offsets on the line; deleting these spans takes the cells out). `cutTotal`: the row
   * was cut to the header's width, so its last number, 表三's 总计, is gone (`| （一）予以公开 |  | 21 | … | 0 |`,
   * helper-206 #7): the sum of the six that are there, and the offset just after the row's closing pipe.
   */
  stray?: { cells: number; spans: { start: number; end: number }[]; cutTotal?: { value: number; at: number } };
  /**
   * On the empty cell after a 表三 row's label that may be a stray cell of a row cut to the header's width (see
   * `stray.cutTotal`): the row is read as written (this cell a blank 自然人) unless the table's column sums bear the
   * other reading out (`readT3`); then its numbers are read from 自然人 on, the first carrying this as `stray`.
   */
  strayCut?: { cells: number; spans: { start: number; end: number }[]; cutTotal: { value: number; at: number } };
  /**
   * On a pipe row's first value, when the row's label cells are all there but empty and its numbers fill the value
   * columns (`|   | 3 | 0 | … | 3 |`, the label deleted or never written; see `mergeLabelCells`): the inside of the
   * (last) label cell, from just after the pipe before it up to the pipe after it (UTF-16 offsets on the line), where
   * a fix writes the label. The empty cells are the label's, not a blank first value.
   */
  blankLabel?: { start: number; end: number };
}

export interface LineTokens {
  line: number;
  tokens: Token[];
  /** The line is a pipe row with at least two cells (a table row in its own right). */
  pipeRow: boolean;
  /** Number of value/blank tokens on the line. */
  values: number;
  prose: boolean;
  /**
   * The line's values go on on the lines below it, one a line (a label line of a one-cell-a-line table whose label
   * cell held the row's first numbers, `（一）予以公开130 3` then `1`, `0`, …: see `splitGluedValues`): it does not end
   * its row at two values.
   */
  continues?: boolean;
  /**
   * A line with text but no cell, which a reader of cells passes over: an HTML comment alone (`<!-- … -->`), a page
   * number (`- 3 -`). Not an empty line, which may be a blank cell of a table pasted one cell a line.
   */
  noCells?: true;
  /** For a line of HTML table markup: its place in a table row that spans lines (see `HtmlLine`). */
  html?: { opensRow: boolean; closesRow: boolean; blankAt: number; blankEnd: number; openCell: number; closesCell: boolean; leadText?: boolean; trailText?: boolean };
}

const NUMBER = /^(?:[+\-−－–‒] ?)?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*(?:万元|元|万|件|个|条|次|项|人次|%))?$/;
/** Short non-numeric cell contents that stand where a number should be (a word or a dash). */
const VALUE_WORD = /^(?:[-—–－―/／、]{1,2}|无|零|空|暂无|N\/A|n\/a|x|X)$/;
/** A currency written before an amount (NFKC: `￥` is `¥`), and the white space after it. */
const CURRENCY = /^(?:¥|RMB|CNY|人民币)\s*(?=[\d.])/i;
/** A page number between dashes, alone on its line: `- 3 -`, `—3—`. */
export const PAGE_NUMBER = /^[-—–－]\s*\d{1,3}\s*[-—–－]$/;
/**
 * A page's number as a footer writes it after 第 or 共: digits, full-width ones (a PDF's text keeps `第３页`), or
 * Chinese numerals (`第三页 共八页`).
 */
export const PAGE_ORDINAL = String.raw`(?:[0-9０-９]{1,3}|[一二三四五六七八九十百〇零两]{1,5})`;
/**
 * A page's footer: `第 3 页`, `第3页 共8页`, `第 3 页，共 8 页`, `第3页/共8页`, `第３页 共８页`, `第三页 共八页`, `3/8`,
 * `3 / 8`; or a page number with the page count beside it, `- 3 -    共8页` (brk121 #10).
 */
export const PAGE_FOOTER = new RegExp(String.raw`^第\s*${PAGE_ORDINAL}\s*页(?:\s*[,，/／]?\s*共\s*${PAGE_ORDINAL}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$|^[-—–－]\s*\d{1,3}\s*[-—–－]\s*共\s*${PAGE_ORDINAL}\s*页$`);
const DELIMITER = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Whether a token text reads as a value cell (a number, possibly with a unit, or a stand-in word). */
export function isValueText(raw: string): boolean {
  if (isDigits(raw)) return true;
  if (HAS_INVISIBLE.test(raw)) raw = raw.replace(INVISIBLE, '');
  // A money amount written with its currency (`￥12.5`, `¥12.5`, `RMB 12.5`, `人民币12.5元`): a value, said by number-invalid.
  const currency = CURRENCY.exec(raw.normalize('NFKC'));
  if (currency) return NUMBER.test(raw.normalize('NFKC').slice(currency[0].length).replace(/,(?=\d{3}\b)/g, '').trim());
  // A word that starts with an ideograph other than 无零空暂 is no number and no stand-in (NFKC keeps the ideograph).
  const c = raw.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0 && c !== 0x96f6 && c !== 0x7a7a && c !== 0x6682) return false;
  const n = raw.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '').trim();
  return NUMBER.test(n) || VALUE_WORD.test(n);
}

/** The most digits a count or an amount may have before its point (every such integer is exact as a double). */
export const MAX_DIGITS = 15;

/**
 * Whether a number written `digits` (ASCII digits with an optional point; no sign, no separators) has more than
 * `MAX_DIGITS` digits before its point, leading zeros aside: a pasted ID or other code, no count or amount, and past
 * what a double holds exactly.
 */
export function tooManyDigits(digits: string): boolean {
  const dot = digits.indexOf('.');
  return (dot >= 0 ? dot : digits.length) - /^0*/.exec(digits)![0].length > MAX_DIGITS;
}

/** The 0-based field of a tab-separated line that offset `at` is in: the tabs before it. */
export function tabFieldAt(text: string, at: number): number {
  let field = 0;
  for (let i = text.indexOf('\t'); i >= 0 && i < at; i = text.indexOf('\t', i + 1)) field++;
  return field;
}

/** Whether `s` is 1–15 ASCII digits (the usual cell: its reading needs no normalisation). */
function isDigits(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The key (`1.`) of a word that is a list ordinal alone (`①`, `（1）`, `(1)`, `1)`), when `rest` (the line after it)
 * goes on with the label's words (an ideograph after white space); null otherwise.
 */
function wordOrdinal(word: string, rest: string): string | null {
  if (!/^\s+[\u4e00-\u9fff]/.test(rest)) return null;
  const line = word + rest;
  const circled = CIRCLED_ORDINAL.test(line);
  const n = circled ? '' : word.normalize('NFKC');
  if (!circled && !/^(?:\(\d{1,2}\)|\d{1,2}\))$/.test(n)) return null;
  const key = labelKey(circled ? line : n + rest.trimStart());
  return /^\d{1,2}\./.exec(key)?.[0] ?? null;
}

/** An item number, one space and its dot before the label's first character (`2 .重复申请`, `1 ．属于`, `3 、其他`). */
const ORDINAL_SPACED_DOT = /^[0-9０-９]{1,2}[ \u3000][.．、][ \u3000]?[\u4e00-\u9fff]/;

/** Whether a word starting with code unit `c` may be a list ordinal (`(`, `（`, a digit, a circled number): a cheap test. */
function mayStartOrdinal(c: number): boolean {
  return c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || isCircledDigit(c);
}

/** Footnote markers after a number: circled, parenthesised and dotted digits (①, ⑴, ⒈, ❶, ➀), superscript digits. */
const FOOTNOTE = /[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]+$/;

/**
 * A number with a word of approximation, summing or change before it (`约1520`, `≈86`, `共12件`, `近30`, `减3`), as NFKC
 * text: it stands where a number should, but the cell does not give an exact count (本年增/减 reads `减3` first).
 */
const QUALIFIED = /^(?:约|大约|约为|近|将近|逾|超过?|不足|不到|共|共计|计|合计|累计|新增|增加?|增长|上升|减少?|下降|[≈~<>≤≥])\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|件|个|条|次|项|人次|%)?(?:左右|余|多)?$/;

/**
 * Whether a word is a number with words or marks around it that a table cell holds in place of the number: a word
 * of approximation or change before it (`约1520`, `减少2`, `增加3`, see `QUALIFIED`), brackets around it (`（2）`,
 * `(2)`, a negative as accountants write it) or a sign after it (`2-`). Narrower than `looksLikeValue`: for the
 * words of a line without pipes, where a label or a list marker (`1.属于国家秘密`, `2021年`, `十`) is no cell.
 */
export function isNumberInWords(raw: string): boolean {
  const n = raw.normalize('NFKC').trim();
  // A change in words with a small Chinese numeral (`减少二`): a number in words too.
  if (WORDED_NUMERAL.test(n)) return true;
  if (!hasDigit(n)) return false;
  return QUALIFIED.test(n) || WORDED_AFTER.test(n) || /^\(\s*[+\-−]?\d+(?:\.\d+)?\s*\)$/.test(n) || /^\d+(?:\.\d+)?\s*[-−－]$/.test(n);
}

/** The words of 本年增/减 written out: increase (`增`, `增加`, `新增`, `增长`, `上升`) or decrease (`减`, `减少`, `下降`). */
const CHANGE_WORD = '新增|增加?|增长|上升|减少?|下降';
/** A change word and its number (`减3`, `增加5`, `新增2`, `减少 2`, `下降2件`, NFKC). */
const WORDED_CHANGE = new RegExp(`^(${CHANGE_WORD})\\s*(\\d+)(?:\\s*(?:件|个|项))?$`);
/**
 * The characters whose NFKC form starts a change word (增, 新, 减, 上, 下, and the annotation and circled marks ㆖ ㆘ ㊤
 * ㊦ that NFKC makes 上 and 下): a cheap test before normalising a word for `CHANGE_ALONE`.
 */
const CHANGE_FIRST = '增新减上下\u3196\u3198\u32a4\u32a6';
/** A change word, alone (NFKC). */
const CHANGE_ALONE = new RegExp(`^(?:${CHANGE_WORD})$`);
/** A change word and a small Chinese numeral (`减少二`, `增加十二`, NFKC). */
const WORDED_NUMERAL = new RegExp(`^(?:${CHANGE_WORD})\\s*([两一二三四五六七八九十]{1,3})(?:\\s*(?:件|个|项))?$`);
/** A number with the change word after it in brackets (`-2（减少）`, `2(增加)`, NFKC). */
const WORDED_AFTER = new RegExp(`^([+-]?)(\\d+)\\s*\\((${CHANGE_WORD})\\)$`);

/** The value of a small Chinese numeral (`二` 2, `十二` 12, `二十` 20, `两` 2; up to 99), or null. */
function smallNumeral(s: string): number | null {
  const d = (c: string) => '零一二三四五六七八九'.indexOf(c === '两' ? '二' : c);
  const m = /^([两一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[2]) return m[3] ? null : d(m[1]);
  return (m[1] ? d(m[1]) : 1) * 10 + (m[3] ? d(m[3]) : 0);
}

/**
 * Whether a pipe cell that is not a clean number still stands where a number should (`21（含1件转办）`, `(21)`,
 * `2 1`, `二十一`): a number with words around it, or a Chinese numeral alone. Sub-row labels such as
 * `1.属于国家秘密` (or `①`, `（1）`, `1)` before the words) are not values; a number after a word of approximation
 * (`约1520`) is one.
 */
export function looksLikeValue(raw: string): boolean {
  // Starting with an ideograph that is no numeral: no number (NFKC keeps the ideograph), unless a word of
  // approximation stands before one.
  const c = raw.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff && !isNumeralCode(c)) return hasDigit(raw) && QUALIFIED.test(raw.normalize('NFKC').trim());
  // A footnote mark in superscript digits before a label's words (`¹行政许可`): a label, which NFKC would make `1行政许可`.
  if (SUPERSCRIPT_BEFORE_WORDS.test(raw)) return false;
  const n = raw.normalize('NFKC').trim();
  if (QUALIFIED.test(n)) return true;
  // A letter or two typed for a digit (`O` for 0, `l` for 1), or inside a number (`O5`, `l0`: see `LOOKALIKE`): a
  // value cell, not a label (labels are Chinese).
  if (/^[A-Za-z]{1,2}$/.test(n) || lookalikeDigits(n) !== null) return true;
  // A sub-row's ordinal before its label's words (`1.属于国家秘密`, and as Word numbers lists `①属于国家秘密`,
  // `（1）属于国家秘密`, `1)属于国家秘密`) is no number: the row's label.
  if (/^\(?\d/.test(n) && !/^\d{1,2}\s*[.、,]\s*[\u4e00-\u9fff]/.test(n) && !LIST_ORDINAL.test(n) && !CIRCLED_ORDINAL.test(raw.trim())) return true;
  return /^[零〇一二三四五六七八九十百千万]{1,6}$/.test(n) || CN_NUMBER.test(n);
}

/** Superscript digits (a footnote mark) right before an ideograph, at the start of a cell (spaces allowed). */
const SUPERSCRIPT_BEFORE_WORDS = /^[ \t\u3000]*[\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+[ \t\u3000]*[\u4e00-\u9fff]/;

/**
 * A number written in Chinese numerals, with a decimal part and a unit of money (`十二点三五万`, `一万二千三百五十元`,
 * `两万`): at least one digit word (`万元` alone is a unit, no number).
 */
const CN_NUMBER = /^(?=[^点]*[零〇两一二三四五六七八九十])[零〇两一二三四五六七八九十百千万亿]{1,12}(?:点[零〇一二三四五六七八九]{1,6}[万亿]?)?(?:万元|元|件)?$/;

/** Letters typed for the digits they look like: `O`/`o` 0, `I`/`l` 1, `Z`/`z` 2, `S`/`s` 5, `B` 8. */
export const LOOKALIKE: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', Z: '2', z: '2', S: '5', s: '5', B: '8' };

/**
 * `n` (NFKC text) with each letter that looks like a digit made that digit, when `n` is such letters among digits
 * (`1O5` → `105`, `2l` → `21`) or one of `O`, `o`, `I`, `l` alone (`O` → `0`); null for anything else (no letter,
 * another character, `S` or `B` alone, which look less like a digit on their own).
 */
export function lookalikeDigits(n: string): string | null {
  let out = '', letters = 0, digits = 0;
  for (const ch of n) {
    if (ch >= '0' && ch <= '9') {
      digits++;
      out += ch;
    } else if (Object.prototype.hasOwnProperty.call(LOOKALIKE, ch)) {
      letters++;
      out += LOOKALIKE[ch];
    } else return null;
  }
  if (!letters) return null;
  return digits || (n.length === 1 && /[OoIl]/.test(n)) ? out : null;
}

const CN_NUMERAL = '零〇两一二三四五六七八九十百千万';
function isNumeralCode(c: number): boolean {
  for (let i = 0; i < CN_NUMERAL.length; i++) if (CN_NUMERAL.charCodeAt(i) === c) return true;
  return false;
}

/** Whether a line is a sentence of prose rather than table content. */
export function isProse(text: string): boolean {
  let a = 0, b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const c = text.charCodeAt(a);
  return c !== 0x7c && c !== 0xff5c && proseBetween(text, a, b);
}

/**
 * `isProse` of `text.slice(a, b)` (already trimmed, not starting with `|` or `｜`): 28+ CJK ideographs, a sentence or
 * clause mark, and no column gap (3+ spaces before a word) in its first 40 characters.
 */
function proseBetween(text: string, a: number, b: number): boolean {
  if (b - a < 28) return false;
  let cjk = 0, mark = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a) mark = true;
  }
  if (cjk < 28 || !mark) return false;
  let run = 0;
  const stop = Math.min(b, a + 40);
  for (let i = a; i < stop; i++) {
    if (isSpace(text.charCodeAt(i))) run++;
    else if (run >= 3) return false;
    else run = 0;
  }
  return true;
}

/**
 * The one token of a prose line. Its key is made when read: most readers skip prose lines (segments, 表四's
 * values), and a prose line's key is as long as the line.
 */
class ProseToken implements Token {
  readonly kind = 'text';
  readonly pipe = false;
  private k: string | undefined;
  constructor(readonly raw: string, readonly line: number, readonly start: number, readonly end: number) {}
  get key(): string {
    return (this.k ??= labelKey(this.raw));
  }
}

/** The source range of a token (a new object each time). */
export function tokenRange(t: Token): Range {
  return { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.end } };
}

const NO_TOKENS: Token[] = [];

/**
 * Reads the tokens of one line. The result is shared (see `TextReader.tokens`): callers must not modify it.
 * Works on offsets into the line and slices only the token texts.
 */
export function tokenizeLine(lines: LineIndex, lineNo: number): LineTokens {
  let text = withSplitTagsClosed(lines, lineNo);
  let a = 0, b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  // (A blank line at a page break is the break's, not a blank cell of a table pasted one cell a line: brk97 #2.)
  if (a === b) return nearPageBreak(lines, lineNo) ? noCellLine(lineNo) : emptyLine(lineNo);
  // A table opening a list item (`- | 信息内容 | … |`, `1. | …`): the marker is the item's, no cell (helper-219 #1).
  // A blockquote's markers (`> | 2 | … |  |`, `> 0 |`): no cell either (helper-219 #8, #10: a `>` cell made the row's
  // blank cells no values).
  if (text.charCodeAt(a) === 0x3e /* > */) {
    const quote = QUOTE_MARKERS.exec(text.slice(a))![0];
    text = text.slice(0, a) + ' '.repeat(quote.length) + text.slice(a + quote.length);
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    if (a === b) return emptyLine(lineNo);
  }
  // (Read as white space, so that every offset stays the line's.)
  const marker = LIST_MARKER_BEFORE_PIPE.exec(text.slice(a, a + 16));
  // (Not the marker and one pipe alone, `- |`: a cell holding `-` of a table pasted one cell a line, brk86 #4, which
  // was read as a blank cell and not said.)
  if (marker && !(text.charCodeAt(a + marker[0].length) === 0x7c && a + marker[0].length + 1 === b)) {
    text = text.slice(0, a) + ' '.repeat(marker[0].length) + text.slice(a + marker[0].length);
    a += marker[0].length;
  }
  const c0 = text.charCodeAt(a);
  // An HTML comment line (a suppression comment such as `<!-- nianbao-disable-next-line … -- 原文如此 -->` above a
  // row) holds no cells: its `--` is not a value.
  if (c0 === 0x3c /* < */ && text.startsWith('<!--', a) && text.endsWith('-->', b)) return noCellLine(lineNo);
  // Page numbers (`- 3 -`) and delimiter rows (`|---|`): tested only on lines that can be one.
  if (isDash(c0) && isDash(text.charCodeAt(b - 1)) && PAGE_NUMBER.test(text.slice(a, b))) return noCellLine(lineNo);
  // What a PDF's page break leaves in a table (pdftotext writes a form feed before each page's first line): the next
  // page's running header, and a page number alone on the line before it (brk97 #2: in a table pasted one cell a line,
  // they were read as a row's cells).
  if (atPageBreak(lines, lineNo, text, a, b)) return noCellLine(lineNo);
  // A page's footer alone on its line, as a PDF's text has it (`第 3 页 共 8 页`, `第3页`, `3/8`; helper-219 #6).
  if ((c0 === 0x7b2c /* 第 */ || (c0 >= 0x30 && c0 <= 0x39) || isDash(c0)) && b - a <= 16 && PAGE_FOOTER.test(text.slice(a, b))) return noCellLine(lineNo);
  // A grid table's border (`+-----+----+`, `+=====+`, pandoc and Emacs tables) carries no cells.
  if (c0 === 0x2b && isGridBorder(text, a, b)) return emptyLine(lineNo);
  // A partial border under a merged header cell (`|      |    +-----+-----+    |`): no cells either.
  if ((c0 === 0x7c || c0 === 0x2b) && text.indexOf('+', a + 1) >= 0 && isPartialGridBorder(text.slice(a, b))) return emptyLine(lineNo);
  if ((c0 === 0x7c || c0 === 0x3a || c0 === 0x2d) && text.indexOf('--', a) >= 0 && DELIMITER.test(text.slice(a, b))) return emptyLine(lineNo);
  if (isDelimiterChar(c0) && isDelimiterRow(lines, lineNo, text, a, b)) return emptyLine(lineNo);
  const out: Token[] = [];
  if ((c0 === 0x26 /* & */ || text.indexOf('<', a) >= 0) && isHtmlCellLine(text, a, b)) return htmlRow(text, a, b, lineNo);
  // The full-width `｜` (typed in Chinese punctuation mode) separates cells like `|`, in a row of its own or mixed.
  const full = text.indexOf('｜', a) >= 0;
  // (A pipe escaped as `\|` is text of its cell, GFM: a line whose only pipes are such is no row; brk161 #2.)
  if (full || pipeIndex(text, a) >= 0) {
    let onlyBars = true;
    for (let i = a; i < b && onlyBars; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x7c && c !== 0xff5c && !isSpace(c)) onlyBars = false;
    }
    if (onlyBars) {
      // One cell per line (`0 |`, each cell's text and a pipe): a line of white space and one pipe (` |`) is an
      // empty cell, as `| |` is in a pipe row. A pipe alone at the line's start (`|`, `|||`) marks a row's end or a
      // merged header and carries no cell. (The blank stands before the space before the pipe: a fix writes `0 |`.)
      if (a > 0 && b === a + 1 && text.charCodeAt(a) === 0x7c) return { line: lineNo, tokens: [{ kind: 'blank', raw: '', key: '', line: lineNo, start: a - 1, end: a - 1, pipe: true }], pipeRow: false, values: 1, prose: false };
      // Pipes alone at the line's start (`||` closing each row of a table pasted one cell a line): no cell, and no empty
      // line either, which may be a blank cell there (brk85 #4: a row one number short read the `||` as its blank 总计,
      // and the fix wrote `0||`).
      if (a === 0 && (b === 1 || (b === 2 && text.charCodeAt(1) === 0x7c))) return noCellLine(lineNo);
      return emptyLine(lineNo);
    }
    // Cell boundaries: every pipe; a cell is the text between two pipes, or before the first / after the last.
    let s = 0, firstNumber = -1;
    for (let e = nextPipe(text, 0, full); ; e = nextPipe(text, s, full)) {
      const last = e < 0;
      const end = last ? text.length : e;
      let x = s, y = end;
      while (x < y && isSpace(text.charCodeAt(x))) x++;
      while (y > x && isSpace(text.charCodeAt(y - 1))) y--;
      // Spaces written as HTML entities (`40&nbsp;`, pasted from a web page; templates.md §0.2) are spaces too.
      const [x0, y0] = [x, y];
      if (x < y && (text.charCodeAt(x) === 0x26 || text.charCodeAt(y - 1) === 0x3b)) [x, y] = trimEntitySpaces(text, x, y);
      // A cell wrapped in inline HTML (`<span style="font-size:14px">3</span>`, `<p>规章</p>`: a web page converted to
      // Markdown) is the text inside the tags, as in an HTML table's `<td>`.
      // A cell of tags only (`<span></span>`) is blank, a value written into it goes between them.
      if (x < y && (text.charCodeAt(x) === 0x3c || text.charCodeAt(y - 1) === 0x3e)) {
        [x, y] = untagged(text, x, y);
        if (x === y && !last && s > 0) {
          out.push({ kind: 'blank', raw: '', key: '', line: lineNo, start: x, end: x, pipe: true });
          s = e + 1;
          continue;
        }
      }
      // A cell in Markdown emphasis (`**18**`, `__（七）总计__`) is the text between the markers.
      if (x < y) [x, y] = unemphasised(text, x, y, false);
      // A number beside an unclosed marker (`**23`, `23</b>`): the number (a first value cell must not shift the row).
      if (x < y) [x, y] = unmarked(text, x, y);
      if (x === y && x0 < y0 && !last && s > 0) {
        // A cell of white-space entities only (`| &nbsp; |`) is blank; a value written into it replaces them.
        out.push({ kind: 'blank', raw: '', key: '', line: lineNo, start: x0, end: y0, pipe: true });
      } else if (last && x < y && text.startsWith('<!--', x) && text.endsWith('-->', y)) {
        // A comment after the row's last pipe (a suppression comment at the end of a row) is no cell.
      } else if (x === y) {
        // Outside the outer pipes there is no cell; inside, an empty cell is a blank.
        if (s > 0 && !last) {
          const at = s + Math.floor((end - s) / 2);
          out.push({ kind: 'blank', raw: '', key: '', line: lineNo, start: at, end: at, pipe: true });
        }
      } else if (rowCell(out, text.slice(x, y), lineNo, x, y, firstNumber >= 0)) {
        firstNumber = out.length - 1;
      }
      if (last) break;
      s = e + 1;
    }
    let values = 0;
    for (const t of out) if (t.kind !== 'text') values++;
    return { line: lineNo, tokens: out, pipeRow: out.length >= 2, values, prose: false };
  }
  if (proseBetween(text, a, b)) {
    out.push(new ProseToken(text.slice(a, b), lineNo, a, b));
    return { line: lineNo, tokens: out, pipeRow: false, values: 0, prose: true };
  }
  // Words separated by white space.
  let values = 0;
  // A line with tabs and a number: a row pasted from Word or a spreadsheet, whose empty cells are empty fields
  // between tabs (see `tabFields`).
  const tabbed = text.indexOf('\t', a) >= 0;
  // Whether one space cannot part two cells of the line (see `struckWordsEnd`): found when first needed.
  let beside: boolean | undefined;
  for (let i = a; i < b; ) {
    const s = i;
    while (i < b && !isSpace(text.charCodeAt(i))) i++;
    // A change word and its number one space apart (`减少 2`, a 本年增/减 cell typed so): one word, read as `减少2` is.
    if (i + 1 < b && text.charCodeAt(i) !== 9 && isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1)) && CHANGE_FIRST.includes(text[s]) && CHANGE_ALONE.test(text.slice(s, i).normalize('NFKC'))) {
      let e = i + 1;
      while (e < b && !isSpace(text.charCodeAt(e))) e++;
      if (/^[0-9０-９]+$/.test(text.slice(i + 1, e)) && (values > 0 || (s === a && e >= b))) i = e;
    }
    // A struck-through number over words (`~~ 3 ~~`, and in a tab or aligned row `~~3~~ 2`): one cell, as in a pipe row.
    if (i < b && mayStartStruck(text, s, i)) {
      beside ??= tabbed || ALIGNED.test(text.slice(a, b));
      const e = struckWordsEnd(text, s, beside);
      if (e > i) i = e;
    }
    // A list ordinal a space before its dot at the start of the line (`2 .重复申请`, `5 ．要求…`: a PDF's justified text,
    // Word's `．`): one word with the label's, as in a pipe cell, not a number of the row (helper-221 #3: read as the
    // label `.重复申请`, and its fix wrote `2 2.重复申请`).
    if (s === a && values === 0 && i - s <= 2 && ORDINAL_SPACED_DOT.test(text.slice(s, Math.min(b, i + 4)))) {
      i += 2;
      if (isSpace(text.charCodeAt(i))) i++;
      while (i < b && !isSpace(text.charCodeAt(i))) i++;
    }
    let [ws, we] = unemphasised(text, s, i, true);
    // A number beside an unclosed marker (`**23`, `23</b>`): the number, as in a pipe row.
    if (we - ws > 1) {
      const [ux, uy] = unmarked(text, ws, we);
      if ((ux > ws || uy < we) && isValueText(text.slice(ux, uy))) [ws, we] = [ux, uy];
    }
    const raw = text.slice(ws, we);
    // A `丨` (U+4E28) alone between words (`丨 行政处罚 丨 86 丨`: a row whose bars were typed with the CJK stroke and
    // not read as a table's, text/bars.ts) is a border between cells, no word of them: not part of the label, which a
    // label fix would rewrite and so delete the border between the label and its number (brk121 #1).
    if (!tabbed && /^丨+$/.test(raw)) {
      while (i < b && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    // A number in words (`减少2`, `（2）`, `2-`) where a cell stands: after a number of the row, or alone on its line
    // (one cell per line), a value cell as in a pipe row, which the cell's reading then reports.
    // A list ordinal written a space before the label's words at the start of the line (`① 属于国家秘密`,
    // `(1) 属于国家秘密`, Word's list numbering) is the label's `1.`, as `1. 属于国家秘密` is, not a value.
    const ordinal = s === a && values === 0 && mayStartOrdinal(text.charCodeAt(ws)) ? wordOrdinal(raw, text.slice(i, b)) : null;
    // A struck-through or asterisked number (`~~2~~`, `\*2`: see `isMarkedNumber`) after the label, or alone on its
    // line, is a value cell read as invalid, as in a pipe row: the cells after it keep their columns. (A line that
    // starts with one and goes on, `*1 注：…`, is a note.)
    const kind: TokenKind = ordinal === null && (isValueText(raw) || ((s > a || i >= b) && isMarkedNumber(raw)) || ((values > 0 || (s === a && i >= b)) && isNumberInWords(raw))) ? 'value' : 'text';
    if (kind === 'value') values++;
    out.push({ kind, raw, key: kind === 'text' ? ordinal ?? labelKey(raw) : '', line: lineNo, start: ws, end: we, pipe: false });
    const gap = i;
    while (i < b && isSpace(text.charCodeAt(i))) i++;
    if (tabbed) tabFields(text, gap, i < b ? i : text.length, i >= b, lineNo, out);
  }
  // A letter typed for a digit among a row's numbers (`0  0  O`, `l  0  1` after the label: OCR, or a hand-typed PDF
  // table) is a value cell, as in a pipe row, which number-invalid names; it was a word of text, and the row a number
  // short (brk97 #3, brk98 #6). Only in a row of three such cells or more, a number among them (or words, then stand-ins
  // only), never the line's first word (the label).
  // So is `一` standing for a dash (none) there, which number-invalid names with the table's other marks for none.
  // (Counted with the row's numbers: `34  O  O  O  O  O  34` has two, and five letters.)
  // (Each word tested once: this runs on every line of words.)
  const stand = out.map((t, k) => k > 0 && t.kind === 'text' && t.raw.length <= 4 && (t.raw === '一' || lookalikeDigits(t.raw.normalize('NFKC')) !== null));
  const standIns = stand.filter(Boolean).length;
  // (Without a number: the stand-ins all after the words, `（五）不  3.要求提供公开出版物  一  一 …`.)
  const firstStandIn = stand.indexOf(true);
  if (standIns && values + standIns >= 3 && (values >= 1 || (out.length - firstStandIn === standIns && out.slice(0, firstStandIn).every((t) => t.kind === 'text')))) {
    for (let k = 1; k < out.length; k++) {
      if (!stand[k]) continue;
      out[k] = { ...out[k], kind: 'value', key: '' };
      values++;
    }
  }
  if (!tabbed) return { line: lineNo, tokens: out, pipeRow: false, values, prose: false };
  // A line of words only (a header row, `行政复议\t\t\t\t\t行政诉讼` over merged cells) has no value cells to keep;
  // but a label followed by empty fields only (`规章\t\t\t`, a row not filled in yet) is a row of blank cells, as
  // `| 规章 |  |  |  |` is in a pipe table.
  if (!values && out.length > 1 && out[0].kind === 'text' && out.slice(1).every((t) => t.kind === 'blank')) {
    return { line: lineNo, tokens: out, pipeRow: false, values: out.length - 1, prose: false };
  }
  if (!values) return { line: lineNo, tokens: out.filter((t) => t.kind !== 'blank'), pipeRow: false, values: 0, prose: false };
  let cells = 0;
  for (const t of out) if (t.kind !== 'text') cells++;
  return { line: lineNo, tokens: out, pipeRow: false, values: cells, prose: false };
}

/**
 * Adds to `out` a blank token for each empty field that the white space `text[from, to)` between two words holds
 * (`0\t\t\t0`: two; `0\t \t0`: one, its spaces), or, when `last`, after the line's last word up to its end
 * (`0\t`: one, a trailing empty cell as Excel copies it). Each blank's range is its field's white space between
 * the tabs (empty for `\t\t`): a fix writes the number there and the tabs keep the columns. Fields are tab-delimited
 * only: spaces alone never make one (a space-aligned line's runs of spaces are separators). Marked `tab` (see
 * `Token.tab`): the table readers drop them again where the row then has more cells than its header's columns.
 */
function tabFields(text: string, from: number, to: number, last: boolean, line: number, out: Token[]): void {
  let tab = text.indexOf('\t', from);
  while (tab >= 0 && tab < to) {
    const next = text.indexOf('\t', tab + 1);
    const end = next >= 0 && next < to ? next : last ? to : -1;
    if (end < 0) break;
    out.push({ kind: 'blank', raw: '', key: '', line, start: tab + 1, end, pipe: false, tab: true });
    tab = next >= 0 && next < to ? next : -1;
  }
}

/**
 * Emphasis around a whole cell, the same marker on both sides: Markdown's `***…***`, `**…**`, `__…__`, `*…*`, `_…_`
 * or code `` `…` ``, or the HTML that Word and web-page converters write (`<b>…</b>`, `<strong>`, `<i>`, `<em>`).
 */
const EMPHASIS = /^(\*\*\*|___|\*\*|__|\*|_|`)(?![*_`])\s*([^*_`]+?)\s*\1$|^<(b|strong|i|em)>\s*([^<>]+?)\s*<\/\3>$/i;

/**
 * The bounds of a cell's text inside emphasis (`**18**`, `__18__`, `*18*`, `** 18 **`, `***18***`, `<b>18</b>`,
 * `` `18` ``, `__（七）总计__`: how many agencies mark the 总计 row), so the cell is read as it would be without the
 * markers and a fix that writes it
 * replaces the text only, keeping the markers (`**18**` → `**19**`). `[x, y)` is the cell's trimmed text; it is
 * returned as it is when the text is not one such emphasis, or, when `valuesOnly` (the words of a line without
 * pipes, where a marker may belong to something else), when what it holds is no value.
 */
export function unemphasised(text: string, x: number, y: number, valuesOnly: boolean): [number, number] {
  const c = text.charCodeAt(x), last = text.charCodeAt(y - 1);
  // (`*`, `_`, `` ` `` on both sides, or `<` … `>`.)
  if (y - x < 3 || !(((c === 0x2a || c === 0x5f || c === 0x60) && last === c) || (c === 0x3c && last === 0x3e))) return [x, y];
  const m = EMPHASIS.exec(text.slice(x, y));
  if (!m) return [x, y];
  const inner = m[2] ?? m[4];
  const marker = m[1] ?? `<${m[3]}>`;
  if (valuesOnly && !isValueText(inner) && !looksLikeValue(inner)) return [x, y];
  const start = x + text.slice(x, y).indexOf(inner, marker.length);
  return [start, start + inner.length];
}

/**
 * Inline tags a web page or Word's HTML wraps a cell's text in (`<span style=…>`, `<font face=宋体>`, `<p>`, `<o:p>`),
 * and the line breaks beside it (`<br>`): read through, as inside an HTML `<td>`. Emphasis tags (`<b>`, `<strong>`)
 * are `unemphasised`'s, struck-through ones (`<del>`) `isMarkedNumber`'s.
 */
const INLINE_TAG = /<\/?(?:span|font|p|div|o:p|u|small|big|ins|br)(?:\s[^<>]*)?\/?>/iy;
const INLINE_TAGS = new RegExp(INLINE_TAG.source, 'gi');

/**
 * The bounds of a pipe cell's text `[x, y)` (trimmed) inside the inline tags around it (`<span style="…">3</span>`:
 * `3`; `<p><span>规章</span></p>`: `规章`), with white space and white-space entities between the tags left out too.
 * A fix that writes the cell replaces the text only and keeps the tags. Returns `[x, x]` for a cell of tags and
 * spaces only (`<span></span>`: a blank cell), and `[x, y]` as given when no such tag stands at either edge.
 */
export function untagged(text: string, x: number, y: number): [number, number] {
  const x0 = x, y0 = y;
  for (let moved = true; moved && x < y; ) {
    moved = false;
    // An HTML comment in the cell (`2<!-- 注 -->`, shown as 2; helper-219 #7) is no part of what it says.
    if (text.startsWith('<!--', x)) {
      const close = text.indexOf('-->', x + 4);
      if (close >= 0 && close + 3 <= y) { x = close + 3; moved = true; }
    }
    if (x < y && text.charCodeAt(y - 1) === 0x3e && text.startsWith('-->', y - 3)) {
      const open = text.lastIndexOf('<!--', y - 4);
      if (open >= x) { y = open; moved = true; }
    }
    if (x < y && text.charCodeAt(x) === 0x3c) {
      INLINE_TAG.lastIndex = x;
      if (INLINE_TAG.test(text) && INLINE_TAG.lastIndex <= y) { x = INLINE_TAG.lastIndex; moved = true; }
    }
    if (x < y && text.charCodeAt(y - 1) === 0x3e) {
      const lt = text.lastIndexOf('<', y - 1);
      if (lt >= x) {
        INLINE_TAG.lastIndex = lt;
        if (INLINE_TAG.test(text) && INLINE_TAG.lastIndex === y) { y = lt; moved = true; }
      }
    }
    if (moved) {
      while (x < y && isSpace(text.charCodeAt(x))) x++;
      while (y > x && isSpace(text.charCodeAt(y - 1))) y--;
      if (x < y && (text.charCodeAt(x) === 0x26 || text.charCodeAt(y - 1) === 0x3b)) [x, y] = trimEntitySpaces(text, x, y);
    }
  }
  if (x >= y) {
    // Where the text would stand: after the opening tags (`<span>|</span>`).
    let at = x0;
    for (INLINE_TAG.lastIndex = at; at < y0 && text.charCodeAt(at) === 0x3c && !text.startsWith('</', at) && INLINE_TAG.test(text); ) at = INLINE_TAG.lastIndex;
    return [Math.min(at, y0), Math.min(at, y0)];
  }
  return [x, y];
}

/**
 * Markup a converter leaves on one side of a number: emphasis left unclosed (`**`, `__`, `<strong>`, `</b>`). A run
 * of `*` or `_` is taken whole (the lookahead): `(?:\*{2,3})*` split a long run in exponentially many ways and a
 * line of 40 `**` pairs took minutes to fail.
 */
const STRAY = String.raw`(?:\*{2,}(?!\*)|_+(?!_)|\x60|<\/?(?:b|strong|i|em)>)`;
/** A number with stray markup before it, after it or both (`**23`, `23**`, `<strong>23`, `23</b>`). */
const STRAY_MARKED = new RegExp(String.raw`^(${STRAY}*)\s*([0-9０-９][0-9０-９,.]*)\s*(${STRAY}*)$`, 'i');
/**
 * A number with an asterisk before or after it, escaped or not (`*23`, `\*23`, `23\*`, `23*`: a footnote mark, as
 * it shows): a value cell, which reads as invalid (the note belongs outside the table), not a label.
 */
const STARRED = /^(?:\\?\*\s*[0-9０-９][0-9０-９,.]*|[0-9０-９][0-9０-９,.]*\s*\\?\*)$/;

/**
 * The bounds of the number in a pipe cell `[x, y)` that an unclosed marker stands beside (`**23`, `23**`,
 * `<strong>23`, `23</b>`: converters leave them so). Read as the number, not as a label (a first value cell so
 * written was merged into the label and the row read one column off); a fix writes the number and keeps the
 * markers. Returns `[x, y]` as given when the cell is no such number.
 */
export function unmarked(text: string, x: number, y: number): [number, number] {
  const c = text.charCodeAt(x), last = text.charCodeAt(y - 1);
  const marker = (ch: number) => ch === 0x2a || ch === 0x5f || ch === 0x60 || ch === 0x3c || ch === 0x3e;
  if (!marker(c) && !marker(last)) return [x, y];
  const m = STRAY_MARKED.exec(text.slice(x, y));
  if (!m || (!m[1] && !m[3])) return [x, y];
  const start = x + text.slice(x, y).indexOf(m[2], m[1].length);
  return [start, start + m[2].length];
}

/** A number struck through (`~~23~~`, `<del>23</del>`, `<s>23</s>`, `<strike>`): a deleted value, not the cell's number. */
export const STRUCK = /^(?:~~\s*\S.*?~~|<(del|s|strike)>.*<\/\1>)$/i;

/** A number as a marked cell holds it: ASCII or full-width digits, separators (see `STRAY_MARKED`). */
const MARKED_DIGITS = '[0-9０-９][0-9０-９,.]*';
/** A number struck through, with `space` (a pattern) allowed inside the markers (`~~ 3 ~~`, `<del>3</del>`). */
const struckNumber = (space: string) => String.raw`(?:~~${space}${MARKED_DIGITS}${space}~~|<(?:del|s|strike)>${space}${MARKED_DIGITS}${space}<\/(?:del|s|strike)>)`;
/**
 * A struck-through number with the current number beside it (`~~3~~ 2`, `~~3~~2`, `2 <del>3</del>`: the old value
 * deleted, the new one written next to it): the cell reads as the number beside it (group 1 or 2), said to hold a
 * deleted one (`readCell`, `invalid: 'struck-beside'`).
 */
export const STRUCK_BESIDE = new RegExp(String.raw`^(?:${struckNumber(String.raw`\s*`)}\s*(${MARKED_DIGITS})|(${MARKED_DIGITS})\s*${struckNumber(String.raw`\s*`)})$`, 'i');

/** Whether `s` has a digit, ASCII or full-width (`~~２~~` is a struck number too). */
function hasWideDigit(s: string): boolean {
  return hasDigit(s) || /[０-９]/.test(s);
}

/**
 * Whether a cell's text is a number with a mark that no number reading takes, which stands where a value should
 * and is read as an invalid one (see `readCell`): struck through (`~~23~~`, `<del>２</del>`, `~~3~~ 2`), or with a
 * footnote asterisk (`\*23`, `23\*`, `*23`). The same in every layout (pipe, HTML, tab and space-aligned rows): such a
 * cell is a value of its own column, never a part of the row's label, so the cells after it keep their columns.
 */
export function isMarkedNumber(raw: string): boolean {
  const c = raw.charCodeAt(0), z = raw.charCodeAt(raw.length - 1);
  // (A cheap test first: each form starts or ends with `~`, `<`, `>`, `*` or `\`, or holds `~` or `<` beside a number.)
  if (c !== 0x7e && c !== 0x3c && c !== 0x2a && c !== 0x5c && z !== 0x7e && z !== 0x3e && z !== 0x2a && !raw.includes('~') && !raw.includes('<')) return false;
  return (STRUCK.test(raw) && hasWideDigit(raw)) || STRUCK_BESIDE.test(raw) || STARRED.test(raw);
}

/**
 * Adds a delimited cell (of a pipe row or an HTML row) to `out`. After the first number of a row, every cell is a
 * value cell, even one holding words (`21（含1件转办）`, `二十一`): read as an invalid value, it keeps the cells
 * after it in their columns. Returns whether this cell is the row's first number.
 */
function rowCell(out: Token[], raw: string, line: number, start: number, end: number, afterNumber: boolean): boolean {
  const { kind, first } = cellKind(raw, afterNumber);
  out.push({ kind, raw, key: kind === 'text' ? labelKey(raw) : '', line, start, end, pipe: true });
  return first;
}

/** What `rowCell` reads a cell's text `raw` as, after the row's first number or not; `first`: it is that number. */
function cellKind(raw: string, afterNumber: boolean): { kind: TokenKind; first: boolean } {
  // A struck-through number (`~~23~~`) or one with a footnote asterisk (`\*23`) is a value cell read as invalid: it
  // keeps the cells after it in their columns.
  const marked = !afterNumber && isMarkedNumber(raw);
  // (Inline tags inside the text, `<span>1.</span><span>属于国家秘密</span>`, are no part of what it says.)
  const said = raw.includes('<') ? raw.replace(INLINE_TAGS, '') : raw;
  const kind: TokenKind = afterNumber || marked || isValueText(said) || looksLikeValue(said) ? 'value' : 'text';
  return { kind, first: kind === 'value' && !afterNumber && (marked || hasDigit(raw)) };
}

/**
 * The cells of a pipe row read again as a row that starts with `tokens[0]` (`rowCell`): a cell before the row's first
 * number is a value or a label by its own text, every cell from that number on a value. For a row whose first cell was
 * taken out (a 序号 column's number, after which every cell had read as a value: `未经复议直接起诉` too). Blank cells
 * and tokens of other rows (not `pipe`) are kept as they are. Pure.
 */
export function rereadPipeCells(tokens: readonly Token[]): Token[] {
  let afterNumber = false;
  return tokens.map((t) => {
    if (!t.pipe || t.kind === 'blank') return t;
    const { kind, first } = cellKind(t.raw, afterNumber);
    if (first) afterNumber = true;
    return kind === t.kind ? t : { ...t, kind, key: kind === 'text' ? labelKey(t.raw) : '' };
  });
}

/** A line aligned in columns with runs of spaces (`pdftotext -layout`), or full-width spaces. */
const ALIGNED = / {2,}|\u3000/;

/** A number struck through, written in the words of a line without pipes (one space at most inside: `~~ 3 ~~`). */
const STRUCK_WORDS = new RegExp(String.raw`${struckNumber(' ?')}(?=\s|$)`, 'iy');
/** The same beside the current number, one space between (`~~3~~ 2`, `2 ~~3~~`): one cell of a tab or aligned row. */
const STRUCK_WORDS_BESIDE = new RegExp(String.raw`(?:${struckNumber(' ?')} ${MARKED_DIGITS}|${MARKED_DIGITS} ${struckNumber(' ?')})(?=\s|$)`, 'iy');

/**
 * Whether the word `text[s, i)` may start a struck-through number over words (see `struckWordsEnd`): it starts with
 * `~` or `<`, or it is followed by one space and `~` or `<` (`2 ~~3~~`). A cheap test, for every word.
 */
function mayStartStruck(text: string, s: number, i: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x7e || c === 0x3c) return true;
  const next = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0x20 && (next === 0x7e || next === 0x3c);
}

/**
 * Where a struck-through number that starts at `s` of a line without pipes ends, when it spans words (`~~ 3 ~~`,
 * and where `beside`, `~~3~~ 2` or `2 ~~3~~`, one space apart: see `STRUCK_BESIDE`); -1 when none starts there.
 * `beside` only where a single space cannot separate two cells (a tab-separated row, or one aligned with runs of
 * spaces): on a line of numbers one space apart (`2 0 0 0`) each word is a cell of its own.
 */
function struckWordsEnd(text: string, s: number, beside: boolean): number {
  const c = text.charCodeAt(s);
  if (c !== 0x7e && c !== 0x3c && !beside) return -1;
  const re = beside ? STRUCK_WORDS_BESIDE : STRUCK_WORDS;
  re.lastIndex = s;
  if (re.test(text)) return re.lastIndex;
  if (!beside) return -1;
  STRUCK_WORDS.lastIndex = s;
  return STRUCK_WORDS.test(text) ? STRUCK_WORDS.lastIndex : -1;
}

/** The tokens of a line of HTML table markup (see `htmlCells`): each cell as a pipe cell, a prose cell as prose. */
function htmlRow(text: string, a: number, b: number, lineNo: number): LineTokens {
  const out: Token[] = [];
  let afterNumber = false;
  const read = readHtmlLine(text, a, b);
  for (const c of read.cells) {
    if (c.text === '') {
      out.push({ kind: 'blank', raw: '', key: '', line: lineNo, start: c.start, end: c.end, pipe: true });
    } else if (proseBetween(c.text, 0, c.text.length)) {
      // A sentence (an HTML paragraph of the report's text, or a note under the table) is never cells.
      out.push(new ProseToken(c.text, lineNo, c.start, c.end));
    } else if (rowCell(out, c.text, lineNo, c.start, c.end, afterNumber)) {
      afterNumber = true;
    }
  }
  let values = 0, prose = false;
  for (const t of out) if (t.kind !== 'text') values++; else if (t instanceof ProseToken) prose = true;
  const html = { opensRow: read.opensRow, closesRow: read.closesRow, blankAt: read.blankAt, blankEnd: read.blankEnd, openCell: read.openCell, closesCell: read.closesCell, leadText: read.leadText, trailText: read.trailText };
  return { line: lineNo, tokens: out, pipeRow: out.length >= 2 && !prose, values, prose: prose && out.length === 1, html };
}

/** At most this many lines make one HTML table row (Word writes a cell in three lines; 表四 has 15 value cells). */
export const HTML_ROW_LINES = 200;

/**
 * Joins each HTML table row that spans lines (`<tr>` on one line, a `<td>` per line, `</tr>` on another, as pandoc
 * and Word write tables) into one row, like a pipe row: the row's first line gets the cells of all its lines (each
 * token keeps its own line and range) and its other lines get none. Lines of other layouts are returned as they
 * are. `lts` are consecutive lines; returns a new array when a row was joined, else `lts` itself. With `lines`
 * (the text of `lts`), a line inside a row that holds no tag (a cell's text alone, `2` or `&nbsp;` between `<p>`
 * and `</p>` lines, as a beautifier lays a cell out) is read as HTML text too, as it would be between the tags on
 * one line; and a cell whose lines hold no text at all (`<td>`, `<p>`, `<br>`, `</p>`, `</td>`) is blank.
 */
export function joinHtmlRows(lts: LineTokens[], lines?: LineIndex): LineTokens[] {
  let out: LineTokens[] | null = null;
  for (let i = 0; i < lts.length; i++) {
    if (!lts[i].html?.opensRow) continue;
    const tokens: Token[] = [...lts[i].tokens];
    // A cell left open with no text (`HtmlLine.openCell`): how many tokens the row had then, and where it opened.
    let open = -1, openLine = -1, openAt = -1;
    const opens = (lt: LineTokens) => {
      const h = lt.html;
      if (h && h.openCell >= 0) [open, openLine, openAt] = [tokens.length, lt.line, h.openCell];
    };
    opens(lts[i]);
    // How many tokens the row had when a line ended in a cell's text left open (`HtmlLine.trailText`), else -1.
    let trail = lts[i].html?.trailText && tokens.length ? tokens.length : -1;
    let j = i + 1;
    for (; j < lts.length && j - i < HTML_ROW_LINES; j++) {
      let lt = lts[j];
      if (lines && !lt.html && lt.tokens.length && !lt.pipeRow) {
        const text = lines.line(lt.line);
        let a = 0, b = text.length;
        while (a < b && isSpace(text.charCodeAt(a))) a++;
        while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
        lt = htmlRow(text, a, b, lt.line);
      }
      const h = lt.html;
      if (h?.opensRow && !h.closesRow) break;
      if (lt.prose) break;
      // The rest of a cell whose text the line above began (`三、本年` over `度办理结果</td>`): one cell, its pieces joined.
      const rest = trail === tokens.length && h?.leadText ? lt.tokens[0] : undefined;
      if (rest && canJoinPiece(tokens[tokens.length - 1]) && canJoinPiece(rest)) tokens[tokens.length - 1] = joinCellPieces(tokens[tokens.length - 1], rest);
      else if (rest) tokens.push(rest);
      for (const t of rest ? lt.tokens.slice(1) : lt.tokens) tokens.push(t);
      trail = h?.trailText && lt.tokens.length ? tokens.length : -1;
      if (h && h.blankAt >= 0 && !lt.tokens.length) tokens.push({ kind: 'blank', raw: '', key: '', line: lt.line, start: h.blankAt, end: h.blankEnd, pipe: true });
      if (h?.closesCell) {
        if (open === tokens.length) tokens.push({ kind: 'blank', raw: '', key: '', line: openLine, start: openAt, end: openAt, pipe: true });
        open = -1;
      }
      opens(lt);
      if (h?.closesRow) {
        j++;
        break;
      }
    }
    out ??= lts.slice();
    let values = 0;
    for (const t of tokens) if (t.kind !== 'text') values++;
    out[i] = { line: lts[i].line, tokens: markValues(tokens), pipeRow: tokens.length >= 2, values, prose: false, html: { opensRow: true, closesRow: true, blankAt: -1, blankEnd: -1, openCell: -1, closesCell: false } };
    for (let k = i + 1; k < j; k++) out[k] = emptyLine(lts[k].line);
    i = j - 1;
  }
  return out ?? lts;
}

/** Whether token `t` may be a piece of a cell's text wrapped over lines: a word, not a sentence (prose). */
function canJoinPiece(t: Token): boolean {
  return t.kind === 'text' && !(t instanceof ProseToken) && !t.continuation;
}

/**
 * The cell whose text is `a` on one line and `b` on the next (a line break inside an HTML cell, which means nothing
 * there): the pieces joined, as `joinPieces` joins a grid cell's, each piece kept in `parts` where it stands.
 */
function joinCellPieces(a: Token, b: Token): Token {
  const parts = [...(a.parts ?? [a]), b];
  const raw = parts.map((t) => t.raw).join('');
  return { kind: 'text', raw, key: labelKey(raw), line: parts[0].line, start: parts[0].start, end: parts[0].end, pipe: true, parts };
}

/**
 * The offset of the first pipe (`|`, or also `｜` when `full`: the line has one) at or after `from` in `text`; -1 if
 * none. Searching for `｜` only on lines that have one keeps the usual row as cheap as one `indexOf`. A pipe escaped
 * as `\|` is none: it is text of its cell, as GFM reads it (brk161 #2: `| 规章（含\|转义） | 0 |` was five cells).
 */
function nextPipe(text: string, from: number, full: boolean): number {
  return pipeIndex(text, from, full);
}

/** A row's cells after its first number are value cells (as `rowCell` reads a row on one line). */
function markValues(tokens: Token[]): Token[] {
  const first = tokens.findIndex((t) => t.kind === 'value' && hasDigit(t.raw));
  if (first < 0) return tokens;
  return tokens.map((t, k) => (k > first && t.kind === 'text' ? { ...t, kind: 'value' as const, key: '' } : t));
}

/** `|`, `｜`, a dash (`-`, `－`, `—`, `–`, `―`, `−`), `:` or `：`: the characters of a delimiter row besides spaces. */
function isDelimiterChar(c: number): boolean {
  return c === 0x7c || c === 0xff5c || c === 0x3a || c === 0xff1a || isDash(c) || c === 0x2015 || c === 0x2212;
}

/** A delimiter cell: dashes of any kind, with a colon (either width) before or after them for the alignment. */
const DELIMITER_CELL = /^[:：]?[-－—–―−]+[:：]?$/;
/** A delimiter cell that no value cell can be (`VALUE_WORD` takes one or two dashes: `-`, `——`): 3+ dashes, a colon. */
const SURE_DELIMITER_CELL = /[:：]|[-－—–―−]{3}/;

/**
 * Whether line `text` (characters `[a, b)`) could be a delimiter row by its characters alone: pipes (at least one),
 * dashes, colons and spaces only. Cheap (stops at the first other character); such a line is read by the lines
 * above it (see `isDelimiterRow`).
 */
export function mayBeDelimiterRow(text: string, a = 0, b = text.length): boolean {
  let pipes = 0, other = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) pipes++;
    else if (isDelimiterChar(c)) other++;
    else if (!isSpace(c)) return false;
  }
  return pipes > 0 && other > 0;
}

/** At most this many header rows stand between a table's first line and its delimiter row (表三, 表四: 3). */
export const HEADER_ROWS = 4;

/**
 * Whether line `lineNo` (`text[a, b)`, trimmed) is a delimiter row as people paste one: cells of dashes between
 * pipes, with or without outer pipes, compact (`|-|:-|`) or spaced, `|` or full-width `｜`, ASCII or full-width
 * dashes (`－`, `—`). A row whose every cell is one or two dashes reads the same as a row of `-` values (none, 0):
 * it is the delimiter only right under the table's header rows — the line above is a pipe row of words and no
 * values with as many cells (as Markdown requires), and no delimiter row or row of values stands above it in the
 * table — so a row of `-` values under a header of another width (表四's 15 values under its 10 result columns) or
 * below the delimiter stays values. Reads up to `HEADER_ROWS` lines above (only for such a line).
 */
function isDelimiterRow(lines: LineIndex, lineNo: number, text: string, a: number, b: number): boolean {
  if (!mayBeDelimiterRow(text, a, b)) return false;
  const parts = text.slice(a, b).split(/[|｜]/);
  // Outside the outer pipes there is no cell.
  if (parts[0].trim() === '') parts.shift();
  if (parts.length && parts[parts.length - 1].trim() === '') parts.pop();
  if (!parts.length) return false;
  let sure = true, plain = true;
  for (const p of parts) {
    const cell = p.trim();
    if (!DELIMITER_CELL.test(cell)) return false;
    if (!SURE_DELIMITER_CELL.test(cell)) sure = false;
    // `--` cells only: a delimiter row as ever read (see `DELIMITER`).
    if (!/^-{2,}$/.test(cell)) plain = false;
  }
  if (sure || plain) return true;
  if (parts.length < 2 || lineNo === 0) return false;
  // One or two dashes a cell: the delimiter only under the header rows, the first of them as wide.
  for (let i = lineNo - 1; i >= 0 && i >= lineNo - 1 - HEADER_ROWS; i--) {
    const above = lines.line(i);
    if (mayBeDelimiterRow(above)) return false;
    const head = tokenizeLine(lines, i);
    // A line of pipes only (`|||`, `｜｜｜`) marks merged header cells (seed 001).
    if (head.tokens.length === 0 && i < lineNo - 1 && (above.includes('|') || above.includes('｜'))) continue;
    // The table's first line is above the header rows.
    if (head.tokens.length === 0 || head.html || head.prose || !head.tokens.some((t) => t.pipe)) return i < lineNo - 1;
    if (i === lineNo - 1 && head.tokens.length !== parts.length) return false;
    let words = 0;
    for (const t of head.tokens) {
      if (t.kind === 'value' || !t.pipe) return false;
      if (t.kind === 'text') words++;
    }
    if (words === 0) return false;
  }
  return lineNo - 1 - HEADER_ROWS < 0;
}

/** Whether `text[a, b)` (trimmed) is a grid table's border line: `+`, then dashes, `=` or colons, and `+` between cells. */
export function isGridBorder(text: string, a = 0, b = text.length): boolean {
  if (b - a < 3 || text.charCodeAt(a) !== 0x2b || text.charCodeAt(b - 1) !== 0x2b) return false;
  for (let i = a + 1; i < b - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2d && c !== 0x3d && c !== 0x3a && c !== 0x2b) return false;
  }
  return true;
}

/**
 * Whether `text` (trimmed) is a grid table's partial border: a line inside a header whose merged cells span rows,
 * where some columns' rows end (`+-----+-----+`) while a merged cell goes on beside them in blanks
 * (`|          |        +--------+--------+      |`, pandoc 3 from Word's merged header cells). Only pipes, blanks
 * and border runs, with at least one `+` followed by `-`, `=` or `:`; the merged cells' text stays blank on it.
 */
export function isPartialGridBorder(text: string): boolean {
  const c0 = text.charCodeAt(0), cz = text.charCodeAt(text.length - 1);
  if (text.length < 3 || (c0 !== 0x7c && c0 !== 0x2b) || (cz !== 0x7c && cz !== 0x2b)) return false;
  let run = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2b && i + 1 < text.length && (text[i + 1] === '-' || text[i + 1] === '=' || text[i + 1] === ':')) run = true;
    else if (c !== 0x7c && c !== 0x2b && c !== 0x2d && c !== 0x3d && c !== 0x3a && c !== 0x20) return false;
  }
  return run;
}

/**
 * Whether `text` (trimmed) ends a grid table's row: a border (`isGridBorder`), or a line of a grid with a border run
 * (`+------+`) between its outer pipes, where some columns' rows end while a merged cell beside them goes on (blank,
 * as `isPartialGridBorder`, or with the merged cell's text: `| 第一项加第二项之和，等于 +--------+------+`).
 */
export function isGridRowBoundary(text: string): boolean {
  if (isGridBorder(text)) return true;
  const c0 = text.charCodeAt(0), cz = text.charCodeAt(text.length - 1);
  return text.length >= 5 && (c0 === 0x7c || c0 === 0x2b) && (cz === 0x7c || cz === 0x2b) && /\+[-=:]{2,}\+/.test(text);
}

/** HTML entities of white space: no-break, en, em, thin and ideographic spaces, by name or number. */
const ENTITY_SPACE = new RegExp(`^${SPACE_ENTITY}`, 'i');
const ENTITY_SPACE_END = new RegExp(`${SPACE_ENTITY}$`, 'i');

/** `[x, y)` of `text` without the white space and white-space entities (`&nbsp;`, `&#12288;`) at either end. */
function trimEntitySpaces(text: string, x: number, y: number): [number, number] {
  for (let m; x < y && (m = ENTITY_SPACE.exec(text.slice(x, y))); ) {
    x += m[0].length;
    while (x < y && isSpace(text.charCodeAt(x))) x++;
  }
  for (let m; x < y && (m = ENTITY_SPACE_END.exec(text.slice(x, y))); ) {
    y -= m[0].length;
    while (y > x && isSpace(text.charCodeAt(y - 1))) y--;
  }
  return [x, y];
}

/** At most this many lines make one row of a grid table (a cell's text wrapped over lines). */
export const GRID_ROW_LINES = 12;

/**
 * Joins each row of a grid table that spans lines (`| 一、本年新收政府信息 | 40 |` over `| 公开申请数量 |    |`,
 * between border lines `+---+`: pandoc wraps a wide Word table's cells so) into one row on its first line: cell `k`
 * is the text of cell `k` of every line of the row, joined (a label's pieces make the label; a number stands on one
 * of the lines, the others blank there). The joined token keeps the range of its first non-blank piece. Its other
 * lines get no tokens. Only rows whose lines have the same number of cells, with a border line right above and right
 * below; other lines are returned as they are. `lts` are consecutive lines of `lines`; returns `lts` itself when
 * nothing was joined.
 */
export function joinGridRows(lines: LineIndex, lts: LineTokens[]): LineTokens[] {
  let out: LineTokens[] | null = null;
  // A partial border under a merged header cell ends the rows beside it too (pandoc 3's spanning header rows).
  const border = (i: number) => i >= 0 && i < lines.lineCount && isGridRowBoundary(lines.line(i).trim());
  for (let i = 0; i + 1 < lts.length; i++) {
    const lt = lts[i];
    if (!lt.pipeRow || !lts[i + 1].pipeRow || lt.html || !border(lt.line - 1)) continue;
    let j = i + 1;
    while (j < lts.length && j - i < GRID_ROW_LINES && lts[j].pipeRow && lts[j].tokens.length === lt.tokens.length) j++;
    if (j - i < 2 || !border(lts[i].line + (j - i))) continue;
    const tokens = lt.tokens.map((_, k) => joinPieces(lts.slice(i, j).map((x) => x.tokens[k])));
    out ??= lts.slice();
    let values = 0;
    for (const t of tokens) if (t.kind !== 'text') values++;
    out[i] = { ...lt, tokens: markValues(tokens), values };
    for (let k = i + 1; k < j; k++) out[k] = emptyLine(lts[k].line);
    i = j - 1;
  }
  return out ?? lts;
}

/** One cell of a grid row from its pieces on each line: blank if all are, else the non-blank pieces joined. */
function joinPieces(pieces: Token[]): Token {
  const filled = pieces.filter((t) => t.kind !== 'blank');
  if (filled.length === 0) return pieces[0];
  if (filled.length === 1) return filled[0];
  const raw = filled.map((t) => t.raw).join('');
  const first = filled[0];
  const kind: TokenKind = filled.every((t) => t.kind === 'value') ? (isValueText(raw) ? 'value' : 'text') : 'text';
  return { kind, raw, key: kind === 'text' ? labelKey(raw) : '', line: first.line, start: first.start, end: first.end, pipe: true, parts: filled };
}

function emptyLine(line: number): LineTokens {
  return { line, tokens: NO_TOKENS, pipeRow: false, values: 0, prose: false };
}

/** A list item's marker and the white space after it, right before a table's first pipe (`- |`, `* |`, `1. |`). */
export const LIST_MARKER_BEFORE_PIPE = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\|)/;

/** How many lines above a line an HTML tag that runs onto it may have opened (Word wraps a long tag's attributes). */
export const TAG_LINES = 4;

/** Whether `text` ends inside an HTML tag (`<td style='…` without its `>`), given whether it starts inside one. */
function endsInsideTag(text: string, inside: boolean): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inside) {
      if (c === 0x3e /* > */) inside = false;
    } else if (c === 0x3c /* < */) {
      const d = text.charCodeAt(k + 1);
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || d === 0x2f /* / */) inside = true;
    }
  }
  return inside;
}

/** Whether line `i` of `lines` starts inside an HTML tag opened on a line above it (at most `TAG_LINES` up). */
function startsInsideTag(lines: LineIndex, i: number): boolean {
  let j = i - 1;
  // The nearest line above with a `<` that may open the tag; the lines between it and `i` must have no `>`.
  while (j >= 0 && i - j <= TAG_LINES && lines.line(j).indexOf('<') < 0) {
    if (lines.line(j).indexOf('>') >= 0) return false;
    j--;
  }
  if (j < 0 || i - j > TAG_LINES) return false;
  return endsInsideTag(lines.line(j), false);
}

/**
 * Line `i` of `lines` with the pieces of an HTML tag that Word's HTML wraps over lines (`<td width=90 style='border:…;`
 * then `padding:0cm'>`, `<span` then `lang=EN-US>24</span>`; helper-226 B1) made a tag of each line: the end of a tag
 * opened above read as an inline `<span>` (its attributes blanked), and a tag left open at the end of the line closed
 * there (its name kept, its attributes blanked). The same length, so every offset stays the line's. The line itself
 * when no tag runs over.
 */
export function withSplitTagsClosed(lines: LineIndex, i: number): string {
  let text = lines.line(i);
  if (text.indexOf('<') < 0 && text.indexOf('>') < 0) return text;
  let inside = false;
  if (text.indexOf('>') >= 0 && i > 0 && startsInsideTag(lines, i)) {
    // The tag's end becomes an inline tag of its own after the line's indentation (`<span    >24</span></p>`), which
    // the cell readers read through: the line stays a line of markup.
    const close = text.indexOf('>');
    let from = 0;
    while (from < close && isSpace(text.charCodeAt(from))) from++;
    const room = close + 1 - from;
    const tag = room >= 6 ? '<span' : room >= 3 ? '<i' : '';
    text = text.slice(0, from) + (tag ? tag + ' '.repeat(room - tag.length - 1) + '>' : ' '.repeat(room)) + text.slice(close + 1);
    inside = false;
  }
  if (text.indexOf('<') < 0 || !endsInsideTag(text, inside)) return text;
  const open = text.lastIndexOf('<');
  const name = /^<\/?[a-zA-Z][a-zA-Z0-9]*/.exec(text.slice(open))?.[0];
  if (!name) return text;
  // (No room for the `>` after the name, `<span` ending the line: blanked; the line below opens it, `<span    >`.)
  if (text.length - open < name.length + 1) return text.slice(0, open) + ' '.repeat(text.length - open);
  return text.slice(0, open) + name + ' '.repeat(text.length - open - name.length - 1) + '>';
}

/** A report's title, as a page's running header repeats it (`某某局2020年政府信息公开工作年度报告`). */
const RUNNING_TITLE = /^(?:\S{2,40}?)?(?:(?:19|20)\d{2}\s*年度?)?\S{0,12}?政府信息公开\S{0,12}?(?:年度)?报告$/;

/**
 * Whether line `lineNo` (`text[a, b)` its content, trimmed) is what a page break leaves in a table: a line that opens a
 * page (a form feed before its text) holding the report's title, the running header; or a page number alone (1–3
 * digits) on the line before a page opens, when it is about the page's number (the form feeds before it count the
 * pages: from one less to two more, for an unnumbered cover page or two) — a cell of the page's last row would be a
 * number of any size.
 */
function atPageBreak(lines: LineIndex, lineNo: number, text: string, a: number, b: number): boolean {
  const word = text.slice(a, b);
  const number = b - a <= 3 && /^\d{1,3}$/.test(word);
  // The first line of a page (a form feed before its text, or alone on the line above) holding the report's title.
  // (Not a number there: a table that runs on to the next page opens it with a cell, often a small count; page
  // numbers stand at the foot of the page, before the form feed.)
  const opens = (a > 0 && text.lastIndexOf('\f', a - 1) >= 0) || (lineNo > 0 && /^\s*\f\s*$/.test(lines.line(lineNo - 1)));
  if (opens) return !number && RUNNING_TITLE.test(word.replace(/\s+/g, ''));
  // The last line of a page: a page number alone before the form feed.
  return number && lineNo + 1 < lines.lineCount && /^\s*\f/.test(lines.line(lineNo + 1)) && pageNumberFits(lines, lineNo, Number(word));
}

/**
 * Whether `n`, alone on line `lineNo` at a page break, is about the number of the page there: the form feeds at or
 * before the line count the pages before it, from one less to two more (an unnumbered cover page or two).
 */
function pageNumberFits(lines: LineIndex, lineNo: number, n: number): boolean {
  const page = pagesBefore(lines, lineNo + 1);
  return n >= page - 1 && n <= page + 2;
}

/** Whether a line is what a page break leaves: it holds a form feed, or is a page number or footer (`- 3 -`, `第3页`). */
function pageBreakLine(line: string): boolean {
  if (line.indexOf('\f') >= 0) return true;
  const t = line.trim();
  return t.length > 0 && t.length <= 16 && (PAGE_NUMBER.test(t) || PAGE_FOOTER.test(t));
}

/** Whether blank line `lineNo` holds a form feed or stands, with other blank lines at most, next to a page break's line. */
function nearPageBreak(lines: LineIndex, lineNo: number): boolean {
  if (lines.line(lineNo).indexOf('\f') >= 0) return true;
  for (const step of [1, -1]) {
    for (let j = lineNo + step, k = 0; j >= 0 && j < lines.lineCount && k < 3; j += step, k++) {
      const l = lines.line(j);
      if (pageBreakLine(l)) return true;
      if (l.trim()) break;
    }
  }
  return false;
}

/** Per text, the lines that hold a form feed (in order): the page breaks of a PDF's text. */
const formFeeds = new WeakMap<LineIndex, number[]>();

/** How many lines before line `lineNo` hold a form feed. */
function pagesBefore(lines: LineIndex, lineNo: number): number {
  let at = formFeeds.get(lines);
  if (!at) {
    at = [];
    for (let i = 0; i < lines.lineCount; i++) if (lines.line(i).indexOf('\f') >= 0) at.push(i);
    formFeeds.set(lines, at);
  }
  return firstAtOrAfter(at, lineNo);
}

/** A line of text that holds no cell (an HTML comment, a page number): `LineTokens.noCells`. */
export function noCellLine(line: number): LineTokens {
  return { line, tokens: NO_TOKENS, pipeRow: false, values: 0, prose: false, noCells: true };
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Reads a value token as a `Cell`: the number (NFKC digits, thousands separators removed), its unit (after optional
 * spaces), or why it is not a number. `零`/`〇` read as 0 with `invalid: 'numeral'` (other Chinese numerals, `二十`,
 * `十二点三五万`, read as no number with it); a unit in a count cell reads
 * its number with `invalid: 'unit'` (sums skip both until fixed). `signed` allows a leading minus (2019
 * `本年增/减`); `decimal` allows a fraction (amount columns). A number written `+21` where no sign belongs, or `021`,
 * reads as 21 with `form` saying so; so does a number with invisible characters in it (`4\u200b6`: 46) or a footnote
 * marker after it (`24①`: 24, not the 241 that NFKC would make of it). A number of more than `MAX_DIGITS` digits
 * before its point is no count: `value` null, `invalid: 'long'`. A number struck through (`~~23~~`) is no value
 * (`invalid: 'struck'`); one beside the current number (`~~3~~ 2`) reads as that number, `invalid: 'struck-beside'`.
 */
/**
 * Units that a count cell must not carry whatever its number, and with which a fraction is no fraction of an item:
 * a multiplier (`12.5万` is 125000), a money unit, a percentage. A count's own unit (`件`, `个`) is not one of them:
 * `1.5件` is a decimal.
 */
const NOT_COUNT_UNIT = new Set(['万', '万元', '元', '%']);

export function readCell(tok: Token, opts: { signed?: boolean; decimal?: boolean } = {}): Cell {
  if (tok.kind === 'blank') return { raw: '', value: null, range: tokenRange(tok) };
  const raw = tok.raw;
  // The usual cell, plain digits: the general reading below gives exactly this.
  if (isDigits(raw)) {
    const cell: Cell = { raw, value: Number(raw), range: tokenRange(tok) };
    if (raw.length > 1 && raw.charCodeAt(0) === 0x30) cell.form = 'leading-zero';
    return cell;
  }
  // A struck-through number is a deleted value: no number is read from it (see `STRUCK`). Beside the current number
  // (`~~3~~ 2`), the cell reads as that number, flagged like 零 so sums skip it until the deleted one is taken out.
  const trimmed = raw.trim();
  if (STRUCK.test(trimmed)) return { raw, value: null, range: tokenRange(tok), invalid: 'struck' };
  const beside = STRUCK_BESIDE.exec(trimmed);
  if (beside) {
    const n = (beside[1] ?? beside[2]).normalize('NFKC').replace(/,(?=\d{3}\b)/g, '');
    return { raw, value: /^\d{1,15}(?:\.\d+)?$/.test(n) ? Number(n) : null, range: tokenRange(tok), invalid: 'struck-beside' };
  }
  const visible = raw.replace(INVISIBLE, '');
  // A footnote marker after the number (`24①`, `24¹`): NFKC would make it a digit (241).
  const marker = FOOTNOTE.exec(visible);
  const core = marker ? visible.slice(0, marker.index) : visible;
  const n = core.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '').replace(/^[−－–‒]/, '-').trim();
  // 零 and 〇 mean 0 beyond doubt: read as 0 but flagged, like a unit, so sums skip the cell until it is fixed.
  if (n === '零' || n === '〇') return { raw, value: 0, range: tokenRange(tok), invalid: 'numeral' };
  // Any other number in Chinese numerals (`二十`, `十二点三五万`): no reading is taken for it (which unit `万` stands
  // for is the author's), only said to be a numeral.
  if (CN_NUMBER.test(n)) return { raw, value: null, range: tokenRange(tok), invalid: 'numeral' };
  // A space may stand between the number and its unit (`0 件`, `0　件`: NFKC makes the full-width space a space).
  // 本年增/减 written in words (`减3`, `增加5`): the signed number, said as an odd form.
  // Also `减少 2`, `下降2`, `减少二` (a small numeral), `-2（减少）` (the word after the number, in brackets).
  const down = (word: string) => word.startsWith('减') || word === '下降';
  const worded = opts.signed ? WORDED_CHANGE.exec(n) : null;
  if (worded) return { raw, value: (down(worded[1]) ? -1 : 1) * Number(worded[2]), range: tokenRange(tok), form: 'worded-sign' };
  const numeral = opts.signed ? WORDED_NUMERAL.exec(n) : null;
  const small = numeral ? smallNumeral(numeral[1]) : null;
  if (numeral && small !== null) return { raw, value: (down(n) ? -1 : 1) * small, range: tokenRange(tok), form: 'worded-sign' };
  const after = opts.signed ? WORDED_AFTER.exec(n) : null;
  // The sign, when written, must say what the word says (`-2（增加）` is not read).
  if (after && (!after[1] || (after[1] === '-') === down(after[3]))) return { raw, value: (down(after[3]) ? -1 : 1) * Number(after[2]), range: tokenRange(tok), form: 'worded-sign' };
  // (A space may stand after the sign too, `- 1`: the number, said as an odd form.)
  // (`万` alone is how `万元` is often shortened: `12.35万` in an amount column reads as `12.35万元` does.)
  // An amount with its currency before it (`￥12.5`, `RMB 12.5`): read, flagged like a unit.
  const currency = CURRENCY.exec(n);
  if (currency) {
    const rest = readCell({ ...tok, raw: n.slice(currency[0].length) }, opts);
    return { raw, value: rest.value, range: tokenRange(tok), invalid: rest.value === null ? rest.invalid ?? 'word' : 'currency', ...(rest.unit ? { unit: rest.unit } : {}) };
  }
  const m = /^([+-]?)(\s*)(\d+(?:\.\d+)?|\.\d+)(?:\s*(万元|元|万|件|个|条|次|项|人次|%))?$/.exec(n);
  if (!m) return { raw, value: null, range: tokenRange(tok), invalid: QUALIFIED.test(n) ? 'approximate' : lookalikeDigits(n) !== null ? 'letter' : 'word' };
  const [, sign, gap, digits, unit] = m;
  // More than 15 digits before the point (a pasted ID number, `9007199254740993`): no count or amount, and past what
  // a double holds exactly (it would be summed and shown rounded, as numbers not in the text).
  if (tooManyDigits(digits)) return { raw, value: null, range: tokenRange(tok), invalid: 'long' };
  const cell: Cell = { raw, value: Number(sign === '-' ? -Number(digits) : Number(digits)), range: tokenRange(tok) };
  if (unit) cell.unit = unit;
  if (sign === '-' && !opts.signed) {
    cell.invalid = 'negative';
  } else if (digits.includes('.') && !opts.decimal && !(unit && NOT_COUNT_UNIT.has(unit))) {
    // (`12.5万`, `12.5%` in a count cell: the unit is what is wrong there, not the fraction: 12.5万 is 125000.)
    cell.invalid = 'decimal';
  } else if (unit && !(opts.decimal && (unit === '元' || unit === '万元' || unit === '万'))) {
    cell.invalid = 'unit';
  }
  if (!cell.invalid) {
    // `+21` only where a sign belongs (本年增/减); `021`, `05.5`: a zero before another digit of the whole part.
    if (marker) cell.form = 'footnote';
    else if (visible.length !== raw.length) cell.form = 'invisible';
    else if (sign === '+' && !opts.signed) cell.form = 'plus';
    else if (gap) cell.form = 'spaced-sign';
    // `－3`, `＋3`: the sign typed in the full-width mode, the digits not (full-width digits too are the full-width
    // warning's). Word's en dash (`–3`) and the minus sign U+2212 are how those tools write a minus: not said.
    else if (/^[－＋][0-9]/.test(core.trim())) cell.form = 'wide-sign';
    else if (/^0\d/.test(digits)) cell.form = 'leading-zero';
    // `1，520`: a full-width comma between ASCII digits, read as a thousands separator (as `1,520` is), but in a
    // Chinese table as likely two numbers run together (1 and 520): said (brk120 #5).
    else if (/[0-9]，[0-9]/.test(core)) cell.form = 'wide-comma';
  }
  return cell;
}
