import type { Rule, RuleContext } from './rule.js';
import type { TableModel } from '../types.js';
import { bi, firstTableLine, formatFromTables } from './util.js';
import { compileCitation } from './format-citation.js';
import { formatForYear, templateOf } from '../templates/index.js';

/** A format that did not exist yet for the report year (2019 tables in a 2018 report; templates.md §1). */
export const formatAnachronism: Rule = {
  meta: {
    id: 'format-anachronism',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('使用了报告年度时尚未发布的格式', 'The report uses a format not yet published for its year'),
    rationale: bi('2019 年格式（国办公开办函〔2019〕60号）于 2019 年 11 月发布，适用于 2019 年度起的年报；2021 年格式（〔2021〕30号）于 2021 年 9 月发布，适用于 2021 年度起的年报。更早年度的报告不可能按这些格式编制，说明年度或表格有误。引言说本报告按哪个格式文件编制（“本报告根据……（国办公开办函〔2021〕30号）要求编制”）时，该文件晚于报告年度的也报告（2020 年度的报告在 2021 年 3 月 31 日前发布，不可能按 2021 年 9 月印发的 30号编制），并可把文号改为当年适用的文件（以该格式的标题或只以文号引用时）；表格也是该格式时只按表格报告一次。正文其他地方（历史沿革、整改情况）提到的文件、引言同时引用两个文件的，不据此判断。2008–2018 年度的报告只能是 2019 年以前的惯例格式：其中贴入的统一格式表格（如 2015 年度报告中的 2021 年表三）在此报告一次，报告仍按 2019 年以前的格式检查，不要求或插入统一格式的表格，也不把标题改成统一格式的标题；所贴表格自身的合计照常核对。一级标题也按统一格式写的报告（整份按 2019 年格式编写的 2018 年度报告）按该格式检查。', 'The 2019 format was published in November 2019 (for reports from 2019 on), the 2021 format in September 2021 (from 2021 on). An earlier report cannot use them: the year or the tables are wrong. So is an introduction saying the report was compiled by such a document (本报告根据……（国办公开办函〔2021〕30号）要求编制 in a 2020 report, published by 31 March 2021, half a year before 30号 was issued); the fix cites the document of the report year instead (where the citation is the 文号 alone or with the format\'s title). Said once, of the tables, when they are in that format too. Documents mentioned elsewhere (history, 整改) or an introduction citing both documents say nothing of the format followed. A report of 2008–2018 can only be in the conventional pre-2019 form: a unified-format table pasted into it (a 2021 表三 in a 2015 report) is reported here once, and the report is still checked in the pre-2019 form, with no unified-format table asked for or inserted and no title renamed to the unified ones; the pasted table\'s own sums are still checked. A report whose section titles are the unified format\'s too (a 2018 report written wholly in the 2019 format) is checked in that format.'),
    example: { bad: '2018年度报告，表二使用“本年新制作数量”等 2019 年格式列', note: bi('2018 年度不可能使用 2019 年格式', 'a 2018 report cannot use the 2019 format') },
  },
  check(ctx) {
    citedTooEarly(ctx);
    const { report } = ctx;
    // A report of 2008–2018 with a unified format's table in it is read as pre2019 all the same (build.ts): the
    // table's format is `laterTables`, or the 2019 format (the first with tables: templates.md §1) for a table the two
    // formats share (a 2019 表三 is the 2021 one but for its （六）, 表四 is the same).
    const later = report.format === 'pre2019' ? report.extras.laterTables ?? (Object.values(report.tables).some(unifiedTable) ? '2019' : undefined) : undefined;
    const template = later ? templateOf(later) : ctx.template;
    if (!template || report.year === null || template.id === 'pre2019') return;
    if (!later && !formatFromTables(report)) return;
    if (report.year >= template.firstYear) return;
    const range = firstTableLine(report);
    // Name the document the year requires (a 2020 report: 〔2019〕60号), not only "that year's format" (brk185 #1).
    const due = templateOf(formatForYear(report.year));
    const use = due.id === 'pre2019' ? bi('或改用当年的格式', ' or use that year\'s format')
      : bi(`；年度无误的，${report.year} 年度应按${due.document}的 ${due.id} 年格式编制，请改用该格式`, `; if it is right, a ${report.year} report follows the ${due.id} format of ${due.document}: use that`);
    ctx.add({
      message: bi(
        `这是 ${report.year} 年度的报告，却使用了${template.document}的 ${template.id} 年格式（${template.published.slice(0, 4)}年${Number(template.published.slice(5, 7))}月发布，适用于 ${template.firstYear} 年度起的报告）。请核对报告年度${use.zh}。`,
        `This is a ${report.year} report but it uses the ${template.id} format of ${template.document} (published ${template.published}, for reports from ${template.firstYear} on). Check the report year${use.en}.`),
      range,
    });
  },
};

/**
 * The introduction says the report was compiled by a format document issued after the report was due (a 2020 report
 * `根据……（国办公开办函〔2021〕30号）要求编制`: 30号 was issued 2021-09-29, a 2020 report was published by 2021-03-31;
 * 60号 of 2019-11-27 in a 2018 report; templates.md §1). Not said again when the tables are in that format too and
 * the table check above already says the format is too new for the year.
 */
function citedTooEarly(ctx: RuleContext): void {
  const { report, template } = ctx;
  if (report.year === null) return;
  const cited = compileCitation(report);
  if (!cited) return;
  const doc = templateOf(cited.format);
  if (report.year >= doc.firstYear) return;
  if (template && template.id === cited.format && formatFromTables(report)) return;
  const year = report.year;
  const due = templateOf(formatForYear(year));
  const published = `${doc.published.slice(0, 4)}年${Number(doc.published.slice(5, 7))}月${Number(doc.published.slice(8, 10))}日`;
  const unified = due.id !== 'pre2019';
  const tablesDue = unified && template?.id === due.id && formatFromTables(report);
  // The tables read in the year's format may still hold blocks of the cited one (a 2021 表二 in a 2020 report, brk185
  // #1): say which, rather than that the tables are in the year's format.
  const strayIn = tablesDue ? tablesWithLabelsOf(report, cited.format) : [];
  const tablesNote = !tablesDue ? bi('', '') : strayIn.length
    ? bi(`（本报告${strayIn.length === 1 ? `除${strayIn[0]}外` : ''}的表格是 ${due.id} 年格式；${strayIn.join('、')}有 ${cited.format} 年格式的内容，也应改为 ${due.id} 年格式）`, ` (this report's tables are in it but for ${cited.format}-format content in ${strayIn.join(', ')}, to be rewritten in the ${due.id} format too)`)
    : bi(`（本报告的表格正是 ${due.id} 年格式）`, ` (this report's tables are in it)`);
  const edits = unified ? cited.editsTo(due.id as '2019' | '2021') : null;
  ctx.add({
    message: bi(
      `引言称本报告按${doc.document}（${doc.firstYear} 年格式）编制，但该文件 ${published}才印发，适用于 ${doc.firstYear} 年度起的报告；${year} 年度的报告应在 ${year + 1} 年 3 月 31 日前发布，不可能按它编制。${unified ? `${year} 年度应按${due.document}的 ${due.id} 年格式编制${tablesNote.zh}，请把引用的文号改为${due.document}` : `${year} 年度的报告没有统一格式（按《条例》即${due.document}编制），请删去或改正这一引用`}（或核对报告年度）。`,
      `The introduction says the report was compiled by ${doc.document} (the ${doc.firstYear} format), but that document was issued on ${doc.published}, for reports from ${doc.firstYear} on; a ${year} report is published by 31 March ${year + 1} and cannot follow it. ${unified ? `A ${year} report follows the ${due.id} format of ${due.document}${tablesNote.en}: cite ${due.document} instead` : `A ${year} report has no unified format (it follows the regulations, ${due.document}): delete or correct the citation`} (or check the report year).`),
    range: cited.range,
    data: { cited: cited.format, due: due.id },
    ...(edits ? { fix: { title: bi(`改为引用${due.document}`, `Cite ${due.document} instead`), edits } } : {}),
  });
}

/** The tables (`表二`, `表三`) holding a table label of `format` (`report.extras.signatures`, 文号 aside). */
function tablesWithLabelsOf(report: RuleContext['report'], format: string): string[] {
  const { spans, signatures } = report.extras;
  return (['t2', 't3'] as const).filter((k) => {
    const span = spans[k];
    return span && signatures.some((s) => s.format === format && !s.text.startsWith('〔') && s.line >= span.start && s.line < span.end);
  }).map((k) => (k === 't2' ? '表二' : '表三'));
}

/**
 * Whether `t` is a table of the unified formats as read, not an old-era table of the report's own making (an
 * old-style results table, the 2014 appendix 统计表): readable, and at least half of the template's rows found.
 */
function unifiedTable(t: TableModel | undefined): boolean {
  if (!t || t.broken) return false;
  return t.rows.length > 0 && t.rows.filter((r) => r.match.kind !== 'absent').length * 2 >= t.rows.length;
}
