import type { Rule, RuleContext } from './rule.js';
import type { HeaderColumns, TableModel } from '../types.js';
import { bi } from './util.js';

/**
 * A table whose header puts its columns in another order than the template's (表三 `总计` first, 表四's leaves,
 * a 表二 block's columns): the values were read by the header's labels, so every other rule checks the right
 * cells; this only says that the official format fixes the order. Once per table.
 */
export const columnOrder: Rule = {
  meta: {
    id: 'column-order',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    description: bi('表格的列顺序与格式不同', 'A table\'s columns are in another order than the template\'s'),
    rationale: bi(
      '表二、表三、表四的列及其顺序由格式规定（如表三为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）。表头的列名能读出时，各行的数按表头的列名读取和核对，其他检查不受影响；这里只提示一次列的顺序与格式不同，并给出格式的顺序。调整列的顺序要移动每一行的数，因此不提供自动修复。',
      'The columns of 表二, 表三 and 表四 and their order are fixed by the format (表三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). When the header\'s labels can be read, every row is read and checked by them, so no other check is affected; this says once that the order differs from the template\'s, naming the template\'s order. Reordering columns moves a number in every row, so there is no automatic fix.'),
    example: { bad: '| （本列数据的勾稽关系为：…） | 总计 | 自然人 | 商业企业 | … |', note: bi('总计应为最后一列', '总计 should be the last column') },
  },
  check(ctx) {
    const { t2, t3, t4 } = ctx.report.tables;
    for (const t of [t2, t3, t4]) {
      if (!t || t.broken) continue;
      const reordered = (t.id === 't2' ? Object.entries(t.blockHeaders ?? {}) : t.header ? [['', t.header] as const] : []).filter(([, h]) => isReordered(h));
      if (reordered.length) report(ctx, t, reordered.map(([block, h]) => ({ block, header: h })));
    }
    const c = t3?.headerContradicted;
    if (t3 && c && !t3.broken) {
      ctx.add({
        message: bi(
          `${t3.name}表头的列顺序（${c.labels.join('、')}）与各行的数对不上：各行按格式的顺序才符合“总计等于六类申请人之和”，应是表头写错。各行的数已按格式的顺序读取；请改正表头。`,
          `${t3.name}'s header orders its columns (${c.labels.join(', ')}) against its rows: the rows add up (总计 = the six applicant columns) only in the template's order, so the header is the mistake. Each row was read in the template's order; correct the header.`),
        range: c.range,
        data: { table: t3.id, blocks: null },
      });
    }
  },
};

/** Whether the template columns a header names stand in another order than the template's. */
function isReordered(h: HeaderColumns): boolean {
  const named = h.order.filter((j) => j >= 0);
  return named.some((j, i) => i > 0 && j < named[i - 1]);
}

function report(ctx: RuleContext, t: TableModel, headers: { block: string; header: HeaderColumns }[]): void {
  const tables = ctx.template?.tables;
  // The template's order, per table (表四: one group's five, the same in all three; 表二: per block).
  const expected = headers.map(({ block }) => {
    if (t.id === 't3') return { where: '', labels: tables?.t3?.columns.map((c) => c.label) ?? [] };
    if (t.id === 't4') return { where: '', labels: tables?.t4?.leaves ?? [] };
    const b = tables?.t2?.blocks.find((x) => x.id === block);
    return { where: b?.heading ?? block, labels: b?.columns.map((c) => c.label) ?? [] };
  });
  const zh = expected.map((e) => `${e.where ? `${e.where}：` : ''}${e.labels.join('、')}`).join('；');
  const en = expected.map((e) => `${e.where ? `${e.where}: ` : ''}${e.labels.join(', ')}`).join('; ');
  const per = t.id === 't4' ? bi('（每组）', ' (in each group)') : bi('', '');
  ctx.add({
    message: bi(
      `${t.name}的列顺序与格式不同。格式规定的顺序${per.zh}为${zh}。各行的数已按表头的列名读取和核对；按格式应调整列的顺序。`,
      `${t.name}'s columns are in another order than the template's${per.en}: ${en}. Each row was read and checked by the header's column names; the format fixes the order.`),
    range: headers[0].header.range,
    data: { table: t.id, blocks: t.id === 't2' ? headers.map((h) => h.block) : null },
  });
}
