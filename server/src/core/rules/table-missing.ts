import type { Rule } from './rule.js';
import { bi } from './util.js';
import { topHeadings } from './sections.js';
import { renderSectionTable } from '../fix/render.js';

const TABLE_OF_SECTION: Record<string, 't2' | 't3' | 't4'> = { S2: 't2', S3: 't3', S4: 't4' };

/** Section 二/三/四 of a 2019/2021 report has no table (templates.md §3.2–3.4, §4.2–4.4). */
export const tableMissing: Rule = {
  meta: {
    id: 'table-missing',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('二、三、四部分缺少格式规定的表格', 'Section 二, 三 or 四 has no table'),
    rationale: bi(
      '2019、2021 年格式的第二、三、四部分各有一张统计表（表二主动公开、表三依申请、表四复议诉讼），必须填报。修复会在该部分标题下插入本格式的标准表格，各行各列标签齐全、数值格留空（空白不等于 0，填好前仍会提示），再逐项填写。',
      'Sections 二, 三 and 四 of the 2019 and 2021 formats each carry a statistics table. The fix inserts the format\'s standard table under the heading with every row and column label and blank value cells (a blank is not a 0; the table stays flagged until it is filled in).'),
    example: { bad: '三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况', note: bi('第三部分没有表三', 'section 三 has no 表三') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019' || !report.isReport) return;
    const eol = report.lines.dominantEol();
    for (const h of topHeadings(report)) {
      const s = template.sections[h.canonical];
      if (!s) continue;
      const tableId = TABLE_OF_SECTION[s.id];
      if (!tableId || report.tables[tableId] || report.extras.spans[tableId]) continue;
      const table = renderSectionTable(template.id, s.id, eol);
      if (!table) continue;
      const at = { line: h.line, character: report.lines.line(h.line).length };
      const name = template.tables[tableId]?.name ?? tableId;
      ctx.add({
        message: bi(`“${h.ordinal}${h.title}”部分缺少${name}（${template.document}格式规定的统计表）。`, `Section “${h.ordinal}${h.title}” has no ${name} (the statistics table of the ${template.document} format).`),
        range: h.range,
        fix: { title: bi(`插入标准${name}`, `Insert the standard ${name}`), edits: [{ range: { start: at, end: at }, newText: eol + eol + table + eol }] },
        data: { table: tableId },
      });
    }
  },
};
