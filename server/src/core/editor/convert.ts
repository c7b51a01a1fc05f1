/**
 * The "convert to pipe table" refactoring: a table pasted in another layout (one cell per line, space-aligned
 * columns, a mix) rewritten as the authoring pipe table with the values the engine read, cell for cell. Labels
 * become the template's, except a misspelled label, which is kept as written (its own rule reports it); rows the
 * text does not have are not invented; a blank cell stays blank. No number is ever dropped: when one cannot be
 * placed (a row of another format's 表二, a value past a row's last column, a number in the table's lines that
 * no row read), the table is not converted at all; nor when a comment (`<!-- … -->`) sits among its lines. Pure.
 */
import type { Cell, Range, RowModel, TableId, TableModel, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { tokenizeLine } from '../parse/tokens.js';
import { renderPipeTable } from '../fix/render.js';
import { editorTemplate } from './guide.js';

function label(r: RowModel): string {
  return r.match.kind === 'misspelled' && r.match.raw ? r.match.raw : r.label;
}

/** A cell the text wrote something in (a number, or a stand-in such as `-` or `无`). */
function written(c: Cell | null | undefined): boolean {
  return Boolean(c && c.raw.trim());
}

/** The rows written into the converted table, with how many of their cells were. */
class Placed {
  private readonly widths = new Map<RowModel, number>();
  /** Row `r`'s label and its first `width` cells as written (a blank cell stays blank). */
  row(r: RowModel, width: number): string[] {
    this.widths.set(r, Math.max(width, this.widths.get(r) ?? 0));
    const out = [label(r)];
    for (let i = 0; i < width; i++) out.push(r.cells[i]?.raw.trim() ?? '');
    return out;
  }
  /** Row `r`'s cells without its label (表四's one row has none). */
  cells(r: RowModel, width: number): string[] {
    return this.row(r, width).slice(1);
  }
  /**
   * How many written cells of `t` the converted table holds, or -1 when a value read is not in it: a row with a
   * written cell not placed with all its cells, or a row with values past its template columns (the reader
   * keeps only those).
   */
  count(t: TableModel): number {
    let n = 0;
    for (const r of t.rows) {
      if (r.cellCount > r.cells.length) return -1;
      const width = this.widths.get(r) ?? 0;
      for (let i = 0; i < r.cells.length; i++) {
        if (!written(r.cells[i])) continue;
        if (i >= width) return -1;
        n++;
      }
    }
    return n;
  }
}

/** The table rendered as a pipe table with the values read, and how many written cells it holds. */
function render(report: Report, t: TableModel, eol: string): { text: string; cells: number } | null {
  const tpl = editorTemplate(report.format);
  const placed = new Placed();
  let text: string | null = null;
  if (t.id === 't3' && tpl.tables.t3) {
    const t3 = tpl.tables.t3;
    const rows: string[][] = [[t3.corner, ...t3.columns.map((c) => c.label)]];
    // The rows as read, in the order of the row list the table was read with: a 2021 report's 表三 may have
    // （六）其他处理 as one row with values (the 2019 layout), which the report's own template has only as the
    // group label of three sub-rows (and a 2019 report may have the three sub-rows). A group label has no
    // cells; every other row keeps all of its values.
    for (const r of t.rows) {
      if (r.match.kind === 'absent') continue;
      rows.push(r.cells.length ? placed.row(r, Math.max(t3.columns.length, r.cells.length)) : [label(r)]);
    }
    text = renderPipeTable(rows, 1, eol);
  } else if (t.id === 't2' && tpl.tables.t2) {
    const t2 = tpl.tables.t2;
    // A row of another format's 表二 (2019 `规范性文件` in a 2021 report) has no place in this one.
    if (report.extras.foreignTable2Rows.some((f) => f.cells.some(written))) return null;
    const blocks: string[] = [];
    for (const b of t2.blocks) {
      const rows = b.rows.map((spec) => t.rows.find((x) => x.id === spec.id)).filter((r): r is RowModel => Boolean(r && r.match.kind !== 'absent'));
      if (!rows.length) continue;
      blocks.push([b.heading, '', renderPipeTable([[t2.firstHeader, ...b.columns.map((c) => c.label)], ...rows.map((r) => placed.row(r, b.columns.length))], 1, eol)].join(eol));
    }
    text = blocks.length ? blocks.join(eol + eol) : null;
  } else if (t.id === 't4' && tpl.tables.t4) {
    const t4 = tpl.tables.t4;
    const row = t.rows[0];
    if (!row) return null;
    const [g1, g2, g3] = t4.groups;
    const blank = (n: number) => new Array<string>(n).fill('');
    text = renderPipeTable([
      [g1.label, ...blank(4), g2.parent ?? '', ...blank(9)],
      [...blank(5), g2.label, ...blank(4), g3.label, ...blank(4)],
      [...t4.leaves, ...t4.leaves, ...t4.leaves],
      placed.cells(row, 15),
    ], 1, eol);
  }
  const cells = placed.count(t);
  return text !== null && cells >= 0 ? { text, cells } : null;
}

/** The table rendered as a pipe table with the values read, or null when it cannot be converted without losing one. */
export function renderReadTable(report: Report, id: TableId, eol = report.lines.dominantEol()): string | null {
  const t = report.tables[id];
  if (!t || t.broken) return null;
  return render(report, t, eol)?.text ?? null;
}

/** Lines `[start, end]` (inclusive) that the conversion replaces. */
export function tableLines(report: Report, id: TableId): { start: number; end: number } | null {
  const t = report.tables[id];
  if (!t) return null;
  return { start: t.range.start.line, end: t.range.end.line };
}

/** How many value tokens (numbers and stand-ins, not page numbers) lines `[start, end]` hold. */
function valueTokens(report: Report, start: number, end: number): number {
  let n = 0;
  for (let i = start; i <= end; i++) for (const tok of tokenizeLine(report.lines, i).tokens) if (tok.kind === 'value') n++;
  return n;
}

/**
 * The edit converting table `id` to a pipe table, or null when it already is one or cannot be converted without
 * losing a number: every value token of the lines it replaces must be a cell of the converted table (a second
 * copy of the table in those lines, a comparison of two years, numbers no row read, … are not converted).
 */
export function convertTableEdit(report: Report, id: TableId): TextEdit | null {
  const t = report.tables[id];
  if (!t || t.layout === 'pipe' || t.broken) return null;
  const lines = tableLines(report, id);
  if (!lines) return null;
  // A comment among the table's lines (a suppression with its reason) has no place in the rewritten table: the
  // table is left as it is rather than the comment dropped.
  for (let i = lines.start; i <= lines.end; i++) if (report.lines.line(i).includes('<!--')) return null;
  const out = render(report, t, report.lines.dominantEol());
  if (!out || valueTokens(report, lines.start, lines.end) > out.cells) return null;
  const range: Range = { start: { line: lines.start, character: 0 }, end: { line: lines.end, character: report.lines.line(lines.end).length } };
  return { range, newText: out.text };
}
