import { commentSpans, lineInComment } from '../text/comments.js';
import type { Heading, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Template } from '../templates/index.js';
import { chineseNumeral, editDistance, titleKey, titleTypoBudget, toChineseNumeral } from '../text/normalize.js';
import { renderSectionTable } from '../fix/render.js';
import { classifySection } from '../model/build.js';
import { templateOf } from '../templates/index.js';
import { afterQuoteMarkers, boldMarker, LEVEL1, wrapCloser } from '../parse/headings.js';
import { headingAtLine } from '../editor/guide.js';
import { pipeCells } from '../text/blocks.js';
import { PAGE_FOOTER, PAGE_NUMBER } from '../parse/tokens.js';

/**
 * Level-1 headings of the report (the sections), in order, as the structure rules judge them: a heading that
 * carries body text on its line after `。`/`：`/`:` (`一、总体情况：本县…`, `五、存在的主要问题及改进情况。一是…`)
 * is its title part alone (`titleRange` narrowed to it, `canonical` read from it); the text after it is not the
 * title, so no fix ever touches it.
 */
export function topHeadings(report: Report): Heading[] {
  let out = judged.get(report);
  if (!out) judged.set(report, (out = report.sections.map((s) => titlePart(report, s.heading))));
  return out;
}

const judged = new WeakMap<Report, Heading[]>();

/** `h` with its title cut before a separator that body text follows on the same line, or `h` itself. */
export function titlePart(report: Report, h: Heading): Heading {
  const line = report.lines.line(h.line);
  const from = h.titleRange.start.character;
  const m = /[。：:]/.exec(h.title);
  if (!m || m.index < 2) return h;
  // A colon inside parentheses (`总体情况 (重复率: 40%)`) is part of a note, not the end of the title.
  const before = h.title.slice(0, m.index);
  if ((before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0)) return h;
  const sep = from + m.index;
  // What follows the separator on the line, without the closing marker of a bold heading (`**六、…事项。**`).
  // (To the heading's end: a heading in a one-cell table's cell ends before its pipe.)
  let after = line.slice(sep + 1, Math.max(sep + 1, h.range.end.line === h.line ? h.range.end.character : line.length)).trim();
  const bold = boldMarker(line, h);
  if (bold && after.endsWith(bold)) after = after.slice(0, -bold.length).trim();
  // Nor the closing mark of brackets or quotes around the heading (`## 【一、总体情况：】`), a bold marker inside it with it.
  const close = wrapCloser(line, h);
  const tail = after.replace(/[\s*_]+$/, '');
  if (close && tail.endsWith(close) && !tail.slice(0, -close.length).replace(/[\s*_]/g, '')) after = '';
  if (!after) return h;
  const title = h.title.slice(0, m.index).trimEnd();
  const template = templateOf(report.format === 'pre2019' ? 'pre2019' : '2021');
  return {
    ...h,
    title,
    titleRange: { start: h.titleRange.start, end: { line: h.line, character: from + title.length } },
    canonical: classifySection(title, template),
  };
}

/**
 * The number each level-1 heading (`topHeadings`, index-aligned) carries once section-order's renumberings are made.
 * A heading with a known title of a section (`isKnownTitle`; only in a format with a fixed order) numbered wrongly is
 * renumbered to that section's number unless another heading keeps that number; then it keeps its own, which may in
 * turn block another one: repeated until nothing changes, so no renumbering ever gives two headings one number.
 * `known[i]` is `isKnownTitle` of heading i (null when not known or the order is not fixed); `renumbered[i]` whether
 * its renumbering is safe (false also when it needs none).
 */
export function settledNumbers(report: Report, template: Template | null): { known: ('canonical' | 'variant' | null)[]; numbers: number[]; renumbered: boolean[] } {
  const tops = topHeadings(report);
  const strict = template?.sectionOrderStrict ?? false;
  const known = tops.map((h) => (strict && h.canonical >= 0 && template ? isKnownTitle(h, template, h.canonical) : null));
  const renumbered = tops.map((h, i) => Boolean(known[i]) && h.ordinalValue !== h.canonical + 1);
  const numbers = tops.map((h, i) => (renumbered[i] ? h.canonical + 1 : h.ordinalValue));
  for (let changed = true; changed; ) {
    changed = false;
    tops.forEach((h, i) => {
      if (!renumbered[i] || !numbers.some((n, j) => j !== i && n === numbers[i])) return;
      renumbered[i] = false;
      numbers[i] = h.ordinalValue;
      changed = true;
    });
  }
  return { known, numbers, renumbered };
}

/** A canonical title without its ordinal (`三、收到和处理…` → `收到和处理…`). */
export function bareTitle(title: string): string {
  return title.replace(/^[一二三四五六七八九十]+、/, '');
}

/** Whether a heading's title is the canonical title or a listed variant of section `idx` (ignoring trailing punctuation). */
export function isKnownTitle(h: Heading, template: Template, idx: number): 'canonical' | 'variant' | null {
  const s = template.sections[idx];
  const key = titleKey(h.title);
  if (templateKey(s.title) === key) return 'canonical';
  if (s.variants.some((v) => templateKey(v) === key)) return 'variant';
  return null;
}

/** `titleKey(bareTitle(title))` of a template's title or variant (a fixed set: computed once each). */
function templateKey(title: string): string {
  let k = templateKeys.get(title);
  if (k === undefined) templateKeys.set(title, (k = titleKey(bareTitle(title))));
  return k;
}

const templateKeys = new Map<string, string>();

/**
 * The section of `template` whose title (or a variant) a heading line with a broken ordinal carries (`五)存在的主要问题
 * 及改进情况`, `## 五）…`, `**)存在的…**`: `report.extras.malformedOrdinals`' `m`), when its numeral, if any, is that
 * section's: the section's 0-based index, or -1 (a sub-heading's title such as `三)政府信息管理`, or a numeral of another
 * section). Such a line is the section's heading with its `五、` written wrongly, not a sub-heading that lost `（`.
 */
export function brokenSectionIndex(m: { written: string; title: string }, template: Template): number {
  const key = titleKey(m.title.replace(/[。：:；;]+$/, ''));
  const idx = template.sections.findIndex((s) => [s.title, ...s.variants].some((t) => templateKey(t) === key));
  if (idx < 0) return -1;
  const digits = m.written.replace(/[()（）\s]/g, '');
  return !digits || chineseNumeral(digits) === idx + 1 ? idx : -1;
}

/**
 * A line that holds the title of section `idx` but is not read as a heading: stripped of markup (`#`, `>`, `*`,
 * `_`, HTML tags such as `<h2>`/`<b>`), its text is the section's canonical title or a listed variant, alone or
 * after the section's own number (`<h2>六、其他需要报告的事项</h2>`, `其他需要报告的事项`, `## 其他需要报告的事项`).
 * Lines read as headings with an ordinal and table lines are not looked at. The first such line, or -1.
 */
export function unreadTitleLine(report: Report, template: Template, idx: number): number {
  const titles = shortLineKeys(report);
  let found = -1;
  // (A title commented out is no title: the section is missing, as a reader of the rendered report sees it; brk92 #2.)
  const comments = commentSpans(report.lines);
  for (const t of [template.sections[idx].title, ...template.sections[idx].variants]) {
    const k = templateKey(t);
    for (const at of [titles.get('0:' + k), titles.get(`${idx + 1}:${k}`)]) if (at !== undefined && (found < 0 || at < found) && !lineInComment(report.lines, comments, at)) found = at;
  }
  return found;
}

/**
 * Where section `idx`'s title, with its number (`五、存在的主要问题及改进情况`, a variant too), stands inside a line of
 * text, a line break before it lost in a copy: glued to the end of the paragraph before
 * (`…被提起行政诉讼2件。五、存在的主要问题及改进情况`), or with the section's text run on after it too (a whole report
 * on one line). The 0-based line, the UTF-16 column where the title's number starts (`character`), where the title
 * ends (`end`, before a colon or white space after it) and where the text after it starts (`text`, the line's end
 * when there is none); or null. Only after a sentence end (`。；！？：` or a full stop), a closing bracket, a number (a
 * table's last cell) or a table row's closing pipe: a title quoted inside a sentence (`详见五、…`) is no heading. On a
 * table line only after its last pipe (`| … | 0 |五、…`), but anywhere in a whole report run onto one line; on a
 * heading's line (its text run on after it), only after its title.
 */
export function gluedTitleAt(report: Report, template: Template, idx: number): { line: number; character: number; end: number; text: number } | null {
  const s = template.sections[idx];
  const numeral = toChineseNumeral(idx + 1);
  const keys = [s.title, ...s.variants].map((t) => titleKey(bareTitle(t)));
  // On a heading's line (a title with its text run on after it), only the text after the heading's title.
  // (A "heading" whose title is a whole report run onto its line is no title: its line is searched from the start.)
  const headingEnds = new Map(report.headings.map((h) => [h.line, h.titleRange.end.line !== h.line ? Infinity : h.title.length > WHOLE_REPORT_LINE ? 1 : h.titleRange.end.character]));
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const { lines } = report;
  const strip = (t: string) => t.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    const from = headingEnds.get(i) ?? 1;
    // Table lines are skipped, but not a whole report run onto one line, its tables' pipes and all, nor the text after
    // a table row's closing pipe (`| … | 0 |五、存在的主要问题…`: the line break after the table's last row lost).
    const whole = line.length > WHOLE_REPORT_LINE;
    const lastPipe = whole ? -1 : line.lastIndexOf('|');
    if (from >= line.length || (!whole && lastPipe < 0 && spans.some((sp) => i >= sp.start && i < sp.end))) continue;
    // A Markdown list item (`- 张三：一、总体情况` in a README's list) names the section: it is no paragraph whose line
    // break was lost, and breaking it would split the item and the list (brk88 #7).
    if (!whole && LIST_ITEM.test(line) && !headingEnds.has(i)) continue;
    for (let at = line.indexOf(numeral + '、', Math.max(from, lastPipe + 1)); at > 0; at = line.indexOf(numeral + '、', at + 1)) {
      const before = textBeforeTitle(line, at);
      // After a sentence end, a closing bracket or a number (a table's last cell, in a report run onto one line), or a
      // table row's closing pipe (`…| 96171.6 | 三、收到和处理…`).
      if (!before || !(TITLE_AFTER.test(before) || before.endsWith('|'))) continue;
      // The shortest run after the number whose key is the title's (markup and white space inside are the title's).
      const titleStart = at + numeral.length + 1;
      let end = -1;
      for (let n = titleStart + 1; n <= line.length && n - titleStart <= 60; n++) {
        if (keys.includes(titleKey(strip(line.slice(titleStart, n))))) {
          end = n;
          break;
        }
      }
      if (end < 0) continue;
      // Closing markup and a colon or white space after the title are the heading's.
      const tail = /^(?:<\/[a-zA-Z][^>]*>|[\s\u3000*_：:])*/.exec(line.slice(end))![0];
      return { line: i, character: at, end, text: end + tail.length };
    }
  }
  return null;
}

/**
 * The text of `line` before offset `at` as a title glued there sees it: without HTML tags, and without the white space
 * and heading or emphasis marks (`#`, `*`, `_`) at its end ('' when nothing else is there).
 */
export function textBeforeTitle(line: string, at: number): string {
  return line.slice(0, at).replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/[\s*_#]+$/, '');
}

/**
 * The edit that breaks line `line` (0-based) before offset `at` (UTF-16), where a glued title starts: the white space
 * before it replaced by a blank line, then `open` (heading marks to write before the title, '' for none).
 */
export function breakBeforeTitle(report: Report, line: number, at: number, open = ''): TextEdit {
  const text = report.lines.line(line);
  let cut = at;
  while (cut > 0 && /[ \t\u3000]/.test(text[cut - 1])) cut--;
  const eol = report.lines.dominantEol();
  return { range: report.lines.range(line, cut, at), newText: eol + eol + open };
}

/** How the text before a glued title ends: a sentence end (`。；！？：` or a full stop), a closing bracket or a number. */
export const TITLE_AFTER = /[。；！？：.;!?:）)】\d]$/;

/** A title found inside a line of text: the 0-based line and UTF-16 columns as in `gluedTitleAt`. */
export interface GluedTitle {
  line: number;
  /** Where the title's number starts. */
  character: number;
  /** Where the title ends. */
  end: number;
  /** Where the text after it starts (the line's end when there is none). */
  text: number;
}

/** The words a pre-2019 section title ends in (`…的情况`, `概述`, `…改进措施`), not followed by more of the title. */
const PRE2019_TITLE_END = /^(?:[^。；;：:，,（(]{0,38}?(?:情况|概述|措施|事项|说明))(?![及和与的、，,])/;

/**
 * Pre-2019 reports (no fixed titles, templates.md §2): the level-1 titles of a report whose line breaks were lost in
 * a copy (a whole report on one line), each numbered in turn (`一、概述…。二、主动公开政府信息的情况(一)…`) after a
 * sentence end, a closing bracket or a number, and ending in a title's last word (情况, 概述, 措施, 事项, 说明) within
 * 40 characters. Found only as a run of at least two in order from 一 (a lone `二、…情况` after a sentence may be a list
 * item of the text); none when the report has level-1 headings. Not on table lines. In text order.
 */
export function gluedOrdinalTitles(report: Report): GluedTitle[] {
  if (report.headings.some((h) => h.level === 1)) return [];
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const { lines } = report;
  const out: GluedTitle[] = [];
  const ordinal = /([一二三四五六七八九十]{1,2})、/g;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    if (line.length < 200 || line.includes('|') || (line.length <= WHOLE_REPORT_LINE && LIST_ITEM.test(line)) || spans.some((sp) => i >= sp.start && i < sp.end)) continue;
    ordinal.lastIndex = 0;
    for (let m = ordinal.exec(line); m; m = ordinal.exec(line)) {
      if (chineseNumeral(m[1]) !== out.length + 1) continue;
      const before = textBeforeTitle(line, m.index);
      // The first title may open the line (after the report's own title, which has no sentence end).
      if (before && !TITLE_AFTER.test(before) && out.length > 0) continue;
      const titleStart = m.index + m[0].length;
      const t = PRE2019_TITLE_END.exec(line.slice(titleStart));
      if (!t) continue;
      const end = titleStart + t[0].length;
      // Punctuation that ends the title (`…的情况；`) is the break's, with the white space after it.
      const titleEnd = end + /^[；;：:。]?/.exec(line.slice(end))![0].length;
      const tail = /^[\s\u3000]*/.exec(line.slice(titleEnd))![0];
      out.push({ line: i, character: m.index, end, text: titleEnd + tail.length });
      ordinal.lastIndex = end;
    }
  }
  return out.length >= 2 ? out : [];
}

/** A line longer than this (UTF-16 units) holding several section titles is a whole report run onto one line. */
const WHOLE_REPORT_LINE = 2000;

/** A Markdown list item: a bullet (`-`, `*`, `+`) or a number and `.` or `)` (`1.`), then white space and text. */
export const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * Decoration before and after a title on a line of its own: symbols (emoji, bullets, shapes, arrows, `※`), brackets
 * and quotes (`【】`, `〖〗`, `「」`, `『』`, `“”`, `""`, `《》`, `〔〕`, `[]`), markup (`#`, `*`, `_`) and white space; after it
 * also the punctuation that may end it (`。`, `：`).
 */
const DECORATION_AROUND = /^[\s#>*_\p{Extended_Pictographic}\p{So}\p{Sm}\u2022\u00b7\u203b\ufe0f\u200d【〖「『“"‘《〈〔［[]+|[\s#*_】〗」』”"’》〉〕］\]。．.；;：:，,！!]+$/gu;

/** A list marker or an item's number before a section's numbered title (`- `, `+ `, `1. `, `1、`, `1）`, keycap `1️⃣`). */
const LIST_LEAD = /^(?:[-+•·]\s*|\d{1,2}(?:[.．)）、]|\ufe0f?\u20e3)\s*)(?=[一二三四五六](?:、|\s*[】〗〕\]］])|[【〖〔［[][一二三四五六][】〗〕\]］])/u;
/** A section's number in brackets instead of before `、` (`【一】总体情况`): read as `一、`. */
const BRACKETED_NUMERAL = /^[【〖〔［[]([一二三四五六])[】〗〕\]］]\s*/u;

const lineKeys = new WeakMap<Report, Map<string, number>>();
/**
 * Per report, once: the short lines that are neither headings nor table lines, by `number:key` of their text
 * stripped of markup (number 0 when it has none; the key of the text after the number), each key's first line.
 */
function shortLineKeys(report: Report): Map<string, number> {
  let out = lineKeys.get(report);
  if (out) return out;
  out = new Map();
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  // Headings with an ordinal are the outline's; a `#` heading without one (`## 其他需要报告的事项`) is no section.
  // (Nor one whose title is itself a section's numbered title: `1. 一、总体情况`, `## 1、一、总体情况` are read as items
  // numbered 1, but the section's title is written there; brk130 #4.)
  const headingLines = new Set(report.headings.filter((h) => h.ordinalStyle !== 'hash' && !(h.ordinalStyle === 'arabic' && LEVEL1.test(h.title))).map((h) => h.line));
  const { lines } = report;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    // Only short lines can be a title (the longest variant is about 30 characters, with markup around it).
    // A table's lines are skipped, except a line without a digit: a section title the table reader took in as the
    // first line of the table below it (`<h2>四、…</h2>` above 表四) must still be found.
    if (line.length > 120 || headingLines.has(i)) continue;
    // A table row is looked at only when one cell of it holds text, the others empty (`| 一、总体情况 | |`, a heading
    // in a table not read as one, see `readHeading`: brk113 #1): then that cell is the line's text.
    let own = line;
    if (/[|｜]/.test(line)) {
      const cells = pipeCells(line, { fullWidth: true }).map((c) => c.trim()).filter((c) => c && !/^:?-+:?$/.test(c));
      // Or a title in the first cell with words beside it (`| 一、总体情况 | 说明 |`): still the title written, not to be
      // inserted a second time. Not with a number beside it: a 目录's row (`| 一、总体情况 | 1 |`) is no title.
      if (cells.length !== 1 && !(cells.length > 1 && LEVEL1.test(cells[0]) && !cells.slice(1).some((c) => /\d/.test(c)))) continue;
      own = cells[0];
    }
    // Decoration around it is no part of it either (`★一、总体情况`, `【一、总体情况`, `“五、…”。`, brk88 #3): such a line
    // is the title, and a heading inserted elsewhere would give the report that title twice.
    // So is a list marker or an item number before the section's numbered title (`- 一、总体情况`, `1. 一、总体情况`,
    // `1、一、…`, `1️⃣一、…`), and brackets around its number (`【一】总体情况`): the title is written there (brk130 #4).
    const text = own.replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/^[\s#>*_]+|[\s#*_]+$/g, '').replace(LIST_LEAD, '').replace(BRACKETED_NUMERAL, '$1、').replace(DECORATION_AROUND, '');
    if (!text) continue;
    // (The digit is looked for in the text, not the markup: `<div style="text-indent:2em">四、…</div>` above 表四.)
    if (/\d/.test(text) && spans.some((sp) => i >= sp.start && i < sp.end)) continue;
    const m = LEVEL1.exec(text);
    const key = `${m ? chineseNumeral(m[1]) : 0}:${titleKey(m ? m[2] : text)}`;
    if (!out.has(key)) out.set(key, i);
  }
  lineKeys.set(report, out);
  return out;
}

/**
 * The topics 一、总体情况 sums up under its typical sub-headings (templates.md §3.1, §6.1: （一）主动公开, （二）依申请
 * 公开, （三）政府信息管理, （四）（政府信息公开）平台建设, （五）监督保障).
 */
const OVERVIEW_TOPICS = /主动公开|依申请公开|政府信息管理|平台建设|监督保障/;

/**
 * Words that the text of a section is written in, beyond the words of its title (`keywords`): for 五 (存在的主要问题及
 * 改进情况) the words of shortcomings and plans. Only a section listed here is recognised by its text alone.
 */
const CONTENT_WORDS: Record<string, RegExp> = {
  S5: /问题|不足|不够|不到位|改进|整改|下一步|下步|短板|薄弱|差距|有待|仍需|仍有|欠缺|将进一步/,
  // 六: the fees for information processing (the template's own note: 收取信息处理费情况在此处报告), 人大代表建议 and
  // 政协提案, 工作要点落实情况 (templates.md).
  S6: /信息(?:公开)?处理费|其他需要报告|其他事项|人大代表建议|政协提案|建议提案|工作要点落实/,
};

/**
 * Where the content of a missing section `idx` evidently is although its heading is not, in the section just
 * before the place it belongs:
 * - a sub-heading that names its topic (`（一）主要问题` under 四 when 五 is missing): `line` is its line, `heading` it;
 * - a paragraph after the standard table that closes the section just before in the format (四's table when 五
 *   is missing) whose text is written in the section's words (`CONTENT_WORDS`: 问题, 不足, 改进…) and not on the
 *   topic of the section it sits in, where a paragraph starts (after a blank line), with no table from it to the
 *   next section: `line` is its first line, `heading` absent; when that section has no table at all (table-missing
 *   inserts the standard one under its heading), such a paragraph after its own paragraphs from the heading on
 *   (`tableless` set); likewise for 六 after 五 (a section of text only): a paragraph in 六's words (信息处理费…)
 *   after 五's own text (its first paragraph, and those in its own words), `tableless` set;
 * - `unsure` when only some other paragraph there opens with the topic, or one does above that paragraph (no safe
 *   place to put the heading);
 * - null when nothing points to it.
 * `shown` is the start of the text at `line`, for messages.
 */
export function missingContent(report: Report, template: Template, idx: number): { line: number; heading?: Heading; shown: string; tableless?: true; opening?: true } | 'unsure' | null {
  const tops = topHeadings(report);
  const next = tops.find((h) => h.canonical > idx);
  const before = next ? tops.filter((h) => h.line < next.line) : tops;
  const prev = before[before.length - 1];
  if (!prev) return idx === 0 && next ? openingContent(report, next.line) : null;
  const section = report.sections.find((x) => x.heading.line === prev.line);
  if (!section) return null;
  const topic = template.sections[idx].keywords.map((k) => new RegExp(k));
  const own = prev.canonical >= 0 ? template.sections[prev.canonical]?.keywords.map((k) => new RegExp(k)) ?? [] : [];
  // 一、总体情况 sums up the year's work under the topics of the sections after it (templates.md §3.1, §6.1: its
  // typical sub-headings are （一）主动公开, （二）依申请公开, （三）政府信息管理, （四）平台建设, （五）监督保障): a
  // sub-heading or paragraph of 一 on 主动公开 or 依申请公开 is 一's own text, not the start of a missing 二 or 三
  // (brk173 #3: 二's heading and 表二 were to be inserted before 一's （一）主动公开, moving 一's sub-sections under 二).
  if (template.id !== 'pre2019' && template.sections[prev.canonical]?.id === 'S1') own.push(OVERVIEW_TOPICS);
  const names = (t: string) => topic.some((re) => re.test(t)) && !own.some((re) => re.test(t));
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const headingAt = new Map(report.headings.map((h) => [h.line, h]));
  let paragraph = -1;
  // (A line commented out is no text of the report: brk92 #2, a heading commented out was read as the section's text.)
  const comments = commentSpans(report.lines);
  for (let i = section.heading.range.end.line + 1; i < section.endLine; i++) {
    if (spans.some((sp) => i >= sp.start && i < sp.end)) continue;
    const t = report.lines.line(i).trim();
    if (lineInComment(report.lines, comments, i)) continue;
    if (!t || t.includes('|')) continue;
    const c = headingAt.get(i);
    if (c && c.level === 2 && names(titleKey(c.title))) return { line: i, heading: c, shown: c.ordinal + c.title };
    // A paragraph that opens on the topic, within its first clause (`我局政府信息公开工作还存在一些不足：…`).
    if (!c && paragraph < 0 && names(titleKey(t.slice(0, 20).split(/[。：:；;]/)[0]))) paragraph = i;
  }
  const words = CONTENT_WORDS[template.sections[idx].id];
  // The section just before in the format, when it is missing too but its text was found under the one before it
  // (五 and 六 both missing: 五's paragraph after 四's table, brk148 #3): the missing section's text is looked for after
  // that text, as after that section's heading; its start is where that text starts.
  const between = prev.canonical === idx - 2 && idx >= 1 && !tops.some((h) => h.canonical === idx - 1) ? missingContent(report, template, idx - 1) : null;
  const virtual = between && between !== 'unsure' ? between.line : -1;
  if (words && (prev.canonical === idx - 1 || virtual >= 0)) {
    // After the section's table: its own text (on its topic, or a note) stays; the first paragraph after that starts
    // the missing section if it is written in that section's words.
    // A section of the format's tables that has none (table-missing inserts it under the heading): its paragraphs
    // from the heading on, as if after the table.
    const prevIdx = virtual >= 0 ? idx - 1 : prev.canonical;
    const prevId = template.sections[prevIdx]?.id ?? '';
    // (The section's start: its heading's line, or the line before the text of the missing one before it.)
    const startLine = virtual >= 0 ? virtual - 1 : section.startLine;
    const noTable = !spans.some((sp) => sp.start > startLine && sp.start < section.endLine);
    const tableless = /^S[234]$/.test(prevId) && noTable;
    // A section of text only (五 before a missing 六): its own text comes first, from the heading on (its paragraphs
    // and sub-headings, in its own words); the missing section's paragraph only after that, never the first one.
    const textOnly = prevId === 'S5' && noTable;
    const ownWords = CONTENT_WORDS[prevId];
    let ownText = false;
    // (Not into the signature or the annexes after the last section: `附件：…工作要点落实情况` is no text of 六.)
    const stop = textOnly ? Math.min(section.endLine, sectionsEnd(report)?.line ?? section.endLine) : section.endLine;
    const ownTopic = virtual >= 0 ? template.sections[prevIdx].keywords.map((k) => new RegExp(k)) : own;
    for (const [line, text] of paragraphsAfterTable(report, startLine, stop, spans, headingAt, tableless || textOnly, textOnly) ?? []) {
      if (textOnly && !ownText) {
        ownText = true;
        continue;
      }
      if (ownTopic.some((re) => re.test(text)) || ownWords?.test(text) || /^(?:注|说明|备注)\s*\d*\s*[：:]/.test(text)) continue;
      // A paragraph on the topic above this one (before the table) leaves the start unclear.
      if (line >= 0 && words.test(text) && (paragraph < 0 || paragraph >= line)) {
        // (An HTML paragraph's text without its tags: `<p>政策解读…</p>`.)
        const shown = report.lines.line(line).replace(/<[^>]*>/g, '').trim();
        return { line, shown: shown.length > 20 ? shown.slice(0, 20) + '…' : shown, ...(tableless || textOnly ? { tableless: true as const } : {}) };
      }
      break;
    }
  }
  if (paragraph >= 0) return 'unsure';
  return null;
}

/**
 * A paragraph of a report's introduction, which stands between the title and 一、总体情况 (templates.md: the report
 * opens with what it is based on, what it holds and its 统计期限): `本报告根据《条例》…编制`, `…现将…报告如下`.
 */
const INTRODUCTION = /本报告|本年报|统计期限|统计时限|统计时间|年度报告格式|报告如下|以下简称/;

/**
 * Where the text of 一、总体情况 starts when its heading is missing and no section stands before the next one
 * (`nextLine`): its first sub-heading (`（一）主动公开`) after the title, or the paragraph above that (or, with none,
 * before the next section) that follows the report's introduction (`INTRODUCTION`: the paragraph of its 统计期限 stays
 * above the heading) and opens the section (`2024年，某某局认真贯彻落实《条例》…`). brk148 #4: the heading was put
 * after all its sub-sections, right above 二, leaving it empty. From the top when no title is read (the lines of a
 * web page's index table, with `|`, are no paragraph). A paragraph starts after a blank line, or in a PDF's text on
 * an indented line after a sentence's end. Null when a table stands there, or no introduction is read and there is
 * no sub-heading (no safe place: the heading goes above 二).
 */
function openingContent(report: Report, nextLine: number): { line: number; heading?: Heading; shown: string; opening: true } | null {
  const from = report.title ? report.title.range.end.line + 1 : 0;
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  if (spans.some((sp) => sp.start >= from && sp.start < nextLine)) return null;
  const comments = commentSpans(report.lines);
  const sub = report.headings.find((h) => h.level >= 2 && h.line >= from && h.line < nextLine);
  const end = sub ? sub.line : nextLine;
  // The paragraphs from the title to the first sub-heading (or the next section): [first line, text].
  const paragraphs: [number, string][] = [];
  let blank = true;
  for (let i = from; i < end; i++) {
    const raw = report.lines.line(i);
    const t = raw.trim();
    if (!t || t.includes('|') || lineInComment(report.lines, comments, i)) {
      blank = true;
      continue;
    }
    if (report.headings.some((h) => h.line === i)) return null;
    if (!blank && paragraphs.length && SENTENCE_END.test(paragraphs[paragraphs.length - 1][1]) && indentOf(raw) > indentOf(report.lines.line(i - 1))) blank = true;
    if (blank || !paragraphs.length) paragraphs.push([i, t]);
    else paragraphs[paragraphs.length - 1][1] += t;
    blank = false;
  }
  const lastIntro = paragraphs.reduce((k, [, t], j) => (INTRODUCTION.test(t) ? j : k), -1);
  const lead = lastIntro >= 0 ? paragraphs[lastIntro + 1] : undefined;
  const shorten = (s: string) => (s.length > 20 ? s.slice(0, 20) + '…' : s);
  if (lead) return { line: lead[0], shown: shorten(report.lines.line(lead[0]).trim()), opening: true };
  if (sub && (lastIntro >= 0 || !paragraphs.length)) return { line: sub.line, heading: sub, shown: sub.ordinal + sub.title, opening: true };
  return null;
}

/**
 * The paragraphs after the last table of the section on lines `from`–`to` (`to` exclusive), in order, each as
 * [first line, its lines' text joined]; the first line is -1 for text right under the table with no blank line
 * between (no paragraph start there to put a heading at). Null when the section has no table or when a table line
 * or a heading follows the table (not plain paragraphs). `tableless`: the section has no table; its paragraphs from
 * the heading (on line `from`) on. `subHeadings`: a sub-heading (level 2 or below) is a paragraph of its own, not
 * the end of the paragraphs.
 */
function paragraphsAfterTable(report: Report, from: number, to: number, spans: { start: number; end: number }[], headingAt: Map<number, Heading>, tableless = false, subHeadings = false): [number, string][] | null {
  const { lines } = report;
  let tableEnd = tableless ? from + 1 : -1;
  for (const sp of spans) if (sp.start > from && sp.start < to) tableEnd = Math.max(tableEnd, sp.end);
  if (tableEnd < 0 || tableEnd >= to) return null;
  const out: [number, string][] = [];
  // (Right under the heading a paragraph starts, blank line or not.)
  let blankBefore = tableless;
  /** A page's number or footer (`-4-`, `— 7 —`, `第 3 页`) since the last line of text: a PDF's page break. */
  let pageBreak = false;
  let previous = '';
  for (let i = tableEnd; i < to; i++) {
    const raw = lines.line(i);
    const t = raw.trim();
    if (!t) {
      blankBefore = true;
      continue;
    }
    // A page break is no text, and no paragraph's end: a sentence cut off before it goes on after it (brk148 #3: the
    // text of 五 went on over a page of a PDF's text, and its second half was taken for a paragraph of its own).
    if (PAGE_NUMBER.test(t) || PAGE_FOOTER.test(t)) {
      pageBreak = true;
      continue;
    }
    if (pageBreak && out.length && !SENTENCE_END.test(out[out.length - 1][1])) blankBefore = false;
    // In a PDF's text a paragraph starts on an indented line after a sentence's end, with no blank line between
    // (`…业务工作水平。` / ` 2023 年，区政府…信息处理费…`): a paragraph of its own.
    else if (!blankBefore && out.length && SENTENCE_END.test(previous) && indentOf(raw) > indentOf(lines.line(i - 1))) blankBefore = true;
    pageBreak = false;
    previous = t;
    if (t.includes('|') || (headingAt.has(i) && !(subHeadings && headingAt.get(i)!.level >= 2))) return null;
    if (subHeadings && headingAt.has(i)) {
      // A sub-heading is a paragraph of its own (`（一）存在的主要问题`).
      out.push([i, t]);
      blankBefore = true;
      continue;
    }
    // An HTML paragraph starts a paragraph of its own, blank line or not (`</table>` / `<p>全年…</p>` / `<p>政策解读…</p>`,
    // a page's source or a one-line page read a block a line: brk132 #4).
    if (HTML_BLOCK_OPEN.test(t)) blankBefore = true;
    if (blankBefore || !out.length) out.push([blankBefore ? i : -1, t]);
    else out[out.length - 1][1] += t;
    blankBefore = false;
  }
  return out;
}

/** The end of a sentence or a paragraph's text (`。`, `！`, `？`, `；`, `：`), closing quotes and brackets after it allowed. */
const SENTENCE_END = /[。！？!?；;：:][”’」』）)]*$/;
/** The width of a line's leading white space (a tab, an ideographic space: one each). */
const indentOf = (line: string): number => line.length - line.trimStart().length;

/** A line opening an HTML paragraph or division (`<p>`, `<p class="MsoNormal">`, `<div>`). */
const HTML_BLOCK_OPEN = /^<(?:p|div)(?:[\s>]|$)/i;

/** Sentence punctuation: a line holding it is text of the report, not the agency name of the signature. */
const SENTENCE = /[。，,；;：:！？]/;

/** A closing phrase on its own line before the signature: `特此报告。`, `特此公告`. */
const CLOSING = /^特此(?:报告|公告|通报|说明)[。.]?$/;

/**
 * The lines of the signature (落款) at the end of the report, 0-based, in order: the signature date (the date alone
 * on its line that the year was read from, `2025年1月20日`) and the agency's name on the last non-blank line above
 * it, when that line is short (30 characters at most), holds no sentence punctuation and is no heading, with a
 * closing phrase on its own line above that name (`特此报告。`). Empty when the report has no signature date.
 */
export function signatureLines(report: Report): number[] {
  const { lines } = report;
  const out: number[] = [];
  for (const e of report.yearEvidence) {
    if (e.source !== 'signature') continue;
    const at = e.range.start.line;
    let above = at - 1;
    while (above >= 0 && !lines.line(above).trim()) above--;
    const name = above >= 0 ? lines.line(above).trim() : '';
    if (name && name.length <= 30 && !SENTENCE.test(name) && !headingAtLine(report, above)) {
      // A closing phrase on its own line above the name (`特此报告。`) belongs to the signature block too.
      let close = above - 1;
      while (close >= 0 && !lines.line(close).trim()) close--;
      if (close >= 0 && CLOSING.test(lines.line(close).trim())) out.push(close);
      out.push(above);
    }
    out.push(at);
  }
  return out;
}

/**
 * Where the report's sections end, when something that is no section's text follows the last one: the first line
 * (0-based) of the signature (`signatureLines`) or of the annexes (`extras.annexStart`), whichever comes first after
 * the last level-1 heading, with which of the two it is; null when neither follows (the sections run to the end).
 */
export function sectionsEnd(report: Report): { line: number; before: 'signature' | 'annex' } | null {
  const tops = topHeadings(report);
  const last = tops.length ? tops[tops.length - 1].line : -1;
  const sig = signatureLines(report).find((l) => l > last);
  const annex = report.extras.annexStart !== undefined && report.extras.annexStart > last ? report.extras.annexStart : undefined;
  if (sig === undefined && annex === undefined) return null;
  return annex === undefined || (sig !== undefined && sig < annex) ? { line: sig!, before: 'signature' } : { line: annex, before: 'annex' };
}

/**
 * The edit that inserts a missing section `idx` (heading, and for 二/三/四 its standard table) before the next
 * section of the template that the report has; else after the last section, before the signature (落款) and the
 * annexes (`sectionsEnd`), or at the end when neither follows; or, when the section's content is there under the
 * previous section (`missingContent`), before that content. `line` is the 0-based line the heading goes before (for
 * the end of the text, its last non-blank line); `title` the heading inserted, without its markup (`（五）存在的…` where
 * the sibling sections are numbered so, `sectionOrdinal`).
 */
export function insertSectionEdit(report: Report, template: Template, idx: number, at?: number): { edit: TextEdit; line: number; title: string } {
  const eol = report.lines.dominantEol();
  const next = topHeadings(report).find((h) => h.canonical > idx);
  const style = sectionStyle(report);
  const s = template.sections[idx];
  const table = template.id === 'pre2019' ? null : renderSectionTable(template.id, s.id, eol);
  // Numbered as the sibling sections are (`（五）` among `（四）`, `（六）`), else `五、`.
  const title = styledTitle(PLAIN, s.title, sectionOrdinal(report, idx));
  const block = [styledTitle(style, s.title, sectionOrdinal(report, idx)), '', ...(table ? [table, ''] : [])].join(eol);
  const line = at ?? next?.line ?? sectionsEnd(report)?.line;
  if (line !== undefined) {
    const pos = { line, character: 0 };
    // After a line with text, a blank line first, so the heading stands apart.
    const lead = (at !== undefined || next === undefined) && line > 0 && report.lines.line(line - 1).trim() ? eol : '';
    return { edit: { range: { start: pos, end: pos }, newText: lead + block + eol }, line, title };
  }
  const last = report.lines.lineCount - 1;
  const end = { line: last, character: report.lines.line(last).length };
  const needsBreak = report.lines.line(last).trim() !== '';
  let shown = last;
  while (shown > 0 && !report.lines.line(shown).trim()) shown--;
  // A text that ends without a line break gets none after the block either: each insertion at the end starts with
  // the blank line above it, so that a table or a section inserted at the same point before it is followed by one
  // blank line, not two, and a quoted report ends on its last line, not on a bare `>` (brk177 #7). After a final
  // line break, the block ends with one as the text did.
  const newText = needsBreak ? eol + eol + block.slice(0, block.length - eol.length) : eol + block;
  return { edit: { range: { start: end, end }, newText }, line: shown, title };
}

/**
 * How a report writes its section headings, as the markup around the ordinal and the title: `open` before the
 * ordinal (`## `, `##`, `**`, `## **`, `<h2>`, `<p style="…"><strong>`, or nothing), `afterOrdinal` between the ordinal and the title (`**` of
 * `**四、**政府信息公开…`, else nothing), `close` after the title (the closing bold marker or HTML tag, else nothing).
 */
export interface SectionStyle {
  open: string;
  afterOrdinal: string;
  close: string;
}

const PLAIN: SectionStyle = { open: '', afterOrdinal: '', close: '' };

/** The markup of one section heading (`h` read from its line), or null when it is not one this knows how to copy. */
function styleOf(line: string, h: Heading): SectionStyle | null {
  // (In a blockquote, after its markers: the lines inserted get them from the fix: `withQuoteMarkers`.)
  const pre = line.slice(afterQuoteMarkers(line), h.ordinalRange.start.character);
  const hashes = /^#{0,6}\s*/.exec(pre)![0];
  const rest = pre.slice(hashes.length);
  if (!rest) return { open: hashes, afterOrdinal: '', close: '' };
  const html = /^<h([1-6])(?:\s[^>]*)?>\s*$/i.exec(rest);
  if (html) return { open: `<h${html[1]}>`, afterOrdinal: '', close: `</h${html[1]}>` };
  // `<p style="text-indent:2em"><strong>一、…</strong></p>`: the same tags, attributes and all, closed after the title.
  if (/^<p[\s>]/i.test(rest) && !hashes) {
    const tags = rest.match(/<([a-z]+)(?:\s[^>]*)?>/gi);
    const after = line.slice(h.titleRange.end.character).trimEnd();
    if (!tags || tags.join('') !== rest.replace(/\s+$/, '')) return null;
    const close = tags.map((t) => `</${/^<([a-z]+)/i.exec(t)![1]}>`).reverse().join('');
    if (after.replace(/\s+/g, '').toLowerCase() !== close.toLowerCase()) return null;
    return { open: rest, afterOrdinal: '', close: after };
  }
  const bold = /^(\*{2,3}|_{2,3})\s*$/.exec(rest);
  if (!bold) return null;
  const marker = bold[1];
  // `**四、**政府信息公开…`: only the ordinal is bold.
  const mid = line.slice(h.ordinalRange.end.character, h.titleRange.start.character).trim();
  if (mid === marker) return { open: hashes + marker, afterOrdinal: marker, close: '' };
  return { open: hashes + marker, afterOrdinal: '', close: marker };
}

const styles = new WeakMap<Report, SectionStyle>();

/**
 * The markup the report's section headings are written in (`##六、…` → `##`, `**一、…**` → bold): the form most of its
 * level-1 headings share (the first one's on a tie); plain when it has none or writes them in a form not known.
 */
export function sectionStyle(report: Report): SectionStyle {
  let out = styles.get(report);
  if (out) return out;
  const count = new Map<string, { style: SectionStyle; n: number }>();
  for (const h of topHeadings(report)) {
    const st = styleOf(report.lines.line(h.line), h);
    if (!st) continue;
    const key = JSON.stringify(st);
    const c = count.get(key);
    if (c) c.n++;
    else count.set(key, { style: st, n: 1 });
  }
  out = PLAIN;
  let best = 0;
  for (const { style, n } of count.values()) if (n > best) (best = n), (out = style);
  styles.set(report, out);
  return out;
}

/**
 * A canonical section title (`五、存在的主要问题及改进情况`) written in `style`; with `ordinal` (`（五）`, see
 * `sectionOrdinal`), numbered so instead of `五、`.
 */
export function styledTitle(style: SectionStyle, title: string, ordinal?: string | null): string {
  const cut = title.indexOf('、') + 1;
  return style.open + (ordinal ?? title.slice(0, cut)) + style.afterOrdinal + title.slice(cut) + style.close;
}

/**
 * The ordinal section `idx` (0-based: 4 → 五) is numbered with in the form most of the report's sections share when
 * that is not the template's `五、`: `（五）` among `（四）`…`（六）` (a 汇编 whose agency headings are `一、`…, each
 * report's sections `（一）`…; or a whole report renumbered so), `(五)`, `5.`, `5、`, `五` and the space after it
 * (`## 五 存在…`). An inserted heading is numbered as its siblings are: section-order says the style of them all,
 * once (in a 汇编 it says nothing). Null for the template's form, or on a tie with it.
 */
export function sectionOrdinal(report: Report, idx: number): string | null {
  // (A 汇编's sections `（一）`… are read as its reports' own, without `writtenStyle`: each heading's ordinal counts.)
  const forms = new Map<string, number>();
  for (const h of topHeadings(report)) {
    const form = writtenOrdinal(report, h);
    if (form !== null) forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  let best = TEMPLATE_FORM;
  for (const [form, n] of forms) if (n > (forms.get(best) ?? 0)) best = form;
  if (best === TEMPLATE_FORM) return null;
  return best.includes('#') ? best.replace('#', toChineseNumeral(idx + 1)) : best.replace('0', String(idx + 1));
}

/** The template's form of a section ordinal (`五、`), as `writtenOrdinal` gives it. */
const TEMPLATE_FORM = '#、';

/**
 * The ordinal of section heading `h` as written with its number as a slot (`（#）`,
 * `0.`; `#` a Chinese numeral, `0` digits), and the spaces between it and the title; null when it holds no number.
 */
function writtenOrdinal(report: Report, h: Heading): string | null {
  const line = report.lines.line(h.line);
  const gap = h.ordinalRange.end.line === h.line && h.titleRange.start.line === h.line ? line.slice(h.ordinalRange.end.character, h.titleRange.start.character) : '';
  const ordinal = h.ordinal.replace(/[一二三四五六七八九十]+/, '#').replace(/[0-9０-９]+/, '0');
  if (!/[#0]/.test(ordinal)) return null;
  return ordinal + (/^[ \t\u3000]*$/.test(gap) ? gap : '');
}

/**
 * Sentence punctuation written after the closing marker of a wholly bold heading (`**一、总体情况**。`): the text and
 * the 0-based character range of the punctuation on the heading's line, or null. The plain line (`一、总体情况。`) has
 * it in its title.
 */
export function punctuationAfterBold(report: Report, h: Heading): { text: string; from: number; to: number } | null {
  // A heading wrapped onto the next line is a plain line (see `joinWrappedTitle`): no bold markers.
  if (h.titleRange.end.line !== h.line) return null;
  const line = report.lines.line(h.line);
  const end = h.titleRange.end.character;
  const m = /^(\s*)(\*{2,3}|_{2,3})(\s*)([。；;．.，,、：:]+)\s*$/.exec(line.slice(end));
  if (!m) return null;
  // The heading must open with the same marker (`**一、总体情况**。`, `## **一、…**。`).
  const pre = line.slice(afterQuoteMarkers(line), h.ordinalRange.start.character).replace(/^#{0,6}\s*/, '').trim();
  if (pre !== m[2]) return null;
  const from = end + m[1].length + m[2].length + m[3].length;
  return { text: m[4], from, to: from + m[4].length };
}

/**
 * Whether the last non-blank line above `line` (0-based) is a line of text: not a table line, not in a table's
 * span, not a heading.
 */
export function proseAbove(report: Report, line: number): boolean {
  let i = line - 1;
  while (i >= 0 && !report.lines.line(i).trim()) i--;
  if (i < 0) return false;
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  return !report.lines.line(i).includes('|') && !spans.some((sp) => i >= sp.start && i < sp.end) && !report.headings.some((h) => h.line === i);
}

/**
 * Whether a report's level-1 headings are the six sections the 2019 and 2021 formats share (templates.md §3.1, §4.1),
 * not the pre-2019 convention's (§2.2): three or more of them written with a title (or listed variant) of those
 * formats, more of them than of the pre-2019 titles, and one at least a title the pre-2019 convention does not write
 * (`四、政府信息公开行政复议、行政诉讼情况`; the old reports numbered 复议 and 诉讼 五 and wrote 依申请公开). Not asking
 * for 三, which may be the section missing. Used when the year and format are unknown (section-missing, table-missing).
 */
export function sharedSectionsWritten(report: Report): boolean {
  const tops = topHeadings(report);
  const modern = templateOf('2021'), old = templateOf('pre2019');
  /** The sections of `t` whose title (or a variant) heading `h` writes (`isKnownTitle`). */
  const known = (h: Heading, t: Template) => t.sections.flatMap((_, i) => (isKnownTitle(h, t, i) ? [i] : []));
  const written = (t: Template) => new Set(tops.flatMap((h) => known(h, t)));
  const ours = written(modern);
  const modernOnly = tops.some((h) => known(h, modern).length && !known(h, old).length);
  return ours.size >= 3 && ours.size > written(old).size && modernOnly;
}

/** The words that join two sections' titles in one heading (`五、存在的主要问题及改进情况和其他需要报告的事项`). */
const TITLE_JOIN = /^(?:以及|和|及|与|、|并|暨)/;

/**
 * The first of the two consecutive sections whose titles heading `h` joins into one (`三、收到和处理政府信息公开申请及
 * 行政复议、行政诉讼情况` → 2, 三 and 四; `五、存在的主要问题及改进情况和其他需要报告的事项` → 4, 五 and 六), or null. The title
 * is the first section's title (or a variant), or its start (`收到和处理政府信息公开申请`, the `情况` shared with the
 * second), naming its topic, then a joining word (`和`, `及`, `与`, `以及`, `、`), then the second's title or variant,
 * its end (`行政复议、行政诉讼情况`), its start or a slip of it, naming the second's topic and not the first's; a title
 * that is one section's own (a variant too) is none. A phrase joined to a title that names no other section
 * (`二、主动公开政府信息情况及政策解读情况`) lengthens the title: section-title's.
 */
export function mergedSectionsOf(h: Heading, template: Template): number | null {
  const key = titleKey(h.title);
  if (key.length < 6) return null;
  const keys = template.sections.map((s) => [s.title, ...s.variants].map((t) => titleKey(bareTitle(t))));
  if (keys.some((ks) => ks.includes(key))) return null;
  const topics = template.sections.map((s) => s.keywords.map((k) => new RegExp(k)));
  for (let i = 0; i + 1 < template.sections.length; i++) {
    for (let p = 2; p < key.length - 2; p++) {
      const join = TITLE_JOIN.exec(key.slice(p));
      if (!join) continue;
      const a = key.slice(0, p), b = key.slice(p + join[0].length);
      if (!topics[i].some((re) => re.test(a)) || !topics[i + 1].some((re) => re.test(b))) continue;
      if (topics[i + 1].some((re) => re.test(a)) || topics[i].some((re) => re.test(b))) continue;
      if (!keys[i].some((k) => k.startsWith(a))) continue;
      if (keys[i + 1].some((k) => k === b || k.endsWith(b) || (b.length >= 4 && k.startsWith(b)) || editDistance(b, k) <= titleTypoBudget(k.length))) return i;
    }
  }
  return null;
}

/**
 * The heading among the report's section headings that joins section `idx` with the one before or after it
 * (`mergedSectionsOf`) while it is read as that other section and `idx` has no heading of its own: the heading, and
 * the first of the two sections it joins. Null when there is none.
 */
export function mergedHeadingFor(report: Report, template: Template, idx: number): { heading: Heading; first: number } | null {
  const tops = topHeadings(report);
  if (tops.some((h) => h.canonical === idx)) return null;
  for (const h of tops) {
    const first = mergedSectionsOf(h, template);
    if (first === null || (first !== idx && first + 1 !== idx)) continue;
    if (h.canonical === (first === idx ? idx + 1 : idx - 1)) return { heading: h, first };
  }
  return null;
}

/**
 * Where the text of the second section starts under heading `h` that joins sections `first` and `first + 1`
 * (`mergedSectionsOf`), as far as it can be told without misplacing any text: the line its heading goes before, or
 * null. The second section's table (表三 after 表二, 表四 after 表三) with nothing but blank lines between it and the
 * first's table; or, for a section of text (五, 六), a sub-heading naming its topic, or the first paragraph after
 * the first section's own text (its table, or for 五 its first paragraph) written in its words (信息处理费…, as
 * `missingContent` reads a missing section's text), with no paragraph after it in the first section's words only.
 */
export function mergedSplitLine(report: Report, template: Template, h: Heading, first: number): number | null {
  const tops = topHeadings(report);
  const next = tops.find((o) => o.line > h.line);
  const end = Math.min(next ? next.line : report.lines.lineCount, sectionsEnd(report)?.line ?? report.lines.lineCount);
  const from = h.range.end.line;
  const a = template.sections[first], b = template.sections[first + 1];
  const spanOf = (id: string) => {
    const t = ({ S2: 't2', S3: 't3', S4: 't4' } as Record<string, 't2' | 't3' | 't4'>)[id];
    const sp = t ? report.extras.spans[t] : undefined;
    return sp && sp.start > from && sp.end <= end ? sp : undefined;
  };
  if (/^S[234]$/.test(b.id)) {
    const own = spanOf(a.id), theirs = spanOf(b.id);
    if (!own || !theirs || own.end > theirs.start) return null;
    for (let i = own.end; i < theirs.start; i++) if (report.lines.line(i).trim()) return null;
    return theirs.start;
  }
  const words = CONTENT_WORDS[b.id];
  if (!words) return null;
  const ownWords = CONTENT_WORDS[a.id];
  const ownTopic = a.keywords.map((k) => new RegExp(k));
  const topic = b.keywords.map((k) => new RegExp(k));
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const headingAt = new Map(report.headings.map((o) => [o.line, o]));
  // A sub-heading on the second section's topic (`（二）其他需要报告的事项`), none on the first's after it.
  const subs = report.headings.filter((o) => o.level >= 2 && o.line > from && o.line < end);
  const at = subs.findIndex((o) => topic.some((re) => re.test(titleKey(o.title))) && !ownTopic.some((re) => re.test(titleKey(o.title))));
  if (at >= 0) return subs.slice(at + 1).some((o) => ownTopic.some((re) => re.test(titleKey(o.title)))) ? null : subs[at].line;
  if (subs.length) return null;
  const tableless = !spanOf(a.id);
  const paragraphs = paragraphsAfterTable(report, from, end, spans, headingAt, tableless, false);
  if (!paragraphs) return null;
  // A section of text only: its first paragraph is its own.
  const rest = a.id === 'S5' && tableless ? paragraphs.slice(1) : paragraphs;
  const k = rest.findIndex(([, text]) => !(ownTopic.some((re) => re.test(text)) || ownWords?.test(text) || /^(?:注|说明|备注)\s*\d*\s*[：:]/.test(text)));
  if (k < 0 || rest[k][0] < 0 || !words.test(rest[k][1])) return null;
  if (rest.slice(k + 1).some(([, text]) => (ownWords?.test(text) || ownTopic.some((re) => re.test(text))) && !words.test(text))) return null;
  return rest[k][0];
}

/**
 * The content items 2008《条例》第三十二条 requires of a report (templates.md §2.1; the sixth, 其他需要报告的事项, is
 * optional in practice, §2.2 row 7), each with the words that show it is reported, and the pre-2019 section
 * (`P2`…`P6`) it is conventionally written in. The section list is convention (§2.2): an item counts as reported
 * wherever its words stand, in a heading or in a sentence of another part (seed 004 says 依申请, 收支 and 复议/诉讼 in
 * one paragraph of its first part). Lenient: any of its words is enough.
 */
export const OLD_ERA_ITEMS: { section: string; zh: string; en: string; words: RegExp }[] = [
  { section: 'P2', zh: '主动公开政府信息的情况', en: 'information disclosed on the agency\'s own initiative (主动公开)', words: /主动公开|主动发布|主动向社会公开/ },
  {
    section: 'P3', zh: '依申请公开政府信息和不予公开政府信息的情况', en: 'disclosure on application (依申请公开) and refusals',
    // (Not 申请 alone: 被申请行政复议 is the 复议 item.)
    words: /依申请|申请公开|公开申请|(?:收到|受理|接到|办理|答复)[^。；;]{0,12}申请|申请(?:人|件|\d)|不予公开/,
  },
  {
    section: 'P4', zh: '政府信息公开的收费及减免情况', en: 'fees charged and waived (收费及减免)',
    // (Not 收费 alone: 教育收费, 价格和收费 are topics of the information disclosed.)
    words: /收费及减免|收费和减免|收费与减免|(?:未|没有|不|无|均未|免于|免除)[^。；;，,]{0,6}(?:收取|收费)|收取[^。；;]{0,16}费|收费(?:情况|标准|项目)|费用|减免|收支|处理费|检索费|复制费|邮寄费|工本费|成本费/,
  },
  { section: 'P5', zh: '因政府信息公开申请行政复议、提起行政诉讼的情况', en: 'administrative reconsideration and lawsuits (行政复议、行政诉讼)', words: /复议|诉讼/ },
  {
    section: 'P6', zh: '政府信息公开工作存在的主要问题及改进情况', en: 'the main problems and their improvement (存在的主要问题及改进情况)',
    words: /问题|不足|改进|差距|薄弱|短板|困难|下一步|努力方向|整改/,
  },
];

/**
 * The items of `OLD_ERA_ITEMS` whose words are nowhere in the report (its headings or text), the introduction's list
 * of the parts aside (报告由……等六部分组成, 全文包括……, 报告分为……五个部分: it names a part and reports nothing).
 */
export function oldEraMissingItems(report: Report): typeof OLD_ERA_ITEMS {
  let out = oldEraMissing.get(report);
  if (out) return out;
  const lines: string[] = [];
  for (let i = 0; i < report.lines.lineCount; i++) lines.push(report.lines.line(i));
  const listing = (t: string) => /(?:报告|全文|本文|内容)[^，,]{0,16}(?:由|包括|包含|分为|共分|涵盖|含)/.test(t) && (t.match(/[、，,；;]/g) ?? []).length >= 2;
  const text = lines.join('\n').split(/[。！？!?\n]/).filter((t) => !listing(t)).join('。');
  out = OLD_ERA_ITEMS.filter((item) => !item.words.test(text));
  oldEraMissing.set(report, out);
  return out;
}

const oldEraMissing = new WeakMap<Report, typeof OLD_ERA_ITEMS>();
