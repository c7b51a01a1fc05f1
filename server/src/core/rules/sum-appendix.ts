import type { Rule } from './rule.js';
import type { Range } from '../types.js';
import type { Report } from '../model/build.js';
import { readCell, tokenRange, tokenizeLine, type Token } from '../parse/tokens.js';
import { bi, charFinder, reportLinesWith } from './util.js';

/**
 * The groups of the 2014–2018 政府信息公开情况统计表 (国办发〔2014〕32号; templates.md §2.2) whose numbered rows split
 * their total: each application came by one channel, was settled on time or late, got one reply; each 复议/诉讼 case
 * had one result; each person works full-time or part-time. `total`: the total row's label (its ordinal aside);
 * `level`: the ordinal of its parts (`1.` under a `（一）` total, `（一）` under a `四、` total). Not the 主动公开 rows
 * by channel: an item published on several channels counts once in the total (`不同渠道和方式公开相同信息计1条`).
 */
const GROUPS: { total: RegExp; level: Level; zh: string; en: string }[] = [
  { total: /^(?:收到|受理)(?:政府信息公开)?申请(?:总)?数(?:量)?$/, level: 'arabic', zh: '收到申请数', en: 'applications received' },
  { total: /^申请办结(?:总)?数(?:量)?$/, level: 'arabic', zh: '申请办结数', en: 'applications settled' },
  { total: /^申请答复(?:总)?数(?:量)?$/, level: 'arabic', zh: '申请答复数', en: 'replies' },
  { total: /^(?:因政府信息公开(?:申请)?)?(?:提起|申请)?行政复议(?:案件)?(?:数量|总数|数|件数)$/, level: 'paren', zh: '行政复议数量', en: 'administrative reconsiderations' },
  { total: /^(?:因政府信息公开(?:申请)?)?(?:提起)?行政诉讼(?:案件)?(?:数量|总数|数|件数)$/, level: 'paren', zh: '行政诉讼数量', en: 'lawsuits' },
  { total: /^从事政府信息公开工作(?:的)?人员(?:总)?数(?:量)?$/, level: 'arabic', zh: '从事政府信息公开工作人员数', en: 'staff' },
];

type Level = 'cn' | 'paren' | 'arabic';
const ORDINAL: Record<Level, RegExp> = {
  cn: /^[一二三四五六七八九十]{1,3}[、，.．]\s*/,
  paren: /^[（(][一二三四五六七八九十]{1,3}[）)]\s*/,
  arabic: /^\d{1,2}\s*[.．、，)）]\s*/,
};
const RANK: Record<Level, number> = { cn: 1, paren: 2, arabic: 3 };
/** The row that opens a part's own breakdown (`其中：涉及国家秘密`, `其中:1.涉及国家秘密`), its label as `Row.label` reads it. */
const SUB_START = /^其中[:：]?/;
/** A row numbered below the parts' levels (`（1）涉及国家秘密`, `(1)`): a part's breakdown, as `Row.label` reads it. */
const DEEPER = /^[（(]\d{1,2}[）)]/;
/** The number an arabic ordinal opens `text` with (`4.不同意公开答复数` 4), or null. */
function ordinalOf(text: string): number | null {
  const m = /^(\d{1,2})\s*[.．、，)）]/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A digit, ASCII or full-width: a line without one holds no count. */
const MAY_HOLD_COUNT = /[0-9０-９]/;
/** A word every total's label has (`GROUPS`): a line without one is no total and is not tokenized. */
const TOTAL_WORD = /申请|复议|诉讼|人员/;
/** A Chinese character: a row's label has one (a serial number, `14`, is no label). */
const HAS_HAN = /[\u4e00-\u9fff]/;
/** The 单位 column's words (`件`, `人`, `万元`), a cell of their own. */
const UNIT_WORD = /^(?:件|个|条|次|项|人|人次|名|家|篇|期|场|万元|元)$/;
/** Units a count may carry in its own cell (`37件`, `5人`), where the table has no 单位 column. */
const COUNT_UNIT = /^(件|个|条|次|项|人|人次|名|家)$/;
/** A header cell naming a year's column (`2016年`, `2016年度`, `本年`, `上年数`). */
const YEAR_HEADER = /^(?:(?:19|20)\d{2}\s*年(?:度)?(?:数)?|本年(?:度)?(?:数)?|上年(?:度)?(?:数)?|上一年(?:度)?(?:数)?)$/;
/** A quick test for a header line with two year columns side by side (nothing Chinese between them but 年/度/数). */
const TWO_YEARS = /(?:(?:19|20)\d{2}\s*年|本年|上一?年)[度数]?[^\u4e00-\u9fff]+(?:(?:19|20)\d{2}\s*年|本年|上一?年)/;
/** How far above a total its table's header with the year columns is looked for. */
const HEADER_LINES = 150;

/** A cell of a row after its label: a count, a blank, or text (the 单位 column). */
type RowCell = { kind: 'count'; value: number; range: Range } | { kind: 'blank'; range: Range } | { kind: 'text' };

/**
 * The count `tok` holds, with its unit if any (`37`, `37件`, `5人`: the 32号 table's counts are whole numbers of items
 * or people), or undefined when it holds none (a word, a fraction, an amount).
 */
function readCount(tok: Token): RowCell | undefined {
  if (tok.kind === 'blank' || !tok.raw.trim()) return { kind: 'blank', range: tokenRange(tok) };
  const cell = readCell(tok);
  if (cell.value !== null && (!cell.invalid || (cell.invalid === 'unit' && cell.unit && COUNT_UNIT.test(cell.unit)))) {
    return { kind: 'count', value: cell.value, range: cell.range };
  }
  // `5人`, `3名` (the tokens read 人 as no unit of a count).
  const m = /^(\d{1,9})\s*(?:人|名|家)$/.exec(tok.raw.normalize('NFKC').trim());
  if (m) return { kind: 'count', value: Number(m[1]), range: tokenRange(tok) };
  return undefined;
}

/**
 * A row of the table: its label without the ordinal, the ordinal's level, and its cells after the label. `end`: its
 * last line (a row written one cell a line, or with its label wrapped onto the next line, takes several). `cells`:
 * written one cell a line.
 */
interface Row { line: number; end: number; raw: string; label: string; level: Level | null; cells: RowCell[]; oneCellALine: boolean; colon?: true }

/** The label's reading: the text without emphasis, its ordinal's level, and the bare label. */
function labelOf(raw: string): { raw: string; label: string; level: Level | null } {
  const text = raw.normalize('NFKC').replace(/[*_`]/g, '').trim();
  const level = (Object.keys(ORDINAL) as Level[]).find((l) => ORDINAL[l].test(text)) ?? null;
  const bare = (level ? text.replace(ORDINAL[level], '') : text).replace(/[（(][^）)]*[）)]$/, '').replace(/\s+/g, '');
  return { raw: text, label: bare, level };
}

/** The cells after a row's label, or null when one of them is neither a count, a blank nor text. */
function cellsOf(tokens: readonly Token[]): RowCell[] | null {
  const cells: RowCell[] = [];
  for (const t of tokens) {
    const c = readCount(t);
    if (c) cells.push(c);
    else if (t.kind === 'text' || UNIT_WORD.test(t.raw.trim())) cells.push({ kind: 'text' });
    else return null;
  }
  return cells;
}

/**
 * An indicator written as a line of its own with a colon (`（一）收到申请数：10件。`, `1.当面申请数:2`, `网络申请数：5件；`),
 * as many 2014–2018 reports write the table's rows in their text or appendix: the label (no digit after its ordinal,
 * no sentence punctuation), a colon, one count with its unit if any, and nothing after it but a full stop. The whole
 * line must be this, so a sentence that goes on (`收到申请数：10件，其中…`) is no row.
 */
const COLON_ROW = /^\s*((?:其中\s*[：:]\s*)?[^：:，,。；;|｜\t<>]{1,60}?)\s*[：:]\s*[*_]*([0-9０-９]{1,9})\s*(?:件|个|条|次|项|人|人次|名|家)?[*_]*\s*[。；;.．]?\s*$/;

/** The row `line` holds when it is an indicator written with a colon (`COLON_ROW`), or null. */
function colonRow(text: string, line: number): Row | null {
  // (Bounded: a label of at most 60 characters, so a long line of `*` costs no backtracking.)
  if (text.length > 100) return null;
  const m = COLON_ROW.exec(text);
  if (!m) return null;
  const read = labelOf(m[1]);
  // A label after its ordinal: Chinese, with no digit of its own (`截至2015年12月31日：` is a date, no indicator). A
  // part's breakdown keeps its `其中：` and its own ordinal (`其中：涉及国家秘密：2件。`, `其中：1.…`, `（1）涉及…：2件。`).
  const own = read.label.replace(SUB_START, '').replace(DEEPER, '').replace(ORDINAL.arabic, '');
  if (!HAS_HAN.test(own) || /[0-9０-９]/.test(own)) return null;
  // The count is the line's last run of digits (nothing after it but its unit and a stop).
  const start = text.search(/[0-9０-９]+[^0-9０-９]*$/);
  const count = Number(m[2].normalize('NFKC'));
  const range = { start: { line, character: start }, end: { line, character: start + m[2].length } };
  return { line, end: line, ...read, cells: [{ kind: 'count', value: count, range }], oneCellALine: false, colon: true };
}

function readRow(report: Report, line: number): Row | null {
  const text = report.lines.line(line);
  if (/[：:]/.test(text)) {
    const colon = colonRow(text, line);
    if (colon) return colon;
    // `其中：` on a line of its own over a part's breakdown written with colons: it opens the breakdown, no count.
    if (/^\s*[*_]*其中\s*[：:][*_]*\s*$/.test(text)) return { line, end: line, ...labelOf(text), cells: [], oneCellALine: false };
  }
  const lt = tokenizeLine(report.lines, line);
  if (lt.prose || !lt.tokens.length) return null;
  let tokens = lt.tokens;
  // A 序号 column (`| 14 | （一）收到申请数 | 件 | 37 |`): the label is the cell after the serial number (the tokens
  // may read every cell of such a row as a value).
  const serial = tokens.length >= 3 && /^\d{1,3}$/.test(tokens[0].raw.trim()) && HAS_HAN.test(tokens[1].raw) && !readCount(tokens[1]);
  if (serial) tokens = tokens.slice(1);
  if ((!serial && tokens[0].kind !== 'text') || !HAS_HAN.test(tokens[0].raw)) return null;
  const cells = cellsOf(tokens.slice(1));
  if (!cells) return null;
  const head = { line, end: line, ...labelOf(tokens[0].raw), cells, oneCellALine: false };
  if (tokens.length > 1 || lt.pipeRow) return head;
  return cellsBelow(report, head) ?? head;
}

/**
 * A label alone on its line, its cells below it: written one cell a line (the label, then its 单位 and its count, each
 * on a line; an empty cell an empty line or no line at all), or its label wrapped by pdftotext -layout onto the next
 * line, which holds the label's rest and the row's cells (`1.专职人员数（不包括政府公报及政府` / `网站工作人员数）  人  1`).
 * Null when the lines below are neither.
 */
function cellsBelow(report: Report, head: Row): Row | null {
  const { lines } = report;
  const at = head.line + 1;
  if (at >= lines.lineCount) return null;
  const next = lines.line(at).trim();
  if (!next) {
    // One cell a line with empty lines for the empty cells (`三、依申请公开情况` / `` / ``): a row without a count.
    const after = at + 1 < lines.lineCount ? lines.line(at + 1).trim() : '';
    if (after) return null;
    return { ...head, end: at + 1, cells: [{ kind: 'text' }, { kind: 'blank', range: { start: { line: at + 1, character: 0 }, end: { line: at + 1, character: 0 } } }], oneCellALine: true };
  }
  const lt = tokenizeLine(lines, at);
  if (lt.prose || lt.pipeRow || !lt.tokens.length) return null;
  if (lt.tokens.length === 1) {
    const t = lt.tokens[0];
    const count = readCount(t);
    if (count && count.kind === 'count') return { ...head, end: at, cells: [count], oneCellALine: true };
    if (!UNIT_WORD.test(t.raw.trim())) return null;
    // The 单位 cell; the count on the line below it (an empty line, or none, for an empty count).
    const below = at + 1 < lines.lineCount ? tokenizeLine(lines, at + 1) : null;
    const b = below && below.tokens.length === 1 && !below.prose ? readCount(below.tokens[0]) : undefined;
    if (b && b.kind === 'count') return { ...head, end: at + 1, cells: [{ kind: 'text' }, b], oneCellALine: true };
    const empty = at + 1 < lines.lineCount && !lines.line(at + 1).trim();
    const range = { start: { line: at, character: 0 }, end: { line: at, character: 0 } };
    return { ...head, end: empty ? at + 1 : at, cells: [{ kind: 'text' }, { kind: 'blank', range }], oneCellALine: true };
  }
  // A wrapped label: its rest has no ordinal and opens no 其中 breakdown, and the head's label is cut short (a bracket
  // left open, or the rest closes one).
  const first = lt.tokens[0];
  if (first.kind !== 'text' || !HAS_HAN.test(first.raw)) return null;
  const rest = labelOf(first.raw);
  if (rest.level || SUB_START.test(rest.raw) || DEEPER.test(rest.raw)) return null;
  const open = (s: string) => (s.match(/[（(]/g)?.length ?? 0) - (s.match(/[）)]/g)?.length ?? 0);
  if (open(head.raw) <= 0 && open(rest.raw) >= 0) return null;
  const cells = cellsOf(lt.tokens.slice(1));
  if (!cells || !cells.some((c) => c.kind === 'count')) return null;
  return { ...head, end: at, ...labelOf(head.raw + rest.raw), cells, oneCellALine: false };
}

/**
 * The counts of `rows` in the column `k` cells from the right, a blank as 0 (a sum can then only be short of what was
 * meant, never over), and their sum; null when a row has no cell there.
 */
function countsAt(rows: readonly Row[], k: number): { shown: number[]; sum: number } | null {
  const values = rows.map((r) => countAt(r, k));
  if (values.some((v) => v === undefined)) return null;
  const shown = values.map((v) => v ?? 0);
  return { shown, sum: shown.reduce((s, v) => s + v, 0) };
}

/**
 * Whether line `i`, holding no digit, may be the label of a total written one cell a line, its count on one of the
 * two lines below: a short line that is no sentence and holds no cells (no pipe, tab or tag).
 */
function countBelow(lines: Report['lines'], i: number): boolean {
  const text = lines.line(i);
  if (text.length > 100 || /[。；;|｜\t<]/.test(text) || i + 1 >= lines.lineCount) return false;
  return MAY_HOLD_COUNT.test(lines.line(i + 1)) || (i + 2 < lines.lineCount && MAY_HOLD_COUNT.test(lines.line(i + 2)));
}

/** The count of `row` in the column `k` cells from the right (0: the last), null when blank, undefined when none. */
function countAt(row: Row, k: number): number | null | undefined {
  const c = row.cells[row.cells.length - 1 - k];
  if (!c || c.kind === 'text') return undefined;
  return c.kind === 'count' ? c.value : null;
}
function rangeAt(row: Row, k: number): Range {
  const c = row.cells[row.cells.length - 1 - k] as { range: Range };
  return c.range;
}

/**
 * The columns of a total with more than one count that are checked, as `[k, name]` (`k` cells from the right): those
 * the table's header names as a year (`| 统计指标 | 单位 | 2016年 | 2015年 |`, this year's and last year's), each a
 * full table of its own. The header is looked for up to `HEADER_LINES` lines above the total; none: no column.
 */
function yearColumns(report: Report, total: Row): [number, string][] {
  for (let i = total.line - 1; i >= 0 && i >= total.line - HEADER_LINES; i--) {
    const text = report.lines.line(i);
    if (!TWO_YEARS.test(text)) continue;
    const lt = tokenizeLine(report.lines, i);
    if (lt.prose) continue;
    const names = lt.tokens.map((t) => t.raw.normalize('NFKC').replace(/\s+/g, ''));
    if (names.filter((n) => YEAR_HEADER.test(n)).length < 2) continue;
    const out: [number, string][] = [];
    for (let k = 0; k < names.length - 1; k++) {
      const name = names[names.length - 1 - k];
      if (YEAR_HEADER.test(name) && typeof countAt(total, k) === 'number') out.push([k, name]);
    }
    return out;
  }
  return [];
}

/** The old-era appendix 统计表: the parts of a total that splits (applications by channel, …) add up to more than it. */
/** The lines that may hold a total's label (it ends in 数), per report version (`reportLinesWith`). */
const SHU = charFinder('数');
const linesWithShu = new WeakMap<Report, number[]>();

export const sumAppendix: Rule = {
  meta: {
    id: 'sum-appendix',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('2014–2018 年附表《政府信息公开情况统计表》中各分项之和超过总数', 'The 2014–2018 appendix statistics table: parts add up to more than their total'),
    rationale: bi(
      '2014 至 2018 年，不少年报附有按国办发〔2014〕32号统计口径填写的《政府信息公开情况统计表》。这张表没有统一的勾稽规则（templates.md §2.2），只有“各分项之和不超过总数”可以核对：收到申请数按当面、传真、网络、信函等渠道分列，申请办结数分为按时办结和延期办结，申请答复数分为属于已主动公开范围、同意公开、同意部分公开、不同意公开等类别，行政复议和行政诉讼数量分为维持、被依法纠错和其他情形，从事政府信息公开工作人员数分为专职和兼职——一件申请、一个案件、一个人只计入其中一项。总数之下紧接着的编号分项（总数为“（一）”时为“1.”“2.”…，为“四、”时为“（一）”“（二）”…）之和大于总数时给出警告；分项之下的“其中：”细目（如“4.不同意公开答复数”下的“其中：涉及国家秘密”“涉及商业秘密”等行）属于该分项，不计入总数的分项。分项之和小于总数不报告（各省指标不一，可能有未列出的类别）；主动公开政府信息按渠道分列的各行也不核对：同一信息在不同渠道公开只计一条，各渠道之和可以大于总数。2019 年起的格式不用这张表，其表格由 sum-results 等规则核对；但报告（如按 2019 年格式编写的 2018 年度报告，或 2020 年 1 月发布、既有统一格式表格又附这张表的 2019 年度报告）附有这张表时，不论报告按哪种格式读取，照样核对（统一格式表格的行不在其中）。读取的行：竖线、制表符、空格对齐（含 pdftotext 折行的指标名）、HTML 表格和一格一行的写法，以及“（一）收到申请数 37件”“（一）收到申请数：37件。”这样一行一个指标的文字（在附表或正文第三部分中均可；冒号后的数字之后还有其他文字的句子不读作行）；数字可带单位（“37件”“5人”），可有“序号”列；“其中：1.当面申请数”这样以“其中”引出的第一个分项照样是分项；表头按年份分列（如“2016年 | 2015年”）时逐年核对。分项下的“其中”细目之和大于该分项时同样给出警告（细目写成“其中：涉及国家秘密：2件。”“（1）涉及国家秘密：2件。”或“其中：”单独一行的，照样读取）；正文第三部分中这样写的指标，消息称“正文统计中”而不称附表。为不拖慢编辑，只读取可能是总数的行（含“数”字和“申请”“复议”“诉讼”“人员”之一，且本行或其下两行有数字）及其下的行。',
      'From 2014 to 2018 many reports attached the 政府信息公开情况统计表 of the statistics of 国办发〔2014〕32号. That table has no arithmetic rules of its own (templates.md §2.2); only "the parts do not exceed their total" can be checked: applications received split by channel (in person, fax, online, letter…), applications settled into on time and late, replies into their categories (already public, disclosed, partly disclosed, refused…), 复议 and 诉讼 cases into upheld, corrected and other, staff into full-time and part-time: one application, case or person counts in one part only. When the numbered rows right under such a total (1., 2., … under a （一） total; （一）, （二）, … under a 四、 total) add up to more than it, a warning is given; the 其中 rows under a part (涉及国家秘密, 涉及商业秘密, … under 4.不同意公开答复数) break that part down and are not counted among the parts of the total. Parts adding up to less are not reported (indicators vary by province; a category may be left out), nor are the rows of 主动公开 by channel: an item published on several channels counts once, so they may add up to more. The formats from 2019 do not use this table; their tables are checked by sum-results and the other rules; but a report that attaches it (a 2018 report written in the 2019 format, a 2019 report published in January 2020 with the unified tables and this appendix) has it checked whatever format the report is read in (the unified tables\' rows are not among its rows). Rows are read in pipe, tab, space-aligned (labels wrapped by pdftotext too), HTML and one-cell-a-line tables and as lines of text, one indicator a line, in an appendix or in the text of section 三 (“（一）收到申请数 37件”, “（一）收到申请数：37件。”; a sentence that goes on after the count is no row); a count may carry its unit (37件, 5人) and the table may have a 序号 column; a first part opened by 其中 (其中：1.当面申请数) is a part all the same; where the header gives a column a year (2016年 | 2015年), each year is checked. 其中 rows adding up to more than their own part are a warning too (also written with colons: 其中：涉及国家秘密：2件。, （1）涉及国家秘密：2件。, or 其中： on a line of its own); indicators written so in the text of section 三 are called the statistics in the text, not the appendix table, in the message. To keep the editor quick, only lines that may be a total (a 数 and one of 申请, 复议, 诉讼, 人员, and a digit on the line or the two below it) and the rows below one are read.'),
    example: { bad: '| （一）收到申请数 | 件 | 37 |\n| 1.当面申请数 | 件 | 12 |\n| 2.网络申请数 | 件 | 26 |\n| 3.信函申请数 | 件 | 5 |', note: bi('12 + 26 + 5 = 43，超过收到申请数 37', '12 + 26 + 5 = 43 is more than the 37 applications received') },
  },
  check(ctx) {
    const { report } = ctx;
    // In a report of any format that attaches the table (a 2018 report written in the 2019 format, a 2019 report
    // published in January 2020 with both the unified tables and the old appendix; brk173 #4), not only in the
    // conventional form: the unified tables' own lines are no rows of it (their rows have more than one count anyway).
    if (!ctx.template || !report.isReport) return;
    const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
    const inTable = (i: number) => spans.some((sp) => i >= sp.start && i < sp.end);
    // Rows are read on demand: a total first, then the lines below it (tokenizing every line of a long draft on
    // every keystroke cost half of the editor's check). A total's label ends in 数 (数, 数量, 总数, 件数), names
    // applications, cases or staff (`TOTAL_WORD`), and its count holds a digit (on its line, or on one of the two
    // below it), so a line without all three is no total and is not tokenized.
    const read = new Map<number, Row | null>();
    const rowAt = (i: number): Row | null => {
      let row = read.get(i);
      if (row === undefined) {
        row = report.lines.line(i).trim() && !inTable(i) ? readRow(report, i) : null;
        read.set(i, row);
      }
      return row;
    };
    const lineCount = report.lines.lineCount;
    const { lines } = report;
    /** A row the parts' reading passes or ends at: none, or a label without a count, blank or sub-total of its own. */
    const isRow = (r: Row | null): r is Row => !!r && (r.cells.some((c) => c.kind !== 'text') || SUB_START.test(r.label));
    // (The lines holding 数 are found once per version and, after an edit, only in the changed lines.)
    for (const i of reportLinesWith(report, SHU, linesWithShu)) {
      const text = lines.line(i);
      if (!TOTAL_WORD.test(text)) continue;
      // The count on the line, or on one of the two below (a label alone on its line, short and no sentence: written
      // one cell a line, the 单位 cell between; or wrapped by pdftotext -layout; no cells on it: no pipe, tab or tag).
      if (!MAY_HOLD_COUNT.test(text) && !countBelow(lines, i)) continue;
      const total = rowAt(i);
      if (!total) continue;
      const group = GROUPS.find((g) => g.total.test(total.label));
      if (!group || (total.level && RANK[total.level] >= RANK[group.level])) continue;
      // The columns checked: its one count, or, with a count a year (this year's and last year's), each column the
      // header names as a year.
      const counts = total.cells.map((_, k) => k).filter((k) => typeof countAt(total, k) === 'number');
      if (!counts.length) continue;
      const columns: [number, string | null][] = counts.length === 1 ? [[counts[0], null]] : yearColumns(report, total);
      if (!columns.length) continue;
      // Its parts: the rows right below it numbered at the parts' level, up to a row of its own level or above, or a
      // line that is no row of the table (a paragraph, the end of the table). Blank lines between rows are passed.
      // A part's own breakdown below it is passed, not read as parts of the total nor as the end of them (brk175 #4):
      // the `其中：` rows (`4.不同意公开答复数` / `其中：涉及国家秘密` / `涉及商业秘密` / …, the 2014 table's own layout), unnumbered
      // or numbered afresh (`其中：1.涉及国家秘密` / `2.涉及商业秘密`), and rows numbered a level deeper (`（1）`); they
      // are kept as that part's breakdown. `其中：` before the first part (`（一）收到申请数` / `其中：1.当面申请数` /
      // `2.传真申请数`) introduces the parts themselves. Where a row numbered at the parts' level could be the next part
      // or the next row of that breakdown, the check is given up (parts unknown).
      const parts: Row[] = [];
      const subs = new Map<Row, Row[]>();
      let sub: { next: number | null } | null = null;
      let unsure = false;
      for (let j = total.end + 1; j < lineCount; j++) {
        let r = rowAt(j);
        if (!isRow(r) || r.oneCellALine !== total.oneCellALine) {
          if (!lines.line(j).trim()) continue;
          break;
        }
        j = r.end;
        const last = parts[parts.length - 1];
        if (!last && SUB_START.test(r.label)) {
          const rest = labelOf(r.raw.replace(/^其中[:：]?\s*/, ''));
          if (!rest.raw && !r.cells.some((c) => c.kind === 'count')) continue;
          if (rest.level !== group.level) break;
          r = { ...r, ...rest };
        }
        if (last && SUB_START.test(r.label)) {
          sub = { next: ordinalOf(r.label.replace(SUB_START, '')) };
          if (sub.next !== null) sub.next++;
          // (`其中：` alone on its line opens the breakdown and counts nothing.)
          if (r.cells.length) subs.get(last)!.push(r);
          continue;
        }
        if (last && DEEPER.test(r.label)) { sub ??= { next: null }; subs.get(last)!.push(r); continue; }
        if (!r.level) {
          if (sub) { subs.get(last)!.push(r); continue; }
          break;
        }
        if (RANK[r.level] < RANK[group.level]) break;
        if (r.level !== group.level) continue;
        if (sub) {
          const n = ordinalOf(r.raw);
          const lastN = ordinalOf(last.raw);
          const continues = n !== null && lastN !== null && n === lastN + 1;
          const inSub = n !== null && n === sub.next;
          if (inSub && !continues) { sub.next!++; subs.get(last)!.push(r); continue; }
          if (inSub || (!continues && sub.next !== null)) { unsure = true; break; }
          sub = null;
        }
        parts.push(r);
        subs.set(r, []);
      }
      if (unsure || parts.length < 2) continue;
      // Where the rows stand: an appendix, or (indicators written with colons before any annex, brk186 #15) the
      // report's own text, section 三's say, which has no 附表.
      const annex = report.extras.annexStart;
      const inText = total.colon && (annex === undefined || total.line < annex);
      const where = inText ? { zh: '正文统计中', en: 'In the statistics in the text' } : { zh: '附表中', en: 'In the appendix table' };
      for (const [k, year] of columns) {
        const whole = countAt(total, k) as number;
        // A part without a count in this column (another layout below): not this table's column.
        const counted = countsAt(parts, k);
        if (!counted) continue;
        const { shown, sum } = counted;
        const col = year ? { zh: `（${year}栏）`, en: ` (column ${year})` } : { zh: '', en: '' };
        if (sum > whole) {
          ctx.add({
            message: bi(
              `${where.zh}“${group.zh}”${col.zh}为 ${whole}，但其下各分项之和为 ${shown.join(' + ')} = ${sum}，比总数 ${whole} 多 ${sum - whole}。一件（一人）只计入其中一项，请核对这些数字。`,
              `${where.en}, ${group.en} (${group.zh})${col.en} is ${whole}, but the parts under it add up to ${shown.join(' + ')} = ${sum}, ${sum - whole} more than the total of ${whole}. Each counts in one part only: check these numbers.`),
            range: rangeAt(total, k),
            expected: sum,
            actual: whole,
            related: parts.map((p, n) => ({ range: rangeAt(p, k), message: bi(`分项 ${shown[n]}`, `part ${shown[n]}`) })),
          });
        }
        // A part's 其中 rows are parts of it: more than it is as wrong (`4.不同意公开答复数 4` / `其中：涉及国家秘密 1` / …).
        for (const part of parts) {
          const own = countAt(part, k);
          const rows = subs.get(part)!;
          if (typeof own !== 'number' || !rows.length) continue;
          const sub = countsAt(rows, k);
          if (!sub) continue;
          const { shown: ws, sum: s } = sub;
          if (s <= own) continue;
          const name = part.raw;
          ctx.add({
            message: bi(
              `${where.zh}“${name}”${col.zh}为 ${own}，但其下“其中”各项之和为 ${ws.join(' + ')} = ${s}，比该项多 ${s - own}。其中各项是该项的一部分，请核对这些数字。`,
              `${where.en}, “${name}”${col.en} is ${own}, but the 其中 rows under it add up to ${ws.join(' + ')} = ${s}, ${s - own} more than it. They are parts of it: check these numbers.`),
            range: rangeAt(part, k),
            expected: s,
            actual: own,
            related: rows.map((r, n) => ({ range: rangeAt(r, k), message: bi(`其中 ${ws[n]}`, `of which ${ws[n]}`) })),
          });
        }
      }
    }
  },
};
