import type { Heading, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Template } from '../templates/index.js';
import { titleKey } from '../text/normalize.js';
import { renderSectionTable } from '../fix/render.js';
import { classifySection } from '../model/build.js';
import { templateOf } from '../templates/index.js';

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
  if (!line.slice(sep + 1).trim()) return h;
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
  const hashes = style ? /^\s*(#+)\s/.exec(report.lines.line(style.line))?.[1] : undefined;
  const s = template.sections[idx];
  const table = template.id === 'pre2019' ? null : renderSectionTable(template.id, s.id, eol);
  const block = [(hashes ? hashes + ' ' : '') + s.title, '', ...(table ? [table, ''] : [])].join(eol);
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
