import type { Range, YearEvidence } from '../types.js';
import type { LineIndex } from '../text/lines.js';
import { isSpace, monthDay, YEAR_SOURCE, yearDigits } from '../text/normalize.js';
import { charFinder } from '../text/search.js';
import { commentsAndTags } from '../text/comments.js';
import { linesFoundIn } from './segments.js';
import type { ContentsSpan } from '../parse/contents.js';
import { readHtmlLine, SPACE_ENTITY } from '../parse/html.js';
import { isLeftoverAboveTitle } from '../parse/page-meta.js';

/**
 * How notes name the places a report's year is read from (`YearEvidence.source`), zh and en: `year-mismatch`'s
 * messages and the notes on last year's report whose own years disagree (`namedYearsText`).
 */
export const YEAR_SOURCE_NAMES: Record<YearEvidence['source'], [string, string]> = {
  title: ['标题', 'the title'],
  'self-reference': ['引言中的报告名称', 'the introduction'],
  period: ['统计期限', 'the statistics period'],
  signature: ['落款日期', 'the signature date'],
  override: ['指定的年度', 'the given year'],
  cover: ['汇编的封面标题', "the compilation's cover title"],
};

/** A date written in the text (signature, 发布日期), with where it stands. */
export interface WrittenDate {
  year: number;
  month: number;
  day: number;
  kind: 'signature' | 'published';
  range: Range;
  raw: string;
  /**
   * A signature or publication date whose year lost or gained a digit (`202年1月20日`): `year` is the number as written,
   * no evidence of the report year; date-invalid says so.
   */
  garbled?: true;
  /**
   * A signature date that lost the digits of its month or day, or both (`2025年1月日`, `2025年月20日`: nothing between
   * 年 and 月 or 月 and 日; with a space there it is a blank date field, placeholder-left's): the parts lost are 0 in
   * `month` and `day`. The year is as written (evidence of the report year); date-invalid says what was lost, and the
   * checks of the year and of the month still apply (`wholeDates`).
   */
  lost?: 'month' | 'day' | 'month-day';
}

/**
 * Whether written date `d` is a calendar date, or one whose month or day was lost (`WrittenDate.lost`) with what is
 * left possible (a month of 1–12 where it is there): checks of its year, or of its month, apply to it.
 */
export function plausibleDate(d: Pick<WrittenDate, 'year' | 'month' | 'day' | 'lost'>): boolean {
  if (!d.lost) return isCalendarDate(d.year, d.month, d.day);
  return d.lost === 'day' ? d.month >= 1 && d.month <= 12 : d.lost === 'month' ? d.day >= 1 && d.day <= 31 : true;
}

export interface YearFindings {
  year: number | null;
  evidence: YearEvidence[];
  title: { text: string; range: Range } | null;
  dates: WrittenDate[];
  /** Title-like lines that name two different years (a comparison, not one report). */
  ambiguous: boolean;
  /**
   * How `year` was decided when the title, the introduction and the statistics period name different years
   * (`decideYear`); null when they agree, when none names a year, or when the title is ambiguous. `year-mismatch`
   * reports the evidence that differs from `decision.year`.
   */
  decision: YearDecision | null;
}

/** Days in each month of a leap year. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `year`-`month`-`day` (month 1–12) is a day of the Gregorian calendar: `2025年2月30日` and `2023年2月29日`
 * are not, `2024年2月29日` is. A date that is not cannot be early or late: the date rules judge it as not a date.
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !leap ? 28 : MONTH_DAYS[month - 1]);
}

/**
 * The year `decideYear` settled on and what decided it (`votes`: most evidence; `signature`, `prose`: a tie broken by
 * the signature date or the years the prose names; `title`: neither, the title's year; `dated`: one source alone named
 * a year that the signature date and the body's years both contradict, `overruledByDate`).
 */
export interface YearDecision {
  year: number;
  by: 'votes' | 'signature' | 'prose' | 'title' | 'dated';
  /**
   * On a tie: the tied year the body names more often than each other one, when it is not `year` (the body then
   * agrees with the evidence that lost, which the finding says). Absent otherwise.
   */
  bodyYear?: number;
}

// The year may be written in Chinese numerals (`二〇二四年政府信息公开工作年度报告`), as titles sometimes are.
const SELF_REF = new RegExp(String.raw`(${YEAR_SOURCE})\s*年\s*度?\s*(?:[^\d。，,；;、\s]{0,20}?)(?:政府信息公开|政务公开|信息公开)[^。，,；;]{0,12}?(?:年度报告|年报)`, 'g');
/**
 * The introduction announcing the report by another name than `…年度报告` (`现将2023年度政府信息公开工作情况报告如下`,
 * `现将本机关2024年政务公开工作报告如下`, `特将…工作情况报告公布如下`), or `本报告` saying what it covers
 * (`本报告总结了2024年度本机关政府信息公开工作情况`): the year named is the report's own. No digit stands between the
 * opening words and the year or between the year and the words after it, so a sentence naming two years (a comparison)
 * gives none; nor does a `报告` named before the announcing one (`现将2023年度报告中提出问题的整改情况报告如下`).
 */
const INTRO_SELF_REF = new RegExp(
  String.raw`(?:(?:现将|现就|特将|兹将)(?:(?!报告)[^\d。，,；;！？]){0,30}?(${YEAR_SOURCE})\s*年\s*度?(?:(?!报告)[^\d。，,；;！？]){0,30}?(?:政府信息公开|政务公开|信息公开|工作)(?:(?!报告)[^\d。，,；;！？]){0,12}?(?:报告|年报)(?:[^\d。，,；;！？]{0,8}?)(?:如下|向社会公布|予以公布|予以公开|公布|发布)` +
  String.raw`|本(?:年度)?报告(?:是|为|系|(?:全面)?(?:总结|反映|介绍|汇报|记录|涵盖|回顾|说明)了?)(?:(?!报告)[^\d。，,；;！？]){0,20}?(${YEAR_SOURCE})\s*年\s*度?(?:(?!报告)[^\d。，,；;！？]){0,20}?(?:政府信息公开|政务公开)(?:(?!报告)[^\d。，,；;！？]){0,8}?(?:工作|情况))`,
  'g');
/** After a report's name: the word that makes it a compilation's (`…年度报告汇编`, `…年报合集`). */
const COVER_AFTER = /^\s*(?:\*\*)?\s*(?:汇编|合集|选编|汇总)/;
/** A Markdown bullet list item: `-`, `*` or `+` and a space at the start of the line. */
const LIST_ITEM = /^[ \t]*[-*+][ \t]+\S/;

/** A year of 1900–2099 in a title, in digits or Chinese numerals, followed by 年. */
const TITLE_YEAR = new RegExp(String.raw`(?<![\d０-９〇○零一二三四五六七八九])${YEAR_SOURCE}(?=\s*年)`, 'g');
/**
 * The years of a title that name a report year: not one opening a date (`（2025年1月20日发布）`, `2025年1月修订`): a report
 * is published, revised or dated after its year, and such a date names no report year (brk182 #4).
 */
export const TITLE_DATE_AFTER = /^\s*年\s*(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]|元)\s*月\s*(?:(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日|[^）)]{0,4}?(?:发布|印发|公布|修订|修改|更新))/;
function titleYears(text: string): string[] {
  return [...text.matchAll(TITLE_YEAR)].filter((m) => !TITLE_DATE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))).map((m) => m[0]);
}
// Dates in ASCII or full-width digits or Chinese numerals (`二〇二三年一月一日起至二〇二三年十二月三十一日止`), a comma
// allowed before 至 (`自2018年1月1日起，至2018年12月31日止`).
const PERIOD = new RegExp(String.raw`(?:(?:统计期限|统计时限|统计期|统计时间|统计周期|数据统计)[^。；;\d〇○零一二]{0,16}?)?(${YEAR_SOURCE})\s*年\s*(?:1|１|一|元)\s*月\s*(?:1|１|一)\s*日\s*(?:起)?\s*[,，、]?\s*(?:至|到|—|－|-|~|～)\s*(?:(${YEAR_SOURCE})\s*年\s*)?(?:12|１２|十二)\s*月\s*(?:31|３１|三十一)\s*日`, 'g');
/**
 * A signature date alone on its line, in ASCII or full-width digits or Chinese numerals (`2024年1月31日`,
 * `２０２４年１月３１日`, `二〇二四年一月三十一日`, `二O二四年一月三十一日`); see also `DATE_LINE_NUMERIC`.
 */
const DATE_LINE = new RegExp(String.raw`^\s*(${YEAR_SOURCE})\s*年\s*([0-9０-９]{1,2}|[元一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,4})\s*日\s*[。.]?\s*$`);
/** A signature date in numbers alone on its line, its parts joined by one separator (`2024-01-20`, `2024.01.20`, `2024/1/20`). */
const DATE_LINE_NUMERIC = /^\s*((?:19|20)\d{2}|(?:１９|２０)[０-９]{2})\s*([-./／．－])\s*([0-9０-９]{1,2})\s*\2\s*([0-9０-９]{1,2})\s*[。]?\s*$/;
/**
 * A signature date alone on its line whose month or day (or both) lost its digits, nothing between 年 and 月 or 月
 * and 日 (`2025年1月日`, `2025年月20日`; see `WrittenDate.lost`): year, month, day as `DATE_LINE`'s, a lost part undefined.
 */
const LOST_DATE_LINE = new RegExp(String.raw`^\s*(${YEAR_SOURCE})\s*年(?:\s*([0-9０-９]{1,2}|[元一二三四五六七八九十]{1,3})\s*)?月(?:\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,4})\s*)?日\s*[。.]?\s*$`);
/** A signature date alone on its line with a year of other than four digits (`202年1月20日`, `20245年1月20日`). */
const GARBLED_DATE_LINE = /^\s*([0-9０-９]{1,3}|[0-9０-９]{5,6})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日\s*[。.]?\s*$/;
/**
 * The report saying when it is published (`本报告于2025年1月20日在门户网站发布`; also `本年报…`, `该报告…`, `本报告电子版…`,
 * `本报告发布于2025年1月20日`, `本报告的发布日期为2025年1月20日`; helper-218 #13): its date (groups 1–3). Read in the
 * introduction and the last lines before the signature, where reports say it.
 */
const BODY_PUBLISHED = /(?:本(?:年度)?(?:报告|年报)|此报告|该报告)(?:电子版|全文|文本)?(?:(?:已|将)?(?:于|在)\s*(?=\d{1,6}\s*年[^。；;\n]{0,40}?(?:发布|公开|公布|上网|刊登|登载))|(?:已|将)?(?:发布|公开|公布)于\s*|的?(?:发布|公开|公布)(?:日期|时间)(?:为|是|：|:)\s*)(\d{1,6})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** Before a date on its line: a link to another page, or another report named (`相关链接`, `上一篇`, `…2023年…报告（`). */
const OTHER_PAGE = /相关链接|相关阅读|相关文章|相关文件|上一篇|下一篇|往期|(?:19|20)\d{2}\s*年[^（(]{0,40}(?:报告|年报)\s*[（(]/;
/** The labels of a web page's or a document's publication date (`发布日期`, `发布时间`…), as a regular expression's source. */
export const PUBLISHED_LABEL = '(?:发布日期|发布时间|公开日期|成文日期|发文日期)';
const PUBLISHED = new RegExp(String.raw`${PUBLISHED_LABEL}\s*[:：]?\s*\|?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?`);
/**
 * A report's title (ending in 年度报告, 工作报告 or 年报, at most 64 characters) with a web page's metadata glued after
 * it (`作者:`, `发布时间:`, `信息来源:`, `来源:`, `浏览`, `点击`, `字号`): the line break between them lost in a copy.
 */
const TITLE_BEFORE_META = /^(\S.{3,62}?(?:年度报告|工作报告|年报))(?=[ \u3000]*(?:作者|发布(?:时间|日期|机构)|信息来源|来源|浏览|点击|字号)[ \u3000]*[:：])/;

/** A line under the title that is only the date in brackets, as a document's date is written there (`（2025年1月20日发布）`). */
const PUBLISHED_BRACKETED = /^\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:发布|印发|公布)?\s*[）)]\s*$/;

/**
 * A web page's breadcrumb (`首页 > 政府信息公开 > 年报`, `当前位置：…`): places joined by `>` (`＞`, `»`, `›`, `&gt;`)
 * (two of them, or one after 首页), or a `当前位置` lead.
 */
const BREADCRUMB = /^\s*(?:(?:当前位置|您(?:现在)?(?:所在)?的位置|所在位置)\s*[:：]|(?:网站首页|首页|主页)\s*(?:>>?|＞|»|›|&gt;)|[^>＞»›。]{1,20}\s*(?:>>?|＞|»|›|&gt;)\s*[^>＞»›。]{1,30}\s*(?:>>?|＞|»|›|&gt;))/;

/** A line that opens with an HTML tag or comment (`<h1>`, `<div class="title">`, `</div>`, `<!-- … -->`). */
const MARKUP_START = /^\s*<(?:[a-z][a-z0-9:-]*[\s/>]|\/[a-z]|!)/i;
/** Table markup (`<td>`, `<tr>`, `<table>` …): a line holding it is no title. */
const TABLE_MARKUP = /<\/?(?:td|th|tr|table|thead|tbody|tfoot|caption)(?=[\s>/])/i;

/**
 * What a line of a web page copy that opens with a tag says as a title would (`<h1>…</h1>`, `<div class="title"><h1>…`,
 * `<p style="text-align:center"><strong>…</strong></p>`): its text without the tags, entities decoded, and where that
 * text stands on the line (`start`–`end`, its first and last characters); `text` is empty for a line of markup only
 * (`<div class="title">`, `</div>`), which stands between a title's lines as a blank line does. Null for a line that
 * does not open with a tag (read as it is written) and for table markup or markup whose text is in more than one run
 * (no title).
 */
function markupTitleText(line: string): { text: string; start: number; end: number } | null {
  if (!MARKUP_START.test(line) || TABLE_MARKUP.test(line)) return null;
  const cells = readHtmlLine(line).cells;
  if (!cells.length) return { text: '', start: 0, end: 0 };
  return cells.length === 1 ? cells[0] : null;
}

/** A tag that breaks a line of a web page's text (`<br>`, `<p>`, `</p>`, `<div …>`): the text on either side is two lines. */
const LINE_BREAK_TAG = /^<\/?(?:br|p|div|h[1-6]|center|section|article|li|ul|ol|blockquote|pre|hr|address)(?=[\s>/])/i;
const SPACE_ENTITIES = new RegExp(SPACE_ENTITY, 'gi');

/**
 * The lines of text a line of a web page that opens with a tag shows (brk139 #3: `<p style="text-align:right">某某局<br>
 * 2024年1月20日</p>` shows two): its text split at `<br>` and block tags, other tags (`<span>`) left out, white-space
 * entities read as spaces; each with where its first and last characters stand on the line (`start`–`end`) and its
 * text from there to there without the tags (`text`). Null for a line that does not open with a tag and for table
 * markup (read as written).
 */
export function markupLines(line: string): { text: string; start: number; end: number }[] | null {
  if (!MARKUP_START.test(line) || TABLE_MARKUP.test(line)) return null;
  const out: { text: string; start: number; end: number }[] = [];
  let text = '', start = -1, end = -1, at = 0;
  const add = (raw: string, offset: number) => {
    const masked = raw.replace(SPACE_ENTITIES, (e) => ' '.repeat(e.length));
    const a = masked.search(/\S/);
    if (a < 0) return;
    if (start < 0) start = offset + a;
    else text += ' ';
    end = offset + masked.trimEnd().length;
    text += masked.trim();
  };
  const push = () => {
    if (start >= 0) out.push({ text, start, end });
    text = '';
    start = end = -1;
  };
  for (const m of commentsAndTags(line)) {
    add(line.slice(at, m.index), at);
    if (LINE_BREAK_TAG.test(m.text)) push();
    at = m.index + m.text.length;
  }
  add(line.slice(at), at);
  push();
  return out;
}

/** `t` without the bold markers around the whole of it (`**…**`, `__…__`); else `t`. */
function unbold(t: string): string {
  const m = /^(\*{2,3}|_{2,3})\s*(.*?)\s*\1$/.exec(t);
  return m && m[2] ? m[2] : t;
}

/**
 * Reads the report year (templates.md §1, §5.3 X-4) from, in order of trust: the title line, the report's
 * self-references in its introduction (`…2020年政府信息公开工作年度报告`), the statistics period
 * (`统计期限…2020年1月1日…12月31日`), and the signature date (year − 1). Returns every piece of evidence, so
 * `year-mismatch` can show where they disagree. Lines that name two different years make the title ambiguous.
 * @param introEnd 0-based line of the first section heading (the introduction ends there).
 * @param contents the text's tables of contents (`tablesOfContents`): their lines are no title, and do not count
 *   towards the lines the title is looked for in (a compiled 汇编's cover and 目录 stand above its first report's title).
 */
export function detectYear(lines: LineIndex, introEnd: number, contents: readonly ContentsSpan[] = []): YearFindings {
  const evidence: YearEvidence[] = [];
  let title: YearFindings['title'] = null;
  let ambiguous = false;
  const inContents = (i: number) => contents.some((c) => i >= c.start && i < c.end);
  // The limits below count from the text's first line that is not blank: a later report of a compiled 汇编 is read
  // with the lines above it blank (`reportParts`: its lines numbered as in the whole), and its title, introduction and
  // header are read as a report's alone are (brk144 #2: a part's title 40 lines or more down was never read).
  const top = firstTextLine(lines);
  // The lines of the tables of contents at the top of the text, which the limits below do not count.
  const contentsLines = contents.reduce((sum, c) => sum + (c.start < top + 40 ? c.end - c.start : 0), 0);
  // PDF text wraps titles and sentences: read the lines joined (trimmed, without breaks), mapping back to positions.
  const introLimit = Math.min(lines.lineCount, introEnd >= 0 ? introEnd : top + 30 + contentsLines, top + 40 + contentsLines);
  const flat = flatten(lines, 0, introLimit);
  // Title: the first lines (at most three) that together end in 报告/年报 and are short.
  let seen = 0;
  // A web page's lines that open with a tag are read by their text (brk139 #2: `<h1>…年度报告</h1>` is the title as
  // `# …年度报告` is); a line of markup only is passed over as a blank line is.
  const markup = new Map<number, ReturnType<typeof markupTitleText>>();
  const markupOf = (i: number) => {
    if (!markup.has(i)) markup.set(i, markupTitleText(lines.line(i)));
    return markup.get(i)!;
  };
  const htmlTitleLine = (i: number) => {
    const h = markupOf(i);
    return h !== null && h.text !== '';
  };
  for (let i = top; i < introLimit && seen < 14 && !title; i++) {
    if (!lines.line(i).trim() || inContents(i) || markupOf(i)?.text === '') continue;
    seen++;
    // A Markdown list item (`- 2024年政府信息公开工作年度报告（见 nb.md）` in a README's list of files) names a report;
    // no report's title is written as one.
    if (LIST_ITEM.test(lines.line(i))) continue;
    // A web page's breadcrumb above the title (`首页 > 政府信息公开 > 政府信息公开年报`) ends in 年报 too, but is no title.
    // (Of a line of markup, its text: the tags' own `>` make no breadcrumb.)
    const html = htmlTitleLine(i);
    if (BREADCRUMB.test(html ? markupOf(i)!.text : lines.line(i))) continue;
    // A web page's meta line or a document's label above the title (`发布日期：2024-01-20`, `索引号：…`, `字号：大 中 小`,
    // `【打印】`, `附件1`) is no part of it: the title is read below it (brk149 #1: glued into the title, the agency
    // was no longer last year's report's, and the cross-year rules did not run).
    if (isLeftoverAboveTitle(html ? markupOf(i)!.text : unbold(lines.line(i).trim()))) continue;
    // A web page's title with the line break before its metadata lost (`2013年度政府信息公开年度报告作者:… 发布时间:…`):
    // the title is the line up to the metadata.
    const glued = TITLE_BEFORE_META.exec(html ? markupOf(i)!.text : unbold(lines.line(i).trim()));
    if (glued) {
      const a = html ? markupOf(i)!.start : lines.line(i).length - lines.line(i).trimStart().length;
      title = { text: glued[1], range: { start: { line: i, character: a }, end: { line: i, character: a + glued[1].length } } };
      if (new Set(titleYears(glued[1]).map((y) => Number(yearDigits(y)))).size > 1) ambiguous = true;
      break;
    }
    let joined = '';
    for (let j = i; j < Math.min(introLimit, i + 3); j++) {
      // A title in bold (`**…年度报告**`, as Word→Markdown converters write it) is read without its markers; one in
      // HTML (`<h1>…</h1>`) by its text, its lines all markup.
      if (html && j > i && markupOf(j)?.text === '') continue;
      if (html !== htmlTitleLine(j)) break;
      const t = html ? markupOf(j)!.text : unbold(lines.line(j).trim());
      if (!t || t.includes('|') || inContents(j) || isLeftoverAboveTitle(t)) break;
      joined += t;
      if (joined.length > 64) break;
      if (/年度报告|工作报告|年报/.test(t) && /(年度报告|工作报告|年报)(?:[-—（(].*)?$/.test(joined)) {
        const a = html ? markupOf(i)!.start : lines.line(i).length - lines.line(i).trimStart().length;
        title = { text: joined, range: { start: { line: i, character: a }, end: { line: j, character: html ? markupOf(j)!.end : lines.line(j).trimEnd().length } } };
        const years = new Set(titleYears(joined).map((y) => Number(yearDigits(y))));
        if (years.size > 1) ambiguous = true;
        break;
      }
    }
  }
  SELF_REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  /** The spans of `flat.text` read as the report's name. */
  const nameSpans: [number, number][] = [];
  while ((m = SELF_REF.exec(flat.text))) {
    const range = flat.range(m.index, m.index + m[0].length);
    const inTitle = title !== null && range.start.line >= title.range.start.line && range.end.line <= title.range.end.line;
    if (inTitle && ambiguous) continue;
    // Another year's report named in the text (`对照2023年政府信息公开工作年度报告提出的问题`) is no name of this one.
    if (!inTitle && citesAnotherReport(flat.text, m.index, m.index + m[0].length)) continue;
    // A compilation's cover title above the report's (`柳营市2024年政府信息公开工作年度报告汇编`, brk144 #8): the year of
    // the reports compiled, named as the cover's, not the introduction's.
    if (!inTitle && COVER_AFTER.test(flat.text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && (title === null || range.end.line < title.range.start.line)) {
      evidence.push({ source: 'cover', year: Number(yearDigits(m[1])), range });
      nameSpans.push([m.index, m.index + m[0].length]);
      continue;
    }
    evidence.push({ source: inTitle ? 'title' : 'self-reference', year: Number(yearDigits(m[1])), range });
    nameSpans.push([m.index, m.index + m[0].length]);
  }
  // A title of another wording (`…2023年政府信息公开工作报告`, `…2023年度政府信息公开工作报告`, `…政府信息公开工作2023年度
  // 报告`) that `SELF_REF` does not read: its one year is the title's, as that of `…年度报告` is.
  if (title !== null && !ambiguous && !evidence.some((e) => e.source === 'title') && /政府信息公开|政务公开|信息公开/.test(title.text)) {
    const years = titleYears(title.text);
    if (years.length === 1) {
      for (let j = title.range.start.line; j <= title.range.end.line; j++) {
        const at = lines.line(j).search(new RegExp(`${years[0]}(?=\\s*年)`));
        if (at < 0) continue;
        evidence.push({ source: 'title', year: Number(yearDigits(years[0])), range: lines.range(j, at, at + years[0].length) });
        break;
      }
    }
  }
  // The report announced by another name (`现将2023年度政府信息公开工作情况报告如下`), unless `SELF_REF` read it already.
  INTRO_SELF_REF.lastIndex = 0;
  while ((m = INTRO_SELF_REF.exec(flat.text))) {
    const from = m.index, to = m.index + m[0].length;
    if (nameSpans.some(([a, b]) => a < to && from < b)) continue;
    if (title !== null) {
      const r = flat.range(from, to);
      if (r.start.line >= title.range.start.line && r.end.line <= title.range.end.line) continue;
    }
    if (citesAnotherReport(flat.text, from, to)) continue;
    const y = m[1] ?? m[2];
    // From the year on, as `SELF_REF`'s ranges are (the words announcing it are no part of the report's name).
    evidence.push({ source: 'self-reference', year: Number(yearDigits(y)), range: flat.range(from + m[0].indexOf(y), to) });
  }
  // The statistics period may sit anywhere and wrap over lines: read a window of lines ending at each line with `31`
  // (or `三十一`).
  const seenPeriods = new Set<string>();
  // Only the lines holding `月 31 日`, found in the whole text (`31` never spans a line break).
  for (const i of periodEndLines(lines)) {
    const win = flatten(lines, Math.max(0, i - 2), Math.min(lines.lineCount, i + 1));
    PERIOD.lastIndex = 0;
    while ((m = PERIOD.exec(win.text))) {
      const explicit = /统计|期限|时限|周期/.test(m[0]) || /统计|数据/.test(win.text.slice(Math.max(0, m.index - 20), m.index));
      if (!explicit || (m[2] && yearDigits(m[2]) !== yearDigits(m[1]))) continue;
      if (quotedPeriod(win.text, m.index, m.index + m[0].length)) continue;
      const range = win.range(m.index, m.index + m[0].length);
      const key = `${range.start.line}:${range.start.character}`;
      if (seenPeriods.has(key)) continue;
      seenPeriods.add(key);
      evidence.push({ source: 'period', year: Number(yearDigits(m[1])), range });
    }
  }
  // The period said as a year (`统计期限为2023年度`, `统计期限为2023年全年`) or in numbers (`2023.1.1—2023.12.31`,
  // `2023/01/01-2023/12/31`) after the words of a period, on one line (helper-212 #10).
  // (And the period's end named by the report's data, `本报告所列数据截至2023年12月31日`, on the lines with 数据.)
  for (const [finder, patterns] of [[STATS_CHAR, [PERIOD_YEAR, PERIOD_NUMERIC, PERIOD_CUTOFF]], [DATA_CHAR, [DATA_CUTOFF]]] as const) {
    for (const i of linesFoundIn(lines, finder)) {
      const t = lines.line(i);
      for (const re of patterns) {
        re.lastIndex = 0;
        while ((m = re.exec(t))) {
          if (m[2] && m[2] !== m[1]) continue;
          if (quotedPeriod(t, m.index, m.index + m[0].length)) continue;
          const at = m.index + m[0].indexOf(m[1]);
          const key = `${i}:${at}`;
          if (seenPeriods.has(key)) continue;
          seenPeriods.add(key);
          evidence.push({ source: 'period', year: Number(m[1]), range: lines.range(i, m.index, m.index + m[0].length) });
        }
      }
    }
  }
  const dates: WrittenDate[] = [];
  // The signature stands at the end of the text, or right above the annexes that follow it (`附件1：…`).
  const tail = signatureTail(lines, top);
  for (let i = Math.max(0, tail - 15); i < tail; i++) {
    // A web page's line is read as the lines it shows (`<p style="text-align:right">某某局<br>2024年1月20日</p>`).
    const shown = markupLines(lines.line(i));
    if (shown) {
      for (const part of shown) {
        const d = signatureDate(part.text);
        if (d) dates.push({ ...d, kind: 'signature', range: lines.range(i, part.start, part.end), raw: part.text });
      }
      continue;
    }
    const t = lines.line(i);
    const d = signatureDate(t);
    if (d) {
      const a = t.length - t.trimStart().length;
      dates.push({ year: d.year, month: d.month, day: d.day, kind: 'signature', range: lines.range(i, a, a + t.trim().length), raw: t.trim(), ...(d.garbled ? { garbled: true as const } : {}), ...(d.lost ? { lost: d.lost } : {}) });
    }
  }
  // A publication date stands in a web page's header above the title, or after the signature (`（发布日期：…）`).
  const head = Math.min(lines.lineCount, top + 20);
  const near: number[] = [];
  for (let i = top; i < head; i++) near.push(i);
  for (let i = Math.max(head, tail - 15); i < tail; i++) near.push(i);
  for (const i of near) {
    const t = lines.line(i);
    // (A bracketed date alone on its line counts right under the title only: further down it is any date.)
    const m = PUBLISHED.exec(t) ?? (title !== null && i > title.range.end.line && i <= title.range.end.line + 3 ? PUBLISHED_BRACKETED.exec(t) : null);
    // (Not a link to another page or report with its date: `相关链接：某某局2023年…年度报告（发布日期：2024-01-18）`,
    // helper-220 #12.)
    if (m && OTHER_PAGE.test(t.slice(0, m.index))) continue;
    if (m) dates.push({ year: +m[1], month: +m[2], day: +m[3], kind: 'published', range: lines.range(i, m.index, m.index + m[0].length), raw: m[0] });
  }
  // The report's own word on when it is published, in the introduction or the last lines (helper-212 #11).
  const bodyLines = [...Array(Math.min(introLimit, tail)).keys()];
  for (let i = Math.max(introLimit, tail - 40); i < tail; i++) bodyLines.push(i);
  for (const i of bodyLines) {
    const t = lines.line(i);
    const m = t.includes('报告') || t.includes('年报') ? BODY_PUBLISHED.exec(t) : null;
    if (m && !dates.some((d) => d.kind === 'published' && d.range.start.line === i)) {
      // From the year to its 日.
      const at = m.index + m[0].indexOf(m[1]);
      const end = m.index + m[0].indexOf('日', m[0].indexOf(m[1])) + 1;
      // (A year that lost or gained a digit, `202年`, is said as the signature's is: helper-218 #12.)
      dates.push({ year: +m[1], month: +m[2], day: +m[3], kind: 'published', range: lines.range(i, at, end), raw: t.slice(at, end), ...(m[1].length !== 4 ? { garbled: true as const } : {}) });
    }
  }
  const sig = dates.find((d) => d.kind === 'signature' && !d.garbled);
  if (sig) evidence.push({ source: 'signature', year: sig.year - 1, range: sig.range });
  const pick = (src: YearEvidence['source']) => evidence.filter((e) => e.source === src);
  let year: number | null = null;
  // (A compilation's cover, the reports' year, only when the report names none.)
  const order: YearEvidence['source'][] = ['title', 'self-reference', 'period', 'cover'];
  for (const src of order) {
    const ev = pick(src);
    if (ev.length) {
      year = majority(ev.map((e) => e.year));
      break;
    }
  }
  if (year === null && !ambiguous && sig) year = sig.year - 1;
  // Title, introduction and period disagree: the year most of them (or the signature, or the text) point to, as
  // year-mismatch reports the odd one out; the title's year alone would make other rules work with the wrong one.
  const named = evidence.filter((e) => e.source === 'title' || e.source === 'self-reference' || e.source === 'period');
  let decision: YearDecision | null = null;
  if (year !== null && !ambiguous && named.some((e) => e.year !== year)) year = (decision = decideYear(named, evidence, lines, dates, year)).year;
  else if (year !== null && !ambiguous && named.length === 1 && sig) {
    const dated = overruledByDate(named[0], sig, lines, [...evidence.map((e) => e.range), ...dates.map((d) => d.range)]);
    if (dated !== null) year = (decision = { year: dated, by: 'dated' }).year;
  }
  return { year, evidence, title, dates, ambiguous, decision };
}

/**
 * The report year when the only source naming it (`named`: a title, with no 统计期限 or name of the report in the
 * introduction beside it) is contradicted by both the signature date `sig` and the body: the date two years or more
 * after the year named, its year − 1 named in the body (outside `skip`) three times at least and at least twice as
 * often as the named year (brk145 #2: a 2017 title over a body of 2018年 fifteen times, signed 2019年1月31日: a
 * title left from an old report, not a report two years late). Null when the evidence is weaker.
 */
function overruledByDate(named: YearEvidence, sig: WrittenDate, lines: LineIndex, skip: readonly Range[]): number | null {
  const dated = sig.year - 1;
  if (sig.garbled || sig.year < named.year + 2 || !plausibleDate(sig)) return null;
  const counts = bodyYears(lines, skip, [named.year, dated]);
  const forDate = counts.get(dated)!, forNamed = counts.get(named.year)!;
  return forDate >= 3 && forDate >= 2 * Math.max(forNamed, 1) ? dated : null;
}

/**
 * The year a report is most likely about when its title, introduction and statistics period (`evidence`) disagree:
 * the year most of them name; on a tie, the one the signature date points to (its year − 1, from `all`) unless the
 * body names the title's year more often than the signature's (a title and a body that name the year win over an
 * inference from a date), or the date could as well be an early signature of its own year (a date after June of a
 * year that is tied too: `2024年12月20日` fits a 2024 report signed too early as well as a 2023 report published
 * late); failing that, the one the body names at least twice as often as each other tied year (and three times at
 * least), else `fallback` (the title's). The body is `lines` less the evidence and the `dates`. `by` says what
 * decided. Called once, by `detectYear`: the model carries the decision (`ReportExtras.yearDecision`) and
 * `year-mismatch` reports the odd one out against it, so that every rule works with the year the findings name.
 */
export function decideYear(evidence: YearEvidence[], all: YearEvidence[], lines: LineIndex, dates: readonly WrittenDate[], fallback: number | null): YearDecision {
  const votes = new Map<number, number>();
  for (const e of evidence) votes.set(e.year, (votes.get(e.year) ?? 0) + 1);
  const most = Math.max(...votes.values());
  const tied = [...votes.keys()].filter((y) => votes.get(y) === most);
  if (tied.length === 1) return { year: tied[0], by: 'votes' };
  const counts = bodyYears(lines, [...all.map((e) => e.range), ...dates.map((d) => d.range)], tied);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  /** The tied year the body names most often, more often than each other one; null when none does. */
  const favoured = ranked[0][1] > 0 && ranked.slice(1).every(([, c]) => c < ranked[0][1]) ? ranked[0][0] : null;
  const signature = all.find((e) => e.source === 'signature');
  const date = dates.find((d) => d.kind === 'signature');
  // (A month lost, `2025年月20日`: any month, so after June as well.)
  const ambiguousDate = date !== undefined && (date.month > 6 || date.lost === 'month' || date.lost === 'month-day') && tied.includes(date.year);
  /** The decision, with the body's year when the body sides with the evidence that lost. */
  const decided = (year: number, by: YearDecision['by']): YearDecision => (favoured !== null && favoured !== year ? { year, by, bodyYear: favoured } : { year, by });
  if (signature && tied.includes(signature.year) && !ambiguousDate) {
    if (favoured !== null && favoured !== signature.year && favoured === fallback) return decided(favoured, 'prose');
    return decided(signature.year, signature.year === fallback ? 'title' : 'signature');
  }
  if (ranked[0][1] >= 3 && ranked.slice(1).every(([, c]) => ranked[0][1] >= 2 * Math.max(c, 1)) && ranked[0][0] !== fallback) return decided(ranked[0][0], 'prose');
  return decided(fallback ?? tied[0], 'title');
}

/**
 * How often the text of `lines` names each of `years` (`2024年`, `2024 年`), outside the ranges `skip` (the title,
 * the introduction's name for the report, the statistics period, the dates). Pure.
 */
function bodyYears(lines: LineIndex, skip: readonly Range[], years: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>(years.map((y) => [y, 0]));
  const spans = skip.map((r) => [lines.offsetAt(r.start), lines.offsetAt(r.end)] as const);
  for (const m of lines.text.matchAll(/(?<!\d)(20\d{2})\s*年/g)) {
    const y = Number(m[1]);
    const c = counts.get(y);
    if (c === undefined || spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    counts.set(y, c + 1);
  }
  return counts;
}

/**
 * Whether the statistics period at `[from, to)` of `text` (`统计期限…`, `本报告所列数据截至…`) is quoted as an
 * example (`如“统计期限自2024年1月1日起至12月31日止”`, in a guide to the reports or a rule's documentation): an
 * opening quotation mark right before its words (`“统计期限`) and a closing one at most two characters after it (`止”`). A
 * report states its own period unquoted (inline code, `` `统计期限为2023年度` ``, quotes it too); a date quoted after the words (`统计期限为“…”`) is still its own.
 */
function quotedPeriod(text: string, from: number, to: number): boolean {
  // (The words may come twice, `统计期限（“统计期限自…”）`: the match starts at the first.)
  return /[“「『‘"`](?:统计|数据|本报告)/.test(text.slice(Math.max(0, from - 1), to)) && /^[^“”「」『』‘’"`]{0,2}[”」』’"`]/.test(text.slice(to, to + 3));
}

/**
 * Whether the report name at `[from, to)` of `text` is cited rather than this report's own: its clause before it
 * holds a word that refers to another report (对照, 针对, 根据, 按照, 落实, 上年度, 去年, 与《…》 …), or a word after it
 * says what that report said or how this one relates to it (提出的, 所列, 指出的, 中的, 保持一致, 相比).
 */
function citesAnotherReport(text: string, from: number, to: number): boolean {
  let a = from;
  while (a > 0 && !/[，,。；;！？\n]/.test(text[a - 1])) a--;
  if (/对照|针对|根据|按照|依据|参照|比照|沿用|落实|整改|回顾|上一?年度|上年|去年|往年|历年|[与同和较比]《/.test(text.slice(a, from))) return true;
  return /^[^，,。；;]{0,4}?(?:提出|所列|列出|指出|反映|中的|中提|保持|一致|相同|相比)/.test(text.slice(to, to + 12));
}

/** The ways a statistics period's last day is written, in the order their lines are read. */
const LAST_DAYS = ['31', '３１', '三十一'];

/** 月, the character every period end has: the lines to read for `periodEndLines`. */
const MONTH_CHAR = charFinder('月');
/** The lines that may hold the words of a statistics period (`统计期限`, `统计时限` …). */
const STATS_CHAR = charFinder('统', (text, at) => text.startsWith('计', at));
/** `统计期限为2023年度`, `统计期限：2023年全年`: the period as a whole year (group 1), nothing but 全年 after it. */
const PERIOD_YEAR = /(?:统计期限|统计时限|统计期|统计时间|统计周期)(?:为|是|：|:)?\s*((?:19|20)\d{2})\s*年(?:度|全年)(?![\d０-９一二三四五六七八九十元上下第前后]|\s*[1-9]\s*月)/g;
/** `统计截止时间为2023年12月31日`, `数据统计截至2023年12月31日`: the period's end, the year's last day (group 1). */
const PERIOD_CUTOFF = /(?:统计截[止至](?:时间|日期)?|数据统计截[止至](?:时间|日期)?|统计时间截[止至])(?:为|是|：|:|到)?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;
/**
 * `本报告所列数据截至2023年12月31日`, `报告中数据统计截至…`: the period's end named by the report's data, without 统计 before
 * 截至 (helper-218 #15), the year's last day (group 1). Only the report's own data: `截至2023年12月31日，已办结47件` is
 * a count's date (year-mismatch reads that as an older report's leftover, not as the period).
 */
const DATA_CUTOFF = /本?报告(?:中|内)?(?:所列|所用|所涉|涉及|中的|的)?(?:各项|相关)?数据(?:的)?(?:统计)?(?:时间|日期)?均?截[止至](?:时间|日期)?(?:为|是|：|:|到)?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;
/** The lines that may hold `DATA_CUTOFF` (`数据`). */
const DATA_CHAR = charFinder('数', (text, at) => text.startsWith('据', at));
/** `统计期限为2023.1.1—2023.12.31`, `2023/01/01-2023/12/31`: the period in numbers, its years (1, 2). */
const PERIOD_NUMERIC = /(?:统计期限|统计时限|统计期|统计时间|统计周期)[^\d。；;]{0,12}?((?:19|20)\d{2})\s*[.．\/-]\s*0?1\s*[.．\/-]\s*0?1\s*(?:起)?\s*(?:至|到|—{1,2}|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*[.．\/-]\s*)?12\s*[.．\/-]\s*31/g;

/**
 * The 0-based lines that hold `月 31 日` (the day as `31`, `３１` or `三十一`, white space allowed around it, line breaks
 * too), as `PERIOD` needs: those ending in `31` first, then `３１`, then `三十一`, each once, in text order. Only the
 * lines with a 月 are read (found by the parse's reader: one search of the text, and after an edit of the changed
 * lines only; a search for `三十一` was slower than reading every line), and the text is never read whole.
 */
function periodEndLines(lines: LineIndex): number[] {
  const n = lines.lineCount;
  const found: number[][] = LAST_DAYS.map(() => []);
  /** The first character at or after column `col` of line `line` that is no white space (a line break is), as [line, col]. */
  const skipSpaces = (line: number, col: number): [number, number] => {
    let s = lines.line(line);
    for (;;) {
      while (col < s.length && isSpace(s.charCodeAt(col))) col++;
      if (col < s.length || line + 1 >= n) return [line, col];
      s = lines.line(++line);
      col = 0;
    }
  };
  for (const i of linesFoundIn(lines, MONTH_CHAR)) {
    const l = lines.line(i);
    for (let at = l.indexOf('月'); at >= 0; at = l.indexOf('月', at + 1)) {
      const [pl, p] = skipSpaces(i, at + 1);
      const s = lines.line(pl);
      const k = LAST_DAYS.findIndex((d) => s.startsWith(d, p));
      if (k < 0) continue;
      const [bl, b] = skipSpaces(pl, p + LAST_DAYS[k].length);
      if (lines.line(bl).charCodeAt(b) !== 0x65e5 /* 日 */) continue;
      if (found[k][found[k].length - 1] !== pl) found[k].push(pl);
    }
  }
  return found.flat();
}

function majority(ys: number[]): number {
  const c = new Map<number, number>();
  for (const y of ys) c.set(y, (c.get(y) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || ys.indexOf(a[0]) - ys.indexOf(b[0]))[0][0];
}

/** Lines `[from, to)` joined without their breaks and outer white space, with offsets mapped back to positions. */
export function flatten(lines: LineIndex, from: number, to: number) {
  const parts: string[] = [];
  const starts: number[] = [];
  const leads: number[] = [];
  let len = 0;
  for (let i = from; i < to; i++) {
    const raw = lines.line(i);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    starts.push(len);
    leads.push(lead);
    parts.push(t);
    len += t.length;
  }
  const text = parts.join('');
  const toPos = (off: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    // An offset at the very end of a line's text belongs to that line's end, not the next line's start (nor to the
    // blank lines between them).
    if (lo > 0 && starts[lo] === off) {
      let k = lo - 1;
      while (k > 0 && !parts[k].length) k--;
      if (parts[k].length && starts[k] + parts[k].length === off) lo = k;
    }
    return { line: from + lo, character: leads[lo] + (off - starts[lo]) };
  };
  return {
    text,
    offsetOfLine: (line: number) => starts[Math.min(starts.length - 1, Math.max(0, line - from))],
    position: toPos,
    range: (a: number, b: number): Range => {
      const s = toPos(a);
      // The start of a range sits on the line that holds its first character.
      let lo = s.line - from;
      while (lo + 1 < starts.length && starts[lo + 1] <= a && parts[lo].length <= a - starts[lo]) lo++;
      const start = { line: from + lo, character: leads[lo] + (a - starts[lo]) };
      return { start, end: toPos(b) };
    },
  };
}

/** The first line of an annex: `附件1：…`, `附件：`, `## 附件2 …`, `**附件**` (after any HTML tags: `<h2>附件1：…</h2>`). */
export const ANNEX_START = /^\s*(?:<[a-z][^>]*>\s*)*(?:#{1,6}\s*)?(?:\*\*)?\s*附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|\*\*|<|$|\s)/i;

/**
 * The date of a signature date line `t` (`DATE_LINE`, `DATE_LINE_NUMERIC`; `LOST_DATE_LINE`, then `lost`; or
 * `GARBLED_DATE_LINE`, then `garbled`), or null.
 */
function signatureDate(t: string): { year: number; month: number; day: number; garbled?: true; lost?: WrittenDate['lost'] } | null {
  const w = DATE_LINE.exec(t);
  const n = w ? null : DATE_LINE_NUMERIC.exec(t);
  if (w || n) {
    // (In numbers, the month and the day come after the separator, group 2.)
    const [y, mo, d] = w ? [w[1], w[2], w[3]] : [n![1], n![3], n![4]];
    const month = monthDay(mo), day = monthDay(d);
    if (month !== null && day !== null) return { year: Number(yearDigits(y)), month, day };
  }
  const l = LOST_DATE_LINE.exec(t);
  if (l && (l[2] === undefined || l[3] === undefined)) {
    const month = l[2] === undefined ? 0 : monthDay(l[2]), day = l[3] === undefined ? 0 : monthDay(l[3]);
    const lost = l[2] === undefined ? (l[3] === undefined ? 'month-day' : 'month') : 'day';
    if (month !== null && day !== null) return { year: Number(yearDigits(l[1])), month, day, lost };
  }
  const g = GARBLED_DATE_LINE.exec(t);
  return g ? { year: Number(yearDigits(g[1])), month: Number(yearDigits(g[2])), day: Number(yearDigits(g[3])), garbled: true } : null;
}

/** The 0-based index of the first line of `lines` that is not blank (0 when all are). */
function firstTextLine(lines: LineIndex): number {
  for (let i = 0; i < lines.lineCount; i++) if (lines.line(i).trim()) return i;
  return 0;
}

/**
 * Where the lines that may hold the signature date end (exclusive, 0-based): the end of the text, or, when the last
 * 15 lines hold no date alone on its line and an annex starts after the text's first half (of its lines from `top`, the
 * first not blank), that annex's first line
 * (the signature is written above the annexes: `某某局` / `2025年1月23日` / `附件1：…`).
 */
function signatureTail(lines: LineIndex, top = 0): number {
  const n = lines.lineCount;
  const dateIn = (t: string) => DATE_LINE.test(t) || DATE_LINE_NUMERIC.test(t);
  const dateAlone = (i: number) => dateIn(lines.line(i)) || (markupLines(lines.line(i))?.some((p) => dateIn(p.text)) ?? false);
  for (let i = Math.max(0, n - 15); i < n; i++) if (dateAlone(i)) return n;
  for (let i = top + ((n - top) >> 1); i < n; i++) {
    const t = lines.line(i);
    if (t.includes('附') && ANNEX_START.test(t)) {
      for (let k = Math.max(0, i - 15); k < i; k++) if (dateAlone(k)) return i;
    }
  }
  return n;
}
