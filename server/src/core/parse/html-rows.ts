/**
 * HTML table rows run together on one line (`<table><tr><td>…</td></tr><tr>…</tr></table>`: a minified page source,
 * MinerU or marker output). The table readers read a table row by line, so such a table is not read; in HTML a line
 * break between tags means nothing, and putting each `<tr>` on a line of its own changes nothing a browser shows.
 */
import type { TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';

/** An opening `<tr>` tag (`<tr>`, `<TR class=…>`). */
const TR = /<tr(?=[\s>])/gi;

/** How many `<tr>` tags line `text` holds. */
function rowTags(text: string): number {
  return text.match(TR)?.length ?? 0;
}

/**
 * The first of lines `[from, to)` (0-based) that holds `atLeast` or more `<tr>` tags (HTML rows run together on one
 * line), or -1.
 */
export function htmlRowsRunTogether(lines: LineIndex, from: number, to: number, atLeast = 2): number {
  for (let i = from; i < Math.min(to, lines.lineCount); i++) {
    const text = lines.line(i);
    if (text.length > 7 && text.includes('<') && rowTags(text) >= atLeast) return i;
  }
  return -1;
}

/**
 * The edits that put each `<tr>` of lines `[from, to)` (0-based) on a line of its own: a line break (`eol`) inserted
 * before every `<tr>` tag that has other text before it on a line holding two or more of them (the `<table>` tag
 * and the rows before it stay where they are). Nothing is deleted. Empty when no line holds two rows.
 */
export function htmlRowBreaks(lines: LineIndex, from: number, to: number, eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < Math.min(to, lines.lineCount); i++) {
    const text = lines.line(i);
    if (!text.includes('<') || rowTags(text) < 2) continue;
    for (const m of text.matchAll(TR)) {
      if (!text.slice(0, m.index).trim()) continue;
      const at = { line: i, character: m.index };
      edits.push({ range: { start: at, end: at }, newText: eol });
    }
  }
  return edits;
}
