import type { Cell, ColumnModel, HeaderColumns, HeaderLabelIssue, ItemHeadingIssue, LabelMatch, Range, RowModel, TableModel } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { bigramCoverage, graphemeCount, labelKey } from '../text/normalize.js';
import { TEMPLATES, type Table2Template, type Table3Template, type Table4Template, type TemplateColumn } from '../templates/index.js';
import { GRID_ROW_LINES, isGridBorder, isValueText, readCell, tabFieldAt, tokenRange, type LineTokens, type Token } from '../parse/tokens.js';
import { compareLabel, labelBeforeAddition, markLength, misspellingBudget, substringDistance, withoutMark, wordsSwapped } from './labels.js';
import { addsUp, dropRowNumberColumn, dropRowNumberLines, dropT4RowNumbers, joinContinuationRows, markTabFieldGaps, mergeLabelCells, pipeCellsSpan, pipeRowsUnopenedIn, splitGluedValues, splitJoinedCells, tokenNumbers, wordCellsAsValues } from './label-cells.js';
import { keyOf, segmentize, type Segment, type TextReader } from './segments.js';
import { charDistance, editDistance } from '../text/normalize.js';
import { simplifiedChars } from '../text/script.js';
import { patternFinder } from '../text/search.js';
import { layoutWidth } from '../editor/pipeTables.js';
import { count as countEn } from '../text/english.js';
import { unopenedFirstCell } from '../text/blocks.js';

/** Lines `[start, end)` that a table occupies. */
export interface LineSpan {
  start: number;
  end: number;
  /**
   * For 表三 printed as two tables one under the other (a page too narrow for its columns, see `continueTable3`):
   * the first table holds lines `[start, firstEnd)`, the second (the remaining columns, its rows in the same order)
   * `[secondStart, end)`; the lines between (a `续表` caption, a page number) belong to neither.
   */
  continued?: { firstEnd: number; secondStart: number };
}

const ABSENT: LabelMatch = { kind: 'absent', raw: '', range: null, distance: 0 };

function spanRange(lines: LineIndex, span: LineSpan): Range {
  const last = Math.max(span.start, span.end - 1);
  return { start: { line: span.start, character: 0 }, end: { line: last, character: lines.line(last).length } };
}

/**
 * The layout of a table's lines (`TableModel.layout`): `pipe`, `cell-per-line`, `html`, `mixed`, or for rows of
 * cells without pipes `tab-separated` (a Word or Excel paste: most such rows hold a tab) or `space-aligned`
 * (`pdftotext -layout`); `none` when no line holds a row of cells.
 */
function layoutOf(lts: LineTokens[], lines: LineIndex): string {
  let pipeRows = 0, pipeCells = 0, spaced = 0, tabbed = 0, html = 0, rows = 0;
  for (const lt of lts) {
    if (!lt.tokens.length) continue;
    rows++;
    if (lt.html) html++;
    if (lt.pipeRow) pipeRows++;
    else if (lt.tokens.length === 1 && lt.tokens[0].pipe) pipeCells++;
    else if (lt.values >= 2) {
      spaced++;
      if (lines.line(lt.line).includes('\t')) tabbed++;
    }
  }
  const max = Math.max(pipeRows, pipeCells, spaced);
  if (max === 0) return 'none';
  // HTML rows (`<tr><td>…</td></tr>`, on one line or many) are read as pipe rows, but a row written into the table
  // must be HTML too.
  if (html * 2 > rows) return 'html';
  const kinds = [pipeRows, pipeCells, spaced].filter((n) => n >= max / 3).length;
  if (kinds > 1) return 'mixed';
  return max === pipeRows ? 'pipe' : max === pipeCells ? 'cell-per-line' : tabbed * 2 > spaced ? 'tab-separated' : 'space-aligned';
}

/** The display columns `[start, end)` a token takes on its line (a Chinese character is two columns). */
function displaySpan(lines: LineIndex, t: Token): { start: number; end: number } {
  const start = layoutWidth(lines.line(t.line).slice(0, t.start));
  return { start, end: start + layoutWidth(t.raw) };
}

/**
 * `cellsOf` reads value `i` of a row as the template's column `i`; `amountAt` (see `t2AmountPositions`) names the
 * positions whose header, as the report writes it, heads an amount (`本年收费金额（单位：万元）`): those take decimals
 * and a money unit whatever column of the report's format they fall in (a 2021 block in a report read as 2019 or
 * pre2019 puts its 万元 amounts in a count column).
 */
function cellsOf(values: Token[], columns: readonly TemplateColumn[], amountAt?: ReadonlySet<number>): { cells: (Cell | null)[]; count: number; extra: Cell[] } {
  // Blank cells past the template's columns are the empty trailing cells of a wider pasted row, not data.
  let vals = fitTabFields(values, columns.length);
  while (vals.length > columns.length && vals[vals.length - 1].kind === 'blank') vals = vals.slice(0, -1);
  const cells = columns.map((c, i) => (vals[i] ? readCell(vals[i], { signed: c.kind === 'signed', decimal: c.kind === 'amount' || !!amountAt?.has(i) }) : null));
  return { cells, count: vals.length, extra: vals.slice(columns.length).map((v) => readCell(v)) };
}

/** `row` with `extraCells` set to `extra` (the cells past the template's columns) when there are any. */
function withExtraCells(row: RowModel, extra: readonly Cell[] | undefined): RowModel {
  if (extra?.length) row.extraCells = extra.map((c) => ({ ...c, raw: c.raw.trim() }));
  return row;
}

// ---------------------------------------------------------------------------------------------- 表三

/** Data rows of a 表三 template, as the alignment sees them. */
interface RowSpec {
  id: string;
  label: string;
  key: string;
  variants: string[];
}

/** What the alignment and the reading need of a 表三 template, computed once per template. */
interface T3Plan {
  specs: RowSpec[];
  /** Index into `specs` of each template row (-1 for a group label), and the group label's key. */
  specOf: number[];
  groupKeys: string[];
  grams: BigramIndex;
}

const plans = new WeakMap<Table3Template, T3Plan>();
function planOf(t: Table3Template): T3Plan {
  let plan = plans.get(t);
  if (!plan) {
    const specs = t.rows.filter((r) => r.data).map((r) => ({ id: r.id, label: r.label, key: labelKey(r.label), variants: r.variants ?? [] }));
    plan = {
      specs,
      specOf: t.rows.map((r) => specs.findIndex((s) => s.id === r.id)),
      groupKeys: t.rows.map((r) => labelKey(r.label)),
      grams: bigramIndex(specs.map((s) => s.key)),
    };
    plans.set(t, plan);
  }
  return plan;
}

/**
 * The bigrams of a list of keys: an open-addressing table from a bigram (two UTF-16 units as one 32-bit code) to
 * the keys that hold it, once per occurrence (`rows`, from `first[slot]` to `first[slot + 1]`).
 */
interface BigramIndex {
  mask: number;
  codes: Int32Array;
  /** Slot of each code + 1 (0 = empty). */
  used: Uint8Array;
  first: Int32Array;
  rows: Int32Array;
  /** Generation stamps per slot, to count each bigram of a context once. */
  seen: Uint32Array;
  stamp: number;
}

function bigramIndex(keys: string[]): BigramIndex {
  const lists = new Map<number, number[]>();
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j];
    for (let k = 0; k + 1 < key.length; k++) {
      const code = (key.charCodeAt(k) << 16) | key.charCodeAt(k + 1);
      let list = lists.get(code);
      if (!list) lists.set(code, (list = []));
      list.push(j);
    }
  }
  let size = 16;
  while (size < lists.size * 2) size *= 2;
  const idx: BigramIndex = { mask: size - 1, codes: new Int32Array(size), used: new Uint8Array(size), first: new Int32Array(size + 1), rows: new Int32Array(0), seen: new Uint32Array(size), stamp: 0 };
  const slotLists: number[][] = Array.from({ length: size }, () => []);
  for (const [code, list] of lists) {
    let h = hashCode(code) & idx.mask;
    while (idx.used[h]) h = (h + 1) & idx.mask;
    idx.used[h] = 1;
    idx.codes[h] = code;
    slotLists[h] = list;
  }
  const rows: number[] = [];
  for (let h = 0; h < size; h++) {
    idx.first[h] = rows.length;
    rows.push(...slotLists[h]);
  }
  idx.first[size] = rows.length;
  idx.rows = Int32Array.from(rows);
  return idx;
}

function hashCode(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 16;
}

/** Slot of a bigram code in the index, or -1. */
function slotOf(idx: BigramIndex, code: number): number {
  let h = hashCode(code) & idx.mask;
  while (idx.used[h]) {
    if (idx.codes[h] === code) return h;
    h = (h + 1) & idx.mask;
  }
  return -1;
}

/** The label context of a segment: the last 60 characters of the text above its numbers and the words beside them. */
function contextKey(seg: Segment): string {
  // `keyOf(seg.before).slice(-60)`, joining only the keys it needs.
  let before = '';
  for (let k = seg.before.length - 1; k >= 0 && before.length < 60; k--) before = seg.before[k].key + before;
  return (before.length > 60 ? before.slice(-60) : before) + keyOf(seg.inline);
}

/** 表三's lines read once per text, whichever row list reads them: tokens, segments and their label contexts. */
interface T3Input {
  lts: LineTokens[];
  segments: Segment[];
  ctx: string[];
}

let headerKeys: Set<string> | null = null;
/** Label keys of 表三's column headers in every format (自然人 … 总计, 申请人情况, 法人或其他组织). */
function t3HeaderKeys(): Set<string> {
  return (headerKeys ??= new Set(TEMPLATES.flatMap((t) => (t.tables.t3 ? [...t.tables.t3.columns.map((c) => c.label), ...t.tables.t3.headerGroups] : [])).map(labelKey)));
}

let t3Columns: Map<string, number> | null = null;
/**
 * The value column (0 = 自然人) where each of 表三's column headers stands in every format: a column's own label at its
 * place, 申请人情况 over all seven (from the first), 法人或其他组织 over the five after 自然人 (templates.md §3.3). A
 * label two formats put in different places is left out.
 */
function t3HeaderColumns(): Map<string, number> {
  if (t3Columns) return t3Columns;
  const out = new Map<string, number>(), clash = new Set<string>();
  const put = (label: string, k: number) => {
    const key = labelKey(label);
    if (out.has(key) && out.get(key) !== k) clash.add(key);
    else out.set(key, k);
  };
  for (const t of TEMPLATES) {
    const t3 = t.tables.t3;
    if (!t3) continue;
    t3.columns.forEach((c, k) => put(c.label, k));
    if (t3.headerGroups.length) put(t3.headerGroups[0], 0);
    if (t3.headerGroups.length > 1) put(t3.headerGroups[t3.headerGroups.length - 1], 1);
  }
  for (const key of clash) out.delete(key);
  return (t3Columns = out);
}

let rowKeys: Set<string> | null = null;
/** Label keys of 表三's rows in every format (data rows and group labels), to tell a wrapped label by its parts. */
function t3RowKeys(): Set<string> {
  return (rowKeys ??= new Set(TEMPLATES.flatMap((t) => (t.tables.t3 ? t.tables.t3.rows.map((r) => labelKey(r.label)) : []))));
}

let labelKeys: { data: Set<string>; groups: string[] } | null = null;
/** Label keys of 表三's data rows, and of its group labels (rows with no numbers of their own), in any format. */
function t3LabelKeys(): { data: Set<string>; groups: string[] } {
  return (labelKeys ??= {
    data: new Set(TEMPLATES.flatMap((t) => (t.tables.t3 ? t.tables.t3.rows.filter((r) => r.data).map((r) => labelKey(r.label)) : []))),
    groups: TEMPLATES.flatMap((t) => (t.tables.t3 ? t.tables.t3.rows.filter((r) => !r.data).map((r) => labelKey(r.label)) : [])),
  });
}

let sharedGroupKeys: Set<string> | null = null;
/**
 * Label keys of 表三's group labels that are a group in every format (never a data row): `三、本年度办理结果`,
 * `（三）不予公开`, `（四）无法提供`, `（五）不予处理`.
 */
function t3SharedGroupKeys(): Set<string> {
  const { data, groups } = t3LabelKeys();
  return (sharedGroupKeys ??= new Set(groups.filter((k) => !data.has(k))));
}

const templateGroupKeys = new WeakMap<Table3Template, Set<string>>();
/**
 * Label keys of the group labels of 表三 `template` (its rows with no numbers of their own): the shared ones, and
 * those of this format alone (`（六）其他处理` in the 2021 format, a data row in the 2019 one).
 */
function t3GroupKeys(template: Table3Template): Set<string> {
  let keys = templateGroupKeys.get(template);
  if (!keys) templateGroupKeys.set(template, (keys = new Set(template.rows.filter((r) => !r.data).map((r) => labelKey(r.label)))));
  return keys;
}

/**
 * The number of value cells (7) of the 表三 data row whose label key is `key`, in any format; also for the key of a
 * cell that writes the row's group labels before it (`三、本年度办理结果（三）不予公开1.属于国家秘密`, merged cells
 * flattened). Undefined for any other key (a group label, a header, other text).
 */
function t3DataWidth(key: string): number | undefined {
  const { data, groups } = t3LabelKeys();
  for (let rest = key; rest; ) {
    if (data.has(rest)) return 7;
    const group = groups.find((g) => rest.startsWith(g) && rest.length > g.length);
    if (!group) return undefined;
    rest = rest.slice(group.length);
  }
  return undefined;
}

/** What `t3Input` keeps of a span of 表三: its tokens, and its reading with each set of group keys (`t3GroupKeys`). */
interface T3Cache {
  raw: LineTokens[];
  inputs: Map<ReadonlySet<string>, T3Input>;
}

/**
 * 表三's lines `span` as the alignment with `template` reads them. A line that starts with a group label of this
 * format alone (`（六）其他处理 |   | 1 | … |` in the 2021 format) is read with the format's own group labels: its empty
 * cell is its first sub-row's label cell, blank, where the 2019 format's row `（六）其他处理` has numbers of its own.
 * Any other table is read once for both formats, with the group labels they share.
 */
function t3Input(rd: TextReader, span: LineSpan, template: Table3Template): T3Input {
  let cache = rd.t3 && rd.t3.start === span.start && rd.t3.end === span.end ? (rd.t3.input as T3Cache) : null;
  if (!cache) {
    const raw = dropRowNumberLines(dropRowNumberColumn(span.continued ? joinHalves(rd, span, span.continued) : rd.tokens(span.start, span.end)), 7);
    cache = { raw, inputs: new Map() };
    rd.t3 = { start: span.start, end: span.end, input: cache };
  }
  const { raw } = cache;
  const shared = t3SharedGroupKeys(), own = t3GroupKeys(template);
  const groups = raw.some((lt) => lt.pipeRow && lt.tokens[0]?.kind === 'text' && own.has(lt.tokens[0].key) && !shared.has(lt.tokens[0].key)) ? own : shared;
  const hit = cache.inputs.get(groups);
  if (hit) return hit;
  // A row's first number glued to its label (`（一）予以公开8⇥1⇥…`) is its first value, not a letter of the label.
  const lts = markTabFieldGaps(splitJoinedCells(splitGluedValues(joinContinuationRows(wordCellsAsValues(mergeLabelCells(raw, t3HeaderKeys(), 7, rd.lines, groups, t3HeaderColumns()), t3DataWidth), t3RowKeys(), rd.lines), t3DataWidth, rd.lines), t3DataWidth, rd.lines), t3DataWidth, rd.lines);
  const { segments } = segmentize(lts, () => 7);
  // A tab-separated row's empty fields are its blank cells where the row has no more fields than 表三's columns,
  // or where it has as many fields as a header that names the seven columns (its other empty fields stand under
  // the header's own empty fields: tabs doubled to align both).
  const named = span.continued ? null : tabHeaderFields(rd.lines, lts, segments);
  for (const seg of segments) seg.values = fitTabFields(named ? underHeaderFields(seg.values, named, rd.lines) : seg.values, 7);
  const input: T3Input = { lts, segments, ctx: segments.map(contextKey) };
  cache.inputs.set(groups, input);
  return input;
}

/**
 * The fields of a tab-separated 表三's header line, each true where it names something, false where it is empty
 * (`（本列数据…）\t\t自然人\t商业企业…`: a tab doubled to align the header, as its rows double theirs): the line with
 * the most tab-separated fields above the first row with a number that names a column of 表三. Null when there is
 * no such line, or when it does not name exactly seven fields after its first (a header over several lines, one
 * with a column the template lacks: which field of a row is which column is not read from it).
 */
function tabHeaderFields(lines: LineIndex, lts: LineTokens[], segments: Segment[]): boolean[] | null {
  const first = segments.find((seg) => seg.values.some((t) => t.kind === 'value'));
  if (!first) return null;
  const keys = t3HeaderKeys();
  let best: string[] | null = null;
  for (const lt of lts) {
    if (lt.line >= first.line) break;
    const text = lines.line(lt.line);
    if (!text.includes('\t')) continue;
    const fields = text.split('\t').map((f) => f.trim());
    if (fields.some((f) => keys.has(labelKey(f))) && (!best || fields.length > best.length)) best = fields;
  }
  if (!best || best.slice(1).filter((f) => f !== '').length !== 7) return null;
  return best.map((f) => f !== '');
}

/**
 * A tab-separated row's value tokens without its empty fields that stand under an empty field of the header
 * (`named`, see `tabHeaderFields`): where the row has as many fields as the header, an empty field under a column
 * label is a blank cell of that column and one under no label is a doubled tab the header has too (`label\t\t0\t\t0…`
 * under `（本列数据…）\t\t自然人\t商业企业…`: 商业企业 blank). `values` as they are when the row's fields differ from
 * the header's in number (a doubled tab the header does not have is a separator typed twice: `fitTabFields` reads
 * the numbers in order), the row is on more than one line, or a number stands under no label.
 */
function underHeaderFields(values: Token[], named: boolean[], lines: LineIndex): Token[] {
  if (!values.some((t) => t.tab) || values.some((t) => t.line !== values[0].line)) return values;
  const text = lines.line(values[0].line);
  if (text.split('\t').length !== named.length) return values;
  const out: Token[] = [];
  for (const t of values) {
    const field = tabFieldAt(text, t.start);
    if (named[field]) out.push(t);
    else if (!t.tab) return values;
  }
  return out.length === 7 ? out : values;
}

/** Work arrays of `alignRows`, kept between calls (grown as needed): typed arrays are costly to allocate. */
let work = { count: new Int32Array(64), blank: new Uint8Array(64), cov: new Float64Array(2048), dp: new Float64Array(2048), from: new Uint8Array(2048) };
function scratch(segs: number, cells: number) {
  if (work.count.length < segs || work.dp.length < cells) {
    const s = Math.max(segs, work.count.length * 2), c = Math.max(cells, work.dp.length * 2);
    work = { count: new Int32Array(s), blank: new Uint8Array(s), cov: new Float64Array(c), dp: new Float64Array(c), from: new Uint8Array(c) };
  }
  return work;
}

/**
 * Aligns value segments with template rows in order (dynamic programming), so that rows are found by their
 * labels where the labels are readable and by their order where a layout scattered them (markdown from PDF).
 * `groupRow[i]` marks a segment that is a group's label row with numbers (a subtotal, `groupLabelOf`): left out at
 * no cost, never a data row. Returns, per template row, the index of its segment or -1, and the alignment's score.
 */
function alignRows(segs: Segment[], ctx: string[], plan: Pick<T3Plan, 'specs' | 'grams'>, width: number, groupRow: readonly boolean[]): { assign: number[]; score: number } {
  const rows = plan.specs;
  const n = segs.length, m = rows.length;
  const W = m + 1;
  const { count, blank, cov, dp, from } = scratch(n, (n + 1) * W);
  // Values per segment without the blanks past the table's width, and whether they are all blank.
  for (let i = 0; i < n; i++) {
    const v = segs[i].values;
    let len = v.length;
    while (len > width && v[len - 1].kind === 'blank') len--;
    let allBlank = 1;
    for (let k = 0; k < len; k++) if (v[k].kind !== 'blank') { allBlank = 0; break; }
    count[i] = len;
    blank[i] = allBlank;
  }
  // `bigramCoverage(rows[j].key, ctx[i])` for every pair at once: each distinct bigram of a context adds one hit
  // to every row label holding it (once per occurrence in the label).
  cov.fill(0, 0, n * m);
  const idx = plan.grams;
  for (let i = 0; i < n; i++) {
    const c = ctx[i];
    if (idx.stamp === 0xffffffff) { idx.seen.fill(0); idx.stamp = 0; }
    const stamp = ++idx.stamp;
    const base = i * m;
    for (let k = 0; k + 1 < c.length; k++) {
      const h = slotOf(idx, (c.charCodeAt(k) << 16) | c.charCodeAt(k + 1));
      if (h < 0 || idx.seen[h] === stamp) continue;
      idx.seen[h] = stamp;
      for (let r = idx.first[h]; r < idx.first[h + 1]; r++) cov[base + idx.rows[r]]++;
    }
    for (let j = 0; j < m; j++) {
      const len = rows[j].key.length;
      cov[base + j] = len < 2 ? bigramCoverage(rows[j].key, c) : cov[base + j] / (len - 1);
    }
  }
  // The template row whose label (or a variant of it) a segment's own label is exactly, on the line of its numbers
  // (`| 一、本年新收政府信息公开申请数量 | 32 | …`): that row and no other, whatever rows are missing around it. Matched
  // with another row, its label would read as a misspelling of that row's and a fix would relabel its numbers
  // (brk104 #1: the row read as 上年结转 when that row was missing).
  const own = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = ownLabelKey(segs[i]);
    if (!key) continue;
    const hits = rows.flatMap((r, j) => (r.key === key || r.variants.some((v) => labelKey(v) === key) ? [j] : []));
    if (hits.length === 1) own[i] = hits[0];
  }
  // A label written on two rows (a neighbour's label pasted over a row's own: brk105 #1) says which row neither is:
  // their places decide, as for any other label.
  const claimed = new Map<number, number>();
  for (let i = 0; i < n; i++) if (own[i] >= 0) claimed.set(own[i], (claimed.get(own[i]) ?? 0) + 1);
  for (let i = 0; i < n; i++) if (own[i] >= 0 && claimed.get(own[i])! > 1) own[i] = -1;
  const match = (i: number, j: number) => {
    // A group's label row with its subtotal (`（五）不予处理 | 1 | …`) is none of the data rows, whatever its place.
    if (groupRow[i]) return -5;
    // Another row's exact label: never this row (skipping both costs less).
    if (own[i] >= 0 && own[i] !== j) return -20;
    const coverage = cov[i * m + j];
    // A row of blank cells (a group label padded to the table's width) is a data row only if its label says so.
    if (blank[i]) return 4 * coverage - 2;
    const fit = count[i] === width ? 1 : count[i] >= width - 3 && count[i] <= width + 1 ? 0 : -3;
    return 1 + 4 * coverage + fit;
  };
  const skipSeg = (i: number) => (blank[i] || groupRow[i] ? 0 : count[i] <= 2 ? -0.3 : -2);
  const SKIP_ROW = -1.5;
  dp.fill(-Infinity, 0, (n + 1) * W);
  from.fill(0, 0, (n + 1) * W);
  dp[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity, how = 0;
      if (i > 0 && j > 0) {
        const v = dp[(i - 1) * W + j - 1] + match(i - 1, j - 1);
        if (v > best) { best = v; how = 1; }
      }
      if (i > 0 && dp[(i - 1) * W + j] + skipSeg(i - 1) > best) { best = dp[(i - 1) * W + j] + skipSeg(i - 1); how = 2; }
      if (j > 0 && dp[i * W + j - 1] + SKIP_ROW > best) { best = dp[i * W + j - 1] + SKIP_ROW; how = 3; }
      dp[i * W + j] = best;
      from[i * W + j] = how;
    }
  }
  const assign = new Array<number>(m).fill(-1);
  let i = n, j = m;
  while (i > 0 || j > 0) {
    const how = from[i * W + j];
    if (how === 1) { assign[j - 1] = i - 1; i--; j--; }
    else if (how === 2) i--;
    else j--;
  }
  return { assign, score: dp[n * W + m] };
}

/**
 * The label key a segment writes on the line of its numbers, before them: its last text cell in a pipe row (the
 * cells before it may be group labels of merged cells), else the words before the numbers; a bare level ordinal
 * (`三、`, the rest of a merged group cell) left out. Empty when the line has no words before its numbers.
 */
function ownLabelKey(seg: Segment): string {
  const inline = seg.inline.filter((t) => t.kind === 'text' && !/^[一二三四五六七八九十]+、$/.test(t.key));
  if (!inline.length) return '';
  return inline[0].pipe ? inline[inline.length - 1].key : keyOf(inline);
}

/**
 * Finds the label of a row among the words around its numbers and compares it with the template. `labelKeys` are
 * the keys of all the table's labels (group labels too): a label written before the row's own in its cell is kept.
 */
function rowLabel(seg: Segment, spec: RowSpec, labelKeys: readonly string[]): LabelMatch {
  const around = keyOf(seg.before) + keyOf(seg.inline) + keyOf(seg.after.filter((t) => !/^\d/.test(t.key)));
  if (around.includes(spec.key)) {
    const glued = gluedToLabel(seg, spec, labelKeys);
    if (glued) return glued;
    const tok = [...seg.inline].reverse().find((t) => spec.key.includes(t.key.slice(0, 4))) ?? seg.inline[seg.inline.length - 1] ?? seg.before[seg.before.length - 1];
    // A label wrapped over lines (a Word line break in its cell, a narrow PDF column): the whole of it, so that a fix
    // that moves the row moves every line of the label (helper-221 #1).
    const wrapped = tok && !tok.key.includes(spec.key) ? wrappedLabels(seg, tok, spec.key, labelKeys).find((w) => labelKey(w.raw).includes(spec.key)) : undefined;
    if (wrapped) return { kind: 'exact', raw: wrapped.raw, range: wrapped.parts[0].range, distance: 0, parts: wrapped.parts };
    return { kind: 'exact', raw: tok?.raw ?? '', range: tok ? tokenRange(tok) : null, distance: 0 };
  }
  // A clean single label: the last pipe cell before the numbers, or the words before them on the line.
  const inline = seg.inline.filter((t) => !/^[一二三四五六七八九十]+、$/.test(t.key));
  let cand: Token[] = inline.length ? (inline[0].pipe ? [inline[inline.length - 1]] : inline) : seg.before.slice(-1);
  // Words of a line (tab fields) that repeat its label or are a group label before it: merged label cells unmerged
  // and filled (`一、本年新收…申情数量⇥一、本年新收…申情数量⇥40…`, `三、本年度办理结果⇥（二）不分公开…⇥（二）不分公开…`); the
  // label is its last copy (helper-226 B5: the typo was read by position, not said).
  if (cand.length > 1 && !cand[0].pipe) {
    const last = cand[cand.length - 1];
    const own = cand.filter((t, k) => k === cand.length - 1 || (t.key !== last.key && !labelKeys.includes(t.key)));
    if (own.length === 1 && cand.some((t) => t !== last && t.key === last.key)) cand = own;
  }
  // Words of a line before the label that are another label of the table, or a piece of one that is no piece of
  // the row's own: a group label's, beside the row in a PDF's text (`法提供       2.没有现成信息需另行制作`, the rest of
  // `（四）无` / `法提供` wrapped in its merged cell; `（三）不予公开   1.属于国家秘密`). Not the row's label: left out of
  // what is compared, quoted and fixed (brk82 E).
  if (cand.length > 1 && !cand[0].pipe) {
    const otherLabels = (k: string) => k !== spec.key && !spec.key.includes(k) && labelKeys.some((l) => l !== spec.key && l.includes(k));
    let k = 0;
    while (k < cand.length - 1 && cand[k].key && otherLabels(cand[k].key)) k++;
    if (k) cand = cand.slice(k);
  }
  if (!cand.length) return { kind: 'positional', raw: '', range: null, distance: 0 };
  let raw = cand.map((t) => t.raw).join(' ');
  let range: Range = { start: tokenRange(cand[0]).start, end: tokenRange(cand[cand.length - 1]).end };
  // A cell that carries the row's group path before its label, as merged cells flatten (`三、本年度办理结果 （三）不予公开
  // 1、属于国家秘密`): the words before the last that are labels of the table are the path; the label is what follows.
  const path = groupPath(raw, spec.key, labelKeys);
  if (path && cand.length === 1 && range.start.line === range.end.line && cand[0].end - cand[0].start === cand[0].raw.length) {
    raw = raw.slice(path);
    range = { start: { line: range.start.line, character: range.start.character + path }, end: range.end };
  }
  const m = compareLabel(raw, spec.label, spec.variants, range);
  if (cand.length === 1 && cand[0].continuation) m.continuation = cand[0].continuation;
  // A label a layout cut short or wrapped is not a misspelling: only a label as long as the template's counts.
  // (A footnote mark after it, `[1]`, `※`, is not counted: compareLabel leaves it out.)
  // (A misspelling of a variant, `（二）不分公开`, is as long as the variant: `compareLabel` said so.)
  const sized = (x: LabelMatch, text: string) => x.kind === 'misspelled' && !x.variant && Math.abs(labelKey(withoutMark(text)).length - spec.key.length) > misspellingBudget(spec.key.length) ? { ...x, kind: 'positional' as const } : x;
  let out = sized(m, raw);
  // A label wrapped inside its HTML cell (one token of pieces, `<p>（二）部分公开（</p>` over `<p>区分处理的…</p>`): said
  // and fixed piece by piece (row-label's `wrappedLabelFinding`), never by a rewrite of its first piece alone.
  if (cand.length === 1 && cand[0].parts) return out.kind === 'misspelled' ? { ...out, parts: cand[0].parts.map((p) => ({ raw: p.raw, range: tokenRange(p) })) } : out;
  // A label wrapped over lines and misspelled (`（二）不分公开` over `（区分处理的…）`): its parts joined are compared, as
  // an unwrapped label is (helper-221 #2, #10); adopted only when they are nearer the template's than the one part.
  if (cand.length === 1 && out.kind !== 'exact' && out.kind !== 'variant') {
    for (const w of wrappedLabels(seg, cand[0], spec.key, labelKeys)) {
      const j = sized(compareLabel(w.raw, spec.label, spec.variants, w.parts[0].range), w.raw);
      if (j.kind === 'positional' || (out.kind === 'misspelled' && j.kind === 'misspelled' && j.distance >= out.distance)) continue;
      out = { ...j, parts: w.parts };
      if (j.kind !== 'misspelled') break;
    }
    if (out.parts) return out;
  }
  // One cell per line (the label on a line of its own right above the row's numbers, seed 001's layout): labels
  // drift there, so only a near miss of this row's own label is surely its label; said as a pipe cell's is (brk136 #1).
  if (out.kind === 'positional' && !inline.length && cand.length === 1 && !cand[0].continuation && ownLineNearMiss(seg, cand[0], spec, labelKeys)) return { ...out, unlike: true };
  // Only a label in the pipe row of its numbers is surely this row's own (one cell per line, labels drift).
  if (out.kind !== 'positional' || !inline.length || !inline[0].pipe || cand[0].continuation) return out;
  // A label cell holding an ordinal alone (`| （二） | 5 | … |`, the words never written): the row's own ordinal, the
  // label is missing its words (row-label writes them); another row's, no label of this row (brk106 #8).
  const ordinal = ordinalOf(labelKey(raw));
  if (ordinal) return ordinal === specOrdinal(spec) ? { ...out, missing: 'ordinal' } : { ...out, unlike: true };
  // A label cell of its own: a remark after the label (`（含商业秘密）`, `，见附件`) is the author's, the label
  // before it is compared (and a fix writes only that part).
  const label = withoutRemark(raw, spec.label);
  if (label) {
    const part = sized(compareLabel(label, spec.label, spec.variants, { start: range.start, end: { line: range.start.line, character: range.start.character + label.length } }), label);
    if (part.kind !== 'positional') return part;
  }
  // A piece of the template's label (a label a layout wrapped or cut: `行政机关不再处理其政府信息公`) is that row's.
  const key = labelKey(raw);
  // But a label's head, its ordinal and first words with the rest left out (`（六）其他` for `（六）其他处理`, brk185 #1), is
  // written so, not cut by a layout (a wrapped label's rest is found above): the row's, by its ordinal, said so.
  if (substringDistance(key, spec.key) <= misspellingBudget(key.length)) return labelHead(key, spec) ? { ...out, shortened: true } : out;
  return { ...out, unlike: true };
}

/**
 * Whether `tok`, the last words before the numbers of `seg` (no words on their line), is the row's own label with a
 * typo more than a misspelling's worth (`(一)以予公开` for `（一）予以公开`, two characters swapped): the only words of
 * the line right above the first number (blank or cell-less lines between allowed), with the ordinal of `spec`'s label
 * (none when it has none), within twice the misspelling budget of it, and no piece of it (a wrapped label's rest) nor
 * the label or a misspelling of another row of the table (a label that drifted from the row above).
 */
function ownLineNearMiss(seg: Segment, tok: Token, spec: RowSpec, labelKeys: readonly string[]): boolean {
  const first = seg.values[0];
  if (!first || tok !== seg.before[seg.before.length - 1] || !tok.raw.trim()) return false;
  const range = tokenRange(tok);
  if (range.start.line !== range.end.line || range.end.line >= first.line || seg.before.some((t) => t !== tok && tokenRange(t).end.line === range.start.line)) return false;
  const key = labelKey(simplifiedChars(withoutMark(tok.raw)));
  if (!key || ordinalOf(ROW_ORDINAL.exec(key)?.[0] ?? '') !== specOrdinal(spec)) return false;
  if (spec.key.includes(key) || substringDistance(key, spec.key) <= misspellingBudget(key.length)) return false;
  if (editDistance(key, spec.key) > 2 * misspellingBudget(spec.key.length)) return false;
  return !labelKeys.some((l) => l !== spec.key && compareLabel(tok.raw, l).kind !== 'positional');
}

/**
 * The row ordinal that label key `key` is, alone, in one form (`(二)`, `二、`, `2.`; `（二）`, `2、` and `2．` read as
 * these); '' when `key` is anything more or less than an ordinal.
 */
function ordinalOf(key: string): string {
  const m = /^(?:[(（]([一二三四五六七八九十]+)[)）]|([一二三四五六七八九十]+)、|(\d{1,2})[.．、])$/.exec(key);
  return !m ? '' : m[1] ? `(${m[1]})` : m[2] ? `${m[2]}、` : `${m[3]}.`;
}

/**
 * Whether label key `key` is the head of template row `spec`'s label: its ordinal and at least one word after it,
 * the rest of the label left out (`（六）其他` of `（六）其他处理`, `1.申请人无正当理由逾期不补正` of 2021's R3.6.1).
 */
function labelHead(key: string, spec: RowSpec): boolean {
  const ordinal = ROW_ORDINAL.exec(spec.key)?.[0];
  return !!ordinal && key.length > ordinal.length && key.length < spec.key.length && spec.key.startsWith(key);
}

/** The ordinal that template row `spec`'s label starts with, in `ordinalOf`'s form; '' when it has none. */
function specOrdinal(spec: RowSpec): string {
  return ordinalOf(ROW_ORDINAL.exec(spec.key)?.[0] ?? '');
}

/** At most this many lines above, and this many below, the line of a row's label that the label wraps onto. */
const LABEL_WRAP_REACH = 3;

/**
 * The ways row label `tok` may continue on lines of their own right above and below it (a Word line break in the
 * label's cell pasted as two lines: `| （二）部分公开` over `（区分处理的…） | 5 | …`; a narrow column of a PDF's text,
 * the numbers on the label's first, middle or last line): the pieces joined with `tok`, nearest first (one piece
 * above, one below, …), each as `raw` (the pieces' text joined) and `parts` (each piece as written and where, top to
 * bottom). A piece is the only text of `seg` on its line, written as it stands (not an HTML cell with entities, a
 * token joined from others) and not another label of the table (`labelKeys`; `key` is the row's) or a piece of one
 * that is none of the row's (a group label written down the side in a PDF's text); the
 * lines are next to each other, the numbers' line between them allowed. Empty when `tok` has no such neighbour.
 */
function wrappedLabels(seg: Segment, tok: Token, key: string, labelKeys: readonly string[]): { raw: string; parts: { raw: string; range: Range }[] }[] {
  const plain = (t: Token) => t.kind === 'text' && !t.continuation && !t.parts && t.end - t.start === t.raw.length;
  if (!plain(tok)) return [];
  // (An HTML row's tokens may stand in both `before` and `inline`: each once.)
  const texts = [...new Set([...seg.before, ...seg.inline, ...seg.after])];
  const alone = (line: number): Token | null => {
    const on = texts.filter((t) => t.line === line);
    // Not another label of the table or a piece of one that is none of this row's (`他处理` of `（六）其他处理` written
    // down the side in a PDF's text).
    const k = on.length === 1 ? on[0].key : '';
    return k && plain(on[0]) && !labelKeys.some((l) => l !== key && l.includes(k) && !key.includes(k)) && !/^[一二三四五六七八九十]+、$/.test(k) ? on[0] : null;
  };
  // Lines a wrapped label's pieces may stand apart by (pdftotext -layout: `1、申请人无正当理由逾期不补`, an empty line,
  // then `正、行政机关不再处理其政府信` beside the numbers; brk145 #3): an empty line within the segment's words, or one
  // holding only a piece of another label (`他处理` of `（六）其他处理`, written down the side), at most two in a row.
  const first = Math.min(...texts.map((t) => t.line)), last = Math.max(...texts.map((t) => t.line));
  const between = (line: number): boolean => {
    if (line <= first || line >= last || line === seg.line) return false;
    const on = texts.filter((t) => t.line === line);
    if (!on.length) return true;
    return on.length === 1 && on[0].key.length > 0 && !key.includes(on[0].key) && labelKeys.some((l) => l !== key && l.includes(on[0].key));
  };
  // The label's own line must hold nothing else before it (above) or after it (below) to be continued there.
  const onLine = texts.filter((t) => t.line === tok.line);
  const above: Token[] = [];
  if (onLine[0] === tok) {
    for (let l = tok.line - 1, gap = 0; above.length < LABEL_WRAP_REACH && l !== seg.line; l--) {
      const p = alone(l);
      if (!p) {
        if (above.length + gap >= LABEL_WRAP_REACH || ++gap > 2 || !between(l)) break;
        continue;
      }
      gap = 0;
      above.unshift(p);
    }
  }
  const below: Token[] = [];
  if (onLine[onLine.length - 1] === tok && tok.line >= seg.line - 1) {
    for (let l = Math.max(tok.line, seg.line) + 1, gap = 0; below.length < LABEL_WRAP_REACH; l++) {
      const p = alone(l);
      if (!p) {
        if (++gap > 2 || !between(l)) break;
        continue;
      }
      gap = 0;
      below.push(p);
    }
  }
  const out: { raw: string; parts: { raw: string; range: Range }[] }[] = [];
  for (let n = 1; n <= above.length + below.length; n++) {
    for (let a = Math.min(n, above.length); a >= 0; a--) {
      const b = n - a;
      if (b > below.length) continue;
      const toks = [...above.slice(above.length - a), tok, ...below.slice(0, b)];
      out.push({ raw: toks.map((t) => t.raw).join(''), parts: toks.map((t) => ({ raw: t.raw, range: tokenRange(t) })) });
    }
  }
  return out;
}

/**
 * `row` with `valueInLabel` set when its first value tokens (of `values`) were read out of its label cell (see
 * `splitGluedValues`): the first one, and the others after it (`rest`); with `shiftedLeft` set when they start in a
 * label column (see `mergeLabelCells`), `joinedCell` when some were read out of one cell (see `splitJoinedCells`);
 * `row` itself otherwise.
 */
function withValueInLabel(row: RowModel, values: readonly Token[]): RowModel {
  const read = (v: Token) => {
    const at = (character: number) => ({ line: v.line, character });
    const { labelEnd, into } = v.inLabel!;
    return { raw: v.raw, range: tokenRange(v), gap: { start: at(labelEnd), end: at(v.start) }, ...(into ? { into: { start: at(into.start), end: at(into.end) } } : {}), ...(v.inLabel!.emptied ? { emptied: { start: at(v.inLabel!.emptied.start), end: at(v.inLabel!.emptied.end) } } : {}) };
  };
  const joined = values.find((v) => v.joined);
  if (joined) {
    const at = (character: number) => ({ line: joined.line, character });
    const j = joined.joined!;
    row.joinedCell = { range: { start: at(j.start), end: at(j.end) }, count: j.count, ...(j.emptied ? { emptied: { start: at(j.emptied.start), end: at(j.emptied.end) } } : {}) };
  }
  const stray = values[0]?.stray;
  if (stray) {
    const at = (character: number) => ({ line: values[0].line, character });
    row.strayCells = { cells: stray.cells, ranges: stray.spans.map((sp) => ({ start: at(sp.start), end: at(sp.end) })), first: tokenRange(values[0]), ...(stray.cutTotal ? { cutTotal: { value: stray.cutTotal.value, at: at(stray.cutTotal.at) } } : {}) };
  }
  const shifted = values[0]?.shifted;
  if (shifted) {
    const at = (character: number) => ({ line: values[0].line, character });
    row.shiftedLeft = { cells: shifted.cells, first: tokenRange(values[0]), ...(shifted.emptied ? { emptied: { start: at(shifted.emptied.start), end: at(shifted.emptied.end) } } : {}) };
  }
  if (!values[0]?.inLabel) return row;
  row.valueInLabel = read(values[0]);
  const rest: NonNullable<RowModel['valueInLabel']>[] = [];
  for (let k = 1; k < values.length && values[k].inLabel; k++) rest.push(read(values[k]));
  if (rest.length) row.valueInLabel.rest = rest;
  return row;
}

/**
 * Where the label starts in a cell that writes the row's group path before it, words apart (`三、本年度办理结果 （三）不予公开
 * 1、属于国家秘密`): the UTF-16 offset in `raw` after the leading words whose keys are labels of the table (`labelKeys`)
 * other than the row's own (`key`), when at least one word is left after them; 0 when there are none.
 */
function groupPath(raw: string, key: string, labelKeys: readonly string[]): number {
  let at = 0;
  for (;;) {
    const m = /^\s*(\S+)\s+(?=\S)/.exec(raw.slice(at));
    if (!m) return at;
    const k = labelKey(m[1]);
    if (k === key || !labelKeys.includes(k)) return at;
    at += m[0].length;
  }
}

/**
 * The row's label written with characters glued to it, as a misspelling of it (`3.要求提供公开出版物物`,
 * `X一、本年新收政府信息公开申请数量`), or null. The template fixes a label character by character; what may stand
 * beside it in its cell is: another word (after white space: a group label, a piece of a merged cell, `（三）
 * 4.保护第三方合法权益`), a label of the table or a bracketed ordinal glued before it (`（三）不予公开1.属于国家秘密`), and a
 * remark glued after it that starts with a bracket or punctuation (`（含商业秘密）`, `，见附件`, `。`) or another label's
 * ordinal (two labels run together). Extra characters beyond the misspelling budget are left alone (a remark
 * written without brackets, not a slip of the keyboard), unless they repeat the label's end or start (a word typed
 * twice); glued after the label, they make an `exact` match of the whole cell with `appended` set (`row-label` says
 * so, without a fix). The match's range covers the label and what is glued to
 * it, not the other words of the cell, so that its fix rewrites only that.
 */
function gluedToLabel(seg: Segment, spec: RowSpec, labelKeys: readonly string[]): LabelMatch | null {
  const inline = seg.inline.filter((t) => !/^[一二三四五六七八九十]+、$/.test(t.key));
  const cand: Token[] = inline.length ? (inline[0].pipe ? [inline[inline.length - 1]] : inline) : seg.before.slice(-1);
  // The cell, or the word of a line, that holds the label (a line's words are tokens of their own: the others are
  // other words). Only a token that is its line's text as written (not an HTML cell's text) can be measured.
  const holding = cand.filter((t) => t.key.includes(spec.key));
  if (holding.length !== 1) return null;
  const tok = holding[0];
  if (tok.key === spec.key || tok.continuation || tok.parts || tok.end - tok.start !== tok.raw.length) return null;
  const raw = tok.raw;
  // Where the label starts and ends in the raw text (keys drop spaces and normalise punctuation).
  let start = -1;
  for (let s = raw.length - 1; s >= 0; s--) if (labelKey(raw.slice(s)).startsWith(spec.key)) { start = s; break; }
  if (start < 0) return null;
  let end = -1;
  for (let e = start + 1; e <= raw.length; e++) if (labelKey(raw.slice(start, e)) === spec.key) { end = e; break; }
  if (end < 0) return null;
  let from = start, to = end;
  const before = /\S+$/.exec(raw.slice(0, start))?.[0] ?? '';
  if (before) {
    const k = labelKey(before);
    const tolerated = /[)）〕\]】、.:：]$/.test(before) || labelKeys.some((l) => l !== spec.key && k.endsWith(l));
    if (!tolerated) from = start - before.length;
  }
  // (A footnote mark right after the label, `1.属于国家秘密※`, `…秘密¹`, is the author's, as a bracketed remark is.)
  const after = markLength(raw.slice(end)) ? '' : /^[^\s（(【\[,，:：;；。.、]*/.exec(raw.slice(end))?.[0] ?? '';
  if (after && !/^(?:\d+[.．、]|[一二三四五六七八九十]+、)/.test(raw.slice(end))) to = end + after.length;
  if (from === start && to === end) return null;
  // Characters added to the label (a character outside the BMP, `𠀀`, is one).
  const distance = [...labelKey(raw.slice(from, start))].length + [...labelKey(raw.slice(end, to))].length;
  // A word typed twice (`2.重复申请申请`) is a slip however long the word.
  const doubled = (from === start || spec.key.startsWith(labelKey(raw.slice(from, start)))) && (to === end || spec.key.endsWith(labelKey(raw.slice(end, to))));
  if (distance > misspellingBudget(spec.key.length) && !doubled) {
    // More than a slip glued after the label, without a bracket or punctuation before it (`8.属于行政查询事项和查询`,
    // `2.重复申请xy`): the row is this one, but its label is not the template's; what follows is said, not deleted.
    if (to === end) return null;
    return { kind: 'exact', raw, range: tokenRange(tok), distance: 0, appended: raw.slice(end).trim() };
  }
  const range: Range = { start: { line: tok.line, character: tok.start + from }, end: { line: tok.line, character: tok.start + to } };
  return { kind: 'misspelled', raw: raw.slice(from, to), range, distance };
}

/**
 * The label before a remark written after it in the same cell, or null when there is none: a bracketed note at the
 * end (`4.保护第三方合法权利（含商业秘密）`) when the template label does not end in a bracket, or what follows the
 * first comma, colon or semicolon (`…权利,见附件:100%`) when the template label has none. Trailing spaces dropped.
 */
function withoutRemark(raw: string, templateLabel: string): string | null {
  let cut = -1;
  if (!/[）)]\s*$/.test(templateLabel)) {
    const note = /[（(][^（）()]*[）)]\s*$/.exec(raw);
    if (note) cut = note.index;
  }
  if (!/[,，:：;；]/.test(templateLabel)) {
    const sep = raw.search(/[,，:：;；]/);
    if (sep > 0 && (cut < 0 || sep < cut)) cut = sep;
  }
  const label = cut > 0 ? raw.slice(0, cut).trimEnd() : '';
  return label ? label : null;
}

/** 新收 or 结转 (a layout may put spaces inside): what every 表三 anchor label holds; never across a line break. */
const ANCHOR_WORDS = patternFinder(/新[^\S\n\r]*收|结[^\S\n\r]*转|結[^\S\n\r]*轉/g);

/** The end of a sentence: a full stop, question or exclamation mark closing the line (quotes and brackets after it). */
const SENTENCE_END = /[。！？][”’」』）)]*\s*$/;

/** Finds the lines of 表三: from its header (corner text, 申请人情况) to the values of `四、结转下年度继续办理`. */

export function findTable3(rd: TextReader, from: number, to: number, headingLines: Set<number>): LineSpan | null {
  const lines = rd.lines;
  const keys = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理'];
  let anchor = -1, lastRow = -1;
  // Cheap test first: every anchor label has 新收 or 结转. The lines that have them are found by one search per
  // parse (in an edited version only over the lines that changed), shared by every call.
  for (const i of rd.linesFound(ANCHOR_WORDS)) {
    if (i < from) continue;
    if (i >= to) break;
    const k = rd.rowKey(i);
    if (k.length > 80) continue;
    // A sentence quoting the labels (`表三“本年新收…”加“上年结转…”应等于“总计”加“结转下年度继续办理”。`, in a notice
    // on how to write the report) is no row: a label never ends with a full stop, and a row line has cells.
    if (SENTENCE_END.test(rd.plain(i)) && !/[|｜\t]/.test(lines.line(i))) continue;
    if (anchor < 0 && (k.includes(keys[0]) || k.includes(keys[1]) || wrappedAnchor(rd, i, k, keys))) anchor = i;
    // (Its first words on the line above: `<td colspan="3">一、本年` over `新收政府信息公开申请数量</td>`, brk186 #5.)
    if (anchor < 0) anchor = anchorStartAbove(rd, i, k, keys);
    // (Also misspelled, `四、结转下年度继续办里`: row-label says so, and the row is the table's; brk187 #2.)
    if (anchor >= 0 && holdsLabel(labelWordsOf(k), keys[2])) { lastRow = i; break; }
    // (Its last words on the line below: `<td colspan="3">四、结转下年度` over `继续办理</td>`, brk186 #4.)
    const rest = anchor >= 0 && k.includes('结转') ? labelRestBelow(rd, i, k, keys[2]) : -1;
    if (rest >= 0) { lastRow = rest; break; }
  }
  if (anchor < 0) return null;
  // Rows moved above the anchor (`四、结转下年度继续办理` put first; `三、本年度办理结果` and its rows above `一、…` in a table
  // one cell a line, longer than the 40 lines looked at for the header) are the table's.
  let start = rowsMovedAbove(rd, anchor, from);
  // The header is looked for in the 40 lines above them; lines of HTML tags alone (`<td>`, `<p …>`, `</p>`: a
  // beautified table has five or more a cell) hold none of its text and are not counted.
  for (let i = start - 1, counted = 0; i >= from && counted < 40; i--) {
    if (headingLines.has(i)) break;
    if (rd.plain(i) !== '' || !lines.line(i).trim()) counted++;
    // A delimiter row, and a grid table's border under or between header rows (`+=====+`, `+-----+`, as long as
    // the table is wide): no text of the table's, and no sentence that ends the search either.
    if (/^[|\s:\-]*$/.test(rd.plain(i)) || isGridBorder(lines.line(i).trim())) continue;
    const k = rd.key(i);
    if (k.length > 120 && !/\|/.test(rd.plain(i))) break;
    // A grid row's labels may wrap over its lines (`| 商业企 |` over `| 业 |`): read joined (see `rowKey`).
    if (/勾稽关系|申请人情况|自然人|法人或其他组织|商业企业|表三/.test(k) || /勾稽关系|申请人情况|自然人|法人或其他组织|商业企业/.test(rd.rowKey(i))) start = i;
  }
  let end: number;
  if (lastRow >= 0) {
    end = lastRow + 1;
    // The last row of a grid table may wrap onto lines below it (its label's end).
    if (lastRow > 0 && isGridBorder(lines.line(lastRow - 1).trim())) {
      while (end < to && end - lastRow < GRID_ROW_LINES && lines.line(end).trimStart().startsWith('|')) end++;
    }
    // Values below the last label (one cell per line) belong to it, also with a blank line between the cells (a web
    // page copied paragraph by paragraph). Lines of HTML tags alone (`</td>`) hold no cell and are not counted; nor
    // are blank lines, of which at most as many as cells are taken.
    end = valuesBelow(rd, end, to);
    end = rowsMovedBelow(rd, start, end, to, headingLines);
    // A row of totals right under the last row (`| 合计 | 99 | … |`: no format's, row-label says so) is the table's.
    if (end < to && /^(?:小计|合计|共计)\d/.test(rd.rowKey(end))) end = valuesBelow(rd, end + 1, to);
  } else {
    end = Math.min(to, anchor + 150);
    for (let i = anchor + 1; i < end; i++) if (headingLines.has(i)) { end = i; break; }
    // `四、…` above the anchor (moved up) and a table longer than that (one cell a line): its rows below, by their labels.
    end = Math.max(end, rowsMovedBelow(rd, start, valuesBelow(rd, anchor + 1, to), to, headingLines));
  }
  return { start, end };
}

/**
 * The end of the values below a row's label that ends at line `end` (one cell per line), also with a blank line between
 * the cells (a web page copied paragraph by paragraph). Lines of HTML tags alone (`</td>`) hold no cell and are not
 * counted; nor are blank lines, of which at most as many as cells are taken.
 */
function valuesBelow(rd: TextReader, end: number, to: number): number {
  // (A cell written as a mark or word for none, `/`, `／`, `无`, or with a unit, `0件`, is one of the row's cells while
  // the row has fewer than 表三's seven: brk168 #3, the last row's `/ |` cells were left out of the table.)
  const label = end > 0 ? valueCellsOf(rd.plain(end - 1)) : 0;
  for (let cells = 0, blanks = 0; end < to && cells < 10 && blanks < 10; end++) {
    const t = rd.plain(end).trim();
    if (t && !/^[|\s\d.+\-－—–,，]*$/.test(t) && (label + cells >= 7 || !isValueCellsLine(t))) break;
    if (t) cells++;
    else if (!rd.lines.line(end).trim()) blanks++;
  }
  return end;
}

/**
 * Whether the text of a line, trimmed, is value cells alone (one cell a line: `/ |`, `无`, `0件 |`, `—`): each of its
 * pipe cells a number or what a report writes in a count cell for none (`isValueText`), at least one.
 */
export function isValueCellsLine(t: string): boolean {
  const parts = t.split(/[|｜]/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => isValueText(p));
}

/**
 * How many of the cells of a row's line `text` (split at pipes, tabs and wide gaps; the first, its label, not counted)
 * are value cells (`isValueText`): 0 for a label written alone on its line, its cells on the lines below.
 */
export function valueCellsOf(text: string): number {
  return text.split(/[|｜\t\u3000]| {2,}/).slice(1).filter((p) => p.trim() && isValueText(p.trim())).length;
}

/** The label keys of 表三's rows, of every format's template (`（七）总计`, `1.属于国家秘密`: each unique in its template). */
const T3_ROW_LABEL_KEYS = [...new Set(TEMPLATES.flatMap((t) => (t.tables.t3?.rows ?? []).map((r) => labelKey(r.label))))];

/**
 * The template row whose label line `i` of a table starts with (its row key: the label's words, then its numbers), by
 * the whole label or by the label without its bracketed note (`（二）部分公开`); the longest such label, or undefined.
 */
function t3RowLabelAt(rd: TextReader, i: number): string | undefined {
  const k = rd.rowKey(i);
  let best: string | undefined;
  for (const key of T3_ROW_LABEL_KEYS) {
    if (best && key.length <= best.length) continue;
    if (k.startsWith(key)) { best = key; continue; }
    const bare = key.replace(/\([^()]*\)$/, '');
    if (bare !== key && k.startsWith(bare) && !/^[\p{L}]/u.test(k.slice(bare.length).replace(/^\d+/, ''))) best = key;
  }
  return best;
}

/**
 * The first line of the rows of 表三 written right above its anchor row (line `anchor`, `一、本年新收…` or `二、上年结转…`):
 * lines that are rows of the template by their whole label, each a row not yet met, and the values below them (one
 * cell a line); blank lines, delimiter rows, grid borders and lines of tags alone between them are passed over (at
 * most 8 in a row). A line of the table written as a heading (`四、结转下年度继续办理    1    0 …` space-aligned, read as
 * section 四's) is a row too. `anchor` when there are none.
 */
function rowsMovedAbove(rd: TextReader, anchor: number, from: number): number {
  let top = anchor;
  const seen = new Set<string>();
  const own = t3RowLabelAt(rd, anchor);
  if (own) seen.add(own);
  for (let i = anchor - 1, gap = 0; i >= from && gap <= 8; i--) {
    const t = rd.plain(i).trim();
    if (!t || /^[|\s:\-]*$/.test(t) || isGridBorder(rd.lines.line(i).trim())) { gap++; continue; }
    if (/^[|\s\d.+\-－—–,，]*$/.test(t)) continue;
    const label = t3RowLabelAt(rd, i);
    if (!label || seen.has(label)) break;
    seen.add(label);
    top = i;
    gap = 0;
  }
  return top;
}

/**
 * The end of 表三 whose lines `[start, end)` end with `四、结转下年度继续办理` (and its values), taking in the rows written
 * below it: a row moved under it (`二、上年结转…` put last, `（七）总计` after `四、…`), or `四、…` moved up among the rows
 * (under `二、…`: all the results below it). The lines right below that are rows of the template by their whole label,
 * each a row not yet in the table (a second table's `一、…` is not taken), with their values, are the table's; blank
 * lines, delimiter rows, grid borders and lines of tags alone between them are passed over (at most 8 in a row).
 */
function rowsMovedBelow(rd: TextReader, start: number, end: number, to: number, headingLines: Set<number>): number {
  let seen: Set<string> | null = null;
  for (let i = end, gap = 0; i < to && gap <= 8 && !headingLines.has(i); i++) {
    const t = rd.plain(i).trim();
    if (!t || /^[|\s:\-]*$/.test(t) || isGridBorder(rd.lines.line(i).trim())) { gap++; continue; }
    const label = t3RowLabelAt(rd, i);
    if (!label) break;
    if (!seen) {
      seen = new Set<string>();
      for (let l = start; l < end; l++) {
        const k = t3RowLabelAt(rd, l);
        if (k) seen.add(k);
      }
    }
    if (seen.has(label)) break;
    seen.add(label);
    end = valuesBelow(rd, i + 1, to);
    i = end - 1;
    gap = 0;
  }
  return end;
}

/**
 * Whether line `i` (row key `k`) holds the start of an anchor label of 表三 whose rest wrapped onto the next line
 * (`一、本年新收政府信息公开   3001 …` over `申请数量`: a narrow label column in pdftotext, a pandoc multiline table, a
 * Word cell with a line break; templates.md §0.2 compares labels without the line break).
 */
function wrappedAnchor(rd: TextReader, i: number, k: string, keys: readonly string[]): boolean {
  if (!k.includes('本年新收') && !k.includes('上年结转')) return false;
  return keys.slice(0, 2).some((key) => labelRestBelow(rd, i, k, key) >= 0);
}

/** Line `l`'s words: its row key without numbers and cell separators ('' past the text's end). */
function labelWords(rd: TextReader, l: number): string {
  return l >= 0 && l < rd.lines.lineCount ? labelWordsOf(rd.key(l)) : '';
}

/**
 * The line where label `key`, begun on line `i` (row key `k`) and not whole there, ends on a line below: the next
 * line with words (at most 4 below), when they are short (12 characters at most) and complete the label; -1 when
 * none does. The numbers may stand on a line between (`pdftotext -layout` of a narrow column:
 * `一、本年新收政府信息公开申请`, its numbers, `数量`; helper-221 #6); in Word's HTML the rest is the cell's next `<p>`,
 * tag lines between: lines without text are passed over.
 */
function labelRestBelow(rd: TextReader, i: number, k: string, key: string): number {
  const words = labelWordsOf(k);
  if (holdsLabel(words, key)) return -1;
  let next = '', l = i + 1;
  for (; l <= i + 4 && l < rd.lines.lineCount && !next; l++) next = labelWords(rd, l);
  return next && next.length <= 12 && holdsLabel(words + next, key) ? l - 1 : -1;
}

/** The words of a row key `k`: its numbers, pipes and signs taken out. */
function labelWordsOf(k: string): string {
  return k.replace(/[\d.,，|｜+\-－—–]+/g, '');
}

/**
 * Whether label words `words` hold the anchor label `key`, or are a near miss of it (one character slipped,
 * `结转下年度继续办里`; a few more characters at most, its number `四、`, not a sentence): a misspelled label is still its
 * row, as in a pipe table, which row-label names (brk187 #2, #3: read as the table's end above it, row-missing).
 */
function holdsLabel(words: string, key: string): boolean {
  if (words.includes(key)) return true;
  return words.length <= key.length + 4 && words.length >= key.length - 1 && substringDistance(key, words) <= 1;
}

/**
 * The line where an anchor label of 表三 (`keys[0]`, `keys[1]`) whose rest is on line `i` (row key `k`) begins: the
 * line above with words (at most 4 above, tag lines passed over), when they are short (12 characters at most) and
 * the label's start (`<td colspan="3">一、本年` over `新收政府信息公开申请数量</td>`: a line break inside its cell); -1 when none.
 */
function anchorStartAbove(rd: TextReader, i: number, k: string, keys: readonly string[]): number {
  let prev = '', l = i - 1;
  for (; l >= i - 4 && l >= 0 && !prev; l--) prev = labelWords(rd, l);
  if (!prev || prev.length > 12) return -1;
  const joined = prev + labelWordsOf(k);
  return keys.slice(0, 2).some((key) => joined.includes(key)) ? l + 1 : -1;
}

/**
 * Whether the rows of 表三 read are the template's own labels, exactly, in the template's order, with nothing read
 * by position: a table cut short (a partial draft, a truncated paste), whose absent rows row-missing names, not a
 * layout that could not be read. At least `least` rows (3: two rows of a broken layout can read cleanly by chance;
 * 1 for a pipe table with nothing else in it, which a person is still typing row by row, brk143 #3).
 */
function cleanPrefix(rows: RowModel[], least = 3): boolean {
  const found = rows.filter((r) => r.cells.length && r.match.kind !== 'absent');
  if (found.length < least || found.some((r) => r.match.kind !== 'exact' || !r.match.range)) return false;
  for (let k = 1; k < found.length; k++) if (found[k].match.range!.start.line <= found[k - 1].match.range!.start.line) return false;
  return true;
}

/** The value columns of 表三 (自然人 … 总计, the same seven in 2019 and 2021), by label key. */
const T3_COLUMN_KEYS = (TEMPLATES.find((t) => t.id === '2021')?.tables.t3?.columns ?? []).map((c) => labelKey(c.label));

/** A line between the two halves of a split 表三: blank, a caption (`续表`, `（续表）`, `表三（续）`) or a page number. */
const BETWEEN_HALVES = /^(?:[（(]?(?:续表|表三[（(]?续[）)]?|接上表)[）)]?[:：]?|[-—–－]?\s*\d{1,3}\s*[-—–－]?|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)?$/;

/** One half of a split 表三: its header lines and its data rows (from the first row with a number), pipe rows only. */
interface Half {
  header: LineTokens[];
  rows: LineTokens[];
}

function halfOf(lts: LineTokens[], lines: LineIndex): Half | null {
  // A row of empty cells (`|  |  |  |`, a group label's row in a half without labels) carries no cells but is a row:
  // the halves are paired row by row.
  const rows = lts.filter((lt) => (lt.pipeRow || EMPTY_CELLS_ROW.test(lines.line(lt.line))) && !DELIMITER_ROW.test(lt.tokens.map((t) => t.raw).join('|')));
  const first = rows.findIndex((lt) => lt.tokens.some((t) => t.kind === 'value'));
  if (first < 0) return null;
  return { header: rows.slice(0, first), rows: rows.slice(first) };
}
/** A delimiter row's cells (`---`, `:--`): dashes at least, so that a row of empty cells is a row. */
const DELIMITER_ROW = /^[\s|:]*-[\s|:\-]*$/;
const EMPTY_CELLS_ROW = /^\s*[|｜](?:[ \t\u3000]*[|｜]){2,}\s*$/;

/** The template value columns (indexes into `T3_COLUMN_KEYS`) a half's header names, each once, or null. */
function namedColumns(header: LineTokens[]): number[] | null {
  const cols: number[] = [];
  for (const lt of header) for (const t of lt.tokens) {
    const j = t.kind === 'text' ? T3_COLUMN_KEYS.indexOf(t.key) : -1;
    if (j < 0) continue;
    if (cols.includes(j)) return null;
    cols.push(j);
  }
  return cols.sort((a, b) => a - b);
}

/** A row's label: its text cells before its last value cell, as one key (empty for a row of values only). */
function labelOfRow(lt: LineTokens): string {
  let last = lt.tokens.length - 1;
  while (last >= 0 && lt.tokens[last].kind === 'text') last--;
  let key = '';
  for (let k = 0; k <= last; k++) if (lt.tokens[k].kind === 'text') key += lt.tokens[k].key;
  return key;
}

/** A row's value cells: those after its last text cell (the label cells of a half that repeats them are dropped). */
function valuesOfRow(lt: LineTokens): Token[] {
  let k = lt.tokens.length;
  while (k > 0 && lt.tokens[k - 1].kind !== 'text') k--;
  return lt.tokens.slice(k);
}

/**
 * What follows 表三 in lines `span` (pipe rows narrower than the template's seven value columns): a second pipe
 * table, after at most four lines of blank, caption (`续表`) or page number, whose header names the remaining value
 * columns (the two headers together name all seven in order, each once) is the table's continuation (a page too
 * narrow for its columns, a PDF or Word export). `span`: both halves (`LineSpan.continued`) when the second half's
 * rows are the first's (the same labels in the same order, or no labels and as many rows); `unreadable`: the
 * second half is there but its rows do not line up. Null when 表三 is wide enough or no continuation follows.
 * Only lines before `to` and not in `headingLines` are looked at.
 */
export function continueTable3(rd: TextReader, span: LineSpan, to: number, headingLines: Set<number>): { span: LineSpan } | { unreadable: true } | null {
  const lts = rd.tokens(span.start, span.end);
  let widest = 0, rows = 0;
  for (const lt of lts) {
    if (!lt.pipeRow || !lt.tokens.some((t) => t.kind === 'value')) continue;
    rows++;
    widest = Math.max(widest, valuesOfRow(lt).length);
  }
  // Only a narrow pipe table: the usual one has seven values a row, and nothing below it is read.
  if (rows < 3 || widest === 0 || widest >= T3_COLUMN_KEYS.length) return null;
  const lines = rd.lines;
  let i = span.end;
  for (let gap = 0; i < to && !lines.line(i).trimStart().startsWith('|'); i++, gap++) {
    if (gap >= 4 || headingLines.has(i) || !BETWEEN_HALVES.test(lines.line(i).trim())) return null;
  }
  const secondStart = i;
  while (i < to && lines.line(i).trimStart().startsWith('|') && !headingLines.has(i)) i++;
  if (i === secondStart) return null;
  const first = halfOf(lts, lines), second = halfOf(rd.tokens(secondStart, i), lines);
  if (!first || !second) return null;
  const a = namedColumns(first.header), b = namedColumns(second.header);
  if (!a || !b || !a.length || !b.length || a.length + b.length !== T3_COLUMN_KEYS.length) return null;
  if (a[a.length - 1] >= b[0] || [...a, ...b].some((c, k) => c !== k)) return null;
  // The halves line up row by row: the same labels, or a second half of values only with as many rows.
  const bare = second.rows.every((lt) => labelOfRow(lt) === '');
  const lineUp = first.rows.length === second.rows.length && first.rows.every((lt, k) => bare || labelOfRow(lt) === labelOfRow(second.rows[k]));
  if (!lineUp) return { unreadable: true };
  return { span: { start: span.start, end: i, continued: { firstEnd: span.end, secondStart } } };
}

/**
 * The tokens of a 表三 split in two (`continueTable3`): the first half's lines, each data row followed by the value
 * cells of the second half's row at the same place (the cells keep their own lines and offsets, so a range points at
 * the cell in whichever half holds it). The second half's header and labels are not read again.
 */
function joinHalves(rd: TextReader, span: LineSpan, c: { firstEnd: number; secondStart: number }): LineTokens[] {
  const lts = rd.tokens(span.start, c.firstEnd);
  const first = halfOf(lts, rd.lines), second = halfOf(rd.tokens(c.secondStart, span.end), rd.lines);
  if (!first || !second || first.rows.length !== second.rows.length) return lts;
  const more = new Map<LineTokens, Token[]>(first.rows.map((lt, k) => [lt, valuesOfRow(second.rows[k])]));
  return lts.map((lt) => {
    const add = more.get(lt);
    return add ? { ...lt, tokens: [...lt.tokens, ...add], values: lt.values + add.length } : lt;
  });
}

/** How the value segments of 表三 align with a template's rows (see `alignTable3`). */
export interface Table3Alignment {
  template: Table3Template;
  assign: number[];
  score: number;
  /** Set when the table writes its rows in an order of its own and was read in it: the template row ids in that order. */
  rowOrder?: string[];
}

/** The ordinal before a label's words (`一、`, `(三)`, `1.`, as `labelKey` leaves them): a table may renumber moved rows. */
const ROW_ORDINAL = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+\.)/;

/**
 * The template rows of 表三 (indexes into `template.rows`) in the order the table writes them, or null when that is
 * the template's order. Rows are moved with what stands under them (`（三）不予公开` with its `1.`–`8.`, `三、本年度办理结果`
 * with all the results), each among the rows of its own level under the same row. A row is placed by the one line
 * of the table whose cells hold its label's words (`无法提供`: without its ordinal, which a table may renumber,
 * and without a bracketed note); words on several lines (`总计`, `其他` are columns' too) place it by the one line
 * with a cell that is its whole label (`（七）总计`, `3.其他`); a row whose words are on no line, by the one line not
 * holding another row whose cell is its words misspelled (`（二）不分公开`: see `misspelledRowLine`), or else by the
 * one line not holding another row with a cell that starts with its ordinal (`（二）其他情况`). A row placed by
 * none keeps its place, and the rows found take the places of the rows found, in the order of their lines. Then,
 * where a data row stands among another group's (`3.其他` after `（七）总计`, `1.属于国家秘密` under `（四）无法提供`), the
 * data rows found take the places of the data rows found, in the order of their lines, across groups.
 */
function tableRowOrder(lts: LineTokens[], template: Table3Template): number[] | null {
  const rows = template.rows;
  const words = rowWordsOf(template);
  const fullKeys = rows.map((r) => labelKey(r.label));
  // Each line's text tokens, read once for all the rows.
  const texts = lts.map((lt) => ({ line: lt.line, keys: lt.tokens.filter((t) => t.kind === 'text').map((t) => t.key) })).filter((x) => x.keys.length);
  /** The line of row `ri` by its words or its whole label; -1 when on none, -2 when on several (not to be guessed). */
  const exactLine = (ri: number): number => {
    const w = words[ri];
    if (w.length < 2) return -1;
    const hits = texts.filter((x) => x.keys.some((k) => k.includes(w)));
    if (hits.length === 1) return hits[0].line;
    if (!hits.length) return -1;
    const whole = hits.filter((x) => x.keys.some((k) => k === fullKeys[ri]));
    return whole.length === 1 ? whole[0].line : -2;
  };
  const lineAt = rows.map((_, ri) => exactLine(ri));
  const taken = new Set(lineAt.filter((l) => l >= 0));
  rows.forEach((_, ri) => {
    if (lineAt[ri] === -1) lineAt[ri] = misspelledRowLine(texts, words, ri, taken);
  });
  for (const l of lineAt) if (l >= 0) taken.add(l);
  // A row whose label is none of the template's (`（二）其他情况`): by its ordinal, on the one line left that starts
  // with it (the exact labels around it are then read as their own rows, not shifted by it).
  rows.forEach((_, ri) => {
    const ordinal = ROW_ORDINAL.exec(fullKeys[ri])?.[0];
    if (lineAt[ri] !== -1 || !ordinal) return;
    const left = texts.filter((x) => !taken.has(x.line) && x.keys.some((k) => k.startsWith(ordinal) && k.length > ordinal.length));
    if (left.length === 1) lineAt[ri] = left[0].line;
  });
  const lineOf = (ri: number): number => Math.max(-1, lineAt[ri]);
  let moved = false;
  /** The rows `[from, to)` (siblings at `level` and what stands under each) in the table's order. */
  const order = (from: number, to: number, level: number): number[] => {
    const blocks: { first: number; end: number; line: number }[] = [];
    for (let i = from; i < to; ) {
      let end = i + 1;
      while (end < to && rows[end].level > level) end++;
      blocks.push({ first: i, end, line: lineOf(i) });
      i = end;
    }
    const found = blocks.filter((b) => b.line >= 0);
    const byLine = [...found].sort((a, b) => a.line - b.line);
    if (byLine.some((b, k) => b !== found[k])) moved = true;
    const placed = new Map(found.map((b, k) => [b, byLine[k]]));
    return blocks.flatMap((slot) => {
      const b = placed.get(slot) ?? slot;
      return [b.first, ...order(b.first + 1, b.end, level + 1)];
    });
  };
  const out = order(0, rows.length, 0);
  // A data row written among another group's rows (`3.其他` after `（七）总计`, `1.属于国家秘密` under `（四）无法提供`, `一、…`
  // among the results), whether or not the groups are in order: the data rows found take the places of the data rows
  // found, in the order of their lines, by the lines of the data rows alone (a group label a layout centres among its
  // rows says nothing of their order); a row found on no line keeps its place among its group's.
  const data = out.filter((ri) => planOf(template).specOf[ri] >= 0 && lineOf(ri) >= 0);
  const byLine = [...data].sort((a, b) => lineOf(a) - lineOf(b));
  if (!byLine.some((ri, k) => ri !== data[k])) return moved ? out : null;
  const swap = new Map(data.map((ri, k) => [ri, byLine[k]]));
  return out.map((ri) => swap.get(ri) ?? ri);
}

/**
 * The line of 表三 row `ri` (whose label words, `words[ri]`, are on no line) written with a misspelled label: the one
 * line not `taken` by another row with a cell whose words (without ordinal and bracketed note) are `words[ri]` within
 * the misspelling budget and are no other row's words; -1 when there is no such line or more than one. Words of
 * fewer than 4 characters are not looked for (a slip of one character makes them another word).
 */
function misspelledRowLine(texts: { line: number; keys: string[] }[], words: readonly string[], ri: number, taken: ReadonlySet<number>): number {
  const w = words[ri];
  if (w.length < 4) return -1;
  const budget = misspellingBudget(w.length);
  let line = -1;
  for (const x of texts) {
    if (taken.has(x.line)) continue;
    const near = x.keys.some((k) => {
      const kw = k.replace(ROW_ORDINAL, '').replace(/[(（].*$/, '');
      return kw.length >= 2 && !words.includes(kw) && Math.abs(kw.length - w.length) <= budget && editDistance(kw, w) <= budget;
    });
    if (!near) continue;
    if (line >= 0) return -1;
    line = x.line;
  }
  return line;
}

/** Each row's label words (its key without the ordinal and a bracketed note), by template; computed once. */
const rowWords = new WeakMap<Table3Template, string[]>();
function rowWordsOf(t: Table3Template): string[] {
  let w = rowWords.get(t);
  if (!w) rowWords.set(t, (w = t.rows.map((r) => labelKey(r.label).replace(ROW_ORDINAL, '').replace(/[(（].*$/, ''))));
  return w;
}

/** A row list of a 表三 template in another order (`tableRowOrder`): its data rows, and each one's index in the template's. */
interface ReorderedPlan {
  plan: Pick<T3Plan, 'specs' | 'grams'>;
  specIndex: number[];
}

const reorderedPlans = new WeakMap<Table3Template, Map<string, ReorderedPlan>>();
function reorderedPlanOf(t: Table3Template, order: number[]): ReorderedPlan {
  let byOrder = reorderedPlans.get(t);
  if (!byOrder) reorderedPlans.set(t, (byOrder = new Map()));
  const id = order.join(',');
  let p = byOrder.get(id);
  if (!p) {
    const base = planOf(t);
    const specIndex = order.map((ri) => base.specOf[ri]).filter((k) => k >= 0);
    const specs = specIndex.map((k) => base.specs[k]);
    p = { plan: { specs, grams: bigramIndex(specs.map((s) => s.key)) }, specIndex };
    byOrder.set(id, p);
  }
  return p;
}

/**
 * Aligns the value rows of 表三 in lines `span` with the row list of `template` and scores the alignment; the
 * table itself is read by `readAlignedTable3` (only for the row list that wins).
 */
export function alignTable3(rd: TextReader, span: LineSpan, template: Table3Template): Table3Alignment {
  return rd.reading('t3-align', span.start, span.end, template, () => {
    const { lts, segments, ctx } = t3Input(rd, span, template);
    const width = template.columns.length;
    const groupRow = segments.map((seg) => seg.values.some((t) => t.kind === 'value') && groupLabelOf(segmentLabelKey(seg), template) !== null);
    const inOrder = alignRows(segments, ctx, planOf(template), width, groupRow);
    // Rows written in another order (`（四）无法提供` and its rows before `（三）不予公开`): read in the table's order, the
    // numbered rows (`1.`, `2.`, … under several groups) under their own group's label, when that reads the table
    // better than the template's order.
    const order = tableRowOrder(lts, template);
    if (order) {
      const { plan, specIndex } = reorderedPlanOf(template, order);
      const other = alignRows(segments, ctx, plan, width, groupRow);
      if (other.score > inOrder.score) {
        const assign = new Array<number>(specIndex.length).fill(-1);
        specIndex.forEach((k, p) => { assign[k] = other.assign[p]; });
        return { template, assign, score: other.score, rowOrder: order.map((ri) => template.rows[ri].id) };
      }
    }
    return { template, assign: inOrder.assign, score: inOrder.score };
  });
}

/** A 表三 group label as a table writes it (`groupLabelOf`): which group row, and how close to the template's. */
interface GroupLabelHit {
  /** Index into `template.rows` of the group row. */
  ri: number;
  /**
   * `exact`: the label (a group path before it allowed); `misspelled`: within the misspelling budget; `appended`: words
   * glued after it; `head`: its ordinal and first words, the rest left out (`（六）其他`).
   */
  kind: 'exact' | 'misspelled' | 'appended' | 'head';
  /** Characters apart from the template's label (0 when exact). */
  distance: number;
  /** For `appended`: the key of the words after the label (`信息` in `（四）无法提供信息`). */
  appended?: string;
}

/**
 * The group rows of each 表三 template, with their ordinals and words: those whose rows are all data rows (（三）…（六）),
 * and `top`, a group over groups (三、本年度办理结果).
 */
const groupRowsOf = new WeakMap<Table3Template, { ri: number; key: string; ordinal: string; words: string; top: boolean }[]>();

/**
 * The group row of 表三 (（三）不予公开 … （六）其他处理: a template row with no numbers of its own whose rows all have
 * numbers) whose label a table's label key `key` is (a pipe cell, or a line's words before its numbers), or null:
 * `exact` when `key` ends with the group's label (a merged cell's group path before it, `三、本年度办理结果（三）不予公开`,
 * is allowed); `appended` when words that start no row follow it (`（四）无法提供信息`; a bracketed note or a sub-row's
 * label after it, `（三）不予公开1.属于国家秘密`, is not the group's label alone); `misspelled` when `key` starts with the
 * group's ordinal and its words are the group's within the misspelling budget (`（三）不公开`, `（五）不予受理`) and are
 * no other row's words. Group labels written as the template prints them are blank rows; tables made in Excel write
 * subtotals in them, and such a row is a group's, never a data row read by its place (brk85 #1, #3). With `top`, the
 * group over groups (三、本年度办理结果) is looked for too, as its label alone or misspelled (`三、本年渡办理结果`,
 * `三、本年度办理结`; brk148 #6): it never carries numbers, so it is no subtotal's row, and only row-label asks for it.
 * With `heads` (a pipe cell's key), `head` when `key` is the group's ordinal and the first of its words (`（六）其他`).
 */
function groupLabelOf(key: string, template: Table3Template, top = false, heads = false): GroupLabelHit | null {
  let groups = groupRowsOf.get(template);
  if (!groups) {
    groups = [];
    template.rows.forEach((r, ri) => {
      const children = template.rows.filter((c) => c.id.startsWith(r.id + '.'));
      if (r.data || !children.length) return;
      const k = labelKey(r.label);
      const ordinal = ROW_ORDINAL.exec(k)?.[0] ?? '';
      groups!.push({ ri, key: k, ordinal, words: k.slice(ordinal.length), top: children.some((c) => !c.data) });
    });
    groupRowsOf.set(template, groups);
  }
  for (const g of groups) {
    if (g.top && !top) continue;
    if (key.endsWith(g.key)) return { ri: g.ri, kind: 'exact', distance: 0 };
    if (!g.ordinal) continue;
    const at = key.indexOf(g.ordinal);
    // The ordinal opens the label, or follows a group path (`三、本年度办理结果`).
    if (at < 0 || (at > 0 && !/^[一二三四五六七八九十]+、/.test(key))) continue;
    const w = key.slice(at + g.ordinal.length);
    // A sub-row's label (`1.`, `1、`), a number or a bracketed note after the group's: not the group's label alone.
    if (/[0-9０-９(（]/.test(w)) continue;
    const budget = misspellingBudget(g.words.length);
    if (w.startsWith(g.words)) {
      const rest = w.slice(g.words.length);
      // (Words after the group over groups may be a row's flattened into its cell: not said as words added.)
      if (g.top && rest.length > budget) continue;
      return rest.length <= budget
        ? { ri: g.ri, kind: 'misspelled', distance: rest.length }
        : { ri: g.ri, kind: 'appended', distance: 0, appended: rest };
    }
    // With `heads`, the label's head, more than a misspelling left out (`（六）其他`, brk185 #1): the group's, by its
    // ordinal, though its words may be another row's (`3.其他`). (Only a pipe cell's: in a PDF's text a merged cell
    // wraps, `（四）无` over `法提供`.)
    if (heads && w && g.words.length - w.length > budget && g.words.startsWith(w)) return { ri: g.ri, kind: 'head', distance: g.words.length - w.length };
    if (w.length < 2 || Math.abs(w.length - g.words.length) > budget || rowWordsOf(template).includes(w)) continue;
    const d = editDistance(w, g.words);
    if (d <= budget) return { ri: g.ri, kind: 'misspelled', distance: d };
  }
  return null;
}

/**
 * 表三's rows that no format has (`TableModel.extraRows`): segments between the first and the last row read, not read
 * as any row (`assign`) or a group's subtotal (`subtotals`), with numbers and a label of their own on their line (a
 * pipe cell, or the words before the numbers) that is words, is no label of any format's 表三 (nor a misspelling of
 * one of `specs`: row-label's) and is no column header, note or total. A copy of a template row is row-duplicate's.
 */
function rowsNotInTemplate(segments: readonly Segment[], assign: readonly number[], rows: readonly RowModel[], specs: readonly RowSpec[], subtotals: ReadonlySet<Segment>): NonNullable<TableModel['extraRows']> {
  const out: NonNullable<TableModel['extraRows']> = [];
  const read = assign.filter((si) => si >= 0);
  if (read.length < 2) return out;
  const first = Math.min(...read), last = Math.max(...read);
  const assigned = new Set(read);
  const allKeys = [...t3RowKeys()];
  const afterOf = (line: number) => {
    let after: string | null = null, afterLine = -1;
    for (const r of rows) {
      const at = r.match.range?.start.line ?? -1;
      if (r.cells.length && at >= 0 && at < line && at > afterLine) { afterLine = at; after = r.label; }
    }
    return after;
  };
  for (let si = first + 1; si < segments.length; si++) {
    const seg = segments[si];
    if (assigned.has(si) || subtotals.has(seg) || !seg.values.some((t) => t.kind === 'value')) continue;
    // A row of totals besides （七）总计 (`小计` not under a group's rows, `合计` under the table's last row): no
    // format's row, its numbers in no sum (brk120 #2), also below the last row read.
    const sole = soleLabelToken(seg);
    if (sole && SUBTOTAL_ROW_KEY.test(sole.key)) {
      out.push({ label: sole.raw.trim(), range: trimmedRange(sole), after: afterOf(seg.line), total: true });
      continue;
    }
    if (si >= last) continue;
    const tok = seg.inline.length === 1 ? seg.inline[0] : null;
    if (!tok || tok.kind !== 'text' || tok.continuation || tok.parts) continue;
    const key = tok.key;
    if (!/^(?:[(（][一二三四五六七八九十]+[)）]|\d+\.)?[\u4e00-\u9fff]{2,}/.test(key) || /^注|总计|合计|小计/.test(key)) continue;
    const words = key.replace(ROW_ORDINAL, '').replace(/[(（].*$/, '');
    // (A row's label as the format writes it, its ordinal and all, a bracketed note after it allowed (`（四）无法提供（含
    // 转办）`), is that row's or row-duplicate's. Words that are only part of a label, `其他` of `3.其他` or `（八）其他`,
    // or a column's name, `其他` again, make a row of their own that no format has, its numbers on its line among the
    // rows: said, not dropped unseen (brk138 #1).)
    if (!words || allKeys.includes(key) || allKeys.includes(key.replace(/[(（][^()（）]*[)）]$/, ''))) continue;
    // A row's label misspelled is that row's (row-label, row-duplicate); a label that merely holds a short one (`3.其他`
    // in `6.其他不予处理情形`) is not.
    if (specs.some((sp) => {
      const m = compareLabel(tok.raw, sp.label, sp.variants);
      return m.kind !== 'positional' && !(m.kind === 'misspelled' && !m.variant && Math.abs(key.length - sp.key.length) > misspellingBudget(sp.key.length));
    })) continue;
    // The template row read last above it: by the lines of the rows read.
    out.push({ label: tok.raw.trim(), range: trimmedRange(tok), after: afterOf(seg.line) });
  }
  return out;
}

/**
 * The label of 表三's group row `ri` (（三）不予公开 … （六）其他处理) as the table writes it when that is not the template's
 * (`groupLabelOf`): misspelled (`（三）不公开`, `（五）不予受理`) or with words glued after it (`（四）无法提供信息`,
 * `appended`), in the one text token of `lts` that is such a label, with its range (0-based UTF-16, the token
 * trimmed) for row-label to say and fix. Null when a token is the group's label as the template writes it (`found`
 * without such a token: the label is in a cell with other words, `（三）不予公开 1.属于国家秘密`), when no token or more
 * than one is such a label, or when the token's text is not its line's text as written (an HTML cell with entities:
 * no range; one with tags inside, `三、本年<br>度办里结果`, is read by its pieces).
 */
function writtenGroupLabel(lts: readonly LineTokens[], lines: LineIndex, template: Table3Template, ri: number, found: boolean): LabelMatch | null {
  let hit: { tok: Token; g: GroupLabelHit } | null = null;
  for (const [k, lt] of lts.entries()) {
    for (const tok of lt.tokens) {
      if (tok.kind !== 'text') continue;
      const g = groupLabelOf(tok.key, template, true, !!tok.pipe && !tok.continuation && !tok.parts);
      if (!g || g.ri !== ri) continue;
      // A head whose rest opens a cell of the rows below is a merged cell's label wrapped (`（三）不` over `予公开`): one of
      // the next few text cells after it, in reading order (a pipe row's first cell on the next line, or, an HTML row
      // written a cell a line, the first cell of the next row some lines down).
      const rest = g.kind === 'head' ? labelKey(template.rows[ri].label).slice(-g.distance) : '';
      if (rest && textCellsAfter(lts, k, tok, 2 * LABEL_WRAP_REACH).some((t) => t.key.startsWith(rest))) continue;
      if (g.kind === 'exact' || hit) return null;
      hit = { tok, g };
    }
  }
  if (!hit || (found && hit.g.kind !== 'appended')) return null;
  const { tok, g } = hit;
  // A label wrapped inside its HTML cell (`三、本年` over `度办里结果`), or broken by tags on its line (`三、本年<br>度办里结果`,
  // Word's `<p>三、本年</p><p>度办里结果</p>`): said and fixed part by part, as a wrapped row label (row-label's
  // `wrappedLabelFinding`: never a rewrite of the first part that leaves the rest standing).
  const parts = tok.parts ?? (g.kind !== 'appended' && !tok.continuation ? runsBetweenTags(tok, lines) : null);
  if (parts && g.kind !== 'appended' && !tok.continuation && parts.every((p) => p.end - p.start === p.raw.length)) {
    return { kind: 'misspelled', raw: tok.raw, range: tokenRange(parts[0]), distance: g.distance, parts: parts.map((p) => ({ raw: p.raw, range: tokenRange(p) })) };
  }
  if (tok.continuation || tok.parts || tok.end - tok.start !== tok.raw.length) return null;
  const raw = tok.raw.trim();
  return g.kind === 'appended'
    ? { kind: 'exact', raw, range: trimmedRange(tok), distance: 0, appended: g.appended }
    : { kind: 'misspelled', raw, range: trimmedRange(tok), distance: g.distance, ...(g.kind === 'head' ? { shortened: true } : {}) };
}

/**
 * The pieces of HTML cell text `tok`, written on its line with tags inside it (`三、本年<br>度办里结果`, Word's
 * `<p>…</p><p>…</p>`, `<span>`s): each run of text between the tags where it stands, when the runs joined are the
 * cell's text as read (no entities); null when the cell has no tag inside it or reads otherwise.
 */
function runsBetweenTags(tok: Token, lines: LineIndex): Token[] | null {
  const src = lines.line(tok.line).slice(tok.start, tok.end);
  if (tok.end - tok.start === tok.raw.length || !/<[^>]*>/.test(src)) return null;
  const runs: Token[] = [];
  for (const m of src.matchAll(/<[^>]*>|[^<]+/g)) {
    const text = m[0];
    if (text.startsWith('<')) continue;
    const lead = text.length - text.trimStart().length;
    const raw = text.trim();
    if (!raw) continue;
    const start = tok.start + m.index! + lead;
    runs.push({ kind: 'text', raw, key: labelKey(raw), line: tok.line, start, end: start + raw.length, pipe: tok.pipe });
  }
  return runs.length > 1 && runs.map((r) => r.raw).join('') === tok.raw.trim() ? runs : null;
}

/** The first `n` text tokens of `lts` after token `tok` of entry `k`, in reading order (its line's, then the lines below). */
function textCellsAfter(lts: readonly LineTokens[], k: number, tok: Token, n: number): Token[] {
  const out: Token[] = [];
  for (let j = k; j < lts.length && out.length < n; j++) {
    const toks = j === k ? lts[j].tokens.slice(lts[j].tokens.indexOf(tok) + 1) : lts[j].tokens;
    for (const t of toks) if (t.kind === 'text' && out.push(t) >= n) break;
  }
  return out;
}

/** The label key of a segment, as a group label row writes it: its cells before the numbers, or the words before them. */
function segmentLabelKey(seg: Segment): string {
  // (A row whose label cell is there and empty has no label: the words above it are another row's, a group's.)
  if (seg.values[0]?.blankLabel) return '';
  return seg.inline.length ? keyOf(seg.inline) : seg.before.length ? seg.before[seg.before.length - 1].key : '';
}

/**
 * The segment of 表三's group label row `ri` (as `（三）不予公开`) when numbers are written in it (a subtotal of its
 * rows, as tables made in Excel have): an unassigned segment (not in `assigned`) with at least one number whose
 * label, the words on its line before the numbers, is the group's (`groupLabelOf`: a merged cell's group path before
 * it, `三、本年度办理结果 （三）不予公开`, a misspelling or words appended are allowed). Only for a group whose rows in
 * the template are all data rows (（三）…（六）, not 三、本年度办理结果); null when no segment or more than one is such.
 */
function subtotalSegment(segments: readonly Segment[], assigned: ReadonlySet<number>, template: Table3Template, ri: number): Segment | null {
  const id = template.rows[ri].id;
  const children = template.rows.filter((r) => r.id.startsWith(id + '.'));
  if (!children.length || children.some((r) => !r.data)) return null;
  let out: Segment | null = null;
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si];
    if (assigned.has(si) || !seg.values.some((t) => t.kind === 'value')) continue;
    if (groupLabelOf(segmentLabelKey(seg), template)?.ri !== ri) continue;
    if (out) return null;
    out = seg;
  }
  return out;
}

/** The label key of a row of totals written in 表三 besides the template's （七）总计: `小计`, `合计`, `共计`. */
const SUBTOTAL_ROW_KEY = /^(?:小计|合计|共计)$/;

/** The label token of segment `seg` when it is its only one: the words before its numbers on their line, or above them. */
function soleLabelToken(seg: Segment): Token | null {
  const tok = seg.inline.length === 1 ? seg.inline[0] : !seg.inline.length && seg.before.length ? seg.before[seg.before.length - 1] : null;
  return tok && tok.kind === 'text' && !tok.continuation && !tok.parts ? tok : null;
}

/**
 * The segment of a row labelled `小计` (`SUBTOTAL_ROW_KEY`) with numbers, right after the segment of the last row of
 * 表三's group `ri` (（三）…（六）, whose rows are all data rows) and read as no row: the group's subtotal written under
 * its rows instead of in its label row. Null when there is none, or the group's last row is not read.
 */
function subtotalRowBelow(segments: readonly Segment[], assign: readonly number[], assigned: ReadonlySet<number>, plan: T3Plan, template: Table3Template, ri: number): { seg: Segment; tok: Token } | null {
  const id = template.rows[ri].id;
  let last = -1;
  template.rows.forEach((r, i) => { if (r.id.startsWith(id + '.')) last = i; });
  if (last < 0 || template.rows.some((r) => r.id.startsWith(id + '.') && !r.data)) return null;
  const k = plan.specOf[last];
  const si = k >= 0 ? assign[k] : -1;
  if (si < 0 || si + 1 >= segments.length || assigned.has(si + 1)) return null;
  const seg = segments[si + 1];
  // (A label spaced apart first: read a token a character, its last alone would be taken for the label.)
  const tok = spacedSubtotalLabel(seg) ?? soleLabelToken(seg);
  if (!tok || !SUBTOTAL_ROW_KEY.test(tok.key) || !seg.values.some((t) => t.kind === 'value')) return null;
  return { seg, tok };
}

/**
 * The label of segment `seg` written with its characters spaced apart (`小  计`, `合　计`: a Word cell's distributed
 * alignment), which a line of one cell (a table pasted one cell a line) reads as a token a character: those tokens as
 * one, when they are the segment's only label tokens, on one line, and make a `小计` (`SUBTOTAL_ROW_KEY`); else null.
 * In a pipe row the cell is one token already (fixB #5).
 */
function spacedSubtotalLabel(seg: Segment): Token | null {
  const toks = seg.inline.length ? seg.inline : seg.before.filter((t) => t.line === seg.before[seg.before.length - 1]?.line);
  if (toks.length < 2 || toks.some((t) => t.kind !== 'text' || t.continuation || t.parts || t.line !== toks[0].line)) return null;
  const key = toks.map((t) => t.key).join('');
  if (!SUBTOTAL_ROW_KEY.test(key)) return null;
  // (`raw` the characters with a space between each: the subtotal row's label is then read from its line.)
  return { ...toks[0], key, end: toks[toks.length - 1].end, raw: toks.map((t) => t.raw.trim()).join(' ') };
}

/**
 * `assign` (spec index → segment index) with a result row written twice with other numbers (`| 2.重复申请 | 1 | … |`
 * on two lines, helper-204 #7) read from its other copy when only that copy makes 表三 add up: every column's results
 * sum to （七）总计 and every result row's six applicant columns to its 总计. The alignment reads one copy by its
 * place; which one the author meant is the one the table's identities bear out. `assign` itself when there is no
 * such copy (it is shared between versions and never modified).
 */
function copyThatAddsUp(segments: readonly Segment[], plan: T3Plan, template: Table3Template, assign: readonly number[]): readonly number[] {
  const { specs, groupKeys } = plan;
  const total = specs.findIndex((sp) => /^R3\.\d+$/.test(sp.id) && sp.key.includes('总计'));
  if (total < 0 || assign[total] < 0) return assign;
  const assigned = new Set(assign.filter((si) => si >= 0));
  const spare: number[] = [];
  for (let si = 0; si < segments.length; si++) if (!assigned.has(si) && segments[si].values.some((t) => t.kind === 'value')) spare.push(si);
  if (!spare.length) return assign;
  const results = specs.map((sp, k) => k).filter((k) => k !== total && specs[k].id.startsWith('R3.'));
  const values = new Map<number, (number | null)[]>();
  const valuesOf = (si: number) => {
    let v = values.get(si);
    if (!v) values.set(si, (v = cellsOf(segments[si].values, template.columns).cells.map((c) => c?.value ?? null)));
    return v;
  };
  // How many of 表三's result identities fail when the rows are read as `asg` says (blanks and rows not read skipped).
  const failures = (asg: readonly number[]): number => {
    const row = (k: number) => (asg[k] >= 0 ? valuesOf(asg[k]) : null);
    let n = resultSumFailures(row, results, total, valuesOf(asg[total]).keys()).failed;
    for (const k of results) {
      if (asg[k] < 0) continue;
      const v = valuesOf(asg[k]);
      if (v.length === 7 && v.every((x) => x !== null) && !addsUp(v as number[])) n++;
    }
    return n;
  };
  let out: readonly number[] = assign;
  for (const k of results) {
    if (assign[k] < 0 || rowLabel(segments[assign[k]], specs[k], groupKeys).kind !== 'exact') continue;
    for (const sj of spare) {
      if (rowLabel(segments[sj], specs[k], groupKeys).kind !== 'exact') continue;
      const alt = out.slice();
      alt[k] = sj;
      if (failures(out) > 0 && failures(alt) === 0) {
        out = alt;
        break;
      }
    }
  }
  return out;
}

/**
 * How many of columns `columns` (0-based value columns) of 表三 have results that do not add up to （七）总计 (`failed`),
 * of how many that could be told (`checked`): `row(k)`
 * gives the values of template row `k` (spec index) or null for a row not read (left out); `results` are the result
 * rows' indexes, `total` （七）总计's. A column is skipped when its 总计 or any result in it is blank. Shared by the
 * readings that the table's identities decide (`copyThatAddsUp`, `strayCutReadings`).
 */
function resultSumFailures(row: (k: number) => readonly (number | null)[] | null, results: readonly number[], total: number, columns: Iterable<number>): { failed: number; checked: number } {
  const sums = row(total);
  if (!sums) return { failed: 0, checked: 0 };
  let n = 0, checked = 0;
  for (const j of columns) {
    let sum = 0;
    let known = sums[j] !== null && sums[j] !== undefined;
    for (const k of results) {
      const values = row(k);
      if (!values) continue;
      const v = values[j];
      if (v === null || v === undefined) known = false;
      else sum += v;
    }
    if (known) checked++;
    if (known && sum !== sums[j]) n++;
  }
  return { failed: n, checked };
}

/**
 * The rows of 表三 read from 自然人 on instead of as written, each with its numbers (the first carrying `stray`): rows
 * whose empty cell after the label may be a stray cell of a row cut to the header's width (`Token.strayCut`, helper-206
 * #7), when read so the table's identities on the six applicant columns (every column's results sum to （七）总计, and
 * 新收 + 上年结转 = （七）总计 + 结转下年度) all hold, three at least told, and read as written two or more fail. Empty when
 * there is none.
 */
function strayCutReadings(segments: readonly Segment[], plan: T3Plan, template: Table3Template, assign: readonly number[]): Map<Segment, Token[]> {
  const out = new Map<Segment, Token[]>();
  const { specs } = plan;
  const candidates = assign.filter((si) => si >= 0 && segments[si].values[0]?.strayCut);
  if (!candidates.length) return out;
  const total = specs.findIndex((sp) => /^R3\.\d+$/.test(sp.id) && sp.key.includes('总计'));
  const at = (id: string) => specs.findIndex((sp) => sp.id === id);
  const [received, carried, pending] = [at('R1'), at('R2'), at('R4')];
  const results = specs.map((_, k) => k).filter((k) => k !== total && specs[k].id.startsWith('R3.') && assign[k] >= 0);
  const alt = (seg: Segment): Token[] => {
    const [cell, ...rest] = seg.values;
    return [{ ...rest[0], stray: cell.strayCut! }, ...rest.slice(1)];
  };
  // The identities on the applicant columns that fail and that could be told (blanks and rows not read skipped), the
  // rows in `cut` read from 自然人 on.
  const APPLICANTS = [0, 1, 2, 3, 4, 5];
  const identities = (cut: ReadonlySet<Segment>): { failed: number; checked: number } => {
    // (Each row's values read once: the identities below read them column by column.)
    const read = new Map<number, (number | null)[] | null>();
    const row = (k: number): (number | null)[] | null => {
      if (!read.has(k)) {
        const seg = k < 0 || assign[k] < 0 ? null : segments[assign[k]];
        read.set(k, seg && cellsOf(cut.has(seg) ? alt(seg) : seg.values, template.columns).cells.map((c) => c?.value ?? null));
      }
      return read.get(k)!;
    };
    const sums = row(total);
    const [r1, r2, r4] = [row(received), row(carried), row(pending)];
    const { failed, checked } = resultSumFailures(row, results, total, APPLICANTS);
    let n = failed, told = checked;
    for (const j of APPLICANTS) {
      const terms = [r1?.[j], r2?.[j], sums?.[j], r4?.[j]];
      if (!terms.every((v) => typeof v === 'number')) continue;
      told++;
      if (terms[0]! + terms[1]! !== terms[2]! + terms[3]!) n++;
    }
    return { failed: n, checked: told };
  };
  // Evidence, not chance: read as written two identities or more fail, and read from 自然人 on three or more can be
  // told and all hold (one balance holding by chance in an almost empty table is no reason to move a row).
  const segs = new Set(candidates.map((si) => segments[si]));
  const written = identities(new Set()), moved = identities(segs);
  if (written.failed >= 2 && moved.failed === 0 && moved.checked >= 3) for (const seg of segs) out.set(seg, alt(seg));
  return out;
}

/**
 * 表四's 15 values of one pipe row read one cell right, when its first cell was lost (`| 0 | 1 | 0 | 3 | … | 1 |  |`
 * for `| 2 | 0 | 1 | 0 | 3 | … |`): the row's last cell empty, the others numbers; as read, at least two of the three
 * groups (four results and their 总计) fail; read one cell right, the second and third hold and the first group's
 * lost result, its 总计 less the other three, is not negative. The values then start with a blank token where the
 * first number stands (zero-width), which carries `shifted` (one cell, the emptied last cell from the pipe before it
 * to the closing pipe). Null otherwise.
 */
function t4ShiftedRight(values: Token[], lines: LineIndex): Token[] | null {
  if (values.length !== T4_VALUES || values[14].kind !== 'blank' || values[14].tab || values.slice(0, 14).some((t) => t.kind !== 'value')) return null;
  const v = tokenNumbers(values.slice(0, 14));
  if (!v || v.some((x) => !Number.isInteger(x) || x < 0)) return null;
  const holds = (w: number[], g: number) => addsUp(w.slice(g * 5, g * 5 + 5));
  const asRead = [0, 1].filter((g) => !holds(v, g)).length + 1; // the third group's 总计 is the empty cell: it fails
  const w = [NaN, ...v];
  const lost = w[4] - (w[1] + w[2] + w[3]);
  if (asRead < 2 || !holds(w, 1) || !holds(w, 2) || !(lost >= 0)) return null;
  const first = values[0];
  const emptied = pipeCellsSpan(lines.line(first.line), values[14].start, values[14].end);
  if (!emptied || values.some((t) => t.line !== first.line)) return null;
  const blank: Token = { kind: 'blank', raw: '', key: '', line: first.line, start: first.start, end: first.start, pipe: true, shifted: { cells: 1, emptied } };
  return [blank, ...values.slice(0, 14)];
}

/** Reads 表三 in lines `span` as aligned by `alignTable3` (shared between versions: not to be modified). */
export function readAlignedTable3(rd: TextReader, span: LineSpan, alignment: Table3Alignment): TableModel {
  return rd.reading('t3', span.start, span.end, alignment.template, () => readT3(rd, span, alignment));
}

function readT3(rd: TextReader, span: LineSpan, alignment: Table3Alignment): TableModel {
  const { template } = alignment;
  const { lts, segments } = t3Input(rd, span, template);
  const lines = rd.lines;
  const plan = planOf(template);
  const specs = plan.specs;
  const assign = copyThatAddsUp(segments, plan, template, alignment.assign);
  const cutRows = strayCutReadings(segments, plan, template, assign);
  const valuesOf = (seg: Segment) => cutRows.get(seg) ?? seg.values;
  const rows: RowModel[] = [];
  let firstSeg = segments.length;
  for (const a of assign) if (a >= 0 && a < firstSeg) firstSeg = a;
  const headerEnd = firstSeg < segments.length ? segments[firstSeg].line : span.end;
  const heading = headerOrder(lts, headerEnd, template);
  let header: HeaderColumns | undefined;
  let columnConflict: string[] | null = null;
  let contradicted: TableModel['headerContradicted'];
  if (heading.kind !== 'template') {
    // The header's order is taken only when the rows bear it out: most rows read have as many values as it has
    // columns. Else a header that contradicts the template's order leaves the columns unknown.
    const width = heading.kind === 'mapped' ? heading.columns.order.length : 0;
    let rowsRead = 0, fitting = 0;
    for (const si of assign) {
      if (si < 0) continue;
      const v = segments[si].values;
      if (v.every((t) => t.kind === 'blank')) continue;
      rowsRead++;
      if (width && trimmedLength(v, width) === width) fitting++;
    }
    if (heading.kind === 'mapped' && fitting >= 3 && fitting * 2 > rowsRead) header = heading.columns;
    else if (heading.reordered) columnConflict = heading.labels;
    // A reordered header whose rows add up across only in the template's order is the mistake, not the rows.
    if (header && heading.kind === 'mapped' && rowsContradict(assign.filter((si) => si >= 0).map((si) => segments[si].values), header.order)) {
      contradicted = { range: header.range, labels: heading.labels };
      header = undefined;
    }
  }
  const labelIssues = heading.kind === 'mapped' ? [] : headerLabelIssues(lts, headerEnd, template);
  // A row of a space-aligned table short of values, where the other rows' columns show which cell it leaves empty.
  const layout = layoutOf(lts, lines);
  const placed = !header && !span.continued && (layout === 'space-aligned' || layout === 'tab-separated')
    ? placeByColumns(assign.filter((si) => si >= 0).map((si) => segments[si].values), template.columns.length, lines, headerPieces(lts, span.start, headerEnd), template.columns.map((c) => labelKey(c.label)))
    : null;
  const assigned = new Set(assign.filter((si) => si >= 0));
  const subtotalSegs = new Set<Segment>();
  const subtotalRows: NonNullable<TableModel['subtotalRows']> = [];
  template.rows.forEach((r, ri) => {
    const k = plan.specOf[ri];
    if (k < 0) {
      // A group label (no numbers): found if its words appear in the table.
      const key = plan.groupKeys[ri];
      const found = lts.some((lt) => lt.tokens.some((t) => t.kind === 'text' && t.key.includes(key)));
      const written = writtenGroupLabel(lts, lines, template, ri, found);
      const match: LabelMatch = written ?? (found ? { kind: 'exact', raw: r.label, range: null, distance: 0 } : { ...ABSENT, kind: 'positional' });
      const row: RowModel = { id: r.id, label: r.label, match, cells: [], cellCount: 0 };
      const sub = found || written ? subtotalSegment(segments, assigned, template, ri) : null;
      const cellsOfSegment = (seg: Segment) => (header ? cellsByHeader(seg.values, template.columns, header.order) : cellsOf(placed?.get(seg.values) ?? seg.values, template.columns)).cells;
      if (sub) subtotalSegs.add(sub);
      if (sub) row.subtotals = cellsOfSegment(sub);
      // Else a `小计` row under the group's last row: its subtotal in a row of its own (brk120 #2).
      const below = !sub && (found || written) ? subtotalRowBelow(segments, assign, assigned, plan, template, ri) : null;
      if (below) {
        subtotalSegs.add(below.seg);
        const range = trimmedRange(below.tok);
        // (A label spaced apart, `小  计`, as written on its line.)
        const label = range.start.line < lines.lineCount ? lines.line(range.start.line).slice(range.start.character, range.end.character).trim() : '';
        subtotalRows.push({ group: r.id, label: label || below.tok.raw.trim(), range, cells: cellsOfSegment(below.seg) });
      }
      rows.push(row);
      return;
    }
    const si = assign[k];
    if (si < 0) {
      rows.push({ id: r.id, label: r.label, match: ABSENT, cells: template.columns.map(() => null), cellCount: 0 });
      return;
    }
    const seg = segments[si];
    let match = rowLabel(seg, specs[k], plan.groupKeys);
    // The row's label cell is there, empty (`|   | 3 | 0 | … |`): read by its place, the cell where its label goes.
    // (Not the words of another line a positional reading took, the header's last cell above the first row; nor the
    // group label in the cell before it, `（五）不予处理 |   | 2 | … |`.)
    const empty = seg.values[0]?.blankLabel;
    if (empty && match.kind === 'positional' && (!match.raw || match.range?.start.line !== seg.values[0].line || match.range.end.character <= empty.start)) {
      const line = seg.values[0].line;
      match = { ...match, range: { start: { line, character: empty.start }, end: { line, character: empty.end } }, missing: 'cell' };
    }
    // A pipe or tab-separated row with no label cell at all, its first cell its first number (`| 40 | 3 | … | 46 |` under
    // an 8-cell header, brk114 #1): read by its place, as the row whose label cell is empty is; not the header's last
    // cell (`总计`) or a group label above that a positional reading took for its label.
    if (match.kind === 'positional' && !match.missing && layout !== 'space-aligned') {
      const lost = lostLabelCell(seg, match, plan.groupKeys, lines);
      if (lost) match = { kind: 'positional', raw: '', range: lost, distance: 0, missing: 'none' };
    }
    // A space-aligned row whose label was deleted or cut down to its ordinal (`pdftotext -layout`, brk109 #6), read
    // by its place: said as a pipe row's empty or ordinal-only label cell is (`spacedLabelCell`).
    if (layout === 'space-aligned' && !header && !span.continued && match.kind === 'positional' && !match.missing && !match.unlike) {
      const cell = spacedLabelCell(seg, specs[k], template.columns.length, lines);
      if (cell) match = { ...match, raw: cell.raw, range: cell.range, missing: cell.missing };
    }
    // A row of blank cells found only by its position is a padded group label, not this data row.
    if (match.kind === 'positional' && seg.values.every((v) => v.kind === 'blank')) {
      rows.push({ id: r.id, label: r.label, match: ABSENT, cells: template.columns.map(() => null), cellCount: 0 });
      return;
    }
    const values = valuesOf(seg);
    const { cells, count, extra } = header ? cellsByHeader(values, template.columns, header.order) : cellsOf(placed?.get(values) ?? values, template.columns);
    rows.push(withExtraCells(withValueInLabel({ id: r.id, label: r.label, match, cells, cellCount: count }, values), extra));
  });
  const headerTokens: Token[] = [];
  // (A header wrapped over two lines, `商业企` over `业`, read with its labels joined, as 表四's: brk156 #2.)
  const headerLines = layout === 'space-aligned' ? joinWrappedT3Header(lts.filter((lt) => lt.line < headerEnd), lines, template.columns.map((c) => labelKey(c.label))) : lts;
  for (const lt of headerLines) if (lt.line < headerEnd) for (const t of lt.tokens) if (t.kind === 'text') headerTokens.push(t);
  // A split table names its remaining columns in the second half's header.
  if (span.continued) for (const lt of halfOf(rd.tokens(span.continued.secondStart, span.end), rd.lines)?.header ?? []) for (const t of lt.tokens) if (t.kind === 'text') headerTokens.push(t);
  const columns = readColumns(headerTokens, [
    { id: 'corner', label: template.corner },
    ...template.columns.map((c) => ({ id: c.id, label: c.label })),
  ], [...template.headerGroups, '表三', '收到和处理政府信息公开申请情况'], undefined, headerCellRuns(lts, headerEnd, t3HeaderKeys()));
  const table: TableModel = {
    id: 't3', name: template.name, range: spanRange(lines, span), layout, rows, columns,
  };
  if (header) table.header = header;
  if (span.continued) table.split = { second: spanRange(lines, { start: span.continued.secondStart, end: span.end }) };
  if (alignment.rowOrder) table.rowOrder = alignment.rowOrder;
  if (contradicted) table.headerContradicted = contradicted;
  const extraRows = rowsNotInTemplate(segments, assign, rows, specs, subtotalSegs);
  if (extraRows.length) table.extraRows = extraRows;
  if (subtotalRows.length) table.subtotalRows = subtotalRows;
  if (labelIssues.length) table.headerLabels = labelIssues;
  let found = 0;
  for (const r of rows) if (r.cells.length && r.match.kind !== 'absent') found++;
  if (sideBySide(lts, specs)) {
    table.broken = { zh: '表三似乎是两张表并排排版（同一行出现两次相同的行标签），无法确定每个数属于哪张表，未做逐行和勾稽检查', en: '表三 seems to be two tables side by side (the same row label twice on a line); which number belongs to which table cannot be told, so rows and sums were not checked' };
  } else if (headerTwice(lts, headerEnd, template)) {
    table.broken = { zh: '表三似乎是两张表并排排版（表头把格式的各列列出两次），无法确定哪一半是本年度的数，未做逐行和勾稽检查', en: '表三 seems to be two tables side by side (the header names the template\'s columns twice); which half holds this year\'s numbers cannot be told, so rows and sums were not checked' };
  } else if (columnConflict) {
    const named = columnConflict.join('、');
    table.broken = {
      zh: `表三表头的列顺序与格式不同（${named}），而各行的数值个数与表头对不上，无法确定每个数属于哪一列，未做逐行和勾稽检查`,
      en: `the header of 表三 orders its columns differently from the template (${columnConflict.join(', ')}) and the rows do not have as many values as it has columns; which number belongs to which column cannot be told, so rows and sums were not checked`,
    };
  } else if (found && found < specs.length / 2 && !cleanPrefix(rows, layout === 'pipe' && !extraRows.length ? 1 : 3)) {
    table.broken = { zh: `表三只读出 ${found} 行（共 ${specs.length} 行），表格可能不完整或排版已损坏`, en: `Only ${found} of ${specs.length} rows of 表三 could be read; the table may be cut off or its layout broken` };
  }
  return table;
}

/**
 * The label's place of space-aligned 表三 row `seg` (read by its place as `spec`) when the label is not there: its
 * `width` numbers alone on one line, nothing before them and no words around them (the label deleted or blanked:
 * `missing: 'cell'`, the white space before the first number), or only the row's own ordinal before them on that line
 * (`1.      746  12 …`: `missing: 'ordinal'`, the ordinal as written and its range). Null for any other row (a label
 * wrapped over lines, words of the label above or below it, a number short or blank, another row's ordinal).
 */
function spacedLabelCell(seg: Segment, spec: RowSpec, width: number, lines: LineIndex): { missing: 'cell' | 'ordinal'; raw: string; range: Range } | null {
  const v = seg.values;
  if (v.length !== width || v.some((t) => t.kind !== 'value' || t.pipe || t.tab || t.line !== seg.line)) return null;
  const text = lines.line(seg.line);
  const line = seg.line;
  // (Words just above or below the numbers that share two characters with the label may be the label, wrapped: the
  // row is not said to have none. A group label wrapped beside it, `（四）无` over `法提供`, shares none.)
  const words = spec.key.slice(ROW_ORDINAL.exec(spec.key)?.[0].length ?? 0);
  const sharesPair = (key: string) => Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => key.slice(i, i + 2)).some((p) => words.includes(p));
  const labelPart = (t: Token) => Math.abs(t.line - line) <= 2 && sharesPair(t.key);
  if (seg.before.some(labelPart) || seg.after.some(labelPart)) return null;
  if (!seg.inline.length) {
    if (text.slice(0, v[0].start).trim() !== '') return null;
    return { missing: 'cell', raw: '', range: { start: { line, character: 0 }, end: { line, character: v[0].start } } };
  }
  if (seg.inline.length !== 1) return null;
  const tok = seg.inline[0];
  const ordinal = ordinalOf(labelKey(tok.raw));
  if (!ordinal || ordinal !== specOrdinal(spec) || text.slice(0, tok.start).trim() !== '') return null;
  return { missing: 'ordinal', raw: tok.raw, range: tokenRange(tok) };
}

/**
 * The rows of a space-aligned table (`pdftotext -layout`; `rows`, each its value tokens) that have fewer values
 * than the table's `width` but whose values stand in the table's columns: each such row with a blank token in
 * every column it leaves empty (`3.要求提供公开出版物  0        0  0 …`: the empty column has only spaces where the
 * other rows have a number), keyed by the row's value array. A column is the display columns its values take in
 * the rows that have all `width` values, each on one line without tabs (at least three such rows, their columns
 * apart from each other). With fewer such rows (a table whose whole columns are blank: a department's 表三 with
 * numbers only under 自然人 and 总计, brk139 #1), the header's words give the columns (`headerColumns`: each of the
 * `keys` named once, in order, apart from each other; measured in display columns or in characters, whichever
 * places more rows),
 * widened by the values of the full rows there are, which must each stand under their own header word. A short row
 * is placed only when each of its values stands in exactly one column, in order. Otherwise (columns that touch, a
 * value between two columns or outside them, a header whose words do not stand over the columns) the row is left as
 * it is: which cell is empty is not certain, and cell-count says the row is short. The blank token is where its
 * column is on the row's line (the spaces there; at the line's end, empty, when the line stops before the column).
 */
function placeByColumns(rows: Token[][], width: number, lines: LineIndex, header: readonly Token[] = [], keys: readonly string[] = []): Map<Token[], Token[]> {
  // A tab-separated row has no columns to see: its cells stand where its label's length puts them.
  const oneLine = (v: Token[]) => v.length > 0 && v.every((t) => t.kind === 'value' && !t.pipe && t.line === v[0].line) && !lines.line(v[0].line).includes('\t');
  const full = rows.filter((v) => v.length === width && oneLine(v));
  const short = rows.filter((v) => v.length < width && oneLine(v));
  if (!short.length) return new Map();
  const apart = (columns: Span[]) => columns.every((c, j) => j === 0 || c.start >= columns[j - 1].end);
  if (full.length >= 3) {
    const measures: [(t: Token) => Span, (text: string, col: number) => number][] = [
      [(t) => displaySpan(lines, t), charAtColumn],
      [(t) => ({ start: t.start, end: t.end }), (text, col) => Math.min(col, text.length)],
    ];
    // The columns of the full rows, in runs: `pdftotext -layout` sets each page of a table at its own offsets (the
    // rows after a page break stand some characters right of those before it, brk156 #1), so the rows are taken in
    // order, and a run ends where its columns with the next row would touch. A short row is placed by the run it
    // stands in (of the full rows just before and after it; both, when they differ, must place it alike), each run
    // of three full rows at least. In the measure that places the most rows (a Chinese character is two display
    // columns wide in an editor's alignment, one character in pdftotext's).
    let best = new Map<Token[], Token[]>();
    for (const [span, at] of measures) {
      const merge = (cols: Span[], v: Token[]) => cols.map((c, j) => ({ start: Math.min(c.start, span(v[j]).start), end: Math.max(c.end, span(v[j]).end) }));
      const runs: { rows: Token[][]; columns: Span[] }[] = [];
      for (const v of full) {
        const last = runs[runs.length - 1];
        const joined = last ? merge(last.columns, v) : null;
        if (last && joined && apart(joined)) { last.rows.push(v); last.columns = joined; continue; }
        runs.push({ rows: [v], columns: v.map((t) => span(t)) });
      }
      const usable = (r: (typeof runs)[number]) => r.rows.length >= 3 && apart(r.columns);
      if (!runs.some(usable)) continue;
      const lineOf = (v: Token[]) => v[0].line;
      const placed = new Map<Token[], Token[]>();
      for (const v of short) {
        const line = lineOf(v);
        // (A run too short to show its columns next to the row: not placed by another page's columns.)
        const before = [...runs].reverse().find((r) => lineOf(r.rows[0]) < line);
        const after = runs.find((r) => lineOf(r.rows[r.rows.length - 1]) > line);
        const candidates = [...new Set([before, after].filter((r): r is NonNullable<typeof r> => !!r))];
        if (candidates.some((r) => !usable(r))) continue;
        const readings = candidates.map((r) => placeShort([v], r.columns, width, lines, span, at).get(v));
        if (!readings.length || readings.some((x) => !x)) continue;
        const key = (cells: Token[]) => cells.map((c) => (c.kind === 'blank' ? '_' : `${c.start}`)).join(',');
        if (readings.some((x) => key(x!) !== key(readings[0]!))) continue;
        placed.set(v, readings[0]!);
      }
      if (placed.size > best.size) best = placed;
    }
    return best;
  }
  if (keys.length !== width || header.some((t) => lines.line(t.line).includes('\t'))) return new Map();
  const measures: [(t: Token) => Span, (text: string, col: number) => number][] = [
    [(t) => displaySpan(lines, t), charAtColumn],
    [(t) => ({ start: t.start, end: t.end }), (text, col) => Math.min(col, text.length)],
  ];
  // The measure that places the most rows (the text is laid out in one of them; rows may fit the other by chance).
  let best = new Map<Token[], Token[]>();
  for (const [span, at] of measures) {
    const named = headerColumns(header, keys, span);
    if (!named || !apart(named)) continue;
    // Each full row's values under their own header words: the header stands over the columns.
    if (!full.every((v) => v.every((t, j) => overlaps(span(t), named[j])))) continue;
    const columns = named.map((c, j) => ({ start: Math.min(c.start, ...full.map((v) => span(v[j]).start)), end: Math.max(c.end, ...full.map((v) => span(v[j]).end)) }));
    if (!apart(columns)) continue;
    const placed = placeShort(short, columns, width, lines, span, at);
    if (placed.size > best.size) best = placed;
  }
  return best;
}

type Span = { start: number; end: number };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The short rows of `placeByColumns` placed in `columns` (measured by `span`; `at` maps a column back to a UTF-16 offset). */
function placeShort(short: Token[][], columns: Span[], width: number, lines: LineIndex, span: (t: Token) => Span, at: (text: string, col: number) => number): Map<Token[], Token[]> {
  const placed = new Map<Token[], Token[]>();
  for (const v of short) {
    const cols = v.map((t) => {
      const s = span(t);
      const hit = columns.map((c, j) => (overlaps(s, c) ? j : -1)).filter((j) => j >= 0);
      return hit.length === 1 ? hit[0] : -1;
    });
    if (cols.some((j, k) => j < 0 || (k > 0 && j <= cols[k - 1]))) continue;
    const text = lines.line(v[0].line);
    const cells: Token[] = [];
    let ok = true;
    for (let j = 0; j < width && ok; j++) {
      const k = cols.indexOf(j);
      if (k >= 0) { cells.push(v[k]); continue; }
      const start = at(text, columns[j].start), end = at(text, columns[j].end);
      ok = /^ *$/.test(text.slice(start, end));
      cells.push({ kind: 'blank', raw: '', key: '', line: v[0].line, start, end, pipe: false });
    }
    if (ok) placed.set(v, cells);
  }
  return placed;
}

/**
 * The words of 表三's header lines (lines `[from, end)`), each piece between runs of white space a token of its own
 * (`自然人`, `商业企` over `业`: a space-aligned header wraps its narrow cells).
 */
function headerPieces(lts: readonly LineTokens[], from: number, end: number): Token[] {
  const out: Token[] = [];
  for (const lt of lts) if (lt.line >= from && lt.line < end && !lt.pipeRow && !lt.html) for (const t of lt.tokens) if (t.kind === 'text' && !t.pipe) out.push(...gapCells(t));
  return out;
}

/**
 * Where the header's words (`pieces`) put each of the columns `keys` (measured by `span`): the piece that is a
 * column's label or, its cell wrapped, the start of it (`商业企` for 商业企业, two characters at least) and of no
 * other label. Null unless every column is named by exactly one piece.
 */
function headerColumns(pieces: readonly Token[], keys: readonly string[], span: (t: Token) => Span): Span[] | null {
  const found: (Span | null)[] = keys.map(() => null);
  const count = keys.map(() => 0);
  for (const p of pieces) {
    const exact = keys.indexOf(p.key);
    const cols = exact >= 0 ? [exact] : p.key.length >= 2 ? keys.map((k, j) => (k.startsWith(p.key) ? j : -1)).filter((j) => j >= 0) : [];
    if (cols.length !== 1) continue;
    count[cols[0]]++;
    found[cols[0]] = span(p);
  }
  return count.every((c) => c === 1) ? (found as Span[]) : null;
}

/** The UTF-16 offset into `text` where display column `col` starts (a Chinese character is two columns); the line's length past its end. */
function charAtColumn(text: string, col: number): number {
  let w = 0, i = 0;
  for (const ch of text) {
    if (w >= col) return i;
    w += layoutWidth(ch);
    i += ch.length;
  }
  return text.length;
}

/** Values of a row without the blank cells past `width` (the empty trailing cells of a wider pasted row). */
function trimmedLength(values: Token[], width: number): number {
  let len = values.length;
  while (len > width && values[len - 1].kind === 'blank') len--;
  return len;
}

/**
 * A row's value tokens as its `width` columns read them, for a row with empty tab fields (`Token.tab`: `0\t\t0`, a
 * Word or spreadsheet copy of an empty cell). When the row then has at most `width` cells (blanks past `width` at
 * its end not counted, see `trimmedLength`), its fields are its columns and each empty field is a blank cell of
 * its own column: `values` as they are. When it has more, its tabs were doubled to align the text (a plain-text
 * editor's `label\t\t0\t0…`) and which field is which column cannot be told from them: the row without those blanks,
 * its numbers in order (as a space-aligned row is read). A row of empty fields only, fewer than `width`: `width`
 * blank cells (a blank row), the last field repeated. A row with numbers and fewer fields than `width` is short of
 * a number somewhere (cell-count): its numbers in order, without its empty fields, whose columns cannot be told.
 * `values` itself when it has no empty tab field.
 */
function fitTabFields(values: Token[], width: number): Token[] {
  if (!values.some((t) => t.tab)) return values;
  // A row of empty fields only (`规章\t`, not filled in yet) with fewer fields than columns: a blank row (row-missing
  // says 整行空白), not a row short of values; its last field stands for the cells it lacks.
  if (values.length < width && values.every((t) => t.tab)) return [...values, ...new Array<Token>(width - values.length).fill(values[values.length - 1])];
  // Exactly its columns: each field is its column. More (tabs doubled to align) or fewer (a number missing: which
  // field lacks it cannot be told, as cell-count says): the numbers in order, without the empty fields.
  return trimmedLength(values, width) === width ? values : values.filter((t) => !t.tab);
}

/**
 * A row's values read by the header's columns (`order`, see `HeaderColumns`): each template column gets the value
 * under its own header; a value under a column the template lacks is not one of its cells. `count` is how many
 * values stand under template columns, plus any past the header's last column.
 */
function cellsByHeader(values: Token[], columns: readonly TemplateColumn[], order: number[], amountAt?: ReadonlySet<number>): { cells: (Cell | null)[]; count: number; extra?: undefined } {
  values = fitTabFields(values, order.length);
  const len = trimmedLength(values, order.length);
  const cells: (Cell | null)[] = columns.map(() => null);
  let count = Math.max(0, len - order.length);
  for (let pos = 0; pos < Math.min(len, order.length); pos++) {
    const j = order[pos];
    if (j < 0) continue;
    cells[j] = readCell(values[pos], { signed: columns[j].kind === 'signed', decimal: columns[j].kind === 'amount' || !!amountAt?.has(pos) });
    count++;
  }
  return { cells, count };
}

/** The applicant group whose five columns (商业企业 … 其他, template columns 1–5) a header may print on a line below it (templates.md §3.3). */
const ORG_GROUP = labelKey('法人或其他组织');
const ORG_LEAVES = [1, 2, 3, 4, 5];

/**
 * The cells of a header line the tokenizer read as one sentence (the long corner note and the labels separated by
 * tabs): its pieces between tabs, ideographic spaces or runs of two or more spaces. A sentence has no such pieces
 * that are all seven column labels, so it gives no order.
 */
function proseCells(lt: LineTokens): Token[] {
  return lt.tokens.flatMap(gapCells);
}

/** The pieces of one token's text between tabs, ideographic spaces or runs of two or more spaces, as text tokens. */
function gapCells(tok: Token): Token[] {
  const out: Token[] = [];
  const gap = /[\t\u3000]+| {2,}/g;
  let from = 0;
  const piece = (to: number) => {
    const raw = tok.raw.slice(from, to).trim();
    if (raw) {
      const start = tok.start + from + (tok.raw.slice(from, to).length - tok.raw.slice(from, to).trimStart().length);
      out.push({ kind: 'text', raw, key: labelKey(raw), line: tok.line, start, end: start + raw.length, pipe: false });
    }
  };
  for (let m; (m = gap.exec(tok.raw)); from = m.index + m[0].length) piece(m.index);
  piece(tok.raw.length);
  return out;
}

/** A cell of a 表三 header line: the template column it names (-1: none), or whether it is the 法人或其他组织 group. */
interface HeaderCell {
  tok: Token;
  col: number;
  group: boolean;
}

/**
 * A header line that holds 法人或其他组织 and, after it, its five columns (a two-line header written on one line,
 * `自然人 | 法人或其他组织 | 总计 | 商业企业 | … | 其他`): the five (with any untitled-by-the-template cells after
 * them at the line's end) put in the group's place, which is where their values stand. Other lines as they are;
 * a 法人或其他组织 after the five columns is a column of its own (a subtotal), not the group.
 */
function unfold(cells: HeaderCell[]): HeaderCell[] {
  const g = cells.findIndex((c) => c.group);
  if (g < 0) return cells;
  let gEnd = g;
  while (gEnd + 1 < cells.length && cells[gEnd + 1].group) gEnd++;
  const leaves = cells.map((c, i) => (ORG_LEAVES.includes(c.col) ? i : -1)).filter((i) => i >= 0);
  if (leaves.length !== ORG_LEAVES.length || leaves[0] <= gEnd) return cells;
  const from = leaves[0];
  let to = leaves[leaves.length - 1] + 1;
  if (cells.slice(to).every((c) => c.col < 0 && !c.group)) to = cells.length;
  return [...cells.slice(0, g), ...cells.slice(from, to), ...cells.slice(gEnd + 1, from), ...cells.slice(to)];
}

/**
 * Where the cells of 法人或其他组织's columns (商业企业 … 其他) that end `cells` begin (`cells.length` when it ends in
 * none): a cell naming no column among them (a label not read, `公益组织`) is one of them, but the run starts at a
 * cell that names one.
 */
function trailingLeaves(cells: HeaderCell[]): number {
  let k = cells.length;
  while (k > 0 && (ORG_LEAVES.includes(cells[k - 1].col) || (cells[k - 1].col < 0 && !cells[k - 1].group))) k--;
  while (k < cells.length && !ORG_LEAVES.includes(cells[k].col)) k++;
  return k;
}

/**
 * A header pasted one cell per line (`headerCellRuns`) read as a line: its header rows one after the other, so the
 * columns under the group 法人或其他组织 are the run of them that ends the list, and they stand in the group's place
 * (`自然人 · 法人或其他组织 · 总计 · 商业企业 … 其他`, or a Word table's `自然人 · 法人或其他组织 · 其他 · 总计 · 商业企业 …
 * 法律服务机构` whose 其他 stands beside the group, are both the template's order). A list without the group, or
 * without such a run after it (the group's columns right after it), is read as `unfold` reads a line.
 */
function unfoldRun(cells: HeaderCell[]): HeaderCell[] {
  const g = cells.findIndex((c) => c.group);
  const k = trailingLeaves(cells);
  if (g < 0 || k <= g + 1 || k === cells.length || cells.slice(g + 1).some((c) => c.group)) return unfold(cells);
  return [...cells.slice(0, g), ...cells.slice(k), ...cells.slice(g + 1, k)];
}

/**
 * The edit distance of a header cell's key from a label's key when the cell may be that label misspelled, else
 * Infinity: a misspelling keeps the label's first character (商业机构 → 商业企业; a fragment of another label does
 * not) and is at most 2 characters longer or shorter.
 */
function misspellingDistance(key: string, label: string): number {
  return Math.abs(key.length - label.length) > 2 || key[0] !== label[0] ? Infinity : editDistance(key, label);
}

/** Whether a misspelling at edit distance `d` is near enough to read as label key `label`: half its length, at least 1. */
function nearEnough(d: number, label: string): boolean {
  return d <= Math.max(1, Math.floor(label.length / 2));
}

/** The column (index into `keys`, not in `taken`) that `key` misspells, as `readColumns` judges it, or -1. */
function misspelledColumn(key: string, keys: string[], taken: Set<number>): number {
  let best = -1, bestD = Infinity;
  keys.forEach((k, j) => {
    if (taken.has(j)) return;
    const d = misspellingDistance(key, k);
    if (d < bestD) { bestD = d; best = j; }
  });
  return best >= 0 && nearEnough(bestD, keys[best]) ? best : -1;
}

/** Whether a header token's key starts like a row label of 表三 (`一、`, `(一)`, `1.`): the rows begin there. */
const ROW_START = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.)/;

/**
 * The runs of 表三's header lines (those before line `end`) that hold one cell each: a header pasted one cell per
 * line (a web page or a PDF copied cell by cell; `| 自然人 |` counts, a line of its own with no other cell), at
 * least two such lines with only empty lines between them, up to a line that starts a row (`一、本年新收…`). Each
 * run's cells in order; two pieces of one label wrapped over two lines (`社会公益` over `组织`) are one token (the
 * first piece's place, the two texts joined), so that each token is one header cell. `labels`: the label keys a
 * joined piece must make.
 */
function headerCellRuns(lts: LineTokens[], end: number, labels: ReadonlySet<string>): HeaderCellRun[] {
  const runs: HeaderCellRun[] = [];
  let run: HeaderCellRun = { cells: [], first: -1, last: -1 };
  const close = () => {
    if (run.cells.length >= 2) runs.push(run);
    run = { cells: [], first: -1, last: -1 };
  };
  for (const lt of lts) {
    if (lt.line >= end) break;
    if (!lt.tokens.length) continue;
    const t = lt.tokens[0];
    if (lt.tokens.length !== 1 || lt.pipeRow || lt.html || t.kind !== 'text' || ROW_START.test(t.key)) {
      close();
      continue;
    }
    const cells = run.cells;
    const prev = cells[cells.length - 1];
    const key = prev ? labelKey(prev.raw + t.raw) : '';
    if (prev && labels.has(key) && !labels.has(prev.key) && !labels.has(t.key)) cells[cells.length - 1] = { ...prev, raw: prev.raw + t.raw, key };
    else cells.push(t);
    if (run.first < 0) run.first = lt.line;
    run.last = lt.line;
  }
  close();
  return runs;
}

/** A run of one-cell header lines (`headerCellRuns`): its cells in order, and its first and last lines. */
interface HeaderCellRun {
  cells: Token[];
  first: number;
  last: number;
}

/** The lines `withCellRuns` made of a run of one-cell header lines. */
const cellRunLines = new WeakSet<LineTokens>();

/**
 * `lts` before line `end` with each run of one-cell header lines (`headerCellRuns`) as one line holding the run's
 * cells (at the run's first line), so that it is read as a header line whose cells stand side by side.
 */
function withCellRuns(lts: LineTokens[], end: number): LineTokens[] {
  const runs = headerCellRuns(lts, end, t3HeaderKeys());
  if (!runs.length) return lts;
  const out: LineTokens[] = [];
  for (const lt of lts) {
    const run = runs.find((r) => lt.line >= r.first && lt.line <= r.last);
    if (!run) out.push(lt);
    else if (lt.line === run.first) {
      const merged: LineTokens = { line: lt.line, tokens: run.cells, pipeRow: false, values: 0, prose: false };
      cellRunLines.add(merged);
      out.push(merged);
    }
  }
  return out;
}

/**
 * What 表三's header says of its value columns: nothing to change (`template`: its labels in the template's order,
 * or too few of them on a line to tell), or an order of its own (`mapped`, every template column named once,
 * maybe with columns the template lacks). `reordered`: its labels stand in another order than the template's
 * (then a header that the rows do not bear out leaves the columns unknown); `labels`, the header's names in order.
 */
type HeaderReading =
  | { kind: 'template' }
  | { kind: 'mapped'; columns: HeaderColumns; reordered: boolean; labels: string[] }
  | { kind: 'unmapped'; reordered: true; labels: string[] };

/**
 * Reads the value columns of 表三 from its header lines (those before line `end`): one line that names all seven
 * template columns (a pipe or HTML row, a space-aligned line), or a line naming 自然人, 法人或其他组织 and 总计
 * over a later line naming the five 法人或其他组织 columns (the template's two-line header). A header pasted one
 * cell per line (see `headerCellRuns`) is read as one line of its cells, in the order written (a web page's
 * header rows one after the other: 自然人 · 法人或其他组织 · 总计 · 商业企业 … 其他). Cells must be the labels
 * exactly (or one misspelled); a layout that wraps or splits them (PDF text) gives no order, and its values are
 * read by position.
 */
function headerOrder(lts: LineTokens[], end: number, template: Table3Template): HeaderReading {
  const keys = template.columns.map((c) => labelKey(c.label));
  const rows: HeaderCell[][] = [];
  // Rows read from a run of one-cell lines: the template's header rows one after the other.
  const runRows = new Set<HeaderCell[]>();
  for (const lt of withCellRuns(lts, end)) {
    if (lt.line >= end) break;
    const cells: HeaderCell[] = [];
    for (const tok of lt.prose ? proseCells(lt) : lt.tokens) {
      if (tok.kind === 'value') continue;
      cells.push({ tok, col: tok.kind === 'text' ? keys.indexOf(tok.key) : -1, group: tok.kind === 'text' && tok.key === ORG_GROUP });
    }
    if (!cells.some((c) => c.col >= 0 || c.group)) continue;
    // A misspelled label (商业机构) names the column it misspells, as `readColumns` reads it: one not named on the line.
    for (const c of cells) {
      if (c.col >= 0 || c.group || c.tok.kind !== 'text' || c.tok.key.length < 2) continue;
      const j = misspelledColumn(c.tok.key, keys, new Set(cells.map((x) => x.col)));
      if (j >= 0) c.col = j;
    }
    const run = cellRunLines.has(lt);
    const row = run ? unfoldRun(cells) : unfold(cells);
    if (run) runRows.add(row);
    rows.push(row);
  }
  // The value columns of a line: from its first cell that names a column (or the group) to its last text cell.
  const valueCells = (cells: HeaderCell[]): HeaderCell[] => {
    const from = cells.findIndex((c) => c.col >= 0 || c.group);
    let to = cells.length - 1;
    while (to > from && cells[to].tok.kind !== 'text') to--;
    return cells.slice(from, to + 1);
  };
  const reorderedLine = (row: HeaderCell[]): boolean => {
    // The group stands for its five columns: after 自然人, before 总计.
    // A label twice on a line is two tables side by side (said as such), not an order.
    // Cells pasted one per line list the header's rows one after the other: 总计 (second row) before the five
    // columns under the group (third row) is the template's header, whether or not the group's line is in the run.
    let cells = row;
    // A run's header rows one after the other: its upper rows' cells (总计 among them) before the columns under the
    // group, whether or not the group's own cell is in the run; each part in its own order.
    const lower = runRows.has(row) ? trailingLeaves(row) : row.length;
    if (lower > 0 && lower < row.length) return reorderedLine(row.slice(0, lower)) || reorderedLine(row.slice(lower));
    const named = cells.filter((c) => c.col >= 0).map((c) => c.col);
    if (new Set(named).size < named.length) return false;
    // The group's columns listed after it (a header's rows one after the other, 总计 between) stand in its place.
    const g = cells.findIndex((c) => c.group);
    if (g >= 0) {
      const leaves = cells.filter((c, i) => i > g && ORG_LEAVES.includes(c.col));
      cells = [...cells.slice(0, g), ...leaves, ...cells.slice(g + 1).filter((c) => !leaves.includes(c))];
    }
    let last = -1;
    for (const c of cells) {
      const at = c.col >= 0 ? c.col : c.group ? ORG_LEAVES[0] : -1;
      if (at < 0) continue;
      if (at < last) return true;
      last = at;
    }
    return false;
  };
  const complete = (cells: HeaderCell[]) => {
    const cols = cells.filter((c) => c.col >= 0).map((c) => c.col);
    return cols.length === keys.length && new Set(cols).size === keys.length;
  };
  const build = (cells: HeaderCell[], line: HeaderCell[]): HeaderReading => {
    const order = cells.map((c) => c.col);
    const labels = cells.map((c) => (c.col >= 0 ? template.columns[c.col].label : c.tok.raw.trim()));
    const identity = order.length === keys.length && order.every((c, i) => c === i);
    if (identity) return { kind: 'template' };
    const extra = cells.filter((c) => c.col < 0).map((c) => ({ label: c.tok.raw.trim(), range: tokenRange(c.tok) }));
    const first = tokenRange(line[0].tok), last = tokenRange(line[line.length - 1].tok);
    const named = order.filter((c) => c >= 0);
    return { kind: 'mapped', columns: { order, extra, range: { start: first.start, end: last.end } }, reordered: named.some((c, i) => i > 0 && c < named[i - 1]), labels };
  };
  for (const cells of rows) {
    if (!complete(cells)) continue;
    return build(valueCells(cells), cells);
  }
  // Two lines: 自然人 · 法人或其他组织 · 总计 (in some order) over the five 法人或其他组织 columns.
  for (let a = 0; a < rows.length; a++) {
    const top = valueCells(rows[a]);
    const g = top.findIndex((c) => c.group);
    if (g < 0) continue;
    // A group cell merged over its columns may be repeated once per column (a pipe table from a merged header).
    let gEnd = g;
    while (gEnd + 1 < top.length && top[gEnd + 1].group) gEnd++;
    if (top.slice(gEnd + 1).some((c) => c.group) || top.some((c) => ORG_LEAVES.includes(c.col))) continue;
    for (let b = a + 1; b < rows.length; b++) {
      // The line's value cells, and a text cell right before its first (a `小计` written first under the group).
      const line = rows[b];
      const first = line.findIndex((c) => c.col >= 0 || c.group);
      const before = first > 1 && line[first - 1].tok.kind === 'text' && line[first - 1].col < 0 && !line[first - 1].group ? [line[first - 1]] : [];
      const leaves = [...before, ...valueCells(line)].filter((c) => c.tok.kind === 'text' || c.col >= 0);
      const cols = leaves.filter((c) => c.col >= 0).map((c) => c.col);
      if (cols.length !== ORG_LEAVES.length || new Set(cols).size !== cols.length || !cols.every((c) => ORG_LEAVES.includes(c))) continue;
      if (gEnd > g && gEnd - g + 1 !== leaves.length) break;
      // A group cell merged over its columns may instead be followed by empty cells (a pipe table from a merged
      // header: `法人或其他组织 |  |  | …`): they are its columns, not columns of their own.
      let merged = gEnd;
      while (merged + 1 < top.length && merged - g + 1 < leaves.length && top[merged + 1].tok.kind === 'blank') merged++;
      const cells = [...top.slice(0, g), ...leaves, ...top.slice(merged + 1)];
      if (!complete(cells)) break;
      return build(cells, rows[a]);
    }
  }
  // No complete header: one whose labels stand out of the template's order still says the positions are not it.
  for (const cells of rows) {
    if (reorderedLine(cells)) return { kind: 'unmapped', reordered: true, labels: valueCells(cells).filter((c) => c.col >= 0 || c.group).map((c) => c.tok.raw.trim()) };
  }
  return { kind: 'template' };
}

/** The number in a value token, or null (blank, a word). */
function numberOf(t: Token): number | null {
  return t.kind === 'value' ? readCell(t, { signed: false, decimal: false }).value : null;
}

/**
 * Whether 表三's rows (`rows`, each its value tokens) contradict a header order of its own (`order`, as in
 * `HeaderColumns`, every template column once): in at least two rows the last value is the sum of the six before
 * it (T3-C in the template's order) while the header's 总计 is not the sum of its applicant columns, and in no row
 * the header's order adds up where the template's does not. Rows of all-equal sums (zeros) say nothing.
 */
function rowsContradict(rows: Token[][], order: number[]): boolean {
  const width = 7;
  if (order.length !== width || new Set(order).size !== width || order.some((j) => j < 0 || j >= width)) return false;
  const at = (j: number) => order.indexOf(j);
  let templateOnly = 0, headerOnly = 0;
  for (const values of rows) {
    if (trimmedLength(values, width) !== width) continue;
    const v = values.slice(0, width).map(numberOf);
    if (v.some((x) => x === null)) continue;
    const n = v as number[];
    const byTemplate = n[6] === n.slice(0, 6).reduce((a, b) => a + b, 0);
    const byHeader = n[at(6)] === [0, 1, 2, 3, 4, 5].reduce((a, j) => a + n[at(j)], 0);
    if (byTemplate && !byHeader) templateOnly++;
    else if (byHeader && !byTemplate) headerOnly++;
  }
  return templateOnly >= 2 && headerOnly === 0;
}

/**
 * A header line before line `end` that names the template's columns twice (at least five of them two times: two
 * tables side by side, e.g. this year's beside last year's, under one header).
 */
function headerTwice(lts: LineTokens[], end: number, template: Table3Template): boolean {
  const keys = template.columns.map((c) => labelKey(c.label));
  for (const lt of lts) {
    if (lt.line >= end) break;
    const counts = keys.map(() => 0);
    for (const t of lt.tokens) {
      const j = t.kind === 'text' ? keys.indexOf(t.key) : -1;
      if (j >= 0) counts[j]++;
    }
    if (counts.filter((c) => c >= 2).length >= 5) return true;
  }
  return false;
}

/**
 * Cells of a 表三 header line (before line `end`) with exactly the template's seven value cells (after the corner
 * note) that do not name the column at their position: a label twice (the one off its own position), an empty cell,
 * a word that is no label and no misspelling of one (`合计`). Only for a pipe line that names at least four columns at
 * their own positions; the values are then read by position. Misspellings are `readColumns`' (column-label) already.
 */
function headerLabelIssues(lts: LineTokens[], end: number, template: Table3Template): HeaderLabelIssue[] {
  const keys = template.columns.map((c) => labelKey(c.label));
  // A grid table's header cell joined from its lines (pandoc: `申请人情况` over `自然人` in one cell, no border
  // between the header lines) opens with the template's group captions: the label is what follows them (helper-221 #12).
  const groups = template.headerGroups.map(labelKey);
  const withoutGroups = (key: string): string => {
    for (let k = key, cut = true; cut; ) {
      cut = false;
      for (const g of groups) if (k.startsWith(g) && k.length > g.length) { k = k.slice(g.length); cut = true; }
      if (keys.includes(k)) return k;
    }
    return key;
  };
  // Labels of the header lines above: an empty cell under one of them is a merged cell (`自然人` over two header
  // rows, pasted as a cell and an empty one below it), not a column without a label.
  const above = new Set<string>();
  // Whether a header line names any of the template's columns or group captions (or misspells a column): a line
  // without one of them that stands alone as the header is the table's header row with its labels gone.
  const names = (lt: LineTokens) => lt.tokens.some((t) => t.kind === 'text' && (keys.includes(withoutGroups(t.key)) || groups.some((g) => t.key.includes(g)) || misspelledColumn(t.key, keys, new Set()) >= 0));
  const header = lts.filter((lt) => lt.line < end && lt.tokens.length > 0);
  let prev: LineTokens | undefined;
  for (const lt of lts) {
    if (lt.line >= end) break;
    if (prev) for (const t of prev.tokens) if (t.kind === 'text') above.add(t.key);
    prev = lt;
    if (!lt.pipeRow) continue;
    // The only header line of the table with a cell for each column (others name no column either): its cells are
    // the columns' labels whatever they hold (blank, or numbers a paste wrote over the header), read by position.
    const alone = header.every((o) => o === lt || !names(o));
    let cells = lt.tokens.filter((t) => t.kind !== 'value' || alone);
    if (cells.length && (cells[0].kind !== 'text' || !keys.includes(cells[0].key))) cells = cells.slice(1);
    while (cells.length > keys.length && cells[cells.length - 1].kind === 'blank') cells = cells.slice(0, -1);
    if (cells.length !== keys.length) continue;
    const cols = cells.map((t) => (t.kind === 'text' ? keys.indexOf(withoutGroups(t.key)) : -1));
    // (A line naming no column at all is taken for the header only under the corner note's cell, where the header is.)
    const bare = alone && cells.every((t, p) => t.kind !== 'text' || cols[p] === p) && (cols.some((j) => j >= 0) || (lt.tokens[0]?.kind === 'text' && lt.tokens[0] !== cells[0]));
    if (cols.filter((j, p) => j === p).length < 4 && !bare) continue;
    const named = new Set(cols.filter((j) => j >= 0));
    const out: HeaderLabelIssue[] = [];
    cells.forEach((t, p) => {
      const j = cols[p];
      if (j === p) return;
      let kind: HeaderLabelIssue['kind'];
      if (j >= 0) {
        if (cols.filter((x) => x === j).length < 2) return; // a label once, off its place: an order, not a label
        kind = 'duplicate';
      } else if (t.kind === 'blank') {
        if (above.has(keys[p])) return;
        kind = 'blank';
      } else if (t.kind === 'value') {
        kind = 'number';
      } else {
        if (misspelledColumn(t.key, keys, named) >= 0) return;
        kind = 'other';
      }
      const c = template.columns[p];
      out.push({ kind, raw: t.raw, range: tokenRange(t), column: c.id, label: c.label, fix: !named.has(p) });
    });
    if (out.length) return out;
  }
  return [];
}

/**
 * Two tables side by side (a two-column page, a comparison of two years): the same row label (6+ characters)
 * in two text tokens of one line, numbers between them. Only lines with two such long tokens are looked at.
 */
function sideBySide(lts: LineTokens[], specs: RowSpec[]): boolean {
  for (const lt of lts) {
    let long = 0;
    for (const t of lt.tokens) if (t.kind === 'text' && t.key.length >= 6) long++;
    if (long < 2) continue;
    for (const s of specs) {
      if (s.key.length < 6) continue;
      // Numbers between the two (a label twice in cells side by side, `一、本年新收…⇥一、本年新收…⇥40⇥…`, is a merged
      // label cell unmerged with its text filled into both: one row; helper-221 #9).
      let n = 0, values = 0;
      for (const t of lt.tokens) {
        if (t.kind !== 'text') values++;
        else if (t.key.includes(s.key)) {
          if (n++ > 0 && values > 0) return true;
          values = 0;
        }
      }
    }
  }
  return false;
}

/**
 * Whether `t`, a header word of a line no pipes delimit (tab-separated, `pdftotext -layout`), is a whole cell that
 * may misspell a label: at least half of the other words of its line (`line`: how many words the header has on that
 * line and how many of them are labels of `knownKeys` whole), and at least one, are labels, so it is a line of header
 * cells (`信息内容  本年收费金额（单位：元）`), and the word is no part of a label or known word (`社会公益` above `组织`
 * is a label wrapped over two lines, not a misspelling of 社会公益组织). `t` itself is no label (the caller asks only
 * of words that are none).
 */
function wholeHeaderWord(t: Token, line: { words: number; labels: number }, knownKeys: Set<string>, unitStems: Set<string>): boolean {
  const labels = line.labels, others = line.words - 1;
  if (labels === 0 || labels * 2 < others) return false;
  // A label without its bracketed unit (`本年收费金额`) is part of that label, but a whole cell cut short, not half
  // of a wrapped one: a unit wrapped to the next line is in the joined header, and the label is then found whole.
  if (unitStems.has(t.key)) return true;
  for (const k of knownKeys) if (k.includes(t.key)) return false;
  return true;
}

/** A column label's bracketed unit at its end (`（单位：万元）`): what `readColumns` reads a header without. */
const LABEL_UNIT = /[（(][^（）()]*[）)]\s*$/;

function splitAtTabs(t: Token): Token[] {
  if (t.kind !== 'text' || t.pipe) return [t];
  const cells = gapCells(t);
  return cells.length > 1 ? cells : [t];
}

/**
 * Maps header cells to template column labels. A label counts as present when the header's text contains it
 * (a layout may split a header over lines); a header cell that is none of the known labels but within a few
 * edits of a label that is absent is that label misspelled: a cell a pipe row delimits, or a whole word of a
 * header line of another layout (see `wholeHeaderWord`); the lines of a header pasted one cell per line
 * (`cellRuns`, see `headerCellRuns`) count as one header line.
 */
function readColumns(header: Token[], columns: { id: string; label: string }[], known: string[], joined = keyOf(header), cellRuns: HeaderCellRun[] = []): ColumnModel[] {
  const knownKeys = new Set([...known, ...columns.map((c) => c.label)].map(labelKey));
  header = header.flatMap(splitAtTabs);
  // Words per header line and labels among them (a run of one-cell lines is one line), counted once: asking each
  // word about the others of its line was quadratic in a long header.
  const lineOf = (t: Token) => cellRuns.find((r) => t.line >= r.first && t.line <= r.last)?.first ?? t.line;
  const perLine = new Map<number, { words: number; labels: number }>();
  const lineOfWord = new Map<Token, { words: number; labels: number }>();
  for (const t of header) {
    const l = lineOf(t);
    let e = perLine.get(l);
    if (!e) perLine.set(l, (e = { words: 0, labels: 0 }));
    e.words++;
    if (knownKeys.has(t.key)) e.labels++;
    lineOfWord.set(t, e);
  }
  const unitStems = new Set(columns.filter((c) => LABEL_UNIT.test(c.label)).map((c) => labelKey(c.label.replace(LABEL_UNIT, ''))));
  const unknown = header.filter((t) => t.key.length >= 2 && !knownKeys.has(t.key) && (t.pipe || wholeHeaderWord(t, lineOfWord.get(t)!, knownKeys, unitStems)));
  const used = new Set<Token>();
  return columns.map((c) => {
    const key = labelKey(c.label);
    // Found in the joined header: as written when one header cell is the label (`其它` for 其他), else the template's.
    // (Or the cell that is the label with a bracketed unit after it, `采购总金额（万元）`: the unit is the table's, brk140 #2.)
    if (joined.includes(key)) return { id: c.id, label: c.label, match: { kind: 'exact', raw: (header.find((t) => t.key === key) ?? header.find((t) => t.key.startsWith(key) && LABEL_UNIT.test(t.raw.trim()) && labelKey(t.raw.trim().replace(LABEL_UNIT, '')) === key))?.raw.trim() ?? c.label, range: null, distance: 0 } };
    let best: Token | null = null, bestD = Infinity;
    for (const t of unknown) {
      if (used.has(t)) continue;
      const d = misspellingDistance(t.key, key);
      if (d < bestD) { bestD = d; best = t; }
    }
    if (best && nearEnough(bestD, key)) {
      used.add(best);
      const match: LabelMatch = { kind: 'misspelled', raw: best.raw, range: tokenRange(best), distance: bestD };
      // A grid cell wrapped over its row's lines: the fix writes each line's piece where it stands.
      if (best.parts) match.parts = best.parts.map((p) => ({ raw: p.raw, range: tokenRange(p) }));
      return { id: c.id, label: c.label, match };
    }
    // The label without its bracketed unit (`本年收费金额` for 本年收费金额（单位：万元）: brk89 #12): a header cut short.
    const stem = labelKey(c.label.replace(LABEL_UNIT, ''));
    const cut = stem !== key && stem.length >= 2 ? unknown.find((t) => !used.has(t) && t.key === stem && !t.parts) : undefined;
    if (cut) {
      used.add(cut);
      return { id: c.id, label: c.label, match: { kind: 'misspelled', raw: cut.raw.trim(), range: trimmedRange(cut), distance: key.length - stem.length } };
    }
    return { id: c.id, label: c.label, match: header.length ? { ...ABSENT, kind: 'positional' } : ABSENT };
  });
}

// ---------------------------------------------------------------------------------------------- 表四

/** Finds the lines of 表四: from its first header word (行政复议, 结果维持, spaced out or not) to the next section. */
export function findTable4(rd: TextReader, from: number, to: number, headingLines: Set<number>): LineSpan | null {
  let start = -1;
  for (let i = from; i < to; i++) {
    const t = rd.plain(i);
    if (headingLines.has(i)) {
      if (i > from) break;
      continue;
    }
    // Compared without white space (`行政　复议`, a label spaced out to align it; templates.md §0.2).
    const k = rd.key(i);
    // A long line only as a header row of cells (the header flattened onto one row: `| 行政复议结果维持 | … | 复议后起诉总计 |`,
    // tab-separated, or space-aligned: `行政复议结果维持  行政复议结果纠正  …`, its cells two spaces or more apart).
    const cellRow = /^\s*[|｜]|\t/.test(t) || (t.match(/\S(?: {2,}|\u3000+)(?=\S)/g)?.length ?? 0) >= 4;
    if (/行政复议|结果维持|结果纠正|复议后起诉/.test(k) && !t.includes('。') && (k.length <= 80 || cellRow)) { start = i; break; }
  }
  if (start < 0) return null;
  // Header rows right above, past a delimiter row or a row of empty cells, with a cell that is a group label or
  // within two edits of one: the first row when its 行政复议 is misspelled (`| 行政复审 | … | 行政诉讼 |`, or the
  // group labels one cell a line; brk120 #3), which column-label then reads.
  for (let i = start - 1, n = 0; i >= from && n < 4 && start - i <= 40 && !headingLines.has(i); i--) {
    const t = rd.plain(i);
    if (t.includes('。')) break;
    // (Cells between pipes or tabs, or two spaces or more apart: `pdftotext -layout`; a line of one cell, a copy of
    // the table one cell a line.)
    const cells = t.split(/[|｜\t]| {2,}|\u3000+/).map((c) => labelKey(c)).filter((c) => c && !/^[-:]+$/.test(c));
    if (!cells.length && /[|｜]/.test(t)) continue;
    n++;
    if (!cells.some((c) => T4_ALL_GROUP_LABELS.some((g) => Math.abs(c.length - g.length) <= 2 && editDistance(c, g) <= 2))) break;
    start = i;
  }
  let end = to;
  for (let i = start + 1; i < to; i++) if (headingLines.has(i)) { end = i; break; }
  return { start, end };
}

/**
 * Whether `line` is a row of cells delimited by tabs, each cell a number (`0\t1\t0`) or empty (`0\t\t1`: a blank
 * cell, which the tokenizer keeps, see `Token.tab`), at least three with a number among them: its cells are its
 * fields. A row with an empty field and more fields than `width` (its tabs doubled to align it, see
 * `fitTabFields`) is not: which field is which column cannot be told.
 */
function tabRow(line: string, width: number): boolean {
  const cells = line.trim().split('\t').map((c) => c.trim());
  if (cells.length < 3 || !cells.every((c) => c === '' || isValueText(c)) || cells.every((c) => c === '')) return false;
  return !cells.includes('') || cells.length <= width;
}

/** 表四's value cells: 3 groups × 5 leaves (结果维持, 结果纠正, 其他结果, 尚未审结, 总计), as `Table4Schema` requires of every template. */
export const T4_VALUES = 15;

/** Reads 表四: the 15 values (三 groups × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计), by its header's column labels where it names them. */
export function readTable4(rd: TextReader, span: LineSpan, template: Table4Template): TableModel {
  return rd.reading('t4', span.start, span.end, template, () => readT4(rd, span, template));
}

/** A cell of 表四's leaf header line: the leaf it names (index into the template's five), and how. */
interface LeafCell {
  tok: Token;
  leaf: number;
  misspelled: boolean;
  /** For a label wrapped over lines (see `joinWrappedHeader`): its parts, top to bottom; `tok` is them joined. */
  parts?: Token[];
  /**
   * The cell names no leaf, nor misspells one, nor says one in other words (`T4_LEAF_WORDS`: `维持原判` does): a word
   * of its own (`驳回`) taken as the leaf at its place, the group's other cells standing at theirs.
   */
  unlike?: boolean;
}

/** A header word read whole from the parts a narrow column wrapped over lines (see `joinWrappedHeader`). */
type WrappedWord = Token & { parts: Token[] };

/**
 * Header lines of a table aligned with spaces (`pdftotext -layout`) whose cells a narrow column wrapped over two
 * lines (`结果  结果  其他  尚未  总计` over `维持  纠正  结果  审结`): each word of the lower line joined to the word
 * of the upper line it stands under (their display columns overlap), so that the header is read by its labels
 * whole, as the template's. A misspelled label stays one (`结果` over `维待` is `结果维待`, one edit from
 * 结果维持), and is compared like any header word. The lines are joined only when every word of the lower line
 * stands under a word of its own above, that word is no label itself (`labels`, label keys; `总计` with nothing
 * under it stays as it is), and each joined word is a label or within `misspelledColumn`'s reach of one: a line of
 * other words (a group label, a unit note) is left as it is. The joined word keeps the upper part's place (`line`,
 * `start`, `end`) and lists its `parts`; the lower line is dropped. Other lines (pipe rows, prose) as they are.
 */
function joinWrappedHeader(lts: LineTokens[], lines: LineIndex, labels: string[]): LineTokens[] {
  const plain = (lt: LineTokens) => !lt.prose && !lt.pipeRow && !lt.html && lt.tokens.length > 0 && lt.tokens.every((t) => t.kind === 'text');
  const out: LineTokens[] = [];
  for (let i = 0; i < lts.length; i++) {
    const upper = lts[i], lower = lts[i + 1];
    const joined = lower && lower.line === upper.line + 1 && plain(upper) && plain(lower) ? joinWords(upper, lower, lines, labels) : null;
    out.push(joined ?? upper);
    if (joined) i++;
  }
  return out;
}

/**
 * 表三's header lines (`joinWrappedHeader`) as `pdftotext -layout` wraps them: `商业企  科研机  社会公益  法律服务` over
 * `业  构  组织  机构`, with a line between them that holds only labels of their own (`其他`, which pdftotext sets
 * half-way between the two lines) or nothing. Each lower word joined to the upper word it completes; the line
 * between stays.
 */
function joinWrappedT3Header(lts: LineTokens[], lines: LineIndex, labels: string[]): LineTokens[] {
  const plain = (lt: LineTokens) => !lt.prose && !lt.pipeRow && !lt.html && lt.tokens.length > 0 && lt.tokens.every((t) => t.kind === 'text');
  const onlyLabels = (lt: LineTokens) => !lt.tokens.length || (plain(lt) && lt.tokens.every((t) => labels.includes(t.key)));
  const out: LineTokens[] = [];
  const dropped = new Set<LineTokens>();
  for (let i = 0; i < lts.length; i++) {
    const upper = lts[i];
    if (dropped.has(upper)) continue;
    let joined: LineTokens | null = null;
    if (plain(upper)) {
      for (let k = i + 1; k < lts.length && lts[k].line - upper.line <= 2; k++) {
        const lower = lts[k];
        // (A line of whole labels is no lower half: `其他` under `法律服务` is not `法律服务其他`.)
        if (onlyLabels(lower)) continue;
        if (plain(lower) && (joined = joinWords(upper, lower, lines, labels))) dropped.add(lower);
        break;
      }
    }
    out.push(joined ?? upper);
  }
  return out;
}

/**
 * `upper` with the words of `lower` joined to the words they stand under, or null (see `joinWrappedHeader`). Where
 * the lines are not aligned (single spaces, as a web copy or pdftotext without `-layout` writes them: `结果 结果 其他
 * 尚未 总计 …` over `维持 纠正 结果 审结 …`), the words of `lower` are joined in order to the words of `upper` that are
 * no label on their own, when there are as many of each and every word so joined is a label (or misspells one).
 */
function joinWords(upper: LineTokens, lower: LineTokens, lines: LineIndex, labels: string[]): LineTokens | null {
  const above = upper.tokens.map((t) => displaySpan(lines, t));
  let under: Map<number, Token> | null = new Map<number, Token>();
  for (const b of lower.tokens) {
    const s = displaySpan(lines, b);
    const over = above.map((a, j) => (s.start < a.end && a.start < s.end ? j : -1)).filter((j) => j >= 0);
    if (over.length !== 1 || under.has(over[0])) { under = null; break; }
    under.set(over[0], b);
  }
  const joined = under ? joinedWords(upper, under, labels) : null;
  if (joined) return joined;
  const open = upper.tokens.map((a, j) => (labels.includes(a.key) ? -1 : j)).filter((j) => j >= 0);
  if (open.length !== lower.tokens.length) return null;
  return joinedWords(upper, new Map(open.map((j, k) => [j, lower.tokens[k]])), labels);
}

/** `upper` with the words `under` (by the index of the word of `upper` each completes) joined to it (see `joinWords`). */
function joinedWords(upper: LineTokens, under: Map<number, Token>, labels: string[]): LineTokens | null {
  const tokens: Token[] = upper.tokens.map((a, j) => {
    const b = under.get(j);
    if (!b) return a;
    const word: WrappedWord = { ...a, raw: a.raw + b.raw, key: a.key + b.key, parts: [a, b] };
    return word;
  });
  for (const [j] of under) {
    const a = upper.tokens[j], key = tokens[j].key;
    if (labels.includes(a.key) || (!labels.includes(key) && misspelledColumn(key, labels, new Set()) < 0)) return null;
  }
  return { ...upper, tokens };
}

/**
 * What 表四's header says of its value columns: `template` (its leaves in the template's order, or no line that
 * can be read as the leaves: then by position, as always); `mapped` (a line of 15 leaf labels, or 5 standing
 * for every group, in another order: `order` as in `HeaderColumns`); `conflict` (labels in another order than
 * the template's that cannot be mapped with confidence: the groups reordered, or a leaf line with cells that
 * name no leaf). `leaves`: the leaf line's cells, when it was read (for `column-label`).
 */
type T4Header =
  | { kind: 'template'; leaves: LeafCell[] | null }
  | { kind: 'mapped'; order: number[]; leaves: LeafCell[] }
  | { kind: 'missing'; missing: number[]; order: number[]; leaves: LeafCell[] }
  | { kind: 'short'; named: string[]; leaves: LeafCell[] }
  | { kind: 'conflict'; labels: string[] };

/**
 * Other words for 表四's leaves, by the template's label (templates.md §3.4): a header cell that holds one of them
 * and names no leaf as the template writes it (`合计` for 总计, `维持原判` for 结果维持, `纠正结果` for 结果纠正,
 * `其它` is 其他 already, see `labelKey`) says that leaf; a cell that holds words of two leaves says none.
 */
const T4_LEAF_WORDS: Record<string, RegExp> = { 结果维持: /维持/, 结果纠正: /纠正/, 其他结果: /其他/, 尚未审结: /未审结|未结/, 总计: /^(?:合计|小计|共计|总数)$/ };

/**
 * The leaf (index into `keys`, the template's five leaf keys in order) that header key `key` says in other words
 * (`T4_LEAF_WORDS`), or -1. A part of a leaf's label (`维持`, `审结`) says none: it may be half of a label a narrow
 * column wrapped over two lines (`结果` over `维持`) that was not read joined.
 */
function t4LeafWord(key: string, keys: string[]): number {
  if (T4_HEADER_GROUP_WORDS.some((k) => key.includes(k)) || isLeafPart(key, keys)) return -1;
  const hits = keys.map((k, j) => (T4_LEAF_WORDS[k]?.test(key) ? j : -1)).filter((j) => j >= 0);
  return hits.length === 1 ? hits[0] : -1;
}

/** Whether header key `key` is part of one of 表四's leaf labels (`keys`) but not all of it (`结果`, `维持`, `尚未`). */
function isLeafPart(key: string, keys: string[]): boolean {
  return keys.some((k) => k !== key && k.includes(key));
}

/**
 * 表四's group labels (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉: templates.md §3.4) that header words `header`
 * (`joined`: their keys together) do not hold but misspell (`行政复审`, `复议后诉讼`, `复议起诉`, `行政起诉`). A label's
 * misspelling is a header word within two edits of it and nearer to it than to any other label missing, that is no
 * label of the table (a group's or a leaf's, nor a leaf in other words or a part of one) and stands where the label
 * goes: after the labels the template puts before it, before those after it (in reading order: row by row, each
 * row left to right). Only when it is the one such word (a merged cell may repeat it: its first) and the header
 * holds another group label as the template writes it.
 */
function misspelledT4Groups(header: readonly Token[], template: Table4Template, joined: string): { label: string; tok: Token; distance: number }[] {
  const labels = [...new Set(template.groups.flatMap((g) => (g.parent ? [g.parent, g.label] : [g.label])))];
  const keys = labels.map(labelKey);
  const leaves = template.leaves.map(labelKey);
  const missing = keys.map((k, j) => (joined.includes(k) ? -1 : j)).filter((j) => j >= 0);
  if (!missing.length || missing.length === keys.length) return [];
  // Where each label found stands among the header's words (its first word holding it).
  const at = keys.map((k) => header.findIndex((t) => t.kind === 'text' && t.key.includes(k)));
  const out: { label: string; tok: Token; distance: number }[] = [];
  for (const j of missing) {
    const before = Math.max(-1, ...at.slice(0, j).filter((i) => i >= 0));
    const afterAll = at.slice(j + 1).filter((i) => i >= 0);
    const after = afterAll.length ? Math.min(...afterAll) : header.length;
    const found: { tok: Token; distance: number }[] = [];
    for (let i = before + 1; i < after; i++) {
      const tok = header[i];
      const key = tok.kind === 'text' ? tok.key : '';
      if (!key || Math.abs(key.length - keys[j].length) > 2 || keys.includes(key) || leaves.includes(key) || isLeafPart(key, leaves) || t4LeafWord(key, leaves) >= 0 || misspelledColumn(key, leaves, new Set()) >= 0) continue;
      const distance = editDistance(key, keys[j]);
      if (distance > 2 || missing.some((m) => m !== j && editDistance(key, keys[m]) <= distance)) continue;
      found.push({ tok, distance });
    }
    if (found.length && found.every((f) => f.tok.key === found[0].tok.key)) out.push({ label: labels[j], ...found[0] });
  }
  return out;
}

/** Keys that find 表四's three group labels in its header text (复议后起诉 holds 复议, 未经复议直接起诉 does not hold 行政复议). */
const T4_GROUP_KEYS = ['行政复议', '直接起诉', '复议后起诉'];
const T4_GROUP_LABELS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
/** 表四's group labels and 行政诉讼, which heads the two litigation groups (templates.md §3.4). */
const T4_ALL_GROUP_LABELS = [...T4_GROUP_LABELS, '行政诉讼'];
/** Words of 表四's group labels (行政诉讼 heads the two litigation groups): a header word holding one is no leaf. */
const T4_HEADER_GROUP_WORDS = [...T4_GROUP_KEYS, '行政诉讼'];

/**
 * Reads the leaf line of 表四's header among lines `lts` (those above its values): a line whose cells are 15
 * leaf labels (five per group) or 5 (one group's, standing for all three), each group's five in some order, a
 * misspelled label counting as the leaf it misspells (as `readColumns` judges it). The groups must stand in the
 * template's order (行政复议, 未经复议直接起诉, 复议后起诉) where the header names all three.
 */
function t4HeaderOrder(lts: LineTokens[], lines: LineIndex, template: Table4Template): T4Header {
  const keys = template.leaves.map(labelKey);
  lts = t4LeafRuns(joinWrappedHeader(lts, lines, keys), keys);
  // The leaf line: the line with the most leaf labels (at least 3); the lines above it name the groups.
  let best: LineTokens | null = null, most = 2;
  for (const lt of lts) {
    if (lt.prose) continue;
    let n = 0;
    for (const t of lt.tokens) if (t.kind === 'text' && keys.includes(t.key)) n++;
    if (n > most) { most = n; best = lt; }
  }
  let groupText = '';
  for (const lt of lts) {
    if (lt.prose || lt === best) continue;
    if (best && lt.line > best.line) break;
    for (const t of lt.tokens) if (t.kind === 'text') groupText += t.key;
  }
  if (!best) return { kind: 'template', leaves: null };
  let texts = best.tokens.filter((t) => t.kind === 'text');
  // The template's three-row header as a web page or Word copies it: 行政复议's five leaves beside the two 行政诉讼
  // group labels on one line, the ten leaves of those two groups on the line below. The five (the nearest line
  // above with words other than group labels) come first.
  if (texts.length === 10) {
    const leafLine = best.line;
    const above = lts.filter((lt) => !lt.prose && lt.line < leafLine)
      .map((lt) => lt.tokens.filter((t) => t.kind === 'text' && !T4_HEADER_GROUP_WORDS.some((k) => t.key.includes(k))))
      .reverse().find((ts) => ts.length > 0);
    if (above?.length === 5 && above.filter((t) => keys.includes(t.key)).length >= 3) texts = [...above, ...texts];
  }
  // A line of leaf labels: its cells by group of five.
  const labels = texts.map((t) => t.raw.trim());
  const outOfOrder = (cells: { leaf: number }[]) => cells.some((c, i) => i % 5 > 0 && c.leaf >= 0 && cells.slice(i - (i % 5), i).some((p) => p.leaf >= c.leaf));
  const groupsReordered = () => {
    const at = T4_GROUP_KEYS.map((k) => groupText.indexOf(k));
    return at.every((p) => p >= 0) && !(at[0] < at[1] && at[1] < at[2]);
  };
  // 14 leaves: a column deleted whole (its label and its value), when which one can be told.
  const missing = texts.length === T4_VALUES - 1 ? t4MissingLeaf(texts, keys) : null;
  if (missing) return groupsReordered() ? { kind: 'conflict', labels: T4_GROUP_KEYS.map((k, g) => ({ g, at: groupText.indexOf(k) })).sort((a, b) => a.at - b.at).map((x) => T4_GROUP_LABELS[x.g]) } : { kind: 'missing', ...missing, missing: [missing.missing] };
  // 10 leaves under a header that names two of the three groups: the third group's five columns deleted whole
  // (brk127 #6), when the two it names stand in the template's order, each with its five leaves.
  const lackingGroup = texts.length === T4_VALUES - keys.length ? t4MissingGroup(texts, keys, groupText) : null;
  if (lackingGroup) return { kind: 'missing', ...lackingGroup };
  // 10 leaves, two groups of five in the template's order, under a header that names fewer than two of the three
  // groups (`行政复议 | 行政诉讼` only, or none): a group is missing, but which one cannot be told (brk130 #8).
  if (texts.length === T4_VALUES - keys.length && T4_GROUP_KEYS.filter((k) => groupText.includes(k)).length < 2) {
    const inPlace = t4LeavesInPlace(texts, keys);
    if (inPlace) return { kind: 'short', named: T4_ALL_GROUP_LABELS.filter((l) => groupText.includes(labelKey(l))), leaves: inPlace };
  }
  if (texts.length !== 15 && texts.length !== 5) {
    const cells = texts.map((tok) => ({ leaf: keys.indexOf(tok.key) }));
    return texts.length % 5 === 0 && outOfOrder(cells) ? { kind: 'conflict', labels } : { kind: 'template', leaves: null };
  }
  const cells: LeafCell[] = texts.map((tok) => ({ tok, leaf: keys.indexOf(tok.key), misspelled: false, parts: (tok as Partial<WrappedWord>).parts }));
  for (let g = 0; g < texts.length; g += 5) {
    const group = cells.slice(g, g + 5);
    const taken = new Set(group.map((c) => c.leaf));
    for (const c of group) {
      if (c.leaf >= 0) continue;
      c.leaf = misspelledColumn(c.tok.key, keys, taken);
      c.misspelled = c.leaf >= 0;
      taken.add(c.leaf);
    }
    // A leaf said in other words (合计 for 总计, 纠正结果 for 结果纠正, brk88 #4), when the group does not name it.
    for (const c of group) {
      if (c.leaf >= 0) continue;
      const leaf = t4LeafWord(c.tok.key, keys);
      if (leaf < 0 || taken.has(leaf)) continue;
      c.leaf = leaf;
      c.misspelled = true;
      taken.add(leaf);
    }
    // Any other word (not a group's, nor part of a leaf's: half of a wrapped label) where the group's other cells
    // each stand at their own leaf's place: the leaf of its place (驳回 | 结果纠正 | …: 驳回 is 结果维持), as 表三's
    // header is read by position (column-label says it so: `LabelMatch.unlike`).
    if (group.every((c, i) => c.leaf < 0 || c.leaf === i)) {
      group.forEach((c, i) => {
        if (c.leaf >= 0 || T4_HEADER_GROUP_WORDS.some((k) => c.tok.key.includes(k)) || isLeafPart(c.tok.key, keys)) return;
        c.leaf = i;
        c.misspelled = c.unlike = true;
      });
    }
  }
  const permutation = cells.every((c, i) => c.leaf >= 0 && cells.slice(i - (i % 5), i).every((p) => p.leaf !== c.leaf));
  if (!permutation) return outOfOrder(cells) ? { kind: 'conflict', labels } : { kind: 'template', leaves: null };
  const identity = !outOfOrder(cells);
  if (groupsReordered()) return { kind: 'conflict', labels: [...T4_GROUP_KEYS.map((k, g) => ({ g, at: groupText.indexOf(k) })).sort((a, b) => a.at - b.at).map((x) => T4_GROUP_LABELS[x.g]), ...(identity ? [] : labels)] };
  if (identity) return { kind: 'template', leaves: cells };
  const order = [0, 1, 2].flatMap((g) => (cells.length === 15 ? cells.slice(g * 5, g * 5 + 5) : cells).map((c) => g * 5 + c.leaf));
  return { kind: 'mapped', order, leaves: cells };
}

/**
 * A leaf line of 14 cells (`texts`) that is the template's 15 leaves with one left out (a column deleted whole, as
 * its value with it, brk88 #2): the one leaf (index into the 15, group by group) whose leaving out puts under every
 * cell the leaf it names, misspells (as `misspelledColumn` judges it) or says in other words (`t4LeafWord`); the
 * cells' columns (`order`, index into the 15) and leaves. Null when no leaf or more than one does so. `keys`: the
 * template's five leaf keys.
 */
function t4MissingLeaf(texts: Token[], keys: string[]): { missing: number; order: number[]; leaves: LeafCell[] } | null {
  const fits = (tok: Token, leaf: number): 'exact' | 'misspelled' | null =>
    tok.key === keys[leaf] ? 'exact' : !keys.includes(tok.key) && (misspelledColumn(tok.key, keys, new Set()) === leaf || t4LeafWord(tok.key, keys) === leaf) ? 'misspelled' : null;
  let found: { missing: number; order: number[]; leaves: LeafCell[] } | null = null;
  for (let m = 0; m <= texts.length; m++) {
    const order = texts.map((_, i) => (i < m ? i : i + 1));
    const how = texts.map((tok, i) => fits(tok, order[i] % keys.length));
    if (how.some((h) => h === null)) continue;
    if (found) return null;
    found = { missing: m, order, leaves: texts.map((tok, i) => ({ tok, leaf: order[i] % keys.length, misspelled: how[i] === 'misspelled', parts: (tok as Partial<WrappedWord>).parts })) };
  }
  return found;
}

/**
 * A leaf line of 10 cells (`texts`) under a header whose group text (`groupText`, the keys of the lines above the
 * leaves) names two of 表四's three groups and not the third (a group's five columns deleted whole, header and
 * values: brk127 #6): the third group's five columns (index into the 15), the cells' columns and leaves. Each cell
 * must name, misspell or say in other words the leaf of its place in the template's order, and the two groups named
 * must stand in the template's order. Null otherwise (no group named, all three, or a leaf out of its place).
 */
function t4MissingGroup(texts: Token[], keys: string[], groupText: string): { missing: number[]; order: number[]; leaves: LeafCell[] } | null {
  const at = T4_GROUP_KEYS.map((k) => groupText.indexOf(k));
  const lost = at.flatMap((p, g) => (p < 0 ? [g] : []));
  if (lost.length !== 1) return null;
  const named = at.filter((p) => p >= 0);
  if (named[0] > named[1]) return null;
  const g = lost[0], n = keys.length;
  const order = texts.map((_, i) => (i < g * n ? i : i + n));
  const leaves = t4LeavesInPlace(texts, keys);
  return leaves ? { missing: Array.from({ length: n }, (_, k) => g * n + k), order, leaves } : null;
}

/**
 * Leaf cells `texts` each naming, misspelling or saying in other words the leaf of its place in the template's order
 * (group after group of `keys.length`): their leaves; null when one does not.
 */
function t4LeavesInPlace(texts: Token[], keys: string[]): LeafCell[] | null {
  const n = keys.length;
  const leaves: LeafCell[] = [];
  for (const [i, tok] of texts.entries()) {
    const leaf = i % n;
    const exact = tok.key === keys[leaf];
    if (!exact && (keys.includes(tok.key) || (misspelledColumn(tok.key, keys, new Set()) !== leaf && t4LeafWord(tok.key, keys) !== leaf))) return null;
    leaves.push({ tok, leaf, misspelled: !exact, parts: (tok as Partial<WrappedWord>).parts });
  }
  return leaves;
}

/**
 * 表四's header lines `lts` with each run of one-cell lines (a table pasted one cell a line, with or without its ` |`:
 * `headerCellRuns`) that holds leaf labels read as one line of them, as a pipe row's leaf line is (brk86 #4: the
 * leaves were read by position and a misspelled one was not said): the run's cells that name no group (行政复议,
 * 行政诉讼, 未经复议直接起诉, 复议后起诉: the header's upper rows, written between the leaves as the rows come) in
 * order, at the line of the last of them; the group labels stay lines of their own. `keys`: the leaves' label keys
 * (two pieces of one wrapped over two lines are joined). A run with fewer than three such cells is left as it is.
 */
function t4LeafRuns(lts: LineTokens[], keys: string[]): LineTokens[] {
  const runs = headerCellRuns(lts, Infinity, new Set(keys));
  const isGroup = (t: Token) => T4_HEADER_GROUP_WORDS.some((k) => t.key.includes(k));
  let out = lts;
  for (const r of runs) {
    const leaves = r.cells.filter((t) => !isGroup(t));
    if (leaves.length < 3) continue;
    const at = leaves[leaves.length - 1].line;
    const merged: LineTokens = { line: at, tokens: leaves, pipeRow: false, values: 0, prose: false };
    const inRun = (lt: LineTokens) => lt.line >= r.first && lt.line <= r.last && lt.tokens.length === 1 && lt.tokens[0].kind === 'text' && !isGroup(lt.tokens[0]);
    out = [...out.filter((lt) => !inRun(lt)), merged].sort((a, b) => a.line - b.line);
  }
  return out;
}

/**
 * A pipe row's cells (words, blanks, numbers), past any blanks beyond 表四's 15 (a wider pasted row's). A word after
 * a number is read as a value cell (see `tokenizeLine`: a row's cells from its first number on are its values): in
 * a header row it is a word again (`| 结果维持 | 0 | 其他结果 | … |`).
 */
function t4PipeCells(lt: LineTokens): Token[] {
  let cells = lt.tokens.filter((t) => t.kind === 'text' || t.kind === 'blank' || t.kind === 'value')
    .map((t) => (t.kind === 'value' && !isValueText(t.raw.trim()) ? { ...t, kind: 'text' as const, key: labelKey(t.raw) } : t));
  while (cells.length > T4_VALUES && cells[cells.length - 1].kind === 'blank') cells = cells.slice(0, -1);
  return cells;
}

/**
 * Whether header cell `t` at value column `p` (0–14) names the leaf of its place: its label (`keys`, the five leaf
 * keys), a one-row header's compound name ending in it (`行政复议结果维持`), or a misspelling or other words of it (as
 * `t4LeavesInPlace` judges). A leaf out of its place does not.
 */
function namesT4LeafAt(t: Token, p: number, keys: string[]): boolean {
  const leaf = p % keys.length;
  return t.kind === 'text' && (t.key === keys[leaf] || (t.key.length > keys[leaf].length && t.key.endsWith(keys[leaf]))
    || (!keys.includes(t.key) && (misspelledColumn(t.key, keys, new Set()) === leaf || t4LeafWord(t.key, keys) === leaf)));
}

/**
 * Whether 表四's header lines `lts` name one of its groups (行政复议, 行政诉讼, 直接起诉, 复议后起诉) in a cell. A pipe
 * row's cells as `t4PipeCells` reads them: words after a first number (`| 2 | 行政复议结果纠正 | … |`) name it too.
 */
function namesT4Group(lts: LineTokens[]): boolean {
  return lts.some((lt) => !lt.prose && (lt.pipeRow ? t4PipeCells(lt) : lt.tokens).some((t) => t.kind === 'text' && T4_HEADER_GROUP_WORDS.some((k) => t.key.includes(k))));
}

/**
 * 表四's leaf header row written over with numbers, whole or in part (`| 0 | 0 | … |` pasted over the labels): the
 * first line of `lts` with a number (`first`), a pipe row (or a line of tab fields) of one cell per value column, or
 * the web copy's third row of ten under 行政复议's five leaves (`t4WebLeafRow`), each a number, a blank or its place's
 * leaf (`namesT4LeafAt`), under header lines that name the groups (or in its own compound names) and no leaves (no
 * leaf line above it, of short names or compound ones), with a row of 15 cells, numbers and blanks only, next: that
 * line, with the web copy's second row before it when 行政复议's leaves there are numbers too. Its numbers stand where the labels go (column-label says
 * so): the row below holds the values. Empty otherwise (two rows of numbers under a leaf line are two rows of values,
 * see `valuesAfter`).
 */
function t4OverwrittenHeader(lts: LineTokens[], first: number, keys: string[]): LineTokens[] {
  const lt = lts[first];
  if (!lt || !(lt.pipeRow || fieldsRow(lt))) return [];
  // The web copy's second row with 行政复议's five leaves written over too (`2 0 1 0 3 未经复议直接起诉 复议后起诉`):
  // it and the third row are the header.
  const third = lts.slice(first + 1).find((o) => o.tokens.length > 0);
  if (third && (third.pipeRow || fieldsRow(third)) && t4WebLeafRow(t4PipeCells(third), t4PipeCells(lt), keys)) {
    const rest = t4OverwrittenHeader(lts, lts.indexOf(third), keys);
    return rest.length === 1 && rest[0] === third ? [lt, third] : [];
  }
  let above = lts.slice(0, first);
  // The web copy's last header row holds the litigation groups' ten leaves alone (行政复议's five stand on the row
  // above, beside the two groups' names): with the row above, it is 15 cells; that row is no leaf line of 15.
  const prev = above.filter((o) => o.tokens.length > 0).pop();
  const web = prev ? t4WebLeafRow(t4PipeCells(lt), t4PipeCells(prev), keys) : null;
  const cells = web ?? t4PipeCells(lt);
  if (cells.length !== T4_VALUES || !cells.every((t, p) => t.kind !== 'text' || namesT4LeafAt(t, p, keys))) return [];
  if (web) above = above.filter((o) => o !== prev);
  // The groups named above it, or in its own cells (a one-row header's compound names: `行政复议结果纠正`). A leaf
  // line above, short names or a one-row header's compound ones, is the header whole: the number rows below it are
  // values, a second one the first written twice (brk187 #7: 15 numbers were said over its compound names).
  const leafLine = (o: LineTokens) => !o.prose && o.tokens.filter((t) => t.kind === 'text' && keys.some((k) => t.key === k || t.key.endsWith(k))).length >= 3;
  if (!namesT4Group([...above, lt, ...(prev && web ? [prev] : [])]) || above.some(leafLine)) return [];
  const next = lts.slice(first + 1).find((o) => o.tokens.length > 0);
  if (!next || !(next.pipeRow || fieldsRow(next))) return [];
  const row = t4PipeCells(next);
  return row.length === T4_VALUES && row.every((t) => t.kind !== 'text') && row.some((t) => t.kind === 'value') ? [lt] : [];
}

/** Whether `lt` is a line of tab fields or space-aligned columns (a Word copy): no prose, two cells or more, all on its line. */
function fieldsRow(lt: LineTokens): boolean {
  return !lt.prose && !lt.pipeRow && lt.tokens.length >= 2 && lt.tokens.every((t) => t.line === lt.line);
}

/**
 * 表四's header as a web page or Word copy writes its three rows (templates.md §3.4): the second row holds 行政复议's
 * five leaves (spanning two rows) and the names 未经复议直接起诉, 复议后起诉; the third the litigation groups' ten leaves
 * alone. `row`: the cells of a third row (ten: leaves, blanks or numbers); `above`: the second row's. The 15 cells of
 * the leaf line so read (行政复议's five from `above`), or null when the rows are not so.
 */
function t4WebLeafRow(row: Token[], above: Token[], keys: string[]): Token[] | null {
  const n = keys.length;
  if (row.length !== 2 * n || above.length !== n + 2) return null;
  // (行政复议's leaves may be written over there too.)
  if (!above.slice(0, n).every((t, p) => t.kind !== 'text' || namesT4LeafAt(t, p, keys))) return null;
  const [direct, review] = above.slice(n);
  if (direct.kind !== 'text' || !direct.key.includes(T4_GROUP_KEYS[1]) || review.kind !== 'text' || !review.key.includes(T4_GROUP_KEYS[2])) return null;
  return [...above.slice(0, n), ...row];
}

/**
 * 表四's leaf header row with labels gone (left blank, any number of them, all 15 too, or written over with numbers:
 * `t4OverwrittenHeader`): the last pipe row above the values (`header`: the table's lines above its first value
 * line), or the web copy's third row under 行政复议's five leaves (HTML or tab fields: `t4WebLeafRow`),
 * one cell per value column, each its place's leaf (`namesT4LeafAt`), blank or a number, under a header that
 * names the groups. Each blank or number is reported by its position, a blank fixed to its leaf's label (a number
 * never: it may be one of the table's); a misspelled leaf beside them at its own place. A blank under a cell that
 * holds its column's leaf on a header row above is a merged cell (行政复议's leaves on the group line), not a label gone.
 */
function t4HeaderLabelIssues(header: LineTokens[], lines: LineIndex, template: Table4Template): HeaderLabelIssue[] {
  const keys = template.leaves.map(labelKey);
  // A row of empty cells only (`| | … |`) is read as no cells at all (see `tokenizeLine`): its blanks by its pipes.
  const bare = (lt: LineTokens) => !lt.tokens.length && /^\s*[|｜](?:[ \u3000]+[|｜]){2,}\s*$/.test(lines.line(lt.line));
  // A Word copy's line of tab fields is a row too (its blanks are empty fields: `tabFieldCells`).
  const tabs = (lt: LineTokens) => tabFieldCells(lt, lines).length > 1;
  const rows = header.filter((lt) => (lt.pipeRow && !lt.prose) || bare(lt) || tabs(lt));
  const cellsOf = (lt: LineTokens) => (bare(lt) ? blankPipeCells(lt.line, lines.line(lt.line)) : tabs(lt) ? tabFieldCells(lt, lines) : t4PipeCells(lt));
  // The web copy's three rows (HTML rows or tab fields): its last row's ten cells under the row of 行政复议's leaves.
  const [prev, last] = header.filter((lt) => lt.tokens.length > 0 && !lt.prose).slice(-2);
  // (As tab fields, its ten with the merged five before them left empty or not written.)
  const web = prev && last ? t4WebLeafRow(t4PipeCells(last), t4PipeCells(prev), keys) ?? t4WebLeafRow(tabLeafCells(last, lines), t4PipeCells(prev), keys)
    ?? t4WebLeafRow(tabFieldCells(last, lines), t4PipeCells(prev), keys) : null;
  const row = web ? last : rows[rows.length - 1];
  if (!row) return [];
  const cells = web ?? cellsOf(row);
  if (cells.length !== T4_VALUES || cells.every((t) => t.kind === 'text')) return [];
  // (A word out of its place makes it no leaf row: not said here.)
  if (cells.some((t, p) => t.kind === 'text' && !namesT4LeafAt(t, p, keys))) return [];
  // Only under the groups' names (on the rows above or in the row's own cells): else the row may be no header.
  if (!namesT4Group(header)) return [];
  const above = rows.slice(0, -1).map(cellsOf);
  const n = keys.length;
  // A one-row header names each column group and leaf together (`行政复议结果维持`): a blank's label is its group's
  // as the row writes it in the group's other cells (none there: said, not fixed).
  const prefix = (g: number) => {
    for (const t of cells.slice(g * n, g * n + n)) {
      const leaf = template.leaves.find((l) => t.raw.trim().endsWith(l));
      if (t.kind === 'text' && leaf && t.raw.trim() !== leaf) return t.raw.trim().slice(0, -leaf.length);
    }
    return cells.some((t, p) => t.kind === 'text' && t.key !== keys[p % n] && t.key.endsWith(keys[p % n])) ? null : '';
  };
  const out: HeaderLabelIssue[] = [];
  cells.forEach((t, p) => {
    const g = Math.floor(p / n), leaf = p % n, group = template.groups[g];
    const at = { column: `${group.id}.${leaf + 1}`, block: { heading: group.parent ? `${group.parent}（${group.label}）` : group.label, of: [] } };
    // A leaf misspelled or in other words beside the gaps, compared at its own place (the leaf line of 15 labels
    // is read so in `t4HeaderOrder`, not this one).
    if (t.kind === 'text') {
      if (t.key !== keys[leaf] && !t.key.endsWith(keys[leaf])) out.push({ kind: 'misspelled', raw: t.raw.trim(), range: trimmedRange(t), label: template.leaves[leaf], fix: true, ...at });
      return;
    }
    const before = prefix(g);
    if (t.kind === 'value') {
      out.push({ kind: 'number', raw: t.raw.trim(), range: trimmedRange(t), label: (before ?? '') + template.leaves[leaf], fix: false, ...at });
      return;
    }
    if (above.some((cs) => cs.length === T4_VALUES && namesT4LeafAt(cs[p], p, keys))) return;
    out.push({ kind: 'blank', raw: '', range: tokenRange(t), label: (before ?? '') + template.leaves[leaf], fix: before !== null, ...at });
  });
  return out;
}

/**
 * A Word copy's line of tab fields (`结果维持⇥结果纠正⇥⇥尚未审结⇥…`) as cells, empty fields kept (its tokens have none):
 * each a word, a number or a blank at its place, blanks past 表四's 15 left off. Empty when `lt` is no such line.
 */
function tabFieldCells(lt: LineTokens, lines: LineIndex): Token[] {
  const text = lines.line(lt.line);
  if (lt.pipeRow || lt.html || lt.prose || !text.includes('\t')) return [];
  const cells: Token[] = [];
  let at = 0;
  for (const field of text.split('\t')) {
    const lead = field.length - field.trimStart().length, raw = field.trim();
    const start = raw ? at + lead : at;
    const kind = !raw ? 'blank' as const : isValueText(raw) ? 'value' as const : 'text' as const;
    cells.push({ kind, raw, key: kind === 'text' ? labelKey(raw) : '', line: lt.line, start, end: start + raw.length, pipe: false });
    at += field.length + 1;
  }
  while (cells.length > T4_VALUES && cells[cells.length - 1].kind === 'blank') cells.pop();
  return cells;
}

/**
 * The web copy's third header row of 表四 as a Word copy's tab fields (`⇥⇥⇥⇥⇥结果维持⇥⇥其他结果⇥…`, `tabFieldCells`):
 * the ten past the five empty ones merged under 行政复议's leaves. Empty when `lt` is no such line.
 */
function tabLeafCells(lt: LineTokens, lines: LineIndex): Token[] {
  const cells = tabFieldCells(lt, lines);
  return cells.length === T4_VALUES && cells.slice(0, 5).every((t) => t.kind === 'blank') ? cells.slice(5) : [];
}

/** The blank cells of pipe row `text` (line `line`) whose cells are all empty, each at its cell's middle as `tokenizeLine` puts one. */
function blankPipeCells(line: number, text: string): Token[] {
  const pipes = [...text.matchAll(/[|｜]/g)].map((m) => m.index);
  return pipes.slice(1).map((e, k) => {
    const at = pipes[k] + 1 + Math.floor((e - pipes[k] - 1) / 2);
    return { kind: 'blank' as const, raw: '', key: '', line, start: at, end: at, pipe: true };
  });
}

function readT4(rd: TextReader, span: LineSpan, template: Table4Template): TableModel {
  const lines = rd.lines;
  // The first number glued to the header's last label (`总计2`, the line break between the header and the values
  // lost: `…⇥尚未审结⇥总计2⇥0⇥…`, or one cell a line) is the first value, when the other 14 follow it.
  const leaves = template.leaves.map(labelKey);
  const lts = splitGluedValues(dropT4RowNumbers(dropRowNumberColumn(rd.tokens(span.start, span.end)), T4_VALUES), (key) => (leaves.some((l) => key.endsWith(l)) ? T4_VALUES : undefined), rd.lines);
  const values: Token[] = [];
  const header: Token[] = [];
  const valueLines: LineTokens[] = [];
  // The values of the one row that holds them all, past any 15th (a clean table's row with too many).
  let rowCount = 0;
  let end = span.start;
  // A table pasted one cell a line writes its merged header's empty cells as lines of their own (` |`): those before
  // the header's last label are header cells, not values (helper-219 #5, helper-217 #4: 表四 was read as 15 blanks).
  const firstValue = lts.findIndex((lt) => !lt.prose && lt.tokens.some((t) => t.kind === 'value'));
  let lastLabel = -1;
  for (let i = 0; i < (firstValue < 0 ? lts.length : firstValue); i++) if (!lts[i].prose && lts[i].tokens.some((t) => t.kind === 'text')) lastLabel = i;
  const headerBlank = (lt: LineTokens, i: number) => i < lastLabel && lt.tokens.length === 1 && lt.tokens[0].kind === 'blank';
  // The leaf header row written over with numbers (the values are on the row below): header cells, not values.
  const overwritten = t4OverwrittenHeader(lts, firstValue, leaves);
  for (const [i, lt] of lts.entries()) {
    if (values.length >= T4_VALUES) break;
    if (lt.prose) { if (values.length) break; continue; }
    if (headerBlank(lt, i)) continue;
    if (overwritten.includes(lt)) { if (!values.length) header.push(...lt.tokens.filter((t) => t.kind === 'text')); continue; }
    // Header rows (with words) may have empty cells for merged headers: those are not value cells.
    const hasText = lt.tokens.some((t) => t.kind === 'text');
    let rowVals = fitTabFields(lt.tokens.filter((t) => t.kind === 'value' || (t.kind === 'blank' && !hasText)), T4_VALUES - values.length);
    // Trailing blanks of a wider pasted row are not cells.
    while (rowVals.length && rowVals[rowVals.length - 1].kind === 'blank' && values.length + rowVals.length > T4_VALUES) rowVals = rowVals.slice(0, -1);
    for (const t of lt.tokens) if (t.kind === 'text' && !values.length) header.push(t);
    if (rowVals.some((t) => t.kind === 'value')) {
      valueLines.push(lt);
      // Cells past the 15th count only when they are numbers (not a sentence pasted onto the row's end).
      rowCount = Math.min(rowVals.length, T4_VALUES);
      while (rowCount < rowVals.length && /^[\d０-９.,，]+$/.test(rowVals[rowCount].raw.trim())) rowCount++;
    }
    values.push(...rowVals.slice(0, T4_VALUES - values.length));
    if (rowVals.length) end = lt.line + 1;
  }
  const extraValueRows = values.length >= T4_VALUES ? valuesAfter(lts, end) : [];
  const firstValueLine = valueLines.length ? valueLines[0].line : span.end;
  const heading = t4HeaderOrder(lts.filter((lt) => lt.line < firstValueLine), lines, template);
  const layout = layoutOf(lts, lines);
  // A clean table: one pipe (or HTML) row, or one line of cells its tabs delimit (a Word or spreadsheet copy, where
  // an empty cell is a tab of its own), holds every value under a leaf line that was read. Its row is checked for
  // its number of cells (cell-count) instead of being called unreadable: which cells the row has can be told.
  const only = valueLines.length === 1 ? valueLines[0] : null;
  // So is a table pasted one cell a line whose numbers stand one a line to the table's end (brk184 #4: 14 numbers
  // were unreadable there, a cell-count error as a pipe or tab row): its cells can be told as well.
  const cellLines = oneCellLines(lts, values, end);
  const oneRow = cellLines || (only !== null && (only.pipeRow ? layout === 'pipe' || layout === 'html' : tabRow(lines.line(only.line), T4_VALUES)));
  // Numbers one a line right after the 15th, fewer than a row's worth (five or more are a second row:
  // extraValueRows), are cells past the 15th, as a pipe row's are.
  if (cellLines && values.length === T4_VALUES && !extraValueRows.length) rowCount = T4_VALUES + numberLinesAfter(lts, end);
  // A header lacking one leaf, or a whole group's five, is taken when the values lack as many (else they were read
  // as before: by position).
  const lacking = heading.kind === 'missing' && values.length === T4_VALUES - heading.missing.length ? heading : null;
  // A header of two groups' leaves that does not say which group is missing, over as many values: the row is short
  // by a group (cell-count says so), not unreadable; which column each number is in cannot be told.
  const short = heading.kind === 'short' && values.length === heading.leaves.length ? heading : null;
  const clean = (heading.kind === 'mapped' || lacking !== null || (heading.kind === 'template' && heading.leaves !== null)) && oneRow;
  const cols = template.groups.flatMap((g) => template.leaves.map((l, i) => ({ id: `${g.id}.${i + 1}`, label: `${g.parent ? g.parent + '/' : ''}${g.label}/${l}`, kind: 'count' as const })));
  let conflict: string[] | null = heading.kind === 'conflict' ? heading.labels : null;
  let columnsOf: HeaderColumns | undefined;
  if (heading.kind === 'mapped') {
    // The header's order is taken only when the values bear it out: all 15, or a clean row.
    if (values.length === T4_VALUES || clean) {
      const first = tokenRange(heading.leaves[0].tok), last = tokenRange(heading.leaves[heading.leaves.length - 1].tok);
      columnsOf = { order: heading.order, extra: [], range: { start: first.start, end: last.end } };
    } else conflict = heading.leaves.map((c) => c.tok.raw.trim());
  }
  if (lacking) {
    // Read by the header's names: the other columns in theirs, the missing ones without a cell (cell-count says so).
    const first = tokenRange(lacking.leaves[0].tok), last = tokenRange(lacking.leaves[lacking.leaves.length - 1].tok);
    columnsOf = { order: lacking.order, extra: [], range: { start: first.start, end: last.end }, missing: lacking.missing };
  }
  // A pipe row whose first cell was lost, its numbers one cell left and its last cell empty (helper-204 #4): read one
  // cell right when only that reading makes the second and third groups add up (their 总计 the sum of their four
  // results) and the first group's lost result is then its 总计 less its other three, not below 0.
  const shifted = !columnsOf && only?.pipeRow && layout === 'pipe' ? t4ShiftedRight(values, lines) : null;
  const read = shifted ?? values;
  const { cells } = columnsOf ? cellsByHeader(read, cols, columnsOf.order) : cellsOf(read, cols);
  const joined = keyOf(header);
  const columns: ColumnModel[] = template.groups.map((g) => ({
    id: g.id, label: g.label,
    match: joined.includes(labelKey(g.label)) ? { kind: 'exact', raw: g.label, range: null, distance: 0 } : { ...ABSENT, kind: header.length ? 'positional' : 'absent' },
  }));
  // The group labels the header misspells (`行政复审`, `复议后诉讼`), for column-label (brk120 #3); 行政诉讼, heading
  // the two litigation groups, as a column of its own.
  for (const typo of misspelledT4Groups(header, template, joined)) {
    const match: LabelMatch = { kind: 'misspelled', raw: typo.tok.raw.trim(), range: trimmedRange(typo.tok), distance: typo.distance };
    const group = template.groups.find((g) => g.label === typo.label);
    if (group) columns[template.groups.indexOf(group)].match = match;
    else columns.push({ id: template.groups.filter((g) => g.parent === typo.label).map((g) => g.id).join('+'), label: typo.label, match });
  }
  // The leaf labels as the leaf line names them (a misspelling where it has one), for column-label.
  if (heading.kind === 'template' || heading.kind === 'mapped' || lacking) {
    const leafCells = lacking?.leaves ?? (heading.kind === 'template' || heading.kind === 'mapped' ? heading.leaves ?? [] : []);
    leafCells.forEach((c, i) => {
      if (!c.misspelled) return;
      const label = template.leaves[c.leaf];
      const match: LabelMatch = { kind: 'misspelled', raw: c.tok.raw, range: tokenRange(c.tok), distance: editDistance(c.tok.key, labelKey(label)) };
      if (c.parts) match.parts = c.parts.map((p) => ({ raw: p.raw, range: tokenRange(p) }));
      if (c.unlike) match.unlike = true;
      const group = Math.floor((lacking ? lacking.order[i] : i) / 5);
      columns.push({ id: `${template.groups[group].id}.${c.leaf + 1}`, label, match });
    });
  }
  const cellCount = clean && values.length === T4_VALUES ? Math.max(T4_VALUES, rowCount) : values.length;
  const row: RowModel = withValueInLabel({
    id: 'T4', label: '行政复议、行政诉讼', match: { kind: 'exact', raw: '', range: values.length ? tokenRange(values[0]) : null, distance: 0 }, cells, cellCount,
  }, read);
  const table: TableModel = {
    id: 't4', name: template.name, range: spanRange(lines, { start: span.start, end: Math.max(end, span.start + 1) }), layout, rows: [row], columns,
  };
  if (columnsOf) table.header = columnsOf;
  if (extraValueRows.length) table.extraValueRows = extraValueRows;
  // Leaf labels left blank (brk-fixE1), for column-label.
  const labelIssues = t4HeaderLabelIssues(lts.filter((lt) => lt.line < firstValueLine), lines, template);
  if (labelIssues.length) table.headerLabels = labelIssues;
  if (short) {
    const first = tokenRange(short.leaves[0].tok), last = tokenRange(short.leaves[short.leaves.length - 1].tok);
    table.groupUnnamed = { range: { start: first.start, end: last.end }, named: short.named };
  }
  if (conflict && values.length) {
    table.broken = {
      zh: `表四表头的列顺序与格式不同（${conflict.join('、')}），无法确定每个数属于哪一列，未做勾稽检查`,
      en: `the header of 表四 orders its columns differently from the template (${conflict.join(', ')}) in a way that cannot be mapped with confidence; which number belongs to which column cannot be told, so the sums were not checked`,
    };
  } else if (values.length > 0 && values.length < T4_VALUES && !clean && !lacking && !short) {
    table.broken = { zh: `表四只读出 ${values.length} 个数（应为 ${T4_VALUES} 个），表格可能不完整`, en: `Only ${values.length} of the ${T4_VALUES} numbers of 表四 could be read; the table may be cut off` };
  }
  return table;
}

/**
 * Whether 表四's cells `values` (read from `lts`, up to line `end`) were pasted one cell a line: each on a line of its
 * own with no words, at least five of them, and no number after them before the table's words or prose go on (a
 * table cut off mid-row and pasted on elsewhere is not one row).
 */
function oneCellLines(lts: readonly LineTokens[], values: readonly Token[], end: number): boolean {
  if (values.length < 5) return false;
  const lineOf = new Map(lts.map((lt) => [lt.line, lt]));
  const own = values.every((v) => {
    const lt = lineOf.get(v.line);
    return lt !== undefined && !lt.pipeRow && lt.tokens.length === 1 && lt.tokens[0] === v;
  });
  return own && new Set(values.map((v) => v.line)).size === values.length && (values.length === T4_VALUES || !lts.some((lt) => lt.line >= end && !lt.prose && lt.tokens.some((t) => t.kind === 'value')));
}

/**
 * How many lines of one number each follow line `from - 1` without a gap (a page number stands apart, after an
 * empty line); 0 when five or more do (a second row, `valuesAfter`).
 */
function numberLinesAfter(lts: readonly LineTokens[], from: number): number {
  let n = 0;
  for (const lt of lts) {
    if (lt.line < from) continue;
    if (lt.line !== from + n || lt.tokens.length !== 1 || lt.tokens[0].kind !== 'value' || !/^[\d０-９.,，]+$/.test(lt.tokens[0].raw.trim().replace(/\s*\|$/, ''))) break;
    n++;
  }
  return n < 5 ? n : 0;
}

/**
 * 表四's numbers on the lines from `from` on (after its value row) up to the next line with words or prose: each
 * pipe or tab row of numbers a row of its own, numbers one a line (a table pasted one cell a line) taken together;
 * only groups of five numbers or more (a row's worth of a group), so that a page number or a stray figure is not one
 * (`TableModel.extraValueRows`, brk86 #1: a second row under the first, with its own wrong 总计, was silently left).
 */
function valuesAfter(lts: readonly LineTokens[], from: number): NonNullable<TableModel['extraValueRows']> {
  const out: NonNullable<TableModel['extraValueRows']> = [];
  let run: Token[] = [];
  const flush = () => {
    const vals = run.filter((t) => t.kind === 'value');
    if (vals.length >= 5) {
      const first = tokenRange(run[0]), last = tokenRange(run[run.length - 1]);
      out.push({ range: { start: first.start, end: last.end }, values: run.map((t) => (t.kind === 'value' ? tokenNumbers([t])?.[0] ?? null : null)) });
    }
    run = [];
  };
  for (const lt of lts) {
    if (lt.line < from) continue;
    if (lt.prose || lt.tokens.some((t) => t.kind === 'text')) break;
    const cells = lt.tokens.filter((t) => t.kind === 'value' || t.kind === 'blank');
    if (!cells.length) continue;
    // A row of its own (two or more cells on the line) ends the run before it and is one.
    if (cells.length > 1) {
      flush();
      run = cells;
      flush();
    } else run.push(cells[0]);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------- 表二

/** Finds the lines of 表二: from the first `第二十条第（…）项` or `信息内容` line to `to`. */
export function findTable2(rd: TextReader, from: number, to: number): LineSpan | null {
  for (let i = from; i < to; i++) {
    // (By its simplified form: `第二十條第（一）項` pasted in traditional characters opens 表二 too.)
    const k = rd.key(i);
    if (k.length < 60 && /第二十条第\([一二三四五六七八九十]+\)项|^\|?信息内容/.test(simplifiedChars(k))) return { start: i, end: to };
  }
  return null;
}

/**
 * A 表二 row label's key without a local note in brackets after it (templates.md §0.3: `行政许可（含审批服务事项）`,
 * `规章（设区的市、自治州人民政府应提供相关数据）`): the label before the bracket when that is a row label of `known`
 * or of any format, else `key` as it is. Only a bracket right after a whole label: 表二's labels are short, so a
 * label merely inside a cell is not that row.
 */
function withoutNote(key: string, known: ReadonlySet<string>): string {
  const at = key.indexOf('(');
  if (at <= 0 || known.has(key)) return key;
  const label = key.slice(0, at);
  return known.has(label) || TABLE2_ROW_LABELS.includes(label) ? label : key;
}

/** Row labels of 表二 in every format, to recognise a row of another format as such. */
export const TABLE2_ROW_LABELS = ['规章', '规范性文件', '行政规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购'];

/** The format labels (signatures) of every template. */
const FORMAT_LABELS = TEMPLATES.flatMap((t) => t.signatures);

/** A row of 表二 in the text whose label belongs to no row of the report's format (e.g. 2019 `规范性文件`). */
export interface ForeignRow {
  label: string;
  range: Range;
  cells: Cell[];
}

/**
 * Reads 表二 by its row labels (rows are few and distinct; some layouts scatter the blocks out of order).
 * Header cells between a block heading and its first row are that block's column labels.
 */
export function readTable2(rd: TextReader, span: LineSpan, template: Table2Template): Table2Reading {
  return rd.reading('t2', span.start, span.end, template, () => readT2(rd, span, template));
}

/** A row of 表二 that no format has (a local addition such as Wuhan's `其他主动公开文件`, templates.md §0.3). */
export interface ExtraRow {
  label: string;
  /** The label cell's range. */
  range: Range;
  /** The template block (`第二十条第（一）项`) whose rows it stands among, and those rows' labels. */
  block: string;
  rows: string[];
}

/** What `readTable2` reads: the table, rows of another format, local rows, and the header text. */
export interface Table2Reading {
  table: TableModel;
  foreign: ForeignRow[];
  extra: ExtraRow[];
  headerText: string;
}

function readT2(rd: TextReader, span: LineSpan, template: Table2Template): Table2Reading {
  const lines = rd.lines;
  // A row's first number glued to its label (`行政许可1520`, `| 行政处罚 86 |  |`) is its first value.
  const widths = new Map(template.blocks.flatMap((b) => b.rows.map((r) => [labelKey(r.label), b.columns.length] as const)));
  const widthOf = (key: string) => widths.get(t2RowKeyOf(key));
  const lts = splitGluedValues(wordCellsAsValues(dropRowNumberLines(dropRowNumberColumn(rd.tokens(span.start, span.end)), 0), widthOf, rd.lines), widthOf, rd.lines);
  // (A row's width by its label: the last text before its cells that names a row; the header's words may come first.)
  const { segments } = segmentize(lts, (label) => {
    for (let k = label.length - 1; k >= 0; k--) {
      const w = widthOf(label[k].key) ?? widthOf(keyOf(label.slice(k)));
      if (w !== undefined) return w;
    }
    return undefined;
  });
  const allCols = template.blocks.flatMap((b) => b.columns);
  // By the row's label key: the segment and label token of the row (`distance` set when the label misspells it).
  const byLabel = new Map<string, { seg: Segment; tok: Token; distance?: number; renamed?: true; misspelledName?: string }>();
  const misspelled = new Map<string, { seg: Segment; tok: Token; distance: number; renamed?: string }>();
  const foreign: ForeignRow[] = [];
  // The segment and label token of each row of another format's label, by that label's key.
  const foreignSegs = new Map<string, { seg: Segment; tok: Token }[]>();
  const ownKeys = new Set(template.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label))));
  // Numbers under no row label (a block heading's, a note's): values a layout displaced from their rows.
  const stray: Token[] = [];
  // Pipe rows whose own label cell names no row of any format, with a number: local rows (below).
  const unknown: Token[] = [];
  const unknownSegs = new Map<Token, Segment>();
  // Rows whose label names no row as written, with their whole label (`lengthenedT2Rows`).
  const lengthened: Lengthened[] = [];
  // Words of a row label spaced out (`规　章`) and read as one label: not header text.
  const labelParts = new Set<Token>();
  const blockOfKey = (key: string) => template.blocks.find((b) => b.rows.some((r) => labelKey(r.label) === key));
  const inOwnBlock = (seg: Segment, key: string) => blockHeadingAbove(lts, template, seg.line, -1) === blockOfKey(key);
  for (const seg of segments) {
    const tok = t2LabelToken(seg, ownKeys, lines, labelParts);
    // (A footnote mark or a note after the label, `规章※` over a note `注：※ …`, `规章 备注：无`, is the author's: the
    // row is read by the label.)
    // (A label in traditional characters, `行政處罰` in a simplified draft, is read by its simplified form: the row it
    // names, its text as written.)
    const marked = tok && !ownKeys.has(simplifiedChars(tok.key)) ? labelBeforeAddition(tok.raw.trim(), (k) => ownKeys.has(t2RowKeyOf(k)) || misspelledT2Row(t2RowKeyOf(k), ownKeys) !== null) : null;
    const key = tok ? withoutNote(t2RowKeyOf(marked ? labelKey(marked) : tok.key), ownKeys) : '';
    if (tok && ownKeys.has(key)) {
      const had = byLabel.get(key);
      // A row written twice, the first copy under another item's heading and this one under its own (a blank copy
      // left under 第二十条第（五）项 by a completion, the row with its numbers under （六）; brk106 #2): this one is read.
      // Before that, a copy with numbers is read rather than a blank one (no number; row-duplicate deletes it): a blank
      // copy holds no numbers to conflict with.
      const rank = (x: Segment) => (x.values.some((v) => v.kind === 'value') ? 2 : 0) + (inOwnBlock(x, key) ? 1 : 0);
      if (had && !had.distance && rank(seg) > rank(had.seg)) {
        byLabel.set(key, { seg, tok });
        stray.push(...had.seg.values.filter((v) => v.kind === 'value'));
      } else if (!had) byLabel.set(key, { seg, tok });
      else stray.push(...seg.values.filter((v) => v.kind === 'value'));
    } else if (tok && TABLE2_ROW_LABELS.includes(key)) {
      foreign.push({ label: tok.raw, range: tokenRange(tok), cells: seg.values.map((v) => readCell(v)) });
      foreignSegs.set(key, [...(foreignSegs.get(key) ?? []), { seg, tok }]);
    } else {
      // On the values' line, or (one cell a line, with or without its ` |`: brk86 #3) alone on the line right above them.
      const labelLine = tok && (tok.line === seg.line || (!seg.inline.length && tok.line === seg.line - 1 && seg.before.filter((b) => b.line === tok.line).every((b) => labelParts.has(b) || b === tok)));
      let near = tok && labelLine && seg.values.some((v) => v.kind === 'value') ? misspelledT2Row(key, ownKeys) : null;
      // (The other format's name misspelled under that format's columns: as that name would be, not read; format-mixed
      // asks for the block to be redone.)
      if (near?.renamed && tok && underOtherColumns(lts, { seg, tok }, new Set(template.blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label)))))) near = null;
      if (near && tok) {
        // Taken below unless the row's own label is in the table too.
        if (!misspelled.has(near.key)) misspelled.set(near.key, { seg, tok, distance: near.distance, ...(near.renamed ? { renamed: near.renamed } : {}) });
        continue;
      }
      // A label on its values' line that may be a row's label with words added (`行政处罚决定`): weighed below.
      if (tok && labelLine && seg.values.some((v) => v.kind === 'value')) lengthened.push({ seg, tok, whole: wholeLabel(seg, tok, lines) });
      stray.push(...seg.values.filter((v) => v.kind === 'value'));
      // (In a pipe row its one label cell; in a tab-separated row its first field: brk86 #8, local rows were said in
      // pipe tables only. Not words before numbers in a space-aligned text: a line of prose wrapped from a PDF,
      // `府信息 8580 余条`, is no row.)
      const tabbed = !!tok && !tok.pipe && tok.line === seg.line && seg.inline.length === 1 && /^[ \u3000]*\t/.test(lines.line(seg.line).slice(tok.end));
      if (tok && (tok.pipe ? seg.inline.length === 1 && tok.line === seg.line : tabbed) && seg.values.some((v) => v.kind === 'value') && isLocalRowLabel(tok.key)) {
        unknown.push(tok);
        unknownSegs.set(tok, seg);
      }
    }
  }
  for (const [key, m] of misspelled) {
    if (byLabel.has(key)) stray.push(...m.seg.values.filter((v) => v.kind === 'value'));
    else byLabel.set(key, { seg: m.seg, tok: m.tok, distance: m.distance, ...(m.renamed ? { misspelledName: m.renamed } : {}) });
  }
  renamedT2Rows(foreignSegs, template, byLabel, lts);
  relabelledSingleRows(unknown, unknownSegs, template, byLabel, lts);
  lengthenedT2Rows(lengthened, template, byLabel, lts, unknown, stray);
  const blankLabels = unlabelledT2Rows(segments, template, byLabel, lts, lines, stray);
  const rows: RowModel[] = [];
  const { headers, conflict } = t2HeaderOrders(lts, template, byLabel);
  const spreads = t2MergedSpreads(lts, template, byLabel);
  for (const b of template.blocks) {
    for (const r of b.rows) {
      const hit = byLabel.get(labelKey(r.label));
      if (!hit) {
        rows.push({ id: r.id, label: r.label, match: ABSENT, cells: b.columns.map(() => null), cellCount: 0 });
        continue;
      }
      const header = headers[b.id];
      const spread = spreads[b.id];
      const fields = fitTabFields(hit.seg.values, header ? header.order.length : spread ? spread.length : b.columns.length);
      const values = spread ? collapseSpread(fields, spread, b.columns.length) : fields;
      const amountAt = t2AmountPositions(lts, hit.tok.line, rowLinesOf(byLabel, b.rows.map((x) => labelKey(x.label))));
      const { cells, count, extra } = header ? cellsByHeader(values, b.columns, header.order, amountAt) : cellsOf(values, b.columns, amountAt);
      const empty = blankLabels.get(hit.seg);
      const match: LabelMatch = empty
        ? { kind: 'positional', raw: '', range: empty.range, distance: 0, missing: empty.missing }
        : hit.distance ? { kind: 'misspelled', raw: hit.tok.raw.trim(), range: trimmedRange(hit.tok), distance: hit.distance, ...(hit.misspelledName ? { renamed: hit.misspelledName } : {}) }
          : { kind: hit.renamed ? 'variant' : 'exact', raw: hit.tok.raw, range: tokenRange(hit.tok), distance: 0 };
      rows.push(withExtraCells(withValueInLabel({ id: r.id, label: r.label, match, cells, cellCount: count }, hit.seg.values), extra));
    }
  }
  // Column headers: all text that is not a row label, per block heading.
  const headerTokens: Token[] = [];
  for (const lt of lts) for (const t of lt.tokens) if (t.kind === 'text' && !TABLE2_ROW_LABELS.includes(simplifiedChars(t.key)) && !labelParts.has(t)) headerTokens.push(t);
  // The labels of every format are known: a header of another format is that format's (format-mixed), not a misspelling.
  const known = [template.firstHeader, ...template.blocks.map((b) => b.heading), ...FORMAT_LABELS, '表二', '主动公开政府信息情况'];
  const headerText = keyOf(headerTokens);
  const columns = readColumns(headerTokens, dedupe(allCols.map((c) => ({ id: c.id, label: c.label }))), known, headerText);
  const table: TableModel = { id: 't2', name: template.name, range: spanRange(lines, tableEnd(lts, span, rd)), layout: layoutOf(lts, lines), rows, columns };
  if (Object.keys(headers).length) table.blockHeaders = headers;
  const labelIssues = t2HeaderLabelIssues(lts, template, byLabel);
  if (labelIssues.length) table.headerLabels = labelIssues;
  const itemHeadings = t2ItemHeadings(rd, lts, template, rows);
  if (itemHeadings.length) table.itemHeadings = itemHeadings;
  if (conflict) {
    table.broken = {
      zh: `表二${conflict.block}表头的列顺序与格式不同（${conflict.labels.join('、')}），而各行的数值与表头对不上，无法确定每个数属于哪一列，未做逐行检查`,
      en: `the header of 表二 ${conflict.block} orders its columns differently from the template (${conflict.labels.join(', ')}) and its rows do not match it; which number belongs to which column cannot be told, so the rows were not checked`,
    };
    return { table, foreign, extra: [], headerText };
  }
  // Rows short of values while numbers stand under no row: the numbers were displaced (PDF text), and which
  // column each value of a short row is in cannot be told. Said once (table-unreadable), not per row.
  const short = rows.filter((r) => r.cellCount > 0 && r.cellCount < r.cells.length);
  const lastRow = Math.max(...rows.map((r) => r.match.range?.start.line ?? -1));
  const displaced = stray.filter((v) => v.line <= lastRow);
  if (short.length && displaced.length) {
    const at = displaced[0];
    const labels = short.map((r) => `“${r.label}”`);
    const [first] = short;
    // The number on a short row's own line: a cell of that row not read as one number (`下 降 2`: the `2` alone is).
    const own = short.find((r) => r.match.range?.start.line === at.line);
    const cell = cellTextAround(lines.line(at.line), at.start, at.end);
    // 2019's 本年增/减 column: a decrease is written with a minus sign, not a word.
    const signed = own && template.blocks.some((b) => b.rows.some((x) => x.id === own.id) && b.columns.some((c) => c.kind === 'signed'));
    table.broken = own
      ? {
        zh: `表二“${own.label}”行（第 ${at.line + 1} 行）中的“${cell}”读不成一个数，这一行只读到 ${own.cellCount} 个数，格式规定 ${own.cells.length} 个：无法确定每个数属于哪一列，整张表二未做逐行检查。请把这一格改为一个数字${signed ? '（减少的写负号）' : ''}`,
        en: `in 表二 row “${own.label}” (line ${at.line + 1}) the cell “${cell}” does not read as one number, so the row has ${countEn(own.cellCount, 'number')} where the template has ${own.cells.length}: which column each belongs to cannot be told, and 表二 was not checked row by row. Write that cell as one number${signed ? ' (a decrease with a minus sign)' : ''}`,
      }
      : {
        zh: `${short.length > 1 ? `表二${labels.join('、')}行的数值少于格式规定（“${first.label}”行读到 ${first.cellCount} 个数，格式规定 ${first.cells.length} 个）` : `表二“${first.label}”行只读到 ${first.cellCount} 个数，格式规定 ${first.cells.length} 个`}，而第 ${at.line + 1} 行的“${at.raw}”不在任何一行中${displaced.length > 1 ? `（这样的数共 ${displaced.length} 个）` : ''}：它可能是从所属的行错位到了这里，无法确定每个数属于哪一列，整张表二未做逐行检查。请把它移回所属行的对应列`,
        en: `${short.length > 1 ? `表二 rows ${labels.join(', ')} have fewer values than the template (row “${first.label}” has ${first.cellCount} where the template has ${first.cells.length})` : `表二 row “${first.label}” has ${countEn(first.cellCount, 'number')} where the template has ${first.cells.length}`}, while “${at.raw}” on line ${at.line + 1} stands in no row${displaced.length > 1 ? ` (${displaced.length} such numbers in all)` : ''}: it may have been displaced from its row, and which column each number belongs to cannot be told, so 表二 was not checked row by row. Move it back into its row's column`,
      };
    return { table, foreign, extra: [], headerText };
  }
  return { table, foreign, extra: extraRows(unknown, template, byLabel, lts), headerText };
}

/**
 * The cell of line `text` that holds characters `[start, end)`, as written and trimmed: its tab field in a
 * tab-separated line, its pipe cell in a pipe row, else the run of text between gaps of two or more spaces (a
 * space-aligned line). `下 降 2` for the `2` of `行政许可⇥56⇥下 降 2⇥1520`.
 */
function cellTextAround(text: string, start: number, end: number): string {
  const isGap = (i: number) => text[i] === '\t' || text[i] === '|' || (/[ \u3000]/.test(text[i]) && /[ \u3000]/.test(text[i + 1] ?? '') ) || (/[ \u3000]/.test(text[i]) && /[ \u3000]/.test(text[i - 1] ?? ''));
  const tabbed = text.includes('\t') || text.includes('|');
  const gap = tabbed ? (i: number) => text[i] === '\t' || text[i] === '|' : isGap;
  let a = start;
  while (a > 0 && !gap(a - 1)) a--;
  let b = end;
  while (b < text.length && !gap(b)) b++;
  return text.slice(a, b).trim() || text.slice(start, end);
}

/**
 * The label token of a 表二 segment: its last text token before the values (on the values' line, or the line
 * above in a one-cell-per-line paste). When that token names no row of any format but the words before it on its
 * line, joined with it, do (`规　章`, `行　政　处　罚`, `行政 许可`: a label spaced out to align it, which labels
 * compare without, templates.md §0.2; also one misspelling such a row, `规　张`), a token spanning those words instead: its `raw` the text from the first
 * word to the last, its `key` their keys joined; the words are added to `parts`. Pipe cells are whole cells
 * already and are never joined. Undefined when the segment has no text before its values.
 */
function t2LabelToken(seg: Segment, own: ReadonlySet<string>, lines: LineIndex, parts: Set<Token>): Token | undefined {
  const words = seg.inline.length ? seg.inline : seg.before;
  const last = words[words.length - 1];
  if (!last || last.pipe) return last;
  const rowKey = (key: string) => withoutNote(t2RowKeyOf(key), own);
  const joined = (known: (key: string) => boolean): Token | null => {
    let key = last.key;
    for (let i = words.length - 2; i >= 0; i--) {
      const w = words[i];
      if (w.pipe || w.line !== last.line || w.kind !== 'text') break;
      key = w.key + key;
      if (!known(rowKey(key))) continue;
      for (const t of words.slice(i)) parts.add(t);
      return { kind: 'text', raw: lines.line(last.line).slice(w.start, last.end), key, line: last.line, start: w.start, end: last.end, pipe: false };
    }
    return null;
  };
  // A row of the format first (`行政 规范性文件` is 行政规范性文件, not 2019's 规范性文件), then of any format.
  if (own.has(rowKey(last.key))) return last;
  const ownRow = joined((k) => own.has(k));
  if (ownRow || TABLE2_ROW_LABELS.includes(rowKey(last.key))) return ownRow ?? last;
  // Else a misspelled row of the format spaced out (`规　张`): read as its unspaced form is (row-label).
  return joined((k) => TABLE2_ROW_LABELS.includes(k)) ?? joined((k) => misspelledT2Row(k, own) !== null) ?? last;
}

/**
 * The row of 表二 (its label key, one of `own`) whose label `key` misspells (`行政许可等`, `行政处罚👍`, `行政0许可`):
 * within the misspelling budget of exactly one of them, counting characters (an emoji is one), and not the label of
 * a row of another format (`规范性文件`). The other format's name of a row (`T2_RENAMED`) misspelled is that row too
 * (`观范性文件`, 2019's `规范性文件`, in a 2021 report; brk148 #1): `renamed` is then that name, `distance` the
 * characters from it. Null otherwise.
 */
function misspelledT2Row(key: string, own: ReadonlySet<string>): { key: string; distance: number; renamed?: string } | null {
  if (key.length < 2 || TABLE2_ROW_LABELS.includes(key)) return null;
  let out: { key: string; distance: number; renamed?: string } | null = null;
  for (const k of own) {
    const other = T2_RENAMED.get(k);
    for (const name of other && !own.has(other) ? [k, other] : [k]) {
      // (Cheap first: the distance is at least the difference of the lengths, counted in UTF-16 units within one
      // character per surrogate pair.)
      if (Math.abs(key.length - name.length) > 2 * misspellingBudget(name.length)) continue;
      // (Two neighbouring words swapped, `其他对外服务管理事项`, are one slip: brk140 #5.)
      const d = wordsSwapped(key, name) ? 1 : charDistance(key, name);
      if (d === 0 || d > misspellingBudget(name.length)) continue;
      if (out && out.key !== k) return null;
      // (The row's own name nearer than its other format's: read as a misspelling of its own.)
      if (!out || d < out.distance) out = name === k ? { key: k, distance: d } : { key: k, distance: d, renamed: name };
    }
  }
  return out;
}

/** A token's range without the spaces around its text (a pipe cell's padding). */
function trimmedRange(tok: Token): Range {
  const r = tokenRange(tok);
  const lead = tok.raw.length - tok.raw.trimStart().length;
  const trail = tok.raw.length - tok.raw.trimEnd().length;
  return { start: { line: r.start.line, character: r.start.character + lead }, end: { line: r.end.line, character: r.end.character - trail } };
}

/**
 * Whether a row label cell of 表二 that names no row of any format may be a local row (`其他主动公开文件`): words,
 * not a header (信息内容, a column or block label of any format), not a total or a note.
 */
function isLocalRowLabel(key: string): boolean {
  if (key.length < 2 || key.length > 30 || !/[\u4e00-\u9fff]/.test(key)) return false;
  if (/第二十条|信息内容|^表二|单位|说明|^注/.test(key)) return false;
  if (TABLE2_HEADER_KEYS().has(key) || t3RowKeys().has(key)) return false;
  // A misspelled row of the format (`行政0许可`) is that row, not another one.
  return !TABLE2_ROW_LABELS.some((l) => (Math.abs(key.length - l.length) <= misspellingBudget(l.length) && editDistance(key, l) <= misspellingBudget(l.length)) || wordsSwapped(key, l));
}

let headerKeys2: Set<string> | null = null;
/** Label keys of 表二's column labels and block headings in every format. */
function TABLE2_HEADER_KEYS(): Set<string> {
  return (headerKeys2 ??= new Set(TEMPLATES.flatMap((t) => (t.tables.t2 ? [t.tables.t2.firstHeader, ...t.tables.t2.blocks.flatMap((b) => [b.heading, ...b.columns.map((c) => c.label)])] : [])).map(labelKey)));
}

let headerKeysByLength: string[] | null = null;
/**
 * Whether a line of 表二 (its `labelKey`) holds only header text: block headings (`第二十条第（八）项`), `信息内容`
 * and column labels of any format, in any number of cells (a pipe or tab-separated header row, or one cell a line),
 * or a pipe table's delimiter row. Such lines under the last row read belong to the table: the last item's block
 * whose row is missing (or not yet read) is still the table's.
 */
export function isTable2HeaderLine(key: string): boolean {
  if (!key || key.length > 80) return false;
  // (By its simplified form: `信息內容`, `本年處理決定數量` pasted from a `big5` page are the header's words.)
  key = simplifiedChars(key);
  headerKeysByLength ??= [...TABLE2_HEADER_KEYS()].sort((a, b) => b.length - a.length);
  let rest = key;
  for (const k of headerKeysByLength) if (rest.includes(k)) rest = rest.split(k).join('');
  return rest.replace(/[-:]/g, '') === '' && rest.length < key.length;
}

/**
 * The local rows among `unknown` label cells: each between rows of one template block (the nearest row of the
 * format above it, or below it when none is above), named with that block.
 */
function extraRows(unknown: Token[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token }>, lts: readonly LineTokens[]): ExtraRow[] {
  const out: ExtraRow[] = [];
  const own = template.blocks.flatMap((b) => b.rows.map((r) => ({ b, line: byLabel.get(labelKey(r.label))?.tok.line ?? -1 }))).filter((x) => x.line >= 0);
  for (const tok of unknown) {
    const above = own.filter((x) => x.line < tok.line).sort((a, c) => c.line - a.line)[0];
    const below = own.filter((x) => x.line > tok.line).sort((a, c) => a.line - c.line)[0];
    const near = above ?? below;
    // Within a few lines of a row of the format: a row of the table, not numbers further off.
    if (!near || Math.abs(near.line - tok.line) > 6) continue;
    // The block whose heading (第二十条第（五）项) stands above the row, below the nearest row above it: the row sits
    // under that item, though the rows of the item before are nearer.
    const b = blockHeadingAbove(lts, template, tok.line, above?.line ?? -1) ?? near.b;
    out.push({ label: tok.raw.trim(), range: tokenRange(tok), block: b.heading, rows: b.rows.map((r) => r.label) });
  }
  return out;
}

/**
 * An item of one row (第二十条第（五）项's 行政许可) whose row is not in the table, while the one row under its heading is
 * a row no format names (`行政批准 | 1520`): that row is the item's, its label written wrong (brk88 #10). It is taken
 * into `byLabel` as a misspelling (and out of `unknown`), so its numbers are read and checked and row-label offers the
 * item's label; it was a local row, unchecked, and row-missing asked for an empty 行政许可 row above it. Only under the
 * item's own heading (the rows of the item before are no evidence), only when it is the one such row there, and not
 * when its label names another item's row (`行政处罚决定`: a local row, breaker31 #3).
 */
function relabelledSingleRows(unknown: Token[], segs: ReadonlyMap<Token, Segment>, template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token; distance?: number }>, lts: readonly LineTokens[]): void {
  for (const b of template.blocks) {
    if (b.rows.length !== 1) continue;
    const key = labelKey(b.rows[0].label);
    if (byLabel.has(key)) continue;
    const ownLines = [...byLabel.values()].map((h) => h.tok.line);
    const under = unknown.filter((tok) => {
      const above = Math.max(-1, ...ownLines.filter((l) => l < tok.line));
      return blockHeadingAbove(lts, template, tok.line, above) === b;
    });
    if (under.length !== 1) continue;
    const [tok] = under;
    // (A label naming another item's row, `行政处罚决定` under 第二十条第（五）项, is a row of its own: breaker31 #3.)
    if (template.blocks.some((o) => o !== b && o.rows.some((r) => simplifiedChars(tok.key).includes(labelKey(r.label))))) continue;
    const seg = segs.get(tok);
    if (!seg) continue;
    byLabel.set(key, { seg, tok, distance: Math.max(1, charDistance(tok.key, key)) });
    unknown.splice(unknown.indexOf(tok), 1);
  }
}

/**
 * A 表二 label key (`labelKey`) as the key of the row it names: in simplified characters (`行政處罰`, a row pasted from a
 * `big5` page into a simplified draft), without a row number before it (`1.规章`).
 */
function t2RowKeyOf(key: string): string {
  return simplifiedChars(key).replace(/^\d+[.、]/, '');
}

/** A 表二 row whose label names no row of any format as written: its segment, label token and whole label. */
interface Lengthened {
  seg: Segment;
  tok: Token;
  whole: Token;
}

/**
 * The whole label of a pipe row whose label is split over cells (`| 行政强制 \`a|b\` | 4 |`: a pipe inside inline
 * code still ends the cell): one token from its first text cell to its last, keyed by their keys joined. `tok`
 * itself when the row has one label cell, or the cells are not all on the row's line.
 */
function wholeLabel(seg: Segment, tok: Token, lines: LineIndex): Token {
  const words = seg.inline;
  if (words.length < 2 || !tok.pipe || words.some((w) => !w.pipe || w.kind !== 'text' || w.line !== tok.line)) return tok;
  const [first] = words;
  const last = words[words.length - 1];
  return { kind: 'text', raw: lines.line(first.line).slice(first.start, last.end), key: words.map((w) => w.key).join(''), line: first.line, start: first.start, end: last.end, pipe: true };
}

/**
 * The words a row label `key` adds after the label of row `row` (`行政处罚决定`: `决定`; `行政强制 \`措施\``: `措施`,
 * inline code's backticks not counted; `规章😀`: `😀`), or before it, saying whose rows they are (`部门规章`: `部门`;
 * `地方政府规章`: `地方政府`; brk171 #1), or null: a word or two (one to four characters after the label, one to six
 * before it, each character as shown, an emoji one; no digit: a digit may be one of the row's numbers), naming no
 * row of any format.
 */
function addedWords(key: string, row: string): string | null {
  // (By its simplified form: `行政處罰決定` in a simplified draft is 行政处罚 with 决定 added, as `行政处罚决定` is.)
  const k = simplifiedChars(key).replace(/^\d+[.、]/, '').replace(/`/g, '');
  const after = k.startsWith(row);
  if (!after && !k.endsWith(row)) return null;
  const extra = after ? k.slice(row.length) : k.slice(0, k.length - row.length);
  const n = graphemeCount(extra);
  if (n < 1 || n > (after ? 4 : 6) || /\d/.test(extra)) return null;
  // (The row's own label written twice, `规章：规章`: a doubled label, that row's; brk177 #1.)
  if (extra.replace(/^[ \t\u3000，,：:；;。]+|[ \t\u3000，,：:；;。]+$/g, '') === row) return extra;
  if (TABLE2_ROW_LABELS.some((l) => extra.includes(l))) return null;
  return extra;
}

/**
 * `addedWords` of a whole label as written, the author's addition to it aside (`labelBeforeAddition`): a footnote
 * mark before or after it (`※行政处罚决定`, `行政处罚决定¹`, `行政处罚决定[1]`) or a remark after it (`行政处罚决定（含听证）`),
 * as a row's own label is read with them (brk105 F12: `行政处罚决定※` was read, `※行政处罚决定` was not).
 */
function addedWordsOf(whole: Token, row: string): string | null {
  const body = labelBeforeAddition(whole.raw.trim(), (k) => addedWords(k, row) !== null);
  return addedWords(body === null ? whole.key : labelKey(body), row);
}

/**
 * Rows of 表二 whose label is the label of a row of the format with a word or two added (`行政处罚决定`, `行政强制措施`,
 * `行政强制 \`a|b\``), written under that row's own item heading (第二十条第（六）项, past the rows of the other items)
 * while the row itself is not in the table: that row, its label written wrong (brk101 #1). Taken into `byLabel` as a
 * misspelling, so its numbers are read and checked and row-label offers the format's label; they were a local row,
 * unchecked, and row-missing said the row was out of its place. Only when it is the one such row of the item's row.
 */
function lengthenedT2Rows(cands: Lengthened[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token; distance?: number }>, lts: readonly LineTokens[], unknown: Token[], stray: Token[]): void {
  const taken = new Set<Lengthened>();
  for (const b of template.blocks) {
    for (const r of b.rows) {
      const key = labelKey(r.label);
      if (byLabel.has(key)) continue;
      const under = cands.filter((c) => {
        if (taken.has(c) || addedWordsOf(c.whole, key) === null) return false;
        const others = [...byLabel.entries()].filter(([k, h]) => !b.rows.some((x) => labelKey(x.label) === k) && h.tok.line < c.whole.line).map(([, h]) => h.tok.line);
        return blockHeadingAbove(lts, template, c.whole.line, Math.max(-1, ...others)) === b;
      });
      if (under.length !== 1) continue;
      take(key, under[0]);
    }
  }
  // A row of the format still missing whose label, with a word or two added, is on one row of the table under another
  // item's heading (`行政处罚决定` under 第二十条第（五）项, the 行政处罚 row gone from （六）; brk105 F8): that row too, put
  // under the wrong item. Read as it (row-missing says where it belongs and moves it), not as a local row of the item
  // it stands under, which row-label called it while row-missing said the row was there out of its place. Only when
  // the row has that one candidate, and the candidate names no other missing row.
  const absent = template.blocks.flatMap((b) => b.rows).map((r) => labelKey(r.label)).filter((k) => !byLabel.has(k));
  const namesOf = (c: Lengthened) => absent.filter((k) => addedWordsOf(c.whole, k) !== null);
  for (const key of absent) {
    const under = cands.filter((c) => !taken.has(c) && addedWordsOf(c.whole, key) !== null);
    if (under.length !== 1 || namesOf(under[0]).length !== 1) continue;
    take(key, under[0]);
  }

  function take(key: string, c: Lengthened): void {
    taken.add(c);
    // (The words added apart, not a footnote mark or remark the author put with them: brk105 F12.)
    const added = addedWordsOf(c.whole, key);
    byLabel.set(key, { seg: c.seg, tok: c.whole, distance: Math.max(1, added !== null ? graphemeCount(added) : charDistance(simplifiedChars(c.whole.key), key)) });
    if (unknown.includes(c.tok)) unknown.splice(unknown.indexOf(c.tok), 1);
    notStray(stray, c.seg.values);
  }
}

/**
 * Pipe rows of 表二 whose label cell is there but empty (`|          | 86 |` under 第二十条第（六）项, where 行政处罚
 * was; brk106 #1), read by their place as the one row of their item that is missing: only when exactly one template
 * row of the item under whose heading the row stands is missing, the row's other cells are the item's columns (a
 * number in one at least, no words), and it stands where that row belongs among the item's rows found (below those
 * the format puts before it, above those after it). Such a row is put into `byLabel` (its values without the empty
 * label cell, which are taken out of `stray`); returned by that segment: the inside of the empty cell, between its
 * pipes, where the label is to be written (`cell`). So is a pipe row with no label cell at all, its cells the item's
 * columns with its first number first (`| 3 | 1 | 25 |`, brk114 #1): returned as its first number's range (`none`).
 * So is a space-aligned line of numbers alone (`pdftotext -layout`, the label's words gone: brk107 #3), on the same
 * terms, when each number stands under its column (`alignedT2Values`); its place for the label is the white space
 * before its first number. Such a line is its own segment (after a header), or the tail of the row above it (one
 * number a line continues a row): then the row above keeps only the numbers on its label's line, as many as its
 * item's columns.
 */
function unlabelledT2Rows(segments: readonly Segment[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token; distance?: number }>, lts: readonly LineTokens[], lines: LineIndex, stray: Token[]): Map<Segment, { range: Range; missing: 'cell' | 'none' }> {
  const out = new Map<Segment, { range: Range; missing: 'cell' | 'none' }>();
  const taken = new Set<Segment>([...byLabel.values()].map((h) => h.seg));
  let rowsUnopened: boolean | undefined;
  const unopened = () => (rowsUnopened ??= pipeRowsUnopenedIn(lts, lines));
  const widthOf = (key: string) => template.blocks.find((x) => x.rows.some((r) => labelKey(r.label) === key))?.columns.length;
  for (const b of template.blocks) {
    const missing = b.rows.filter((r) => !byLabel.has(labelKey(r.label)));
    if (missing.length !== 1) continue;
    const at = b.rows.indexOf(missing[0]);
    const lineOf = (r: (typeof b.rows)[number]) => byLabel.get(labelKey(r.label))?.tok.line;
    const above = b.rows.slice(0, at).map(lineOf).filter((l): l is number => l !== undefined);
    const below = b.rows.slice(at + 1).map(lineOf).filter((l): l is number => l !== undefined);
    // Where the missing row belongs: below the item's rows before it, above those after it, under the item's heading.
    const inPlace = (line: number) => !above.some((l) => l > line) && !below.some((l) => l < line) && blockHeadingAbove(lts, template, line, -1) === b;
    const rowsRead = b.rows.map((r) => byLabel.get(labelKey(r.label))).filter((h) => h !== undefined);
    // `cell`: where the label goes on the row's line. `owner`: the row read whose segment the line's numbers ended.
    const cands: { seg: Segment; cell: { start: number; end: number }; pipe: boolean; owner?: { key: string; seg: Segment }; values?: Token[]; none?: boolean }[] = [];
    for (const seg of segments) {
      if (taken.has(seg)) {
        // A row read by its label whose numbers on its label's line are all of its columns, with a line of numbers
        // alone below it (one number a line continues a row): that line may be the missing row (brk107 #3).
        const owner = [...byLabel].find(([, h]) => h.seg === seg);
        if (!owner || owner[1].tok.line !== seg.line) continue;
        const own = seg.values.filter((v) => v.line === seg.line);
        const tail = seg.values.slice(own.length);
        if (!tail.length || own.length !== widthOf(owner[0]) || !alignedT2Values(tail, template, b, rowsRead, lts, lines) || !inPlace(tail[0].line)) continue;
        cands.push({ seg: { values: tail, before: [], inline: [], after: seg.after, line: tail[0].line }, cell: { start: 0, end: tail[0].start }, pipe: false, owner: { key: owner[0], seg } });
        continue;
      }
      if (seg.inline.length) continue;
      if (alignedT2Values(seg.values, template, b, rowsRead, lts, lines)) {
        if (inPlace(seg.line)) cands.push({ seg, cell: { start: 0, end: seg.values[0].start }, pipe: false });
        continue;
      }
      const text = lines.line(seg.line);
      // In a table whose rows have no opening pipe, a row that starts with one has its empty label cell before it
      // (` | 0 | 0 | 0 |`; brk107 #2): all its cells are values.
      const before = unopened() ? unopenedFirstCell(text) : null;
      const [first, ...rest] = seg.values;
      // A pipe row with no label cell at all, its first cell its first number (`| 3 | 1 | 25 |`, brk114 #1): its cells
      // are all values, the label cell to be inserted before the first.
      const lost = !before && first?.kind === 'value' && first.pipe && !first.tab && seg.values.length === b.columns.length
        && /^[ \u3000]*[|｜][ \u3000]*$/.test(text.slice(0, first.start))
        // (Not over a delimiter row: the header of a table of its own, as in `lostLabelCell`.)
        && !(seg.line + 1 < lines.lineCount && DELIMITER_ROW.test(lines.line(seg.line + 1)));
      const values = before || lost ? seg.values : rest;
      if (!first || values.length !== b.columns.length) continue;
      if (values.some((v) => v.line !== seg.line || v.kind === 'text' || v.tab) || !values.some((v) => v.kind === 'value')) continue;
      let cell: { start: number; end: number } | null;
      if (lost) cell = { start: first.start, end: first.end };
      else if (before) cell = first.start > before.end ? before : null;
      else {
        if (first.kind !== 'blank' || !first.pipe || first.tab) continue;
        const span = pipeCellsSpan(text, first.start, first.end);
        // The row's first cell: nothing but white space before the pipe that opens it.
        cell = span && text.slice(0, span.start).trim() === '' && text.slice(span.start + 1, span.end).trim() === '' ? { start: span.start + 1, end: span.end } : null;
      }
      if (!cell || !inPlace(seg.line)) continue;
      cands.push({ seg, cell, pipe: true, values, ...(lost ? { none: true } : {}) });
    }
    if (cands.length !== 1) continue;
    const [{ seg, cell, pipe, owner, values, none }] = cands;
    const range = { start: { line: seg.line, character: cell.start }, end: { line: seg.line, character: cell.end } };
    // A space-aligned line: all its numbers are the row's; the row above, if its segment held them, keeps its own.
    if (owner) {
      const h = byLabel.get(owner.key)!;
      byLabel.set(owner.key, { ...h, seg: { ...owner.seg, values: owner.seg.values.slice(0, owner.seg.values.length - seg.values.length) } });
    }
    // (A pipe row: its values without the empty label cell, which stands for its label token. A space-aligned line: all
    // its values, its label's place a blank token.)
    const own: Segment = pipe ? { ...seg, values: values ?? seg.values.slice(1) } : seg;
    const tok: Token = pipe ? seg.values[0] : { ...seg.values[0], kind: 'blank', raw: '', key: '', start: cell.start, end: cell.end };
    byLabel.set(labelKey(missing[0].label), { seg: own, tok });
    out.set(own, { range, missing: none ? 'none' : 'cell' });
    if (!pipe) taken.add(seg);
    notStray(stray, own.values);
  }
  return out;
}

/** Takes `values` out of `stray` (numbers under no row label), as a row is found to hold them. */
function notStray(stray: Token[], values: readonly Token[]): void {
  for (const v of values) if (stray.includes(v)) stray.splice(stray.indexOf(v), 1);
}

/**
 * The range of the first number of row `seg` when the row has no label cell at all (brk114 #1): a pipe row whose first
 * cell is a number (`| 40 | 3 | … | 46 |`, or `40 | 3 | … |` in a table whose rows have no opening pipe), or a
 * tab-separated row whose first field is (`40⇥3⇥…⇥46`), with nothing but white space (and the opening pipe) before it
 * and all its numbers on that line; and what a positional reading (`match`) took for its label is none of its own:
 * nothing, a cell that follows other words on another line (the header's last cell, `总计`), or a group label
 * (`groupKeys`) on a line above. A label on a line of its own above the numbers (a wrapped row) is the row's: null.
 */
function lostLabelCell(seg: Segment, match: LabelMatch, groupKeys: readonly string[], lines: LineIndex): Range | null {
  const first = seg.values[0];
  if (!first || first.kind !== 'value' || seg.inline.length || first.blankLabel || first.inLabel || first.shifted || first.stray) return null;
  if (seg.values.some((v) => v.line !== first.line)) return null;
  const text = lines.line(first.line);
  if (!/^[ \u3000]*(?:[|｜][ \u3000]*)?$/.test(text.slice(0, first.start))) return null;
  // (A row of cells: pipes or tabs between its numbers. Not a pipe row over a delimiter row: the header of a table of
  // its own, a PDF's text cut into tables of a row each with their labels in the lines around, kiro_shanghai-stcsm_2024.)
  if (!/[|｜\t]/.test(text.slice(first.end))) return null;
  if (first.line + 1 < lines.lineCount && DELIMITER_ROW.test(lines.line(first.line + 1))) return null;
  if (match.range) {
    if (match.range.start.line === first.line) return null;
    const before = lines.line(match.range.start.line).slice(0, match.range.start.character);
    if (!/[^\s|｜]/.test(before) && !groupKeys.includes(labelKey(match.raw))) return null;
  }
  return tokenRange(first);
}

/**
 * Whether `values`, on one line with nothing else, are a space-aligned row of 表二 block `b` without its label: as many
 * as its columns, numbers (no pipe cell, no tab field), after white space at least two columns wide (the label's
 * place; a number at the start of its line is a cell of a table pasted one cell a line), each under its column: nearer
 * to that column than to any other or to the labels, the columns and labels being where the block's header (the text
 * between its heading and the line) and its other rows read (`rows`, on their labels' lines) have them. A figure
 * standing under no column of the block is no row of it.
 */
function alignedT2Values(values: readonly Token[], template: Table2Template, b: Table2Template['blocks'][number], rows: readonly { seg: Segment; tok: Token }[], lts: readonly LineTokens[], lines: LineIndex): boolean {
  if (!values.length || values.length !== b.columns.length) return false;
  const line = values[0].line;
  if (values.some((v) => v.line !== line || v.kind !== 'value' || v.pipe || v.tab)) return false;
  const text = lines.line(line);
  const lead = text.slice(0, values[0].start);
  if (!/^[ \u3000]*$/.test(lead) || layoutWidth(lead) < 2 || text.includes('\t')) return false;
  const lt = lts.find((x) => x.line === line);
  if (!lt || lt.pipeRow || lt.tokens.length !== values.length) return false;
  // The text between the item's heading and the line: its header's cells.
  const header: Token[] = [];
  const headings = template.blocks.map((x) => labelKey(x.heading));
  for (let k = lts.length - 1; k >= 0; k--) {
    const x = lts[k];
    if (x.line >= line) continue;
    const texts = x.tokens.filter((t) => t.kind === 'text');
    if (headings.some((h) => keyOf(texts).includes(h))) break;
    header.push(...texts);
  }
  // Where each column is (`columns[j]`), as tokens: by the numbers of the block's other rows, and by the header's
  // cells; and where the labels are (`信息内容`, the rows' labels).
  const byRows: Token[][] = b.columns.map(() => []);
  const byHeader: Token[][] = b.columns.map((c) => header.filter((t) => t.key === labelKey(c.label)));
  const labels: Token[] = header.filter((t) => t.key === labelKey(template.firstHeader));
  for (const h of rows) {
    const own = h.seg.values.filter((x) => x.line === h.tok.line);
    if (h.tok.kind === 'text') labels.push(h.tok);
    if (own.length === values.length && own.every((x) => x.kind === 'value' && !x.pipe)) own.forEach((x, j) => byRows[j].push(x));
  }
  // Measured in display columns (a line an editor aligned) or in characters (`pdftotext -layout` gives a Chinese
  // character one column); by either the rows' numbers or the header (a header cell may stand over two columns of
  // right-aligned numbers; rows with labels of other lengths shift in one measure or the other).
  const spans = [(t: Token) => displaySpan(lines, t), (t: Token) => ({ start: t.start, end: t.end })];
  const gap = (a: { start: number; end: number }, c: { start: number; end: number }) => Math.max(0, c.start - a.end, a.start - c.end);
  return values.every((v, k) => spans.some((span) => [byRows, byHeader].some((columns) => {
    const at = span(v);
    const nearest = (ts: readonly Token[]) => Math.min(...ts.map((t) => gap(at, span(t))));
    const own = nearest(columns[k]);
    return own < Infinity && own < nearest([...labels, ...columns.filter((_, j) => j !== k).flat()]);
  })));
}

/** The label keys of each 表二 template's block headings, in block order (`blockHeadingAbove`). */
const BLOCK_HEADING_KEYS = new WeakMap<Table2Template, string[]>();

/** The 表二 block whose heading is on the last line in `(after, line)` that names one, or null. */
function blockHeadingAbove(lts: readonly LineTokens[], template: Table2Template, line: number, after: number): Table2Template['blocks'][number] | null {
  let keys = BLOCK_HEADING_KEYS.get(template);
  if (!keys) BLOCK_HEADING_KEYS.set(template, (keys = template.blocks.map((b) => labelKey(b.heading))));
  // From the last line before `line` (lts are in line order: a binary search, not a walk from the end, which made a
  // report of many repeated 表二 blocks quadratic: brk179 #1).
  let lo = 0, hi = lts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lts[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const lt = lts[k];
    if (lt.line >= line) continue;
    if (lt.line <= after) break;
    for (const t of lt.tokens) {
      if (t.kind !== 'text') continue;
      const i = keys.findIndex((h) => t.key.includes(h));
      if (i >= 0) return template.blocks[i];
    }
    // A heading split into words by a space (`第二十条 第（六）项`, as a PDF's text has it): its line's words joined.
    const words = lt.tokens.filter((t) => t.kind === 'text');
    const i = words.length > 1 ? keys.findIndex((h) => keyOf(words).includes(h)) : -1;
    if (i >= 0) return template.blocks[i];
  }
  return null;
}

/**
 * The one row the 2021 format renamed in 表二 (templates.md §4.5 #2): 2019's `规范性文件` is 2021's `行政规范性文件`,
 * the same count under its older or newer name. By either label key, the other.
 */
const T2_RENAMED = new Map([['规范性文件', '行政规范性文件'], ['行政规范性文件', '规范性文件']]);

/** The label keys of every format's 表二 columns (`本年制发件数`, `本年新制作数量`, …). */
const T2_COLUMN_KEYS = new Set(TEMPLATES.flatMap((t) => t.tables.t2?.blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))) ?? []));

/**
 * Reads a row of `template` that is not in the table (`byLabel`) at the other format's name of the same row
 * (`T2_RENAMED`: `规范性文件` in a 2021 report, `行政规范性文件` in a 2019 one) when that name stands once in 表二
 * (`foreign`, by label key): the same quantity, so its numbers are the row's and every check runs on them
 * (format-mixed still says the label is the other format's; brk123 #2). Not when the nearest column header above it
 * names only the other format's columns (`本年新制作数量 …` over it in a 2021 report): how those columns map onto the
 * report's is not certain, and format-mixed asks for the block to be redone.
 */
function renamedT2Rows(foreign: ReadonlyMap<string, { seg: Segment; tok: Token }[]>, template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token; distance?: number; renamed?: true }>, lts: LineTokens[]): void {
  const own = new Set(template.blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))));
  for (const [key, hits] of foreign) {
    const row = T2_RENAMED.get(key);
    if (!row || hits.length !== 1 || byLabel.has(row) || !template.blocks.some((b) => b.rows.some((r) => labelKey(r.label) === row))) continue;
    const [hit] = hits;
    if (underOtherColumns(lts, hit, own)) continue;
    byLabel.set(row, { ...hit, renamed: true });
  }
}

/**
 * Whether the nearest 表二 column header above row `hit` names only columns of another format than the one whose
 * column label keys are `own` (`本年新制作数量 …` over it in a 2021 report).
 */
function underOtherColumns(lts: LineTokens[], hit: { seg: Segment; tok: Token }, own: ReadonlySet<string>): boolean {
  const cellsOf = (lt: LineTokens) => (lt.prose ? proseCells(lt) : lt.tokens);
  const header = blockHeaderLine(lts, [hit], new Set(), [...T2_COLUMN_KEYS], cellsOf);
  const named = header ? cellsOf(header).filter((t) => t.kind === 'text' && T2_COLUMN_KEYS.has(t.key)) : [];
  return named.length > 0 && named.every((t) => !own.has(t.key));
}

/**
 * The header cells of 表二's blocks that name a column of another block of the format, not one of the block's own
 * (brk86 #2: `本年处理决定数量`, the column of 第二十条第（五）（六）项, over 第二十条第（八）项's 行政事业性收费, whose
 * column is `本年收费金额（单位：万元）`, passed). A block's header is the nearest line above its first row that names a
 * column of any block (a header pasted one cell a line: its run of cells, `headerCellRunAt`), not past another
 * block's row; taken when its cells after `信息内容` are as many as the block's columns, so that each stands for the
 * column at its place. A cell that names or misspells one of the block's own columns is left alone (column-label
 * and column-order say the rest).
 */
function t2HeaderLabelIssues(lts: LineTokens[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token }>): HeaderLabelIssue[] {
  const out: HeaderLabelIssue[] = [];
  const rowLines = new Set([...byLabel.values()].map((h) => h.tok.line));
  const allKeys = [...new Set(template.blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))))];
  const first = labelKey(template.firstHeader);
  for (const b of template.blocks) {
    const hits = b.rows.map((r) => byLabel.get(labelKey(r.label))).filter((h) => h !== undefined);
    if (!hits.length) continue;
    // (A header whose every column is misspelt names none: found by its first cell, 信息内容, brk140 #3.)
    const line = blockHeaderCells(lts, hits, rowLines, [...allKeys, first]);
    if (!line) continue;
    const own = b.columns.map((c) => labelKey(c.label));
    // A pipe row that opens with 信息内容 has a cell for each of the block's columns: an empty one, or one a number
    // was written over, is a column without its label (read by position; brk181 #1).
    const cellsOf = line.pipeRow && !line.prose ? line.tokens.filter((t) => t.kind === 'text' || t.kind === 'blank' || t.kind === 'value') : [];
    let whole = cellsOf.length > 1 && cellsOf[0].kind === 'text' && cellsOf[0].key === first ? cellsOf.slice(1) : [];
    while (whole.length > own.length && whole[whole.length - 1].kind === 'blank') whole = whole.slice(0, -1);
    let cells = (line.prose ? proseCells(line) : line.tokens).filter((t) => t.kind === 'text');
    if (cells.length && cells[0].key === first) cells = cells.slice(1);
    if (whole.length === own.length && whole.some((t) => t.kind !== 'text')) {
      const named = new Set(whole.map((t) => t.key));
      whole.forEach((tok, i) => {
        if (tok.kind === 'text') return;
        out.push({ kind: tok.kind === 'blank' ? 'blank' : 'number', raw: tok.raw.trim(), range: tok.kind === 'blank' ? tokenRange(tok) : trimmedRange(tok), column: b.columns[i].id, label: b.columns[i].label, fix: tok.kind === 'blank' && !named.has(own[i]), block: { heading: b.heading, of: [] } });
      });
      // The cells with text are compared below at their own positions.
      cells = whole.filter((t) => t.kind === 'text');
      if (!cells.length) continue;
      const at = whole.map((t, i) => (t.kind === 'text' ? i : -1)).filter((i) => i >= 0);
      cells.forEach((tok, k) => {
        const i = at[k];
        if (own[i] === tok.key || own.includes(tok.key)) return;
        const j = misspelledColumn(tok.key, own, new Set());
        if (j >= 0) { out.push({ kind: 'misspelled', raw: tok.raw.trim(), range: trimmedRange(tok), column: b.columns[j].id, label: b.columns[j].label, fix: !named.has(own[j]), block: { heading: b.heading, of: [] } }); return; }
        const of = template.blocks.filter((x) => x !== b && x.columns.some((c) => labelKey(c.label) === tok.key)).map((x) => x.heading);
        if (of.length) out.push({ kind: 'another', raw: tok.raw.trim(), range: trimmedRange(tok), column: b.columns[i].id, label: b.columns[i].label, fix: !named.has(own[i]), block: { heading: b.heading, of } });
      });
      continue;
    }
    if (cells.length !== own.length) continue;
    const named = new Set(cells.map((t) => t.key));
    cells.forEach((tok, i) => {
      if (own.includes(tok.key)) return;
      // A misspelling of one of the block's own columns (`上一年项木数量`, `本年曾/减`): said per block, since the
      // table's columns are read once per label, and a label 2019's （五）（六）（八）项 or 2021's （五）（六）项 share
      // is found exact in the other block's header (brk140 #3); column-label leaves out one it reports already.
      const j = misspelledColumn(tok.key, own, new Set());
      if (j >= 0) {
        out.push({ kind: 'misspelled', raw: tok.raw.trim(), range: trimmedRange(tok), column: b.columns[j].id, label: b.columns[j].label, fix: !named.has(own[j]), block: { heading: b.heading, of: [] } });
        return;
      }
      const of = template.blocks.filter((x) => x !== b && x.columns.some((c) => labelKey(c.label) === tok.key)).map((x) => x.heading);
      if (!of.length) return;
      const range = trimmedRange(tok);
      out.push({ kind: 'another', raw: tok.raw.trim(), range, column: b.columns[i].id, label: b.columns[i].label, fix: !named.has(own[i]), block: { heading: b.heading, of } });
    });
  }
  return out;
}

/** A space-aligned line of numbers alone, after white space where its label would be (`        96171.6`). */
export const ALIGNED_NUMBERS = /^[ \u3000]{2,}[+\-－—–]?\d[\d.,]*(?:[ \u3000]{2,}[+\-－—–]?\d[\d.,]*)*[ \u3000]*$/;

/** An item heading of 表二 in a line's label key (`第二十条第(六)项`, also without its brackets or 第: `第二十条第六项`), its numeral in group 1. */
const ITEM_HEADING = /第二十条第?\(?([一二三四五六七八九十]+)\)?项/;
/** The same as written: spaces between its characters, brackets of either width. */
const ITEM_HEADING_WRITTEN = /第\s*二\s*十\s*条\s*第\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*项/;

/**
 * The 表二 item headings (`第二十条第（六）项`) of `lts` that do not say the item of the rows under them, or that
 * are not there (`TableModel.itemHeadings`, brk86 #7). For each item of the format whose rows were read by their
 * labels (`rows`), the heading it stands under is the last line naming an item (`第二十条第（…）项` alone on its line)
 * after the rows of the item before and above its first row:
 * - `wrong`: that heading names another item (`第二十条第（七）项`, none of the format's; or another item's, which
 *   then stands twice), while the item's own heading is nowhere in the table and no other heading or other item's
 *   row stands among its rows;
 * - `missing`: no line naming an item is there, but the item's rows are a table of their own, its header
 *   (`信息内容`, the column labels) after the rows of the item before (`first`: no item's rows above it, the table
 *   opens 表二) and nothing but empty lines between, the item's
 *   own heading is nowhere in the table, and some other item stands under its own heading (a report that writes
 *   none, or writes the items as one table, says nothing of where a heading goes).
 * A layout that scatters headings away from their rows (PDF text) has each item's heading somewhere, and is left alone.
 */
function t2ItemHeadings(rd: TextReader, lts: readonly LineTokens[], template: Table2Template, rows: readonly RowModel[]): ItemHeadingIssue[] {
  const headings: { line: number; numeral: string | null }[] = [];
  const keys = new Map<number, string>();
  for (const lt of lts) {
    if (lt.prose || !lt.tokens.length) continue;
    // (By its simplified form: a heading pasted in traditional characters, `第二十條第（五）項`, is the item's heading, and
    // no header line of its table.)
    const k = simplifiedChars(rd.key(lt.line));
    keys.set(lt.line, k);
    if (!k.includes('二十条')) continue;
    const m = ITEM_HEADING.exec(k);
    // Alone on its line (a colon after it at most): a heading of one item.
    headings.push({ line: lt.line, numeral: m && k.length - m[0].length <= 1 ? m[1] : null });
  }
  if (!headings.length) return [];
  const numeralOf = (heading: string) => ITEM_HEADING.exec(labelKey(heading))?.[1] ?? '';
  const spans = new Map<RowModel, [number, number]>();
  for (const r of rows) {
    if (r.match.kind === 'absent' || r.match.kind === 'positional' || !r.match.range) continue;
    const ends = r.cells.filter((c): c is Cell => c !== null).map((c) => c.range.end.line);
    spans.set(r, [r.match.range.start.line, Math.max(r.match.range.end.line, ...ends)]);
  }
  const blockOf = new Map(template.blocks.flatMap((b) => b.rows.map((r) => [r.id, b] as const)));
  const out: ItemHeadingIssue[] = [];
  let sibling = -1;
  for (const b of template.blocks) {
    const own = [...spans].filter(([r]) => blockOf.get(r.id) === b);
    if (!own.length) continue;
    const first = Math.min(...own.map(([, s]) => s[0])), last = Math.max(...own.map(([, s]) => s[1]));
    const others = [...spans].filter(([r]) => blockOf.get(r.id) !== b);
    if (others.some(([, s]) => s[0] > first && s[0] < last)) continue;
    const prev = Math.max(-1, ...others.map(([, s]) => s[1]).filter((e) => e < first));
    const numeral = numeralOf(b.heading);
    // The item's own heading anywhere in the table (as a heading or inside a line with other words).
    const ownAnywhere = [...keys.values()].some((k) => k.includes(`第二十条第(${numeral})项`) || k.includes(`第二十条第${numeral}项`));
    const above = headings.filter((h) => h.line > prev && h.line < first);
    const labels = b.rows.filter((r) => own.some(([x]) => x.id === r.id)).map((r) => r.label);
    if (above.length) {
      const h = above[above.length - 1];
      if (h.numeral === numeral) {
        // (A model for a heading to insert: as written, on a line of its own, no table row.)
        const text = rd.lines.line(h.line);
        if (sibling < 0 && ITEM_HEADING_WRITTEN.test(text) && !/[|｜\t<]/.test(text)) sibling = h.line;
        continue;
      }
      if (h.numeral === null || ownAnywhere || headings.some((x) => x.line > h.line && x.line <= last)) continue;
      const text = rd.lines.line(h.line);
      const m = ITEM_HEADING_WRITTEN.exec(text);
      const issue: ItemHeadingIssue = { kind: 'wrong', block: b.heading, rows: labels, line: h.line, raw: text.trim() };
      if (m) {
        const at = m.index + m[0].indexOf(m[1], m[0].search(/[（(]/));
        issue.numeral = { start: { line: h.line, character: at }, end: { line: h.line, character: at + m[1].length } };
      }
      out.push(issue);
      continue;
    }
    if (ownAnywhere) continue;
    // The item's own table: header lines (and empty lines, a delimiter row) right above its first row, after the
    // rows of the item before.
    let top = -1;
    for (let l = first - 1; l > prev; l--) {
      const k = keys.get(l);
      if (k === undefined || k === '') continue;
      if (!isTable2HeaderLine(k) || k.includes('二十条')) break;
      top = l;
    }
    if (top < 0) continue;
    // The table's opening lines above its header (`<table>`, a grid table's border `+---+`) are the table's too.
    while (top - 1 > prev && rd.lines.line(top - 1).trim() && /^[-+=:|｜]*$/.test(rd.key(top - 1))) top--;
    let gap = true;
    for (let l = prev + 1; l < top; l++) if (keys.get(l)) gap = false;
    // In a pipe table the line above the header is no row of it (the item's table starts there, not a header row inside the table before).
    if (!gap || (prev >= 0 && top - 1 === prev && /^\s*[|｜]/.test(rd.lines.line(top)))) continue;
    out.push({ kind: 'missing', block: b.heading, rows: labels, line: top, ...(prev < 0 ? { first: true } : {}) });
  }
  // A missing heading only where another item has its own.
  const said = out.filter((x) => x.kind === 'wrong' || sibling >= 0);
  if (sibling >= 0) for (const x of said) if (x.kind === 'missing') x.sibling = sibling;
  return said;
}

/**
 * The column orders of 表二's blocks whose header names their columns in another order than the template's
 * (`现行有效件数 | 本年制发件数 | 本年废止件数`): per block id, the header's columns (as `HeaderColumns`), taken when
 * the header names each of the block's columns once (a misspelling counting as the label it misspells) and no
 * other, and every row of the block has as many values. A reordered header that does not meet this is a
 * `conflict`: the block's values cannot be told apart. A block with one column, or whose header is in the
 * template's order or cannot be found (the nearest line above its first row naming one of its columns), is read
 * by position.
 */
function t2HeaderOrders(lts: LineTokens[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token }>): { headers: Record<string, HeaderColumns>; conflict: { block: string; labels: string[] } | null } {
  const headers: Record<string, HeaderColumns> = {};
  const rowLines = new Set([...byLabel.values()].map((h) => h.tok.line));
  for (const b of template.blocks) {
    if (b.columns.length < 2) continue;
    const hits = b.rows.map((r) => byLabel.get(labelKey(r.label))).filter((h) => h !== undefined);
    if (!hits.length) continue;
    const keys = b.columns.map((c) => labelKey(c.label));
    const line = blockHeaderCells(lts, hits, rowLines, keys);
    if (!line) continue;
    const cells: HeaderCell[] = (line.prose ? proseCells(line) : line.tokens)
      .filter((t) => t.kind !== 'value')
      .map((tok) => ({ tok, col: tok.kind === 'text' ? keys.indexOf(tok.key) : -1, group: false }));
    // The first cell heads the row labels (信息内容), not a value column.
    if (cells.length && cells[0].col < 0) cells.shift();
    const taken = new Set(cells.map((c) => c.col));
    for (const c of cells) {
      if (c.col >= 0 || c.tok.kind !== 'text' || c.tok.key.length < 2) continue;
      c.col = misspelledColumn(c.tok.key, keys, taken);
      taken.add(c.col);
    }
    const named = cells.filter((c) => c.col >= 0).map((c) => c.col);
    // A label twice on the line is two tables side by side (a comparison of two years), not an order.
    if (new Set(named).size < named.length) continue;
    if (!named.some((c, i) => i > 0 && c < named[i - 1])) {
      // In order, a column left out of header and rows alike (`本年制发件数 | 现行有效件数`, every row two numbers): the
      // rows are read by the header, not by position (their last number is 现行有效, not 本年废止).
      const missing = keys.map((_, j) => j).filter((j) => !named.includes(j));
      const withValues = hits.filter((h) => h.seg.values.some((v) => v.kind === 'value'));
      if (missing.length && named.length && named.length === cells.length && withValues.length
        && withValues.every((h) => trimmedLength(fitTabFields(h.seg.values, named.length), named.length) === named.length && h.seg.values.filter((v) => v.kind === 'value').length === named.length)) {
        const first = tokenRange(cells[0].tok), last = tokenRange(cells[cells.length - 1].tok);
        headers[b.id] = { order: named, extra: [], range: { start: first.start, end: last.end }, missing };
      }
      continue;
    }
    const complete = cells.length === keys.length && new Set(named).size === keys.length && named.length === keys.length;
    const fit = hits.every((h) => trimmedLength(fitTabFields(h.seg.values, keys.length), keys.length) === keys.length);
    const labels = cells.map((c) => c.tok.raw.trim());
    if (!complete || !fit) return { headers, conflict: { block: b.heading, labels } };
    const first = tokenRange(cells[0].tok), last = tokenRange(cells[cells.length - 1].tok);
    headers[b.id] = { order: cells.map((c) => c.col), extra: [], range: { start: first.start, end: last.end } };
  }
  return { headers, conflict: null };
}

/** A header cell that heads an amount: 金额, or a money unit in brackets or after 单位 (`（万元）`, `单位：元`). */
const AMOUNT_HEADER = /金额|单位[:：]?\s*(?:亿元|万元|元)|[(（]\s*(?:亿元|万元|元)\s*[)）]/;

/** The lines of the 表二 rows found (`byLabel`) other than those of the block whose row keys are `own`. */
function rowLinesOf(byLabel: Map<string, { seg: Segment; tok: Token }>, own: readonly string[]): Set<number> {
  const mine = new Set(own.map((k) => byLabel.get(k)?.tok.line));
  return new Set([...byLabel.values()].map((h) => h.tok.line).filter((l) => !mine.has(l)));
}

/**
 * The value positions of the 表二 row on line `rowLine` whose header cell, as the report writes it, heads an amount
 * (`AMOUNT_HEADER`: `本年收费金额（单位：万元）`, `采购总金额`): the header is the nearest line above the row with two
 * cells of text or more, not looking past another row (`rowLines`); its first cell heads the row labels. Empty when
 * there is none. Amounts may have decimals in every format (templates.md §4, §6.4), whichever format's column the
 * position is read as.
 */
function t2AmountPositions(lts: LineTokens[], rowLine: number, rowLines: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (let k = lts.length - 1; k >= 0; k--) {
    const lt = lts[k];
    if (lt.line >= rowLine) continue;
    if (rowLines.has(lt.line)) break;
    const cells = (lt.prose ? proseCells(lt) : lt.tokens).filter((t) => t.kind !== 'value');
    // (A row of the block above this one, its numbers among them, is no header.)
    if (cells.filter((t) => t.kind === 'text').length < 2 || lt.tokens.some((t) => t.kind === 'value')) continue;
    cells.slice(1).forEach((t, i) => {
      if (t.kind === 'text' && AMOUNT_HEADER.test(t.raw.normalize('NFKC'))) out.add(i);
    });
    break;
  }
  return out;
}

/** Whether line tokens `lt` are one cell of text alone (a table pasted one cell a line, with or without its ` |`). */
function oneTextCell(lt: LineTokens): boolean {
  return !lt.prose && !lt.pipeRow && !lt.html && lt.tokens.length === 1 && lt.tokens[0].kind === 'text';
}

/**
 * A 表二 block's header line `line` when it is one cell of a header pasted one cell a line (`信息内容 |`,
 * `现行有效件数 |`, … each on its own line, brk86 #4: the block's values were read by position, whatever its header
 * said): the run of one-cell lines around it as one line of those cells, in order, so that the header is read by
 * its column names as a pipe row's is. The run goes up to a block heading (`第二十条第（一）项`), a row's label
 * (`rowLines`) or a line of anything else, and down to the block's first row (line `first`); empty lines in it
 * are passed over. Any other line as it is.
 */
function headerCellRunAt(lts: LineTokens[], line: LineTokens, first: number, rowLines: ReadonlySet<number>): LineTokens {
  if (!oneTextCell(line)) return line;
  const at = lts.indexOf(line);
  const inRun = (lt: LineTokens) => oneTextCell(lt) && !rowLines.has(lt.line) && lt.line < first && !lt.tokens[0].key.includes('第二十条');
  let a = at, b = at;
  for (let k = at - 1; k >= 0; k--) {
    if (!lts[k].tokens.length && !lts[k].prose) continue;
    if (!inRun(lts[k])) break;
    a = k;
  }
  for (let k = at + 1; k < lts.length; k++) {
    if (!lts[k].tokens.length && !lts[k].prose) continue;
    if (!inRun(lts[k])) break;
    b = k;
  }
  if (a === b) return line;
  const tokens = lts.slice(a, b + 1).flatMap((lt) => lt.tokens);
  return { line: lts[a].line, tokens, pipeRow: false, values: 0, prose: false };
}

/**
 * A 表二 block's header as one line of cells: `blockHeaderLine` over each line's cells (a line of prose split into
 * them), and, for a header pasted one cell a line, its whole run of cells (`headerCellRunAt`); null when none.
 */
function blockHeaderCells(lts: LineTokens[], hits: { tok: Token }[], rowLines: Set<number>, keys: string[]): LineTokens | null {
  const found = blockHeaderLine(lts, hits, rowLines, keys, (lt) => (lt.prose ? proseCells(lt) : lt.tokens));
  return found && headerCellRunAt(lts, found, Math.min(...hits.map((h) => h.tok.line)), rowLines);
}

/**
 * The header line of a 表二 block: the nearest line above its first row found (`hits`) whose cells (`cellsOf`) name
 * one of its columns (`keys`, label keys), not looking past a row of another block (`rowLines`); null when none.
 */
function blockHeaderLine(lts: LineTokens[], hits: { tok: Token }[], rowLines: Set<number>, keys: string[], cellsOf: (lt: LineTokens) => Token[]): LineTokens | null {
  const firstLine = Math.min(...hits.map((h) => h.tok.line));
  for (let k = lts.length - 1; k >= 0; k--) {
    const lt = lts[k];
    if (lt.line >= firstLine) continue;
    if (rowLines.has(lt.line)) return null;
    if (cellsOf(lt).some((t) => t.kind === 'text' && keys.includes(t.key))) return lt;
  }
  return null;
}

/**
 * The blocks of 表二 whose header row spreads its columns over more cells than the template has, as a Word table's
 * merged cells pasted into markdown (templates.md §4.2: G1 spans three grid columns): a header cell repeated
 * (`| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |`) or padded with empty cells
 * (`| 信息内容 | | 本年处理决定数量 | |`). Per block id: for each value cell of a row, left to right, the index of the
 * template column whose merged cell it is part of (an empty header cell belongs to the named cell before it, or,
 * before the first, to the first). Taken only when the header names every column of the block, nothing else, and
 * in the template's order (a label twice out of order is two tables side by side, which this is not).
 */
function t2MergedSpreads(lts: LineTokens[], template: Table2Template, byLabel: Map<string, { seg: Segment; tok: Token }>): Record<string, number[]> {
  const spreads: Record<string, number[]> = {};
  const rowLines = new Set([...byLabel.values()].map((h) => h.tok.line));
  for (const b of template.blocks) {
    const hits = b.rows.map((r) => byLabel.get(labelKey(r.label))).filter((h) => h !== undefined);
    if (!hits.length) continue;
    const keys = b.columns.map((c) => labelKey(c.label));
    const line = blockHeaderLine(lts, hits, rowLines, keys, (lt) => lt.tokens);
    if (!line || !line.pipeRow) continue;
    const cells = line.tokens.filter((t) => t.kind !== 'value');
    // The first cell heads the row labels (信息内容), not a value column.
    if (cells.length && !(cells[0].kind === 'text' && keys.includes(cells[0].key))) cells.shift();
    if (cells.length <= keys.length) continue;
    const named = cells.map((t) => (t.kind === 'blank' ? -1 : keys.indexOf(t.key)));
    if (named.some((c, i) => c < 0 && cells[i].kind !== 'blank')) continue;
    const order = named.filter((c) => c >= 0);
    if (new Set(order).size !== keys.length || order.some((c, i) => i > 0 && c < order[i - 1])) continue;
    let last = order[0];
    spreads[b.id] = named.map((c) => (c >= 0 ? (last = c) : last));
  }
  return spreads;
}

/**
 * A row's values with the cells of each merged column (`spread`, see `t2MergedSpreads`) made one: the number
 * written in it (repeated as often as the header repeats the column, or standing in one of its cells beside empty
 * ones), or an empty cell when none holds one; then any cells past the header's. The row as it is when two cells of
 * one column hold different numbers (two values, which cell-count reports).
 */
function collapseSpread(values: Token[], spread: number[], width: number): Token[] {
  const chosen: (Token | undefined)[] = new Array(width);
  for (let pos = 0; pos < Math.min(values.length, spread.length); pos++) {
    const tok = values[pos], col = spread[pos];
    const had = chosen[col];
    if (tok.kind === 'blank') { if (!had) chosen[col] = tok; continue; }
    if (had && had.kind !== 'blank' && had.raw.trim() !== tok.raw.trim()) return values;
    if (!had || had.kind === 'blank') chosen[col] = tok;
  }
  const out: Token[] = [];
  for (const tok of chosen) { if (!tok) break; out.push(tok); }
  return out.length === width ? [...out, ...values.slice(spread.length)] : values;
}

function dedupe<T extends { label: string }>(cols: T[]): T[] {
  const seen = new Set<string>();
  return cols.filter((c) => (seen.has(c.label) ? false : (seen.add(c.label), true)));
}

function tableEnd(lts: LineTokens[], span: LineSpan, rd?: TextReader): LineSpan {
  let last = span.start;
  // 表二 (`rd` given): its header lines count too, so the last item's block is in the table when its row is missing,
  // and so does a row label alone on its line (the row row-missing inserts into a table of one cell a line).
  const t2Line = (key: string) => isTable2HeaderLine(key) || TABLE2_ROW_LABELS.includes(t2RowKeyOf(key));
  for (const lt of lts) if (lt.values > 0 || (rd && t2Line(rd.key(lt.line)))) last = lt.line;
  return { start: span.start, end: last + 1 };
}
