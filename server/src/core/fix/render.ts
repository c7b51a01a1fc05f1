import type { FormatId } from '../types.js';
import { templateOf, type Table2Template, type Table3Template, type Table4Template } from '../templates/index.js';
// The width Format Document aligns by: a table rendered here is already as it would format it.
import { displayWidth } from '../editor/pipeTables.js';

/**
 * Renders rows of cells as a pipe table aligned by display width. `header` rows are followed by the `|---|`
 * delimiter row; rows may be shorter than the widest (merged cells are written as empty cells).
 */
export function renderPipeTable(rows: string[][], headerRows = 1, eol = '\n'): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => [...r, ...new Array<string>(cols - r.length).fill('')]);
  const widths = new Array<number>(cols).fill(3);
  for (const r of full) r.forEach((c, i) => (widths[i] = Math.max(widths[i], displayWidth(c))));
  const line = (r: string[]) => '| ' + r.map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c))).join(' | ') + ' |';
  const out: string[] = [];
  full.forEach((r, i) => {
    out.push(line(r));
    if (i === headerRows - 1) out.push('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  });
  return out.join(eol);
}

/**
 * The standard 表二 of a format: one block per `第二十条第（…）项`, every label as the template prints it, and `fill`
 * in every value cell — blank by default: a table inserted into a draft is to be filled in, and a blank is not
 * a 0 (the blank cells stay flagged until they are).
 */
export function renderTable2(t: Table2Template, eol = '\n', fill = ''): string {
  return t.blocks.map((b) => [b.heading, '', renderTable2Block(t, b, eol, fill)].join(eol)).join(eol + eol);
}

/** The table of one item (`第二十条第（…）项`) of the standard 表二, without its heading: header and rows, `fill` in every value cell. */
export function renderTable2Block(t: Table2Template, b: Table2Template['blocks'][number], eol = '\n', fill = ''): string {
  return renderPipeTable([[t.firstHeader, ...b.columns.map((c) => c.label)], ...b.rows.map((r) => [r.label, ...b.columns.map(() => fill)])], 1, eol);
}

/** The standard 表三 of a format: corner text and the seven applicant columns as header, every row, `fill` (blank) in every value cell. */
export function renderTable3(t: Table3Template, eol = '\n', fill = ''): string {
  const rows: string[][] = [[t.corner, ...t.columns.map((c) => c.label)]];
  for (const r of t.rows) rows.push(r.data ? [r.label, ...t.columns.map(() => fill)] : [r.label]);
  return renderPipeTable(rows, 1, eol);
}

/** The standard 表四: three header rows (行政复议 / 行政诉讼, the two litigation groups, the five results) and 15 value cells (`fill`, blank). */
export function renderTable4(t: Table4Template, eol = '\n', fill = ''): string {
  const [g1, g2, g3] = t.groups;
  const blank = (n: number) => new Array<string>(n).fill('');
  const rows = [
    [g1.label, ...blank(4), g2.parent ?? '', ...blank(9)],
    [...blank(5), g2.label, ...blank(4), g3.label, ...blank(4)],
    [...t.leaves, ...t.leaves, ...t.leaves],
    new Array<string>(15).fill(fill),
  ];
  return renderPipeTable(rows, 1, eol);
}

/**
 * The standard table of a section (`S2` → 表二, `S3` → 表三, `S4` → 表四) for a format, or null. Its value cells
 * hold `fill`: blank for a table a fix inserts into a report (the report's own figures are not known; a 0 would
 * claim them), `0` for a new draft from the template, where most cells of a real report are 0.
 */
export function renderSectionTable(format: FormatId, sectionId: string, eol = '\n', fill = ''): string | null {
  const tpl = templateOf(format);
  if (sectionId === 'S2' && tpl.tables.t2) return renderTable2(tpl.tables.t2, eol, fill);
  if (sectionId === 'S3' && tpl.tables.t3) return renderTable3(tpl.tables.t3, eol, fill);
  if (sectionId === 'S4' && tpl.tables.t4) return renderTable4(tpl.tables.t4, eol, fill);
  return null;
}

/**
 * A complete draft in the authoring format for a format year (`nianbao new`, "New report from template"): title,
 * introduction with the statistics period, the six sections with their standard tables, and a signature line.
 * Every value cell holds `fill`: `''` for a draft to fill in (what `new` and the editor write: each table is then
 * table-empty, and a cell left blank cell-blank, until its number is written; a 0 would claim a figure the report
 * never gave), `'0'` (the default) for a correct report with nothing to report, as tests use it.
 */
export function renderNewReport(opts: { format: FormatId; year: number; agency: string; fill?: string }, eol = '\n'): string {
  const tpl = templateOf(opts.format);
  const { year, agency } = opts;
  // The format cited by its own title (template data `name`): 60号's is 《…年度报告格式（试行）》, 30号's has no 试行
  // (templates.md §3, §4.5 item 12; brk114 #7).
  const out: string[] = [
    `# ${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》和${tpl.id === 'pre2019' ? '有关规定' : `《${tpl.name}》（${tpl.document}）`}要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
  ];
  for (const s of tpl.sections) {
    out.push(`## ${s.title}`, '');
    const table = opts.format === 'pre2019' ? null : renderSectionTable(opts.format, s.id, eol, opts.fill ?? '0');
    if (table) out.push(table, '');
    // The template's own note where it has one (2021 六, the place to report 信息处理费), else the generic placeholder.
    else out.push(s.note ?? '（请在此处填写本部分内容。）', '');
  }
  out.push(agency, `${year + 1}年1月31日`, '');
  return out.join(eol);
}
