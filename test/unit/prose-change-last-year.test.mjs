// prose-change with last year's report (brk99 #1): a rate written without last year's count (`新收46件，同比增长25%`)
// is checked against last year's table when the check has last year's report (found beside the file or --previous):
// (46 − 40) / 40 = 15%. Without last year's report, or for a count the table does not hold, nothing is said.
// Base: examples/correct-2024.nianbao.md (新收 46), and the same report made last year's with 新收 40. The second test guards what held before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
/** Last year's report: the same agency's for 2023, 新收 40 (自然人 34). */
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const FROM = '全年新收政府信息公开申请46件，';
const changes = (words, previous = core.parseReport(LAST)) => {
  assert.ok(CORRECT.includes(FROM) && LAST !== CORRECT);
  const text = CORRECT.replace(FROM, `全年新收政府信息公开申请46件，${words}`);
  return core.checkReport(core.parseReport(text), { previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
};

test('the report of last year reads 新收 40: 同比增长15% holds, 25% and 下降15% are said', () => {
  assert.equal(core.parseReport(LAST).year, 2023);
  assert.deepEqual(changes('同比增长15%，'), []);
  assert.deepEqual(changes('较上年增长15.0%，'), []);
  assert.deepEqual(changes('同比增长25%，'), ['“同比增长25%”：本年新收申请为 46，上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，正文写增长 25%。请核对这几个数。']);
  assert.match(changes('同比下降15%，')[0], /\(46 − 40\) \/ 40 = 15\.0%，正文写下降 15%/);
});

test('without the report of last year, or when the prose count is not the one of the table, a rate alone is not checked', () => {
  assert.deepEqual(changes('同比增长25%，', null), []);
  const text = CORRECT.replace(FROM, '全年新收政府信息公开申请47件，同比增长25%，');
  assert.deepEqual(core.checkReport(core.parseReport(text), { previous: core.parseReport(LAST) }).filter((f) => f.ruleId === 'prose-change'), []);
});
