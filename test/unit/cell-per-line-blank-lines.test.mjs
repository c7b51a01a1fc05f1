// A table pasted one cell a line with a blank line between the cells (a web page copied paragraph by paragraph,
// breaker39 #5): read to its end. The last row's cells below its label were taken only up to ten lines, blank
// lines counted, so 四、结转下年度继续办理 lost its last cells and a false cell-count error followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, cleanDraft, rewriteRows, rowValues } from '../helpers.mjs';

/** Every pipe table of `text` one cell a line, a blank line after each cell. */
const toSpacedCells = (text) => rewriteRows(text, (cells) => cells.filter(Boolean).flatMap((c) => [c, '']));
const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('one cell a line with blank lines between: 表三 is read to its last cell, with no finding on a correct report', () => {
  for (const [name, text] of [['example 2024', example], ['clean 2021 draft', cleanDraft('2021')], ['clean 2019 draft', cleanDraft('2019')]]) {
    const pipe = core.analyze(text);
    const { report, findings } = core.analyze(toSpacedCells(text));
    assert.deepEqual(findings.map((f) => f.ruleId), pipe.findings.map((f) => f.ruleId), name);
    const t3 = report.tables.t3;
    for (const r of t3.rows.filter((x) => x.cells.length)) assert.deepEqual(rowValues(report, 't3', r.id), rowValues(pipe.report, 't3', r.id), `${name} ${r.label}`);
    // The table ends with the last row's last cell.
    const lines = toSpacedCells(text).split('\n');
    const last = t3.rows.find((r) => r.label === '四、结转下年度继续办理').cells.at(-1);
    assert.equal(lines[last.range.start.line], last.raw, name);
  }
});

test('one cell a line with blank lines between: a wrong 结转下年度 total in the last row is still found', () => {
  const text = toSpacedCells(example);
  // 结转下年度: 1 0 0 0 0 0 1 → 总计 written 2.
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l === '四、结转下年度继续办理');
  const values = [];
  for (let i = at + 1; values.length < 7; i++) if (lines[i]) values.push(i);
  assert.equal(lines[values[6]], '1');
  lines[values[6]] = '2';
  const found = core.analyze(lines.join('\n')).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
  assert.ok(found.includes('sum-applicants'), found.join());
  assert.ok(!found.includes('cell-count'), found.join());
});
