/**
 * Markdown block markers that several readers of a line need: a blockquote's `>` markers, the fences of a code block
 * (CommonMark §5.1, §4.5) and the cells of a pipe table row (GFM tables). Pure string tests, no model.
 */

/** A line's blockquote markers (`> `, `> > `: each `>` after up to three spaces, with one space or tab after it). */
export const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;

/** A cell separator of a pipe row: `|` not escaped (`\|` is a pipe in a cell's text); with the full-width `｜` too. */
const PIPE = /(?<!\\)\|/;
const PIPE_EITHER = /(?<!\\)[|｜]/;

/**
 * The offset of the first cell separator of a pipe row at or after `from` in `text`: a `|` not escaped as `\|` (GFM: a
 * pipe in a cell's text), with `fullWidth` the full-width `｜` too; -1 when there is none.
 */
export function pipeIndex(text: string, from = 0, fullWidth = false): number {
  const at = (bar: string) => {
    let p = text.indexOf(bar, from);
    while (p > 0 && text.charCodeAt(p - 1) === 0x5c) p = text.indexOf(bar, p + 1);
    return p;
  };
  const p = at('|');
  if (!fullWidth) return p;
  const q = at('｜');
  return p < 0 ? q : q < 0 ? p : Math.min(p, q);
}

/** The offset of the last cell separator `|` (not `\|`, see `pipeIndex`) at or before `from` in `text`; -1 when there is none. */
export function lastPipeIndex(text: string, from = text.length - 1): number {
  // (A negative `from` reads as 0, as `lastIndexOf` takes it.)
  let p = text.lastIndexOf('|', Math.max(0, from));
  while (p > 0 && text.charCodeAt(p - 1) === 0x5c) p = p === 1 ? -1 : text.lastIndexOf('|', p - 2);
  return p;
}

/** `text` split at its cell separators (`pipeIndex`): the `\|` in a cell's text stays in it. With `fullWidth`, `｜` too. */
export function splitPipes(text: string, fullWidth = false): string[] {
  return text.split(fullWidth ? PIPE_EITHER : PIPE);
}

/**
 * The number of cells of pipe table row `row` (`| a | 1 |` and `a | 1` have 2; a delimiter row `|---|:-:|` 2): in a
 * blockquote after its markers (`> | a | 1 |` has 2, `> > | a | 1 |` too), the pipes before the first cell and after the
 * last no separators, a pipe escaped as `\|` none either (GFM). Only `|` separates cells, as a Markdown renderer reads
 * the row (`｜` is text to it); with `fullWidth`, the full-width bar `｜` that a Chinese input method types does too, as
 * the report model reads such a table (table-fullwidth-pipe): `| a ｜ 1 |` has 1 cell, or 2 with `fullWidth`.
 */
export function pipeCellCount(row: string, options: { fullWidth?: boolean } = {}): number {
  return pipeCells(row, options).length;
}

/** The cells of pipe table row `row` as `pipeCellCount` counts them: each cell's text as written, spaces and all. */
export function pipeCells(row: string, { fullWidth = false }: { fullWidth?: boolean } = {}): string[] {
  const parts = row.replace(QUOTE_MARKERS, '').trim().split(fullWidth ? PIPE_EITHER : PIPE);
  if (parts[0].trim() === '') parts.shift();
  if (parts.length && parts[parts.length - 1].trim() === '') parts.pop();
  return parts;
}

/**
 * Whether the pipe table rows `rows` (the lines of one table) are written without an opening pipe, each starting with
 * its first cell (`行政处罚 | 0 | 0 | 0 |`, `一、本年新收… | 0 | … |`, as some converters write them): three or more rows
 * have words before their first pipe, and no row that starts with a pipe has words in it. In such a table a row that
 * starts with a pipe (` | 0 | 0 | 0 |`) has an empty first cell before that pipe (its label's, deleted), where a
 * Markdown table's row would open with it.
 */
export function pipeRowsUnopened(rows: Iterable<string>): boolean {
  let unopened = 0;
  for (const line of rows) {
    const row = line.replace(QUOTE_MARKERS, '');
    const pipe = row.search(PIPE);
    if (pipe < 0 || pipeCells(row).length < 2) continue;
    if (row.slice(0, pipe).trim() === '') {
      if (/\p{L}/u.test(row)) return false;
    } else if (/\p{L}/u.test(row.slice(0, pipe))) unopened++;
  }
  return unopened >= 3;
}

/**
 * The empty first cell of pipe row `row` in a table of rows without an opening pipe (`pipeRowsUnopened`): the white
 * space before the row's first pipe, `[0, pipe)` (` | 0 | 0 | 0 |`: `[0, 1)`). Null when anything but white space
 * comes before that pipe, or the row has none.
 */
export function unopenedFirstCell(row: string): { start: number; end: number } | null {
  const pipe = row.search(PIPE);
  return pipe < 0 || row.slice(0, pipe).trim() !== '' ? null : { start: 0, end: pipe };
}

/**
 * The fence that line `t` opens a fenced code block with (three or more backticks or tildes, indented three spaces at
 * most), or null. A backtick fence whose info string holds a backtick opens none (it is inline code: ```` ```x``` ````).
 */
export function fenceOpened(t: string): string | null {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(t);
  return open && !(open[1][0] === '`' && t.slice(open[0].length).includes('`')) ? open[1] : null;
}

/** Whether line `t` closes the block `fence` opened: a fence of the same character at least as long, nothing after it. */
export function fenceClosed(t: string, fence: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(t);
  return close !== null && close[1][0] === fence[0] && close[1].length >= fence.length;
}
