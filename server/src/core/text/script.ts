/**
 * Reports written in traditional characters (a government site's `big5` mirror, a copy from a Hong Kong or Taiwan
 * page, templates.md's own sources S3/S5/S21): the engine reads them through a simplified view of the same length,
 * character for character (OpenCC's traditional → simplified phrase and character tables, pairs of the same length
 * only: `反覆` → `反复`, `報` → `报`), so that every offset and range of the view is the original text's.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';
import TRADITIONAL_PHRASES_JSON from './traditional-phrases.json';
import { LineIndex } from './lines.js';

/** Pairs of the template's words and their traditional form where it depends on the word (`关系`: `關係`). */
const TRADITIONAL_PHRASES: Readonly<Record<string, string>> = TRADITIONAL_PHRASES_JSON;

/**
 * The character table as flat arrays indexed by UTF-16 code unit (OpenCC's table as a `Map` cost about 40 ns a
 * character in `isTraditional`, which the CLI runs on every file): `to[c]`, the simplified code unit of a
 * traditional one (0: none); `kind[c]`, 1 for a traditional character of the table, 2 for a simplified form of it
 * that is no traditional character itself (`报`, `开`), 0 for any other.
 */
interface ScriptTable { to: Uint16Array; kind: Uint8Array }
let table: ScriptTable | null = null;

/**
 * Traditional code unit → simplified code unit, for the pairs of one BMP character each (same UTF-16 length).
 * OpenCC's table is `from to[ to…]|…`; an entry of one BMP character and a first candidate of one is three code units
 * before its `|` or a space. Read with `indexOf` and `charCodeAt`, not split into strings: a language server's first
 * open and every CLI run build the table once, and the split cost about 4 ms of a 10,000-line draft's first open.
 */
function simplifiedOf(): ScriptTable {
  if (table) return table;
  const to = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  const dict = TS_CHARACTERS;
  const traditional: number[] = [];
  for (let start = 0; start < dict.length; ) {
    let bar = dict.indexOf('|', start);
    if (bar < 0) bar = dict.length;
    const from = dict.charCodeAt(start);
    const into = dict.charCodeAt(start + 2);
    const oneEach = dict.charCodeAt(start + 1) === 0x20 && start + 2 < bar && (start + 3 === bar || dict.charCodeAt(start + 3) === 0x20);
    if (oneEach && !isSurrogate(from) && !isSurrogate(into) && from !== into) {
      to[from] = into;
      kind[from] = 1;
      traditional.push(from);
    }
    start = bar + 1;
  }
  for (const c of traditional) if (kind[to[c]] !== 1) kind[to[c]] = 2;
  table = { to, kind };
  return table;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** How much of the text's start is read to tell its script: enough for a title, an introduction and a heading or two. */
const SAMPLE = 3000;
/** Traditional characters in the sample that make the text a traditional one (a simplified report has none or a stray one). */
const MIN_TRADITIONAL = 12;

/**
 * Whether `lines` is written in traditional characters: at least `MIN_TRADITIONAL` characters of its first `SAMPLE`
 * that have a different simplified form, and more of them than of the simplified forms of the table's pairs.
 */
export function isTraditional(lines: LineIndex): boolean {
  const { kind } = simplifiedOf();
  let seen = 0, traditional = 0, simplifiedOnly = 0;
  for (let i = 0; i < lines.lineCount && seen < SAMPLE; i++) {
    const t = lines.line(i);
    for (let k = 0; k < t.length && seen < SAMPLE; k++, seen++) {
      const c = t.charCodeAt(k);
      if (c < 0x3400) continue;
      const cls = kind[c];
      if (cls === 1) traditional++;
      else if (cls === 2) simplifiedOnly++;
    }
  }
  return traditional >= MIN_TRADITIONAL && traditional > simplifiedOnly;
}

/**
 * `text` with each traditional character of the table replaced by its simplified form (`本機關` → `本机关`), the same
 * length; `text` itself when it has none. For comparing a label written in traditional characters with the template's.
 */
export function simplifiedChars(text: string): string {
  const { to } = simplifiedOf();
  // (In pieces, once: a paragraph of prose may hold many.)
  let out: string[] | null = null;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = to[text.charCodeAt(k)];
    if (!c) continue;
    (out ??= []).push(text.slice(from, k), String.fromCharCode(c));
    from = k + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Traditional characters anywhere in a simplified text that make it read through its simplified view as well. */
const MIN_MIXED = 12;

/**
 * Whether `lines`, not a traditional text (`isTraditional`), still holds `MIN_MIXED` or more traditional characters
 * (a table pasted from a `big5` mirror or a Hong Kong or Taiwan page into a simplified draft): such a text is read
 * through its simplified view too (`simplifiedView`), so that the table's labels match the template's. Stops at the
 * first line once enough are found; a line without a CJK character above U+33FF costs one scan of its code units.
 */
export function hasTraditionalPart(lines: LineIndex): boolean {
  let traditional = 0;
  for (let i = 0; i < lines.lineCount && traditional < MIN_MIXED; i++) traditional += traditionalIn(lines.line(i), MIN_MIXED - traditional);
  return traditional >= MIN_MIXED;
}

/** How many traditional characters `t` holds, counted up to `max` at most. */
function traditionalIn(t: string, max: number): number {
  const { kind } = simplifiedOf();
  let n = 0;
  for (let k = 0; k < t.length && n < max; k++) {
    const c = t.charCodeAt(k);
    if (c >= 0x3400 && kind[c] === 1) n++;
  }
  return n;
}

/**
 * Per line of `lines`, how many traditional characters it holds (at most 255: `hasTraditionalPart` needs only
 * `MIN_MIXED`), and whether those of the whole text reach `MIN_MIXED`. Given the counts of an earlier version of the
 * text (`before`, the same kind of array for `before.lines`) and which lines changed since (`diff`: lines
 * `[start, end)` of `lines` are new, the lines after them moved by `delta`), only the changed lines are read: a
 * language server asks at every version of a long draft. Same answer as `hasTraditionalPart(lines)`.
 */
export function traditionalLineCounts(
  lines: LineIndex,
  before?: { counts: Uint8Array; diff: { start: number; end: number; delta: number } },
): { counts: Uint8Array; mixed: boolean } {
  const n = lines.lineCount;
  const counts = new Uint8Array(n);
  const read = (i: number) => (counts[i] = traditionalIn(lines.line(i), 255));
  const old = before?.counts;
  const d = before?.diff;
  if (old && d && d.end - d.delta === old.length - (n - d.end) && d.end <= n && d.start <= d.end) {
    counts.set(old.subarray(0, d.start));
    for (let i = d.start; i < d.end; i++) read(i);
    counts.set(old.subarray(d.end - d.delta), d.end);
  } else {
    for (let i = 0; i < n; i++) read(i);
  }
  let total = 0;
  for (let i = 0; i < n && total < MIN_MIXED; i++) total += counts[i];
  return { counts, mixed: total >= MIN_MIXED };
}

/**
 * The simplified view of a traditional text (`isTraditional`): each character of the table replaced by its
 * simplified form, every other character as it is. The same length and line breaks as `lines`, so a range of the
 * view is a range of the text.
 */
export function simplifiedView(lines: LineIndex): LineIndex {
  const { to: simplified } = simplifiedOf();
  const phrases = phrasesOf();
  const out: string[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    phrases.re.lastIndex = 0;
    const t = lines.line(i).replace(phrases.re, (w) => phrases.to.get(w) ?? w);
    let s = '';
    let from = 0;
    for (let k = 0; k < t.length; k++) {
      const to = simplified[t.charCodeAt(k)];
      if (!to) continue;
      s += t.slice(from, k) + String.fromCharCode(to);
      from = k + 1;
    }
    out.push(from ? s + t.slice(from) : t);
    if (i + 1 < lines.lineCount) out.push(lines.eol(i));
  }
  return new LineIndex(out.join(''));
}

let phraseTable: { re: RegExp; to: Map<string, string> } | null = null;

/** OpenCC's traditional → simplified phrases whose two forms have the same length (`反覆` → `反复`, `瞭解` → `了解`). */
function phrasesOf(): { re: RegExp; to: Map<string, string> } {
  if (phraseTable) return phraseTable;
  const to = new Map<string, string>();
  for (const pair of TS_PHRASES.split('|')) {
    const [from, into] = pair.split(' ');
    if (from && into && from.length === into.length && from !== into) to.set(from, into);
  }
  // Longest first, so a phrase inside a longer one does not cut it.
  const keys = [...to.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  phraseTable = { re: new RegExp(keys.join('|'), 'g'), to };
  return phraseTable;
}

/**
 * Whether `text` holds a traditional character of the table (one whose simplified form differs: `處`, `報`), so that a
 * fix writing over it writes in traditional characters (`inScriptOf`).
 */
export function hasTraditional(text: string): boolean {
  return traditionalIn(text, 1) > 0;
}

let traditionalTable: { usual: Map<string, string>; forms: Map<string, string[]>; converted: Set<string> } | null = null;

/**
 * Per simplified character with a different traditional form: OpenCC's usual one (`罚` → `罰`, `复` → `復`), and every
 * traditional character of the table whose simplified form it is (`复`: `復`, `複`), one BMP character each; and the
 * characters OpenCC's table converts at all (`converted`: not `只`, which traditional text writes as it is, 只計).
 */
function traditionalOf(): { usual: Map<string, string>; forms: Map<string, string[]>; converted: Set<string> } {
  if (traditionalTable) return traditionalTable;
  const usual = new Map<string, string>();
  const converted = new Set<string>();
  for (const pair of ST_CHARACTERS.split('|')) {
    const [from, into] = pair.split(' ');
    if (from?.length === 1) converted.add(from);
    if (from?.length === 1 && into?.length === 1 && from !== into) usual.set(from, into);
  }
  const { to } = simplifiedOf();
  const forms = new Map<string, string[]>();
  for (let c = 0x3400; c < 0x10000; c++) {
    if (!to[c]) continue;
    const s = String.fromCharCode(to[c]);
    forms.set(s, [...(forms.get(s) ?? []), String.fromCharCode(c)]);
  }
  traditionalTable = { usual, forms, converted };
  return traditionalTable;
}

/** The last context `inScriptOf` was given, with its simplified form (a fix-all asks for one document many times). */
let contextSeen: { text: string; simplified: string } | null = null;

/**
 * `canonical` (words of the template, in simplified characters) written in the script of `written`, the text a fix
 * writes it over: `canonical` itself when `written` has no traditional character. Else each character of `canonical`
 * that `written` has at the same place (an alignment of their simplified forms: `行政處法` → `行政处罚` keeps `行政處`) is
 * taken as `written` writes it, and each other one is written in traditional characters: the form `context` (the
 * text of the document, as written) uses for it beside the same neighbour (`復` in `復議` for the `复` of 复议), else
 * the form it uses most, else OpenCC's usual one (`罚` → `罰`); a character with no other form, or one OpenCC does not
 * convert, as it is (`法`, `只`).
 * Null when the result does not read back as `canonical` (no fix is then written in either script).
 * `traditional`: write in traditional characters even when `written` has none (an empty label cell or an ordinal alone,
 * `（二）`, in a table written in them): its characters are kept where they align, the others converted so.
 */
export function inScriptOf(written: string, canonical: string, context = '', traditional = false): string | null {
  const a = simplifiedChars(written);
  if (a === written && !traditional) return canonical;
  const b = canonical;
  // Longest common subsequence of the two simplified strings (UTF-16 units; the template's words are BMP characters).
  const n = a.length, m = b.length;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
  }
  const from = new Int32Array(m).fill(-1);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) from[j++] = i++;
    else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  const out = traditionalWords(b, context, (j) => (from[j] >= 0 ? written[from[j]] : null));
  return simplifiedChars(out) === simplifiedChars(canonical) ? out : null;
}

/**
 * `canonical` (template words in simplified characters) written in traditional characters: each character in the
 * form `context` (the document as written) uses beside the same neighbour (`復` in `復議`), else the form it uses
 * most, else OpenCC's usual one (`罚` → `罰`); a character with no other form, or one OpenCC does not convert, as it
 * is (`法`, `只`, `家`). For the words a fix
 * inserts into a part written in traditional characters (a row of a table), where no written text stands to take
 * characters from (`inScriptOf`). Always reads back as `canonical` through `simplifiedChars`.
 */
export function inTraditional(canonical: string, context = ''): string {
  return traditionalWords(canonical, context, () => null);
}

/** `b` written in traditional characters as `inScriptOf` writes them; `given(j)`: the character to keep at `j`, or null. */
function traditionalWords(b: string, context: string, given: (j: number) => string | null): string {
  const { usual, forms, converted } = traditionalOf();
  let simplifiedContext: string | null = null;
  const inContext = () => {
    if (contextSeen?.text !== context) contextSeen = { text: context, simplified: simplifiedChars(context) };
    return (simplifiedContext ??= contextSeen.simplified);
  };
  let out = '';
  for (let j = 0; j < b.length; j++) {
    const c = b[j];
    const kept = given(j);
    if (kept !== null) {
      out += kept;
      continue;
    }
    const traditionalForms = forms.get(c);
    if (!traditionalForms) {
      out += c;
      continue;
    }
    // A character OpenCC does not convert is one traditional text writes as it is (`只`: 只計, 隻 being another
    // word's): so written, unless the document writes another form of it beside the same neighbour.
    const candidates = converted.has(c) ? traditionalForms : [c, ...traditionalForms];
    const chosen = candidates.length > 1 && context ? formUsed(context, inContext(), b, j, candidates) : null;
    out += chosen ?? wordForm(b, j, candidates) ?? usual.get(c) ?? candidates[0];
  }
  return out;
}

/**
 * The traditional form of `b[j]` that the word it is in decides (`系` of 关系 is `係`, `制` of 制作 `製`), from the
 * table of the template's words (`traditional-phrases.json`, scripts/traditional-phrases.mjs: OpenCC's phrases), when
 * it is one of `candidates`; null when the table has none.
 */
function wordForm(b: string, j: number, candidates: readonly string[]): string | null {
  const before = j > 0 ? TRADITIONAL_PHRASES[b.slice(j - 1, j + 1)]?.[1] : undefined;
  const after = TRADITIONAL_PHRASES[b.slice(j, j + 2)]?.[0];
  const form = before ?? after;
  return form !== undefined && candidates.includes(form) ? form : null;
}

/**
 * The traditional form (one of `candidates`) that `context` (its simplified form `simplified`, the same length) writes
 * for character `b[j]`: beside the neighbour it has in `b` (`复议` found as `復議`), else the one it writes most; null
 * when it writes none of them.
 */
function formUsed(context: string, simplified: string, b: string, j: number, candidates: readonly string[]): string | null {
  const votes = new Map<string, number>();
  for (const [word, at] of [[b.slice(j - 1, j + 1), 1], [b.slice(j, j + 2), 0]] as const) {
    if (word.length < 2) continue;
    for (let k = simplified.indexOf(word); k >= 0; k = simplified.indexOf(word, k + 1)) {
      const t = context[k + at];
      if (candidates.includes(t)) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
  }
  if (!votes.size) for (const t of candidates) for (let k = context.indexOf(t); k >= 0; k = context.indexOf(t, k + 1)) votes.set(t, (votes.get(t) ?? 0) + 1);
  let best: string | null = null;
  for (const [t, v] of votes) if (best === null || v > votes.get(best)!) best = t;
  return best;
}

/** Fix edits whose new text is written in the script of the text they replace (`markInWrittenScript`). */
const inWrittenScript = new WeakSet<object>();

/**
 * Marks `edit` as written in the script of the text it replaces (its words taken from that text or written by
 * `inScriptOf`): `checkReport` then offers it in a text read through its simplified view, where a fix writing the
 * view's (simplified) words is withheld. Returns `edit`.
 */
export function markInWrittenScript<T extends object>(edit: T): T {
  inWrittenScript.add(edit);
  return edit;
}

/** Whether `edit` was marked by `markInWrittenScript`. */
export function isInWrittenScript(edit: object): boolean {
  return inWrittenScript.has(edit);
}
