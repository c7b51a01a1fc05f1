/**
 * Control characters in a report's text (a NUL pasted from a PDF or another program, a form feed, an escape):
 * shared by the CLI and the language server so that a file and an open document are treated alike. A few are no
 * reason to refuse the report: each is reported where it is, with a fix that deletes it. Many NULs mean the text
 * is not text (a binary file): then nothing is checked, and the first one is named.
 */
import { fixAll, fixAllSteps, LineIndex, runSteps, pick, type Bilingual, type Finding, type FixAllResult, type Locale, type Position } from '../core/index.js';
import { patternFinder, type Finder } from '../core/text/search.js';
import { ENCODING_INVALID } from './bad-bytes.js';

/** How much of a text (UTF-16 code units) or a file (bytes) is sampled to tell binary content from text. */
export const BINARY_SAMPLE = 65536;

/**
 * Whether `nuls` NUL characters (or bytes) among `length` make binary content rather than text with a few stray
 * ones: more than one and more than 1 % of the sample (a binary file has far more; one pasted by mistake is one).
 */
export function tooManyNuls(nuls: number, length: number): boolean {
  return nuls > Math.max(1, length / 100);
}

/**
 * A control character that is not text: C0 controls other than tab, line feed, carriage return and form feed, and
 * DEL. A form feed (U+000C) is the page break of a converted PDF: valid text, reported by the core rule `page-break`
 * (an info that can be turned off), not here.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

const NAMES: Record<number, Bilingual> = {
  0x00: { zh: 'NUL 空字符', en: 'NUL' },
  0x07: { zh: 'BEL 响铃符', en: 'BELL' },
  0x08: { zh: 'BS 退格符', en: 'BACKSPACE' },
  0x0b: { zh: 'VT 垂直制表符', en: 'VERTICAL TAB' },
  0x0c: { zh: 'FF 换页符', en: 'FORM FEED' },
  0x1b: { zh: 'ESC 转义符', en: 'ESCAPE' },
  0x7f: { zh: 'DEL 删除符', en: 'DELETE' },
};

/**
 * A control character as people look it up: `U+0000（NUL 空字符）` / `U+0000 (NUL)`; one without a name of its own
 * by its code point alone (`U+0001`), not “U+0001 (control character)” after “a control character” (brk167 #5).
 */
export function controlName(code: number, locale: Locale): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  if (!name) return hex;
  return locale === 'en' ? `${hex} (${name.en})` : `${hex}（${name.zh}）`;
}

/**
 * The start of a file format that is never text, as its bytes read (`-1`: any byte; the PNG's first byte, 0x89,
 * reads as U+0089, as ‰ in Windows-1252 or as U+FFFD). A text is compared code unit by byte: a byte over 0x7F
 * matches the same code unit (the text decoded as Latin-1), or U+FFFD (decoded as UTF-8) in a signature that has a
 * control byte too (JPEG's has none: three U+FFFD also start a GBK text read as UTF-8).
 */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG', bytes: [-1, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, -1, 0x61] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'OLE', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'GZIP', bytes: [0x1f, 0x8b, 0x08] },
];

/**
 * The name of the binary format a text or a file starts as (`SIGNATURES`: PNG, JPEG, GIF, PDF, ZIP — also .docx
 * and .xlsx —, OLE — .doc and .xls —, GZIP), or null. `at(i)`: the i-th byte or UTF-16 code unit, `length` how many.
 */
export function binarySignature(at: (i: number) => number, length: number): string | null {
  for (const { name, bytes } of SIGNATURES) {
    if (length < bytes.length) continue;
    const replaced = bytes.some((b) => b >= 0 && b < 0x20);
    let ok = true;
    for (let i = 0; i < bytes.length && ok; i++) {
      const b = bytes[i], c = at(i);
      ok = b < 0 || c === b || (replaced && b > 0x7f && c === 0xfffd);
    }
    if (ok) return name;
  }
  return null;
}

/**
 * Whether `controls` control characters (or bytes) among `length` make binary content: more than 8 and more than
 * 5 % of the sample (compressed data read as text has about 11 %; a report with a few pasted ones has far fewer).
 */
export function tooManyControls(controls: number, length: number): boolean {
  return controls > Math.max(8, length / 20);
}

/** Why a text is binary content (`binaryText`), or not. */
export interface Binary {
  binary: boolean;
  /** Where the first NUL is (0-based, UTF-16), when the text is binary for its many NULs. */
  firstNul?: Position;
  /** The format its start says it is (`binarySignature`), when it says one. */
  signature?: string;
}

/** How many of `CONTROL` (NUL included) `text` holds. */
function countControls(text: string): number {
  CONTROL.lastIndex = 0;
  let n = 0;
  while (CONTROL.exec(text)) n++;
  CONTROL.lastIndex = 0;
  return n;
}

/**
 * Whether a text is binary content rather than text (a binary file read by an editor, as UTF-8 or as Latin-1): it
 * starts as a binary format does (`binarySignature`), or in its first `BINARY_SAMPLE` code units it has too many
 * NULs (`tooManyNuls`), too many other control characters (`tooManyControls`: those of `CONTROL`, which a compressed
 * file has plenty of even when it has few NULs) or more than 5 % replacement characters.
 */
export function binaryText(text: string): Binary {
  const signature = binarySignature((i) => text.charCodeAt(i), text.length);
  if (signature) return { binary: true, signature };
  const sample = text.length > BINARY_SAMPLE ? text.slice(0, BINARY_SAMPLE) : text;
  // Most texts have none of these (the editor asks at every version): searches by the engine instead of a pass in script.
  const control = hasControl(sample);
  if (!control && sample.indexOf('\ufffd') < 0) return { binary: false };
  let nul = 0, bad = 0, first = -1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) { if (first < 0) first = i; nul++; } else if (c === 0xfffd) bad++;
  }
  if (sample.length > 0 && tooManyNuls(nul, sample.length)) return { binary: true, firstNul: new LineIndex(text.slice(0, first + 1)).positionAt(first) };
  const binary = sample.length > 0 && (bad / sample.length > 0.05 || (control && tooManyControls(countControls(sample), sample.length)));
  return { binary };
}

/**
 * `binaryText` of the text of `lines`. An index made from lines (a language server's document) is searched line by
 * line over the sample first: most texts have none of its characters, and then the text is never joined.
 */
export function binaryLines(lines: LineIndex): Binary {
  if (!lines.hasText) {
    const head = lines.head(16);
    const signature = binarySignature((i) => head.charCodeAt(i), head.length);
    if (signature) return { binary: true, signature };
    let seen = 0;
    for (let i = 0; i < lines.lineCount && seen < BINARY_SAMPLE; i++) {
      const l = lines.line(i);
      // (Only the sample is read: the text is not joined.)
      if (l.indexOf('\ufffd') >= 0 || hasControl(l)) return binaryText(lines.head(BINARY_SAMPLE));
      seen += l.length + 1;
    }
    return { binary: false };
  }
  return binaryText(lines.text);
}

/** Whether `s` holds a control character of `CONTROL`. */
function hasControl(s: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(s);
  CONTROL.lastIndex = 0;
  return found;
}

const MESSAGE = (name: string, locale: Locale) => pick({
  zh: `此处有控制字符 ${name}：它不是文字，显示不出来，多是从其他程序复制时带进来的；请删除。`,
  en: `A control character here, ${name}: it is not text and does not show; it usually comes with text copied from another program; delete it.`,
}, locale);

/** At most this many control characters are reported one by one (the rest are in the last one's message count). */
const MAX_REPORTED = 200;

/** A control character (see `CONTROL`) as a `Finder`: the lines that hold one (`reportLinesWith`). */
export const CONTROL_CHAR: Finder = patternFinder(CONTROL);

/**
 * The `encoding-invalid` findings of the control characters of the text of `lines` (see `CONTROL`): one per
 * character, an error, its range that character (0-based, UTF-16), its
 * message naming it in `locale`, its fix deleting it. At most `MAX_REPORTED`. A text that is binary (`binaryText`)
 * is not checked at all; callers test that first.
 */
export function controlCharFindings(lines: LineIndex, locale: Locale): Finding[] {
  const out: Finding[] = [];
  const text = lines.text;
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return out;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m && out.length < MAX_REPORTED; m = CONTROL.exec(text)) {
    const range = { start: lines.positionAt(m.index), end: lines.positionAt(m.index + 1) };
    const code = m[0].charCodeAt(0);
    out.push({
      ruleId: ENCODING_INVALID, severity: 'error', message: MESSAGE(controlName(code, locale), locale), range,
      fix: { title: { zh: `删除 ${controlName(code, 'zh')}`, en: `Delete ${controlName(code, 'en')}` }, edits: [{ range, newText: '' }] },
    });
  }
  CONTROL.lastIndex = 0;
  return out;
}

/** `text` without its stray control characters (every one `CONTROL` matches, not only the first `MAX_REPORTED`). */
function withoutControlChars(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  CONTROL.lastIndex = 0;
  const out = text.replace(CONTROL, '');
  CONTROL.lastIndex = 0;
  return out;
}

/**
 * The engine's fix-all (`fixAll`) of the text of `lines`, its stray control characters deleted first (their
 * `encoding-invalid` findings, each fixable, head `fixed`): the rules' fixes are made on the text without them.
 * Shared by `nianbao check --fix` and the editor's fix-all, so both write the same text.
 */
export function fixAllWithControlChars(lines: LineIndex, options: Parameters<typeof fixAll>[1] = {}): FixAllResult {
  return runSteps(fixAllWithControlCharsSteps(lines, options));
}

/** `fixAllWithControlChars` as the steps of `fixAllSteps` (for a caller that serves other work between them). */
export function* fixAllWithControlCharsSteps(lines: LineIndex, options: Parameters<typeof fixAll>[1] = {}): Generator<void, FixAllResult, void> {
  const controls = controlCharFindings(lines, options.locale ?? 'zh');
  const fixed = yield* fixAllSteps(controls.length ? withoutControlChars(lines.text) : lines.text, options);
  if (controls.length) fixed.fixed.unshift(...controls);
  return fixed;
}
