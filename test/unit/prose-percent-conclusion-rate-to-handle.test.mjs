// brk134 #3: a 办结率 is of the applications to conclude. A count said to be them (`共需处理48件`) is its whole, and a
// 上年结转 added (`加上上年结转的2件`) to the count received stated a sentence further back is too: both were unchecked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46, 上年结转 2, （七）总计 47, 结转下年度 1.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const percentOf = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-percent');

test('a 办结率 after 共需处理N件 is checked against N', () => {
  for (const lead of ['全年新收政府信息公开申请46件。', '全年新收政府信息公开申请46件，加上上年结转的2件，']) {
    const wrong = `${lead}共需处理48件，已办结47件，办结率96.9%。`;
    assert.deepEqual(percentOf(wrong).map((f) => [f.actual, f.expected]), [[96.9, 97.9]], wrong);
    assert.deepEqual(percentOf(wrong.replace('96.9%', '97.9%')).map((f) => f.message), []);
  }
  // 应办结 says the same.
  assert.deepEqual(percentOf('全年应办结政府信息公开申请48件，已办结47件，办结率96.9%。').map((f) => f.expected), [97.9]);
});

test('a 办结率 after 加上上年结转的N件 adds it to the count received a sentence further back', () => {
  const s = (rate) => `全年共收到政府信息公开申请46件。其中自然人申请40件，法人或其他组织申请6件。加上上年结转的2件，已办结47件，办结率${rate}。`;
  const found = percentOf(s('96.9%'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[96.9, 97.9]]);
  assert.match(found[0].message, /47 \/ 48 = 97\.9%/);
  assert.deepEqual(percentOf(s('97.9%')).map((f) => f.message), []);
  // Two counts received further back leave the whole unknown: nothing is said.
  assert.deepEqual(percentOf('全年共收到政府信息公开申请46件，受理40件。其中自然人申请40件，法人或其他组织申请6件。加上上年结转的2件，已办结47件，办结率96.9%。').map((f) => f.message), []);
});
