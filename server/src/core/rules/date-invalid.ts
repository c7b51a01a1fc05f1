import type { Rule } from './rule.js';
import { proseOf } from '../prose/text.js';
import { bi } from './util.js';

/** How far into the prose the statistics period is looked for, and how it is introduced. */
const INTRO = 3000;
const PERIOD = /统计(?:期限|时限|周期|时间|期间|区间|期)/;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : DAYS[m - 1]);
}

/**
 * A publication or signature date that is impossible for the report (on or before the last day of the report
 * year, or not a calendar date), and a statistics period whose digits were lost (`202年1月1日`, `2024年月1日`,
 * `1月1日至12月3日`).
 */
export const dateInvalid: Rule = {
  meta: {
    id: 'date-invalid',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('发布或落款日期早于报告年度结束，或统计期限的日期残缺', 'A publication or signature date before the report year ends, or a garbled statistics period'),
    rationale: bi(
      '年度报告在报告年度结束后编制：发布日期和落款日期都应在次年（部门为 1 月 31 日前，县级以上政府为 3 月 31 日前）。早于或等于报告年度最后一天的日期，或不存在的日期（2 月 30 日），多半是沿用旧稿或录入错误。统计期限通常为“X年1月1日至12月31日”，丢了数字的日期（“202年”“12月3日”）同样需要改正。',
      'An annual report is written after its year: the publication and signature dates fall in the next year (departments by 31 January, governments by 31 March). A date on or before the last day of the report year, or one that does not exist (30 February), comes from an old draft or a typo. The statistics period is normally 1 January to 31 December; a date that lost digits (202年, 12月3日) needs correcting too.'),
    example: { bad: '庐山市人民政府办公室\n2018年1月14日', note: bi('2018 年度报告的落款日期应在 2019 年', 'a 2018 report is signed in 2019') },
  },
  check(ctx) {
    const { report } = ctx;
    for (const d of report.extras.dates) {
      const what = d.kind === 'signature' ? bi('落款日期', 'The signature date') : bi('发布日期', 'The publication date');
      if (!validDate(d.year, d.month, d.day)) {
        ctx.add({ message: bi(`${what.zh}“${d.raw}”不是有效日期。`, `${what.en} “${d.raw}” is not a calendar date.`), range: d.range });
        continue;
      }
      if (report.year !== null && !report.extras.yearAmbiguous && d.year <= report.year) {
        ctx.add({
          message: bi(
            `${what.zh}“${d.raw}”不晚于报告年度（${report.year} 年）的最后一天：年度报告应在 ${report.year + 1} 年发布。`,
            `${what.en} “${d.raw}” is not after the report year (${report.year}): the report is published in ${report.year + 1}.`),
          range: d.range,
          expected: report.year + 1,
          actual: d.year,
        });
      }
    }
    // The statistics period, read from the introduction's prose.
    const p = proseOf(report);
    // Searched in the first INTRO characters of the prose, paragraph by paragraph (a match never spans a break).
    let from = -1;
    for (let j = 0; j < p.paragraphs.length && p.offsets[j] < INTRO && from < 0; j++) {
      const o = p.offsets[j], t = p.paragraphs[j].text;
      const m = PERIOD.exec(t.length > INTRO - o ? t.slice(0, INTRO - o) : t);
      if (m) from = o + m.index + m[0].length;
    }
    if (from < 0) return;
    const head = p.slice(from, Math.min(from + 60, INTRO));
    const stop = head.search(/[。；;]/);
    const seg = stop >= 0 ? head.slice(0, stop) : head;
    const dates = [...seg.matchAll(/(?:(\d*)年)?(\d*)月(\d*)日/g)];
    if (dates.length !== 2) return;
    const problems: string[] = [];
    const problemsEn: string[] = [];
    for (const d of dates) {
      const [text, y, mo, da] = d;
      if (y !== undefined && y.length !== 4) { problems.push(`“${text}”的年份不是四位数`); problemsEn.push(`“${text}” has no four-digit year`); }
      else if (!mo || !da || !validDate(Number(y || 2000), Number(mo), Number(da))) { problems.push(`“${text}”不是完整的日期`); problemsEn.push(`“${text}” is not a complete date`); }
    }
    const [a, b] = dates;
    if (!problems.length && a[2] === '1' && a[3] === '1' && b[2] === '12' && b[3] !== '31') {
      problems.push(`期限从 1 月 1 日开始，却止于“${b[0]}”（应为 12 月 31 日？）`);
      problemsEn.push(`the period starts on 1 January but ends on “${b[0]}” (31 December?)`);
    }
    if (!problems.length) return;
    const start = from + (dates[0].index ?? 0);
    const end = from + (dates[1].index ?? 0) + dates[1][0].length;
    ctx.add({
      message: bi(`统计期限的日期残缺：${problems.join('；')}。`, `The statistics period is garbled: ${problemsEn.join('; ')}.`),
      range: p.range(start, end),
    });
  },
};
