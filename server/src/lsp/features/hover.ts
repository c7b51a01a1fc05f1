/** Hover: on a value cell its template row and column (and a total's expected sum with each term); on a heading what the template asks that section to contain. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding, Locale, Report } from '../../core/index.js';
import { cellAt, cellHoverMarkdown } from '../../core/editor/cells.js';
import { editorTemplate, headingAtLine, sectionGuide } from '../../core/editor/guide.js';
import { isSplitLine, readRange, writtenLineNumbers, writtenRange } from '../../core/parse/html-rows.js';

/**
 * The hover at `pos` of the text as written (`hover`), whose model is `report`. `reading`: the model the rules read
 * when HTML rows or blocks run together on a line were read a line each (`Analysis.reading`); on such a line (a
 * table with all its `<tr>` rows on one line, which `report` does not see) the hover is that reading's, its position,
 * the findings it quotes, its range and the line numbers it names mapped between the two (brk161 #1).
 */
export function hoverAt(report: Report, reading: Report | undefined, pos: Position, locale: Locale, findings: readonly Finding[] = []): Hover | null {
  const rb = reading?.extras.rowBreaks;
  if (!reading || !rb || !isSplitLine(rb, pos.line)) return hover(report, pos, locale, findings);
  const at = readRange(rb, { start: pos, end: pos }).start;
  const read = findings.map((f): Finding => ({
    ...f,
    range: readRange(rb, f.range),
    ...(f.related ? { related: f.related.map((r) => (r.report === 'previous' ? r : { ...r, range: readRange(rb, r.range) })) } : {}),
  }));
  const h = hover(reading, at, locale, read);
  if (!h) return null;
  const value = typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : null;
  return {
    contents: value === null ? h.contents : { kind: MarkupKind.Markdown, value: writtenLineNumbers(rb, value) },
    ...(h.range ? { range: writtenRange(rb, h.range) } : {}),
  };
}

/**
 * The hover at `pos` (0-based, UTF-16), or null. `findings`: the document's current findings, quoted on a total
 * whose sum they are about (so the hover says what the diagnostics say); none when the document is not checked.
 */
export function hover(report: Report, pos: Position, locale: Locale, findings: readonly Finding[] = []): Hover | null {
  const ref = cellAt(report, pos);
  if (ref) return { contents: { kind: MarkupKind.Markdown, value: cellHoverMarkdown(report, ref, locale, findings) }, range: ref.cell.range };
  const h = headingAtLine(report, pos.line);
  if (h && h.level === 1 && h.ordinalStyle === 'cn') {
    const zh = locale !== 'en';
    const tpl = editorTemplate(report.format);
    // The heading's whole line: a hover range must contain the position (an indented heading's own range starts
    // after its indent).
    const line = { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: report.lines.line(pos.line).length } };
    if (h.canonical < 0) {
      const list = tpl.sections.map((s) => `- ${s.title}`).join('\n');
      return { contents: { kind: MarkupKind.Markdown, value: zh ? `此标题不是${tpl.name}（${tpl.document}）规定的部分。规定的部分：\n\n${list}` : `This heading is not one of the sections of the ${tpl.nameEn} (${tpl.document}). The sections:\n\n${list}` }, range: line };
    }
    const g = sectionGuide(report.format, h.canonical);
    if (!g) return null;
    const head = `**${g.title}** · ${tpl.document}`;
    // (What reports usually add, `more`, after the section's text: no requirement.)
    const more = g.text.more ? `\n\n${zh ? g.text.more.zh : g.text.more.en}` : '';
    return { contents: { kind: MarkupKind.Markdown, value: `${head}\n\n${zh ? g.text.zh : g.text.en}${more}` }, range: line };
  }
  return null;
}
