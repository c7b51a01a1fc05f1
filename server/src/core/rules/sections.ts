import type { Heading, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Template } from '../templates/index.js';
import { chineseNumeral, titleKey } from '../text/normalize.js';
import { renderSectionTable } from '../fix/render.js';
import { classifySection } from '../model/build.js';
import { templateOf } from '../templates/index.js';
import { boldMarker, LEVEL1 } from '../parse/headings.js';

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
  let after = line.slice(sep + 1).trim();
  const bold = boldMarker(line, h);
  if (bold && after.endsWith(bold)) after = after.slice(0, -bold.length).trim();
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
 * A line that holds the title of section `idx` but is not read as a heading: stripped of markup (`#`, `>`, `*`,
 * `_`, HTML tags such as `<h2>`/`<b>`), its text is the section's canonical title or a listed variant, alone or
 * after the section's own number (`<h2>六、其他需要报告的事项</h2>`, `其他需要报告的事项`, `## 其他需要报告的事项`).
 * Lines read as headings with an ordinal and table lines are not looked at. The first such line, or -1.
 */
export function unreadTitleLine(report: Report, template: Template, idx: number): number {
  const titles = shortLineKeys(report);
  let found = -1;
  for (const t of [template.sections[idx].title, ...template.sections[idx].variants]) {
    const k = templateKey(t);
    for (const at of [titles.get('0:' + k), titles.get(`${idx + 1}:${k}`)]) if (at !== undefined && (found < 0 || at < found)) found = at;
  }
  return found;
}

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
  const headingLines = new Set(report.headings.filter((h) => h.ordinalStyle !== 'hash').map((h) => h.line));
  const { lines } = report;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    // Only short lines can be a title (the longest variant is about 30 characters, with markup around it).
    // A table's lines are skipped, except a line without a digit: a section title the table reader took in as the
    // first line of the table below it (`<h2>四、…</h2>` above 表四) must still be found.
    if (line.length > 120 || line.includes('|') || headingLines.has(i) || (/\d/.test(line) && spans.some((sp) => i >= sp.start && i < sp.end))) continue;
    const text = line.replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/^[\s#>*_]+|[\s#*_]+$/g, '');
    if (!text) continue;
    const m = LEVEL1.exec(text);
    const key = `${m ? chineseNumeral(m[1]) : 0}:${titleKey(m ? m[2] : text)}`;
    if (!out.has(key)) out.set(key, i);
  }
  lineKeys.set(report, out);
  return out;
}

/**
 * Where the content of a missing section `idx` evidently is although its heading is not: in the section just
 * before the place it belongs, a sub-heading that names its topic (`（一）主要问题` under 四 when 五 is missing).
 * `line` is that sub-heading's line; `unsure` when only a paragraph there opens with the topic (no safe place
 * to put the heading); null when nothing points to it.
 */
export function missingContent(report: Report, template: Template, idx: number): { line: number; heading: Heading } | 'unsure' | null {
  const tops = topHeadings(report);
  const next = tops.find((h) => h.canonical > idx);
  const before = next ? tops.filter((h) => h.line < next.line) : tops;
  const prev = before[before.length - 1];
  if (!prev) return null;
  const section = report.sections.find((x) => x.heading.line === prev.line);
  if (!section) return null;
  const topic = template.sections[idx].keywords.map((k) => new RegExp(k));
  const own = prev.canonical >= 0 ? template.sections[prev.canonical]?.keywords.map((k) => new RegExp(k)) ?? [] : [];
  const names = (t: string) => topic.some((re) => re.test(t)) && !own.some((re) => re.test(t));
  const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
  const headingAt = new Map(report.headings.map((h) => [h.line, h]));
  let paragraph = -1;
  for (let i = section.startLine + 1; i < section.endLine; i++) {
    if (spans.some((sp) => i >= sp.start && i < sp.end)) continue;
    const t = report.lines.line(i).trim();
    if (!t || t.includes('|')) continue;
    const c = headingAt.get(i);
    if (c && c.level === 2 && names(titleKey(c.title))) return { line: i, heading: c };
    // A paragraph that opens on the topic, within its first clause (`我局政府信息公开工作还存在一些不足：…`).
    if (!c && paragraph < 0 && names(titleKey(t.slice(0, 20).split(/[。：:；;]/)[0]))) paragraph = i;
  }
  if (paragraph >= 0) return 'unsure';
  return null;
}

/**
 * The edit that inserts a missing section `idx` (heading, and for 二/三/四 its standard table) before the next
 * section of the template that the report has, or at the end; or, when the section's content is there under
 * the previous section (`missingContent`), before that content.
 */
export function insertSectionEdit(report: Report, template: Template, idx: number, at?: number): { edit: TextEdit; line: number } {
  const eol = report.lines.dominantEol();
  const next = topHeadings(report).find((h) => h.canonical > idx);
  const style = topHeadings(report)[0];
  const styleLine = style ? report.lines.line(style.line) : '';
  const hashes = style ? /^\s*(#+)\s/.exec(styleLine)?.[1] : undefined;
  // Bold like the report's first section heading (`**一、总体情况**`, as pandoc writes a heading paragraph).
  const bold = style ? boldMarker(styleLine, style) ?? '' : '';
  const s = template.sections[idx];
  const table = template.id === 'pre2019' ? null : renderSectionTable(template.id, s.id, eol);
  const block = [(hashes ? hashes + ' ' : '') + bold + s.title + bold, '', ...(table ? [table, ''] : [])].join(eol);
  const line = at ?? next?.line;
  if (line !== undefined) {
    const pos = { line, character: 0 };
    // After a line with text, a blank line first, so the heading stands apart.
    const lead = at !== undefined && line > 0 && report.lines.line(line - 1).trim() ? eol : '';
    return { edit: { range: { start: pos, end: pos }, newText: lead + block + eol }, line };
  }
  const last = report.lines.lineCount - 1;
  const end = { line: last, character: report.lines.line(last).length };
  const needsBreak = report.lines.line(last).trim() !== '';
  let shown = last;
  while (shown > 0 && !report.lines.line(shown).trim()) shown--;
  return { edit: { range: { start: end, end }, newText: (needsBreak ? eol + eol : eol) + block }, line: shown };
}
