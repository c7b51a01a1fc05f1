// prose-table: 办结/答复 through one channel or among the new applications, results after 表四's groups, 转入 next year
// (found by breaker32).
// breaker32 findings on prose-table (the claims of prose/anchors.ts): variants of the breaker30/31 wordings.
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6,
// 结转下年度 1; 表四 all 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

// ------------------------------ N1: 通过网上办理答复40件, 线下答复7件, 通过电子邮件答复6件 name the part of one channel

test('breaker32 N1: 办结/答复 through one channel (通过网上办理, 线下, 通过电子邮件, 以信函方式) is a part: no finding, no fix', () => {
  for (const sentence of [
    '全年收到申请46件，通过网上办理答复40件。',
    '全年受理申请46件，线上答复40件，线下答复7件。',
    '全年受理申请46件，通过电子邮件答复6件。',
    '受理申请46件，以信函方式答复5件，当面答复2件，通过传真答复1件。',
    '受理申请46件，通过邮寄形式答复3件，通过政府网站在线办结30件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('breaker32 N1: 办结/答复 of all the applications is still compared and fixed', () => {
  for (const sentence of ['全年受理申请46件，通过依法审查答复45件。', '全年受理申请46件，依法依规答复45件。']) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
  }
});

// ---------------------- N2: 本年新收申请中已办结33件, 上年结转的4件申请已办结4件 (without 的N件…中, or without 中)

test('breaker32 N2: 办结 among the new or the carried-over applications, without a count or without 中, is a part: no finding, no fix', () => {
  for (const sentence of [
    '截至2024年12月31日，本年新收申请中已办结45件，1件结转下年度继续办理；上年结转的2件已全部办结。',
    '截至2024年12月31日，上年结转的2件申请已办结2件，本年度新收的46件申请中已办结45件。',
    '本年度新收的政府信息公开申请中，已办结45件。',
    '本年新收申请已办结45件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

// (`本年新收申请46件，已办结45件` was here, fixed to 47: it is true as written — 45 of the 46 new ones, 1 pending, and
// the 2 carried over concluded make 表三's 47 — so it is now among the new ones (breaker33 B); 48 cannot be.)
test('breaker32 N2: 办结 more than the new ones counted before it, or among new and carried-over together, is still the total', () => {
  for (const sentence of ['本年新收和上年结转的48件申请中已办结45件。', '上年结转和本年新收的申请中已办结45件。']) {
    const text = afterT3(CORRECT, sentence);
    const concluded = Number(/办结(\d+)件/.exec(sentence)[1]);
    assert.deepEqual(table(text).map(brief).filter((b) => b[2] === 'R3.7'), [[concluded, 47, 'R3.7', 'error', '47']], sentence);
  }
  // (From breaker35 to brk141 #5 an info without a fix. 48 cannot be of the 46 new ones, and a part is never more than
  // its whole: it counts all of them, as the rule's docs say, and is compared and fixed.)
  assert.deepEqual(table(afterT3(CORRECT, '本年新收申请46件，已办结48件。')).map(brief), [[48, 47, 'R3.7', 'error', '47']]);
});

// ---------------- N3: 行政复议2件、行政诉讼1件尚未审结 (the result after the groups) counts 表四's 尚未审结, not the totals

/** The example with 表四 行政复议 1/0/0/2/3 (two pending), 直接起诉 1/0/0/1/2 (one pending), and `sentence` as section 四's prose. */
const pending = (sentence) => edit(edit(CORRECT,
  '| 2        | 0        | 1        | 0        | 3    | 1  ',
  '| 1        | 0        | 0        | 2        | 3    | 1  '),
  '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', `全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。${sentence}`);

test('breaker32 N3: a result after the groups (尚未审结, 在审理中) is compared with that result of each group', () => {
  for (const sentence of [
    '截至年底，行政复议2件、行政诉讼1件尚未审结。',
    '目前仍有2件行政复议案件和1件行政诉讼案件在审理中。',
    '其中行政复议2件、行政诉讼1件尚未审结。',
    '行政诉讼1件仍在审理中。',
  ]) {
    assert.deepEqual(table(pending(sentence)).map(brief), [], sentence);
  }
  for (const sentence of ['截至年底，行政复议3件、行政诉讼1件尚未审结。', '目前仍有3件行政复议案件和1件行政诉讼案件在审理中。']) {
    const found = table(pending(sentence));
    assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[3, 2, 'T4:G1:3']], sentence);
  }
});

test('breaker32 N3: a result after a clause break does not qualify the groups before it', () => {
  const found = table(pending('行政复议2件，行政诉讼1件，均在审理中。'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[2, 3, 'T4:G1'], [1, 2, 'T4:lit']]);
});

// ----------------------- N5: 行政复议6件、行政诉讼3件，其中被纠错3件 counts both groups' 结果纠正, not 行政诉讼's alone

/** The example with 表四 行政复议 2/1/0/0/3 (one corrected), 直接起诉 1/0/0/1/2 (none corrected), and `sentence` as section 四's prose. */
const withT4 = (sentence) => edit(edit(CORRECT,
  '| 2        | 0        | 1        | 0        | 3    | 1  ',
  '| 2        | 1        | 0        | 0        | 3    | 1  '),
  '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', sentence);

test('breaker32 N5: a result after a list of groups and a clause break is compared with the sum over the groups', () => {
  for (const sentence of ['全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，其中被纠错1件。', '全年因政府信息公开被申请行政复议3件和行政诉讼2件，其中结果纠正1件。']) {
    assert.deepEqual(table(withT4(sentence)), [], sentence);
  }
  const found = table(withT4('全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，其中被纠错2件。'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity, Boolean(f.fix)]), [[2, 1, 'list:T4:G1:1,T4:lit:1', false]]);
  assert.match(found[0].message, /表四的行政复议结果纠正与行政诉讼结果纠正之和为 1（行政复议结果纠正 1 \+ 行政诉讼结果纠正 0）/);
});

test('breaker32 N5: a result of one group, or right after the last group’s count, is still that group’s', () => {
  const head = '全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，';
  const own = table(withT4(`${head}行政诉讼被纠错1件。`));
  assert.deepEqual(own.map((f) => [f.actual, f.expected, f.data.quantity]), [[1, 0, 'T4:lit:1']]);
  const after = table(withT4('全年因政府信息公开被申请行政复议3件，其中被纠错1件；被提起行政诉讼2件，其中被纠错1件。'));
  assert.deepEqual(after.map((f) => [f.actual, f.expected, f.data.quantity]), [[1, 0, 'T4:lit:1']]);
});

// ------------------------------------------------ N8: 另有3件申请转入2024年办理 is 结转下年度 (as 顺延至2024年度 is)

/** The example with its 结转下年度 clause written as `carried` (表三: 1). */
const carriedAs = (carried) => edit(CORRECT, '结转下年度继续办理1件。', carried);

test('breaker32 N8: 转入<next year>办理 is compared with 结转下年度继续办理 and fixed', () => {
  assert.deepEqual(table(carriedAs('另有1件申请转入2025年办理。')), []);
  const wrong = carriedAs('另有2件申请转入2025年办理。');
  assert.deepEqual(table(wrong).map(brief), [[2, 1, 'R4', 'error', '1']]);
  assert.equal(core.fixAll(wrong).text, carriedAs('另有1件申请转入2025年办理。'));
  // Another year is not 下年度.
  assert.deepEqual(table(carriedAs('另有2件申请转入2026年办理。')), []);
});
