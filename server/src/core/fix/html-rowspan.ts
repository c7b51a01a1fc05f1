/**
 * The merged cells of an HTML table around a row a fix inserts. A 表三 kept as HTML (pandoc, a saved web page) has
 * its group labels as cells spanning rows (`<td rowspan="21">三、本年度办理结果</td>`, `<td rowspan="5">（五）不予处理</td>`,
 * templates.md §3.3). A row inserted under such a cell without raising its `rowspan` pushes the group's last row out
 * of the span: in a browser that row and every row after it shift a column (the engine reads rows by their labels
 * and is not misled, but the published table would be).
 */
import type { TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { labelKey } from '../text/normalize.js';

/** How many lines above a table's first row its `<table>` tag is looked for. */
const TABLE_TAG_LINES = 8;

interface SpanningCell {
  /** 0-based index of the cell's row (its `<tr>`) in the table. */
  row: number;
  span: number;
  /** The `rowspan` number: line and UTF-16 columns, 0-based, end exclusive. */
  line: number;
  start: number;
  end: number;
  /** `labelKey` of the cell's text. */
  key: string;
}

/**
 * The edits that raise the `rowspan` of the merged cells that a row inserted at `at` (0-based line and UTF-16 column,
 * between two rows of the HTML table whose first row is on line `firstRow`) goes under. `ids` maps the `labelKey` of
 * each template row label to its id (`（五）不予处理` → `R3.5`); `inserted`: the id of the row inserted, `rows` how
 * many rows go in (1, or 2 with its group label).
 *
 * A cell that is a group's label (an id with rows under it) spans its group: from its row through the last row whose
 * label is under that group (a row with no template label counts while it is inside the span as written), the
 * inserted row included when it is under the group. Its `rowspan` is raised to that count when it is less (never
 * lowered: a span the author set wider is theirs). So the span stays right whether the author left the rowspan as it
 * was when deleting the row or lowered it. Any other merged cell spanning the rows on both sides of `at` is raised
 * by `rows`. No edits when the table has no `rowspan` (or its tags are not found near `firstRow`).
 */
export function rowspanEdits(lines: LineIndex, firstRow: number, at: { line: number; character: number }, ids: ReadonlyMap<string, string>, inserted: string, rows = 1): TextEdit[] {
  const { cells, rowKeys, rowStarts } = spanningCells(lines, firstRow);
  // Rows that open before `at`: the inserted rows come after them.
  const next = rowStarts.filter((p) => p.line < at.line || (p.line === at.line && p.character < at.character)).length;
  const groups = new Set<string>();
  for (const id of ids.values()) {
    const dot = id.lastIndexOf('.');
    if (dot > 0) groups.add(id.slice(0, dot));
  }
  const edits: TextEdit[] = [];
  for (const c of cells) {
    const group = ids.get(c.key);
    let span = c.span;
    if (group && groups.has(group)) {
      const under = (id: string | undefined) => id !== undefined && id.startsWith(group + '.');
      let end = c.row;
      for (let r = c.row + 1; r < rowKeys.length; r++) {
        const known = rowKeys[r].map((k) => ids.get(k)).filter((id): id is string => id !== undefined);
        if (known.length ? !known.some(under) : r > c.row + c.span - 1) break;
        end = r;
      }
      const takesNew = next > c.row && (next <= end || (next === end + 1 && under(inserted)));
      span = Math.max(span, end - c.row + 1 + (takesNew ? rows : 0));
    } else if (c.row < next && c.row + c.span - 1 >= next) {
      span += rows;
    }
    if (span === c.span) continue;
    edits.push({ range: { start: { line: c.line, character: c.start }, end: { line: c.line, character: c.end } }, newText: String(span) });
  }
  return edits;
}

/**
 * The cells with a `rowspan` of the HTML table whose first row is on line `firstRow`, with the label keys of each
 * row's cells and where each row's `<tr>` opens (0-based line and UTF-16 column). Read from its `<table>` tag (looked
 * for a few lines above `firstRow`) to its `</table>`.
 */
function spanningCells(lines: LineIndex, firstRow: number): { cells: SpanningCell[]; rowKeys: string[][]; rowStarts: { line: number; character: number }[] } {
  let start = firstRow;
  for (let i = firstRow; i >= Math.max(0, firstRow - TABLE_TAG_LINES); i--) {
    if (/<table[\s>]/i.test(lines.line(i))) {
      start = i;
      break;
    }
  }
  const cells: SpanningCell[] = [];
  // Per row (`<tr>`), the label keys of its cells.
  const rowKeys: string[][] = [];
  const rowStarts: { line: number; character: number }[] = [];
  let reading: { key: string } | null = null;
  let text = '';
  const done = () => {
    if (reading && rowKeys.length) {
      reading.key = labelKey(text.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|&#12288;/g, ''));
      if (reading.key) rowKeys[rowKeys.length - 1].push(reading.key);
    }
    reading = null;
    text = '';
  };
  let ended = false;
  for (let l = start; l < lines.lineCount && !ended; l++) {
    const s = lines.line(l);
    const tag = /<(\/?)(tr|td|th|table)\b([^>]*)>/gi;
    let from = 0;
    for (let m = tag.exec(s); m; m = tag.exec(s)) {
      if (reading) text += s.slice(from, m.index);
      from = m.index + m[0].length;
      const [, close, tagName, attrs] = m;
      const name = tagName.toLowerCase();
      if (name === 'table') {
        if (close) {
          done();
          ended = true;
          break;
        }
        continue;
      }
      if (close || name === 'tr') done();
      if (close) continue;
      if (name === 'tr') {
        rowKeys.push([]);
        rowStarts.push({ line: l, character: m.index });
        continue;
      }
      done();
      reading = { key: '' };
      const span = /\browspan\s*=\s*["']?(\d+)/i.exec(attrs);
      // (A group's label cell spanning its one row so far, `rowspan="1"`, as row-missing writes a missing group's label
      // with its first row, brk176 #1: raised as the group's other rows go in under it.)
      if (!span || Number(span[1]) < 1 || !rowKeys.length) continue;
      const numberAt = m.index + 1 + tagName.length + span.index + span[0].length - span[1].length;
      const cell: SpanningCell = { row: rowKeys.length - 1, span: Number(span[1]), line: l, start: numberAt, end: numberAt + span[1].length, key: '' };
      reading = cell;
      cells.push(cell);
    }
    if (reading && !ended) text += s.slice(from);
  }
  done();
  return { cells, rowKeys, rowStarts };
}

/**
 * The edits that lower the `rowspan` of the merged cells over rows a fix merges into one: the rows whose `<tr>`
 * opens on lines `from` to `to` (0-based) of the HTML table whose first row is on line `firstRow` become the one row
 * that replaces them (format-mixed merging 表三's three 2021 （六） sub-rows into the 2019 row). A cell of a row
 * above them whose span reaches into the rows merged away loses one for each of them (`<td rowspan="22">三、本年度办理结果</td>`
 * → 20): left as it was, it would reach over （七）总计 and 四、结转下年度继续办理 and shift their cells in a browser.
 * The cells of the merged rows themselves are in the replaced text, not edited here.
 */
export function rowspanMergeEdits(lines: LineIndex, firstRow: number, from: number, to: number): TextEdit[] {
  const { cells, rowStarts } = spanningCells(lines, firstRow);
  const merged = rowStarts.map((p, i) => (p.line >= from && p.line <= to ? i : -1)).filter((i) => i >= 0);
  if (merged.length < 2) return [];
  const kept = merged[0], last = merged[merged.length - 1];
  const edits: TextEdit[] = [];
  for (const c of cells) {
    if (c.row >= kept) continue;
    const reach = c.row + c.span - 1;
    const gone = Math.min(reach, last) - kept;
    if (gone <= 0) continue;
    edits.push({ range: { start: { line: c.line, character: c.start }, end: { line: c.line, character: c.end } }, newText: String(c.span - gone) });
  }
  return edits;
}
