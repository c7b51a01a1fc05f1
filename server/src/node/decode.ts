/**
 * How a report file's bytes become text, shared by the CLI (`cli/decode.ts`, which also writes fixed files back)
 * and the language server (files on disk that are not open: workspace checks, last year's report). UTF-8 with or
 * without BOM, UTF-16 with BOM, and GB18030/GBK (what Windows tools in China save) when the bytes are not UTF-8.
 * A UTF-8 file with a few invalid sequences (a stray byte, a character cut short, a Latin-1 `é` pasted in) stays
 * UTF-8: each invalid sequence becomes one U+FFFD and is listed with its place, instead of the whole file being
 * read as GB18030 gibberish. Bytes in, text out: no file system here.
 */
import { LineIndex } from '../core/index.js';
import { BINARY_SAMPLE, binarySignature, binaryText, tooManyControls, tooManyNuls } from './control-chars.js';

/** An encoding a report file is read in. */
export type EncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030' | 'big5';

/** How a file's bytes were decoded, to write a fixed file back the same way. */
export interface Encoding {
  name: EncodingName;
  bom: boolean;
}

/** The decoders of the encodings other than UTF-8 (the CLI: iconv-lite, which it also encodes with; else TextDecoder). */
export type OtherDecoder = (bytes: Uint8Array, name: 'utf16le' | 'utf16be' | 'gb18030' | 'big5') => string;

/**
 * One place where the bytes could not be decoded: it reads as one U+FFFD in the text. Positions of the text are
 * 0-based (`line`, `character` in UTF-16 code units, as LSP ranges count); `byteOffset` is 0-based in the file
 * (a BOM counted), given for UTF-8 files only (an iconv decoder does not say where its replacement came from).
 */
export interface BadBytes {
  /** UTF-16 offset of the U+FFFD in the text. */
  offset: number;
  line: number;
  character: number;
  byteOffset?: number;
  /** How many bytes the U+FFFD stands for (UTF-8 only). */
  byteLength?: number;
}

/**
 * Why bytes are not read as a report: over the size limit, UTF-16 without BOM, binary, or no encoding fits. A binary
 * file says why when it can: `byteOffset` its first NUL (0-based) when it has many, `signature` the format its first
 * bytes say (`binarySignature`: PNG, PDF…; `DOCX` or `DOC` for a ZIP or OLE file that is a Word document, `XLS` or
 * `PPT` for an OLE file that is an Excel or PowerPoint one); neither
 * when it has many other control characters.
 */
export type DecodeFailure = { kind: 'too-large'; bytes: number } | { kind: 'utf16-no-bom' } | { kind: 'binary'; byteOffset?: number; signature?: string } | { kind: 'undecodable' };

/** Lines `[from, to]` (0-based, inclusive; the first and last line with non-ASCII text) of a file in one encoding. */
export interface LineRun {
  from: number;
  to: number;
}

/**
 * The text, its encoding and the places whose bytes could not be decoded (in text order), or why there is none.
 * `utf8Runs`: in a GB18030 file, the runs of lines that are UTF-8 (a block pasted from a UTF-8 web page into a GBK
 * text file by an editor that did not convert it), decoded as UTF-8; absent when there are none.
 */
export type Decoded = { ok: true; text: string; encoding: Encoding; bad: BadBytes[]; utf8Runs?: LineRun[] } | { ok: false; failure: DecodeFailure };

/** Files larger than this are refused rather than read (a 年报 is well under 1 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;

/**
 * A size in MB over `limit` bytes, with as many decimals (one to six) as it takes to read as more than the limit:
 * `20.0 MB` for 20,976,745 bytes read as the 20 MB limit itself.
 */
export function sizeOver(bytes: number, limit: number): string {
  for (let d = 1; d < 6; d++) {
    const s = (bytes / 1048576).toFixed(d);
    if (Number(s) > limit / 1048576) return s;
  }
  return (bytes / 1048576).toFixed(6);
}

/**
 * What a UTF-8 reading of bytes finds: `multiByte` well-formed sequences of 2–4 bytes (the Chinese text), and the
 * ill-formed ones, each a maximal subpart as the WHATWG decoder (TextDecoder) replaces it by one U+FFFD:
 * `byteOffset`/`byteLength` in `bytes`, and `offset` the UTF-16 offset its U+FFFD gets in the decoded text.
 */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: { byteOffset: number; byteLength: number; offset: number }[] } {
  let multiByte = 0;
  const invalid: { byteOffset: number; byteLength: number; offset: number }[] = [];
  let i = 0, u = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      u++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      invalid.push({ byteOffset: i, byteLength: 1, offset: u++ });
      i++;
      continue;
    }
    let j = i + 1, k = 0;
    while (k < need && j < n && bytes[j] >= lo && bytes[j] <= hi) {
      j++;
      k++;
      lo = 0x80;
      hi = 0xbf;
    }
    if (k === need) {
      multiByte++;
      u += need === 3 ? 2 : 1; // a 4-byte sequence is a surrogate pair
    } else invalid.push({ byteOffset: i, byteLength: j - i, offset: u++ });
    i = j;
  }
  return { multiByte, invalid };
}

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 text with a few bad sequences rather than GB18030: at
 * least 8 well-formed multi-byte sequences for each ill-formed one. GB18030 Chinese text read as UTF-8 has about
 * one chance well-formed sequence for every five ill-formed ones (a report: 0.16–0.21 over the corpus encoded with
 * iconv-lite; a single line of 10 characters or more: at most 2.3), so a UTF-8 report with a few stray bytes
 * (thousands of characters for each bad byte) is far on one side and GB18030 far on the other.
 */
export function mostlyUtf8(scan: { multiByte: number; invalid: unknown[] }): boolean {
  return scan.multiByte >= 8 * scan.invalid.length;
}

/** `bad` places with the 0-based line and character of their offsets in `text`. */
function placed(text: string, bad: { offset: number; byteOffset?: number; byteLength?: number }[]): BadBytes[] {
  if (!bad.length) return [];
  const lines = new LineIndex(text);
  return bad.map((b) => {
    const p = lines.positionAt(b.offset);
    return { ...b, line: p.line, character: p.character };
  });
}

/** The U+FFFD characters of a text decoded from another encoding than UTF-8: its undecodable bytes. */
function replacementsIn(text: string): BadBytes[] {
  const at: { offset: number }[] = [];
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) at.push({ offset: i });
  return placed(text, at);
}

/**
 * Decodes `bytes` (without a byte-order mark) in encoding `name` with the platform's TextDecoder (the decoder of
 * `decodeReport` where no other is given). (ignoreBOM: a U+FEFF after the file's own byte-order mark, already taken
 * off, is text and is written back.)
 */
export const textDecoder: OtherDecoder = (bytes, name) => new TextDecoder(name === 'gb18030' || name === 'big5' ? name : name === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);

/**
 * Decodes a report file's bytes. A UTF-8 BOM, a UTF-16 BOM, else valid UTF-8, else UTF-8 with a few ill-formed
 * sequences (`mostlyUtf8`), else GB18030 (refused as `undecodable` when more than 1 % of it, and more than 8
 * characters, decode to replacement or control characters). Bytes that start as a binary format does
 * (`binarySignature`: PNG, PDF, ZIP…), with many NULs in their first 64 KB (`tooManyNuls`: more than one and 1 %;
 * `byteOffset`: the first NUL's, 0-based) or many other control bytes (`tooManyControls`), or whose text is binary
 * content (`binaryText`: a binary file saved as UTF-8 text by an editor that read it as Latin-1) are refused as
 * binary, or as UTF-16 without a BOM when the NULs fall on one parity, and more than `MAX_BYTES` as too large. `bad` lists the U+FFFD that stand for bytes
 * that could not be decoded: every ill-formed sequence of a UTF-8 file (a U+FFFD written in the file as
 * EF BF BD is text, not listed); every U+FFFD of a GB18030 or UTF-16 file. Line endings are kept as they are.
 * `other` decodes UTF-16 and GB18030 (default: TextDecoder).
 */
export function decodeReport(bytes: Uint8Array, other: OtherDecoder = textDecoder): Decoded {
  if (bytes.length > MAX_BYTES) return { ok: false, failure: { kind: 'too-large', bytes: bytes.length } };
  // Its bytes, or its start read as UTF-8 (a binary file that an editor read as Latin-1 then saved as UTF-8 text).
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 32));
  const signature = binarySignature((i) => bytes[i], bytes.length) ?? binarySignature((i) => head.charCodeAt(i), head.length);
  if (signature) return { ok: false, failure: { kind: 'binary', signature: officeDocument(bytes, signature) ?? signature } };
  const d = decodeText(bytes, other);
  if (!d.ok) return d;
  const bin = binaryText(d.text);
  return bin.binary ? { ok: false, failure: { kind: 'binary', ...(bin.signature ? { signature: bin.signature } : {}) } } : d;
}

/** The streams an OLE (Office 97–2003) file names in its directory (UTF-16LE), and which kind each says it is. */
const OLE_STREAMS: readonly (readonly [string, 'DOC' | 'XLS' | 'PPT'])[] = [['WordDocument', 'DOC'], ['Workbook', 'XLS'], ['Book', 'XLS'], ['PowerPoint Document', 'PPT']];

/**
 * `DOCX` for a ZIP that is a Word document (its parts' names, stored uncompressed, include `word/document.xml`),
 * `DOC` for an OLE file holding a `WordDocument` stream (Word 97–2003), `XLS` for one holding `Workbook` (or Excel 5's
 * `Book`), `PPT` for one holding `PowerPoint Document`; else undefined (an OLE file whose streams say none of these,
 * damaged or cut short, stays `OLE`: its name may still tell, see cli/messages.ts). A report usually comes as a Word
 * file, and what to convert it with depends on which (brk123 #5).
 */
function officeDocument(bytes: Uint8Array, signature: string): 'DOCX' | 'DOC' | 'XLS' | 'PPT' | undefined {
  if (signature === 'ZIP') return includesBytes(bytes, [...'word/document.xml'].map((c) => c.charCodeAt(0))) ? 'DOCX' : undefined;
  if (signature === 'OLE') return OLE_STREAMS.find(([name]) => includesBytes(bytes, [...name].flatMap((c) => [c.charCodeAt(0), 0])))?.[1];
  return undefined;
}

/** Whether `needle` occurs in `bytes`. */
function includesBytes(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = bytes.indexOf(needle[0]); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(needle[0], i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether `bytes` (a file's, from its start) look like UTF-16 saved without a byte-order mark, and which: their NUL
 * bytes (the high bytes of ASCII characters) fall on one parity of their first 8 KB only, unlike a binary file's:
 * on odd offsets for little-endian (`utf16le`), even for big-endian (`utf16be`). Null otherwise.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const probe = bytes.subarray(0, 8192);
  if (!probe.includes(0)) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (Math.max(evenNul, oddNul) <= probe.length / 32 || Math.max(evenNul, oddNul) < 8 * Math.min(evenNul, oddNul)) return null;
  return oddNul > evenNul ? 'utf16le' : 'utf16be';
}

/** `decodeReport` without its first and last tests (size and signature; the text's `binaryText`). */
function decodeText(bytes: Uint8Array, other: OtherDecoder): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM says UTF-8 whatever follows: ill-formed sequences are its bad bytes (offsets counted from the file's start).
    const body = bytes.subarray(3);
    try {
      // (ignoreBOM: a second byte-order mark after the first is text, kept and written back; brk104 #7.)
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: { name: 'utf8', bom: true }, bad: [] };
    } catch {
      // Not valid UTF-8 after its BOM: the ill-formed sequences are found by the scan below (the common case needs none).
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const scan = scanUtf8(body);
    return { ok: true, text, encoding: { name: 'utf8', bom: true }, bad: placed(text, scan.invalid.map((b) => ({ ...b, byteOffset: b.byteOffset + 3 }))) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return withReplacements(other(bytes.subarray(2), 'utf16le'), { name: 'utf16le', bom: true });
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return withReplacements(other(bytes.subarray(2), 'utf16be'), { name: 'utf16be', bom: true });
  // UTF-16 saved without a byte-order mark: said so, the file can be re-saved.
  if (utf16WithoutBom(bytes)) return { ok: false, failure: { kind: 'utf16-no-bom' } };
  // Many NULs make a binary file; a few in text (one pasted by mistake) do not: the text is read and each is
  // reported (node/control-chars.ts), as the language server does with the text an editor sends.
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  const first = sample.indexOf(0);
  if (first >= 0) {
    let nuls = 0;
    for (let i = first; i < sample.length; i++) if (sample[i] === 0) nuls++;
    if (tooManyNuls(nuls, sample.length)) return { ok: false, failure: { kind: 'binary', byteOffset: first } };
  }
  // Compressed data has few NULs but plenty of other control bytes, which no text encoding read here has but as
  // themselves (GB18030 and Big5 trail bytes are over 0x3F).
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x20 ? b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d : b === 0x7f) controls++;
  }
  if (tooManyControls(controls, sample.length)) return { ok: false, failure: { kind: 'binary' } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: { name: 'utf8', bom: false }, bad: [] };
  } catch {
    // Not valid UTF-8: UTF-8 with a few bad bytes, or GB18030 (a superset of GBK/GB2312).
  }
  const scan = scanUtf8(bytes);
  if (mostlyUtf8(scan)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: true, text, encoding: { name: 'utf8', bom: false }, bad: placed(text, scan.invalid) };
  }
  const runs = utf8LineRuns(bytes);
  let text = runs.length ? decodeMixed(bytes, runs, other) : other(bytes, 'gb18030');
  // Big5 (traditional characters: a government site's `big5` mirror saved as a file) decodes as GB18030 too, into
  // gibberish: it is Big5 when read so it holds the words of a report and read as GB18030 it does not.
  if (!runs.length && reportWords(text) < 3) {
    const big5 = other(bytes, 'big5');
    if (reportWords(big5) >= 3 * Math.max(1, reportWords(text))) return withReplacements(big5, { name: 'big5', bom: false });
  }
  // Refuse text that decodes to mostly replacement or control characters.
  const junk = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (junk > Math.max(8, text.length * 0.01)) return { ok: false, failure: { kind: 'undecodable' } };
  const encoding: Encoding = { name: 'gb18030', bom: false };
  if (!runs.length) return withReplacements(text, encoding);
  return { ok: true, text, encoding, bad: replacementsIn(text), utf8Runs: runs.map(({ from, to }) => ({ from, to })) };
}

/** Words every report has, in simplified and traditional characters (`政府信息公开`, `政府資訊公開`, `申請`, `報告`). */
const REPORT_WORDS = /政府|信息|資訊|資料|公开|公開|申请|申請|报告|報告|年度|情况|情況|办理|辦理/g;

/** How many of `REPORT_WORDS` the first 20,000 characters of `text` hold. */
function reportWords(text: string): number {
  return (text.slice(0, 20000).match(REPORT_WORDS) ?? []).length;
}

/** A line of a GB18030 file as `utf8LineRuns` classes it. */
type LineClass = 'ascii' | 'utf8' | 'maybe-utf8' | 'gb';

/**
 * The runs of lines of a file read as GB18030 that are UTF-8 instead, with their byte spans (`[start, end)`, each
 * line's `\n` included). A line is UTF-8 when it is well-formed UTF-8 with at least 3 multi-byte sequences: GBK
 * Chinese text is almost never well-formed UTF-8 over three characters (see `mostlyUtf8`); a well-formed line with
 * one or two (`合计 |`, a table cell) only beside such a line (the nearest line with non-ASCII text before or after
 * it), so a short GBK line that happens to be well-formed UTF-8 is left alone. Lines of ASCII only read the same
 * either way and join the run they stand in.
 */
function utf8LineRuns(bytes: Uint8Array): (LineRun & { start: number; end: number })[] {
  const spans: { start: number; end: number; cls: LineClass }[] = [];
  for (let s = 0; s < bytes.length; ) {
    let e = bytes.indexOf(0x0a, s);
    e = e < 0 ? bytes.length : e + 1;
    const line = bytes.subarray(s, e);
    let ascii = true;
    for (let i = 0; i < line.length && ascii; i++) if (line[i] >= 0x80) ascii = false;
    let cls: LineClass = 'ascii';
    if (!ascii) {
      const scan = scanUtf8(line);
      cls = scan.invalid.length ? 'gb' : scan.multiByte >= 3 ? 'utf8' : 'maybe-utf8';
    }
    spans.push({ start: s, end: e, cls });
    s = e;
  }
  if (!spans.some((l) => l.cls === 'utf8')) return [];
  // A short well-formed line is UTF-8 beside a UTF-8 line (the nearest non-ASCII line before, else after it).
  const isUtf8 = spans.map((l) => l.cls === 'utf8');
  for (let pass = 0; pass < 2; pass++) {
    let prev = false;
    const order = pass === 0 ? spans.map((_, i) => i) : spans.map((_, i) => spans.length - 1 - i);
    for (const i of order) {
      const c = spans[i].cls;
      if (c === 'ascii') continue;
      if (c === 'maybe-utf8' && prev) isUtf8[i] = true;
      prev = isUtf8[i];
    }
  }
  const runs: (LineRun & { start: number; end: number })[] = [];
  let open: (LineRun & { start: number; end: number }) | null = null;
  spans.forEach((l, i) => {
    if (l.cls === 'ascii') return;
    if (isUtf8[i]) {
      if (open) [open.to, open.end] = [i, l.end];
      else runs.push((open = { from: i, to: i, start: l.start, end: l.end }));
    } else open = null;
  });
  return runs;
}

/** The text of a GB18030 file whose `runs` of lines are UTF-8: each part decoded in its own encoding. */
function decodeMixed(bytes: Uint8Array, runs: { start: number; end: number }[], other: OtherDecoder): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '', at = 0;
  for (const r of runs) {
    if (r.start > at) text += other(bytes.subarray(at, r.start), 'gb18030');
    text += utf8.decode(bytes.subarray(r.start, r.end));
    at = r.end;
  }
  if (at < bytes.length) text += other(bytes.subarray(at), 'gb18030');
  return text;
}

function withReplacements(text: string, encoding: Encoding): Decoded {
  return { ok: true, text, encoding, bad: replacementsIn(text) };
}
