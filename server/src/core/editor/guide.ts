/**
 * What the template asks each section to contain, for hovers on headings, and a few editor helpers over the
 * report model (which table or section a line is in). Pure.
 * Sources: templates.md §2, §3, §4 and §6 (30号 "一、报告内容", 《条例》第五十条).
 */
import type { Bilingual, DetectedFormat, FormatId, Heading, TableId } from '../types.js';
import type { Report } from '../model/build.js';
import { templateOf, type Template } from '../templates/index.js';
import { labelKey } from '../text/normalize.js';
import { QUOTE_MARKERS } from '../text/blocks.js';

/**
 * What a section is to hold, and who says so (`by`): the format itself, in a passage templates.md §6 has verified
 * (`format`); the 《条例》 (`law`: 2019 第五十条, 2008 第三十二条); or only what reports of that format usually do
 * (`usual`). `more`: what reports usually add there, shown in the hover and never as a requirement. What templates.md
 * marks [UNVERIFIED] (§6.1: that 五 must follow up last year's problems, brk162 #4) is none of these, and not said.
 */
export interface SectionGuideText extends Bilingual {
  by: 'format' | 'law' | 'usual';
  more?: Bilingual;
}

/** Guidance per canonical section of the 2019/2021 formats (index 0 = 一、总体情况). */
const MODERN: SectionGuideText[] = [
  {
    zh: '综述本机关贯彻落实《中华人民共和国政府信息公开条例》的情况，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（各级人民政府含“工作考核、社会评议和责任追究结果情况”）。（国办公开办函〔2021〕30号 一（一））',
    en: 'An overview of how the agency implemented the Regulations: proactive disclosure, disclosure on request, information management, disclosure platforms, supervision (for governments also assessment, public evaluation and accountability results). (General Office of the State Council circular 国办公开办函〔2021〕30号, part 一, item （一）)',
    by: 'format',
  },
  {
    zh: '主动公开政府信息情况：填写表二（第二十条第（一）、（五）、（六）、（八）项；2019 格式另有第（九）项），可配文字说明。',
    en: 'Proactive disclosure: fill in 表二 (Article 20 items (1), (5), (6), (8); the 2019 format also has item (9)), optionally with text.',
    by: 'format',
  },
  {
    zh: '收到和处理政府信息公开申请情况：填写表三（申请人情况 × 新收、上年结转、办理结果、结转下年度）。本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。',
    en: 'Requests received and handled: fill in 表三 (applicant types × new, carried over, results, carried forward). Its rule: items one plus two equal items three plus four, per column.',
    by: 'format',
  },
  {
    zh: '政府信息公开行政复议、行政诉讼情况：填写表四（行政复议；行政诉讼：未经复议直接起诉、复议后起诉；各分结果维持、结果纠正、其他结果、尚未审结、总计）。',
    en: 'Administrative reconsideration and litigation: fill in 表四 (reconsideration; litigation without and after reconsideration; each with upheld, corrected, other, pending, total).',
    by: 'format',
  },
  // (30号's own text for this part is not at hand (templates.md §6.1 [UNVERIFIED]): what 第五十条 asks, §6.2.)
  {
    zh: '存在的主要问题及改进情况：政府信息公开工作存在的主要问题及改进情况（《中华人民共和国政府信息公开条例》第五十条第（四）项）。',
    en: 'Main problems and improvements: the main problems of the disclosure work and how they are being improved (article 50 (4) of the Regulations).',
    by: 'law',
  },
  // (The template's placeholder, templates.md §6.1 [TEMPLATE G1]: “收取信息处理费情况在此处报告”; the rest is what
  // reports usually add.)
  {
    zh: '其他需要报告的事项：收取信息处理费情况（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。',
    en: 'Other matters: information processing fees charged (国办函〔2020〕109号).',
    by: 'format',
    more: {
      zh: '报告通常还在这里说明落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开等情况。',
      en: 'Reports usually also give here e.g. the implementation of the yearly disclosure work points and the publication of replies to deputies\' proposals.',
    },
  },
];

/**
 * Guidance per canonical section of the 2019 format (国办公开办函〔2019〕60号), where it differs from `MODERN`: that
 * text of 一 quotes 〔2021〕30号, a document issued in September 2021, after every report in the 2019 format (years 2019
 * and 2020; brk106 #14); 60号's own attachment is not at hand (templates.md §3.1), so 一 says what reports in that
 * format hold and what 《条例》第五十条 asks. 表二 has its five blocks; 六 is 第五十条's (五) (the fee for information
 * processing, 国办函〔2020〕109号, applies from 2021).
 */
const FORMAT_2019: SectionGuideText[] = [
  {
    zh: '综述本机关政府信息公开工作的总体情况，按 2019 年格式（国办公开办函〔2019〕60号）编制的年报通常分为主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等几项；各级人民政府还应报告工作考核、社会评议和责任追究结果情况（《中华人民共和国政府信息公开条例》第五十条第（四）项）。',
    en: 'An overview of the agency\'s disclosure work, which reports in the 2019 format (General Office of the State Council circular 国办公开办函〔2019〕60号) usually divide into proactive disclosure, disclosure on request, information management, disclosure platforms and supervision; governments also report assessment, public evaluation and accountability results (article 50 (4) of the Regulations).',
    by: 'usual',
  },
  {
    zh: '主动公开政府信息情况：填写表二（第二十条第（一）、（五）、（六）、（八）、（九）项），可配文字说明。',
    en: 'Proactive disclosure: fill in 表二 (Article 20 items (1), (5), (6), (8), (9)), optionally with text.',
    by: 'format',
  },
  MODERN[2],
  MODERN[3],
  MODERN[4],
  {
    zh: '其他需要报告的事项：本机关需要报告的其他情况（《中华人民共和国政府信息公开条例》第五十条第（五）项）。',
    en: 'Other matters: anything else the agency needs to report (article 50 (5) of the Regulations).',
    by: 'law',
  },
];

/** Guidance per conventional pre-2019 section (2008《条例》第三十二条). */
const PRE2019: SectionGuideText[] = [
  { zh: '概述本机关政府信息公开工作的总体情况（2008 年《条例》时期的惯例章节）。', en: 'An overview of the year\'s disclosure work (conventional section, pre-2019).', by: 'usual' },
  { zh: '行政机关主动公开政府信息的情况（2008 年《条例》第三十二条（一））。', en: 'Proactive disclosure (2008 Regulations art. 32 (1)).', by: 'law' },
  { zh: '行政机关依申请公开政府信息和不予公开政府信息的情况（第三十二条（二））。', en: 'Disclosure on request and refusals (art. 32 (2)).', by: 'law' },
  { zh: '政府信息公开的收费及减免情况（第三十二条（三））。', en: 'Fees and exemptions (art. 32 (3)).', by: 'law' },
  { zh: '因政府信息公开申请行政复议、提起行政诉讼的情况（第三十二条（四））。', en: 'Reconsideration and litigation about disclosure (art. 32 (4)).', by: 'law' },
  { zh: '政府信息公开工作存在的主要问题及改进情况（第三十二条（五））。', en: 'Main problems and improvements (art. 32 (5)).', by: 'law' },
  { zh: '其他需要报告的事项（第三十二条（六））。', en: 'Other matters (art. 32 (6)).', by: 'law' },
];

/** The template the editor features use for a detected format (unknown → the current 2021 format). */
export function editorTemplate(format: DetectedFormat): Template {
  return templateOf(format === 'unknown' ? '2021' : format);
}

/** What the template asks the section at `canonical` (0-based) to contain, for `format`. */
export function sectionGuide(format: DetectedFormat, canonical: number): { title: string; text: SectionGuideText } | null {
  const tpl = editorTemplate(format);
  const s = tpl.sections[canonical];
  if (!s) return null;
  const text = (tpl.id === 'pre2019' ? PRE2019 : tpl.id === '2019' ? FORMAT_2019 : MODERN)[canonical];
  return text ? { title: s.title, text } : null;
}

/** The table (if any) a 0-based line lies in. */
export function tableAtLine(report: Report, line: number): TableId | null {
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    const s = report.extras.spans[id];
    if (s && line >= s.start && line < s.end) return id;
  }
  return null;
}

/** The top-level section a line lies in, or null before the first section. */
export function sectionAtLine(report: Report, line: number): Report['sections'][number] | null {
  for (const s of report.sections) if (line >= s.startLine && line < s.endLine) return s;
  return null;
}

/** The table the template puts in a section: 二 → 表二, 三 → 表三, 四 → 表四 (2019/2021 only). */
export function tableOfSection(format: DetectedFormat, canonical: number): TableId | null {
  if (format === 'pre2019') return null;
  return canonical === 1 ? 't2' : canonical === 2 ? 't3' : canonical === 3 ? 't4' : null;
}

/** The heading whose line is `line`, if any. */
export function headingAtLine(report: Report, line: number): Heading | null {
  let byLine = headingsByLine.get(report);
  if (!byLine) headingsByLine.set(report, (byLine = new Map(report.headings.map((h) => [h.line, h]))));
  return byLine.get(line) ?? null;
}

/** The headings of each report by line, built once per report (rules ask about many lines of a long draft). */
const headingsByLine = new WeakMap<Report, Map<number, Heading>>();

/** All format ids, newest first (for pickers). */
export const FORMAT_IDS: readonly FormatId[] = ['2021', '2019', 'pre2019'];

/** The cells of a line with its markup out: blockquote and heading marks, bold, pipes and HTML tags (cells' separators). */
export function lineCells(line: string): string[] {
  return line.replace(QUOTE_MARKERS, '').replace(/<[^>]*>/g, '|').replace(/^\s*#{1,6}(?=\s)/, '').replace(/\*\*|__/g, '')
    .split(/(?<!\\)\||\t| {2,}|\u3000/).map((c) => c.trim()).filter(Boolean);
}

/**
 * Whether `line` is a 表二 item heading and nothing else (`第二十条第（五）项`; with `#` marks, in a pipe cell, as
 * pdftotext spaces it, `第二十条 第（一）项`; or being typed, `第二十条第（`): its text starts with `第…条`, as no row
 * label nor column name does.
 */
export function isItemHeading(line: string): boolean {
  const cells = lineCells(line);
  if (cells.length !== 1 && !(cells.length === 2 && /^第[一二三四五六七八九十百]+条$/.test(labelKey(cells[0])))) return false;
  return /^第[一二三四五六七八九十百]+条/.test(labelKey(cells.join('')));
}

/** A Markdown ATX heading line (`### 行政复议`, in a blockquote too). */
const MD_HEADING = /^\s*#{1,6}\s+\S/;

/**
 * The sub-headings written inside table `id` of `report` between 0-based lines `from` and `to` (both included), top to
 * bottom: 表二's item headings (`第二十条第（五）项`, in any layout) and the Markdown headings (`### 行政诉讼（复议后起诉）`)
 * written over the parts of 表二 and 表四, each with its text (marks and pipes left out). 表三's lines are its rows
 * (a row label written as a heading is still a row): none.
 */
export function tableSubheadings(report: Report, id: TableId, from: number, to: number): { line: number; name: string }[] {
  if (id === 't3') return [];
  const out: { line: number; name: string }[] = [];
  for (let i = Math.max(0, from); i <= to && i < report.lines.lineCount; i++) {
    const text = report.lines.line(i);
    if (!(id === 't2' && isItemHeading(text)) && !MD_HEADING.test(text.replace(QUOTE_MARKERS, ''))) continue;
    const name = lineCells(text).join(' ');
    if (name) out.push({ line: i, name });
  }
  return out;
}
