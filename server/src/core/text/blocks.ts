/**
 * Markdown block markers that several readers of a line need: a blockquote's `>` markers and the fences of a code block
 * (CommonMark §5.1, §4.5). Pure string tests, no model.
 */

/** A line's blockquote markers (`> `, `> > `: each `>` after up to three spaces, with one space or tab after it). */
export const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;

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
