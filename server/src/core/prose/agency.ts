import type { Report } from '../model/build.js';
import { chineseNumeral, YEAR_SOURCE } from '../text/normalize.js';
import { markupLines } from '../model/year.js';

/** The agency a report is written by, as far as the text says. */
export interface Agency {
  /** The name as written (`淮安市洪泽区人民政府`, `沭阳县发展和改革局`). */
  name: string;
  /**
   * `government`: a people's government's report (county level and up), whose tables cover the whole area
   * (全区, 全市); `department`: a department's or office's own report, whose tables cover that body only.
   */
  kind: 'government' | 'department';
  /** Comparison key: NFKC, no white space or parentheses, without a trailing `人民政府`/`政府`. */
  key: string;
}

/** The report year in a title, in digits or Chinese numerals (`2024年度`, `二〇二四年`). */
const TITLE_YEAR = new RegExp(`${YEAR_SOURCE}年度?`);
/** The introduction's name for the report: `发布…某某局2020年政府信息公开…` (the agency is the first group). */
const INTRO_NAME = new RegExp(String.raw`(?:发布|公布|现将|向社会公布)([\u4e00-\u9fff()]{2,30}?)${YEAR_SOURCE}年度?(?:政府信息公开|政务公开)`);
const REPORT_WORDS = /(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度)?(?:报告|年报)$/;
/**
 * How an agency's name ends: a government or one of its bodies, or a public institution that publishes such a report
 * too (a school, `某某市第十二中学`, `某某县实验小学`, `某某大学`; a hospital, `某某市人民医院`, `某某镇卫生院`; a centre,
 * a library or museum; a public enterprise, 公共企事业单位 (`某某市供水有限公司`, `某某市公共交通集团有限公司`), whose report
 * covers the company alone: a single body's, as a department's is, brk140 #4).
 */
const AGENCY_SUFFIX = /(?:人民政府|政府|办公室|办公厅|局|委员会|委|厅|办|中心|院|署|会|处|所|站|部|队|管委会|街道|镇|乡|县|市|区|州|盟|旗|省|学校|中学|小学|大学|幼儿园|图书馆|博物馆|文化馆|纪念馆|档案馆|美术馆|科技馆|公司|集团)$/;

function clean(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/\((?:以下简称|下称)[^)]*\)/g, '')
    .replace(/^(?:#+|正文|标题:|关于)/, '')
    .replace(/^[:：,，。、]+|[:：,，。、]+$/g, '');
}

/** Reads the agency from the title, else the introduction (`发布X2020年…年度报告`), else the signature. */
export function agencyOf(report: Report): Agency | null {
  // Asked by the claims and by the CLI's search for last year's report: read once per report.
  let a = agencies.get(report);
  if (a === undefined) agencies.set(report, (a = readAgency(report)));
  return a;
}

const agencies = new WeakMap<Report, Agency | null>();

function readAgency(report: Report): Agency | null {
  const candidates: string[] = [];
  if (report.title) {
    let t = clean(report.title.text).replace(/-.*$/, '');
    const y = TITLE_YEAR.exec(t);
    if (y) {
      const before = t.slice(0, y.index);
      const after = t.slice(y.index + y[0].length).replace(REPORT_WORDS, '');
      t = before || after;
    } else t = t.replace(REPORT_WORDS, '');
    candidates.push(t);
  }
  // The introduction names the agency before the year: `发布河东区人民政府办公室2020年政府信息公开工作年度报告`.
  const introEnd = Math.min(report.lines.lineCount, report.headings.find((h) => h.level === 1)?.line ?? 30, 40);
  // (Its lines with their endings, read from the lines: the whole text is not needed for them.)
  const { lines } = report;
  const intro = clean(introEnd > 0 ? lines.linesText(0, introEnd) + (introEnd < lines.lineCount ? lines.eol(introEnd - 1) : '') : '');
  const m = INTRO_NAME.exec(intro);
  if (m) candidates.push(clean(m[1]));
  // The signature: the short line just above the date at the end.
  const sig = report.extras.dates.find((d) => d.kind === 'signature');
  if (sig) {
    // On a web page, the lines it shows (`<p style="text-align:right">某某局<br>2024年1月20日</p>`, brk139 #3): the
    // agency may stand before the date on the same line of markup.
    const shown = (i: number) => markupLines(report.lines.line(i))?.map((p) => p.text);
    const sameLine = markupLines(report.lines.line(sig.range.start.line))?.filter((p) => p.end <= sig.range.start.character).at(-1);
    for (let i = sig.range.start.line - (sameLine ? 0 : 1); i >= Math.max(0, sig.range.start.line - 4); i--) {
      const t = clean(i === sig.range.start.line ? sameLine!.text : shown(i)?.at(-1) ?? report.lines.line(i));
      if (!t) continue;
      if (t.length <= 30 && /^[\u4e00-\u9fffA-Za-z0-9()]+$/.test(t) && /[\u4e00-\u9fff]/.test(t)) candidates.push(t);
      break;
    }
  }
  for (const c of candidates) {
    const name = c.replace(/\([^)]*\)/g, '');
    // Digits stand in some names (`第7中学`, `桐江市第7局`; full-width ones are made ASCII by NFKC above), and Latin
    // letters in a name kept out of a sample (`XX市第十二中学`).
    if (name.length < 2 || !AGENCY_SUFFIX.test(name) || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(name) || (name.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) continue;
    const kind = /(?:人民政府|[^办]政府|[县市区州盟旗省])$/.test(name) ? 'government' : 'department';
    return { name, kind, key: agencyKey(name) };
  }
  return null;
}

/**
 * What the 条例 makes of an agency (templates.md §1; the one classification of bodies, used for the publication
 * deadline by date-late):
 * - `government`: a people's government (`agency.kind` `government`): 县级以上地方人民政府, due by 3月31日 (第四十九条);
 * - `department`: clearly a 县级以上人民政府部门, due by 1月31日 (第四十九条): see `clearDepartment`;
 * - `public-body`: a 公共企事业单位 (第五十五条; 2008《条例》第三十七条), bound by its sector's rules, not by a deadline of
 *   the 条例: see `publicBody`;
 * - `other`: any other body, or none read: its deadline is not clear (a government's own office, which signs the
 *   government's report; a township's or street office's body; a development zone's 管委会; a centre, 事业单位 such as
 *   `某某区国有资产管理中心`; a party, 人大 or 政协 body), checked against the later date, 3月31日, not to over-report.
 * Read from the head noun, the end of the name: `某某市国有资产监督管理委员会` is a 委员会 (a department: 国有 or 企业
 * in a name does not make an enterprise), `某某市教育局` a 局, `某某市学校后勤管理中心` a centre, and only a name ending
 * in 公司, 学校, 医院… is a public enterprise or institution.
 */
export type AgencyRole = 'government' | 'department' | 'public-body' | 'other';

export function agencyRole(agency: Agency | null): AgencyRole {
  if (agency === null) return 'other';
  if (agency.kind === 'government') return 'government';
  if (publicBody(agency.name)) return 'public-body';
  return clearDepartment(agency.name) ? 'department' : 'other';
}

/**
 * A department in the 条例's sense (县级以上人民政府部门, due by 1月31日): a name whose head noun is a department's (`局`,
 * `委员会`, `委`, `厅`, `署`, or a State Council ministry's `部`), of no government's own office (`人民政府办公厅`
 * publishes the government's report, due by 3月31日), no township, street or development-zone body (its deadline is
 * set locally) and no party, 人大 or 政协 body (none a 人民政府部门).
 */
function clearDepartment(name: string): boolean {
  return (/(?:局|委员会|委|厅|署)$/.test(name) || stateCouncilMinistry(name))
    && !/政府办公室|政府办公厅|办事处|街道|[乡镇]人民政府/.test(name) && !ZONE_COMMITTEE.test(name) && !NOT_GOVERNMENT.test(name);
}

/**
 * A development zone's (or scenic area's, port's, new town's…) 管委会 or a body under it: `某某经济技术开发区管理委员会`,
 * `某某高新区管委会`, `某某风景名胜区管理委员会`, `某某工业园管委会经济发展局`. `管理委员会` after a zone's word, or
 * `管委会`; not a department whose name ends in `…管理委员会` (`某某市国有资产监督管理委员会`, 国资委;
 * `某某市城市管理委员会`, `某某市住房和城乡建设管理委员会`; brk162 #3).
 */
const ZONE_COMMITTEE = /管委会|(?:[区园港岛]|新城|农场|林场|垦区)管理委员会/;
/**
 * A party committee's body (`中共某某县委`, `某某市委`, `某某市纪律检查委员会`), a 监察委员会, a 人大 or 政协 body
 * (`某某市人大常委会办公厅`, `某某市人民代表大会常务委员会`): not a 人民政府部门. (A State Council ministry's `部` is read
 * apart, `stateCouncilMinistry`.)
 */
const NOT_GOVERNMENT = /^(?:中共|中国共产党)|党委|党组|纪律检查委员会|纪委|监察委员会|监委|人民代表大会|人大|政治协商|政协|[省市县区州盟旗]委$/;

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
 * `某某供电公司`, `某某市公共交通集团有限公司`) or a school or hospital (教育、卫生健康 are named in the article), by
 * its head noun only (`某某市医院管理局`, `某某市乡镇企业局` are departments). Its disclosure follows the laws and the
 * rules of its sector's State Council authority, not 第四十九条, whose deadlines bind 县级以上人民政府部门 (1月31日)
 * and 县级以上地方人民政府 (3月31日): no deadline of the 条例 is its (a sector's own may differ, a university's report
 * is due by the end of October, 《高等学校信息公开办法》), brk140 #4.
 */
function publicBody(name: string): boolean {
  return /(?:公司|集团|学校|中学|小学|大学|学院|幼儿园|医院|卫生院)$/.test(name);
}

/** Comparison key of an agency name. */
export function agencyKey(name: string): string {
  return clean(name).replace(/\([^)]*\)/g, '').replace(/(?:人民政府|政府)$/, '')
    // An ordinal in the name reads alike in digits and in Chinese (`第2稽查局`, `第二稽查局`).
    .replace(/第([一二三四五六七八九十百]{1,4})/g, (all, n: string) => (Number.isNaN(chineseNumeral(n)) ? all : `第${chineseNumeral(n)}`));
}

/**
 * Whether two agency names name the same body: equal keys, or one key ends with the other
 * (`淮安市洪泽区人民政府` and `洪泽区人民政府`). `上海市人民政府` and `上海市人民政府办公厅` differ.
 */
export function sameAgency(a: Agency, b: Agency): boolean {
  if (a.kind !== b.kind) return false;
  if (a.key === b.key) return true;
  const [s, l] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  return s.length >= 2 && l.endsWith(s) && /[县市区州盟旗省]$|局$|委$|办$|厅$|中心$/.test(s);
}

/**
 * Whether two agency names clearly name different bodies (`临川县市场监督管理局` and `平江县财政局`): not `sameAgency`,
 * and neither may be the other written short. Written short: the shorter key's characters stand in order in the
 * longer one (`发改局` in `发展和改革局`, `市场监管局` in `市场监督管理局`, `县政府办` in `县人民政府办公室`) and the
 * characters skipped after the first one matched name no place (`淮安市财政局` and `淮安市清江浦区财政局` differ) and no
 * branch follows them (`淮安市生态环境局` and `淮安市生态环境局清江浦分局` differ), or one is a
 * people's government and the other its 办公室/办公厅 (which signs the government's report: `某某县` and
 * `某某县人民政府办公室`, `淮安市洪泽区人民政府` and `洪泽区政府办`). Looser than `sameAgency`: a file the user names as last year's
 * (`--previous`) is refused only on this, and the search for last year's report (`bestPreviousByKey`) takes a file
 * of the same kind only when this is false.
 */
export function differentAgencies(a: Agency, b: Agency): boolean {
  if (sameAgency(a, b)) return false;
  if (a.kind !== b.kind) {
    const [gov, dept] = a.kind === 'government' ? [a, b] : [b, a];
    const place = /^(.{2,}?)(?:人民)?政府办(?:公室|公厅)?$/.exec(dept.key)?.[1];
    return !place || !(place === gov.key || place.endsWith(gov.key) || gov.key.endsWith(place));
  }
  const [s, l] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  let i = 0;
  /** The characters of the longer name skipped since the last one matched (after the first match). */
  let skipped = '';
  for (const ch of l) {
    if (i < s.length && ch === s[i]) {
      // A place of its own inside the longer name, between characters of the shorter one, is a lower-level body
      // (`淮安市清江浦区财政局` against `淮安市财政局`), not a short form; a place only before them is the same
      // body with its higher level written out (`淮安市洪泽区财政局`, `洪泽区财政局`).
      if (i > 0 && insertsPlace(skipped)) return true;
      i++;
      skipped = '';
    } else if (i > 0) skipped += ch;
  }
  // What the longer name adds after the shorter one's last character: a place, or a branch of the body
  // (`淮安市生态环境局清江浦分局` against `淮安市生态环境局`); a short form drops a tail (`县政府办` for
  // `县人民政府办公室`) but never adds a branch.
  // Or a unit of the body (`淮安市财政局国库支付中心`, `某某市教育局机关服务中心`, `某某局办公室`: a 中心, 所, 站, 队, 院…
  // under it, which publishes its own report; brk89 #2), not the end of a word the shorter name cut short (`县政府办`
  // for `县人民政府办公室`, `发改委` for `发展和改革委员会`).
  return i < s.length || insertsPlace(skipped) || BRANCH_TAIL.test(skipped) || unitTail(skipped);
}

/** How the name of a unit under a body ends (`国库支付中心`, `机关服务中心`, `某某所`, `某某站`, `办公室`). */
const UNIT_TAIL = /(?:中心|所|站|队|院|办公室|馆|处|科|室|团|场|台)$/;
/** The end of a word a short name cuts (`办` of `办公室`, `委` of `委员会`, `厅` of `办公厅`): no unit's name. */
const WORD_REST = /^(?:公室|公厅|员会)/;

/**
 * Whether what a longer agency name adds after the last character of a shorter one (`differentAgencies`) names a
 * unit under the shorter one's body: two characters or more, ending as a unit's name does (`UNIT_TAIL`), not the
 * rest of a word the shorter name cut (`WORD_REST`).
 */
function unitTail(tail: string): boolean {
  return tail.length >= 2 && UNIT_TAIL.test(tail) && !WORD_REST.test(tail);
}

/** How the name of a body's branch or unit ends (`清江浦分局`, `城区中队`, `某某派出所`). */
const BRANCH_TAIL = /(?:分局|分院|分中心|分会|分所|分站|分队|支队|大队|中队|派出所)$/;

/**
 * Whether characters of a longer agency name that a shorter one skips (see `differentAgencies`) hold a place below
 * another (`清江浦区`, `某某区人民`, `某某镇`, `某某街道`): a character followed by an administrative division's suffix,
 * words that merely contain one aside (`住房和城乡建设局` written `住建局` skips `房和城乡`). Written short, a body's
 * name drops single characters and words (`发展和改革局` → `发改局`, `人民政府办公室` → `政府办`), never a whole place.
 */
function insertsPlace(skipped: string): boolean {
  return /[\u4e00-\u9fff](?:[区县市州盟旗镇乡]|街道)/u.test(skipped.replace(/城乡|城市|城镇|乡镇|社区/g, ''));
}

