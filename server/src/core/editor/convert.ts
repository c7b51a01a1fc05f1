/**
 * The "convert to pipe table" refactoring: a table pasted in another layout (one cell per line, space-aligned
 * columns, a mix) rewritten as the authoring pipe table with the values the engine read, cell for cell. Labels
 * become the template's, except a misspelled label, which is kept as written (its own rule reports it); rows the
 * text does not have are not invented; a blank cell stays blank. Pure.
 */
import type { Range, RowModel, TableId, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { renderPipeTable } from '../fix/render.js';
import { editorTemplate } from './guide.js';

function label(r: RowModel): string {
  return r.match.kind === 'misspelled' && r.match.raw ? r.match.raw : r.label;
}

function values(r: RowModel, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < width; i++) out.push(r.cells[i]?.raw.trim() ?? '');
  return out;
}

/** The table rendered as a pipe table with the values read, or null when it cannot be converted. */
export function renderReadTable(report: Report, id: TableId, eol = report.lines.dominantEol()): string | null {
  const t = report.tables[id];
  const tpl = editorTemplate(report.format);
  if (!t || t.broken) return null;
  if (id === 't3' && tpl.tables.t3) {
    const t3 = tpl.tables.t3;
    const rows: string[][] = [[t3.corner, ...t3.columns.map((c) => c.label)]];
    for (const spec of t3.rows) {
      const r = t.rows.find((x) => x.id === spec.id);
      if (!r || r.match.kind === 'absent') continue;
      rows.push(spec.data ? [label(r), ...values(r, t3.columns.length)] : [label(r)]);
    }
    return renderPipeTable(rows, 1, eol);
  }
  if (id === 't2' && tpl.tables.t2) {
    const t2 = tpl.tables.t2;
    const blocks: string[] = [];
    for (const b of t2.blocks) {
      const rows = b.rows.map((spec) => t.rows.find((x) => x.id === spec.id)).filter((r): r is RowModel => Boolean(r && r.match.kind !== 'absent'));
      if (!rows.length) continue;
      blocks.push([b.heading, '', renderPipeTable([[t2.firstHeader, ...b.columns.map((c) => c.label)], ...rows.map((r) => [label(r), ...values(r, b.columns.length)])], 1, eol)].join(eol));
    }
    return blocks.length ? blocks.join(eol + eol) : null;
  }
  if (id === 't4' && tpl.tables.t4) {
    const t4 = tpl.tables.t4;
    const row = t.rows[0];
    if (!row) return null;
    const [g1, g2, g3] = t4.groups;
    const blank = (n: number) => new Array<string>(n).fill('');
    return renderPipeTable([
      [g1.label, ...blank(4), g2.parent ?? '', ...blank(9)],
      [...blank(5), g2.label, ...blank(4), g3.label, ...blank(4)],
      [...t4.leaves, ...t4.leaves, ...t4.leaves],
      values(row, 15),
    ], 1, eol);
  }
  return null;
}

/** Lines `[start, end]` (inclusive) that the conversion replaces. */
export function tableLines(report: Report, id: TableId): { start: number; end: number } | null {
  const t = report.tables[id];
  if (!t) return null;
  return { start: t.range.start.line, end: t.range.end.line };
}

/** The edit converting table `id` to a pipe table, or null when it already is one or cannot be converted. */
export function convertTableEdit(report: Report, id: TableId): TextEdit | null {
  const t = report.tables[id];
  if (!t || t.layout === 'pipe') return null;
  const text = renderReadTable(report, id);
  const lines = tableLines(report, id);
  if (!text || !lines) return null;
  const range: Range = { start: { line: lines.start, character: 0 }, end: { line: lines.end, character: report.lines.line(lines.end).length } };
  return { range, newText: text };
}
