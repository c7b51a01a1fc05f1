import type { Rule } from './rule.js';
import { bi, firstTableLine, formatFromTables } from './util.js';

/** A format that did not exist yet for the report year (2019 tables in a 2018 report; templates.md §1). */
export const formatAnachronism: Rule = {
  meta: {
    id: 'format-anachronism',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('使用了报告年度时尚未发布的格式', 'The report uses a format not yet published for its year'),
    rationale: bi('2019 年格式（国办公开办函〔2019〕60号）于 2019 年 11 月发布，适用于 2019 年度起的年报；2021 年格式（〔2021〕30号）于 2021 年 9 月发布，适用于 2021 年度起的年报。更早年度的报告不可能按这些格式编制，说明年度或表格有误。', 'The 2019 format was published in November 2019 (for reports from 2019 on), the 2021 format in September 2021 (from 2021 on). An earlier report cannot use them: the year or the tables are wrong.'),
    example: { bad: '2018年度报告，表二使用“本年新制作数量”等 2019 年格式列', note: bi('2018 年度不可能使用 2019 年格式', 'a 2018 report cannot use the 2019 format') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || report.year === null || template.id === 'pre2019') return;
    if (!formatFromTables(report)) return;
    if (report.year >= template.firstYear) return;
    const range = firstTableLine(report);
    ctx.add({
      message: bi(
        `这是 ${report.year} 年度的报告，却使用了${template.document}的 ${template.id} 年格式（${template.published.slice(0, 4)}年${Number(template.published.slice(5, 7))}月发布，适用于 ${template.firstYear} 年度起的报告）。请核对报告年度或改用当年的格式。`,
        `This is a ${report.year} report but it uses the ${template.id} format of ${template.document} (published ${template.published}, for reports from ${template.firstYear} on). Check the report year or use that year's format.`),
      range,
    });
  },
};
