/**
 * The `encoding-invalid` findings of a file's bytes that could not be decoded: shared by the CLI and the language
 * server's files read from disk (not a rule of the core: only files have bytes).
 */
import { LineIndex, pick, type Bilingual, type Finding, type Locale } from '../core/index.js';
import type { BadBytes, Encoding, LineRun } from './decode.js';
import { count as countEn } from '../core/text/english.js';

/** A 0-based byte offset as a person compares it with a hex dump: `723，即 0x2D3` / `723 = 0x2D3`. */
export const offsetZh = (n: number) => `${n}，即 0x${n.toString(16).toUpperCase()}`;
export const offsetEn = (n: number) => `${n} = 0x${n.toString(16).toUpperCase()}`;

/** The message of one line's bad bytes: how many places, the encoding, the byte offset of the first (UTF-8). */
const BAD_BYTES_FINDING = (count: number, encoding: string, byteOffset: number | undefined): Bilingual => ({
  zh: `此行有 ${count} 处字节不是有效的 ${encoding}${byteOffset === undefined ? '' : `（第一处在字节偏移 ${offsetZh(byteOffset)}）`}，显示为 �；请对照原文改正后重新保存`,
  en: `${countEn(count, 'place')} on this line whose bytes are not valid ${encoding}${byteOffset === undefined ? '' : ` (the first at byte offset ${offsetEn(byteOffset)})`}, shown as �; correct ${count === 1 ? 'it' : 'them'} against the original and save the file again`,
});

/** An encoding's name as people write it: UTF-8, UTF-16LE, UTF-16BE, GB18030. */
export function encodingLabel(enc: Encoding): string {
  return { utf8: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' }[enc.name];
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


/** The message of a run of UTF-8 lines in a GB18030 file (1-based lines). */
export const MIXED_ENCODING_FINDING = (from: number, to: number): Bilingual => ({
  zh: `${from === to ? `第 ${from} 行` : `第 ${from}–${to} 行`}是 UTF-8 编码，文件其余部分是 GB18030（GBK）：已按各自的编码读取，但其他软件会把其中一部分显示为乱码；请把整个文件另存为同一种编码（建议 UTF-8）`,
  en: `${from === to ? `line ${from} is` : `lines ${from}–${to} are`} UTF-8, the rest of the file GB18030 (GBK): each part was read in its own encoding, but other programs will show one of them garbled; save the whole file in one encoding (UTF-8 is best)`,
});

/**
 * The `encoding-invalid` findings of the UTF-8 runs of a GB18030 file (`Decoded.utf8Runs`: 0-based lines): one
 * error per run, its range from the start of its first line to the end of its last (0-based, UTF-16, in `text`).
 */
export function mixedEncodingFindings(runs: LineRun[], text: string, locale: Locale): Finding[] {
  if (!runs.length) return [];
  const lines = new LineIndex(text);
  return runs.map(({ from, to }) => ({
    ruleId: ENCODING_INVALID, severity: 'error' as const,
    message: pick(MIXED_ENCODING_FINDING(from + 1, to + 1), locale),
    range: { start: { line: from, character: 0 }, end: { line: to, character: lines.line(to).length } },
  }));
}
