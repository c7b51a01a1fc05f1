/**
 * Why a text is not read as an annual report, for `nianbao check` (a file named) and the language server (a document
 * in the `nianbao` language): one reason, from the model. Pure (no `fs`).
 */
import type { Bilingual, Report } from '../core/index.js';
import { FILE } from './messages.js';

/**
 * Why `report` (whose `isReport` is false) is no annual report, zh and en: another disclosure regime's report, a
 * text written about reports, a text mostly in Markdown code blocks, else no title, 统计期限 or template sections.
 */
export function notReportReason(report: Report): Bilingual {
  if (report.extras.otherRegime) return FILE.otherRegime(report.extras.otherRegime);
  if (report.extras.writtenAbout) return FILE.writtenAbout(report.extras.writtenAbout);
  return mostlyCode(report) ? FILE.notReportInCode : FILE.notReport;
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
