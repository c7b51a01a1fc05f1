import type { Bilingual, Cell, FormatId, RowModel, TableId, TableModel } from '../types.js';
import type { Report } from '../model/build.js';
import { num, otherFormatBlock, t2RenamedLabel, t3ColumnSums, t3SuspectCell, t3SuspectCells, unreadable } from '../rules/util.js';
import { COLUMN_PAIRS } from '../rules/format-mixed.js';
import { previousVersion } from './versions.js';
import { blockOfRow, templateOf } from '../templates/index.js';

/**
 * The 表二 columns a verb before a count names (prose/anchors.ts `T2_VERB`, or the verb alone: `t2col`), by label:
 * 制发 is 本年制发件数 (2021) or 本年新制作数量 (2019); 废止 and 现行有效 have columns in 2021 only (2019's 本年新公开数量
 * and 对外公开总数量 count other things, named by 新公开 (`new-public`) and 对外公开…总数 (`public-total`), 2019 only). `fee` is 2021's 本年收费金额 (万元; 2019 counts 收费项目 only), `purchases`
 * 2019's 采购项目数量 and `purchase-amount` its 采购总金额 (万元; 2021 has no 政府集中采购 row).
 */
const T2_VERB_COLUMNS: Record<string, string[]> = { made: ['本年制发件数', '本年新制作数量'], 'new-public': ['本年新公开数量'], 'public-total': ['对外公开总数量'], repealed: ['本年废止件数'], 'in-force': ['现行有效件数'], fee: ['本年收费金额'], purchases: ['采购项目数量'], 'purchase-amount': ['采购总金额'] };

/**
 * The value column (0-based, of the row's block) that the `colText` of a 表二 quantity id `ROW:colText` names in a
 * report of `format`: a number is the column itself; `decisions` and the verbs of `T2_VERB_COLUMNS` (`in-force`, …)
 * are found by their label in the format's block of row `rowId`. -1 when none (pre-2019 has no 表二 of its own, and a
 * report forced to it is read with the 2019 rows: no column is named then).
 */
export function t2ColumnOf(format: Report['format'], rowId: string, colText: string): number {
  const labels = colText === 'decisions' ? ['处理决定'] : T2_VERB_COLUMNS[colText];
  if (!labels) return /^\d+$/.test(colText) ? Number(colText) : -1;
  const own = format !== 'unknown' ? templateOf(format).tables.t2 : undefined;
  const block = own ? blockOfRow(own, rowId) : undefined;
  return block?.columns.findIndex((c) => labels.some((l) => c.label.includes(l))) ?? -1;
}

/**
 * The zh name of 表二's column `header` of the row named `row`, for messages: the two joined (`行政许可处理决定数量`),
 * the word the column's name opens with written once where the row's ends with it (`政府集中采购总金额`, not
 * `政府集中采购采购总金额`: brk185 #3).
 */
function t2NameZh(row: string, header: string): string {
  const n = [4, 3, 2].find((k) => row.length > k && header.length > k && row.endsWith(header.slice(0, k))) ?? 0;
  return `${row}${header.slice(n)}`;
}

/**
 * The table quantities that prose can name, each read from the report's own tables: 表三 rows (summed over a
 * group's sub-rows where the template prints no subtotal), applicant columns, 表四 group totals and leaves, and
 * 表二 counts. A quantity is `null` when a cell it needs is blank, missing or not a number, or when its table
 * could not be read: then nothing is compared.
 */
export interface Quantity {
  id: string;
  table: TableId;
  value: number;
  /** What it is, for messages (`不予公开（表三“（三）不予公开”各项之和）`). */
  label: Bilingual;
  /**
   * The cells it was read from (for related locations); non-zero ones first. `column`: the cell's column label alone
   * (`商业企业`), for a 表三 quantity of several columns of one row.
   */
  cells: { cell: Cell; label: string; value: number; column?: string }[];
  /** Whether the table's own identities hold (the prose number may then be replaced). */
  consistent: boolean;
  /** When the table contradicts itself: the other values it implies for the same quantity (see `alternatives3`). */
  alternatives: number[];
  /** For messages, what it adds up (short names: `予以公开`, not `（一）予以公开`), when it is more than one cell or quantity. */
  parts?: { label: string; value: number }[];
  /**
   * The labels written in the table for the rows it was read from that were read by their place, their label being
   * none of the template's (`RowModel.match.unlike`, which row-label flags as doubtful): the value may be another row's.
   */
  byPlace?: string[];
  /**
   * 表二 amounts: the unit the table states for the cell (its own, its header's, or the template's), in which `value`
   * was converted to 万元; null when none is stated (2019's 采购总金额 with a bare number), `value` then being the
   * number as written and `alternatives` holding it read in 元.
   */
  unit?: '元' | '万元' | '亿元' | null;
}

const C_TOTAL = 6;
const LEGAL = [1, 2, 3, 4, 5];

/** Names of the quantities, for messages: noun phrases (`表三's figure for <name>`), never a bare verb or participle. */
const NAMES: Record<string, [string, string]> = {
  R1: ['本年新收申请', 'new applications'],
  'R1+R2': ['本年新收与上年结转申请之和', 'new plus carried-over applications'],
  R2: ['上年结转申请', 'applications carried over from last year'],
  'R3.7': ['办理结果总计', 'applications concluded (（七）总计)'],
  R4: ['结转下年度继续办理', 'applications carried over to next year'],
  'R3.1': ['予以公开', 'applications disclosed (予以公开)'],
  'R3.2': ['部分公开', 'applications partly disclosed (部分公开)'],
  'R3.1+R3.2': ['予以公开与部分公开之和', 'applications disclosed plus partly disclosed'],
  'R3.3': ['不予公开（各项之和）', 'applications refused (不予公开: sum of the sub-rows)'],
  'R3.4': ['无法提供（各项之和）', 'applications whose information cannot be provided (无法提供: sum of the sub-rows)'],
  'R3.5': ['不予处理（各项之和）', 'applications not processed (不予处理: sum of the sub-rows)'],
  'R3.6': ['其他处理', 'applications handled otherwise (其他处理)'],
  'natural:R3.7': ['自然人列的办理结果总计', 'applications by natural persons concluded (（七）总计)'],
  'legal:R3.7': ['法人或其他组织各列的办理结果总计之和', 'applications by legal persons and other organisations concluded (（七）总计)'],
  'natural:R1': ['自然人新收申请', 'new applications by natural persons'],
  'natural:R1+R2': ['自然人新收与上年结转申请之和', 'new plus carried-over applications by natural persons'],
  'legal:R1': ['法人或其他组织新收申请', 'new applications by legal persons and other organisations'],
  'legal:R1+R2': ['法人或其他组织新收与上年结转申请之和', 'new plus carried-over applications by legal persons and other organisations'],
  'T4:G1': ['行政复议总计', 'administrative reviews (总计)'],
  'T4:lit': ['行政诉讼总计（直接起诉与复议后起诉之和）', 'lawsuits (direct plus after review)'],
  'T4:G2': ['未经复议直接起诉总计', 'lawsuits filed directly'],
  'T4:G3': ['复议后起诉总计', 'lawsuits filed after review'],
};

const T4_LEAVES: [string, string][] = [['结果维持', 'upheld'], ['结果纠正', 'corrected'], ['其他结果', 'other result'], ['尚未审结', 'pending'], ['总计', 'total']];
/** What a 表四 leaf counts, in English after its group (`lawsuits` + ` with the result corrected`). */
const T4_LEAF_EN = ['with the result upheld', 'with the result corrected', 'with another result', 'still pending', 'in total'];
const T4_GROUPS: [string, string][] = [['行政复议', 'administrative review'], ['未经复议直接起诉', 'lawsuit filed directly'], ['复议后起诉', 'lawsuit after review']];

/** Reads quantities of one report; caches the tables' consistency. */
export class Quantities {
  private readonly t3: TableModel | undefined;
  private readonly t4: TableModel | undefined;
  private readonly t2: TableModel | undefined;
  private t3ok: boolean | null = null;
  private t4ok: boolean | null = null;

  constructor(report: Report) {
    const t3 = report.tables.t3, t4 = report.tables.t4;
    this.t3 = t3 && !unreadable(t3) ? t3 : undefined;
    this.t4 = t4 && !unreadable(t4) ? t4 : undefined;
    this.t2 = report.tables.t2 && !report.tables.t2.broken ? report.tables.t2 : undefined;
    this.format = report.format;
    this.report = report;
  }

  private readonly report: Report;

  private readonly format: Report['format'];

  private readonly known = new Map<string, Quantity | null>();

  /**
   * The quantity `id`, or null when it cannot be read. Ids: see `NAMES`, `R3.3.7`-style sub-rows, `T4:G1:0` leaves,
   * `T2.1:0` 表二 cells (by value column), `T2.3:decisions` a 表二 row's 处理决定数量 in the report's format.
   */
  get(id: string): Quantity | null {
    let q = this.known.get(id);
    if (q === undefined) {
      q = id.startsWith('list:') ? this.list(id) : id.startsWith('T4:') ? this.table4(id) : id.startsWith('T2.') ? this.table2(id) : this.table3(id);
      this.known.set(id, q);
    }
    return q;
  }

  private readonly values = new Map<string, number | null>();

  /**
   * `get(id)?.value ?? null`, without the labels and cells of a quantity (most prose numbers agree with their
   * table: their quantities are never shown).
   */
  value(id: string): number | null {
    const q = this.known.get(id);
    if (q !== undefined) return q ? q.value : null;
    let v = this.values.get(id);
    if (v === undefined) {
      v = id.startsWith('list:') ? this.get(id)?.value ?? null : id.startsWith('T4:') ? this.value4(id) : id.startsWith('T2.') ? this.table2(id)?.value ?? null : this.value3(id);
      this.values.set(id, v);
    }
    return v;
  }

  /**
   * A list of quantities of one table counted together (`list:R3.3,R3.4,R3.5`: 不予公开、无法提供、不予处理合计): the
   * sum of its members, null when one of them cannot be read or they are of different tables.
   */
  private list(id: string): Quantity | null {
    const members = id.slice(5).split(',').map((m) => this.get(m));
    if (members.some((m) => m === null)) return null;
    const ms = members as Quantity[];
    if (ms.some((m) => m.table !== ms[0].table)) return null;
    const value = ms.reduce((a, m) => a + m.value, 0);
    const zh = ms.map((m) => shortName(m.label.zh));
    const en = ms.map((m) => m.label.en.replace(/\s*\([^()]*\)$/, ''));
    const alternatives = ms.flatMap((m) => m.alternatives.map((x) => value - m.value + x));
    return {
      id, table: ms[0].table, value,
      label: { zh: `${zh.slice(0, -1).join('、')}与${zh[zh.length - 1]}之和`, en: `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]} together` },
      cells: sortCells(ms.flatMap((m) => m.cells)),
      consistent: ms.every((m) => m.consistent),
      alternatives,
      parts: ms.map((m, i) => ({ label: zh[i], value: m.value })),
    };
  }

  private row3(id: string): RowModel | undefined {
    return this.t3?.rows.find((r) => r.id === id);
  }

  /** Cells of 表三 summed for a row spec (`R3.3` = all `R3.3.n` data rows, `R3.1+R3.2`) and columns (`cells` only `withCells`). */
  private sum3(spec: string, cols: number[], withCells = true): { value: number; cells: Quantity['cells']; rows: RowModel[] } | null {
    if (!this.t3) return null;
    const rows: RowModel[] = [];
    for (const id of spec.split('+')) {
      const own = this.row3(id);
      // A data row, or a group label whose value is the sum of all its sub-rows (a missing sub-row: no sum).
      const subs = this.t3.rows.filter((r) => r.id.startsWith(id + '.') && r.cells.length > 0);
      if (own && own.cells.length > 0) rows.push(own);
      else if (subs.length) rows.push(...subs);
      else return null;
    }
    // A row with more numbers than columns (cell-count says so) cannot tell which cell is which: not compared.
    if (rows.some((r) => r.cellCount > r.cells.length)) return null;
    let value = 0;
    const cells: Quantity['cells'] = [];
    const colLabels = withCells ? this.t3.columns.filter((k) => k.id.startsWith('C')) : [];
    for (const r of rows) {
      for (const c of cols) {
        const v = num(r.cells[c]);
        if (v === null) return null;
        value += v;
        // Short row names (`部分公开`, not `（二）部分公开（区分处理的，…）`): messages list them after the total.
        if (withCells) cells.push({ cell: r.cells[c]!, label: cols.length > 1 ? `${shortName(r.label)}（${colLabels[c]?.label ?? ''}）` : shortName(r.label), value: v, ...(cols.length > 1 ? { column: colLabels[c]?.label ?? '' } : {}) });
      }
    }
    return { value, cells: withCells ? sortCells(cells) : cells, rows };
  }

  /**
   * Other values the table itself implies for a 表三 total-column quantity when it contradicts itself: the sum of
   * the applicant columns of the same rows (T3-C), and for （七）总计 the sum of the result rows (T3-B). A prose
   * number equal to one of them agrees with the table's details; the sum rules report the table.
   */
  private alternatives3(spec: string, rows: RowModel[]): number[] {
    const out: number[] = [];
    const applicants = rows.map((r) => r.cells.slice(0, 6).map((c) => num(c)));
    if (applicants.every((vs) => vs.every((v) => v !== null))) out.push(applicants.flat().reduce((a, b) => a! + b!, 0)!);
    if (spec === 'R3.7' && this.t3) {
      const parts = this.t3.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0).map((r) => num(r.cells[C_TOTAL]));
      if (parts.every((v) => v !== null)) out.push(parts.reduce((a, b) => a! + b!, 0)!);
    }
    return out;
  }

  /**
   * The template's label of the applicant column a quantity id names (`C5:R1` → `法律服务机构`), from the report's
   * format; null for other ids, or when the format's 表三 has no such column.
   */
  private columnLabel(id: string): string | null {
    const m = /^C([2-6]):/.exec(id);
    if (!m || this.format === 'unknown') return null;
    return templateOf(this.format).tables.t3?.columns[Number(m[1]) - 1]?.label ?? null;
  }

  /** Message names of an applicant column's quantity (`C5:R1` → `法律服务机构新收申请`), or null. */
  private columnName(id: string): [string, string] | null {
    const label = this.columnLabel(id);
    const row = COLUMN_ROWS[id.slice(id.indexOf(':') + 1)];
    if (!label || !row) return null;
    const en = COLUMN_EN[label] ?? label;
    return [`${label}${row[0]}`, row[1].includes('（七）') ? `applications by ${en} (${label}) concluded (（七）总计)` : `${row[1]} by ${en} (${label})`];
  }

  /** The value of `table3(id)`. */
  private value3(id: string): number | null {
    if (/^C[2-6]:/.test(id) && !this.columnLabel(id)) return null;
    const [spec, cols] = spec3(id);
    return this.sum3(spec, cols, false)?.value ?? null;
  }

  private table3(id: string): Quantity | null {
    if (/^C[2-6]:/.test(id) && !this.columnLabel(id)) return null;
    const [spec, cols, m] = spec3(id);
    const s = this.sum3(spec, cols);
    if (!s) return null;
    const name = NAMES[id] ?? this.columnName(id) ?? [this.row3(id)?.label ?? id, this.row3(id)?.label ?? id];
    const consistent = this.t3Consistent();
    const alternatives = consistent || m ? [] : this.alternatives3(spec, s.rows);
    // Several columns of one row (法人或其他组织's five): the message names each term by its column (`商业企业 2 + …`), the
    // row being the quantity's own name already.
    const byColumn = s.rows.length === 1 && s.cells.length > 1 && s.cells.every((c) => c.column);
    // Rows read by their place under a label that is none of the template's (row-label says so): doubtful values.
    const byPlace = s.rows.filter((r) => r.match.unlike && r.match.range && r.match.raw.trim()).map((r) => r.match.raw.trim());
    return { id, table: 't3', value: s.value, label: { zh: name[0], en: name[1] }, cells: s.cells, consistent, alternatives, ...(byColumn ? { parts: s.cells.map((c) => ({ label: c.column!, value: c.value })) } : {}), ...(byPlace.length ? { byPlace } : {}) };
  }

  /** The value of `table4(id)`. */
  private value4(id: string): number | null {
    const row = this.t4?.rows[0];
    if (!row || !t4Read(this.t4!, row)) return null;
    const parts = id.split(':');
    const groups = parts[1] === 'lit' ? [1, 2] : [Number(parts[1].slice(1)) - 1];
    const leaf = parts[2] === undefined ? 4 : Number(parts[2]);
    let value = 0;
    for (const g of groups) {
      const v = num(row.cells[g * 5 + leaf]);
      if (v === null) return null;
      value += v;
    }
    return value;
  }

  private table4(id: string): Quantity | null {
    const t = this.t4;
    const row = t?.rows[0];
    if (!t || !row || !t4Read(t, row)) return null;
    const parts = id.split(':');
    const groups = parts[1] === 'lit' ? [1, 2] : [Number(parts[1].slice(1)) - 1];
    const leaf = parts[2] === undefined ? 4 : Number(parts[2]);
    let value = 0;
    const cells: Quantity['cells'] = [];
    for (const g of groups) {
      const c = row.cells[g * 5 + leaf];
      const v = num(c);
      if (v === null) return null;
      value += v;
      cells.push({ cell: c!, label: `${T4_GROUPS[g][0]}·${T4_LEAVES[leaf][0]}`, value: v });
    }
    const alternatives: number[] = [];
    if (leaf === 4 && !this.t4Consistent()) {
      const sums = groups.map((g) => row.cells.slice(g * 5, g * 5 + 4).map((c) => num(c)));
      if (sums.every((vs) => vs.every((v) => v !== null))) alternatives.push(sums.flat().reduce((a, b) => a! + b!, 0)!);
    }
    const base = NAMES[parts.slice(0, 2).join(':')] ?? [id, id];
    // (A leaf in English says what it counts, glossing the table's term: `lawsuits with the result corrected (结果纠正)`,
    // not `lawsuits (corrected)`; brk157 #5.)
    const label = parts[2] === undefined ? { zh: base[0], en: base[1] } : { zh: `${base[0].replace(/总计.*$/, '')}${T4_LEAVES[leaf][0]}`, en: `${base[1].replace(/ \(.*$/, '')} ${T4_LEAF_EN[leaf]} (${T4_LEAVES[leaf][0]})` };
    return { id, table: 't4', value, label, cells: sortCells(cells), consistent: this.t4Consistent(), alternatives };
  }

  private table2(id: string): Quantity | null {
    const t = this.t2;
    const [rowId, colText] = id.split(':');
    const row = t?.rows.find((r) => r.id === rowId);
    if (!t || !row || row.match.kind === 'absent') return null;
    const own = this.format !== 'unknown' ? templateOf(this.format).tables.t2 : undefined;
    // A row of a block headed by the other format's columns (`本年新制作数量 | 本年新公开数量 | 对外公开总数量` in a 2021
    // report) was read by place into the report format's columns: its numbers are read by that block's own column
    // names instead, and a column it does not have is not compared (brk152 #3: 本年新公开数量 read as 本年废止件数).
    const line = row.match.range?.start.line;
    const other = line !== undefined && this.format !== 'unknown' ? otherFormatBlock(this.report, line) : null;
    if (other) return other === 'pre2019' ? null : this.table2Other(id, row, other, own);
    // A row of a block whose header leaves a column out (`HeaderColumns.missing`) was read by the header: its other
    // columns hold their own numbers.
    const missing = own ? t.blockHeaders?.[blockOfRow(own, rowId)?.id ?? '']?.missing?.length ?? 0 : 0;
    if (row.cellCount !== row.cells.length && !(missing && row.cellCount === row.cells.length - missing)) return null;
    // A column named by what it counts (`decisions`: 处理决定数量, the third of three in 2019, the only one in 2021;
    // `made`, `repealed`, `in-force`: the 规章/规范性文件 columns) is found by its label in the report's format.
    const col = t2ColumnOf(this.format, rowId, colText);
    if (col < 0) return null;
    const block = own && !/^\d+$/.test(colText) ? blockOfRow(own, rowId) : undefined;
    const v = num(row.cells[col]);
    if (v === null) return null;
    const header = block ? block.columns[col].label : t.columns.filter((c) => c.id.startsWith('B1.'))[col]?.label ?? '';
    // A row written with the other format's name (`规范性文件` in a 2021 report) is named as written, with the row it is
    // read as (fixB #2).
    const written = t2RenamedLabel(row);
    const name = written ? { zh: `“${written}”（即${row.label}）`, en: `“${written}” (read as ${row.label})` } : { zh: row.label, en: row.label };
    // An amount (`采购总金额`, `本年收费金额（单位：万元）`) is compared in 万元, in the unit the table states: the cell's
    // own (`1823500元`, `182.35万元`), else its header's as the report writes it, else the template's; 2019's
    // 采购总金额 has no unit in its header (templates.md §3.2), so an amount with none written anywhere is read either
    // way (brk140 #2).
    const cell = row.cells[col]!;
    const unit = /金额/.test(header) ? this.amountUnit(t, block?.columns[col]?.id, header, cell) : undefined;
    const factor = unit === '元' ? 1e-4 : unit === '亿元' ? 1e4 : 1;
    const value = Math.round(v * factor * 1e6) / 1e6;
    const alternatives = unit === null ? [Math.round(v / 1e4 * 1e6) / 1e6] : [];
    return { id, table: 't2', value, label: { zh: t2NameZh(name.zh, header), en: `${name.en} ${header}` }, cells: [{ cell, label: `${written ?? row.label}·${header}`, value: v }], consistent: false, alternatives, ...(unit !== undefined ? { unit } : {}) };
  }

  /**
   * The 表二 quantity `id` of `row`, which sits in a block headed by the columns of format `other` (not the report's):
   * read by that block's column names. The column `id` names (a verb's, `decisions`, or the report format's column by
   * place, a number) is found among the block's columns by its label, or the label the other format gives the same
   * column (`处理决定数量` for `本年处理决定数量`); the row's numbers stand in the block's order, past the report format's
   * columns in its extra cells. Null when the block has no such column (`本年废止件数` among the 2019 columns: the
   * report does not give it, cell-count says) or the row has not the block's number of values.
   */
  private table2Other(id: string, row: RowModel, other: FormatId, own: ReturnType<typeof templateOf>['tables']['t2']): Quantity | null {
    const [rowId, colText] = id.split(':');
    const block = templateOf(other).tables.t2 ? blockOfRow(templateOf(other).tables.t2!, rowId) : undefined;
    if (!block || row.cellCount !== block.columns.length) return null;
    let labels = colText === 'decisions' ? ['处理决定'] : T2_VERB_COLUMNS[colText];
    if (!labels && /^\d+$/.test(colText)) {
      const label = own ? blockOfRow(own, rowId)?.columns[Number(colText)]?.label : undefined;
      if (!label) return null;
      labels = [label, ...COLUMN_PAIRS.filter((p) => p.includes(label)).flat()];
    }
    const col = labels ? block.columns.findIndex((c) => labels!.some((l) => c.label.includes(l))) : -1;
    if (col < 0 || block.columns[col].kind === 'amount') return null;
    const cell = col < row.cells.length ? row.cells[col] : row.extraCells?.[col - row.cells.length];
    const v = num(cell ?? null);
    if (v === null || !cell) return null;
    const header = block.columns[col].label;
    const written = t2RenamedLabel(row);
    const name = written ? { zh: `“${written}”（即${row.label}）`, en: `“${written}” (read as ${row.label})` } : { zh: row.label, en: row.label };
    return { id, table: 't2', value: v, label: { zh: t2NameZh(name.zh, header), en: `${name.en} ${header}` }, cells: [{ cell, label: `${written ?? row.label}·${header}`, value: v }], consistent: false, alternatives: [] };
  }

  /**
   * The money unit of a 表二 amount cell: the one typed in it (`元`, `万元`, `万`), else the one its column header
   * names as the report writes it (`（单位：万元）`, `（元）`), else the template's header's; null when none says.
   */
  private amountUnit(t: TableModel, columnId: string | undefined, header: string, cell: Cell): '元' | '万元' | '亿元' | null {
    const said = (s: string | undefined): '元' | '万元' | '亿元' | null => {
      const m = s ? /(?:单位[:：]?\s*|[(（]\s*)(亿元|万元|元)/.exec(s) : null;
      return m ? (m[1] as '元' | '万元' | '亿元') : null;
    };
    if (cell.unit === '万' || cell.unit === '万元') return '万元';
    if (cell.unit === '元' || cell.unit === '亿元') return cell.unit;
    const column = columnId ? t.columns.find((c) => c.id === columnId) : undefined;
    const written = column && column.match.kind !== 'absent' ? column.match.raw : undefined;
    return said(written) ?? said(header);
  }

  /**
   * For a 表三 quantity `id` made of result rows (`R3.1`, `R3.3`, `R3.1+R3.2`, `list:R3.3,R3.4`; not （七）总计) in one
   * column: when that column's results add up to `added` while （七）总计 is `total` (T3-B fails by `excess` =
   * `added − total`, positive when the results are too high) and the column's balance (T3-A: 新收 `r1` + 上年结转 `r2`
   * − 结转下年度 `r4`) gives `total` as written, so that a result row is the likely wrong number (see sum-results).
   * `column` is the column's label. Null otherwise (another quantity, a blank, or no such failure).
   */
  resultsOff(id: string): { excess: number; added: number; total: number; r1: number; r2: number; r4: number; column: string } | null {
    const t = this.t3;
    if (!t) return null;
    const specs = (id.startsWith('list:') ? id.slice(5).split(',') : [id]).map(spec3);
    const cols = specs[0][1];
    if (cols.length !== 1 || specs.some(([spec, cs]) => cs.length !== 1 || cs[0] !== cols[0] || spec.split('+').some((r) => !/^R3\.[1-6](?:\.|$)/.test(r)))) return null;
    const c = t3ColumnSums(t, cols[0]);
    if (!c || c.excess === 0 || c.balance !== c.total) return null;
    const column = t.columns.filter((k) => k.id.startsWith('C'))[cols[0]]?.label ?? '';
    return { excess: c.excess, added: c.results, total: c.total, r1: c.received, r2: c.carriedIn, r4: c.carriedOut, column };
  }

  /**
   * When the prose states 新收 (`R1`), 上年结转 (`R2`) or 结转下年度 (`R4`) of one 表三 column, and that column's
   * results add up to （七）总计 (T3-B holds) but its balance does not (T3-A fails: 新收 + 上年结转 ≠ 总计 + 结转下年度):
   * the number the row would need for the balance to hold (`implied`), with the column's terms. The total is then
   * confirmed by its results, so a prose figure equal to `implied` agrees with the table as corrected. Null otherwise.
   */
  balanceOff(id: string): { implied: number; total: number; r1: number; r2: number; r4: number; column: string } | null {
    const t = this.t3;
    if (!t || id.startsWith('list:')) return null;
    const [spec, cols] = spec3(id);
    if (cols.length !== 1 || (spec !== 'R1' && spec !== 'R2' && spec !== 'R4')) return null;
    const c = t3ColumnSums(t, cols[0]);
    if (!c || c.excess !== 0 || c.balance === c.total) return null;
    const implied = spec === 'R4' ? c.received + c.carriedIn - c.total : spec === 'R1' ? c.total + c.carriedOut - c.carriedIn : c.total + c.carriedOut - c.received;
    if (implied < 0) return null;
    const column = t.columns.filter((k) => k.id.startsWith('C'))[cols[0]]?.label ?? '';
    return { implied, total: c.total, r1: c.received, r2: c.carriedIn, r4: c.carriedOut, column };
  }

  /**
   * Whether 表三's own sums blame a cell other than the one of quantity `id` (one row, one column: `R1`, `C3:R4`): the
   * cell (or the cells) that every failing identity runs through (`t3SuspectCell`, `t3SuspectCells`) is not it. A prose
   * figure that 表三's balance needs then does not show the table's cell wrong (brk184 #3: 新收 3 with its applicant
   * columns adding up to 3 while 结转下年度's 总计 was 1 and its columns 0: the sum rules named that cell, and prose-table
   * told the user that 新收 was wrong and the prose's 4 right). False when no cell is blamed, or this one is.
   */
  t3SuspectElsewhere(id: string): boolean {
    const t = this.t3;
    if (!t || id.startsWith('list:')) return false;
    const [spec, cols] = spec3(id);
    if (cols.length !== 1 || spec.includes('+')) return false;
    const one = t3SuspectCell(t);
    const suspects = one ? [one] : t3SuspectCells(t);
    return suspects.length > 0 && !suspects.some((c) => c.row === spec && c.col === cols[0]);
  }

  /** 表三 T3-A, T3-B (every column) and T3-C (every data row) hold, with no blank cell. */
  t3Consistent(): boolean {
    if (this.t3ok !== null) return this.t3ok;
    const t = this.t3;
    let ok = Boolean(t);
    if (t) {
      const get = (id: string, c: number) => num(t.rows.find((r) => r.id === id)?.cells[c]);
      const results = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
      for (let c = 0; c < 7 && ok; c++) {
        const [a, b, s, d] = [get('R1', c), get('R2', c), get('R3.7', c), get('R4', c)];
        if (a === null || b === null || s === null || d === null || a + b !== s + d) ok = false;
        const parts = results.map((r) => num(r.cells[c]));
        if (parts.some((v) => v === null) || parts.reduce((x, y) => x! + y!, 0) !== s) ok = false;
      }
      for (const r of t.rows) {
        if (!ok || !r.cells.length) continue;
        const vs = r.cells.map((c) => num(c));
        if (vs.some((v) => v === null) || vs.slice(0, 6).reduce((x, y) => x! + y!, 0) !== vs[6]) ok = false;
      }
    }
    return (this.t3ok = ok);
  }

  /** 表四 T4-A holds for the three groups. */
  t4Consistent(): boolean {
    if (this.t4ok !== null) return this.t4ok;
    const row = this.t4?.rows[0];
    let ok = Boolean(row && row.cells.length >= 15);
    for (let g = 0; g < 3 && ok; g++) {
      const vs = row!.cells.slice(g * 5, g * 5 + 5).map((c) => num(c));
      if (vs.some((v) => v === null) || vs[0]! + vs[1]! + vs[2]! + vs[3]! !== vs[4]) ok = false;
    }
    return (this.t4ok = ok);
  }
}

/**
 * The 表三 row spec and columns (0-based, in template order) of a quantity id: `legal:R1+R2` → `R1+R2` and the five
 * legal-person columns, `C5:R1` → `R1` and the template's fifth column (法律服务机构), a plain id → the 总计 column.
 */
/**
 * Whether 表四's value row `row` was read whole enough for its numbers to be quoted: all 15 cells, or 14 under a
 * header that lacks the other column too (`HeaderColumns.missing`: read by the header's names, the missing cell null).
 */
function t4Read(t: TableModel, row: RowModel): boolean {
  return row.cells.length >= 15 && (row.cellCount === row.cells.length || Boolean(t.header?.missing?.length));
}

function spec3(id: string): [string, number[], RegExpExecArray | null] {
  const m = /^(natural|legal|C[2-6]):(.*)$/.exec(id);
  if (!m) return [id, [C_TOTAL], null];
  return [m[2], m[1] === 'natural' ? [0] : m[1] === 'legal' ? LEGAL : [Number(m[1].slice(1)) - 1], m];
}

/** English names of the 表三 columns under 法人或其他组织, by label (messages). */
const COLUMN_EN: Record<string, string> = { 商业企业: 'commercial enterprises', 科研机构: 'research institutions', 社会公益组织: 'public-interest organisations', 法律服务机构: 'legal service providers', 其他: 'other organisations' };

/** What a row spec of an applicant column's quantity is, for its name: [zh suffix, en head]. */
const COLUMN_ROWS: Record<string, [string, string]> = { R1: ['新收申请', 'new applications'], 'R1+R2': ['新收与上年结转申请之和', 'new plus carried-over applications'], 'R3.7': ['列的办理结果总计', 'applications concluded (（七）总计)'] };

/**
 * A row label or quantity name without its ordinal and its explanation, for messages:
 * `（二）部分公开（区分处理的，只计这一情形，不计其他情形）` → `部分公开`, `1.信访举报投诉类申请` → `信访举报投诉类申请`,
 * `一、本年新收政府信息公开申请数量` → `本年新收政府信息公开申请数量`, `不予公开（各项之和）` → `不予公开`.
 */
export function shortName(label: string): string {
  const s = label.replace(/^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、)\s*/, '').replace(/[（(][^（）()]*[）)]$/, '').trim();
  return s || label;
}

function sortCells(cells: Quantity['cells']): Quantity['cells'] {
  const nz = cells.filter((c) => c.value !== 0);
  return nz.length ? nz : cells.slice(0, 1);
}

const tableKeys = new WeakMap<Report, object>();

/**
 * A token that is the same object for two versions of a document whose tables (表二/三/四 as read, with every
 * cell's value and range) are equal: what was computed from the quantities of one holds for the other.
 */
export function tablesKey(report: Report): object {
  let k = tableKeys.get(report);
  if (k) return k;
  const prev = previousVersion(report);
  const before = prev && tableKeys.get(prev);
  k = before && sameData(prev.tables, report.tables) ? before : {};
  tableKeys.set(report, k);
  return k;
}

/** Deep equality of plain data (objects, arrays, primitives). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
