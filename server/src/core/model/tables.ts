import type { Cell, ColumnModel, LabelMatch, Range, RowModel, TableModel } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { bigramCoverage, labelKey } from '../text/normalize.js';
import type { Table2Template, Table3Template, Table4Template, TemplateColumn } from '../templates/index.js';
import { readCell, type LineTokens, type Token } from '../parse/tokens.js';
import { compareLabel, misspellingBudget } from './labels.js';
import { keyOf, segmentize, tokenizeLines, type Segment } from './segments.js';
import { editDistance } from '../text/normalize.js';

/** Lines `[start, end)` that a table occupies. */
export interface LineSpan {
  start: number;
  end: number;
}

const ABSENT: LabelMatch = { kind: 'absent', raw: '', range: null, distance: 0 };

function spanRange(lines: LineIndex, span: LineSpan): Range {
  const last = Math.max(span.start, span.end - 1);
  return { start: { line: span.start, character: 0 }, end: { line: last, character: lines.line(last).length } };
}

function layoutOf(lts: LineTokens[]): string {
  let pipeRows = 0, pipeCells = 0, spaced = 0;
  for (const lt of lts) {
    if (!lt.tokens.length) continue;
    if (lt.pipeRow) pipeRows++;
    else if (lt.tokens.length === 1 && lt.tokens[0].pipe) pipeCells++;
    else if (lt.values >= 2) spaced++;
  }
  const max = Math.max(pipeRows, pipeCells, spaced);
  if (max === 0) return 'none';
  const kinds = [pipeRows, pipeCells, spaced].filter((n) => n >= max / 3).length;
  if (kinds > 1) return 'mixed';
  return max === pipeRows ? 'pipe' : max === pipeCells ? 'cell-per-line' : 'space-aligned';
}

function cellsOf(values: Token[], columns: readonly TemplateColumn[]): { cells: (Cell | null)[]; count: number } {
  // Blank cells past the template's columns are the empty trailing cells of a wider pasted row, not data.
  let vals = values;
  while (vals.length > columns.length && vals[vals.length - 1].kind === 'blank') vals = vals.slice(0, -1);
  const cells = columns.map((c, i) => (vals[i] ? readCell(vals[i], { signed: c.kind === 'signed', decimal: c.kind === 'amount' }) : null));
  return { cells, count: vals.length };
}

// ---------------------------------------------------------------------------------------------- 表三

/** Data rows of a 表三 template, as the alignment sees them. */
interface RowSpec {
  id: string;
  label: string;
  key: string;
  variants: string[];
}

const rowSpecs = new WeakMap<Table3Template, RowSpec[]>();
function dataRows(t: Table3Template): RowSpec[] {
  let specs = rowSpecs.get(t);
  if (!specs) {
    specs = t.rows.filter((r) => r.data).map((r) => ({ id: r.id, label: r.label, key: labelKey(r.label), variants: r.variants ?? [] }));
    rowSpecs.set(t, specs);
  }
  return specs;
}

/** The label context of a segment: the words beside its numbers and the last lines of text above them. */
function contextKey(seg: Segment): string {
  const before = keyOf(seg.before);
  return before.slice(-60) + keyOf(seg.inline);
}

/**
 * Aligns value segments with template rows in order (dynamic programming), so that rows are found by their
 * labels where the labels are readable and by their order where a layout scattered them (markdown from PDF).
 * Returns, per template row, the index of its segment or -1, and the alignment's score.
 */
function alignRows(segs: Segment[], rows: RowSpec[], width: number): { assign: number[]; score: number } {
  const n = segs.length, m = rows.length;
  const ctx = segs.map(contextKey);
  const counts = segs.map((s) => {
    let v = s.values;
    while (v.length > width && v[v.length - 1].kind === 'blank') v = v.slice(0, -1);
    return { n: v.length, blank: v.every((t) => t.kind === 'blank') };
  });
  // `bigramCoverage(rows[j].key, ctx[i])` for every pair at once: an index from each bigram to the rows whose
  // label has it (with how often), then one pass over each context's distinct bigrams.
  const byBigram = new Map<string, number[]>();
  for (let j = 0; j < m; j++) {
    const key = rows[j].key;
    for (let k = 0; k + 1 < key.length; k++) {
      const g = key.slice(k, k + 2);
      let list = byBigram.get(g);
      if (!list) byBigram.set(g, (list = []));
      list.push(j);
    }
  }
  const cov: Float64Array[] = ctx.map((c) => {
    const hits = new Float64Array(m);
    const seen = new Set<string>();
    for (let k = 0; k + 1 < c.length; k++) {
      const g = c.slice(k, k + 2);
      if (seen.has(g)) continue;
      seen.add(g);
      const list = byBigram.get(g);
      if (list) for (const j of list) hits[j]++;
    }
    for (let j = 0; j < m; j++) hits[j] = rows[j].key.length < 2 ? bigramCoverage(rows[j].key, c) : hits[j] / (rows[j].key.length - 1);
    return hits;
  });
  const coverage = (j: number, i: number) => cov[i][j];
  const match = (i: number, j: number) => {
    const c = counts[i];
    // A row of blank cells (a group label padded to the table's width) is a data row only if its label says so.
    if (c.blank) return 4 * coverage(j, i) - 2;
    const fit = c.n === width ? 1 : c.n >= width - 3 && c.n <= width + 1 ? 0 : -3;
    return 1 + 4 * coverage(j, i) + fit;
  };
  const skipSeg = (i: number) => (counts[i].blank ? 0 : counts[i].n <= 2 ? -0.3 : -2);
  const SKIP_ROW = -1.5;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  dp[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity, how = 0;
      if (i > 0 && j > 0) {
        const v = dp[i - 1][j - 1] + match(i - 1, j - 1);
        if (v > best) { best = v; how = 1; }
      }
      if (i > 0 && dp[i - 1][j] + skipSeg(i - 1) > best) { best = dp[i - 1][j] + skipSeg(i - 1); how = 2; }
      if (j > 0 && dp[i][j - 1] + SKIP_ROW > best) { best = dp[i][j - 1] + SKIP_ROW; how = 3; }
      dp[i][j] = best;
      from[i][j] = how;
    }
  }
  const assign = new Array<number>(m).fill(-1);
  let i = n, j = m;
  while (i > 0 || j > 0) {
    const how = from[i][j];
    if (how === 1) { assign[j - 1] = i - 1; i--; j--; }
    else if (how === 2) i--;
    else j--;
  }
  return { assign, score: dp[n][m] };
}

/** Finds the label of a row among the words around its numbers and compares it with the template. */
function rowLabel(seg: Segment, spec: RowSpec): LabelMatch {
  const around = keyOf(seg.before) + keyOf(seg.inline) + keyOf(seg.after.filter((t) => !/^\d/.test(t.key)));
  if (around.includes(spec.key)) {
    const tok = [...seg.inline].reverse().find((t) => spec.key.includes(t.key.slice(0, 4))) ?? seg.inline[seg.inline.length - 1] ?? seg.before[seg.before.length - 1];
    return { kind: 'exact', raw: tok?.raw ?? '', range: tok?.range ?? null, distance: 0 };
  }
  // A clean single label: the last pipe cell before the numbers, or the words before them on the line.
  const inline = seg.inline.filter((t) => !/^[一二三四五六七八九十]+、$/.test(t.key));
  const cand: Token[] = inline.length ? (inline[0].pipe ? [inline[inline.length - 1]] : inline) : seg.before.slice(-1);
  if (!cand.length) return { kind: 'positional', raw: '', range: null, distance: 0 };
  const raw = cand.map((t) => t.raw).join(' ');
  const range: Range = { start: cand[0].range.start, end: cand[cand.length - 1].range.end };
  const m = compareLabel(raw, spec.label, spec.variants, range);
  // A label a layout cut short or wrapped is not a misspelling: only a label as long as the template's counts.
  if (m.kind === 'misspelled' && Math.abs(labelKey(raw).length - spec.key.length) > misspellingBudget(spec.key.length)) return { ...m, kind: 'positional' };
  return m;
}

/** Finds the lines of 表三: from its header (corner text, 申请人情况) to the values of `四、结转下年度继续办理`. */
export function findTable3(lines: LineIndex, from: number, to: number, headingLines: Set<number>): LineSpan | null {
  const keys = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理'];
  let anchor = -1, lastRow = -1;
  for (let i = from; i < to; i++) {
    const raw = lines.line(i);
    // Cheap test first: every anchor label has 新收 or 结转 (a layout may put spaces inside).
    if (!/新\s*收|结\s*转|結\s*轉/.test(raw)) continue;
    const k = labelKey(raw);
    if (k.length > 80) continue;
    if (anchor < 0 && (k.includes(keys[0]) || k.includes(keys[1]))) anchor = i;
    if (anchor >= 0 && k.includes(keys[2])) { lastRow = i; break; }
  }
  if (anchor < 0) return null;
  let start = anchor;
  for (let i = anchor - 1; i >= Math.max(from, anchor - 40); i--) {
    if (headingLines.has(i)) break;
    if (/^[|\s:\-]*$/.test(lines.line(i))) continue;
    const k = labelKey(lines.line(i));
    if (k.length > 120 && !/\|/.test(lines.line(i))) break;
    if (/勾稽关系|申请人情况|自然人|法人或其他组织|商业企业|表三/.test(k)) start = i;
  }
  let end: number;
  if (lastRow >= 0) {
    end = lastRow + 1;
    // Values below the last label (one cell per line) belong to it.
    while (end < to && end - lastRow <= 10) {
      const t = lines.line(end).trim();
      if (t && !/^[|\s\d.+\-－—–,，]*$/.test(t)) break;
      end++;
    }
  } else {
    end = Math.min(to, anchor + 150);
    for (let i = anchor + 1; i < end; i++) if (headingLines.has(i)) { end = i; break; }
  }
  return { start, end };
}

/**
 * Reads 表三 in lines `span` with the row list of `template`.
 * The header (corner text, applicant columns) is the text above the first value row.
 */
export function readTable3(lines: LineIndex, span: LineSpan, template: Table3Template): { table: TableModel; score: number } {
  const lts = tokenizeLines(lines, span.start, span.end);
  const { segments } = segmentize(lts);
  const specs = dataRows(template);
  const width = template.columns.length;
  const { assign, score } = alignRows(segments, specs, width);
  const rows: RowModel[] = [];
  const firstSeg = Math.min(...assign.filter((a) => a >= 0), segments.length);
  for (const r of template.rows) {
    const k = specs.findIndex((s) => s.id === r.id);
    if (k < 0) {
      // A group label (no numbers): found if its words appear in the table.
      const key = labelKey(r.label);
      const found = lts.some((lt) => lt.tokens.some((t) => t.kind === 'text' && t.key.includes(key)));
      rows.push({ id: r.id, label: r.label, match: found ? { kind: 'exact', raw: r.label, range: null, distance: 0 } : { ...ABSENT, kind: 'positional' }, cells: [], cellCount: 0 });
      continue;
    }
    const si = assign[k];
    if (si < 0) {
      rows.push({ id: r.id, label: r.label, match: ABSENT, cells: template.columns.map(() => null), cellCount: 0 });
      continue;
    }
    const seg = segments[si];
    const { cells, count } = cellsOf(seg.values, template.columns);
    const match = rowLabel(seg, specs[k]);
    // A row of blank cells found only by its position is a padded group label, not this data row.
    if (match.kind === 'positional' && seg.values.every((v) => v.kind === 'blank')) {
      rows.push({ id: r.id, label: r.label, match: ABSENT, cells: template.columns.map(() => null), cellCount: 0 });
      continue;
    }
    rows.push({ id: r.id, label: r.label, match, cells, cellCount: count });
  }
  const headerTokens: Token[] = [];
  const headerEnd = firstSeg < segments.length ? segments[firstSeg].line : span.end;
  for (const lt of lts) if (lt.line < headerEnd) for (const t of lt.tokens) if (t.kind === 'text') headerTokens.push(t);
  const columns = readColumns(headerTokens, [
    { id: 'corner', label: template.corner },
    ...template.columns.map((c) => ({ id: c.id, label: c.label })),
  ], [...template.headerGroups, '表三', '收到和处理政府信息公开申请情况']);
  const table: TableModel = {
    id: 't3', name: template.name, range: spanRange(lines, span), layout: layoutOf(lts), rows, columns,
  };
  const found = rows.filter((r) => r.cells.length && r.match.kind !== 'absent').length;
  // Two tables side by side (a two-column page, a comparison of two years): the same row label twice on a line.
  const sideBySide = lts.some((lt) => specs.some((s) => s.key.length >= 6 && lt.tokens.filter((t) => t.kind === 'text' && t.key.includes(s.key)).length >= 2));
  if (sideBySide) {
    table.broken = { zh: '表三似乎是两张表并排排版（同一行出现两次相同的行标签），无法确定每个数属于哪张表，未做逐行和勾稽检查', en: '表三 seems to be two tables side by side (the same row label twice on a line); which number belongs to which table cannot be told, so rows and sums were not checked' };
  } else if (found && found < specs.length / 2) {
    table.broken = { zh: `表三只读出 ${found} 行（共 ${specs.length} 行），表格可能不完整或排版已损坏`, en: `only ${found} of ${specs.length} rows of 表三 could be read; the table may be cut off or its layout broken` };
  }
  return { table, score };
}

/**
 * Maps header cells to template column labels. A label counts as present when the header's text contains it
 * (a layout may split a header over lines); a header cell that is none of the known labels but within a few
 * edits of a label that is absent is that label misspelled (only for cells a pipe row delimits).
 */
function readColumns(header: Token[], columns: { id: string; label: string }[], known: string[]): ColumnModel[] {
  const joined = keyOf(header);
  const knownKeys = new Set([...known, ...columns.map((c) => c.label)].map(labelKey));
  const unknown = header.filter((t) => t.pipe && t.key.length >= 2 && !knownKeys.has(t.key));
  const used = new Set<Token>();
  return columns.map((c) => {
    const key = labelKey(c.label);
    if (joined.includes(key)) return { id: c.id, label: c.label, match: { kind: 'exact', raw: c.label, range: null, distance: 0 } };
    let best: Token | null = null, bestD = Infinity;
    for (const t of unknown) {
      // A misspelling keeps the label's first character (商业机构 → 商业企业); a fragment of another label does not.
      if (used.has(t) || Math.abs(t.key.length - key.length) > 2 || t.key[0] !== key[0]) continue;
      const d = editDistance(t.key, key);
      if (d < bestD) { bestD = d; best = t; }
    }
    if (best && bestD <= Math.max(1, Math.floor(key.length / 2))) {
      used.add(best);
      return { id: c.id, label: c.label, match: { kind: 'misspelled', raw: best.raw, range: best.range, distance: bestD } };
    }
    return { id: c.id, label: c.label, match: header.length ? { ...ABSENT, kind: 'positional' } : ABSENT };
  });
}

// ---------------------------------------------------------------------------------------------- 表四

/** Finds the lines of 表四: from its first header word (行政复议, 结果维持) to the next section. */
export function findTable4(lines: LineIndex, from: number, to: number, headingLines: Set<number>): LineSpan | null {
  let start = -1;
  for (let i = from; i < to; i++) {
    const t = lines.line(i);
    if (headingLines.has(i)) {
      if (i > from) break;
      continue;
    }
    if (labelKey(t).length > 80) continue;
    if (/行政复议|结果维持|结果\s*纠正|复议后起诉/.test(t) && !/[。]/.test(t)) { start = i; break; }
  }
  if (start < 0) return null;
  let end = to;
  for (let i = start + 1; i < to; i++) if (headingLines.has(i)) { end = i; break; }
  return { start, end };
}

/** Reads 表四: the 15 values (三 groups × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计) in reading order. */
export function readTable4(lines: LineIndex, span: LineSpan, template: Table4Template): TableModel {
  const lts = tokenizeLines(lines, span.start, span.end);
  const values: Token[] = [];
  const header: Token[] = [];
  let end = span.start;
  for (const lt of lts) {
    if (values.length >= 15) break;
    if (lt.prose) { if (values.length) break; continue; }
    // Header rows (with words) may have empty cells for merged headers: those are not value cells.
    const hasText = lt.tokens.some((t) => t.kind === 'text');
    let rowVals = lt.tokens.filter((t) => t.kind === 'value' || (t.kind === 'blank' && !hasText));
    // Trailing blanks of a wider pasted row are not cells.
    while (rowVals.length && rowVals[rowVals.length - 1].kind === 'blank' && values.length + rowVals.length > 15) rowVals = rowVals.slice(0, -1);
    for (const t of lt.tokens) if (t.kind === 'text' && !values.length) header.push(t);
    values.push(...rowVals.slice(0, 15 - values.length));
    if (rowVals.length) end = lt.line + 1;
  }
  const cols = template.groups.flatMap((g) => template.leaves.map((l, i) => ({ id: `${g.id}.${i + 1}`, label: `${g.parent ? g.parent + '/' : ''}${g.label}/${l}`, kind: 'count' as const })));
  const { cells } = cellsOf(values, cols);
  const joined = keyOf(header);
  const columns: ColumnModel[] = template.groups.map((g) => ({
    id: g.id, label: g.label,
    match: joined.includes(labelKey(g.label)) ? { kind: 'exact', raw: g.label, range: null, distance: 0 } : { ...ABSENT, kind: header.length ? 'positional' : 'absent' },
  }));
  const row: RowModel = {
    id: 'T4', label: '行政复议、行政诉讼', match: { kind: 'exact', raw: '', range: values[0]?.range ?? null, distance: 0 }, cells, cellCount: values.length,
  };
  const table: TableModel = {
    id: 't4', name: template.name, range: spanRange(lines, { start: span.start, end: Math.max(end, span.start + 1) }), layout: layoutOf(lts), rows: [row], columns,
  };
  if (values.length > 0 && values.length < 15) {
    table.broken = { zh: `表四只读出 ${values.length} 个数（应为 15 个），表格可能不完整`, en: `only ${values.length} of the 15 numbers of 表四 could be read; the table may be cut off` };
  }
  return table;
}

// ---------------------------------------------------------------------------------------------- 表二

/** Finds the lines of 表二: from the first `第二十条第（…）项` or `信息内容` line to `to`. */
export function findTable2(lines: LineIndex, from: number, to: number): LineSpan | null {
  for (let i = from; i < to; i++) {
    const k = labelKey(lines.line(i));
    if (k.length < 60 && /第二十条第\([一二三四五六七八九十]+\)项|^\|?信息内容/.test(k)) return { start: i, end: to };
  }
  return null;
}

/** Row labels of 表二 in every format, to recognise a row of another format as such. */
export const TABLE2_ROW_LABELS = ['规章', '规范性文件', '行政规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购'];

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
export function readTable2(lines: LineIndex, span: LineSpan, template: Table2Template): { table: TableModel; foreign: ForeignRow[]; headerText: string } {
  const lts = tokenizeLines(lines, span.start, span.end);
  const { segments } = segmentize(lts);
  const allCols = template.blocks.flatMap((b) => b.columns);
  const byLabel = new Map<string, { seg: Segment; tok: Token }>();
  const foreign: ForeignRow[] = [];
  const ownKeys = new Set(template.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label))));
  for (const seg of segments) {
    const tok = seg.inline.length ? seg.inline[seg.inline.length - 1] : seg.before[seg.before.length - 1];
    if (!tok) continue;
    const key = tok.key.replace(/^\d+[.、]/, '');
    if (ownKeys.has(key)) {
      if (!byLabel.has(key)) byLabel.set(key, { seg, tok });
    } else if (TABLE2_ROW_LABELS.includes(key)) {
      foreign.push({ label: tok.raw, range: tok.range, cells: seg.values.map((v) => readCell(v)) });
    }
  }
  const rows: RowModel[] = [];
  for (const b of template.blocks) {
    for (const r of b.rows) {
      const hit = byLabel.get(labelKey(r.label));
      if (!hit) {
        rows.push({ id: r.id, label: r.label, match: ABSENT, cells: b.columns.map(() => null), cellCount: 0 });
        continue;
      }
      const { cells, count } = cellsOf(hit.seg.values, b.columns);
      rows.push({ id: r.id, label: r.label, match: { kind: 'exact', raw: hit.tok.raw, range: hit.tok.range, distance: 0 }, cells, cellCount: count });
    }
  }
  // Column headers: all text that is not a row label, per block heading.
  const headerTokens: Token[] = [];
  for (const lt of lts) for (const t of lt.tokens) if (t.kind === 'text' && !TABLE2_ROW_LABELS.includes(t.key)) headerTokens.push(t);
  const known = [template.firstHeader, ...template.blocks.map((b) => b.heading), '表二', '主动公开政府信息情况'];
  const columns = readColumns(headerTokens, dedupe(allCols.map((c) => ({ id: c.id, label: c.label }))), known);
  const table: TableModel = { id: 't2', name: template.name, range: spanRange(lines, tableEnd(lts, span)), layout: layoutOf(lts), rows, columns };
  return { table, foreign, headerText: keyOf(headerTokens) };
}

function dedupe<T extends { label: string }>(cols: T[]): T[] {
  const seen = new Set<string>();
  return cols.filter((c) => (seen.has(c.label) ? false : (seen.add(c.label), true)));
}

function tableEnd(lts: LineTokens[], span: LineSpan): LineSpan {
  let last = span.start;
  for (const lt of lts) if (lt.values > 0) last = lt.line;
  return { start: span.start, end: last + 1 };
}
