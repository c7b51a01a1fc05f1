// brk183 #4: `expected` contradicted the finding's own conclusion. On the example with 表三's 予以公开 typed 26 (自然人
// 22) against the prose's 24, prose-table's info said the prose's 24 is right and the table's 26 wrong (不要改正文), yet
// gave `expected: 26, actual: 24`; sum-results said the balance supports （七）总计 41 (a result row is the likely
// typo) yet gave `expected: 42` for that total. The README defines `expected` as the value the number the finding
// points at should have: a bot reading it would propose 24→26 and 41→42, what the messages forbid. Now a finding that
// says the number it points at is right gives expected = actual; the sums' sides stay in the messages and the summary.
// Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit, runCli, folderWith } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const R31 = '| （一）予以公开                                                           | 21     | 2        | 0        | 0            | 1            | 0    | 24   |';
// (brk183's 2024-交通局.md: 予以公开 自然人 21 → 22, 总计 24 → 26.)
const TYPO = edit(CORRECT, R31, R31.replace('| 21     |', '| 22     |').replace('| 24   |', '| 26   |'));
const lineOf = (text, f) => text.split('\n')[f.range.start.line];

test('prose-table: the info that blames the table points at the prose number with expected = actual = that number', () => {
  const f = core.analyze(TYPO).findings.filter((x) => x.ruleId === 'prose-table');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /不要改正文/);
  assert.equal(lineOf(TYPO, f[0]).slice(f[0].range.start.character, f[0].range.end.character), '24');
  assert.deepEqual([f[0].expected, f[0].actual, f[0].fix], [24, 24, undefined]);
});

test('sum-results: a total the balance supports (a result row blamed) has expected = actual = the total written', () => {
  const f = core.analyze(TYPO).findings.filter((x) => x.ruleId === 'sum-results');
  assert.deepEqual(f.map((x) => [x.data.column, x.expected, x.actual, !!x.fix]), [['C1', 41, 41, false], ['C7', 47, 47, false]]);
  for (const x of f) assert.match(x.message, /收支平衡支持总计/);
});

test('sum-results: a total the sums show wrong keeps expected = the results\' sum', () => {
  // （七）总计 of the 总计 column 47 → 48: the balance fails too, the total is the typo.
  const R37 = /^\| （七）总计 .*$/m.exec(CORRECT)[0];
  const text = edit(CORRECT, R37, R37.replace(/\| 47   \|$/, '| 48   |'));
  const f = core.analyze(text).findings.filter((x) => x.ruleId === 'sum-results');
  assert.deepEqual(f.map((x) => [x.expected, x.actual]), [[47, 48]]);
});

test('json and markdown: the JSON gives the contract\'s values, the summary still names both sides of the sum', async () => {
  const dir = folderWith({ '2024.md': TYPO });
  const json = JSON.parse((await runCli(['check', '--format', 'json', '2024.md'], { cwd: dir })).stdout);
  const d = json.files[0].diagnostics;
  assert.deepEqual(d.filter((x) => x.ruleId === 'prose-table').map((x) => [x.line, x.expected, x.actual]), [[15, 24, 24]]);
  assert.deepEqual(d.filter((x) => x.ruleId === 'sum-results').map((x) => [x.expected, x.actual]), [[41, 41], [47, 47]]);
  const md = (await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: dir })).stdout;
  assert.ok(md.includes('| 表三 | （七）总计 = 各办理结果之和 | ❌ | 自然人列：各办理结果之和 42，（七）总计 41；总计列：各办理结果之和 49，（七）总计 47 |'), md);
});
