import { docsUrl, type Finding, type Position, type Range, type Severity, type TextEdit } from '../../core/index.js';
import type { LineIndex } from '../../core/index.js';
import type { Formatter } from './types.js';
import { checked, linesOf, reviewPath } from './common.js';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' };

/** reviewdog counts columns in UTF-8 bytes (1-based); the core counts UTF-16 code units (0-based). */
export function rdPosition(lines: LineIndex, p: Position): { line: number; column: number } {
  const text = p.line < lines.lineCount ? lines.line(p.line) : '';
  return { line: p.line + 1, column: Buffer.byteLength(text.slice(0, p.character), 'utf8') + 1 };
}

function rdRange(lines: LineIndex, r: Range) {
  return { start: rdPosition(lines, r.start), end: rdPosition(lines, r.end) };
}

/**
 * A fix as one line-based reviewdog suggestion: the lines its edits touch, as they read after the edits
 * (GitHub suggestions replace whole lines, and reviewdog wants one suggestion per comment range).
 */
export function lineSuggestion(lines: LineIndex, edits: TextEdit[]): { range: { start: { line: number }; end: { line: number } }; text: string } {
  const first = Math.min(...edits.map((e) => e.range.start.line));
  const last = Math.max(...edits.map((e) => e.range.end.line));
  const base = lines.starts[first];
  let text = lines.text.slice(base, lines.ends[Math.min(last, lines.lineCount - 1)]);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  for (const e of sorted) text = text.slice(0, lines.offsetAt(e.range.start) - base) + e.newText + text.slice(lines.offsetAt(e.range.end) - base);
  return { range: { start: { line: first + 1 }, end: { line: last + 1 } }, text: text.replace(/\r\n?/g, '\n') };
}

/**
 * `--format rdjson`: the Reviewdog Diagnostic Format (one `DiagnosticResult`), with a suggestion for each
 * fixable finding so that reviewdog posts it as a suggested change
 * (`nianbao check --format rdjson | reviewdog -f=rdjson -reporter=github-pr-review`).
 */
export const rdjson: Formatter = (results, ctx) => {
  const diagnostics: unknown[] = [];
  for (const r of checked(results)) {
    const path = reviewPath(r, ctx);
    const lines = linesOf(r);
    for (const f of r.findings as Finding[]) {
      const d: Record<string, unknown> = {
        message: f.message,
        location: { path, range: rdRange(lines, f.range) },
        severity: SEVERITY[f.severity],
        code: { value: f.ruleId, url: docsUrl(f.ruleId) },
      };
      if (f.fix?.edits.length) d.suggestions = [lineSuggestion(lines, f.fix.edits)];
      if (f.related?.length) d.related_locations = f.related.map((rel) => ({ message: rel.message, location: { path, range: rdRange(lines, rel.range) } }));
      diagnostics.push(d);
    }
  }
  return JSON.stringify({ source: { name: 'nianbao', url: 'https://github.com/nianbao/nianbao' }, diagnostics }, null, 2) + '\n';
};
