// Tables written with the full-width `｜` (U+FF5C), as a Chinese input method types `|` in Chinese punctuation
// mode (breaker10 #3), alone or mixed with `|` as people edit a table: `｜` separates cells wherever `|` does
// (parse/tokens.ts). Base: 淮安市 2024 in the pipe-table template (test/fixtures/reports/huaian-2024-pipe.md, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, slice } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const isRow = (line) => /^\s*\|/.test(line);

/** The base with the pipes of its table rows rewritten by `pipes(line, lineNo)`. */
function withPipes(pipes) {
  let n = 0;
  const text = BASE.split('\n').map((line, i) => (isRow(line) ? (n++, pipes(line, i)) : line)).join('\n');
  assert.ok(n > 50, 'the base has its tables as pipe rows');
  return text;
}
const full = (line) => line.replaceAll('|', '｜');

const STYLES = {
  'every pipe full-width': full,
  'every other row full-width': (line, i) => (i % 2 ? full(line) : line),
  'every other pipe of a row full-width': (line) => { let k = 0; return line.replace(/\|/g, () => (k++ % 2 ? '｜' : '|')); },
};

/** Every table's rows as `id: values` (raw text of each cell), the model's reading of the numbers. */
const values = (report) => Object.fromEntries(Object.entries(report.tables).map(([id, t]) =>
  [id, t.rows.map((r) => `${r.id}: ${r.cells.map((c) => (c ? c.raw : '∅')).join(' ')}`)]));
const brief = (r, findings) => findings.map((f) => [f.ruleId, f.severity, f.range.start.line + 1, slice(r, f.range)]);
/** The findings but table-fullwidth-pipe's (the table is read, and it is told that Markdown will not show it). */
const besidesRendering = (findings) => findings.filter((f) => f.ruleId !== 'table-fullwidth-pipe');

test('tables with full-width `｜`, or `|` and `｜` mixed by row or within a row, read as with `|`: same values, no finding', () => {
  const base = core.analyze(BASE);
  assert.deepEqual(brief(base.report, base.findings), [], 'the base report is clean');
  for (const [name, style] of Object.entries(STYLES)) {
    const { report, findings } = core.analyze(withPipes(style));
    assert.deepEqual(brief(report, besidesRendering(findings)), [], `${name}: no findings but table-fullwidth-pipe`);
    assert.ok(findings.some((f) => f.ruleId === 'table-fullwidth-pipe'), `${name}: table-fullwidth-pipe says Markdown will not show it`);
    assert.deepEqual(values(report), values(base.report), `${name}: every table reads the same values`);
    // `｜` is one UTF-16 unit like `|`: every cell keeps the range it has in the base.
    const ranges = (r) => Object.values(r.tables).flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => c && JSON.stringify(c.range))));
    assert.deepEqual(ranges(report), ranges(base.report), `${name}: the same cell ranges`);
  }
});

test('a wrong total in a full-width `｜` 表三 is found on its cell, and the fix writes that cell only', () => {
  const row = '| （七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050 |';
  const text = edit(withPipes(full), full(row), full(row).replace('｜ 3050 ｜', '｜ 3051 ｜'));
  const { report, findings } = core.analyze(text);
  assert.deepEqual(brief(report, findings).filter((f) => f[0] === 'sum-applicants'), [['sum-applicants', 'error', 71, '3051']]);
  // The fix of the total, and table-fullwidth-pipe's: the | report.
  assert.equal(core.fixAll(text).text, BASE);
});

test('the breaker10 report with `｜` tables (examples/correct-2024.nianbao.md) is clean but for table-fullwidth-pipe', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const text = correct.split('\n').map((l) => (isRow(l) ? full(l) : l)).join('\n');
  assert.notEqual(text, correct);
  assert.deepEqual(besidesRendering(core.analyze(text).findings).map((f) => f.ruleId), []);
});
