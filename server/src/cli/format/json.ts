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

/** Diagnostics per chunk of `jsonFileChunks`: the output of a file with many findings is written in pieces. */
const DIAGNOSTICS_PER_CHUNK = 512;

/**
 * The JSON of one file's entry in "files", in chunks (its header, then a few hundred diagnostics at a time, then its
 * end): the same bytes as `JSON.stringify(entry, null, 2)` indented two levels down, but never the whole entry at
 * once (a report with tens of thousands of findings made it a string of tens of MB, copied by the indentation and
 * again to write it, brk179 #3). `first`: the first entry of "files".
 */
function* jsonFileChunks(r: FileResult, first: boolean): Generator<string> {
  const lead = first ? '{\n  "version": 1,\n  "files": [\n' : ',\n';
  // Indented as an element of "files" two levels down, as JSON.stringify(…, null, 2) would.
  const indent = (s: string) => s.replace(/\n/g, '\n    ');
  const head = indent(JSON.stringify({ path: r.path, format: r.format, year: r.year, diagnostics: [] }, null, 2));
  if (!r.findings.length) {
    yield `${lead}    ${head}`;
    return;
  }
  // `…"diagnostics": []\n    }`: the array opened here, its elements at two more levels.
  const open = head.slice(0, head.lastIndexOf('[]') + 1);
  let chunk = `${lead}    ${open}`;
  let n = 0;
  for (const f of r.findings) {
    chunk += `${n === 0 ? '' : ','}\n        ${JSON.stringify(jsonDiagnostic(f, r), null, 2).replace(/\n/g, '\n        ')}`;
    if (++n % DIAGNOSTICS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n      ]\n    }`;
}

/**
 * `nianbao check --format json`: the public contract of rules.md, exactly — the bytes of
 * `JSON.stringify({ version: 1, files: [...] }, null, 2)`, written one file at a time (and a file in chunks) so that
 * a run over thousands of reports, or one report with many findings, never holds the whole document.
 */
export const jsonStream: StreamFormatter = () => {
  let files = 0;
  const chunks = (r: FileResult): Iterable<string> => (r.error ? [] : jsonFileChunks(r, files++ === 0));
  return {
    file(r) {
      let out = '';
      for (const c of chunks(r)) out += c;
      return out;
    },
    chunks,
    end() {
      return files === 0 ? '{\n  "version": 1,\n  "files": []\n}\n' : '\n  ]\n}\n';
    },
  };
};

export const json = batch(jsonStream);
