import type { Rule } from './rule.js';
import type { Range } from '../types.js';
import type { Report } from '../model/build.js';
import { readCell, tokenRange, tokenizeLine } from '../parse/tokens.js';
import { bi } from './util.js';

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

/** A row of the table: its label without the ordinal, the ordinal's level, and its one count (null when blank). */
interface Row { line: number; raw: string; label: string; level: Level | null; value: number | null; range: Range; labelRange: Range }

function readRow(report: Report, line: number): Row | null {
  const lt = tokenizeLine(report.lines, line);
  if (lt.prose || !lt.tokens.length || lt.tokens[0].kind !== 'text') return null;
  const label = lt.tokens[0];
  const cells = lt.tokens.slice(1).filter((t) => t.kind !== 'text');
  // The 单位 column (件, 人) is text; one count after it. A row with more than one count (this year and last) is left.
  if (cells.length !== 1) return null;
  const cell = readCell(cells[0]);
  if (cell.invalid) return null;
  const text = label.raw.normalize('NFKC').replace(/[*_`]/g, '').trim();
  const level = (Object.keys(ORDINAL) as Level[]).find((l) => ORDINAL[l].test(text)) ?? null;
  const bare = (level ? text.replace(ORDINAL[level], '') : text).replace(/[（(][^）)]*[）)]$/, '').replace(/\s+/g, '');
  return { line, raw: text, label: bare, level, value: cell.value, range: cell.range, labelRange: tokenRange(label) };
}

/** The old-era appendix 统计表: the parts of a total that splits (applications by channel, …) add up to more than it. */
export const sumAppendix: Rule = {
  meta: {
    id: 'sum-appendix',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('2014–2018 年附表《政府信息公开情况统计表》中各分项之和超过总数', 'The 2014–2018 appendix statistics table: parts add up to more than their total'),
    rationale: bi(
      '2014 至 2018 年，不少年报附有按国办发〔2014〕32号统计口径填写的《政府信息公开情况统计表》。这张表没有统一的勾稽规则（templates.md §2.2），只有“各分项之和不超过总数”可以核对：收到申请数按当面、传真、网络、信函等渠道分列，申请办结数分为按时办结和延期办结，申请答复数分为属于已主动公开范围、同意公开、同意部分公开、不同意公开等类别，行政复议和行政诉讼数量分为维持、被依法纠错和其他情形，从事政府信息公开工作人员数分为专职和兼职——一件申请、一个案件、一个人只计入其中一项。总数之下紧接着的编号分项（总数为“（一）”时为“1.”“2.”…，为“四、”时为“（一）”“（二）”…）之和大于总数时给出警告；分项之下的“其中：”细目（如“4.不同意公开答复数”下的“其中：涉及国家秘密”“涉及商业秘密”等行）属于该分项，不计入总数的分项。分项之和小于总数不报告（各省指标不一，可能有未列出的类别）；主动公开政府信息按渠道分列的各行也不核对：同一信息在不同渠道公开只计一条，各渠道之和可以大于总数。2019 年起的格式不用这张表，其表格由 sum-results 等规则核对；但报告（如按 2019 年格式编写的 2018 年度报告，或 2020 年 1 月发布、既有统一格式表格又附这张表的 2019 年度报告）附有这张表时，不论报告按哪种格式读取，照样核对（统一格式表格的行不在其中）。',
      'From 2014 to 2018 many reports attached the 政府信息公开情况统计表 of the statistics of 国办发〔2014〕32号. That table has no arithmetic rules of its own (templates.md §2.2); only "the parts do not exceed their total" can be checked: applications received split by channel (in person, fax, online, letter…), applications settled into on time and late, replies into their categories (already public, disclosed, partly disclosed, refused…), 复议 and 诉讼 cases into upheld, corrected and other, staff into full-time and part-time: one application, case or person counts in one part only. When the numbered rows right under such a total (1., 2., … under a （一） total; （一）, （二）, … under a 四、 total) add up to more than it, a warning is given; the 其中 rows under a part (涉及国家秘密, 涉及商业秘密, … under 4.不同意公开答复数) break that part down and are not counted among the parts of the total. Parts adding up to less are not reported (indicators vary by province; a category may be left out), nor are the rows of 主动公开 by channel: an item published on several channels counts once, so they may add up to more. The formats from 2019 do not use this table; their tables are checked by sum-results and the other rules; but a report that attaches it (a 2018 report written in the 2019 format, a 2019 report published in January 2020 with the unified tables and this appendix) has it checked whatever format the report is read in (the unified tables\' rows are not among its rows).'),
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
    // every keystroke cost half of the editor's check). A total's label ends in 数 (数, 数量, 总数, 件数) and its
    // count holds a digit, so a line without both is no total and is not tokenized.
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
    for (let i = 0; i < lineCount; i++) {
      const text = report.lines.line(i);
      if (!text.includes('数') || !MAY_HOLD_COUNT.test(text)) continue;
      const total = rowAt(i);
      if (!total || total.value === null) continue;
      const group = GROUPS.find((g) => g.total.test(total.label));
      if (!group || (total.level && RANK[total.level] >= RANK[group.level])) continue;
      // Its parts: the rows right below it numbered at the parts' level, up to a row of its own level or above, or a
      // line that is no row of the table (a paragraph, the end of the table). Blank lines between rows are passed.
      // A part's own breakdown below it is passed, not read as parts of the total nor as the end of them (brk175 #4):
      // the `其中：` rows (`4.不同意公开答复数` / `其中：涉及国家秘密` / `涉及商业秘密` / …, the 2014 table's own layout), unnumbered
      // or numbered afresh (`其中：1.涉及国家秘密` / `2.涉及商业秘密`), and rows numbered a level deeper (`（1）`).
      // Where a row numbered at the parts' level could be the next part or the next row of that breakdown, the check
      // is given up (parts unknown).
      const parts: Row[] = [];
      let sub: { next: number | null } | null = null;
      let unsure = false;
      let j = i + 1;
      for (; j < lineCount; j++) {
        const r = rowAt(j);
        if (!r) {
          if (!report.lines.line(j).trim()) continue;
          break;
        }
        const last = parts[parts.length - 1];
        if (last && SUB_START.test(r.label)) {
          sub = { next: ordinalOf(r.label.replace(SUB_START, '')) };
          if (sub.next !== null) sub.next++;
          continue;
        }
        if (last && DEEPER.test(r.label)) continue;
        if (!r.level) {
          if (sub) continue;
          break;
        }
        if (RANK[r.level] < RANK[group.level]) break;
        if (r.level !== group.level) continue;
        if (sub) {
          const n = ordinalOf(r.raw);
          const lastN = ordinalOf(last.raw);
          const continues = n !== null && lastN !== null && n === lastN + 1;
          const inSub = n !== null && n === sub.next;
          if (inSub && !continues) { sub.next!++; continue; }
          if (inSub || (!continues && sub.next !== null)) { unsure = true; break; }
          sub = null;
        }
        parts.push(r);
      }
      if (unsure || parts.length < 2) continue;
      // A blank part counts 0: the sum can only be short of what was meant, never over.
      const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
      if (sum <= total.value) continue;
      const shown = parts.map((p) => p.value ?? 0).join(' + ');
      ctx.add({
        message: bi(
          `附表中“${group.zh}”为 ${total.value}，但其下各分项之和为 ${shown} = ${sum}，比总数 ${total.value} 多 ${sum - total.value}。一件（一人）只计入其中一项，请核对这些数字。`,
          `In the appendix table, ${group.en} (${group.zh}) is ${total.value}, but the parts under it add up to ${shown} = ${sum}, ${sum - total.value} more than the total of ${total.value}. Each counts in one part only: check these numbers.`),
        range: total.range,
        expected: sum,
        actual: total.value,
        related: parts.map((p) => ({ range: p.range, message: bi(`分项 ${p.value ?? 0}`, `part ${p.value ?? 0}`) })),
      });
    }
  },
};
