import type { Rule } from './rule.js';
import type { Finding } from '../types.js';
import { COPIES_SHOWN, type RepeatedTable } from '../model/repeated.js';
import { bi, TABLE_NAMES } from './util.js';
import { count as countEn } from '../text/english.js';

/**
 * A whole 表二, 表三 or 表四 found again after the one read (`ReportExtras.repeatedTables`, see
 * `findRepeatedTables`): a revised table pasted below the old one, or the whole report pasted twice or more. Only
 * the first is read in full, so the other copies' errors would go unseen; a copy with other figures has its own
 * arithmetic checked too (check.ts, `checkRepeatedCopies`), which the finding says. One finding per extra copy, on its first line
 * (a table pasted three times: two findings), up to `SHOWN` copies of each table; the last of those says how many
 * further copies there are and where the last one starts (a report pasted 400 times: 8 findings per table, not 399).
 */
/**
 * The rules of a table's own arithmetic (勾稽关系 within 表二, 表三 or 表四, templates.md §5.1–5.2): what check.ts
 * (`checkRepeatedCopies`) runs again on a copy pasted with other figures.
 */
export const COPY_ARITHMETIC: ReadonlySet<string> = new Set(['sum-applicants', 'sum-balance', 'sum-results', 'sum-subtotal', 'sum-review', 'count-relations']);

/** Whether finding `f` starts inside copy `copy` (0-based lines from its first to its last, the second part of a split 表三 included). */
export function inCopy(copy: RepeatedTable, f: Finding): boolean {
  const t = copy.table;
  if (!t) return false;
  const last = t.split ? Math.max(t.range.end.line, t.split.second.end.line) : t.range.end.line;
  return f.range.start.line >= copy.line && f.range.start.line <= last;
}

/** How many extra copies of one table are reported one by one; the last reported one counts the rest. */
export const SHOWN = COPIES_SHOWN;

export const tableRepeated: Rule = {
  meta: {
    id: 'table-repeated',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('同一张统计表出现了两次或更多次，只检查了第一张', 'A table appears twice or more; only the first is checked'),
    rationale: bi(
      '年报中每张统计表只应出现一次。后面又出现一张同样的整张表（修订后的表格贴在旧表下面，或整份报告重复粘贴了两遍）时，只有第一张被读取和核对，后面各张只在数字与第一张不同时核对表内的勾稽关系（各项合计），其他错误不会被发现，读者也不知道哪张为准。请删去多余的表，只保留最终数据；每一张多余的表各报告一次，但同一张表最多逐一报告 ' + SHOWN + ' 次（整份报告重复粘贴了几百遍时，几百条相同的提示无助于修改），第 ' + SHOWN + ' 条提示说明另外还有几张及最后一张的位置。检查表二、表三、表四：多出的一张须是完整的同一张表（表二从“第二十条第（一）项”起的各行、表三从“本年新收”到“结转下年度继续办理”的各行、表四的表头和 15 个数）；只引用其中几行，或注明是其他年度的表、对比表（如“2023年数据如下”“与上年度对比”）的，不算重复；系统年报中标明为某一单位的分表（表前写有单位名称，如“（一）某某县第一中学”，或“分单位”“各单位”“下属单位”等）也不算重复，只核对其表内的勾稽关系。2019 年以前格式的年报没有统一的表二、表四，不检查这两张。',
      'Each statistics table appears once in a report. When the same whole table appears again further down (a revised table pasted below the old one, or the whole report pasted twice), only the first is read and checked in full (a copy with other figures has only its own arithmetic checked, its totals): other errors in the copies go unseen, and readers cannot tell which one counts. Delete the extra ones and keep the final figures; each extra copy is reported once, but at most ' + SHOWN + ' copies of one table are reported one by one (hundreds of identical findings for a report pasted hundreds of times do not help to fix it): the ' + SHOWN + 'th finding says how many more copies there are and where the last one starts. Checked for 表二, 表三 and 表四: an extra copy must be the whole table again (表二 from `第二十条第（一）项` with all its rows; 表三 from 本年新收 to 结转下年度继续办理; 表四 with its header and 15 numbers). A few rows quoted, or a table introduced as another year\'s or as a comparison (`2023年数据如下`, `与上年度对比`), is no repeat; nor is a 系统 report\'s table of one unit, headed by the unit\'s name (`（一）某某县第一中学`) or as a breakdown (`分单位`, `各单位`, `下属单位`), whose own arithmetic alone is checked. Pre-2019 reports have no unified 表二 and 表四 and are not checked for them.'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | … |\n…\n| 四、结转下年度继续办理 | … |\n（后面又贴了一张表三；表二、表四同样）', note: bi('表三出现两次', '表三 appears twice') },
  },
  check(ctx) {
    const { report } = ctx;
    // A unit's breakdown (a 系统 report's per-school 表三 under the school's name) is no copy to delete (brk144 #5).
    const all = report.extras.repeatedTables.filter((r) => !r.breakdown);
    const seen: Record<string, number> = {};
    for (const r of all) {
      const nth = (seen[r.id] = (seen[r.id] ?? 0) + 1);
      if (nth > SHOWN) continue;
      const first = report.extras.spans[r.id];
      const name = TABLE_NAMES[r.id];
      const d = r.differs;
      const shown = (v: number | null, blank: string) => (v === null ? blank : String(v));
      // Copies with other figures: which one is final is the question, not only the duplicate.
      // 表四's numbers are one row: its cell is named by group and column, not by the header row's label.
      const cell = d && (d.row === null
        ? bi(`“${d.group ?? ''}”的“${d.column}”`, `“${d.group ?? ''}”, column “${d.column}”`)
        : bi(`“${d.row}”行“${d.column}”`, `row “${d.row}”, column “${d.column}”`));
      const differs = d && cell
        ? bi(
          `两张表的数字不同（${d.count} 处，如${cell.zh}：第一张为 ${shown(d.first, '空白')}，这一张为 ${shown(d.copy, '空白')}），请确认保留的是最终数据。`,
          ` The two copies differ (${countEn(d.count, 'cell')}, e.g. ${cell.en}: ${shown(d.first, 'blank')} in the first, ${shown(d.copy, 'blank')} here); make sure the one kept holds the final figures.`)
        : bi('', '');
      // The last one reported of this table: how many are not, and where the last of them is.
      const rest = nth === SHOWN ? all.filter((x) => x.id === r.id).slice(SHOWN) : [];
      const more = rest.length
        ? bi(
          `另有 ${rest.length} 张重复的${name}未逐一报告（最后一张在第 ${rest[rest.length - 1].line + 1} 行），也请一并删去。`,
          ` ${rest.length} more copies of ${name} are not reported one by one (the last at line ${rest[rest.length - 1].line + 1}); delete them too.`)
        : bi('', '');
      // A copy of other figures has its own arithmetic checked too (check.ts, checkRepeatedCopies): said, so that its
      // sum findings are not read as the first's.
      const checked = r.table
        ? bi('只检查了第一张（这一张只核对了表内的勾稽关系）', 'only the first is checked (of this one, only its own arithmetic)')
        : bi('只检查了第一张', 'only the first is checked');
      ctx.add({
        message: bi(
          `${name}在第 ${r.line + 1} 行又出现了一次（第一张在第 ${(first?.start ?? 0) + 1} 行）：${checked.zh}。请删去多余的一张，只保留最终数据；如果整份报告重复粘贴了两遍，请删去重复的部分。` + differs.zh + more.zh,
          `${name} appears again at line ${r.line + 1} (the first one is at line ${(first?.start ?? 0) + 1}); ${checked.en}. Delete the extra one and keep the final figures; if the whole report was pasted twice, delete the repeated part.` + differs.en + more.en),
        range: report.lines.lineRange(r.line),
        data: rest.length ? { table: r.id, notReported: rest.length } : { table: r.id },
      });
    }
  },
};
