import type { Rule } from './rule.js';
import type { Bilingual } from '../types.js';
import { eachInParagraphs, numbersIn, sentenceEnd, type NumberToken, type Paragraph } from '../prose/text.js';
import { bi } from './util.js';
import { percentFits } from './prose-percent.js';
import { claimsPerParagraph, type ParagraphClaims } from '../prose/anchors.js';
import { Quantities, type Quantity } from '../prose/quantities.js';

/**
 * Last year, or a year, named as what a count is compared with (`上年`, `2023年度`, `上年（2023年）`: brk115 #8). Which year a
 * year is matters when the change is checked against last year's report (`Change.year`).
 */
const PRIOR = String.raw`(?:(?:上年|去年|上一年度?|上年度)(?:[（(](?:19|20)\d{2}\s*年度?[）)])?|(?:19|20)\d{2}\s*年度?)`;
/**
 * What the count is, named again bare between it and its comparison (`46件，数量较上年增加9件`, `，申请量同比增长15%`:
 * brk116 #8). `申请量` / `申请数量` name the applications: the count must be one of them (`Change.named`).
 */
const NAMED = String.raw`(?:申请数量|申请量|数量)?`;
/** `申请量` / `申请数量` in the words between a count and its change, before or after the comparison (see `NAMED`). */
const NAMES_APPLICATIONS = /^[，,]?(?:申请数量|申请量)|(?:相比|相较|同比|年度?|同期)[，,]?(?:申请数量|申请量)/;
/** A year written in a comparison (`较2022年`, `比上年（2023年）`). */
const YEAR_IN = /((?:19|20)\d{2})\s*年/;

/** Units of counts (not rates, years or dates). */
const NOT_COUNTS = new Set(['', '%', '‰', '年', '月', '日', '号', '倍', '余', '多']);
/** Units of the parts of a date (`2024年12月31日`). */
const DATE_UNITS = new Set(['年', '月', '日', '号']);

/**
 * Right before a base count (`比2023年的40件`, `较上年同期的40件`, `与上年的40件相比`): the comparison and the earlier year.
 * Not `同比` alone, which names no count.
 */
// Also last year's count as a clause of its own after this year's (`46件，上年为40件，增长20%`, `46件，2023年为40件，同比增长
// 20%`: `stated`), and the base of a multiple (`46件，是上年（20件）的2.3倍`, `是2023年20件的2.3倍`: `ratio`), brk141 #9.
const COMPARED_WITH = /(?:比|较|与|相比|相较)(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:同期)?(?:的)?$|(?<aside>[（(])(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:同期)?(?:为|是)?$|(?:比|较|与)(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:同期)?(?<bracketed>[（(])$|(?<stated>[，,])(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:同期)?(?:为|是|共)?$|(?<ratio>[，,]?(?:是|为|相当于))(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:同期)?(?:的)?[（(]?$/;
/** After the base count: the change's direction (`增加`, `减少`, `增长`, `下降`…), then its amount. */
const CHANGE_AFTER = /^(?:相比|相较|比较)?[，,]?(?:共)?(增加|增长|上升|多|减少|下降|降低|少)(?:了)?$/;
/**
 * After last year's count as a clause of its own (`46件，上年为40件，增长20%`, `，2023年为40件，同比增长20%`): a comma, then the
 * direction, with the comparison or the size's name (`增幅`) at most (brk141 #9).
 */
const CHANGE_AFTER_STATED = new RegExp(String.raw`^[，,](?:同比|环比|(?:比|较)${PRIOR}(?:同期)?)?(增加|增长|上升|提高|减少|下降|降低|增幅|降幅|减幅)(?:了)?(?:率|幅度)?(?:为|是|达)?$`);
/**
 * After last year's count, a direction with no figure to the clause's end (`较上年的50件有所增加`, `（上年40件），有所减少`):
 * the direction must be the two counts' (brk141 #9).
 */
const VAGUE_AFTER = /^[）)]?[，,]?(?:同比|相比|相较)?(?:有所|略有|明显|大幅度?|显著|稳步|小幅)(增加|增长|上升|提高|减少|下降|降低)(?:了)?(?=$|[，,；;。！？!?])/;
/** After the base of a multiple (`是上年（20件）的2.3倍`, `是上年20件的2.3倍`): up to the multiple (brk141 #9). */
const RATIO_AFTER = /^[）)]?的$/;
/** After a base count in brackets (`46件（2023年40件），同比增长15%`): the bracket's close, then the direction. */
// (Or within the bracket, `46件（上年40件，增长15%）`: brk169 #2.)
const CHANGE_AFTER_ASIDE = /^(?:[）)][，,]?|[，,])(?:同比|较上年|比上年)?(增加|增长|上升|减少|下降|降低)(?:了)?$/;
/** Between a change's amount and a rate after it (`增加6件，增长15%`, `，同比增长15%`). */
// (`增幅为25%`, `降幅15%`: a rate too, brk115 #8.)
const RATE_AFTER = /^[，,（(]?(?:同比|环比)?(增加|增长|上升|提高|减少|下降|降低|增幅|降幅|减幅)(?:了)?(?:率|幅度)?(?:为|是|达)?$/;
/** Between a rate and the amount after it (`较上年增长15%，增加6件`, `同比增长15%，较上年增加7件`: brk115 #8). */
const AMOUNT_AFTER = new RegExp(String.raw`^[，,]?${NAMED}(?:同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)?(增加|增长|上升|多|减少|下降|降低|少)(?:了)?$`);
/**
 * Between this year's count and a change against last year without its base (`46件，较上年增加6件`, `，比2023年减少88条`,
 * `46件，与上年相比，申请数量增加9件`: what the count is may be named again after the comparison too).
 */
// (`增幅`, `降幅`: before a rate only.)
const CHANGE_WITHOUT_BASE = new RegExp(String.raw`^[，,]?${NAMED}(?:同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)${NAMED}(增加|增长|上升|多|减少|下降|降低|少|增幅|降幅|减幅)(?:了)?(?:率|幅度)?(?:为|是|达)?$`);
/**
 * Between this year's count and a rate with no comparison (`46件，增长15%，较上年增加6件`): the rate is last year's when
 * the amount right after it names the comparison (brk121 #9), as with `同比` before it; alone it names no year.
 */
const BARE_RATE = new RegExp(String.raw`^[，,]?${NAMED}(增加|增长|上升|提高|减少|下降|降低|增幅|降幅|减幅)(?:了)?(?:率|幅度)?(?:为|是|达)?$`);
/**
 * Between this year's count and an amount with no comparison (`46件，增加6件，较上年增长15%`): the amount is last year's
 * when the rate right after it names the comparison (`RATE_AFTER_COMPARED`), as a bare rate is before an amount that
 * names it (`BARE_RATE`; fixA #4); alone it names no year.
 */
const BARE_AMOUNT = new RegExp(String.raw`^[，,]?${NAMED}(增加|增长|上升|多|减少|下降|降低|少)(?:了)?$`);
/** Between a bare amount and a rate after it that names the comparison (`增加6件，较上年增长15%`, `，同比增长15%`). */
const RATE_AFTER_COMPARED = new RegExp(String.raw`^[，,（(]?${NAMED}(?:同比|环比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)(增加|增长|上升|提高|减少|下降|降低|增幅|降幅|减幅)(?:了)?(?:率|幅度)?(?:为|是|达)?$`);
/**
 * Between this year's count and a rate named as the change's size after a comparison without a figure (`46件，较上年有所增长，
 * 增幅为15%`): the rate is against last year (brk128 #6). The direction before must be the size's (`增长…增幅`, `下降…降幅`).
 */
const AMPLITUDE_AFTER_CHANGE = new RegExp(String.raw`^[，,]?${NAMED}(?:同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)${NAMED}(?:有所|略有|明显|大幅度?|显著|稳步)?(增加|增长|上升|减少|下降|降低)(?:了)?[，,](?<size>增幅|降幅|减幅)(?:为|是|达)?$`);
/**
 * Between a count and the next of its unit that is the count's change, not another year's count (`46件，较去年增加6件`,
 * `312条，新增12条`): that one is no count a change after it is of (brk95 #1: `…增加6件，同比增长15%（2023年为40件）` read 6
 * against 40).
 */
const AMOUNT_BEFORE = new RegExp(String.raw`^[，,]?${NAMED}(?:同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)?${NAMED}(?:新增|增加|增长|上升|多|减少|下降|降低|少)(?:了)?$`);
/**
 * A sentence that starts with a change of the applications named as its subject (`与上年相比，申请数量增加9件`,
 * `申请量较上年下降15%`), up to its amount or rate: the count is the previous sentence's (`全年新收政府信息公开申请46件。`).
 * A comparison must be written, before or after `申请数量`.
 */
const LEADING_CHANGE = new RegExp(String.raw`^(?:(?<before>与${PRIOR}(?:同期)?(?:相比|相较)|同比|(?:比|较)${PRIOR}(?:同期)?)[，,]?)?(?:申请数量|申请量)(?<after>同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)?(增加|增长|上升|多|减少|下降|降低|少)(?:了)?$`);
/**
 * After the last of several counts, the comparison and 分别, up to the first change (`新收46件，办结47件，分别同比增长9.5%、
 * 20%`, `，同比分别增加6件、7件`, `，较上年分别为增加6件、持平`): a comparison must be written (brk128 #3). The changes
 * follow (`RESPECTIVE_ITEM`), one per count in the same order.
 */
const RESPECTIVE = new RegExp(String.raw`^[，,]?(?:分别(?:为|是)?(?<c1>同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)|(?<c2>同比|(?:比|较|与)${PRIOR}(?:同期)?(?:相比|相较)?[，,]?)分别(?:为|是)?)`);
/**
 * One change of a `RESPECTIVE` list, up to its number: its own direction (`同比分别减少3件、增加3件`; after the first, each
 * one's or none's, `分别增加6件、7件`), or no change (`、持平`, `、与上年持平`).
 */
const RESPECTIVE_ITEM = /^(?:(?<dir>增加|增长|上升|提高|多|减少|下降|降低|少)(?:了)?(?:率|幅度)?(?:为|是|达)?|(?<flat>(?:与上年)?(?:持平|相同|没有变化|无变化|不变))(?=$|[、，,和及；;。）)]))/;
/** Between two changes of `RESPECTIVE`. */
const RESPECTIVE_JOIN = /^[、，,和及]/;
/** Right after a change, what it is of: the new applications (`较上年增加18件（按新收计）`, `（按新收申请计算）`). */
const AS_NEW = /^[（(](?:按|以|按照)(?:本年度?)?新收(?:的)?(?:申请)?(?:数|数量|件数)?(?:计|计算|统计)?[）)]/;
/** Last year's count in brackets after a change (`增长20%（上年为1300件）`, `（2023年为240条）`). */
const BASE_IN_BRACKETS = /^[）)]?[，,]?[（(](?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}年度?)(?:同期)?(?:为|是|共|：|:)?$/;
const UP = /增加|增长|上升|提高|多|增幅/;
/**
 * Between this year's count and a statement that it did not change (`46件，与上年持平`, `，同比持平`, `，与2023年相同`),
 * up to the clause's end. Not `基本持平`, `略有增加`: those allow a change.
 */
// (Last year's count may be written in brackets after the comparison, `与上年（40件）持平`: then checked against it, and
// it against last year's report, brk128 #5.)
const FLAT = new RegExp(String.raw`^[，,]?${NAMED}(?:同比|(?:比|较|与|同)${PRIOR}(?:同期)?(?<base>[（(](?:为|是|共)?\d+(?:\.\d+)?[^（）()\d，,。；;]{0,3}[）)])?(?:相比|相较)?[，,]?)(?:数量|件数)?(?<word>持平|相同|一致|相等|没有变化|无变化)(?=$|[，,；;。）)])`);

/** One change stated with both its counts (`46件，比2023年的40件增加6件，增长15%`), as read. */
interface Change {
  /**
   * The year's count, the earlier base (written, or `derived` from the count and the amount: `46件，较上年增加6件` has a
   * base of 40), the change's amount (a count, absent when only a rate is written), and the rate.
   */
  count: NumberToken;
  base: NumberToken;
  derived?: true;
  /**
   * A rate with neither last year's count nor the amount written (`新收46件，同比增长25%`), or an amount with neither last
   * year's count nor a rate (`46件，较上年减少6件`, `与上年持平`: brk112 #3): `base` is the count itself, a placeholder;
   * last year's count is the table's in last year's report, when the check has one (brk99 #1).
   */
  lastYear?: true;
  amount?: NumberToken;
  rate?: NumberToken;
  /**
   * A multiple (`较上年的20件增长1.3倍`, `是上年（20件）的2.3倍`): with `ratio`, this year's count over last year's; without
   * it (`增长X倍`), the growth over last year's, or, as many write it loosely, the ratio: either reading holds (brk141 #9).
   */
  times?: NumberToken;
  ratio?: true;
  /**
   * `与上年持平`, `同比持平`: no change (`amount` is a token of value 0 over the words, not a number written in the text);
   * against last year's report only (`lastYear`).
   */
  flat?: true;
  /**
   * The year the comparison names (`较2022年增加10件`, `比上年（2023年）增加9件`), when it names one: checked against last
   * year's report only when it is the year before the report's (brk115 #2).
   */
  year?: number;
  /**
   * The sentence's first count of the same unit, when it comes before `count` (`新收46件，上年结转2件，同比增加6件`,
   * `…48件，其中本年新收46件、上年结转2件，同比增加8件`): `count` may be a part listed after the sentence's subject,
   * which the change is of (brk115 #3, brk121 #9).
   */
  subject?: NumberToken;
  /**
   * The count named again between it and the comparison as `申请量` / `申请数量` (`收到申请46件，申请量较上年增加9件`): the
   * change is of the applications, so it is read only when the count is an application count (brk116 #8).
   */
  named?: true;
  /**
   * The change is said to be of the new applications (`428件（含上年结转30件），较上年增加18件（按新收计）`): checked as
   * 新收's in both years, whatever this year's count is of (brk125 #5).
   */
  asNew?: true;
  /**
   * One of several counts whose changes follow in order after 分别 (`新收46件、办结47件，同比分别减少3件、增加3件`): the
   * count is a term of the list, a figure of its own (brk128 #3).
   */
  listed?: true;
  /**
   * No count of this year is written before the comparison (`收到申请数较上年的40件增加9件，增长25%`, `countless`): `count`
   * is a placeholder, and only the rate is checked, against the amount over last year's count (brk158 #3).
   */
  countless?: true;
  /** Whether the words say it rose (增加, 增长) rather than fell. */
  up: boolean;
  /** Where the comparison starts (`比`), for the message's quote. */
  from: number;
  to: number;
}

/**
 * The name of quantity `q` (`id` when it cannot be read) for a message that says which year each figure is
 * (`新收申请本年为 46，上年（2023 年度）报告中为 40`): without the 本年 its table label may hold (`本年新收申请`, 表二's
 * `本年处理决定数量`), which the message says already, and of both years (brk117 #6: `本年行政许可本年处理决定数量为
 * 1318`); 表二's row and column joined by 的 (`行政许可的处理决定数量`, `行政事业性收费的收费金额（单位：万元）`).
 */
function yearless(q: Quantity | null, id: string): Bilingual {
  const label = q?.label ?? bi(id, id);
  const [row, column] = q?.table === 't2' && q.cells.length === 1 ? q.cells[0].label.split('·') : [];
  const zh = column !== undefined ? `${row}的${column}` : label.zh;
  return { zh: zh.replace(/本年/g, ''), en: label.en.replace(/\s*本年/g, ' ').trim() };
}

/** `a − b` without binary fractions' noise (`536.2 − 412.6` is 123.6, not 123.60000000000002: amounts in 万元, brk125 #7). */
function minus(a: number, b: number): number {
  return Math.round((a - b) * 1e6) / 1e6;
}

/** Whether `part / whole` is the multiple `x` as written (`2.3倍`: rounded or truncated at its precision, as rates are). */
function timesFits(part: number, whole: number, x: NumberToken): boolean {
  return percentFits(part, whole * 100, x.value, x.decimals);
}

/** A number as the text writes it, its decimals kept (`30.0`, not `30`: brk125 #7). */
function asWritten(n: NumberToken): string {
  return n.value.toFixed(n.decimals);
}

/** A count's change as a message says it ought to be written: `增加 6件` / `up 6`, `减少 3件`, `与上年持平` / `unchanged`. */
function amountWords(change: number, unit: string): Bilingual {
  return change === 0 ? bi('与上年持平', 'unchanged') : bi(`${change > 0 ? '增加' : '减少'} ${Math.abs(change)}${unit}`, `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`);
}

/** The changes a message says either may be (one per reading of the count): `A或B` / `A or B`. */
function eitherOf(xs: readonly Bilingual[]): Bilingual {
  return bi(xs.map((x) => x.zh).join('或'), xs.map((x) => x.en).join(' or '));
}

/**
 * A change against another year whose counts are both written (helper-210 #8): `全年新收政府信息公开申请46件，比2023年的40件
 * 增加6件，增长15%` — the amount (46 − 40 = 6) and the rate (6 / 40 = 15%, at the precision written, as prose-percent reads
 * rates) follow from them. A rate or an amount without the base count (`同比增长15%`, `较上年减少6件`, `与上年持平`) is
 * checked against last year's report's table when the check has one (`Change.lastYear`).
 */
export const proseChange: Rule = {
  meta: {
    id: 'prose-change',
    category: 'prose',
    defaultSeverity: 'warning',
    fixable: false,
    usesLastYear: 'also',
    readsProse: true,
    description: bi('与上年相比的增减数或增长率算不出来', 'A change against last year does not follow from the two counts'),
    rationale: bi(
      '正文把本年的数与上年的数写在同一句里时（“全年新收政府信息公开申请46件，比2023年的40件增加6件，增长15%”“……46件，较上年同期的40件增长15%”），增减的件数等于两数之差，增长率（下降率）等于差除以上年的数（按所写的小数位数四舍五入或截断，如 prose-percent）；“增加”而本年的数反而小（或“减少”而更大）也是写错了。只核对上年的数紧跟在“比（较）上年（2023年）的”之后、本年的数就在它前面（中间至多一个逗号）的说法，上年的数写在括号里的（“比上年增长20%（上年为1300件）”“较上年（40件）增加6件”“46件（上年40件），增长15%”，整个比较写在数后括号里的“46件（较上年的40件增加6件）”“46件（上年40件，增长15%）”也是）或另成一个分句的（“46件，上年为40件，增长15%”“46件，2023年为40件，同比增长15%”），倍数（“较上年的20件增长1.3倍”指增加的部分是上年的 1.3 倍，“是上年（20件）的2.3倍”指本年是上年的 2.3 倍；“增长X倍”也常被用来指“是上年的X倍”，两种读法有一种相符即不报告），比较之前没有写本年的数、而上年的数、增减数和增长率都写出的（“收到申请数较上年的40件增加9件，增长25%”）只核对增长率是否等于增减数除以上年的数，上年的数之后只写“有所增加”“略有下降”等方向的（“较上年的50件有所增加”）只核对方向，以及同时写出增减数和增长率的（“较上年增加6件，增长15%”，比较只写在增减数前的“增长15%，较上年增加6件”，只写在增长率前的“增加6件，较上年增长15%”也是：上年为本年的数减去增加数；有上年度报告且能确定上年的数时，两者都按上年报告核对，消息写明哪个数错了）；本年的数与比较之间或比较之后可再写“数量”“申请量”“申请数量”（“46件，数量较上年增加6件”“46件，与上年相比，申请数量增加6件”；后两者只用于申请数；以“申请数量”“申请量”为主语、写明与上年比较的下一句，如“全年新收政府信息公开申请46件。与上年相比，申请数量增加6件。”，按前一句的第一个件数读）；只写“同比增长15%”或“较上年减少6件”“与上年持平”而没有写出上年的数的，有上年度报告（同一文件夹中找到的，或用 --previous 指定的）时，按上年报告表格中同一个数核对（本年的数须与本年表格一致）；“收到”“受理”可指本年新收，也可指本年新收与上年结转之和，按本年表格中与正文相同的那一个读，两者本年都相同时须上年也相同，否则无从确定，不报告（消息写明按哪个数读）；与更早的年份相比的（2024年度报告中的“较2022年增加10件”）不按上年报告核对；跟在所列的上年结转之后的增减（“新收46件，上年结转2件，同比增加6件”）说的是句子的主语，不按上年结转核对，而按新收、新收与上年结转之和两种读法核对，两者都不符才报告（消息写明每种读法的数）；没有上年度报告时无从核对，不报告。句中写出的上年的数（“较上年的40件增加6件”“较上年（40件）增加6件”“同比增加6件（上年为40件）”“与上年（40件）持平”），有上年度报告且能确定上年的数时也按上年报告核对，不符时指出应为多少；“与上年（40件）持平”而本年的数不同也报告；一句中的每个增减都核对（“新收46件，同比增长9.5%；办结47件，同比增长20%”），“新收46件，办结47件，分别同比增长9.5%、20%”按顺序逐个核对（“新收46件、办结47件，同比分别减少3件、增加3件”“较上年分别为增加6件、持平”“新收46件和办结47件，较上年分别增加6件和3件”也是：每个增减可以各写方向，也可以是“持平”，三项以上同样；只在分句中前面的数与增减个数相同时核对，不同时看不出哪个增减是哪个数的，不核对）；“增幅15%”“较上年有所增长，增幅为15%”同“同比增长15%”；数后说明含上年结转的括号（“428件（含上年结转30件），较上年增加19件”）不隔断数与增减，增减后写明“（按新收计）”的按两年的新收核对。不提供自动修复：不知道错的是哪个数。',
      'When the prose writes this year\'s count and last year\'s in one sentence (全年新收政府信息公开申请46件，比2023年的40件增加6件，增长15%; …46件，较上年同期的40件增长15%), the change is their difference, and the rate is the difference over last year\'s count (rounded or truncated at the precision written, as prose-percent reads rates); 增加 with this year\'s count smaller (or 减少 with it larger) is wrong too. Only a last year\'s count right after 比 (较) 上年 (2023年) 的, with this year\'s count right before it (a comma at most between), is read, or one in brackets (比上年增长20%（上年为1300件）, 较上年（40件）增加6件, 46件（上年40件），增长15%, and the whole comparison in brackets after the count, 46件（较上年的40件增加6件）, 46件（上年40件，增长15%）) or in a clause of its own (46件，上年为40件，增长15%; 46件，2023年为40件，同比增长15%), a multiple (较上年的20件增长1.3倍: the rise is 1.3 times last year\'s; 是上年（20件）的2.3倍: this year\'s is 2.3 times last year\'s; 增长X倍 is often written for X times last year\'s too, so it is said only when it fits neither reading), a comparison with no count of this year before it whose last year\'s count, amount and rate are all written (收到申请数较上年的40件增加9件，增长25%: only the rate is checked, as the amount over last year\'s count), a direction alone after last year\'s count (较上年的50件有所增加: its direction only), or a change given as both an amount and a rate (较上年增加6件，增长15%, also 增长15%，较上年增加6件 with the comparison before the amount only, and 增加6件，较上年增长15% with it before the rate only: last year\'s is this year\'s less the amount; with last year\'s report and its figure known, both are checked against it and the message names each that is wrong); 数量, 申请量 or 申请数量 may stand between this year\'s count and the comparison or after the comparison (46件，数量较上年增加6件; 46件，与上年相比，申请数量增加6件; the last two after an application count only; a next sentence whose subject is 申请数量 or 申请量, compared with last year, as in 全年新收政府信息公开申请46件。与上年相比，申请数量增加6件。, is of the first count in 件 of the sentence before); a rate or a count of change without last year\'s count (同比增长15%, 较上年减少6件, 与上年持平) is checked against the same figure in last year\'s table when the check has last year\'s report (found beside the file, or --previous; this year\'s count agreeing with this year\'s table); 收到 and 受理 may mean 新收 or 新收 plus 上年结转, and are read as the one this year\'s table agrees with (when both agree, last year\'s two must agree too, else nothing is said; the message names the reading); a comparison with an earlier year than last (较2022年增加10件 in the 2024 report) is not checked against last year\'s report; a change after a 上年结转 listed after the sentence\'s subject (新收46件，上年结转2件，同比增加6件) is the subject\'s, not 上年结转\'s: it is checked as 新收\'s and as the total\'s, and said only when it is neither (the message names each reading); without last year\'s report nothing is checked. Last year\'s count written in the sentence (较上年的40件增加6件, 较上年（40件）增加6件, 同比增加6件（上年为40件）, 与上年（40件）持平) is checked against last year\'s report too when the check has it and knows the figure, and the message says what the change ought to be; 与上年（40件）持平 with another count this year is said too; every change of a sentence is checked (新收46件，同比增长9.5%；办结47件，同比增长20%), and 新收46件，办结47件，分别同比增长9.5%、20% one by one in order (so are 新收46件、办结47件，同比分别减少3件、增加3件, 较上年分别为增加6件、持平 and 新收46件和办结47件，较上年分别增加6件和3件: each change may name its own direction, or be 持平, and three or more alike; only when the clause has as many counts before them as there are changes, else which change is whose cannot be told); 增幅15% and 较上年有所增长，增幅为15% are read as 同比增长15%; a bracket after the count saying it holds the carried-over ones (428件（含上年结转30件），较上年增加19件) does not part the count from its change, and a change followed by （按新收计） is checked as 新收\'s in both years. No fix: which number is wrong cannot be told.'),
    example: { bad: '全年新收政府信息公开申请46件，比2023年的40件增加6件，增长25%', note: bi('(46 − 40) / 40 = 15%', '(46 − 40) / 40 = 15%') },
  },
  check(ctx) {
    let claims: Map<number, ParagraphClaims> | undefined;
    let now: Quantities | undefined, then: Quantities | undefined;
    const claimOf = (n: NumberToken, o: number) => {
      claims ??= new Map(claimsPerParagraph(ctx.report).map((pc) => [pc.offset, pc]));
      return claims.get(o)?.claims.find((x) => x.number.start === n.start);
    };
    // Last year's count: the table's, in last year's report, of the quantity the prose's count is of. A phrase of two
    // readings (`收到`, `受理`: 新收, or 新收 + 上年结转) is read as the one this year's table agrees with, and last
    // year's of it must be known: when this year's table agrees with both, last year's two must be the same (brk112 #2).
    // Null when it cannot be told (prose-table says what the count is against the table). `bases`: the count of each
    // reading the change may be of, this year's and last year's (more than one after a listed 上年结转, below).
    const lastYearOf = (c: Change, o: number, p: Parameters<Parameters<typeof eachInParagraphs>[4]>[3]) => {
      if (!ctx.previous) return null;
      // `较2022年增加10件` in the 2024 report: not against the report beside it, which is 2023's (brk115 #2).
      if (c.year !== undefined) {
        const lastYear = ctx.report.year !== null ? ctx.report.year - 1 : ctx.previous.year;
        if (lastYear === null || c.year !== lastYear || (ctx.previous.year !== null && ctx.previous.year !== lastYear)) return null;
      }
      if (listedCarried(c, o)) return subjectLastYear(c, o, p);
      const claim = claimOf(c.count, o);
      if (!claim || !readable(claim, c.listed)) return null;
      now ??= new Quantities(ctx.report);
      then ??= new Quantities(ctx.previous);
      if (c.asNew) {
        // (The count must be of the applications, and agree with this year's table.)
        if (!claim.readings.some((r) => (r === 'R1' || r === 'R1+R2') && now!.value(r) === c.count.value)) return null;
        const count = now.value('R1'), before = then.value('R1');
        if (count === null || before === null) return null;
        const read = bi('（正文写明按新收计）', ' (the text says it counts the new ones)');
        const related = [{ range: p.range(o + c.count.start, o + c.count.end), message: bi(`本年 ${c.count.value}`, `This year ${c.count.value}`) }];
        return { bases: [{ count, before, said: saidOf(nameOf('R1'), count, before, read) }], related, note: bi('', '') };
      }
      const ids = claim.readings.filter((r) => now!.value(r) === c.count.value);
      const befores = ids.map((r) => then!.value(r));
      if (!ids.length || befores.some((b) => b === null || b !== befores[0])) return null;
      const id = ids[0], before = befores[0]!;
      // Which reading, when the phrase has more than one: this year's table tells (the others differ), or last year's
      // (all agree there).
      const label = nameOf(id);
      const others = claim.readings.filter((r) => !ids.includes(r));
      const read = claim.readings.length < 2 ? bi('', '')
        : others.length
          ? bi(`（正文的数按此读：本年表三中${others.map((r) => `${nameOf(r).zh}为 ${now!.value(r) ?? '—'}`).join('，')}，不是 ${c.count.value}）`,
            ` (the text's count read as this: this year's figure for ${others.map((r) => `${nameOf(r).en} is ${now!.value(r) ?? '—'}`).join(', ')}, not ${c.count.value})`)
          : bi(`（正文的数可读作${ids.map((r) => nameOf(r).zh).join('或')}，两者本年都为 ${c.count.value}，上年都为 ${befores[0]}）`,
            ` (the text's count may be ${ids.map((r) => nameOf(r).en).join(' or ')}: both are ${c.count.value} this year and ${befores[0]} last year)`);
      const related = [{ range: p.range(o + c.count.start, o + c.count.end), message: bi(`本年 ${c.count.value}`, `This year ${c.count.value}`) }];
      return { bases: [{ count: c.count.value, before, said: saidOf(label, c.count.value, before, read) }], related, note: bi('', '') };
    };
    // (Not a count of a part, `其中网上申请30件`, of some of the concluded, or one number of several phrases: the change
    // may be of another count.)
    // A 办结 count that nothing in its sentence positively reads as the total, but with no other 办结/pending count beside
    // it (`新收46件，同比增长9.5%；办结47件，同比增长20%`), is read: its reading must still agree with this year's table
    // (brk128 #3).
    // One term of a list with its changes after 分别 (`新收46件、办结47件，同比分别…`, `listed`) is a figure of its own against
    // last year's same figure, not 办结 among the new ones listed before it (`among`, which 、 does not part): read as
    // the year's total when this year's table agrees (below).
    const readable = (claim: NonNullable<ReturnType<typeof claimOf>>, listed = false) =>
      !(claim.negated || claim.doubt || claim.scoped || claim.part || (claim.among && !listed) || claim.narrowed || (claim.uncertain && claim.uncertain.sibling !== false) || claim.shared || claim.readings.some((r) => r.startsWith('list:')));
    const nameOf = (r: string) => yearless(now!.get(r) ?? then!.get(r), r);
    const saidOf = (label: Bilingual, count: number, before: number, read = bi('', '')) => {
      const year = ctx.previous!.year ?? (ctx.report.year !== null ? ctx.report.year - 1 : null);
      const of = year !== null ? bi(`上年（${year} 年度）报告`, `last year's (${year}) report`) : bi('上年报告', 'last year\'s report');
      return bi(`${label.zh}本年为 ${count}${read.zh}，${of.zh}中为 ${before}`, `the figure for ${label.en} is ${count} this year${read.en} and ${before} in ${of.en}`);
    };
    // 上年结转 after another count of its sentence (`新收46件，上年结转2件，同比增加6件`): the change is of the sentence's
    // subject, not of the carried-over listed with it (brk115 #3).
    const listedCarried = (c: Change, o: number) => {
      const claim = c.subject && claimOf(c.count, o);
      return !!claim && claim.readings.length > 0 && claim.readings.every((r) => r === 'R2');
    };
    // The subject's change against last year's report (brk121 #9): the subject is 新收 or 新收 + 上年结转 in this year's
    // table, and with both parts listed the change may be of either (`新收46件，上年结转2件，同比增加8件` is the total's:
    // 48 against 40), so it is checked against each, and said to be wrong only when it is neither (the message names
    // each reading). Null unless this year's table agrees with the subject and the 上年结转 listed, and last year's has both.
    // `采购总金额563.2万元，较上年增加123.6万元，增长30.0%` with 表二's 536.2 and last year's 412.6: the amount and the rate
    // agree with the two years' tables, so the count is what is wrong (prose-table says so), not the change worked out
    // from it (brk125 #7: the message made up a last year's 439.6 and blamed the right 30.0%).
    const tablesAgree = (c: Change, o: number) => {
      if (!ctx.previous || c.year !== undefined || !c.amount || !c.rate) return false;
      const claim = claimOf(c.count, o);
      if (!claim || !readable(claim) || claim.readings.length !== 1) return false;
      now ??= new Quantities(ctx.report);
      then ??= new Quantities(ctx.previous);
      const count = now.value(claim.readings[0]), before = then.value(claim.readings[0]);
      if (count === null || before === null || before <= 0 || count === c.count.value) return false;
      const change = minus(count, before);
      const close = (a: number, b: number, decimals: number) => Math.abs(a - b) < 10 ** -decimals / 2 + 1e-9;
      return (change > 0) === c.up && close(Math.abs(change), c.amount.value, c.amount.decimals) && percentFits(Math.abs(change), before, c.rate.value, c.rate.decimals);
    };
    const subjectLastYear = (c: Change, o: number, p: Parameters<Parameters<typeof eachInParagraphs>[4]>[3]) => {
      const subject = c.subject!;
      const claim = claimOf(subject, o);
      if (!claim || !readable(claim)) return null;
      now ??= new Quantities(ctx.report);
      then ??= new Quantities(ctx.previous!);
      if (!claim.readings.some((r) => (r === 'R1' || r === 'R1+R2') && now!.value(r) === subject.value) || now.value('R2') !== c.count.value) return null;
      const bases: { id: string; count: number; before: number }[] = [];
      for (const id of ['R1', 'R1+R2']) {
        const count = now.value(id), before = then.value(id);
        if (count === null || before === null) return null;
        // (One reading when both change alike: the subject's.)
        const same = bases.findIndex((b) => minus(b.count, b.before) === minus(count, before));
        if (same < 0) bases.push({ id, count, before });
        else if (count === subject.value) bases[same] = { id, count, before };
      }
      const related = [
        { range: p.range(o + subject.start, o + subject.end), message: bi(`本年 ${subject.value}`, `This year ${subject.value}`) },
        { range: p.range(o + c.count.start, o + c.count.end), message: bi(`上年结转 ${c.count.value}`, `Carried over ${c.count.value}`) },
      ];
      const note = bi('（说的是句子的主语，不是前面所列的上年结转）', ' (of the sentence\'s subject, not of the 上年结转 listed before it)');
      return { bases: bases.map((b) => ({ count: b.count, before: b.before, said: saidOf(nameOf(b.id), b.count, b.before) })), related, note };
    };
    // Last year's count as written (`较上年的40件增加6件，增长15%`, `较上年（40件）增加6件`, `与上年（40件）持平`,
    // `同比增加6件（上年为40件）`) against last year's report, when the check has one and knows the figure (brk128 #4):
    // said, with what the change ought to be, instead of the change's check against the written count. Then `与上年（40件）
    // 持平` with another count this year (brk128 #5). True when something was said.
    const stated = (c: Change, o: number, p: Parameters<Parameters<typeof eachInParagraphs>[4]>[3]) => {
      const quote = () => p.quote(o + c.from, o + c.to);
      const unit = c.base.unit;
      const known = lastYearOf(c, o, p);
      if (known && known.bases.length === 1 && known.bases[0].before !== c.base.value) {
        const { count, before, said } = known.bases[0];
        const change = minus(count, before);
        const exact = c.rate && before > 0 ? ((change / before) * 100).toFixed(Math.max(c.rate.decimals, 1)).replace(/^-/, '') : null;
        const rateWords = exact !== null ? (change === 0 ? bi('与上年持平', 'unchanged') : bi(`${change > 0 ? '增长' : '下降'} ${exact}%`, `${change > 0 ? 'up' : 'down'} ${exact}%`)) : null;
        const ought = [c.amount ? amountWords(change, unit) : null, rateWords].filter((x): x is Bilingual => !!x);
        const then = ought.length && !(c.flat && change === 0)
          ? bi(`，按上年报告应为${ought.map((x) => x.zh).filter((x, i, xs) => xs.indexOf(x) === i).join('、')}`, `; by last year's report it ought to be ${ought.map((x) => x.en).filter((x, i, xs) => xs.indexOf(x) === i).join(' and ')}`)
          : bi('', '');
        ctx.add({
          message: bi(
            `“${quote()}”：正文写上年为 ${c.base.value}${unit}，但${said.zh}${then.zh}。请核对上年的数（或两年表格中的这个数）。`,
            `“${quote()}”: the text gives last year as ${c.base.value}, but ${said.en}${then.en}. Check last year's figure (or this figure in the two years' tables).`),
          range: p.range(o + c.base.start, o + c.base.end),
          expected: before,
          actual: c.base.value,
          related: [...known.related, { range: p.range(o + c.base.start, o + c.base.end), message: bi(`上年 ${c.base.value}`, `Last year ${c.base.value}`) }],
        });
        return true;
      }
      const diff = minus(c.count.value, c.base.value);
      if (!c.flat) return false;
      if (diff !== 0) {
        ctx.add({
          message: bi(
            `“${quote()}”：本年 ${c.count.value}${c.count.unit}，上年 ${c.base.value}${unit}，是${diff > 0 ? '增加' : '减少'}了 ${Math.abs(diff)}${c.count.unit}，正文却说与上年持平。请核对这几个数。`,
            `“${quote()}”: ${c.count.value} this year against ${c.base.value} last year is ${diff > 0 ? 'a rise' : 'a fall'} of ${Math.abs(diff)}, but the text says it is unchanged. Check these numbers.`),
          range: p.range(o + c.base.start, o + c.amount!.unitEnd),
          related: [
            { range: p.range(o + c.count.start, o + c.count.end), message: bi(`本年 ${c.count.value}`, `This year ${c.count.value}`) },
            { range: p.range(o + c.base.start, o + c.base.end), message: bi(`上年 ${c.base.value}`, `Last year ${c.base.value}`) },
          ],
        });
      }
      return true;
    };
    eachInParagraphs(ctx.report, 'changes', CHANGE_MARKS, changesOf, (c, para, o, p) => {
      // (The other year must be an earlier one: `46件，2024年为40件` in the 2024 report compares nothing with the past.)
      if (c.year !== undefined && ctx.report.year !== null && c.year >= ctx.report.year) return;
      if (c.countless) {
        // (Only the amount over last year's: this year's count is not written, nor which it is.)
        const amount = c.amount!, rate = c.rate!;
        if (percentFits(amount.value, c.base.value, rate.value, rate.decimals)) return;
        const exact = ((amount.value / c.base.value) * 100).toFixed(Math.max(rate.decimals, 1));
        const quote = p.quote(o + c.from, o + c.to);
        ctx.add({
          message: bi(
            `“${quote}”：${c.up ? '增加' : '减少'} ${amount.value}${amount.unit}，${amount.value} / ${c.base.value} = ${exact}%，正文写${c.up ? '增长' : '下降'} ${asWritten(rate)}%。请核对这几个数。`,
            `“${quote}”: ${c.up ? 'up' : 'down'} ${amount.value} on ${c.base.value}, ${amount.value} / ${c.base.value} = ${exact}%, but the text says ${c.up ? 'up' : 'down'} ${asWritten(rate)}%. Check these numbers.`),
          range: p.range(o + rate.start, o + rate.unitEnd),
          expected: Number(exact),
          actual: c.up ? rate.value : -rate.value,
          related: [
            { range: p.range(o + c.base.start, o + c.base.end), message: bi(`上年 ${c.base.value}`, `Last year ${c.base.value}`) },
            { range: p.range(o + amount.start, o + amount.end), message: bi(`${c.up ? '增加' : '减少'} ${amount.value}`, `${c.up ? 'Up' : 'Down'} ${amount.value}`) },
          ],
        });
        return;
      }
      // `申请量较上年增加9件` after a count that is not of the applications (`予以公开24件，申请量…`): the change is of
      // another count (brk116 #8).
      if (c.named) {
        const claim = claimOf(c.count, o);
        if (!claim || !claim.readings.length || !claim.readings.every((r) => /(?:^|:)R1(?:\+R2)?$/.test(r))) return;
      }
      if (c.lastYear) {
        if (!c.rate && !c.amount) return;
        const last = lastYearOf(c, o, p);
        if (!last) return;
        const { related, note } = last;
        const bases = last.bases.map((b) => ({ ...b, change: minus(b.count, b.before) }));
        if (bases.some((b) => b.before <= 0) && !c.amount) return;
        const quote = p.quote(o + c.from, o + c.to);
        // (Each reading's figures, `；` between, when there are more than one.)
        const each = (f: (b: (typeof bases)[number]) => Bilingual) => bi(bases.map((b) => f(b).zh).join('；'), bases.map((b) => f(b).en).join('; '));
        if (c.amount) {
          // A count of change (`较上年减少6件`) or none (`与上年持平`): this year's less last year's.
          const unit = c.amount.unit, amount = c.amount;
          const wrote = c.flat ? bi(`正文写“${quote}”`, `the text says “${quote}”`)
            : bi(`正文写${c.up ? '增加' : '减少'} ${amount.value}${unit}`, `the text says ${c.up ? 'up' : 'down'} ${amount.value}`);
          const ought = eitherOf(bases.map(({ change }) => amountWords(change, unit)));
          const holds = ({ change }: (typeof bases)[number]) => c.flat ? change === 0 : (change === 0 || (change > 0) === c.up) && amount.value === Math.abs(change);
          if (bases.some(holds)) return;
          const worked = each((b) => bi(`${b.said.zh}，${b.count} − ${b.before} = ${b.change}`, `${b.said.en}, ${b.count} − ${b.before} = ${b.change}`));
          ctx.add({
            message: bi(
              `“${quote}”${note.zh}：${worked.zh}，应为${ought.zh}，${wrote.zh}。请改正增减数（或核对两年表格中的这个数）。`,
              `“${quote}”${note.en}: ${worked.en}, so ${ought.en}, but ${wrote.en}. Correct the change (or check this figure in the two years' tables).`),
            range: p.range(o + amount.start, o + amount.unitEnd),
            expected: bases[0].change,
            actual: c.flat ? 0 : c.up ? amount.value : -amount.value,
            related,
          });
          return;
        }
        const rate = c.rate!;
        const rateOk = ({ change, before }: (typeof bases)[number]) =>
          ((change === 0 || (change > 0) === c.up) && percentFits(Math.abs(change), before, rate.value, rate.decimals)) || (change === 0 && rate.value === 0);
        if (bases.some(rateOk)) return;
        const exact = (b: (typeof bases)[number]) => ((b.change / b.before) * 100).toFixed(Math.max(rate.decimals, 1));
        const worked = each((b) => bi(`${b.said.zh}，(${b.count} − ${b.before}) / ${b.before} = ${exact(b)}%`, `${b.said.en}, (${b.count} − ${b.before}) / ${b.before} = ${exact(b)}%`));
        // What it ought to say, as for an amount: the direction too (`同比下降15%` of a count that rose 15%; brk121 #11).
        const ought = eitherOf(bases.map((b) => b.change === 0 ? bi('与上年持平', 'unchanged') : bi(`${b.change > 0 ? '增长' : '下降'} ${exact(b).replace(/^-/, '')}%`, `${b.change > 0 ? 'up' : 'down'} ${exact(b).replace(/^-/, '')}%`)));
        ctx.add({
          message: bi(
            `“${quote}”${note.zh}：${worked.zh}，应为${ought.zh}，正文写${c.up ? '增长' : '下降'} ${asWritten(rate)}%。请核对这几个数。`,
            `“${quote}”${note.en}: ${worked.en}, so ${ought.en}, but the text says ${c.up ? 'up' : 'down'} ${asWritten(rate)}%. Check these numbers.`),
          range: p.range(o + rate.start, o + rate.unitEnd),
          expected: Number(exact(bases[0])),
          actual: c.up ? rate.value : -rate.value,
          related,
        });
        return;
      }
      // `46件，较上年增加16件，增长53.3%`: an amount and a rate with no last year's count written agree with each other
      // (last year 46 − 16 = 30), but last year's report says 40. When last year's count is known (as for an amount or
      // a rate alone), both are checked against it, and the message names each that is wrong (brk116 #4); else the
      // pair is checked against itself, below. After a listed 上年结转 (`新收46件，上年结转2件，同比增加6件，增长15%`), the
      // pair is the sentence's subject's: checked only against last year's report, when one reading of the subject is
      // left (both change alike), not against itself (it would be read as 上年结转's; brk121 #9).
      if (!c.derived && stated(c, o, p)) return;
      const last = c.derived ? lastYearOf(c, o, p) : null;
      if (c.derived && !last && tablesAgree(c, o)) return;
      if (c.derived && listedCarried(c, o) && last?.bases.length !== 1) return;
      if (last && last.bases.length === 1 && last.bases[0].before > 0) {
        const { related, note } = last;
        const { count, before, said } = last.bases[0];
        const change = minus(count, before);
        const amount = c.amount!, rate = c.rate!;
        const direction = change === 0 || (change > 0) === c.up;
        const amountOk = direction && amount.value === Math.abs(change);
        const rateOk = (direction && percentFits(Math.abs(change), before, rate.value, rate.decimals)) || (change === 0 && rate.value === 0);
        if (amountOk && rateOk) return;
        const quote = p.quote(o + c.from, o + c.to);
        const exact = ((change / before) * 100).toFixed(Math.max(rate.decimals, 1));
        const unit = amount.unit;
        const oughtAmount = amountWords(change, unit);
        // (No change is 与上年持平 / unchanged, as the amount and the rate alone say it, not 增长 0.0%: fixA #5.)
        const oughtRate = change === 0 ? amountWords(0, unit) : bi(`${change > 0 ? '增长' : '下降'} ${exact.replace(/^-/, '')}%`, `${change > 0 ? 'up' : 'down'} ${exact.replace(/^-/, '')}%`);
        const wroteAmount = bi(`${c.up ? '增加' : '减少'} ${amount.value}${unit}`, `${c.up ? 'up' : 'down'} ${amount.value}`);
        const wroteRate = bi(`${c.up ? '增长' : '下降'} ${asWritten(rate)}%`, `${c.up ? 'up' : 'down'} ${asWritten(rate)}%`);
        const both = !amountOk && !rateOk;
        // (Both wrong with no change: 与上年持平 once, which says both.)
        const ought = both && change !== 0 ? bi(`${oughtAmount.zh}、${oughtRate.zh}`, `${oughtAmount.en} and ${oughtRate.en}`) : amountOk ? oughtRate : oughtAmount;
        const wrote = both ? bi(`${wroteAmount.zh}、${wroteRate.zh}`, `${wroteAmount.en} and ${wroteRate.en}`) : amountOk ? wroteRate : wroteAmount;
        const what = both ? bi('增减数和增长率', 'the change and the rate') : amountOk ? bi('增长率', 'the rate') : bi('增减数', 'the change');
        const [first, lastOne] = amount.start < rate.start ? [amount, rate] : [rate, amount];
        const range = both ? p.range(o + first.start, o + lastOne.unitEnd) : amountOk ? p.range(o + rate.start, o + rate.unitEnd) : p.range(o + amount.start, o + amount.unitEnd);
        ctx.add({
          message: bi(
            `“${quote}”${note.zh}：${said.zh}，${count} − ${before} = ${change}，(${count} − ${before}) / ${before} = ${exact}%，应为${ought.zh}，正文写${wrote.zh}。请改正${what.zh}（或核对两年表格中的这个数）。`,
            `“${quote}”${note.en}: ${said.en}, ${count} − ${before} = ${change} and (${count} − ${before}) / ${before} = ${exact}%, so ${ought.en}, but the text says ${wrote.en}. Correct ${what.en} (or check this figure in the two years' tables).`),
          range,
          // (The amount's figures when it is wrong, else the rate's.)
          expected: amountOk ? Number(exact) : change,
          actual: amountOk ? (c.up ? rate.value : -rate.value) : c.up ? amount.value : -amount.value,
          related,
        });
        return;
      }
      const diff = minus(c.count.value, c.base.value);
      const quote = p.quote(o + c.from, o + c.to);
      const related = [
        { range: p.range(o + c.count.start, o + c.count.end), message: bi(`本年 ${c.count.value}`, `This year ${c.count.value}`) },
        ...(c.derived ? [] : [{ range: p.range(o + c.base.start, o + c.base.end), message: bi(`上年 ${c.base.value}`, `Last year ${c.base.value}`) }]),
      ];
      // A base derived from the amount: 上年 = 本年 − 增加数 (+ 减少数), as the message says.
      const baseSaid = c.derived ? bi(`（上年为 ${c.count.value} ${c.up ? '−' : '+'} ${c.amount!.value} = ${c.base.value}）`, ` (last year ${c.count.value} ${c.up ? '−' : '+'} ${c.amount!.value} = ${c.base.value})`) : bi('', '');
      // (A multiple, `是上年的0.8倍`, says no direction.)
      const direction = c.ratio || diff === 0 || (diff > 0) === c.up;
      if (!direction) {
        ctx.add({
          message: bi(
            `“${quote}”：本年 ${c.count.value}${c.count.unit}，上年 ${c.base.value}${c.base.unit}，是${diff > 0 ? '增加' : '减少'}了 ${Math.abs(diff)}${c.count.unit}，正文却说${c.up ? '增加（增长）' : '减少（下降）'}。请核对这几个数。`,
            `“${quote}”: ${c.count.value} this year against ${c.base.value} last year is ${diff > 0 ? 'a rise' : 'a fall'} of ${Math.abs(diff)}, but the text says it ${c.up ? 'rose' : 'fell'}. Check these numbers.`),
          range: p.range(o + c.base.start, o + (c.amount ?? c.rate ?? c.times ?? c.base).unitEnd),
          related,
        });
        return;
      }
      if (c.amount && !c.derived && c.amount.value !== Math.abs(diff)) {
        ctx.add({
          message: bi(
            `“${quote}”：${c.count.value} − ${c.base.value} = ${diff}，正文写${c.up ? '增加' : '减少'} ${c.amount.value}${c.amount.unit}，相差 ${minus(c.amount.value, Math.abs(diff)) > 0 ? '+' : ''}${minus(c.amount.value, Math.abs(diff))}。请核对这几个数。`,
            `“${quote}”: ${c.count.value} − ${c.base.value} = ${diff}, but the text says ${c.up ? 'up' : 'down'} ${c.amount.value} (difference ${minus(c.amount.value, Math.abs(diff)) > 0 ? '+' : ''}${minus(c.amount.value, Math.abs(diff))}). Check these numbers.`),
          range: p.range(o + c.amount.start, o + c.amount.end),
          expected: Math.abs(diff),
          actual: c.amount.value,
          related,
        });
      }
      // `较上年的20件增长1.3倍` ((46 − 20) / 20), `是上年（20件）的2.3倍` (46 / 20); `增长2.3倍` for 2.3 times last year's
      // is how many write it, and is not said (brk141 #9).
      if (c.times && c.base.value > 0) {
        const x = c.times, now = c.count.value, before = c.base.value;
        const ratio = timesFits(now, before, x), growth = diff > 0 && timesFits(diff, before, x);
        if (c.ratio ? ratio : growth || ratio) return;
        const places = Math.max(x.decimals, 1);
        const byRatio = (now / before).toFixed(places), byGrowth = (diff / before).toFixed(places);
        const worked = c.ratio
          ? bi(`${now} / ${before} = ${byRatio}，应为是上年的 ${byRatio} 倍${diff > 0 ? `（即增长 ${byGrowth} 倍）` : ''}，正文写 ${asWritten(x)}倍`, `${now} / ${before} = ${byRatio}, so ${byRatio} times last year's${diff > 0 ? ` (up ${byGrowth} times)` : ''}, but the text says ${asWritten(x)} times`)
          : bi(`(${now} − ${before}) / ${before} = ${byGrowth}，应为增长 ${byGrowth} 倍（即是上年的 ${byRatio} 倍），正文写增长 ${asWritten(x)}倍`, `(${now} − ${before}) / ${before} = ${byGrowth}, so up ${byGrowth} times (${byRatio} times last year's), but the text says up ${asWritten(x)} times`);
        ctx.add({
          message: bi(`“${quote}”：${worked.zh}。请核对这几个数。`, `“${quote}”: ${worked.en}. Check these numbers.`),
          range: p.range(o + x.start, o + x.unitEnd),
          expected: Number(c.ratio ? byRatio : byGrowth),
          actual: x.value,
          related,
        });
        return;
      }
      if (c.rate && !percentFits(Math.abs(diff), c.base.value, c.rate.value, c.rate.decimals)) {
        const exact = ((Math.abs(diff) / c.base.value) * 100).toFixed(Math.max(c.rate.decimals, 1));
        ctx.add({
          message: bi(
            `“${quote}”：(${c.count.value} − ${c.base.value}) / ${c.base.value} = ${diff < 0 ? '-' : ''}${exact}%${baseSaid.zh}，正文写${c.up ? '增长' : '下降'} ${asWritten(c.rate)}%。请核对这几个数。`,
            `“${quote}”: (${c.count.value} − ${c.base.value}) / ${c.base.value} = ${diff < 0 ? '-' : ''}${exact}%${baseSaid.en}, but the text says ${c.up ? 'up' : 'down'} ${asWritten(c.rate)}%. Check these numbers.`),
          range: p.range(o + c.rate.start, o + c.rate.unitEnd),
          expected: Number(exact),
          actual: c.rate.value,
          related,
        });
      }
    });
  },
};

/**
 * The change against another year that paragraph `para` works out from its count `n` (`新收…120件，较上年100件增长20%`:
 * 120 is the change's count) when it holds with `n` as written and would not with `value` in its place (brk106 #6): a
 * fix of `n` alone would leave it wrong. `written`: the change as written; `now`: the count `value` against the base
 * (for a base worked out from the amount, `较上年增加6件`, none: it moves with the count). Null when no change is worked
 * out from `n`, when it does not hold as written (prose-change says so), or when it holds with `value` too. A rate
 * without last year's count (`同比增长20%`) is not read here: what it was worked out from is not written.
 */
export function changeFromCount(para: Paragraph, n: NumberToken, value: number): { written: string; now: string } | null {
  for (const c of changesOf(para, n.start)) {
    if (c.count.start !== n.start || c.lastYear || c.countless) continue;
    const holds = (count: number) => {
      const base = c.derived ? (c.up ? minus(count, c.amount!.value) : minus(count, -c.amount!.value)) : c.base.value;
      const diff = minus(count, base);
      if (base <= 0 || (!c.ratio && diff !== 0 && (diff > 0) !== c.up)) return false;
      if (c.amount && !c.derived && c.amount.value !== Math.abs(diff)) return false;
      if (c.times) return c.ratio ? timesFits(count, base, c.times) : timesFits(count, base, c.times) || (diff > 0 && timesFits(diff, base, c.times));
      return !c.rate || percentFits(Math.abs(diff), base, c.rate.value, c.rate.decimals);
    };
    if (!holds(n.value) || holds(value)) continue;
    const diff = minus(value, c.base.value);
    const now = c.derived ? '' : `${value}${n.unit}比${c.base.value}${c.base.unit}${diff > 0 ? '多' : diff < 0 ? '少' : '相同'}${diff ? ` ${Math.abs(diff)}${n.unit}` : ''}`;
    return { written: para.raw.slice(c.from, c.to), now };
  }
  return null;
}

/**
 * Where the words after a count at `at` go on, past a breakdown in brackets right after it (`46件（自然人40件、法人或其他
 * 组织6件）`: brk115 #8) that names no year, rate or change (`（2023年40件）`, `（增长15%）` are read otherwise); `at` when
 * there is none. Within the sentence ending at `end`.
 */
function asideAfter(t: string, at: number, end: number): number {
  if (!/^[（(]/.test(t.slice(at, at + 1))) return at;
  const close = t.slice(at + 1, end).search(/[）)]/);
  if (close < 0) return at;
  const inside = t.slice(at + 1, at + 1 + close);
  // (`428件（含上年结转30件），较上年增加19件`: what the count holds, not another year's count: brk125 #5.)
  if (WITH_CARRIED_ASIDE.test(inside)) return at + close + 2;
  return /[（(%％年比较增减升降持]/.test(inside) ? at : at + close + 2;
}

/** A bracket after a count that says what it holds (`（含上年结转30件）`, `（其中上年结转2件）`), not another year's count. */
const WITH_CARRIED_ASIDE = /^(?:其中|包括|含)?(?:含|包括)?(?:上年度?|去年|上一年度?|(?:19|20)\d{2}年度?)结转(?:的)?(?:申请)?(?:[\d０-９〇零一二三四五六七八九十百千]+(?:\.\d+)?件)?(?:申请)?(?:在内)?$/;

/** What marks a change in a paragraph: the comparison's first character, or a change's size. */
// (`增幅`, `降幅`, `减幅` alone name a change against last year too: `46件，增幅15%`, brk128 #6.)
// (Last year's count with no comparison word, `46件（上年40件），增长20%`, `46件，2023年为40件，同比增长20%`, `是上年（20件）
// 的2.3倍`: a direction or a multiple marks them, brk141 #9.)
const CHANGE_MARKS = ['比', '较', '与', '相比', '相较', '增幅', '降幅', '减幅', '增加', '增长', '上升', '提高', '减少', '下降', '降低', '倍'] as const;

/**
 * A change whose sentence writes last year's count (`nums[k]`), the amount and the rate after it, but no count of this
 * year right before the comparison (`收到申请数较上年的40件增加9件，增长25%`): `countless`, its count a placeholder (this
 * year's as worked out, base + amount, over the base's span), checked only for the rate against the amount and last
 * year's count. Null unless the amount (of last year's unit) and the rate both follow, in one direction.
 */
function countless(t: string, nums: NumberToken[], k: number, verbs: RegExp): Omit<Change, 'from'> | null {
  const base = nums[k], amount = nums[k + 1], rate = nums[k + 2];
  if (!amount || !rate || amount.unit !== base.unit || amount.approx || amount.value <= 0 || rate.unit !== '%' || rate.approx) return null;
  const verb = verbs.exec(t.slice(base.unitEnd, amount.start));
  const rateVerb = verb && RATE_AFTER.exec(t.slice(amount.unitEnd, rate.start));
  if (!verb || !rateVerb || UP.test(verb[1]) !== UP.test(rateVerb[1])) return null;
  const up = UP.test(verb[1]);
  const value = up ? minus(base.value, -amount.value) : minus(base.value, amount.value);
  if (value < 0) return null;
  const closes = /^[（(]/.test(t.slice(amount.unitEnd, rate.start)) && /^[）)]/.test(t.slice(rate.unitEnd, rate.unitEnd + 1));
  return { count: { ...base, value }, base, amount, rate, up, countless: true, to: rate.unitEnd + (closes ? 1 : 0) };
}

/** The changes of one paragraph with both counts written (offsets in its text; kept with the paragraph). */
function changesOf(para: Paragraph, at: number): Change[] {
  const t = para.text;
  const out: Change[] = [];
  for (let start = Math.max(0, t.lastIndexOf('。', at) + 1), end = 0; start < t.length; start = end) {
    end = sentenceEnd(t, start);
    const nums = numbersIn(para, start, end);
    // (From the first: last year's count may open the sentence, `收到申请数较上年的40件增加9件…`, `countless`.)
    for (let k = 0; k < nums.length; k++) {
      const base = nums[k];
      if (NOT_COUNTS.has(base.unit) || base.approx || base.value <= 0) continue;
      const before = t.slice(Math.max(start, base.start - 16), base.start);
      const m = COMPARED_WITH.exec(before);
      if (!m) continue;
      const from = base.start - m[0].length;
      const year = YEAR_IN.exec(m[0]);
      // This year's count: the number right before the comparison (its year aside), of the same unit, a comma at
      // most between (none before a bracket).
      let c = k - 1;
      while (c >= 0 && nums[c].unitEnd > from) c--;
      const count = nums[c];
      // (Or the comparison in brackets right after the count, `45件（较上年的40件增加5件）`: brk169 #2.)
      if (!count || count.unit !== base.unit || count.approx || !(m.groups?.aside ? /^$/ : new RegExp(String.raw`^(?:[，,]?${NAMED}|[（(])$`)).test(t.slice(count.unitEnd, from))) {
        // `收到申请数较上年的40件增加9件，增长25%`: no count of this year right before the comparison, but last year's, the
        // amount and the rate all written in it: the rate is the amount over last year's whatever this year's count is
        // (brk158 #3).
        const bare = m.groups?.aside || m.groups?.stated || m.groups?.ratio ? null : countless(t, nums, k, m.groups?.bracketed ? CHANGE_AFTER_ASIDE : CHANGE_AFTER);
        if (bare) out.push({ ...bare, from: from + (/^[，,]/.test(m[0]) ? 1 : 0), ...(year ? { year: Number(year[1]) } : {}) });
        continue;
      }
      const named = NAMES_APPLICATIONS.test(t.slice(count.unitEnd, from)) ? { named: true as const } : {};
      // A direction with no figure (`较上年的50件有所增加`, `46件（上年40件），有所减少`): only the direction is checked.
      const vague = m.groups?.ratio ? null : VAGUE_AFTER.exec(t.slice(base.unitEnd, end));
      if (vague) {
        out.push({ count, base, up: UP.test(vague[1]), from: from + (/^[，,]/.test(m[0]) ? 1 : 0), to: base.unitEnd + vague[0].length, ...named, ...(year ? { year: Number(year[1]) } : {}) });
        continue;
      }
      // The change: a count of the same unit, a rate or a multiple, right after its direction.
      let next = nums[k + 1];
      const verb = next && (m.groups?.ratio ? RATIO_AFTER : m.groups?.stated ? CHANGE_AFTER_STATED : m.groups?.aside || m.groups?.bracketed ? CHANGE_AFTER_ASIDE : CHANGE_AFTER).exec(t.slice(base.unitEnd, next.start));
      if (!next || !verb || next.approx) continue;
      // (`是上年（20件）的2.3倍`: this year's over last year's, whatever its direction.)
      const up = m.groups?.ratio ? true : UP.test(verb[1]);
      const at = from + (/^[，,]/.test(m[0]) ? 1 : 0);
      if (next.unit === '倍' || m.groups?.ratio) {
        // (A fall by a multiple, `下降2倍`, is no change that can be worked out.)
        if (next.unit !== '倍' || !up || next.value <= 0) continue;
        out.push({ count, base, times: next, ...(m.groups?.ratio ? { ratio: true as const } : {}), up, from: at, to: next.unitEnd, ...named, ...(year ? { year: Number(year[1]) } : {}) });
        continue;
      }
      let amount: NumberToken | undefined, rate: NumberToken | undefined;
      if (next.unit === base.unit) {
        amount = next;
        const after = nums[k + 2];
        const rateVerb = after && after.unit === '%' && RATE_AFTER.exec(t.slice(next.unitEnd, after.start));
        if (rateVerb && UP.test(rateVerb[1]) === up) rate = after;
      } else if (next.unit === '%') rate = next;
      else continue;
      next = rate ?? amount!;
      // (A rate in brackets, `增加6件（增长25%）`, is quoted with its closing bracket.)
      // (So is the change within last year's bracket, `（上年40件，增长12.5%）`.)
      const closes = (rate && amount && /^[（(]/.test(t.slice(amount.unitEnd, rate.start)) || (m.groups?.aside && /^[，,]/.test(verb[0]))) && /^[）)]/.test(t.slice(next.unitEnd, next.unitEnd + 1));
      out.push({ count, base, amount, rate, up, from: at, to: next.unitEnd + (closes ? 1 : 0), ...named, ...(year ? { year: Number(year[1]) } : {}) });
    }
    // `46件，较上年增加6件，增长15%`: the base is the count less the amount (plus it, for a fall); with a rate after it,
    // the rate is checked against that base. `…增长20%（上年为1300件）`, `同比增加72条，增长率40%（2023年为240条）`: the base
    // in brackets after the change. (Years, `较2023年`, are numbers too: passed over.)
    const counts = nums.filter((n) => n.unit !== '年');
    for (let k = 0; k + 1 < counts.length; k++) {
      const count = counts[k];
      if (NOT_COUNTS.has(count.unit) || count.approx) continue;
      // `46件（自然人40件、法人或其他组织6件），较上年增加9件`: a breakdown in brackets between the count and its change
      // (no year, rate or change in it) is passed over (brk115 #8).
      const gap = asideAfter(t, count.unitEnd, end);
      const n1 = counts.findIndex((n) => n.start >= gap);
      const next = counts[n1];
      if (n1 < 0 || next.approx || (next.unit !== count.unit && next.unit !== '%')) continue;
      if (k > 0 && counts[k - 1].unit === count.unit && AMOUNT_BEFORE.test(t.slice(counts[k - 1].unitEnd, count.start))) continue;
      const amplitude = next.unit === '%' ? AMPLITUDE_AFTER_CHANGE.exec(t.slice(gap, next.start)) : null;
      const compared = CHANGE_WITHOUT_BASE.exec(t.slice(gap, next.start)) ?? (amplitude && /增|上升/.test(amplitude[1]) === (amplitude.groups!.size === '增幅') ? amplitude : null);
      const verb = compared ?? (next.unit === '%' ? BARE_RATE : BARE_AMOUNT).exec(t.slice(gap, next.start));
      if (!verb || (/幅/.test(verb[1]) && next.unit !== '%')) continue;
      // (A bare amount after last year's count, `较上年同期的40件增加6件，同比增长15%`: that change is read above, with its base.)
      if (!compared && next.unit === count.unit && COMPARED_WITH.test(t.slice(Math.max(start, count.start - 16), count.start))) continue;
      const up = UP.test(verb[1]);
      const first = counts.slice(0, k).find((n) => n.unit === count.unit && n.start >= start);
      const subject = first ? { subject: first } : {};
      const ofApplications = NAMES_APPLICATIONS.test(t.slice(gap, next.start)) ? { named: true as const } : {};
      let amount: NumberToken | undefined, rate: NumberToken | undefined, j = n1;
      if (next.unit === count.unit) {
        amount = next;
        const after = counts[n1 + 1];
        // (After a bare amount, the rate names the comparison: `增加6件，较上年增长15%`, `增加6件，同比增长15%`.)
        const rateVerb = after && after.unit === '%' && !after.approx && (compared ? RATE_AFTER : RATE_AFTER_COMPARED).exec(t.slice(amount.unitEnd, after.start));
        if (rateVerb && UP.test(rateVerb[1]) === up) [rate, j] = [after, n1 + 1];
      } else {
        rate = next;
        // `较上年增长15%，增加6件`: the amount after the rate.
        const after = counts[n1 + 1];
        const amountVerb = after && after.unit === count.unit && !after.approx && AMOUNT_AFTER.exec(t.slice(rate.unitEnd, after.start));
        // (Not against another year than the rate's: `同比增长15%，较2022年增加10件` are two changes. A rate with no
        // comparison is the amount's, which must name one: `增长15%，较上年增加6件`.)
        const yearOf = (words: string) => YEAR_IN.exec(words)?.[1];
        const sameYear = compared ? yearOf(amountVerb ? amountVerb[0] : '') === yearOf(t.slice(gap, rate.start)) : !!amountVerb && /比|较|与/.test(amountVerb[0]);
        if (amountVerb && UP.test(amountVerb[1]) === up && sameYear) [amount, j] = [after, n1 + 1];
      }
      // (A bare rate or a bare amount only with the other after it naming the comparison; `46件，增幅15%`: 增幅 / 降幅
      // alone is the change against last year, as `同比增长15%` is: brk128 #6.)
      if (!compared && !(amount && rate) && !/幅/.test(verb[1])) continue;
      const from = gap + (/^[，,]/.test(t.slice(gap)) ? 1 : 0);
      const named = YEAR_IN.exec(t.slice(gap, counts[j].start));
      const year = { ...(named ? { year: Number(named[1]) } : {}), ...(AS_NEW.test(t.slice(counts[j].unitEnd, end)) ? { asNew: true as const } : {}) };
      const bracket = counts[j + 1];
      if (bracket && bracket.unit === count.unit && !bracket.approx && BASE_IN_BRACKETS.test(t.slice(counts[j].unitEnd, bracket.start).replace(/\s+/g, ''))) {
        const inBracket = YEAR_IN.exec(t.slice(gap, bracket.start));
        out.push({ count, base: bracket, amount, rate, up, from, to: bracket.unitEnd + 1, ...ofApplications, ...(inBracket ? { year: Number(inBracket[1]) } : {}) });
        continue;
      }
      // A rate alone, or an amount alone (`46件，较上年增加6件`, brk112 #3): against last year's report, when the check has
      // one (see `lastYear`).
      if (rate && !amount && rate === next) {
        out.push({ count, base: count, lastYear: true, rate, up, from, to: rate.unitEnd, ...year, ...subject, ...ofApplications });
        continue;
      }
      if (amount && !rate) {
        out.push({ count, base: count, lastYear: true, amount, up, from, to: amount.unitEnd, ...year, ...subject, ...ofApplications });
        continue;
      }
      const value = amount ? (up ? minus(count.value, amount.value) : minus(count.value, -amount.value)) : 0;
      if (!rate || !amount || value <= 0) continue;
      // (Checked against last year's report too when the check has one, as the amount or rate alone is: brk116 #4.)
      out.push({ count, base: { ...count, value }, derived: true, amount, rate, up, from, to: Math.max(rate.unitEnd, amount.unitEnd), ...year, ...subject, ...ofApplications });
    }
    // `全年新收政府信息公开申请46件。与上年相比，申请数量增加9件。`: the change of the applications in the sentence after
    // their count, against last year's report. The count: the first of its unit in the sentence before (its subject,
    // not a part listed after it), which must be an application count (`named`).
    const lead = nums[0] && !nums[0].approx ? LEADING_CHANGE.exec(t.slice(start, nums[0].start).trim()) : null;
    if (lead && (lead.groups?.before || lead.groups?.after) && start > 0) {
      const prevStart = Math.max(0, t.lastIndexOf('。', start - 2) + 1);
      const change = nums[0];
      const count = numbersIn(para, prevStart, start).find((n) => (n.unit === '件' || n.unit === '件次') && !n.approx);
      const named = YEAR_IN.exec(lead[0]);
      const from = start + /^\s*/.exec(t.slice(start, nums[0].start))![0].length;
      if (count && (change.unit === count.unit || change.unit === '%')) {
        const up = UP.test(lead[3]);
        const what = change.unit === '%' ? { rate: change } : { amount: change };
        out.push({ count, base: count, lastYear: true, ...what, up, from, to: change.unitEnd, named: true, ...(named ? { year: Number(named[1]) } : {}) });
      }
    }
    // `新收46件，办结47件，分别同比增长9.5%、20%`, `新收46件、办结47件，同比分别减少3件、增加3件`, `…，较上年分别为增加6件、
    // 持平`: each change of the list after 分别 is of the count in the same place of the counts before it, against last
    // year's report (brk128 #3). Only when the clause (up to the last ；) has as many counts before the list as the list
    // has changes: with more or fewer, which change is whose cannot be told.
    for (let k = 0; k < counts.length; k++) {
      const head = counts[k];
      if (head.start < start || head.unitEnd >= end || NOT_COUNTS.has(head.unit)) continue;
      const words = RESPECTIVE.exec(t.slice(head.unitEnd, end));
      if (!words) continue;
      type Item = { dir?: string; x?: NumberToken; flat?: { start: number; end: number } };
      const items: Item[] = [];
      for (let pos = head.unitEnd + words[0].length; ;) {
        const m = RESPECTIVE_ITEM.exec(t.slice(pos, end));
        let item: Item | undefined;
        if (m?.groups?.flat) item = { flat: { start: pos + m[0].length - m.groups.flat.length, end: pos + m[0].length } };
        else {
          const at = pos + (m ? m[0].length : 0);
          const x = counts.find((n) => n.start === at);
          if (x) item = { ...(m ? { dir: m.groups!.dir } : {}), x };
        }
        // (After a comma only a change naming its direction, or none, goes on the list: `…7件，2件结转下年度` is another.)
        if (!item || (items.length && /^[，,]/.test(t.slice(pos - 1, pos)) && !item.dir && !item.flat)) break;
        // (All the numbers of one unit: `，增长15%` after changes in 件 is another statement.)
        const unit = items.find((i) => i.x)?.x?.unit;
        if (item.x && unit !== undefined && item.x.unit !== unit) break;
        items.push(item);
        const after = item.x ? item.x.unitEnd : item.flat!.end;
        const join = RESPECTIVE_JOIN.exec(t.slice(after, end));
        if (!join) break;
        pos = after + join[0].length;
      }
      if (items.length < 2 || !(items[0].dir || items[0].flat)) continue;
      // After the first, every change names its direction (or says none) or none does (`分别增加6件、7件`: the first's).
      const marked = items.slice(1).filter((i) => i.dir || i.flat).length;
      if (marked !== 0 && marked !== items.length - 1) continue;
      if (marked === 0 && !items[0].dir) continue;
      const unit = items.find((i) => i.x)?.x?.unit;
      if (items.some((i) => i.x?.approx) || (unit !== undefined && unit !== '%' && unit !== head.unit)) continue;
      // The counts the changes are of: every number of the clause before the list (dates aside), as many as the changes.
      const clause = Math.max(start, t.lastIndexOf('；', head.start) + 1, t.lastIndexOf(';', head.start) + 1);
      const of = nums.filter((n) => n.start >= clause && n.unitEnd <= head.unitEnd && !DATE_UNITS.has(n.unit));
      if (of.length !== items.length || of.some((x) => x.unit !== head.unit || x.approx || x.value <= 0)) continue;
      const from = head.unitEnd + (/^[，,]/.test(t.slice(head.unitEnd)) ? 1 : 0);
      const named = YEAR_IN.exec(words[0]);
      of.forEach((count, i) => {
        const { x, flat } = items[i];
        const year = named ? { year: Number(named[1]) } : {};
        if (flat) {
          const amount: NumberToken = { start: flat.start, end: flat.end, value: 0, decimals: 0, unit: count.unit, approx: false, unitEnd: flat.end };
          out.push({ count, base: count, lastYear: true, listed: true, flat: true, amount, up: false, from, to: flat.end, ...year });
          return;
        }
        const up = UP.test(items[i].dir ?? items[0].dir!);
        out.push({ count, base: count, lastYear: true, listed: true, ...(x!.unit === '%' ? { rate: x! } : { amount: x! }), up, from, to: x!.unitEnd, ...year });
      });
    }
    // `46件，与上年持平`: no change, against last year's report (brk112 #3).
    for (let k = 0; k < counts.length; k++) {
      const count = counts[k];
      if (NOT_COUNTS.has(count.unit) || count.approx || count.unitEnd >= end) continue;
      if (k > 0 && counts[k - 1].unit === count.unit && AMOUNT_BEFORE.test(t.slice(counts[k - 1].unitEnd, count.start))) continue;
      const gap = asideAfter(t, count.unitEnd, end);
      const flat = FLAT.exec(t.slice(gap, end));
      if (!flat) continue;
      const from = gap + (/^[，,]/.test(t.slice(gap)) ? 1 : 0);
      const to = gap + flat[0].length;
      const amount: NumberToken = { start: to - flat.groups!.word.length, end: to, value: 0, decimals: 0, unit: count.unit, approx: false, unitEnd: to };
      const named = YEAR_IN.exec(flat[0]);
      if (flat.groups!.base) {
        const at = gap + flat.index + flat[0].indexOf(flat.groups!.base);
        const base = counts.find((n) => n.start > at && n.unitEnd < at + flat.groups!.base.length);
        if (base && base.unit === count.unit && !base.approx && base.value > 0) out.push({ count, base, flat: true, amount, up: false, from, to, ...(named ? { year: Number(named[1]) } : {}) });
        continue;
      }
      const subject = counts.slice(0, k).find((n) => n.unit === count.unit && n.start >= start);
      out.push({ count, base: count, lastYear: true, flat: true, amount, up: false, from, to, ...(named ? { year: Number(named[1]) } : {}), ...(subject ? { subject } : {}), ...(NAMES_APPLICATIONS.test(flat[0]) ? { named: true as const } : {}) });
    }
  }
  return out;
}
