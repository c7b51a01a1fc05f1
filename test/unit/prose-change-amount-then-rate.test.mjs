// prose-change: a change written as an amount first and a rate after it that names the comparison (`46件，增加6件，较上年
// 增长15%`, `增加6件，同比增长15%`) is checked as the other orders are (`较上年增加6件，增长15%`, `较上年增长15%，增加6件`):
// last year is the count less the amount, and the rate must be the amount over it (fixA #4). Before, a bare amount
// opened nothing and the pair was never read. A bare amount and a bare rate (`增加6件，增长20%`) name no year: not read.
// Base: examples/correct-2024.nianbao.md (新收 46; 46 − 6 = 40, 6 / 40 = 15%).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const change = (words) => core.analyze(edit(CORRECT, '全年新收政府信息公开申请46件，', `全年新收政府信息公开申请46件，${words}`))
  .findings.filter((f) => f.ruleId === 'prose-change').map((f) => [f.actual, f.expected, f.message]);

test('an amount, then a rate naming the comparison, is checked in either order alike', () => {
  for (const words of ['增加6件，较上年增长20%，', '增加6件，同比增长20%，', '较上年增加6件，增长20%，', '较上年增长20%，增加6件，']) {
    const found = change(words);
    assert.equal(found.length, 1, words);
    assert.deepEqual(found[0].slice(0, 2), [20, 15], words);
    assert.match(found[0][2], /\(46 − 40\) \/ 40 = 15\.0%（上年为 46 − 6 = 40），正文写增长 20%/);
  }
  // A fall: 46 + 6 = 52, 6 / 52 = 11.5%.
  assert.deepEqual(change('减少6件，较上年下降20%，').map((f) => f.slice(0, 2)), [[20, 11.5]]);
});

test('the same pair that holds, or with no comparison named, or directions that differ, is silent', () => {
  for (const words of ['增加6件，较上年增长15%，', '增加6件，同比增长15%，', '增加6件，增长20%，', '增加6件，较上年下降20%，']) assert.deepEqual(change(words), [], words);
});
