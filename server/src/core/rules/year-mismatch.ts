import type { Rule } from './rule.js';
import type { YearEvidence } from '../types.js';
import { bi } from './util.js';

const SOURCE: Record<YearEvidence['source'], [string, string]> = {
  title: ['标题', 'the title'],
  'self-reference': ['引言中的报告名称', 'the introduction'],
  period: ['统计期限', 'the statistics period'],
  signature: ['落款日期', 'the signature date'],
  override: ['指定的年度', 'the given year'],
};

/**
 * X-4 (templates.md §5.3): the report year read from the title, the introduction's own name for the report
 * (`…2024年政府信息公开工作年度报告`) and the statistics period (`统计期限自2024年1月1日…`) must agree. A text that
 * names two years in its title (a comparison of two reports) is not judged.
 */
export const yearMismatch: Rule = {
  meta: {
    id: 'year-mismatch',
    category: 'years',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('标题、统计期限和引言中的报告年度不一致', 'The title, the statistics period and the introduction name different report years'),
    rationale: bi(
      '年度报告的标题、引言中的报告名称（“现将……2024年政府信息公开工作年度报告向社会公布”）和统计期限（“统计期限自2024年1月1日起至12月31日止”）说的应是同一年。沿用上一年报告改写时常漏改其中一处，读者无法判断数据属于哪一年。不提供自动修复：需要确认哪一处是对的。',
      'The title, the introduction\'s name for the report and the statistics period must name the same year. When last year\'s report is reused, one of them is often left unchanged, and the reader cannot tell which year the data belong to. No automatic fix: which one is right needs checking.'),
    example: { bad: '淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n……报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。', note: bi('标题为 2024 年，统计期限为 2023 年', 'the title says 2024, the period 2023') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    const evidence = report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'self-reference' || e.source === 'period');
    const agreeing = evidence.filter((e) => e.year === report.year);
    if (!agreeing.length) return;
    const basis = agreeing[0];
    for (const e of evidence) {
      if (e.year === report.year) continue;
      const [zh, en] = SOURCE[e.source];
      const [bzh, ben] = SOURCE[basis.source];
      ctx.add({
        message: bi(
          `${zh}写的是 ${e.year} 年，而${bzh}为 ${report.year} 年。请统一报告年度。`,
          `${en[0].toUpperCase()}${en.slice(1)} says ${e.year}, but ${ben} says ${report.year}. Make the report year consistent.`),
        range: e.range,
        expected: report.year,
        actual: e.year,
        related: [{ range: basis.range, message: bi(`${bzh}：${report.year} 年`, `${ben}: ${report.year}`) }],
      });
    }
  },
};
