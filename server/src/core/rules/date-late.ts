import type { Rule } from './rule.js';
import { bi } from './util.js';
import { agencyOf, agencyRole } from '../prose/agency.js';
import { plausibleDate } from '../model/year.js';

/**
 * The last day a report of `year` may be published, as [month, day] of `year + 1` (templates.md §1): 1月31日 for a
 * county-level-and-up government department from the 2019 reports on (2019《条例》第四十九条), else 3月31日 (the
 * governments' deadline, and everyone's under the 2008《条例》). `clearDepartment`: the report is a department's
 * (`agencyRole` is `department`, agency.ts).
 */
export function publicationDeadline(year: number, clearDepartment: boolean): [month: number, day: number] {
  return year >= 2019 && clearDepartment ? [1, 31] : [3, 31];
}

/**
 * A publication or signature date after the deadline for publishing the report (templates.md §1, §5.3 X-4; late
 * publication is the first of the typical errors, §7): 1月31日 of the next year for a department, 3月31日 otherwise,
 * read leniently (an agency not clearly a department gets the later date). A date on or before the report year's end,
 * or one that is not a calendar date (`2025年2月30日`), is `date-invalid`'s.
 */
export const dateLate: Rule = {
  meta: {
    id: 'date-late',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('发布或落款日期晚于年度报告的发布期限', 'A publication or signature date after the deadline for publishing the report'),
    rationale: bi(
      '年度报告有法定的发布期限（《政府信息公开条例》第四十九条）：县级以上人民政府部门在每年 1 月 31 日前公布上一年度的报告，县级以上地方人民政府（通常由政府办公室落款）在 3 月 31 日前；2008《条例》时期（2018 年度及以前）一律为 3 月 31 日前。发布或落款日期晚于期限，要么是日期写错（年份或月份打错），要么是报告晚发了——“不按时发布”是评估通报中最常见的问题。是不是部门看名称的末尾：以“局”“委员会”“厅”“署”结尾的是部门，名称中间写着什么都一样（“某某市国有资产监督管理委员会”是部门，不是企业，也不是开发区管委会）；以“部”为名的国务院组成部门（“教育部”“生态环境部”）同样是部门；看不出是部门的报告（政府、政府办公室、乡镇街道、开发区管委会、事业单位性质的中心等，以及党委、人大、政协的机构和人民武装部）按 3 月 31 日核对，以免误报。公共企事业单位（供水、供电、公交等公司，学校、医院）的信息公开依照相关法律、法规和主管部门的规定执行（2019《条例》第五十五条；2008《条例》第三十七条），第四十九条的期限不约束它们：它们的日期不称为晚发，晚于 3 月 31 日的只作提示，请对照本行业的规定核对。不存在的日期（“2025年2月30日”）说明不了报告何时发布，只由 date-invalid 报告。日期无误的，本条可在配置中关闭或降为提示。标题与统计期限写的年度不同（year-mismatch）时，年度尚未确定，不判断日期是否晚发。',
      'Reports have a legal deadline (2019 Regulations, Art. 49): departments of governments at county level and up publish last year\'s report by 31 January, local governments (usually signed by the government\'s office) by 31 March; under the 2008 Regulations (report years up to 2018), everyone by 31 March. A publication or signature date after the deadline is either a wrong date (a typo in the year or month) or a late report, and late publication is the problem evaluations name most often. Whether a body is a department is read from the end of its name: one ending in 局, 委员会, 厅 or 署 is, whatever stands inside the name (某某市国有资产监督管理委员会 is a department, neither an enterprise nor a development zone\'s 管委会). A State Council ministry named …部 (教育部, 生态环境部) is a department too; a report not clearly a department\'s (a government, its office, a township or street office, a development zone\'s 管委会, a centre, a body of a party committee, 人大 or 政协, a 人民武装部) is checked against 31 March, to stay on the safe side. A public enterprise or institution (a water, power or bus company, a school, a hospital) discloses under the laws and its sector\'s rules (2019 Regulations, Art. 55; 2008 Regulations, Art. 37), not under the deadlines of Art. 49: its date is not called late; one after 31 March is an info, to check against the sector\'s rules. A date that does not exist (2025年2月30日) says nothing of when the report came out: only date-invalid reports it. When the date is right, turn the rule off or down to info in the configuration. While the title and the 统计期限 name different years (year-mismatch), no date is called late.'),
    example: { bad: '某某市某某局\n2025年6月10日', note: bi('部门的 2024 年度报告应在 2025 年 1 月 31 日前发布', 'a department\'s 2024 report is due by 31 January 2025') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    // The title and the 统计期限 name different years (year-mismatch's error): which year's deadline applies is in
    // dispute until that is settled, so no date is called late against either.
    const named = new Set(report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'period').map((e) => e.year));
    if (named.size > 1 && report.extras.forcedYear === undefined) return;
    // Which body the 条例 makes of the agency (a 县级以上人民政府部门, a 公共企事业单位, …): agency.ts's `agencyRole`.
    const agency = agencyOf(report);
    const role = agencyRole(agency);
    const department = role === 'department';
    const [month, day] = publicationDeadline(report.year, department);
    const due = report.year + 1;
    // A public enterprise, school or hospital: no deadline of the 条例 binds it, so a date is not called late; one after
    // the latest deadline any government body has (3月31日) may still be a typo or a late report by its sector's
    // rules: an info that says so, naming no deadline as its own.
    const enterprise = role === 'public-body';
    for (const d of report.extras.dates) {
      // A date that does not exist (`2025年2月30日`) is date-invalid's: it says nothing of when the report came out.
      if (d.garbled || !plausibleDate(d)) continue;
      if (d.year < due) continue;
      // (A date that lost its month or day, `2027年1月日`: late only if the earliest date it can be is; date-invalid says
      // what was lost.)
      const m = d.month || 1, dd = d.day || 1;
      if (d.year === due && (m < month || (m === month && dd <= day))) continue;
      const what = d.kind === 'signature' ? bi('落款日期', 'The signature date') : bi('发布日期', 'The publication date');
      if (enterprise) {
        const law = report.year >= 2019
          ? bi('依照相关法律、法规和国务院有关主管部门或者机构的规定执行（2019《政府信息公开条例》第五十五条）', 'follows the laws and the rules of the sector\'s State Council authority (2019 Regulations, Art. 55)')
          : bi('参照《条例》执行，具体办法由国务院有关主管部门或者机构制定（2008《政府信息公开条例》第三十七条）', 'follows the Regulations by analogy, with the details set by the sector\'s State Council authority (2008 Regulations, Art. 37)');
        const terms = report.year >= 2019
          ? bi('第四十九条的发布期限（县级以上人民政府部门 1 月 31 日前、县级以上地方人民政府 3 月 31 日前）', 'the deadlines of Art. 49 (31 January for government departments, 31 March for local governments)')
          : bi('第三十一条的发布期限（各级行政机关 3 月 31 日前）', 'the deadline of Art. 31 (31 March for administrative bodies)');
        ctx.add({
          message: bi(
            `${what.zh}“${d.raw}”晚于 ${due} 年 3 月 31 日。${agency!.name}是公共企事业单位，其信息公开${law.zh}，${terms.zh}不是它的期限；请对照本行业主管部门的规定核对日期是否写错、报告是否晚发。`,
            `${what.en} “${d.raw}” is after 31 March ${due}. ${agency!.name} is a public enterprise or institution: its disclosure ${law.en}, and it is not bound by ${terms.en}. Check the date, and the deadline, against the rules of its sector.`),
          range: d.range,
          severity: 'info',
        });
        continue;
      }
      const whose = department ? bi('部门的 ', 'a department\'s ') : bi('', 'the ');
      const law = report.year >= 2019 ? bi('2019《政府信息公开条例》第四十九条', '2019 Regulations, Art. 49') : bi('2008《政府信息公开条例》第三十一条', '2008 Regulations, Art. 31');
      ctx.add({
        message: bi(
          `${what.zh}“${d.raw}”晚于发布期限：${whose.zh}${report.year} 年度报告应在 ${due} 年 ${month} 月 ${day} 日前发布（${law.zh}）。请核对日期是否写错；日期无误的，说明报告晚发了。`,
          `${what.en} “${d.raw}” is after the deadline: ${whose.en}${report.year} report is due by ${day} ${month === 1 ? 'January' : 'March'} ${due} (${law.en}). Check whether the date is a typo; if it is right, the report was published late.`),
        range: d.range,
      });
    }
  },
};
