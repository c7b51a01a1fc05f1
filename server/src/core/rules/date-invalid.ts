import type { Rule } from './rule.js';
import { proseOf, type ProseText } from '../prose/text.js';
import type { Report } from '../model/build.js';
import { agencyOf, agencyKey, type Agency } from '../prose/agency.js';
import { bi } from './util.js';
import { monthDay, yearDigits } from '../text/normalize.js';
import { isCalendarDate } from '../model/year.js';

/** The parts of a signature date that lost their digits (`WrittenDate.lost`), as said. */
const LOST = {
  day: bi('日', 'day'),
  month: bi('月', 'month'),
  'month-day': bi('月和日', 'month and day'),
} as const;

/** How far into the prose the statistics period is looked for, and how it is introduced. */
const INTRO = 3000;
const PERIOD = /统计(?:期限|时限|周期|时间|期间|区间|期)/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date of the period: year (digits or 〇/○/零 and 一…九, `二〇二四`, with O/Ｏ/o typed for 〇 between Chinese
 * numerals, `二O二四`, `二OO五`), month and day (digits or 一…三十一, 元月). The prose has ASCII digits already.
 */
const DATE = /(?:((?:[\d〇○零一二三四五六七八九]|(?<=[〇○零一二三四五六七八九])[OＯo]{1,2}(?=[〇○零一二三四五六七八九]))*)年)?([\d元一二三四五六七八九十]*)月([\d一二三四五六七八九十]*)日/g;

/** A date in numbers, its parts joined by one separator (`2024-01-01`, `2024.1.1`, `2024/12/31`). */
const DATE_NUMERIC = /(?<!\d)((?:19|20)\d{2})([-./／－])(\d{1,2})\2(\d{1,2})(?!\d)/g;

/**
 * The 2008《条例》(国务院令第492号) took effect on 1 May 2008 (its last article): the first reports rightly count from
 * that day (`统计期限自2008年5月1日起至2008年12月31日止`).
 */
const REGULATION_2008_START = { year: 2008, month: 5, day: 1 };

/**
 * Words saying that the agency began on a date, after it (`本局于2016年5月1日组建`, `自2016年5月1日起正式挂牌运行`) or
 * before it (`组建于2016年5月1日`); and that it ended on a date (`本局于2024年10月31日撤销`, `并入…`). Whose beginning or
 * end it is, is the subject's (`ownSubject`): a sub-unit's (`局属某某中心于…组建`) or a document's (`《某某规定》于…起施行`)
 * explains nothing of the agency's period (brk115 #8).
 */
const BEGAN_VERBS = /组建|成立|设立|挂牌|揭牌|施行|实施|生效|运行|履职|开始履行/g;
const BEGAN_BEFORE = /(?:组建|成立|设立|挂牌|揭牌|施行|实施|生效|运行)(?:于|时间为|日期为|之日为)$/;
const ENDED_VERBS = /撤销建制|撤销|撤并|并入|划入|合并|整合|停止运行|不再保留|职责划转/g;
const ENDED_BEFORE = /(?:撤销|撤并|并入|合并|不再保留)(?:于|时间为|日期为)$/;
/** How far after a date its verb may stand (`2024年3月15日，某某市某某局正式挂牌`), and the words between them that are no subject. */
const VERB_REACH = 16;
const NOT_SUBJECT_END = /(?:同日|当日|当天|同时|正式|起|开始|于|在|已经|已|自|从|依法|宣告|新|合并|整合)+$/;
const NOT_SUBJECT_START = /^(?:新组建|新成立|新设立|重新组建|新)的?/;
/**
 * Verbs that may name the body set up or closed after them (`…合并组建某某市某某局`, `组建为本局`, `撤销本局`), and such a
 * name: to the end of its clause (or before `并…`, `后`, `以来`), ending as a body's name ends. Then that body is whose
 * beginning or end it is, not the subject's (`我局于2024年3月15日成立政务公开工作领导小组` is no setting up of the agency).
 */
const OBJECT_VERBS = /^(?:组建|成立|设立|撤销|撤并)$/;
const OBJECT = /^(?:为|成|了)?(?:新的)?(?!的)([\u4e00-\u9fff（）()]{1,30}?(?:人民政府|政府|委员会|委|办公室|办|局|中心|组|站|所|队|院|馆|处|科|室|部|厅|署))(?=$|[，,。；;：:、！!？?\n]|并|后|以来)/;

/** A match of `DATE_NUMERIC` as a match of `DATE` reads: the text, year, month, day, at the same index. */
function numericDate(m: RegExpMatchArray): RegExpMatchArray {
  const out = [m[0], m[1], m[3], m[4]] as unknown as RegExpMatchArray;
  out.index = m.index;
  return out;
}

/**
 * A publication or signature date that is impossible for the report (on or before the last day of the report
 * year, or not a calendar date), a statistics period whose digits were lost (`202年1月1日`, `2024年月1日`,
 * `1月1日至12月3日`), and a complete statistics period that is not the whole report year (`2024年1月1日至2024年11月30日`,
 * `2024年3月1日至12月31日`, `2023年7月1日至2024年6月30日`).
 */
export const dateInvalid: Rule = {
  meta: {
    id: 'date-invalid',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    readsProse: true,
    description: bi('发布或落款日期早于报告年度结束，或统计期限的日期残缺、未覆盖整个报告年度', 'A publication or signature date before the report year ends, or a statistics period that is garbled or does not cover the whole report year'),
    rationale: bi(
      '年度报告在报告年度结束后编制：发布日期和落款日期都应在次年（部门为 1 月 31 日前，县级以上政府为 3 月 31 日前）。早于或等于报告年度最后一天的日期，或不存在的日期（2 月 30 日），多半是沿用旧稿或录入错误。统计期限应为“X年1月1日至12月31日”：丢了数字的日期（“202年”“12月3日”）需要改正；晚于 1 月 1 日开始、早于 12 月 31 日结束或跨年的期限（“2024年1月1日至2024年11月30日”）没有覆盖整个报告年度，应改正日期，确为部分年度的须在报告中说明：引言或“一、总体情况”中写明机构设立（组建、成立、挂牌）日期与期限的起始日期相同（“本局于2016年5月1日组建”“本局成立于2016年5月1日”），或撤销（撤并、并入）日期与截止日期相同的，不报告（说的须是本机关自己：主语为“本局”“本机关”“我局”、本机关名称或省略；下属单位的设立日期、文件的施行日期不算）；跨年的期限没有这种说明。2008 年度报告自 2008 年 5 月 1 日（2008《条例》施行之日）起统计的（“统计期限自2008年5月1日起至2008年12月31日止”）是正常的，不报告，2008 年度的消息也说明这一起始日期。日期可写作阿拉伯数字、全角数字或汉字（“二〇二四年一月一日”，〇打成字母 O 的“二O二四年”也照样读取），“起”“止”可有可无；落款日期也是如此。日期也可全用数字写（“2024-01-20”“2024.01.20”“2024/1/20”），落款和统计期限都照样读取。发布日期读自网页头部的“发布日期：”、落款后的“（发布日期：……）”，以及引言和结尾处报告自己说的“本报告于2025年1月20日在门户网站发布”（也写作“本年报于……公开”“本报告电子版于……发布”“本报告发布于2025年1月20日”“本报告的发布日期为2025年1月20日”）；年份不是四位数的落款日期（“202年1月20日”）同样报告。落款日期丢了日或月的数字（“2025年1月日”“2025年月20日”，年与月、月与日之间什么也没有）的，同样说它残缺；写在那里的年份照常核对：不晚于报告年度的在同一条消息中说明，晚于发布期限（按它可能的最早日期，“2025年5月日”无论哪一日都已晚于部门的 1 月 31 日）或晚于报告年度两年以上的，由 date-late、year-mismatch 照常报告。月、日处留着空格的（“2025年1月　日”）是未填写的日期，由 placeholder-left 报告。',
      'An annual report is written after its year: the publication and signature dates fall in the next year (departments by 31 January, governments by 31 March). A date on or before the last day of the report year, or one that does not exist (30 February), comes from an old draft or a typo. The statistics period is 1 January to 31 December: a date that lost digits (202年, 12月3日) needs correcting, and a period that starts after 1 January, ends before 31 December or runs into another year (2024年1月1日至2024年11月30日) does not cover the report year: correct the dates, or, when only part of the year is really counted, say so in the report: a period whose first day is the date the introduction or 一、总体情况 gives for the agency\'s setting up (组建, 成立, 挂牌: 本局于2016年5月1日组建, 本局成立于2016年5月1日), or whose last day is the date given for its closing (撤销, 撤并, 并入), is not reported (it must be the agency itself: 本局, 本机关, 我局, its name, or no subject; a sub-unit\'s setting up or a document\'s taking effect does not count); a period running into another year has no such explanation. A 2008 report counting from 1 May 2008, the day the 2008《条例》took effect (统计期限自2008年5月1日起至2008年12月31日止), is right and not reported, and a 2008 report\'s message names that start too. Dates may be written in ASCII, full-width or Chinese numerals (二〇二四年一月一日, also with the letter O typed for 〇: 二O二四年), with or without 起 and 止; signature dates too. Dates in numbers alone (2024-01-20, 2024.01.20, 2024/1/20) are read as well, in the signature and in the statistics period. The publication date is read from a web page\'s 发布日期： line, a （发布日期：…） after the signature, and the report\'s own word on it in the introduction or at its end (本报告于2025年1月20日在门户网站发布, also 本年报于……公开, 本报告电子版于……发布, 本报告发布于2025年1月20日, 本报告的发布日期为2025年1月20日); a signature date whose year is not four digits (202年1月20日) is reported too. A signature date that lost the digits of its day or month (2025年1月日, 2025年月20日: nothing between 年 and 月 or 月 and 日) is said to be incomplete as well, and the year written there is checked as usual: one not after the report year is said in the same message, and one past the deadline (by the earliest date it can be: 2025年5月日 is past a department\'s 31 January whatever its day) or two years or more after the report year is reported by date-late and year-mismatch as usual. A blank left there (2025年1月　日) is a date not filled in: placeholder-left\'s.'),
    example: { bad: '庐山市人民政府办公室\n2018年1月14日', note: bi('2018 年度报告的落款日期应在 2019 年', 'a 2018 report is signed in 2019') },
  },
  check(ctx) {
    const { report } = ctx;
    for (const d of report.extras.dates) {
      const what = d.kind === 'signature' ? bi('落款日期', 'The signature date') : bi('发布日期', 'The publication date');
      if (d.garbled) {
        ctx.add({
          message: bi(`${what.zh}“${d.raw}”的年份不是四位数：是否漏打或多打了数字？${report.year !== null ? `${report.year} 年度报告应在 ${report.year + 1} 年发布。` : ''}`, `${what.en} “${d.raw}” has no four-digit year: was a digit lost or added?${report.year !== null ? ` A ${report.year} report is published in ${report.year + 1}.` : ''}`),
          range: d.range,
          ...(report.year !== null ? { expected: report.year + 1, actual: d.year } : {}),
        });
        continue;
      }
      if (d.lost) {
        // `2025年1月日`: the day's digits lost (a draft's blank filled in part, or a digit deleted), said as the
        // statistics period's are; the year's check below applies to what is there, in the same message.
        const part = LOST[d.lost];
        const early = report.year !== null && !report.extras.yearAmbiguous && d.year <= report.year;
        ctx.add({
          message: early
            ? bi(`${what.zh}“${d.raw}”残缺，缺少${part.zh}的数字，不是完整的日期；它的年份也不晚于报告年度（${report.year} 年）：年度报告应在 ${report.year! + 1} 年发布。请补全并核对日期。`,
              `${what.en} “${d.raw}” is incomplete: the digits of its ${part.en} are lost; its year is not after the report year (${report.year}) either: the report should be published in ${report.year! + 1}. Complete and check the date.`)
            : bi(`${what.zh}“${d.raw}”残缺，缺少${part.zh}的数字，不是完整的日期：请补全。`, `${what.en} “${d.raw}” is incomplete: the digits of its ${part.en} are lost. Complete it.`),
          range: d.range,
          ...(early ? { expected: report.year! + 1, actual: d.year } : {}),
        });
        continue;
      }
      if (!isCalendarDate(d.year, d.month, d.day)) {
        ctx.add({ message: bi(`${what.zh}“${d.raw}”不是有效日期。`, `${what.en} “${d.raw}” is not a calendar date.`), range: d.range });
        continue;
      }
      if (report.year !== null && !report.extras.yearAmbiguous && d.year <= report.year) {
        ctx.add({
          message: bi(
            `${what.zh}“${d.raw}”不晚于报告年度（${report.year} 年）的最后一天：年度报告应在 ${report.year + 1} 年发布。`,
            `${what.en} “${d.raw}” is not after the report year (${report.year}): the report should be published in ${report.year + 1}.`),
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
    // Dates with 年月日 and in numbers (`2024-01-01至2024-12-31`, `2024.1.1—2024.12.31`), in order of position.
    let dates = [...seg.matchAll(DATE), ...[...seg.matchAll(DATE_NUMERIC)].map(numericDate)].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
    // A date in brackets beside the period is no date of it (`…止（局属某某中心于2024年3月15日组建）`): the period is the two
    // dates outside them, and what the bracket says is read as any other sentence (`statedDate`; brk121 #3).
    if (dates.length > 2) dates = dates.filter((d) => !inBrackets(seg, d.index ?? 0));
    if (dates.length !== 2) return;
    // A year written with placeholder marks (`202X年1月1日`: the date is read from its 年 on) is placeholder-left's,
    // which quotes the whole date; said here it would read as a year with digits lost (brk150 #6).
    if (dates.some((d) => /[XxＸｘ×]$/.test(seg.slice(0, d.index ?? 0)))) return;
    const problems: string[] = [];
    const problemsEn: string[] = [];
    // Whether every problem is a date read in full that is not on the calendar (then none was lost).
    let onlyInvalid = true;
    const read = dates.map((d) => {
      const [text, y, mo, da] = d;
      const year = y === undefined ? undefined : yearDigits(y);
      const month = monthDay(mo), day = monthDay(da);
      if (year !== undefined && year.length !== 4) { problems.push(`“${text}”的年份不是四位数`); problemsEn.push(`“${text}” has no four-digit year`); onlyInvalid = false; }
      else if (month === null || day === null) { problems.push(`“${text}”不是完整的日期`); problemsEn.push(`“${text}” is not a complete date`); onlyInvalid = false; }
      // Read in full but not on the calendar (`十二月三十二日`, `2月30日`): a wrong number, not a lost one.
      else if (!isCalendarDate(Number(year || 2000), month, day)) { problems.push(`“${text}”不是有效日期`); problemsEn.push(`“${text}” is not a calendar date`); }
      return { year: year === undefined ? null : Number(year), month: month ?? 0, day: day ?? 0, text };
    });
    const [a, b] = read;
    // A day of 12 月 that is one digit of 31 (`12月3日`) lost the other.
    if (!problems.length && a.month === 1 && a.day === 1 && b.month === 12 && b.day !== 31 && /^[31]$/.test(dates[1][3])) {
      problems.push(`期限从 1 月 1 日开始，却止于“${b.text}”（应为 12 月 31 日？）`);
      problemsEn.push(`the period starts on 1 January but ends on “${b.text}” (31 December?)`);
      onlyInvalid = false;
    }
    const start = from + (dates[0].index ?? 0);
    const end = from + (dates[1].index ?? 0) + dates[1][0].length;
    if (problems.length) {
      ctx.add({
        message: onlyInvalid
          ? bi(`统计期限的日期有误：${problems.join('；')}。`, `The statistics period has a wrong date: ${problemsEn.join('; ')}.`)
          : bi(`统计期限的日期残缺：${problems.join('；')}。`, `The statistics period is garbled: ${problemsEn.join('; ')}.`),
        range: p.range(start, end),
      });
      return;
    }
    // A complete period that is not the whole report year: it starts after 1 January, ends before 31 December, or
    // runs into another year.
    const endYear = b.year ?? a.year;
    const gaps: string[] = [];
    const gapsEn: string[] = [];
    const runsOver = a.year !== null && endYear !== null && endYear !== a.year;
    if (runsOver) {
      gaps.push(`跨越 ${a.year} 年和 ${endYear} 年`);
      gapsEn.push(`it runs from ${a.year} into ${endYear}`);
    }
    // (A period over two years lacks nothing before or after: that it runs over them is all there is to say; and a 2008
    // report may start on 5月1日, the day the 条例 took effect, which lacks nothing either (brk116 #7).)
    const from2008Start = (report.year ?? a.year) === REGULATION_2008_START.year && (a.year ?? REGULATION_2008_START.year) === REGULATION_2008_START.year
      && a.month === REGULATION_2008_START.month && a.day === REGULATION_2008_START.day;
    if (!runsOver && !from2008Start && (a.month !== 1 || a.day !== 1)) {
      gaps.push(`始于 ${a.month} 月 ${a.day} 日，缺少此前自 1 月 1 日起的数据`);
      gapsEn.push(`it starts on ${a.day} ${MONTHS[a.month - 1]}, leaving out the data from 1 January`);
    }
    if (!runsOver && (b.month !== 12 || b.day !== 31)) {
      gaps.push(`止于 ${b.month} 月 ${b.day} 日，缺少此后到 12 月 31 日的数据`);
      gapsEn.push(`it ends on ${b.day} ${MONTHS[b.month - 1]}, leaving out the data to 31 December`);
    }
    if (!gaps.length) return;
    const y = report.year ?? a.year;
    const crossYear = a.year !== null && endYear !== null && endYear !== a.year;
    const startsLate = a.month !== 1 || a.day !== 1;
    const endsEarly = b.month !== 12 || b.day !== 31;
    if (!crossYear && (a.year ?? y) === y) {
      // 2008: counted from the day the 条例 took effect.
      const from2008 = y === REGULATION_2008_START.year && a.month === REGULATION_2008_START.month && a.day === REGULATION_2008_START.day;
      // A part of the year the report explains: the agency set up on the first day counted, or closed on the last.
      const startExplained = !startsLate || from2008 || statedDate(p, report, { year: y, month: a.month, day: a.day }, BEGAN_VERBS, BEGAN_BEFORE);
      const endExplained = !endsEarly || statedDate(p, report, { year: y, month: b.month, day: b.day }, ENDED_VERBS, ENDED_BEFORE);
      if (startExplained && endExplained) return;
    }
    // The year itself is year-mismatch's (for whole-year periods); said here too, as this finding asks for new dates.
    if (report.year !== null && a.year !== null && a.year !== report.year && endYear === a.year) {
      gaps.push(`且年份为 ${a.year} 年，而报告年度为 ${report.year} 年`);
      gapsEn.push(`and it is in ${a.year}, while the report year is ${report.year}`);
    }
    const whole = y === null ? bi('当年 1 月 1 日至 12 月 31 日', '1 January to 31 December of the report year') : bi(`${y}年1月1日至${y}年12月31日`, `1 January to 31 December ${y}`);
    // 2008: the 条例 took effect on 1 May, and a period from that day is right too (brk115 #9).
    if (y === REGULATION_2008_START.year && startsLate) {
      whole.zh = `${y}年1月1日至${y}年12月31日，或自《条例》施行之日起的${y}年5月1日至${y}年12月31日`;
      whole.en = `1 January to 31 December ${y}, or 1 May (the day the 条例 took effect) to 31 December ${y}`;
    }
    const written = p.quote(start, end);
    // What explanation clears the finding (`statedDate`): the day the agency began, or ended, on the period's date.
    const yy = y ?? 'X';
    const began = `本机关于${yy}年${a.month}月${a.day}日组建`, ended = `本机关于${yy}年${b.month}月${b.day}日撤销`;
    const startGap = startsLate && !from2008Start;
    const reason = startGap && endsEarly
      ? bi(`机构设立和撤销的日期，与统计期限的起止日期相同（如“${began}”“${ended}”）`, `the dates the agency was set up and closed, the same as the period's first and last day (e.g. ${began}, ${ended})`)
      : startGap
        ? bi(`机构设立（组建、成立、挂牌）的日期，与统计期限的起始日期相同（如“${began}”）`, `the date the agency was set up (组建, 成立, 挂牌), the same as the period's first day (e.g. ${began})`)
        : bi(`机构撤销（撤并、并入）的日期，与统计期限的截止日期相同（如“${ended}”）`, `the date the agency was closed (撤销, 撤并, 并入), the same as the period's last day (e.g. ${ended})`);
    ctx.add({
      message: bi(
        crossYear
          ? `统计期限“${written}”没有覆盖整个报告年度：${gaps.join('，')}。年度报告的统计期限应为${whole.zh}；请改正日期。`
          : `统计期限“${written}”没有覆盖整个报告年度：${gaps.join('，')}。年度报告的统计期限应为${whole.zh}；请改正日期，或在报告中说明只统计部分年度的原因：在引言或总体情况中写明${reason.zh}。`,
        crossYear
          ? `The statistics period “${written}” does not cover the whole report year: ${gapsEn.join('; ')}. An annual report counts ${whole.en}: correct the dates.`
          : `The statistics period “${written}” does not cover the whole report year: ${gapsEn.join('; ')}. An annual report counts ${whole.en}: correct the dates, or say in the report why only part of the year is counted: give in the introduction or 总体情况 ${reason.en}.`),
      range: p.range(start, end),
      data: { period: 'partial' },
    });
  },
};

/** Whether `at` in `text` stands inside brackets (`（…`, `(…`) opened before it and not closed before it. */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Where the bracket open at `at` in `text` (`inBrackets`) closes: the index of its `）` or `)`, or -1 when it does not. */
function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Whether the introduction or 一、总体情况 (the prose up to the end of the first section; without sections, the first
 * `INTRO` characters) says that the agency began (or ended) on `date`: the date, written with or without its year, with a
 * word of `verbs` following it in the same sentence (within `VERB_REACH` characters) or a word of `before` just before
 * it, said of the agency itself (`ownSubject`: `本局于2024年3月15日组建`, `2024年3月15日，某某市某某局正式挂牌`,
 * `《…规定》自2024年3月15日起施行，本局同日正式运行`, `本局由原某某局和原某某中心于2024年3月15日合并组建`; not
 * `局属某某中心于…组建` nor `《…规定》于…起施行`), or of the agency named after the verb (`…合并组建本局`; not
 * `我局于…成立政务公开工作领导小组`).
 */
function statedDate(p: ProseText, report: Report, date: { year: number | null; month: number; day: number }, verbs: RegExp, before: RegExp): boolean {
  const firstEnd = report.sections.length ? report.sections[0].endLine : null;
  const agency = agencyOf(report);
  for (let j = 0; j < p.paragraphs.length; j++) {
    if (firstEnd !== null ? p.firstLines[j] >= firstEnd : p.offsets[j] >= INTRO) break;
    const t = p.paragraphs[j].text;
    const dates = [...t.matchAll(DATE), ...[...t.matchAll(DATE_NUMERIC)].map(numericDate)];
    for (const d of dates) {
      const year = d[1] === undefined ? null : Number(yearDigits(d[1]));
      if (monthDay(d[2]) !== date.month || monthDay(d[3]) !== date.day) continue;
      if (year !== null && date.year !== null && year !== date.year) continue;
      const at = d.index ?? 0;
      // A date in brackets (`…止（2024年3月15日，原某某局与原某某中心合并组建本局）。`) is in a sentence that ends where
      // they close: the words after it are read to there, as a sentence's to its 。 (brk122 #2, #3).
      const close = inBrackets(t, at) ? closingBracket(t, at) : -1;
      const end = close >= 0 ? close : t.length;
      // The words before the date in its clause: the subject (`本局于`, `局属某某中心于`, `本局成立于`).
      const lead = /[^。；;！!？?，,：:\n]*$/.exec(t.slice(Math.max(0, at - 40), at))?.[0] ?? '';
      const b = before.exec(lead);
      if (b && ownSubject(lead.slice(0, b.index), agency)) return true;
      // A verb after the date; its subject is the words before it in its clause, or (in the date's clause) before the date.
      const rest = /^[^。；;！!？?\n]*/.exec(t.slice(at + d[0].length, Math.min(end, at + d[0].length + VERB_REACH + 8)))?.[0] ?? '';
      // (A clause that begins with the date has its subject after it: `（2024年3月15日局属某某中心组建）`, `2024年3月15日本局组建`.)
      const opens = !/\S/.test(lead.slice(Math.max(lead.lastIndexOf('（'), lead.lastIndexOf('(')) + 1));
      for (const v of rest.matchAll(verbs)) {
        if ((v.index ?? 0) > VERB_REACH) break;
        // The body named after the verb, when it names one, is whose beginning or end it is (`…合并组建本局`).
        const verbEnd = at + d[0].length + (v.index ?? 0) + v[0].length;
        const object = OBJECT_VERBS.test(v[0]) ? OBJECT.exec(t.slice(verbEnd, Math.min(end, verbEnd + 40))) : null;
        if (object) {
          if (ownSubject(object[1], agency)) return true;
          continue;
        }
        const between = rest.slice(0, v.index);
        const clause = /[，,：:]/.test(between) ? between.slice(Math.max(between.lastIndexOf('，'), between.lastIndexOf(','), between.lastIndexOf('：'), between.lastIndexOf(':')) + 1) : null;
        // (A verb in brackets right after the date, `2024年3月15日（我局组建之日）起`, `（本局挂牌成立之日）`: its subject is
        // the words in the brackets before it; brk116 #3.)
        const bracketed = /^[（(]([^（）()]*)$/.exec(between);
        if (ownSubject(bracketed ? bracketed[1] : clause ?? (opens ? between : lead), agency)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether `subject` (the words before a verb of setting up or closing) is the agency itself: none (`于2024年3月15日组建`,
 * `2024年3月15日，按照机构改革部署，新组建的…`), 本局, 本机关, 我局, 本单位, 本中心, or the report's agency by name.
 */
function ownSubject(subject: string, agency: Agency | null): boolean {
  // (A bracket opened before the subject, `（我局于2024年3月15日组建）`, `（本局2024年…组建，…）`, also right after the
  // period before its 。, `…止（局属某某中心于2024年3月15日组建）`: the clause begins in it, and the subject is the words
  // in it (brk116 #3, brk121 #3). A bracket closed before the verb is no subject: `本局（原某某局）于…`.)
  let s = subject.replace(/[（(][^（）()]*[）)]/g, '');
  s = s.slice(Math.max(s.lastIndexOf('（'), s.lastIndexOf('(')) + 1);
  s = s.replace(/[\s“”"]/g, '').replace(NOT_SUBJECT_END, '').replace(NOT_SUBJECT_START, '');
  s = s.replace(/^(?:经[\u4e00-\u9fff]{0,12}?(?:批准|同意)|根据[\u4e00-\u9fff]{0,16}?(?:方案|决定|要求|部署|规定|通知)|按照[\u4e00-\u9fff]{0,16}?(?:方案|决定|要求|部署|规定|通知))/, '').replace(NOT_SUBJECT_END, '');
  // Those the agency was made of are no subject (brk121 #8): `本局由原某某局和原某某中心于…合并组建` is 本局's; a 由 phrase
  // first is none (`由原某某局和原某某中心于…合并组建`), or qualifies the noun after its 的 (`由原某某局…合并组建的本局于…挂牌`).
  const by = /(?<![自理经])由/.exec(s);
  if (by) s = by.index > 0 ? s.slice(0, by.index) : (/^.*的(.+)$/.exec(s)?.[1] ?? '');
  if (!s) return true;
  if (/^(?:本|我)[\u4e00-\u9fff]{0,4}$/.test(s)) return true;
  if (!agency) return false;
  const key = agencyKey(s);
  return key.length >= 2 && (key === agency.key || agency.key.endsWith(key) || key.endsWith(agency.key));
}
