import type { LabelMatch, Range } from '../types.js';
import { editDistance, labelKey } from '../text/normalize.js';
import { simplifiedChars } from '../text/script.js';

/**
 * Smallest edit distance between `pattern` and any substring of `text` (approximate substring search,
 * Sellers' algorithm). Used to find a template label inside a cell that also holds a group label or junk.
 */
export function substringDistance(pattern: string, text: string): number {
  if (!pattern) return 0;
  const m = pattern.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1));
    }
    if (cur[m] < best) best = cur[m];
    [prev, cur] = [cur, prev];
  }
  return best;
}

/**
 * Edit distance of `a` and `b` where swapping two neighbouring characters counts as one edit (optimal string
 * alignment), as a typist's slip (`以予` for `予以`) is one.
 */
export function swapDistance(a: string, b: string): number {
  const n = a.length, m = b.length, W = m + 1;
  const d = new Array<number>((n + 1) * W);
  for (let i = 0; i <= n; i++) d[i * W] = i;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * W + j] + 1, d[i * W + j - 1] + 1, d[(i - 1) * W + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * W + j - 2] + 1);
      d[i * W + j] = v;
    }
  }
  return d[n * W + m];
}

/**
 * Whether `a` is `b` with two neighbouring pieces of it swapped (`服务管理` for `管理服务`), each piece 1 to 4
 * characters and the label's first character kept: the same characters, the words in the other order.
 */
export function wordsSwapped(a: string, b: string): boolean {
  const n = b.length;
  if (a.length !== n || a === b || n < 4 || a[0] !== b[0]) return false;
  let from = 0;
  while (a[from] === b[from]) from++;
  let to = n;
  while (a[to - 1] === b[to - 1]) to--;
  // The differing stretch a[from, to) must be b's stretch with its two pieces in the other order.
  const x = a.slice(from, to), y = b.slice(from, to);
  for (let cut = 1; cut < y.length; cut++) {
    if (cut > 4 || y.length - cut > 4) continue;
    if (x === y.slice(cut) + y.slice(0, cut)) return true;
  }
  return false;
}

/** How many edits a label of this length may have and still count as a misspelling of it (not another label). */
export function misspellingBudget(len: number): number {
  return Math.max(1, Math.floor(len * 0.25));
}

/**
 * Compares one label of the text with a template label (and its known variants).
 * `candidate` is a single, clean label (a pipe cell, or the words before a row's numbers).
 */
export function compareLabel(candidate: string, canonical: string, variants: readonly string[] = [], range: Range | null = null): LabelMatch {
  // (A label in traditional characters, a row pasted from a `big5` page into a simplified draft, is no misspelling:
  // helper-226 B7.)
  // (A footnote mark after the label, `规章※` over a note `注：※ …`, is the author's: the label before it is compared.)
  const key = labelKey(simplifiedChars(withoutMark(candidate)));
  const want = labelKey(canonical);
  if (key === want || key.includes(want)) return { kind: 'exact', raw: candidate, range, distance: 0 };
  if (variants.some((v) => key === labelKey(v) || key.endsWith(labelKey(v)))) return { kind: 'variant', raw: candidate, range, distance: 0 };
  let d = Math.min(editDistance(key, want), substringDistance(want, key) + 0);
  // Two characters swapped (`以予公开` for `予以公开`) are one slip of the keyboard, not two (brk136 #1).
  if (d === misspellingBudget(want.length) + 1 && key.length === want.length) d = Math.min(d, swapDistance(key, want));
  // So are two neighbouring words swapped (`其他对外服务管理事项` for `其他对外管理服务事项`, brk140 #5): one slip too.
  if (d > misspellingBudget(want.length) && wordsSwapped(key, want)) d = 1;
  if (d <= misspellingBudget(want.length)) return { kind: 'misspelled', raw: candidate, range, distance: d };
  // A misspelling of a known variant (`（二）不分公开`, `（二）部份公开`: templates.md §3.3, the label without its note),
  // not a piece of the template's label (a label a layout cut short, `（二）部分公`, is none) (brk106 #8).
  if (!want.includes(key)) {
    for (const v of variants) {
      const vk = labelKey(v);
      const dv = editDistance(key, vk);
      if (dv <= misspellingBudget(vk.length)) return { kind: 'misspelled', raw: candidate, range, distance: dv, variant: v };
    }
  }
  return { kind: 'positional', raw: candidate, range, distance: d };
}

/**
 * A footnote mark written right after a label (the spaces before it allowed), as reports point to a note under
 * the table (`规章※` over `注：※ …`): a symbol (`※`, `*`, `★`, `†`, …), superscript digits (`¹`), a circled number
 * (`①`), a bracketed reference (`[1]`, `【注1】`), `^1` or `注1`. Anchored at the start of the text it is tried on.
 */
const MARK = /^[ \t\u3000]*(?:[※*＊★☆†‡§#＃△▲◆◇✱✳✻]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\u2460-\u2473]|[[［【]\s*(?:\d{1,2}|[\u2460-\u2473]|注\s*\d{0,2})\s*[\]］】]|\^\s*\d{1,2}|注\s*(?:\d{1,2}|[\u2460-\u2473]))/;

/** The length of the footnote mark (`MARK`) at the start of `text`, 0 when it starts with none. */
export function markLength(text: string): number {
  return MARK.exec(text)?.[0].length ?? 0;
}

/**
 * The length of a footnote mark written before a label (`※行政许可`, `※2.重复申请`, `* 规章`), with the spaces after
 * it; 0 when there is none, when nothing follows it, or when it is Markdown emphasis around the label (`**规章**`).
 */
export function leadingMarkLength(raw: string): number {
  const n = markLength(raw);
  if (!n) return 0;
  const mark = raw.slice(0, n).trim();
  // (Not Markdown emphasis, `**规章**`, nor a heading's `#`.)
  if (/^[*_]+$/.test(mark) && raw.trimEnd().endsWith(mark)) return 0;
  if (/^[#＃]+$/.test(mark)) return 0;
  let end = n;
  while (end < raw.length && /[ \t\u3000]/.test(raw[end])) end++;
  return end < raw.length ? end : 0;
}

/**
 * `raw` without a footnote mark at its end (`规章※` → `规章`, `1.属于国家秘密¹` → `1.属于国家秘密`): the label a
 * mark points to a note for. `raw` itself when it ends in none (or is nothing but one).
 */
export function withoutMark(raw: string): string {
  // (A mark before the label, `※行政许可`, `※2.重复申请`, is left out too: brk105 #3.)
  const lead = leadingMarkLength(raw);
  if (lead) raw = raw.slice(lead);
  for (let at = 1; at < raw.length; at++) {
    const n = markLength(raw.slice(at));
    if (n && at + n === raw.length && raw.slice(0, at).trim()) return raw.slice(0, at).trimEnd();
  }
  return raw;
}

/**
 * Whether `tail`, written right after a row label in its cell, is the author's addition to it rather than part of
 * a misspelling: a footnote mark (`※`, `¹`, `[1]`), a bracketed remark (`（含转办件）`, `（单位：件）`), a remark after
 * punctuation (`，见附件`), or words after a space that are a note (`备注：无`, `注：…`, `说明…`, anything with a colon).
 * Characters glued to the label without any of these (`物` of `出版物物`, `决定` of `行政处罚决定`) are not.
 */
export function isLabelAddition(tail: string): boolean {
  const mark = markLength(tail);
  if (mark) return mark === tail.length || isLabelAddition(tail.slice(mark));
  if (/^[ \t\u3000]*[（(【〔［[<《]/.test(tail)) return true;
  if (/^[ \t\u3000]*[，,：:；;。]/.test(tail)) return true;
  return /^[ \t\u3000]+(?:备注|注|说明|\S*[：:])/.test(tail);
}

/**
 * Where the author's addition after the label begins in `text`, the label cell as written whose label misspells
 * `canonical`: the offset of the last tail that is an addition (`isLabelAddition`) and whose removal brings the
 * text strictly nearer the template's label (`（二）部分公幵（…情形）（含转办件）` → before `（含转办件）`; `规帐※` → before
 * `※`); `text.length` when there is none (a label cut short or with a wrong last character is rewritten whole). A
 * fix writes the template's label over `text.slice(0, offset)` and keeps the rest.
 */
export function labelAdditionStart(text: string, canonical: string): number {
  const want = labelKey(canonical);
  let best = text.length;
  let bestD = editDistance(labelKey(text), want);
  // (`**规帐**`: the closing `**` of Markdown emphasis is no footnote mark.)
  const emphasis = /^[*_]+/.exec(text)?.[0];
  for (let p = text.length - 1; p > 0; p--) {
    const tail = text.slice(p);
    if (/[\uDC00-\uDFFF]/.test(text[p]) || !isLabelAddition(tail) || !text.slice(0, p).trim() || (emphasis && tail.trim() === emphasis)) continue;
    // (A tail holding the template's label is where the label is, not a remark after it: `其中：规章` is 规章 with
    // words before it, rewritten whole; kept, the fix wrote `规章：规章`, brk177 #1.)
    if (want && labelKey(tail).includes(want)) continue;
    const d = editDistance(labelKey(text.slice(0, p)), want);
    // (A mark alone is split off at no gain too: `*` and others are no part of a label's key.)
    if (d < bestD || (d === bestD && markLength(tail) === tail.length)) {
      best = p;
      bestD = d;
    }
  }
  // (The spaces before the addition stay with it: `规帐 ※` is rewritten `规章 ※`.)
  while (best < text.length && best > 0 && /[ \t\u3000]/.test(text[best - 1])) best--;
  return best;
}

/** Whether `tail`, after label `body` in its cell, is that label written again after a separator (`：规章` after 规章). */
function repeatsLabel(tail: string, body: string): boolean {
  const m = /^[ \t\u3000]*[，,：:；;。][ \t\u3000]*(.+)$/.exec(tail);
  return !!m && !!labelKey(body) && labelKey(m[1]) === labelKey(body);
}

/**
 * The label `raw` starts with when the rest is the author's addition to it (`isLabelAddition`: `规章 备注：无`,
 * `规章※`) and its key is one `isLabel` accepts (a row of the table), or null; a footnote mark before it (`※规章`)
 * is left out. Labels longer than 64 characters (prose, not a label cell) are not tried.
 */
export function labelBeforeAddition(raw: string, isLabel: (key: string) => boolean): string | null {
  if (raw.length > 64) return null;
  // (A mark before the label too: `※规章※`, `※规帐`, brk105 #3.)
  const lead = leadingMarkLength(raw);
  raw = raw.slice(lead);
  if (lead && isLabel(labelKey(raw))) return raw;
  for (let p = 1; p < raw.length; p++) {
    if (/[\uDC00-\uDFFF]/.test(raw[p]) || !isLabelAddition(raw.slice(p))) continue;
    const body = raw.slice(0, p).trimEnd();
    // (The label written again after a colon, `规章：规章`, is no remark on it: a doubled label, brk177 #1.)
    if (repeatsLabel(raw.slice(p), body)) continue;
    if (body && isLabel(labelKey(body))) return body;
  }
  return null;
}
