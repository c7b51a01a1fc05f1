/** Findings → LSP diagnostics, and the `data` payload the code actions read back (validated with zod). */
import * as z from 'zod/mini';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { docsUrl, type Finding, type Locale, type Severity } from '../../core/index.js';
import { findingKeys, type Analysis } from '../analysis.js';

export const SOURCE = 'nianbao';

/** What a diagnostic carries for its code action: enough to find the finding again in the current analysis. */
export const DiagnosticDataSchema = z.object({
  ruleId: z.string().check(z.minLength(1)),
  /** `findingKey`: rule id and range (and a counter for identical ones). */
  key: z.string().check(z.minLength(1)),
  /** The document version the diagnostic was computed for. */
  version: z.int(),
  fixable: z.boolean(),
  /** The rule's own payload (`Finding.data`), passed through. */
  payload: z.optional(z.record(z.string(), z.unknown())),
});
export type DiagnosticData = z.infer<typeof DiagnosticDataSchema>;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(uri: string, f: Finding, key: string, version: number): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, key, version, fixable: Boolean(f.fix?.edits.length) };
  if (f.data) data.payload = f.data;
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
    data,
  };
  const href = docsUrl(f.ruleId);
  if (href) d.codeDescription = { href };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}

/** The diagnostics of an analysis (none for a document that is not a report). */
export function diagnosticsOf(a: Analysis, locale: Locale): Diagnostic[] {
  if (!a.isTarget) return [];
  const out: Diagnostic[] = [];
  if (a.problem) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'not-checked',
      source: SOURCE,
      message: locale === 'en' ? a.problem.en : a.problem.zh,
    });
  }
  const keys = findingKeys(a.findings);
  a.findings.forEach((f, i) => out.push(toDiagnostic(a.uri, f, keys[i], a.version)));
  return out;
}

/** Reads a diagnostic's data back; null when it is not ours or malformed. */
export function readDiagnosticData(d: Diagnostic): DiagnosticData | null {
  if (d.source !== SOURCE) return null;
  const r = DiagnosticDataSchema.safeParse(d.data);
  return r.success ? r.data : null;
}
