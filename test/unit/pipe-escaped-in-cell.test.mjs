// brk161 #2: a pipe escaped as `\|` in a pipe table's cell is text of that cell (GFM; the formatter keeps such a row at
// its cell count). It was read as a cell separator: `| 规章（含\|转义） | 0 | 0 | 0 |` gave a false row-missing error
// ("not in the format's place") and its numbers were not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues, slice } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T2_RULES = '| 规章           | 0            | 0            | 0            |';
const T3_OPEN = '| （一）予以公开                                                           | 21     | 2        | 0        | 0            | 1            | 0    | 24   |';

test('a \\| in 表二\'s label cell: the row is read where it stands, with its numbers and columns', () => {
  const text = edit(example, T2_RULES, '| 规章（含\\|转义） | 2 | 1 | 7 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.deepEqual(rowValues(report, 't2', 'T2.1'), [2, 1, 7]);
  const row = report.tables.t2.rows.find((r) => r.id === 'T2.1');
  assert.equal(slice(report, row.match.range), '规章（含\\|转义）');
  assert.deepEqual(row.cells.map((c) => slice(report, c.range)), ['2', '1', '7']);
});

test('a \\| in 表二\'s label cell: a bad number in the row is found at its own cell', () => {
  const text = edit(example, T2_RULES, '| 规章（含\\|转义） | 2 | x | 7 |');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid']);
  const line = text.split('\n')[findings[0].range.start.line];
  assert.equal(line.slice(findings[0].range.start.character, findings[0].range.end.character), 'x');
});

test('a \\| in 表三\'s label cell: the row is read and its sums checked, the finding on its 总计 cell', () => {
  const label = '（一）予以公开（含\\|注）';
  const text = edit(example, T3_OPEN, `| ${label} | 21 | 2 | 0 | 0 | 1 | 0 | 25 |`);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(rowValues(report, 't3', rowIdOf(report, label)), [21, 2, 0, 0, 1, 0, 25]);
  const sum = findings.find((f) => f.ruleId === 'sum-applicants');
  assert.ok(sum, findings.map((f) => f.ruleId).join(' '));
  const line = text.split('\n')[sum.range.start.line];
  assert.ok(line.includes(label));
  assert.equal(line.slice(sum.range.start.character, sum.range.end.character), '25');
  assert.ok(!findings.some((f) => f.ruleId === 'row-missing' || f.ruleId === 'table-header-width'), findings.map((f) => f.ruleId).join(' '));
});

test('an unescaped pipe in the same place still splits the cell (GFM), and `\\|` in a column header is one header cell', () => {
  const split = core.analyze(edit(example, T2_RULES, '| 规章（含|转义） | 0 | 0 | 0 |')).findings.map((f) => f.ruleId);
  assert.ok(split.length > 0, 'a bare pipe is a separator');
  const header = '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |';
  assert.ok(example.includes(header));
  const text = example.replace(header, '| 信息内容（规章\\|规范性文件） | 本年制发件数 | 本年废止件数 | 现行有效件数 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(rowValues(report, 't2', 'T2.1'), [0, 0, 0]);
});

function rowIdOf(report, label) {
  const row = report.tables.t3.rows.find((r) => r.match.raw === label || (r.match.raw ?? '').includes('予以公开'));
  return row.id;
}
