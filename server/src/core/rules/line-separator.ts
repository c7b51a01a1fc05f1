import type { Rule } from './rule.js';
import { bi, reportLinesWith, stringFinder } from './util.js';
import { unusualLineBreaks, type UnusualLineBreaks } from '../text/lines.js';
import type { Report } from '../model/build.js';
import { count as countEn } from '../text/english.js';

const NAMES: Record<string, { zh: string; en: string }> = {
  '\u2028': { zh: 'U+2028（行分隔符）', en: 'U+2028 (LINE SEPARATOR)' },
  '\u2029': { zh: 'U+2029（段落分隔符）', en: 'U+2029 (PARAGRAPH SEPARATOR)' },
  '\u0085': { zh: 'U+0085（NEL 下一行）', en: 'U+0085 (NEXT LINE)' },
};

const searched = new WeakMap<Report, UnusualLineBreaks | null>();
/** U+2028, U+2029, U+0085 as a finder, and the lines of each version that hold one (`reportLinesWith`). */
const UNUSUAL_BREAK_CHAR = stringFinder('\u2028', '\u2029', '\u0085');
const linesWithBreaks = new WeakMap<Report, number[]>();

/**
 * The unusual line breaks of a report's text (`unusualLineBreaks`), searched once per report: `checkReport` asks
 * whether they are dominant before running the rules, and this rule reports them.
 */
export function lineBreaksOf(report: Report): UnusualLineBreaks | null {
  let r = searched.get(report);
  if (r === undefined) {
    // A version kept as lines (the language server's, after an edit) is searched in its changed lines only, and its
    // text read whole only when it has one.
    const none = !reportLinesWith(report, UNUSUAL_BREAK_CHAR, linesWithBreaks).length;
    r = none ? null : unusualLineBreaks(report.text);
    searched.set(report, r);
  }
  return r;
}

/**
 * Line breaks written as U+2028, U+2029 or U+0085 (copied from some web pages): neither this tool nor VS Code nor
 * the language server protocol takes them as line breaks (LSP knows `\n`, `\r\n` and `\r` only), so the lines
 * they separate read as one. Positions stay those of the real line endings; the fix replaces each by one.
 * When they are the text's line breaks (`UnusualLineBreaks.dominant`) or stand before a heading or table row
 * (`structural`), `checkReport` runs no other rule: those headings and rows would be read inside other lines.
 */
export const lineSeparator: Rule = {
  meta: {
    id: 'line-separator',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('用 U+2028 等字符代替换行符分行', 'Lines broken with U+2028 or a like character instead of a line break'),
    rationale: bi(
      '从部分网页复制的文字用 U+2028（行分隔符）、U+2029（段落分隔符）或 U+0085（NEL）分行。编辑器（VS Code）、语言服务器协议和本工具只把 \\n、\\r\\n、\\r 当作换行，这些字符隔开的几行会读作一行，标题和表格都认不出来。整份报告都这样分行，或标题、表格行前用了这样的字符时，只报这一条错误，其他检查在修复后进行；只在正文段落中有几处时报警告。修复把每个这样的字符换成文件所用的换行符，其他文字不变。',
      'Text copied from some web pages breaks its lines with U+2028 (LINE SEPARATOR), U+2029 (PARAGRAPH SEPARATOR) or U+0085 (NEL). The editor (VS Code), the language server protocol and this tool take only \\n, \\r\\n and \\r as line breaks, so the lines these characters separate read as one and no heading or table is recognised. When the whole report is broken this way, or a heading or table row follows such a character, only this error is reported, and the other checks run once it is fixed; a few such characters inside prose are a warning. The fix replaces each with the line ending the file uses and changes nothing else.'),
    example: { bad: '# 某某局2024年政府信息公开工作年度报告\u2028\u2028## 一、总体情况', note: bi('标题和章节用 U+2028 分行，读作同一行', 'title and section broken with U+2028 read as one line') },
  },
  check(ctx) {
    const { report } = ctx;
    const breaks = lineBreaksOf(report);
    if (!breaks) return;
    const { lines } = report;
    const at = (o: number) => ({ start: lines.positionAt(o), end: lines.positionAt(o + 1) });
    // Offsets, not line/character: on one line, the characters after each replaced separator keep their offsets.
    const eol = breaks.dominant ? '\n' : lines.dominantEol();
    const names = breaks.chars.map((c) => NAMES[c]);
    const zhNames = names.map((n) => n.zh).join('、'), enNames = names.map((n) => n.en).join(', ');
    const n = breaks.offsets.length;
    const eolName = eol === '\r\n' ? '\\r\\n' : eol === '\r' ? '\\r' : '\\n';
    ctx.add({
      severity: breaks.dominant || breaks.structural ? 'error' : 'warning',
      message: breaks.dominant
        ? bi(
          `文件用 ${zhNames}而不是换行符分行（共 ${n} 处）。编辑器和本工具不把它当作换行，整份报告读作 ${lines.lineCount} 行，无法检查章节和表格，其他检查未进行。修复会把它们都换成换行符（${eolName}），其他文字不变；修复后请再检查。`,
          `The file breaks its lines with ${enNames} instead of line breaks (${n} of them). Editors and this tool do not take that as a line break: the whole report reads as ${countEn(lines.lineCount, 'line')}, so its sections and tables cannot be checked and no other check was run. The fix replaces each with a line break (${eolName}) and changes nothing else; check again after it.`)
        : breaks.structural
        ? bi(
          `这里有 ${zhNames}（全文共 ${n} 处）：编辑器和本工具不把它当作换行，它后面的标题或表格行读作前一行的一部分，章节和表格无法检查，其他检查未进行。修复会把它们都换成换行符（${eolName}），其他文字不变；修复后请再检查。`,
          `${enNames} here (${n} in the text): editors and this tool do not take it as a line break, so the heading or table row after it reads as part of the line before, the sections and tables cannot be checked, and no other check was run. The fix replaces each with a line break (${eolName}) and changes nothing else; check again after it.`)
        : bi(
          `这里有 ${zhNames}（全文共 ${n} 处）：编辑器和本工具不把它当作换行，它前后的文字读作同一行（其后的标题或表格行认不出来）。修复会把它们都换成换行符（${eolName}）。`,
          `${enNames} here (${n} in the text): editors and this tool do not take it as a line break, so the text on both sides reads as one line (a heading or table row after it is not recognised). The fix replaces each with a line break (${eolName}).`),
      range: at(breaks.offsets[0]),
      fix: {
        title: bi(`把 ${n} 处 ${zhNames}换成换行符`, `Replace ${n} ${enNames} with line breaks`),
        edits: breaks.offsets.map((o) => ({ range: at(o), newText: eol })),
      },
      data: { count: n, dominant: breaks.dominant, structural: breaks.structural },
    });
  },
};
