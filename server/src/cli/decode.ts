import type IconvLite from 'iconv-lite';
import type { Bilingual } from '../core/index.js';
import { REASON } from './messages.js';

/**
 * iconv-lite, loaded on the first GB18030 or UTF-16 file: its code tables are half the CLI's size, and most
 * reports are UTF-8. (The CLI bundle keeps it external; it is a dependency of the package.)
 */
let iconvLite: typeof IconvLite | undefined;
const iconv = (): typeof IconvLite => (iconvLite ??= require('iconv-lite') as typeof IconvLite);

/** How a file's bytes were decoded, to write a fixed file back the same way. */
export interface Encoding {
  /** `utf8`, `utf16le`, `utf16be` or `gb18030`. */
  name: 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';
  bom: boolean;
}

/** The text and how it was encoded, or why it cannot be read (in both languages: see cli/messages.ts). */
export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; error: Bilingual };

/** Files larger than this are refused with a message rather than read (a 年报 is well under 1 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a report file: UTF-8 with or without BOM, UTF-16 with BOM, and GB18030/GBK (what Windows tools in
 * China save) when the bytes are not valid UTF-8. Binary files (NUL bytes without a UTF-16 BOM) and files over
 * `MAX_BYTES` are refused with a reason. Line endings are kept as they are.
 */
export function decodeBytes(buf: Uint8Array): DecodeResult {
  if (buf.length > MAX_BYTES) return { ok: false, error: REASON.tooLarge((buf.length / 1048576).toFixed(1), MAX_BYTES / 1048576) };
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: { name: 'utf8', bom: true } };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: iconv().decode(Buffer.from(buf.subarray(2)), 'utf16le'), encoding: { name: 'utf16le', bom: true } };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: iconv().decode(Buffer.from(buf.subarray(2)), 'utf16be'), encoding: { name: 'utf16be', bom: true } };
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) {
    // UTF-16 saved without a byte-order mark: its NUL bytes (the high bytes of ASCII characters) fall on one
    // parity only, unlike a binary file's. Say so: the file can be re-saved.
    let evenNul = 0, oddNul = 0;
    for (let i = 0; i < probe.length; i++) if (probe[i] === 0) (i % 2 ? oddNul++ : evenNul++);
    if (Math.max(evenNul, oddNul) > probe.length / 32 && Math.max(evenNul, oddNul) >= 8 * Math.min(evenNul, oddNul)) {
      return { ok: false, error: REASON.utf16NoBom };
    }
    return { ok: false, error: REASON.binary };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: { name: 'utf8', bom: false } };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK/GB2312). Refuse text that decodes to mostly replacement or control characters.
    const text = iconv().decode(Buffer.from(buf), 'gb18030');
    const bad = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
    if (bad > Math.max(8, text.length * 0.01)) return { ok: false, error: REASON.undecodable };
    return { ok: true, text, encoding: { name: 'gb18030', bom: false } };
  }
}

/** Encodes text back to bytes the way it was read. */
export function encodeText(text: string, enc: Encoding): Buffer {
  if (enc.name === 'utf8') return Buffer.concat([enc.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const body = iconv().encode(text, enc.name);
  if (!enc.bom) return body;
  return Buffer.concat([enc.name === 'utf16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), body]);
}
