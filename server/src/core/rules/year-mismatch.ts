import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Range, YearEvidence } from '../types.js';
import { bi, reportLinesWith } from './util.js';
import { decideYear } from '../model/year.js';
import { headingAtLine } from '../editor/guide.js';

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
 * names two years in its title (a comparison of two reports) is not judged. The finding is on the odd one out
 * (`decideYear`, as the model's year is decided). When they agree, a 总体情况 sentence opening with an earlier year is a warning (`earlierYearOpenings`).
 */
export const yearMismatch: Rule = {
  meta: {
    id: 'year-mismatch',
    category: 'years',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('标题、统计期限和引言中的报告年度不一致', 'The title, the statistics period and the introduction name different report years'),
    rationale: bi(
      '年度报告的标题、引言中的报告名称（“现将……2024年政府信息公开工作年度报告向社会公布”）和统计期限（“统计期限自2024年1月1日起至12月31日止”）说的应是同一年。沿用上一年报告改写时常漏改其中一处，读者无法判断数据属于哪一年。报告的是与其余不一致的那一处：多数说法一致时以多数为准，两者各执一词时以落款日期（其年份减一）或正文中多次出现的年份为准，都无法判断时以标题为准。三者一致时，“总体情况”中以更早年份开头的句子（“2023年，某某局……”出现在 2024 年度报告中）作为警告提示，可能是上一年报告遗留的文字；比较年份（相比、增长）或同时提到本年度的句子除外。不提供自动修复：需要确认哪一处是对的。',
      'The title, the introduction\'s name for the report and the statistics period must name the same year. When last year\'s report is reused, one of them is often left unchanged, and the reader cannot tell which year the data belong to. The odd one out is reported: the year most of them name; on a tie, the one the signature date (its year − 1) or the years the prose names most often point to; failing that, the title\'s. When the three agree, a sentence of 总体情况 that opens with an earlier year (2023年，某某局…… in a 2024 report) is a warning: it may be text left from last year\'s report; a sentence that compares years (相比, 增长) or names the report year too is not. No automatic fix: which one is right needs checking.'),
    example: { bad: '淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n……报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。', note: bi('标题为 2024 年，统计期限为 2023 年', 'the title says 2024, the period 2023') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    const evidence = report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'self-reference' || e.source === 'period');
    if (!evidence.some((e) => e.year === report.year)) return;
    if (evidence.every((e) => e.year === report.year)) {
      for (const o of earlierYearOpenings(report, report.year)) {
        ctx.add({
          message: bi(
            `“总体情况”中的句子以“${o.year}年”开头，而本报告是 ${report.year} 年度的：是否沿用了上一年报告的文字？`,
            `A sentence of 总体情况 opens with ${o.year}, but this is the ${report.year} report: is it text left from an earlier year's report?`),
          range: o.range,
          expected: report.year,
          actual: o.year,
          severity: 'warning',
        });
      }
      return;
    }
    // Decided as the model decided report.year; the title's year as the last resort, so that `by` names what decided.
    const { year, by } = decideYear(evidence, report.yearEvidence, report.text, (evidence.find((e) => e.source === 'title') ?? evidence[0]).year);
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

/** A sentence that opens with a year and a comma (`2023年，…`, `2023 年度，…`). */
const OPENING_YEAR = /(?:^|[。！？])\s*((?:19|20)\d{2})\s*年度?\s*[，,]/g;
/** A sentence that compares or spans years: its opening year is no leftover (`2023年，…；2024年…`, `较上年增长`). */
const COMPARES = /相比|同比|环比|比上年|较上年|较去年|增长|下降|减少|增加|上升|持平|以来|至今/;

/**
 * The sentences of the 总体情况 section that open with a year before `year` (`2023年，某某市某某局…` in a 2024
 * report): what a report rewritten from last year's often keeps. A sentence that compares years (`相比`, `增长`,
 * or names `year` too) is not one. Read from the section's lines: a line opens a sentence when the line before it
 * ended one (`。！？`) or is a heading; a year after a stop inside a line opens one too.
 */
function earlierYearOpenings(report: Report, year: number): { year: number; range: Range }[] {
  const section = report.sections.find((s) => /总体情况/.test(s.heading.title));
  if (!section) return [];
  const { lines } = report;
  const isHeading = (i: number) => headingAtLine(report, i) !== null;
  const end = Math.min(section.endLine, lines.lineCount);
  /** Whether line `i` starts a sentence: the last non-blank line before it ended one, or is a heading. */
  const opensAt = (i: number): boolean => {
    if (isHeading(i) || /^\s*\|/.test(lines.line(i))) return true;
    let p = i - 1;
    while (p > section.startLine && !lines.line(p).trim()) p--;
    return p <= section.startLine || isHeading(p) || /[。！？]\s*$/.test(lines.line(p));
  };
  const out: { year: number; range: Range }[] = [];
  // Only the lines with a year, 年 and a comma (found once per version, the unchanged lines' from the last one).
  for (const i of reportLinesWith(report, YEAR_COMMA, yearCommaLines)) {
    if (i <= section.startLine || i >= end) continue;
    const t = lines.line(i);
    let opens: boolean | undefined;
    for (const m of t.matchAll(OPENING_YEAR)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (m.index === 0 && !/^[。！？]/.test(m[0]) && !(opens ??= opensAt(i))) continue;
      const y = Number(m[1]);
      if (y >= year) continue;
      // The sentence: up to its stop on this line (a sentence wrapped over lines is read to the line's end).
      const rest = t.slice(at);
      const stop = rest.search(/[。！？]/);
      const sentence = stop < 0 ? rest : rest.slice(0, stop);
      if (COMPARES.test(sentence) || sentence.includes(String(year))) continue;
      const yearEnd = t.indexOf('年', at) + 1;
      out.push({ year: y, range: lines.range(i, at, yearEnd) });
    }
  }
  return out;
}

/** A year, 年 (度) and a comma: the lines `earlierYearOpenings` reads, kept per report version (global: `patternFinder`). */
const YEAR_COMMA = /(?:19|20)\d{2}\s*年度?\s*[，,]/g;
const yearCommaLines = new WeakMap<Report, number[]>();
