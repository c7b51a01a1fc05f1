import { analyze, pastedLayout, pick, reportParts, sourceLinesOf, templateOf, writtenLineOf, type Bilingual, type LabelMatch, type Locale, type ParseOptions, type Report, type RuleSetting, type TableId, type TableModel } from '../core/index.js';
import { INSPECT as L } from './messages.js';
import { codePointColumns, column } from './format/common.js';

function cellText(c: { raw: string } | null): string {
  if (!c) return '·';
  return c.raw === '' ? '□' : c.raw;
}

/** Row ids in a table's own order as runs that follow the template's order: `R1–R3.2, R3.4–R3.4.3, R3.3–R3.3.8, …`. */
function orderRuns(t: TableModel, ids: string[]): string {
  const at = (id: string) => t.rows.findIndex((r) => r.id === id);
  const runs: string[][] = [];
  for (const id of ids) {
    const run = runs[runs.length - 1];
    if (run && at(id) === at(run[run.length - 1]) + 1) run.push(id);
    else runs.push([id]);
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : r[0])).join(', ');
}

/**
 * How a row or column label was read, after the template's label in the inspect view: empty for a label written as
 * the template writes it (spaces aside); else `  [kind：as written]` — `[错字：不分公开…]`, `[按位置：4.其他]`,
 * `[写作：2.其它法律行政法规禁止公开]` for a label matched exactly once normalised (其它 for 其他, `1、` for `1.`,
 * half-width brackets), `[缺失]` for an absent one. `say` picks the language; `sep` is the colon of that language.
 */
function matchMark(m: LabelMatch, label: string, say: (b: Bilingual) => string, sep: string): string {
  if (m.kind === 'absent') return `  [${say(L.match.absent)}]`;
  const written = m.raw.replace(/\s+/g, ' ').trim();
  const differs = written !== '' && written.replace(/ /g, '') !== label.replace(/\s+/g, '');
  const kind = m.kind === 'exact' ? (differs ? say(L.written) : '') : say(L.match[m.kind]);
  if (!kind) return '';
  return `  [${kind}${differs ? `${sep}${written}` : ''}]`;
}

/**
 * The lines of table `id` of `report` in the inspect view; `say` picks a label's language. The layout is named as
 * the convert action and the outline name it (`pastedLayout`: 每行一格 / cell-per-line for a one-cell-a-line paste,
 * which the reader's own `TableModel.layout` calls `none`).
 */
function table(report: Report, id: TableId, say: (b: Bilingual) => string, whole: Report = report, indent = ''): string[] {
  return tableLines(report, id, say, (line) => writtenLineOf(whole, line)).map((l) => indent + l.replace(/\n/g, '\n' + indent));
}

/** `table`'s lines, with `written` giving the 1-based-to-be line as written of a 0-based line of the model. */
function tableLines(report: Report, id: TableId, say: (b: Bilingual) => string, written: (line: number) => number): string[] {
  const t = report.tables[id]!;
  const layout = pastedLayout(report, id);
  const other = t.otherHandlingLayout ? `  ${say(L.otherHandling)}${say(L.otherHandlingLayouts[t.otherHandlingLayout])}` : '';
  // (A range ending at the start of a line ends on the line before: an HTML table's, after its `</table>`.)
  const last = t.range.end.character === 0 && t.range.end.line > t.range.start.line ? t.range.end.line - 1 : t.range.end.line;
  const out = [`  ${t.name}  ${say(L.lines(written(t.range.start.line) + 1, written(last) + 1))}  ${say(L.layout)} ${layout ? say(layout.name) : t.layout}${other}`];
  if (t.broken) out.push(`    ! ${say(t.broken)}`);
  if (t.rowOrder) out.push(`    ${say(L.rowOrder(orderRuns(t, t.rowOrder)))}`);
  // Between a match kind and the label as written: `[misspelled: 不分公开]`, `[错字：不分公开]`.
  const sep = say(L.colon);
  // A column the header leaves out, its cells blank in every row (`HeaderColumns.missing`: the rows were read by the
  // header's names), is missing, not read by its place.
  const missing = missingColumns(report, t);
  const cols = t.columns.map((c) => `${c.label}${matchMark(missing.has(c.id) ? ABSENT_MATCH : c.match, c.label, say, sep).replace(/^ {2}/, ' ')}`);
  out.push(`    ${say(L.columns)}${cols.join(' · ')}`);
  for (const r of t.rows) {
    const where = (r.cells.length ? r.cells : r.subtotals ?? []).find(Boolean)?.range.start.line;
    const mark = matchMark(r.match, r.label, say, sep);
    // A group row's numbers (a subtotal the table writes there) are shown as read, marked as such.
    const vals = r.cells.length ? r.cells.map(cellText).join(' | ') : r.subtotals ? `${say(L.subtotal)}${r.subtotals.map(cellText).join(' | ')}` : say(L.group);
    out.push(`    ${r.id.padEnd(7)} ${r.label}${mark}\n            ${vals}${where !== undefined ? `   ${say(L.line(written(where) + 1))}` : ''}`);
  }
  return out;
}

/** A label not found (`matchMark` shows `[缺失]`). */
const ABSENT_MATCH: LabelMatch = { kind: 'absent', raw: '', range: null, distance: 0 };

/** The ids of the columns of table `t` that a block's header leaves out, its rows read without them (`HeaderColumns.missing`). */
function missingColumns(report: Report, t: TableModel): Set<string> {
  const out = new Set<string>();
  const blocks = report.format === 'unknown' ? [] : templateOf(report.format).tables.t2?.blocks ?? [];
  for (const [id, h] of Object.entries(t.blockHeaders ?? {})) {
    const b = blocks.find((x) => x.id === id);
    for (const j of h.missing ?? []) if (b?.columns[j]) out.add(b.columns[j].id);
  }
  return out;
}

/** The evidence items `inspect` shows of a list, at most: the rest are counted (`……另有 N 处`, `… and N more`). */
export const EVIDENCE_SHOWN = 10;

/**
 * The report's title as `inspect` shows it: from its `#` heading line on when the title's text also took in the line
 * before it (a link line such as `[返回首页](…)` directly above the heading, which a Markdown heading does not
 * include), without its Markdown markup (`withoutMarkup`). The report's own reading of the title is left as it is.
 */
function titleShown(report: Report): string {
  const t = report.title!;
  for (let i = t.range.start.line + 1; i <= t.range.end.line; i++) {
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(report.lines.line(i))) return withoutMarkup(report.lines.slice({ start: { line: i, character: 0 }, end: t.range.end }));
  }
  return withoutMarkup(t.text);
}

/**
 * A title's text without Markdown markup, line by line: the `#` marks of a heading (and a closing run of `#`) and
 * bold markers (`**…**`, `__…__`, `***…***`) around any part of it. The words are kept as written.
 */
function withoutMarkup(text: string): string {
  return text.split('\n').map((line) => line
    .replace(/^(\s{0,3})#{1,6}(?:[ \t]+|$)/, '$1')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/(\*{2,3}|_{2,3})(\S(?:.*?\S)?)\1/g, '$2')).join('\n');
}

/**
 * `nianbao inspect`: what the engine read from a report — format and year with their evidence, the outline, and
 * every template table with its values (□ blank cell, · no cell) and how each label was matched, then the findings
 * — so a person can see why a rule fired. The labels and the findings' messages are in `options.locale` (default
 * Chinese, like the findings); the CLI and the editor's "Show what the engine read" both print this text. Line
 * numbers in it are 1-based. `options.rules`: the rule settings of the report's config (the findings listed are those
 * a check with that config gives). A text read with its packed HTML rows split a line each shows the lines as
 * written (`writtenLineOf`).
 */
export function inspectText(text: string, options: ParseOptions & { locale?: Locale; rules?: Record<string, RuleSetting> } = {}): string {
  const locale = options.locale ?? 'zh';
  const say = (b: Bilingual) => pick(b, locale);
  const { report, findings } = analyze(text, { format: options.format, year: options.year, fileName: options.fileName, locale, rules: options.rules });
  // The first few items, then how many more: a compilation of hundreds of reports gives hundreds of 统计期限.
  const list = (items: string[]) => [...items.slice(0, EVIDENCE_SHOWN), ...(items.length > EVIDENCE_SHOWN ? [say(L.moreEvidence(items.length - EVIDENCE_SHOWN))] : [])].join(locale === 'en' ? ', ' : '、') || say(L.noEvidence);
  // Chinese: full-width brackets right after the value; English: two spaces and ASCII brackets.
  const aside = (s: string) => (locale === 'en' ? `  (${s})` : `（${s}）`);
  const formatEvidence = report.formatEvidence.map((e) => {
    if (e === 'override') return say(L.override);
    const byYear = /^year (\d+)$/.exec(e);
    return byYear ? say(L.byYear(byYear[1])) : e;
  });
  const yearEvidence = report.yearEvidence.map((e) => say(L.yearRead(L.yearSource[e.source] ? say(L.yearSource[e.source]) : e.source, e.year, writtenLineOf(report, e.range.start.line) + 1)));
  const out: string[] = [];
  out.push(`${say(L.format)}${report.format === 'unknown' ? say(L.unknownFormat) : report.format}${aside(list(formatEvidence))}`);
  out.push(`${say(L.year)}${report.year ?? say(L.unknownYear)}${aside(list(yearEvidence))}`);
  if (report.title) out.push(`${say(L.title)}${titleShown(report)}`);
  out.push(say(L.isReport(report.isReport)));
  if (report.extras.traditional) out.push(say(L.traditional));
  // A text of several reports (a 汇编): each is read on its own, and its findings come from every one, so the outline
  // and tables are shown per report (brk144 #7: only the first report's were, the others' table cells nowhere).
  const parts = report.isReport ? reportParts(report) : [];
  const several = parts.length > 1;
  const partHead = (k: number) => {
    const p = parts[k];
    return `  ${say(L.part(k + 1, p.title ?? say(L.untitled), writtenLineOf(report, p.titleLine) + 1, p.report.format === 'unknown' ? say(L.unknownFormat) : p.report.format, p.report.year === null ? say(L.unknownYear) : String(p.report.year)))}`;
  };
  if (several) out.push(say(L.reports(parts.length)));
  out.push('', say(L.outline));
  const outline = (r: Report, indent: string) => {
    for (const s of r.sections) {
      out.push(`${indent}  ${String(writtenLineOf(report, s.heading.line) + 1).padStart(4)}  ${s.heading.ordinal}${s.heading.title}${s.heading.canonical >= 0 ? `  ${say(L.section(s.heading.canonical + 1))}` : ''}${s.tables.length ? `  [${s.tables.join(', ')}]` : ''}`);
      for (const c of s.children) out.push(`${indent}  ${String(writtenLineOf(report, c.line) + 1).padStart(4)}  ${'  '.repeat(c.level - 1)}${c.ordinal}${c.title}`);
    }
  };
  if (several) parts.forEach((p, k) => (out.push(partHead(k)), outline(p.report, '  ')));
  else outline(report, '');
  out.push('', say(L.tables));
  const tables = (r: Report, indent: string) => {
    for (const id of ['t2', 't3', 't4'] as TableId[]) if (r.tables[id]) out.push(...table(r, id, say, report, indent));
    if (!Object.keys(r.tables).length) out.push(`${indent}  ${say(L.none)}`);
  };
  if (several) parts.forEach((p, k) => (out.push(partHead(k)), tables(p.report, '  ')));
  else tables(report, '');
  out.push('', say(L.findings(findings.length)));
  const columns = { columns: codePointColumns(sourceLinesOf(report), findings) };
  for (const f of findings) out.push(`  ${f.range.start.line + 1}:${column(columns, f.range.start)}  ${L.severity[f.severity] ? say(L.severity[f.severity]) : f.severity}  ${f.ruleId}  ${f.message}`);
  return out.join('\n') + '\n';
}
