import type { Heading } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { chineseNumeral, firstNonSpace } from '../text/normalize.js';

/**
 * Heading recognition, one line at a time. Recognised forms (full- and half-width):
 * - level 1: `一、标题` … `十二、标题` (also after Markdown `#` marks);
 * - level 2: `（一）标题` / `(一)标题`;
 * - level 3: `1.标题` / `1、标题` / `1．标题`;
 * - Markdown `#` headings without an ordinal (level = number of `#`, from 1).
 * A heading may carry its first sentence on the same line (`（一）强化领导。一是…`): the title stops at the
 * first `。`. Lines inside pipe tables (starting with `|`) are never headings.
 */
const CN = '[一二三四五六七八九十]{1,3}';
const LEVEL1 = new RegExp(`^(${CN})\\s*[、,，．.]\\s*(.*)$`);
const LEVEL2 = new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*(.*)$`);
const LEVEL3 = /^(\d{1,2})\s*[.、．]\s*(?!\d)(.*)$/;
/** `三)强化…` (lost its opening parenthesis) and `)进一步…` (lost `(三`): see `ordinal-malformed`. */
const MALFORMED = new RegExp(`^(?:(${CN})[)）]|[)）])\\s*(\\S.*)$`);
const HASH = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** A heading candidate that lost part of its ordinal (`三)…`, `)…`). */
export interface MalformedOrdinal {
  line: number;
  /** The ordinal as written (`三)`, `)`). */
  written: string;
  /** 0-based character range of the written ordinal. */
  from: number;
  to: number;
  title: string;
}

/** Maximum title length of a heading without a sentence end; longer lines are paragraphs. */
const MAX_TITLE = 48;

/**
 * Reads one line as a heading, or returns null.
 * @param lineNo 0-based line number, used for ranges.
 */
export function readHeading(lines: LineIndex, lineNo: number): Heading | null {
  const full = lines.line(lineNo);
  // Every form starts with `#`, an ordinal digit or numeral, or a parenthesis: other lines need no matching.
  const lead = firstNonSpace(full);
  const c = full.charCodeAt(lead);
  if (!(c === 0x23 || c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39) || isNumeralChar(c))) return null;
  let body = full.trim();
  if (!body || body.startsWith('|')) return null;
  let hashLevel = 0;
  const h = c === 0x23 ? HASH.exec(body) : null;
  if (h) {
    hashLevel = h[1].length;
    body = h[2];
  }
  // The trimmed line starts at `lead`; a `#` heading's text is found after its marks.
  const bodyStart = h ? full.indexOf(body, lead) : lead;
  const mk = (level: number, ordinal: string, ordinalValue: number, style: Heading['ordinalStyle'], rest: string): Heading | null => {
    let t = rest.trim();
    const stop = t.search(/[。！？]/);
    if (stop >= 0 && stop < t.length - 1) t = t.slice(0, stop + 1);
    if (!hashLevel && t.length > MAX_TITLE) {
      // A sub-heading that runs on into its paragraph (`（一）进一步完善制度,落实责任…`): its lead phrase is the title.
      const cut = level > 1 ? t.search(/[。，,；;：:]/) : -1;
      if (cut < 4 || cut > 30) return null;
      t = t.slice(0, cut);
    }
    const ts = bodyStart + body.length - rest.length + (rest.length - rest.trimStart().length);
    return {
      level, ordinal: ordinal.trim(), ordinalValue, ordinalStyle: style, title: t, line: lineNo,
      range: lines.range(lineNo, lead, full.trimEnd().length),
      titleRange: lines.range(lineNo, ts, ts + t.length),
      ordinalRange: lines.range(lineNo, bodyStart, bodyStart + ordinal.trim().length),
      canonical: -1,
    };
  };
  // Each form is tried only on a text that starts as it must (a numeral, a parenthesis, a digit).
  const b0 = body.charCodeAt(0);
  let m = isNumeralChar(b0) ? LEVEL1.exec(body) : null;
  if (m) return mk(1, body.slice(0, body.length - m[2].length), chineseNumeral(m[1]), 'cn', m[2]);
  m = b0 === 0x28 || b0 === 0xff08 ? LEVEL2.exec(body) : null;
  if (m) return mk(2, body.slice(0, body.length - m[2].length), chineseNumeral(m[1]), 'paren', m[2]);
  m = b0 >= 0x30 && b0 <= 0x39 ? LEVEL3.exec(body) : null;
  if (m && m[2] && !/^[\d\s]/.test(m[2])) return mk(3, body.slice(0, body.length - m[2].length), Number(m[1]), 'arabic', m[2]);
  if (hashLevel) return mk(hashLevel, '', 0, 'hash', body);
  return null;
}

/** Reads a line that starts like a heading whose ordinal lost a character, or returns null. */
export function readMalformedOrdinal(lines: LineIndex, lineNo: number): MalformedOrdinal | null {
  const full = lines.line(lineNo);
  const lead = firstNonSpace(full);
  const c = full.charCodeAt(lead);
  if (!(c === 0x29 || c === 0xff09 || isNumeralChar(c))) return null;
  const body = full.trim();
  const m = MALFORMED.exec(body);
  if (!m) return null;
  // Needs Chinese text after it, not a closing parenthesis that ends a wrapped line such as `形，不计其他情形）`.
  if (!/^[\u4e00-\u9fff]/.test(m[2])) return null;
  const written = body.slice(0, body.length - m[2].length).trimEnd();
  return { line: lineNo, written, from: lead, to: lead + written.length, title: m[2] };
}

/** Whether `c` is one of `一二三四五六七八九十` (the characters of `CN`). */
function isNumeralChar(c: number): boolean {
  switch (c) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
    default:
      return false;
  }
}
