import { ownCopy } from './lines.js';

/** Characters that NFKC may change: everything outside ASCII, common punctuation and the CJK unified ideographs. */
const NEEDS_NFKC = /[^\x00-\x7e\u3001\u3002\u201c\u201d\u3014\u3015\u4e00-\u9fff]/;

/**
 * Label keys: the form in which labels of the text and of the template are compared (templates.md §0.2):
 * NFKC, with all whitespace (including U+3000 and `&nbsp;`), table separators `|`, `<br>` and inline tags (`<span>`) removed, curly and
 * straight quotes unified, the sub-row numbering `1、` read as `1.` (and so Word's list numbering `①`, `（1）`, `(1)`,
 * `1)` before a label's words, see `LIST_ORDINAL`), and `其它` read as `其他` (a common variant
 * written in labels such as `法人或其它组织`, `2.其它法律行政法规禁止公开`: the same label, not a misspelling).
 * A string that none of this changes (CJK and plain ASCII words) is its own key and costs one scan; the usual
 * characters of labels and table lines are mapped in one more pass; the keys of other strings (rare characters,
 * `<br>`) are remembered per distinct string.
 */
export function labelKey(s: string): string {
  if (isOwnKey(s)) return s;
  const fast = simpleLabelKey(s);
  if (fast !== null) return fast;
  let k = keyMemo.get(s);
  if (k === undefined) {
    k = generalLabelKey(s);
    if (s.length <= MEMO_MAX_LEN) {
      if (keyMemo.size >= MEMO_MAX_SIZE) keyMemo.clear();
      // Own copies: `s` is usually a slice of a document's text, which the memo would otherwise keep alive.
      keyMemo.set(ownCopy(s), ownCopy(k));
    }
  }
  return k;
}

/** Keys of strings up to this length are remembered, at most this many (then the memo starts over). */
const MEMO_MAX_LEN = 64;
const MEMO_MAX_SIZE = 10_000;
const keyMemo = new Map<string, string>();

/**
 * Markup inside a label that is no part of its words: `&nbsp;`, line breaks (`本年新<br/>制作数量`) and the inline tags
 * a web page wraps text in (`<span style=…>本年新</span><span>制作数量</span>`, `<font>`, `<p>`, `<o:p>`).
 */
const INLINE_MARKUP_IN_LABEL = /<\/?(?:br|span|font|p|div|o:p|u|small|big|ins)(?:\s[^<>]*)?\/?>|&nbsp;/gi;

function generalLabelKey(s: string): string {
  // A circled number before the label's words (`①属于国家秘密`, also after the pipe and spaces of a line's text) is
  // its ordinal: NFKC would leave a bare `1`.
  s = s.replace(CIRCLED_KEY, (_, lead: string, c: string) => `${lead}${circledNumber(c.charCodeAt(0))}.`);
  // NFKC changes only compatibility characters (full-width forms, circled numbers, …): skip it for plain text.
  return listOrdinalKey(
    (NEEDS_NFKC.test(s) ? s.normalize('NFKC') : s)
      .replace(INLINE_MARKUP_IN_LABEL, '')
      .replace(/[\s|\u00a0\u3000*#]+/g, '')
      .replace(/[“”"„‟〝〞]/g, '"')
      .replace(/[‘’']/g, "'")
      .replace(/^(\d)[、,]/, '$1.')
      .replace(/其它/g, '其他'),
  );
}

/**
 * A sub-row ordinal as Word's list numbering writes it (`（1）属于国家秘密`, `(1)…`, `1)…`; NFKC text) for the
 * template's `1.`: 1–2 digits in brackets or before `)`, then the label's first ideograph, unless that is all a unit
 * of a number (`(1)件`, a value). Group 1 or 2 is the number. A bracketed number alone (`(1)`, a negative as
 * accountants write it) is none: it is a value.
 */
export const LIST_ORDINAL = /^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})\s*\))\s*(?=[\u4e00-\u9fff])(?!(?:万元|元|万|件|个|条|次|项|人次)$)/;

/** The circled numbers that stand for a list ordinal, as a character class body (the same as `isCircledDigit`). */
const CIRCLED_DIGITS = '\\u2460-\\u2473\\u2776-\\u2793';
/**
 * A circled number before a label's first ideograph (`①属于国家秘密`, Word's list numbering; raw text): ①–⑳ and
 * the dingbat ❶–❿, ➀–➉, ➊–➓, which stand for the template's `1.`.
 */
export const CIRCLED_ORDINAL = new RegExp(`^[${CIRCLED_DIGITS}](?=\\s*[\\u4e00-\\u9fff])`);

/** Whether code unit `c` is a circled number of `CIRCLED_ORDINAL` (①–⑳, ❶–➓). */
export function isCircledDigit(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793);
}

/** `CIRCLED_ORDINAL` after what a key removes (white space, `|`, Markdown emphasis): the text before it, the digit. */
const CIRCLED_KEY = new RegExp(`^([\\s|\\u00a0\\u3000*#]*)([${CIRCLED_DIGITS}])(?=\\s*[\\u4e00-\\u9fff])`);

/** The number a circled digit of `CIRCLED_ORDINAL` stands for (`①` 1, `⑳` 20, `❶` 1, `➓` 10). */
function circledNumber(c: number): number {
  return c <= 0x2473 ? c - 0x245f : ((c - 0x2776) % 10) + 1;
}

/** `key` with a leading list ordinal (`(1)`, `1)`, see `LIST_ORDINAL`) written as the template's `1.`. */
function listOrdinalKey(key: string): string {
  const c0 = key.charCodeAt(0);
  if (c0 !== 0x28 && !(c0 >= 0x30 && c0 <= 0x39)) return key;
  return key.replace(LIST_ORDINAL, (_, a: string | undefined, b: string | undefined) => `${a ?? b}.`);
}

let keyBuf = new Uint16Array(256);

/**
 * `labelKey` in one pass for the text of most labels and table lines: CJK ideographs, `、。〔〕`, ASCII, white
 * space, curly quotes and full-width ASCII forms (`（）：，`, whose NFKC is the ASCII character). Null for any
 * other character, and for `<` and `&` (`<br>`, `&nbsp;`): the general path reads those.
 */
function simpleLabelKey(s: string): string | null {
  const n = s.length;
  if (keyBuf.length < n) keyBuf = new Uint16Array(Math.max(n, keyBuf.length * 2));
  const buf = keyBuf;
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (c === 0x5b83 && k > 0 && buf[k - 1] === 0x5176) c = 0x4ed6; // 其它 → 其他
      buf[k++] = c;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // NFKC of a full-width ASCII form
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x7c || c === 0x2a || c === 0x23) continue;
      if (c < 0x20 || c === 0x7f || c === 0x3c || c === 0x26) return null;
      buf[k++] = c === 0x22 ? 0x22 : c;
      continue;
    }
    if (c === 0x3000 || c === 0xa0) continue;
    if (c === 0x3001 || c === 0x3002 || c === 0x3014 || c === 0x3015) buf[k++] = c;
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x301d || c === 0x301e) buf[k++] = 0x22;
    else if (c === 0x2018 || c === 0x2019) buf[k++] = 0x27;
    else return null;
  }
  // `1、` / `1,` → `1.`
  if (k >= 2 && buf[0] >= 0x30 && buf[0] <= 0x39 && (buf[1] === 0x3001 || buf[1] === 0x2c)) buf[1] = 0x2e;
  // `(1)` / `1)` → `1.` (see `LIST_ORDINAL`)
  return k >= 3 && (buf[0] === 0x28 || buf[1] === 0x29 || buf[2] === 0x29) ? listOrdinalKey(charsToString(buf, k)) : charsToString(buf, k);
}

/** The string of `buf[0..k)`. */
function charsToString(buf: Uint16Array, k: number): string {
  if (k <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, k) as unknown as number[]);
  let out = '';
  for (let i = 0; i < k; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return out;
}

/**
 * Whether `labelKey(s) === s`, decided without allocating: only CJK ideographs, `、。〔〕` and printable ASCII
 * other than the characters a key removes or rewrites (`|*#"'<&`), and no leading `1、` / `1,` / `(1)` / `1)`.
 */
function isOwnKey(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (c === 0x5b83 && i > 0 && s.charCodeAt(i - 1) === 0x5176) return false; // 其它 → 其他
      continue;
    }
    if (c > 0x20 && c < 0x7f) {
      if (c === 0x7c || c === 0x2a || c === 0x23 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x26) return false;
      continue;
    }
    if (c === 0x3001 || c === 0x3002 || c === 0x3014 || c === 0x3015) continue;
    return false;
  }
  if (n >= 2) {
    const c0 = s.charCodeAt(0), c1 = s.charCodeAt(1);
    if (c0 >= 0x30 && c0 <= 0x39 && (c1 === 0x3001 || c1 === 0x2c)) return false;
    if ((c0 === 0x28 || c1 === 0x29 || (n >= 3 && s.charCodeAt(2) === 0x29)) && LIST_ORDINAL.test(s)) return false;
  }
  return true;
}

/** White space as `String.prototype.trim` and `\s` see it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `labelKey` without trailing sentence punctuation (`。`, `;`, `.`, `:`), for section titles (§0.3). */
export function titleKey(s: string): string {
  return labelKey(s).replace(/[。;.:,、]+$/u, '');
}

/**
 * How many edits (`editDistance`) a section title key of `length` characters may be off and still be read as that
 * title misspelled: a quarter of its length, at least 1 (section-title's budget; also where a heading's section and a
 * wrapped title are recognised).
 */
export function titleTypoBudget(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

/** The edit distance of two labels counted in characters (an emoji, two UTF-16 units, is one). */
export function charDistance(a: string, b: string): number {
  const chars = (x: string) => x.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '\uFFFC');
  return editDistance(chars(a), chars(b));
}

/** The two rows `editDistance` works in, reused: it runs for every label compared with the template's. */
let distanceRows = new Uint32Array(128);

/** Levenshtein distance between two short strings (labels; at most a few dozen characters), in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const width = b.length + 1;
  if (distanceRows.length < 2 * width) distanceRows = new Uint32Array(2 * width);
  const d = distanceRows;
  // Row i-1 at offset `prev`, row i at `cur` (swapped after each row).
  let prev = 0;
  let cur = width;
  for (let j = 0; j < width; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[cur] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const del = d[prev + j] + 1;
      const ins = d[cur + j - 1] + 1;
      const sub = d[prev + j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      d[cur + j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return d[prev + b.length];
}

/**
 * Share of the character bigrams of `label` that occur in `text` (0…1). Robust to labels that a layout
 * splits, wraps or surrounds with other text; used to align value rows with template rows.
 */
export function bigramCoverage(label: string, text: string): number {
  if (label.length < 2) return text.includes(label) ? 1 : 0;
  let hit = 0;
  for (let i = 0; i + 1 < label.length; i++) if (text.includes(label.slice(i, i + 2))) hit++;
  return hit / (label.length - 1);
}

/** Letters typed for 〇 in a year written in Chinese numerals (`二O二四`, `二Ｏ二四`, `二o二四`). */
const ZERO_LETTERS = 'OＯo';

/**
 * A year written in digits or Chinese digits, as ASCII digits (`二〇二四`, `二零二四`, `二○二四`, `２０２４` → `2024`);
 * in a year that has a Chinese digit, the letter O/Ｏ/o typed for 〇 is read as 0 too (`二O二四` → `2024`); other
 * characters are kept (so `202` stays three digits, for callers that check the length).
 */
export function yearDigits(s: string): string {
  const chinese = /[〇○零一二三四五六七八九]/.test(s);
  let out = '';
  for (const c of s) {
    const w = c.charCodeAt(0);
    const k = c === '○' || c === '零' || (chinese && ZERO_LETTERS.includes(c)) ? 0 : w >= 0xff10 && w <= 0xff19 ? w - 0xff10 : '〇一二三四五六七八九'.indexOf(c);
    out += k >= 0 ? String(k) : c;
  }
  return out;
}

/**
 * Regular-expression source of a year 1900–2099 written in ASCII or full-width digits (`2024`, `２０２４`) or digit by
 * digit in Chinese numerals with 〇/○/零 for zero (`二〇二四`, `二零二四`, `一九九九`), or the letter O/Ｏ/o typed for 〇
 * after the first numeral (`二O二四`, `二Ｏ二四`; never a lone O: the year starts with 一 or 二); no capture group, not
 * anchored (a caller that must not start inside a longer number adds its own look-behind). Every caller follows it
 * with 年. Read its match with `yearDigits`.
 */
export const YEAR_SOURCE = String.raw`(?:(?:19|20)\d{2}|(?:１９|２０)[０-９]{2}|[一二][〇○零OＯo九][〇○零OＯo一二三四五六七八九]{2})`;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Value of a Chinese numeral written out in full, up to 99 999 999 (`一` → 1, `十二` → 12, `两` → 2,
 * `一百零五` → 105, `三千一百九十一` → 3191, `两万零三十` → 20030); a single `零`/`〇` is 0. NaN for anything else,
 * including the colloquial shortenings whose value is ambiguous in isolation (`一百五`, `三万五`), `两` in the
 * tens or units (`两十`), digit-by-digit forms (`二〇二四`) and run-together numbers (`十四五`).
 */
export function chineseNumeral(s: string): number {
  if (!s) return NaN;
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  const w = s.indexOf('万');
  if (w < 0) return cnSection(s, false);
  if (s.indexOf('万', w + 1) >= 0) return NaN;
  const hi = cnSection(s.slice(0, w), false);
  if (!(hi >= 1)) return NaN;
  return w + 1 === s.length ? hi * 10000 : hi * 10000 + cnSection(s.slice(w + 1), true);
}

const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A numeral below 10 000 (`三千一百九十一`, `十二`, `两百`); `afterWan`: the part after 万, which starts with
 * 零 unless it has thousands (`一万零五`, `一万二千`). NaN when not well formed.
 */
function cnSection(s: string, afterWan: boolean): number {
  let i = 0;
  if (afterWan) {
    if (s[0] === '零' || s[0] === '〇') i = 1;
    else if (s[1] !== '千') return NaN;
  }
  const start = i;
  if (start >= s.length) return NaN;
  let total = 0, digit = -1, liang = false, lastUnit = 10000, zero = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '零' || c === '〇') {
      if (digit >= 0 || i === start || zero) return NaN;
      zero = true;
    } else if (c in CN_UNIT) {
      const u = CN_UNIT[c];
      if (u >= lastUnit || (liang && u === 10)) return NaN;
      // A bare 十 only opens a number (`十二`, `一万零十`).
      if (digit < 0) {
        if (u !== 10 || i !== start) return NaN;
        digit = 1;
      }
      // 零 stands for skipped units, and skipped units need it (`一千零十`, not `一千十`).
      if (total > 0 && zero !== lastUnit / u > 10) return NaN;
      total += digit * u;
      lastUnit = u;
      digit = -1;
      liang = false;
      zero = false;
    } else if (c in CN_DIGITS) {
      if (digit >= 0) return NaN;
      digit = CN_DIGITS[c];
      liang = c === '两';
    } else return NaN;
  }
  if (digit >= 0) {
    // The units after a higher unit: `一百零五`; `一百五` (150?) and `十两` are not read.
    if (total > 0 && (liang || zero !== lastUnit > 10)) return NaN;
    total += digit;
  } else if (zero) return NaN;
  return total;
}

/** A month or day in ASCII or full-width digits or Chinese numerals (`12`, `１２`, `十二`, `三十一`, `元` for 元月); null when empty or unreadable. */
export function monthDay(s: string): number | null {
  if (/^[0-9０-９]+$/.test(s)) return Number(yearDigits(s));
  if (s === '元') return 1;
  const m = /^(?:([一二三])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!s || !m) return null;
  return (m[2] ? (m[1] ? CN_DIGITS[m[1]] : 1) * 10 : 0) + (m[3] ? CN_DIGITS[m[3]] : 0);
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Chinese numeral for 1…99 (`3` → `三`, `12` → `十二`). */
export function toChineseNumeral(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}

/** Offset of the first character of `s` that is not white space (`s.length` if none). */
export function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Characters that show as nothing, pasted from web pages and Word: the soft hyphen U+00AD, the combining grapheme
 * joiner U+034F, U+180E, zero-width space, joiners and direction marks U+200B–U+200F, direction embeddings U+202A–
 * U+202E, word joiner and invisible operators U+2060–U+2064, direction isolates U+2066–U+2069, variation selectors
 * U+FE00–U+FE0F, BOM U+FEFF. Global: for `replace`; `HAS_INVISIBLE` tests.
 */
export const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff]/g;
export const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** `s` with each invisible character (`INVISIBLE`) shown by its code point (`4\u200b6` → `4[U+200B]6`), for messages. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (x) => `[U+${x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * Control characters, which show as nothing or as a box: C0 but tab, line feed and carriage return, DEL and C1 (a NUL
 * pasted with text from another program). Global: for `replace`.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * `s` with each control character (`CONTROL`) shown by its code point (`规\u0000章` → `规[U+0000]章`), as
 * `showInvisible` shows invisible ones: for messages, which quote the report's text (brk188: a row label holding a
 * NUL was quoted with it, and read “规章” in an editor, the same as the label it was told to be).
 */
export function showControls(s: string): string {
  return s.replace(CONTROL, (x) => `[U+${x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Grapheme clusters (`Intl.Segmenter`, made once). */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** How many characters `s` shows: its grapheme clusters (`👨‍👩‍👧` is one, `规章` two). */
export function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of GRAPHEMES.segment(s)) n++;
  return n;
}

/** A pictograph or keycap that a variation selector or zero-width joiner makes one visible symbol with (`⭐️`, `👨‍💼`, `1️⃣`). */
const EMOJI_CLUSTER = /\p{Extended_Pictographic}|\u20e3|\p{Regional_Indicator}/u;

/**
 * The invisible characters of `s` (`INVISIBLE`) that are no part of a visible symbol: a variation selector or zero-width
 * joiner inside an emoji's grapheme cluster (`⭐️` is ⭐ with U+FE0F, `👨‍💼` two pictographs joined by U+200D) is how
 * the emoji is typed and shows as it (brk130 #7); one standing alone, or after a letter or a Chinese character, is not.
 * `shown` is `s` with those shown by their code point, as `showInvisible` does; `hidden` whether there are any;
 * `visible` the text of `s` without them.
 */
export function invisibleOutsideSymbols(s: string): { shown: string; hidden: boolean; visible: string } {
  let shown = '', visible = '', hidden = false;
  for (const { segment } of GRAPHEMES.segment(s)) {
    if (EMOJI_CLUSTER.test(segment) || !HAS_INVISIBLE.test(segment)) {
      shown += segment;
      visible += segment;
    } else {
      hidden = true;
      shown += showInvisible(segment);
      visible += segment.replace(INVISIBLE, '');
    }
  }
  return { shown, hidden, visible };
}

/**
 * `digits` (a plain whole number: ASCII digits only, else returned as it is) grouped by threes with `sep` (`,` or
 * `，`) when it has four digits or more: `1300` → `1,300`. How an agency writes a number that a fix rewrites.
 */
export function groupThousands(digits: string, sep: string): string {
  return /^\d{4,}$/.test(digits) ? digits.replace(/\B(?=(?:\d{3})+$)/g, sep) : digits;
}

/**
 * The columns of line `t`'s leading white space, a tab counted to the next multiple of 4 (CommonMark's tab stops): four
 * or more after a blank line make a Markdown code block.
 */
export function indentColumns(t: string): number {
  let col = 0;
  for (const c of t) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}
