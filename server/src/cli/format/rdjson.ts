import { docsUrl, pick, type Finding, type Position, type Range, type Severity, type TextEdit } from '../../core/index.js';
import type { LineIndex } from '../../core/index.js';
import { batch, type FileResult, type StreamFormatter } from './types.js';
import { CONFIG_INVALID, configProblems, FILE_UNREADABLE, FIX_NOT_WRITTEN, gitPosition, hasLoneCarriageReturn, linesOf, notWritten, placedRelated, reviewPath, unreadable } from './common.js';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' };

/** reviewdog counts columns in UTF-8 bytes (1-based); the core counts UTF-16 code units (0-based). */
export function rdPosition(lines: LineIndex, p: Position): { line: number; column: number } {
  const text = p.line < lines.lineCount ? lines.line(p.line) : '';
  return { line: p.line + 1, column: Buffer.byteLength(text.slice(0, p.character), 'utf8') + 1 };
}

function rdRange(lines: LineIndex, r: Range) {
  return { start: rdPosition(lines, r.start), end: rdPosition(lines, r.end) };
}

/** `rdRange` with lines as git counts them (`gitPosition`): the same unless `text` has a lone `\r`. */
function gitRdRange(text: string | undefined, lines: LineIndex, r: Range) {
  if (!hasLoneCarriageReturn(text)) return rdRange(lines, r);
  const rows = text!.split('\n');
  const at = (p: Position) => {
    const g = gitPosition(text, p);
    return { line: g.line + 1, column: Buffer.byteLength((rows[g.line] ?? '').slice(0, g.character), 'utf8') + 1 };
  };
  return { start: at(r.start), end: at(r.end) };
}

/** One reviewdog suggestion: whole lines (1-based, inclusive, no columns) and the text that replaces them. */
export interface LineSuggestion {
  range: { start: { line: number }; end: { line: number } };
  text: string;
}

/** The line break that ends line `i` (0-based), else the one before it, else `\n` (a text of one line). */
function lineBreakAt(lines: LineIndex, i: number): string {
  for (let l = Math.min(i, lines.lineCount - 1); l >= 0; l--) {
    const e = lines.eol(l);
    if (e) return e;
  }
  return '\n';
}

/**
 * A fix as line-based reviewdog suggestions, as small as its edits allow: one suggestion per run of lines that its
 * edits touch (edits on the same, overlapping or adjacent lines share one), each the lines as they read after the edits
 * (GitHub suggestions replace whole lines). Line breaks in the inserted text are the file's own (those ending the
 * edit's line: a CRLF file gets CRLF); the text between the edits is kept as it is.
 */
export function lineSuggestions(lines: LineIndex, edits: TextEdit[]): LineSuggestion[] {
  const sorted = [...edits].sort((a, b) => lines.offsetAt(a.range.start) - lines.offsetAt(b.range.start));
  const groups: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const e of sorted) {
    const g = groups[groups.length - 1];
    // (Edits on adjacent lines share one too: accepting half of a fix that moves a line, appending it to the line
    // above and deleting it below, would double or lose it; helper-216 #3.)
    if (g && e.range.start.line <= g.last + 1) {
      g.last = Math.max(g.last, e.range.end.line);
      g.edits.push(e);
    } else groups.push({ first: e.range.start.line, last: e.range.end.line, edits: [e] });
  }
  return groups.map(({ first, last, edits: group }) => {
    const base = lines.starts[first];
    let text = lines.text.slice(base, lines.ends[Math.min(last, lines.lineCount - 1)]);
    for (const e of [...group].reverse()) {
      const eol = lineBreakAt(lines, e.range.start.line);
      const inserted = e.newText.replace(/\r\n|\r|\n/g, eol);
      text = text.slice(0, lines.offsetAt(e.range.start) - base) + inserted + text.slice(lines.offsetAt(e.range.end) - base);
    }
    return { range: { start: { line: first + 1 }, end: { line: last + 1 } }, text };
  });
}

/**
 * `--format rdjson`: the Reviewdog Diagnostic Format (one `DiagnosticResult`), with suggestions for each
 * fixable finding so that reviewdog posts them as suggested changes
 * (`nianbao check --format rdjson | reviewdog -f=rdjson -reporter=github-pr-review`). reviewdog cannot apply
 * suggestions whose lines overlap: a finding whose suggestions would overlap an earlier finding's in the same file
 * gets none (the diagnostic stays), and so do the findings of a file that is not UTF-8 (a committed suggestion would
 * write UTF-8 into it; `--fix` keeps the file's encoding). Related locations are the summed cells, and for a cross-year finding the cell
 * of last year's report it was compared with (in that file). A file that could not be read (or an argument naming a missing file) is an
 * ERROR diagnostic on its line 1, the reason as its message (a file whose fixes `--fix` could not write too, code
 * `nianbao/fix-not-written`); a config that stopped the run (`ctx.configError`) an ERROR
 * diagnostic `nianbao/config-invalid` on the line of each of its problems. Built file by file as the run goes: only
 * the diagnostics are kept, not each report's text and model (as sarif).
 */
export const rdjsonStream: StreamFormatter = (ctx) => {
  const diagnostics: unknown[] = [];
  /** The files that could not be read (no text is kept with them): their diagnostics come after the findings'. */
  const failed: FileResult[] = [];
  /** The files whose fixes --fix could not write: their diagnostics come after the findings', as those of `failed`. */
  const unfixed: FileResult[] = [];
  const add = (r: FileResult) => {
    if (r.error) {
      failed.push(r);
      return;
    }
    if (r.fixNotWritten) unfixed.push(r);
    const path = reviewPath(r, ctx);
    const lines = linesOf(r);
    /** The line runs (1-based, inclusive) of the suggestions given so far in this file. */
    const taken: [number, number][] = [];
    // A suggestion is committed as UTF-8 text: into a file in another encoding (GB18030, UTF-16) it would write
    // UTF-8 lines among the file's own bytes. Such a file's findings come without suggestions (`--fix` keeps its encoding).
    // Nor a file with a line break git does not count (a lone `\r`): its lines are not the diff's (helper-223 #3).
    const suggest = (!r.encoding || r.encoding.name === 'utf8') && !hasLoneCarriageReturn(r.text);
    for (const f of r.findings as Finding[]) {
      const d: Record<string, unknown> = {
        message: f.message,
        location: { path, range: gitRdRange(r.text, lines, f.range) },
        severity: SEVERITY[f.severity],
        code: { value: f.ruleId, url: docsUrl(f.ruleId) },
      };
      if (suggest && f.fix?.edits.length) {
        const suggestions = lineSuggestions(lines, f.fix.edits);
        const clash = suggestions.some((s) => taken.some(([a, b]) => s.range.start.line <= b && a <= s.range.end.line));
        if (!clash) {
          d.suggestions = suggestions;
          for (const s of suggestions) taken.push([s.range.start.line, s.range.end.line]);
        }
      }
      // Places in this file, and the cell of last year's report a cross-year rule compared with (in that file,
      // columns counted in its own text; left out if its text is not at hand).
      const before = r.previous?.lines;
      const related = placedRelated(r, f, ctx).flatMap(({ related: rel, previous }) => {
        if (!previous) return [{ message: rel.message, location: { path, range: rdRange(lines, rel.range) } }];
        return before ? [{ message: rel.message, location: { path: previous.path, range: rdRange(before, rel.range) } }] : [];
      });
      if (related.length) d.related_locations = related;
      diagnostics.push(d);
    }
  };
  const end = () => {
    for (const u of unreadable(failed, ctx)) {
      diagnostics.push({ message: u.message, location: { path: u.path, range: { start: { line: 1 } } }, severity: 'ERROR', code: { value: FILE_UNREADABLE } });
    }
    // A file whose fixes --fix could not write (exit code 2): an ERROR on its line 1, as a file that could not be read.
    for (const u of notWritten(unfixed, ctx)) {
      diagnostics.push({ message: u.message, location: { path: u.path, range: { start: { line: 1 } } }, severity: 'ERROR', code: { value: FIX_NOT_WRITTEN } });
    }
    // A config that stopped the run: an ERROR at each of its problems' lines (rdjson counts columns in UTF-8 bytes,
    // the problem's column is UTF-16: the line alone).
    for (const p of configProblems(ctx)) {
      diagnostics.push({ message: pick(p.message, ctx.locale), location: { path: p.path, range: { start: { line: p.line ?? 1 } } }, severity: 'ERROR', code: { value: CONFIG_INVALID } });
    }
    return JSON.stringify({ source: { name: 'nianbao', url: 'https://github.com/nianbao/nianbao' }, diagnostics }, null, 2) + '\n';
  };
  return {
    file(r) {
      add(r);
      return '';
    },
    end,
  };
};

/** `--format rdjson` of a list of results (see `rdjsonStream`): the same bytes. */
export const rdjson = batch(rdjsonStream);
