// A 表四 group named only in a parenthetical aside (brk111 #1): in `被提起行政诉讼3件（含复议后起诉1件），已审结2件，1件尚未审结`
// the results after the parenthesis are all the lawsuits' (直接起诉 and 复议后起诉 together), not those of 复议后起诉,
// the group named last. prose-table said an error on the correct sentence. Base: examples/correct-2024.nianbao.md with
// one 复议后起诉 case maintained (表四: 直接起诉 维持 1, 未审结 1, 总 2; 复议后起诉 维持 1, 总 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const T4_ROW = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        | 0        | 1        | 2    | 0          | 0        | 0        | 0        | 0    |';
const T4_ROW_AFTER_REVIEW = T4_ROW.replace(/\| 0          \| 0        \| 0        \| 0        \| 0    \|$/, '| 1          | 0        | 0        | 0        | 1    |');
const T4_SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const BASE = CORRECT.replace(T4_ROW, T4_ROW_AFTER_REVIEW);
const found = (sentence) => core.checkReport(core.parseReport(BASE.replace(T4_SENTENCE, sentence)))
  .filter((f) => f.ruleId === 'prose-table' || f.ruleId === 'prose-sum').map((f) => `${f.ruleId}: ${f.message}`);

test('the base holds the row and the sentence', () => {
  assert.ok(CORRECT.includes(T4_ROW) && T4_ROW_AFTER_REVIEW !== T4_ROW && CORRECT.includes(T4_SENTENCE));
  assert.deepEqual(found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件。'), []);
});

test('results after a group named only in an aside are the count\'s before it: right ones say nothing', () => {
  for (const s of [
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件（含复议后起诉1件），已审结2件，1件尚未审结。',
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件（其中复议后起诉1件），结果维持2件，1件尚未审结。',
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件（含复议后起诉1件），其中结果维持2件、尚未审结1件。',
    '全年因政府信息公开被申请行政复议3件，其中结果维持2件、其他结果1件；被提起行政诉讼3件（含复议后起诉1件），1件尚未审结。',
  ]) assert.deepEqual(found(s), [], s);
});

test('a wrong result after the aside is still said, against all the lawsuits', () => {
  const [pending] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件（含复议后起诉1件），已审结1件，2件尚未审结。');
  assert.match(pending, /^prose-table: .*2件尚未审结.*行政诉讼尚未审结为 1，正文写 2/);
  const [maintained] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件（含复议后起诉1件），其中结果维持3件。');
  assert.match(maintained, /^prose-table: .*行政诉讼结果维持为 2.*正文写 3/);
});

test('a group named outside a parenthesis is still the one named last, as before', () => {
  const [last] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件，其中复议后起诉1件，1件尚未审结。');
  assert.match(last, /^prose-table: .*复议后起诉尚未审结为 0，正文写 1/);
});

// A parenthesis without a count of its own qualifies the noun before it: the group it names is the results' group
// (the aside rule first read it as an aside, and a wrong 复议后起诉 result went unsaid against that group).
test('a group named in a parenthesis without a count is the results\' group', () => {
  const [wrong] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼（复议后起诉）1件，其中1件尚未审结。');
  assert.match(wrong ?? '', /^prose-table: .*复议后起诉尚未审结为 0，正文写 1/);
  assert.deepEqual(found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼（复议后起诉）1件，其中结果维持1件。'), []);
});
