import type { Rule, RuleContext } from './rule.js';
import type { Report } from '../model/build.js';
import type { Range, Section, YearEvidence } from '../types.js';
import { templateOf } from '../templates/index.js';
import { bi, reportLinesWith } from './util.js';
import { headingAtLine } from '../editor/guide.js';
import { plausibleDate, TITLE_DATE_AFTER, YEAR_SOURCE_NAMES } from '../model/year.js';
import { YEAR_SOURCE, yearDigits } from '../text/normalize.js';
import { lastIndexOfAny, sentenceEnd, sentenceStart, writeLike } from '../prose/text.js';

/** English lists joined as English writes them (`the title and the statistics period`; `a, b, and c`). */
const EN_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
import { clauseOtherYear } from '../prose/anchors.js';
import { agencyOf } from '../prose/agency.js';

const SOURCE = YEAR_SOURCE_NAMES;

/**
 * X-4 (templates.md §5.3): the report year read from the title, the introduction's own name for the report
 * (`…2024年政府信息公开工作年度报告`) and the statistics period (`统计期限自2024年1月1日…`) must agree. A text that
 * names two years in its title (a comparison of two reports) is not judged. The finding is on the odd one out
 * (the model's `yearDecision`). When they agree, a 总体情况 sentence opening with an earlier year is a warning (`earlierYearOpenings`), and so is a plan in 存在的主要问题及改进情况 for the report year or
 * before (`2024年将增加…` in a 2024 report: `stalePlans`).
 * A signature date two years or more after the report year is a warning too (`lateSignature`).
 */
export const yearMismatch: Rule = {
  meta: {
    id: 'year-mismatch',
    category: 'years',
    defaultSeverity: 'error',
    fixable: 'some',
    description: bi('标题、统计期限和引言中的报告年度不一致', 'The title, the statistics period and the introduction name different report years'),
    rationale: bi(
      '年度报告的标题、引言中的报告名称（“现将……2024年政府信息公开工作年度报告向社会公布”“现将2024年度政府信息公开工作情况报告如下”）和统计期限（“统计期限自2024年1月1日起至12月31日止”，也写作“统计期限为2024年度”“2024.1.1—2024.12.31”“统计截止时间为2024年12月31日”“本报告所列数据截至2024年12月31日”）说的应是同一年。沿用上一年报告改写时常漏改其中一处，读者无法判断数据属于哪一年。报告的是与其余不一致的那一处：多数说法一致时以多数为准，两者各执一词时以落款日期（其年份减一）为准，但正文写的年份与标题一致时以标题为准，下半年的落款日期（“2024年12月20日”：可能是 2024 年度报告提前落款，也可能是 2023 年度报告晚发）不作依据；再以正文中多次出现的年份为准，都无法判断时以标题为准。三者一致时，“总体情况”（2019 年以前的报告为“概述”）中以更早年份开头的句子（“2023年，某某局……”“2023年新收政府信息公开申请……”，年份后没有逗号、接着写本机关（“本机关”“我局”“全区”或报告写的机关名称）和所做工作的“2023年本机关认真贯彻落实……”“2023年我局……”，也包括接在同一行小标题后的“（一）主动公开：2023年，本机关……”，出现在 2024 年度报告中）作为警告提示，可能是上一年报告遗留的文字；年份说的是别的事的（“2023年底出台的……”“2023年我局印发的《……》”）、比较年份（相比、增长）或同时提到本年度（写出年份，或“本年度”“今年”）的句子除外，同一段中前文已与该年份比较的（“较2023年的40件增加8件；办结47件。2023年新收申请38件。”），或紧接着的一句写出本年度并与之比较的（“2023年共收到申请39件。2024年共收到申请46件，同比增长17.9%。”）也除外，在写本年度数字的段落中接着写上一年数字的（2025 年度报告中“全年办结46件……。2024年办结的18件申请中，予以公开3件……”：年份后不是逗号，该句不是段首，段落在它之前写了数字，并写出本年度、下一年（“结转至2026年”）或在它之前写了“全年”“本年度”；段落以上一年开头、或与更早年份比较的，仍是上一年的文字）也除外；“存在的主要问题及改进情况”中以更早年份开头的句子也是这样，说上一年提出的问题或计划落实得怎样的（“2023年度报告提出的问题已整改”）、写在说上一年的小标题（“（一）上年度存在问题的整改情况”）下的、紧接着一句写出本年度降到（升到）多少的（“2024年，……行政复议案件降至3件”）和改进计划（见下）除外。同样，“存在的主要问题及改进情况”中为本年度或更早年份写的改进计划（2024 年度报告中的“2024年将增加……”“2024年，我局将进一步……”“我局将于2024年底前……”“计划在2024年……”）作为警告提示：报告在次年发布，计划应写下一年；引述上一年计划及其落实情况的（“原计划2024年将……”）和“将”字表示处置的（“2024年将政务公开纳入考核”）除外。依申请公开的说法中留有旧稿年份的也作为警告提示：2024 年度报告中“1件结转至2024年继续办理”（结转下年度的申请在 2025 年继续办理；“2023年结转至2024年的2件”说的是上年结转，除外，说上一年情况的分句中的也除外：“2023年，县政府新收申请40件，结转至2024年继续办理2件”）、“截至2023年12月31日，已办结47件”（说申请或公开数量、不比较年份也不提 2024 年的句子）、“含2022年结转2件”（上年结转的是 2023 年的申请；说上一年情况的分句中的除外）。引言之外正文称呼本报告时写的年度也是这样：2024 年报告中的“本报告为2023年度政府信息公开工作年度报告”“以上为某某局2023年度政府信息公开工作年度报告全文”（引用别的年度报告的“……报告中提出的问题”不算）。某年度的报告在次年发布：落款日期比标题、统计期限所说的年度晚两年以上（2023 年度报告落款 2025 年），说明标题和统计期限沿用了旧稿，或落款日期有误，作为警告提示（落款日期不晚于报告年度的由 date-invalid 报告）。只有一处（通常是标题，没有统计期限和引言中的报告名称）写出年度，而落款日期比它晚两年以上、正文中落款年份的上一年又比它多见（至少 3 次，且至少是它的两倍）时，报告的是这一处，作为错误（“标题写的是 2017 年，而落款日期“2019年1月31日”指向 2018 年度……”），报告按落款日期所指的年度检查。指定的年度（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置）与标题、引言和统计期限都不一致时（2024 年度报告放进了 reports/2023/ 文件夹）也报告为错误：报告按指定的年度检查了，发布期限、格式和上一年度报告都按它找。汇编（一个文件中有多份报告）中的每份报告分别这样比较；汇编的封面标题（“柳营市2024年政府信息公开工作年度报告汇编”）写的年度与其下第一份报告的不一致时也报告。标题中的年份写错了、不是可能的报告年度的（“2205年”“20255年”“二〇二〇五年”，夹有字母的“2O25年”；标题中的日期“（2026年1月20日发布）”不是报告年度），而统计期限、引言中的报告名称或落款、发布日期指向 2025 年度）也报告为错误；统计期限或引言中的报告名称写的是该年度、没有别处写其他年度、而标题的年份是它打错一个字（多打、漏打、打错一位或相邻两位颠倒，字母 O、l 代替数字）的，可自动改为该年度（按标题原用的数字写：“二〇二五”“２０２５”）。其余不提供自动修复：需要确认哪一处是对的。',
      'The title, the introduction\'s name for the report (…2024年政府信息公开工作年度报告, 现将2024年度政府信息公开工作情况报告如下) and the statistics period (`统计期限自2024年1月1日起至12月31日止`, also written `统计期限为2024年度`, `2024.1.1—2024.12.31`, `统计截止时间为2024年12月31日` or `本报告所列数据截至2024年12月31日`) must name the same year. When last year\'s report is reused, one of them is often left unchanged, and the reader cannot tell which year the data belong to. The odd one out is reported: the year most of them name; on a tie, the one the signature date points to (its year − 1), unless the body names the title\'s year more often (the title wins) or the date falls in the second half of a year that is tied too (2024年12月20日 fits a 2024 report signed early as well as a 2023 report published late: no evidence); then the year the prose names most often; failing that, the title\'s. When the three agree, a sentence of 总体情况 (概述 in a pre-2019 report) that opens with an earlier year (2023年，某某局……, 2023年新收政府信息公开申请……, 2023年本机关认真贯彻落实…… or 2023年我局…… without the comma, the agency (本机关, 我局, 全区, or its name as the report gives it) and its work following the year, or after a subsection\'s heading on its line, （一）主动公开：2023年，本机关……, in a 2024 report) is a warning: it may be text left from last year\'s report; a sentence where the year dates something else (2023年底出台的……, 2023年我局印发的《……》), that compares years (相比, 增长) or names the report year too (as a number, or 本年度, 今年) is not, nor is one after a sentence of its paragraph that compares with that year (较2023年的40件增加8件；办结47件。2023年新收申请38件。), or before one that names the report year and compares with it (2023年共收到申请39件。2024年共收到申请46件，同比增长17.9%。), nor one giving last year\'s figures after the report year\'s in its paragraph (全年办结46件……。2024年办结的18件申请中，予以公开3件…… in a 2025 report: no comma after the year, not the paragraph\'s first sentence, figures before it, and the paragraph names the report year or the next (结转至2026年), or 全年 or 本年度 before it; a paragraph that opens with last year or compares with a year before it is still last year\'s text); so is a sentence of 存在的主要问题及改进情况 that opens with an earlier year, unless it says what became of last year\'s problems or plans (2023年度报告提出的问题已整改), stands under a heading about last year (（一）上年度存在问题的整改情况), is followed by the report year\'s outcome (2024年，……行政复议案件降至3件) or is a plan (below). Likewise a plan in 存在的主要问题及改进情况 for the report year or earlier (2024年将增加……, 2024年，我局将进一步……, 我局将于2024年底前…… or 计划在2024年…… in a 2024 report) is a warning: the report is published the next year, so its plan is for that year; a plan quoted with what became of it (原计划2024年将……) and the disposal 将 (2024年将政务公开纳入考核: what was done) are not. So are the years of an older report left in what the prose says of applications, in a 2024 report: 1件结转至2024年继续办理 (applications carried over go on in 2025; 2023年结转至2024年的2件 is last year\'s carried into this one, and is not, nor is one in clauses about last year: 2023年，县政府新收申请40件，结转至2024年继续办理2件), 截至2023年12月31日，已办结47件 (in a sentence about applications or disclosures that neither compares years nor names 2024), 含2022年结转2件 (上年结转 came from 2023; not in clauses about last year). So is the year of the body naming the report itself outside the introduction: 本报告为2023年度政府信息公开工作年度报告 or 以上为某某局2023年度政府信息公开工作年度报告全文 in a 2024 report (not another year\'s report cited, …报告中提出的问题). A report is published the year after its year: a signature date two years or more after the year the title and period name (a 2023 report signed in 2025) means they were left from an older report or the date is wrong, a warning (date-invalid reports a date in or before the report year). Where one source alone names the year (the title, say, with no statistics period nor name of the report in the introduction), and the signature date is two years on or more and the body names the year before that date more often (three times at least, and twice as often at least), that source is the one reported, as an error (“the title says 2017, but the signature date “2019年1月31日” points to 2018 …”), and the report is checked as the dated year\'s. A year set for the file (an override in .nianbao.jsonc, --year, or the editor\'s status bar) that the title, introduction and period all contradict (a 2024 report put in reports/2023/) is an error too: the report was checked as that year\'s, its deadline, format and previous report taken for it. In a compilation (several reports in one file) each report is compared so; a compilation\'s cover title (`柳营市2024年政府信息公开工作年度报告汇编`) naming another year than the first report under it is reported too. A garbled year in the title that is no possible report year (2205年, 20255年, 二〇二〇五年, 2O25年 with the letter O; a date in the title, （2026年1月20日发布）, names no report year), while the statistics period, the introduction\'s name of the report or the signature or publication date point to 2025) is an error too; where the statistics period or the introduction names that year, nothing names another, and the title\'s year is it mistyped once (a digit added, lost or changed, two neighbours swapped, the letters O and l for digits), it is fixed to that year, written in the title\'s own digits (二〇二五, ２０２５). Otherwise no automatic fix: which one is right needs checking.'),
    example: { bad: '淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n……报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。', note: bi('标题为 2024 年，统计期限为 2023 年', 'the title says 2024, the period 2023') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.extras.yearAmbiguous) return;
    coverYear(ctx, report.year);
    garbledTitleYear(ctx, report.year);
    const evidence = report.yearEvidence.filter((e) => e.source === 'title' || e.source === 'self-reference' || e.source === 'period');
    // A year forced (a config's override, `--year`) that the title, introduction and period all contradict: the
    // report is checked as another year's (brk89 #6: a 2024 report filed under reports/2023/ passed with a date-late
    // warning that blamed its date).
    const forced = report.extras.forcedYear;
    if (forced !== undefined && !report.extras.yearForcedForFile && evidence.length && evidence.every((e) => e.year === evidence[0].year && e.year !== forced)) {
      const written = evidence[0].year;
      const zhs = [...new Set(evidence.map((e) => SOURCE[e.source][0]))], ens = [...new Set(evidence.map((e) => SOURCE[e.source][1]))];
      ctx.add({
        message: bi(
          `本报告被指定为 ${forced} 年度（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置），而${zhs.join('、')}写的都是 ${written} 年度：它按 ${forced} 年度检查了（发布期限、格式、上一年度报告都按 ${forced} 年度找）。请核对指定的年度（文件是否放错了年份文件夹），或改正报告中的年份。`,
          `This report is set to be the ${forced} report (an override in .nianbao.jsonc, --year, or the editor\'s status bar), but ${EN_LIST.format(ens)} ${ens.length === 2 ? 'both say' : ens.length > 2 ? 'all say' : 'says'} ${written}: it was checked as the ${forced} report (its deadline, format and previous report all taken for ${forced}). Check the year set (is the file in the wrong year's folder?), or correct the report's year.`),
        range: evidence[0].range,
        expected: forced,
        actual: written,
        related: evidence.slice(1).map((e) => ({ range: e.range, message: bi(`${SOURCE[e.source][0]}：${e.year} 年`, `${SOURCE[e.source][1]}: ${e.year}`) })),
      });
      return;
    }
    // One source alone named the year, and the signature date and the body's years both say another (the model's
    // `dated` decision, brk145 #2): that source is the odd one out, as a title is against a 统计期限.
    if (report.extras.yearDecision?.by === 'dated' && evidence.length) {
      const sig = report.extras.dates.find((d) => d.kind === 'signature' && !d.garbled);
      const [zh, en] = SOURCE[evidence[0].source];
      const year = report.year;
      if (sig) {
        ctx.add({
          message: bi(
            `${zh}写的是 ${evidence[0].year} 年，而落款日期“${sig.raw}”指向 ${year} 年度（年度报告在次年发布），正文中的年份也多为 ${year} 年。是否沿用了旧稿的${zh}？请统一报告年度。`,
            `${en[0].toUpperCase()}${en.slice(1)} says ${evidence[0].year}, but the signature date “${sig.raw}” points to ${year} (a report is published the year after), and the prose names ${year} most often too. Was ${en} left from an old report? Make the report year consistent.`),
          range: evidence[0].range,
          expected: year,
          actual: evidence[0].year,
          related: [{ range: sig.range, message: bi(`落款日期：${sig.year} 年`, `signature date: ${sig.year}`) }],
        });
      }
      return;
    }
    if (!evidence.some((e) => e.year === report.year)) return;
    if (evidence.every((e) => e.year === report.year)) {
      lateSignature(ctx, evidence, report.year);
      for (const o of [...earlierYearOpenings(report, report.year, OVERVIEW), ...earlierYearOpenings(report, report.year, PROBLEMS)]) {
        ctx.add({
          message: bi(
            `“${o.section}”中的句子以“${o.written}年”开头，而本报告是 ${report.year} 年度的：是否沿用了上一年报告的文字？`,
            `A sentence of ${o.section} opens with ${o.written === String(o.year) ? o.year : `${o.written} (${o.year})`}, but this is the ${report.year} report: is it text left from an earlier year's report?`),
          range: o.range,
          expected: report.year,
          actual: o.year,
          severity: 'warning',
        });
      }
      for (const o of staleYearPhrases(report, report.year)) {
        const [zh, en] = STALE_SAYS[o.kind](report.year);
        ctx.add({
          message: bi(
            `“${o.raw}”：本报告是 ${report.year} 年度的，${zh}是否沿用了上一年报告的文字？`,
            `“${o.raw}”: this is the ${report.year} report; ${en} Is it text left from an earlier year's report?`),
          range: o.range,
          expected: o.expected,
          actual: o.year,
          severity: 'warning',
        });
      }
      for (const o of stalePlans(report, report.year)) {
        ctx.add({
          message: bi(
            `“存在的主要问题及改进情况”中的计划写的是“${o.raw}”，而本报告是 ${report.year} 年度的（在 ${report.year + 1} 年发布）：${o.year} 年已经过去，是否沿用了上一年报告的文字？改进计划应写 ${report.year + 1} 年。`,
            `A plan in 存在的主要问题及改进情况 reads “${o.raw}”, but this is the ${report.year} report (published in ${report.year + 1}): ${o.year} is over. Is it text left from last year's report? The plan should be for ${report.year + 1}.`),
          range: o.range,
          expected: report.year + 1,
          actual: o.year,
          severity: 'warning',
        });
      }
      return;
    }
    // As the model decided report.year (`detectYear`): the decision it carries says what decided.
    const decision = report.extras.yearDecision;
    if (!decision || !evidence.some((e) => e.year === decision.year)) return;
    const { year, by } = decision;
    const basis = evidence.find((e) => e.year === year)!;
    const [bzh, ben] = SOURCE[basis.source];
    const signature = report.yearEvidence.find((e) => e.source === 'signature');
    // A tie broken by the signature date or the prose: said, with where. A signature date that agrees with the
    // title on a tie the title's year won is said too, and so is a body that sides with the evidence that lost (the
    // reader should weigh it: which one was left from the old report is theirs to judge).
    const signed = signature !== undefined && signature.year === year && (by === 'signature' || by === 'title');
    const why = signed ? bi(`落款日期也指向 ${year} 年度。`, ` The signature date points to ${year} too.`) : by === 'prose' ? bi(`正文中的年份也多为 ${year} 年。`, ` The prose names ${year} most often too.`) : bi('', '');
    for (const e of evidence) {
      if (e.year === year) continue;
      const [zh, en] = SOURCE[e.source];
      const fix = decision.bodyYear === e.year
        ? bi(`但正文中的年份多为 ${e.year} 年，与${zh}一致：请核对哪一处沿用了旧稿，再统一报告年度。`, ` But the prose names ${e.year} most often, as ${en} does: check which one was left from an old report, then make the report year consistent.`)
        : bi('请统一报告年度。', ' Make the report year consistent.');
      ctx.add({
        message: bi(
          `${zh}写的是 ${e.year} 年，而${bzh}为 ${year} 年。${why.zh}${fix.zh}`,
          `${en[0].toUpperCase()}${en.slice(1)} says ${e.year}, but ${ben} says ${year}.${why.en}${fix.en}`),
        range: e.range,
        expected: year,
        actual: e.year,
        related: [
          { range: basis.range, message: bi(`${bzh}：${year} 年`, `${ben}: ${year}`) },
          ...(by === 'signature' && signature ? [{ range: signature.range, message: bi(`落款日期：${year + 1} 年`, `signature date: ${year + 1}`) }] : []),
        ],
      });
    }
    lateSignature(ctx, evidence, year);
  },
};

/**
 * A year-like run before 年 in a title: digits (ASCII or full-width) with letters typed for 0 and 1 (`2O25`, `2l25`),
 * or Chinese numerals (`二〇二〇四`, brk182 #6), where O for 〇 is common and no slip.
 */
const TITLE_YEARLIKE = /(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ〇○零一二三四五六七八九十])[0-9０-９OoＯｏlIｌＩ〇○零一二三四五六七八九]{3,6}(?=\s*年)/g;
const CN_NUMERAL = /[〇○零一二三四五六七八九]/;
const CN_DIGIT = '〇一二三四五六七八九';
/**
 * The digits a run of `TITLE_YEARLIKE` stands for: `yearDigits`' reading (full-width digits, Chinese numerals, O for 〇
 * among them), and a letter typed for 0 or 1 (`2O25`, `2l25`) read as that digit.
 */
const titleDigits = (written: string) => yearDigits(written).replace(/[OoＯｏ]/g, '0').replace(/[lIｌＩ]/g, '1');
/**
 * `year` written in the digits of `written`, the title's garbled year (brk182 #6): in Chinese numerals with its own
 * zero (`二〇二四`, `二零二四`), in full-width digits (`２０２４`), or in ASCII digits.
 */
function inDigitsOf(written: string, year: number): string {
  const y = String(year);
  if (CN_NUMERAL.test(written)) {
    const zero = /[〇○零OoＯｏ0０]/.exec(written)?.[0];
    const z = zero && /[〇○零]/.test(zero) ? zero : '〇';
    return [...y].map((d) => (d === '0' ? z : CN_DIGIT[Number(d)])).join('');
  }
  // Full-width only where no ASCII digit is written beside them.
  return /[0-9]/.test(written) ? y : writeLike(written, year);
}
/**
 * Whether `written` (digits only) is one slip of the keyboard from `year`: a digit added, lost, changed or two
 * neighbours swapped (`20255`, `225`, `2035`, `2205` for 2025).
 */
function oneSlipFrom(written: string, year: string): boolean {
  if (written === year) return true;
  if (written.length === year.length + 1) return [...written].some((_, i) => written.slice(0, i) + written.slice(i + 1) === year);
  if (written.length === year.length - 1) return [...year].some((_, i) => year.slice(0, i) + year.slice(i + 1) === written);
  if (written.length !== year.length) return false;
  const diff = [...written].map((c, i) => (c === year[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && written[diff[0]] === year[diff[1]] && written[diff[1]] === year[diff[0]]);
}

/**
 * The title naming no report year but a garbled one (brk180 #2: `2205年`, `20255年`, `2O25年` with the letter O): a
 * year of other than four digits, with a letter in it, or four digits that are no year of the 1900s or 2000s, that
 * the model cannot read as a year (the title gives no evidence), while the statistics period, the introduction's
 * name of the report or the signature or publication date give the report year `year`. An error on the title's
 * year (templates.md §5.3 X-4). Fixed to `year` only when that is certain: the statistics period or the
 * introduction names `year`, nothing names another, and what is written is `year` with letters for digits or one
 * slip of the keyboard from it; otherwise the reader is asked to write the year.
 */
function garbledTitleYear(ctx: RuleContext, year: number): void {
  const { report } = ctx;
  const title = report.title;
  if (!title || report.yearEvidence.some((e) => e.source === 'title') || !/政府信息公开|政务公开|信息公开/.test(title.text)) return;
  const named = report.yearEvidence.filter((e) => e.source === 'self-reference' || e.source === 'period');
  const dates = report.extras.dates.filter((d) => !d.garbled && plausibleDate(d));
  const basis = named.find((e) => e.year === year) ?? report.yearEvidence.find((e) => e.source === 'signature' && e.year === year);
  const published = dates.find((d) => d.kind === 'published' && d.year - 1 === year);
  if (!basis && !published) return;
  for (let line = title.range.start.line; line <= title.range.end.line; line++) {
    const text = report.lines.line(line);
    const from = line === title.range.start.line ? title.range.start.character : 0;
    const to = line === title.range.end.line ? title.range.end.character : text.length;
    TITLE_YEARLIKE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TITLE_YEARLIKE.exec(text))) {
      if (m.index < from || m.index + m[0].length > to) continue;
      const written = m[0];
      const digits = titleDigits(written);
      // In Chinese numerals, O for 〇 is a usual way of writing (`二O二四`), no letter typed.
      const chinese = CN_NUMERAL.test(written);
      const letters = chinese ? /[lIｌＩ]/.test(written) : /[^0-9０-９]/.test(written);
      if ([...written].filter((c) => /[0-9０-９〇○零一二三四五六七八九]/.test(c)).length < 2) continue;
      // A date in the title (`（20255年1月20日发布）`) is no report year (brk182 #4).
      if (TITLE_DATE_AFTER.test(text.slice(m.index + written.length, m.index + written.length + 24))) continue;
      // Four digits of the 1900s or 2000s are a year the model reads (and year-mismatch compares); others are not.
      if (!letters && digits.length === 4 && /^(?:19|20)/.test(digits)) continue;
      const range = { start: { line, character: m.index }, end: { line, character: m.index + written.length } };
      const certain = named.some((e) => e.year === year) && named.every((e) => e.year === year)
        && report.yearEvidence.every((e) => e.source !== 'signature' || e.year === year) && oneSlipFrom(digits, String(year));
      const [bzh, ben] = basis ? SOURCE[basis.source] : ['发布日期', 'the publication date'];
      const what = letters ? bi('夹有字母，不是年份', 'has a letter in it: no year') : digits.length !== 4 ? bi(`是 ${digits.length} 位数，不是年份`, `has ${digits.length} digits: no year`) : bi('不是可能的报告年度', 'is no possible report year');
      ctx.add({
        message: bi(
          `标题中的“${written}年”${what.zh}，而${bzh}指向 ${year} 年度。标题应写报告年度：是否打错了？${certain ? `可改为“${inDigitsOf(written, year)}”。` : '请改正标题中的年份。'}`,
          `The title's “${written}年” ${what.en}, and ${ben} points to ${year}. The title names the report year: is it a typo? ${certain ? `It can be changed to “${inDigitsOf(written, year)}”.` : "Correct the title's year."}`),
        range,
        expected: year,
        ...(letters ? {} : { actual: Number(digits) }),
        related: basis ? [{ range: basis.range, message: basis.source === 'signature' ? bi(`落款日期：${year + 1} 年`, `the signature date: ${year + 1}`) : bi(`${bzh}：${year} 年`, `${ben}: ${year}`) }] : published ? [{ range: published.range, message: bi(`发布日期：${published.year} 年`, `the publication date: ${published.year}`) }] : [],
        ...(certain ? { fix: { title: bi(`将标题中的年份改为“${inDigitsOf(written, year)}”`, `Change the title's year to “${inDigitsOf(written, year)}”`), edits: [{ range, newText: inDigitsOf(written, year) }] } } : {}),
      });
      return;
    }
  }
}

/**
 * A compiled 汇编's cover title (`柳营市2024年政府信息公开工作年度报告汇编`, above its first report's title) naming another
 * year than `year`, the one the report's own title, introduction or period name (brk144 #8): the reports compiled
 * are of the cover's year. Said on the cover, named as the cover (not as the report's introduction).
 */
function coverYear(ctx: RuleContext, year: number): void {
  const cover = ctx.report.yearEvidence.find((e) => e.source === 'cover');
  if (!cover || cover.year === year) return;
  const basis = (['title', 'self-reference', 'period'] as const).map((src) => ctx.report.yearEvidence.find((e) => e.source === src && e.year === year)).find((e) => e !== undefined);
  if (!basis) return;
  const [zh, en] = SOURCE[cover.source], [bzh, ben] = SOURCE[basis.source];
  ctx.add({
    message: bi(
      `${zh}写的是 ${cover.year} 年，而其下第一份报告的${bzh}为 ${year} 年：汇编中的报告应是同一年度的。请核对封面标题或这份报告的年度。`,
      `${en[0].toUpperCase()}${en.slice(1)} says ${cover.year}, but ${ben} of the first report under it says ${year}: the reports of a compilation are of one year. Check the cover title or this report's year.`),
    range: cover.range,
    expected: year,
    actual: cover.year,
    related: [{ range: basis.range, message: bi(`${bzh}：${year} 年`, `${ben}: ${year}`) }],
  });
}

/**
 * A signature date two years or more after the report year `year` that the title, introduction or period name
 * (`evidence`): the report of year Y is published in Y + 1 (by 31 January or 31 March), so a date of Y + 2 or
 * later means the title and period were left from an older report or the date is wrong. A warning on the date,
 * with the evidence as related locations. (A date in the report year or before it is `date-invalid`'s.)
 */
function lateSignature(ctx: RuleContext, evidence: YearEvidence[], year: number): void {
  const date = ctx.report.extras.dates.find((d) => d.kind === 'signature' && !d.garbled);
  // A date that does not exist (`2027年2月30日`) is date-invalid's, not evidence of a late report.
  // (A date that lost its month or day, `2027年1月日`, is still of its year: date-invalid says what was lost.)
  if (!date || date.year < year + 2 || !plausibleDate(date)) return;
  // One piece of evidence per source, in the order of trust (title, introduction, period).
  const named = (['title', 'self-reference', 'period'] as const).map((src) => evidence.find((e) => e.source === src && e.year === year)).filter((e): e is YearEvidence => e !== undefined);
  if (!named.length) return;
  const zhs = named.map((e) => SOURCE[e.source][0]), ens = named.map((e) => SOURCE[e.source][1]);
  const zh = zhs.length > 1 ? `${zhs.slice(0, -1).join('、')}和${zhs[zhs.length - 1]}` : zhs[0];
  const en = ens.length > 1 ? `${ens.slice(0, -1).join(', ')} and ${ens[ens.length - 1]}` : ens[0];
  ctx.add({
    message: bi(
      `落款日期“${date.raw}”晚于报告年度两年以上：${zh}写的是 ${year} 年度，该年度的报告应在 ${year + 1} 年发布。是${zh}沿用了旧稿（报告若是 ${date.year - 1} 年度的），还是落款日期有误？请统一报告年度。`,
      `The signature date “${date.raw}” is two years or more after the report year: ${en} ${named.length > 1 ? 'say' : 'says'} ${year}, a report published in ${year + 1}. ${named.length > 1 ? 'Were they' : 'Was it'} left from an older report (if the report is for ${date.year - 1}), or is the date wrong? Make the report year consistent.`),
    range: date.range,
    expected: year + 1,
    actual: date.year,
    related: named.map((e) => ({ range: e.range, message: bi(`${SOURCE[e.source][0]}：${year} 年`, `${SOURCE[e.source][1]}: ${year}`) })),
    severity: 'warning',
  });
}

/**
 * A subsection's heading run in with its first sentence, up to the `：` or space that ends it (`（一）主动公开：`,
 * `1.主动公开情况 `): an ordinal, then a short title without a stop, comma or digit.
 */
const RUN_IN_HEADING = String.raw`(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))[^，,。！？；;：:\s\d]{1,20}?(?:[：:]|[^\S\n\r]+)`;
/** A line that opens with a run-in subsection heading (`RUN_IN_HEADING`). */
const RUN_IN = new RegExp(String.raw`^\s*${RUN_IN_HEADING}`);
/** One of the report's counts after a year (`2023年新收…`, `2023年共主动公开…`): what the report says of its own year. */
const COUNT_SOURCE = String.raw`(?:全年|共|累计)?(?:新收|收到|受理|办结|主动公开|公开政府信息|制发|发布)`;
const COUNT_AT = new RegExp(`^${COUNT_SOURCE}`);
/**
 * A verb of the year's work, as a 总体情况 sentence goes on after its subject (`本机关认真贯彻落实…`, `我局坚持…`,
 * `全区各级各部门深入推进…`, `我局在区委、区政府的正确领导下，…`). 在 only as `在…领导下`: not a place (`在门户网站…`).
 */
const WORK_VERB = String.raw`(?:认真|深入|全面|坚持|持续|进一步|紧紧围绕|紧扣|围绕|严格|积极|扎实|不断|按照|始终|聚焦|高度重视|着力|大力|继续|切实|贯彻|落实|主动公开|公开政府信息|新收|收到|受理|办结|共|累计|立足|牢固树立|强化|加强|加大|深化|推进|推动|完善|规范|做好|抓好|健全|建立|组织|开展|召开|举办|制定|制发|印发|出台|发布|编制|更新|优化|提升|依托|结合|对照|根据|依据|统筹|注重|以|把|将|在[^，,。！？；;\n]{0,24}?(?:领导|指导|关心|支持|部署)下)`;
/**
 * A year's sentence going on with a subject and a verb of the year's work, no comma between (`2023年本机关认真贯彻落实…`,
 * `2023年我局…`, `2023年某某区人民政府办公室…`): a short run without a stop, 的 or a quote, then a `WORK_VERB`. Whether
 * the run is the subject (`ownSubject`) is read in the rule; this is what finds the lines.
 */
const SUBJECT_WORK_SOURCE = String.raw`[^，,。！？；;：:的《》“”\s\d]{1,24}?${WORK_VERB}`;
/**
 * The words a report calls its agency or area by, as a sentence's subject: `本机关`, `我局`, `我委`, `本单位`, `全区`,
 * `全市`… (the agency's own name is read from the report, `agencySubjects`).
 */
const OWN_SUBJECT = /^(?:本机关|本行政机关|[本我](?:局|委|办|厅|署|司|院|中心|单位|部门|机关|街道|镇|乡|区|市|县|州|旗|盟|省|公司|学校)|我们|全(?:区|市|县|镇|乡|州|旗|盟|省|街道))/;
/**
 * A verb of the year's work after the subject and a few words (`各级各部门`, `政务公开工作`), with no 的 after it: a
 * verb followed by 的 is a date of something else (`我局印发的《…》`, `我局收到的申请中`).
 */
const AFTER_SUBJECT = new RegExp(String.raw`^[^，,。！？；;：:的《》“”\d]{0,10}?${WORK_VERB}(?!了?的)`);

/**
 * The names the report's agency goes by as a sentence's subject (`某某市某某局`, `某某局`; `淮安市洪泽区人民政府`,
 * `洪泽区人民政府`, `洪泽区政府`, `区政府`), from the name the report gives it (`agencyOf`): the name, and its ends after a
 * place (`市`, `区`…), with `人民政府` also written `政府`. None shorter than two characters, nor a bare `人民政府`.
 */
function agencySubjects(report: Report): string[] {
  const agency = agencyOf(report);
  if (!agency) return [];
  const names = new Set<string>();
  const add = (n: string) => {
    if (n.length >= 2 && !/^(?:人民政府|政府|办公室|办公厅)$/.test(n)) names.add(n);
  };
  for (const name of [agency.name, agency.name.replace(/人民政府/g, '政府')]) {
    add(name);
    for (let k = 1; k < name.length; k++) if (/[省市县区州盟旗]/.test(name[k - 1])) add(name.slice(k));
    // A government's own level (`区政府`, `市政府`).
    const level = /([省市县区州盟旗镇乡])(?:人民)?政府$/.exec(name);
    if (level) add(`${level[1]}政府`);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * Whether `after`, a sentence's text after its year (`本机关认真贯彻落实…`), opens with the report's subject and a verb of
 * the year's work: `OWN_SUBJECT` or one of `names` (`agencySubjects`), then `AFTER_SUBJECT`.
 */
function subjectAtWork(after: string, names: string[]): boolean {
  const own = OWN_SUBJECT.exec(after)?.[0] ?? names.find((n) => after.startsWith(n));
  return own !== undefined && AFTER_SUBJECT.test(after.slice(own.length));
}

/**
 * A sentence that opens with a year and a comma (`2023年，…`, `2023 年度，…`), or with a year and one of the report's
 * counts (`2023年新收政府信息公开申请46件`, `2023年共主动公开…`): what the report says of its own year. The first
 * sentence after a run-in subsection heading opens one too (`（一）主动公开：2023年，本机关主动公开…`, brk182 #7).
 */
const OPENING_YEAR = new RegExp(String.raw`(?:^\s*${RUN_IN_HEADING}|^|[。！？])\s*(${YEAR_SOURCE})\s*年度?\s*(?:[，,]|(?=${COUNT_SOURCE})|(?=${SUBJECT_WORK_SOURCE}))`, 'g');
/** A sentence that compares its figure with an earlier year's (`同比增长17.9%`, `比上年增加7件`): not one that spans years (`以来`). */
const COMPARED_WITH = /相比|同比|比上年|较上年|较去年|比去年|增长|下降|减少|增加|上升|持平|[降减增升](?:至|为|到)|回落/;
/** A sentence that compares or spans years: its opening year is no leftover (`2023年，…；2024年…`, `较上年增长`). */
const COMPARES = /相比|同比|环比|比上年|较上年|较去年|增长|下降|减少|增加|上升|持平|以来|至今/;

/** A section whose sentences `earlierYearOpenings` reads: its title's words, its name, and what makes a sentence a quote. */
interface SectionWords {
  title: RegExp;
  /**
   * The template sections (ids) that are this part in each format: a section titled otherwise is this part when it is
   * classified as one of them (the pre-2019 `一、概述`, `一、主要工作概述`, `六、主要问题和改进措施`: templates.md §2.2).
   */
  ids: string[];
  name: string;
  /** Words that make a sentence about an earlier year a quote of it, not a leftover (none in 总体情况). */
  quotes?: RegExp;
  /**
   * Words of a heading inside the section that make it the part about last year (`（一）上年度存在问题的整改情况`): the
   * sentences under it, up to the next heading, tell of last year on purpose (brk151 #5).
   */
  pastPart?: RegExp;
}
const OVERVIEW: SectionWords = { title: /总体情况/, ids: ['S1', 'P1'], name: '总体情况' };
/**
 * 存在的主要问题及改进情况 (breaker51 #8): a sentence there about an earlier year may say what became of last year's
 * problems and plans (`2023年度报告提出的问题已整改`, `2023年，我局针对……进行了整改`): such a sentence is not one, nor
 * a plan (`2023年，我局将…`: `stalePlans` says that one).
 */
const PROBLEMS: SectionWords = { title: /存在的?主要问题/, ids: ['S5', 'P6'], name: '存在的主要问题及改进情况', quotes: /报告|提出|指出|计划|整改|落实|改进|针对|承诺|上年|去年|上一年|将/, pastPart: /上一?年度?|去年|前一年度?|以往年度/ };

/**
 * The sentences of the section `which` (总体情况, or 存在的主要问题及改进情况) that open with a year before `year` (`2023年，某某市某某局…` in a 2024
 * report): what a report rewritten from last year's often keeps. A sentence that compares years (`相比`, `增长`,
 * or names `year` too) is not one. Read from the section's lines: a line opens a sentence when the line before it
 * ended one (`。！？`) or is a heading; a year after a stop inside a line opens one too.
 */
function earlierYearOpenings(report: Report, year: number, which: SectionWords): { year: number; written: string; range: Range; section: string }[] {
  const section = partOf(report, which);
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
  /** A heading line inside the section: a Markdown or numbered one, or a short ordinal line without a stop (`（一）上年度…`). */
  const subheading = (j: number): boolean => isHeading(j) || (/^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])/.test(lines.line(j)) && lines.line(j).trim().length <= 40 && !/[。！？]/.test(lines.line(j)));
  /** Whether line `i` lies under a heading of the section about last year (`SectionWords.pastPart`). */
  const inPastPart = (i: number): boolean => {
    if (!which.pastPart) return false;
    for (let j = i; j > section.startLine; j--) if (subheading(j)) return which.pastPart.test(lines.line(j));
    return false;
  };
  /** The text of line `i`'s paragraph before column `at` (the lines above it up to a blank line or a heading joined). */
  const paragraphBefore = (i: number, at: number): string => {
    let text = lines.line(i).slice(0, at);
    for (let j = i - 1; j > section.startLine && lines.line(j).trim() && !subheading(j) && !/^\s*\|/.test(lines.line(j)); j--) text = lines.line(j) + text;
    return text;
  };
  /** The text of line `i`'s paragraph from column `at` on (the lines below it down to a blank line or a heading joined). */
  const paragraphAfter = (i: number, at: number): string => {
    let text = lines.line(i).slice(at);
    for (let j = i + 1; j < end && lines.line(j).trim() && !subheading(j) && !/^\s*\|/.test(lines.line(j)); j++) text += lines.line(j);
    return text;
  };
  // (Named as the report titles it when it is the part by its place in the template, `概述`.)
  const name = which.title.test(section.heading.title) ? which.name : section.heading.title.replace(/^[一二三四五六七八九十]+、/, '').replace(/[。；;.]+$/, '').trim() || which.name;
  const out: { year: number; written: string; range: Range; section: string }[] = [];
  let subjects: string[] | undefined;
  // Only the lines with a year, 年 and a comma (found once per version, the unchanged lines' from the last one).
  for (const i of reportLinesWith(report, YEAR_COMMA, yearCommaLines)) {
    if (i <= section.startLine || i >= end) continue;
    const t = lines.line(i);
    let opens: boolean | undefined;
    for (const m of t.matchAll(OPENING_YEAR)) {
      const at = m.index + m[0].indexOf(m[1]);
      // (A run-in heading opens its line's sentence itself, as a heading line does the next line's.)
      if (m.index === 0 && !/^[。！？]/.test(m[0]) && !RUN_IN.test(m[0]) && !(opens ??= opensAt(i))) continue;
      const y = Number(yearDigits(m[1]));
      if (y >= year) continue;
      // Without a comma or a count after it, the year opens the sentence only when the report's subject and a verb of
      // the year's work follow (`2023年本机关认真贯彻落实…`, `2023年我局…`); not a date of something else (`2023年底出台的…`,
      // `2023年同期`, `2023年印发的《…》`, `2023年我局收到的申请中…`).
      const after = t.slice(m.index + m[0].length);
      if (!/[，,]/.test(m[0].slice(m[0].indexOf(m[1]))) && !COUNT_AT.test(after) && !subjectAtWork(after, (subjects ??= agencySubjects(report)))) continue;
      // The sentence: up to its stop on this line (a sentence wrapped over lines is read to the line's end).
      const rest = t.slice(at);
      const stop = rest.search(/[。！？]/);
      const sentence = stop < 0 ? rest : rest.slice(0, stop);
      // (This year named in words too: `2023年，我局出台了…办法，本年度严格执行`, helper-220 #13.)
      if (COMPARES.test(sentence) || sentence.includes(String(year)) || /本年度?|今年/.test(sentence) || which.quotes?.test(sentence)) continue;
      // A sentence after one in its paragraph that compares with that very year goes on with the comparison
      // (`较2023年的40件增加8件；办结47件。2023年新收申请38件。`, brk88 #11): last year's text would compare with the year before.
      const before = t.slice(0, at);
      if (before.includes(m[1]) && COMPARES.test(before)) continue;
      // Nor is one that a sentence right after it compares with, naming the report year (`2023年共收到申请39件。2024年共
      // 收到申请46件，同比增长17.9%。`, brk91 #8): the earlier year's figure is the comparison's base.
      const next = stop < 0 ? '' : rest.slice(stop + 1).split(/[。！？]/)[0];
      if (COMPARED_WITH.test(next) && (next.includes(String(year)) || /本年度?|今年/.test(next))) continue;
      if (inPastPart(i)) continue;
      // (Not a sentence set off by `2023年，`: the opening of a paragraph's text, as a sentence left from last year's report is.)
      if (!/[，,]/.test(m[0].slice(m[0].indexOf(m[1]))) && lastYearFigures(y, year, sentence, paragraphBefore(i, at), paragraphAfter(i, at + sentence.length))) continue;
      const yearEnd = t.indexOf('年', at + m[1].length) + 1;
      out.push({ year: y, written: m[1], range: lines.range(i, at, yearEnd), section: name });
    }
  }
  return out;
}

/** A figure: a number and its unit (`18件`, `3条`, `15.2%`). */
const FIGURE = /\d+(?:\.\d+)?\s*(?:件|条|个|次|人次|项|份|篇|期|场|家|万元|元|%|％)/;
/** The report year named in words (`全年`, `本年度`, `今年`), as a paragraph about it says it. */
const REPORT_YEAR_WORDS = /全年|本年度?|今年|年内/;

/**
 * Whether a sentence opening with `y` (`sentence`, from its year to its stop) in the `year` report gives last
 * year's figures beside the report year's (brk180 #7: `全年办结46件……。2024年办结的18件申请中，予以公开3件、部分公开5
 * 件。结转至2026年继续办理的申请4件` in a 2025 report: a comparison, not a leftover): `y` is the year before, the sentence
 * gives a figure, and its paragraph (`before` it and `after` it) is the report year's: the sentence is not the first
 * of it, and the paragraph names the report year or the next one (`结转至2026年`) as a number, or before the sentence
 * in words (`全年`, `本年度`). A paragraph that opens with an earlier year or names one before last year (`较2022年`
 * in a 2024 report: the comparison of last year's report) is last year's text, the sentence left with it.
 */
function lastYearFigures(y: number, year: number, sentence: string, before: string, after: string): boolean {
  if (y !== year - 1 || !FIGURE.test(sentence)) return false;
  const prior = before.replace(/[。！？\s]+$/, '');
  if (!prior.trim() || !FIGURE.test(prior)) return false;
  const rest = prior + '。' + after;
  const years = [...rest.matchAll(new RegExp(`${YEAR_SOURCE}(?=\\s*年)`, 'g'))].map((m) => Number(yearDigits(m[0])));
  if (years.some((x) => x < year - 1)) return false;
  if (new RegExp(String.raw`^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)])?\s*${YEAR_SOURCE}\s*年`).test(prior) && !years.some((x) => x >= year)) return false;
  return years.some((x) => x === year || x === year + 1) || REPORT_YEAR_WORDS.test(prior);
}

/**
 * The section of `report` that is the part `which`: the first titled with its words (`总体情况`), else the first
 * classified as its template section (the pre-2019 `一、概述` of a pre2019 report, brk159 #5).
 */
function partOf(report: Report, which: SectionWords): Section | undefined {
  const titled = report.sections.find((s) => which.title.test(s.heading.title));
  if (titled || report.format === 'unknown') return titled;
  const sections = templateOf(report.format).sections;
  return report.sections.find((s) => s.heading.canonical >= 0 && which.ids.includes(sections[s.heading.canonical]?.id ?? ''));
}

/** A year, 年 (度) and a comma: the lines `earlierYearOpenings` reads, kept per report version (global: `patternFinder`). */
const YEAR_COMMA = new RegExp(String.raw`${YEAR_SOURCE}[^\S\n\r]*年度?[^\S\n\r]*(?:[，,]|${COUNT_SOURCE}|${SUBJECT_WORK_SOURCE})`, 'g');
const yearCommaLines = new WeakMap<Report, number[]>();

/**
 * A plan: a year, 年 (度), a comma or a short subject (`我局`, `我们`), then 将 and what a plan says next (`进一步`,
 * `继续`, `加强`, `增加`, `把`…). 将 before a noun is the disposal 将 (`2024年将政务公开纳入考核`: what was done), not
 * a plan, and is not matched. Group 1 the year.
 */
const PLAN = /((?:19|20)\d{2})[^\S\n\r]*年度?[^\S\n\r]*[，,]?[^，,。！？；;\d\s]{0,8}?将(?:要|会)?(?:进一步|继续|持续|加强|加大|加快|着力|重点|不断|全面|深入|积极|切实|严格|坚持|推进|推动|完善|提升|提高|强化|优化|做好|抓好|增加|增设|建立|健全|扩大|探索|聚焦|采取|围绕|按照|结合|把|大力|努力|认真|紧紧|始终|力争|于)/g;
/** Before the year: the plan is quoted (last year's plan and what became of it), not made (`原计划2024年将…`). */
const QUOTED_PLAN = /计划|提出|承诺|原定|曾|要求|部署|报告/;
const planLines = new WeakMap<Report, number[]>();
/**
 * A plan with the year after its verb: `将于2024年底前…`, `计划在2024年…`, `力争2024年内…` (helper-218 #15). Group 1 the
 * year. (`已于2024年底前完成` is what was done: no plan word; `将2020年创刊以来的…公报…入库` is the disposal 将, which
 * takes no 于, 在 or 到.)
 */
const PLAN_AT = /(?:将(?:要|会)?(?:于|在|到)|(?:拟|计划|力争|争取)(?:于|在|到)?)[^\S\n\r]*((?:19|20)\d{2})[^\S\n\r]*年(?:底|末|年底|年内|内|上半年|下半年|第[一二三四]季度|(?:[1-9]|1[0-2])月)?(?:前|之前|以前)?/g;
/** Before a `PLAN_AT` plan in its sentence: the plan is quoted (last year's plan and what became of it), not made. */
const QUOTED_PLAN_AT = /原|曾|上年|去年|上一年|提出|承诺|部署/;
const planAtLines = new WeakMap<Report, number[]>();

/**
 * The plans in the 存在的主要问题及改进情况 section(s) (`五、` of the 2019/2021 formats, `六、` before; also a split
 * `改进工作措施` section) for `year` or earlier: the report of `year` is published in `year + 1`, so its plan is for
 * `year + 1`, and a plan for `year` was left from last year's report (breaker50 #12). `raw` is the matched text up to
 * 将; `range` covers the year (0-based lines, UTF-16 columns). A plan quoted from last year (`原计划2024年将…`,
 * `上年报告提出…`) is not one.
 */
function stalePlans(report: Report, year: number): { year: number; raw: string; range: Range }[] {
  const sections = report.sections.filter((s) => /存在.{0,6}问题|改进|下一?步|打算/.test(s.heading.title));
  if (!sections.length) return [];
  const { lines } = report;
  const out: { year: number; raw: string; range: Range }[] = [];
  // The year before 将 (`2024年将…`: written up to 将) or after the verb (`将于2024年底前…`: written whole).
  const kinds = [
    { re: PLAN, found: planLines, quoted: QUOTED_PLAN, raw: (m: RegExpMatchArray) => m[0].slice(0, m[0].lastIndexOf('将') + 1) },
    { re: PLAN_AT, found: planAtLines, quoted: QUOTED_PLAN_AT, raw: (m: RegExpMatchArray) => m[0] },
  ];
  for (const kind of kinds) {
    for (const i of reportLinesWith(report, kind.re, kind.found)) {
      if (!sections.some((s) => i > s.startLine && i < Math.min(s.endLine, lines.lineCount))) continue;
      const t = lines.line(i);
      for (const m of t.matchAll(kind.re)) {
        const y = Number(m[1]);
        if (y > year) continue;
        // The sentence before the plan, on this line.
        const before = t.slice(0, m.index);
        const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('；'));
        if (kind.quoted.test(before.slice(stop + 1))) continue;
        const at = m.index! + m[0].indexOf(m[1]);
        // (A line matched by both patterns, `2024年将于…`, is one plan.)
        if (out.some((o) => o.range.start.line === i && o.range.start.character <= at && o.range.end.character > at)) continue;
        out.push({ year: y, raw: `${kind.raw(m)}……`, range: lines.range(i, at, t.indexOf('年', at) + 1) });
      }
    }
  }
  return out;
}

/** What a phrase of `staleYearPhrases` should say in a report of `year` (message parts, zh and en). */
const STALE_SAYS: Record<StalePhrase['kind'], (year: number) => [string, string]> = {
  'carry-to': (y) => [`结转下年度的申请应写结转至 ${y + 1} 年。`, `applications carried over go on in ${y + 1}.`],
  'cut-off': (y) => [`本年度的数字截至 ${y} 年 12 月 31 日。`, `this year's figures run to 31 December ${y}.`],
  'carried-from': (y) => [`上年结转的申请是 ${y - 1} 年结转的。`, `the applications carried over came from ${y - 1}.`],
  'self-name': (y) => [`报告在正文中称呼自己时也应写 ${y} 年度。`, `where the body names the report itself it should say ${y} too.`],
};

/** A year in a phrase about the applications carried over or the year's cut-off (`staleYearPhrases`). */
interface StalePhrase {
  kind: 'carry-to' | 'cut-off' | 'carried-from' | 'self-name';
  year: number;
  expected: number;
  raw: string;
  range: Range;
}

/**
 * The years of a report rewritten from an older one (helper-210 #6), in a report of `year` (Y):
 * - `carry-to`: applications carried over to Y or earlier (`1件结转至2024年继续办理`, `转入2024年办理` in a 2024
 *   report: they go on in Y + 1), unless a year opens the clause before (`2023年结转至2024年的2件`: last year's, carried
 *   into this one) or the phrase is in clauses about the year before the one it names (`2023年，…，结转至2024年继续
 *   办理5件`: that year's applications);
 * - `cut-off`: a year's end before Y (`截至2023年12月31日，已办结47件`) in a sentence that counts applications or
 *   disclosures, neither naming Y nor comparing years (`较`, `同比`…);
 * - `carried-from`: applications carried over from before Y − 1 (`含2022年结转2件` in a 2024 report: 上年结转 is Y − 1's),
 *   unless in clauses about the year after the one it names (`2023年，受理申请40件（含2022年结转2件）`).
 * Offsets: 0-based lines, UTF-16 columns; `range` covers the phrase's year.
 */
function staleYearPhrases(report: Report, year: number): StalePhrase[] {
  const { lines } = report;
  const out: StalePhrase[] = [];
  for (const i of reportLinesWith(report, STALE_YEAR, staleYearLines)) {
    const t = lines.line(i);
    for (const m of t.matchAll(STALE_YEAR)) {
      const g = m.groups!;
      const y = Number(g.to ?? g.cut ?? g.from);
      const yearAt = m.index + m[0].indexOf(String(y));
      const clauseStart = lastIndexOfAny(t, '，,；;。！？', m.index, 0);
      // The sentence on this line (one wrapped over lines: this line's part).
      const [from, to] = [sentenceStart(t, m.index), sentenceEnd(t, m.index)];
      const sentence = t.slice(from, to);
      // The year a clause before it scopes the phrase to, as prose-table reads it (`2022年，县政府新收申请103件，结转至
      // 2023年继续办理5件` in a 2023 report: that year's carry-over, into 2023; brk111 #3).
      const scoped = clauseOtherYear(t, from, to, m.index, year);
      let kind: StalePhrase['kind'], expected: number;
      if (g.to !== undefined) {
        if (y > year || /(?:19|20)\d{2}\s*年/.test(t.slice(clauseStart, m.index)) || (scoped != null && y === scoped + 1)) continue;
        [kind, expected] = ['carry-to', year + 1];
      } else if (g.cut !== undefined) {
        if (y >= year || sentence.includes(String(year)) || COMPARES.test(sentence) || !/申请|办结|受理|答复|公开/.test(sentence)) continue;
        [kind, expected] = ['cut-off', year];
      } else {
        if (y >= year - 1 || (scoped != null && y === scoped - 1)) continue;
        [kind, expected] = ['carried-from', year - 1];
      }
      out.push({ kind, year: y, expected, raw: m[0], range: lines.range(i, yearAt, yearAt + 4) });
    }
  }
  // The body naming the report itself by another year's name (`本报告为2023年度政府信息公开工作年度报告`, `以上为某某局2023年度
  // 政府信息公开工作年度报告全文` in 五 or 六 of a 2024 report; helper-212 #10): the introduction's name is the model's
  // evidence (`yearEvidence`), so only a name elsewhere is read here.
  for (const i of reportLinesWith(report, SELF_NAME, selfNameLines)) {
    const t = lines.line(i);
    for (const m of t.matchAll(SELF_NAME)) {
      const y = Number(m.groups!.y);
      if (y === year) continue;
      const yearAt = m.index + m[0].lastIndexOf(m.groups!.y);
      if (report.yearEvidence.some((e) => e.range.start.line <= i && i <= e.range.end.line)) continue;
      // Another year's report cited (`以上为2023年度…报告中提出的问题`) is no name of this one.
      if (/^[^。；;，,]{0,4}?(?:中|提出|所列|列出|指出|相比|一致|相同)/.test(t.slice(m.index + m[0].length))) continue;
      out.push({ kind: 'self-name', year: y, expected: year, raw: m[0], range: lines.range(i, yearAt, yearAt + 4) });
    }
  }
  return out;
}

/**
 * The body naming the report itself (`staleYearPhrases`): `本报告为…`, `以上为…`, `本年报是…` then its year (group `y`) and
 * the words of its name, up to 报告 (`本报告为2023年度政府信息公开工作年度报告`, `以上是某某局2023年政府信息公开工作年度报告`).
 */
const SELF_NAME = /(?:本报告|本年报|本年度报告|以上|上述内容)(?:即|为|是|系)[^。；;，,\n]{0,30}?(?<y>(?:19|20)\d{2})\s*年度?[^。；;，,\n]{0,16}?政府信息公开[^。；;，,\n]{0,8}?报告/g;
const selfNameLines = new WeakMap<Report, number[]>();

/**
 * The phrases `staleYearPhrases` reads: carried over to a year (`结转至2025年继续办理`, `转入2025年办理`), a year's end
 * (`截至2024年12月31日`), carried over from a year (`2023年结转`, not `2023年结转至…` or `…结转下年度`).
 */
const STALE_YEAR = /(?:结转|转入|转至|顺延)(?:至|到)?[^\S\n\r]*(?<to>(?:19|20)\d{2})[^\S\n\r]*年度?(?:继续)?(?:办理|处理|答复)|截[至止]到?[^\S\n\r]*(?<cut>(?:19|20)\d{2})[^\S\n\r]*年[^\S\n\r]*12[^\S\n\r]*月[^\S\n\r]*31[^\S\n\r]*日|(?<from>(?:19|20)\d{2})[^\S\n\r]*年度?(?:的)?结转(?![至到下])/g;
const staleYearLines = new WeakMap<Report, number[]>();
