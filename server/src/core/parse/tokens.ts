import type { Cell, Range } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { labelKey } from '../text/normalize.js';

/**
 * Table tokens: the cells of every table layout found in real reports, read one line at a time.
 *
 * - Pipe rows (`| a | b |`, `a | b |`, one cell per line `a |`): cells between `|`; an empty cell between two
 *   pipes of a row that has other content is a blank value cell. Lines of pipes only (`|||`, merged-header
 *   markers) and delimiter rows (`|---|`) carry no cells.
 * - Space-aligned columns (`pdftotext -layout`) and plain lines: words separated by white space.
 * - Prose lines (a long sentence) are one text token, so the numbers inside a sentence are never cells.
 */
export type TokenKind = 'value' | 'blank' | 'text';

export interface Token {
  kind: TokenKind;
  /** The token's text as in the source. */
  raw: string;
  /** Label key (see `labelKey`), for text tokens. */
  key: string;
  line: number;
  range: Range;
  /** Whether the token came from a pipe row. */
  pipe: boolean;
}

export interface LineTokens {
  line: number;
  tokens: Token[];
  /** The line is a pipe row with at least two cells (a table row in its own right). */
  pipeRow: boolean;
  /** Number of value/blank tokens on the line. */
  values: number;
  prose: boolean;
}

const NUMBER = /^[+\-−－]?\d+(?:\.\d+)?(?:万元|元|件|个|条|次|项|人次|%)?$/;
/** Short non-numeric cell contents that stand where a number should be (a word or a dash). */
const VALUE_WORD = /^(?:[-—–－―/／、]{1,2}|无|零|空|暂无|N\/A|n\/a|x|X)$/;
const PAGE_NUMBER = /^[-—–－]\s*\d{1,3}\s*[-—–－]$/;
const DELIMITER = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Whether a token text reads as a value cell (a number, possibly with a unit, or a stand-in word). */
export function isValueText(raw: string): boolean {
  const n = raw.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '').trim();
  return NUMBER.test(n) || VALUE_WORD.test(n);
}

/**
 * Whether a pipe cell that is not a clean number still stands where a number should (`21（含1件转办）`, `(21)`,
 * `2 1`, `二十一`): a number with words around it, or a Chinese numeral alone. Sub-row labels such as
 * `1.属于国家秘密` are not values.
 */
export function looksLikeValue(raw: string): boolean {
  const n = raw.normalize('NFKC').trim();
  if (/^\(?\d/.test(n) && !/^\d{1,2}\s*[.、,]\s*[\u4e00-\u9fff]/.test(n)) return true;
  return /^[零〇一二三四五六七八九十百千万]{1,6}$/.test(n);
}

/** Whether a line is a sentence of prose rather than table content. */
export function isProse(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|')) return false;
  const cjk = t.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 28 && /[。；;：:]/.test(t) && !/\s{3,}\S/.test(t.slice(0, 40));
}

/** Reads the tokens of one line. */
export function tokenizeLine(lines: LineIndex, lineNo: number): LineTokens {
  const text = lines.line(lineNo);
  const out: Token[] = [];
  const trimmed = text.trim();
  const empty: LineTokens = { line: lineNo, tokens: out, pipeRow: false, values: 0, prose: false };
  if (!trimmed || PAGE_NUMBER.test(trimmed) || DELIMITER.test(trimmed)) return empty;
  if (trimmed.includes('|')) {
    if (/^[|\s]*$/.test(trimmed)) return empty;
    // Cell boundaries: every `|`; a cell is the text between two pipes, or before the first / after the last.
    const bars: number[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] === '|') bars.push(i);
    const bounds: [number, number][] = [];
    let prev = -1;
    for (const b of bars) {
      bounds.push([prev + 1, b]);
      prev = b;
    }
    bounds.push([prev + 1, text.length]);
    const leadingPipe = trimmed.startsWith('|');
    const trailingPipe = trimmed.endsWith('|');
    bounds.forEach(([s, e], i) => {
      const seg = text.slice(s, e);
      const first = i === 0, last = i === bounds.length - 1;
      if (seg.trim() === '') {
        // Outside the outer pipes there is no cell; inside, an empty cell is a blank.
        if ((first && leadingPipe) || (last && trailingPipe) || first || last) return;
        const at = s + Math.floor(seg.length / 2);
        out.push({ kind: 'blank', raw: '', key: '', line: lineNo, range: lines.range(lineNo, at, at), pipe: true });
        return;
      }
      const a = s + (seg.length - seg.trimStart().length);
      const raw = seg.trim();
      const kind: TokenKind = isValueText(raw) || looksLikeValue(raw) ? 'value' : 'text';
      out.push({ kind, raw, key: kind === 'text' ? labelKey(raw) : '', line: lineNo, range: lines.range(lineNo, a, a + raw.length), pipe: true });
    });
    // After the first number of a row, every cell is a value cell, even one holding words (`21（含1件转办）`,
    // `二十一`): read as an invalid value, it keeps the cells after it in their columns.
    const firstNumber = out.findIndex((t) => t.kind === 'value' && /\d/.test(t.raw));
    if (firstNumber >= 0) for (let i = firstNumber + 1; i < out.length; i++) if (out[i].kind === 'text') out[i] = { ...out[i], kind: 'value', key: '' };
    const values = out.filter((t) => t.kind !== 'text').length;
    return { line: lineNo, tokens: out, pipeRow: out.length >= 2, values, prose: false };
  }
  if (isProse(text)) {
    const a = text.length - text.trimStart().length;
    out.push({ kind: 'text', raw: trimmed, key: labelKey(trimmed), line: lineNo, range: lines.range(lineNo, a, a + trimmed.length), pipe: false });
    return { ...empty, tokens: out, prose: true };
  }
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const kind: TokenKind = isValueText(raw) ? 'value' : 'text';
    out.push({ kind, raw, key: kind === 'text' ? labelKey(raw) : '', line: lineNo, range: lines.range(lineNo, m.index, m.index + raw.length), pipe: false });
  }
  // A text word that merely holds a value word such as `无` between labels is text, not a cell, unless numbers follow.
  const values = out.filter((t) => t.kind !== 'text').length;
  return { line: lineNo, tokens: out, pipeRow: false, values, prose: false };
}

/**
 * Reads a value token as a `Cell`: the number (NFKC digits, thousands separators removed), its unit, or why it is
 * not a number. `signed` allows a leading minus (2019 `本年增/减`); `decimal` allows a fraction (amount columns).
 */
export function readCell(tok: Token, opts: { signed?: boolean; decimal?: boolean } = {}): Cell {
  if (tok.kind === 'blank') return { raw: '', value: null, range: tok.range };
  const raw = tok.raw;
  const n = raw.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '').replace(/^[−－]/, '-').trim();
  const m = /^([+-]?)(\d+(?:\.\d+)?)(万元|元|件|个|条|次|项|人次|%)?$/.exec(n);
  if (!m) return { raw, value: null, range: tok.range, invalid: 'word' };
  const cell: Cell = { raw, value: Number(m[1] === '-' ? -Number(m[2]) : Number(m[2])), range: tok.range };
  if (m[3]) cell.unit = m[3];
  if (m[1] === '-' && !opts.signed) {
    cell.invalid = 'negative';
  } else if (m[2].includes('.') && !opts.decimal) {
    cell.invalid = 'decimal';
  } else if (m[3] && !(opts.decimal && (m[3] === '元' || m[3] === '万元'))) {
    cell.invalid = 'unit';
  }
  return cell;
}
