import type { Rule } from './rule.js';
import { bi, TABLE_NAMES } from './util.js';

/**
 * A table found again after the one read (`ReportExtras.repeatedTables`): a revised 表三 pasted below the old one,
 * or the whole report pasted twice. Only the first is read, so the second one's errors would go unseen.
 */
export const tableRepeated: Rule = {
  meta: {
    id: 'table-repeated',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('同一张统计表出现了两次，只检查了第一张', 'A table appears twice; only the first is checked'),
    rationale: bi(
      '年报中每张统计表只应出现一次。后面又出现一张（修订后的表格贴在旧表下面，或整份报告重复粘贴了两遍）时，只有第一张被读取和核对，第二张里的错误不会被发现，读者也不知道哪张为准。请删去多余的一张，只保留最终数据。目前检查表三（其标签足以确认是一整张表）。',
      'Each statistics table appears once in a report. When it appears again further down (a revised table pasted below the old one, or the whole report pasted twice), only the first is read and checked: errors in the second go unseen, and readers cannot tell which one counts. Delete the extra one and keep the final figures. Checked for 表三 (whose labels are enough to tell a whole table).'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | … |\n…\n| 四、结转下年度继续办理 | … |\n（后面又贴了一张表三）', note: bi('表三出现两次', '表三 appears twice') },
  },
  check(ctx) {
    const { report } = ctx;
    for (const r of report.extras.repeatedTables) {
      const first = report.extras.spans[r.id];
      const name = TABLE_NAMES[r.id];
      ctx.add({
        message: bi(
          `${name}在第 ${r.line + 1} 行又出现了一次（第一张在第 ${(first?.start ?? 0) + 1} 行）：只检查了第一张。请删去多余的一张，只保留最终数据；如果整份报告重复粘贴了两遍，请删去重复的部分。`,
          `${name} appears again at line ${r.line + 1} (the first one is at line ${(first?.start ?? 0) + 1}); only the first is checked. Delete the extra one and keep the final figures; if the whole report was pasted twice, delete the repeated part.`),
        range: report.lines.lineRange(r.line),
        data: { table: r.id },
      });
    }
  },
};
