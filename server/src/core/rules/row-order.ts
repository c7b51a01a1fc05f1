import type { Cell, Fix, RowModel, TableModel, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Rule, RuleContext } from './rule.js';
import { bi, labelTabJoinedRows, unreadable } from './util.js';
import { t2ForeignIds, t2RowsAsPlaced, t2RowsUnderOtherItem } from './row-missing.js';
import { labelKey } from '../text/normalize.js';

/**
 * A row of the table placed in the text: the template row, its index in the template's order, and the lines that
 * hold it (`first`..`last`; `own`: whether those lines hold this row and nothing else, so that they can be moved).
 */
interface Placed {
  row: RowModel;
  index: number;
  first: number;
  last: number;
  at: number;
  own: boolean;
}

/**
 * Rows of 表二 or 表三 read by their labels but written in another order than the template's (`（二）部分公开` above
 * `（一）予以公开`, a 表三 group with its rows before the group the template puts first): every other rule read and
 * checked them by their labels; this says once per table that the format fixes the order, naming the first row out
 * of place and where it belongs, with a fix that moves whole rows into the template's order. A 表三 row read by its
 * label anywhere in the table (under another group too) is this rule's; a row that was not read as itself where it
 * stands (its label alone under another group, row-missing: “不在格式规定的位置”) or a 表二 row under another item's
 * heading (row-missing too) is row-missing's, not this rule's. 表四 has one row of numbers (its groups are
 * columns: column-order).
 */
export const rowOrder: Rule = {
  meta: {
    id: 'row-order',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: true,
    description: bi('表格的行顺序与格式不同', 'A table\'s rows are in another order than the template\'s'),
    rationale: bi(
      '表二、表三的行及其顺序由格式规定（如表三“（一）予以公开”在“（二）部分公开”之前，“（三）不予公开”及其 8 行在“（四）无法提供”之前）。各行按行名读取和核对，其他检查不受影响；这里每张表只提示一次行的顺序与格式不同，指出第一处不在原位的行及其应在的位置。修复把各行整行移到格式的顺序（行名和数一起移动，内容不变；格式中没有的行留在原处）；一行与别的行或其他文字写在同一行上、行与行之间夹着格式中没有的文字，或表格分成上下两张时，不提供修复。表三中写在表格任何位置（别的分组下、“四、结转下年度继续办理”之后、表格最前面）、按完整行名能读到的行，都按行名读取和核对，由本规则报告；不在自己分组下的行优先被指出。与 row-missing 的分工：未能作为该行读取的行（如写在别的分组下、只有行名没有数，“不在格式规定的位置”），以及表二中写在别的项标题下的行，由 row-missing 报告，本规则不再报告；本规则只报告按行名读到、但先后顺序与格式不同的行。表四只有一行数（其分组是列，见 column-order），不检查。',
      'The rows of 表二 and 表三 and their order are fixed by the format (表三: （一）予以公开 before （二）部分公开, （三）不予公开 and its 8 rows before （四）无法提供). Each row is read and checked by its label, so no other check is affected; this says once per table that the order differs from the template\'s, naming the first row out of place and where it belongs. The fix moves whole rows into the template\'s order (label and numbers together, nothing changed; rows the template does not know stay where they are); there is no fix when a row shares a line with another row or other text, when text the template does not know stands between the rows to move, or when the table is split in two. A row of 表三 anywhere in the table (under another group, after 四、结转下年度继续办理, at the top) that its whole label names is read and checked by it and reported here; a row standing out of its own group is the one named first. Division of work with row-missing: a row not read as itself where it stands (under another group with its label alone, no numbers: “不在格式规定的位置”) and a 表二 row under another item\'s heading are reported by row-missing, not here; this rule reports rows read by their labels in another order. 表四 has one row of numbers (its groups are columns: column-order) and is not checked.'),
    example: { bad: '| （二）部分公开 | 5 | … |\n| （一）予以公开 | 30 | … |', note: bi('“（一）予以公开”应在“（二）部分公开”之前', '（一）予以公开 belongs before （二）部分公开') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019') return;
    for (const t of [report.tables.t2, report.tables.t3]) {
      if (!t || t.broken || unreadable(t)) continue;
      // 表二: a row written with the other format's label (`规范性文件` in a 2021 report) is placed as the row
      // (`t2RowsAsPlaced`), so that format-mixed's relabelling does not change what is said of its order.
      const rows = t.id === 't2' ? t2RowsAsPlaced(report, template, t) : t.rows;
      const skip = new Set([...labelTabJoinedRows(report.lines, t).map((j) => j.row.id), ...(t.id === 't2' ? t2ForeignIds(report, t, rows) : [])]);
      if (t.id === 't2') for (const x of t2RowsUnderOtherItem(report, template, t, skip)) skip.add(x.r.id);
      const placed = placeRows(report, t, skip, rows);
      // 表二: each item's rows among themselves (the items' tables may stand in any order in a pasted layout: a
      // page of two columns puts 第二十条第（一）项's table last); 表三: all its rows.
      const groups = t.id === 't2' ? groupBy(placed, (p) => template.tables.t2?.blocks.findIndex((b) => b.rows.some((x) => x.id === p.row.id)) ?? -1) : [placed];
      // Only rows with numbers say the order: a group label (`（三）不予公开`, a merged cell) may stand in the middle of
      // its rows in a layout that centres it (pdftotext).
      const found = groups.map((g) => firstOutOfOrder(g.filter((p) => p.row.match.range), atHome(g, t))).filter((x): x is OutOfOrder => Boolean(x)).sort((a, b) => a.out.at - b.out.at)[0];
      if (!found) continue;
      const edits = groups.map((g) => reorderEdit(report, t, g));
      const fix = edits.every((e) => e !== null) && edits.some((e) => e)
        ? { title: bi(`按格式的顺序排列${t.name}的行`, `Put ${t.name}'s rows in the template's order`), edits: edits.filter((e): e is TextEdit => Boolean(e)) }
        : undefined;
      check(ctx, t, found, fix);
    }
  },
};

/** `items` in groups of the same `key` (in the order each key first occurs), each in its own order. */
function groupBy<T>(items: T[], key: (x: T) => number): T[][] {
  const by = new Map<number, T[]>();
  for (const x of items) {
    const k = key(x);
    by.set(k, [...(by.get(k) ?? []), x]);
  }
  return [...by.values()];
}

/** Rows in text order, the first of them out of the template's order, and those in a longest run in its order. */
interface OutOfOrder {
  rows: Placed[];
  out: Placed;
  kept: Set<Placed>;
}

/**
 * The first row of `placed` (in text order) that is not in a longest run of rows in the template's order, or null. Of
 * runs as long, the one with most rows `home` (under their own group) is kept: a row moved under another group is the
 * one named (`1.属于国家秘密` under `（一）予以公开`, not `（二）部分公开` after it).
 */
function firstOutOfOrder(placed: Placed[], home: ReadonlySet<Placed>): OutOfOrder | null {
  if (placed.length < 2) return null;
  const keep = longestInOrder(placed, home);
  const out = placed.find((_, k) => !keep.has(k));
  return out ? { rows: placed, out, kept: new Set(placed.filter((_, k) => keep.has(k))) } : null;
}

/**
 * Reports table `t`, whose rows with numbers (in text order: the table's, or a 表二 item's) have `out` as the first
 * out of the template's order; `fix` puts the table's rows in order, if it can be done.
 */
function check(ctx: RuleContext, t: TableModel, { rows, out, kept }: OutOfOrder, fix: Fix | undefined): void {
  const { report } = ctx;
  // Where it belongs: next to the rows that keep their places (before or after them in the template's order), the
  // one of its own group first (`（一）予以公开`: before `（二）部分公开`, not after `二、上年结转…`).
  const parent = (p: Placed) => p.row.id.replace(/\.\d+$/, '');
  const prev = [...kept].filter((p) => p.index < out.index).sort((a, b) => b.index - a.index)[0];
  const next = [...kept].filter((p) => p.index > out.index).sort((a, b) => a.index - b.index)[0];
  const after = prev && (parent(prev) === parent(out) || !next || parent(next) !== parent(out));
  const ref = after ? prev : next;
  // A whole group moved (`（四）无法提供` and its rows above `（三）不予公开`): the group is named.
  const group = parent(out) !== out.row.id && rows.filter((p) => parent(p) === parent(out)).every((p) => !kept.has(p))
    ? t.rows.find((r) => r.id === parent(out) && !r.cells.length) : undefined;
  const what = group ? bi(`“${group.label}”及其各行`, `“${group.label}” with its rows`) : bi(`“${out.row.label}”`, `“${out.row.label}”`);
  const where = after
    ? bi(`应在“${ref.row.label}”（第 ${ref.first + 1} 行）之后`, `belongs after “${ref.row.label}” (line ${ref.first + 1})`)
    : bi(`应在“${ref.row.label}”（第 ${ref.first + 1} 行）之前`, `belongs before “${ref.row.label}” (line ${ref.first + 1})`);
  const how = fix
    ? bi('修复按格式的顺序整行移动各行，内容不变。', ' The fix moves whole rows into the template\'s order, their text unchanged.')
    : bi('未自动修改（有的行与其他文字写在同一行，或行间夹有格式中没有的文字）。', ' Not changed automatically (a row shares its line with other text, or text the template does not know stands between the rows).');
  ctx.add({
    message: bi(
      `${t.name}的行顺序与格式不同：${what.zh}（第 ${out.first + 1} 行）按格式${where.zh}。各行的数已按行名读取和核对；格式规定了行的顺序，请按格式调整。${how.zh}`,
      `${t.name}'s rows are in another order than the template's: ${what.en} (line ${out.first + 1}) ${where.en} in the format. Each row was read and checked by its label; the format fixes the order.${how.en}`),
    range: { start: { line: out.first, character: 0 }, end: { line: out.first, character: report.lines.line(out.first).length } },
    fix,
    data: { table: t.id, row: out.row.id },
  });
}

/** A blank cell of a table written one cell a line with ` |` cell ends. */
const BLANK_CELL_LINE = /^[ \t\u3000]*[|｜][ \t\u3000]*$/;

/**
 * The rows of `t` read by their labels (not by position, not in `skip`) with the lines that hold them, in text
 * order: a row with numbers by its label and cells; a 表三 group label row (`（三）不予公开`, no cells) by the one line
 * of the table that holds its label, if one does (else left out). `rows`: the table's rows as placed (`t2RowsAsPlaced`).
 */
function placeRows(report: Report, t: TableModel, skip: Set<string>, rows: readonly RowModel[] = t.rows): Placed[] {
  const { lines } = report;
  const out: Placed[] = [];
  const spans = [t.range, ...(t.split ? [t.split.second] : [])];
  // The table's lines as label keys, read once for all the group label rows (not once per row).
  const keys = new Map<number, string>();
  const keyOf = (l: number) => {
    let k = keys.get(l);
    if (k === undefined) keys.set(l, (k = labelKey(lines.line(l))));
    return k;
  };
  rows.forEach((row, index) => {
    if (skip.has(row.id) || row.match.kind === 'absent' || row.match.kind === 'positional') return;
    if (row.match.range) {
      // A label wrapped over lines moves with every line of it (helper-221 #1).
      const ranges = [row.match.range, ...(row.match.parts ?? []).map((x) => x.range), ...[...row.cells, ...(row.subtotals ?? [])].filter((c): c is Cell => c !== null).map((c) => c.range)];
      const first = Math.min(...ranges.map((r) => r.start.line));
      const last = Math.max(...ranges.map((r) => r.end.line));
      out.push({ row, index, first, last, at: row.match.range.start.line * 1e6 + row.match.range.start.character, own: false });
      return;
    }
    if (row.cells.length) return;
    // A group label row: the one line of the table with its label.
    const key = labelKey(row.label);
    const found: number[] = [];
    for (const s of spans) for (let l = s.start.line; l <= s.end.line && l < lines.lineCount; l++) if (keyOf(l).includes(key)) found.push(l);
    if (found.length !== 1) return;
    // In a table one cell a line with ` |` cell ends, the group's blank cells (` |` lines) below its label go with it.
    let last = found[0];
    while (last + 1 < lines.lineCount && spans.some((s) => last + 1 <= s.end.line) && BLANK_CELL_LINE.test(lines.line(last + 1))) last++;
    out.push({ row, index, first: found[0], last, at: found[0] * 1e6 + Math.max(0, lines.line(found[0]).indexOf(row.label.slice(0, 2))), own: false });
  });
  out.sort((a, b) => a.at - b.at || a.index - b.index);
  for (const p of out) p.own = ownsLines(report, p, out);
  return out;
}

/**
 * Whether the lines of `p` hold its row and nothing else: no other row placed on them, and nothing but the row's
 * label, its cells, pipes and white space (a group label row: its label's words and its subtotals, if any).
 */
function ownsLines(report: Report, p: Placed, all: Placed[]): boolean {
  if (all.some((x) => x !== p && x.first <= p.last && x.last >= p.first)) return false;
  const cells = [...p.row.cells, ...(p.row.subtotals ?? [])].filter((c): c is Cell => c !== null).map((c) => c.range);
  const spans = [...(p.row.match.range ? [p.row.match.range] : []), ...(p.row.match.parts ?? []).map((x) => x.range), ...cells];
  for (let l = p.first; l <= p.last; l++) {
    let text = report.lines.line(l);
    for (const g of spans.filter((g) => g.start.line === l && g.end.line === l).sort((a, b) => b.start.character - a.start.character)) {
      text = text.slice(0, g.start.character) + text.slice(g.end.character);
    }
    if (!p.row.match.range) {
      // A group label row: its label is all the words left (on its first line; its blank cells' lines below).
      if (l === p.first ? labelKey(text) !== labelKey(p.row.label) : !BLANK_CELL_LINE.test(text)) return false;
    } else if (/[^\s|｜]/.test(text)) return false;
  }
  return true;
}

/**
 * The rows of `placed` (in text order) that stand under their own group: the group label row last met at a level above
 * theirs is their parent's (`1.属于国家秘密` after `（三）不予公开`; a row of the top level always). A group label row
 * opens its group, closing those at its level and below; a data row closes those at its level and below (`四、…` after
 * `（七）总计`: under no group, as the template has it).
 */
function atHome(placed: Placed[], t: TableModel): Set<Placed> {
  const ids = new Set(t.rows.map((r) => r.id));
  const open: { id: string; depth: number }[] = [];
  const home = new Set<Placed>();
  for (const p of placed) {
    const id = p.row.id, parent = id.replace(/\.\d+$/, ''), depth = id.split('.').length;
    while (open.length && open[open.length - 1].depth >= depth) open.pop();
    if (parent === id || !ids.has(parent) || open[open.length - 1]?.id === parent) home.add(p);
    if (!p.row.cells.length) open.push({ id, depth });
  }
  return home;
}

/**
 * The indexes (into `placed`, in text order) of a longest run of rows in the template's order, of those as long the
 * one with most rows `home`: the rows that stay; the others are out of place.
 */
function longestInOrder(placed: Placed[], home: ReadonlySet<Placed>): Set<number> {
  const n = placed.length;
  const len = new Array<number>(n).fill(1), back = new Array<number>(n).fill(-1);
  const homes = placed.map((p): number => (home.has(p) ? 1 : 0));
  const better = (l: number, h: number, i: number) => l > len[i] || (l === len[i] && h > homes[i]);
  for (let i = 0; i < n; i++) {
    const own = home.has(placed[i]) ? 1 : 0;
    for (let j = 0; j < i; j++) {
      if (placed[j].index < placed[i].index && better(len[j] + 1, homes[j] + own, i)) { len[i] = len[j] + 1; homes[i] = homes[j] + own; back[i] = j; }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (len[i] > len[end] || (len[i] === len[end] && homes[i] > homes[end])) end = i;
  const out = new Set<number>();
  for (let i = end; i >= 0; i = back[i]) out.add(i);
  return out;
}

/**
 * The edit that writes the rows of `t` (`placed`, in text order) in the template's order: each row's lines go into
 * the place of the row at that position, so the lines between rows (blank lines, a delimiter row) stay where they are.
 * Undefined when the rows are in order; null when a row to move does not own its lines, when other text stands between the rows that move (a row the
 * template does not know: whether it goes with the row above or below is not known), or the table is split in two.
 */
function reorderEdit(report: Report, t: TableModel, placed: Placed[]): TextEdit | null | undefined {
  const sorted = [...placed].sort((a, b) => a.index - b.index);
  const moved = placed.map((p, k) => sorted[k] !== p);
  const from = moved.indexOf(true), to = moved.lastIndexOf(true);
  if (from < 0) return undefined;
  if (t.split || t.layout === 'html') return null;
  const region = placed.slice(from, to + 1);
  if (region.some((p) => !p.own)) return null;
  const { lines } = report;
  // Between the rows that move: only blank lines and delimiter rows (`| --- |`).
  for (let k = from; k < to; k++) {
    for (let l = placed[k].last + 1; l < placed[k + 1].first; l++) {
      if (!/^[\s|｜:\-]*$/.test(lines.line(l))) return null;
    }
  }
  const text = lines.text;
  const body = (p: Placed) => text.slice(lines.starts[p.first], lines.ends[p.last]);
  let newText = '';
  for (let k = from; k <= to; k++) {
    newText += body(sorted[k]);
    if (k < to) newText += text.slice(lines.ends[placed[k].last], lines.starts[placed[k + 1].first]);
  }
  const start = { line: placed[from].first, character: 0 };
  const end = { line: placed[to].last, character: lines.line(placed[to].last).length };
  return { range: { start, end }, newText };
}
