// 表四's results after groups counted together (helper-210 #1): `被申请行政复议、提起行政诉讼共5件，其中结果维持3件` and
// `行政复议、行政诉讼分别为3件、2件，其中…` split both groups' cases, so each result is compared with the sum of the
// groups' results (prose-table), and the last group's count is no total of the list (prose-sum). Both rules said
// errors on correct sentences. Base: examples/correct-2024.nianbao.md (clean; 表四: 行政复议 维持 2, 其他 1, 总 3;
// 直接起诉 维持 1, 未审结 1, 总 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const found = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(T4_SENTENCE, sentence)))
  .filter((f) => f.ruleId === 'prose-table' || f.ruleId === 'prose-sum').map((f) => `${f.ruleId}: ${f.message}`);

test('the base holds the sentence and has no finding', () => {
  assert.ok(CORRECT.includes(T4_SENTENCE));
  assert.deepEqual(found(T4_SENTENCE), []);
});

test('results after groups counted together, or one count each, are the groups\' sums: right ones say nothing', () => {
  for (const s of [
    '全年因政府信息公开被申请行政复议、提起行政诉讼共5件，其中结果维持3件。',
    '全年因政府信息公开被申请行政复议和被提起行政诉讼共5件，其中结果维持3件、其他结果1件、尚未审结1件。',
    '全年因政府信息公开被申请行政复议、提起行政诉讼分别为3件、2件，其中结果维持3件、其他结果1件、尚未审结1件。',
    '全年因政府信息公开被申请行政复议、提起行政诉讼分别为3件、2件，其中结果维持、其他结果、尚未审结分别为3件、1件、1件。',
    '全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，其中结果维持3件、其他结果1件、尚未审结1件。',
  ]) assert.deepEqual(found(s), [], s);
});

test('a wrong result is still said, against the sum of the groups\' results', () => {
  const [together] = found('全年因政府信息公开被申请行政复议、提起行政诉讼共5件，其中结果维持4件。');
  assert.match(together, /^prose-table: .*行政复议结果维持与行政诉讼结果维持之和为 3/);
  const respective = found('全年因政府信息公开被申请行政复议、提起行政诉讼分别为3件、2件，其中结果维持2件、其他结果1件、尚未审结1件。');
  assert.equal(respective.length, 1, respective.join('\n'));
  assert.match(respective[0], /之和为 3.*正文写 2/);
});

test('a single group\'s results that do not add up to its count are still prose-sum\'s', () => {
  const fs = found('全年因政府信息公开被申请行政复议3件，其中结果维持2件、其他结果1件、尚未审结1件，被提起行政诉讼2件。');
  assert.ok(fs.some((m) => /^prose-sum: 总数写为 3件.*2 \+ 1 \+ 1 = 4/.test(m)), fs.join('\n'));
});

test('a result after groups named together without counts, or more than its last group\'s count, is the groups\' (helper-212 #2)', () => {
  for (const s of [
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。行政复议、行政诉讼案件中，结果维持的共3件，尚未审结1件。',
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，其中结果维持共3件。',
  ]) assert.deepEqual(found(s), [], s);
  const [wrong] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。行政复议、行政诉讼案件中，结果维持的共2件。');
  assert.match(wrong, /^prose-table: .*行政复议结果维持与行政诉讼结果维持之和为 3/);
  // Within its last group's count, the result is that group's, as before.
  const [litigation] = found('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，其中结果维持2件。');
  assert.match(litigation, /行政诉讼结果维持为 1，正文写 2/);
});
