import type { Finding, Locale } from '../types.js';
import type { Report } from '../model/build.js';
import { severityRank, type Rule, type RuleContext, type RuleMeta } from './rule.js';
import { bi, firstTableLine, formatFromTables } from './util.js';
import { TEMPLATES, formatForYear, templateOf, tolerableOlderFormat } from '../templates/index.js';
import { compileCitation } from './format-citation.js';
import { toChineseNumeral } from '../text/normalize.js';

/** A report written wholly in a format that was already replaced for its year (2019 tables in a 2022 report). */
export const formatOutdated: Rule = {
  meta: {
    id: 'format-outdated',
    category: 'structure',
    // An error: a report wholly in a replaced format does not report what its year asks (表二's 制发/废止/现行有效,
    // 表三's three 其他处理 rows), unlike format-mixed's stray rows.
    defaultSeverity: 'error',
    fixable: true,
    description: bi('使用了报告年度已被取代的旧格式', 'The report uses a format already replaced for its year'),
    rationale: bi('2021 年度起的年报应使用国办公开办函〔2021〕30号印发的格式（表二改为制发、废止、现行有效件数，表三“（六）其他处理”分为三行，删去第二十条第（九）项）。整份报告仍按 2019 年格式编制，说明套用了旧模板，统计口径与要求不符。只有部分行列是旧格式时由 format-mixed 提示。2019 年度起的报告整份按 2019 年以前的传统格式编制（没有统计表，章节为“概述”“收费及减免情况”等传统标题）时按传统格式检查章节，由本规则说一次，而不逐一报告缺少的统计表和部分：2019 年度只给提示，因为60号对 2019 年度报告只是“鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布”；2020 年度起须使用统一格式，是错误。按指定的格式（--report-format、配置文件的 format、编辑器中的指定）检查而该格式不适用于报告年度时，本规则给出错误，表格和章节的其他问题（结构、数值类规则和 prose-table）按该格式读出而不可靠，都降为提示、不提供修复（如 2024 年度报告被指定为 pre2019 时，万元收费额被当作件数）。引言说本报告按已被取代的格式文件编制（2021 年度起的报告“根据……格式（试行）》（国办公开办函〔2019〕60号）要求编制”）时作为警告报告在文号上，并可把文号改为〔2021〕30号（以该格式的标题或只以文号引用时，同时删去“（试行）”）；表格也整份是该旧格式时只按表格报告一次。正文其他地方（历史沿革、整改情况）提到的 60号、引言同时引用两个文件的，不据此判断。', 'Reports from 2021 on use the format of 〔2021〕30号 (表二 counts issued, repealed and in force; （六）其他处理 split into three rows; block （九） removed). A report still wholly in the 2019 format reused an old template. When only some rows or columns are old, format-mixed reports them. A report of 2019 or later wholly in the conventional form used before 2019 (no tables, sections such as 概述 and 收费及减免情况) is read in that form, its sections checked as such, and this rule says so once instead of reporting every table and section it lacks: an info for a 2019 report, as 60号 merely encouraged the unified format for 2019 reports (鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布); an error from 2020 on, when it is required. When a format forced on the report (--report-format, a config\'s format, the editor\'s override) does not apply to its year, this rule says so as an error and the other table and section findings (the structure and numbers rules, and prose-table), read in that format and so unreliable, are lowered to info without fixes (a 2024 report forced to pre2019 had its 万元 fee read as a count). An introduction saying a report of 2021 or later was compiled by the replaced document (根据……格式（试行）》（国办公开办函〔2019〕60号）要求编制) is a warning on the 文号, whose fix cites 〔2021〕30号 instead (where the citation is the 文号 alone or with the format\'s title, less its （试行）); said once, of the tables, when they are wholly in that old format too. 60号 mentioned elsewhere (history, 整改) or an introduction citing both documents say nothing of the format followed.'),
    // The whole report: the tables of one block or row in the old format are format-mixed's (brk114 #3).
    example: { bad: '2022年度报告，整份按2019年格式编制：表二各块为“本年新制作数量 | 本年新公开数量 | 对外公开总数量”等2019年的列，有第二十条第（九）项；表三“（六）其他处理”只有一行', note: bi('2022 年度应使用 2021 年格式（只有部分行列是旧格式时由 format-mixed 提示）', 'a 2022 report uses the 2021 format (only some old rows or columns: format-mixed)') },
  },
  check(ctx) {
    citedReplaced(ctx);
    const { report, template } = ctx;
    if (!template || report.year === null) return;
    if (report.formatEvidence.includes('override')) {
      // The format was given (`--report-format`, a config override, the editor's status bar), not read from the
      // text: nothing is known of how the report is written, only that the two do not go together.
      const due = formatForYear(report.year);
      const older = tolerableOlderFormat(report.year);
      if (template.id === due || template.id === older) return;
      ctx.add({
        message: bi(
          `这份 ${report.year} 年度的报告被指定按 ${template.id} 格式检查（--report-format、配置文件的 format 或编辑器中的指定），而 ${report.year} 年度应使用 ${due} 格式${older ? `（也可用 ${older}）` : ''}：按不适用的格式检查，表格和章节的结论都不可靠。请去掉或改正这一指定（报告年度若读错了，可同时指定年度）。`,
          `This ${report.year} report is checked in the ${template.id} format as told (--report-format, a config file's format, or the editor's override), but a ${report.year} report uses the ${due} format${older ? ` (or ${older})` : ''}: checked in a format that does not apply, its table and section findings cannot be relied on. Remove or correct that setting (if the report year was misread, give the year too).`),
        range: report.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: report.lines.line(0).length } },
      });
      return;
    }
    if (tolerableOlderFormat(report.year) === template.id) {
      // Still allowed for its year (a 2019 report in the conventional form): said once, at info.
      const due = templateOf(formatForYear(report.year));
      ctx.add({
        severity: 'info',
        message: bi(
          `这是 ${report.year} 年度的报告，整份按${due.document}之前的传统格式编制（没有统一格式的表二、表三、表四），因此按传统格式检查章节，不要求统计表。${due.document}对 ${report.year} 年度的报告“鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布”；${due.requiredFrom} 年度起应使用统一格式（含表二、表三、表四）。`,
          `This is a ${report.year} report wholly in the conventional form used before ${due.document} (without the unified format\'s 表二, 表三 and 表四), so its sections are checked against that form and no tables are required. For ${report.year} reports ${due.document} only encouraged the unified format (鼓励按照统一格式发布); reports from ${due.requiredFrom} on use it (with 表二, 表三 and 表四).`),
        range: report.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: report.lines.line(0).length } },
      });
      return;
    }
    if (template.id === 'pre2019') {
      // Wholly in the conventional form in a year that requires a unified format (a 2020 report with 概述 and 收费及减免
      // sections, no tables): read in that form, and said once here rather than as every table and section it lacks.
      const due = templateOf(formatForYear(report.year));
      if (due.id === 'pre2019') return;
      const from = due.requiredFrom ?? due.firstYear;
      // The conventional form was replaced by the first unified format (〔2019〕60号, templates.md §1), not by the
      // format due now (〔2021〕30号 replaced the 2019 format; brk138 #6).
      const replacedBy = TEMPLATES[TEMPLATES.findIndex((t) => t.id === 'pre2019') + 1] ?? due;
      // The sections as the format's template titles them (brk173 #6: a copy in the message had 四 as the intro-list
      // variant 政府信息公开行政复议和行政诉讼情况, which section-title then flagged in a report that copied it).
      const titles = due.sections.map((x) => `“${x.title}”`);
      const parts = bi(`${toChineseNumeral(titles.length)}部分：${titles.join('')}`, `${titles.length} sections: ${titles.join(' ')}`);
      ctx.add({
        message: bi(
          `这是 ${report.year} 年度的报告，却整份按${replacedBy.document}之前的传统格式编制（没有统一格式的表二、表三、表四）；${from} 年度起应使用${due.document}的统一格式（${parts.zh}，含表二、表三、表四）。请按统一格式重新编制（命令行的 nianbao new 或编辑器的“从模板新建年报”可生成标准表格）；在此之前只按传统格式检查了章节。`,
          `This is a ${report.year} report wholly in the conventional form used before ${replacedBy.document} (without the unified format\'s 表二, 表三 and 表四); reports from ${from} on use the unified format of ${due.document} (${parts.en}, with 表二, 表三 and 表四). Redo it in the unified format (the command nianbao new, or the editor's “New report from template”, writes the standard tables); until then its sections are checked against the conventional form only.`),
        range: report.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: report.lines.line(0).length } },
      });
      return;
    }
    if (!formatFromTables(report)) return;
    const due = formatForYear(report.year);
    if (due === template.id || templateOf(due).firstYear <= template.firstYear) return;
    const current = templateOf(due);
    ctx.add({
      message: bi(
        `这是 ${report.year} 年度的报告，却按${template.document}的 ${template.id} 年格式编制；${current.firstYear} 年度起应使用${current.document}的格式（表二、表三的行列已调整）。请按现行格式重排表格（命令行的 nianbao new 或编辑器的“从模板新建年报”可生成标准表格）。`,
        `This is a ${report.year} report in the ${template.id} format of ${template.document}; reports from ${current.firstYear} on use the format of ${current.document} (表二 and 表三 changed). Redo the tables in the current format (the command nianbao new, or the editor's “New report from template”, writes the standard ones).`),
      range: firstTableLine(report),
    });
  },
};

/**
 * The introduction says the report was compiled by a format document already replaced for its year (a 2024 report
 * `根据……格式（试行）》（国办公开办函〔2019〕60号）要求编制`: from 2021 on the format is 〔2021〕30号's, which replaced
 * 60号's; templates.md §1): a warning on the 文号, as the tables may well be in the right format and only the
 * sentence was kept from an old draft. Not said when the tables are wholly in the cited format too: the table check
 * below says the format is outdated, as an error.
 */
function citedReplaced(ctx: RuleContext): void {
  const { report, template } = ctx;
  if (report.year === null) return;
  const cited = compileCitation(report);
  if (!cited) return;
  const due = templateOf(formatForYear(report.year));
  const doc = templateOf(cited.format);
  if (due.id === 'pre2019' || doc.firstYear >= due.firstYear) return;
  if (template && template.id === cited.format && formatFromTables(report)) return;
  const year = report.year;
  const tablesDue = template?.id === due.id && formatFromTables(report);
  const edits = cited.editsTo(due.id as '2019' | '2021');
  ctx.add({
    severity: 'warning',
    message: bi(
      `引言称本报告按${doc.document}（${doc.firstYear} 年格式）编制，但 ${due.firstYear} 年度起该格式已被${due.document}的 ${due.id} 年格式取代（${due.published.slice(0, 4)}年${Number(due.published.slice(5, 7))}月印发）；${year} 年度的报告应按${due.document}编制${tablesDue ? `（本报告的表格正是 ${due.id} 年格式）` : ''}。请把引用的文号改为${due.document}。`,
      `The introduction says the report was compiled by ${doc.document} (the ${doc.firstYear} format), but from ${due.firstYear} on that format is replaced by the ${due.id} format of ${due.document} (issued ${due.published}); a ${year} report follows ${due.document}${tablesDue ? ` (this report's tables are in it)` : ''}. Cite ${due.document} instead.`),
    range: cited.range,
    data: { cited: cited.format, due: due.id },
    ...(edits ? { fix: { title: bi(`改为引用${due.document}`, `Cite ${due.document} instead`), edits } } : {}),
  });
}

/** The note a finding lowered by `lowerUnderUnfitFormat` ends with. */
const UNFIT_NOTE = bi(
  '（按指定的、不适用于本年度的格式读出，仅供参考，不提供修复）',
  ' (read in the format as told, which does not apply to this year: for reference only, no fix offered)');

/**
 * Lowers to info, without their fixes, the findings about the tables and sections (the rules of the structure and
 * numbers categories, and prose-table, which reads the tables' numbers) among `findings` of `report`, once
 * format-outdated among them says that the format forced on it (`--report-format`, a config's format, the editor's
 * override) does not apply to its year. The tables and sections were read against that format's template, as
 * format-outdated says, so their findings cannot be relied on (a 2024 report forced to pre2019 had its 万元 fee read
 * as a count, an error it does not have): said, never asserted (rules.md: a rule that cannot be sure never guesses
 * loudly), and never fixed, whose edits would rewrite a report to the format that does not apply. Findings mutated
 * in place; a format read from the text, or a forced one that fits, changes nothing. `metaOf` gives a rule's metadata
 * by id (the registry's `ruleById`).
 */
export function lowerUnderUnfitFormat(report: Report, findings: Finding[], locale: Locale, metaOf: (id: string) => RuleMeta | undefined): void {
  if (!report.formatEvidence.includes('override') || !findings.some((f) => f.ruleId === formatOutdated.meta.id)) return;
  for (const f of findings) {
    if (f.ruleId === formatOutdated.meta.id) continue;
    const category = metaOf(f.ruleId)?.category;
    if (category !== 'structure' && category !== 'numbers' && f.ruleId !== 'prose-table') continue;
    if (severityRank(f.severity) < severityRank('info')) f.severity = 'info';
    delete f.fix;
    f.message += UNFIT_NOTE[locale];
  }
}
