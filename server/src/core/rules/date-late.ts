import type { Rule } from './rule.js';
import { bi } from './util.js';
import { agencyOf } from '../prose/agency.js';
import { plausibleDate } from '../model/year.js';

/**
 * The last day a report of `year` may be published, as [month, day] of `year + 1` (templates.md §1): 1月31日 for a
 * county-level-and-up government department from the 2019 reports on (2019《条例》第四十九条), else 3月31日 (the
 * governments' deadline, and everyone's under the 2008《条例》). `clearDepartment`: the report is a department's.
 */
export function publicationDeadline(year: number, clearDepartment: boolean): [month: number, day: number] {
  return year >= 2019 && clearDepartment ? [1, 31] : [3, 31];
}

/**
 * A department in the 条例's sense (县级以上人民政府部门, due by 1月31日): an agency read as a department that is no
 * government's own office (`人民政府办公室` publishes the government's report, due by 3月31日) and no township,
 * street or development-zone body, whose deadline is set locally.
 */
function clearDepartment(name: string): boolean {
  return (/(?:局|委员会|委|厅|署)$/.test(name) || stateCouncilMinistry(name)) && !/政府办公室|政府办公厅|办事处|街道|[乡镇]人民政府|管委会|管理委员会/.test(name);
}

/**
 * A 国务院组成部门 named `…部` (`教育部`, `生态环境部`, `中华人民共和国财政部`): a 县级以上人民政府部门 as much as
 * `国家统计局` or `海关总署` (templates.md §1, 条例第四十九条; brk134 #4). Local governments' departments are `局`, `委`
 * or `厅`; a `…部` below the State Council is a party committee's (`市委组织部`, `中共某某县委宣传部`, `中央统战部`),
 * a military one (`某某县人民武装部`), or a unit of a place's body (`某某街道社会事务部`, `某某高新区经济发展部`),
 * none a government department under the 条例's deadline: a name with a place, a party or military word is not one.
 */
function stateCouncilMinistry(name: string): boolean {
  const n = name.replace(/^中华人民共和国/, '');
  if (!/^[\u4e00-\u9fff]{1,12}部$/.test(n)) return false;
  // (`城乡`, `农村` and the like are words of a ministry's name, `住房和城乡建设部`, `农业农村部`: no place.)
  const places = n.replace(/城乡|城市|城镇|乡镇|农村|社区/g, '');
  return !/中共|中国共产党|党|委|中央|武装|人武|军区|军分区|[省市县区州盟旗镇乡村]|街道|组织部|宣传部|统战部|联络部$/.test(places);
}

/**
 * A 公共企事业单位 (2019《条例》第五十五条; 2008《条例》第三十七条): a public enterprise (`某某市供水有限公司`,
 * `某某供电公司`, `某某市公共交通集团有限公司`) or a school or hospital (教育、卫生健康 are named in the article).
 * Its disclosure follows the laws and the rules of its sector's State Council authority, not 第四十九条, whose
 * deadlines bind 县级以上人民政府部门 (1月31日) and 县级以上地方人民政府 (3月31日): no deadline of the 条例 is its
 * (a sector's own may differ, a university's report is due by the end of October, 《高等学校信息公开办法》), brk140 #4.
 */
function publicBody(name: string): boolean {
  return /(?:公司|集团|学校|中学|小学|大学|学院|幼儿园|医院|卫生院)$/.test(name);
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
      '年度报告有法定的发布期限（《政府信息公开条例》第四十九条）：县级以上人民政府部门在每年 1 月 31 日前公布上一年度的报告，县级以上地方人民政府（通常由政府办公室落款）在 3 月 31 日前；2008《条例》时期（2018 年度及以前）一律为 3 月 31 日前。发布或落款日期晚于期限，要么是日期写错（年份或月份打错），要么是报告晚发了——“不按时发布”是评估通报中最常见的问题。以“部”为名的国务院组成部门（“教育部”“生态环境部”）同样是部门；看不出是部门的报告（政府、政府办公室、乡镇街道等，以及党委的部、人民武装部）按 3 月 31 日核对，以免误报。公共企事业单位（供水、供电、公交等公司，学校、医院）的信息公开依照相关法律、法规和主管部门的规定执行（2019《条例》第五十五条；2008《条例》第三十七条），第四十九条的期限不约束它们：它们的日期不称为晚发，晚于 3 月 31 日的只作提示，请对照本行业的规定核对。不存在的日期（“2025年2月30日”）说明不了报告何时发布，只由 date-invalid 报告。日期无误的，本条可在配置中关闭或降为提示。标题与统计期限写的年度不同（year-mismatch）时，年度尚未确定，不判断日期是否晚发。',
      'Reports have a legal deadline (2019 Regulations, Art. 49): departments of governments at county level and up publish last year\'s report by 31 January, local governments (usually signed by the government\'s office) by 31 March; under the 2008 Regulations (report years up to 2018), everyone by 31 March. A publication or signature date after the deadline is either a wrong date (a typo in the year or month) or a late report, and late publication is the problem evaluations name most often. A State Council ministry named …部 (教育部, 生态环境部) is a department too; a report not clearly a department\'s (a government, its office, a township or street office, a party committee\'s 部 or a 人民武装部) is checked against 31 March, to stay on the safe side. A public enterprise or institution (a water, power or bus company, a school, a hospital) discloses under the laws and its sector\'s rules (2019 Regulations, Art. 55; 2008 Regulations, Art. 37), not under the deadlines of Art. 49: its date is not called late; one after 31 March is an info, to check against the sector\'s rules. A date that does not exist (2025年2月30日) says nothing of when the report came out: only date-invalid reports it. When the date is right, turn the rule off or down to info in the configuration. While the title and the 统计期限 name different years (year-mismatch), no date is called late.'),
    example: { bad: '某某市某某局\n2025年6月10日', note: bi('部门的 2024 年度报告应在 2025 年 1 月 31 日前发布', 'a department\'s 2024 report is due by 31 January 2025') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    // The title and the 统计期限 name different years (year-mismatch's error): which year's deadline applies is in
    // dispute until that is settled, so no date is called late against either.
    const named = new Set(report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'period').map((e) => e.year));
    if (named.size > 1 && report.extras.forcedYear === undefined) return;
    const agency = agencyOf(report);
    const department = agency !== null && agency.kind === 'department' && clearDepartment(agency.name);
    const [month, day] = publicationDeadline(report.year, department);
    const due = report.year + 1;
    // A public enterprise, school or hospital: no deadline of the 条例 binds it, so a date is not called late; one after
    // the latest deadline any government body has (3月31日) may still be a typo or a late report by its sector's
    // rules: an info that says so, naming no deadline as its own.
    const enterprise = agency !== null && agency.kind === 'department' && publicBody(agency.name);
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
