/**
 * Tables whose cells are separated by `丨` (U+4E28, the CJK stroke "gun"), which Chinese input methods offer for a
 * vertical bar and web pages use in titles (`某某局丨2024年报`): a report pasted from such a page, or typed so, has
 * its 表三 as `一、本年新收政府信息公开申请数量丨40丨3丨0丨…`. The report is read through a view of the text (the same
 * offsets) in which the `丨` of lines that are clearly table rows are the full-width bar `｜`, which the model reads as
 * a cell separator (table-fullwidth-pipe then says so, and its fix writes `|`). So are those of a section heading in a
 * one-cell box (`丨四、…丨`), read as the heading. A `丨` anywhere else is text.
 */
import { LineIndex } from './lines.js';
import { labelKey } from './normalize.js';
import { linesHolding } from './line-diff.js';

/** The CJK stroke `丨` (U+4E28). */
export const CJK_BAR = '丨';
/** What the view writes for it: the full-width bar `｜` (U+FF5C), same length. */
const FULLWIDTH_BAR = '｜';

/** A number as a cell holds one (`40`, `1,520`, `12.5`, full-width digits too). */
const NUMBER = /^[+-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;
/** A cell that holds no number but may stand among them: empty, a dash or a slash written for nothing. */
const NOTHING = /^(?:|[-－—–―/／]+)$/;

/**
 * How many cells of line `t` (split at `丨`, `|` and `｜`; the bars before the first cell and after the last no
 * separators) hold a number, when every cell after the first holds a number or nothing; else -1 (a row of words).
 */
function numberCells(t: string): number {
  const cells = t.replace(/[\s\u3000]+/g, '').split(/[丨|｜]/);
  if (cells.length && cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  if (cells.length < 2) return -1;
  let n = NUMBER.test(cells[0]) ? 1 : 0;
  for (let k = 1; k < cells.length; k++) {
    if (NUMBER.test(cells[k])) n++;
    else if (!NOTHING.test(cells[k])) return -1;
  }
  return n;
}

/** A row of two cells or more between a bar at the line's start and one at its end (`丨行政处罚丨86丨`). */
const FRAMED_ROW = /^[\s\u3000]*丨(?:[^丨]*丨){2,}[\s\u3000]*$/;

/**
 * Whether the lines `rows` (0-based, each holding a `丨`) are clearly a table: two rows of two numbers or more
 * (`规章丨0丨0丨0`, `（一）予以公开丨21丨2丨0丨…`), or one row of four or more (表四's row of numbers), or 表二's
 * header `信息内容丨…` with a row of a number under it (`行政许可丨1520`), or two rows of two cells or more between outer
 * bars, one with a number (`丨行政处罚丨86丨`, 表二's rows under a header of other words: brk121 #1). A title or a
 * sentence with a `丨` is none.
 */
function isBarTable(lines: LineIndex, rows: number[]): boolean {
  let two = 0, framed = 0, header = false, one = false, framedNumber = false;
  for (const i of rows) {
    const t = lines.line(i);
    const n = numberCells(t);
    if (n >= 4) return true;
    if (n >= 2 && ++two >= 2) return true;
    if (n >= 1) one = true;
    if (FRAMED_ROW.test(t)) {
      framed++;
      if (n >= 1) framedNumber = true;
    }
    // (Its first cell: after the bar before it, when the row has outer bars, `丨信息内容丨…丨`: brk121 #1, #2.)
    if (labelKey(t.split(/[丨|｜]/).find((c) => c.trim()) ?? '') === '信息内容') header = true;
  }
  return (header && one) || (framed >= 2 && framedNumber);
}

/**
 * Whether the lines `rows` are rows of a pipe table typed with `丨` among its `|` rows: each between outer bars with a
 * number (`丨 行政许可 丨 1520 丨` under `| 信息内容 | 本年处理决定数量 |` and its delimiter row), a pipe row right above
 * or below them.
 */
function inPipeTable(lines: LineIndex, rows: number[]): boolean {
  const piped = (i: number) => i >= 0 && i < lines.lineCount && /^\s*[|｜].*[|｜]\s*$/.test(lines.line(i));
  return rows.every((i) => FRAMED_ROW.test(lines.line(i)) && numberCells(lines.line(i)) >= 1) && (piped(rows[0] - 1) || piped(rows[rows.length - 1] + 1));
}

/**
 * A section heading in a one-cell box of `丨` (`丨四、政府信息公开行政复议、行政诉讼情况丨`), as a Word heading in a shaded
 * one-cell table comes out when its borders are typed with the stroke: one cell between a bar at the line's start and
 * one at its end, a level-1 ordinal (`四、`, or `第四部分`) first in it. Read as the same box in `｜`, which the heading
 * reader takes for the heading (brk121 #7: it was a false section-missing). A title with a `丨` inside stays text.
 */
const HEADING_BOX = /^[ \t\u3000>]*丨[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[ \u3000]*[、，,．.]|第[一二三四五六七八九十]{1,3}部分)[^丨|｜]*丨[ \t\u3000]*$/;

/**
 * The view of `lines` in which the `丨` of the lines of each table written with them (`isBarTable`) are `｜`: runs of
 * lines holding `丨`, a blank line between two rows allowed; and so are those of a heading in a one-cell box
 * (`HEADING_BOX`). Null when there is none (the usual case: a search of each line, no copy). `before`: the index of
 * the version `lines` was edited from (a language server's), if any: only its edited lines are searched.
 */
export function barView(lines: LineIndex, before?: LineIndex | null): LineIndex | null {
  const barred = linesHolding(lines, CJK_BAR, before);
  if (!barred.length) return null;
  const changed = new Set<number>();
  for (let k = 0; k < barred.length; ) {
    const run = [barred[k]];
    // (Rows apart by one blank line at most.)
    while (k + 1 < barred.length && (barred[k + 1] === barred[k] + 1 || (barred[k + 1] === barred[k] + 2 && !lines.line(barred[k] + 1).trim()))) run.push(barred[++k]);
    k++;
    if (isBarTable(lines, run) || inPipeTable(lines, run)) for (const i of run) changed.add(i);
    else for (const i of run) if (HEADING_BOX.test(lines.line(i))) changed.add(i);
  }
  if (!changed.size) return null;
  const out: string[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const t = lines.line(i);
    out.push(changed.has(i) ? t.split(CJK_BAR).join(FULLWIDTH_BAR) : t);
    if (i + 1 < lines.lineCount) out.push(lines.eol(i));
  }
  return new LineIndex(out.join(''));
}
