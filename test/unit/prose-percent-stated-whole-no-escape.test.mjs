// brk158 #2: a 办结率 whose whole the sentence states (共需处理51件; 新收 and 上年结转 written apart) is checked against
// it, even when two other counts of the sentence happen to give it (48 / 49 = 98%): that escape was taken before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const percentOf = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-percent');

test('a 办结率 after 共需处理N件 is checked against N though 办结 over 新收 gives it', () => {
  const wrong = '全年新收政府信息公开申请49件，加上上年结转的2件，共需处理51件，已办结48件，办结率98%。';
  const found = percentOf(wrong);
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[98, 94.1]]);
  assert.match(found[0].message, /48 \/ 51 = 94\.1%/);
  assert.deepEqual(percentOf(wrong.replace('98%', '94.1%')).map((f) => f.message), []);
  assert.deepEqual(percentOf(wrong.replace('98%', '94%')).map((f) => f.message), []);
});

test('a 办结率 after 新收 and 上年结转 written apart is of their sum, not of 新收 alone', () => {
  const wrong = '全年新收政府信息公开申请49件，上年结转2件，办结48件，办结率98%。';
  assert.deepEqual(percentOf(wrong).map((f) => [f.actual, f.expected]), [[98, 94.1]]);
  assert.deepEqual(percentOf(wrong.replace('98%', '94.1%')).map((f) => f.message), []);
  // 收到 beside 上年结转 may include it: the count received alone is accepted, as documented.
  assert.deepEqual(percentOf('全年收到政府信息公开申请49件，上年结转2件，办结48件，办结率98%。').map((f) => f.message), []);
  // Right against the stated whole: nothing.
  assert.deepEqual(percentOf('全年共需处理申请51件，已办结48件，办结率94.1%。').map((f) => f.message), []);
});
