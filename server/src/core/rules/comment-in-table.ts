import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import { bi, patternFinder, reportLinesWith } from './util.js';
import type { Report } from '../model/build.js';
import { commentAboveDelimiter, commentBetweenRows, commentToRowAbove, isCommentLine, lineLead, readDirectives, unquoted } from '../suppress.js';
import { knownRuleIds } from './disable-unknown-rule.js';

/** `<!--` as a finder, and the lines of each version that hold one (`reportLinesWith`). */
const COMMENT_OPEN = patternFinder(/<!--/g);
const commentLines = new WeakMap<Report, number[]>();

/**
 * An HTML comment other than a suppression comment (`<!-- 数据待核实 -->`) on a line of its own between two rows of a
 * Markdown pipe table: this checker reads the table whole, but GFM (GitHub, GitLab, VS Code's preview) ends the
 * rendered table at the comment and shows every row after it as text. In a table in a blockquote, a comment line with
 * the quote's markers (`> <!-- … -->`) or without them. Suppression comments are `disable-in-table`'s.
 */
export const commentInTable: Rule = {
  meta: {
    id: 'comment-in-table',
    category: 'comments',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('HTML 注释写在表格的两行之间，渲染时把表格断开', 'An HTML comment between two table rows breaks the rendered table'),
    rationale: bi(
      '单独占一行的 HTML 注释（`<!-- 数据待核实 -->`）写在表格的两行之间时，本工具照样把表格读完整，但 Markdown（GitHub、GitLab、VS Code 预览）渲染时表格在注释处结束，其后各行显示为一串竖线文字，审阅的人看到的是一张断开的表；写在表头与其下的分隔行（`| --- |`）之间时，整张表都不渲染为表格。修复把注释移到上一行的末尾（GFM 忽略一行最后一格之后的内容：渲染时不显示）；紧跟在表头之后、或注释中有竖线（写在行末会被读成单元格）时移到表格之前。注释的文字原样保留。屏蔽注释（`nianbao-disable…`）由 `disable-in-table` 处理。',
      'An HTML comment on a line of its own (`<!-- 数据待核实 -->`) between two table rows leaves the table whole for this checker, but Markdown (GitHub, GitLab, the VS Code preview) ends the rendered table at the comment and shows every row after it as a line of pipes: reviewers see a broken table; between the header and its delimiter row (`| --- |`), no table is rendered at all. The fix moves the comment to the end of the row above (GFM ignores what follows a row\'s last cell: it does not show); right under the header, or holding a pipe (which after a row\'s last cell would read as cells), above the table. The comment\'s text is kept. Suppression comments (`nianbao-disable…`) are `disable-in-table`\'s.'),
    example: { bad: '| 3.要求提供公开出版物 | 0 |\n<!-- 数据待核实 -->\n| 4.无正当理由大量反复申请 | 1 |', note: bi('注释之后的行不再是表格', 'the rows after the comment are no longer a table') },
  },
  check(ctx) {
    const { lines } = ctx.report;
    // A suppression comment, however its name is written (`ｎｉａｎｂａｏ-disable-next-line`, full-width), is
    // disable-in-table's: one finding for one comment.
    let directiveLines: Set<number> | undefined;
    const isDirective = (line: number) => (directiveLines ??= new Set(readDirectives(lines, knownRuleIds()).map((d) => d.line))).has(line);
    // The lines with `<!--` (searched once per version, after an edit in the changed lines only).
    for (const line of reportLinesWith(ctx.report, COMMENT_OPEN, commentLines)) {
      const t = lines.line(line);
      if (/nianbao[-－]/i.test(t) || !isCommentLine(t) || t.indexOf('-->') !== t.lastIndexOf('-->')) continue;
      const table = commentBetweenRows(lines, line);
      if (!table || isDirective(line)) continue;
      // Without the quote's markers (`> <!-- … -->`): it is written after a row's last cell, or above the table in the same quote.
      const comment = unquoted(t).trim();
      // (A comment with a pipe in it, written after a row's last cell, would split into cells there (helper-222 #5): it
      // goes above the table.)
      const piped = comment.includes('|');
      const onRow = piped ? null : commentToRowAbove(lines, line, comment, table);
      const edits: TextEdit[] = onRow ?? [
        { range: { start: { line: table.start, character: 0 }, end: { line: table.start, character: 0 } }, newText: `${lineLead(lines.line(table.start))}${comment}${lines.dominantEol()}` },
        { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' },
      ];
      // Right above the delimiter row (helper-207 #2): no table is rendered at all.
      const where = commentAboveDelimiter(lines, line)
        ? bi('写在表头与其下的分隔行（| --- |）之间：Markdown 渲染时整张表都不成表格，各行显示为一串竖线文字。', 'stands between the header and its delimiter row (| --- |): rendered Markdown shows no table at all, only lines of pipes.')
        : bi('写在表格的两行之间：Markdown 渲染时表格在此结束，下面的行显示为文字。', 'stands between two table rows: rendered Markdown ends the table here and shows the rows below as text.');
      ctx.add({
        message: onRow
          ? bi(
            `这行 HTML 注释${where.zh}请把它写在上一行的末尾（渲染时不显示；修复会这样改写）。`,
            `This HTML comment ${where.en} Write it at the end of the row above instead (it does not show; the fix does this).`)
          : piped
          ? bi(
            `这行 HTML 注释${where.zh}注释中有竖线（|），写在行末会被读成单元格：请把它移到表格之前（修复会这样改写）。`,
            `This HTML comment ${where.en} It holds a pipe (|), which after a row's last cell would read as cells: move it above the table (the fix does this).`)
          : bi(
            `这行 HTML 注释${where.zh}它紧跟在表头之后，请把它移到表格之前（修复会这样改写）。`,
            `This HTML comment ${where.en} It is right under the header: move it above the table (the fix does this).`),
        range: lines.range(line, t.indexOf('<!--'), t.trimEnd().length),
        fix: { title: onRow ? bi('移到上一行的末尾', 'Move to the end of the row above') : bi('移到表格之前', 'Move above the table'), edits },
      });
    }
  },
};

