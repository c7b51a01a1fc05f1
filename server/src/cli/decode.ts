import type IconvLite from 'iconv-lite';
import type { Bilingual } from '../core/index.js';
import { decodeReport, MAX_BYTES, sizeOver, type BadBytes, type DecodeFailure, type Encoding, type LineRun } from '../node/decode.js';
import { FILE, REASON } from './messages.js';
import { encodingLabel } from '../node/bad-bytes.js';
export { badBytesFindings, encodingLabel, ENCODING_INVALID, mixedEncodingFindings } from '../node/bad-bytes.js';

export { MAX_BYTES, type BadBytes, type Encoding, type LineRun } from '../node/decode.js';

/**
 * iconv-lite, loaded on the first GB18030 or UTF-16 file: its code tables are half the CLI's size, and most
 * reports are UTF-8. (The CLI bundle keeps it external; it is a dependency of the package.)
 */
let iconvLite: typeof IconvLite | undefined;
const iconv = (): typeof IconvLite => (iconvLite ??= require('iconv-lite') as typeof IconvLite);

/**
 * The text and how it was encoded, or why it cannot be read (in both languages: see cli/messages.ts). `bad`: the
 * places whose bytes could not be decoded (each a U+FFFD in the text; see node/decode.ts). `lossless()`: encoding
 * the text back gives the bytes read, so a fixed text can be written without changing anything else (false when
 * there are bad bytes, or a GB18030/UTF-16 byte sequence that has no way back, such as GB18030's lone 0x80).
 */
export type DecodeResult = { ok: true; text: string; encoding: Encoding; bad: BadBytes[]; utf8Runs: LineRun[]; lossless: () => boolean } | { ok: false; error: Bilingual };

/**
 * Decodes a report file (`decodeReport`, shared with the language server; GB18030 and UTF-16 with iconv-lite,
 * which also writes them back): UTF-8 with or without BOM (also with a few invalid sequences), UTF-16 with BOM,
 * GB18030/GBK. Binary files (many NUL or control bytes without a UTF-16 BOM, or a binary format's signature), undecodable ones and files over `MAX_BYTES` are
 * refused with a reason. Line endings are kept as they are. `name`: the file's name, when it has one.
 */
export function decodeBytes(buf: Uint8Array, name?: string): DecodeResult {
  const d = decodeReport(buf, otherDecoder);
  if (!d.ok) return { ok: false, error: failureReason(d.failure, name) };
  // Valid UTF-8 reads back byte for byte; another encoding only if encoding the text again gives the same bytes
  // (asked only when a fix is to be written: encoding a GB18030 file again is no work for a plain check).
  const { text, encoding, bad } = d;
  const utf8Runs = d.utf8Runs ?? [];
  const lossless = () => bad.length === 0 && !utf8Runs.length && (encoding.name === 'utf8' || encodeText(text, encoding).equals(buf));
  return { ok: true, text, encoding, bad, utf8Runs, lossless };
}

/** Only the text of bytes decoded as `decodeBytes` decodes them, or null when they cannot be (last year's candidates). */
export function decodedText(buf: Uint8Array): string | null {
  const d = decodeReport(buf, otherDecoder);
  return d.ok ? d.text : null;
}

// (stripBOM off: the file's own byte-order mark is taken off before; a U+FEFF after it is text, written back.)
const otherDecoder = (bytes: Uint8Array, name: 'utf16le' | 'utf16be' | 'gb18030' | 'big5') => iconv().decode(Buffer.from(bytes), name, { stripBOM: false });

/** Why a file cannot be read; `name` its file name (what an OLE file is meant to be, see `REASON.binary`). */
function failureReason(f: DecodeFailure, name?: string): Bilingual {
  switch (f.kind) {
    case 'too-large': return REASON.tooLarge(sizeOver(f.bytes, MAX_BYTES), MAX_BYTES / 1048576);
    case 'utf16-no-bom': return REASON.utf16NoBom;
    case 'binary': return REASON.binary(f, name);
    case 'undecodable': return REASON.undecodable;
  }
}

/**
 * The stderr note on a file's bad bytes (how many, the first three places, 1-based), or null when it has none;
 * `reported`: the run reports each as an `encoding-invalid` finding (check, not inspect or --previous).
 */
export function badBytesNote(read: { bad: BadBytes[]; encoding: Encoding }, reported = false): Bilingual | null {
  if (!read.bad.length) return null;
  const places = read.bad.slice(0, 3).map((b) => ({ line: b.line + 1, column: b.character + 1, byteOffset: b.byteOffset }));
  return FILE.badBytes(read.bad.length, encodingLabel(read.encoding), places, reported);
}

/** Encodes text back to bytes the way it was read. */
export function encodeText(text: string, enc: Encoding): Buffer {
  if (enc.name === 'utf8') return Buffer.concat([enc.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const body = iconv().encode(text, enc.name);
  if (!enc.bom) return body;
  return Buffer.concat([enc.name === 'utf16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), body]);
}
