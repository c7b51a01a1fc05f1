/**
 * Why a text is not read as an annual report, for `nianbao check` (a file named) and the language server (a document
 * in the `nianbao` language): one reason, from the model. Pure (no `fs`).
 */
import type { Bilingual, Report } from '../core/index.js';
import { templateOf } from '../core/templates/index.js';
import { FILE } from './messages.js';

/**
 * Why `report` (whose `isReport` is false) is no annual report, zh and en: another disclosure regime's report, a
 * text written about reports, a text mostly in Markdown code blocks, else no title, 统计期限 or template sections.
 */
export function notReportReason(report: Report): Bilingual {
  if (report.extras.otherRegime) return FILE.otherRegime(report.extras.otherRegime);
  if (report.extras.writtenAbout) return FILE.writtenAbout(report.extras.writtenAbout);
  if (mostlyCode(report)) return FILE.notReportInCode;
  // What the text has of a report's marks, said as it is: a template section or two (a draft begun with
  // `## 一、总体情况` was told it had none: brk106 #15), or a title naming no year.
  const period = report.yearEvidence.some((e) => e.source === 'period');
  const sections = [...new Set(report.sections.filter((s) => s.heading.canonical >= 0 && !s.heading.writtenStyle).map((s) => s.heading.canonical))];
  if (!period && !report.title && sections.length > 0 && sections.length < 3) {
    const template = templateOf(report.format === 'unknown' ? '2021' : report.format);
    return FILE.notReportFewSections(sections.sort((a, b) => a - b).map((c) => template.sections[c]?.title).filter((x): x is string => Boolean(x)));
  }
  if (!period && report.title && !sections.length) return FILE.notReportTitleNoYear(report.title.text.replace(/^\s*#+\s*/, '').trim());
  return FILE.notReport;
}

/**
 * Whether most of a text (half its lines of text or more, ten at least) is inside Markdown code blocks, which the
 * engine does not read (text/code.ts): a report pasted into a fence is said so, not "no title" (brk99 #4).
 */
function mostlyCode(report: Report): boolean {
  const code = report.extras.code, source = report.extras.sourceLines;
  if (!code || !source) return false;
  const inCode = new Set(code.spans.map((s) => s.line));
  let text = 0;
  for (let i = 0; i < source.lineCount; i++) if (source.line(i).trim()) text++;
  return inCode.size >= 10 && inCode.size * 2 >= text;
}
