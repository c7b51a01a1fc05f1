import type { Rule } from './rule.js';
import { allRowsTabJoined, bi, TABLE_NAMES } from './util.js';
import { htmlRowBreaks } from '../parse/html-rows.js';

/** The input is too broken to judge a table (collapsed columns, cut off): said once, at info, instead of a cascade. */
export const tableUnreadable: Rule = {
  meta: {
    id: 'table-unreadable',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: true,
    description: bi('表格排版损坏，无法完整读取', 'A table is too broken to read completely'),
    rationale: bi('从 PDF 或网页复制的表格常常错位、截断或合并了列。读不全的表格不做逐行和勾稽检查（以免误报一连串错误），只在这里提示一次；请对照原表核对，或把表格整理成每行一条的竖线表格。HTML 表格的几行（<tr>）写在同一行里时（压缩过的网页源码），表格照样按每个 <tr> 一行读取和检查，结果指回原文的位置；只有仍读不全时才在这里提示，修复在每个 <tr> 前换行（网页显示不变）。', 'Tables copied from PDFs or web pages are often shifted, cut off or have merged columns. A table that cannot be read completely is not checked row by row or for its sums (to avoid a cascade of false errors); this says so once. When several HTML rows (<tr>) stand on one line (a minified page source), the table is still read and checked a <tr> at a time, findings pointing into the line as written; only when it still cannot be read completely is it said here, and the fix puts each <tr> on a line of its own (nothing a browser shows changes).'),
    // A 表四 pasted from a PDF as text: its words kept, its numbers cut short (in a pipe table under the template's
    // header, a short row is cell-count's; a lone `| 1 | 0 | 0 |` is no 表四 at all: table-missing, brk114 #2).
    example: { bad: '## 四、政府信息公开行政复议、行政诉讼情况\n\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0', note: bi('从 PDF 复制的表四只读出 3 个数（格式规定 15 个）', '表四 copied from a PDF: only 3 of its 15 numbers read') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      // Its rows' numbers pasted into one cell with tabs between them: cell-tab-joined says so (and splits them).
      if (!t?.broken || allRowsTabJoined(t)) continue;
      const split = htmlRowBreaks(ctx.report.lines, t.range.start.line, t.range.end.line + 1, ctx.report.lines.dominantEol());
      ctx.add({
        // What the model says went wrong, then what to do about it.
        message: split.length
          ? { zh: `${t.broken.zh}。`, en: `${t.broken.en}.` }
          : {
            zh: `${t.broken.zh}。请对照原表核对，或把它整理成每行一条的竖线表格（每个数一格）后再检查。`,
            en: `${t.broken.en}. Compare it with the original table, or rewrite it as a pipe table with one row per line (one number per cell), then check again.`,
          },
        range: { start: t.range.start, end: { line: t.range.start.line, character: ctx.report.lines.line(t.range.start.line).length } },
        // HTML rows run together on a line: each put on a line of its own (only line breaks added), then it is read.
        ...(split.length ? { fix: { title: bi(`把${TABLE_NAMES[t.id]}的每个 <tr> 另起一行`, `Put each <tr> of ${TABLE_NAMES[t.id]} on a line of its own`), edits: split } } : {}),
        data: { table: t.id },
      });
    }
  },
};
