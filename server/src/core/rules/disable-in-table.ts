import type { Rule } from './rule.js';
import { bi } from './util.js';
import { commentAboveDelimiter, commentBlockView, isCommentLine, directiveAroundTable, directiveBetweenRows, directiveOnRowAbove, readDirectives, type Directive } from '../suppress.js';
import type { LineIndex } from '../text/lines.js';
import { knownRuleIds } from './disable-unknown-rule.js';

/**
 * A suppression comment on a line of its own between two rows of a Markdown pipe table (`directiveBetweenRows`): it
 * suppresses what it says, but the rendered table (GitHub, GitLab, VS Code's preview) ends at it and every row after
 * it shows as text.
 */
export const disableInTable: Rule = {
  meta: {
    id: 'disable-in-table',
    category: 'comments',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('屏蔽注释写在表格的两行之间，渲染时把表格断开', 'A suppression comment between two table rows breaks the rendered table'),
    rationale: bi(
      '屏蔽注释（`<!-- nianbao-disable-next-line 规则id -->`）单独占一行写在表格的两行之间时，本工具照样屏蔽下一行的问题，但 Markdown（GitHub、GitLab、VS Code 预览）渲染时表格在注释处结束，其后各行显示为一串竖线文字。修复把它移到上一行的末尾（GFM 忽略一行最后一格之后的内容：渲染时不显示，仍只屏蔽下一行）；紧跟在表头之后时没有这样的行，只能改为表格前的 `nianbao-disable` 与表格后的 `nianbao-enable`，屏蔽范围随之扩大到整张表格。叠写的几条注释都移到同一行的末尾；表头之下紧接在一条屏蔽相同规则的注释之下的注释，修复删除它（自带说明的不删）。说明文字保留。表格中的 `nianbao-disable` / `nianbao-enable` 注释同样断开表格，只作提示，需手工移到表格前后。',
      'A suppression comment (`<!-- nianbao-disable-next-line rule-id -->`) on a line of its own between two table rows still suppresses the next line here, but Markdown (GitHub, GitLab, the VS Code preview) ends the rendered table at the comment and shows every row after it as a line of pipes. The fix moves it to the end of the row above (GFM ignores what follows a row\'s last cell: it does not show, and still covers the next line only); right under the header there is no such row, and it becomes `nianbao-disable` above the table and `nianbao-enable` below it, which widens it to the whole table. Stacked comments all go to the end of the same row; under the header, one right under a comment for the same rules is deleted (unless it gives a reason of its own). Its reason is kept. A `nianbao-disable` / `nianbao-enable` comment inside a table breaks it too; that is said without a fix (move it above or below the table).'),
    example: { bad: '| 3.要求提供公开出版物 | 0 |\n<!-- nianbao-disable-next-line row-label -->\n| 4.保护第三方合法权利 | 1 |', note: bi('注释之后的行不再是表格', 'the rows after the comment are no longer a table') },
  },
  check(ctx) {
    const lines = ctx.report.lines;
    const directives = readDirectives(lines, knownRuleIds());
    for (const d of directives) {
      const table = directiveBetweenRows(lines, d);
      if (!table) continue;
      const nextLine = d.kind === 'disable-next-line';
      // At the end of the row above, the comment keeps its scope (the next line); around the whole table only when
      // there is no such row (right under the header), which widens it to the table.
      const onRow = nextLine ? directiveOnRowAbove(lines, d, table) : null;
      // Around the table, a comment stacked under one that covers the same rules adds nothing but a second pair of
      // disable/enable lines: it is deleted instead (the one above keeps the same scope).
      // So is one under a table that a disable comment right above it already covers for the same rules (the fix of
      // another such comment, applied first).
      const same = nextLine && !onRow ? coveredAbove(directives, d) || wrapped(lines, directives, d, table.start) : false;
      // Right above the delimiter row (helper-207 #2): no table is rendered at all.
      const where = commentAboveDelimiter(commentBlockView(lines), d.line)
        ? bi('写在表头与其下的分隔行（| --- |）之间：Markdown 渲染时整张表都不成表格，各行显示为一串竖线文字。', 'stands between the header and its delimiter row (| --- |): rendered Markdown shows no table at all, only lines of pipes.')
        : bi('写在表格的两行之间：Markdown 渲染时表格在此结束，下面的行显示为文字。', 'stands between two table rows: rendered Markdown ends the table here and shows the rows below as text.');
      ctx.add({
        message: same
          ? bi(
            `这条屏蔽注释${where.zh}已有一条屏蔽相同规则的注释（紧接在它之上，或在表格之前）覆盖它要屏蔽的行，它作用重复，可以删除（修复会删除它）。`,
            `This suppression comment ${where.en} A comment for the same rules (right above it, or above the table) already covers the row it is for, so it adds nothing and can go (the fix deletes it).`)
          : !nextLine
          ? bi(
            `这条 nianbao-${d.kind} 注释${where.zh}请把它移到表格之前或之后。`,
            `This nianbao-${d.kind} comment ${where.en} Move it above or below the table.`)
          : onRow
          ? bi(
            `这条屏蔽注释${where.zh}请把它写在上一行的末尾（仍只屏蔽下一行，渲染时不显示；修复会这样改写）。`,
            `This suppression comment ${where.en} Write it at the end of the row above instead (it still covers the next line only and does not show; the fix does this).`)
          : bi(
            `这条屏蔽注释${where.zh}它紧跟在表头之后，只能改为在表格前写 nianbao-disable、表格后写 nianbao-enable（修复会这样改写），屏蔽范围随之扩大到整张表格。`,
            `This suppression comment ${where.en} Right under the header, it can only become nianbao-disable above the table and nianbao-enable below it (the fix does this), which widens it to the whole table.`),
        range: d.range,
        fix: !nextLine ? undefined : same
          ? { title: bi('删除这条重复的注释', 'Delete this duplicate comment'), edits: [{ range: { start: { line: d.line, character: 0 }, end: { line: d.range.end.line + 1, character: 0 } }, newText: '' }] }
          : onRow
          ? { title: bi('移到上一行的末尾', 'Move to the end of the row above'), edits: onRow }
          : { title: bi('改为表格前后的 disable / enable 注释（屏蔽整张表格）', 'Move to disable / enable comments around the table (the whole table)'), edits: directiveAroundTable(lines, d, table) },
        data: { kind: d.kind, ids: d.ids },
      });
    }
  },
};

/**
 * Whether a `disable-next-line` comment on a line right above `d` (its stack: nothing but comment lines between)
 * covers every rule `d` names: `d` then suppresses nothing more. Not when `d` gives a reason of its own (deleting `d`
 * would lose it).
 */
function coveredAbove(directives: readonly Directive[], d: Directive): boolean {
  if (d.reason) return false;
  let line = d.line;
  for (let i = directives.indexOf(d) - 1; i >= 0; i--) {
    const o = directives[i];
    if (o.range.end.line !== line - 1 && o.range.end.line !== line) return false;
    line = o.line;
    if (o.kind === 'disable-next-line' && covers(o, d)) return true;
  }
  return false;
}

/**
 * Whether a `disable` comment on the lines right above the table (from `tableStart` up over comment lines) covers
 * every rule `d` names, and `d` gives no reason of its own: `d` then suppresses nothing more.
 */
function wrapped(lines: LineIndex, directives: readonly Directive[], d: Directive, tableStart: number): boolean {
  if (d.reason) return false;
  let top = tableStart;
  while (top > 0 && isCommentLine(lines.line(top - 1))) top--;
  return directives.some((o) => o.kind === 'disable' && o.line >= top && o.line < tableStart && covers(o, d));
}

/** Whether comment `o` silences every rule `d` names (`o` names none: all rules). */
function covers(o: Directive, d: Directive): boolean {
  return !o.ids.length || (d.ids.length > 0 && d.ids.every((id) => o.ids.includes(id)));
}
