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
const TERMINAL = /[。！？!?；;]$/;

const cache = new WeakMap<Report, ProseText>();

/** The report's prose (cached per report model). */
export function proseOf(report: Report): ProseText {
  let p = cache.get(report);
  if (!p) {
    p = buildProse(report);
    cache.set(report, p);
  }
  return p;
}

/** White space removed from the prose (ASCII, no-break, ideographic and the other Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

function buildProse(report: Report): ProseText {
  const { lines } = report;
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const headingLines = new Set(report.headings.map((h) => h.line));
  const inTable = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  // One slot per kept character (at most the text's length plus one break per line).
  const cap = report.text.length + lines.lineCount + 1;
  const lineOf = new Int32Array(cap);
  const charOf = new Int32Array(cap);
  const parts: string[] = [];
  let n = 0;
  let lastCh = '';
  let pendingBreak = false;
  let lastLine = -1;
  let lastEnded = true;
  const hardBreak = () => {
    if (n && lastCh !== '\n') {
      parts.push('\n');
      lineOf[n] = lineOf[n - 1];
      charOf[n] = charOf[n - 1] + 1;
      n++;
      lastCh = '\n';
    }
  };
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    const t = line.trim();
    if (inTable(i) || (t.match(/\|/g) ?? []).length >= 2 || /^[-:|\s]{3,}$/.test(t)) {
      pendingBreak = true;
      continue;
    }
    if (!t) continue;
    if (PAGE_NUMBER.test(t) && /[-—–－]|页/.test(t)) continue;
    // Stray numbers (a displaced table row) are not prose.
    if (!/[\u4e00-\u9fff]/.test(t) && /^[\d\s.,，|-]+$/.test(t)) {
      pendingBreak = true;
      continue;
    }
    const isHeading = headingLines.has(i) || ORDINAL_START.test(t);
    if (pendingBreak || isHeading || (lastLine >= 0 && headingLines.has(lastLine) && !lastEnded)) hardBreak();
    pendingBreak = false;
    // Strip Markdown heading marks and quote marks, keep the rest.
    const lead = line.length - line.trimStart().length;
    let from = lead;
    const md = /^(?:#{1,6}\s+|>\s*)/.exec(t);
    if (md) from += md[0].length;
    let kept = '';
    let runStart = -1;
    for (let c = from; c <= line.length; c++) {
      const space = c === line.length || isSpace(line.charCodeAt(c));
      if (!space) {
        if (runStart < 0) runStart = c;
        lineOf[n] = i;
        charOf[n] = c;
        n++;
      } else if (runStart >= 0) {
        kept += line.slice(runStart, c);
        runStart = -1;
      }
    }
    if (kept) {
      parts.push(kept);
      lastCh = kept[kept.length - 1];
    }
    lastLine = i;
    lastEnded = TERMINAL.test(t);
    if (headingLines.has(i) && !/[。！？]/.test(t)) hardBreak();
  }
  const raw = parts.join('');
  const text = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%');
  const position = (off: number): Position => {
    if (!n) return { line: 0, character: 0 };
    const k = Math.max(0, Math.min(off, n - 1));
    return { line: lineOf[k], character: charOf[k] };
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
