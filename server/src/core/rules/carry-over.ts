import { crossRuleFactsOf, rewriteMessage, type Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Bilingual, Cell, ColumnModel, Finding, Locale, Range, TableModel } from '../types.js';
import { CHECK_FOUR, SUSPECT_UNFIXED, T3_TERMS_EN, bi, breaksT3Identity, num, rowById, setCell, signed, sum, t3Identities, t3Holds, t3Values, unreadable } from './util.js';

/**
 * X-1 (templates.md §5.3): with last year's report of the same agency, this year's `二、上年结转` equals last
 * year's `四、结转下年度继续办理`, column by column. The fix sets 上年结转 to last year's figure when this year's
 * table still adds up with it (T3-A), and only where last year's own table adds up in that column (T3-A, T3-B, and
 * T3-C of its 结转下年度 row): a figure of a table that does not add up is no ground to change a number (brk166 #1).
 */
export const carryOver: Rule = {
  meta: {
    id: 'carry-over',
    category: 'years',
    defaultSeverity: 'error',
    fixable: true,
    usesLastYear: 'only',
    description: bi('表三“上年结转”与上一年度报告的“结转下年度继续办理”不一致', '表三 上年结转 differs from last year\'s 结转下年度继续办理'),
    rationale: bi(
      '上一年度结转到本年继续办理的申请，就是本年的“二、上年结转政府信息公开申请数量”，两份报告应逐列相等。需要上一年度的报告（命令行 --previous，或同一机关上一年度的报告：在同一文件夹中，或在文件夹名中的年份换成上一年的文件夹中，如 2024/ 对应 2023/）。修复会把本年的上年结转改为上一年度报告中的数字；但如果改后本年表三不再平衡，或者上一年度报告的表三在这一列本身就不平衡（收支平衡或办理结果之和不成立，或结转下年度一行各列之和不等于总计），无法确定哪份报告有误，不自动修改，消息写明原因。',
      'The applications last year carried over to this year are this year\'s 上年结转: the two reports must agree column by column. Needs last year\'s report (--previous, or the same agency\'s report of the year before in the same folder, or in the folder named with the year before: 2023/ for 2024/). The fix sets 上年结转 to last year\'s figure, unless this year\'s table would then stop adding up, or last year\'s 表三 does not add up itself in that column (its balance or its results\' sum fails, or its 结转下年度 row\'s columns do not add up to its 总计): which report is wrong is then for a person to decide, and the message says why.'),
    example: { bad: '2023年报告：| 四、结转下年度继续办理 | 118 | 3 | 0 | 0 | 0 | 0 | 121 |\n2024年报告：| 二、上年结转政府信息公开申请数量 | 110 | 2 | 0 | 0 | 0 | 0 | 112 |', note: bi('2024 年的行自身相加无误（110 + 2 = 112），但与 2023 年逐列不符：自然人 118 ≠ 110，商业企业 3 ≠ 2，总计 121 ≠ 112', 'The 2024 row adds up by itself (110 + 2 = 112) but differs from 2023 column by column: 自然人 118 vs 110, 商业企业 3 vs 2, 总计 121 vs 112') },
  },
  check(ctx) {
    const { report, previous } = ctx;
    const pairs = previous ? carryOverPairs(report, previous) : null;
    if (!pairs) return;
    const cur = report.tables.t3!;
    const lastYear = previous!.year ?? (report.year !== null ? report.year - 1 : null);
    // Which report is wrong is not known: last year's figures are written in only when this year's table still adds
    // up with the whole row taken from last year (a balanced 表三 whose 上年结转 differs needs a person to decide).
    const differ = pairs.filter((p) => p.now !== null && p.before !== null && p.now !== p.before);
    // (Nor when last year's table does not add up in the column: its 结转下年度 may be the wrong number, brk166 #1.)
    const trusted = differ.filter((p) => !p.previousDoubt);
    const safe = !breaksT3Identity(cur, trusted.map((p) => ({ row: 'R2', col: p.index, value: p.before! })));
    for (const { column: col, now, before, cell: at, previousCell, previousDoubt } of differ) {
      const withheld = previousDoubt ? bi(
        `未自动修改：上一年度报告${lastYear ? `（${lastYear}年）` : ''}的表三本身不平衡，${previousDoubt.zh}，它的结转下年度继续办理不能作为依据，请对照两份报告的原表核对是哪一份填错了。`,
        ` Not fixed automatically: last year's 表三${lastYear ? ` (${lastYear})` : ''} does not add up itself (${previousDoubt.en}), so its 结转下年度继续办理 is no ground for a fix; check both reports against their original tables to see which one is wrong.`)
        : safe ? bi('', '') : bi(
        `未自动修改：改为 ${before} 会使本年表三不再平衡，请对照两份报告的原表核对是哪一份填错了。`,
        ` Not fixed automatically: ${before} would make this year's 表三 stop adding up; check both reports against their original tables to see which one is wrong.`);
      const fixable = safe && !previousDoubt;
      ctx.add({
        message: bi(
          `表三“二、上年结转”（${col.label}列）为 ${now}，而上一年度报告${lastYear ? `（${lastYear}年）` : ''}的“四、结转下年度继续办理”为 ${before}，相差 ${signed(now! - before!)}。${withheld.zh}`,
          `表三's applications carried over from last year (上年结转, column ${col.label}): ${now}, but last year's report${lastYear ? ` (${lastYear})` : ''} carried ${before} over to this year (结转下年度继续办理); difference ${signed(now! - before!)}.${withheld.en}`),
        range: at!.range,
        expected: before!,
        actual: now!,
        // The number it is compared with, in last year's report (this year's cell is the finding's own range).
        ...(previousCell ? {
          related: [{
            range: previousCell.range,
            message: bi(`上一年度报告${lastYear ? `（${lastYear}年）` : ''}的“四、结转下年度继续办理”（${col.label}列）：${before}`, `Last year's report${lastYear ? ` (${lastYear})` : ''}: 结转下年度继续办理 (column ${col.label}) ${before}`),
            report: 'previous' as const,
          }],
        } : {}),
        ...(fixable ? { fix: { title: bi(`把上年结转改为 ${before}`, `Set 上年结转 to ${before}`), edits: [setCell(report.lines, cur, at!, before!)] } } : {}),
        data: { column: col.id },
      });
    }
  },
};

/** One column of the X-1 comparison: this year's 上年结转 and last year's 结转下年度 (null where blank or unread). */
export interface CarryOverPair {
  /** Index of the column among 表三's value columns (0 = 自然人 … 6 = 总计). */
  index: number;
  column: ColumnModel;
  now: number | null;
  before: number | null;
  /** This year's 上年结转 cell. */
  cell: Cell | null;
  /** Last year's 结转下年度继续办理 cell of the column (a range in `previous`'s text). */
  previousCell: Cell | null;
  /**
   * How last year's 表三 fails to add up through this column's 结转下年度继续办理 (`lastYearDoubt`), null when it adds
   * up: its figure is then no ground for a fix.
   */
  previousDoubt: Bilingual | null;
}

/**
 * The X-1 comparison of `report` with last year's report `previous`, column by column (templates.md §5.3); null
 * when it does not apply: `previous` is of another year than the one before, or either 表三 or its row is missing or
 * unreadable. Shared by the rule and the review summary.
 */
export function carryOverPairs(report: Report, previous: Report): CarryOverPair[] | null {
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return null;
  const cur = report.tables.t3, prev = previous.tables.t3;
  if (!cur || !prev || unreadable(cur) || unreadable(prev)) return null;
  const r2 = rowById(cur, 'R2'), r4 = rowById(prev, 'R4');
  if (!r2 || !r4) return null;
  return cur.columns.filter((c) => c.id.startsWith('C')).map((column, index) => ({ index, column, now: num(r2.cells[index]), before: num(r4.cells[index]), cell: r2.cells[index], previousCell: r4.cells[index], previousDoubt: lastYearDoubt(prev, index) }));
}

/**
 * Whether 表三 `t` (last year's) fails to add up in a way that puts the 结转下年度继续办理 of value column `index` in
 * doubt (templates.md §5.1): that column's balance (T3-A: 新收 + 上年结转 = （七）总计 + 结转下年度) or result sum (T3-B:
 * the results = （七）总计), or the 结转下年度 row's applicants (T3-C: the six columns = 总计). What fails, in words;
 * null when every one of them holds (or cannot be evaluated, a term blank).
 */
export function lastYearDoubt(t: TableModel, index: number): Bilingual | null {
  const get = t3Values(t);
  const col = t.columns.filter((c) => c.id.startsWith('C'))[index];
  const name = col?.label ?? String(index + 1);
  for (const id of t3Identities(t)) {
    if (t3Holds(id, get) !== false) continue;
    const l = sum(id.left.map((c) => get(c.row, c.col)))!, r = sum(id.right.map((c) => get(c.row, c.col)))!;
    if (id.kind === 'A' && id.at === index) {
      const [a, b, c, d] = [get('R1', index), get('R2', index), get('R3.7', index), get('R4', index)];
      return bi(`“${name}”列新收 ${a} + 上年结转 ${b} = ${l}，而（七）总计 ${c} + 结转下年度 ${d} = ${r}`, `column ${name}: 新收 ${a} + 上年结转 ${b} = ${l}, but （七）总计 ${c} + 结转下年度 ${d} = ${r}`);
    }
    if (id.kind === 'B' && id.at === index) {
      return bi(`“${name}”列各办理结果之和为 ${l}，而（七）总计为 ${r}`, `column ${name}: the results add up to ${l}, but （七）总计 is ${r}`);
    }
    if (id.kind === 'C' && id.at === 'R4') {
      return bi(`“四、结转下年度继续办理”一行六类申请人之和为 ${l}，而总计为 ${r}`, `the six applicant columns of 结转下年度继续办理 add up to ${l}, but its 总计 is ${r}`);
    }
  }
  return null;
}

/**
 * The sum rules' findings that name this year's 上年结转 cell as the likely typo and say it is not fixed, not being a
 * total (`RuleFinding.suspectUnfixed`), where carry-over's own finding fixes that very cell to the number they name
 * (last year's 结转下年度继续办理, written in only when this year's 表三 then adds up): they say so instead (brk172 #2:
 * they said 不提供自动修复 of the cell that --fix then changed). Likewise sum-balance's 请核对这四个数 where no one cell
 * explains its column (`RuleFinding.carriedInBalances`) and carry-over sets the column's 上年结转 to the number that
 * balances it: the message names that cell (brk177 #8). Among `findings`, the check's findings as kept (a
 * carry-over finding turned off or suppressed fixes nothing); messages are changed in place.
 */
export function carryOverFixesSuspect(findings: readonly Finding[], locale: Locale): void {
  const fixes = findings.filter((f) => f.ruleId === carryOver.meta.id && f.fix?.edits.length && f.expected !== undefined);
  if (!fixes.length) return;
  const zh = locale !== 'en';
  const fixing = (range: Range, value: number) => fixes.find((c) => c.expected === value && c.range.start.line === range.start.line && c.range.start.character === range.start.character);
  for (const f of findings) {
    // sum-balance naming no cell (请核对这四个数) where carry-over sets the column's 上年结转 to the very number that
    // balances it: that cell is named (brk177 #8: the user was sent to four cells while --fix changed one of them).
    const b = crossRuleFactsOf(f).carriedInBalances;
    if (b && fixing(b.range, b.value)) {
      const v = b.value;
      rewriteMessage(f, [[zh ? CHECK_FOUR.zh : CHECK_FOUR.en, zh
        ? `上年结转 ${b.now} 与上一年度报告的“四、结转下年度继续办理” ${v} 不符（见 carry-over）；上年结转为 ${v} 时两边相等，carry-over 的修复会把这一格改为 ${v}。`
        : ` ${T3_TERMS_EN.R2} ${b.now} differs from last year's report, which carried ${v} over to this year (结转下年度继续办理, see carry-over); with ${v} there both sides are equal, and carry-over's fix sets that cell to ${v}.`]]);
      continue;
    }
    const s = crossRuleFactsOf(f).suspectUnfixed;
    if (!s) continue;
    const by = fixing(s.range, s.value);
    if (!by) continue;
    const v = s.value;
    rewriteMessage(f, [
      [zh ? SUSPECT_UNFIXED.full.zh : SUSPECT_UNFIXED.full.en, zh
        ? `上一年度报告的“四、结转下年度继续办理”也是 ${v}：carry-over 的修复会把这一格改为 ${v}。`
        : ` Last year's report carried ${v} over to this year (结转下年度继续办理): carry-over's fix sets this cell to ${v}.`],
      [zh ? SUSPECT_UNFIXED.short.zh : SUSPECT_UNFIXED.short.en, zh
        ? `；上一年度报告的结转下年度也是 ${v}，由 carry-over 修复`
        : `; last year's report carried ${v} over too, and carry-over fixes it`],
    ]);
  }
}
