// brk158 #3: last year's count, the amount and the rate written after a comparison with no count of this year right
// before it (`收到申请数较上年的40件增加9件，增长25%`): the rate is the amount over last year's whatever this year's
// count is, and was not checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const changeOf = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-change');

test('a rate after last year\'s count and the amount is checked without this year\'s count', () => {
  const wrong = '全年新收政府信息公开申请46件。收到申请数较上年的40件增加9件，增长25%。';
  const found = changeOf(wrong);
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[25, 22.5]]);
  assert.match(found[0].message, /9 \/ 40 = 22\.5%/);
  assert.deepEqual(changeOf(wrong.replace('25%', '22.5%')).map((f) => f.message), []);
  // A fall, a year named, last year's count in brackets.
  assert.deepEqual(changeOf('申请量较2023年的40件减少4件，下降15%。').map((f) => [f.actual, f.expected]), [[-15, 10]]);
  assert.deepEqual(changeOf('申请量较2023年的40件减少4件，下降10%。').map((f) => f.message), []);
  assert.deepEqual(changeOf('收到申请数较上年（40件）增加9件，增长25%。').map((f) => f.expected), [22.5]);
});

test('nothing is read without both the amount and the rate', () => {
  assert.deepEqual(changeOf('收到申请数较上年的40件有所增加，增长25%。').map((f) => f.message), []);
  assert.deepEqual(changeOf('收到申请数较上年的40件增长25%。').map((f) => f.message), []);
});
