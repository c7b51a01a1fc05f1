// brk107 #1: with 表三's （七）总计 and 四、结转下年度继续办理 rows both blank and a wrong number elsewhere that its row
// total agrees with (（一）予以公开 自然人 21 → 22, 总计 24 → 25), one --fix filled （七） from the results (taking in
// the 22) and then 四 from the balance with the （七） it had just written: 四 came out 0 (it is 1) and the report
// checked clean, the wrong number hidden. A blank row is filled from the column sums in a run only when the text as
// given decides it; 四 is left blank, said on stderr, and its finding stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lineOf = (text, label) => text.split('\n').find((l) => l.startsWith(`| ${label} `));
const blanked = (line) => line.replace(/\|[^|]+(?=\|)/g, (cell, at) => (at === 0 ? cell : `| ${' '.repeat(Math.max(1, cell.length - 2))}`));

test('a blank row the sums decide only with a row this run filled is left blank, with its finding', () => {
  let text = edit(CORRECT, lineOf(CORRECT, '（一）予以公开'), lineOf(CORRECT, '（一）予以公开').replace('| 21     |', '| 22     |').replace('| 24   ', '| 25   '));
  text = edit(text, lineOf(text, '（七）总计'), blanked(lineOf(text, '（七）总计')));
  text = edit(text, lineOf(text, '四、结转下年度继续办理'), blanked(lineOf(text, '四、结转下年度继续办理')));
  const rowOf = (t, label) => core.parseReport(t).tables.t3.rows.find((r) => r.label === label);
  assert.deepEqual(rowOf(text, '（七）总计').cells.map((c) => c?.value ?? null), [null, null, null, null, null, null, null]);
  // In the text as given, （七） is decided by the result rows; 四 is not (the balance needs （七）).
  const before = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(before.length, 2);
  assert.equal(before.filter((f) => f.fix).length, 1);
  const run = core.fixAll(text);
  assert.deepEqual(rowOf(run.text, '（七）总计').cells.map((c) => c.value), [42, 3, 0, 1, 2, 0, 48]);
  // 四 stays blank: not made up as 0 from the （七） just written.
  assert.deepEqual(rowOf(run.text, '四、结转下年度继续办理').cells.map((c) => c?.value ?? null), [null, null, null, null, null, null, null]);
  assert.equal(run.withheld.filter((f) => f.ruleId === 'row-missing').length, 1);
  assert.ok(core.analyze(run.text).findings.some((f) => f.ruleId === 'row-missing'), 'the blank 四 row is still an error');
});
