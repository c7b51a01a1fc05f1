import { commentSpans, withoutComments } from '../text/comments.js';
import type { Position, Range } from '../types.js';
import type { Report } from '../model/build.js';
import type { LineIndex } from '../text/lines.js';
import { chineseNumeral, groupThousands } from '../text/normalize.js';
import { tooManyDigits } from '../parse/tokens.js';
import { simplifiedChars } from '../text/script.js';
import { firstAtOrAfter } from '../text/line-diff.js';
import { lineDiff, previousVersion, type LineDiff } from './versions.js';

/**
 * The prose of a report as one searchable text: every line outside 表二/三/四, joined so that a sentence that a
 * PDF layout wrapped over several lines (or over a page break) reads as one, with all white space removed
 * (`受理政府信息公开申请 17 件` → `受理政府信息公开申请17件`) and full-width digits read as ASCII. A `\n` marks a
 * paragraph break: before a heading or an ordinal (`（二）`, `2.`), around a table or a pipe row. Every character
 * maps back to its position in the source, so findings point at the written number.
 *
 * The text is kept as its paragraphs (the joined string is built only when asked for): sentences never cross a
 * break, so the prose rules read one paragraph at a time, and a paragraph whose lines did not change between two
 * versions of a document is the same object in both, with what the rules found in it (`Paragraph.memo`).
 */
export interface ProseText {
  /** The joined prose; digits normalised to ASCII, traditional characters to simplified (same length as `raw`). Built on first use. */
  readonly text: string;
  /** The joined prose as written (without white space). Built on first use. */
  readonly raw: string;
  /** Length of `text`. */
  readonly length: number;
  /** The paragraphs, in order; `text` is their texts joined with `\n` (plus a final `\n` when `trailingBreak`). */
  readonly paragraphs: readonly Paragraph[];
  /** Offset in `text` of each paragraph. */
  readonly offsets: readonly number[];
  /** Source line of each paragraph's first character. */
  readonly firstLines: readonly number[];
  /** Whether the prose ends with a break (it ends with a heading that has no stop). */
  readonly trailingBreak: boolean;
  /** `text.slice(from, to)`, without building `text`. */
  slice(from: number, to: number): string;
  /** `raw.slice(from, to)`, without building `raw`. */
  rawSlice(from: number, to: number): string;
  /**
   * `[from, to)` as a message quotes it: `rawSlice`, with one space where the source has white space between two of
   * its characters on one line (`结果维持 27 件`, not `结果维持27件`), so that the quotation is found in the text as
   * written. Nothing else is put back (a line break, emphasis marks, a struck number: `予以公开~~24~~25件` is quoted
   * `予以公开25件`); across paragraphs, the `rawSlice`.
   */
  quote(from: number, to: number): string;
  /** Index of the paragraph that holds offset `offset` (a break belongs to the paragraph before it). */
  paragraphAt(offset: number): number;
  /** Source position of the character at `offset`. */
  position(offset: number): Position;
  /** Source range of the characters `[from, to)` (may span lines). */
  range(from: number, to: number): Range;
}

/**
 * A paragraph: the prose between two breaks, read from its first line up to the next paragraph's first line. It
 * depends on those lines only (their text, and whether the model puts them in a table or reads them as a
 * heading), so it is reused as it is when they are unchanged.
 */
export interface Paragraph {
  readonly text: string;
  readonly raw: string;
  /** Source map as triples: offset in the paragraph where a run of consecutive source characters starts, its line relative to the paragraph's first line, and its column. */
  readonly runs: readonly number[];
  /** Whether its first line is a heading or starts with an ordinal. */
  readonly heading: boolean;
  /** Lines it is read from: its first line up to, not including, the next paragraph's first line. */
  readonly lineSpan: number;
  /** The reading state after those lines: a table or stray numbers pending a break, whether the prose ends with a break. */
  readonly endPending: boolean;
  readonly endBroken: boolean;
  /** What the prose rules found in it (computed on first use; kept with the paragraph). */
  readonly memo: ParagraphMemo;
}

/** What the prose rules found in a paragraph, each set by its rule on first use (one shape for every paragraph). */
export class ParagraphMemo {
  claimable: boolean | undefined = undefined;
  /** A heading paragraph's place in the outline as the claims read it (`claimsPerParagraph`). */
  headingRead: unknown = undefined;
  claims: unknown = undefined;
  contradictions: unknown = undefined;
  percents: unknown = undefined;
  sums: unknown = undefined;
  changes: unknown = undefined;
  doubles: unknown = undefined;
}

/** The empty result, shared. */
export const NONE: readonly never[] = Object.freeze([]);

const PAGE_NUMBER = /^[\s\-—–－_·•]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s\-—–－_·•]*$/;
const ORDINAL_START = /^(?:#{1,6}\s*)?(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.]|\d{1,2}\s*[、．.](?!\d)|#)/;

const cache = new WeakMap<Report, ProseText>();
/** The reports whose prose was read with HTML comments in their text. */
const withComments = new WeakSet<Report>();
/** Per report: which lines are excluded from the prose (tables) and which are headings, as the prose read them. */
const flagCache = new WeakMap<ProseText, Uint8Array>();

/** The report's prose (cached per report model: every prose rule reads the same one). */
export function proseOf(report: Report): ProseText {
  let p = cache.get(report);
  if (!p) {
    const prev = previousVersion(report);
    // (A version with HTML comments, or after one, is read afresh: an edit of one line (`-->`) changes what the
    // unchanged lines below it read as.)
    const old = prev && !withComments.has(prev) && !commentSpans(report.lines).length ? cache.get(prev) : undefined;
    const diff = old ? lineDiff(report) : null;
    p = old && diff ? buildProse(report, { prose: old, flags: flagCache.get(old)!, diff }) : buildProse(report, null);
    if (commentSpans(report.lines).length) withComments.add(report);
    cache.set(report, p);
  }
  return p;
}

/**
 * White space removed from the prose (ASCII, no-break, ideographic and the other Unicode spaces), and the
 * invisible characters that text pasted from web pages and PDFs carries: zero-width (U+200B–U+200D, U+2060 word
 * joiner, U+FEFF), soft hyphen (U+00AD), combining grapheme joiner (U+034F), Mongolian vowel separator (U+180E),
 * direction marks, embeddings and isolates (U+200E/U+200F, U+202A–U+202E, U+2066–U+2069) and variation
 * selectors (U+FE00–U+FE0F). One pasted inside a number (`申请4\u200b8件`, `答复30\u00ad60件`) must not split
 * it, and a finding's range still covers the number as written, since every character kept maps back to its
 * source position.
 */
export function isSpaceOrInvisible(c: number): boolean {
  if (c < 0xa0) return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
  return c === 0xa0 || c === 0xad || c === 0x34f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202f) || c === 0x205f || (c >= 0x2060 && c <= 0x2069) || (c >= 0xfe00 && c <= 0xfe0f);
}

/** First characters a line can start with (after white space) to be an ordinal or a Markdown heading (`ORDINAL_START`). */
function mayStartOrdinal(c: number): boolean {
  return c === 35 /* # */ || c === 0xff08 /* （ */ || c === 40 /* ( */ || (c >= 48 && c <= 57) || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** Characters of `PAGE_NUMBER`: white space, dashes, dots, digits, 第 and 页. */
function pageNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 95 || c === 0xb7 || c === 0x2022 || c === 0x7b2c /* 第 */ || c === 0x9875 /* 页 */ || isSpaceOrInvisible(c);
}

const FLAG_EXCLUDED = 1, FLAG_HEADING = 2;

/** Paragraphs read from lines and taken over from a previous version, since the process started (for tests and the bench). */
export const proseCounters = { read: 0, reused: 0 };

/** The previous version's prose, its line flags and the line diff to it. */
interface Before {
  prose: ProseText;
  flags: Uint8Array;
  diff: LineDiff;
}

class ReuseError extends Error {}

/**
 * Reads the lines into paragraphs. With the previous version, a paragraph of it is taken over whole when it
 * starts where a paragraph starts now and every line it was read from (up to and including the next paragraph's
 * first line) has the same text and the same flags; the lines around an edit are read again.
 */
function buildProse(report: Report, before: Before | null): ProseText {
  if (before) {
    try {
      return readLines(report, before);
    } catch (e) {
      if (!(e instanceof ReuseError)) throw e;
    }
  }
  return readLines(report, null);
}

function readLines(report: Report, before: Before | null): ProseText {
  const { lines } = report;
  const comments = commentSpans(lines);
  const lineCount = lines.lineCount;
  const flags = new Uint8Array(lineCount);
  for (const s of Object.values(report.extras.spans)) {
    if (!s) continue;
    for (let i = Math.max(0, s.start); i < Math.min(lineCount, s.end); i++) flags[i] |= FLAG_EXCLUDED;
  }
  // The statistics table of an appendix written as lines of text (`（一）收到申请数：10件。`): its rows, no prose.
  const stats = report.extras.statsLines;
  if (stats) for (let i = Math.max(0, stats.start); i < Math.min(lineCount, stats.end); i++) flags[i] |= FLAG_EXCLUDED;
  for (const h of report.headings) if (h.line >= 0 && h.line < lineCount) flags[h.line] |= FLAG_HEADING;
  const isHeadingLine = (i: number) => (flags[i] & FLAG_HEADING) !== 0;

  // Lines that cannot be taken over from the previous version, in order: the lines of the text diff and the lines
  // whose flags changed (the model may move a table or a heading anywhere).
  const dirty: number[] = [];
  const ws = before ? before.diff.start : 0, we = before ? before.diff.end : 0, delta = before ? before.diff.delta : 0;
  const toOld = (i: number) => (i >= we ? i - delta : i);
  if (before) {
    const was = before.flags, oldCount = was.length;
    for (let i = 0; i < ws; i++) if (i >= oldCount || was[i] !== flags[i]) dirty.push(i);
    for (let i = ws; i < we; i++) dirty.push(i);
    for (let i = we; i < lineCount; i++) {
      const j = i - delta;
      if (j < 0 || j >= oldCount || was[j] !== flags[i]) dirty.push(i);
    }
  }
  /** Whether lines `[from, to)` are all clean. */
  const clean = (from: number, to: number) => {
    const k = firstAtOrAfter(dirty, from);
    return k >= dirty.length || dirty[k] >= to;
  };
  const lastDirty = dirty.length ? dirty[dirty.length - 1] : -1;

  let paragraphs: Paragraph[] = [];
  let offsets: number[] = [];
  let firstLines: number[] = [];
  let n = 0;
  // The reading state.
  let pending = false;
  let broken = false;
  // The paragraph being read (`open` until a break closes it): its parts, runs, first line.
  let parts: string[] = [];
  let runs: number[] = [];
  let first = -1;
  let width = false;
  let heading = false;
  let open = false;
  /** A paragraph read here that waits for its line span and end state (known when the next one starts). */
  let unfinished: { text: string; raw: string; runs: number[]; heading: boolean; first: number } | null = null;
  /** Completes the paragraph read before the one that starts at `nextFirst`, with the state before that line. */
  const finish = (nextFirst: number, sPending: boolean, sBroken: boolean) => {
    if (!unfinished) return;
    const u = unfinished;
    paragraphs.push({
      text: u.text, raw: u.raw, runs: u.runs, heading: u.heading, lineSpan: nextFirst - u.first,
      endPending: sPending, endBroken: sBroken, memo: new ParagraphMemo(),
    });
    proseCounters.read++;
    unfinished = null;
  };
  const close = () => {
    if (!open) return;
    // A paragraph of one part would be a slice of the whole source text and keep it alive as long as the
    // paragraph is reused: it gets its own copy.
    const raw = parts.length === 1 ? own(parts[0]) : parts.join('');
    // Full-width digits, point and percent read as ASCII (same length); most paragraphs have none. Traditional
    // characters left in the text read as their simplified forms (same length): a sentence in them in a simplified
    // report (`行政復議3件`, too little of the text for the model to read it through its simplified view) is read as
    // the prose rules' phrases are written; `raw` keeps it as written, for quotations (brk102 #4).
    const text = simplifiedChars(width ? raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%') : raw);
    unfinished = { text, raw, runs, heading, first };
    open = false;
  };
  const hardBreak = () => {
    if (n && !broken) {
      close();
      n++;
      broken = true;
    }
  };

  // The previous version's paragraphs, walked in order of their first lines.
  const old = before?.prose;
  let q = 0;
  let startLine = 0;
  if (old && old.paragraphs.length) {
    // The paragraphs read (up to the next one's first line) before the first changed line are taken over at once:
    // before the diff's start too when lines were removed or added there (a deletion of whole lines marks no new line
    // as changed, but every line from its start on is another old line than the one at its index).
    const bound = Math.min(dirty.length ? dirty[0] : lineCount, delta !== 0 ? ws : lineCount);
    const a = Math.max(0, firstAtOrAfter(old.firstLines, bound) - 1);
    if (a > 0) {
      paragraphs = old.paragraphs.slice(0, a);
      offsets = old.offsets.slice(0, a);
      firstLines = old.firstLines.slice(0, a);
      proseCounters.reused += a;
      const Q = old.paragraphs[a - 1];
      n = old.offsets[a - 1] + Q.text.length + (Q.endBroken ? 1 : 0);
      pending = Q.endPending;
      broken = Q.endBroken;
      startLine = old.firstLines[a];
      q = a;
    }
  }

  for (let i = startLine; i < lineCount; i++) {
    if (old && clean(i, i + 1)) {
      const i0 = toOld(i);
      while (q < old.paragraphs.length && old.firstLines[q] < i0) q++;
      if (q < old.paragraphs.length && old.firstLines[q] === i0) {
        const Q = old.paragraphs[q];
        const next = i + Q.lineSpan;
        const fits = q + 1 === old.paragraphs.length
          ? next === lineCount && clean(i, lineCount)
          : next < lineCount && clean(i, next + 1) && toOld(next) === i0 + Q.lineSpan;
        // It starts a paragraph here too: the state before the line breaks (or nothing was read yet).
        const startsHere = n === 0 || broken || pending || Q.heading;
        if (fits && startsHere) {
          const sPending = pending, sBroken = broken;
          hardBreak();
          finish(i, sPending, sBroken);
          if (i > lastDirty) {
            // Every line from here on is unchanged: the rest of the previous prose is taken over as it is, shifted.
            const dn = n - old.offsets[q], dl = i - i0;
            paragraphs = paragraphs.concat(old.paragraphs.slice(q));
            offsets = offsets.concat(old.offsets.slice(q).map((o) => o + dn));
            firstLines = firstLines.concat(old.firstLines.slice(q).map((l) => l + dl));
            proseCounters.reused += old.paragraphs.length - q;
            const L = old.paragraphs[old.paragraphs.length - 1];
            n = old.length + dn;
            broken = L.endBroken;
            pending = L.endPending;
            break;
          }
          offsets.push(n);
          firstLines.push(i);
          paragraphs.push(Q);
          proseCounters.reused++;
          // A break that ended it inside its lines (after a heading without a stop) is part of what it covers.
          n += Q.text.length + (Q.endBroken ? 1 : 0);
          pending = Q.endPending;
          broken = Q.endBroken;
          i = next - 1;
          continue;
        }
      }
    }
    if (flags[i] & FLAG_EXCLUDED) {
      pending = true;
      continue;
    }
    // The line's own string, offsets in it (a document kept as lines is not joined for this; runs are line offsets),
    // with what HTML comments hold on it as spaces: a rendered report shows none of it (text/comments.ts).
    const src = comments.length ? withoutComments(lines, comments, i, lines.line(i)) : lines.line(i);
    const ls = 0, le = src.length;
    // The trimmed line [a, b).
    let a = ls, b = le;
    while (a < b && isSpaceOrInvisible(src.charCodeAt(a))) a++;
    while (b > a && isSpaceOrInvisible(src.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    // A pipe row (`| … |`, most table lines) has two pipes at least: not prose, without scanning it (as below).
    if (b - a >= 2 && src.charCodeAt(a) === 124 && src.charCodeAt(b - 1) === 124) {
      pending = true;
      continue;
    }
    // One scan for what the tests below need: pipes, the table-rule characters, CJK, stray numbers, page numbers,
    // white space inside the line and full-width digits.
    let pipes = 0;
    let ruleOnly = true;
    let cjk = false;
    let strayOnly = true;
    let pageOnly = true;
    let spaced = false;
    let wide = false;
    for (let c = a; c < b; c++) {
      const k = src.charCodeAt(c);
      if (k >= 0x4e00 && k <= 0x9fff) {
        // Most characters: an ideograph is none of the others (but 第 and 页 may be part of a page number).
        cjk = true;
        ruleOnly = strayOnly = false;
        if (k !== 0x7b2c && k !== 0x9875) pageOnly = false;
        continue;
      }
      const sp = isSpaceOrInvisible(k);
      if (sp || k === 42 /* * */ || k === 60 /* < */ || k === 95 /* _ */ || k === 96 /* ` */ || k === 126 /* ~ */) spaced = true;
      else if ((k >= 0xff10 && k <= 0xff19) || k === 0xff0e || k === 0xff05) wide = true;
      if (k === 124) pipes++;
      if (ruleOnly && !(k === 45 || k === 58 || k === 124 || sp)) ruleOnly = false;
      if (strayOnly && !((k >= 48 && k <= 57) || k === 46 || k === 44 || k === 0xff0c || k === 124 || k === 45 || sp)) strayOnly = false;
      if (pageOnly && !pageNumberChar(k)) pageOnly = false;
    }
    if (pipes >= 2 || (ruleOnly && b - a >= 3)) {
      pending = true;
      continue;
    }
    if (pageOnly) {
      const t = src.slice(a, b);
      if (PAGE_NUMBER.test(t) && /[-—–－]|页/.test(t)) continue;
    }
    // Stray numbers (a displaced table row) are not prose.
    if (!cjk && strayOnly) {
      pending = true;
      continue;
    }
    const firstChar = src.charCodeAt(a);
    const headingLine = isHeadingLine(i);
    const isHeading = headingLine || (mayStartOrdinal(firstChar) && ORDINAL_START.test(src.slice(a, b)));
    const sPending = pending, sBroken = broken;
    // (A heading line without a stop was closed at its end, below. One with a stop runs its heading in to its text
    // (`（二）依申请公开。全年收到申请46件，其中局机关本级`): wrapped inside a sentence, it goes on in the next line, as any
    // prose line does (brk102 #1, #2).)
    if (pending || isHeading) hardBreak();
    pending = false;
    // Strip Markdown heading marks and quote marks, keep the rest.
    let from = a;
    if (firstChar === 35 /* # */ || firstChar === 62 /* > */) {
      const md = /^(?:#{1,6}\s+|>\s*)/.exec(src.slice(a, Math.min(b, a + 64)));
      if (md) from += md[0].length;
    }
    // Runs of characters between white space; a line without white space is one run (read at its end).
    let runStart = spaced || from >= b ? -1 : from;
    for (let c = spaced ? from : b; c <= b; c++) {
      const k = c === b ? 32 : src.charCodeAt(c);
      // Emphasis around a number (`予以公开**25**件`, `<b>3</b>`: Word → Markdown or HTML) parts runs as white space
      // does, so the prose reads `予以公开25件` and each number keeps its place (helper-220 #16).
      const mark = k === 42 || k === 60 || k === 95 || k === 96 || k === 126 ? emphasisAt(src, c, b) : 0;
      if (!isSpaceOrInvisible(k) && !mark) {
        if (runStart < 0) runStart = c;
        continue;
      }
      if (mark && runStart < 0) {
        c += mark - 1;
        continue;
      }
      if (runStart >= 0) {
        if (!open) {
          // Something read before a taken-over paragraph that did not end: the reuse was wrong (never expected).
          if (n && !broken) throw new ReuseError();
          // A paragraph starts with this line: the one read before it is complete.
          finish(i, sPending, sBroken);
          parts = [];
          runs = [];
          width = false;
          heading = isHeading;
          first = i;
          open = true;
          offsets.push(n);
          firstLines.push(i);
        }
        runs.push(n - offsets[offsets.length - 1], i - first, runStart - ls);
        parts.push(src.slice(runStart, c));
        n += c - runStart;
        broken = false;
        runStart = -1;
      }
      if (mark) c += mark - 1;
    }
    // Full-width digits are in the line's runs, so in the paragraph they were added to.
    if (wide) width = true;
    // A heading line runs in to its text when it has a stop in it, or a colon with text after it
    // (`（二）依申请公开：全年新收政府信息公开申请` / `47件…`, brk105 #1); any other heading line is closed here.
    if (headingLine && !RUN_IN_HEADING.test(src.slice(a, b))) hardBreak();
  }
  close();
  finish(lineCount, pending, broken);
  const p = prose(paragraphs, offsets, firstLines, broken && n > 0, n, lines);
  flagCache.set(p, flags);
  return p;
}

/** A heading line that runs in to its text: a stop in it, or a colon with text after it. */
const RUN_IN_HEADING = /[。！？]|[：:]\s*\S/;

/** An inline emphasis tag (`<b>`, `</strong>`, `<span style=…>`, `<font …>`): what Word's HTML wraps a number in. */
const EMPHASIS_TAG = /^<\/?(?:b|strong|i|em|u|span|font)(?:\s[^<>]*)?>/i;

/**
 * The length of the emphasis marker at `src[c]` (a `*`, `_`, backtick, `~` or `<`, within `[c, b)`) that wraps a number: one
 * to three `*`, `_` or backticks, or an emphasis tag (`EMPHASIS_TAG`), with a digit right after it or right before it
 * (`**25**`, `__25__`, `` `25` ``, `<b>3</b>`); a number struck out whole (`~~24~~`: deleted text); 0
 * for any other (a bold heading's `**依申请公开情况**` stays in the prose, which reads it as such).
 */
export function emphasisAt(src: string, c: number, b: number): number {
  let e = c;
  const ch = src.charCodeAt(c);
  if (ch === 126) {
    // `~~24~~`: a number struck out (Markdown's strikethrough, a corrected figure) is deleted text, read as none.
    const m = STRUCK_NUMBER.exec(src.slice(c, Math.min(b, c + 40)));
    return m && (c === 0 || src.charCodeAt(c - 1) !== 126) ? m[0].length : 0;
  }
  if (ch === 42 || ch === 95 || ch === 96) {
    // `*`, `_` (Markdown emphasis) or a backtick (code): a run of one to three.
    // (A run's first mark only, and at most four read: a line of thousands of `*` stays linear.)
    if (c > 0 && src.charCodeAt(c - 1) === ch) return 0;
    while (e < b && e - c < 4 && src.charCodeAt(e) === ch) e++;
    if (e - c > 3) return 0;
  } else {
    const m = EMPHASIS_TAG.exec(src.slice(c, Math.min(b, c + 120)));
    if (!m) return 0;
    e = c + m[0].length;
  }
  const digit = (k: number) => k >= 0 && k < b && ((src.charCodeAt(k) >= 48 && src.charCodeAt(k) <= 57) || (src.charCodeAt(k) >= 0xff10 && src.charCodeAt(k) <= 0xff19));
  return digit(e) || digit(c - 1) ? e - c : 0;
}

/** A number struck out in Markdown, `~~24~~` (digits, full-width digits, separators and spaces only). */
const STRUCK_NUMBER = /^~~[\s\d０-９.,，．]*[\d０-９][\s\d０-９.,，．]*~~(?!~)/;

/** A copy of `s` that does not refer to the string it was sliced from. */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * The source position (0-based line and UTF-16 column) of offset `k` of a paragraph's text, whose first line is
 * `firstLine`: from its runs, the last one starting at or before `k` (a break after the paragraph extends its
 * last run by one).
 */
export function paragraphPosition(para: Paragraph, firstLine: number, k: number): Position {
  const r = para.runs;
  let lo = 0, hi = r.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[mid * 3] <= k) lo = mid;
    else hi = mid - 1;
  }
  return { line: firstLine + r[lo * 3 + 1], character: r[lo * 3 + 2] + (k - r[lo * 3]) };
}

/** White space (not an invisible character) that a quotation shows as one space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/**
 * `[from, to)` of paragraph `para` (whose first line is `firstLine`) as a message quotes it (`ProseText.quote`): its
 * runs' text, with one space between two runs on the same line whose gap in `lines` is white space only.
 */
function paragraphQuote(para: Paragraph, firstLine: number, from: number, to: number, lines: LineIndex): string {
  const r = para.runs, count = r.length / 3;
  // The run that holds `from`.
  let lo = 0, hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[mid * 3] <= from) lo = mid;
    else hi = mid - 1;
  }
  let out = '';
  for (let i = lo; i < count && r[i * 3] < to; i++) {
    const end = i + 1 < count ? r[(i + 1) * 3] : para.raw.length;
    out += para.raw.slice(Math.max(from, r[i * 3]), Math.min(to, end));
    if (i + 1 >= count || end >= to || r[i * 3 + 1] !== r[(i + 1) * 3 + 1]) continue;
    // The gap to the next run on the same line: white space only (not emphasis, a tag or a struck number).
    const src = lines.line(firstLine + r[i * 3 + 1]);
    const g0 = r[i * 3 + 2] + (end - r[i * 3]), g1 = r[(i + 1) * 3 + 2];
    let space = false, only = g1 > g0;
    for (let c = g0; c < g1 && only; c++) {
      const k = src.charCodeAt(c);
      if (!isSpaceOrInvisible(k)) only = false;
      else if (isSpace(k)) space = true;
    }
    if (only && space) out += ' ';
  }
  return out;
}

/** The `ProseText` over a list of paragraphs. */
function prose(paragraphs: Paragraph[], offsets: number[], firstLines: number[], trailingBreak: boolean, n: number, lines: LineIndex): ProseText {
  let text: string | null = null;
  let raw: string | null = null;
  const join = (key: 'text' | 'raw') => paragraphs.map((p) => p[key]).join('\n') + (trailingBreak ? '\n' : '');
  const paragraphAt = (off: number): number => {
    let lo = 0, hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const cut = (key: 'text' | 'raw', from: number, to: number): string => {
    from = Math.max(0, Math.min(from, n));
    to = Math.max(from, Math.min(to, n));
    if (from === to) return '';
    let out = '';
    for (let j = paragraphAt(from); j < paragraphs.length; j++) {
      const o = offsets[j];
      // The break before paragraph j is at o - 1.
      if (j > 0 && o - 1 >= from && o - 1 < to) out += '\n';
      if (o >= to) break;
      const s = paragraphs[j][key];
      out += s.slice(Math.max(0, from - o), Math.min(s.length, to - o));
    }
    if (trailingBreak && n - 1 >= from && n - 1 < to) out += '\n';
    return out;
  };
  const position = (off: number): Position => {
    if (!n) return { line: 0, character: 0 };
    const k = Math.max(0, Math.min(off, n - 1));
    const j = paragraphAt(k);
    return paragraphPosition(paragraphs[j], firstLines[j], k - offsets[j]);
  };
  return {
    get text() {
      return (text ??= join('text'));
    },
    get raw() {
      return (raw ??= join('raw'));
    },
    length: n,
    paragraphs,
    offsets,
    firstLines,
    trailingBreak,
    slice: (a, b) => (text !== null ? text.slice(a, b) : cut('text', a, b)),
    rawSlice: (a, b) => (raw !== null ? raw.slice(a, b) : cut('raw', a, b)),
    quote: (a, b) => {
      a = Math.max(0, Math.min(a, n));
      b = Math.max(a, Math.min(b, n));
      const j = paragraphAt(a);
      const para = paragraphs[j], o = offsets[j];
      if (a === b || b - o > para.raw.length) return cut('raw', a, b);
      return paragraphQuote(para, firstLines[j], a - o, b - o, lines);
    },
    paragraphAt,
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

/** Splits one paragraph's text into sentences at `。！？!?` (the end includes the stop), as offsets in it. */
export function paragraphSentences(para: { readonly text: string }): Sentence[] {
  const out: Sentence[] = [];
  const t = para.text;
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 10;
    // 。 ！ ？ ! ? (and the paragraph's end)
    if (c === 10 || endsSentence(c)) {
      const end = c === 10 ? i : i + 1;
      if (end > start) out.push({ start, end, paragraph: 0 });
      start = i + 1;
    }
  }
  return out;
}

/** End of the sentence of a paragraph's text that starts at `s`: just past its stop `。！？!?`, or the end of the text (as `paragraphSentences` splits, without the array). */
export function sentenceEnd(t: string, s: number): number {
  for (let i = s; i < t.length; i++) if (endsSentence(t.charCodeAt(i))) return i + 1;
  return t.length;
}

/** Start of the sentence holding offset `at` of `t`: just after the last 。！？!? before `at`, or 0. */
export function sentenceStart(t: string, at: number): number {
  for (let i = Math.min(at, t.length) - 1; i >= 0; i--) if (endsSentence(t.charCodeAt(i))) return i + 1;
  return 0;
}

/**
 * Where the clause (or sentence) holding offset `before` of `t` starts: just past the last of `chars` before it (a
 * separator such as `，；。`), not before `floor`; `floor` when there is none.
 */
export function lastIndexOfAny(t: string, chars: string, before: number, floor: number): number {
  // A long way back (a run-on sentence of thousands of clauses, helper-220 #18): by a table of the separators' last
  // places, made once per text and set of separators, instead of a scan per call.
  if (before - floor > LONG_SCAN) {
    const at = previousOf(t, chars)[Math.min(before, t.length)];
    return at >= floor ? at + 1 : floor;
  }
  for (let i = before - 1; i >= floor; i--) if (chars.includes(t[i])) return i + 1;
  return floor;
}

/** Scans longer than this (UTF-16 units) go by `previousOf`'s table. */
const LONG_SCAN = 512;

/**
 * For the texts last asked of (a few, most recent first) with each set of separators: `prev[k]`, the last offset before
 * `k` holding one of them (-1: none).
 */
const previousTables = new Map<string, { t: string; prev: Int32Array }[]>();
function previousOf(t: string, chars: string): Int32Array {
  let list = previousTables.get(chars);
  if (!list) {
    if (previousTables.size > 32) previousTables.clear();
    previousTables.set(chars, (list = []));
  }
  const hit = list.find((x) => x.t.length === t.length && x.t === t);
  if (hit) {
    // The same text as another string (the next version's paragraph): kept as this one, so that the next test is by
    // reference, not a comparison of every character (brk86 #9: one a sentence made a long paragraph quadratic).
    hit.t = t;
    return hit.prev;
  }
  const prev = new Int32Array(t.length + 1);
  let last = -1;
  for (let k = 0; k < t.length; k++) {
    prev[k] = last;
    if (chars.includes(t[k])) last = k;
  }
  prev[t.length] = last;
  list.unshift({ t, prev });
  if (list.length > 4) list.pop();
  return prev;
}

/** 。！？!? */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
}

/**
 * The per-paragraph loop of a prose rule: `read(para, at)` gives what the rule finds in a paragraph whose text
 * contains `literal` (or one of the literals given; first at `at`; a paragraph without any gives nothing), kept in the paragraph's memo under
 * `key` for the next version of the document; `each` is called for every item, with the paragraph's offset.
 */
export function eachInParagraphs<T>(report: Report, key: 'percents' | 'sums' | 'changes', literal: string | readonly string[], read: (para: Paragraph, at: number) => T[], each: (item: T, para: Paragraph, offset: number, p: ProseText) => void): void {
  const p = proseOf(report);
  const { paragraphs, offsets } = p;
  for (let j = 0; j < paragraphs.length; j++) {
    const para = paragraphs[j];
    let items = para.memo[key] as readonly T[] | undefined;
    if (!items) {
      const at = typeof literal === 'string' ? para.text.indexOf(literal) : firstOf(para.text, literal, 0);
      const found = at < 0 ? NONE : read(para, at);
      items = found.length ? found : NONE;
      para.memo[key] = items;
    }
    // An indexed loop: `for … of` would allocate an iterator per paragraph (every paragraph, every keystroke).
    for (let k = 0; k < items.length; k++) each(items[k], para, offsets[j], p);
  }
}

/**
 * The first offset at or after `from` where one of `literals` occurs in `t`, or -1. Rules call it in loops over a
 * paragraph (each 其中 of it, each share): searching the rest of the paragraph for each literal every time made a long
 * paragraph cubic (helper-216 #1: 45 KB of `其中N件占比X%` took 40 s). So the offsets of all the literals in `t` are
 * found once and kept for the last `t` searched with the same `literals` array (one text per array: the rules' arrays
 * are constants, and each reads one paragraph at a time), and looked up by binary search.
 */
export function firstOf(t: string, literals: readonly string[], from: number): number {
  // A short text: plain indexOf (no table worth building).
  if (t.length < 2000) return firstByIndexOf(t, literals, from);
  let hit = literalOffsets.get(literals);
  if (hit && hit.text === t) hit.text = t; // (Another string of the same text: compared by reference from now on; see previousOf.)
  else {
    const at: number[] = [];
    for (const l of literals) for (let i = t.indexOf(l); i >= 0; i = t.indexOf(l, i + 1)) at.push(i);
    at.sort((a, b) => a - b);
    hit = { text: t, at };
    literalOffsets.set(literals, hit);
  }
  const k = firstAtOrAfter(hit.at, from);
  return k < hit.at.length ? hit.at[k] : -1;
}

/**
 * The index of the first item of `xs` (in ascending order of `at`) whose `at` is at least `v`; `xs.length` if none.
 * By bisection: the prose rules search the numbers of a sentence, which may hold thousands (`firstAtOrAfter`, in
 * versions.ts, is the same over numbers).
 */
export function firstWithKeyAtOrAfter<T>(xs: readonly T[], v: number, at: (x: T) => number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(xs[mid]) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `firstOf` by searching for each literal. */
function firstByIndexOf(t: string, literals: readonly string[], from: number): number {
  let best = -1;
  for (const l of literals) {
    const i = t.indexOf(l, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** `firstOf`'s offsets of each literal array's occurrences in the last long text it searched (one text per array). */
const literalOffsets = new WeakMap<readonly string[], { text: string; at: number[] }>();

/**
 * Where `s` first stands wholly inside `[from, to)` of `t`, or -1. Searched within that span only: a paragraph may be
 * a whole section of prose (blank lines do not end one), and a search to its end for every number was quadratic.
 */
export function indexBetween(t: string, s: string, from: number, to: number): number {
  if (to - from < s.length) return -1;
  const i = t.slice(from, to).indexOf(s);
  return i < 0 ? -1 : from + i;
}

/** Splits the prose into sentences at `。！？!?` and paragraph breaks (the end includes the stop). */
export function sentencesOf(p: ProseText): Sentence[] {
  const cached = sentenceCache.get(p);
  if (cached) return cached;
  const out: Sentence[] = [];
  p.paragraphs.forEach((para, j) => {
    const o = p.offsets[j];
    for (const s of paragraphSentences(para)) out.push({ start: o + s.start, end: o + s.end, paragraph: o });
  });
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
  /**
   * The counts an approximate count allows, both ends included (`approx` only): `100余件` 101–199, `120余件` 121–129,
   * `10多件` 11–19, `50件以上` and `不少于50件` 50 and more, `超过50件`, `逾50件`, `超50件` and `多于50件` 51 and more,
   * `50件以下`, `不超过50件` and `不多于50件` up to 50, `不足50件`, `不到50件` and `少于50件` up to 49 (以上/以下 include the
   * number, 逾/超过/不足/不到 do not: brk130 #10). None for `约`, `近`, `左右`, `上下`, for 余/多 after a number not ending
   * in 0 or after 万/亿, and for decimals: what those allow is not sharp enough to contradict a table. `open`: the number
   * written is itself outside (`逾50件`: min is 51), for saying the bound as written (`多于 50`).
   */
  bound?: { min: number; max: number; open?: boolean };
  /** Written in Chinese numerals (`三件`, `三千一百九十一件`, `百分之六十一`): read, but never rewritten by a fix in digits. */
  chinese?: boolean;
}

/** The units after a number, in the order `/(人次|万元|…|余|多)/` tries them (after an optional 万/亿 and 余/多). */
const UNITS = ['人次', '万元', '亿元', '平方米', '件次', '件', '个', '条', '次', '项', '宗', '起', '人', '期', '场', '篇', '份', '册', '家', '户', '元', '年', '月', '日', '号', '天', '名', '类', '批', '部', '本', '处', '所', '套', '张', '页', '封', '例', '轮', '届', '%', '‰', '倍', '分', '岁', '小时', '分钟', '余', '多'];
/** The count units read in brackets right after a number (`45（件）`), the longest first. */
const BRACKETED_UNITS = ['件次', '件', '宗', '个', '份'];
/** `UNITS` by first character. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const c = u.charCodeAt(0);
  UNITS_BY_FIRST.set(c, [...(UNITS_BY_FIRST.get(c) ?? []), u]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A character before a number that makes it part of something else: `[A-Za-z_/:@#.\-－]`. */
function joinsBefore(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 47 || c === 58 || c === 64 || c === 35 || c === 46 || c === 45 || c === 0xff0d;
}

/**
 * The end of the number whose digits start at `s`: `\d+(?:,\d{3})*(?:\.\d+)?`, or a number grouped by full-width
 * commas, `\d{1,3}(?:，\d{3})+` with no digit after its last group (`1，243件`, typed with the Chinese input method:
 * read as 1243, as `1,243` and `1 243` are; `1，2345` and `1234，567` are no grouping and stay two numbers).
 */
function numberEnd(t: string, s: number): number {
  let j = s;
  while (isDigit(t.charCodeAt(j))) j++;
  while (t.charCodeAt(j) === 44 && isDigit(t.charCodeAt(j + 1)) && isDigit(t.charCodeAt(j + 2)) && isDigit(t.charCodeAt(j + 3))) j += 4;
  if (j - s <= 3 && t.charCodeAt(j) === 0xff0c /* ， */) {
    let k = j;
    while (t.charCodeAt(k) === 0xff0c && isDigit(t.charCodeAt(k + 1)) && isDigit(t.charCodeAt(k + 2)) && isDigit(t.charCodeAt(k + 3))) k += 4;
    if (k > j && !isDigit(t.charCodeAt(k))) j = k;
  }
  if (t.charCodeAt(j) === 46 && isDigit(t.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(t.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * What follows a number written at `[s, e)` and what stands just before it: the unit
 * (`(万|亿)?(余|多)?(人次|万元|…)?`, each part taken when present), whether it is approximate, and the offset
 * just past the unit.
 */
function tail(t: string, s: number, e: number): { unit: string; approx: boolean; unitEnd: number; mark?: ApproxMark } {
  // `(万|亿)?(余|多)?(人次|万元|…)?`: each part taken when present (nothing after them can fail).
  let k = e;
  let mult = '';
  const c1 = t.charCodeAt(k);
  if (c1 === 0x4e07 /* 万 */ || c1 === 0x4ebf /* 亿 */) {
    mult = c1 === 0x4e07 ? '万' : '亿';
    k++;
  }
  // The approximation marks (how many, and the first with what it allows, `NumberToken.bound`, or `loose`: `约`,
  // `左右`, 余 after 万). Counted, not listed: this runs for every number of the prose.
  let marks = 0;
  let mark: ApproxMark | 'loose' | undefined;
  const c2 = t.charCodeAt(k);
  if (c2 === 0x4f59 /* 余 */ || c2 === 0x591a /* 多 */) {
    marks++;
    mark = mult ? 'loose' : 'more';
    k++;
  }
  let named = '';
  const list = UNITS_BY_FIRST.get(t.charCodeAt(k));
  if (list) {
    for (const u of list) {
      if (t.startsWith(u, k)) {
        named = u;
        break;
      }
    }
  }
  // `申请45（件）`: a count unit in brackets right after the number, as copied from a table's header (brk169 #7).
  let bracketed = 0;
  if (!named && !mult && !marks && (t.charCodeAt(k) === 0xff08 || t.charCodeAt(k) === 40)) {
    const u = BRACKETED_UNITS.find((x) => t.startsWith(x, k + 1));
    if (u && (t.charCodeAt(k + 1 + u.length) === 0xff09 || t.charCodeAt(k + 1 + u.length) === 41)) {
      named = u;
      bracketed = 2;
    }
  }
  const unitEnd = k + named.length + bracketed;
  const unit = mult && !named ? mult : named === '余' || named === '多' ? mult : mult ? mult + named : named;
  // (`100件余`, `30余`: 余 after the unit, or with no unit.)
  if (named === '余' || named === '多') {
    marks++;
    mark ??= 'loose';
  }
  // `(?:约|近|超|逾|超过|将近|大约|不足|不到|接近|多于|少于|不超过|不多于|不少于)$` over the three characters before it.
  if (s > 0) {
    const before = markBefore(t, s);
    if (before) {
      marks++;
      mark ??= BEFORE_MARKS.get(before);
    }
  }
  if (t.startsWith('以上', unitEnd)) {
    marks++;
    mark ??= 'atLeast';
  } else if (t.startsWith('以下', unitEnd)) {
    marks++;
    mark ??= 'atMost';
  } else if (t.startsWith('左右', unitEnd) || t.startsWith('上下', unitEnd)) {
    marks++;
    mark ??= 'loose';
  }
  // One mark that says what it allows gives a bound; two (`超过100余件`) or a loose one, none.
  return { unit, approx: marks > 0, unitEnd, ...(marks === 1 && mark !== undefined && mark !== 'loose' ? { mark } : {}) };
}

/**
 * What an approximation mark allows: `more` (余/多 before the unit), `atLeast` (以上, 不少于: the number itself too),
 * `above` (逾, 超, 超过, 多于: more than the number), `atMost` (以下, 不超过, 不多于), `below` (不足, 不到, 少于: fewer).
 */
type ApproxMark = 'more' | 'atLeast' | 'above' | 'atMost' | 'below';

/** The marks written right before a number, by what they allow (`loose` ones, `约`, `近`, allow too much to say). */
const BEFORE_MARKS = new Map<string, ApproxMark | 'loose'>([
  ['不超过', 'atMost'], ['不多于', 'atMost'], ['不超', 'atMost'], ['不少于', 'atLeast'], ['不低于', 'atLeast'],
  ['超过', 'above'], ['多于', 'above'], ['不足', 'below'], ['不到', 'below'], ['少于', 'below'], ['接近', 'loose'],
  ['超', 'above'], ['逾', 'above'], ['约', 'loose'], ['近', 'loose'],
]);

/** The mark of `BEFORE_MARKS` ending right before `s`, the longest first (`不超过` before `超过` before `超`), or ''. */
function markBefore(t: string, s: number): string {
  const b1 = t.charCodeAt(s - 1);
  // (Every mark ends in one of these: 过 多 于 足 到 近 超 逾 约.)
  if (b1 !== 0x8fc7 && b1 !== 0x4e8e && b1 !== 0x8db3 && b1 !== 0x5230 && b1 !== 0x8fd1 && b1 !== 0x8d85 && b1 !== 0x903e && b1 !== 0x7ea6) return '';
  for (const n of [3, 2, 1]) {
    if (s < n) continue;
    const w = t.slice(s - n, s);
    if (BEFORE_MARKS.has(w)) return w;
  }
  return '';
}

/**
 * The counts an approximate count of `value` allows (`NumberToken.bound`) by its mark, or undefined: `more` (余/多
 * before the unit) only after a whole number ending in 0 of 10 or more (`100余` 101–199, `120余` 121–129).
 */
function boundOf(mark: ApproxMark | undefined, value: number, decimals: number): NumberToken['bound'] {
  if (!mark || decimals) return undefined;
  if (mark === 'atLeast') return { min: value, max: Infinity };
  if (mark === 'above') return { min: value + 1, max: Infinity, open: true };
  if (mark === 'atMost') return { min: 0, max: value };
  if (mark === 'below') return value > 0 ? { min: 0, max: value - 1, open: true } : undefined;
  if (value < 10 || value % 10) return undefined;
  let step = 10;
  while (value % (step * 10) === 0) step *= 10;
  return { min: value + 1, max: value + step - 1 };
}

/** What joins the two ends of a range of counts (`50至60件`, `50-60件`, `50~60件`). */
const RANGE_JOINS = new Set([0x81f3 /* 至 */, 0x5230 /* 到 */, 45, 0xff0d, 0x2014, 0x2013, 126, 0xff5e, 0x301c]);
/** The units of a range of counts: other ranges (`2023至2024年`, `1-3月`, `10-12日`) are no counts. */
const RANGE_UNITS = new Set(['件', '件次', '宗', '起', '个', '例', '份', '条', '项', '次', '人次', '家', '户', '篇', '批']);

/**
 * The range of counts whose first whole number is written at `[s, e)` (`50至60件`, `50-60件`): a token over both
 * numbers to the unit, `approx`, with the range as its `bound` and the first number as its value; null when what
 * follows is no such range (another unit, a mark on the second number, a second number not larger, a decimal, a
 * date or a number joined to something else).
 */
function rangeToken(t: string, s: number, e: number): NumberToken | null {
  if (!RANGE_JOINS.has(t.charCodeAt(e)) || !isDigit(t.charCodeAt(e + 1))) return null;
  if (s > 0 && (joinsBefore(t.charCodeAt(s - 1)) || isDigit(t.charCodeAt(s - 1)))) return null;
  const written = t.slice(s, e);
  if (!/^\d+$/.test(written)) return null;
  const hs = e + 1, he = numberEnd(t, hs);
  const high = t.slice(hs, he);
  if (!/^\d+$/.test(high)) return null;
  const min = Number(written), max = Number(high);
  if (!(max > min) || tooManyDigits(high)) return null;
  const { unit, unitEnd, mark } = tail(t, hs, he);
  if (!RANGE_UNITS.has(unit) || mark || t.startsWith('左右', unitEnd) || t.startsWith('以上', unitEnd) || t.startsWith('以下', unitEnd)) return null;
  // (`约50至60件`: a mark before it allows more than the range; no bound.)
  const loose = s > 0 && markBefore(t, s) !== '';
  return { start: s, end: he, value: min, decimals: 0, unit, approx: true, unitEnd, ...(loose ? {} : { bound: { min, max } }) };
}

/** Whether the whole number starting at `s` is the second end of a range of counts (`rangeToken`). */
function rangeEndAt(t: string, s: number): boolean {
  if (s < 2 || !RANGE_JOINS.has(t.charCodeAt(s - 1)) || !isDigit(t.charCodeAt(s - 2))) return false;
  let a = s - 2;
  while (a > 0 && isDigit(t.charCodeAt(a - 1))) a--;
  return rangeToken(t, a, s - 1) !== null;
}

/**
 * The number written from `s` to `e` (a match of `numberEnd`), or null when it is part of something else (a
 * phone number, an ISO date, a URL): the characters around it, its unit and whether it is approximate.
 */
function token(t: string, s: number, e: number): NumberToken | null {
  const after = t.charCodeAt(e);
  // `50至60件`, `50-60件`: a range of counts (brk141 #10), one token from its first digit to its unit.
  const range = rangeToken(t, s, e);
  if (range) return range;
  // (Its second number is no count of its own.)
  if (rangeEndAt(t, s)) return null;
  if (s > 0 && joinsBefore(t.charCodeAt(s - 1))) return null;
  if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95 || after === 64) return null;
  if ((after === 45 || after === 0xff0d || after === 47) && isDigit(t.charCodeAt(e + 1))) return null;
  const { unit, approx, unitEnd, mark } = tail(t, s, e);
  const written = t.slice(s, e);
  const digits = /[,，]/.test(written) ? written.replace(/[,，]/g, '') : written;
  const dot = digits.indexOf('.');
  // More than 15 digits before the point (an ID or account number): no count, and not exact as a double.
  if (tooManyDigits(digits)) return null;
  const value = Number(digits), decimals = dot >= 0 ? digits.length - dot - 1 : 0;
  const bound = boundOf(mark, value, decimals);
  return { start: s, end: e, value, decimals, unit, approx, unitEnd, ...(bound ? { bound } : {}) };
}

/** Characters of a count in Chinese numerals (`三千一百九十一`, `两`, `一百零五`, `两万`). */
export function isChineseNumeralChar(c: number): boolean {
  return c === 0x4e00 /* 一 */ || c === 0x4e8c /* 二 */ || c === 0x4e24 /* 两 */ || c === 0x4e09 /* 三 */ || c === 0x56db /* 四 */ ||
    c === 0x4e94 /* 五 */ || c === 0x516d /* 六 */ || c === 0x4e03 /* 七 */ || c === 0x516b /* 八 */ || c === 0x4e5d /* 九 */ ||
    c === 0x5341 /* 十 */ || c === 0x767e /* 百 */ || c === 0x5343 /* 千 */ || c === 0x4e07 /* 万 */ || c === 0x96f6 /* 零 */ || c === 0x3007 /* 〇 */;
}

/** The units after which a Chinese numeral is read as a count (`三件`, `十二条`, `两次`, `五人次`). */
const CN_COUNT_UNITS = new Set(['人次', '件次', '件', '宗', '起', '例', '份', '条', '次', '项', '个', '篇', '场']);
/**
 * `一` alone is read only before these units, and only when the count ends its clause: `一次性`, `一条龙`,
 * `一个窗口`, `办结一件申请` are words or slogans, not counts.
 */
const CN_ONE_UNITS = new Set(['件', '宗', '起', '例']);
/**
 * Characters before a Chinese numeral that make it part of a word or an ordinal (`第三`, `统一`, `每一`, `周三`,
 * `数十`, `之一`, `人大二次会议`, `十八届二次全会`, `最多跑一次`).
 */
const CN_BEFORE = new Set([...'第每逐同统唯单周初数几之其星礼届大协跑'].map((c) => c.charCodeAt(0)));
/**
 * Units that, after a Chinese numeral, mostly count the parts of a plan (`六个部分`, `五项机制`, `四个季度`,
 * `“五个中心”`): read only when the count ends its clause (`涉及复议的三个。`).
 */
const CN_CLAUSE_END_UNITS = new Set(['个', '项', '篇', '场']);
const CLAUSE_END = /^(?:$|[\s，,。；;、：:（(）)！!？?])/;
/** What follows `<numeral><unit>` in fixed expressions (`十件实事`, `一次性`, `一件一档`). */
const CN_FIXED_AFTER = /^(?:[事性一二两三四五六七八九十]|实事)/;

/**
 * The count in Chinese numerals written from `s` to `e` (a run of `isChineseNumeralChar`), or null unless it is a
 * well-formed numeral (`chineseNumeral`) of at least 1 followed at once by a counting unit (`CN_COUNT_UNITS`) and
 * not one of the fixed expressions that only look like counts (see `CN_BEFORE`, `CN_ONE_UNITS`, `CN_FIXED_AFTER`).
 */
function chineseToken(t: string, s: number, e: number): NumberToken | null {
  if (s > 0) {
    const b = t.charCodeAt(s - 1);
    // Also a run read from its middle (`[from, to)` may start inside one).
    if (CN_BEFORE.has(b) || isDigit(b) || joinsBefore(b) || isChineseNumeralChar(b)) return null;
  }
  const written = t.slice(s, e);
  // `六成`, `超过六成`, `六成以上`: a share in tenths (brk141 #10), read as `60%`.
  if (t.charCodeAt(e) === 0x6210 /* 成 */) return tenthsToken(t, s, e);
  const { unit, approx, unitEnd, mark } = tail(t, s, e);
  // `百余件`, `千余条`, `万余件`: a unit alone before 余/多 is one of it (written `一百余件` too; brk92 #3).
  const value = mark === 'more' && BARE_UNIT[written] ? BARE_UNIT[written] : chineseNumeral(written);
  if (!(value >= 1)) return null;
  if (!CN_COUNT_UNITS.has(unit)) return null;
  if (written === '一' && (!CN_ONE_UNITS.has(unit) || !CLAUSE_END.test(t.slice(unitEnd, unitEnd + 1)))) return null;
  if (written === '两' && unit === '个') return null;
  if (CN_FIXED_AFTER.test(t.slice(unitEnd, unitEnd + 2))) return null;
  if (CN_CLAUSE_END_UNITS.has(unit) && !CLAUSE_END.test(t.slice(unitEnd, unitEnd + 1))) return null;
  // (Approximate as the Arabic ones are: `五十余件` 51–59, `百余件` 101–199, `超过五十件` 50 and more; brk92 #3.)
  const bound = boundOf(mark, value, 0);
  return { start: s, end: e, value, decimals: 0, unit, approx, unitEnd, chinese: true, ...(bound ? { bound } : {}) };
}

/** What follows 成 when it is no share in tenths (`一成不变`, `六成为`, `建成`, `九成新`). */
const NOT_TENTHS_AFTER = /^(?:不变|功|立|本|员|果|效|绩|就|熟|交|长|为|了|品|型|都|新|色|套|批|片|份|年)/;

/**
 * A share in tenths, the single numeral at `[s, e)` before 成 (`六成`: 60%): unit `%`, always `approx` (a share in
 * tenths is a round figure), with a `bound` only when a mark says which way it goes (`超过六成` more than 60%,
 * `六成以上` at least 60%, `不足六成` less, `六成以下` at most; `近六成`, `约六成`, `六成左右` none). `unitEnd` is past 成.
 */
function tenthsToken(t: string, s: number, e: number): NumberToken | null {
  const written = t.slice(s, e);
  if (!/^[一二两三四五六七八九]$/.test(written) || NOT_TENTHS_AFTER.test(t.slice(e + 1, e + 4))) return null;
  const value = chineseNumeral(written) * 10, unitEnd = e + 1;
  const before = s > 0 ? markBefore(t, s) : '';
  const after = t.startsWith('以上', unitEnd) ? 'atLeast' : t.startsWith('以下', unitEnd) ? 'atMost' : t.startsWith('左右', unitEnd) || t.startsWith('上下', unitEnd) ? 'loose' : undefined;
  const mark = before && after ? undefined : before ? BEFORE_MARKS.get(before) : after;
  const bound = mark && mark !== 'loose' && mark !== 'more' ? boundOf(mark, value, 0) : undefined;
  return { start: s, end: e, value, decimals: 0, unit: '%', approx: true, unitEnd, chinese: true, ...(bound ? { bound } : {}) };
}

/**
 * The bounds a percentage with a mark of direction allows (`超过60%`, `60%以上`, `不足六成`; `NumberToken.bound`), as
 * percentages: `low`/`high` with whether each excludes the number (`超过60%`: more than 60, not 60 itself); null for
 * any other (an exact one, `约60%`, `60余%`).
 */
export function percentBound(n: NumberToken): { low: number; lowOpen: boolean; high: number; highOpen: boolean } | null {
  const b = n.bound;
  if (n.unit !== '%' || !b || n.decimals) return null;
  if (b.max === Infinity) return { low: b.open ? b.min - 1 : b.min, lowOpen: Boolean(b.open), high: 100, highOpen: false };
  if (b.min === 0) return { low: 0, lowOpen: false, high: b.open ? b.max + 1 : b.max, highOpen: Boolean(b.open) };
  return null;
}

/** A numeral's unit written alone before 余/多 (`百余件`: 101–199), by its value. */
const BARE_UNIT: Record<string, number> = { 百: 100, 千: 1000, 万: 10000 };

/** The end of the run of `isChineseNumeralChar` starting at `s`. */
function chineseEnd(t: string, s: number): number {
  let j = s;
  while (j < t.length && isChineseNumeralChar(t.charCodeAt(j))) j++;
  return j;
}

/**
 * The numbers in `[from, to)` of a text (the prose, a paragraph, or a paragraph with what follows it), in order:
 * in digits, counts in Chinese numerals (`三件`, `三千一百九十一件`: see `chineseToken`) and percentages in words
 * (`百分之六十一`: unit `%`, see `percentWords`). Phone numbers,
 * dates in ISO form, URLs and numbers of more than 15 digits before the point (codes, no counts) are left out.
 */
export function numbersIn(p: { readonly text: string }, from = 0, to = p.text.length): NumberToken[] {
  const t = p.text;
  const out: NumberToken[] = [];
  // As `/\d+(?:,\d{3})*(?:\.\d+)?/g` from `from`: each search starts where the last match ended.
  for (let i = from; i < to; ) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      const e = numberEnd(t, i);
      const n = token(t, i, e);
      if (n) out.push(n);
      // (Past a range's second number too: `50至60件` is one token.)
      i = n ? Math.max(e, n.end) : e;
    } else if (c === 0x767e /* 百 */ && t.charCodeAt(i + 1) === 0x5206 /* 分 */ && t.charCodeAt(i + 2) === 0x4e4b /* 之 */) {
      const n = percentWords(t, i);
      if (n) out.push(n);
      i = n ? n.end : i + 3;
    } else if (c >= 0x3007 && isChineseNumeralChar(c)) {
      const e = chineseEnd(t, i);
      const n = chineseToken(t, i, e);
      if (n) out.push(n);
      i = e;
    } else i++;
  }
  return out;
}

/** Digits after 点 in a Chinese numeral (`三十三点三`): 〇/零 and 一…九. */
const CN_DECIMAL: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A percentage written in words at `s` (`百分之六十一`, `百分之三十三点三`, `百分之百`, also `百分之61.5`): a token
 * with unit `%` whose `[start, end)` covers the words from 百 to the last digit, read like `61%` (`decimals` from the
 * digits after 点). Null when no well-formed numeral follows 百分之. `chinese` is set: it is never rewritten.
 */
function percentWords(t: string, s: number): NumberToken | null {
  if (s > 0 && (isDigit(t.charCodeAt(s - 1)) || isChineseNumeralChar(t.charCodeAt(s - 1)))) return null;
  const a = s + 3;
  let e: number, value: number, decimals = 0;
  if (isDigit(t.charCodeAt(a))) {
    e = numberEnd(t, a);
    const digits = t.slice(a, e).replace(/[,，]/g, '');
    value = Number(digits);
    const dot = digits.indexOf('.');
    if (dot >= 0) decimals = digits.length - dot - 1;
  } else {
    const ie = chineseEnd(t, a);
    const whole = t.slice(a, ie);
    value = whole === '百' ? 100 : whole === '零' || whole === '〇' ? 0 : chineseNumeral(whole);
    e = ie;
    if (t.charCodeAt(ie) === 0x70b9 /* 点 */) {
      let k = ie + 1;
      let frac = '';
      while (k < t.length && CN_DECIMAL[t[k]] !== undefined) frac += String(CN_DECIMAL[t[k++]]);
      if (frac) {
        value = Number(`${value}.${frac}`);
        decimals = frac.length;
        e = k;
      }
    }
  }
  if (!(value >= 0) || e === a) return null;
  // Approximate as a number in digits is (`约百分之六十`, `百分之六十以上`).
  const { approx, unit, unitEnd } = tail(t, s, e);
  return { start: s, end: e, value, decimals, unit: '%', approx, unitEnd: unit === '' && approx ? unitEnd : e, chinese: true };
}

/** The number starting exactly at `offset`, if any (in digits, or a count in Chinese numerals). */
export function numberAt(p: { readonly text: string }, offset: number): NumberToken | null {
  const t = p.text;
  const c = t.charCodeAt(offset);
  if (c === 0x767e && t.startsWith('分之', offset + 1)) return percentWords(t, offset);
  if (c >= 0x3007 && isChineseNumeralChar(c)) {
    return chineseToken(t, offset, chineseEnd(t, offset));
  }
  if (!isDigit(c) || (offset > 0 && (isDigit(t.charCodeAt(offset - 1)) || t.charCodeAt(offset - 1) === 46))) return null;
  return token(t, offset, numberEnd(t, offset));
}

/**
 * `value` (a whole number) written in the style of `written`, the number it replaces as the source has it: in
 * full-width digits when `written` has any (`３０６０` → `３０５０`), with thousands separators when `written` has
 * one and `value` has four digits or more (`3,060` → `3,050`; `1,060` → `990`). Numbers in Chinese numerals are
 * not rewritten by the prose rules, so they have no style here.
 */
export function writeLike(written: string, value: number): string {
  let out = String(value);
  if (/[,，]/.test(written)) out = groupThousands(out, written.includes('，') ? '，' : ',');
  if (/[０-９]/.test(written)) out = out.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return out;
}

/** Counts of applications and cases are written with these units (`件次` too: `申请45件次`, brk169 #7). */
export const COUNT_UNITS = new Set(['件', '件次', '宗', '起', '个', '例', '份']);
