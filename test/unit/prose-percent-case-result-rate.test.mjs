// prose-percent: a rate of 表四's results (helper-212 #9): `被申请行政复议3件，维持2件，维持率为75%` is 2 / 3 = 66.7%, and
// was not read (its whole is the cases of the group named before, not a count labelled as a prefix of 维持).
// Base: examples/correct-2024.nianbao.md (表四: 行政复议 3, 结果维持 2; 行政诉讼 2, 结果维持 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const percents = (sentence) => core.checkReport(core.parseReport(EXAMPLE.replace(SENTENCE, sentence))).filter((f) => f.ruleId === 'prose-percent');

test('a 维持率 or 纠错率 that does not fit its count over the group\'s cases is a warning', () => {
  assert.ok(EXAMPLE.includes(SENTENCE));
  for (const [sentence, written, ratio] of [
    ['全年因政府信息公开被申请行政复议3件，维持2件，维持率为75%；被提起行政诉讼2件。', 75, '2 / 3'],
    ['全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，结果维持1件，维持率为20%。', 20, '1 / 2'],
    ['全年因政府信息公开被申请行政复议3件，被纠错1件，纠错率为50%；被提起行政诉讼2件。', 50, '1 / 3'],
    // helper-218 #14: the rate named with its group, and 纠错率 of a 结果纠正 count.
    ['全年因政府信息公开被申请行政复议3件，维持2件，行政复议维持率为60%；被提起行政诉讼2件。', 60, '2 / 3'],
    ['全年因政府信息公开被申请行政复议3件，维持2件，复议维持率为60%；被提起行政诉讼2件。', 60, '2 / 3'],
    ['全年因政府信息公开被申请行政复议3件，结果纠正1件，纠错率为50%；被提起行政诉讼2件。', 50, '1 / 3'],
  ]) {
    const found = percents(sentence);
    assert.equal(found.length, 1, sentence);
    assert.equal(found[0].actual, written, sentence);
    assert.ok(found[0].message.includes(`但 ${ratio} = `), found[0].message);
  }
});

test('the same rates written right, or without a group count, are not findings', () => {
  for (const sentence of [
    '全年因政府信息公开被申请行政复议3件，维持2件，维持率为66.7%；被提起行政诉讼2件。',
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，结果维持1件，维持率为50%。',
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。行政复议维持率为75%。',
  ]) assert.deepEqual(percents(sentence), [], sentence);
});
