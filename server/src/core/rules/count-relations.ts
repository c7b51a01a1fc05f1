import type { Rule } from './rule.js';
import { bi, num } from './util.js';
import { blockOfRow } from '../templates/index.js';

const PREVIOUS = '上一年项目数量';
const NEW_PUBLISHED = '本年新公开数量';
const PUBLISHED_TOTAL = '对外公开总数量';

/**
 * 表二 of the 2019 format, T2-2019 (templates.md §5.2): `上一年项目数量 + 本年增/减 ≥ 0` (implied: the count of items
 * cannot fall below zero) and `本年新公开数量 ≤ 对外公开总数量` (heuristic: what was published this year is part of
 * what is published in all). The columns are found by their template labels, so any block that has them is checked.
 */
export const countRelations: Rule = {
  meta: {
    id: 'count-relations',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('2019 年格式表二：上一年项目数量加本年增/减为负，或本年新公开数量大于对外公开总数量', '2019 表二: 上一年项目数量 plus 本年增/减 is negative, or 本年新公开数量 exceeds 对外公开总数量'),
    rationale: bi(
      '2019 年格式的表二里，“本年增/减”是相对上一年的变化，上一年项目数量加上它就是本年的项目数量，不会是负数；“对外公开总数量”包括本年新公开的文件，通常不小于“本年新公开数量”（后一条是经验关系，只作提示）。出现这两种情况，多半是某个数填错了列或漏了负号，表格本身分不清是哪个数，因此只提示核对，不自动修改。',
      'In the 2019 format\'s 表二, 本年增/减 is the change from last year: 上一年项目数量 plus it is this year\'s count, which cannot be negative. 对外公开总数量 includes the documents newly published this year, so it is usually not smaller than 本年新公开数量 (a rule of thumb, reported as info). Either usually means a number in the wrong column or a wrong sign; the table cannot tell which number, so the finding asks for a check and nothing is changed.'),
    example: { bad: '| 行政许可 | 5 | -8 | 3 |', note: bi('5 + (-8) = -3：项目数量不会为负', '5 + (-8) = -3: a count of items cannot be negative') },
  },
  check(ctx) {
    const t = ctx.report.tables.t2;
    const t2 = ctx.template?.tables.t2;
    if (!t || !t2 || t.broken) return;
    for (const r of t.rows) {
      const block = blockOfRow(t2, r.id);
      if (!block) continue;
      const at = (label: string) => block.columns.findIndex((c) => c.label === label);
      const prev = at(PREVIOUS), change = block.columns.findIndex((c) => c.kind === 'signed');
      if (prev >= 0 && change >= 0) {
        const a = num(r.cells[prev]), d = num(r.cells[change]);
        if (a !== null && d !== null && a + d < 0) {
          ctx.add({
            message: bi(
              `表二“${r.label}”的上一年项目数量 ${a} 加本年增/减 ${d} 为 ${a + d}：本年的项目数量不会为负，请核对这两个数（是否填错了列或多了负号）。`,
              `表二 row “${r.label}”: 上一年项目数量 ${a} plus 本年增/减 ${d} is ${a + d}; this year's count of items cannot be negative: check both numbers (a wrong column or a stray minus sign).`),
            range: r.cells[change]!.range,
            related: [{ range: r.cells[prev]!.range, message: bi('上一年项目数量', '上一年项目数量') }],
            data: { table: 't2', row: r.id },
          });
        }
      }
      const fresh = at(NEW_PUBLISHED), total = at(PUBLISHED_TOTAL);
      if (fresh >= 0 && total >= 0) {
        const f = num(r.cells[fresh]), all = num(r.cells[total]);
        if (f !== null && all !== null && f > all) {
          ctx.add({
            message: bi(
              `表二“${r.label}”的本年新公开数量 ${f} 大于对外公开总数量 ${all}：对外公开总数量包括本年新公开的，通常不小于它，请核对。`,
              `表二 row “${r.label}”: 本年新公开数量 ${f} exceeds 对外公开总数量 ${all}; the total published includes this year's new ones and is usually not smaller: please check.`),
            range: r.cells[fresh]!.range,
            related: [{ range: r.cells[total]!.range, message: bi('对外公开总数量', '对外公开总数量') }],
            severity: 'info',
            data: { table: 't2', row: r.id },
          });
        }
      }
    }
  },
};
