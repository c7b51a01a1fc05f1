/**
 * The `encoding-invalid` findings of a file's bytes that could not be decoded: shared by the CLI and the language
 * server's files read from disk (not a rule of the core: only files have bytes).
 */
import { pick, type Bilingual, type Finding, type Locale } from '../core/index.js';
import type { BadBytes, Encoding } from './decode.js';

/** A 0-based byte offset as a person compares it with a hex dump: `723，即 0x2D3` / `723 = 0x2D3`. */
export const offsetZh = (n: number) => `${n}，即 0x${n.toString(16).toUpperCase()}`;
export const offsetEn = (n: number) => `${n} = 0x${n.toString(16).toUpperCase()}`;

/** The message of one line's bad bytes: how many places, the encoding, the byte offset of the first (UTF-8). */
const BAD_BYTES_FINDING = (count: number, encoding: string, byteOffset: number | undefined): Bilingual => ({
  zh: `此行有 ${count} 处字节不是有效的 ${encoding}${byteOffset === undefined ? '' : `（第一处在字节偏移 ${offsetZh(byteOffset)}）`}，显示为 �；请对照原文改正后重新保存`,
  en: `${count} place(s) on this line whose bytes are not valid ${encoding}${byteOffset === undefined ? '' : ` (the first at byte offset ${offsetEn(byteOffset)})`}, shown as �; correct them against the original and save the file again`,
});

/** An encoding's name as people write it: UTF-8, UTF-16LE, UTF-16BE, GB18030. */
export function encodingLabel(enc: Encoding): string {
  return { utf8: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', gb18030: 'GB18030' }[enc.name];
}

/** The id of the findings at bytes that could not be decoded. */
export const ENCODING_INVALID = 'encoding-invalid';

/**
 * The `encoding-invalid` findings of a file's bad bytes (`bad`, in text order): one error per line that has any,
 * its range from the first to just past the last U+FFFD of the line (0-based, UTF-16), its message in `locale`
 * with how many places the line has and, for UTF-8, the byte offset of the first.
 */
export function badBytesFindings(bad: BadBytes[], enc: Encoding, locale: Locale): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < bad.length;) {
    let j = i;
    while (j + 1 < bad.length && bad[j + 1].line === bad[i].line) j++;
    const first = bad[i], last = bad[j];
    out.push({
      ruleId: ENCODING_INVALID, severity: 'error',
      message: pick(BAD_BYTES_FINDING(j - i + 1, encodingLabel(enc), first.byteOffset), locale),
      range: { start: { line: first.line, character: first.character }, end: { line: last.line, character: last.character + 1 } },
    });
    i = j + 1;
  }
  return out;
}

