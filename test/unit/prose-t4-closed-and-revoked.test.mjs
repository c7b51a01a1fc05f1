// 表四's results in the words reports use besides the column names (helper-218 #16): 均已审结 after a group's count says
// none of its cases is pending (尚未审结 0), and 被撤销 / 被确认违法 / 被变更 are 结果纠正.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表四 of the example: 行政复议 维持 2, 纠正 0, 其他 1, 尚未审结 0, 总计 3; 行政诉讼 (直接起诉) 维持 1, 尚未审结 1, 总计 2.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const proseTable = (s) => core.analyze(edit(CORRECT, T4_PROSE, s)).findings.filter((f) => f.ruleId === 'prose-table');

test('均已审结 after a group with a case pending is a contradiction, without a fix', () => {
  const [f, ...rest] = proseTable('全年因政府信息公开被提起行政诉讼2件，均已审结。');
  assert.equal(rest.length, 0);
  assert.equal(f.expected, 1);
  assert.equal(f.actual, 0);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /正文“均已审结”说这些案件都已审结，而表四的行政诉讼尚未审结为 1/);
  // After two groups listed together: the two groups' pending cases together.
  const [both] = proseTable('全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，目前均已审结。');
  assert.match(both.message, /行政复议尚未审结与行政诉讼尚未审结之和为 1/);
});

test('均已审结 where none is pending, and counts of those decided, give nothing', () => {
  for (const s of [
    '全年因政府信息公开被申请行政复议3件，均已审结。',
    '全年因政府信息公开被申请行政复议3件，已全部审结。',
    '全年因政府信息公开被提起行政诉讼2件，已审结1件。',
    '全年因政府信息公开被提起行政诉讼2件，其中1件已审结。',
  ]) assert.deepEqual(proseTable(s).map((f) => f.message), [], s);
});

test('被撤销, 被确认违法 are 结果纠正', () => {
  for (const s of ['全年因政府信息公开被申请行政复议3件，其中1件被撤销。', '全年因政府信息公开被申请行政复议3件，其中被撤销1件。', '全年因政府信息公开被申请行政复议3件，1件被确认违法。']) {
    const found = proseTable(s);
    assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[0, 1]], s);
    assert.match(found[0].message, /行政复议结果纠正为 0/);
  }
  // An applicant withdrawing an application is no result of a case.
  assert.deepEqual(proseTable('全年因政府信息公开被申请行政复议3件。本年度申请人撤销申请1件。'), []);
});
