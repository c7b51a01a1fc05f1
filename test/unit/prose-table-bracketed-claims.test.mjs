// Claims written in brackets after a count (brk141 #6): `被提起行政诉讼2件（均为复议后起诉）`,
// `被提起行政诉讼2件（其中复议后起诉1件）`, `属于三类内部事务信息（3件）` are compared with the table as the same
// words without the brackets are. Base: examples/correct-2024.nianbao.md (表四: 直接起诉 2, 复议后起诉 0, 复议 维持 2;
// 表三: 三类内部事务信息 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const T3_SENTENCE = /^全年新收政府信息公开申请46件.*$/m;
const found = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId.startsWith('prose-')).map((f) => `${f.ruleId}: ${f.message}`);
const t4 = (s) => found(CORRECT.replace(T4_SENTENCE, s));
const t3 = (s) => found(CORRECT.replace(T3_SENTENCE, s));

test('the base holds both sentences and is clean', () => {
  assert.ok(CORRECT.includes(T4_SENTENCE) && T3_SENTENCE.test(CORRECT));
  assert.deepEqual(found(CORRECT), []);
});

test('均为复议后起诉 in brackets after the lawsuits\' count contradicts 表四\'s direct lawsuits', () => {
  for (const s of ['全年因政府信息公开被提起行政诉讼2件（均为复议后起诉），被申请行政复议3件。', '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件（均为复议后起诉）。']) {
    const out = t4(s);
    assert.equal(out.length, 1, s);
    assert.match(out[0], /^prose-table: 正文“均为复议后起诉”.*未经复议直接起诉总计为 2/);
  }
  assert.deepEqual(t4('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件（均为未经复议直接起诉）。'), []);
});

test('a 表四 group or result in brackets after a 表四 count is compared', () => {
  const [after] = t4('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件（其中复议后起诉1件）。');
  assert.match(after, /^prose-table: 正文“复议后起诉1件”.*复议后起诉总计为 0，正文写 1/);
  const [kept] = t4('全年因政府信息公开被申请行政复议3件（其中维持3件），被提起行政诉讼2件。');
  assert.match(kept, /^prose-table: 正文“维持3件”.*行政复议结果维持为 2，正文写 3/);
  for (const s of [
    '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件（其中直接起诉2件）。',
    '全年因政府信息公开被申请行政复议3件（其中结果维持2件、其他结果1件），被提起行政诉讼2件（其中尚未审结1件）。',
  ]) assert.deepEqual(t4(s), [], s);
});

test('a count alone in brackets after a 表三 phrase is that phrase\'s count', () => {
  const out = t3('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中不予公开6件，主要为属于三类内部事务信息（3件）和保护第三方合法权益（1件）。');
  assert.equal(out.length, 1);
  assert.match(out[0], /^prose-table: 正文“属于三类内部事务信息（3件）”.*三类内部事务信息为 2，正文写 3/);
  assert.deepEqual(t3('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中不予公开（6件）主要为属于三类内部事务信息（2件）和保护第三方合法权益（1件）。'), []);
});
