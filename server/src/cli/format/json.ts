import { ownRelated, type Finding } from '../../core/index.js';
import type { StreamFormatter } from './types.js';
import { batch, type FileResult } from './types.js';
import { column } from './common.js';

/**
 * One diagnostic of the JSON contract (rules.md): 1-based line and column (in characters as a person counts them:
 * code points, `r.columns`) plus the LSP 0-based UTF-16 range.
 */
export function jsonDiagnostic(f: Finding, r: Pick<FileResult, 'columns'> = {}) {
  const d: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: column(r, f.range.start),
    range: f.range,
  };
  if (f.expected !== undefined) d.expected = f.expected;
  if (f.actual !== undefined) d.actual = f.actual;
  // The contract's `related` has no file: a place in last year's report (carry-over, stock-flow) is left out.
  const related = ownRelated(f);
  if (related.length) d.related = related.map((x) => ({ line: x.range.start.line + 1, column: column(r, x.range.start), message: x.message }));
  d.fixable = Boolean(f.fix?.edits.length);
  return d;
}

/**
 * `nianbao check --format json`: the public contract of rules.md, exactly — the bytes of
 * `JSON.stringify({ version: 1, files: [...] }, null, 2)`, written one file at a time so that a run over
 * thousands of reports never holds the whole document.
 */
export const jsonStream: StreamFormatter = () => {
  let files = 0;
  return {
    file(r) {
      if (r.error) return '';
      const entry = { path: r.path, format: r.format, year: r.year, diagnostics: r.findings.map((f) => jsonDiagnostic(f, r)) };
      // Indented as an element of "files" two levels down, as JSON.stringify(…, null, 2) would.
      const body = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
      return `${files++ === 0 ? '{\n  "version": 1,\n  "files": [\n' : ',\n'}    ${body}`;
    },
    end() {
      return files === 0 ? '{\n  "version": 1,\n  "files": []\n}\n' : '\n  ]\n}\n';
    },
  };
};

export const json = batch(jsonStream);
