import type { Rule } from './rule.js';
import { bi } from './util.js';
import { laterReports } from '../model/combined.js';

/**
 * A text holding several agencies' complete reports one after the other (a compiled 汇编), or one agency's reports of
 * several years: said at each further report's title. `checkReport` checks each report on its own (model/combined.ts), so nothing else is reported for
 * the second report's tables as repeats of the first's.
 */
export const reportMultiple: Rule = {
  meta: {
    id: 'report-multiple',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    description: bi('一个文件中有多份年度报告（不同机关的，或同一机关不同年度的）', 'One file holds several annual reports (of different agencies, or of one agency\'s different years)'),
    rationale: bi(
      '汇编或网页上常把几个机关的完整年报接连排在一起。第二个标题（“……年政府信息公开工作年度报告”）写的是另一个机关、其后又从“一、”（或“（一）总体情况”）开始各部分时，它是另一份报告：每份报告分别检查（各自的章节、表格和正文），不当作重复粘贴的表格。同一机关不同年度的报告接连排在一起（网页上同时登出两年的年报）也是这样：第二个标题写的是同一机关、另一个年度时，它是另一份报告，分别检查，并与本文件中该机关上一年度的报告作跨年度核对（上年结转与上年的结转下年度等）。建议每份报告单独保存为一个文件，便于核对和与上年度报告比较（另行给出的上年度报告只用于第一份）。',
      'Compilations and web pages often put several agencies’ complete reports one after the other. A second title (“…年政府信息公开工作年度报告”) naming another agency and followed by sections from “一、” (or “（一）总体情况”) starts another report: each report is checked on its own (its sections, tables and prose), not as tables pasted twice. So do one agency’s reports of several years one after the other (a page publishing two years’ reports): a second title naming the same agency and another year starts another report, checked on its own and compared with that agency’s report of the year before in the same file (上年结转 against last year’s 结转下年度, and so on). Keep each report in a file of its own, to check it and compare it with last year’s (a last year’s report given separately is used for the first one only).'),
    example: { bad: '# 某某局2024年政府信息公开工作年度报告\n…\n# 某某区某某局2024年政府信息公开工作年度报告\n## 一、总体情况', note: bi('第二个标题开始另一个机关的报告', 'the second title starts another agency’s report') },
  },
  check(ctx) {
    const later = laterReports(ctx.report);
    if (!later.length) return;
    const n = later.length + 1;
    // (The first report may have no title: a web page's copy opening with its 索引号 lines starts at the text's start.)
    const firstLine = ctx.report.title?.range.start.line ?? 0;
    later.forEach((r, k) => {
      const line = ctx.report.lines.line(r.line);
      const start = line.length - line.trimStart().length;
      // One agency's report of another year: said so (and each is compared with the year before it in the file).
      const which = r.sameAgency
        ? bi(`（${r.agency}${r.year ?? ''}年度），与前面的报告是同一机关另一年度的报告`, ` (${r.agency}, ${r.year ?? 'another year'}) starts at line ${r.line + 1}, the same agency’s report of another year than the one before`)
        : bi(`（${r.agency}），与第 ${firstLine + 1} 行起的第一份不是同一机关`, ` (${r.agency}) starts at line ${r.line + 1}, another agency than the first one (from line ${firstLine + 1})`);
      ctx.add({
        message: bi(
          `本文件有 ${n} 份年度报告：第 ${r.line + 1} 行起是第 ${k + 2} 份${which.zh}。每份报告已分别检查；建议每份报告单独保存为一个文件。`,
          `This file holds ${n} annual reports: report ${k + 2}${which.en}. Each report was checked on its own; keep each in a file of its own.`),
        range: { start: { line: r.line, character: start }, end: { line: r.line, character: line.trimEnd().length } },
        data: { reports: n, agency: r.agency },
      });
    });
  },
};
