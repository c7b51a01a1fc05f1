// brk174 #3: findings on one cell agree on expected/actual. One wrong （七）总计 (总计 column 48 for 47): sum-applicants
// and sum-results said expected 47, actual 48, while sum-balance, on the same range, said 48 and 49 (the two sides of
// the balance), neither the cell's value nor its right value. expected is the value the pointed cell needs, actual the
// value written in it, for every rule on a cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, cellTypo } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const cellText = (text, f) => core.parseReport(text).lines.slice(f.range);

test('a wrong （七）总计: every finding at the cell gives its right value as expected and its value as actual', () => {
  const text = cellTypo(CORRECT, '（七）总计', 6, 47, 48);
  const at = core.checkReport(core.parseReport(text)).filter((f) => ['sum-balance', 'sum-results', 'sum-applicants'].includes(f.ruleId));
  assert.deepEqual(at.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-balance', 'sum-results']);
  for (const f of at) {
    assert.deepEqual([f.expected, f.actual], [47, 48], f.ruleId);
    assert.equal(Number(cellText(text, f)), f.actual, `${f.ruleId}: actual is the value written in the cell it points at`);
    assert.deepEqual(f.range, at[0].range);
  }
});

test('sum-balance at other cells: actual is the （七）总计 written, expected the total that balances the column', () => {
  for (const [row, col, from, to] of [['一、本年新收政府信息公开申请数量', 0, 40, 43], ['四、结转下年度继续办理', 6, 1, 3], ['二、上年结转政府信息公开申请数量', 6, 2, 0]]) {
    const text = cellTypo(CORRECT, row, col, from, to);
    const fs = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'sum-balance');
    assert.equal(fs.length, 1, row);
    const [f] = fs;
    assert.equal(Number(cellText(text, f)), f.actual, row);
    // Written in: the balance holds with expected in the total cell.
    const m = /新收 (\d+) \+ 上年结转 (\d+) = \d+，而（七）总计 (\d+) \+ 结转下年度 (\d+)/.exec(f.message);
    assert.ok(m, f.message);
    assert.equal(Number(m[3]), f.actual);
    assert.equal(Number(m[1]) + Number(m[2]), f.expected + Number(m[4]), row);
  }
});
