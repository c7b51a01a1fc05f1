import type { Rule } from './rule.js';
import { bi } from './util.js';
import { topHeadings } from './sections.js';

/** A year of the 2000s named as one (`2024年`, `2024 年度`): what the lines above the sections must not have. */
const YEAR_NAMED = /20\d\d\s*年/;

/**
 * The report names its year nowhere (templates.md §1, §5.3 X-4): no title with the year, no statistics period, no
 * self-reference in the introduction, no signature date to count back from, and no year set for the file (brk106 #7:
 * a draft without its title and 统计期限 was checked with no word of it). Not when the year is given otherwise (the
 * config, `--year`, the status bar), nor when the lines above the sections name a year the reader did not take
 * for the report's (a comparison of two years' reports, `年份: 2023 vs 2024`), nor on a text with fewer than three of
 * the sections (a table or a section pasted alone, read as a report by its table). A warning: the title and the period are
 * the near-universal convention, not a rule of the formats' text (§2.2).
 */
export const yearMissing: Rule = {
  meta: {
    id: 'year-missing',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('报告没有写明年度（没有含年度的标题、统计期限或可推算年度的落款日期）', 'The report names its year nowhere (no title with the year, no statistics period, no signature date to count back from)'),
    rationale: bi(
      '年度报告的标题写明年度（“某某局2024年政府信息公开工作年度报告”），引言一般还写统计期限（“统计期限自2024年1月1日起至12月31日止”）。两者都没有（也没有落款日期可推算）时，读者无法判断数据属于哪一年，依年度的检查也无法进行：适用哪一年的格式（没有能看出格式的表格时，缺少的表格无法插入）、发布期限、格式是否适用于该年度。年度已另行指定（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置，如只检查报告的一部分）时不报告，文本中格式规定的部分不到三个（单独粘贴的一张表格或一个部分）时也不报告；各部分之前的文字写有年份、却未读作本报告的年度时（如两个年度报告的比对：“年份: 2023 vs 2024”）也不报告。标题和统计期限是通行写法，格式文件本身未作规定，因此为警告。不提供自动修复：年度和机关名称须由作者写明。',
      'A report\'s title names its year (`某某局2024年政府信息公开工作年度报告`), and its introduction usually gives the statistics period too (`统计期限自2024年1月1日起至12月31日止`). With neither (and no signature date to count back from), the reader cannot tell which year the data are of, and the checks that depend on the year cannot run: which year\'s format applies (without a table that shows the format, a missing table cannot be inserted), the publication deadline, whether the format fits the year. Not reported when the year is set for the file (an override in .nianbao.jsonc, --year, or the editor\'s status bar, as when checking part of a report), nor on a text with fewer than three of the format\'s sections (a table or a section pasted alone), nor when the lines above the sections name a year that was not read as the report\'s (a comparison of two years\' reports: “年份: 2023 vs 2024”). The title and the period are the common convention, not written in the formats themselves: a warning. No automatic fix: the year and the agency\'s name are the author\'s to write.'),
    example: { bad: '## 一、总体情况\n\n本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n## 二、主动公开政府信息情况\n\n## 三、收到和处理政府信息公开申请情况', note: bi('没有标题，也没有统计期限', 'no title and no statistics period') },
  },
  check(ctx) {
    const { report } = ctx;
    if (!report.isReport || report.year !== null || report.extras.yearAmbiguous || report.extras.forcedYear !== undefined) return;
    const { lines } = report;
    // A report, not a part of one (a table or a section pasted into a note): three sections of the format or more.
    const tops = topHeadings(report);
    if (new Set(tops.map((h) => h.canonical).filter((c) => c >= 0)).size < 3) return;
    const first = tops[0].line;
    for (let i = 0; i < first && i < lines.lineCount; i++) if (YEAR_NAMED.test(lines.line(i))) return;
    // At the title when there is one (it names no year), else at the first line with text.
    let at = 0;
    while (at + 1 < lines.lineCount && !lines.line(at).trim()) at++;
    const title = report.title;
    // (The title's words, without Markdown's heading or bold marks.)
    const words = title?.text.replace(/^#+\s*/, '').replace(/^(\*{2,3}|_{2,3})(.*)\1$/, '$2').trim();
    ctx.add({
      message: bi(
        `报告没有写明年度：${title ? `标题“${words}”中没有年度` : '没有标题'}，也没有统计期限。读者无法判断数据属于哪一年，依年度的检查（${report.format === 'unknown' ? '适用哪一年的格式、' : ''}发布期限、格式是否适用于该年度）也无法进行。请写上含年度的标题（如“某某局2024年政府信息公开工作年度报告”）或统计期限（如“本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止”）；只检查报告的一部分时，可指定年度（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置）。`,
        `The report names its year nowhere: ${title ? `its title “${words}” has no year` : 'it has no title'}, and it gives no statistics period. The reader cannot tell which year the data are of, and the checks that depend on the year cannot run (${report.format === 'unknown' ? 'which year\'s format applies, ' : ''}the publication deadline, whether the format fits the year). Write a title with the year (某某局2024年政府信息公开工作年度报告) or the statistics period (本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止); when checking part of a report, set the year (an override in .nianbao.jsonc, --year, or the editor's status bar).`),
      range: title ? title.range : lines.lineRange(at),
    });
  },
};
