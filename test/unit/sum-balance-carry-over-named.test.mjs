// brk177 #8: with last year's report beside it (结转下年度 2), this year's 表三 has 上年结转 3 in 自然人 and in 总计 (the
// row adds up, the two columns do not balance). No one cell explains both columns, so sum-balance said only
// 请核对这四个数 (check these four cells), while carry-over knew that 上年结转 differs from last year's report and its fix
// to 2 balances both columns. sum-balance now names that cell and carry-over's fix; where carry-over's number would not
// balance the column (or carry-over is off), it still says to check the four numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, runCliInFolder } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';

/** Last year's report: 新收 47 (自然人 41), 结转下年度 2 (自然人 2), its prose saying so; it adds up. */
function lastYear() {
  let t = CORRECT.replaceAll('2024', '2023');
  t = edit(t, '全年新收政府信息公开申请46件', '全年新收政府信息公开申请47件');
  t = edit(t, '结转下年度继续办理1件。', '结转下年度继续办理2件。');
  t = edit(t, R1, R1.replace('| 40     |', '| 41     |').replace('| 46   |', '| 47   |'));
  t = edit(t, R4, R4.replaceAll('| 1 ', '| 2 '));
  return t;
}

/** This year's: 上年结转 3 in 自然人 and 总计 (last year carried 2 over); optionally 新收 one more as well. */
function thisYear({ moreNew = false } = {}) {
  let t = edit(CORRECT, R2, R2.replace('| 2      |', '| 3      |').replace('| 2    |', '| 3    |'));
  if (moreNew) t = edit(t, R1, R1.replace('| 40     |', '| 41     |').replace('| 46   |', '| 47   |'));
  return t;
}

const balance = async (current, extra = []) => {
  const { json } = await runCliInFolder({ '2023.md': lastYear(), '2024.md': current }, ['check', '--format', 'json', ...extra, '2024.md']);
  return json.files.flatMap((f) => f.diagnostics).filter((f) => f.ruleId === 'sum-balance');
};

test('sum-balance names 上年结转 and carry-over\'s fix when that fix balances the column, not 请核对这四个数', async () => {
  const zh = await balance(thisYear());
  assert.equal(zh.length, 2, 'the 自然人 and 总计 columns');
  for (const f of zh) {
    assert.doesNotMatch(f.message, /请核对这四个数/);
    assert.match(f.message, /上年结转 3 与上一年度报告的“四、结转下年度继续办理” 2 不符（见 carry-over）；上年结转为 2 时两边相等，carry-over 的修复会把这一格改为 2。/);
  }
  const en = await balance(thisYear(), ['--locale', 'en']);
  assert.equal(en.length, 2);
  for (const f of en) {
    assert.doesNotMatch(f.message, /Check these four cells/);
    assert.match(f.message, /carried over from last year \(上年结转\) 3 differs from last year's report, which carried 2 over/);
  }
});

test('sum-balance still asks to check the four numbers when carry-over is off or its number would not balance the column', async () => {
  const off = await balance(thisYear(), ['--rule', 'carry-over=off']);
  assert.equal(off.length, 2);
  for (const f of off) assert.match(f.message, /请核对这四个数。$/);
  // 新收 one more as well: 41 + 2 ≠ 41 + 1 even with carry-over's 2, so that fix does not explain the imbalance.
  const two = await balance(thisYear({ moreNew: true }));
  assert.equal(two.length, 2);
  for (const f of two) {
    assert.match(f.message, /请核对这四个数。/);
    assert.doesNotMatch(f.message, /carry-over/);
  }
});
