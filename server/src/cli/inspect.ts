import { analyze, type ParseOptions, type TableModel } from '../core/index.js';

function cellText(c: { raw: string } | null): string {
  if (!c) return '·';
  return c.raw === '' ? '□' : c.raw;
}

function table(t: TableModel): string[] {
  const out = [`  ${t.name}  lines ${t.range.start.line + 1}–${t.range.end.line + 1}  layout ${t.layout}${t.otherHandlingLayout ? `  （六）其他处理: ${t.otherHandlingLayout}` : ''}`];
  if (t.broken) out.push(`    ! ${t.broken.zh}`);
  const cols = t.columns.map((c) => `${c.label}${c.match.kind === 'exact' ? '' : ` [${c.match.kind}${c.match.raw && c.match.kind === 'misspelled' ? `: ${c.match.raw}` : ''}]`}`);
  out.push(`    columns: ${cols.join(' · ')}`);
  for (const r of t.rows) {
    const where = r.cells.find(Boolean)?.range.start.line;
    const mark = r.match.kind === 'exact' || r.match.kind === 'variant' ? '' : `  [${r.match.kind}${r.match.kind === 'misspelled' ? `: ${r.match.raw}` : ''}]`;
    const vals = r.cells.length ? r.cells.map(cellText).join(' | ') : '(group)';
    out.push(`    ${r.id.padEnd(7)} ${r.label}${mark}\n            ${vals}${where !== undefined ? `   (line ${where + 1})` : ''}`);
  }
  return out;
}

/**
 * `nianbao inspect`: what the engine read from a report — format and year with their evidence, the outline, and
 * every template table with its values (□ blank cell, · no cell) and how each label was matched — so a person
 * can see why a rule fired.
 */
export function inspectText(text: string, options: ParseOptions = {}): string {
  const { report, findings } = analyze(text, options);
  const out: string[] = [];
  out.push(`format: ${report.format}  (${report.formatEvidence.join(', ') || 'no evidence'})`);
  out.push(`year:   ${report.year ?? 'unknown'}  (${report.yearEvidence.map((e) => `${e.source} ${e.year} @${e.range.start.line + 1}`).join(', ') || 'no evidence'})`);
  if (report.title) out.push(`title:  ${report.title.text}`);
  out.push(`is a report: ${report.isReport ? 'yes' : 'no'}`);
  out.push('', 'outline:');
  for (const s of report.sections) {
    out.push(`  ${String(s.heading.line + 1).padStart(4)}  ${s.heading.ordinal}${s.heading.title}${s.heading.canonical >= 0 ? `  → section ${s.heading.canonical + 1}` : ''}${s.tables.length ? `  [${s.tables.join(', ')}]` : ''}`);
    for (const c of s.children) out.push(`  ${String(c.line + 1).padStart(4)}  ${'  '.repeat(c.level - 1)}${c.ordinal}${c.title}`);
  }
  out.push('', 'tables:');
  for (const t of [report.tables.t2, report.tables.t3, report.tables.t4]) if (t) out.push(...table(t));
  if (!Object.keys(report.tables).length) out.push('  (none)');
  out.push('', `findings: ${findings.length}`);
  for (const f of findings) out.push(`  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.ruleId}  ${f.message}`);
  return out.join('\n') + '\n';
}
