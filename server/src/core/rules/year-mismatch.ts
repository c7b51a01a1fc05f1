import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
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
      '年度报告的标题、引言中的报告名称（“现将……2024年政府信息公开工作年度报告向社会公布”）和统计期限（“统计期限自2024年1月1日起至12月31日止”）说的应是同一年。沿用上一年报告改写时常漏改其中一处，读者无法判断数据属于哪一年。报告的是与其余不一致的那一处：多数说法一致时以多数为准，两者各执一词时以落款日期（其年份减一）或正文中多次出现的年份为准，都无法判断时以标题为准。不提供自动修复：需要确认哪一处是对的。',
      'The title, the introduction\'s name for the report and the statistics period must name the same year. When last year\'s report is reused, one of them is often left unchanged, and the reader cannot tell which year the data belong to. The odd one out is reported: the year most of them name; on a tie, the one the signature date (its year − 1) or the years the prose names most often point to; failing that, the title\'s. No automatic fix: which one is right needs checking.'),
    example: { bad: '淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n……报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。', note: bi('标题为 2024 年，统计期限为 2023 年', 'the title says 2024, the period 2023') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    const evidence = report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'self-reference' || e.source === 'period');
    if (!evidence.some((e) => e.year === report.year)) return;
    if (evidence.every((e) => e.year === report.year)) return;
    const { year, by } = reportYear(report, evidence);
    const basis = evidence.find((e) => e.year === year)!;
    const [bzh, ben] = SOURCE[basis.source];
    const signature = report.yearEvidence.find((e) => e.source === 'signature');
    // A tie broken by the signature date or the prose: said, with where.
    const why = by === 'signature' ? bi(`落款日期也指向 ${year} 年度。`, ` The signature date points to ${year} too.`) : by === 'prose' ? bi(`正文中的年份也多为 ${year} 年。`, ` The prose names ${year} most often too.`) : bi('', '');
    for (const e of evidence) {
      if (e.year === year) continue;
      const [zh, en] = SOURCE[e.source];
      ctx.add({
        message: bi(
          `${zh}写的是 ${e.year} 年，而${bzh}为 ${year} 年。${why.zh}请统一报告年度。`,
          `${en[0].toUpperCase()}${en.slice(1)} says ${e.year}, but ${ben} says ${year}.${why.en} Make the report year consistent.`),
        range: e.range,
        expected: year,
        actual: e.year,
        related: [
          { range: basis.range, message: bi(`${bzh}：${year} 年`, `${ben}: ${year}`) },
          ...(by === 'signature' && signature ? [{ range: signature.range, message: bi(`落款日期：${year + 1} 年`, `signature date: ${year + 1}`) }] : []),
        ],
      });
    }
  },
};

/**
 * The year the report is most likely about, from the title, the introduction and the statistics period
 * (`evidence`, which disagree): the year most of them name; on a tie, the one the signature date points to
 * (its year − 1), else the one the rest of the text names at least twice as often as each other tied year (and
 * three times at least), else `report.year` (the title's). So the finding is on the odd one out: a title left at
 * last year's number beside this year's period and text is the one reported. `by` says what broke a tie.
 */
function reportYear(report: Report, evidence: YearEvidence[]): { year: number; by: 'votes' | 'signature' | 'prose' | 'title' } {
  const votes = new Map<number, number>();
  for (const e of evidence) votes.set(e.year, (votes.get(e.year) ?? 0) + 1);
  const most = Math.max(...votes.values());
  const tied = [...votes.keys()].filter((y) => votes.get(y) === most);
  if (tied.length === 1) return { year: tied[0], by: 'votes' };
  const signature = report.yearEvidence.find((e) => e.source === 'signature');
  if (signature && tied.includes(signature.year)) return { year: signature.year, by: signature.year === report.year ? 'title' : 'signature' };
  // Years written in the text (`2024年`, `2024 年`), less the ones the evidence itself holds.
  const counts = new Map<number, number>(tied.map((y) => [y, -(votes.get(y) ?? 0)]));
  for (const m of report.text.matchAll(/(?<!\d)(20\d{2})\s*年/g)) {
    const y = Number(m[1]);
    const c = counts.get(y);
    if (c !== undefined) counts.set(y, c + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] >= 3 && ranked.slice(1).every(([, c]) => ranked[0][1] >= 2 * Math.max(c, 1)) && ranked[0][0] !== report.year) return { year: ranked[0][0], by: 'prose' };
  return { year: report.year!, by: 'title' };
}
