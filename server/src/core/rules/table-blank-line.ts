import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import { bi } from './util.js';
import { commentBlockView, DELIMITER_ROW, isCommentLine, unquoted } from '../suppress.js';
import { LIST_MARKER_BEFORE_PIPE } from '../parse/tokens.js';

/**
 * A blank line (or several, comment lines among them) between the rows of a Markdown pipe table of the report (brk160
 * #2): the checker reads the table across it, but GFM (GitHub, GitLab, VS Code's preview) ends a table at a blank
 * line, so the rows below it show as lines of pipes under a shorter table. Only where the rows below it continue the
 * table above (as many cells, no delimiter row of their own: not a table of their own), or where the blank line
 * parts the header from its delimiter row (no table at all). The fix deletes the blank lines, nothing else (a comment
 * line left between the rows is then disable-in-table's or comment-in-table's).
 */
export const tableBlankLine: Rule = {
  meta: {
    id: 'table-blank-line',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('竖线表格的两行之间有空行，渲染时把表格断开', 'A blank line between two rows of a pipe table breaks the rendered table'),
    rationale: bi(
      '竖线表格（`| … |`）的两行之间有空行（或空行与注释行）时，本工具照样把表格读完整，但 Markdown（GitHub、GitLab、VS Code 预览）渲染时表格在空行处结束，空行之下的各行显示为一串竖线文字，审阅的人看到的是一张断开的表；空行在表头与其下的分隔行（`| --- |`）之间时，整张表都不渲染为表格。只在空行之下的行接续上面的表格时报告：格数与上面的表格相同，且没有自己的表头和分隔行（不是另一张表）。修复删除这些空行，不改动别的文字；其间的屏蔽注释或其他 HTML 注释仍会断开表格，由 `disable-in-table`、`comment-in-table` 报告。',
      'A blank line (or blank and comment lines) between two rows of a pipe table (`| … |`) leaves the table whole for this checker, but Markdown (GitHub, GitLab, the VS Code preview) ends the rendered table at the blank line and shows every row below it as a line of pipes: reviewers see a broken table; between the header and its delimiter row (`| --- |`), no table is rendered at all. Reported only where the rows below continue the table above: as many cells, and no header and delimiter row of their own (not another table). The fix deletes the blank lines and changes no other text; a suppression or other HTML comment between the rows still breaks the table, which `disable-in-table` and `comment-in-table` report.'),
    example: { bad: '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520 |\n\n| 行政处罚 | 86 |', note: bi('空行之下的行不再是表格', 'the rows below the blank line are no longer a table') },
  },
  check(ctx) {
    const { lines } = ctx.report;
    // Each comment's lines as a comment line alone (a comment over several lines, or with text after it).
    const view = commentBlockView(lines);
    const n = lines.lineCount;
    const blank = (i: number) => unquoted(view.line(i)).trim() === '';
    const comment = (i: number) => isCommentLine(view.line(i));
    const delimiter = (i: number) => i < n && view.line(i).includes('-') && DELIMITER_ROW.test(unquoted(view.line(i)));
    const row = (i: number) => i >= 0 && i < n && view.line(i).includes('|') && !blank(i) && !comment(i) && !delimiter(i);
    const seen = new Set<number>();
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3, ctx.report.tables.t4]) {
      if (!t || t.layout !== 'pipe') continue;
      for (let i = t.range.start.line + 1; i < Math.min(t.range.end.line, n - 1); i++) {
        if (seen.has(i) || !(blank(i) || comment(i)) || !(row(i - 1) || delimiter(i - 1))) continue;
        // The run of blank and comment lines from here, with a blank line in it (comment lines alone are
        // disable-in-table's and comment-in-table's).
        let below = i;
        while (below < n && (blank(below) || comment(below))) below++;
        for (let k = i; k < below; k++) seen.add(k);
        if (below >= n) continue;
        let anyBlank = false;
        for (let k = i; k < below && !anyBlank; k++) anyBlank = blank(k);
        if (!anyBlank) continue;
        const above = i - 1;
        // The table above: its delimiter row and header, up the lines of rows (comment lines among them) from `above`.
        let top = above;
        while (top > 0 && (row(top - 1) || delimiter(top - 1) || comment(top - 1))) top--;
        let delim = -1;
        for (let k = top + 1; k <= above; k++) if (delimiter(k) && row(k - 1)) delim = k;
        let splitHeader = false;
        if (delim < 0) {
          // The header alone above the blank line, its delimiter row below it: GFM renders no table.
          if (above !== top || !row(above) || !delimiter(below) || cells(view.line(above)) !== cells(view.line(below))) continue;
          splitHeader = true;
        } else {
          // Rows below that continue it: as many cells, and no delimiter row under the first (a table of its own).
          if (!row(below) || delimiter(below + 1) || cells(view.line(below)) !== cells(view.line(delim))) continue;
        }
        const blanks: number[] = [];
        for (let k = i; k < below; k++) if (blank(k)) blanks.push(k);
        let rowsBelow = 0;
        if (!splitHeader) while (row(below + rowsBelow)) rowsBelow++;
        const withComment = below - i > blanks.length;
        const count = blanks.length;
        const edits: TextEdit[] = blanks.map((k) => ({ range: { start: { line: k, character: 0 }, end: { line: k + 1, character: 0 } }, newText: '' }));
        const zhLines = count > 1 ? `这 ${count} 个空行` : '这个空行';
        const enLines = count > 1 ? `These ${count} blank lines` : 'This blank line';
        const zhComment = withComment ? '其间的注释行同样断开表格，删去空行后由 disable-in-table 或 comment-in-table 报告。' : '';
        const enComment = withComment ? ' The comment line among them breaks the table too: once the blank lines are gone, disable-in-table or comment-in-table reports it.' : '';
        ctx.add({
          message: splitHeader
            ? bi(
              `${t.name}的表头与其下的分隔行（| --- |）之间有空行：Markdown 渲染时整张表都不成表格，各行显示为一串竖线文字。请删去${zhLines}（修复会删除它）。${zhComment}`,
              `${enLines} in ${t.name} ${count > 1 ? 'stand' : 'stands'} between the header and its delimiter row (| --- |): rendered Markdown shows no table at all, only lines of pipes. Delete ${count > 1 ? 'them' : 'it'} (the fix does this).${enComment}`)
            : bi(
              `${t.name}的两行之间有空行：Markdown 渲染时表格在空行处结束，其下的 ${rowsBelow} 行显示为一串竖线文字（本工具仍把它们读作这张表的行）。请删去${zhLines}（修复会删除它）。${zhComment}`,
              `${enLines} ${count > 1 ? 'stand' : 'stands'} between two rows of ${t.name}: rendered Markdown ends the table there and shows the ${rowsBelow} row${rowsBelow > 1 ? 's' : ''} below as lines of pipes (this checker still reads them as rows of the table). Delete ${count > 1 ? 'them' : 'it'} (the fix does this).${enComment}`),
          range: { start: { line: blanks[0], character: 0 }, end: { line: blanks[blanks.length - 1], character: lines.line(blanks[blanks.length - 1]).length } },
          fix: { title: bi('删除空行', 'Delete the blank lines'), edits },
          data: { table: t.id, lines: blanks },
        });
      }
    }
  },
};

/** The cells of pipe row `line` as GFM splits it (in a blockquote after its markers; outer pipes not counted). */
function cells(line: string): number {
  let t = unquoted(line).trim().replace(LIST_MARKER_BEFORE_PIPE, '');
  if (t.includes('<!--')) t = t.replace(/(?:\s*<!--(?:(?!-->).)*-->)+\s*$/, '');
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  let k = 1;
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) if (t.charCodeAt(i - 1) !== 0x5c) k++;
  return k;
}
