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

/** One fenced code block: the 0-based lines of its opening fence and its last line, and how it ended. */
export interface FenceBlock {
  /** The line of the opening fence. */
  open: number;
  /** The last line of the block: its closing fence, the container's last line, or the text's last line. */
  end: number;
  /** The opening fence (```` ``` ````, `~~~~`). */
  fence: string;
  /** `fence`: a closing fence; `container`: the blockquote or list item it was opened in ended; `eof`: nothing closed it. */
  ended: 'fence' | 'container' | 'eof';
}

const LIST_MARKER = /^([-+*]|\d{1,9}[.)])( {1,4}(?=\S)|[ \t]*$)/;
/** CommonMark HTML blocks that end at a blank line (types 6 and 7) and those that end at a closing tag (type 1). */
const HTML_BLOCK_6 = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_BLOCK_7 = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const HTML_BLOCK_1 = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;

/**
 * The fenced code blocks of a text as CommonMark pairs them (§4.5, §5.1, §5.2, §4.6): a fence opened inside a
 * blockquote (`> ```…`) or a list item (`- 问题：` then an indented ```` ``` ````) ends with that container, when a line
 * has fewer `>` markers (a blank line among them) or a line with text is indented less than the item's content, and
 * is not paired with a later fence; a line of backticks inside an HTML block (`<div>` … up to a blank line, `<pre>` …
 * `</pre>`) is raw HTML and opens none. `tildes`: whether `~~~` fences too (the checker's reading of code does not:
 * text/code.ts). `line(i)` and `count`: the text's lines. Lazy continuation lines of a list item's paragraph are not
 * followed (a line with text indented less than the item ends it).
 */
export function fenceBlocks(line: (i: number) => string, count: number, tildes = true): FenceBlock[] {
  const out: FenceBlock[] = [];
  // Open list items' content columns (of the text after the quote markers), with the quote depth they were read at.
  let items: number[] = [];
  let itemsDepth = 0;
  let html: RegExp | 'blank' | null = null;
  let prevBlank = true;
  let open: { line: number; fence: string; depth: number; indent: number } | null = null;
  for (let i = 0; i < count; i++) {
    const t = line(i);
    const quote = QUOTE_MARKERS.exec(t)?.[0] ?? '';
    const depth = quote ? quote.replace(/[^>]/g, '').length : 0;
    const body = t.slice(quote.length);
    const blank = body.trim() === '';
    const indent = /^ */.exec(body)![0].length;
    if (open) {
      if (depth < open.depth || (!blank && indent < open.indent)) {
        out.push({ open: open.line, end: i - 1, fence: open.fence, ended: 'container' });
        open = null;
      } else {
        const inner = body.slice(Math.min(indent, open.indent));
        if (fenceClosed(inner, open.fence)) {
          out.push({ open: open.line, end: i, fence: open.fence, ended: 'fence' });
          open = null;
          prevBlank = false;
        }
        continue;
      }
    }
    if (html) {
      if (html === 'blank' ? blank : html.test(t)) {
        html = null;
        prevBlank = blank;
      }
      continue;
    }
    if (depth !== itemsDepth) (items = []), (itemsDepth = depth);
    if (!blank) {
      // A line with text indented less than an item's content ends the item (lazy continuation not followed).
      while (items.length && indent < items[items.length - 1]) items.pop();
    }
    let col = items.length ? items[items.length - 1] : 0;
    let content = body.slice(Math.min(indent, col));
    const marker = indent - col < 4 ? LIST_MARKER.exec(content.trimStart()) : null;
    if (marker) {
      const at = col + (content.length - content.trimStart().length);
      col = at + marker[1].length + (marker[2].trim() === '' ? 1 : marker[2].length);
      items.push(col);
      content = body.slice(Math.min(col, body.length));
    }
    const fence = fenceOpened(content);
    if (fence && (tildes || fence[0] === '`')) {
      open = { line: i, fence, depth, indent: col };
      prevBlank = false;
      continue;
    }
    if (HTML_BLOCK_1.test(content)) {
      const tag = HTML_BLOCK_1.exec(content)![1];
      const close = new RegExp(`</${tag}>`, 'i');
      if (!close.test(content)) html = close;
    } else if (HTML_BLOCK_6.test(content) || (prevBlank && HTML_BLOCK_7.test(content))) {
      html = 'blank';
    }
    prevBlank = blank;
  }
  if (open) out.push({ open: open.line, end: count - 1, fence: open.fence, ended: 'eof' });
  return out;
}
