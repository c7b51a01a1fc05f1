// carry-over (breaker34 item 7): when last year's 结转下年度 would make this year's balanced 表三 stop adding up, the
// fix is withheld (docs/rules/carry-over.md); the message now says so and why, as other rules do (未自动修改：…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
/**
 * The example moved back one year, with `结转下年度` 自然人 and 总计 set to `n` and its 新收 raised as much (its own
 * 表三 still adds up): last year's report. `balanced: false` leaves 新收 as it is: last year's table then does not add up.
 */
const lastYear = (n, { balanced = true } = {}) => {
  const moved = edit(CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024'), R4, R4.replace('| 1      |', `| ${n}      |`).replace('| 1    |', `| ${n}    |`));
  return core.parseReport(balanced ? edit(moved, R1, R1.replace('| 40     |', `| ${39 + n}     |`).replace('| 46   |', `| ${45 + n}   |`)) : moved);
};
const carry = (text, previous, locale = 'zh') => core.analyze(text, { previous, locale }).findings.filter((f) => f.ruleId === 'carry-over');

test('a balanced 表三 whose 上年结转 differs from last year: no fix, and the message says why (zh and en)', () => {
  const found = carry(CORRECT, lastYear(3));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, Boolean(f.fix)]), [[2, 3, false], [2, 3, false]]);
  assert.equal(found[0].message, '表三“二、上年结转”（自然人列）为 2，而上一年度报告（2023年）的“四、结转下年度继续办理”为 3，相差 -1。未自动修改：改为 3 会使本年表三不再平衡，请对照两份报告的原表核对是哪一份填错了。');
  assert.equal(carry(CORRECT, lastYear(3), 'en')[0].message, "表三's applications carried over from last year (上年结转, column 自然人): 2, but last year's report (2023) carried 3 over to this year (结转下年度继续办理); difference -1. Not fixed automatically: 3 would make this year's 表三 stop adding up; check both reports against their original tables to see which one is wrong.");
});

test('when last year\'s figure makes this year\'s 表三 add up, the fix is offered and the message has no withheld note', () => {
  const text = edit(CORRECT, R2, R2.replace('| 2      |', '| 1      |').replace('| 2    |', '| 1    |'));
  const found = carry(text, lastYear(2));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.fix?.edits[0].newText.trim()]), [[1, 2, '2'], [1, 2, '2']]);
  assert.doesNotMatch(found[0].message, /未自动修改/);
  assert.doesNotMatch(carry(text, lastYear(2), 'en')[0].message, /Not fixed/);
});

test('brk166 #1: last year\'s table does not add up in the column (its 结转下年度 a typo): no fix, and the message names last year\'s sums', () => {
  // 2024's 上年结转 typed 1 against 2023's 结转下年度 2, where 2023's own 表三 does not add up with that 2 (新收 40 +
  // 上年结转 2 ≠ 41 + 2). 2 would make this year's table add up, but which report is wrong is not for a tool to say.
  const text = edit(CORRECT, R2, R2.replace('| 2      |', '| 1      |').replace('| 2    |', '| 1    |'));
  assert.deepEqual(carry(text, lastYear(2)).map((f) => Boolean(f.fix)), [true, true], 'with last year\'s table adding up, the fix is offered');
  const found = carry(text, lastYear(2, { balanced: false }));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, Boolean(f.fix)]), [[1, 2, false], [1, 2, false]]);
  assert.equal(found[0].message, '表三“二、上年结转”（自然人列）为 1，而上一年度报告（2023年）的“四、结转下年度继续办理”为 2，相差 -1。未自动修改：上一年度报告（2023年）的表三本身不平衡，“自然人”列新收 40 + 上年结转 2 = 42，而（七）总计 41 + 结转下年度 2 = 43，它的结转下年度继续办理不能作为依据，请对照两份报告的原表核对是哪一份填错了。');
  assert.match(carry(text, lastYear(2, { balanced: false }), 'en')[1].message, /Not fixed automatically: last year's 表三 \(2023\) does not add up itself \(column 总计: 新收 46 \+ 上年结转 2 = 48, but （七）总计 47 \+ 结转下年度 2 = 49\)/);
  // Nor does fix-all change it, nor any prose after it.
  assert.equal(core.fixAll(text, { previous: lastYear(2, { balanced: false }) }).fixed.filter((f) => f.ruleId === 'carry-over').length, 0);
});
