/**
 * Editor helpers over the template tables: which value cell is at a position, what template row and column it
 * is, and, for a total, the sum the template's arithmetic (勾稽关系, templates.md §5) says it should be. Pure.
 */
import type { Cell, Finding, Locale, Position, Range, RowModel, TableId, TableModel } from '../types.js';
import type { Report } from '../model/build.js';
import { blockOfRow, type Template } from '../templates/index.js';
import { editorTemplate } from './guide.js';

/** A value cell located in a table. */
export interface CellRef {
  table: TableModel;
  row: RowModel;
  rowIndex: number;
  column: number;
  cell: Cell;
  /** The column's template label (表四: `行政复议 / 总计`). */
  columnLabel: string;
}

/** A term of a sum, with the cell it was read from. */
export interface SumTerm {
  label: string;
  value: number | null;
  range: Range | null;
}

/** A total cell's expected sum. */
export interface CellSum {
  /** Which identity: `T3-A`, `T3-B`, `T3-C`, `T4-A`. */
  identity: string;
  ruleId: string;
  expected: number;
  terms: SumTerm[];
  /** Blank or unreadable terms counted as 0. */
  blanks: number;
  /** For T3-A: the other side of the balance. */
  otherSide?: { sum: number; terms: SumTerm[] };
}

function contains(r: Range, p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

/** The column labels of a table's row, in template order. */
export function columnLabels(tpl: Template, table: TableModel, row: RowModel): string[] {
  if (table.id === 't3') return tpl.tables.t3?.columns.map((c) => c.label) ?? [];
  if (table.id === 't4') {
    const t4 = tpl.tables.t4;
    if (!t4) return [];
    return t4.groups.flatMap((g) => t4.leaves.map((l) => `${g.parent ? g.parent + ' / ' : ''}${g.label} / ${l}`));
  }
  const block = tpl.tables.t2 && blockOfRow(tpl.tables.t2, row.id);
  return block ? block.columns.map((c) => c.label) : [];
}

/** The value cell at `pos` (inclusive of its end, so a cursor right after a number finds it). */
export function cellAt(report: Report, pos: Position): CellRef | null {
  const tpl = editorTemplate(report.format);
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    const table = report.tables[id];
    if (!table || pos.line < table.range.start.line || pos.line > table.range.end.line) continue;
    for (let ri = 0; ri < table.rows.length; ri++) {
      const row = table.rows[ri];
      for (let ci = 0; ci < row.cells.length; ci++) {
        const cell = row.cells[ci];
        if (!cell || !contains(cell.range, pos)) continue;
        const labels = columnLabels(tpl, table, row);
        return { table, row, rowIndex: ri, column: ci, cell, columnLabel: labels[ci] ?? `#${ci + 1}` };
      }
    }
  }
  return null;
}

function rowById(table: TableModel, id: string): RowModel | undefined {
  return table.rows.find((r) => r.id === id);
}

function term(label: string, cell: Cell | null | undefined): SumTerm {
  return { label, value: cell?.value ?? null, range: cell?.range ?? null };
}

function total(terms: SumTerm[]): { sum: number; blanks: number } {
  let sum = 0, blanks = 0;
  for (const t of terms) {
    if (t.value === null) blanks++;
    else sum += t.value;
  }
  return { sum: Math.round(sum * 1e6) / 1e6, blanks };
}

/** The sums a cell takes part in as a total (empty when it is no total). */
export function sumsOf(report: Report, ref: CellRef): CellSum[] {
  const tpl = editorTemplate(report.format);
  const out: CellSum[] = [];
  const { table, row, column } = ref;
  for (const idn of tpl.identities) {
    if (idn.table !== table.id) continue;
    if (idn.table === 't3' && idn.per === 'column' && 'total' in idn && idn.total === row.id) {
      const terms = idn.terms.map((id) => rowById(table, id)).filter((r): r is RowModel => Boolean(r && r.cells.length)).map((r) => term(r.label, r.cells[column]));
      const { sum, blanks } = total(terms);
      out.push({ identity: idn.id, ruleId: idn.rule, expected: sum, terms, blanks });
    } else if (idn.table === 't3' && idn.per === 'column' && 'left' in idn && [...idn.left, ...idn.right].includes(row.id)) {
      const side = idn.left.includes(row.id) ? idn.left : idn.right;
      const other = side === idn.left ? idn.right : idn.left;
      const mk = (ids: string[]) => ids.map((id) => rowById(table, id)).filter((r): r is RowModel => Boolean(r)).map((r) => term(r.label, r.cells[column]));
      const mine = mk(side), theirs = mk(other);
      const a = total(mine), b = total(theirs);
      // The balance (T3-A): this side should equal the other; this cell is what the other side leaves for it.
      const rest = a.sum - (row.cells[column]?.value ?? 0);
      out.push({ identity: idn.id, ruleId: idn.rule, expected: Math.round((b.sum - rest) * 1e6) / 1e6, terms: mine, blanks: a.blanks + b.blanks, otherSide: { sum: b.sum, terms: theirs } });
    } else if (idn.table === 't3' && idn.per === 'row' && 'total' in idn) {
      const cols = tpl.tables.t3?.columns ?? [];
      const ti = cols.findIndex((c) => c.id === idn.total);
      if (ti !== column) continue;
      const terms = idn.terms.map((id) => cols.findIndex((c) => c.id === id)).filter((i) => i >= 0).map((i) => term(cols[i].label, row.cells[i]));
      const { sum, blanks } = total(terms);
      out.push({ identity: idn.id, ruleId: idn.rule, expected: sum, terms, blanks });
    } else if (idn.table === 't4' && idn.per === 'group') {
      const t4 = tpl.tables.t4;
      if (!t4) continue;
      const width = t4.leaves.length;
      const g = Math.floor(column / width);
      if (column % width !== idn.total) continue;
      const terms = idn.terms.map((k) => term(`${t4.groups[g]?.label ?? ''} / ${t4.leaves[k]}`, row.cells[g * width + k]));
      const { sum, blanks } = total(terms);
      out.push({ identity: idn.id, ruleId: idn.rule, expected: sum, terms, blanks });
    }
  }
  return out;
}

const fmt = (v: number | null) => (v === null ? '—' : String(v));

/** What a sum is, in the template's terms (its rule says which kind of total it is). */
function sumName(s: CellSum, zh: boolean): string {
  switch (s.ruleId) {
    case 'sum-results': return zh ? '本列总计（各处理结果之和）' : 'Column total (the sum of the result rows)';
    case 'sum-applicants': return zh ? '本行总计（六类申请人之和）' : 'Row total (the six applicant columns)';
    case 'sum-review': return zh ? '总计（结果维持、结果纠正、其他结果、尚未审结之和）' : 'Group total (the sum of upheld, corrected, other results and pending: 结果维持 + 结果纠正 + 其他结果 + 尚未审结)';
    default: return zh ? '合计' : 'Total';
  }
}

const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * Markdown for a hover on a value cell: template row and column, the value read and, for totals, each sum it takes
 * part in. A sum is shown as a relation (terms, their sum, whether it holds; with a blank or unreadable term, only
 * that it is not checked and how many such terms, as the review summary says: blank is not 0) without saying which
 * cell is wrong: the check decides that from every sum of the table. Template names only (no row or identity ids). `findings` (the
 * document's, optional): a finding of a sum's rule at this cell or naming it among its related cells is pointed to
 * (the editor shows its message above the hover), so the hover agrees with the diagnostics without repeating them.
 */
export function cellHoverMarkdown(report: Report, ref: CellRef, locale: Locale, findings: readonly Finding[] = []): string {
  const zh = locale !== 'en';
  const { table, row, cell } = ref;
  const lines: string[] = [];
  // The template's names only: row ids (R3.7) and identity ids (T3-B) are the engine's, not the user's.
  lines.push(`**${table.name}** · ${row.label}`);
  lines.push('');
  lines.push(`${zh ? '列' : 'Column'}: ${ref.columnLabel}`);
  const read = cell.raw === '' ? (zh ? '空（空白不等于 0）' : 'blank (blank is not 0)') : cell.value === null ? `\`${cell.raw}\` ${zh ? '（不是有效数值' : '(not a valid number'}${cell.invalid ? `：${cell.invalid}` : ''}${zh ? '）' : ')'}` : `${cell.value}${cell.unit ? ' ' + cell.unit : ''}`;
  lines.push('');
  lines.push(`${zh ? '读取值' : 'Value read'}: ${read}`);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const holds = (d: number) => (Math.abs(d) < 1e-9
    ? (zh ? '成立' : 'holds')
    : (zh ? `不成立，相差 ${d > 0 ? '+' : ''}${round(d)}` : `does not hold, off by ${d > 0 ? '+' : ''}${round(d)}`));
  const quoted = new Set<Finding>();
  // A sum with a blank or unreadable term is not checked (blank is not 0), as the review summary says of it.
  const unchecked = (n: number) => (zh ? `未核对（有 ${n} 个空白或无法读取的格）` : `not checked (${n} blank or unreadable cell${n === 1 ? '' : 's'})`);
  for (const s of sumsOf(report, ref)) {
    lines.push('');
    if (s.blanks) {
      const name = s.otherSide ? (zh ? '本列平衡' : 'Column balance') : sumName(s, zh);
      lines.push(zh ? `**${name}**：${unchecked(s.blanks)}` : `**${name}**: ${unchecked(s.blanks)}`);
      lines.push('');
      for (const t of s.terms) lines.push(`- ${t.label}: ${fmt(t.value)}`);
      if (s.otherSide) {
        lines.push('', zh ? '另一边：' : 'The other side:', '');
        for (const t of s.otherSide.terms) lines.push(`- ${t.label}: ${fmt(t.value)}`);
      }
    } else if (s.otherSide) {
      // This cell's side is its terms; the balance is read as it stands, both sides' sums side by side.
      const mine = total(s.terms).sum;
      const d = round(mine - s.otherSide.sum);
      lines.push(zh
        ? `**本列平衡**：第一项加第二项之和 = 第三项加第四项之和。本格所在一边为 **${round(mine)}**，另一边为 **${s.otherSide.sum}**，${holds(d)}`
        : `**Column balance**: items one + two = items three + four. This cell's side is **${round(mine)}**, the other side **${s.otherSide.sum}**: ${holds(d)}`);
      lines.push('');
      for (const t of s.terms) lines.push(`- ${t.label}: ${fmt(t.value)}`);
      lines.push('', zh ? '另一边：' : 'The other side:', '');
      for (const t of s.otherSide.terms) lines.push(`- ${t.label}: ${fmt(t.value)}`);
    } else {
      const d = cell.value === null ? 0 : cell.value - s.expected;
      lines.push(zh
        ? `**${sumName(s, true)}**：各项之和为 **${s.expected}**${cell.value === null ? '' : Math.abs(d) < 1e-9 ? '（与读取值一致）' : `，本格为 ${cell.value}，${holds(d)}`}`
        : `**${sumName(s, false)}**: the terms sum to **${s.expected}**${cell.value === null ? '' : Math.abs(d) < 1e-9 ? ' (matches)' : `; this cell is ${cell.value}: ${holds(d)}`}`);
      lines.push('');
      lines.push(`${s.terms.map((t) => fmt(t.value)).join(' + ')} = ${s.expected}`);
      lines.push('');
      for (const t of s.terms) lines.push(`- ${t.label}: ${fmt(t.value)}`);
    }
    for (const f of findings) {
      if (f.ruleId !== s.ruleId || quoted.has(f)) continue;
      if (!same(f.range, cell.range) && !f.related?.some((r) => same(r.range, cell.range))) continue;
      quoted.add(f);
      // Point to the diagnostic rather than repeat it: the editor shows one on this cell above the hover; one that
      // only names this cell among its related ones is elsewhere (1-based line, as the editor numbers lines).
      const here = same(f.range, cell.range);
      const line = f.range.start.line + 1;
      lines.push('', zh
        ? `检查结果：不成立，见${here ? '上方' : `第 ${line} 行`}的 ${f.ruleId} 问题。`
        : `Check: fails, see the ${f.ruleId} problem ${here ? 'above' : `at line ${line}`}.`);
    }
  }
  return lines.join('\n');
}
