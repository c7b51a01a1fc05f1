import type { Position, Range } from '../types.js';
import type { Report } from '../model/build.js';

/**
 * The prose of a report as one searchable string: every line outside 表二/三/四, joined so that a sentence that
 * a PDF layout wrapped over several lines (or over a page break) reads as one, with all white space removed
 * (`受理政府信息公开申请 17 件` → `受理政府信息公开申请17件`) and full-width digits read as ASCII. A `\n` marks a
 * paragraph break: before a heading or an ordinal (`（二）`, `2.`), around a table or a pipe row. Every character
 * maps back to its position in the source, so findings point at the written number.
 */
export interface ProseText {
  /** The joined prose; digits normalised to ASCII (same length as `raw`). */
  text: string;
  /** The joined prose as written (without white space). */
  raw: string;
  /** Source position of the character at `offset`. */
  position(offset: number): Position;
  /** Source range of the characters `[from, to)` (may span lines). */
  range(from: number, to: number): Range;
}

const PAGE_NUMBER = /^[\s\-—–－_·•]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s\-—–－_·•]*$/;
const ORDINAL_START = /^(?:#{1,6}\s*)?(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.]|\d{1,2}\s*[、．.](?!\d)|#)/;

const cache = new WeakMap<Report, ProseText>();

/** The report's prose (cached per report model: every prose rule reads the same one). */
export function proseOf(report: Report): ProseText {
  let p = cache.get(report);
  if (!p) {
    p = buildProse(report);
    cache.set(report, p);
  }
  return p;
}

/** White space removed from the prose (ASCII, no-break, ideographic and the other Unicode spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** First characters a line can start with (after white space) to be an ordinal or a Markdown heading (`ORDINAL_START`). */
function mayStartOrdinal(c: number): boolean {
  return c === 35 /* # */ || c === 0xff08 /* （ */ || c === 40 /* ( */ || (c >= 48 && c <= 57) || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** Characters of `PAGE_NUMBER`: white space, dashes, dots, digits, 第 and 页. */
function pageNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 95 || c === 0xb7 || c === 0x2022 || c === 0x7b2c /* 第 */ || c === 0x9875 /* 页 */ || isSpace(c);
}

/**
 * Builds the prose in one pass over the lines, reading each line's characters once. The source position of each
 * prose character is kept as runs (a prose offset, a line and a column where a stretch of consecutive source
 * characters starts), so the map costs a few numbers per line rather than two per character.
 */
function buildProse(report: Report): ProseText {
  const { lines } = report;
  const src = lines.text;
  const lineCount = lines.lineCount;
  const excluded = new Uint8Array(lineCount);
  for (const s of Object.values(report.extras.spans)) {
    if (!s) continue;
    for (let i = Math.max(0, s.start); i < Math.min(lineCount, s.end); i++) excluded[i] = 1;
  }
  const isHeadingLine = new Uint8Array(lineCount);
  for (const h of report.headings) if (h.line >= 0 && h.line < lineCount) isHeadingLine[h.line] = 1;
  const parts: string[] = [];
  // Position runs: prose offset where a run starts, and the source line and column of its first character.
  const runAt: number[] = [];
  const runLine: number[] = [];
  const runChar: number[] = [];
  let n = 0;
  let lastIsBreak = false;
  let pendingBreak = false;
  let lastLine = -1;
  let lastEnded = true;
  let widthForms = false;
  const hardBreak = () => {
    // The break sits one column after the character before it: the last run simply grows by one.
    if (n && !lastIsBreak) {
      parts.push('\n');
      n++;
      lastIsBreak = true;
    }
  };
  for (let i = 0; i < lineCount; i++) {
    if (excluded[i]) {
      pendingBreak = true;
      continue;
    }
    const ls = lines.starts[i], le = lines.ends[i];
    // The trimmed line [a, b).
    let a = ls, b = le;
    while (a < b && isSpace(src.charCodeAt(a))) a++;
    while (b > a && isSpace(src.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    // One scan for what the tests below need: pipes, the table-rule characters, CJK, stray numbers, page numbers.
    let pipes = 0;
    let ruleOnly = true;
    let cjk = false;
    let strayOnly = true;
    let pageOnly = true;
    for (let c = a; c < b; c++) {
      const k = src.charCodeAt(c);
      if (k === 124) pipes++;
      if (ruleOnly && !(k === 45 || k === 58 || k === 124 || isSpace(k))) ruleOnly = false;
      if (k >= 0x4e00 && k <= 0x9fff) cjk = true;
      if (strayOnly && !((k >= 48 && k <= 57) || k === 46 || k === 44 || k === 0xff0c || k === 124 || k === 45 || isSpace(k))) strayOnly = false;
      if (pageOnly && !pageNumberChar(k)) pageOnly = false;
    }
    if (pipes >= 2 || (ruleOnly && b - a >= 3)) {
      pendingBreak = true;
      continue;
    }
    if (pageOnly) {
      const t = src.slice(a, b);
      if (PAGE_NUMBER.test(t) && /[-—–－]|页/.test(t)) continue;
    }
    // Stray numbers (a displaced table row) are not prose.
    if (!cjk && strayOnly) {
      pendingBreak = true;
      continue;
    }
    const first = src.charCodeAt(a);
    const heading = isHeadingLine[i] === 1;
    const isHeading = heading || (mayStartOrdinal(first) && ORDINAL_START.test(src.slice(a, b)));
    if (pendingBreak || isHeading || (lastLine >= 0 && isHeadingLine[lastLine] && !lastEnded)) hardBreak();
    pendingBreak = false;
    // Strip Markdown heading marks and quote marks, keep the rest.
    let from = a;
    if (first === 35 /* # */ || first === 62 /* > */) {
      const md = /^(?:#{1,6}\s+|>\s*)/.exec(src.slice(a, Math.min(b, a + 64)));
      if (md) from += md[0].length;
    }
    let runStart = -1;
    for (let c = from; c <= b; c++) {
      const k = c === b ? 32 : src.charCodeAt(c);
      if (!isSpace(k)) {
        if (runStart < 0) runStart = c;
        if ((k >= 0xff10 && k <= 0xff19) || k === 0xff0e || k === 0xff05) widthForms = true;
      } else if (runStart >= 0) {
        runAt.push(n);
        runLine.push(i);
        runChar.push(runStart - ls);
        parts.push(src.slice(runStart, c));
        n += c - runStart;
        lastIsBreak = false;
        runStart = -1;
      }
    }
    lastLine = i;
    const last = src.charCodeAt(b - 1);
    // 。！？!?；; at the end of the line.
    lastEnded = last === 0x3002 || last === 0xff01 || last === 0xff1f || last === 33 || last === 63 || last === 0xff1b || last === 59;
    if (heading && !/[。！？]/.test(src.slice(a, b))) hardBreak();
  }
  const raw = parts.join('');
  // Full-width digits, point and percent read as ASCII (same length); most texts have none: one string serves both.
  const text = widthForms ? raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%') : raw;
  const runs = runAt.length;
  const position = (off: number): Position => {
    if (!n) return { line: 0, character: 0 };
    const k = Math.max(0, Math.min(off, n - 1));
    // The last run starting at or before k.
    let lo = 0, hi = runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runAt[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return { line: runLine[lo], character: runChar[lo] + (k - runAt[lo]) };
  };
  return {
    text,
    raw,
    position,
    range: (a: number, b: number): Range => {
      const start = position(a);
      const last = position(Math.max(a, b - 1));
      return { start, end: { line: last.line, character: last.character + 1 } };
    },
  };
}

/** A sentence of the prose: `[start, end)` in `ProseText.text`, and where its paragraph starts. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** Splits the prose into sentences at `。！？!?` and paragraph breaks (the end includes the stop). */
export function sentencesOf(p: ProseText): Sentence[] {
  const cached = sentenceCache.get(p);
  if (cached) return cached;
  const out: Sentence[] = [];
  const t = p.text;
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 10;
    // \n 。 ！ ？ ! ?
    if (c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63) {
      const end = c === 10 ? i : i + 1;
      if (end > start) out.push({ start, end, paragraph });
      start = i + 1;
      if (c === 10) paragraph = start;
    }
  }
  sentenceCache.set(p, out);
  return out;
}

const sentenceCache = new WeakMap<ProseText, Sentence[]>();

/** A number written in the prose. */
export interface NumberToken {
  /** Offsets in `ProseText.text` of the digits (`[start, end)`). */
  start: number;
  end: number;
  value: number;
  /** Digits after the decimal point (`89.52` → 2). */
  decimals: number;
  /** The unit written right after it (`件`, `条`, `%`, `万元`, `年` …), or ''. */
  unit: string;
  /** `约`, `近`, `超过` before it or `余`, `多`, `左右`, `以上` after it: not an exact count. */
  approx: boolean;
  /** Offset just past the unit (and the approximation mark). */
  unitEnd: number;
}

const UNIT = /^(万|亿)?(余|多)?(人次|万元|亿元|平方米|件|个|条|次|项|宗|起|人|期|场|篇|份|册|家|户|元|年|月|日|号|天|名|类|批|部|本|处|所|套|张|页|封|例|轮|届|%|‰|倍|分|岁|小时|分钟|余|多)?/;

/** The numbers in `[from, to)` of the prose, in order. Phone numbers, dates in ISO form and URLs are left out. */
export function numbersIn(p: ProseText, from = 0, to = p.text.length): NumberToken[] {
  const t = p.text;
  const out: NumberToken[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) && m.index < to) {
    const s = m.index, e = s + m[0].length;
    const before = t[s - 1] ?? '';
    const after = t[e] ?? '';
    if (/[A-Za-z_/:@#.\-－]/.test(before) || /[A-Za-z_@]/.test(after) || (/[-－/]/.test(after) && /\d/.test(t[e + 1] ?? ''))) continue;
    const u = UNIT.exec(t.slice(e, e + 6))!;
    const mult = u[1] ?? '';
    const unit = (mult && !u[3] ? mult : mult + (u[3] && u[3] !== '余' && u[3] !== '多' ? u[3] : '')) || '';
    let approx = Boolean(u[2]) || u[3] === '余' || u[3] === '多';
    const unitEnd = e + u[0].length;
    if (/^(?:左右|以上|以下|上下)/.test(t.slice(unitEnd, unitEnd + 2))) approx = true;
    if (/(?:约|近|超|逾|超过|将近|大约|不足|不到|接近)$/.test(t.slice(Math.max(0, s - 2), s))) approx = true;
    const digits = m[0].replace(/,/g, '');
    const dot = digits.indexOf('.');
    out.push({ start: s, end: e, value: Number(digits), decimals: dot >= 0 ? digits.length - dot - 1 : 0, unit, approx, unitEnd });
  }
  return out;
}

/** The number starting exactly at `offset`, if any. */
export function numberAt(p: ProseText, offset: number): NumberToken | null {
  if (!/\d/.test(p.text[offset] ?? '') || /[\d.]/.test(p.text[offset - 1] ?? '')) return null;
  const n = numbersIn(p, offset, offset + 1);
  return n.length && n[0].start === offset ? n[0] : null;
}

/** Counts of applications and cases are written with these units. */
export const COUNT_UNITS = new Set(['件', '宗', '起', '个', '例', '份']);
