import type { Rule } from './rule.js';
import { bi } from './util.js';
import { directiveAroundTable, directiveBetweenRows, readDirectives } from '../suppress.js';
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
      '屏蔽注释（`<!-- nianbao-disable-next-line 规则id -->`）单独占一行写在表格的两行之间时，本工具照样屏蔽下一行的问题，但 Markdown（GitHub、GitLab、VS Code 预览）渲染时表格在注释处结束，其后各行显示为一串竖线文字。修复把它改为表格前的 `nianbao-disable` 与表格后的 `nianbao-enable`（屏蔽整张表中该规则的问题，与编辑器“屏蔽”操作的写法相同），说明文字保留。表格中的 `nianbao-disable` / `nianbao-enable` 注释同样断开表格，只作提示，需手工移到表格前后。',
      'A suppression comment (`<!-- nianbao-disable-next-line rule-id -->`) on a line of its own between two table rows still suppresses the next line here, but Markdown (GitHub, GitLab, the VS Code preview) ends the rendered table at the comment and shows every row after it as a line of pipes. The fix writes it as `nianbao-disable` above the table and `nianbao-enable` below it (the rule is then suppressed in the whole table, as the editor\'s suppress action writes it), keeping its reason. A `nianbao-disable` / `nianbao-enable` comment inside a table breaks it too; that is said without a fix (move it above or below the table).'),
    example: { bad: '| 3.要求提供公开出版物 | 0 |\n<!-- nianbao-disable-next-line row-label -->\n| 4.保护第三方合法权利 | 1 |', note: bi('注释之后的行不再是表格', 'the rows after the comment are no longer a table') },
  },
  check(ctx) {
    const lines = ctx.report.lines;
    for (const d of readDirectives(lines, knownRuleIds())) {
      const table = directiveBetweenRows(lines, d);
      if (!table) continue;
      const nextLine = d.kind === 'disable-next-line';
      ctx.add({
        message: nextLine
          ? bi(
            `这条屏蔽注释写在表格的两行之间：Markdown 渲染时表格在此结束，下面的行显示为文字。请改为在表格前写 nianbao-disable、表格后写 nianbao-enable（修复会这样改写）。`,
            `This suppression comment stands between two table rows: rendered Markdown ends the table here and shows the rows below as text. Write nianbao-disable above the table and nianbao-enable below it instead (the fix does).`)
          : bi(
            `这条 nianbao-${d.kind} 注释写在表格的两行之间：Markdown 渲染时表格在此结束，下面的行显示为文字。请把它移到表格之前或之后。`,
            `This nianbao-${d.kind} comment stands between two table rows: rendered Markdown ends the table here and shows the rows below as text. Move it above or below the table.`),
        range: d.range,
        fix: nextLine ? { title: bi('改为表格前后的 disable / enable 注释', 'Move to disable / enable comments around the table'), edits: directiveAroundTable(lines, d, table) } : undefined,
        data: { kind: d.kind, ids: d.ids },
      });
    }
  },
};
