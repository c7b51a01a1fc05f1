import type { DetectedFormat, RowModel, TableId, TableModel } from '../types.js';
import { blockOfRow, type Table2Template, type Table3Template, type Table4Template } from '../templates/index.js';
import type { TextReader } from './segments.js';
import { alignTable3, findTable3, findTable4, readAlignedTable3, readTable2, readTable4, T4_VALUES, type LineSpan } from './tables.js';
import { YEAR_SOURCE, yearDigits } from '../text/normalize.js';
import { patternFinder } from '../text/search.js';

/** A statistics table found again after the one read: which table, and the 0-based line this copy starts on. */
export interface RepeatedTable {
  id: TableId;
  /** 0-based line the copy starts on. */
  line: number;
  /**
   * Where the copy's numbers differ from those of the table read (the copies are not the same figures, so which one
   * is final matters): how many value cells differ, and the first of them (row label, 0-based column, both values;
   * null for a blank or unreadable cell; the column as the template names it). `row` is null for 表四, whose numbers
   * form one row: its cell is named by `group` (`行政复议`, `行政诉讼（复议后起诉）`) and `column` (`结果纠正`).
   * Absent when every number is the same.
   */
  differs?: { count: number; row: string | null; group?: string; column: string; first: number | null; copy: number | null };
  /**
   * The copy as read, set only with `differs` (a copy of the same figures fails the same sums as the first): its own
   * arithmetic is checked too (`checkRepeatedCopies` in check.ts), so that the errors of the copy the user may keep
   * are not left unseen.
   */
  table?: TableModel;
  /**
   * The table is headed as one unit's breakdown (a 系统 report's per-school 表三 under `（一）某某中学`, a caption with
   * 分单位, 各单位, 下属单位): no copy of the report's own table to delete (table-repeated says nothing of it), though
   * its own arithmetic is checked as a copy's is (`table`, with other figures).
   */
  breakdown?: true;
}

/**
 * How a copy's numbers differ from the first table's, cell by cell of the rows both have (`RepeatedTable.differs`);
 * `column(rowId, k)` names value column `k` of a row as the template does (a string, or the group and column of a
 * 表四 cell, whose row is then not named).
 */
function differences(first: TableModel | undefined, copy: TableModel, column: (rowId: string, k: number) => string | { group: string; column: string }): RepeatedTable['differs'] {
  if (!first) return undefined;
  const byId = new Map(copy.rows.map((r) => [r.id, r]));
  let count = 0;
  let at: RepeatedTable['differs'] | undefined;
  for (const r of first.rows) {
    const c = byId.get(r.id);
    if (!c || r.match.kind === 'absent' || c.match.kind === 'absent') continue;
    for (let k = 0; k < Math.min(r.cells.length, c.cells.length); k++) {
      const a = r.cells[k]?.value ?? null, b = c.cells[k]?.value ?? null;
      if (a === b) continue;
      count++;
      const named = column(r.id, k);
      at ??= typeof named === 'string' ? { count: 0, row: r.label, column: named, first: a, copy: b } : { count: 0, row: null, ...named, first: a, copy: b };
    }
  }
  return at ? { ...at, count } : undefined;
}

/**
 * A copy found at 0-based `line`: with its table when its figures differ from the first's (`RepeatedTable.table`),
 * and marked a unit's breakdown when it is one (`RepeatedTable.breakdown`).
 */
function copyOf(id: TableId, line: number, table: TableModel, differs: RepeatedTable['differs'], breakdown = false): RepeatedTable {
  const copy: RepeatedTable = differs ? { id, line, differs, table } : { id, line };
  if (breakdown) copy.breakdown = true;
  return copy;
}

/** 表四's value cell `k` (0-based, 15 in all): its group (`行政诉讼（未经复议直接起诉）` under its parent) and column. */
function t4Cell(template: Table4Template, k: number): { group: string; column: string } {
  const g = template.groups[Math.floor(k / 5)];
  return { group: g ? (g.parent ? `${g.parent}（${g.label}）` : g.label) : '', column: template.leaves[k % 5] ?? String(k + 1) };
}

/** What `findRepeatedTables` needs of a parse: the tables read (the first of each kind) and how they were read. */
export interface RepeatedTablesInput {
  rd: TextReader;
  /** Lines of the level-1 headings (`一、…`): a table found from a line ends at the next one. */
  headingLines: Set<number>;
  /** Line spans of the tables read. */
  spans: Partial<Record<TableId, LineSpan>>;
  tables: Partial<Record<TableId, TableModel>>;
  /** The templates the tables were read with (表三: the row list that won). */
  templates: { t2?: Table2Template; t3?: Table3Template; t4?: Table4Template };
  format: DetectedFormat;
  /** The report year, or `null` when unknown. */
  year: number | null;
}

/** How many candidate tables of one kind in a row that are no copy `findRepeatedTables` passes over before it stops looking. */
const MAX_PASSED_OVER = 8;

/**
 * Finds every further *whole* 表二, 表三 or 表四 below the one read (a revised table pasted under the old one, the
 * whole report pasted twice or three times): one entry per extra copy, sorted by line. Only the first is read by
 * the parse, so the other copies' figures are never checked.
 *
 * A copy counts only when it is the same table again (表二: all its rows and its column labels; 表三: its
 * first and last and at least half of its rows, each with about as many values as the table has columns; 表四: its
 * header words and exactly 15 values) and is not introduced as another year's or a comparison table (`2023年数据如下`,
 * `与上年度对比`; such a table is passed over and the search goes on below it). A 表二 or 表四 of a pre-2019 report is
 * never reported: that format has no unified tables (the old 统计表 differed by province). Which copy the other rules
 * read does not change. Every copy is found, however many (a report pasted 400 times: 399 of each); up to
 * `MAX_PASSED_OVER` candidates of each kind in a row that turn out to be no copy are looked at (each is read to the
 * next heading, so their number is bounded; a copy found starts the count again and moves the search past itself).
 */
export function findRepeatedTables(input: RepeatedTablesInput): RepeatedTable[] {
  const out: RepeatedTable[] = [];
  out.push(...repeatedTable3(input));
  if (input.format !== 'pre2019') out.push(...repeatedTable2(input), ...repeatedTable4(input));
  out.sort((a, b) => a.line - b.line);
  // Only the first copies of each table are checked (check.ts): the others' models are not kept (a report pasted 400
  // times with other figures would keep 399 tables of each kind).
  const kept: Partial<Record<TableId, number>> = {};
  for (const r of out) if ((kept[r.id] = (kept[r.id] ?? 0) + 1) > COPIES_SHOWN) delete r.table;
  return out;
}

/**
 * How many copies of each table table-repeated reports one by one (the last of them counting the rest), and keep their
 * model (`RepeatedTable.table`) for their arithmetic to be checked.
 */
export const COPIES_SHOWN = 8;

/** The first lines of the further whole 表三 (from 新收 or 上年结转 down to 结转下年度继续办理, its rows full) below the one read. */
function repeatedTable3({ rd, headingLines, spans, tables, templates, year }: RepeatedTablesInput): RepeatedTable[] {
  const out: RepeatedTable[] = [];
  const units = new Set<string>();
  const first = spans.t3;
  const template = templates.t3;
  if (!first || !template) return out;
  const n = rd.lines.lineCount;
  const width = template.columns.length;
  const isFull = (r: RowModel | undefined) => Boolean(r && r.match.kind !== 'absent' && r.cellCount >= width - 2 && r.cellCount <= width + 1);
  for (let from = first.end, passed = 0; from < n && passed < MAX_PASSED_OVER;) {
    const again = findTable3(rd, from, n, headingLines);
    if (!again || !hasRowKey(rd, again, '结转下年度继续办理')) break;
    from = Math.max(again.end, again.start + 1);
    passed++;
    // Its rows read with the row list the first one was read with: a table of other columns (a comparison of two
    // years, `指标名称 2023年 2024年 增减值`) has rows of two or three values, not seven. Its first and last rows
    // among them: the start of a table cut off before 结转下年度继续办理 does not borrow that row from a table
    // further down.
    const table = readAlignedTable3(rd, again, alignTable3(rd, again, template));
    const data = table.rows.filter((r) => r.cells.length);
    if (data.filter(isFull).length * 2 < data.length || !isFull(data[0]) || !isFull(data[data.length - 1])) continue;
    if (introducedAsOther(rd, again.start, headingLines, year, first.start)) continue;
    passed = 0;
    out.push(copyOf('t3', again.start, table, differences(tables.t3, table, (_, k) => template.columns[k]?.label ?? String(k + 1)), introducedAsUnit(rd, again.start, headingLines, first.start, units)));
  }
  return out;
}

/** The first lines of the further whole 表二 (from its `第二十条第（一）项` heading, with its rows and column labels) below the one read. */
function repeatedTable2({ rd, headingLines, spans, tables, templates, year }: RepeatedTablesInput): RepeatedTable[] {
  const out: RepeatedTable[] = [];
  const units = new Set<string>();
  const first = tables.t2;
  const template = templates.t2;
  if (!first || !template || !spans.t2) return out;
  // Below the first one's first row: a `第二十条第（一）项` above it is the other column of a two-column layout.
  let firstRow = -1;
  for (const r of first.rows) if (r.match.range && (firstRow < 0 || r.match.range.start.line < firstRow)) firstRow = r.match.range.start.line;
  if (firstRow < 0) return out;
  const lines = rd.lines;
  const n = lines.lineCount;
  const firstCols = columnsFound(first);
  let passed = 0;
  // Lines with 二十条, found by one search of the text (after an edit, of the changed lines: `linesFound`); none is
  // read for nothing. Those up to `skipTo` are in a table already read.
  let skipTo = firstRow;
  for (const i of rd.linesFound(TWENTY)) {
    if (passed >= MAX_PASSED_OVER) break;
    if (i <= skipTo) continue;
    const k = rd.key(i);
    if (k.length >= 60 || !/第二十条第\(一\)项/.test(k) || headingLines.has(i)) continue;
    passed++;
    let end = i + 1;
    while (end < n && !headingLines.has(end)) end++;
    const { table, foreign } = readTable2(rd, { start: i, end }, template);
    // Every row again (possibly worded as in the other format), none wider than the first one's.
    let rows = 0, wider = false;
    table.rows.forEach((r, j) => {
      if (r.match.kind === 'absent' || r.cellCount === 0) return;
      rows++;
      if (r.cellCount > Math.max(r.cells.length, first.rows[j]?.cellCount ?? 0)) wider = true;
    });
    rows += new Set(foreign.filter((f) => f.cells.length).map((f) => f.label)).size;
    const cols = columnsFound(table);
    if (rows < table.rows.length || wider || cols === 0 || cols < firstCols - 1) continue;
    if (!introducedAsOther(rd, i, headingLines, year, spans.t2.start)) {
      passed = 0;
      out.push(copyOf('t2', i, table, differences(first, table, (id, k) => blockOfRow(template, id)?.columns[k]?.label ?? String(k + 1)), introducedAsUnit(rd, i, headingLines, spans.t2.start, units)));
    }
    // On below this table: its own lines are no further copy.
    skipTo = Math.max(i, table.range.end.line);
  }
  return out;
}

/** 二十条 (of `第二十条第（一）项`, 表二's first row): the lines to read for a further 表二. */
const TWENTY = patternFinder(/二十条/g);

const T4_HEADER_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'];
const T4_START_FINDER = patternFinder(/行政复议|结果维持|结果[^\S\n\r]*纠正|复议后起诉/g);

/** The first lines of the further whole 表四 (its header words and all 15 values, and no more) below the one read. */
function repeatedTable4({ rd, headingLines, spans, tables, templates, year }: RepeatedTablesInput): RepeatedTable[] {
  const out: RepeatedTable[] = [];
  const units = new Set<string>();
  const first = spans.t4;
  const template = templates.t4;
  // The first one with its numbers (a header cut off from them by a stray heading is not a table of its own).
  if (!first || !template || !tables.t4?.rows[0]?.cellCount) return out;
  const lines = rd.lines;
  const n = lines.lineCount;
  const headerWords = (from: number, to: number) => {
    const text = keysOf(rd, from, to);
    return T4_HEADER_WORDS.filter((w) => text.includes(w)).length;
  };
  let passed = 0;
  // Lines with a 表四 start word, found by one scan of the text (after an edit, of the changed lines: `linesFound`; the
  // pattern does not cross a line break). Those up to `skipTo` are in a table already read.
  let skipTo = first.end - 1;
  for (const i of rd.linesFound(T4_START_FINDER)) {
    if (passed >= MAX_PASSED_OVER) break;
    if (i <= skipTo) continue;
    // The line a 表四 starts on as `findTable4` sees it, with header words on it or right below.
    const t = lines.line(i);
    if (headingLines.has(i) || t.includes('。') || rd.key(i).length > 80) continue;
    if (headerWords(i, Math.min(n, i + 6)) < 2) continue;
    passed++;
    const span = findTable4(rd, i, n, headingLines);
    if (!span) continue;
    const table = readTable4(rd, span, template);
    const row = table.rows[0];
    if (!row || row.cellCount !== T4_VALUES || !row.match.range) continue;
    // Its whole header: the group label and the column labels above the numbers.
    const firstValue = row.match.range.start.line;
    if (headerWords(i, firstValue) < 2 || !/行政复议|行政诉讼/.test(keysOf(rd, i, firstValue))) continue;
    // A sixteenth number right after the fifteen: a longer table (two years' rows), not 表四 again.
    const last = table.range.end.line;
    let more = false;
    for (const lt of rd.tokens(last + 1, Math.min(span.end, last + 4))) {
      if (!lt.tokens.length) continue;
      more = !lt.prose && lt.tokens.some((t) => t.kind === 'value' && /\d/.test(t.raw));
      break;
    }
    if (more) continue;
    if (!introducedAsOther(rd, i, headingLines, year, first.start)) {
      passed = 0;
      out.push(copyOf('t4', i, table, differences(tables.t4, table, (_, k) => t4Cell(template, k)), introducedAsUnit(rd, i, headingLines, first.start, units)));
    }
    // On below this table: a header word further down in it does not start a copy of its own.
    skipTo = Math.max(i, last);
  }
  return out;
}

/** The keys of lines `[from, to)`, joined. */
function keysOf(rd: TextReader, from: number, to: number): string {
  let text = '';
  for (let j = from; j < to; j++) text += rd.key(j);
  return text;
}

/** Column labels of a table read from the text (exactly or misspelled). */
function columnsFound(table: TableModel): number {
  return table.columns.filter((c) => c.match.kind === 'exact' || c.match.kind === 'misspelled').length;
}

/** Whether a line of `span` holds the row label with key `key` (possibly with other cells). */
function hasRowKey(rd: TextReader, span: LineSpan, key: string): boolean {
  for (let i = span.start; i < span.end; i++) if (rd.key(i).includes(key)) return true;
  return false;
}

/** Words that introduce a table of another year or a comparison (not the report's own table again). */
const OTHER_TABLE = /对比|比较|比对|差异|同比|环比|上一?年度|上一年(?!项目)|上年(?:数据|同期|情况)|去年|往年|历年|前一年/;

/**
 * The report's own 表三 when the first one found (`first`) is another year's: a table captioned or introduced as
 * another year's or as a comparison (`2023年度收到和处理政府信息公开申请情况（上年数据）` in a 2024 report, see
 * `introducedAsOther`) above a further whole 表三 (down to 结转下年度继续办理, before line `to`) introduced by the
 * report year or by no year. Returns that table's span, or `first` when the first one is not another year's or no
 * such table follows. `year()` gives the report year (null: unknown, then `first` is kept); it is asked only when
 * the first table's caption names a year or a comparison. Up to 8 further tables are looked at.
 */
export function ownTable3(rd: TextReader, first: LineSpan, to: number, headingLines: Set<number>, year: () => number | null): LineSpan {
  const intro = introText(rd, first.start, headingLines);
  if (!intro || (!OTHER_TABLE.test(intro) && !yearsIn(intro).length)) return first;
  const y = year();
  if (y === null || !otherYear(intro, y)) return first;
  for (let from = first.end, tries = 0; from < to && tries < 8; tries++) {
    const again = findTable3(rd, from, to, headingLines);
    if (!again || !hasRowKey(rd, again, '结转下年度继续办理')) break;
    from = Math.max(again.end, again.start + 1);
    if (!otherYear(introText(rd, again.start, headingLines), y)) return again;
  }
  return first;
}

/** Whether a table's caption or introduction (`intro`, see `introText`) makes it a comparison or another year's than `year`. */
function otherYear(intro: string, year: number): boolean {
  return OTHER_TABLE.test(intro) || yearsIn(intro).some((y) => y !== year);
}
/** A year before 年, in digits or Chinese numerals (`2023年`, `二〇二三年`). */
const YEAR = new RegExp(String.raw`(${YEAR_SOURCE})\s*年`, 'g');

/**
 * Whether the table starting at line `start` is introduced as another year's table or a comparison, by its caption
 * or introducing sentence (see `introText`): a year there other than the report year (any year when that is unknown,
 * or one the first table's introduction, at `firstStart`, does not name). Introduced just as the first one (the
 * whole report pasted twice, a paragraph with its own years and all), it is the report's own table again.
 */
function introducedAsOther(rd: TextReader, start: number, headingLines: Set<number>, year: number | null, firstStart: number): boolean {
  const intro = introText(rd, start, headingLines);
  if (!intro) return false;
  const firstIntro = introText(rd, firstStart, headingLines);
  if (intro === firstIntro) return false;
  if (OTHER_TABLE.test(intro)) return true;
  const years = yearsIn(intro);
  if (!years.length) return false;
  return year === null || years.some((y) => y !== year) || yearsIn(firstIntro).some((y) => !years.includes(y));
}

/**
 * Whether the table starting at line `start` is introduced as one unit's breakdown (`unitCaption`) by a caption or
 * introducing line other than the first table's (at `firstStart`): a 系统 report's table of one school after the
 * system's own. Introduced just as the first one (the whole report pasted twice), or as an earlier breakdown of the
 * same kind (`units`: the captions seen so far), it is that table again.
 */
function introducedAsUnit(rd: TextReader, start: number, headingLines: Set<number>, firstStart: number, units: Set<string>): boolean {
  const intro = introLines(rd, start, headingLines);
  const text = intro.join('');
  if (!intro.length || text === introText(rd, firstStart, headingLines) || !intro.some(unitCaption)) return false;
  // The same unit's table a second time (`（一）某某中学` above both): that table pasted again.
  if (units.has(text)) return false;
  units.add(text);
  return true;
}

/** Words of a caption that give a table per unit: 分单位, 各单位, 下属单位, 所属/直属单位, 机关本级, a unit column. */
const BREAKDOWN_WORDS = /分单位|分部门|各(?:成员)?(?:单位|部门|学校|医院|乡镇|街道|县区|区县|县\(市、?区\)|区)|下属|所属|直属|本级|单位名称|成员单位/;
/** The end of a unit's name (`柳营县第一中学`, `某某区财政局`, `某某街道办事处`). */
const UNIT_NAME_END = /(?:局|委|委员会|管委会|办|办公室|办事处|中心|院|所|站|队|校|学校|中学|小学|幼儿园|学院|大学|医院|街道|镇|乡|政府|公司|集团|馆|处|厅|署|社区|村)$/;

/**
 * Whether a caption line's key (`labelKey`) heads a table as one unit's breakdown: it names the breakdown
 * (`BREAKDOWN_WORDS`: `其中，下属单位情况：`, `各单位行政许可情况`) or is a unit's name alone, numbered or not, with
 * `情况`/`数据` and a colon after it at most (`（一）柳营县第一中学`, `2.某某街道办事处：`). A sentence (`。`, `，` inside
 * a name) or a template caption (`三、收到和处理政府信息公开申请情况`) is none.
 */
export function unitCaption(key: string): boolean {
  if (key.length > 40) return false;
  if (BREAKDOWN_WORDS.test(key)) return true;
  const name = key
    .replace(/^(?:第?[一二三四五六七八九十\d]+[、.．]|\([一二三四五六七八九十\d]+\)|表[二三四][:：]?)+/, '')
    .replace(/(?:的)?(?:情况|数据|统计表?|明细)?[:：]?$/, '');
  return name.length >= 3 && name.length <= 30 && !/[。；;，,、]/.test(name) && UNIT_NAME_END.test(name);
}

/**
 * The keys of the caption and introducing lines of the table starting at line `start`: of the (up to two) non-blank
 * lines above it, not looking past a level-1 heading or into a row of a table above, those that are short or end
 * with a colon (a long narrative paragraph with its own years introduces nothing); and its own first line if that
 * names the table (`表三 …`, which `findTable3` takes into the table with its header).
 */
function introText(rd: TextReader, start: number, headingLines: Set<number>): string {
  return introLines(rd, start, headingLines).join('');
}

/** The keys `introText` joins, each line's on its own (top to bottom; the table's own first line last, if taken). */
function introLines(rd: TextReader, start: number, headingLines: Set<number>): string[] {
  const lines = rd.lines;
  const text = /表[二三四]/.test(rd.key(start)) ? [rd.key(start)] : [];
  for (let i = start - 1, seen = 0; i >= 0 && seen < 2; i--) {
    const t = lines.line(i);
    if (/^[|\s:\-]*$/.test(t)) continue;
    // A row of the table above ends the look (a caption such as `2023 年报告` has one number and words).
    const lt = rd.tokens(i, i + 1)[0];
    if (!lt.prose && lt.values > 0 && (lt.pipeRow || lt.values >= 2 || !lt.tokens.some((t) => t.kind === 'text'))) break;
    const k = rd.key(i);
    if (k.length <= 60 || /[:：]$/.test(k)) text.unshift(k);
    seen++;
    if (headingLines.has(i)) break;
  }
  return text;
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(yearDigits(m[1])));
}
