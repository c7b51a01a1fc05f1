import type { Report } from '../model/build.js';
import { agencyOf } from './agency.js';
import { COUNT_UNITS, indexBetween, isChineseNumeralChar, lastIndexOfAny, numberAt, numbersIn, proseOf, sentenceEnd, sentenceStart, type NumberToken, type Paragraph, type ProseText, type Sentence } from './text.js';

/**
 * The anchored-phrase table: the phrases that tie a number in the prose to one table quantity, and the
 * qualifiers that make the same words mean another quantity. A number is compared only when an anchor names it
 * directly (`不予公开1件`, `受理政府信息公开申请 17 件`, `有 1 件涉及政府信息公开工作的行政复议`), with nothing but
 * filler words between (`的`, `答复`, `共`, `为` …). `readings` lists every table quantity the phrase may mean in
 * real reports; the prose agrees when it matches any of them (`受理` is 新收 in some reports, 新收 + 上年结转 in
 * others).
 */
export interface Anchor {
  id: string;
  re: RegExp;
  /** Literals of which every match of `re` contains one: a sentence with none of them is not searched. */
  keys: string[];
  /** Quantity ids (see `Quantities.get`); the first is the usual reading. */
  readings: string[];
  /** The number may stand before the phrase (`另有 103 件顺延到下年度答复`). */
  before?: boolean;
  /** The sentence must be about 依申请公开 (`申请` earlier in the paragraph). */
  application?: boolean;
  /**
   * The phrase names the applications only by where it stands (`全年收到申请540件`, `本年度共受理42件`): read only in
   * section 三 or under `（二）依申请公开` (see `claimsPerParagraph`'s `applications`), or in the parts of section 一
   * about 依申请公开 (`applicationParts`: `依申请公开方面，…`, under `**依申请公开情况**`), and, like 办结, it counts what
   * its clause or the clause before it counts (`subjectOf`: `全年收到群众来信30封，受理25件` is not compared).
   */
  short?: boolean;
  /** The sentence (or the one before) must be about 政府信息公开 (行政复议/诉讼 of any kind are not). */
  disclosure?: boolean;
  /** A total: `其中` before it (in the same clause chain) makes it a part, not the total. */
  total?: boolean;
  /** 表四 result leaf (`结果维持` …): its group comes from the last 行政复议/行政诉讼 phrase of the sentence. */
  leaf?: number;
  /** 表二 row (`规章`, `行政规范性文件`): its column comes from the verb before it. */
  t2row?: string;
  /**
   * 表二 column named by a verb alone (`废止1件`, `现行有效25件` after `制发行政规范性文件3件`): its row is the last 表二
   * row phrase (`t2row`) before it in the sentence.
   */
  t2col?: string;
  /** Units the count may have when not `COUNT_UNITS` (`完成政府集中采购项目8个`, `项`). */
  units?: readonly string[];
  /** An amount in 万元 (`收取行政事业性收费13.5万元`, or in 元: `135000元`): decimals allowed, compared to the precision written. */
  money?: boolean;
}

/**
 * The columns of 表三 under 法人或其他组织 that the prose may name as a kind of applicant (templates.md §3.3, §4.3: the
 * same in the 2019 and 2021 formats): the template column id, its label, and a short form read as the column only before
 * 申请 (`企业申请3件` for 商业企业). 其他 is left out: alone it names no column.
 */
export const APPLICANT_COLUMNS: { id: string; label: string; short?: string }[] = [
  { id: 'C2', label: '商业企业', short: '企业' },
  { id: 'C3', label: '科研机构' },
  { id: 'C4', label: '社会公益组织' },
  { id: 'C5', label: '法律服务机构' },
];

/** What a clause may be about besides 政府信息公开申请, whose 个人 / 公民 are no column of 表三 (`12345热线受理个人申请41件`). */
const NOT_DISCLOSURE = /热线|信箱|留言|来信|来电|来访|信访|举报|投诉|诉求|咨询|工单|政务服务|便民服务|审批|许可|问政/;

const APPLICATION_OBJECT = '(?:政府信息公开申请|信息公开申请|依申请信息公开|依申请公开(?:申请)?|公开申请)';

/**
 * A regular expression source for 表二 row `row` (`行政许可`, `行政处罚`, `行政强制`) written bare with its count in 件, as
 * one of two or more such rows listed one after another in clauses opened by the report year's own time
 * (`本年度行政许可1600件，行政处罚90件，行政强制5件`, `全年行政处罚90件、行政强制5件`): the row's words, its count after them.
 */
function t2Listed(row: string): string {
  const time = '(?:^|[，,；;])(?:本年度?|全年|今年|(?:19|20)\\d{2}年度?)[，,]?';
  const count = '(?:共计|共|合计|计|为)?[ \\t]*[0-9０-９]+[ \\t]*件';
  const member = `行政(?:许可|处罚|强制)${count}`;
  const sep = '[，,、；;]';
  return `(?<=${time}(?:${member}${sep})+)${row}(?=${count})|(?<=${time})${row}(?=${count}(?:${sep}${member})+)`;
}

/**
 * Before 内部事务信息 or 过程性信息 written without 三类/四类 (or 属于): read as that 不予公开 row only after 不予公开 earlier in
 * its sentence (`不予公开6件（其中内部事务信息3件）`), and not as what was asked for (`申请公开…`, `要求提供…`, `涉及…的申请`
 * with no 不予公开 before it).
 */
const BARE_REASON_AS_RESULT = '(?<=不予公开[^。；;！？!?\\n]{0,40})(?<!申请|要求|申请公开|要求公开|申请获取|要求获取|申请提供|要求提供|查询)';

/** 全部公开 as the name of 予以公开 (`全部公开25件`): counted only by a number after it (`numberAfter`), see `ANCHORS`. */
const GRANTED_ALL = /全部公开$/;

/**
 * After a kind of applicant, that most applications are theirs, with their count next (`申请人以自然人为主，共41件`,
 * `自然人申请居多，达41件`, `以法人或其他组织为主，共6件`: brk128 #10; in brackets too, `以自然人为主（共45件）`: brk152 #9):
 * the count is that column's as right after the name.
 * (Without a count next, `以自然人为主，占87%`, nothing is counted.)
 */
const MOSTLY = '(?:(?:为主|居多|最多|占多数|占大多数|占绝大多数|占主导|占主体)[，,]?(?=(?:[（(](?=[^（()）]{0,12}[）)]))?(?:共计|共有|合计|总计|共|计|达到|达|有|为)?[ \\t]*[0-9０-９一二三四五六七八九十两百]))?';
/** The words of `MOSTLY` that say a kind of applicant is the most (`自然人为主，共41件`). */
const MOSTLY_WORD = /为主|居多|最多|占多数|占大多数|占绝大多数|占主导|占主体/;

/** Longer phrases first: a text position claimed by one anchor is not read by a later one. */
export const ANCHORS: Anchor[] = [
  // The two together: joined (`予以公开及部分公开`, `全部或部分公开`; see `JOINED` for `24件予以公开、部分公开6件`), or
  // one that includes the other (`予以公开（含部分公开）30件`, `予以公开（包括部分公开6件）30件`, `其中公开（含部分公开）30件`,
  // helper-220 #17; `予以公开30件（含部分公开6件）` is read by `includesPartial`).
  { id: 'granted+partial', re: /(?<!不)(?:予以公开|同意公开|全部公开|全部)(?:及|和|与|或|、)部分公开(?!的?(?:各|均|都|分别))|(?<!不)(?:予以公开|同意公开|全部公开)[（(](?:含|包括|其中)部分公开[^（）()，,。；;]{0,12}[）)]|(?<!不予|主动|依申请|予以|同意|全部|部分|政务|信息)公开[（(](?:含|包括)部分公开[^（）()，,。；;]{0,12}[）)]/g, keys: ['部分公开'], readings: ['R3.1+R3.2'], application: true },
  { id: 'sub:R3.3.1', re: /(?:属于)?国家秘密/g, keys: ['国家秘密'], readings: ['R3.3.1'], application: true },
  // (The row's own words, `其他法律行政法规禁止公开1件`: brk140 #6's sentence lists it with the other rows.)
  { id: 'sub:R3.3.2', re: /(?:属于)?其他法律[、和及]?行政法规禁止公开/g, keys: ['其他法律'], readings: ['R3.3.2'], application: true },
  { id: 'sub:R3.3.3', re: /危及[“"]?三安全一稳定[”"]?/g, keys: ['三安全一稳定'], readings: ['R3.3.3'], application: true },
  { id: 'sub:R3.3.4', re: /保护第三方合法权益/g, keys: ['保护第三方合法权益'], readings: ['R3.3.4'], application: true },
  // (Also without the row's number word where it is the result, `（其中内部事务信息3件）`, `属于过程性信息的2件` after
  // 不予公开 in its sentence, or after 属于: brk128 #10a. Not the content asked for, `对申请公开内部事务信息的3件申请`,
  // `涉及过程性信息的申请`, which counts applications, whatever their answer: brk130 #2.)
  { id: 'sub:R3.3.5', re: new RegExp(`(?:属于)?三类内部事务信息|属于内部事务信息|${BARE_REASON_AS_RESULT}内部事务信息`, 'g'), keys: ['内部事务信息'], readings: ['R3.3.5'], application: true },
  { id: 'sub:R3.3.6', re: new RegExp(`(?:属于)?四类过程性信息|属于过程性信息|${BARE_REASON_AS_RESULT}过程性信息`, 'g'), keys: ['过程性信息'], readings: ['R3.3.6'], application: true },
  { id: 'sub:R3.3.7', re: /(?:属于)?行政执法案卷/g, keys: ['行政执法案卷'], readings: ['R3.3.7'], application: true },
  { id: 'sub:R3.3.8', re: /(?:属于)?行政查询事项/g, keys: ['行政查询事项'], readings: ['R3.3.8'], application: true },
  { id: 'sub:R3.4.1', re: /本机关不掌握(?:相关)?(?:政府)?(?:信息)?/g, keys: ['本机关不掌握'], readings: ['R3.4.1'], application: true },
  // (Also by the row's last words alone, `（其中需要另行制作的3件）`, `（其中另行制作3件）`: brk122 #4.)
  { id: 'sub:R3.4.2', re: /没有现成信息(?:需要另行制作)?|(?:需要)?另行制作/g, keys: ['没有现成信息', '另行制作'], readings: ['R3.4.2'], application: true },
  { id: 'sub:R3.4.3', re: /补正后(?:申请)?内容仍不明确/g, keys: ['补正后'], readings: ['R3.4.3'], application: true },
  // (With the result after the row's name, `信访举报投诉类申请不予处理1件`: the row's count, brk140 #6.)
  { id: 'sub:R3.5.1', re: /信访举报投诉类?(?:申请)?(?:(?:依法)?(?:予以|作出?)?不予处理(?:的)?)?/g, keys: ['信访举报投诉'], readings: ['R3.5.1'], application: true },
  { id: 'sub:R3.5.2', re: /重复申请/g, keys: ['重复申请'], readings: ['R3.5.2'], application: true },
  { id: 'sub:R3.5.3', re: /(?:要求提供)?公开出版物/g, keys: ['公开出版物'], readings: ['R3.5.3'], application: true },
  { id: 'sub:R3.5.4', re: /无正当理由大量反复申请/g, keys: ['无正当理由大量反复申请'], readings: ['R3.5.4'], application: true },
  { id: 'sub:R3.5.5', re: /要求行政机关确认或重新出具已获取信息/g, keys: ['要求行政机关确认或重新出具已获取信息'], readings: ['R3.5.5'], application: true },
  { id: 'sub:R3.6.1', re: /逾期不补正/g, keys: ['逾期不补正'], readings: ['R3.6.1'], application: true },
  { id: 'sub:R3.6.2', re: /逾期未按收费通知要求缴纳费用|逾期不缴费/g, keys: ['逾期未按收费通知要求缴纳费用', '逾期不缴费'], readings: ['R3.6.2'], application: true },
  // (Also 全部公开, the other name of 予以公开 beside 部分公开: `全部公开25件`, `予以全部公开25件`, brk128 #10; `全部予以公开`
  // is read as 予以公开, with a count before it too. Not where it is not done, `未全部公开`, `不能全部公开`; and only with
  // its count after it: `办结47件，全部公开` may say how those were answered, not count the result: see `GRANTED_ALL`.)
  { id: 'granted', re: /(?<!不)(?:予以公开|同意公开)|(?<![不未没能可应须需])(?:予以|同意)?全部公开(?!申请|政府信息|信息|工作|情况)/g, keys: ['予以公开', '同意公开', '全部公开'], readings: ['R3.1'], application: true, before: true },
  { id: 'partial', re: /部分公开/g, keys: ['部分公开'], readings: ['R3.2'], application: true, before: true },
  { id: 'refused', re: /不予公开/g, keys: ['不予公开'], readings: ['R3.3'], application: true, before: true },
  { id: 'unable', re: /无法提供/g, keys: ['无法提供'], readings: ['R3.4'], application: true, before: true },
  { id: 'not-processed', re: /不予处理/g, keys: ['不予处理'], readings: ['R3.5'], application: true, before: true },
  { id: 'other-handling', re: /其[他它]处理/g, keys: ['其他处理', '其它处理'], readings: ['R3.6'], application: true, before: true },
  // (`2023年结转2件`, `2023年结转至2024年的申请2件`: carried over from the year named, 上年结转 only when it is the year
  // before the report's, into the report's.)
  { id: 'carried', re: /上一?年度?结转(?:的)?(?:政府信息公开申请|申请)?|(?:19|20)\d{2}[^\S\n\r]*年度?(?:的)?结转(?:(?:至|到)(?:19|20)\d{2}[^\S\n\r]*年度?|(?![至到下]))(?:的)?(?:政府信息公开申请|申请)?/g, keys: ['结转'], readings: ['R2'], application: true },
  // (`结转至2025年继续办理`, `转入2025年办理` name the next year by number: compared when it is the year after the report's.)
  // (Not a month of it, `结转2025年1月`; a count right after the year is one, `结转2023年2件`, brk184 #2.)
  { id: 'carried-over', re: /(?:结转|转入|转|顺延|延)(?:到|至)?下一?年度?(?:继续)?|(?:(?:结转|转入|转|顺延|延)(?:到|至)|转入|结转)((?:19|20)\d{2})年度?(?![\d０-９]{1,2}月|[一二三四五六七八九十]{1,2}月)(?:继续)?/g, keys: ['下', '转至', '转到', '延至', '延到', '转入', '结转'], readings: ['R4'], application: true, before: true },
  // 自然人 also as 公民 or 个人 (`公民申请12件`, `个人提出的申请12件`, `公民提交的申请12件`), but only right before 申请: elsewhere they are
  // anyone (`公民、法人和其他组织`, `个人信息`); and not in a clause about a hotline, letters or petitions
  // (`12345热线受理个人申请41件`), where 个人 asks for anything. 群众 is left out: it names all the applicants as often as
  // the natural persons.
  { id: 'natural', re: new RegExp(`(?:自然人|(?<!非|(?:${NOT_DISCLOSURE.source})[^，,；;。：:]{0,16})(?:公民个人|公民|个人)(?=(?:提出|提交|递交)?的?(?:政府信息公开|信息公开)?申请(?!人)))(?:提出|提交|递交)?的?(?:(?:政府信息公开|信息公开)?申请(?!人))?${MOSTLY}`, 'g'), keys: ['自然人', '公民', '个人'], readings: ['natural:R1', 'natural:R1+R2'], application: true },
  // (`公民、法人和其他组织申请46件` are all the applicants, the words of the 条例: no column.)
  { id: 'legal', re: new RegExp(`(?<!(?:公民|个人)[、和及与或])法人(?:或|和|及)?其[他它]组织(?:提出|提交|递交)?的?(?:(?:政府信息公开|信息公开)?申请(?!人))?${MOSTLY}`, 'g'), keys: ['其他组织', '其它组织'], readings: ['legal:R1', 'legal:R1+R2'], application: true },
  // The columns under 法人或其他组织 by their own names (`法律服务机构申请5件`, `其中商业企业2件`), 商业企业 also as 企业
  // before 申请 (`企业申请3件`: 表三 has no other column of enterprises); a kind within a column (`律师事务所`, `公司`,
  // `高校`) counts a part of it and is no column (`APPLICANT_PART`). (其他 names no column by itself.)
  ...APPLICANT_COLUMNS.map(({ id, label, short }): Anchor => ({
    id: `applicant:${id}`,
    re: new RegExp(`(?:${label}${short ? `|(?<!${label.slice(0, label.length - short.length)})${short}(?=(?:提出|提交|递交)?的?申请)` : ''})(?:提出(?:的)?)?(?:申请)?${MOSTLY}`, 'g'),
    keys: [short ?? label],
    readings: [`${id}:R1`, `${id}:R1+R2`],
    application: true,
  })),
  // (`新收各类政府信息公开申请46件`: all of them, brk115 #8.)
  { id: 'new', re: new RegExp(`(?:本年)?新收(?:到)?(?:(?:各类|各种|各项)?${APPLICATION_OBJECT})?`, 'g'), keys: ['新收'], readings: ['R1'], application: true, total: true },
  { id: 'received', re: new RegExp(`(?:受理|收到|接收|收办|接到)(?:了)?[^，,。；;、\\d（(]{0,10}?${APPLICATION_OBJECT}`, 'g'), keys: ['申请'], readings: ['R1', 'R1+R2'], application: true, total: true },
  // The same count without 政府信息公开 (`全年收到申请540件`, `共收到申请五百三十八件`) or without 申请 (`本年度共受理42件`):
  // only where the applications need not be named (`short`); not `不予受理`, `未收到`, `收到申请人…`.
  { id: 'received', re: /(?<![未不予])(?:受理|收到|接收|收办|接到)(?:了)?(?:申请(?!人))?/g, keys: ['受理', '收到', '接收', '收办', '接到'], readings: ['R1', 'R1+R2'], application: true, total: true, short: true },
  // The applications counted without a verb right after the year's own time opening their clause: `本年度政府信息公开
  // 申请数量为120件`, `全年政府信息公开申请46件`, as 表三's 一、本年新收政府信息公开申请数量 words it (brk106 #9); read as a
  // count received. (Not after other words, `涉及征地的政府信息公开申请5件`, `通过网上提交的…申请30件`: a part's; nor
  // without the time, `信息公开申请 27件` opening a paragraph, a sentence's end cut from its start by a page break.)
  { id: 'received', re: /(?<=(?:^|[，,；;：:])(?:本年度?|全年|今年|年内|(?:19|20)\d{2}年度?)(?:内)?[，,]?(?:共|共计|累计)?)(?:政府信息公开|信息公开|依申请公开)申请(?:的?(?:总?数量|总数|件数|总量))?(?:为|是|共计?|合计|达到?)?(?=[ \t]*[0-9０-９]+[ \t]*件)/g, keys: ['申请'], readings: ['R1', 'R1+R2'], application: true, total: true },
  // `正在办理1件`, `仍在办理中的1件`, `另有1件尚在办理`: what is still pending, i.e. 结转下年度继续办理 (not 办理 as a total).
  // (`尚有4件申请在办理中`: 在办理中 right after the count, brk90.)
  // (And in other everyday words, brk141 #8: `剩余2件继续办理`, `2件仍需继续办理` — 继续办理 right after the count; `除2件尚在
  // 答复期内外`, `1件仍在法定答复期限内`, `尚有3件申请在法定答复期限内` (brk151 #7) — still within the time to answer, so
  // not concluded; `在…期内` right after a count only when the clause ends there: `另有5件申请在答复期内被申请人撤回` tells
  // what happened within the time, not that they are pending.)
  // (Or done in the year named right after the count, `剩余2件将于2023年办结`, `2件将在2023年1月继续办理`: the
  // report year's next only, brk184 #5.)
  // (Or not concluded, `尚有3件未办结`, `3件尚未办结`, `未办结3件`: the same count; before 办结's phrase too, which
  // would read its 办结 as a count concluded.)
  // (Before 办结's phrase, which would take the 办结 of `2件将于2023年办结`.)
  { id: 'pending', re: /(?:尚|仍|还)?未办结|(?<=[0-9０-９]件(?:政府信息公开)?(?:申请)?)(?:将|拟|预计|计划)?(?:于|在)(?:19|20)\d{2}年度?(?:内|[0-9０-９]{1,2}月(?:份|底|中旬|上旬|下旬)?(?:前)?)?(?:继续)?(?:办理|办结|答复|处理)(?:完毕|完成)?|(?:正在|仍在|尚在|还在)办理(?:中)?|(?<=[0-9０-９]件(?:政府信息公开)?(?:申请)?)在办理中|(?<=[0-9０-９]件(?:政府信息公开)?(?:申请)?)(?:仍需要?|尚需要?|还需要?|需要?|将|仍|尚|还)?继续办理(?:中)?|(?:正|仍|尚|还)(?:处)?(?:在|于)(?:法定)?(?:答复|办理)期(?:限)?内|(?<=[0-9０-９]件(?:政府信息公开)?(?:申请)?)(?:处)?(?:在|于)(?:法定)?(?:答复|办理)期(?:限)?内(?=\s*(?:[，,。；;）)]|$|(?:尚未|未|仍|尚|继续|结转)))/g, keys: ['办理', '答复', '办结', '处理'], readings: ['R4'], application: true, before: true },
  // (Not 答复期, the time to answer: `尚在答复期内`, a pending count.)
  { id: 'concluded', re: /(?:已?办结|作出答复|答复(?!期)|办理完毕|处理完毕)/g, keys: ['办结', '答复', '办理完毕', '处理完毕'], readings: ['R3.7'], application: true, total: true },
  // `跨年度办理4件`, `4件跨年办理`: handled across the year's end, carried over to next year or from last year (which one
  // the words do not say: either is accepted), never a count concluded.
  { id: 'cross-year', re: /跨(?:年度?|年)(?:办理|办结|答复)(?:的)?(?:政府信息公开申请|申请)?/g, keys: ['跨年'], readings: ['R4', 'R2'], application: true, before: true },
  // (Not the verb of a time to come, `将于2025年继续办理的1件行政复议案件`: 尚未审结's phrase, see `leaf:3`.)
  { id: 'handled', re: /(?<!(?:于|在)(?:19|20)\d{2}年度?(?:继续)?)办理/g, keys: ['办理'], readings: ['R3.7', 'R1', 'R1+R2'], application: true, total: true },
  { id: 'litigation-direct', re: /未经复议直接(?:提起)?(?:行政)?(?:起诉|诉讼)/g, keys: ['直接'], readings: ['T4:G2'], disclosure: true, before: true },
  { id: 'litigation-after-review', re: /复议后(?:提起)?(?:行政)?(?:起诉|诉讼)/g, keys: ['复议后'], readings: ['T4:G3'], disclosure: true, before: true },
  { id: 'review', re: /行政复议(?!机关|机构|决定|纠错|申请书|法|委员会)/g, keys: ['行政复议'], readings: ['T4:G1'], disclosure: true, before: true },
  { id: 'litigation', re: /行政诉讼(?!法)/g, keys: ['行政诉讼'], readings: ['T4:lit'], disclosure: true, before: true },
  { id: 'leaf:0', re: /(?:结果)?维持(?:原?(?:行政行为|决定))?/g, keys: ['维持'], readings: [], leaf: 0, before: true },
  // (结果纠正 counts decisions revoked, changed or found unlawful: `1件被撤销`, `被确认违法1件`; and a lawsuit lost,
  // `被提起行政诉讼2件，败诉1件`, brk151 #8: the court revoked the act, found it unlawful or ordered it to act. Only of a
  // 行政诉讼 group, see `LOST`.)
  { id: 'leaf:1', re: /(?:结果)?纠正|被?纠错|被(?:依法)?(?:撤销|变更|确认违法)|(?<!胜诉和|胜诉、|未)败诉(?!率|案件?[^0-9０-９件]|的?(?:风险|原因))/g, keys: ['纠正', '纠错', '撤销', '变更', '确认违法', '败诉'], readings: [], leaf: 1, before: true },
  { id: 'leaf:2', re: /其[他它]结果/g, keys: ['其他结果', '其它结果'], readings: [], leaf: 2, before: true },
  // (Or to be dealt with in the year named, `1件行政复议案件将于2025年继续办理`: pending, when that is the report year's
  // next, see `NEXT_YEAR_ONLY`; the verb after is left to other phrases, brk186 #7.)
  { id: 'leaf:3', re: /尚?未审结|(?:正|尚|仍|还)?在审理(?:过程)?中?|审理中|(?:将|拟|预计|计划)?(?:于|在)(?:19|20)\d{2}年度?(?:内|[0-9０-９]{1,2}月(?:份|底|中旬|上旬|下旬)?(?:前)?)?(?=(?:继续)?(?:办理|审理|审结|办结|处理)(?:完毕|完成)?)/g, keys: ['审结', '审理', '办理', '办结', '处理'], readings: [], leaf: 3, before: true },
  // `作出行政许可决定1250件`: the 处理决定数量 of 表二; only with 决定 (`行政许可事项`, `双公示信息` count other things), or
  // right after 作出 with the count right after it (`作出行政许可1600件`, helper-220 #17: the same decisions).
  // (And as 表二 lists them, bare, two or more one after another in clauses opened by the year's own time:
  // `本年度行政许可1600件，行政处罚90件，行政强制5件`, brk106 #9; not one alone, `行政许可1600件`, which may count
  // applications, items or notices.)
  { id: 't2:T2.3:decisions', re: new RegExp(`行政许可(?:处理)?决定(?!书)|(?<=[作做]出)行政许可(?=(?:共计|共|合计|计)?[0-9０-９])|${t2Listed('行政许可')}`, 'g'), keys: ['行政许可'], readings: ['T2.3:decisions'] },
  { id: 't2:T2.5:decisions', re: new RegExp(`行政处罚(?:处理)?决定(?!书)|(?<=[作做]出)行政处罚(?=(?:共计|共|合计|计)?[0-9０-９])|${t2Listed('行政处罚')}`, 'g'), keys: ['行政处罚'], readings: ['T2.5:decisions'] },
  { id: 't2:T2.6:decisions', re: new RegExp(`行政强制(?:处理)?决定(?!书)|(?<=[作做]出)行政强制(?=(?:共计|共|合计|计)?[0-9０-９])|${t2Listed('行政强制')}`, 'g'), keys: ['行政强制'], readings: ['T2.6:decisions'] },
  { id: 't2:T2.2', re: /(?:行政)?规范性文件/g, keys: ['规范性文件'], readings: [], t2row: 'T2.2' },
  { id: 't2:T2.1', re: /规章(?!制度)/g, keys: ['规章'], readings: [], t2row: 'T2.1' },
  // `制发行政规范性文件3件，废止1件，现行有效25件`: the verb alone names a column of the row named before it.
  { id: 't2:repealed', re: /废止|宣布失效/g, keys: ['废止', '宣布失效'], readings: [], t2col: 'repealed' },
  // `行政规范性文件“立改废”情况：新制定4件、修改0件、废止2件` (helper-215's near misses): the verb right before its count.
  { id: 't2:made', re: /(?:新)?(?:制定|制发|出台|印发)(?=[ \t]*[0-9０-９])/g, keys: ['制定', '制发', '出台', '印发'], readings: [], t2col: 'made', units: ['件', '份'] },
  { id: 't2:in-force', re: /现行有效/g, keys: ['现行有效'], readings: [], t2col: 'in-force' },
  // 表二 第二十条第（八）项 (2021: 本年收费金额, in 万元) and 第（九）项 (2019: 采购项目数量, 采购总金额 in 万元).
  { id: 't2:T2.7:fee', re: /行政事业性收费(?:金额|总额|总金额)?/g, keys: ['行政事业性收费'], readings: ['T2.7:fee'], money: true },
  // 2019's 采购总金额 (万元), in the prose `采购总金额563.2万元`, `政府集中采购金额536.2万元` (brk125 #7): compared as the fee is.
  // (Not `采购金额` alone: it may be of other procurement than 政府集中采购.)
  { id: 't2:T2.8:purchase-amount', re: /政府集中采购(?:项目)?(?:总金额|总额|金额)|采购(?:总金额|总额)/g, keys: ['集中采购', '采购总'], readings: ['T2.8:purchase-amount'], money: true },
  { id: 't2:T2.8:purchases', re: /政府集中采购(?:项目)?/g, keys: ['政府集中采购'], readings: ['T2.8:purchases'], units: ['个', '项', '件'] },
];

/**
 * Words that may stand between a phrase and its number (`不予公开答复 2 件`, `转下一年度办理答复的有 1 件`; `仅`, `仅有`,
 * `只有`, which say the count is small and not that it is a part: `予以公开仅12件`, `被申请行政复议仅1件`, brk151 #6).
 */
// (The marks of an approximate count that says what it allows, `超过50件`, `不足10件`: read with it, `NumberToken.bound`.)
const FILLER = ['政府信息公开申请', '信息公开申请', '继续办理', '共计', '合计', '总计', '共有', '达到', '答复', '办理', '申请', '案件', '件数', '数量', '总数', '决定', '不超过', '不多于', '不少于', '超过', '多于', '少于', '不足', '不到', '的', '有', '为', '是', '共', '计', '达', '了', '均', '各', '数', '总', '逾', '超', '仅有', '仅为', '仅', '只有', ':', '：'];
/** Between a number and a phrase that follows it (`1 件涉及政府信息公开工作的行政复议`). */
const BETWEEN_BEFORE = /^(?:涉及|有关|关于|因|被|提起|申请)*(?:政府)?(?:信息公开|依申请公开)?(?:工作)?(?:的|相关的?)?$/;

/** A number the prose ties to table quantities. */
export interface Claim {
  /**
   * For a 办理结果: the count of all the applications (新收, 受理, 收到, 办结 …, in 件) its clause chain opened with
   * (`办结47件，其中予以公开24件`: 47). A rule compares it with the table's wholes: results after a count of some other
   * set of applications (another scope's, `局机关收到申请40件，予以公开20件`) are that set's.
   */
  base?: number;
  /**
   * For a 办理结果: the count received (收到, 受理, 新收) its clause chain opened with (`收到申请8件，其中予以公开5件`: 8).
   * When it is none of 表三's 新收 and 新收 + 上年结转 either, the clause may be another body's (brk116 #1): a rule says
   * so and fixes nothing.
   */
  received?: number;
  /** The phrase's anchor (for a list, its last phrase's). */
  anchor: Anchor;
  /** Quantity ids the phrase may mean; `list:R3.3,R3.4,R3.5` when the number counts a list of phrases (`不予公开、无法提供、不予处理合计16件`: see `Quantities.get`). */
  readings: string[];
  number: NumberToken;
  /** `[from, to)` of the phrase and its number in the prose. */
  from: number;
  to: number;
  sentence: Sentence;
  /**
   * A scope qualifier in a government's report: the table may count another set of bodies. (本机关,
   * 区政府办代表区政府: the sentence counts the agency's own, the table may count more; 全市, 全系统, 各级行政机关: the
   * sentence counts a whole area or system, the table may count the government's own.)
   */
  scoped: boolean;
  /** What `scoped` read (brk157 #3): which way the sentence limits or widens the count, and the words that say so. */
  scope?: { kind: 'own' | 'whole'; word: string; area?: string };
  /**
   * For a whole area's count (`scope.kind` whole): the counts its sentence names after 其中 as the government's own
   * (`全县共收到…168件，其中县政府本级收到51件`: 51), not claims themselves (brk180 #1). One that is the table's number
   * says the table counts 本级 and the area's count is another quantity: nothing to report.
   */
  ownParts?: number[];
  /**
   * For one applicant column's count in a split (`其中`, `包括`, a bracket) of a count received (`全年收到申请13件，其中
   * 自然人12件、商业企业1件`: 13), that count. The parts are of what the whole is: where it is 表三's 新收 and not
   * 新收 + 上年结转, each part is its column's 新收 alone; where it is 新收 + 上年结转 and not 新收 alone, or says it includes
   * last year's (`receivedWithCarried`), each part is its column's 新收 + 上年结转 (brk186 #14); elsewhere both stay.
   */
  ofReceived?: number;
  /** The count received of `ofReceived` says it includes last year's (`收到申请48件（含上年结转2件），其中自然人42件`). */
  receivedWithCarried?: boolean;
  /**
   * The prose says there was none (`未发生…行政复议`, `未收到政府信息公开申请`): `number` is a token of value 0 over the
   * negated term (`行政复议`), not a number written in the text (no fix can rewrite it).
   */
  negated?: boolean;
  /**
   * The clause (as written) whose count of another thing the phrase may continue (`全年共收到各类来件300件，办结298件`;
   * or, for a sentence that names no subject of its own, the sentence before counts another thing): the count may not
   * be one of 政府信息公开申请 (see `subjectOf`), so it is not taken as evidence and no fix rewrites it.
   */
  doubt?: string;
  /**
   * The number counts a part of the quantities `readings` name: the applications that came through one channel
   * (`通过12345热线提交的政府信息公开申请8件`, `其中网上申请30件`; see `channelParts`). It contradicts the table only when
   * it is larger than each of them (a part is never more than its whole). `sum`: the number is the sum of a list of
   * such parts (`其中网上申请30件、信函申请20件`: 50, written by its last term's digits), which cannot be rewritten.
   * `contested`: a 表四 group's cases contesting one kind of answer (`因不服本机关作出的不予公开答复，申请人提起行政复议5件`),
   * a part of the group's 总计 (brk122 #5).
   */
  part?: true | 'sum' | 'contested';
  /**
   * A 办结/答复/办理 count among a part of the applications (`concludedScope`): those of the year (`R1`: `新收申请37件，
   * 已办结33件`, `本年新增申请已办结33件`), those carried over (`R2`: `对上年结转的4件申请，已办结4件`), or of the count
   * received whose split into concluded and pending the prose states (`received`: `受理申请46件，已办结45件，尚有1件正在
   * 办理`, which is 新收 alone unless it equals 新收 + 上年结转). `count`: the part's count as the prose states it (null
   * when only named); `words`: the words that name the part, as written. 表三 has no such count: it only bounds it.
   */
  among?: { of: 'R1' | 'R2' | 'received'; count: number | null; words: string };
  /**
   * The words between the clause's start (or its last count) and 办结/答复 that narrow what is concluded to a part of
   * the applications that is no table quantity (`电话告知`, `以告知书形式`, `上门送达`, `面向企业`), as written: not
   * evidence against 办理结果总计, and never rewritten to it.
   */
  narrowed?: string;
  /**
   * A 办结/答复/办理 count that nothing in its sentence positively reads as 表三's 办理结果总计 (see `concludedScope`'s
   * `certain`): it may count a part of the applications. `sibling`: the sentence has another 办结/答复/另有/其余 count
   * (`concluded`: `及时办结45件，经批准延期办结2件`, `另有7件…`), so a count below the total is a part; or a pending, extended
   * or passed-on count after it (`pending`: `办结33件，4件尚在办理期限内`). Never evidence for a fix.
   */
  uncertain?: { sibling: false | 'concluded' | 'pending' };
  /**
   * An "all concluded" clause (`均已按期办结`) whose sentence or paragraph itself states a non-zero count still pending
   * (`结转下年度继续办理1件`, `尚未办结1件`): it may say each was answered in time, not that none is pending; said at
   * info only.
   */
  pendingStated?: true;
  /**
   * An "all concluded" clause of manner only (`均在法定期限内答复`, no 已, 全部 or 办结) whose sentence or paragraph states
   * the counts still pending (`结转下年度继续办理1件`): those counts. When one is 表三's 结转下年度, the prose gives the
   * table's carry-over itself and the clause says how the others were answered: nothing contradicts (brk168 #4).
   */
  mannerPending?: number[];
  /** An "all concluded" clause of manner only (`均在法定期限内予以答复`, `均按时答复`): it may say how, not that all were; said at info only. */
  timely?: true;
  /**
   * A 表四 result read as the last group's (`被申请行政复议3件，被提起行政诉讼2件，被纠错1件`: 行政诉讼's) after other
   * groups with counts of their own earlier in its sentence: their names (`行政复议`), for the message to say how it
   * was read (helper-220 #19).
   */
  afterGroups?: string[];
  /**
   * The number is each phrase's of a list (`行政复议、行政诉讼均为0件`, `新收和办结申请各50件`): one claim per phrase, all
   * of the one number, which no fix rewrites (it would be wrong for the others).
   */
  shared?: true;
  /**
   * A count of the agency's own organs (`局机关收到申请40件`) beside which units under it count the same thing in the
   * paragraph (`…，局属单位收到6件`, `；所属事业单位收到申请6件`): the organs' share of what 表三 may count, not the
   * whole (brk128 #1, brk125 #1). `counts`: the units' numbers; `sum`: the organs' and theirs together, which 表三 may
   * state instead; `words`: the units' counts as written. Compared as a whole only when neither the share nor the sum
   * is the table's number, without a fix.
   */
  withUnits?: { counts: NumberToken[]; sum: number; words: string[] };
}

/** A phrase with a number that is not compared, and why (for debugging the anchors). */
export interface Skipped {
  anchor: Anchor;
  number: NumberToken;
  reason: string;
  /** For a count of another body (`局属单位收到6件`): where its phrase starts and the body, as written (`splitWithUnits`). */
  from?: number;
  body?: string;
}

/**
 * The verb before a 表二 count and the column it counts, by the column's label (the 2021 labels; the 2019 format
 * has 本年新制作数量 for 制发 and no column for 废止 or 现行有效: see `T2_VERB_COLUMNS` in quantities.ts).
 */
const T2_VERB: [RegExp, string][] = [
  [/(?:制发|制定|出台|印发|新制定|新增|新发布|发布|新制作|制作)[^，,；;。]{0,8}$/, 'made'],
  // The 2019 columns 本年新公开数量 and 对外公开总数量 (`新公开规范性文件4件`, `对外公开规范性文件总数31件`; the latter
  // only with 总数/总量, see `T2_TOTAL`).
  [/新公开[^，,；;。]{0,8}$/, 'new-public'],
  [/对外公开[^，,；;。]{0,8}$/, 'public-total'],
  // (清理 alone is the periodic review of documents, of which some are repealed: `清理行政规范性文件30件，废止1件`.)
  [/(?:废止|失效)[^，,；;。]{0,8}$/, 'repealed'],
  [/现行有效[^，,；;。]{0,8}$/, 'in-force'],
];

/**
 * Right after a 表二 count without a verb, a split of it by 表二's columns (`，其中新制发3件`, `（其中制定2件、废止1件）`,
 * `，包括现行有效…`): the count is more than any one column.
 */
const T2_SPLIT_AFTER = /^\s*[，,]?\s*[（(]?(?:其中|包括|含)[：:]?[^，,；;。（()）\d]{0,8}?(?:新)?(?:制发|制定|出台|印发|发布|制作|废止|失效|现行有效|新公开)/;

/** Another action on documents than 表二's columns count (`清理`, `合法性审核`, `起草`, `评估`): see `t2row` in `claimsOf`. */
const T2_OTHER_ACTION = /清理|审核|审查|起草|评估|备案|修订|修改|梳理|汇编|核查|报送|征求|转载|转发|解读/;
/** After a 表二 count, a part of it another body's (`（含代市政府起草的…5件）`) or a split naming the body's own (`，其中以本局名义制发…3件`). */
const T2_HOLDS_OTHERS = /^\s*(?:[（(](?:其中)?(?:含|包括)[^（）()]{0,24}(?:代(?:拟|起草|[省市区县州]|上级)|联合|会同|上级)|[^；;。]{0,30}?[，,]\s*其中[，,]?以(?:本|我)[\u4e00-\u9fff]{0,4}名义)/;

/**
 * The verbs a 表二 count's subject stands before (`市政府制发`, `全系统作出`, `局机关收取`): see `t2Reading`.
 */
const T2_SUBJECT_VERB = /(?:新)?(?:制发|制定|出台|印发|发布|作出|做出|实施|办理|收取|征收|起草)/;
/** A time or an adverb around a 表二 count's subject (`本年度`, `共`, `依法`): not a body. */
const T2_SUBJECT_NOISE = /(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年|其中|另外|此外|同时|共计|共|累计|合计|总计|另行|另|还|也|分别|均|依法(?:依规)?|严格|规范|[，,：:\s]/g;
/** A subject that names a whole system or area, or all the departments of a level (`全系统`, `全市`, `市级各部门`). */
const T2_WHOLE = /^(?:全(?:系统|市|区|县|省|州|旗|盟))|各级行政机关|^[省市县区州旗](?:级|直)(?:各)?(?:部门|单位|机关)|^各(?:部门|单位)$/;
/** Before a decision, a kind of it (`简易程序`, `从轻、减轻`) or a campaign that makes some (`双随机、一公开`): a part. */
const T2_DECISION_PART = /简易程序|一般程序|普通程序|听证|从轻|减轻|从重|免予|不予处罚|首违不罚|轻微|双随机|当场|告知承诺|容缺/;
/** Before a decision, its publication (`在“信用中国”网站公示`, `通过“双公示”平台公开`): decisions published, not made. */
const T2_PUBLISHED = /公示|公开|公布|信用中国|上网|推送|归集|报送|上传|录入/;
/** Before a fee, its waiver or refund (`免收…`, `减免…`, `退还…`): money not collected. */
const T2_FEE_WAIVED = /免收|减免|免征|减收|免除|退还|退费|缓收|缓缴|降低|减少|让利|清退|停征|取消/;

/**
 * Whether a 表二 count at `from` (its sentence from `start`) is the reporting body's own, as 表二 counts (第二十条第
 * （一）（五）（六）（八）项: the documents it made, the decisions it made, the fees it collected): null when it is;
 * `'whole'` when the clause's subject is a whole system, area or level (`全系统作出…`, `市级各部门共制发…`), which a
 * government's 表二 may count and a department's does not; else why it is another quantity: another body's (`市政府制发…`
 * in a department's report, `各县区…`), a part of the decisions (`简易程序行政处罚决定…`, `在“双随机、一公开”监管中，
 * 作出…`), decisions published (`在“信用中国”网站公示行政处罚决定…`), or fees waived (`免收…行政事业性收费…`). The
 * qualifiers are read in the phrase's clause and in the opening clauses of its chain that count nothing (`在…中，`).
 */
function t2Reading(t: string, start: number, from: number, agency: string | null, department: boolean | undefined): string | { whole: string } | null {
  // (A thousands separator is no clause break: `公开行政许可决定12,345件、行政处罚决定8,765件`.)
  let cut = lastIndexOfAny(t, '，,；;。', from, start);
  while (cut > start && t[cut - 1] === ',' && /[0-9]/.test(t[cut - 2] ?? '') && /[0-9]/.test(t[cut] ?? '')) cut = lastIndexOfAny(t, '，,；;。', cut - 1, start);
  const chainAt = lastIndexOfAny(t, '；;。', from, start);
  const clause = t.slice(cut, from);
  const opening = t.slice(chainAt, cut).split(/[，,]/).filter((c) => !/[0-9０-９]/.test(c)).join('，');
  const qualifiers = opening + '，' + clause;
  const phrase = /行政事业性收费|采购/.test(t.slice(from, from + 8)) ? 'fee' : /决定|行政许可|行政处罚|行政强制/.test(t.slice(from, from + 8)) ? 'decision' : 'document';
  if (phrase === 'fee' && T2_FEE_WAIVED.test(qualifiers)) return '表二 fees waived or refunded, not collected';
  if (phrase === 'decision' && T2_DECISION_PART.test(qualifiers)) return 'part of a 表二 count of decisions (简易程序, 双随机…)';
  if (phrase === 'decision' && T2_PUBLISHED.test(qualifiers)) return '表二 decisions published (公示, 双公示), not made';
  // The subject: what stands before the clause's first verb, without times and adverbs.
  const v = T2_SUBJECT_VERB.exec(clause);
  if (!v) return null;
  const subject = clause.slice(0, v.index).replace(T2_SUBJECT_NOISE, '');
  // (Not a body but whom or where it acted on: `对违法企业作出…`, `在…中作出…`.)
  if (!subject || /^(?:对|针对|向|在|通过|依据|依照|按照|根据|经|为|于)/.test(subject)) return null;
  const whole = T2_WHOLE.exec(subject);
  if (whole) return { whole: whole[0] };
  if (ownBody(subject, agency) || OWN_SCOPE.test(subject)) return null;
  // (A government's own: `市政府` in a city's report, `县人民政府` in a county's.)
  const gov = /^(?:本级)?([省市县区州旗盟])?(?:人民)?政府(?:本级)?$/.exec(subject);
  if (gov) return department || (gov[1] && agency && !agency.endsWith(gov[1])) ? `表二 count of another body (${subject})` : null;
  if (/政府/.test(subject) || BODY.test(subject) || otherBodies(subject, agency) || placeName(subject)) return `表二 count of another body (${subject})`;
  return null;
}

/** What makes `对外公开规范性文件…` the 2019 column 对外公开总数量: a total (`总数13件`, `累计`), not this year's. */
const T2_TOTAL = /总数|总量|总计|累计/;

/** The claims of one paragraph, with offsets in the paragraph (`offset` is where it starts in the prose). */
export interface ParagraphClaims {
  /** Index of the paragraph in `ProseText.paragraphs`. */
  index: number;
  offset: number;
  /** The same arrays (by identity) as long as the paragraph and what follows it are unchanged. */
  claims: Claim[];
  skipped: Skipped[];
}

/**
 * The claims of a report's prose, paragraph by paragraph (paragraphs without any are left out). Each paragraph is
 * read on its own (with the text that follows it, which a phrase may reach into), and what it gives is kept with
 * the paragraph for the next version of the document.
 */
export function claimsPerParagraph(report: Report): ParagraphClaims[] {
  const cached = perParagraphCache.get(report);
  if (cached) return cached;
  const out: ParagraphClaims[] = [];
  const p = proseOf(report);
  // Read only when a paragraph can hold a claim (most reports' agency is then read once).
  let department: boolean | undefined, agency: string | null = null;
  // The last section heading (`三、收到和处理政府信息公开申请情况`), subsection heading (`（二）依申请公开`) and numbered
  // item heading (`2.依申请公开情况`) before the paragraph.
  let section: HeadingRead | null = null, subsection: HeadingRead | null = null, item: HeadingRead | null = null;
  // Whether the last heading is an unnumbered one naming 依申请公开 (`### 依申请公开情况`): its text, up to the next
  // heading, is about the applications as the text under a bold `**依申请公开情况**` is.
  let topic = false;
  // `applications` and `parts` below depend on the headings only: worked out again after a heading, not for every
  // paragraph.
  let byHeadings: { applications: boolean; parts: PartsMode } | null = null;
  p.paragraphs.forEach((para, j) => {
    if (para.heading) {
      const h = headingRead(para);
      topic = false;
      byHeadings = null;
      if (h.kind === 'section') [section, subsection, item] = [h, null, null];
      else if (h.kind === 'subsection') [subsection, item] = [h, null];
      else if (h.kind === 'item') item = h;
      else topic = h.topic;
    }
    if (!claimable(para)) return;
    if (department === undefined) {
      const a = agencyOf(report);
      department = a?.kind === 'department';
      agency = a?.key ?? null;
    }
    // Under the heading of 表四's section (`四、政府信息公开行政复议、行政诉讼情况`), `无行政复议、行政诉讼` is about 政府信息公开.
    const under = j > 0 && p.paragraphs[j - 1].heading ? headingRead(p.paragraphs[j - 1]) : null;
    const inT4 = !!under?.reviews;
    // Under the heading of 依申请公开 (`（二）依申请公开`), `被申请行政复议3件，其中结果维持3件` is about 政府信息公开 too.
    const about = inT4 || !!under?.onApplications;
    // Under a sub-heading naming 政府信息公开 (`（五）政府信息公开监督保障`), own or run in, 行政复议 and 行政诉讼 are its.
    const disclosure = !!under?.disclosure || RUN_IN_DISCLOSURE.test(headingText(para.text));
    // In section 三 (under 表三 too) or under `（二）依申请公开`, the counts of 表三's phrases are of applications without 申请 being said.
    // A section 一 numbered in arabic (`### 2.依申请公开情况`) has its 依申请公开 as an item; under `（二）依申请公开`
    // its items (`1.受理情况`) stay in it.
    // (Only in section 一: elsewhere, in 五、存在的主要问题 say, `1.依申请公开答复不够规范` is a point of a list.)
    // An unnumbered heading on 依申请公开 (`### 依申请公开情况`, `#### 依申请公开`) in section 一, where no numbered
    // sub-heading is open (as for a bold `**依申请公开情况**`), up to the next heading.
    if (!byHeadings) {
      const applications = !!section?.applications || !!subsection?.applications || ((!!item?.applications || (topic && !subsection && !item)) && (!section || section.first));
      // Elsewhere in section 一, parts of the paragraph may be about 依申请公开 (`applicationParts`): one that opens
      // with `依申请公开方面，`, and, where no other sub-heading of 一 is open, the text under a bold `**依申请公开情况**`.
      byHeadings = { applications, parts: applications || (section && !section.first) ? 0 : subsection || item ? 1 : 2 };
    }
    const { applications, parts } = byHeadings;
    let found = para.memo.claims as { year: number | null; department: boolean; agency: string | null; inT4: boolean; about: boolean; disclosure: boolean; applications: boolean; parts: PartsMode; next: Following | null; claims: Claim[]; skipped: Skipped[] } | undefined;
    if (!found || found.year !== report.year || found.department !== department || found.agency !== agency || found.inT4 !== inT4 || found.about !== about || found.disclosure !== disclosure || found.applications !== applications || found.parts !== parts || (found.next !== null && !stillFollows(p, j, found.next))) {
      // The paragraph alone almost always suffices; the text after it only when a parenthesis may run past its end.
      let next: Following | null = null;
      const scope: Scope = applications || (parts ? applicationParts(para, parts === 2) : false);
      let read = paragraphClaims(para, para.text, report.year, department, agency, false, inT4, about, scope, disclosure);
      if (!read) {
        next = following(p, j);
        read = paragraphClaims(para, para.text + p.slice(p.offsets[j] + para.text.length, next.to), report.year, department, agency, true, inT4, about, scope, disclosure)!;
      }
      found = { year: report.year, department, agency, inT4, about, disclosure, applications, parts, next, claims: read.claims, skipped: read.skipped };
      para.memo.claims = found;
    }
    if (found.claims.length || found.skipped.length) out.push({ index: j, offset: p.offsets[j], claims: found.claims, skipped: found.skipped });
  });
  perParagraphCache.set(report, out);
  return out;
}

const perParagraphCache = new WeakMap<Report, ParagraphClaims[]>();

/**
 * A heading paragraph as `claimsPerParagraph` reads it: its level in the outline (a section `三、…`, a subsection
 * `（二）…`, an item `2.…`, or another heading) and whether it opens the text on applications (表三's section, the
 * subsection or item on 依申请公开, an unnumbered heading on it: `topic`); `first`: section 一. Kept with the paragraph
 * (its text, `para.text`, not `headingText`'s, for `reviews` and `onApplications`).
 */
interface HeadingRead {
  kind: 'section' | 'subsection' | 'item' | 'other';
  applications: boolean;
  first: boolean;
  topic: boolean;
  /** The heading names 行政复议 or 行政诉讼 (表四's section), or 依申请公开 or 信息公开申请: the paragraph right below is about them. */
  reviews: boolean;
  onApplications: boolean;
  /** A sub-heading (`（五）政府信息公开监督保障`, `3.政府信息公开平台建设`) naming 政府信息公开: 行政复议 and 行政诉讼 under it are its. */
  disclosure: boolean;
}

function headingRead(para: Paragraph): HeadingRead {
  if (para.memo.headingRead) return para.memo.headingRead as HeadingRead;
  const text = headingText(para.text);
  const kind = SECTION_HEADING.test(text) ? 'section' : SUBSECTION_HEADING.test(text) ? 'subsection' : ITEM_HEADING.test(text) ? 'item' : 'other';
  const h: HeadingRead = {
    kind,
    applications: kind === 'section' ? APPLICATIONS_SECTION.test(text) : kind === 'subsection' ? APPLICATIONS_SUBSECTION.test(text) : kind === 'item' && APPLICATIONS_ITEM.test(text),
    first: kind === 'section' && FIRST_SECTION.test(text),
    topic: kind === 'other' && APPLICATIONS_BOLD.test(unmarked(text)),
    reviews: /行政复议|行政诉讼/.test(para.text),
    onApplications: /依申请公开|信息公开申请/.test(para.text),
    disclosure: (kind === 'subsection' || kind === 'item') && /政府信息公开/.test(text),
  };
  para.memo.headingRead = h;
  return h;
}

/**
 * A paragraph opening with a sub-heading run in that names 政府信息公开 (`（五）政府信息公开监督保障。…`,
 * `3.政府信息公开工作机构建设：…`): see `HeadingRead.disclosure`.
 */
const RUN_IN_DISCLOSURE = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}\s*[.、．](?!\d))[^。，,；;：:！？!?\d]{0,12}政府信息公开[^。，,；;：:！？!?\d]{0,12}(?:\*{2,3}|_{2,3})?[。：:]/;
/** A section heading (`三、收到和处理政府信息公开申请情况`) and a subsection heading (`（二）依申请公开`). */
const SECTION_HEADING = /^[一二三四五六七八九十]{1,2}[、．.]/;
const SUBSECTION_HEADING = /^[（(][一二三四五六七八九十]{1,2}[）)]/;
/** A heading numbered in arabic (`2.依申请公开情况`, `2、依申请公开`), not a number (`2.5万`). */
const ITEM_HEADING = /^\d{1,2}\s*[.、．](?!\d)/;
/** The section of 表三 (`三、收到和处理政府信息公开申请情况`) and the subsection on 依申请公开 (`（二）依申请公开`). */
const APPLICATIONS_SECTION = /^[一二三四五六七八九十]{1,2}[、．.][^。，,；;]{0,12}(?:处理|答复)?[^。，,；;]{0,8}(?:政府信息公开申请|依申请公开)/;
const APPLICATIONS_SUBSECTION = /^[（(][一二三四五六七八九十]{1,2}[）)][^。，,；;]{0,6}(?:依申请公开|政府信息公开申请)/;
/** Section 一 (`一、总体情况`). */
const FIRST_SECTION = /^一\s*[、．.]/;
/** An item heading on 依申请公开 (`2.依申请公开情况`), in section 一 the sub-heading of 依申请公开. */
const APPLICATIONS_ITEM = /^\d{1,2}\s*[.、．](?!\d)[^。，,；;]{0,6}(?:依申请公开|政府信息公开申请)/;
/**
 * Where in a paragraph of section 一 the parts about 依申请公开 may be found (`applicationParts`): nowhere (0), in
 * source paragraphs that open with `依申请公开方面，` (1: under another sub-heading of 一, `（一）主动公开`), or under a
 * bold `**依申请公开情况**` too (2: no numbered sub-heading open).
 */
type PartsMode = 0 | 1 | 2;

/**
 * Where the applications need not be named (a short count received is read): the whole paragraph (`true`, in
 * section 三 or under `（二）依申请公开`), nowhere (`false`), or the `[from, to)` ranges of its text that
 * `applicationParts` gives.
 */
type Scope = boolean | [number, number][];

/** A source paragraph that opens with 依申请公开 as its topic (`依申请公开方面，`, `在依申请公开工作方面，`, `关于依申请公开，`). */
const APPLICATIONS_OPENER = /^(?:在)?依申请公开(?:工作)?方面[，,：:]|^关于依申请公开(?:工作)?[，,：:]/;
/** A source line wholly bold (`**依申请公开情况**`, `__…__`): the inside, as the prose keeps it (no white space). */
const BOLD_LINE = /^(\*{2,3}|_{2,3})(.+?)\1$/;
/** The inside of a bold line that heads the text on 依申请公开 under it: short, without a number or a stop. */
const APPLICATIONS_BOLD = /^(?=[^。，,；;！？!?\d０-９]{2,20}$)(?![（(]?[一二三四五六七八九十]{1,2}[）)、．.])[^。]*依申请公开/;

/**
 * The ranges `[from, to)` of a paragraph's text (a prose paragraph, which may hold several source paragraphs of
 * section 一) that are about 依申请公开, so that a short count received there (`全年收到申请540件`, `本年度共受理42件`)
 * is the applications': a source paragraph that opens with `依申请公开方面，` (`APPLICATIONS_OPENER`), up to its
 * end (a blank line, or a line after one that ends with a stop); and, with `bold`, the text under a wholly bold
 * line naming 依申请公开 without a number (`**依申请公开情况**`, `**依申请公开**`: a Word heading as converters write
 * it), up to the next wholly bold line or the paragraph's end (the next heading). A bold sentence in running text
 * heads nothing: the bold must be the whole line.
 */
function applicationParts(para: Paragraph, bold: boolean): [number, number][] {
  const t = para.text, r = para.runs;
  // The source lines of the paragraph: where each starts in the text, and its line (relative to the first).
  const starts: number[] = [], lines: number[] = [];
  for (let i = 0; i < r.length; i += 3) {
    if (!lines.length || r[i + 1] !== lines[lines.length - 1]) {
      starts.push(r[i]);
      lines.push(r[i + 1]);
    }
  }
  const out: [number, number][] = [];
  const lineText = (k: number) => t.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : t.length);
  const boldAt = (k: number) => BOLD_LINE.exec(lineText(k));
  for (let k = 0; k < starts.length; k++) {
    const b = boldAt(k);
    if (bold && b && APPLICATIONS_BOLD.test(b[2])) {
      let e = k + 1;
      while (e < starts.length && !boldAt(e)) e++;
      if (e > k + 1) out.push([starts[k + 1], e < starts.length ? starts[e] : t.length]);
      k = e - 1;
    } else if (APPLICATIONS_OPENER.test(t.slice(starts[k], starts[k] + 12))) {
      let e = k + 1;
      while (e < starts.length && lines[e] === lines[e - 1] + 1 && !/[。！？!?]$/.test(lineText(e - 1)) && !boldAt(e)) e++;
      out.push([starts[k], e < starts.length ? starts[e] : t.length]);
      k = e - 1;
    }
  }
  return out;
}

/** An unnumbered heading's text without the closing markup of a bold or HTML heading (`依申请公开情况**`, `…</h3>`). */
function unmarked(text: string): string {
  return text.replace(/\s*(?:\*{2,3}|_{2,3})?\s*(?:<\/h[1-6]>)?\s*$/i, '');
}

/**
 * A heading paragraph's text without the markup the prose keeps before it: the bold marker of a heading written
 * wholly bold or run-in (`**（二）依申请公开**`, `__（二）依申请公开。__全年…`, as Word→Markdown converters write a
 * heading) and an HTML heading's tag (`<h3>（二）依申请公开</h3>`). Only heading paragraphs are read so (the heading
 * reader takes a bold line for a heading only when its bold part starts with an ordinal and is short), so a bold
 * sentence in running text never opens a subsection.
 */
function headingText(text: string): string {
  return text.replace(/^(?:<h[1-6](?:\s[^>]*)?>\s*)?(?:\*{2,3}|_{2,3})?\s*/i, '');
}

/**
 * Finds the claims of a report's prose (offsets in the prose). Skipped phrases (qualified or without a readable
 * number) are returned too, with the reason.
 */
export function findClaims(report: Report): { claims: Claim[]; skipped: Skipped[] } {
  const cached = claimCache.get(report);
  if (cached) return cached;
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  for (const { offset: o, claims: cs, skipped: ks } of claimsPerParagraph(report)) {
    const at = (n: NumberToken): NumberToken => ({ ...n, start: n.start + o, end: n.end + o, unitEnd: n.unitEnd + o });
    for (const c of cs) claims.push({ ...c, number: at(c.number), from: c.from + o, to: c.to + o, sentence: { start: c.sentence.start + o, end: c.sentence.end + o, paragraph: o } });
    for (const k of ks) skipped.push({ ...k, number: at(k.number) });
  }
  const out = { claims, skipped };
  claimCache.set(report, out);
  return out;
}

/**
 * What follows paragraph `j` that reading it may look at: a phrase's number may stand after a parenthesis of up
 * to 40 characters (`numberAfter`), so the text up to the end of the paragraph that holds the 44th character
 * after it, with the break that ends that one. It is given by those paragraphs (their texts) and whether a break
 * follows the last of them; `to` is where it ends in the prose.
 */
interface Following {
  /** Texts of the paragraphs it covers (texts, not paragraphs: a paragraph's memo does not keep others alive). */
  texts: string[];
  brk: boolean;
  to: number;
}

function following(p: ProseText, j: number): Following {
  const end = p.offsets[j] + p.paragraphs[j].text.length;
  if (end >= p.length) return { texts: [], brk: false, to: end };
  const k = p.paragraphAt(Math.min(end + 44, p.length - 1));
  const brk = k + 1 < p.paragraphs.length || p.trailingBreak;
  const texts: string[] = [];
  for (let i = j + 1; i <= k; i++) texts.push(p.paragraphs[i].text);
  return { texts, brk, to: p.offsets[k] + p.paragraphs[k].text.length + (brk ? 1 : 0) };
}

/** Whether `following(p, j)` would give the same text as `f` (without building it). */
function stillFollows(p: ProseText, j: number, f: Following): boolean {
  const end = p.offsets[j] + p.paragraphs[j].text.length;
  if (end >= p.length) return f.texts.length === 0 && !f.brk;
  const k = p.paragraphAt(Math.min(end + 44, p.length - 1));
  if (k - j !== f.texts.length || (k + 1 < p.paragraphs.length || p.trailingBreak) !== f.brk) return false;
  for (let i = j + 1; i <= k; i++) if (p.paragraphs[i].text !== f.texts[i - j - 1]) return false;
  return true;
}

/** Whether a paragraph has a sentence with a digit (or a negation: `negationsIn`) and an anchor literal (no claim can come from one without). */
function claimable(para: Paragraph): boolean {
  let c = para.memo.claimable;
  if (c === undefined) {
    c = false;
    const t = para.text;
    for (let s = 0, e = 0; s < t.length && !c; s = e) {
      e = sentenceEnd(t, s);
      c = (hasDigit(t, s, e) || hasNegation(t, s, e)) && hasKey(t, s, e);
    }
    para.memo.claimable = c;
  }
  return c;
}

/** Which anchors a sentence names (reused for every sentence). */
const named = new Uint8Array(ANCHORS.length);

/** Whether `[from, to)` holds a digit or a Chinese numeral character (a count may be written `三件`). */
function hasDigit(t: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const k = t.charCodeAt(c);
    if ((k >= 48 && k <= 57) || (k >= 0x3007 && isChineseNumeralChar(k))) return true;
  }
  return false;
}

/**
 * The claims of one paragraph, as offsets in it. `t` is the paragraph's text, possibly followed by what
 * `following` gives; sentences are the paragraph's own. Null when `t` is the paragraph alone and a phrase's
 * parenthesis may run past its end (then the caller reads it again with the text that follows). `inT4`: the
 * paragraph follows the heading of 表四's section (a negation there needs no 信息公开 of its own); `about`: it follows
 * that heading or 依申请公开's (a count of 行政复议 or of its results there needs none either); `applications`: it is
 * in section 三 or under `（二）依申请公开` (a count of 表三's phrases there needs no 申请 of its own), or the ranges of
 * the paragraph that are about 依申请公开 (`applicationParts`: a short count received there is the applications').
 */
/**
 * The most anchor phrases read in one sentence (`paragraphClaims`): a real sentence has a few dozen at most; a run-on
 * text of thousands of `收到申请38件，` without a 。 has as many, and is read for the first ones only.
 */
const MAX_PHRASES_PER_SENTENCE = 200;

function paragraphClaims(para: Paragraph, t: string, year: number | null, department: boolean, agency: string | null, whole: boolean, inT4: boolean, about: boolean, scope: Scope, disclosure = false): { claims: Claim[]; skipped: Skipped[] } | null {
  const applications = scope === true;
  const parts = scope === true || scope === false ? [] : scope;
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  // Whether the paragraph names the government's own scope (`县政府本级`, `县政府办公室`): read when first needed.
  let ownTold: boolean | undefined;
  // The claims of the agency's own organs (`局机关收到申请40件`): a part when units under it count the same (`splitWithUnits`).
  const organClaims = new Set<Claim>();
  const p: ClaimText = { text: t, whole, short: false };
  const pt = para.text;
  // Where 申请 first occurs in the paragraph (the 依申请公开 context; from its start in the section about applications).
  const first = applications ? 0 : pt.indexOf('申请');
  const application = first < 0 ? Infinity : first;
  // Whether offset `pos` is in text about 依申请公开 (`scope`): the subsection or item on it, also when its heading is
  // run in (`（二）依申请公开。本年度…`), section 三, or a part that opens `依申请公开方面，`. There 表四's 行政复议 and
  // 行政诉讼 are 政府信息公开's without the sentence saying so (`…。本年度无行政复议、行政诉讼。`), as under a heading
  // of their own; elsewhere in section 一 (`（五）监督保障`) they may be any of the body's cases (brk164 #5).
  // (So under a sub-heading naming 政府信息公开, `disclosure`.)
  const onApplications = (pos: number) => disclosure || applications || parts.some(([x, y]) => pos >= x && pos < y);
  let prevStart = -1, prevEnd = -1;
  // Tests on the whole paragraph, made once (at most) rather than once per sentence.
  let pendingInParagraph: boolean | undefined, disclosureInParagraph: boolean | undefined;
  // The sentences read so far with their phrases: what a count continues may be named in one before (`subjectOf`).
  const read: SentenceRead[] = [];
  for (let start = 0, end = 0; start < pt.length; prevStart = start, prevEnd = end, start = end) {
    end = sentenceEnd(pt, start);
    // A part about 依申请公开 starts a sentence: the bold heading before it (`**依申请公开情况**`) is none of its clauses.
    for (const [x] of parts) if (x > start && x < end) end = x;
    const here: SentenceRead = { start, end, found: [], taken: [] };
    read.push(here);
    // Only a sentence with a digit (or a negation) and an anchor's literal is searched, and only for the anchors it names.
    const digits = hasDigit(pt, start, end);
    // (A sentence without a digit or a negation may still say all were concluded, after a sentence that counts the
    // year's applications: `…新收…46件，上年结转2件。所有申请均已办结。`, brk128 #7; `allConcluded` reads it.)
    if ((!digits && !hasNegation(pt, start, end) && !(prevStart >= 0 && hasAllWord(pt, start, end))) || !nameAnchors(pt, start, end)) continue;
    const sText = t.slice(start, end);
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
    const found: Found[] = [];
    // Phrases without a number of their own (`不予公开、无法提供合计16件`: the first one), for lists.
    const bare: { anchor: Anchor; a: number; b: number }[] = [];
    for (let ai = 0; ai < ANCHORS.length && digits; ai++) {
      if (!named[ai] || (ANCHORS[ai].short && !applications && !parts.length)) continue;
      const anchor = ANCHORS[ai];
      anchor.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = anchor.re.exec(sText))) {
        // A "sentence" of hundreds of phrases (a run-on page without 。) is read for its first ones only: each phrase
        // is judged by the sentence's words before it, which would make it quadratic in length (brk90 #3).
        if (taken.length >= MAX_PHRASES_PER_SENTENCE) break;
        const a = start + m.index, b = a + m[0].length;
        if (!m[0].length) {
          anchor.re.lastIndex++;
          continue;
        }
        // (A short 收到/受理 outside the parts about 依申请公开 names nothing.)
        if (anchor.short && !applications && !parts.some(([x, y]) => x <= a && a < y)) continue;
        if (!free(a, b)) continue;
        // `将于2025年继续办理` is pending only when 2025 is the report year's next.
        if (anchor.id === 'leaf:3' && NEXT_YEAR_ONLY.test(m[0]) && (year === null || !m[0].includes(`${year + 1}年`))) continue;
        // `其中24件予以公开、部分公开6件`: the first has its own number, so the two are listed, not counted together.
        if (anchor === ANCHORS[0] && JOINED.test(m[0]) && countEndsAt(p, a, start)) continue;
        // `予以公开、部分公开分别为20件、6件`: a list of the two, each with its count (`respectiveCounts`).
        // So with more items listed after the two before 分别 (`予以公开、部分公开、不予公开分别为24件、6件、6件`, the
        // template's order: helper-210 #5): each item is a phrase of the list.
        if (anchor === ANCHORS[0] && JOINED.test(m[0]) && (RESPECTIVE_OPENER.test(t.slice(b, end)) || LISTED_THEN_RESPECTIVE.test(t.slice(b, end)))) continue;
        // `予以公开（含部分公开7件）30件`: the 部分公开 count inside the phrase is a claim of its own.
        if (anchor === ANCHORS[0] && !JOINED.test(m[0])) {
          const inner = innerPartial(p, m[0], a);
          if (inner) found.push({ anchor: PARTIAL, from: inner.from, to: inner.number.unitEnd, number: inner.number, at: inner.from, inner: true });
        }
        let number = numberAfter(p, b, end);
        if (p.short) return null;
        // `对重复申请不予处理2件`, `属于三类内部事务信息不予公开2件`, `因本机关不掌握相关政府信息无法提供6件`: a row below a
        // 办理结果 named before its own result, the count after the result is the row's (brk151 #1), not the result's total.
        if (!number && anchor.id.startsWith('sub:')) {
          const m2 = subRowResultAfter(anchor.id, t.slice(b, Math.min(end, b + 16)));
          if (m2) {
            const n2 = numberAfter(p, b + m2, end);
            if (p.short) return null;
            if (n2) number = n2;
          }
        }
        let from = a, to = number ? number.unitEnd : b;
        // (`属于三类内部事务信息（3件）`: the phrase runs to the parenthesis' close, so it is quoted whole.)
        if (number && /^[（(]/.test(t.slice(b, number.start)) && /^[）)]/.test(t.slice(number.unitEnd, number.unitEnd + 1))) to++;
        if (!number && anchor.before && !GRANTED_ALL.test(m[0])) {
          // (A count another phrase already has is not this one's: `行政诉讼1件尚未审结` leaves 尚未审结 without one.)
          const before = numberBefore(p, a, start, anchor.readings[0] === 'R4');
          if (before && free(before.start, b)) {
            number = before;
            from = number.start;
            to = b;
          }
        }
        // (A short 收到/受理 without its count names nothing: `收到各类来件300件` is left to `clauseTopic`'s verbs.)
        if (!number && anchor.short) continue;
        if (!number || !(fits(anchor, number) || applicationsIn(anchor, number, t, start))) {
          // The phrase keeps its text even without a number, so a shorter phrase inside it is not read.
          taken.push([a, b]);
          if (!number) bare.push({ anchor, a, b });
          continue;
        }
        if (!free(from, to)) continue;
        taken.push([from, to]);
        // `予以公开30件（含部分公开6件）`: the number counts both.
        const phrase: Found = { anchor: anchor.id === 'granted' && includesPartial(t, number.unitEnd) ? ANCHORS[0] : anchor, from, to, number, at: a };
        // `收到上级机关转办的政府信息公开申请3件`: the applications passed on by another body, a part of the year's.
        if (anchor.id === 'received' && CHANNEL_PART[3].test(m[0]) && !CHANNEL_NOT_ONE.test(m[0])) phrase.part = anchor.readings;
        found.push(phrase);
      }
    }
    // `行政复议、行政诉讼分别为5件、2件`: a list of phrases without numbers, then one count for each, in order; and
    // `行政复议、行政诉讼均为0件`, `…各1件`: one count for each of them. (The phrases leave `bare`: they are no list summed.)
    if (digits) found.push(...respectiveCounts(p, bare, start, end), ...eachOfList(p, bare, found, start, end), ...respectiveT2Counts(p, bare, start, end));
    // `未发生…行政复议、…行政诉讼的情况`, `未收到政府信息公开申请`: a count of 0 where no number is written.
    // (Phrases left without a number do not stand in the way: `行政复议3件，未收到…行政诉讼` read 行政诉讼 bare.)
    const counted = found.length;
    for (const ng of negationsIn(t, start, end)) if (found.every((f, i) => i >= counted || ng.to <= f.from || ng.from >= f.to)) found.push({ ...ng, at: ng.from, negated: true });
    // Whether the sentence before counts the year's applications (a claim of 新收 or 受理/收到 read as such).
    // (Claims are in the order of their sentences: the previous sentence's are the last ones, looked at alone, so that
    // a paragraph of thousands of sentences is read in linear time; brk86 #9.)
    let prevYear = false;
    for (let i = claims.length - 1; i >= 0 && prevStart >= 0 && claims[i].sentence.start >= prevStart && !prevYear; i--) {
      const c = claims[i];
      prevYear = c.sentence.start === prevStart && (c.anchor.id === 'new' || c.anchor.id === 'received') && !c.part && !c.negated && !c.scoped && c.doubt === undefined;
    }
    const all = allConcluded(t, start, end, found.slice(0, counted), prevYear);
    // `共收到申请38件，均已按期办结，其中…，结转下年度继续办理1件`: with the carry-over stated in the sentence or the
    // paragraph, 均已办结 may say each was answered in time rather than that none is pending (`Claim.pendingStated`).
    const pendingStated = all?.anchor === ALL_CONCLUDED
      && (found.slice(0, counted).some((f) => (f.anchor.id === 'carried-over' || f.anchor.id === 'pending') && !f.negated && f.number.value > 0) || (pendingInParagraph ??= PENDING_COUNT.test(pt)));
    // `均在法定期限内予以答复`, `均按时答复`: a manner with 均 and no 已, 全部 or 办结 says how the answers were given, which
    // may leave some pending (helper-220 #7: `Claim.timely`).
    const manner = all?.anchor === ALL_CONCLUDED && !/已|全部|完毕|办结|办理完|结案/.test(t.slice(all.from, all.to));
    const timely = manner && !pendingStated;
    // (`…上年结转1件，均在法定期限内答复，结转下年度继续办理1件`: the counts pending the sentence, or else the paragraph,
    // states beside a clause of manner only; brk168 #4.)
    const sentencePending = found.slice(0, counted).filter((f) => (f.anchor.id === 'carried-over' || f.anchor.id === 'pending') && !f.negated && f.number.value > 0).map((f) => f.number.value);
    const mannerPending = manner && pendingStated ? (sentencePending.length ? sentencePending : [...pt.matchAll(PENDING_COUNTS)].map((m) => Number(/[1-9][0-9]*(?=\s*件)/.exec(m[0])![0]))) : [];
    if (all) found.push({ ...all, at: all.from, negated: true, ...(pendingStated ? { pendingStated: true } : {}), ...(mannerPending.length ? { mannerPending } : {}), ...(timely ? { timely: true } : {}) });
    // `被提起行政诉讼2件，均已审结`: none of those cases pending (helper-218 #16).
    if (digits) found.push(...allClosed(t, start, end, found.slice(0, counted)));
    // `通过12345热线提交的政府信息公开申请80件`, `其中网上申请60件`: the applications of one channel, a part of the year's.
    // (Their sums, `其中网上申请30件、信函申请20件`, are claims of the sentence but name no clause's subject: not in `here`.)
    // (A breakdown opening a sentence, `从申请方式看，网上申请33件…`, splits the count of applications the sentence before claims.)
    // (Asked only for such a sentence; the claims are in text order, so the sentence before's are the last ones.)
    // Sentences between that only go on about those applications (`…已办结47件。其中予以公开24件，占61.1%。从申请方式看，…`:
    // every count in them a claim of 表三 read as such) are passed over; any other count ends the search.
    const prevWhole = () => {
      let i = claims.length - 1;
      // (At most `BREAKDOWN_REACH` sentences back: a paragraph of thousands of sentences about applications, a flattened
      // table or a pasted run-on text, made each sentence walk back over all the others; helper-222 #3.)
      for (let r = read.length - 2; r >= Math.max(0, read.length - 1 - BREAKDOWN_REACH); r--) {
        const before = read[r];
        const own: Claim[] = [];
        for (; i >= 0 && claims[i].from >= before.start; i--) if (claims[i].to <= before.end) own.push(claims[i]);
        const whole = own.find((c) => BREAKDOWN_WHOLE.has(c.anchor.id) && !c.negated && !c.part && c.doubt === undefined);
        if (whole) return whole;
        if (!own.length || own.some((c) => !c.anchor.application || c.negated || c.part || c.doubt !== undefined || c.scoped)) return null;
        const counts = numbersIn(p, before.start, before.end).filter((n) => COUNT_UNITS.has(n.unit));
        if (counts.some((n) => !own.some((c) => c.number.start === n.start))) return null;
      }
      return null;
    };
    const sums = digits ? channelParts(p, start, end, found, about || (disclosureInParagraph ??= /信息公开/.test(pt)), prevWhole) : [];
    here.found = sums.length ? found.slice() : found;
    found.push(...sums);
    here.taken = taken;
    if (!found.length) continue;
    const s: Sentence = { start, end, paragraph: 0 };
    found.sort((x, y) => x.from - y.from);
    const prevSentence = prevStart >= 0 ? t.slice(prevStart, prevEnd) : '';
    let leads: Lead[] | undefined;
    // The 表四 result that qualifies the groups of a list (`尚未审结的行政复议2件、行政诉讼1件`), and where its last group ends.
    let qualified: { leaf: number; end: number } | null = null;
    // 表四 groups counted together (`被申请行政复议、提起行政诉讼共5件`): the group phrase that holds the count, and the groups.
    const jointGroups = new Map<Found, Anchor[]>();
    // Where a clause chain opened whose results are a part's (see below): the later results of the chain are that part's too.
    let partChain = -1;
    // Where a clause chain opened with the 表四 cases of one topic: the results after them are that topic's.
    let topicCases = -2;
    // A group's cases carried over (`另有上年结转的行政诉讼案件1件`): where their clause chain opened and where they end; the
    // results right after them, with no other group named between, are theirs (brk155 #8).
    let carriedCases: { chainAt: number; to: number } | null = null;
    // The phrases passed over so far (by the checks below): a count of applications a result follows may be a part's.
    const passed = new Set<Found>();
    const resultBases = new Map<Found, number>();
    const receivedBases = new Map<Found, number>();
    found.forEach((f, k) => {
      const { anchor, number } = f;
      // The sentence up to the phrase: where qualifiers stand (its last `HEAD_WINDOW` characters: a run-on sentence of
      // thousands of claims is not read again from its start for each one; bench "one run-on sentence").
      const upTo = Math.min(f.from, number.start);
      const head = t.slice(Math.max(s.start, upTo - HEAD_WINDOW), upTo);
      const skip = (reason: string) => {
        passed.add(f);
        skipped.push({ anchor, number, reason });
      };
      // `予以公开、部分公开各24件、6件`, `作出行政处罚、行政强制决定各86件、4件`: counts after 各 one per phrase that no list
      // reading above paired (`eachOfList`): which count is whose is not read, so none is compared (helper-220 #3).
      if (!f.negated && !f.listed && number.start >= f.at && EACH_COUNT.test(t.slice(f.at, number.start))) {
        const next = numbersIn(p, number.unitEnd, s.end)[0];
        if (next && COUNT_UNITS.has(next.unit) && EACH_JOIN.test(t.slice(number.unitEnd, next.start))) return skip('各 with a count per phrase, not paired');
      }
      // Context: which kind of count the sentence is about.
      if (f.negated) {
        // (Under the heading of 依申请公开, a sentence that opens saying there were none, after the year's own time at
        // most, `全年无行政复议和行政诉讼案件`, says none about 政府信息公开 either, whatever cases it means (brk106 #9); not
        // a negation later in a sentence, `对不予公开的6件申请，申请人均未提起行政复议`, whose subject may be some of them.)
        const opens = (about || (anchor.disclosure && onApplications(f.from))) && /^(?:本年度?|今年|全年|年内)?[，,]?$/.test(t.slice(s.start, f.from));
        if (anchor.disclosure && !inT4 && !opens && !/信息公开|依申请/.test(prevSentence + t.slice(s.start, f.to))) return skip('not about 政府信息公开');
        if (/力争|确保|争取|避免|防止|杜绝|保证|是否|如果|若|如/.test(t.slice(lastIndexOfAny(t, '，,；;。', f.from, s.start), f.from))) return skip('a negation that is no statement (力争, 确保, 如 …)');
        // (`主动公开方面，未出现不予公开的情况` is about documents: a 办理结果 said none only about applications.)
        if (anchor.id.startsWith('none:R3') && !(application < f.to)) return skip('no 依申请公开 context');
      } else if (anchor.application && !(application < f.to)) return skip('no 依申请公开 context');
      if (!f.negated && !about && !(anchor.disclosure && onApplications(f.from)) && (anchor.disclosure || anchor.leaf !== undefined) && !/信息公开|依申请/.test(prevSentence + t.slice(s.start, f.to))) return skip('not about 政府信息公开');
      // `行政复议案件120件，其中涉及政府信息公开的3件`: the number counts all cases.
      if (anchor.disclosure && /^[^；;]*?(?:其中|含)[^；;]{0,16}(?:信息公开|依申请)/.test(t.slice(f.to, s.end))) return skip('all cases, of which some are about 政府信息公开');
      let readings = f.part ?? anchor.readings;
      // The counts after this one that a 分别 gives the other groups of a list (see the 表四 results below).
      let respective: { n: NumberToken; readings: string[] }[] = [];
      // The span of the 尚未审结 phrase before a group that names the next year (`将于2025年继续办理的行政复议案件1件`).
      let ownYear: [number, number] | null = null;
      let afterGroups: string[] | undefined;
      // `不予公开、无法提供、不予处理合计16件`: the number counts the whole list, not its last phrase.
      const list = number.start >= f.at && !f.negated && !f.part ? listBefore(p, bare, f.at, start, anchor) : [];
      if (list.length) {
        const members = [...list.map((g) => g.anchor), anchor];
        if (/均|各/.test(t.slice(f.at, number.start))) return skip('each of a list (均, 各)');
        if (members.some((m) => m.readings.length !== 1 || m.leaf !== undefined || m.t2row)) return skip('list of quantities without one reading each');
        const ids = members.map((m) => m.readings[0]);
        if (new Set(ids.map(tableOfId)).size > 1) return skip('list of quantities of different tables');
        readings = [`list:${ids.join(',')}`];
        f.from = list[0].a;
        if (members.every((m) => T4_GROUP.test(m.id))) jointGroups.set(f, members);
      }
      if (anchor.leaf !== undefined) {
        // The group named last before it, with a count of its own or without (`行政复议被纠错2件`, `行政复议结果纠正2件`).
        // (Not a group named only in an aside closed before the result, `行政诉讼4件（含复议后起诉1件），1件尚未审结`:
        // the result is of the count before the parenthesis; brk111 #1.)
        const aside = (at: number) => inAsideBefore(t, at, s.start, f.at);
        let group: Anchor | null = null, groupAt = -1, groupFound: Found | null = null;
        for (const g of found.slice(0, k)) if (T4_GROUP.test(g.anchor.id) && g.at < f.at && g.at > groupAt && !aside(g.at)) [group, groupAt, groupFound] = [g.anchor, g.at, g];
        for (const g of bare) if (T4_GROUP.test(g.anchor.id) && g.b <= f.at && g.a > groupAt && !aside(g.a)) [group, groupAt, groupFound] = [g.anchor, g.a, null];
        if (!group) return skip('result without its group');
        readings = group.readings.map((r) => `${r}:${anchor.leaf}`);
        // `被申请行政复议1件，被提起行政诉讼1件，其中复议结果维持1件`: 复议 or 诉讼 in the result's own clause, after the
        // last group, names its group over the one named last; both (or neither told apart) leave it unknown: silent.
        const clauseStart = lastIndexOfAny(t, '，,；;：:', f.at, s.start);
        const named = groupAt < clauseStart ? groupNamedIn(t.slice(clauseStart, f.at)) : undefined;
        if (named === null) return skip('result whose group cannot be told (复议 and 诉讼 both named)');
        if (named) readings = named.map((r) => `${r}:${anchor.leaf}`);
        // (败诉 is said of lawsuits only: after 行政复议 it is no 表四 result that can be told.)
        if (LOST.test(t.slice(f.at, f.at + 2)) && !readings.every((r) => r.startsWith('T4:lit') || r.startsWith('T4:G2') || r.startsWith('T4:G3'))) return skip('败诉 of no 行政诉讼 group');
        // `行政复议6件、被提起行政诉讼3件，其中被纠错3件`: after a clause break, a result of no group of its own counts the
        // whole list of groups before it (each with its count), not its last group's.
        const listed = named || RESPECTIVELY.test(t.slice(s.start, f.at)) ? [] : groupsListedBefore(t, found, k, s.start);
        if (listed.length >= 2 && listed[listed.length - 1].at === groupAt && /[，,；;：:]/.test(t.slice(listed[listed.length - 1].to, f.at))) {
          readings = [`list:${listed.map((g) => `${g.anchor.readings[0]}:${anchor.leaf}`).join(',')}`];
        }
        // `被申请行政复议、提起行政诉讼共5件，其中结果维持3件`: so too after groups counted together.
        const joint = groupFound && !named && !RESPECTIVELY.test(t.slice(s.start, f.at)) ? jointGroups.get(groupFound) : undefined;
        if (joint && /[，,；;：:]/.test(t.slice(groupFound!.to, f.at))) readings = [`list:${joint.map((m) => `${m.readings[0]}:${anchor.leaf}`).join(',')}`];
        // `行政复议、行政诉讼案件中，结果维持的共3件`: groups named together without counts, then the result after a clause
        // break: the result of them all (helper-212 #2).
        if (!groupFound && !named && !RESPECTIVELY.test(t.slice(s.start, f.at))) {
          const chain = bareGroupsListed(t, bare, groupAt);
          if (chain.length >= 2 && /[，,；;：:]/.test(t.slice(chain[chain.length - 1].b, f.at))) readings = [`list:${chain.map((g) => `${g.anchor.readings[0]}:${anchor.leaf}`).join(',')}`];
        }
        // `被申请行政复议3件，被提起行政诉讼2件，其中结果维持共3件`: more than its group's 2 cases, the result cannot be that
        // group's alone: it is the groups' counted before it together, when they have as many (else it stays the group's,
        // a contradiction either way).
        if (groupFound && !named && readings.length === 1 && !readings[0].startsWith('list:') && number.value > groupFound.number.value && groupFound.number.start > groupFound.at) {
          const counted = found.slice(0, k).filter((g) => T4_GROUP.test(g.anchor.id) && !g.negated && g.number.start > g.at && g.to <= f.at && g.from >= s.start && !aside(g.at));
          if (counted.length >= 2 && counted.reduce((a, g) => a + g.number.value, 0) >= number.value) readings = [`list:${counted.map((g) => `${g.anchor.readings[0]}:${anchor.leaf}`).join(',')}`];
        }
        // Other groups counted earlier in the sentence, the result read as the last one's: said in the message.
        if (groupFound && !named && readings.length === 1 && !readings[0].startsWith('list:')) {
          const others = found.slice(0, k).filter((g) => T4_GROUP.test(g.anchor.id) && !g.negated && g.number.start > g.at && g.from >= s.start && g.to <= groupFound!.from && g.anchor.id !== groupFound!.anchor.id);
          if (others.length) afterGroups = [...new Set(others.map((g) => (g.anchor.id === 'review' ? '行政复议' : '行政诉讼')))];
        }
        // `行政复议6件、行政诉讼3件，分别被纠正2件、1件`: one count per group of the list before, in its order.
        if (RESPECTIVELY.test(t.slice(s.start, f.at))) {
          const groups: Found[] = [];
          for (let i = k - 1; i >= 0; i--) {
            const g = found[i];
            if (!T4_GROUP.test(g.anchor.id) || g.negated || g.number.start < g.at || (groups.length && !T4_LIST_JOIN.test(t.slice(g.to, groups[0].at)))) break;
            groups.unshift(g);
          }
          if (groups.length >= 2) {
            const counts: NumberToken[] = [];
            for (const n of numbersIn(p, number.unitEnd, s.end)) {
              if (counts.length === groups.length - 1 || !COUNT_UNITS.has(n.unit) || !/^(?:、|和|及|与)$/.test(t.slice((counts[counts.length - 1] ?? number).unitEnd, n.start))) break;
              counts.push(n);
            }
            if (counts.length !== groups.length - 1) return skip('分别 without one count per group');
            readings = groups[0].anchor.readings.map((r) => `${r}:${anchor.leaf}`);
            respective = counts.map((n, i) => ({ n, readings: groups[i + 1].anchor.readings.map((r) => `${r}:${anchor.leaf}`) }));
          }
        }
      }
      // `尚未审结的行政复议2件`, `被纠错的行政诉讼1件`: a result before the group names that result's count, and so for the
      // groups listed after it (`、行政诉讼1件`). So with the count between (`被纠错的2件行政复议案件`, `尚未审结的2件行政复议
      // 案件和1件行政诉讼案件`, brk117 #3): the group's count takes the number, the result before it is still its qualifier.
      if (T4_GROUP.test(anchor.id) && !f.negated) {
        const countFirst = number.start < f.at;
        const byBare = countFirst ? undefined : bare.find((g) => g.anchor.leaf !== undefined && g.b <= f.at && (g.anchor.leaf === 3 ? LEAF_PENDING_TAIL : /^的?$/).test(t.slice(g.b, f.at)));
        let by = countFirst ? leafEndingAt(t, number.start, lastIndexOfAny(t, '，,；;。：:', number.start, s.start)) : byBare?.anchor.leaf;
        // (`将于2025年继续办理的行政复议案件1件`: the next year the qualifier names is no other year of the count.)
        if (byBare?.anchor.leaf === 3 && NEXT_YEAR_ONLY.test(t.slice(byBare.a, byBare.b))) ownYear = [byBare.a, byBare.b];
        // (So with the count between, `将于2025年继续办理的1件行政复议案件`: the group's phrase took the count first.)
        const later = countFirst && by === undefined ? PENDING_YEAR_AT_END.exec(t.slice(Math.max(lastIndexOfAny(t, '，,；;。：:', number.start, s.start), number.start - 24), number.start)) : null;
        if (later && year !== null && Number(later[1]) === year + 1) [by, ownYear] = [3, [number.start - later[0].length, number.start]];
        const leaf = by ?? (qualified && LIST_JOIN.test(t.slice(qualified.end, countFirst ? f.from : f.at).replace(/^案件/, '')) ? qualified.leaf : undefined);
        qualified = leaf === undefined ? null : { leaf, end: f.to };
        if (leaf !== undefined) readings = readings.map((r) => `${r}:${leaf}`);
      }
      // `行政复议2件、行政诉讼1件尚未审结`, `仍有2件行政复议案件和1件行政诉讼案件在审理中`: a result right after the groups
      // of a list (or after one group's count) names that result's count, for each group of the list.
      if (T4_GROUP.test(anchor.id) && !f.negated && !(qualified && qualified.end === f.to)) {
        const leaf = trailingLeaf(t, found, bare, k);
        if (leaf !== undefined) readings = readings.map((r) => `${r}:${leaf}`);
      }
      if (anchor.t2row) {
        const clauseHead = t.slice(Math.max(s.start, f.from - 16), f.from);
        // Documents of another body, or another action on them (`对上级制发的行政规范性文件15件进行转载`, `对市政府2024年制发
        // 的…解读`, `协助市政府起草并制发…2件`): not this body's 制发 (helper-218 #4).
        const after = /^[^，,；;。、]{0,8}/.exec(t.slice(number.unitEnd, s.end))![0];
        const clause = t.slice(lastIndexOfAny(t, '，,；;。', f.from, s.start), number.unitEnd) + after;
        // (So are those it asked another body to issue: `报请市政府印发行政规范性文件2件`, helper-220 #9.)
        if (/上级|转载|转发|解读|协助|代拟|报请|提请|以(?:市|区|县|省|州)政府(?:名义)?/.test(clause)) return skip('表二 documents of another body, or another action on them');
        let verb = T2_VERB.find(([re]) => re.test(clauseHead));
        // `对外公开规范性文件13件` without 总数 may count this year's: read as any column, as before.
        if (verb?.[1] === 'public-total' && !T2_TOTAL.test(clauseHead + t.slice(f.at, number.start))) verb = undefined;
        readings = (verb ? [verb[1]] : [0, 1, 2]).map((c) => `${anchor.t2row}:${c}`);
        // A count without a verb is read as 表二's only after 公开 in its own clause (`公开行政规范性文件28件`), and not when
        // another action on the documents stands between (`经公开属性审查的…`, and `…进行公开属性审查，全年清理行政规范性
        // 文件46件`, `坚持应公开尽公开，全年合法性审核行政规范性文件15件`: 公开 in another clause, brk147 #3): 清理, 审核,
        // 起草 or 评估 count documents reviewed, none of 制发, 废止 or 现行有效.
        const own = t.slice(lastIndexOfAny(t, '，,；;。', f.from, s.start), f.from);
        if (!verb && (!/公开/.test(own) || T2_OTHER_ACTION.test(own.slice(own.lastIndexOf('公开') + 2)))) return skip('表二 count without a verb');
        // `公开行政规范性文件28件（含历年现行有效文件）`: the count holds more than one column's, or another year's.
        if (!verb && /^\s*[（(](?:含|包括|其中含)/.test(t.slice(number.unitEnd, number.unitEnd + 6))) return skip('表二 count that holds more (含…)');
        // `公开规范性文件5件，其中新制发3件`: the sentence splits the count by 表二's columns, so it is none of them alone
        // (brk141 #3: not 制发's 3, which is the part after 其中).
        if (!verb && T2_SPLIT_AFTER.test(t.slice(number.unitEnd, Math.min(s.end, number.unitEnd + 24)))) return skip('表二 count split by its columns (其中新制发…)');
        // `制发规范性文件8件（含代市政府起草的规范性文件5件），其中以本局名义制发行政规范性文件3件`: the count holds documents
        // drafted for or issued with another body; only the part in the body's own name is 表二's (brk151 #2).
        if (T2_HOLDS_OTHERS.test(t.slice(number.unitEnd, s.end))) return skip('表二 count that holds another body\'s documents');
      }
      if (anchor.t2col) {
        // The row named last before it in the sentence, with a count of its own or without.
        let row: Anchor | null = null, rowAt = -1;
        for (const g of found) if (g !== f && g.anchor.t2row && g.from < f.from && g.from > rowAt) [row, rowAt] = [g.anchor, g.from];
        for (const g of bare) if (g.anchor.t2row && g.b <= f.from && g.a > rowAt) [row, rowAt] = [g.anchor, g.a];
        if (!row) return skip('表二 column without its row');
        readings = [`${row.t2row}:${anchor.t2col}`];
      }
      // Whose 表二 count it is, and what of it: see `t2Reading` (brk147 #3–#5, brk151 #2, #3).
      let t2Scoped: string | null = null;
      if (anchor.id.startsWith('t2:') && !f.negated) {
        const r = t2Reading(t, s.start, f.from, agency, department);
        if (typeof r === 'object' && r) {
          if (department) return skip('表二 count of a whole system or area, in a department report');
          t2Scoped = r.whole;
        } else if (r) return skip(r);
      }
      // What opens the sentence's clauses up to the phrase: another year, another body, documents.
      const lead = leadAt((leads ??= leadsOf(t, s.start, s.end, found[found.length - 1].from, prevSentence, year, agency)), Math.min(f.from, number.start));
      if (lead.time && !readings.includes('R2')) return skip('another year (a clause opening with 去年, 上年度)');
      // (In a government's report 区政府办 is said at info below: it may answer for the government.)
      if (lead.body && (department || !OWN_SCOPE.test(lead.body))) {
        skip(`another body (${lead.body})`);
        // (Kept with where it stands and whose it is: a count of units under the agency beside its organs' makes the
        // organs' count a part, `splitWithUnits`.)
        Object.assign(skipped[skipped.length - 1], { from: f.from, body: lead.body });
        return;
      }
      if (lead.documents && anchor.application && !anchor.total) return skip('documents (公文公开属性), not applications');
      // `结转至2025年继续办理`, `剩余2件将于2025年办结`: only the year after the report's is 下年度.
      if (anchor.id === 'carried-over' || anchor.id === 'pending') {
        const named = /((?:19|20)\d{2})年/.exec(t.slice(f.at, f.to));
        if (named && (year === null || Number(named[1]) !== year + 1)) return skip('carried over to a year other than the next');
      }
      // `2023年结转2件`: only the year before the report's is 上年结转 (helper-212 #3).
      if (anchor.id === 'carried') {
        // (`2023年结转至2024年的申请3件`: into the report year.)
        const named = /^((?:19|20)\d{2})[^至到]*(?:[至到]\s*((?:19|20)\d{2}))?/.exec(t.slice(f.at, f.to));
        if (named && (year === null || Number(named[1]) !== year - 1 || (named[2] !== undefined && Number(named[2]) !== year))) return skip('carried over from a year other than the last');
      }
      // Qualifiers: a different quantity, not a contradiction.
      if (/备案|报备/.test(head)) return skip('备案 (cases filed for record)');
      // Part of a 表二 count of decisions (helper-215 #2): after 其中 in its clause chain (`行政处罚决定86件，其中简易程序
      // 行政处罚决定60件`), or one kind of decision (`准予行政许可决定1500件`, `不予…`, `撤销行政许可决定2件`).
      // (Where the phrase's clause and its clause chain, up to `；` or `。`, open: the parts below read them.)
      const cut = lastIndexOfAny(t, '，,；;。', f.from, s.start);
      const chainAt = lastIndexOfAny(t, '；;。', f.from, s.start);
      // `仅房屋征收一项就收到申请20件`, `仅涉及房屋征收的就…`, `仅局机关就…` (brk155 #7): what stands between 仅 and 就
      // alone accounts for the count, a part of the whole (`全年仅收到申请40件`, without 就, is the whole's, compared).
      // (表三's counts only: 表四's cases of one topic, `涉及房屋征收的行政复议2件，结果维持1件`, are read as such below.)
      if (anchor.application && ONLY_X_ALONE.test(t.slice(cut, Math.min(f.from, number.start)))) return skip('仅…就: the count of one part alone');
      if (/^t2:T2\.\d:decisions$/.test(anchor.id)) {
        const chain = t.slice(chainAt, f.from);
        if (/其中/.test(chain) || /(?:准予|不予|撤销|撤回|变更|注销|延续|同意|驳回)[^，,；;。]{0,4}$/.test(t.slice(Math.max(s.start, f.from - 8), f.from))) return skip('part of a 表二 count of decisions (其中, 准予, 撤销…)');
      }
      // One kind of applicant's count among a part of the applications (brk155 #5): after a clause opening with a part
      // (`无法提供的7件中，以自然人为主，共6件`, `网上申请的30件中，自然人26件`), or as what most of the part just counted
      // were, or with 其中 after it (`网上申请30件，以自然人为主，共26件`, `不予公开6件，其中自然人5件`): that part's, not
      // the column's 新收. Every applicant column, those under 法人或其他组织 too (`C2:R1`, 商业企业: brk168 #1, where
      // `予以公开5件，其中自然人4件、商业企业1件` left 商业企业 alone compared with its 新收); and a split in brackets right
      // after the part's count (`予以公开5件（自然人4件、商业企业1件）`, `无法提供4件（其中自然人3件…）`), which is that part's
      // as the split after 其中 is.
      if (anchor.readings.length && anchor.readings.every((r) => /^(?:[a-z]+|C\d):R1(?:\+R2)?$/.test(r)) && !f.negated && !f.part) {
        const clauses = t.slice(chainAt, cut).split(/[，,]/).filter((c) => c !== '');
        const bracket = lastIndexOfAny(t, '（(', f.from, cut);
        const owner = bracket > cut && !/[）)]/.test(t.slice(bracket, f.from)) ? t.slice(cut, bracket - 1) : null;
        if (owner !== null) clauses.push(owner);
        const mostly = /为主|居多|最多|占多数|占大多数|占绝大多数|占主导|占主体/.test(t.slice(f.at, f.to)) || /^其中/.test(t.slice(owner !== null ? bracket : cut, f.from)) || owner !== null;
        const last = clauses.length ? clauses[clauses.length - 1] : '';
        if (clauses.some((c) => /中$/.test(c) && PART_NAMED.test(c.replace(APPLICATIONS_WORDS, ''))) || (mostly && /[0-9０-９]\s*件[^、等]*$/.test(last) && !/[、等]/.test(last) && PART_NAMED.test(last.replace(APPLICATIONS_WORDS, '')))) {
          return skip('one kind of applicant among a part of the applications (a result, a channel, a topic)');
        }
      }
      // A 办理结果 of a part of the applications (helper-215 #1): of one kind of applicant (`自然人申请予以公开21件`), of
      // those a clause opens with (`上年结转的2件申请中，予以公开1件`, `在不予公开的申请中，因…`), for a reason, a topic or
      // a channel (`因本机关不掌握…无法提供6件`, `涉及第三方合法权益的部分公开2件`, `通过电子邮件答复的予以公开10件`):
      // another quantity than the result's total, which 表三 does not state.
      if (anchor.readings.length && anchor.readings.every((r) => /^R3\.[1-6]/.test(r)) && !f.negated && !f.part) {
        const clause = t.slice(cut, f.from);
        const chain = t.slice(chainAt, f.from);
        // (Or the clause before counts such a part: `对商业企业的3件申请，予以公开2件`, `涉及房屋征收的申请10件，其中予以公开5件`.)
        const before = cut > s.start ? t.slice(lastIndexOfAny(t, '，,；;。', cut - 1, s.start), cut - 1) : '';
        // (The applications of the row's own result are no part of it: the row is a part of them, `在不予公开的6件申请中，
        // 属于三类内部事务信息3件`, `在无法提供的7件申请中，本机关不掌握…的5件`, as without 申请: brk169 #4.)
        const own = OWN_RESULT_WORDS[anchor.readings[0].slice(0, 4)];
        const ownPart = anchor.id.startsWith('sub:') && own !== undefined ? new RegExp(`(?:在|从|对)?${own}(?:的)?(?:\\d+件)?(?:政府信息公开)?申请(?:的\\d+件)?中`) : null;
        const ofPart = (chainAt === partChain && !(ownPart && ownPart.test(chain))) || PART_OF_APPLICATIONS.test(ownPart ? chain.replace(ownPart, '') : chain) || PART_CLAUSE.test(before) || chain.split(/[，,]/).some((c) => TOPIC_OF_APPLICATIONS.test(c)) || partConcludedBefore(t.slice(chainAt, cut));
        // (A row of 表三 below a result after 因 or 对, `因重复申请不予处理2件`, `对重复申请不予处理2件`, names its own reason:
        // the row's count, brk151 #1.)
        const ownReason = anchor.id.startsWith('sub:') ? clause.replace(/(?:因为?|由于|对于?|针对)$/, '') : clause;
        if (ofPart || RESULT_OF_PART.test(ownReason)) {
          // (A reason that is one of 表三's rows, `因本机关不掌握相关政府信息无法提供3件`, is that result's own: the results
          // in the clauses after it (`没有现成信息需要另行制作1件，信访举报投诉类申请不予处理1件`) are the other rows, not
          // the results of a part of the applications; brk140 #6.)
          if (ofPart || !reasonRow(clause)) partChain = chainAt;
          return skip('a result of a part of the applications (an applicant, those of a clause, a reason, a topic)');
        }
        // `行政复议案件中，不服无法提供答复的9件`, `14件行政复议案件中，申请人不服不予公开答复的3件` (brk117 #1): 表四's cases
        // counted by the answer they contest, after 不服 or after the cases named earlier in the clause chain (with no
        // applications named between: `…行政诉讼91件，…对复杂申请中同意公开答复7件` is about applications again); no 表三 result.
        const casesBefore = (a: number, b: number) => a >= chainAt && b <= f.from && !APPLICATIONS_AGAIN.test(t.slice(b, f.from)) && !found.some((g) => g.negated && g.from <= a && b <= g.to);
        const groups = [...found.filter((g) => T4_GROUP.test(g.anchor.id) && !g.negated && casesBefore(g.from, g.to)).map((g) => g.anchor), ...bare.filter((g) => T4_GROUP.test(g.anchor.id) && casesBefore(g.a, g.b)).map((g) => g.anchor)];
        if (CONTESTING.test(clause) || groups.length) {
          partChain = chainAt;
          // (With its group named before it, one group alone, the count is a part of that group's cases, never more than
          // its 总计 (as `因不服…不予公开答复，申请人提起行政复议3件` is, brk122 #5): compared as such, not with 表三; fixA #2.)
          const group = groups.length && groups.every((g) => g.id === groups[0].id) && !number.approx ? groups[0] : null;
          if (!group) return skip('行政复议/行政诉讼 cases by the answer they contest, not 表三 results');
          passed.add(f);
          const contest = /不服[^，,；;。\d]{0,12}$/.exec(clause);
          claims.push({ anchor: group, readings: group.readings, number, from: contest ? f.from - contest[0].length : f.from, to: f.to, sentence: s, scoped: false, part: 'contested' });
          return;
        }
        // The count of applications the result follows in its clause chain (helper-220 #1): one of a part (a column, a
        // channel's, the carried-over ones, one passed over as narrowed or another scope's, or a count no phrase reads:
        // `企业申请的3件，予以公开2件`, `2023年结转的2件申请，予以公开1件`, `区政府转来的申请5件，予以公开3件`) makes the result
        // that part's; one of all of them (`办结47件，其中予以公开24件`) is kept with the claim (`base`) for the rule to
        // compare with the table's wholes (`局机关收到申请40件，予以公开20件`: another scope's results).
        const base = resultBase(p, found, passed, chainAt, f);
        if (base === 'part') {
          partChain = chainAt;
          return skip('a result after a count of a part of the applications');
        }
        if (typeof base === 'object' && base) receivedBases.set(f, base.received);
        else if (base) resultBases.set(f, base);
      }
      // 行政复议/行政诉讼 cases other than those over this body's 政府信息公开 (表四's): those it decided as the 复议机关,
      // all kinds (各类) or the others (其他), those of bodies under it (helper-210 #3).
      // (Read in the words right before the phrase: a sentence of text wrapped from a PDF may run over many lines.)
      const before = t.slice(Math.max(s.start, f.from - 30), f.to);
      // (Or a bracket right after the count that says so: `行政复议申请1件（不属于政府信息公开类）`.)
      const note = /^[（(][^）)]{0,20}/.exec(t.slice(number.unitEnd, number.unitEnd + 24))?.[0] ?? '';
      if ((T4_GROUP.test(anchor.id) || anchor.leaf !== undefined) && (OTHER_CASES.test(before) || OTHER_CASES.test(note))) return skip('other 行政复议/行政诉讼 cases (复议机关, 各类, 其他, 下属单位)');
      // `涉及房屋征收的行政复议2件，结果维持1件`: the cases of one topic, a part of the group (helper-218 #5); their results too.
      if (T4_GROUP.test(anchor.id) && /涉及[^，,；;。]{1,20}的$/.test(t.slice(cut, f.from))) {
        topicCases = chainAt;
        return skip('行政复议/行政诉讼 cases of one topic');
      }
      // `因不服本机关作出的不予公开答复，申请人提起行政复议3件`, `对不予公开答复不服提起行政复议的3件`: the cases contesting one
      // kind of answer, a part of the group (brk117 #3), compared only as a part, never more than the group (brk122 #5);
      // their results are not compared.
      const contested = T4_GROUP.test(anchor.id) && CONTESTED_ANSWER.test(t.slice(chainAt, Math.min(f.from, f.at)));
      if (contested) topicCases = chainAt;
      if (anchor.leaf !== undefined && topicCases === chainAt) return skip('a result of the cases of one topic');
      // `另有上年结转的行政诉讼案件1件`: a group's cases carried over, not this year's (helper-220 #8).
      if (T4_GROUP.test(anchor.id) && /结转(?:的)?(?:\d+件)?$/.test(t.slice(Math.max(s.start, f.at - 12), f.at))) {
        carriedCases = { chainAt, to: f.to };
        return skip('行政复议/行政诉讼 cases carried over');
      }
      // `另有上年结转的行政诉讼案件1件，败诉1件`: the result of those carried-over cases, not of this year's group (brk155 #8).
      if (anchor.leaf !== undefined && carriedCases && carriedCases.chainAt === chainAt && carriedCases.to <= f.from && !found.some((g) => g !== f && T4_GROUP.test(g.anchor.id) && g.from >= carriedCases!.to && g.from < f.from)) return skip('a result of 行政复议/行政诉讼 cases carried over');
      // `上年度结转的1件行政诉讼案件`, `2023年结转的1件行政复议案件已审结`: a case carried over, not an application (helper-218 #2).
      if (anchor.id === 'carried' && /^(?:的)?(?:行政)?(?:诉讼|复议|应诉)|^(?:的)?案件/.test(t.slice(number.unitEnd, number.unitEnd + 8))) return skip('a 行政复议/行政诉讼 case carried over, not an application');
      // `近三年共收到申请130件`, `五年来`: a count over several years (helper-210 #4).
      if (SEVERAL_YEARS.test(before)) return skip('several years (近三年, 五年来)');
      // `按时办结45件`, `超期办结2件`, `当场答复12件`, `网上办结30件`: those concluded in one way or at one time, a part.
      if ((anchor.id === 'concluded' || anchor.id === 'handled') && HOW_CONCLUDED.test(head)) return skip('a part concluded in one way (按时, 超期, 当场 …)');
      // `转办的3件申请中已办结3件`: those concluded of the applications passed on by another body, a channel's part.
      if ((anchor.id === 'concluded' || anchor.id === 'handled') && PASSED_ON_PART.test(t.slice(lastIndexOfAny(t, '；;。', s.start + head.length, s.start), s.start + head.length))) return skip('a part: those concluded among the applications passed on');
      // What a 办结/答复 count is among: all the applications, one applicant column, the new or the carried-over ones,
      // or a part that the words before the verb name (`电话告知答复2件`).
      // `共办理申请41件，其中本年新收38件、上年结转2件`: a 办理 count that the new and the carried-over ones split is all of
      // them, 新收 + 上年结转 (not 办结; brk90 #4); so is what there was to handle (`共需办理申请41件`), and what there was
      // to conclude or answer (`应办结48件`, `需答复52件`, `应当办结48件`): the count due, never one concluded (brk165 #3;
      // prose-percent reads it as a 办结率's whole, the same count).
      const dueWords = anchor.id === 'handled' || anchor.id === 'concluded' ? TO_HANDLE_BEFORE.exec(t.slice(Math.max(s.start, f.at - 4), f.at))?.[0] : undefined;
      const due = dueWords !== undefined;
      const newAndCarried = (anchor.id === 'handled' || due) && !list.length && !f.listed && !f.negated && number.start >= f.at && (due || splitIntoNewAndCarried(t, found, f));
      if (newAndCarried) readings = ['R1+R2'];
      const scope = (anchor.id === 'concluded' || anchor.id === 'handled') && !list.length && !f.listed && !newAndCarried ? concludedScope(p, found, f, s.start, agency) : null;
      if (scope?.kind === 'column') readings = [`${scope.column}:R3.7`];
      // `自然人申请答复41件`, `对自然人答复41件`: the answers to that column's applications, its （七）总计.
      // The verb before the noun (`答复自然人41件`, `答复自然人41件、法人或其他组织6件`) says the same.
      const verbBefore = CONCLUDED_VERB.test(t.slice(lastIndexOfAny(t, '，,；;。（(', f.from, s.start), f.from));
      if (isColumn(anchor.id) && (/答复|办结/.test(t.slice(f.at, number.start)) || verbBefore)) readings = [`${columnOf(anchor.id)}:R3.7`];
      // `申请人以自然人为主，共41件，占办结总数的87.2%`: a kind of applicant said to be the most in a sentence about the
      // applications concluded (办结, 答复, 办理) may count that column's concluded ones, its （七）总计, as well as those
      // received (brk152 #6): each reading is accepted.
      // (`申请以自然人为主，共46件申请中自然人申请40件`: a count followed by 申请中 is the whole the kind is the most of, not
      // the kind's own count.)
      if (isColumn(anchor.id) && MOSTLY_WORD.test(t.slice(f.from, number.start)) && /^(?:的)?(?:(?:政府)?信息公开)?(?:申请)?(?:中|当中|里)/.test(t.slice(number.unitEnd, number.unitEnd + 12))) return skip('the whole a kind of applicant is the most of (共46件申请中)');
      if (isColumn(anchor.id) && MOSTLY_WORD.test(t.slice(f.from, number.start)) && /办结|答复|办理/.test(t.slice(s.start, s.end))) readings = [...new Set([...readings, `${columnOf(anchor.id)}:R3.7`])];
      // `办结本年度新收申请33件`, `办结新收申请33件，办结上年结转申请4件`: those concluded among the new (carried-over)
      // ones, which 表三 does not state, not the count received.
      if ((anchor.id === 'new' || anchor.id === 'carried' || anchor.id === 'received') && verbBefore) return skip('a count concluded (办结新收申请33件), not the count received');
      // `截至2024年12月31日，已办结45件` (the report year's end, right before the phrase) is this year's count; `截至目前`,
      // `截至2024年6月` are not, nor is a count of something else named after it (`截至2024年底，73件人大建议已办结…`).
      // (A count of the applications received, `截至2023年12月31日，受理申请41件，办结35件`, is the year's too.)
      const ofApplications = (i: number) => {
        const words = t.slice(lastIndexOfAny(t, '，,；;。', s.start + i, s.start), s.start + i);
        return /受理|收到|接收|接到|收办|新收/.test(words) && APPLICATION_WORD.test(words);
      };
      if (/累计|截至|截止|以来|历年|至今/.test(yearEndExempt(head, (i) => ofApplications(i) || found.some((g) => g !== f && g.from <= s.start + i && s.start + i < g.to)))) return skip('cumulative (累计, 截至, 以来)');
      if (/上半年|下半年|季度|\d+月(?:份)?(?:至|到|-|—)|月份/.test(head)) return skip('part of the year');
      // Another year named since the clauses' time last started (`；`, `2024年…`), not in a comparison (`较2023年增加6件`).
      // (`2023年结转2件` in a 2024 report is 上年结转, this year's count of the applications carried over into it.)
      // (Nor a year in brackets closed before the phrase, an aside: `同比下降18.8%（2021年16件），办结12件` is this
      // year's 12, brk184 #2.)
      const sinceFrom = lead.since, sinceTo = Math.min(f.from, number.start);
      const since = asideBlanked(ownYear && ownYear[0] >= sinceFrom && ownYear[1] <= sinceTo
        ? t.slice(sinceFrom, ownYear[0]) + ' '.repeat(ownYear[1] - ownYear[0]) + t.slice(ownYear[1], sinceTo)
        : t.slice(sinceFrom, sinceTo));
      const years = [...since.matchAll(YEAR_NOT_COMPARED)].filter((y) => !(year !== null && Number(y[1]) === year - 1 && CARRIED_IN.test(since.slice(y.index + y[0].length)))).map((y) => Number(y[1]));
      if (years.some((y) => y !== year)) return skip('another year');
      // (So for a bracket still open that opens with last year, `申请46件（上年同期为56件，其中予以公开30件）`, `办结47件（上年
      // 办结55件，…）`: its counts are last year's, as they are after `（2023年为56件`, brk186 #8.)
      if (LAST_YEAR_ASIDE.test(since)) return skip('another year (a bracket opening with 上年, 去年)');
      const clause = t.slice(lastIndexOfAny(t, '，,；;。（(', Math.min(f.from, number.start), s.start), Math.min(f.from, number.start));
      if (/去年|上年同期|同比|较上年|比上年|较去年|比去年|上一年度(?!结转)|上年度(?!结转)/.test(clause)) return skip('another year (同比, 上年)');
      // `比2023年收到申请30件增加8件`, `与2023年共收到申请30件相比`: the count of the year compared with, before the
      // comparison closes (`相比`) or says the change (`增加8件`), is that year's (brk90 #2).
      const comparedYear = COMPARED_YEAR_OPEN.exec(clause);
      if (comparedYear && Number(comparedYear[1]) !== year && !COMPARISON_CLOSED.test(clause.slice(comparedYear.index + comparedYear[0].length))) return skip('another year (the count of the year compared with: 比2023年收到…30件)');
      // `与上年（新收40件）相比`, `较上年（予以公开20件）增加4件`, `与2023年（新收40件、办结41件）相比`: last year's counts in
      // brackets after the comparison (helper-220 #2).
      // (Looked for within the sentence only: a search of the whole paragraph per phrase was quadratic in a long one.)
      const bracket = lastIndexOfAny(t, '（(', f.from, s.start) - 1;
      if (bracket >= s.start && !/[）)]/.test(t.slice(bracket, f.from))) {
        const compared = /(?:较|比|与|同|和|相比)(?:上年|去年|上一年|(?:19|20)(\d{2})年)度?(?:同期)?$/.exec(t.slice(Math.max(s.start, bracket - 10), bracket));
        if (compared && !(compared[1] !== undefined && year !== null && Number(`20${compared[1]}`) === year)) return skip('another year (in brackets after 较上年, 与2023年)');
      }
      // (`收到申请41件，其中新收33件、上年结转3件`: 新收 in a split of the count received into 新收 and 上年结转 is all of
      // 新收, compared as such; brk93 #3.)
      const newOfSplit = anchor.id === 'new' && found.some((g) => g !== f && g.to <= f.from && (g.anchor.id === 'received' || g.anchor.id === 'handled') && splitIntoNewAndCarried(t, found, g));
      if (anchor.total && !newOfSplit && partAfterQizhong(p, lastIndexOfAny(t, '；;。', f.from, s.start), f.from, number.value)) {
        // (`全县共收到政府信息公开申请168件，其中县政府本级收到51件`: in a government's report, the part a whole area's
        // count names as the government's own (本级) may be what the table counts: kept with the whole area's claim,
        // `Claim.ownParts`, which says nothing when it is the table's number; brk180 #1.)
        if (ownPartOfWhole(head, department)) {
          let whole: Claim | undefined;
          for (let i = claims.length - 1; i >= 0 && !whole; i--) if (claims[i].sentence === s && claims[i].scope?.kind === 'whole' && claims[i].readings.some((r) => readings.includes(r))) whole = claims[i];
          if (whole) (whole.ownParts ??= []).push(number.value);
        }
        return skip('其中 (a part, not the total)');
      }
      if (!f.inner && !f.part && inIncludes(t, f.from, s.start)) {
        const prev = found.slice(0, k).reverse().find((g) => g.to <= f.from);
        // (`被提起行政诉讼2件（其中复议后起诉1件）`, `被申请行政复议3件（其中维持2件）`: a 表四 group or result within the
        // 表四 count before it is that group's count or result, compared as it is without the brackets; brk141 #6.)
        const t4Split = prev && prev.anchor.readings.every((r) => r.startsWith('T4:')) && (anchor.leaf !== undefined || (anchor.readings.length > 0 && anchor.readings.every((r) => r.startsWith('T4:'))));
        if (!t4Split && (!prev || !prev.anchor.readings.some((r) => !r.startsWith('T')))) return skip('（含…） of another quantity');
      }
      if (readings.includes('R1+R2') && carriedApart(t, found, f, s.start)) readings = readings.filter((r) => r !== 'R1+R2');
      // `新收申请177件，其中自然人申请167件，…`: a column's count in a split of 新收 is that column's 新收 alone.
      // (So in a clause naming the new ones with no count, `收到申请48件（含上年结转2件），其中本年新收的申请中，自然人40件…`:
      // brk187.)
      if (isColumn(anchor.id) && (splitOfNew(t, found, f) || amongNew(t, found, f, s.start))) readings = readings.filter((r) => !r.endsWith(':R1+R2'));
      // `全年收到申请13件，其中自然人12件、商业企业1件`: in a split of a count received (新收, or 新收 + 上年结转), a column's
      // count is of what that count is, which only the table tells (`Claim.ofReceived`; brk184 #6).
      let ofReceived: number | undefined;
      let receivedWithCarried = false;
      if (isColumn(anchor.id) && readings.some((r) => r.endsWith(':R1+R2'))) {
        // (`收到申请48件（含上年结转2件），其中自然人42件`: the carried-over count in the note is part of the whole, not
        // what the list splits; brk186 #14.)
        const whole = splitWhole(t, found.filter((g) => !inCarriedNote(t, found, g)), f, ['received']);
        if (whole && !whole.number.bound) {
          ofReceived = whole.number.value;
          receivedWithCarried = RECEIVED_WITH_CARRIED.test(t.slice(whole.number.unitEnd, whole.number.unitEnd + 12));
        }
      }
      // `共办结47件（其中自然人41件，法人或其他组织6件）`: in a split of the count concluded, that column's （七）总计
      // (helper-210 #2).
      if (isColumn(anchor.id) && splitOf(t, found, f, ['concluded', 'handled'])) readings = [`${columnOf(anchor.id)}:R3.7`];
      // `办结的申请中，自然人申请41件`, `在已办结的申请中，自然人提出的41件，法人或其他组织提出的6件`: the same split by
      // applicant with the count concluded left unwritten (brk169 #1): that column's （七）总计, not its 新收.
      if (isColumn(anchor.id) && amongConcluded(t, found, f, s.start)) readings = [`${columnOf(anchor.id)}:R3.7`];
      // `受理552件，其中新收539件，上年结转14件`: the count received is what the sentence splits, 新收 + 上年结转.
      if (anchor.id === 'received' && readings.includes('R1+R2') && splitIntoNewAndCarried(t, found, f)) readings = ['R1+R2'];
      // `受理申请14件（含上年结转1件）`: the count says it includes last year's, so it is 新收 + 上年结转, not 新收 alone
      // (brk125 #2); so is one applicant column's (`自然人申请12件（含上年结转1件）`).
      if ((anchor.id === 'received' || isColumn(anchor.id)) && RECEIVED_WITH_CARRIED.test(t.slice(number.unitEnd, number.unitEnd + 12))) {
        const all = readings.filter((r) => !/(?:^|:)R1$/.test(r));
        if (all.length && all.length < readings.length && all.every((r) => /(?:^|:)R1\+R2$/.test(r))) readings = all;
      }
      let scoped = false;
      let bodyScope: Claim['scope'];
      let ownParts: number[] | undefined;
      if (department && /全(?:市|区|县|省|州|旗|盟|国)/.test(head)) return skip('全市/全区 in a department report');
      const own = department ? null : OWN_SCOPE.exec(head.replace(/本机关不掌握/g, ''));
      if (own) {
        scoped = true;
        // (The whole area the government's tables may count, named after its level: `全县` in a county's report, not
        // `全区（全市）` there; brk180 #8.)
        const level = agency ? /([省市区县州旗盟乡镇])$/.exec(agency)?.[1] : undefined;
        bodyScope = { kind: 'own', word: own[0], ...(level ? { area: `全${level}` } : {}) };
      }
      // `全县各级行政机关共收到…749件`, `全系统`: the whole area's bodies, where the table may count the government's own
      // (本级) applications (helper-220 #4): said with the scope, never fixed.
      // (A bare `全县共…`, `全县全年…` only in a paragraph that tells the government's own count apart, `县政府本级`,
      // `县政府办公室`: a county's tables cover the whole county, `全县全年共受理…749件` is the report's own count.)
      // (A bare 全县 right before the count's verb is its subject as well: `全县收到…168件` is `全县共收到…168件`; brk182 #1.
      // Not before a negation, `全市未发生…行政诉讼`: none in the whole area is none in the government's own either.)
      let wide = department ? null : WHOLE_AREA_EACH.exec(head) ?? OWN_WITH_UNITS.exec(head);
      if (!department && !wide && (ownTold ??= OWN_SCOPE.test(para.raw.replace(/本机关不掌握/g, '')))) wide = WHOLE_AREA_SUBJECT.exec(head) ?? (f.negated ? null : WHOLE_AREA_BEFORE_VERB.exec(head));
      // The scope named nearest the count is its subject: `本级新收…46件，全县共收到168件` counts the whole county's 168,
      // and `县政府本级及各部门、各乡镇共收到…168件` the government's own organs with the area's bodies (brk182 #3).
      if (wide && own && (OWN_WITH_UNITS.test(head) || lastMatchAt(OWN_SCOPE, head.replace(/本机关不掌握/g, '######')) < wide.index)) bodyScope = undefined;
      if (wide) { scoped = true; bodyScope ??= { kind: 'whole', word: wide[0] }; }
      // The government's own count the sentence gives after the area's (`其中本级46件`, `（含县政府本级46件）`,
      // `其中县政府本级新收46件`): when it is the table's, the sentence gives the table's figure (brk182 #2).
      if (bodyScope?.kind === 'whole') {
        const own = ownCountsAfter(p, f.to, s.end);
        if (own.length) ownParts = own;
      }
      if (t2Scoped !== null) { scoped = true; bodyScope ??= { kind: 'whole', word: t2Scoped }; }
      // What the count counts: `…热线反映的问题3216件，办结3198件` continues a count of another thing, not of applications.
      let doubt: string | undefined;
      // (A channel's part knows what it is a part of: `channelParts`.)
      if (anchor.application && !f.part) {
        const subject = subjectOf(p, para.raw, read, f);
        if (subject?.kind === 'other' && subject.sameSentence) return skip(`another subject (${subject.clause})`);
        // The applications of one channel (`网上申请平台收到申请30件，答复30件`): a count no greater than theirs may
        // count them, not all of the year's (a greater one cannot, and counts all of them, as after 其中).
        // (A count of one applicant column, `法律服务机构申请5件`, `科研机构申请已办结1件`, is that part's own: compared.)
        const columnCount = readings.every((r) => /^(?:natural|legal|C\d):/.test(r));
        if (typeof subject?.kind === 'object' && number.value <= subject.kind.part && !columnCount) return skip(`a part: the applications of one channel (${subject.clause})`);
        if (subject && (subject.kind === 'other' || subject.kind === 'doubt')) doubt = subject.clause;
      }
      // (The count due is quoted with the words that make it so: `应办结48件`, not `办结48件`.)
      const claimFrom = newAndCarried && dueWords ? Math.min(f.from, f.at - dueWords.length) : f.from;
      const claim: Claim = { anchor, readings, number, from: claimFrom, to: f.to, sentence: s, scoped, ...(bodyScope ? { scope: bodyScope } : {}) };
      if (ownParts) claim.ownParts = ownParts;
      if (ofReceived !== undefined) claim.ofReceived = ofReceived;
      if (receivedWithCarried) claim.receivedWithCarried = true;
      if (lead.organ && !f.negated && !f.part && !f.listed && !list.length) organClaims.add(claim);
      const base = resultBases.get(f);
      if (base) claim.base = base;
      const received = receivedBases.get(f);
      if (received !== undefined) claim.received = received;
      if (f.negated) claim.negated = true;
      if (f.pendingStated) claim.pendingStated = true;
      if (f.mannerPending) claim.mannerPending = f.mannerPending;
      if (f.timely) claim.timely = true;
      if (afterGroups) claim.afterGroups = afterGroups;
      if (f.shared) claim.shared = true;
      if (f.part) claim.part = f.anchor === CHANNELS ? 'sum' : true;
      if (contested) claim.part = 'contested';
      if (scope?.kind === 'among') claim.among = { of: scope.of, count: scope.count, words: para.raw.slice(scope.from, scope.to) };
      if (scope?.kind === 'narrowed') claim.narrowed = para.raw.slice(scope.from, scope.to);
      if (scope?.kind === 'whole' && !scope.certain) claim.uncertain = { sibling: scope.sibling };
      if (doubt !== undefined) claim.doubt = doubt;
      claims.push(claim);
      for (const r of respective) claims.push({ anchor, readings: r.readings, number: r.n, from: r.n.start, to: r.n.unitEnd, sentence: s, scoped, ...(bodyScope ? { scope: bodyScope } : {}) });
    });
  }
  if (organClaims.size) splitWithUnits(p, para, claims, skipped, organClaims, agency);
  return { claims, skipped };
}

/**
 * Whether the count at `at` (its phrase from `from`) is inside a bracket or its clause compares with another year
 * (`与上年（新收150件）相比`, `较2023年的150件`): last year's count, not a unit's share (`splitWithUnits`).
 */
function inComparison(t: string, from: number, at: number): boolean {
  // (A bracket opened at most 39 characters before the count: `与上年（新收150件）`.)
  if (inParenthesis(t, at, at - 39)) return true;
  const clause = Math.max(t.lastIndexOf('，', from), t.lastIndexOf(',', from), t.lastIndexOf('；', from), -1) + 1;
  return /上年|去年|上一年|同期|(?:19|20)\d{2}年/.test(t.slice(clause, at)) && /[比较与]/.test(t.slice(clause, at));
}

/** Counts of the same thing for `splitWithUnits`: a count received is one whether said 收到, 受理 or 新收. */
const sameCount = (a: Anchor, b: Anchor) => a.id === b.id || (/^(?:new|received)$/.test(a.id) && /^(?:new|received)$/.test(b.id));
/** A clause stating the total of the counts before it (`，合计46件`, `，两者共计46件`, `，共收到申请46件`). */
const PARTS_TOTAL = /^[，,]\s*(?:两者|二者|以上|上述|全年)?(?:合计|共计|总计|共)(?:收到|受理|新收|接收)?(?:政府信息公开申请|申请)?(?:为|达)?\s*$/;

/**
 * The counts of the agency's own organs (`organClaims`: `局机关收到申请40件`, `我局收到…40件`) after which units under
 * the agency count the same thing in the paragraph, with no other count of it between (`…，局属单位收到6件`,
 * `…；所属事业单位收到申请6件`, `。局属单位收到申请9件`: brk128 #1, brk125 #1): the organs' count is their share of what
 * 表三 may count (the organs alone, or with the units), not the whole; it keeps the units' counts (`Claim.withUnits`)
 * for the rule to compare their sum too. A total the sentence states right after the units' counts (`，合计46件`,
 * `，共收到46件`) is the whole: a claim of its own, compared as such. Only units under the agency (`otherBodies`, or
 * a body word: `局属单位`, `下属单位`, `县人民医院等局属单位`), not a subject joining the organs to them.
 */
function splitWithUnits(p: ClaimText, para: Paragraph, claims: Claim[], skipped: Skipped[], organClaims: Set<Claim>, agency: string | null): void {
  const t = p.text;
  const units = skipped.filter((x) => x.from !== undefined && x.body !== undefined && !mixedBodies(x.body, agency)
    && (otherBodies(x.body, agency) || withoutBrackets(x.body).split('、').every((part) => BODY.test(part))));
  for (const c of organClaims) {
    // The same thing counted by anyone else between: the units' counts are theirs to split, not the organs'.
    const others = claims.filter((o) => o !== c && sameCount(o.anchor, c.anchor) && !o.negated);
    // (Only counts after the organs': `下属单位受理申请9件；局机关全年共受理…56件` may give the agency's own whole last.)
    const between = (at: number) => others.some((o) => o.from > c.from && o.from < at);
    const mine = units.filter((u) => u.from! > c.to && sameCount(u.anchor, c.anchor) && u.number.unit === c.number.unit && !between(u.from!));
    // A total stated after the units' counts, as a phrase of theirs (`，共收到46件`) or a number alone (`，合计46件`).
    const isTotal = (n: NumberToken) => {
      const before = numbersIn(p, Math.max(0, n.start - 24), n.start).pop();
      return !!before && PARTS_TOTAL.test(t.slice(before.unitEnd, n.start));
    };
    // The units' counts up to a total stated after them (what follows it is another statement: `，合计170件，与上年
    // （新收150件）相比增加20件`), and none in a bracket or a comparison with another year (last year's count: brk131 #1).
    const parts: Skipped[] = [];
    for (const u of mine) {
      if (isTotal(u.number)) break;
      if (!inComparison(t, u.from!, u.number.start)) parts.push(u);
    }
    if (!parts.length) continue;
    const last = parts[parts.length - 1].number;
    const next = numbersIn(p, last.unitEnd, sentenceEnd(t, last.unitEnd))[0];
    const total = next && next.unit === c.number.unit && !next.approx && isTotal(next) ? next : null;
    c.withUnits = { counts: parts.map((u) => u.number), sum: parts.reduce((a, u) => a + u.number.value, c.number.value), words: parts.map((u) => para.raw.slice(u.from!, u.number.unitEnd)) };
    if (total && !claims.some((o) => o.number.start === total.start)) {
      const at = Math.max(t.lastIndexOf('，', total.start), t.lastIndexOf(',', total.start)) + 1;
      // (The stated total is no longer the units' own phrase: `，共收到46件` under their subject.)
      const k = skipped.findIndex((x) => x.number.start === total.start);
      if (k >= 0) skipped.splice(k, 1);
      const start = sentenceStart(t, total.start);
      claims.push({ anchor: c.anchor, readings: c.readings, number: total, from: at, to: total.unitEnd, sentence: { start, end: sentenceEnd(t, start), paragraph: c.sentence.paragraph }, scoped: c.scoped, ...(c.scope ? { scope: c.scope } : {}) });
      claims.sort((x, y) => x.from - y.from);
    }
  }
}

/**
 * What stands right before `办结`, `答复` or `办理` when it counts the applications concluded in one way or at one
 * time, a part of them (`按时办结45件`, `按期答复`, `超期办结2件`, `逾期`, `延期答复3件`, `提前办结`, `当场答复12件`,
 * `限时办结`, `在法定期限内答复`), or through one channel (`网上办结30件`, `线下答复7件`, `书面答复`, `通过电子邮件答复6件`,
 * `通过网上办理答复40件`, `以信函方式答复`, `邮寄答复`), not 表三's total; `方式`, `形式`, `渠道`, `办理`, `已`, `均`,
 * `予以` may follow it.
 */
const HOW_CONCLUDED = /(?:按时|按期|如期|准时|超期|逾期|超时|延期|延长期限|提前|当场|当日|当天|即时|限时|期限内|时限内|现场|网上|线上|线下|在线|网络|电子邮件|电子邮箱|邮件|邮箱|邮寄|邮政|快递|信函|来信|当面|窗口|传真|书面|口头|电话|短信|微信|纸质|政务平台|申请平台)(?:的)?(?:方式|形式|渠道|途径|平台|系统)?(?:[已均]|予以|进行|作出|给予|办理)*$/;

/**
 * A clause up to `办结` or `答复` that counts among the applications passed on by another body (`转办的3件申请中`,
 * `转来的申请已`): a channel's part, not 表三's total. (The new and the carried-over ones: `concludedScope`.)
 */
const PASSED_ON_PART = /(?<![和及与、加])(?:转办|转来|转交)[^，,；;。\d和及与、加]{0,12}?(?:(?:\d+\s*件)?(?:的)?(?:政府信息公开申请|申请|件)?中[，,]?|\d+\s*件(?:的)?(?:政府信息公开申请|申请)?|(?:的)?(?:政府信息公开申请|申请))(?:已经?|均|共|全部|都)*$/;

/**
 * Words before 办结/答复 in its clause that name the year's new applications as what is concluded (`新收申请中`,
 * `本年度新受理的申请`, `本年新增申请`, `当年申请`, `新收的37件申请中`).
 */
const NEW_PART = /新收|新受理|新接收|新增|新提出|新提交|新申请/;
/**
 * `当年申请`, `本年度的政府信息公开申请`: the year's applications, the new ones only when the sentence names those carried
 * over apart (`当年申请已办结33件，上年结转的4件已全部办结`); alone (`本年度政府信息公开申请办结45件`) all of them.
 */
const YEAR_PART = /(?:当年|本年度?|今年)(?:度)?(?:提出|提交)?的?(?:政府信息公开|信息公开)?申请/;
/** Words that name the applications carried over from last year (`上年结转的4件中`, `结转申请中`; not `结转下年度`, `结转至2025年`). */
const CARRIED_PART = /(?:结转|遗留)(?!(?:到|至|入)?(?:下|(?:19|20)\d{2}))/;
/** Right after a count received, a parenthesis saying it includes last year's (`（含上年结转2件）`, `（包括上年度结转的2件）`). */
const RECEIVED_WITH_CARRIED = /^[（(](?:其中)?(?:含|包括|包含)了?(?:上一?年度?|去年)?的?(?:结转|遗留)/;
/** The carried-over applications added to the others (`含上年结转`, `包括上年结转`, `连同上年结转`, `加上结转的`). */
const WITH_CARRIED = /(?:含|包括|连同|加上|加|及|和|与|、)(?:上一?年度?|去年)?的?(?:结转|遗留)/;
/** An applicant column of 表三 named before 办结/答复 (`自然人申请已办结41件`): compared with that column's （七）总计. */
const COLUMN_WORDS: [RegExp, string][] = [[/自然人/, 'natural'], [/法人(?:或|和|及)?其[他它]组织|法人/, 'legal'], ...APPLICANT_COLUMNS.map(({ id, label }): [RegExp, string] => [new RegExp(label), id])];
/** Whether an anchor id names an applicant column of 表三 (`natural`, `legal`, `applicant:C5`). */
const isColumn = (id: string) => id === 'natural' || id === 'legal' || id.startsWith('applicant:');
/** The quantity prefix of an applicant column's anchor id (`applicant:C5` → `C5`, `natural` → `natural`). */
const columnOf = (id: string) => id.replace(/^applicant:/, '');
/**
 * Words between a clause's start (or its last count) and 办结/答复 that keep the count one of all the applications:
 * time (`全年`, `截至2024年12月31日`), totals (`共`, `合计`, `全部`, `均`), manner that every answer has (`依法`,
 * `及时`, `经审查`), the applications themselves (`申请`, `上述申请中`) and the reporting body (`我局`, `本机关`).
 * Anything else narrows it (`电话告知`, `以告知书形式`, `面向企业`).
 */
const ALL_WORDS = /^(?:全年度?|本年度?|今年|年度?内|当年|(?:19|20)\d{2}年度?|截[至止](?:(?:19|20)\d{2}年)?(?:12月31日|12月底|年底|年末|底|目前)(?:止)?|截[至止]|目前|至今|现已|现|已经?|均|都|共计?|共有|合计|总计|一共|总共|全部|所有|依法(?:依规)?|依规|依照规定|按照?规定|及时|认真|严格|规范|积极|妥善|逐一|逐件|实际|正式|通过依法(?:审查|审核)|经(?:依法)?(?:审查|审核)(?:后)?|(?:经)?研究|(?:按照?|依照?|遵照)(?:法定)?(?:程序|规定|要求)|(?:向|对|为)?申请人|办结|答复|予以|进行|作出|给予|办理|的|了|并|且|和|及|又|同时|[，,]|其中|从办理结果看|(?:政府)?(?:信息公开)?申请|依申请公开(?:申请)?|上述|以上|这些|中|对|本机关|本单位|本部门|本级|[我本][\u4e00-\u9fff]{0,2}?(?:局|委|办|厅|院|中心|署|市|区|县|镇|乡|街道))+$/;

/** What `concludedScope` finds a 办结/答复 count to count (`from`, `to`: the words that say so, offsets in the text). */
type ConcludedScope =
  | { kind: 'whole'; certain: boolean; sibling: false | 'concluded' | 'pending' }
  | { kind: 'column'; column: string }
  | { kind: 'among'; of: 'R1' | 'R2' | 'received'; count: number | null; from: number; to: number }
  | { kind: 'narrowed'; from: number; to: number };

/**
 * What the 办结/答复/办理 count of phrase `f` (sentence starting at `sStart`; `found`: the sentence's phrases with
 * numbers) counts, from what stands before the verb in its clause and its clause chain (up to `；`):
 * - words naming the new or the carried-over applications in its clause (`NEW_PART`, `CARRIED_PART`, not both:
 *   `新收和上年结转的48件申请中` is all of them): `among` that part (its count when the clause states one);
 * - an applicant column (`自然人申请已办结41件`): `column`;
 * - else the counts of applications before it in the chain, not a part after `其中` or in `（含…）`: a count of
 *   新收 alone, 上年结转 alone, or one column, no smaller than the number, makes it `among` that part (`column`);
 *   `受理`/`收到` (or 新收 and 上年结转 both) is all of them, unless the prose splits that count into this number
 *   and the pending ones after it (`受理申请46件，已办结45件，尚有1件正在办理`: `among` the received);
 * - else words other than `ALL_WORDS` between the clause's start (or its last count) and the verb: `narrowed`;
 * - else `whole`, `certain` only when the sentence positively reads it as the total (`wholeScope`).
 */
function concludedScope(p: ClaimText, found: Found[], f: Found, sStart: number, agency: string | null): ConcludedScope {
  const t = p.text;
  const verb = f.at, n = f.number.value;
  const chain = lastIndexOfAny(t, '；;。', verb, sStart);
  let clause = lastIndexOfAny(t, '，,；;。（(）)', verb, sStart);
  // `本年度新收的政府信息公开申请中，已办结45件`: a clause ending with 中 names what the next one counts among.
  if (clause - 2 >= sStart && '，,'.includes(t[clause - 1]) && t[clause - 2] === '中') clause = lastIndexOfAny(t, '，,；;。（(）)', clause - 1, sStart);
  const head = t.slice(clause, verb);
  // The last count in the clause: the words after it are what qualifies the verb.
  const counts = numbersIn(p, clause, verb).filter((x) => ANY_COUNT_UNIT.has(x.unit));
  const lastCount = counts[counts.length - 1];
  const isCarried = CARRIED_PART.test(head);
  const isNew = NEW_PART.test(head) || (YEAR_PART.test(head) && !isCarried && CARRIED_PART.test(t.slice(sStart, clause) + t.slice(verb, sentenceEnd(t, verb))));
  // (Both: `新收和上年结转的48件申请中`, `上年结转和本年新收的申请中` are all of them; so are those that add the carried-over
  // ones: `含上年结转申请在内，共办结47件`, `连同上年结转的2件`.)
  if ((isNew && isCarried) || (isCarried && WITH_CARRIED.test(head))) return wholeScope(p, found, f, sStart, agency, true);
  if (isNew !== isCarried) return { kind: 'among', of: isNew ? 'R1' : 'R2', count: lastCount && COUNT_UNITS.has(lastCount.unit) ? lastCount.value : null, from: clause, to: verb };
  const localFrom = lastCount ? lastCount.unitEnd : clause;
  const local = t.slice(localFrom, verb);
  // (Both columns, `自然人和法人或其他组织申请已办结47件`, are all the applicants.)
  // (`法人或其他组织中的法律服务机构` names one column: the narrower.)
  let columns = COLUMN_WORDS.filter(([re]) => re.test(local));
  if (columns.length === 2 && columns[0][1] === 'legal' && /^C/.test(columns[1][1])) columns = [columns[1]];
  if (columns.length === 1) return { kind: 'column', column: columns[0][1] };
  if (columns.length > 1) return wholeScope(p, found, f, sStart, agency, true);
  // A clause before it in its chain that opens the applications the rest is about (up to `；` or `。`): one applicant
  // column's (`对自然人提出的申请，共答复310件`: that column's （七）总计), or those of a topic or kind that no row of 表三
  // counts (`对涉及个人隐私的申请，经征求第三方意见后，共答复23件`, `针对…的申请，共答复41件`, `对申请人申请查询…的，…`):
  // a part, never the total (brk147 #1, #2).
  const opening = openingPart(t, chain, clause);
  if (opening) return opening;
  // The counts of applications before it in the chain (not a part: after 其中, or in a parenthesis), by their phrase
  // or, without one (`受理申请46件`, `受理本年新申请46件`), by the words before them in their clause.
  let subjects: { id: string; value: number; from: number; to: number; part?: string[] }[] = [];
  for (const x of numbersIn(p, Math.max(chain, f.from - COUNTS_TEXT_REACH), f.from).slice(-COUNTS_REACH)) {
    if (!COUNT_UNITS.has(x.unit) || x.approx || x.unitEnd > f.from) continue;
    const cs = lastIndexOfAny(t, '，,；;。', x.start, sStart);
    if (inIncludes(t, x.start, sStart) || PART_OPENING.test(t.slice(cs, x.start))) continue;
    const g = foundAt(found, x.start, f);
    if (g) {
      if (!g.negated && SUBJECT_IDS.has(g.anchor.id)) subjects.push({ id: g.anchor.id, value: x.value, from: g.from, to: g.to, part: g.part });
      continue;
    }
    const words = t.slice(cs, x.start);
    const id = NEW_PART.test(words) ? 'new' : CARRIED_PART.test(words) ? 'carried' : /受理|收到|接收|接到|收办/.test(words) && APPLICATION_WORD.test(words) ? 'received' : null;
    if (id) subjects.push({ id, value: x.value, from: cs, to: x.unitEnd });
  }
  // (An applicant column after another count splits it: `新收申请46件，其中自然人申请40件，法人或其他组织申请6件`.)
  if (subjects.some((g) => !isColumn(g.id))) subjects = subjects.filter((g) => !isColumn(g.id));
  if (subjects.length && !subjects.some((g) => g.part)) {
    const ids = new Set(subjects.map((g) => g.id));
    const last = subjects[subjects.length - 1];
    if (ids.has('received') && !ids.has('new') && !ids.has('carried') && last.id === 'received') {
      // `受理申请46件，已办结45件，尚有1件正在办理`: the number and the pending ones split the count received.
      const pending = found.find((g) => g.from >= f.to && !g.negated && (g.anchor.id === 'pending' || g.anchor.id === 'carried-over') && !/[；;。]/.test(t.slice(f.to, g.from)));
      if (pending && pending.number.value + n === last.value) return { kind: 'among', of: 'received', count: last.value, from: last.from, to: f.number.unitEnd };
    } else if (!ids.has('received') && !(ids.has('new') && ids.has('carried')) && n <= last.value) {
      if (last.id === 'new') return { kind: 'among', of: 'R1', count: last.value, from: last.from, to: last.to };
      if (last.id === 'carried') return { kind: 'among', of: 'R2', count: last.value, from: last.from, to: last.to };
      if (isColumn(last.id) && ids.size === 1) return { kind: 'column', column: columnOf(last.id) };
    } else if (!ids.has('received') && ids.size === 1 && (last.id === 'new' || last.id === 'carried') && n > last.value) {
      // `新收申请46件，办结48件`: more than the part before it, so not among it: all the applications, compared with the
      // total and fixed as such (brk141 #5; a part is never more than its whole).
      return wholeScope(p, found, f, sStart, agency, true);
    }
  }
  // Words that narrow what is concluded (`电话告知`, `面向企业`); the year's end and the agency's name do not.
  const rest = local.replace(/^[\s\u3000]+/, '');
  if (rest && !ALL_WORDS.test(rest) && !ownBody(rest.replace(/(?:已经?|均|共|都|全部)+$/, ''), agency)) return { kind: 'narrowed', from: localFrom + (local.length - rest.length), to: verb };
  return wholeScope(p, found, f, sStart, agency, false);
}

/** A clause naming one applicant column's applications (`对自然人提出的申请`, `针对公民个人的申请`, `法人或其他组织提交的申请中`). */
const COLUMN_CLAUSE = /^(?:其中|另外|此外|另)?(?:对于|对|针对|就|在)?((?:自然人|公民个人|公民|个人|法人或其[他它]组织|法人和其[他它]组织|商业企业|企业|科研机构|社会公益组织|法律服务机构)(?:提出|提交|递交)?的?(?:\d+件)?(?:政府信息公开|信息公开)?申请(?:事项)?(?:中|方面)?)$/;
/**
 * The scope a clause of the chain `[chain, clause)` before a 办结/答复 count gives it (see `concludedScope`): one applicant
 * column (`对自然人提出的申请，`), or a part of the applications that no row of 表三 counts (`TOPIC_OF_APPLICATIONS`: `对涉及个人隐私的
 * 申请，`, `针对申请公开…的申请，`, `对申请人申请查询…的，`): `narrowed`. Null when no clause does so.
 */
function openingPart(t: string, chain: number, clause: number): ConcludedScope | null {
  let at = chain;
  for (const c of t.slice(chain, clause).split(/[，,]/)) {
    const from = at;
    at += c.length + 1;
    const words = c.replace(/^[\s\u3000；;。]+/, '');
    if (!words || /\d/.test(words.replace(/\d+件(?:政府信息公开|信息公开)?申请/, ''))) continue;
    const column = COLUMN_CLAUSE.exec(words);
    if (column) {
      // (`企业` is 商业企业, as `企业申请3件` is; 公民, 个人 before 申请 are 自然人.)
      const id = /^(?:自然人|公民|个人)/.test(column[1]) ? 'natural' : /^企业/.test(column[1]) ? 'C2' : COLUMN_WORDS.find(([re]) => re.test(column[1]))?.[1];
      if (id) return { kind: 'column', column: id };
    }
    if (TOPIC_OF_APPLICATIONS.test(words)) return { kind: 'narrowed', from: from + (c.length - words.length), to: from + c.length };
  }
  return null;
}

/** The anchors of 表三's results (予以公开 … 其他处理 and their sub-rows). */
const RESULT_IDS = /^(?:granted|partial|refused|unable|not-processed|other-handling|sub:R3\.\d(?:\.\d+)?)$/;

/** A verb of concluding or answering: before a noun of applications in its clause, the count is of those concluded. */
const CONCLUDED_VERB = /办结|答复|办理完毕|处理完毕/;

/**
 * Words that may stand between the count of all the applications (or the clause's start) and 办结/答复 without making
 * the count a part: time (`全年`, `截至2024年12月31日`), totals (`共`, `合计`, `全部`, `均`, `已`), the manner every
 * answer has (`依法`, `及时`, `经审查后`, `按照法定程序`, `向申请人`), the applications (`申请`, `上述申请中`) and the
 * reporting body by itself (`我局`, `本局`, `本机关`). A strict list: anything else (`本机关负责的`, `我局本部`, `市本级`,
 * `由本机关作出的`) leaves the count possibly a part.
 */
const NEUTRAL_WORDS = /^(?:全年度?|本年度?|今年|年度?内|当年|(?:19|20)\d{2}年度?|截[至止](?:(?:19|20)\d{2}年)?(?:12月31日|12月底|年底|年末|底)(?:止)?|已经?|均|都|共计?|共有|合计|总计|累计|一共|总共|全部|所有|依法(?:依规)?|依规|及时|(?:通过|经)(?:依法)?(?:审查|审核)(?:后)?|(?:按照?|依照?)(?:法定)?(?:程序|规定)|(?:向|对|为)?申请人|(?:政府)?(?:信息公开)?申请|(?:上述|以上|这些)(?:申请)?中?|本机关|本单位|本部门|我(?:局|委|办|厅|院|中心|署|部)|本(?:局|委|办|厅|院|中心|署)|办结|答复|予以|作出|给予|办理|进行|的|了|并|中|[，,；;]|(?:按期)?(?:办结|答复)率[0-9.]+[%％])+$/;
/**
 * Words before 办结/答复 in its clause that say it is the total: `共办结`, `合计`, `全部`, `总计`, `累计`, `全年…办结`,
 * `从办理结果看，办结47件` (the count the results are of).
 */
const TOTAL_WORDS = /共|合计|总计|累计|全部|所有|全年|本年度|年度内|从办理(?:结果|情况)(?:来)?看/;
/** Right after the count, the results of 表三 it splits (`办结47件中，予以公开24件`, `办结47件，其中予以公开24件`): it is their total. */
const RESULTS_AFTER = /^(?:申请)?(?:中[，,]?|[，,](?:其中)?|[，,]?其中[，,：:]?)(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理)/;
/** A clause that receives a count without naming it (`全年共受理46件`): in the 依申请公开 paragraph, the applications. */
const RECEIVED_ALONE = /^(?:全年度?|本年度?|今年|共|累计|合计|总计|一共)*(?:受理|收到|接收|接到)了?(?:共计?|合计)?$/;
/** Words of a clause that make its count another 办结/答复 count beside the one read (anywhere in the sentence). */
const SIBLING_WORDS = /办结|答复|办理完毕|处理完毕|另有?|其余|剩余|余下/;

/**
 * The `whole` scope of the 办结/答复/办理 count of phrase `f`, with `certain` only when the sentence positively reads
 * it as 办理结果总计 (the burden of proof is on the reading as the total, not on the words that would narrow it):
 * - `positive` (both the new and the carried-over ones named, `含上年结转`, both applicant columns), a total word in
 *   its clause (`TOTAL_WORDS`: `共办结`, `已全部办结`, `全年…答复`), or the sentence's counts before it are only those of
 *   all the applications (`受理`/`收到`/`接收` alone, or 新收 and 上年结转 both; not a part after 其中 or in a parenthesis);
 * - and only `NEUTRAL_WORDS` between that count (or the clause's start) and the verb, parentheses left out
 *   (`受理申请48件（含上年结转2件），已办结45件`; not `本年新收的申请，已办结33件`, `本机关负责的已答复40件`);
 * - and no `sibling`: no other count in the sentence whose clause says 办结, 答复, 另, 其余 …, nor one after it in its
 *   clause chain (up to `；`) that is pending, extended or passed on (`办结33件，4件尚在办理期限内`,
 *   `及时办结45件，经批准延期办结2件`); a list after 其中 or in a parenthesis is a split of the count, not beside it; after
 *   a count that says it is of all the applications (`positive`, 新收 and 上年结转 both, `受理申请48件（含上年结转2件）`) the
 *   pending ones are the rest of them (`办结46件，结转下年度1件` is still the total).
 */
function wholeScope(p: ClaimText, found: Found[], f: Found, sStart: number, agency: string | null, positive: boolean): ConcludedScope {
  const t = p.text;
  const verb = f.at;
  const sEnd = sentenceEnd(t, f.to);
  // The count before it says in so many words that it is of all the applications (see `hasSibling`).
  let explicit = positive;
  const clause = lastIndexOfAny(t, '，,；;。（(）)', verb, sStart);
  const neutral = (from: number) => {
    const words = t.slice(from, verb).replace(/[（(][^（）()]*[）)]/g, '').replace(/[\s\u3000（）()]+/g, '');
    if (!words || NEUTRAL_WORDS.test(words)) return true;
    // The reporting body's own name, alone (`县民政局已办结45件`).
    const body = words.replace(/^[，,；;]+/, '').replace(/(?:已经?|均|共|都|全部)+$/, '').replace(/人民/g, '');
    return !!agency && body.length >= 2 && agency.replace(/人民/g, '').endsWith(body);
  };
  let certain = false;
  if (!positive && RESULTS_AFTER.test(t.slice(f.number.unitEnd, f.number.unitEnd + 12))) positive = true;
  if (positive) {
    // The words that name all of them are the clause's (`新收和上年结转的41件申请中已办结35件`): after its last count.
    const last = numbersIn(p, clause, verb).filter((x) => COUNT_UNITS.has(x.unit)).pop();
    certain = neutral(last ? last.unitEnd : verb);
  } else if (TOTAL_WORDS.test(t.slice(clause, verb))) certain = neutral(clause);
  else {
    // The counts before it in the sentence: all the applications, and nothing else.
    const ids: string[] = [];
    let end = -1;
    // Its clause chain's counts (up to `；`), or the sentence's when the chain has none (`新收…46件，上年结转2件；办结45件`).
    const chain = lastIndexOfAny(t, '；;', f.from, sStart);
    const before = numbersIn(p, Math.max(chain, f.from - COUNTS_TEXT_REACH), f.from).some((x) => COUNT_UNITS.has(x.unit) && x.unitEnd <= f.from) ? chain : sStart;
    for (const x of numbersIn(p, Math.max(before, f.from - COUNTS_TEXT_REACH), f.from).slice(-COUNTS_REACH)) {
      if (!COUNT_UNITS.has(x.unit) || x.approx || x.unitEnd > f.from) continue;
      const cs = lastIndexOfAny(t, '，,；;。', x.start, sStart);
      // (A part, after 其中 or in a parenthesis, is an aside on the count before it: passed over.)
      if (inParenthesis(t, x.start, sStart) || PART_OPENING.test(t.slice(cs, x.start))) {
        end = Math.max(end, x.unitEnd);
        continue;
      }
      const g = foundAt(found, x.start, f);
      // (The words of its clause, after the count too: `受理的48件申请中`.)
      let ce = x.unitEnd;
      while (ce < f.from && !'，,；;。'.includes(t[ce])) ce++;
      const words = t.slice(cs, ce).replace(/[（(][^（）()]*[）)]?/g, '');
      // (A total of the counts before it, `新收…46件，上年结转2件，合计48件，办结47件`, counts the same applications:
      // passed over, brk169 #3.)
      if (ids.length && TOTAL_CLAUSE.test(words.replace(/^[，,；;。]/, ''))) {
        end = Math.max(x.unitEnd, g ? g.to : 0);
        continue;
      }
      const received = /受理|收到|接收|接到|收办/.test(words) && (APPLICATION_WORD.test(words) || RECEIVED_ALONE.test(t.slice(cs, x.start).replace(/^[，,；;。]/, '')));
      const id = g ? g.anchor.id : NEW_PART.test(words) ? 'new' : CARRIED_PART.test(words) ? 'carried' : received ? 'received' : 'other';
      // (`受理申请48件（含上年结转2件）`, `收到含上年结转在内的申请48件`: what was received includes last year's.)
      if (id === 'received' && (RECEIVED_WITH_CARRIED.test(t.slice(x.unitEnd, x.unitEnd + 12)) || WITH_CARRIED.test(t.slice(cs, x.start)))) explicit = true;
      end = Math.max(x.unitEnd, g ? g.to : 0);
      // (A result of 表三 between, `受理申请41件，予以公开16件，办结35件`, is one of the applications' results.)
      if (!RESULT_IDS.test(id)) ids.push(id);
    }
    const both = ids.includes('new') && ids.includes('carried') && ids.every((id) => id === 'new' || id === 'carried');
    const all = ids.length > 0 && (ids.every((id) => id === 'received') || both);
    explicit = all && (explicit || both);
    certain = all && neutral(end);
  }
  const sibling = hasSibling(p, found, f, sStart, sEnd, explicit);
  return { kind: 'whole', certain: certain && !sibling, sibling };
}

/**
 * How far back (UTF-16 units) a parenthesis around a count is looked for: a run-on sentence of thousands of counts
 * made every count's search run back to its start (helper-220 #18). An aside is never this long.
 */
const PARENTHESIS_REACH = 200;

/**
 * How many counts before a 办结 count its scope reads (`concludedScope`, `wholeScope`): a run-on sentence of thousands
 * of counts made each read all of them (cubic; helper-220 #18). The counts that say what it is among stand near it.
 */
const COUNTS_REACH = 64;
/** The stretch of text (UTF-16 units) before a 办结 count in which those counts are read. */
const COUNTS_TEXT_REACH = 1500;

/** The phrase of `found` (not `self`) whose number starts at `start`, by a map kept per array. */
function foundAt(found: Found[], start: number, self: Found): Found | undefined {
  // (Made again when phrases were added to the array since: kept with the length it was made for.)
  let kept = foundByNumber.get(found);
  if (!kept || kept.length !== found.length) {
    const map = new Map<number, Found>();
    for (const y of found) if (!map.has(y.number.start)) map.set(y.number.start, y);
    foundByNumber.set(found, (kept = { length: found.length, map }));
  }
  const g = kept.map.get(start);
  return g === self ? found.find((y) => y !== self && y.number.start === start) : g;
}
const foundByNumber = new WeakMap<Found[], { length: number; map: Map<number, Found> }>();

/** Whether offset `pos` of `t` is inside a parenthesis opened after `floor` (and at most `PARENTHESIS_REACH` back). */
function inParenthesis(t: string, pos: number, floor: number): boolean {
  return parenthesisOpen(t, pos, floor) >= 0;
}

/** The offset of the opening bracket of the parenthesis that offset `pos` of `t` is inside (see `inParenthesis`), or -1. */
function parenthesisOpen(t: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= Math.max(floor, pos - PARENTHESIS_REACH); i--) {
    if (t[i] === '）' || t[i] === ')') return -1;
    if (t[i] === '（' || t[i] === '(') return i;
  }
  return -1;
}

/**
 * Whether offset `pos` of `t` is inside a parenthesis (opened after `floor`) that closes before `until` and counts
 * something of its own (`ASIDE_COUNT`): an aside that what stands at `until` is outside of. (`被提起行政诉讼4件（含复议后
 * 起诉1件），1件尚未审结`: 复议后起诉, named only in the aside, is not the subject of the clauses after it; 行政诉讼
 * before the parenthesis is. A parenthesis without a count qualifies the noun before it and names the group:
 * `被提起行政诉讼（未经复议直接起诉）2件，其中结果维持2件`.)
 */
function inAsideBefore(t: string, pos: number, floor: number, until: number): boolean {
  const open = parenthesisOpen(t, pos, floor);
  if (open < 0) return false;
  for (let i = pos; i < until; i++) if (t[i] === '）' || t[i] === ')') return ASIDE_COUNT.test(t.slice(open + 1, i));
  return false;
}

/** A count in a parenthesis (`1件`, `一件`): an aside with a number of its own, not a qualifier of the noun before it. */
const ASIDE_COUNT = /(?:\d|[零〇一二两三四五六七八九十百千])\s*件/;

/**
 * What other count beside it the sentence `[sStart, sEnd)` of the 办结/答复 count of `f` holds (see `wholeScope`):
 * `concluded`, one whose clause says 办结, 答复, 另, 其余 (`SIBLING_WORDS`); else `pending`, any other count after it in
 * its clause chain but a result of 表三 (pending, extended, passed on, or anything not known); else false. Not a count in a parenthesis,
 * nor after 其中 in its chain (a split of it); nor, when `ofAll` (the count before it says it is of all the applications:
 * 新收 and 上年结转 both, `受理申请48件（含上年结转2件）`), a pending or carried-over count after it (`结转下年度1件`): the rest
 * of all the applications, not a part beside those concluded.
 */
function hasSibling(p: ClaimText, found: Found[], f: Found, sStart: number, sEnd: number, ofAll = false): false | 'concluded' | 'pending' {
  let out: false | 'pending' = false;
  const t = p.text;
  for (const x of numbersIn(p, sStart, sEnd)) {
    if (x.start === f.number.start || !COUNT_UNITS.has(x.unit) || inParenthesis(t, x.start, sStart)) continue;
    // (After a count of all the applications, the pending ones after it are the rest of them, not a part beside it.)
    if (ofAll && x.start > f.to && found.find((g) => g.number.start === x.start)?.anchor.readings[0] === 'R4') continue;
    const cs = lastIndexOfAny(t, '，,；;。：:、', x.start, sStart);
    let ce = x.unitEnd;
    while (ce < sEnd && !'，,；;。、'.includes(t[ce])) ce++;
    // (Its clause without the count read: `新收和上年结转的41件申请中已办结35件` has one 办结.)
    const words = x.start > f.to ? t.slice(Math.max(cs, f.to), ce) : t.slice(cs, Math.min(ce, f.from));
    if (x.start > f.to) {
      const between = t.slice(f.to, x.start);
      const chainFrom = Math.max(between.lastIndexOf('；'), between.lastIndexOf(';'));
      if (/其中/.test(between.slice(chainFrom + 1))) continue;
      // (A change against another year, `办结47件，较上年增加9件`, `，同比增长20%，增加8件`, or that year's count,
      // `比上年的39件`: of a count, not a part beside it, as a rate there is not: brk135 #3.)
      if (CHANGE_BEFORE.test(t.slice(Math.max(cs, x.start - 12), x.start))) continue;
      // (A count carried over to next year after it, `另有3件…结转至2024年办理` (brk134 #2), is the applications not
      // concluded: no other part of those concluded, whatever 另有 says; at most pending, below.)
      const carriedOut = found.find((g) => g.number.start === x.start)?.anchor.readings[0] === 'R4';
      if (SIBLING_WORDS.test(words) && !carriedOut) return 'concluded';
      // (Any other count after it in its chain but a result of 表三 it is the total of: `办结40件，7件由下属单位处理`.)
      if (chainFrom < 0 && !RESULT_IDS.test(found.find((g) => g.number.start === x.start)?.anchor.id ?? '')) out = 'pending';
    } else if (x.start < f.from) {
      // (Before it, only in its clause chain: `热线…办结3198件；受理申请46件，办结45件` counts another thing first.)
      if (PART_OPENING.test(t.slice(cs, x.start).replace(/^[，,；;。：:、]/, '')) || /[；;]/.test(t.slice(x.unitEnd, f.from))) continue;
      if (SIBLING_WORDS.test(words)) return 'concluded';
    }
  }
  return out;
}

/** Phrases that count applications received, new or carried over, or by one applicant column: what a later 办结 may count among. */
const SUBJECT_IDS = new Set(['new', 'received', 'carried', 'natural', 'legal', 'channel-part', ...APPLICANT_COLUMNS.map((c) => `applicant:${c.id}`)]);

/** `截至2024年12月31日`, `截止2024年底`, `截至年末`: up to the end of a year (the report's, when it names one). */
const YEAR_END = /截[至止](?:(?:19|20)\d{2}年)?(?:12月31日|12月底|年底|年末|底)(?:止)?/g;

/**
 * `head` without a year-end time (`YEAR_END`) after which only the sentence's own claims and the phrase's words follow
 * (`，已`, `，已办结45件，`, `，已办结54件，办结率96.4%，其中`): no other number (but a rate) and no other kind of item
 * (建议, 提案, 信访…) between the time and the phrase. `claimed(i)`: whether offset `i` of `head` lies in another claim of the sentence.
 */
function yearEndExempt(head: string, claimed: (i: number) => boolean): string {
  YEAR_END.lastIndex = 0;
  let m: RegExpExecArray | null, last: RegExpExecArray | null = null;
  while ((m = YEAR_END.exec(head))) last = m;
  if (!last) return head;
  const from = last.index + last[0].length;
  const rest = head.slice(from);
  // (`信访举报投诉类申请`, 表三's row R3.5.1, is the report's applications, no other kind of item: brk140 #6.)
  if (/建议|提案|信访|投诉|举报|案件|事项/.test(rest.replace(/信访举报投诉类?申请/g, ''))) return head;
  // (A rate, `办结率96.4%`, is no count of another thing.)
  for (const n of rest.matchAll(/[0-9０-９]+(?:[.．][0-9０-９]+)?\s*([%％])?/g)) if (!n[1] && !claimed(from + n.index!)) return head;
  return head.slice(0, last.index) + rest;
}

/**
 * Whether a `其中` in `p.text[from, to)` (the sentence up to a total phrase at `to`, from its last `；`) makes the
 * phrase's count `value` a part, not the total (`收到申请46件，其中新收44件`). Not a 其中 in a parenthesis closed
 * before the phrase (`申请46件（其中通过“局长信箱”提交10件），办结48件`: an aside on the count before it), nor one whose
 * clause ended before the phrase with counts all smaller than `value` (`其中通过12345热线转办的申请5件，已办结48件`: 48
 * cannot be a count of those 5; `其中网上申请30件，办结28件` may be, and stays a part).
 */
function partAfterQizhong(p: ClaimText, from: number, to: number, value: number): boolean {
  const t = p.text;
  // The parenthesis depth is carried from one 其中 to the next, and the searches forward from a 其中 stop after
  // `PART_SCAN` characters (a parenthesis or clause that runs on is taken as not closed: the count is a part), so a
  // long sentence with many 其中 is read in linear time (a 10 MB report's took seconds).
  let depth = 0, at = from;
  // Searched in the sentence only (`indexBetween`): the next 其中 after it may be far.
  for (let q = indexBetween(t, '其中', from, to); q >= 0; q = indexBetween(t, '其中', q + 2, to)) {
    // Inside a parenthesis (depth at 其中) that closes before the phrase?
    for (; at < q; at++) depth = PAREN_OPEN.has(t[at]) ? depth + 1 : PAREN_CLOSE.has(t[at]) ? Math.max(0, depth - 1) : depth;
    const limit = Math.min(to, q + PART_SCAN);
    if (depth > 0) {
      let d = depth, i = q;
      for (; i < limit && d > 0; i++) d = PAREN_OPEN.has(t[i]) ? d + 1 : PAREN_CLOSE.has(t[i]) ? d - 1 : d;
      if (d === 0) continue;
    }
    // Its clause, when it ends before the phrase: the counts it names.
    let end = q;
    while (end < limit && !(CLAUSE_BREAK.has(t.charCodeAt(end)) && !(t.charCodeAt(end) === 44 && isDigitAt(t, end - 1) && isDigitAt(t, end + 1)))) end++;
    if (end < limit) {
      const counts = numbersIn(p, q, end).filter((n) => ANY_COUNT_UNIT.has(n.unit));
      if (counts.length && counts.every((n) => n.value < value)) continue;
    }
    return true;
  }
  return false;
}

/** How far (UTF-16 units) `partAfterQizhong` looks ahead of a 其中 for the end of its parenthesis or clause. */
const PART_SCAN = 300;
const PAREN_OPEN = new Set(['（', '(']);
const PAREN_CLOSE = new Set(['）', ')']);

/** Whether `t[i]` is an ASCII digit. */
function isDigitAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A sentence of a paragraph as read: its phrases with their numbers (`found`) and the spans its phrases take. */
interface SentenceRead {
  start: number;
  end: number;
  found: { anchor: Anchor; from: number; to: number; number: NumberToken; negated?: boolean }[];
  taken: [number, number][];
}

/**
 * Words that name something counted that is not an application for 政府信息公开: a channel of letters, calls and
 * messages (`12345热线`, `县长信箱`, `网民留言`), another kind of matter (`信访`, `举报`, `投诉`, `咨询`, `人大建议`, `政协提案`,
 * `政务服务事项`, `审批事项`, `工单`, `群众反映的问题`). (`信访举报投诉类申请`, a 表三 row, is an anchor and masked.)
 */
export const OTHER_SUBJECT = /热线|信箱|留言|来信|来电|来访|信访|举报|投诉|诉求|咨询|工单|建议|提案|议案|政务服务|审批服务|便民服务|服务事项|审批事项|许可事项|办件|信件|反映|问政|舆情/;
/** Applications named (`申请`, not `申请行政复议`: 表四's cases). */
export const APPLICATION_WORD = /申请(?!(?:行政)?复议)/;
/**
 * Words right before 办理/处理/办结/答复 that make the count the applications there were to handle, 新收 + 上年结转
 * (`应办结48件`, `共需处理63件`, `需要答复52件`, `应当办结48件`, `须办理41件`), not those handled; not `无需`, `不需`, nor 应 of
 * another word (`相应`, `对应`, `回应`, `响应`, `反应`, `供应`, `适应`, `理应`). Shared by prose-table (the count's reading) and
 * prose-percent (a 办结率's whole), so the two read it the same way.
 */
export const TO_HANDLE_BEFORE = /(?<![无不])(?:需要?|(?<![相对回响反供适理])应当?|须)$/;
/** Verbs of receiving or handling after which a noun names what a count counts (`受理各类来件300件`). */
const HANDLING = /收到|受理|接收|接到|办理|处理|承办|收办|转办|回复|答复|办结/g;
/** Words that may stand between such a verb and its count without naming anything (`共受理了47件`). */
const HANDLING_FILLER = /^(?:了|共|共计|合计|总计|累计|计|达到?|为|有|的|各类|各种|各项)*|(?:共|共计|合计|总计|累计|计|达到?|为|有|的)*$/g;
/** Units of counts of things that may be something other than applications (`留言240条`, `来信25封`, `接听来电300人次`). */
const ANY_COUNT_UNIT = new Set([...COUNT_UNITS, '条', '封', '次', '人次', '项', '批']);
/** Phrases of 表三 that count generic handling (`办结`, `办理`, `答复`): they count what the clause before counts. */
const GENERIC_PHRASE = /^(?:concluded|handled|pending|carried-over|all-concluded:R4|full-rate:R4)$/;

/** A clause that opens with a part of the count before it (`其中…`, `（含…`, `包括…`). */
const PART_OPENING = /^[\s\u3000]*[（(]?(?:其中|含有?|包括)/;
/** A parenthesis of parts after a count (`46件（其中通过“局长信箱”提交10件）`): an aside on that count. */
const PART_ASIDE = /[（(](?:其中|含有?|包括)[^（）()]*[）)]/g;

/** `clause` (starting at offset `cs` of its text) with the spans `spans` (offsets of that text) blanked. */
function blank(clause: string, cs: number, spans: [number, number][]): string {
  let out = clause;
  for (const [a, b] of spans) {
    const x = Math.max(a, cs) - cs, y = Math.min(b, cs + clause.length) - cs;
    if (x < y) out = out.slice(0, x) + '\u3000'.repeat(y - x) + out.slice(y);
  }
  return out;
}

/**
 * Clauses counting the applications that came through one channel (`通过12345热线提交的政府信息公开申请8件`,
 * `通过“局长信箱”提交的申请10件`, `网上申请30件`, `信函申请10件`, `当面申请6件`, `网上申请平台收到申请30件`, `上级机关转办的
 * 申请3件`): a part of the applications, not all of them (templates.md: 表三 counts applications, whatever the channel).
 */
const CHANNEL_PART = [
  // (The channel's name holds no time and no agency: `通过案例实践，2024年度我局共收到…` names none.)
  /通过[^，,；;。、年我本]{1,16}?(?:提交|提出|递交|转办|转来|转交|收到|受理|接收|申请)/,
  /(?:网上|在线|网络|信函|邮寄|来信|当面|现场|传真|电子邮件|电子邮箱|邮件|电话)(?:方式|形式)?(?:申请|提交|提出|递交)/,
  /(?:平台|窗口|信箱|热线|网站|邮箱|系统)(?:共|共计|累计)?(?:收到|受理|接收|接到|转来)/,
  // Passed on by another body (`上级机关转办的政府信息公开申请3件`, `市政府办公室转来的申请`).
  /(?:转办|转来|转送|转交|移送|交办)的?(?:政府信息公开申请|信息公开申请|公开申请|申请)/,
];
/**
 * A clause opening with the applications of one kind of applicant other than 自然人 and 法人或其他组织 (`律师事务所申请2件`,
 * `其中企业申请3件`, `来自科研机构的申请1件`): a part of the applications, like a channel's, so that a 办结 or 答复 after
 * it no greater than its count may be that part's. (A count that names a column of 表三, `法律服务机构申请2件`,
 * `科研机构申请已办结1件`, is still compared with that column: see `APPLICANT_COLUMNS`.)
 */
const APPLICANT_PART = /^[\s\u3000]*(?:其中|另有|此外|另)?[，,：:]?(?:来自)?(?:律师事务所|律所|律师|法律服务机构|商业企业|企业|公司|科研机构|高等院校|高校|社会公益组织|公益组织|社会组织|个体工商户)(?:提出|提交|递交)?的?(?:政府信息公开|信息公开)?申请/;
/** A clause naming more than one channel or all of them (`通过网上、信函等渠道共收到申请46件`): no one channel's part. */
const CHANNEL_NOT_ONE = /等|各|全部|所有|合计|总计|、|和|及|与|或/;

/** A phrase of a sentence with its number, as read (`paragraphClaims`); `part`: a channel's part, of the quantities it names (see `Claim.part`). */
interface Found {
  anchor: Anchor;
  from: number;
  to: number;
  number: NumberToken;
  /** Where the phrase itself starts (its number may stand before it). */
  at: number;
  inner?: boolean;
  negated?: boolean;
  part?: string[];
  /** An "all concluded" clause in a sentence or paragraph that states a count still pending (see `Claim.pendingStated`). */
  pendingStated?: true;
  /** The pending counts stated beside an "all concluded" clause of manner only (see `Claim.mannerPending`). */
  mannerPending?: number[];
  /** An "all concluded" clause of manner only (see `Claim.timely`). */
  timely?: true;
  /** The number is each of a list's phrases' (`各1件`, `均为0件`: see `Claim.shared`). */
  shared?: true;
  /**
   * A phrase of a list with one count each or one for all (`respectiveCounts`, `eachOfList`): the words before it in
   * the sentence are the list's other phrases, not what narrows a 办结 count (no `concludedScope`).
   */
  listed?: true;
}

/** The phrase of a channel's part (read by `channelParts`, not searched for by `ANCHORS`). */
const CHANNEL: Anchor = { id: 'channel-part', re: /(?!)/g, keys: [], readings: ['R1', 'R1+R2'], application: true };
/** What ends the label of a count, looking back from it (not `、`: `通过网上、当面申请46件` names two channels). */
const LABEL_BREAK = new Set(['，', ',', '；', ';', '。', '（', '(', '）', ')', '：', ':']);
/** What names a channel (`12345热线`, `“局长信箱”`, `网上申请平台`, `信函`): `通过案例实践…申请` names none. */
const CHANNEL_NAME = /热线|信箱|邮箱|平台|网站|门户|窗口|系统|网上|网络|在线|信函|邮寄|来信|当面|现场|传真|邮件|电话|网|APP|App|app|小程序|公众号|微信|渠道|专线/;
/** Words before `通过` that name no other subject: a time of this year, the agency itself, a total's words. */
const OWN_LEAD = /全年|本年度?|今年|年内|当年|(?:19|20)\d{2}年度?|本机关|本单位|本部门|本级|我(?:局|委|办|厅|院|中心|部|署|府|区|县|市|镇|乡|街道)|[，,\s]|共计?|累计|另有|另|还|此外|同时|均|是/g;
/** A part of the count before it (`其中…`, `含…`, `包括…`). */
const PART_OPENER = /^(?:其中|含有?|包括)[，,：:]?/;
/** What opens a breakdown of the count before it into all its parts, in the label of the first (`分别为网上申请33件`). */
const BREAKDOWN_OPENER = /^(?:分别为|分别是|依次为)[，,：:]?/;
/**
 * A clause that introduces a breakdown of the count before it by how it splits (`从申请方式看，`, `从提交渠道来看：`,
 * `按申请方式分，`), standing between that count (or the start of its sentence) and the first part's label; or the
 * name of that split written as a heading with a colon (`申请方式：`, `申请渠道：`, `提交方式：`, `申请渠道方面，`), which
 * real reports write for `从申请方式看，` (brk117 #4).
 */
const BREAKDOWN_INTRO = /^[，,；;：:\s\u3000]*(?:(?:从|按照?|根据)[^，,；;。：:\d]{1,12}?(?:来看|上看|看|来分|划分|区分|分类|分)[，,：:]?|(?:申请|提交|受理)(?:方式|渠道|途径|形式)(?:方面[，,：:]|[：:]))$/;
/**
 * A clause opening a sentence that names the applications a breakdown splits, without their count (`全年新收申请中，`,
 * `本年度收到的政府信息公开申请中，`; brk151 #7): group `what` the verb (新收: 新收 alone; 收到, 受理: 新收 or 新收 + 上年结转).
 */
const NAMED_WHOLE_INTRO = /^[，,；;：:\s\u3000]*(?:全年|本年度?|今年|年内)?[，,]?(?:共)?(?<what>新收|新受理|收到|受理|接收)(?:的)?(?:政府信息公开|信息公开)?申请(?:中|当中)[，,：:]?$/;
/** The phrases of a count of applications that a breakdown by how they came splits (`新收`, `收到…申请`). */
const BREAKDOWN_WHOLE = new Set(['new', 'received']);
/** Something applied for that is not government information (`行政许可申请`, `补贴申请`): not an application of 表三. */
const OTHER_APPLICATION = /(?:许可|审批|登记|备案|补贴|救助|资助|复议|诉讼|事项|服务|项目|资金|低保|证照?)的?申请/;

/**
 * Adds to `found` (the phrases of sentence `[start, end)` of `p.text`) the counts of the applications that came
 * through one channel (`CHANNEL_PART`, not `CHANNEL_NOT_ONE`), each with `part` set to the quantities of 表三 it is a
 * part of: one named as applications and by how they came (`通过12345热线提交的政府信息公开申请8件`, `网上申请60件`,
 * not `某热线共受理…`; only when `disclosure`, the paragraph being about 政府信息公开, or the label saying 信息公开),
 * of 新收 or 新收 + 上年结转 alike; or a part of a count of applications written right before it
 * (`收到政府信息公开申请46件，其中通过“局长信箱”提交10件`,
 * `新收申请46件（其中网上申请30件、信函申请10件）`, each term of such a list), of what that count is (`新收`: 新收 alone).
 * A count another phrase reads is left to it, except `received` (`通过网上申请平台收到政府信息公开申请30件`), which
 * becomes the channel's part. Returns the sums of such lists of two or more parts that name each a different way of
 * applying (`METHOD`: 网上, 信函, 当面 …, which do not overlap), as phrases of their own (`CHANNELS`, the number being
 * the last term's with the sum as its value), unless prose-sum already says the sum is more than the count before it.
 */
function channelParts(p: ClaimText, start: number, end: number, found: Found[], disclosure: boolean, prevWhole: () => Claim | null = () => null): Found[] {
  const t = p.text;
  const nums = numbersIn(p, start, end);
  const sums: Found[] = [];
  // The list of parts the last count is a term of, and the last count with a unit.
  let list: ChannelList | null = null;
  const close = () => {
    const sum = list && listSum(list);
    if (sum) sums.push(sum);
    list = null;
  };
  let prev: NumberToken | null = null;
  for (const n of nums) {
    // (`12345热线`: a number without a unit is part of a name.)
    if (!n.unit) continue;
    const before = prev;
    prev = n;
    if (!COUNT_UNITS.has(n.unit) || n.decimals || n.approx) {
      close();
      continue;
    }
    const floor = before ? before.unitEnd : start;
    let ls = n.start;
    while (ls > floor && !LABEL_BREAK.has(t[ls - 1])) ls--;
    const lead = /^[、，,；;：:（(\s\u3000]*/.exec(t.slice(ls, n.start))![0].length;
    // (`其中，网上申请30件`: the comma after 其中 ends no label; the part's label starts at 其中.)
    const split = /(?:其中|含有?|包括)[，,：:]$/.exec(t.slice(floor, ls));
    const labelStart = split && /^[、，,；;：:（(\s\u3000]*$/.test(t.slice(floor, ls - split[0].length)) ? ls - split[0].length : ls + lead;
    const label = t.slice(labelStart, n.start);
    const opener = PART_OPENER.exec(label);
    // A breakdown that is not opened by 其中: `分别为网上申请33件`, `从申请方式看，网上申请33件`, `申请方式：网上申请33件`.
    const breakdown = opener ? null : BREAKDOWN_OPENER.exec(label);
    const intro = opener ? null : breakdown ? breakdown[0].slice(0, 2) : BREAKDOWN_INTRO.exec(t.slice(floor, labelStart))?.[0].replace(/^[，,；;：:\s\u3000]+/, '').slice(0, 1) ?? null;
    const item = opener ? label.slice(opener[0].length) : breakdown ? label.slice(breakdown[0].length) : label;
    // (`县政府办公室通过网上申请平台收到申请80件`: a subject before the channel may be another body's.)
    const subject = /^(.*?)通过/.exec(item)?.[1].replace(OWN_LEAD, '');
    if (!item || item.length > 40 || !CHANNEL_PART.some((re) => re.test(item)) || CHANNEL_NOT_ONE.test(item) || !CHANNEL_NAME.test(item) || subject) {
      close();
      continue;
    }
    let readings: string[] | null = null;
    let parent: NumberToken | null = null;
    const gap = before ? t.slice(before.unitEnd, labelStart) : '';
    const named = !opener && !breakdown && !before ? NAMED_WHOLE_INTRO.exec(t.slice(floor, labelStart)) : null;
    const continues = !opener && list !== null && (list as ChannelList).end === floor && /^[、，,]$/.test(gap);
    if (opener && before && /^[，,：:]?[（(]?$/.test(gap)) {
      // The count the part is of, right before it: one of applications.
      const whole = found.find((g) => g.number.start === before.start && !g.negated);
      let cs = before.start;
      while (cs > start && !LABEL_BREAK.has(t[cs - 1])) cs--;
      const clause = t.slice(cs, before.start);
      if (whole?.anchor.id === 'new') readings = ['R1'];
      else if (whole?.anchor.id === 'received' || (!whole && APPLICATION_WORD.test(clause) && !OTHER_SUBJECT.test(clause) && !OTHER_APPLICATION.test(clause))) readings = ['R1', 'R1+R2'];
      if (readings) parent = before;
    } else if (continues) readings = list!.readings;
    else if (named) readings = /新/.test(named.groups!.what) ? ['R1'] : ['R1', 'R1+R2'];
    else if (intro !== null || (opener && !before)) {
      // The count of applications it splits: the last one before it in its sentence, or, when it opens the sentence,
      // the last one the sentence before claims (`新收政府信息公开申请46件。从申请方式看，网上申请33件，…`; a 其中
      // opening the sentence, `新收政府信息公开申请46件。其中，网上申请30件，…`, only the latter).
      const whole = (opener ? undefined : [...found].reverse().find((g) => g.number.start < labelStart && BREAKDOWN_WHOLE.has(g.anchor.id) && !g.negated && !g.part))
        ?? (before ? null : prevWhole());
      if (whole) {
        // 新收 alone, unless 上年结转 is said between the count and its breakdown (which may then split both).
        const carried = found.some((g) => g.anchor.id === 'carried' && g.from > whole.to && g.from < labelStart) || (whole.to <= start && /上一?年度?结转/.test(t.slice(whole.to, start)));
        readings = whole.anchor.id === 'new' && !carried ? ['R1'] : ['R1', 'R1+R2'];
        parent = whole.number;
      }
    }
    if (!continues) close();
    // Alone, the channel must be how the applications came (`通过…提交`, `网上申请`), not a subject that receives them
    // (`“96128”政务热线共受理政府信息公开申请6960件`: a hotline may serve other bodies too).
    if (!readings && (CHANNEL_PART[0].test(item) || CHANNEL_PART[1].test(item)) && APPLICATION_WORD.test(item) && !OTHER_APPLICATION.test(item) && (disclosure || /信息公开/.test(item))) readings = ['R1', 'R1+R2'];
    if (!readings) {
      close();
      continue;
    }
    const at = labelStart + (opener ? opener[0].length : breakdown ? breakdown[0].length : 0);
    const method = METHOD.exec(item);
    const way = method ? METHOD_OF[method[1]] : null;
    if (continues) {
      list!.terms.push(n);
      list!.seps.push(gap);
      list!.ways.push(way);
      list!.end = n.unitEnd;
    } else list = { readings, at, end: n.unitEnd, terms: [n], seps: [], ways: [way], parent, opener: opener ? opener[0].slice(0, 2) : parent ? intro ?? '' : '', ...(named ? { named: true } : {}) };
    const read = found.find((g) => g.number.start === n.start);
    if (!read) found.push({ anchor: CHANNEL, from: at, to: n.unitEnd, number: n, at, part: readings });
    else if (read.anchor.id === 'received' && !read.negated) {
      read.anchor = CHANNEL;
      read.from = Math.min(read.from, at);
      read.part = readings;
    }
  }
  close();
  return sums;
}

/** A list of channels' parts being read (`channelParts`): its terms, the separators between them and each one's way of applying. */
interface ChannelList {
  readings: string[];
  /** Where its first term's label starts, and where its last count ends. */
  at: number;
  end: number;
  terms: NumberToken[];
  seps: string[];
  ways: (string | null)[];
  /** The count it is a part of, and what opens it (`其中`, `含`, `包括`; `分别` or the first character of an introducing clause, `从`, `按`, `申`; or '' without one). */
  parent: NumberToken | null;
  opener: string;
  /** Opened by a clause naming the applications it splits without their count (`NAMED_WHOLE_INTRO`): no parent, still a whole's parts. */
  named?: boolean;
}

/** The sums of channels' parts (`其中网上申请30件、信函申请20件`): claims of their own, numbered by their last term. */
const CHANNELS: Anchor = { id: 'channel-parts', re: /(?!)/g, keys: [], readings: ['R1', 'R1+R2'], application: true };
/** The ways of applying that do not overlap (the means an application is delivered by), as a channel's label names them. */
const METHOD = /(网上|在线|网络|信函|邮寄|来信|当面|现场|传真|电子邮件|电子邮箱|邮件|电话)(?:方式|形式)?(?:申请|提交|提出|递交)/;
const METHOD_OF: Record<string, string> = { 网上: '网上', 在线: '网上', 网络: '网上', 信函: '信函', 邮寄: '信函', 来信: '信函', 当面: '当面', 现场: '当面', 传真: '传真', 电子邮件: '邮件', 电子邮箱: '邮件', 邮件: '邮件', 电话: '电话' };

/**
 * The claim of a list of channels' parts that add up (a phrase over the list, `CHANNELS`), or null: only a list of
 * two or more parts of a count before it (`parent`), each naming another way of applying. Not when prose-sum says the
 * sum is more than that count already (a list opened by 其中 whose terms joined by 、 exceed it, each smaller than it).
 */
function listSum(list: ChannelList): Found | null {
  const { terms, ways } = list;
  if (terms.length < 2 || !(list.parent || list.named) || ways.some((w) => w === null) || new Set(ways).size !== ways.length) return null;
  const sum = terms.reduce((a, n) => a + n.value, 0);
  const whole = list.parent?.value ?? Infinity;
  if (list.opener === '其中' && list.seps.every((s) => s === '、') && sum > whole && terms.every((n) => n.value < whole)) return null;
  const last = terms[terms.length - 1];
  return { anchor: CHANNELS, from: list.at, to: last.unitEnd, number: { ...last, value: sum }, at: list.at, part: list.readings };
}

/**
 * What a clause counts (see `clauseTopic`); `{ part }`: the applications of one channel (`CHANNEL_PART`), `part` being
 * the largest count the clause gives of them.
 */
type Topic = 'applications' | 'other' | 'doubt' | { part: number };

/**
 * What clause `[cs, ce)` of sentence `s` counts: `applications` when it names 申请 or holds a phrase that only 表三
 * has (`予以公开`, `上年结转`, `自然人` …), `{ part }` when those are the applications of one channel; `other` when it holds a count of 表四 or 表二 (and no such phrase), or names
 * another subject (`OTHER_SUBJECT`) with a count that no phrase reads (`热线反映的问题3216件`) or (`own`: the clause of
 * the phrase itself) at all; `doubt` when a count that no phrase reads follows a verb of handling and a noun that is
 * neither (`受理各类来件300件`); null when it names nothing (`办结47件`, `共受理47件`, `同比增加6件`: it continues the
 * clause before).
 */
function clauseTopic(p: ClaimText, s: SentenceRead, cs: number, ce: number, own: boolean): Topic | null {
  const t = p.text;
  // A part of the count before (`其中通过12345热线转办的申请5件`, `（其中通过“局长信箱”提交10件）`) names how or through
  // which channel some of them came, not what a later count continues: that is what the clause before counts.
  if (!own && PART_OPENING.test(t.slice(cs, ce))) return null;
  const inClause = s.found.filter((f) => f.from < ce && f.to > cs);
  const specific = inClause.some((f) => f.anchor.application && !GENERIC_PHRASE.test(f.anchor.id) && !f.anchor.short);
  if (inClause.some((f) => !f.anchor.application) && !inClause.some((f) => f.anchor.application)) return 'other';
  const asides: [number, number][] = [];
  for (const m of t.slice(cs, ce).matchAll(PART_ASIDE)) asides.push([cs + m.index!, cs + m.index! + m[0].length]);
  const clause = blank(t.slice(cs, ce), cs, asides);
  if (APPLICATION_WORD.test(clause)) {
    // Applications for something else (`受理行政许可申请1600件`, `补贴申请`): what a 办结 after them counts is not 表三's
    // (helper-220 #14).
    if (!specific && OTHER_APPLICATION.test(clause) && !/信息公开/.test(clause)) return 'other';
    // The applications of one channel (`通过12345热线提交的政府信息公开申请8件`, `网上申请平台收到申请30件`): a part.
    // (So are those of one kind of applicant other than 表三's two columns: `律师事务所申请2件`, `其中企业申请3件`.)
    const one = (CHANNEL_PART.some((re) => re.test(clause)) || APPLICANT_PART.test(clause)) && !CHANNEL_NOT_ONE.test(clause);
    const part = one ? numbersIn(p, cs, ce).filter((n) => COUNT_UNITS.has(n.unit) && !asides.some(([a, b]) => a <= n.start && n.start < b)) : [];
    return part.length ? { part: Math.max(...part.map((n) => n.value)) } : 'applications';
  }
  // The phrases' own words (`信访举报投诉类`) name no other subject.
  const masked = blank(clause, cs, [...s.taken, ...inClause.map((f) => [f.from, f.to] as [number, number])]);
  const other = OTHER_SUBJECT.test(masked);
  if (own && other) return 'other';
  if (specific) return 'applications';
  // (A short 受理's count is still what another subject of the clause counts: `通过12369热线共受理3216件`.)
  const counts = numbersIn(p, cs, ce).filter((n) => ANY_COUNT_UNIT.has(n.unit) && !inClause.some((f) => f.number.start === n.start && !f.anchor.short) && !asides.some(([a, b]) => a <= n.start && n.start < b));
  // A clause of its own naming another subject as what the next ones are about, without a count (`对12345热线转来的政策
  // 咨询，尚有3件在法定答复期限内`, `12345热线转来的政策咨询中，…`): the counts after it are that subject's (brk155 #1).
  if (!counts.length) return other && OTHER_TOPIC_CLAUSE.test(t.slice(cs, ce).trim()) ? 'other' : null;
  if (other) return 'other';
  for (const n of counts) {
    let verbEnd = -1;
    HANDLING.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = HANDLING.exec(masked)) && cs + m.index < n.start; ) verbEnd = cs + m.index + m[0].length;
    if (verbEnd < 0) continue;
    const noun = t.slice(verbEnd, n.start).replace(HANDLING_FILLER, '');
    if (/[\u4e00-\u9fff]/.test(noun) && !/信息公开/.test(noun)) return 'doubt';
  }
  return null;
}

/**
 * A clause that names what the clauses after it are about (`对12345热线转来的政策咨询`, `针对群众来电`, `12345热线转来的政策
 * 咨询中`, `信访事项方面`): opening with 对, 针对, 关于 or 就, or ending with 中 or 方面.
 */
const OTHER_TOPIC_CLAUSE = /^(?:其中|另外|此外|另|同时)?[，,]?(?:对于|对|针对|关于|就)[^，,；;。]+$|^[^，,；;。]+(?:中|当中|之中|方面)$/;

/**
 * What the count of phrase `f` (of the last sentence of `read`, the one being read) counts, from the clause that holds
 * it back to the first clause that names something (`clauseTopic`): in its own sentence, then in the sentences before
 * it in the paragraph. Null when none does (the paragraph's 申请 before it decides, as before). `sameSentence`: the
 * clause is in the phrase's sentence (another subject there is certain; in a sentence before, only a doubt);
 * `clause` is that clause as written (`raw`: the paragraph as written).
 */
function subjectOf(p: ClaimText, raw: string, read: SentenceRead[], f: { from: number; to: number; number: NumberToken }): { kind: Topic; sameSentence: boolean; clause: string } | null {
  const t = p.text;
  // (Not the comma of a number: `3,216件`.)
  const isBreak = (i: number) => CLAUSE_BREAK.has(t.charCodeAt(i)) && !(t.charCodeAt(i) === 44 && isDigitAt(t, i - 1) && isDigitAt(t, i + 1));
  // (At most `BREAKDOWN_REACH` sentences back: in a paragraph of thousands of sentences none of which names a subject,
  // each count walked back over all of them; helper-222 #3, helper-220 #18.)
  // The greatest count of the clauses passed over (which name nothing of their own).
  let beyond = 0;
  for (let k = read.length - 1; k >= Math.max(0, read.length - 1 - BREAKDOWN_REACH); k--) {
    const s = read[k];
    const same = k === read.length - 1;
    // The clause of the phrase (from its first character to its last; in a sentence before, the last clause), then
    // each clause before it.
    let cs = same ? Math.min(f.from, f.number.start) : s.end;
    let ce = same ? Math.max(f.to, f.number.end) : s.end;
    while (ce < s.end && !isBreak(ce)) ce++;
    for (let own = same, n = 0; n < CLAUSES_REACH; own = false, n++) {
      while (cs > s.start && !isBreak(cs - 1)) cs--;
      const kind = clauseTopic(p, s, cs, ce, own);
      // The applications of one channel are what the chain counts only while no count after them is greater: past
      // one (`律师事务所申请2件。已办结11件，…；另有2件因…，结转至2023年继续办理`: 11 of all the applications) the
      // chain counts all of them again (brk125 #3).
      if (typeof kind === 'object' && kind && beyond > kind.part) return { kind: 'applications', sameSentence: same, clause: raw.slice(cs, ce).replace(/[。！？!?]$/, '') };
      if (kind) return { kind, sameSentence: same, clause: raw.slice(cs, ce).replace(/[。！？!?]$/, '') };
      for (const x of numbersIn(p, cs, ce)) if (COUNT_UNITS.has(x.unit) && x.start !== f.number.start && !x.approx) beyond = Math.max(beyond, x.value);
      if (cs <= s.start) break;
      ce = cs - 1;
      cs = ce;
    }
  }
  return null;
}

/**
 * A clause opening with another year (`去年同期`, `上年度`, `上一年`; `上年结转` is this year's carried-over count, and
 * `本年`, `今年` or the report year open this year again; `全年`, `年内`, `当年` too, unless another year governs already).
 */
const LEAD_TIME = /^(?:其中|另外|此外|另|同时|而)?[，,：:]?(?:(?:去年|上一?年(?!度?(?:结转|转|遗留))度?|前一年度?)(?!以来)|(本年度?|今年|全年|年内|当年|(?:19|20)\d{2}年(?!度?(?:结转|遗留)(?![至到下]))))/;
/** The subject of `LEAD_SUBJECT` and `NEGATED_SUBJECT` (group 1) and what may stand between it and the verb. */
const SUBJECT_RUN = String.raw`^(?:其中|另外|此外|另|同时|而)?[，,：:]?((?:(?:19|20)\d{2}年度?)?(?:[\u4e00-\u9fff]|\d{1,4}(?=[个家所]))(?:[\u4e00-\u9fff]|\d{1,4}(?=[个家所])|、(?=[\u4e00-\u9fff]|\d{1,4}[个家所])|[（(][^（）()]{1,12}[）)](?=[\u4e00-\u9fff])){0,23}?)(?:[（(][^（）()]{1,12}[）)])?(?:另行|另外|另|还|也|又)?(?:分别)?(?:在|于)?(?:全年|本年度?|今年|年内|同期|当年)?(?:另行|另外|另|还|也|又)?(?:分别)?(?:共|共计|合计|累计|总计|一共|总共)?`;
/**
 * A clause opening with its subject, the body whose counts follow (`县政府办公室收到`, `下属单位某某中心收到申请`,
 * `各乡镇（街道）共收到`): the subject is the shortest run before a verb of handling applications. Several bodies may
 * be named together (`局属公证处、法律援助中心收到`), and 另, 另外, 另行, 还, 也 or 又 may stand between the subject
 * and its verb (`公证处另收到申请6件`, `市档案馆另行收到…`, `县公证处全年还受理…`: figures in addition to the agency's
 * own, brk112 #1, brk121 #4); the
 * agency itself so (`我局另收到`, `本机关还受理`) is still its own (`ownBody`). A count of bodies may stand in it
 * (`12个乡镇`, `下属3个事业单位`, `11家委属单位`, `委属11家医疗卫生单位`: see `otherBodies`).
 */
const LEAD_SUBJECT = new RegExp(SUBJECT_RUN + String.raw`(?:新收到?|收到|受理|接收|接到|收办|办结|答复|办理|作出|予以公开|不予公开)`);
/**
 * A clause opening with its subject and a negation (`委属单位未发生因信息公开引起的行政复议、行政诉讼`, `下属单位均未收到…`):
 * what the subject says it had none of is that body's (brk117 #2). It governs its own clause only: a negation says
 * nothing of the counts after it (`河东区政府办公室未承办人大代表建议；…`).
 */
const NEGATED_SUBJECT = new RegExp(SUBJECT_RUN + '(?:均|也|都|亦)?(?:未|没有|无)');
/** The name of a body (`县政府办公室`, `某某中心`, `各乡镇`, `各部门`) or of a channel that counts letters and calls (`县长信箱`, `门户网站`, `12345热线`). */
const BODY = /(?:信箱|热线|网站|平台|窗口|办公室|办公厅|中心|单位|部门|乡镇|街道|乡|镇|局|委员会|委|办|所|站|院|队|公司|集团|学校|医院|科室|科|处|厅|署|机构|社区|村|馆|台|社|会|园|团|庭)$/;
/** An area's divisions or their governments, named after 各 or a count (`各县区`, `各镇街`, `各县（市、区）`, `12个乡镇`, `各乡镇政府`). */
const DIVISIONS = /(?:省|市|县|区|旗|盟|州|乡|镇|街|街道|村|居|社区|县区|区县|镇街|政府)$/;
/**
 * A subject that names several bodies other than the agency by their number or by 各 (`各县区`, `各镇街`, `各县`
 * before `（市、区）`, `12个乡镇`, `3个下属事业单位`, `下属3个事业单位`, `全县12个乡镇`), or levels of government
 * (`市、县两级`, `县乡两级`, `市县乡三级`): those bodies' own figures, never the agency's (brk115 #1); or one area by its
 * name (`天河区`, `白云区政府`, `某某镇`) that is not the agency's own (`agency`, its key: `广州市` names no 天河区; the
 * district's own report, `广州市天河区`, or a department of it, does): a city's report that lists its districts' figures
 * (`各区中，天河区收到申请1862件`, brk117 #2). Not the
 * agency's own units (`我局各科室`, `本机关3个处室`), nor all the bodies of the area (`全县各级行政机关`,
 * `全市各部门`: `WHOLE_AREA`, said with that scope).
 */
function otherBodies(subject: string, agency: string | null): boolean {
  const s = withoutBrackets(subject).replace(/^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年)(?=[\u4e00-\u9fff\d])/, '');
  if (/^(?:本|我)/.test(s) || WHOLE_AREA.test(s)) return false;
  if (/^[省市县区乡镇街、]{2,8}[两二三四五]级(?:政府|行政机关|机关)?$/.test(s)) return true;
  const m = /(?:各(?!级)|(?:\d{1,4}|[一二三四五六七八九十两]{1,3})[个家所])([\u4e00-\u9fff]{1,12})$/.exec(s);
  return (!!m && (BODY.test(m[1]) || DIVISIONS.test(m[1]))) || (!!agency && placeName(s) && !agency.replace(/人民/g, '').includes(s.replace(/(?:人民)?政府$/, '')));
}
/**
 * A subject that joins the agency's own organs and other bodies, in either order (`局机关和下属3所学校`, `11家委属单位和
 * 局机关`, `本机关及委属单位`, `委属单位、局机关`): its figures cover the units under the agency too, which 表三 may or
 * may not count, so they are another scope's as the units' alone are (fix-1: the order the parts are written in changes
 * nothing). Each part must be a body, at least one the agency's own and one not.
 */
function mixedBodies(subject: string, agency: string | null): boolean {
  const s = withoutBrackets(subject).replace(/^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年)(?=[\u4e00-\u9fff\d])/, '');
  const parts = s.split(/以及|[和与及、]/);
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return false;
  // (The agency's own offices, `各科室`, `3个处室`, are its own too.)
  const isOwn = (p: string) => ownBody(p, agency) || /(?:科室|处室|股室|内设机构)$/.test(p);
  const own = parts.filter(isOwn).length;
  return own > 0 && own < parts.length && parts.every((p) => isOwn(p) || otherBodies(p, agency) || BODY.test(p));
}
/** The agency's own organs first in a subject joined to other bodies (`局机关和下属3所学校`): see `mixedBodies`. */
const OWN_ORGANS = String.raw`(?:本机关|本部门|本单位|我[局委厅办署院]|[委局厅办署院]?机关(?:本级|本部)?|[委局厅办署院]本部)`;
const OWN_ORGANS_JOINED = String.raw`${OWN_ORGANS}(?:以及|[和与及、])`;
/** A subject that is the agency's own organs alone (`局机关`, `本机关`, `我局`), after a time at most (`本年度局机关`). */
const OWN_ORGANS_ALONE = new RegExp(String.raw`^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年)?${OWN_ORGANS}$`);
/** The agency's own organs joined after other bodies (`11家委属单位|和局机关`), not qualifying a noun (`…和局机关的`). */
const JOINED_OWN_ORGANS = new RegExp(String.raw`^[\u4e00-\u9fff]{0,6}?(?:以及|[和与及、])${OWN_ORGANS}(?![的之])`);
/**
 * A clause opening with bodies other than the agency named by their count or by 各 (`市急救中心等11家委属单位`, `下属3所
 * 学校`, `各县区`: see `otherBodies`) before what they did (`…认真落实信息公开制度`, `…严格执行依申请公开制度`): the
 * subject of the clauses after it, as a subject before a verb of handling is (`…，全年共受理信息公开申请56件`, brk122 #1).
 * The shortest such run (group 1); not one joined to another body (`…和市档案馆…`) nor one that qualifies a noun
 * (`各县区的申请…`), but one joined to the agency's own organs in either order (`11家委属单位和局机关…`, `局机关和下属
 * 3所学校…`) is read with them, a mixed subject (`mixedBodies`): see `bodiesActing`.
 */
const BODIES_ACTING = new RegExp(String.raw`^(?:其中|另外|此外|同时|而)?[，,：:]?((?:${OWN_ORGANS_JOINED})?(?:[\u4e00-\u9fff、（）()]{1,40}?等|[\u4e00-\u9fff]{0,3}属|全[省市县区州旗])?(?:各(?!级|类|项|种)|(?:\d{1,4}|[一二三四五六七八九十两]{1,3})[个家所])[\u4e00-\u9fff]{1,12})[\u4e00-\u9fff]`);
/** The subject `BODIES_ACTING` reads at the start of `clause` when it names other bodies, or null. */
function bodiesActing(clause: string, agency: string | null): string | null {
  for (let n = 2; n <= Math.min(clause.length - 1, 60); n++) {
    const m = BODIES_ACTING.exec(clause.slice(0, n + 1));
    // (Not the agency's own offices, nor all its units or departments, `各科室高度重视…`, `各部门…`: whose figures
    // may well be the agency's own total.)
    // (Nor a run the rest of its name joins to another body or makes a qualifier: `…11家委|属单位和局机关`, `各县|区的`;
    // nor a clause that counts anything itself, `33个区全部…行政复议2件`: what the bodies did is no count.)
    if (m && m[0].length === n + 1 && (otherBodies(m[1], agency) || mixedBodies(m[1], agency))) {
      const rest = clause.slice(n);
      // (Joined to the agency's own organs after the rest of their name, `11家委|属单位和局机关严格执行…`: the two
      // together, as the other order reads, `局机关和下属3所学校…`: see `mixedBodies`.)
      const OWN_OFFICES = /(?:科室|处室|科|处|股|室|内设机构|^各(?:部门|单位|机构))$/;
      const own = JOINED_OWN_ORGANS.exec(rest);
      if (own && !OWN_OFFICES.test(m[1]) && !/[0-9０-９]/.test(rest) && mixedBodies(m[1] + own[0], agency)
        && !OWN_OFFICES.test(withoutBrackets(m[1] + own[0]).split(/以及|[和与及、]/)[0])) return m[1] + own[0];
      return OWN_OFFICES.test(m[1]) || /^[\u4e00-\u9fff]{0,6}?(?:的|和|与|及|、|同)/.test(rest) || /[0-9０-９]/.test(rest) ? null : m[1];
    }
  }
  return null;
}
/** A subject that is only a time of the report year, or a year (`全年`, `本年度`, `2024年`): no body. */
const TIME_ALONE = /^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年)$/;
/**
 * The name of one area or its government (`天河区`, `白云区政府`, `坡子街街道`, `攸县`): not a word for an area that
 * names none (`辖区`, `城区`, `全市`, `本区`, `各区`), nor one with a time or another body in it.
 */
function placeName(s: string): boolean {
  const m = /^([\u4e00-\u9fff]{1,8}?)(区|县|市|旗|镇|乡|街道)(?:人民政府|政府)?$/.exec(s);
  if (!m || /^[省市县区乡镇街旗]+$/.test(m[1]) || /[全本我各该此年月日共局委办厅处科代表]/.test(m[1])) return false;
  return !/^(?:辖区|城区|园区|景区|小区|片区|郊区|新区|社区|矿区|港区|开发区|高新区|保税区|自贸区|城乡|城市|都市|城镇|村镇|集镇)$/.test(m[1] + m[2]);
}
/** A subject without the brackets in it (`各县（市、区）政府` → `各县政府`). */
function withoutBrackets(subject: string): string {
  return subject.replace(/[（(][^（）()]*[）)]/g, '');
}
/**
 * `text` with what its closed brackets hold blanked out (same length, offsets kept): an aside there (`（2021年16件）`,
 * last year's count after a comparison) says nothing of the time of the text after it.
 */
function asideBlanked(text: string): string {
  return text.replace(/[（(][^（）()]*[）)]/g, (m) => ' '.repeat(m.length));
}
/**
 * A clause that names its subject before a verb-less appositive (`市不动产登记中心作为本局直属单位`, `市医保局作为本机关
 * 代管单位`, `市中心医院…等11家委属单位作为公共企事业单位`): the subject of the clauses after it (`…，另收到申请30件`).
 * Only when what follows 作为 names a unit of this or another body (`本局直属单位`, `市政府工作部门`, `公共企事业单位`):
 * not `持续强化政府网站作为政务公开第一平台的功能定位`. The same said with 是, 为 or 系 (`市不动产登记中心是本局直属单位`,
 * `…为本局直属单位`, `…系本局下属事业单位`: brk121 #4), only of a unit under a body (属, 代管, 派出, 二级): a unit that
 * is the agency's own office (`局办公室为本局政务公开工作机构`) opens no other body.
 */
const APPOSITIVE = /^(?:其中|另外|此外|另|同时|而)?[，,：:]?([\u4e00-\u9fff](?:[\u4e00-\u9fff、（）()]|\d{1,4}(?=[个家所])){1,40}?)(?:作为(?:本|我|市|县|区|省|局|直属|下属|所属|公共企事业|企事业|事业)[^，,；;。]{0,16}(?:单位|机构|部门|机关)|(?:是|为|系)(?=[本我市县区省局委厅办直下所])[^，,；;。]{0,12}?(?:属|代管|派出|二级)[^，,；;。]{0,10}(?:单位|机构))$/;
/** A clause naming the units under a body as what follows is about (`委属单位方面`, `下属事业单位方面`, `直属机构方面`). */
const UNITS_TOPIC = /^(?:其中|另外|此外|同时)?[，,：:]?([\u4e00-\u9fff]{0,8}属(?:事业)?(?:单位|机构|医院|学校))方面$/;
/**
 * A count of documents sorted by their 公开属性 (`全年印发文件356件`, `共制发公文356件`, `发文120件`, `经公开属性审查`):
 * the 主动公开/依申请公开/不予公开 after it classify documents, not applications.
 */
const DOCUMENTS = /公开属性|(?:公文|文件|发文)[^，,；;。\d申]{0,6}\d/;
/** 申请 that is not 依申请公开, or receiving: a clause about applications. */
const APPLICATIONS = /(?<!依)申请|收到|受理|新收/;

/** A clause ending with a time: another year (`2023年`, with its digits; `去年`, `上年度`) or this one (`本年`, `今年`, `全年`). */
const TIME_ENDS = /(?:(?<![\d较比与同])((?:19|20)\d{2})年度?|去年|上一?年度?|(本年度?|今年|全年|当年))$/;
/** What follows a year that names the applications carried over from it into the next (`2023年结转2件`, not `2023年结转至2024年`). */
const CARRIED_IN = /^度?(?:结转|遗留)(?![至到下])/;
/** A year (`2023年`) not named as what a count is compared with (`较2023年`, `比2023年的40件`, `与2023年相比`). */
/** A 表四 result that is a year named (`将于2025年`), pending only when that is the report year's next. */
const NEXT_YEAR_ONLY = /(?:19|20)\d{2}年/;
/**
 * A bracket opening with last year (`（上年同期为56件`, `（去年办结55件`, `（上年度`), not with this year's count carried
 * in from it (`（上年结转2件）`); tried on text whose closed brackets are blanked (`asideBlanked`), so it finds one still open.
 */
const LAST_YEAR_ASIDE = /[（(](?:去年|上一?年)(?!度?(?:结转|转|遗留))/;
const YEAR_NOT_COMPARED = /(?<!(?:较|比|与|同|相较于?|对比)(?:于)?)(?<!\d)((?:19|20)\d{2})年/g;

/** What the clauses of a sentence open with, up to and including one clause (see `leadsOf`). */
interface Lead {
  /** Where the clause starts. */
  start: number;
  /** Whether the clause is about another year (it, or one before it since `since`, opens with one). */
  time: boolean;
  /** That other year, when `time` (`去年`, `上年度`: the report year − 1); null when it cannot be told (no report year). */
  timeYear: number | null;
  /** Where the clauses that continue the clause's time start: after the last `；`, or the last clause opening with a year. */
  since: number;
  body: string | null;
  /**
   * The clause's subject is the agency's own organs named as such (`局机关`, `委机关`, `本机关`, `我局`, `机关本级`): a
   * count of theirs is a part of 表三's when units under the agency count the same thing beside it (`splitWithUnits`).
   */
  organ: boolean;
  documents: boolean;
}

/**
 * What the clauses of sentence `[start, end)` of `t` open with, clause by clause (split at `，；`), each governing
 * the clauses after it (until another opens this year, the reporting body or applications again): `time` when one
 * opens with another year, `body` (the subject as written) when one opens with a body other than the reporting
 * agency (`agency`: its comparison key, see `agencyKey`; `本机关`, `我局`, `全县`, `本级` and the agency's name are its
 * own), and `documents` when one counts documents by 公开属性 (a sentence opening with `其中` continues
 * `prevSentence`); a time governs the clauses after it up to `；` or a clause opening with another (`本年`, `今年`,
 * the report year: `2024年新收申请46件，2023年为40件；2024年予以公开20件` compares 20; a comparison, `较2023年增加6件`,
 * `同比`, opens no time), or to the sentence's end when the time is a clause of its own (`2023年，…；…`). Entry k holds the state after clause k, which starts at `start`; read once per sentence, up to the
 * clause that holds offset `last` (the last phrase's).
 */
function leadsOf(t: string, start: number, end: number, last: number, prevSentence: string, year: number | null, agency: string | null): Lead[] {
  const out: Lead[] = [];
  // `wide`: the time of a clause that is a time alone (`2023年，县政府没有…；没有…`), which governs the whole sentence.
  let time = false, wide = false, since = start, body: string | null = null, organ = false;
  // The subject before one that `bodiesActing` read (undefined: none read), which `；` restores (with `organ`).
  let beforeActing: string | null | undefined, organBefore = false;
  // The years `time` and `wide` are about (see `Lead.timeYear`).
  let timeYear: number | null = null, wideYear: number | null = null;
  const lastYear = year === null ? null : year - 1;
  let documents = t.startsWith('其中', start) && DOCUMENTS.test(prevSentence) && !APPLICATIONS.test(prevSentence);
  // How deep in brackets a clause starts, and the times before the bracket it is in: a time opened inside a bracket
  // (`同比下降18.8%（2021年为16件，2020年为20件），办结12件`) ends with it, an aside (brk184 #2).
  let depth = 0;
  let beforeAside: [boolean, number | null, number, boolean, number | null] | null = null;
  for (let cs = start; cs <= last && cs < end; ) {
    let ce = cs;
    while (ce < end && !CLAUSE_BREAK.has(t.charCodeAt(ce))) ce++;
    const clause = t.slice(cs, ce);
    if (depth > 0) beforeAside ??= [time, timeYear, since, wide, wideYear];
    const tm = LEAD_TIME.exec(clause);
    // (`全年`, `年内`, `当年` after another year's time are that year's whole year, not this one's: `上年度，我局…，全年收到
    // 政府信息公开申请40件` is last year's count, brk151 #4; only `本年`, `今年` or the report year open this year again.)
    if (tm && time && tm[1] && /^(?:全年|年内|当年)$/.test(tm[1])) {
      /* the other year still governs */
    } else if (tm) {
      time = !tm[1] || (/^\d/.test(tm[1]) && Number(tm[1].slice(0, 4)) !== year);
      timeYear = !time ? null : tm[1] ? Number(tm[1].slice(0, 4)) : lastYear;
      since = cs;
      if (tm[0].length === clause.length) [wide, wideYear] = [time, timeYear];
    } else {
      // A clause ending with a time (`…，2023年，县政府没有…`; the text before it is another thought) opens the sentence's rest.
      const te = TIME_ENDS.exec(clause);
      if (te) {
        time = !te[2] && (!te[1] || Number(te[1]) !== year);
        timeYear = !time ? null : te[1] ? Number(te[1]) : lastYear;
        [wide, wideYear] = [time, timeYear];
        since = cs;
      }
    }
    // (Or a clause naming the subject before an appositive, `市不动产登记中心作为本局直属单位，另收到…`: brk116 #1.)
    // (Or a clause naming units under the agency as its topic, `委属单位方面，…`: brk117 #2.)
    const sm = LEAD_SUBJECT.exec(clause) ?? APPOSITIVE.exec(clause) ?? UNITS_TOPIC.exec(clause);
    // (A subject that says it had none, `委属单位未发生…行政复议`, only in its own clause: `NEGATED_SUBJECT`.)
    const ns = sm ? null : NEGATED_SUBJECT.exec(clause);
    const denying = ns && !/[由经向对把将被从按据]|申请/.test(ns[1]) && !TIME_ALONE.test(ns[1]) && !ownBody(ns[1], agency)
      && (otherBodies(ns[1], agency) || withoutBrackets(ns[1]).split('、').every((part) => BODY.test(part))) ? ns[1] : null;
    if (sm && !/[由经向对把将被从按据]|申请/.test(sm[1])) {
      const subject = sm[1];
      // (A subject of its own ends what `bodiesActing` read: `；` restores nothing then.)
      if (!TIME_ALONE.test(subject)) beforeActing = undefined;
      // (A subject that is a time alone, `…等11家委属单位…，全年共受理56件`, names no body: the one before still governs;
      // the agency opens its own figures again by naming itself, `委机关全年…`, brk117 #2.)
      if (TIME_ALONE.test(subject)) { /* the subject before governs */ }
      // (The agency and units under it together, in either order: `局机关和下属3所学校`, `11家委属单位和局机关`.)
      else if (mixedBodies(subject, agency)) [body, organ] = [subject, false];
      else if (otherBodies(subject, agency)) [body, organ] = [subject, false];
      else if (ownBody(subject, agency)) [body, organ] = [null, OWN_ORGANS_ALONE.test(withoutBrackets(subject))];
      // (Bodies named together are each a body: `局属公证处、法律援助中心`, not `细化落实党中央、国务院`.)
      else if (withoutBrackets(subject).split('、').every((part) => BODY.test(part))) [body, organ] = [subject, false];
    }
    // (Or other bodies named by their count before what they did, `下属3所学校严格执行…`: the subject of the clauses after
    // it, brk122 #1; up to `；` only, where the sentence may go on to another point, `…33个区全部创新实践；全年主动公开…`.)
    const acting = !sm && !denying ? bodiesActing(clause, agency) : null;
    if (APPLICATIONS.test(clause)) documents = false;
    else if (DOCUMENTS.test(clause)) documents = true;
    out.push({ start: cs, time, timeYear, since, body: denying ?? body, organ: !denying && organ, documents });
    for (const ch of clause) depth = ch === '（' || ch === '(' ? depth + 1 : (ch === '）' || ch === ')') && depth > 0 ? depth - 1 : depth;
    if (depth === 0 && beforeAside) [[time, timeYear, since, wide, wideYear], beforeAside] = [beforeAside, null];
    if (acting) {
      if (beforeActing === undefined) organBefore = organ;
      [beforeActing, body, organ] = [beforeActing === undefined ? body : beforeActing, acting, false];
    }
    // A time governs the clauses that continue it, up to `；` (one that is a clause of its own, the whole sentence).
    if (t.charCodeAt(ce) === 0xff1b || t.charCodeAt(ce) === 59) {
      [time, timeYear] = [wide, wideYear];
      since = ce + 1;
      if (beforeActing !== undefined) [body, beforeActing, organ] = [beforeActing, undefined, organBefore];
    }
    cs = ce + 1;
  }
  return out;
}

/** The state of `leads` at offset `pos`: that of the clause holding it (its subject stands before its verb). */
function leadAt(leads: Lead[], pos: number): Lead {
  let k = 0;
  while (k + 1 < leads.length && leads[k + 1].start <= pos) k++;
  return leads[k];
}

/**
 * The other year than `year` (the report's) that the clause holding offset `pos` of sentence `[start, end)` of `t` is
 * about, as prose-table reads a sentence's times (`leadsOf`): a clause before it, or it, opening with that year
 * (`2022年，县政府新收申请103件，结转至2023年继续办理5件` in a 2023 report: 2022 at `结转`) or with last year (`去年`,
 * `上年度`: `year` − 1); undefined when the clause is the report year's (none, or `本年`, `今年`, the report year), null
 * when another year whose number cannot be told.
 */
export function clauseOtherYear(t: string, start: number, end: number, pos: number, year: number | null): number | null | undefined {
  const lead = leadAt(leadsOf(t, start, end, pos, '', year, null), pos);
  return lead.time ? lead.timeYear : undefined;
}

/** A scope within a government's report: its own organs (本机关, 本级) or the office that answers for it (区政府办代表区政府). */
const OWN_SCOPE = /本机关|本部门|本单位|本级|代表(?:区|县|市|州|省|旗)?(?:人民)?政府|(?:区|县|市|州|省|旗)政府办(?:公室|公厅)?/;

/** `，,；;` */
const CLAUSE_BREAK = new Set([0xff0c, 44, 0xff1b, 59]);

/** Whether a clause's subject is the reporting agency itself (`本机关`, `我局`, `我委本级`, `全县`, `本级`, its name). */
function ownBody(subject: string, agency: string | null): boolean {
  // A time before the body (`本年度我局共收到…`, `2024年我局…`) opens the clause; the body is what follows it (brk86 #13d).
  subject = subject.replace(/^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内|当年)(?=[\u4e00-\u9fff])/, '');
  // (`委机关`, `局机关`, `机关本级`, `局本部`: the agency's own organs beside the units under it, brk117 #2.)
  if (/^(?:本|我)[\u4e00-\u9fff]{0,3}$|^全|本级$|本机关|本部门|本单位|^[委局厅办署院]?机关(?:本级|本部)?$|^[委局厅办署院]本部$/.test(subject)) return true;
  if (!agency) return false;
  const a = shortName(agency), b = shortName(subject);
  return b.length >= 2 && (a.endsWith(b) || b.endsWith(a));
}

/**
 * A body's name as its own report writes it short: without `人民` and a trailing `政府` (`青石镇人民政府` is `青石镇`,
 * `某某县人民政府` `某某县`), and a 街道办事处 as its 街道 (`新华街道办事处`, `新华街道办` are `新华街道`): how a township's,
 * a county's or a street office's report names itself (`2024年，新华街道共收到…`, brk164 #1).
 */
function shortName(name: string): string {
  return name.replace(/人民/g, '').replace(/政府$/, '').replace(/(街道)办(?:事处)?$/, '$1');
}

/** Whether `number` is what `anchor` counts: an exact count (or, for an amount, a sum in 万元, decimals allowed), or an approximate count with its `bound` (not of money). */
function fits(anchor: Anchor, number: NumberToken): boolean {
  const countUnit = (u: string) => COUNT_UNITS.has(u) || (anchor.units?.includes(u) ?? false);
  // An approximate count is read only with what it allows (`100余件`: 101–199) and compared by that alone.
  // (表二's counts too, `行政许可决定1600余件`, brk128 #9; not an amount: `13万余元` has no bound, and a fee is rounded as written.)
  if (number.approx) return !!number.bound && !anchor.money && countUnit(number.unit);
  // (An amount in 元, `收取行政事业性收费1235元`, or in 亿元, `收取行政事业性收费8.6亿元` (a city's or province's fees), is
  // compared in 万元 too: prose-table's `yuan`.)
  if (anchor.money) return number.unit === '万元' || number.unit === '元' || number.unit === '亿元';
  // 表二's counts of large agencies are written in 万 (`作出行政处罚决定22.89万件`): compared at that precision.
  // (So are a large agency's applications, `新收…申请4.6万件`, brk128 #10b.)
  if (number.unit.startsWith('万')) return (anchor.id.startsWith('t2:') || anchor.application === true) && countUnit(number.unit.slice(1));
  return !number.decimals && countUnit(number.unit);
}

/**
 * Whether `number`, in 条 or 人次, counts the applications `anchor` (a 表三 phrase) counts: only when its sentence, up to
 * the number, names the applications with a count in that unit (`收到政府信息公开申请45条，上年结转2条，办结47条，其中予以
 * 公开23条`, `申请45人次`; brk169 #5). Elsewhere 条 counts items published (`主动公开政府信息312条`) and 人次 people
 * (`接待申请人咨询200人次`): not applications.
 */
function applicationsIn(anchor: Anchor, number: NumberToken, t: string, start: number): boolean {
  if (!anchor.application || (number.unit !== '条' && number.unit !== '人次') || number.decimals || number.approx) return false;
  return new RegExp(`申请(?!人)[^，,；;。！？!?\\d（(]{0,8}?\\d+\\s*${number.unit}`).test(t.slice(start, number.unitEnd));
}

/**
 * The count a number written in 万 states (`22.89万件`: 228,900) and how far the exact count may lie from it when the
 * prose rounded it to the digits written (half a unit of the last digit: 50), or null when it is not written in 万.
 */
export function wanCount(number: NumberToken): { value: number; tolerance: number } | null {
  if (!number.unit.startsWith('万') || number.unit === '万元') return null;
  return { value: Math.round(number.value * 1e4), tolerance: 10 ** (4 - number.decimals) / 2 };
}

/** Whether `[from, to)` holds 未, 无 or 没 (a negation may state a count of 0 without a digit). */
/** Whether `[from, to)` holds 全, 均 or 都, which an "all concluded" clause needs (`allConcluded`). */
function hasAllWord(t: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const k = t.charCodeAt(c);
    if (k === 0x5168 /* 全 */ || k === 0x5747 /* 均 */ || k === 0x90fd /* 都 */) return true;
  }
  return false;
}

function hasNegation(t: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const k = t.charCodeAt(c);
    if (k === 0x672a /* 未 */ || k === 0x65e0 /* 无 */ || k === 0x6ca1 /* 没 */) return true;
  }
  return false;
}

/**
 * The 表四 totals a negation can deny, by the term that names them (templates.md §5: 行政复议, and 行政诉讼 as
 * 未经复议直接起诉 and 复议后起诉 together or apart).
 */
const NEGATED_T4: [RegExp, Anchor][] = [
  [/^未经复议直接/, { id: 'none:T4:G2', re: /$^/g, keys: [], readings: ['T4:G2'], disclosure: true }],
  [/^复议后/, { id: 'none:T4:G3', re: /$^/g, keys: [], readings: ['T4:G3'], disclosure: true }],
  [/^行政复议/, { id: 'none:T4:G1', re: /$^/g, keys: [], readings: ['T4:G1'], disclosure: true }],
  [/^行政诉讼/, { id: 'none:T4:lit', re: /$^/g, keys: [], readings: ['T4:lit'], disclosure: true }],
];
/**
 * A clause saying all the lawsuits counted before it were of one kind (`均为复议后起诉`, `全部是未经复议直接起诉`): group 1
 * that kind. Read as none of the other (`ALL_AFTER_REVIEW`, `ALL_DIRECT`); the lawsuits' count itself is compared too.
 */
const ALL_OF_ONE_LITIGATION = /^(?:且|并且|其中)?(?:均|全部|都)(?:为|是|系|属于?)(?:行政)?(复议后(?:提起)?(?:行政)?(?:起诉|诉讼)|(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼))(?:的?案件)?$/;
/** `均为复议后起诉`: none filed directly (表四's 未经复议直接起诉 总计 is 0). */
export const ALL_AFTER_REVIEW: Anchor = { id: 'all-after-review:T4:G2', re: /$^/g, keys: [], readings: ['T4:G2'], disclosure: true };
/** `均为直接起诉`: none filed after review (表四's 复议后起诉 总计 is 0). */
export const ALL_DIRECT: Anchor = { id: 'all-direct:T4:G3', re: /$^/g, keys: [], readings: ['T4:G3'], disclosure: true };
const NEGATED_R1: Anchor = { id: 'none:R1', re: /$^/g, keys: [], readings: ['R1'], application: true };
const NEGATED_R2: Anchor = { id: 'none:R2', re: /$^/g, keys: [], readings: ['R2'], application: true };
/** `已全部办结` after the year's applications: none is carried over to next year (see `allConcluded`). */
export const ALL_CONCLUDED: Anchor = { id: 'all-concluded:R4', re: /$^/g, keys: [], readings: ['R4'], application: true };
/** `办结率100%` of the year's applications: all were concluded, none carried over to next year (see `allConcluded`). */
export const FULL_RATE: Anchor = { id: 'full-rate:R4', re: /$^/g, keys: [], readings: ['R4'], application: true };
const NEGATED_R4: Anchor = { id: 'none:R4', re: /$^/g, keys: [], readings: ['R4'], application: true };
/** `均已审结` after a 表四 group's count: none of its cases pending, its 尚未审结 is 0 (see `allClosed`). */
export const ALL_CLOSED: Anchor = { id: 'all-closed:leaf3', re: /$^/g, keys: [], readings: [], leaf: 3 };
/**
 * `均维持原行政行为`, `全部维持`, `复议维持率100%` after a 表四 group's count: every case maintained, so its 结果纠正, 其他结果
 * and 尚未审结 are 0 (see `allClosed`; helper-220 #15).
 */
export const ALL_MAINTAINED: readonly Anchor[] = [1, 2, 3].map((leaf) => ({ id: `all-maintained:leaf${leaf}`, re: /$^/g, keys: [], readings: [], leaf }));

/**
 * `复议结果被撤销`, `均被纠错`, `全部被确认违法` after a 表四 group's count: every case corrected, so its 结果维持, 其他结果
 * and 尚未审结 are 0 (see `allClosed`; brk125 #6).
 */
export const ALL_CORRECTED: readonly Anchor[] = [0, 2, 3].map((leaf) => ({ id: `all-corrected:leaf${leaf}`, re: /$^/g, keys: [], readings: [], leaf }));

/**
 * A clause saying the cases were corrected (`复议结果被撤销`, `均被纠错`, `结果均为纠正`, `全部被确认违法`), with nothing
 * else in it; group 1 the word saying all of them (均, 全部, 都): without it, the clause says so only of a single case.
 */
const ALL_CORRECTED_CLAUSE = /^(?:(?:复议|诉讼|审理|判决)?结果)?(均|全部|都)?(?:已|已经)?(?:被(?:依法)?(?:撤销|变更|确认违法|纠错|纠正)|(?:为|是)(?:结果)?纠正|(?:结果)?纠正|纠错)(?:了)?(?:原(?:行政)?(?:行为|决定|具体行政行为))?$/;

/** A clause saying every case was maintained (`均维持原行政行为`, `全部被维持`, `维持率为100%`), with nothing else in it. */
const ALL_MAINTAINED_CLAUSE = /^(?:(?:结果)?(?:均|全部|都)(?:已|被|为|是)?(?:结果)?维持(?:了)?(?:原(?:行政)?(?:行为|决定|具体行政行为))?|(?:结果)?维持率(?:为|达到?|是)?100(?:\.0+)?[%％])$/;

/** A clause's opening that names the 表四 group it is about (`其中行政诉讼`, `行政复议案件`, `复议`). */
const NAMED_GROUP = /^(?:其中|且|而)?((?:行政)?复议|(?:行政)?诉讼)(?:案件)?/;

/** A clause saying all the cases were decided (`均已审结`, `已全部结案`, `目前均已审结`), with nothing else in it. */
const ALL_CLOSED_CLAUSE = /^(?:目前|现|截至(?:目前|年底|报告期末|(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?底?)[，,]?)?(?:上述|以上)?(?:案件)?(?:均已经?|已经?全部|全部|均|都已|已)(?:依法)?(?:审结|结案|审理终结|审理完毕)(?:完毕)?$/;

/**
 * `被提起行政诉讼2件，均已审结`, `被申请行政复议3件、被提起行政诉讼2件，已全部审结`: an `ALL_CLOSED_CLAUSE` right after
 * (a comma after) a 表四 group's count in `found` (offsets in `t`, within `start`–`end`): a 尚未审结 of 0, negated, for the
 * result reading to give to that group (or to the groups listed before it). Counts of results (`已审结2件`) are no such
 * clause: they are phrases of their own.
 */
function allClosed(t: string, start: number, end: number, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let cs = start; cs < end; ) {
    let ce = cs;
    while (ce < end && !'，,；;。！？!?'.includes(t[ce])) ce++;
    // (Or the clause names its group itself: `其中行政诉讼均已审结`, helper-220 #15.)
    const named = NAMED_GROUP.exec(t.slice(cs, ce));
    const from = named ? cs + named[0].length : cs;
    const clause = t.slice(from, ce).trim();
    // (`复议结果被撤销` of a group of one case says that case was corrected; of more, with no 均 or 全部, it may be some.)
    const corrected = ALL_CORRECTED_CLAUSE.exec(clause);
    const anchors = ALL_CLOSED_CLAUSE.test(clause) ? [ALL_CLOSED] : ALL_MAINTAINED_CLAUSE.test(clause) ? ALL_MAINTAINED : corrected ? ALL_CORRECTED : [];
    if (cs > start && '，,'.includes(t[cs - 1]) && anchors.length) {
      const group = named
        ? found.find((g) => T4_GROUP.test(g.anchor.id) && !g.negated && g.to <= cs - 1 && (g.anchor.id === 'review') === named[1].includes('复议'))
        : found.find((g) => T4_GROUP.test(g.anchor.id) && !g.negated && g.to <= cs - 1 && /^\s*(?:案件)?\s*$/.test(t.slice(g.to, cs - 1)));
      if (group && corrected && !corrected[1] && group.number.value !== 1) { cs = ce + 1; continue; }
      if (group) for (const anchor of anchors) out.push({ anchor, from, to: ce, at: from, negated: true, number: { start: from, end: ce, value: 0, decimals: 0, unit: '件', approx: false, unitEnd: ce } });
    }
    cs = ce + 1;
  }
  return out;
}

/**
 * A clause saying none of one 办理结果 was made (`无不予处理情况`, `未出现不予公开的情况`, `没有作出部分公开决定`), its
 * result in group `r`. (`无法提供` itself opens with 无: only a negation before a result's name counts.)
 */
const NEGATED_RESULT_RE = /^(?:无|没有|未出现|未发生|未有)(?:作出)?(?:过)?(?<r>予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的)?(?:决定|答复|申请|件)?(?:的)?(?:情况|情形)?$/;
/**
 * A clause saying none of a 表二 count was made (`未制发行政规范性文件`, `没有出台规章`, `无行政强制决定`, `未作出行政处罚决定`,
 * `未收取行政事业性收费`): group `doc` the documents (规章 or 规范性文件), `decision` the row of decisions; neither, the fee.
 */
const NEGATED_T2_RE = /^(?:未|没有|无)(?:(?:新)?(?:制发|制定|出台|印发)(?:过)?(?:新的|任何)?(?:行政)?(?<doc>规范性文件|规章)(?!制度)|(?:作出|做出|实施)?(?:过)?(?:任何)?(?<decision>行政许可|行政处罚|行政强制)(?:处理)?决定|收取(?:过)?(?:任何)?行政事业性收费)(?:的情况|情况)?$/;
/** 表二's rows of decisions by name, as `NEGATED_T2_RE` reads them. */
const T2_DECISION_ROW: Record<string, string> = { 行政许可: 'T2.3', 行政处罚: 'T2.5', 行政强制: 'T2.6' };
/** The 表二 counts a clause can say none of (`NEGATED_T2_RE`), by reading. */
const NEGATED_T2: Record<string, Anchor> = Object.fromEntries(
  ['T2.1:made', 'T2.2:made', 'T2.3:decisions', 'T2.5:decisions', 'T2.6:decisions', 'T2.7:fee'].map((r) => [r, { id: `none:${r}`, re: /$^/g, keys: [], readings: [r] }]),
);

/** The phrase of each 办理结果 said to be none (`NEGATED_RESULT_RE`): its 表三 row (a group: the sum of its rows). */
const NEGATED_RESULTS: Record<string, Anchor> = Object.fromEntries(
  [['予以公开', 'R3.1'], ['部分公开', 'R3.2'], ['不予公开', 'R3.3'], ['无法提供', 'R3.4'], ['不予处理', 'R3.5'], ['其他处理', 'R3.6']]
    .map(([name, row]) => [name, { id: `none:${row}`, re: /$^/g, keys: [], readings: [row], application: true }]),
);

/** How many clauses of a sentence `subjectOf` reads back from a count for its subject (a run-on sentence has thousands). */
const CLAUSES_REACH = 16;

/** How many sentences back a breakdown opening its sentence looks for the count it splits (`prevWhole`), and a count for its subject (`subjectOf`). */
const BREAKDOWN_REACH = 8;

/** Phrases of the whole year's applications: a count of one of them may open the clause chain of all the results. */
const WHOLE_COUNT = new Set(['new', 'received', 'concluded', 'handled']);
/** Phrases of the carried-over, pending or cross-year applications: counted beside the whole's, passed over. */
const BESIDE_WHOLE = new Set(['carried', 'carried-over', 'pending', 'cross-year']);

/**
 * The count of applications (in 件) that the 办理结果 `f` follows in its clause chain (from `chainAt`), looking back past
 * other results and the carried-over (pending) counts: the count's value when no phrase reads it (a count the rule then
 * compares with the table's wholes: `我局对20件疑难申请组织会商，其中予以公开8件`); `'part'` when it is a part's (a
 * column's, a channel's, one passed over, one of two counts of the same kind in the sentence, or only carried-over counts
 * before the results); null when the chain has no such count, or it is a phrase of all the year's applications
 * (`WHOLE_COUNT`: compared itself, and the results with it).
 */
function resultBase(p: ClaimText, found: Found[], passed: Set<Found>, chainAt: number, f: Found): number | 'part' | { received: number } | null {
  const t = p.text;
  const at = Math.min(f.from, f.number.start);
  const counts = numbersIn(p, chainAt, at).filter((n) => (n.unit === '件' || n.unit === '件次') && !n.approx);
  for (let i = counts.length - 1; i >= 0; i--) {
    const n = counts[i];
    // (This year named again between them, `去年同期新收申请40件，今年予以公开20件`: the result is the year's.)
    if (/今年|本年/.test(t.slice(n.unitEnd, at))) return null;
    const g = foundAt(found, n.start, f);
    if (g && g.anchor.readings.length && g.anchor.readings.every((r) => /^R3\.[1-6]/.test(r))) continue;
    // (A count in brackets after another, `（含上年结转2件）`, `（其中按期办结47件）`: an aside; a change against another
    // year, `较2023年增加6件`, `比2023年的40件`: no set of applications.)
    if (/[（(][^）)]*$/.test(t.slice(chainAt, n.start))) continue;
    if (CHANGE_BEFORE.test(t.slice(Math.max(chainAt, n.start - 12), n.start))) continue;
    if (g && BESIDE_WHOLE.has(g.anchor.id) && !g.negated) continue;
    // (A phrase of the whole is compared itself, and its results with it, unless passed over or a part; or unless the
    // sentence counts so again, in another clause chain, for another unit: `局机关收到申请40件，…；所属事业单位收到申请6件，…`.)
    if (g && WHOLE_COUNT.has(g.anchor.id) && !g.negated) {
      const again = found.some((o) => o !== g && o.anchor.id === g.anchor.id && !o.negated && !passed.has(o) && /[；;]/.test(t.slice(Math.min(o.to, g.to), Math.max(o.from, g.from))));
      if (passed.has(g) || g.part || again) return 'part';
      // (A count received, `收到申请8件，其中予以公开5件`: kept with the claim, `Claim.received`.)
      return g.anchor.id === 'received' || g.anchor.id === 'new' ? { received: n.value } : null;
    }
    if (g) return T4_GROUP.test(g.anchor.id) || g.anchor.leaf !== undefined || g.anchor.t2row || g.anchor.t2col ? null : 'part';
    return n.value;
  }
  return null;
}

/** The bodies of a whole area or system (`全县各级行政机关`, `全市范围内`, `全系统`): another scope than a government's own. */
const WHOLE_AREA = /全(?:市|区|县|省|州|旗|盟)(?:各级|范围内|所属|各部门)|各级行政机关|全系统/;
/**
 * A whole area named as the subject of a count in a government's report (`全县共收到…168件`, `全县各乡镇、各部门因…被申请
 * 行政复议9件`, `全市2025年受理…`; brk180 #1): as `WHOLE_AREA`, the area's bodies together, where the table may count
 * the government's own (本级) alone. Only 全县 (全市 …) right before what opens a count (共, 各, 范围, a time, a verb of
 * receiving or of cases), not an area named in passing (`按照全县统一部署`, `推进全县政务公开`), nor 全州县 (a name).
 * `WHOLE_AREA_EACH`: 全县各… (the area's bodies, `全县各乡镇、各部门`), always another scope than the government's own;
 * `WHOLE_AREA_SUBJECT`: a bare 全县 too, another scope only where the paragraph tells the government's own apart.
 */
const WHOLE_AREA_EACH = new RegExp(`${WHOLE_AREA.source}|全(?:市|区|县|省|州|旗|盟)各`);
const WHOLE_AREA_SUBJECT = new RegExp(`${WHOLE_AREA.source}|全(?:市|区|县|省|州|旗|盟)(?=各|范围|所属|共|总共|一共|累计|合计|全年|本年|今年|年内|当年|(?:19|20)\\d{2}年|收到|受理|新收|接收|发生|办理|被申请|被提起|因|涉及|依申请|政府信息公开申请|行政机关)`);

/** A bare whole area right before the count's verb (`全县收到…`, `全市受理…`; brk182 #1): the count's subject. */
const WHOLE_AREA_BEFORE_VERB = /(?:(?<![\u4e00-\u9fff])|(?<=年|度))全(?:市|区|县|省|州|旗|盟)$/;

/**
 * A government's own organs named together with the area's other bodies (`县政府本级及各部门、各乡镇`, `各乡镇、各部门和
 * 县政府本级`; brk182 #3): the whole area's bodies, not the government's own.
 */
const OWN_WITH_UNITS = new RegExp(`(?:${OWN_SCOPE.source})[^，,；;。]{0,6}?(?:及|和|与|以及|、)[^，,；;。]{0,4}?各(?:部门|乡镇|街道|单位|镇|区|县|市|级)|各(?:部门|乡镇|街道|单位)[^，,；;。]{0,12}?(?:及|和|与|以及)[^，,；;。]{0,6}?(?:${OWN_SCOPE.source})`);

/** Where the last match of `re` in `s` starts (-1 when none). */
function lastMatchAt(re: RegExp, s: string): number {
  const g = new RegExp(re.source, 'g');
  let at = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) { at = m.index; if (m[0].length === 0) g.lastIndex++; }
  return at;
}

/**
 * The government's own counts a sentence gives after a whole area's count (`from` its end, `to` the sentence's): in a
 * clause (or bracket) that names its own scope (`其中本级46件`, `（含县政府本级46件）`, `其中县政府本级新收46件`), the
 * first count after that name (brk182 #2).
 */
function ownCountsAfter(p: ClaimText, from: number, to: number): number[] {
  const t = p.text, out: number[] = [];
  let a = from;
  while (a < to) {
    let b = a;
    while (b < to && !/[，,；;（(）)]/.test(t[b])) b++;
    const m = OWN_SCOPE.exec(t.slice(a, b).replace(/本机关不掌握/g, '######'));
    if (m) {
      const n = numbersIn(p, a + m.index + m[0].length, b).find((x) => ANY_COUNT_UNIT.has(x.unit));
      if (n) out.push(n.value);
    }
    a = b + 1;
  }
  return out;
}

/**
 * Whether a count after 其中 (`head` the sentence up to it) is a government's own part of a whole area's count before it:
 * `全县共收到…168件，其中县政府本级收到51件` (brk180 #1). Never in a department's report.
 */
function ownPartOfWhole(head: string, department: boolean | undefined): boolean {
  if (department) return false;
  const q = head.lastIndexOf('其中');
  return q > 0 && WHOLE_AREA_SUBJECT.test(head.slice(0, q)) && OWN_SCOPE.test(head.slice(q));
}

/** A comparison with a year that opens a clause's words before a count (`比2023年`, `与2023年度`, `相较于2023年`). */
const COMPARED_YEAR_OPEN = /(?:较|比|与|同|和|相较于?|对比)(?:于)?((?:19|20)\d{2})年度?(?!同期)/;

/** Words after a compared year that close the comparison (`相比`) or state the change (`增加`): the count after them is not that year's. */
const COMPARISON_CLOSED = /相比|相较|比较|对比|增|减|多|少|上升|下降|持平|同期/;

/** Words right before a count that make it a change against another year (`较2023年增加6件`, `比2023年的40件`). */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|上升|持平|较|比|同比)[^，,；;。]{0,10}$/;

/**
 * Words before a 办理结果 in its clause that make it a part's (`RESULT_OF_PART`): a kind of applicant, a reason, a topic, a
 * channel or a step (`自然人申请予以公开21件`, `因本机关不掌握…`, `涉及…的`, `通过电子邮件答复的`, `征求意见后`, `征地拆迁类申请`).
 */
/** The words of each 办理结果 that has rows below it (`R3.3` 不予公开 …), as a row's own result after its name. */
const SUB_ROW_RESULT: Record<string, string> = { 'R3.3': '不予公开', 'R3.4': '(?:无法|不能)提供', 'R3.5': '不予处理', 'R3.6': '(?:其[他它]|不再)处理' };
/**
 * The length of a row's own 办理结果 right after the row's name (`重复申请` + `不予处理`, `属于国家秘密的` + `依法不予公开`), or 0:
 * the count after it is the row's (brk151 #1). Only the row's own result (its parent's words), with at most 的, 申请, a
 * comma and 依法/予以/作出 between.
 */
function subRowResultAfter(id: string, after: string): number {
  const parent = /^sub:(R3\.\d)\./.exec(id)?.[1];
  const words = parent ? SUB_ROW_RESULT[parent] : undefined;
  if (!words) return 0;
  const m = new RegExp(`^(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:的)?[，,]?(?:均|依法|予以|作出?|决定|均予|依法予以)*${words}(?:决定|处理)?`).exec(after);
  return m ? m[0].length : 0;
}

/** The words of the 办理结果 that the rows of 表三 below it (`R3.3.x` …) are parts of. */
const OWN_RESULT_WORDS: Record<string, string> = { 'R3.3': '不予公开', 'R3.4': '无法提供', 'R3.5': '不予处理', 'R3.6': '其他处理' };
/** The rows of 表三 below a 办理结果, by their anchors (`sub:R3.4.1` …). */
const SUB_ROW_ANCHORS = ANCHORS.filter((a) => a.id.startsWith('sub:'));
/**
 * Whether `clause`, words before a 办理结果 that make it a part's (`RESULT_OF_PART`), only gives a reason that is a row of
 * 表三 (`因本机关不掌握相关政府信息`, `因属于国家秘密`): no applicant, topic, channel or step, and a row's words.
 */
function reasonRow(clause: string): boolean {
  if (!/因/.test(clause) || RESULT_OF_PART.test(clause.replace(/因/g, ''))) return false;
  return SUB_ROW_ANCHORS.some((a) => {
    a.re.lastIndex = 0;
    const hit = a.re.test(clause);
    a.re.lastIndex = 0;
    return hit;
  });
}
const RESULT_OF_PART = /自然人|法人|其他组织|商业企业|科研机构|社会公益组织|法律服务机构|公民|个人|企业|因|涉及|通过|征求意见|[^各]类(?:的)?申请/;

/**
 * Those applications of a part a clause opens with (`上年结转的2件申请中`, `本年度新收的申请中`, `在不予公开的申请中`,
 * `自然人申请中`): not `上述申请中` or `全部申请中`, which are all of them.
 */
const PART_OF_APPLICATIONS = /(?:新收|结转|自然人|法人|组织|企业|机构|公民|个人|涉及[^，,；;。]{1,20}|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|网上|信函|当面|传真|电子邮件|邮寄)(?:的)?(?:\d+件)?(?:政府信息公开)?申请(?:的\d+件)?中/;

/** Applications named (not `申请人`, the one who applied, nor `申请行政复议`, a case). */
const APPLICATIONS_AGAIN = /申请(?!人|(?:行政)?复议|(?:行政)?诉讼)/;
/** 不服 before a 表三 result in its clause (`申请人不服无法提供答复的9件`): the answer a case contests, not a result counted. */
const CONTESTING = /不服[^，,；;。\d]{0,12}$/;
/**
 * A 表三 result named as the answer a case contests, before a 表四 group in its clause chain (`因不服本机关作出的不予公开
 * 答复，申请人提起行政复议3件`, `对无法提供答复不服`, `因不予公开决定被提起行政诉讼1件`; no count between, which would be a
 * result's): those cases are a part of the group.
 */
const CONTESTED_ANSWER = /(?:不服|因|对|针对|涉及|就)[^，,；;。\d]{0,16}?(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其[他它]处理)[^，,；;。\d]{0,4}?(?:答复|决定|告知)[^\d０-９]*$/;

/**
 * A clause that opens with a topic or condition of the applications (brk130 #1): what was asked for (`申请内容涉及过程性信息的`,
 * `对申请公开内部事务信息的3件申请`, `涉及房屋征收的申请`, `对涉及第三方的申请`, `对…的申请`); the results in its clause chain
 * are those of that part, which 表三 does not state. Not all of them (`对收到的申请`, `对上述申请`, `对受理的申请`).
 */
const TOPIC_OF_APPLICATIONS = new RegExp(
  '^(?:其中|另外|此外|另)?(?:对于|对|针对|就|在)?(?:'
  // 申请内容涉及…, 申请的事项属于…, 申请人要求公开的信息为…
  + '(?:申请人)?(?:申请|要求)(?:公开|提供|获取)?(?:的)?(?:内容|事项|信息)(?:涉及|属于|为|是|系|关于)'
  // 申请公开…的（3件）申请, 要求提供…的申请 (not 申请公开政府信息的申请, all of them)
  + '|(?:申请|要求)(?:公开|提供|获取|查询)(?!(?:政府)?信息的)[^，,；;。\\d]{1,30}的(?:\\d+件)?(?:政府信息公开|信息公开)?申请(?!人)'
  // 涉及…的申请
  + '|涉及(?!(?:政府)?信息公开|依申请公开)[^，,；;。\\d]{1,30}的(?:\\d+件)?(?:政府信息公开|信息公开)?申请(?!人)'
  + ')'
  // 对申请人申请查询…的 (those who asked for one thing, the clause ending with 的: brk147 #2), not 对申请公开政府信息的
  + '|^(?:对于|对|针对|就)(?:申请人)?(?:申请|要求)(?:公开|提供|获取|查询|查阅|复制)(?!(?:相关)?(?:政府)?信息的$)[^，,；;。\\d]{1,30}的$'
  // 对…的申请, but not all of them (对收到的申请, 对上述申请, 对依法受理的申请)
  + '|^(?:对于|对|针对|就)(?![^，,；;。]*?(?:上述|以上|前述|全部|所有|收到|受理|接收|接到|这些|该等|各类|每一?件|办结|群众|申请人|公众|本年|全年|依申请公开))[^，,；;。\\d]{1,20}的(?:\\d+件)?(?:政府信息公开|信息公开)?申请(?!人)',
);

/** A clause counting a part of the applications, before the results of that part (`对商业企业的3件申请`, `涉及征地拆迁的申请20件`). */
const PART_CLAUSE = new RegExp(
  '^(?:其中)?(?:对|在)?(?:(?:自然人|法人或其他组织|法人|商业企业|科研机构|社会公益组织|法律服务机构|企业|公民|个人|律师事务所|律所|公司|高校|学校|媒体)(?:的|提出的|提交的)?'
  // (helper-218 #1: the carried-over or new ones with 的, a channel's, a kind of applicant's, a topic's, each counted.)
  + '|(?:上一?年度?结转|上年结转|(?:19|20)\\d{2}年度?结转|结转|本年度?新收|新收)的|(?:网上|信函|当面|传真|电子邮件|邮寄)(?:提交|提出)?(?:的)?)(?:申请(?:共|合计)?\\d+件|\\d+件(?:政府信息公开)?申请)$'
  + '|涉及[^，,；;。]{1,20}的(?:申请(?:共|合计)?\\d+件|\\d+件(?:政府信息公开)?申请)$',
);

/**
 * Words after a count that say all of it was concluded (`已全部办结`, `均已办结`, `均已在法定期限内答复完毕`, with a note in
 * brackets after them: `已全部办结（均已办结）`).
 */
const ALL_CONCLUDED_TAIL = /(?:现|目前)?(?:已|均已|都已|均|全部|已全部|均已全部)(?:全部)?(?:在法定期限内|按期|按时|依法|及时)?(?:办结|答复完毕|办理完毕|处理完毕|予以答复|答复)(?:[（(][^（）()]*[）)])?$/;

/**
 * Whether the clauses before a 办理结果's clause (`chain`, from where its clause chain opens to its clause) count a part
 * of the applications (`PART_CLAUSE`) and then only say that part was all concluded: `上年结转的2件申请已全部办结，其中
 * 予以公开1件`, `上年结转的2件申请，均已办结，其中…` split those carried over, not the year's (brk155 #4).
 */
function partConcludedBefore(chain: string): boolean {
  const clauses = chain.split(/[，,]/).map((c) => c.trim()).filter(Boolean);
  let concluded = false;
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k];
    const tail = ALL_CONCLUDED_TAIL.exec(c);
    if (!tail) return false;
    concluded = true;
    const rest = c.slice(0, tail.index);
    if (rest) return concluded && PART_CLAUSE.test(rest);
    if (k > 0 && PART_CLAUSE.test(clauses[k - 1])) return true;
  }
  return false;
}

/**
 * A term of 表四 (or a complaint, a petition, which no table counts) in a negated list. Another matter named beside
 * 行政复议 and 行政诉讼 may be one word or run together, either way round (`举报投诉`, `投诉举报`, `信访举报`): it leaves
 * them denied (`未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉`, `…行政诉讼及投诉举报案件`, brk164 #2).
 */
const T4_TERM = '(?:行政复议|行政诉讼|未经复议直接(?:提起)?(?:行政)?(?:起诉|诉讼)|复议后(?:提起)?(?:行政)?(?:起诉|诉讼)|(?:(?:行政)?申诉|举报|投诉|信访|上访)+)(?:申请|案件)?';
const T4_VERB = '(?:被(?:申请|提起)?|提起|申请)?的?';
/**
 * A negated list of 表四 terms from the negation to the end of its clause, and nothing else:
 * `未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况`, `无行政复议和行政诉讼案件`, `未收到因政府信息公开提起的行政诉讼`.
 * What the negation governs must end the clause with the terms (`未发生被纠错的情况`, `未发生…败诉` are about results,
 * not the totals, and do not match).
 */
const NEGATED_T4_LIST = new RegExp(String.raw`^(?:未|没有|无)(?:发生过?|收到过?|出现过?|接到|产生|有过?|涉及)?(?:任何)?(?:(?:因|涉及|针对|关于|有关|就)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)(?:工作|事项|事务|方面|申请|答复|行为)?(?:而|引起|引发|产生)?的?)?(${T4_VERB}${T4_TERM}(?:(?:、|和|及|与|或|以及|或者)${T4_VERB}${T4_TERM})*)的?(?:情况|案件|情形|事项|事件)?(?:发生)?$`);
/** `未收到政府信息公开申请`, `本年度无依申请公开`, `没有收到公民提出的信息公开申请`: no application this year, to the end of the clause. */
const NEGATED_R1_RE = /^(?:未|没有|无)(?:收到过?|接到|受理过?|发生|有)?(?:任何)?(?:(?:公民|法人|其他组织|群众|申请人)[^，,；;、\d]{0,12}?(?:提出|提交)的)?(?:政府信息公开申请|信息公开申请|依申请公开(?:政府信息)?(?:申请|事项|件|情况|工作)?|公开申请)(?:的情况|情况|事项)?(?:发生)?$/;

/**
 * `未收到法人或其他组织申请`, `没有自然人提出的申请`, `无公民个人申请` (from the negation to the end of the clause): none from
 * one of 表三's two kinds of applicant (group `who`), its 新收 0 (brk147 #6). (`法人` alone may not be the whole column.)
 */
const NEGATED_APPLICANT_RE = /^(?:未|没有|无)(?:收到过?|接到|受理过?|有)?(?:任何)?(?:来自)?(?<who>自然人|公民个人|公民|法人(?:或|和|及)其他组织)(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?申请(?:的情况|情况)?$/;
/**
 * `均为自然人申请`, `申请人均为自然人`, `全部由自然人提出`, `申请人全部是法人或其他组织` (the whole clause): every application
 * counted was from one kind of applicant (group `who`), none from the other, whose 新收 is then 0 (brk147 #6).
 */
const ALL_OF_ONE_APPLICANT_RE = /^(?:本年度?|今年|全年)?[，,]?(?<subject>(?:上述|以上|这些)?(?:申请人|申请主体|申请)(?:的?类型)?)?(?:均|全部|都|全)(?:为|是|系|来自|由|属于?)(?<who>自然人|公民个人|公民|法人(?:或|和|及)其他组织)(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?$/;
/** How far back (UTF-16 units) a phrase's qualifiers are read in its sentence: longer than any real sentence's opening. */
const HEAD_WINDOW = 600;
/**
 * How far back (UTF-16 units) the words before a claim about the applicants are read (`scopedToPart`,
 * `yearsApplicationsBefore`): a sentence's scope is said near its claims, and a run-on sentence of thousands of
 * clauses must not be read again from its start for each of them (bench: "one run-on sentence").
 */
const SCOPE_WINDOW = 300;
/**
 * Whether the words of a sentence before a claim about its applicants (`未收到法人或其他组织申请`, `均为自然人申请`) name a
 * part of the applications it is limited to: a clause ending with the applications it is among (`通过信函方式提交的申请中`,
 * `上年结转的申请中`, `涉及房屋征收的申请中`, `不予公开的3件中`) or opening with a topic of them (`对涉及第三方的申请`); not the
 * year's (`本年度新收的申请中`, `全年收到的申请中`, `上述申请中`, `所有申请中`), brk155 #3.
 */
function scopedToPart(before: string): boolean {
  return before.split(/[，,；;]/).map((c) => c.trim()).filter(Boolean).some((c) =>
    (/(?:申请|件)(?:中|当中|之中|里)$/.test(c) && !NAMED_WHOLE_INTRO.test(c) && !/^(?:在)?(?:上述|以上|前述|全部|所有|这些|各类)(?:的)?(?:政府信息公开|信息公开)?申请(?:中|当中|之中|里)$/.test(c))
    || TOPIC_OF_APPLICATIONS.test(c));
}
/** The other kind of applicant's 新收, by the kind named (`NEGATED_APPLICANT_RE`, `ALL_OF_ONE_APPLICANT_RE`). */
const APPLICANT_NONE: Record<'natural' | 'legal', Anchor> = {
  natural: { id: 'none:natural:R1', re: /$^/g, keys: [], readings: ['natural:R1'], application: true },
  legal: { id: 'none:legal:R1', re: /$^/g, keys: [], readings: ['legal:R1'], application: true },
};
/** `均为自然人申请`: every application from one kind, the other's 新收 0 (by the other kind; see `ALL_OF_ONE_APPLICANT_RE`). */
export const ALL_OF_ONE_APPLICANT: Record<'natural' | 'legal', Anchor> = {
  natural: { id: 'all-legal:natural:R1', re: /$^/g, keys: [], readings: ['natural:R1'], application: true },
  legal: { id: 'all-natural:legal:R1', re: /$^/g, keys: [], readings: ['legal:R1'], application: true },
};
const applicantKind = (who: string): 'natural' | 'legal' => (who.startsWith('法人') ? 'legal' : 'natural');

/**
 * What the words of sentence `[start, cs)` of `t` before a clause at `cs` say of the applications it is about
 * (`均为自然人申请`, `申请人均为自然人`): null if no clause before it counts (N件); true if the clause right before counts
 * the year's applications received (`全年新收政府信息公开申请46件`, `共收到申请7件`: a verb of receiving, no channel,
 * 办理结果, topic or 其中 in the sentence so far); false if it counts something else, a part of them (`网上申请30件`,
 * `其中信函申请12件`, `不予公开的6件申请`, `其中，县政府办公室收到申请12件`: brk155 #2).
 */
function yearsApplicationsBefore(t: string, start: number, cs: number): boolean | null {
  const before = t.slice(Math.max(start, cs - SCOPE_WINDOW), cs - 1);
  if (!/[0-9０-９]\s*件/.test(before)) return null;
  const prev = t.slice(lastIndexOfAny(t, '，,；;。', cs - 1, start), cs - 1);
  if (!/申请[^，,；;。]{0,8}?[0-9０-９]+\s*件$|[0-9０-９]+\s*件[^，,；;。]{0,12}申请$/.test(prev)) return false;
  if (!/新收|收到|受理|接收|接到|收办/.test(prev)) return false;
  const words = before.replace(/政府信息公开|信息公开|依申请公开/g, '');
  return !/其中|中[，,]|其余|另有|仅|只有|涉及|关于|方面|领域|一项|[^各]类|公开|不予|无法提供|处理|办结|答复|结转|转办|转来|热线|信箱|邮箱|平台|网站|窗口|网上|网络|在线|信函|邮寄|来信|当面|现场|传真|邮件|电话/.test(words);
}

/** The words naming the applications of all of 表三 (stripped before `PART_NAMED`, whose 公开 is a result). */
const APPLICATIONS_WORDS = /政府信息公开|信息公开|依申请公开/g;
/**
 * What names a part of the applications in a clause (with `APPLICATIONS_WORDS` taken out): a 办理结果, a channel, a topic
 * or one kind (`无法提供的7件`, `网上申请30件`, `涉及房屋征收的`, `仅…一项`), not the year's (`全年新收申请`, `上述申请`).
 */
const PART_NAMED = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其[他它]处理|未办结|热线|信箱|邮箱|平台|网站|窗口|网上|网络|在线|信函|邮寄|来信|当面|现场|传真|邮件|电话|涉及|关于|领域|方面|一项|[^各]类(?:的)?申请|仅|只有/;

/**
 * `仅房屋征收一项就`, `仅涉及房屋征收的就`, `光局机关就`, `单是网上申请平台就` before a count in its clause: what stands
 * between 仅 (光, 单, 只) and 就 alone accounts for it, a part (brk155 #7). (就 right after 仅 or a time, `仅就`, says
 * nothing of a part; `就…而言` is no 就 of this kind.) So do `房屋征收一项就…` and a clause opening with a topic before
 * its verb of receiving, `涉及房屋征收的收到申请20件`.
 */
const ONLY_X_ALONE = /(?:仅仅?|光是?|单是|单单|只是?)(?!就)[^，,；;。\d０-９]{1,24}?就(?!.*而言)(?!是)|一项(?:就|即|便)|^(?:其中)?涉及(?!(?:政府)?信息公开|依申请公开)[^，,；;。\d０-９]{1,24}的(?:共|累计)?$/;

/** `无上年结转申请`, `没有上一年度结转的申请` (from the negation to the end of the clause). */
const NEGATED_R2_RE = /^(?:无|没有)(?:上一?年度?|去年)(?:结转|遗留)(?:的|下来的)?(?:政府信息公开申请|信息公开申请|依申请公开申请|申请|件)?(?:的情况|情况)?$/;
/**
 * `无结转下年度的申请`, `没有结转下年度继续办理的申请`, `无需转入下一年度办理的申请` (from the negation to the end of the
 * clause): none carried over to next year, 表三's 结转下年度继续办理.
 */
const NEGATED_R4_RE = /^(?:无|没有)(?:需要?|须)?(?:结转|转入|转|顺延|延)(?:到|至)?下一?年度?(?:继续)?(?:办理|处理|答复)?(?:的|下来的)?(?:政府信息公开申请|信息公开申请|依申请公开申请|申请|件)?(?:的情况|情况)?$/;
/** `上年度无结转申请`: the year before the negation, the rest after it. */
const NEGATED_R2_AFTER = /^(?:无|没有)(?:结转|遗留)(?:的|下来的)?(?:政府信息公开申请|信息公开申请|依申请公开申请|申请|件)?(?:的情况|情况)?$/;

/**
 * The negations of sentence `[start, end)` of `t` that state a table quantity of 0: per clause (split at `，；`),
 * a negation (未, 没有, 无) whose object runs to the clause's end and is a list of 表四 terms (one claim per
 * term, over the term) or the applications of the year (`R1`, over the negated phrase). `from` is where the
 * negation starts, `to` where its phrase ends.
 */
function negationsIn(t: string, start: number, end: number): { anchor: Anchor; from: number; to: number; number: NumberToken }[] {
  const out: { anchor: Anchor; from: number; to: number; number: NumberToken }[] = [];
  const zero = (a: number, b: number): NumberToken => ({ start: a, end: b, value: 0, decimals: 0, unit: '件', approx: false, unitEnd: b });
  // `被提起行政诉讼2件（均为复议后起诉）`: the same as the clause of its own after the count (brk141 #6), in a
  // parenthesis right after the lawsuits' count.
  for (const m of t.slice(start, end).matchAll(/[（(]([^（）()，,；;。]{2,20})[）)]/g)) {
    const all = ALL_OF_ONE_LITIGATION.exec(m[1]);
    const open = start + m.index;
    const before = t.slice(lastIndexOfAny(t, '，,；;。', open, start), open);
    if (!all || !/(?:行政诉讼|起诉)[^，,；;。]{0,6}\d+\s*件$/.test(before)) continue;
    const from = open + 1;
    const to = open + 1 + m[1].length;
    out.push({ anchor: all[1].startsWith('复议后') ? ALL_AFTER_REVIEW : ALL_DIRECT, from, to, number: zero(from, to) });
  }
  for (let cs = start; cs < end; ) {
    let ce = cs;
    while (ce < end && !'，,；;。！？!?'.includes(t[ce])) ce++;
    // `被提起行政诉讼2件，均为复议后起诉`: all the lawsuits of the clause before were of one kind, none of the other
    // (helper-212 #7).
    const all = cs > start && ALL_OF_ONE_LITIGATION.exec(t.slice(cs, ce));
    if (all && /行政诉讼|起诉/.test(t.slice(lastIndexOfAny(t, '，,；;。', cs - 1, start), cs))) {
      out.push({ anchor: all[1].startsWith('复议后') ? ALL_AFTER_REVIEW : ALL_DIRECT, from: cs, to: ce, number: zero(cs, ce) });
      cs = ce + 1;
      continue;
    }
    // `收到政府信息公开申请7件，均为自然人申请`, `申请人均为自然人`: none from the other kind of applicant. After a clause
    // counting applications, or with 申请人 its own subject.
    // (Only of the year's applications: after a part's count, `网上申请30件，均为自然人申请`, `不予公开的6件申请，申请人均为
    // 自然人`, `其中，县政府办公室收到申请12件，…`, it says so of that part: brk155 #2.)
    const one = ALL_OF_ONE_APPLICANT_RE.exec(t.slice(cs, ce));
    // (Read only for a clause that says so: the words before it are read again for each such clause.)
    const countBefore = one && cs > start ? yearsApplicationsBefore(t, start, cs) : null;
    if (one && !scopedToPart(t.slice(Math.max(start, cs - SCOPE_WINDOW), cs)) && countBefore !== false && (one.groups!.subject?.includes('申请人') || one.groups!.subject?.includes('申请主体') || countBefore === true)) {
      const other = applicantKind(one.groups!.who) === 'natural' ? 'legal' : 'natural';
      out.push({ anchor: ALL_OF_ONE_APPLICANT[other], from: cs, to: ce, number: zero(cs, ce) });
      cs = ce + 1;
      continue;
    }
    for (let i = cs; i < ce; i++) {
      const c = t.charCodeAt(i);
      if (c !== 0x672a && c !== 0x65e0 && c !== 0x6ca1) continue;
      const clause = t.slice(i, ce);
      const none = NEGATED_APPLICANT_RE.exec(clause);
      if (none) {
        // (`通过信函方式提交的申请中，未收到…`, `上年结转的申请中，…`: none among that part, brk155 #3.)
        if (scopedToPart(t.slice(Math.max(start, i - SCOPE_WINDOW), i))) break;
        out.push({ anchor: APPLICANT_NONE[applicantKind(none.groups!.who)], from: i, to: ce, number: zero(i, ce) });
        break;
      }
      const m = NEGATED_T4_LIST.exec(clause);
      if (m) {
        const listAt = i + m.index + m[0].indexOf(m[1]);
        for (const term of m[1].matchAll(new RegExp(T4_TERM, 'g'))) {
          const kind = NEGATED_T4.find(([re]) => re.test(term[0]));
          if (!kind) continue;
          const a = listAt + term.index;
          out.push({ anchor: kind[1], from: i, to: ce, number: zero(a, a + term[0].replace(/(?:申请|案件)$/, '').length) });
        }
        break;
      }
      if (NEGATED_R1_RE.test(clause)) {
        out.push({ anchor: NEGATED_R1, from: i, to: ce, number: zero(i, ce) });
        break;
      }
      const lead = t.slice(cs, i);
      // (`本年度无上年结转申请`: the report's own year before it changes nothing.)
      const ownYear = /^(?:本年度?|今年|全年)[，,]?$/.test(lead);
      if (lead && !ownYear ? /^(?:上一?年度?|去年)$/.test(lead) && NEGATED_R2_AFTER.test(clause) : NEGATED_R2_RE.test(clause)) {
        out.push({ anchor: NEGATED_R2, from: cs, to: ce, number: zero(cs, ce) });
        break;
      }
      // (`本年度无结转下年度继续办理的申请`: the report's own year before it changes nothing either, brk106 #9.)
      if ((!lead || ownYear) && NEGATED_R4_RE.test(clause)) {
        out.push({ anchor: NEGATED_R4, from: i, to: ce, number: zero(i, ce) });
        break;
      }
      // `本年度无不予处理情况`, `未出现不予公开的情况`: none of one 办理结果 (helper-212 #8).
      const result = NEGATED_RESULT_RE.exec(clause);
      if (result) {
        out.push({ anchor: NEGATED_RESULTS[result.groups!.r], from: i, to: ce, number: zero(i, ce) });
        break;
      }
      // `本年度未制发行政规范性文件`, `全年无行政强制决定`, `未收取行政事业性收费`: none of a 表二 count (helper-215's near misses).
      const t2 = NEGATED_T2_RE.exec(clause);
      if (t2) {
        const g = t2.groups!;
        const id = g.doc ? `${g.doc === '规章' ? 'T2.1' : 'T2.2'}:made` : g.decision ? `${T2_DECISION_ROW[g.decision]}:decisions` : 'T2.7:fee';
        out.push({ anchor: NEGATED_T2[id], from: i, to: ce, number: zero(i, ce) });
        break;
      }
    }
    cs = ce + 1;
  }
  return out;
}

/** A clause that counts the applications received, without a phrase of its own (`全年受理申请46件`, `共收到申请37件`). */
const RECEIVED_CLAUSE_RE = /(?:受理|收到|接收|接到|收办)(?:了)?([^，,；;。\d（(其]{0,12}?)申请(?:共计?|合计)?\s*[0-9０-９]+\s*件$/;
/**
 * The words that may stand between `受理` and `申请` in `RECEIVED_CLAUSE_RE` and leave the applications those of 表三:
 * who applied and how, the agency itself, the time. Any other word names something else applied for (`受理公租房申请
 * 120件`, `档案查阅申请`, `营业执照申请`, `各类申请`: brk93 #2, whose 均已办结 was read as 表三's 结转 = 0).
 */
const RECEIVED_NEUTRAL = /政府信息|信息|依申请|公开|人民群众|群众|公民|社会公众|公众|个人|自然人|法人或其他组织|法人|其他组织|网上|网络|在线|信函|邮寄|当面|现场|书面|电子邮件|邮件|传真|本机关|本单位|本部门|我(?:局|委|办|厅|院|中心|部|署|府|区|县|市|镇|乡|街道)|全年|本年度?|年度|当年|新增|新|共计?|累计|提出|提交|递交|的|了|和|及|、/g;

/**
 * Whether `clause` counts the applications received without a phrase of its own (`RECEIVED_CLAUSE_RE`), those of
 * 表三: anything between the verb and 申请 names government information or is `RECEIVED_NEUTRAL`.
 */
function isReceivedClause(clause: string): boolean {
  const m = RECEIVED_CLAUSE_RE.exec(clause);
  if (!m) return false;
  const words = m[1];
  return words.includes('信息公开') || !/[\u4e00-\u9fff]/.test(words.replace(RECEIVED_NEUTRAL, ''));
}
/**
 * A short adverbial phrase of how or when the applications were concluded, every one of them alike (`在法定期限内`,
 * `按法定程序`, `依法依规`, `严格按照条例规定`, `经审查后`): a word that opens a manner or a time, then up to 10 more
 * characters, no digit and no break. (What it must not say, a negation or something not yet done, is `NOT_DONE`.)
 */
const ADVERBIAL = '(?:在|于|按照?|依照?|依据|根据|遵照|经过?|通过|以|严格|及时|依法|依规|按时|按期|如期|准时)[^\\d\\s，,；;。、：:（()）]{0,10}?';
/** The applications a clause is about (`申请`, `政府信息公开申请`, `依申请公开申请件`). */
const APPLICATIONS_NAMED = '(?:政府信息公开|信息公开|依申请公开)?申请件?';
/**
 * A clause saying all were concluded: `已全部办结`, `均已办结`, `全部按时答复`, `均已依法办理完毕`, with a manner or time
 * before or after 全部/均 (`全部在法定期限内办结`, `均已在法定期限内办结`, `已按法定程序全部答复完毕`), and with the
 * applications named before it (`所有申请均已办结`, `申请均已按期办结`, `上述申请已全部办结`). Groups 1 and 4 are the
 * adverbials (for `NOT_DONE`), group 2 the subject's 所有/全部 (which says "all" without 全部/均 after it: `全部申请已依法
 * 答复`), group 3 the 全部/均/都 after the subject. What the clause may open with (`做到件件有回复、全部办结`) is
 * `ALL_CONCLUDED_LEAD`.
 */
const ALL_CONCLUDED_RE = new RegExp(`^(?:目前|现|且|并|已经?|都)*(?:(?:(所有|全部|全体)的?|(?:上述|以上|前述|这些)的?)?${APPLICATIONS_NAMED})?(?:目前|现|已经?)*(${ADVERBIAL})?(全部|均|都)?(?:已经?)?(${ADVERBIAL})?(?:予以|作出|给予)?(?:办结|答复完毕|办理完毕|处理完毕|办理完成|处理完成|答复完成|答复|回复)(?:完毕)?$`);
/**
 * What an "all concluded" clause may open with: 做到/实现, then short items of how the applications were answered,
 * each before a 、 (`做到件件有回复、全部办结`), with no digit, nothing not done and no part of them (其余, 部分).
 */
const ALL_CONCLUDED_LEAD = /^(?:做到|实现)?(?:[^\d、，,；;。（()）其部个]{1,8}、)*/;
/** The applications named first in an "all concluded" clause (`上述申请已全部办结`, `所有申请均已办结`, `申请均已办结`). */
const NAMES_APPLICATIONS = new RegExp(`^(?:目前|现|且|并|已经?|都)*(?:所有|全部|全体|上述|以上|前述|这些)?的?${APPLICATIONS_NAMED}`);
/** An adverbial that says the applications are not (yet) concluded (`均将在法定期限内答复`, `全部尚未办结`). */
const NOT_DONE = /未|没|尚|仍|正在|将|拟|待|可以|能够|需要|应当|无法/;
/**
 * Whether clause `c` says all were concluded (`ALL_CONCLUDED_RE` after `ALL_CONCLUDED_LEAD`, with 所有/全部 in its subject
 * or 全部/均/都 after it, nothing in it `NOT_DONE`): null if not, else whether it says how or when too (`adverbial`:
 * `全部按期办结`, `均在法定期限内答复`; not `已全部办结`) and whether it names the applications (`named`: `上述申请已全部
 * 办结`, `申请均已按期办结`).
 */
function saysAllConcluded(c: string): { adverbial: boolean; named: boolean } | null {
  const lead = ALL_CONCLUDED_LEAD.exec(c)![0];
  const items = lead.replace(/^(?:做到|实现)/, '');
  const m = ALL_CONCLUDED_RE.exec(c.slice(lead.length));
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const words = (m[1] ?? '') + (m[4] ?? '');
  return !NOT_DONE.test(words + items) ? { adverbial: words !== '', named: NAMES_APPLICATIONS.test(c.slice(lead.length)) } : null;
}
/**
 * A clause stating a 办结率 of 100% (`办结率100%`, `申请办结率达100%`, `政府信息公开申请办结率为100%`): all were
 * concluded. Not a rate of a part (`按时办结率100%`, which the one still pending may keep too: nothing may stand
 * before the rate but the year and the applications); nor a 答复率 (`依申请公开答复率达100%`), which agencies write for
 * the applications answered among those due, a carried-over one still within its time limit (brk146 #2).
 */
const FULL_RATE_RE = /^(?:全年|本年度?|今年|年度|总体|整体)?的?(?:((?:政府信息公开|信息公开|依申请公开)?申请|依申请公开(?:工作)?)的?)?办结率(?:为|是|达到?|实现)?100(?:\.0+)?\s*[%％]$/;
/**
 * A rate in brackets right after a count in clause `[cs, ce)` of `t` (`办结47件（办结率100%）`, `(答复率为100%)`): `open`
 * the bracket's offset, `[from, to)` the text inside it; null when the clause has no such brackets.
 */
function bracketedRate(t: string, cs: number, ce: number): { open: number; from: number; to: number } | null {
  // Searched in the clause alone: `t` may be a long text, and searching its rest at every clause made a long
  // paragraph's check quadratic (helper-204 #12).
  // (One character past the clause: its closing bracket may stand right at its end.)
  const c = t.slice(cs, ce + 1);
  for (let i = c.indexOf('率'); i >= 0 && i < ce - cs; i = c.indexOf('率', i + 1)) {
    let open = i;
    while (open > 0 && !'（('.includes(c[open - 1])) open--;
    if (open === 0) return null;
    open--;
    const close = [c.indexOf('）', i), c.indexOf(')', i)].filter((x) => x >= 0).sort((x, y) => x - y)[0];
    if (close === undefined || !/[0-9０-９]\s*件$/.test(c.slice(0, open))) continue;
    return { open: cs + open, from: cs + open + 1, to: cs + close };
  }
  return null;
}
/**
 * A note on the carried-over applications in brackets that ends clause `[from, to)` of `t`, right after a count
 * (`受理申请553件（含上年结转14件）`, `新收申请40件（另有上年结转2件）`, `收到申请42件（含上年结转）`): the count before it
 * is of all the year's applications (or, with 另有, of the new ones beside the carried-over ones the note adds).
 * `open` is the bracket's offset; null when the clause does not end with such a note.
 */
function carriedNote(t: string, from: number, to: number): { open: number } | null {
  if (to <= from || !'）)'.includes(t[to - 1])) return null;
  let open = to - 2;
  while (open >= from && !'（()）'.includes(t[open])) open--;
  if (open < from || !'（('.includes(t[open])) return null;
  if (!/[0-9０-９]\s*件$/.test(t.slice(from, open))) return null;
  return CARRIED_NOTE.test(t.slice(open + 1, to - 1)) ? { open } : null;
}
/** What a note on the carried-over says (`含上年结转14件`, `另有上年结转2件`, `包括2023年结转的2件`). */
const CARRIED_NOTE = /^(?:含|包含|包括|另有|另)(?:上一?年度?|去年|(?:19|20)\d{2}年度?)(?:结转|遗留)[^（）()，,；;。]{0,12}$/;

/** What names the applications still pending: carried over to next year, not concluded, still handled. */
const PENDING_WORDS = '(?:(?:结转|转入|转|顺延|延)(?:到|至)?下一?年度?|结转(?:到|至)(?:19|20)\\d{2}年|尚未办结|未办结|正在办理|仍在办理|尚在办理|还在办理|继续办理|(?:正|仍|尚|还)处?[在于](?:法定)?(?:答复|办理)期限?内)';
/**
 * A non-zero count of the applications still pending, written before or after its words (`结转下年度继续办理1件`,
 * `尚未办结2件`, `1件正在办理`), within one clause.
 */
const PENDING_COUNT = new RegExp(`${PENDING_WORDS}[^，,；;。！？!?\d]{0,8}?[1-9][0-9]*\s*件|[1-9][0-9]*\s*件[^，,；;。！？!?\d]{0,12}?${PENDING_WORDS}`);
/** Every such count of a paragraph (`PENDING_COUNT`, global). */
const PENDING_COUNTS = new RegExp(PENDING_COUNT.source, 'g');

/**
 * A clause that totals the counts before it (`合计48件`, `共48件`, `共计48件`, `总共48件`, `共需办理48件`): see `allConcluded`.
 * Not `累计`, which may sum several years.
 */
const TOTAL_CLAUSE = /^(?:合计|共计|总计|总共|一共|共)(?:需要?|应当?|须)?(?:办理|处理|答复|办结)?(?:政府信息公开)?(?:申请)?(?:为|达)?\s*[0-9０-９]+\s*件(?:申请)?$/;
/** A count of items in a clause (`46件`, `3,216件`). */
const COUNT_IN = /[0-9０-９]\s*(?:件|条|次|个|项|人次)/;
/** The phrases of 表三 a clause chain may hold before a 100% 办结率 for the rate to be the year's (see `allConcluded`). */
const BEFORE_FULL_RATE = /^(?:new|received|carried|concluded|handled|granted\+partial|granted|partial|refused|unable|not-processed|other-handling|sub:R3\..*)$/;

/**
 * A clause of sentence `[start, end)` of `t` that says all of the year's applications were concluded (`全年新收政府信息公开
 * 申请46件，上年结转2件，已全部办结`): none is carried over to next year, a claim of `R4` = 0 over the clause. Only a
 * clause of its own right after the counts of the year's applications, in a clause chain (up to `；`) whose counts
 * (`counts`, the sentence's claims with a number) are those and nothing else, with 新收 or 收到/受理 among them:
 * `上年结转的2件已全部办结` (no clause of its own) and `…；上年结转2件，已全部办结` (only last year's) are about the
 * carried-over ones, which 表三 cannot contradict; nor is a part (`part`: `收到上级机关转办的申请3件，均已按期答复`).
 * A 办结率 (答复率) of 100% (`FULL_RATE_RE`) says the same anywhere in a clause chain whose counts are of the year's
 * applications and their results (`BEFORE_FULL_RATE`, no part), with 新收 or 收到/受理 among them (`全年受理申请46件，
 * 办结47件，办结率100%`; in brackets right after a count as well, `办结47件（办结率100%）`: see `bracketedRate`), or, in a
 * chain without counts, when the rate names the applications (`政府信息公开申请办结率100%`). A note on the carried-over
 * after a count (`受理申请553件（含上年结转14件），全部按期办结`, `新收申请40件（另有上年结转2件），已全部办结`: see
 * `carriedNote`) keeps the count one of the year's applications. A chain that opens the sentence goes on from the sentence
 * before when that counts the year's applications (`prevYear`: `…受理政府信息公开申请42件。截至12月31日，办结39件，
 * 办结率100%`; `…收到申请177件。截至12月31日，上述申请已全部办结`, a clause that names the applications after clauses
 * with no count). An "all concluded" clause that opens a chain after `；` goes on from the chain before (`…177件，上年结转
 * 4件；申请均已按期办结`).
 */
function allConcluded(t: string, start: number, end: number, counts: { anchor: Anchor; from: number; to: number; part?: string[] }[], prevYear: boolean): { anchor: Anchor; from: number; to: number; number: NumberToken } | null {
  // Most sentences have no 全部, 均, 都 or 率 at all.
  let any = false;
  for (let i = start; i < end && !any; i++) {
    const c = t.charCodeAt(i);
    any = c === 0x5168 /* 全 */ || c === 0x5747 /* 均 */ || c === 0x90fd /* 都 */ || c === 0x7387 /* 率 */;
  }
  if (!any) return null;
  let chain = start, lastChain = start;
  for (let cs = start; cs < end; ) {
    let ce = cs;
    while (ce < end && !'，,；;。！？!?'.includes(t[ce])) ce++;
    // The rate as a clause of its own, or in brackets right after a count (`办结47件（办结率100%）`): `at` where it starts.
    const inBrackets = FULL_RATE_RE.test(t.slice(cs, ce)) ? null : bracketedRate(t, cs, ce);
    const rate = inBrackets ? FULL_RATE_RE.exec(t.slice(inBrackets.from, inBrackets.to)) : FULL_RATE_RE.exec(t.slice(cs, ce));
    if (rate) {
      const [at, until] = inBrackets ? [inBrackets.from, inBrackets.to] : [cs, ce];
      // The chain's clauses before it (and the count before its brackets): each count one of 表三's phrases, or a
      // count received without a phrase of its own.
      const before = inBrackets ? inBrackets.open : cs;
      // (A note on the carried-over after a count, `受理申请553件（含上年结转14件）`, leaves the count one of all of them.)
      // (A chain that opens the sentence goes on from the sentence before when that counts the year's applications:
      // `本年度共受理政府信息公开申请42件，…。截至12月31日，办结39件，办结率100%`.)
      let year = chain === start && prevYear, counted = false, ok = true;
      for (let a = chain; a < before && ok; ) {
        let b = a;
        while (b < before && !'，,'.includes(t[b])) b++;
        const note = carriedNote(t, a, b);
        const head = note ? note.open : b;
        const own = counts.filter((c) => c.from >= a && c.from < head);
        if (note && counts.some((c) => c.from >= head && c.from < b && c.anchor.id !== 'carried')) ok = false;
        else if (own.length) {
          ok = own.every((c) => BEFORE_FULL_RATE.test(c.anchor.id) && !c.part);
          year ||= own.some((c) => c.anchor.id === 'new' || c.anchor.id === 'received');
        } else if (isReceivedClause(t.slice(a, head))) year = true;
        // (A total of the counts before it, `…上年结转2件，合计48件，办结率100%`, counts the same applications: brk169 #3.)
        else ok = !COUNT_IN.test(t.slice(a, head)) || (counted && TOTAL_CLAUSE.test(t.slice(a, head)));
        counted ||= own.length > 0 || COUNT_IN.test(t.slice(a, b));
        a = b + 1;
      }
      if (ok && (year || (!counted && rate[1] !== undefined))) {
        return { anchor: FULL_RATE, from: at, to: until, number: { start: at, end: until, value: 0, decimals: 0, unit: '件', approx: false, unitEnd: until } };
      }
    }
    // (With a manner or time, followed in its chain by a count of some of those concluded, by how or when or after 其中
    // (`均在法定期限内答复，按时办结45件`, `全部依法依规答复，其中及时答复45件`), it says how the ones concluded were, which
    // those counts tell; not before a total, `全部按期办结，共办结45件`.)
    const all = saysAllConcluded(t.slice(cs, ce));
    const how = all && all.adverbial && counts.some((c) => {
      if (c.from <= ce || (c.anchor.id !== 'concluded' && c.anchor.id !== 'handled') || /[；;]/.test(t.slice(ce, c.from))) return false;
      const head = t.slice(Math.max(ce + 1, lastIndexOfAny(t, '，,', c.from, ce)), c.from);
      return /^其中/.test(head) || HOW_CONCLUDED.test(head);
    });
    // (A clause that opens a chain after `；` goes on from the chain before: `…177件，上年结转4件；申请均已按期办结`.)
    const from = cs === chain && chain > start && ';；'.includes(t[cs - 1]) ? lastChain : chain;
    // (One that names the applications in a chain opening the sentence, after clauses with no count and no applications
    // of their own, goes on from the sentence before when that counts the year's applications: `全年收到申请177件。截至
    // 12月31日，上述申请已全部办结`.)
    if (all && !how && all.named && prevYear && chain === start && !COUNT_IN.test(t.slice(start, cs)) && !t.slice(start, cs).includes('申请')) {
      return { anchor: ALL_CONCLUDED, from: cs, to: ce, number: { start: cs, end: ce, value: 0, decimals: 0, unit: '件', approx: false, unitEnd: ce } };
    }
    if (all && !how && cs > from && '，,;；'.includes(t[cs - 1]) && (from !== chain || '，,'.includes(t[cs - 1]))) {
      const chain = from;
      let ps = Math.max(chain, lastIndexOfAny(t, '，,', cs - 1, chain)), psEnd = cs - 1;
      // (A total of the counts before it between, `…上年结转2件，合计48件，已全部办结`, `…，共需办理48件，已全部办结`: the
      // clause says all of them were concluded, as right after the counts: brk169 #3.)
      if (ps > chain && TOTAL_CLAUSE.test(t.slice(ps, psEnd)) && counts.every((c) => c.from < ps || c.from >= psEnd || c.anchor.id === 'handled')) {
        psEnd = ps - 1;
        ps = Math.max(chain, lastIndexOfAny(t, '，,', psEnd, chain));
      }
      // (The clause right before may end with a note on the carried-over after its count: `受理申请553件（含上年结转
      // 14件），全部按期办结`, `新收申请40件（另有上年结转2件），已全部办结`; the count then ends where the note opens.)
      const note = carriedNote(t, ps, psEnd);
      const countEnd = note ? note.open : psEnd;
      const noted = note ? counts.filter((c) => c.from >= note.open && c.from < psEnd) : [];
      const before = counts.filter((c) => c.from >= chain && c.from < countEnd).sort((x, y) => x.from - y.from);
      const last = before[before.length - 1];
      // (Or the clause right before counts what was received without a phrase of its own: `全年受理申请46件，已全部办结`.)
      const bare = !(last && last.to === countEnd) && isReceivedClause(t.slice(ps, countEnd)) && !before.some((c) => c.to > ps);
      if (noted.every((c) => c.anchor.id === 'carried') && (bare || (last && last.to === countEnd)) && before.every((c) => /^(?:new|received|carried)$/.test(c.anchor.id) && !c.part) && (bare || before.some((c) => c.anchor.id !== 'carried'))) {
        return { anchor: ALL_CONCLUDED, from: cs, to: ce, number: { start: cs, end: ce, value: 0, decimals: 0, unit: '件', approx: false, unitEnd: ce } };
      }
    }
    if (';；'.includes(t[ce])) {
      lastChain = chain;
      chain = ce + 1;
    }
    cs = ce + 1;
  }
  return null;
}

/** Claims per report model: the prose rules that need them share one reading. */
const claimCache = new WeakMap<Report, { claims: Claim[]; skipped: Skipped[] }>();

/** Every anchor literal once, with the anchors that need it. */
const KEYS: { key: string; anchors: number[] }[] = [];
for (let i = 0; i < ANCHORS.length; i++) {
  for (const key of ANCHORS[i].keys) {
    let k = KEYS.find((x) => x.key === key);
    if (!k) KEYS.push((k = { key, anchors: [] }));
    k.anchors.push(i);
  }
}
/** Literals by their first character: `FIRST[c]` is 1 + an index in `BY_FIRST`, or 0. */
const FIRST = new Uint8Array(65536);
const BY_FIRST: { key: string; anchors: number[] }[][] = [];
for (const k of KEYS) {
  const c = k.key.charCodeAt(0);
  if (!FIRST[c]) {
    BY_FIRST.push([]);
    FIRST[c] = BY_FIRST.length;
  }
  BY_FIRST[FIRST[c] - 1].push(k);
}

/** Whether `t[from, to)` holds an anchor literal (the sentence-level test of `claimable`). */
function hasKey(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const f = FIRST[t.charCodeAt(i)];
    if (f) for (const k of BY_FIRST[f - 1]) if (t.startsWith(k.key, i)) return true;
  }
  return false;
}

/** Marks in `named` the anchors whose literals occur in `t[from, to)`; whether there is any. */
function nameAnchors(t: string, from: number, to: number): boolean {
  named.fill(0);
  let any = false;
  for (let i = from; i < to; i++) {
    const f = FIRST[t.charCodeAt(i)];
    if (!f) continue;
    for (const k of BY_FIRST[f - 1]) {
      if (!t.startsWith(k.key, i)) continue;
      for (const a of k.anchors) named[a] = 1;
      any = true;
    }
  }
  return any;
}

/** The text a paragraph's claims are read from; `short` is set when it is the paragraph alone and that was not enough. */
interface ClaimText {
  text: string;
  /** Whether `text` includes what follows the paragraph (`following`). */
  whole: boolean;
  short: boolean;
}

/** First characters of the filler words. */
const FILLER_FIRST = new Set(FILLER.map((f) => f.charCodeAt(0)));

function numberAfter(p: ClaimText, pos: number, limit: number): NumberToken | null {
  const t = p.text;
  let i = pos;
  // An explanation in parentheses may stand between (`作其他处理（含申请人主动撤回申请）469件`): up to 40
  // characters other than parentheses, then the closing one.
  const open = t.charCodeAt(i);
  if (open === 0xff08 || open === 40) {
    // Past the paragraph's end only with the text that follows it.
    if (!p.whole && i + 44 > t.length) {
      p.short = true;
      return null;
    }
    // A parenthesis that holds the phrase's count alone (`属于三类内部事务信息（3件）`, `不予公开（共6件）`) gives it
    // (brk141 #6): the count in brackets is the phrase's as it is without them.
    const inner = countInBrackets(p, i);
    if (inner) return inner;
    for (let k = 1; k <= 41 && i + k < t.length; k++) {
      const c = t.charCodeAt(i + k);
      if (c === 0xff09 || c === 41) {
        i += k + 1;
        break;
      }
      if (c === 0xff08 || c === 40) break;
    }
  }
  // A change in per cent said first (`申请较上年下降19.6%，共45件`, `同比下降19.6%，为45件`): the count after it, named as a
  // total, is the phrase's (brk186 #13).
  const change = CHANGE_THEN_TOTAL.exec(t.slice(i, Math.min(limit, i + 32)));
  if (change) i += change[0].length;
  for (let guard = 0; guard < 8 && i < limit; guard++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || isChineseNumeralChar(c)) break;
    const w = FILLER_FIRST.has(c) ? FILLER.find((f) => t.startsWith(f, i)) : undefined;
    if (!w) return null;
    i += w.length;
  }
  if (i - pos > 24) return null;
  return numberAt(p, i);
}

/** A change in per cent against another year, then a comma before a total's count (`较上年下降19.6%，共45件`). */
const CHANGE_THEN_TOTAL = /^(?:(?:较|比)(?:上一?年度?|去年|(?:19|20)\d{2}年度?)(?:同期)?|同比)(?:增加|减少|增长|下降|上升|提高|降低|减少了|增长了|下降了)[0-9０-９]+(?:[.．][0-9０-９]+)?[%％][，,](?=(?:共计?|合计|总计|为|达到?)[ \t]*[0-9０-９]+[ \t]*件)/;
/** Words that may stand before the count alone in a parenthesis (`（共3件）`). */
const BRACKETED_COUNT_LEAD = /^(?:共计?|合计|计|为)?/;

/**
 * The count that is all a parenthesis opening at `open` holds (`（3件）`, `（共3件）`), or null: the parenthesis must close
 * right after the count's unit.
 */
function countInBrackets(p: ClaimText, open: number): NumberToken | null {
  const t = p.text;
  const lead = BRACKETED_COUNT_LEAD.exec(t.slice(open + 1, open + 4))![0].length;
  const n = numberAt(p, open + 1 + lead);
  if (!n || !n.unit || n.bound) return null;
  const close = t.charCodeAt(n.unitEnd);
  return close === 0xff09 || close === 41 ? n : null;
}

/** What joins the phrases of a list (`不予公开、无法提供和不予处理`). */
const LIST_JOIN = /^(?:、|和|及|与|或|以及|、以及|、及)$/;
/**
 * What joins 行政复议 and 行政诉讼 in a list, with the verb of the second (`被申请行政复议和提起行政诉讼共5件`,
 * `被申请行政复议、被提起行政诉讼共5件`): the count after it is still the whole list's.
 */
const T4_LIST_JOIN = /^(?:、|和|及|与|或|以及|、以及|、及)(?:被申请|被提起|被|提起|申请)?$/;
/** `分别` (`分别被`, `分别为`) right before a 表四 result: its counts go with the groups listed before, one each. */
const RESPECTIVELY = /分别(?:被|为|是|有)?$/;
/** 败诉, a lawsuit lost: 结果纠正 of a 行政诉讼 group (not said of 行政复议). */
const LOST = /^败诉/;
/** Anchors of 表四's groups (行政复议, 行政诉讼, 直接起诉, 复议后起诉). */
const T4_GROUP = /^(?:review|litigation)/;
/**
 * The 表四 group phrases with a count of their own that form a list ending with the last group before `found[k]`
 * (`被申请行政复议6件、被提起行政诉讼3件` → both), in order; only that group when it is not listed with others. A group
 * named only in an aside closed before `found[k]` (`（含复议后起诉1件）`, in the sentence from `floor`) is passed over.
 */
function groupsListedBefore(t: string, found: Found[], k: number, floor: number): Found[] {
  const groups: Found[] = [];
  for (let i = k - 1; i >= 0; i--) {
    const g = found[i];
    if (T4_GROUP.test(g.anchor.id) && inAsideBefore(t, g.at, floor, found[k].at)) continue;
    if (!T4_GROUP.test(g.anchor.id)) {
      if (groups.length) break;
      continue;
    }
    // (Groups listed before one count each, `行政复议、行政诉讼分别为3件、2件`, are one list: `respectiveCounts`.)
    const sameList = groups.length && g.listed && groups[0].listed && g.from === groups[0].from;
    if (g.negated || (groups.length && !sameList && !T4_LIST_JOIN.test(t.slice(g.to, groups[0].from).replace(/^案件/, '')))) break;
    groups.unshift(g);
  }
  return groups;
}

/**
 * The 表四 group phrases of `bare` (no count of their own) listed together and ending with the one at `at`
 * (`行政复议、行政诉讼案件中` → both), joined by 、/和/及/与 (`T4_LIST_JOIN`), in order; that one alone when not listed.
 */
function bareGroupsListed(t: string, bare: readonly BarePhrase[], at: number): BarePhrase[] {
  const groups = bare.filter((g) => T4_GROUP.test(g.anchor.id)).sort((x, y) => x.a - y.a);
  let k = groups.findIndex((g) => g.a === at);
  if (k < 0) return [];
  const out = [groups[k]];
  for (; k > 0 && T4_LIST_JOIN.test(t.slice(groups[k - 1].b, groups[k].a).replace(/^案件/, '')); k--) out.unshift(groups[k - 1]);
  return out;
}

/**
 * The readings of the 表四 group that the words `w` before a result name by a short form (`其中复议结果维持` → 行政复议,
 * `其中诉讼维持` → 行政诉讼); undefined when they name none, null when they name both (the group cannot be told).
 */
function groupNamedIn(w: string): string[] | null | undefined {
  const review = /复议/.test(w), litigation = /诉讼|起诉/.test(w);
  if (review && litigation) return null;
  const id = review ? 'review' : litigation ? 'litigation' : undefined;
  return id ? ANCHORS.find((a) => a.id === id)!.readings : undefined;
}

/** The 表四 result phrases (`leaf` anchors), each matching only at the end of the text it is tried on. */
const LEAF_AT_END = ANCHORS.filter((a) => a.leaf !== undefined).map((a) => ({ leaf: a.leaf!, re: new RegExp(`(?:${a.re.source})的?$`) }));

/**
 * The leaf (`T4_LEAVES` index) of a 表四 result that ends right before offset `pos` of `t` (in the clause from `floor`),
 * with `的` at most between (`被纠错的` before `2件行政复议案件`, `尚未审结的`, `维持原行政行为的`), or undefined.
 */
function leafEndingAt(t: string, pos: number, floor: number): number | undefined {
  const head = t.slice(Math.max(floor, pos - 16), pos);
  return LEAF_AT_END.find((l) => l.re.test(head))?.leaf;
}

/**
 * What may stand between 尚未审结's phrase and the group it qualifies: `的`, after the year named its verb too
 * (`将于2025年继续办理的行政复议案件1件`, `预计于2025年审结的行政诉讼1件`: the phrase leaves the verb to others).
 */
const LEAF_PENDING_TAIL = /^(?:(?:继续)?(?:办理|审理|审结|办结|处理)(?:完毕|完成)?)?的?$/;
/** 尚未审结's phrase of a year to come with its verb, right before a count (`将于2025年继续办理的` before `1件行政复议案件`): group 1 the year. */
const PENDING_YEAR_AT_END = /(?:将|拟|预计|计划)?(?:于|在)((?:19|20)\d{2})年度?(?:内)?(?:继续)?(?:办理|审理|审结|办结|处理)(?:完毕|完成)?的$/;

/** What may stand between the last group of a list and the 表四 result after it (`行政诉讼1件仍在审理中`, `…案件均尚未审结`). */
const BEFORE_TRAILING_RESULT = /^(?:案件)?(?:均|都|仍|尚|还|目前|已|现)*$/;

/**
 * The leaf (`T4_LEAVES` index) of a 表四 result without a count of its own that stands right after the group phrase
 * `found[k]` and the groups listed after it (`行政复议2件、行政诉讼1件尚未审结`: 3 for both; `2件行政复议案件和1件行政诉讼案件
 * 在审理中`), or undefined when none does. Groups after a clause break (`，`, `，其中`) are another list.
 */
function trailingLeaf(t: string, found: Found[], bare: { anchor: Anchor; a: number; b: number }[], k: number): number | undefined {
  let j = k;
  for (; j + 1 < found.length; j++) {
    const g = found[j + 1];
    if (!T4_GROUP.test(g.anchor.id) || g.negated || !T4_LIST_JOIN.test(t.slice(found[j].to, g.from).replace(/^案件/, ''))) break;
  }
  const end = found[j].to;
  return bare.find((g) => g.anchor.leaf !== undefined && g.a >= end && BEFORE_TRAILING_RESULT.test(t.slice(end, g.a)))?.anchor.leaf;
}

/**
 * The phrases without a number of their own that form a list with the phrase starting at `at`
 * (`不予公开、无法提供和不予处理合计16件` → 不予公开, 无法提供), in order; empty when none. A phrase with a count just before
 * it (`24件予以公开、部分公开6件`) has its own number and ends the list. `anchor` is the phrase's at `at`: between
 * 表四's groups the join may hold the next one's verb (`T4_LIST_JOIN`).
 */
function listBefore(p: { text: string }, bare: { anchor: Anchor; a: number; b: number }[], at: number, limit: number, anchor: Anchor): { anchor: Anchor; a: number; b: number }[] {
  const out: { anchor: Anchor; a: number; b: number }[] = [];
  for (let cur = at, t4 = T4_GROUP.test(anchor.id); ; ) {
    const g = bare.find((x) => x.b <= cur && (t4 && T4_GROUP.test(x.anchor.id) ? T4_LIST_JOIN : LIST_JOIN).test(p.text.slice(x.b, cur)));
    if (!g || countEndsAt(p, g.a, limit)) return out;
    out.unshift(g);
    cur = g.a;
  }
}

/** A phrase without a number of its own in a sentence (`bare` in `paragraphClaims`): its anchor and `[a, b)`. */
type BarePhrase = { anchor: Anchor; a: number; b: number };

/**
 * After a list of phrases without numbers, what says that one count follows for each, in order (`分别为`, `的数量分别是`,
 * `案件依次为`, `分别有`).
 */
const RESPECTIVE_OPENER = /^(?:的)?(?:(?:政府)?(?:信息公开)?申请|案件)?(?:的)?(?:数量|件数|数)?(?:分别|依次)(?:为|是|有|达|计)?[：:]?\s*/;
/** Further items of a list before its 分别 (`、不予公开、无法提供分别为…`): short words joined by 、/和/及/与, no count. */
const LISTED_THEN_RESPECTIVE = /^(?:\s*(?:、|和|及|与)\s*[^、，,。；;：:\d０-９和及与]{2,24}){1,8}?(?:的)?(?:(?:政府)?(?:信息公开)?申请|案件)?(?:的)?(?:数量|件数|数)?(?:分别|依次)/;

/** The word of the applications after a phrase of a list (`新收申请、办结申请`), before what joins it to the next. */
const LISTED_APPLICATIONS_WORD = /^(?:(?:政府)?信息公开)?申请(?=\s*(?:、|和|及|与))/;

/** Between the counts of such a list (`5件、2件`, `5件和2件`). */
const COUNT_JOIN = /^\s*(?:、|，|,|和|及|与)\s*$/;

/**
 * Exactly `n` counts (units of `COUNT_UNITS`, none approximate) starting right at `at` and joined by `COUNT_JOIN`
 * (`5件、2件`, `3件和2件`), before `end`; null when there are more or fewer.
 */
function countsAt(p: ClaimText, at: number, end: number, n: number): NumberToken[] | null {
  const counts: NumberToken[] = [];
  for (const x of numbersIn(p, at, end)) {
    const prev = counts[counts.length - 1];
    if (!COUNT_UNITS.has(x.unit) || x.approx || (prev ? !COUNT_JOIN.test(p.text.slice(prev.unitEnd, x.start)) : x.start !== at)) break;
    counts.push(x);
    if (counts.length > n) return null;
  }
  return counts.length === n ? counts : null;
}

/**
 * `行政复议、行政诉讼分别为5件、2件`, `新收、办结政府信息公开申请分别是50件、47件`: phrases of `bare` (offsets in `p.text`)
 * listed as `listBefore` reads a list, followed by `RESPECTIVE_OPENER` and exactly one count per phrase (units of
 * `COUNT_UNITS`): each phrase with its count, from the list's start to that count (as `Found`, in the list's order). The
 * phrases so read are taken out of `bare`. A list with more or fewer counts than phrases gives nothing.
 */
function respectiveCounts(p: ClaimText, bare: BarePhrase[], start: number, end: number): Found[] {
  const out: Found[] = [];
  const sorted = bare.filter((g) => g.a >= start && g.b <= end).sort((x, y) => x.a - y.a);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    // (`新收申请、办结申请分别为46件和47件` (brk152 #9): a phrase of the applications may end with their word, 申请, which
    // its anchor leaves out when the count does not follow it.)
    const between = (x: BarePhrase, y: BarePhrase) => (x.anchor.application ? p.text.slice(x.b, y.a).replace(LISTED_APPLICATIONS_WORD, '') : p.text.slice(x.b, y.a));
    const joins = (x: BarePhrase, y: BarePhrase) => (T4_GROUP.test(x.anchor.id) && T4_GROUP.test(y.anchor.id) ? T4_LIST_JOIN : LIST_JOIN).test(between(x, y));
    while (j + 1 < sorted.length && joins(sorted[j], sorted[j + 1])) j++;
    const run = sorted.slice(i, j + 1);
    i = j + 1;
    if (run.length < 2) continue;
    const last = run[run.length - 1];
    const opener = RESPECTIVE_OPENER.exec(p.text.slice(last.b, end));
    if (!opener) continue;
    const counts = countsAt(p, last.b + opener[0].length, end, run.length);
    if (!counts) continue;
    run.forEach((g, k) => out.push({ anchor: g.anchor, from: run[0].a, to: counts[k].unitEnd, number: counts[k], at: g.a, listed: true }));
    for (const g of run) bare.splice(bare.indexOf(g), 1);
  }
  return out;
}

/** A verb of 表二's columns, alone (`制发`, `废止`, `现行有效`): `T2_VERB`'s words without what may follow them. */
const T2_VERB_WORD = /^(?:制发|制定|出台|印发|新制定|新增|新发布|发布|新制作|制作|新公开|废止|失效|现行有效)$/;

/**
 * `制发、废止规范性文件分别为4件、1件`: verbs of 表二's columns listed right before a row's name (`规范性文件`, `规章`) of
 * `bare`, then `RESPECTIVE_OPENER` and one count per verb: each count is that column's of the row (a phrase of its own,
 * `T2.2:made` …, from the first verb to the count). The row's phrase is taken out of `bare`.
 */
function respectiveT2Counts(p: ClaimText, bare: BarePhrase[], start: number, end: number): Found[] {
  const out: Found[] = [];
  for (const g of bare.slice()) {
    const row = g.anchor.t2row;
    if (!row) {
      const decisions = respectiveDecisions(p, g, start, end);
      if (decisions.length) out.push(...decisions), bare.splice(bare.indexOf(g), 1);
      continue;
    }
    const opener = RESPECTIVE_OPENER.exec(p.text.slice(g.b, end));
    if (!opener) continue;
    // The verbs before the row's name, back to the clause's start: `制发、废止`, `制定和废止`.
    const clauseStart = lastIndexOfAny(p.text, '，,；;。：:', g.a, start);
    const head = p.text.slice(clauseStart, g.a).replace(/^(?:全年|本年度?|今年|年内|(?:19|20)\d{2}年度?)?(?:共|累计)?/, '').replace(/(?:的|行政)$/, '');
    const verbs = head.split(/、|和|及|与/);
    if (verbs.length < 2 || !verbs.every((v) => T2_VERB_WORD.test(v))) continue;
    const columns = verbs.map((v) => T2_VERB.find(([re]) => re.test(v))![1]);
    if (new Set(columns).size !== columns.length) continue;
    const counts = countsAt(p, g.b + opener[0].length, end, verbs.length);
    if (!counts) continue;
    const from = p.text.indexOf(verbs[0], clauseStart);
    columns.forEach((c, k) => out.push({ anchor: t2ColumnAnchor(row, c), from, to: counts[k].unitEnd, number: counts[k], at: from, listed: true }));
    bare.splice(bare.indexOf(g), 1);
  }
  return out;
}

/** 表二's rows of decisions named without 决定 in a list before the last one's (`行政许可、行政处罚、行政强制决定`). */
const DECISION_ROWS: Record<string, string> = { 行政许可: 't2:T2.3:decisions', 行政处罚: 't2:T2.5:decisions', 行政强制: 't2:T2.6:decisions' };

/**
 * `作出行政许可、行政处罚、行政强制决定分别为1520件、86件、5件` (helper-210 #7): the rows of decisions named before the bare
 * phrase `g` of the last one (`行政强制决定`), back to the clause's start, then `RESPECTIVE_OPENER` and one count per row:
 * each count is that row's 处理决定数量 (as `Found`, from the first name to the count). Empty unless every item of the
 * list is such a row, each once, with its count.
 */
function respectiveDecisions(p: ClaimText, g: BarePhrase, start: number, end: number): Found[] {
  if (!/^t2:T2\.\d:decisions$/.test(g.anchor.id)) return [];
  const opener = RESPECTIVE_OPENER.exec(p.text.slice(g.b, end));
  if (!opener) return [];
  const clauseStart = lastIndexOfAny(p.text, '，,；;。：:', g.a, start);
  const head = p.text.slice(clauseStart, g.a);
  const m = /((?:行政(?:许可|处罚|强制)(?:、|和|及|与|以及))+)$/.exec(head);
  if (!m) return [];
  const names = m[1].split(/、|和|及|与|以及/).filter(Boolean);
  const ids = [...names.map((n) => DECISION_ROWS[n]), g.anchor.id];
  if (new Set(ids).size !== ids.length) return [];
  const counts = countsAt(p, g.b + opener[0].length, end, ids.length);
  if (!counts) return [];
  const from = clauseStart + m.index;
  return ids.map((id, k) => ({ anchor: ANCHORS.find((a) => a.id === id)!, from, to: counts[k].unitEnd, number: counts[k], at: from, listed: true as const }));
}

/** The phrase of one column of a 表二 row named by a verb of a list (`respectiveT2Counts`), kept per row and column. */
const t2ColumnAnchors = new Map<string, Anchor>();
function t2ColumnAnchor(row: string, column: string): Anchor {
  const id = `t2:${row}:${column}`;
  let a = t2ColumnAnchors.get(id);
  if (!a) t2ColumnAnchors.set(id, (a = { id, re: /(?!)/g, keys: [], readings: [`${row}:${column}`] }));
  return a;
}

/** Between the first count after `EACH_COUNT` and another that makes it one count per phrase (`各3件、2件`). */
const EACH_JOIN = /^\s*(?:、|和|及|与)\s*$/;

/** Between the last phrase of a list and the one count of each (`均为`, `各`, `案件各有`). */
const EACH_COUNT = /(?:各|均)(?:为|是|有|达|计)?[：:]?\s*$/;

/**
 * `行政复议、行政诉讼均为0件`, `新收和办结申请各50件`: a phrase of `found` with its number after it (and `EACH_COUNT`
 * right before the number), after a list of phrases of `bare` (`listBefore`): the same number for each of them (as
 * `Found`, `shared`, from the list's start to the number); the phrase found is marked `shared` and starts there too.
 * The phrases so read are taken out of `bare`.
 */
function eachOfList(p: ClaimText, bare: BarePhrase[], found: Found[], start: number, end: number): Found[] {
  const out: Found[] = [];
  const dropped: Found[] = [];
  for (const f of found) {
    if (f.negated || f.inner || f.part || f.number.start < f.at || !EACH_COUNT.test(p.text.slice(f.at, f.number.start))) continue;
    const list = listBefore(p, bare, f.at, start, f.anchor);
    if (!list.length) continue;
    for (const g of list) bare.splice(bare.indexOf(g), 1);
    // `行政复议、行政诉讼各3件、2件` (helper-218 #6): more counts after the first one, so 各 reads as 分别, one count per
    // phrase in order; with more or fewer counts than phrases, which count is whose cannot be told: none is compared.
    const next = numbersIn(p, f.number.unitEnd, end)[0];
    if (next && COUNT_UNITS.has(next.unit) && EACH_JOIN.test(p.text.slice(f.number.unitEnd, next.start))) {
      const counts = countsAt(p, f.number.start, end, list.length + 1);
      if (!counts) {
        dropped.push(f);
        continue;
      }
      list.forEach((g, k) => out.push({ anchor: g.anchor, from: list[0].a, to: counts[k].unitEnd, number: counts[k], at: g.a, listed: true }));
      const last = counts[counts.length - 1];
      f.from = list[0].a;
      f.number = last;
      f.to = last.unitEnd;
      f.listed = true;
      continue;
    }
    for (const g of list) out.push({ anchor: g.anchor, from: list[0].a, to: f.to, number: f.number, at: g.a, shared: true, listed: true });
    f.from = list[0].a;
    f.shared = true;
    f.listed = true;
  }
  for (const f of dropped) found.splice(found.indexOf(f), 1);
  return out;
}

/** The table a quantity id belongs to (`T4:G1` → t4, `T2.3:decisions` → t2, else t3). */
function tableOfId(id: string): string {
  return id.startsWith('T4:') ? 't4' : id.startsWith('T2.') ? 't2' : 't3';
}

/** The anchor of 部分公开 alone. */
const PARTIAL = ANCHORS.find((a) => a.id === 'partial')!;

/**
 * The 部分公开 count inside a `granted+partial` phrase that includes it in parentheses (`予以公开（含部分公开7件）`,
 * `予以公开（其中部分公开的7件）`), matched as `phrase` at `at`: where 部分公开 starts and its count, or null when the
 * parenthesis holds no exact count.
 */
function innerPartial(p: ClaimText, phrase: string, at: number): { from: number; number: NumberToken } | null {
  const q = phrase.indexOf('部分公开');
  if (q < 0) return null;
  const close = Math.max(phrase.lastIndexOf('）'), phrase.lastIndexOf(')'));
  const number = numberAfter(p, at + q + 4, at + close);
  if (!number || number.unitEnd > at + close || !COUNT_UNITS.has(number.unit) || number.approx || number.decimals) return null;
  return { from: at + q, number };
}

/** A joined pair of 办理结果 (`予以公开、部分公开`), as opposed to one that includes the other in parentheses. */
const JOINED = /^[^（(]*$/;

/** Whether a count (`24件`, `24件的`) ends right at `pos` (not before `limit`). */
function countEndsAt(p: { text: string }, pos: number, limit: number): boolean {
  const nums = numbersIn(p, Math.max(limit, pos - 16), pos);
  const n = nums[nums.length - 1];
  return Boolean(n && COUNT_UNITS.has(n.unit) && /^的?$/.test(p.text.slice(n.unitEnd, pos)));
}

/** Whether what follows a 予以公开 count at `pos` says it includes 部分公开 (`30件（含部分公开6件）`, `30件，其中部分公开6件`). */
function includesPartial(t: string, pos: number): boolean {
  return /^(?:[（(]|[，,]?(?=其中|含|包括))(?:其中|含有?|包括)(?:了)?部分公开/.test(t.slice(pos, pos + 10));
}

/**
 * The count right before a phrase at `pos` (not before `limit`) that it counts, with only `BETWEEN_BEFORE`'s words
 * between (`1 件涉及政府信息公开工作的行政复议`); with `reason`, also a clause giving why
 * (`另有3件申请因尚在法定答复期限内，结转下年度继续办理`: `REASON_BEFORE`). Null when there is none.
 */
function numberBefore(p: { text: string }, pos: number, limit: number, reason = false): NumberToken | null {
  const nums = numbersIn(p, Math.max(limit, pos - 30), pos);
  const n = nums[nums.length - 1];
  if (!n || n.unitEnd > pos) return null;
  const between = p.text.slice(n.unitEnd, pos);
  return BETWEEN_BEFORE.test(between) || (reason && REASON_BEFORE.test(between)) ? n : null;
}

/**
 * A clause giving why some applications are still pending, between their count and `结转下年度` (`申请因尚在法定答复期限内，`;
 * without the comma too: `另有3件因在法定答复期内结转至2024年办理`, brk134 #2).
 */
const REASON_BEFORE = /^(?:申请|的申请)?(?:因|由于|因为)[^，,；;。\d]{1,20}[，,]?$/;


/**
 * Whether the sentence counts 上年结转 apart from the applications received by `f` (`收到申请15件，上年结转1件`,
 * `上年结转1件，本年收到15件`): the received count is then 新收 alone, not 新收 + 上年结转. Not apart when 结转 is a part
 * of it (`其中上年结转1件`, `（含上年结转1件）`, `上年结转1件，共受理16件`) or the sentence also names 新收 (`共受理16件，
 * 上年结转1件，新收15件`: the received count is the total). `found` are the sentence's phrases with their numbers,
 * offsets in `t`; `sStart` is where the sentence starts.
 */
function carriedApart(t: string, found: { anchor: Anchor; from: number; to: number; negated?: boolean }[], f: { from: number; to: number }, sStart: number): boolean {
  if (found.some((g) => g.anchor.id === 'new' && !g.negated)) return false;
  return found.some((g) => {
    if (g.anchor.id !== 'carried' || g.negated || inIncludes(t, g.from, sStart)) return false;
    if (g.from >= f.to) return !/其中|含|包括/.test(t.slice(f.to, g.from));
    if (g.to <= f.from) return !/共|合计|总计|累计|含|包括/.test(t.slice(g.to, f.from));
    return false;
  });
}

/**
 * Whether the sentence splits the applications received by `f` into 新收 and 上年结转 right after it (`受理552件，其中新收
 * 539件，上年结转14件`, `收到申请553件（其中本年新收539件、上年结转14件）`): the received count is then 新收 + 上年结转,
 * not 新收 alone. Both phrases must follow `其中`, `含` or `包括` after `f` with no `；` between. `found` are the
 * sentence's phrases with their numbers, offsets in `t`.
 */
function splitIntoNewAndCarried(t: string, found: { anchor: Anchor; from: number; to: number; negated?: boolean }[], f: { from: number; to: number }): boolean {
  const after = (id: string) => found.find((g) => g.anchor.id === id && !g.negated && g.from >= f.to);
  const [fresh, carried] = [after('new'), after('carried')];
  if (!fresh || !carried) return false;
  const first = Math.min(fresh.from, carried.from), last = Math.max(fresh.to, carried.to);
  return /其中|含|包括/.test(t.slice(f.to, first)) && !/[；;。]/.test(t.slice(f.to, last));
}

/**
 * Whether the phrase `f` is an item of a list that splits a count of the new applications right before it in its
 * sentence (`新收政府信息公开申请177件，其中自然人申请167件，法人或其他组织申请11件`, `本年新收申请46件（自然人申请38件、…）`):
 * the last phrase before `f` that is no applicant column is that 新收 count, followed by `其中`, `包括` or `（`, with no
 * `；` or `。` between. `found` are the sentence's phrases with their numbers, offsets in `t`.
 */
function splitOfNew(t: string, found: { anchor: Anchor; from: number; to: number; negated?: boolean }[], f: { from: number; to: number }): boolean {
  return splitOf(t, found, f, ['new']);
}

/**
 * Whether phrase `f` is a term of a split (`其中`, `包括`, a bracket) of the count before it in its sentence, that count's
 * anchor one of `ids` (`new`: `新收申请177件，其中自然人申请167件`; `concluded`: `办结47件（其中自然人41件…）`).
 */
function splitOf(t: string, found: { anchor: Anchor; from: number; to: number; negated?: boolean }[], f: { from: number; to: number }, ids: readonly string[]): boolean {
  return splitWhole(t, found, f, ids) !== undefined;
}

/** The count that phrase `f` is a term of a split of (see `splitOf`), its anchor one of `ids`; undefined when none. */
function splitWhole<G extends { anchor: Anchor; from: number; to: number; negated?: boolean }>(t: string, found: G[], f: { from: number; to: number }, ids: readonly string[]): G | undefined {
  const whole = found.filter((g) => g.to <= f.from && !isColumn(g.anchor.id)).sort((x, y) => x.to - y.to).pop();
  if (!whole || !ids.includes(whole.anchor.id) || whole.negated) return undefined;
  const gap = t.slice(whole.to, f.from);
  // (Or a clause naming it what the next ones count among, `办结的47件申请中，自然人41件`, or by applicant, `已办结47件，从申请
  // 主体看，自然人41件`: helper-220 #6; or with that name written as a heading, `已办结47件，申请人类型：自然人41件`: brk117 #4.)
  return /其中|包括|[（(]|中[，,：:]|(?:从|按)申请(?:主体|人)(?:类型)?(?:来)?(?:看|分)|申请(?:主体|人)(?:类型|类别)?[：:]/.test(gap) && !/[；;。]/.test(gap) ? whole : undefined;
}

/**
 * Whether phrase `g` is the carried-over count of a note right after a count received saying it includes last year's
 * (`收到申请48件（含上年结转2件）`: `上年结转2件`), a part of that count rather than a count of its own.
 */
function inCarriedNote(t: string, found: { anchor: Anchor; from: number; to: number; number: NumberToken }[], g: { anchor: Anchor; from: number; to: number }): boolean {
  if (g.anchor.id !== 'carried') return false;
  const prev = found.filter((h) => h.to <= g.from).sort((x, y) => x.to - y.to).pop();
  return !!prev && prev.anchor.id === 'received' && RECEIVED_WITH_CARRIED.test(t.slice(prev.number.unitEnd, prev.number.unitEnd + 12)) && g.from - prev.number.unitEnd <= 12;
}

/**
 * A clause opening the clause chain of phrase `f` that names the applications concluded, with no count
 * (`办结的申请中，`, `在已办结的申请中，`, `已答复的政府信息公开申请中，`): the phrases between it and `f` must be applicant
 * columns too (`…，自然人提出的41件，法人或其他组织提出的6件`), no other part named between. Within the sentence from `floor`.
 */
function amongConcluded(t: string, found: { anchor: Anchor; from: number; to: number }[], f: { from: number }, floor: number): boolean {
  const chain = lastIndexOfAny(t, '；;。', f.from, floor);
  const m = AMONG_CONCLUDED.exec(t.slice(chain, f.from));
  if (!m) return false;
  const open = chain + m[0].length;
  if (/[（(]|其中|中[，,：:]/.test(t.slice(open, f.from))) return false;
  return found.every((g) => g.from < open || g.from >= f.from || isColumn(g.anchor.id));
}
/**
 * Whether phrase `f` follows a clause naming the new applications with no count, which its count is among
 * (`其中本年新收的申请中，自然人40件、商业企业3件`, `其中新收申请中自然人申请40件`): the phrases between it and `f` must be
 * applicant columns too, no other part named between (`上年结转的申请中`, a bracket). Within the clause chain from `floor`.
 */
function amongNew(t: string, found: { anchor: Anchor; from: number }[], f: { from: number }, floor: number): boolean {
  const chain = lastIndexOfAny(t, '；;。', f.from, floor);
  let last: RegExpExecArray | undefined;
  for (const m of t.slice(chain, f.from).matchAll(AMONG_NEW)) last = m;
  if (!last) return false;
  // (`上年结转和本年新收的申请中` is both: no split of the new alone.)
  if (/[和及与、]$/.test(t.slice(chain, chain + last.index))) return false;
  const open = chain + last.index + last[0].length;
  if (/结转|[（(]|中[，,：:]/.test(t.slice(open, f.from))) return false;
  return found.every((g) => g.from < open || g.from >= f.from || isColumn(g.anchor.id));
}
/** See `amongNew`. */
const AMONG_NEW = /(?:本年度?|全年|今年|当年)?(?:新收|新受理|新接收)(?:到)?的?(?:政府信息公开|信息公开)?申请(?:中|里|当中)[，,：:]?/g;
/** See `amongConcluded`. */
const AMONG_CONCLUDED = /^(?:另外|此外)?[，,]?(?:在|从|对)?(?:本年度?|全年|今年|上述)?(?:已经?)?(?:办结|答复|办理完毕|办理完成|处理完毕|答复完毕)(?:了)?的(?:全部|所有)?(?:政府信息公开|信息公开)?申请(?:中|里|当中)[，,：:]/;

/**
 * What makes a 行政复议/行政诉讼 count another one than 表四's (helper-210 #3): the body deciding cases as the 复议机关
 * (`本局作为行政复议机关`, `复议机构`), all kinds or the others (`各类行政复议案件`, `其他行政诉讼`), bodies under it
 * (`下属单位`, `局属单位`, `所属单位`, `直属单位`), the whole system's (`全系统`), or cases not about 政府信息公开
 * (`非政府信息公开类`, `不属于政府信息公开类`); a body that handles 行政复议 cases (`我局共办理行政复议案件200件`, `审理复议
 * 案件`: the review body's work, brk86 #6), and what the same words count after it (`…，行政应诉案件35件`).
 */
const OTHER_CASES = /作为(?:行政)?复议机关|复议机构|(?:办理|审理|办结)了?(?:行政)?复议(?:案件|申请)|(?:各类|其他的?)(?:行政)?(?:复议|诉讼|应诉)|(?:下|局|所|直|委|厅|办)属单位|全系统|系统内|非政府信息公开|不属于政府信息公开/;

/** A count over several years: `近三年`, `近5年`, `三年来`, `五年间`, `近年来`, a span of years (`2022—2024年`; helper-218 #3). */
const SEVERAL_YEARS = /近(?:[二两三四五六七八九十]|\d{1,2})年|(?:[二两三四五六七八九十]|\d{1,2})年(?:来|间|以来)|近年来|(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*(?:19|20)?\d{2}\s*年/;

/** Whether `pos` lies inside a `（含…）` / `（包括…）` parenthesis of the sentence. */
function inIncludes(t: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= Math.max(floor, pos - PARENTHESIS_REACH); i--) {
    if (t[i] === '）' || t[i] === ')') return false;
    if (t[i] === '（' || t[i] === '(') return /^[（(](?:含|包括|其中)/.test(t.slice(i, i + 3));
  }
  return false;
}
