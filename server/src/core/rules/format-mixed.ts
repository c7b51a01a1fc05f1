import type { TextEdit } from '../types.js';
import type { Rule } from './rule.js';
import { bi, inStyleOf, num, rowById } from './util.js';
import { templateOf } from '../templates/index.js';
import { renderRowLike } from './row-missing.js';
import type { Report } from '../model/build.js';

/** Rows or columns of another format year in the same report (2019 single `（六）其他处理` in a 2021 report, …). */
export const formatMixed: Rule = {
  meta: {
    id: 'format-mixed',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('同一报告中混用了另一年度格式的行或列', 'Rows or columns of another format year in the same report'),
    rationale: bi('2021 年格式（国办公开办函〔2021〕30号）改动了 2019 年格式的表二（如“规范性文件”改为“行政规范性文件”，删去第二十条第（九）项）和表三（“（六）其他处理”拆为三行）。同一报告混用两种格式，说明套用了旧模板。能确定对应关系时，修复会改为报告所用格式：“（六）其他处理”全为 0 时拆为三行 0；有数时如何拆分表中看不出，不自动拆分，以免编造数字。表二的“规范性文件”所在块的列仍是旧格式时，不只改行名（列的对应关系不确定）。', 'The 2021 format changed 表二 (e.g. 规范性文件 → 行政规范性文件, block （九） removed) and 表三 (（六）其他处理 split into three rows). Mixing them means an old template was reused. Where the mapping is certain, the fix converts to the report\'s format: a （六）其他处理 row of 0s becomes three rows of 0s; with numbers, how they split is not in the table, and no split is offered (it would invent numbers). 规范性文件 is not renamed while its block still has the old columns (how they map is not certain).'),
    example: { bad: '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', note: bi('2021 年格式中“（六）其他处理”应分为三行', 'in the 2021 format （六）其他处理 has three sub-rows') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || template.id === 'pre2019') return;
    const other = template.id === '2021' ? '2019' : '2021';
    const t3 = report.tables.t3;
    if (t3 && !t3.broken) {
      const single = t3.otherHandlingLayout === 'single';
      const split = t3.otherHandlingLayout === 'split';
      if (template.id === '2021' && single) {
        const row = rowById(t3, 'R3.6');
        const anchor = row?.match.range ?? row?.cells.find(Boolean)?.range;
        if (row && anchor) {
          const edits: TextEdit[] = [];
          // How the single row's numbers split into the three sub-rows is not in the table: only a row of 0s splits
          // with certainty (three rows of 0s). Any other split would invent numbers, so the author splits it.
          const zeros = row.cells.length > 0 && row.cells.every((c) => num(c) === 0);
          // Pipe rows: the group label (a label cell and empty cells, the table's width) and the three sub-rows.
          // Not in a table read by its header's columns: the rows would be written in the template's order.
          if (zeros && t3.layout === 'pipe' && !t3.header && row.match.range) {
            const line = row.match.range.start.line;
            const eol = report.lines.dominantEol();
            const subs = templateOf('2021').tables.t3!.rows.filter((r) => r.id.startsWith('R3.6'));
            const width = row.cells.length;
            const lines = subs.map((s) => renderRowLike(report, t3, s.data ? s.label : inStyleOf(row.match.raw, s.label), width, s.data ? undefined : new Array<null>(width).fill(null)));
            edits.push({ range: report.lines.lineRange(line), newText: lines.join(eol) });
          }
          const why = zeros ? bi('', '')
            : bi('原行的数如何分到这三行，表中看不出，未自动拆分：请按实际情况填写三行（三行之和应等于原数）。', ' How the row\'s numbers split into the three is not in the table, so it is not split automatically: write the three rows from the records (they add up to the row\'s numbers).');
          ctx.add({
            message: bi(
              `表三“（六）其他处理”只有一行，这是 2019 年格式；2021 年格式分为“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”三行。${why.zh}`,
              `表三 （六）其他处理 is a single row, as in the 2019 format; the 2021 format splits it into three sub-rows (1. 逾期不补正…, 2. 逾期未缴费…, 3. 其他).${why.en}`),
            range: anchor,
            fix: edits.length ? { title: bi('拆分为 2021 年格式的三行（均为 0）', 'Split into the three 2021 rows (all 0)'), edits } : undefined,
            data: { table: 't3', row: 'R3.6' },
          });
        }
      } else if (template.id === '2019' && split) {
        const row = t3.rows.find((r) => r.id === 'R3.6');
        const first = report.extras.signatures.find((s) => s.format === '2021' && /逾期/.test(s.text));
        const range = row?.match.range ?? (first ? report.lines.lineRange(first.line) : null);
        if (range) {
          ctx.add({ message: bi('表三“（六）其他处理”分为三行，这是 2021 年格式；2019 年格式只有一行。', '表三 （六）其他处理 has three sub-rows, as in the 2021 format; the 2019 format has one row.'), range });
        }
      }
    }
    // 表二 rows of the other format: `规范性文件` ↔ `行政规范性文件`, `其他对外管理服务事项`, `政府集中采购`.
    const ownRows = new Set(template.tables.t2?.blocks.flatMap((b) => b.rows.map((r) => r.label)) ?? []);
    for (const f of report.extras.foreignTable2Rows) {
      const key = f.label.normalize('NFKC').replace(/\s+/g, '').replace(/^\d+[.、]/, '');
      const counterpart = key === '规范性文件' && ownRows.has('行政规范性文件') ? '行政规范性文件' : key === '行政规范性文件' && ownRows.has('规范性文件') ? '规范性文件' : null;
      // Under its block's old columns (本年新制作数量 …) the new label alone would be half a conversion: how the
      // columns map (本年新公开数量 vs 本年废止件数) is not certain, so the row is left for the author.
      const oldColumns = counterpart !== null && blockColumnsFormat(report, f.range.start.line) === other;
      const why = oldColumns
        ? bi(`该块的列仍是${other}年格式，两种格式的列对应关系不确定，未自动改名：请按${template.id}年格式重填这一块。`, ` Its block still has the ${other} format's columns, which do not map with certainty onto the ${template.id} format's, so it is not renamed: redo the block in the ${template.id} format.`)
        : bi('', '');
      ctx.add({
        message: bi(
          `表二“${f.label}”是${other}年格式的行${counterpart ? `；${template.id}年格式为“${counterpart}”` : `，${template.id}年格式没有这一行`}。${why.zh}`,
          `表二 row “${f.label}” belongs to the ${other} format${counterpart ? `; the ${template.id} format says “${counterpart}”` : `; the ${template.id} format has no such row`}.${why.en}`),
        range: f.range,
        fix: counterpart && !oldColumns ? { title: bi(`改为“${counterpart}”`, `Change to “${counterpart}”`), edits: [{ range: f.range, newText: counterpart }] } : undefined,
        data: { table: 't2' },
      });
    }
    // Column headers and blocks of the other format in 表二.
    const seen = new Set<number>();
    for (const s of report.extras.signatures) {
      if (s.format !== other || s.text.startsWith('〔') || seen.has(s.line) || /逾期/.test(s.text)) continue;
      if (report.extras.foreignTable2Rows.some((f) => f.range.start.line === s.line)) continue;
      if (['其他对外管理服务事项', '政府集中采购'].includes(s.text)) continue;
      seen.add(s.line);
      ctx.add({
        message: bi(`“${s.text}”是${other}年格式的表二内容，本报告为${template.id}年格式。`, `“${s.text}” belongs to 表二 of the ${other} format; this report uses the ${template.id} format.`),
        range: report.lines.lineRange(s.line),
      });
    }
  },
};

/** The 表二 column labels of each format (`本年新制作数量` … of 2019, `本年制发件数` … of 2021). */
let columnLabels: Map<string, 'pre2019' | '2019' | '2021'> | null = null;

/**
 * The format of the column header nearest above 0-based line `line` in 表二 (the header of the row's block):
 * the format whose 表二 column label that header line names, or null when no known column label stands above it.
 */
function blockColumnsFormat(report: Report, line: number): '2019' | '2021' | null {
  if (!columnLabels) {
    columnLabels = new Map();
    for (const id of ['2019', '2021'] as const) for (const b of templateOf(id).tables.t2?.blocks ?? []) for (const c of b.columns) columnLabels.set(c.label, id);
  }
  const from = report.extras.spans.t2?.start ?? 0;
  let best: { line: number; format: '2019' | '2021' } | null = null;
  for (const s of report.extras.signatures) {
    const format = columnLabels.get(s.text);
    if ((format !== '2019' && format !== '2021') || s.line >= line || s.line < from) continue;
    if (!best || s.line > best.line) best = { line: s.line, format };
  }
  return best?.format ?? null;
}
