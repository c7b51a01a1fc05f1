/**
 * "What the engine read": a plain-text view of the report model (format and year with their evidence, the
 * outline, every template table row with its values, blanks and unmatched rows). Shown by the editor's
 * "Show what the engine read" command as a read-only document. Pure.
 */
import type { Locale, TableId } from '../types.js';
import type { Report } from '../model/build.js';
import { columnLabels } from './cells.js';
import { editorTemplate } from './guide.js';

export function renderInspect(report: Report, locale: Locale = 'zh', name = ''): string {
  const zh = locale !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const out: string[] = [];
  const tpl = editorTemplate(report.format);
  out.push(`# ${L('引擎读取结果', 'What the engine read')}${name ? ` — ${name}` : ''}`, '');
  out.push(`${L('是否年报', 'Is a report')}: ${report.isReport ? L('是', 'yes') : L('否', 'no')}`);
  out.push(`${L('格式', 'Format')}: ${report.format}${report.format !== 'unknown' ? ` (${tpl.document})` : ''}${report.formatEvidence.length ? `  ← ${report.formatEvidence.join('; ')}` : ''}`);
  out.push(`${L('年度', 'Year')}: ${report.year ?? '—'}${report.yearEvidence.length ? `  ← ${report.yearEvidence.map((e) => `${e.source} ${e.year} (${L('第', 'line ')}${e.range.start.line + 1}${L('行', '')})`).join('; ')}` : ''}`);
  if (report.title) out.push(`${L('标题', 'Title')}: ${report.title.text} (${L('第', 'line ')}${report.title.range.start.line + 1}${L('行', '')})`);
  out.push('', `## ${L('结构', 'Outline')}`, '');
  if (!report.sections.length) out.push(L('（没有读到一级标题）', '(no top-level headings read)'));
  for (const s of report.sections) {
    const canon = s.heading.canonical >= 0 ? tpl.sections[s.heading.canonical]?.title : null;
    out.push(`${String(s.startLine + 1).padStart(5)}  ${s.heading.ordinal}${s.heading.title}${canon ? `  → ${canon}` : `  → ${L('未对应规定部分', 'no template section')}`}${s.tables.length ? `  [${s.tables.map((t) => report.tables[t]?.name ?? t).join(', ')}]` : ''}`);
    for (const c of s.children) out.push(`${String(c.line + 1).padStart(5)}  ${'  '.repeat(Math.max(1, c.level - 1))}${c.ordinal}${c.title}`);
  }
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    const t = report.tables[id];
    const span = report.extras.spans[id];
    if (!t && !span) continue;
    out.push('', `## ${t?.name ?? id}`, '');
    if (!t) { out.push(L(`（第 ${span!.start + 1}–${span!.end} 行像是表格，但本格式没有此表）`, `(lines ${span!.start + 1}–${span!.end} look like a table the format does not have)`)); continue; }
    out.push(`${L('位置', 'Lines')}: ${t.range.start.line + 1}–${t.range.end.line + 1} · ${L('排版', 'layout')}: ${t.layout}`);
    if (t.broken) out.push(`${L('注意', 'Note')}: ${zh ? t.broken.zh : t.broken.en}`);
    const missingCols = t.columns.filter((c) => c.match.kind === 'absent' || c.match.kind === 'misspelled');
    if (missingCols.length) out.push(`${L('列标题', 'Columns')}: ${missingCols.map((c) => `${c.label} (${c.match.kind}${c.match.raw ? `: ${c.match.raw}` : ''})`).join('; ')}`);
    out.push('');
    for (const r of t.rows) {
      const labels = columnLabels(tpl, t, r);
      const how = r.match.kind === 'exact' ? '' : ` [${r.match.kind}${r.match.raw && r.match.raw !== r.label ? `: ${r.match.raw}` : ''}]`;
      if (!r.cells.length) { out.push(`${r.id.padEnd(8)} ${r.label}${how}`); continue; }
      const vals = r.cells.map((c, i) => `${id === 't3' || id === 't4' ? '' : `${labels[i] ?? ''}=`}${c === null ? L('缺', 'none') : c.raw === '' ? L('空', 'blank') : c.value === null ? `?${c.raw}` : c.raw}`);
      out.push(`${r.id.padEnd(8)} ${r.label}${how}`);
      if (id === 't4') {
        for (let g = 0; g < 3; g++) out.push(`         ${labels[g * 5]?.split(' / ').slice(0, -1).join(' / ')}: ${vals.slice(g * 5, g * 5 + 5).join(' · ')}`);
      } else out.push(`         ${vals.join(' · ')}${r.cellCount && r.cellCount !== r.cells.length ? L(`  （本行读到 ${r.cellCount} 个格）`, `  (${r.cellCount} cells in the text)`) : ''}`);
    }
  }
  out.push('');
  return out.join('\n');
}
