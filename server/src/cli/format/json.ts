import type { Finding } from '../../core/index.js';
import type { Formatter } from './types.js';

/** One diagnostic of the JSON contract (rules.md): 1-based line/column plus the LSP 0-based UTF-16 range. */
export function jsonDiagnostic(f: Finding) {
  const d: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    range: f.range,
  };
  if (f.expected !== undefined) d.expected = f.expected;
  if (f.actual !== undefined) d.actual = f.actual;
  if (f.related?.length) d.related = f.related.map((r) => ({ line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message }));
  d.fixable = Boolean(f.fix?.edits.length);
  return d;
}

/** `nianbao check --format json`: the public contract of rules.md, exactly. */
export const json: Formatter = (results) =>
  JSON.stringify({
    version: 1,
    files: results.filter((r) => !r.error).map((r) => ({ path: r.path, format: r.format, year: r.year, diagnostics: r.findings.map(jsonDiagnostic) })),
  }, null, 2) + '\n';
