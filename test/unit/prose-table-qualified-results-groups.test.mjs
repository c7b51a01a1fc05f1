// prose-table: 办结/答复 qualified by how or when, results after 表四's groups, applications passed on, 结转至 next year,
// results under 表三 (found by breaker30 and breaker31).
// breaker30 and breaker31 findings on prose-table (the claims of prose/anchors.ts).
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6,
// 结转下年度 1; 表四 all 0) and a 2023 report with 表四 filled in (inline below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, only, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

// ------------------------------------------------------- breaker31 #1: 按时/超期/当场 … 办结/答复 N件 is a part, not the total

test('breaker31 #1: a 办结/答复 qualified by how or when (按时, 超期, 当场, 网上 …) is a part: no finding, no fix', () => {
  for (const sentence of [
    '受理申请46件，超期办结2件。',
    '共受理政府信息公开申请48件，均在法定期限内答复，按时办结45件。',
    '受理申请46件，当场答复12件，延期答复3件，网上办结30件。',
    '全年受理申请46件，按时办结45件。',
    '本年共受理申请46件，按期办结45件。',
    '受理申请46件，提前办结40件，逾期办结1件。',
    '受理申请46件，限时办结20件，书面答复40件。',
    '受理申请46件，按时予以答复45件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('breaker31 #1: an unqualified 办结/答复 after 受理 is still the total and still fixed', () => {
  for (const sentence of ['受理申请46件，办结45件。', '受理申请46件，已办结45件。', '受理申请46件，依法答复45件。']) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
  }
});

// ------------------------------------------------- breaker30 #2: 行政复议被纠错2件 is 行政复议's 结果纠正, not 行政诉讼's

/** The example with 表四 行政复议 2/1/0/0/3 (one corrected), 直接起诉 1/0/0/1/2, and `sentence` as section 四's prose. */
const withT4 = (sentence) => edit(edit(CORRECT,
  '| 2        | 0        | 1        | 0        | 3    | 1  ',
  '| 2        | 1        | 0        | 0        | 3    | 1  '),
  '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', sentence);

test('breaker30 #2: 行政复议被纠错N件 / 行政复议结果纠正N件 after 行政诉讼M件 is compared with 行政复议’s 结果纠正', () => {
  for (const phrase of ['行政复议被纠错1件', '行政复议结果纠正1件']) {
    const text = withT4(`全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，${phrase}，纠错率33.3%。`);
    assert.deepEqual(table(text).map(brief), [], phrase);
  }
  for (const phrase of ['行政复议被纠错2件', '行政复议结果纠正2件']) {
    const found = table(withT4(`全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，${phrase}。`));
    assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[2, 1, 'T4:G1:1']], phrase);
  }
});

test('breaker30 #2: a result right after its group’s count is still that group’s', () => {
  const text = withT4('全年因政府信息公开被申请行政复议3件，其中结果纠正1件；被提起行政诉讼2件，其中结果纠正1件。');
  assert.deepEqual(table(text).map((f) => [f.actual, f.expected, f.data.quantity]), [[1, 0, 'T4:lit:1']]);
});

// ------------------------------------ breaker30 #1: a rate between the total and its 其中 list (办结47件，办结率97.9%，其中…)

/** The example's 表三 sentence with its 办结 clause written as `concluded` (the rest, from 其中 on, as it is). */
const concludedAs = (concluded, granted = '予以公开24件') => edit(CORRECT, '办结47件，其中予以公开24件', `${concluded}，其中${granted}`);

test('breaker30 #1: with a rate after the total (and 截至 the year’s end), each result is still compared with 表三', () => {
  for (const concluded of ['截至2024年12月31日，已办结47件，办结率97.9%', '办结47件，办结率97.9%']) {
    const text = concludedAs(concluded, '予以公开25件');
    assert.deepEqual(table(text).map((f) => [f.actual, f.expected, f.data.quantity]), [[25, 24, 'R3.1']], concluded);
    assert.deepEqual(only(text, 'prose-sum').found.map((f) => [f.actual, f.expected]), [[47, 48]], concluded);
    // The correct list: nothing.
    assert.deepEqual(table(concludedAs(concluded)), [], concluded);
    assert.deepEqual(only(concludedAs(concluded), 'prose-sum').found, [], concluded);
  }
});

// ------------------------------ breaker30 #3: 尚未审结的行政复议2件、行政诉讼1件 counts 表四's 尚未审结 column, not the totals

/** The example with 表四 行政复议 1/0/0/2/3 (two pending), 直接起诉 1/0/0/1/2 (one pending), and `sentence` as section 四's prose. */
const pending = (sentence) => edit(edit(CORRECT,
  '| 2        | 0        | 1        | 0        | 3    | 1  ',
  '| 1        | 0        | 0        | 2        | 3    | 1  '),
  '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', `全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。${sentence}`);

test('breaker30 #3: a result before the groups of a list (尚未审结的行政复议2件、行政诉讼1件) is compared with that result', () => {
  for (const sentence of ['尚未审结的行政复议2件、行政诉讼1件将在下一年度报告中更新结果。', '尚未审结的行政复议案件2件和行政诉讼案件1件。', '尚未审结的行政诉讼1件。']) {
    assert.deepEqual(table(pending(sentence)).map(brief), [], sentence);
  }
  const found = table(pending('尚未审结的行政复议2件、行政诉讼2件将在下一年度报告中更新结果。'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[2, 1, 'T4:lit:3']]);
});

test('breaker30 #3: the result qualifies only its own list: a group after a clause break is its total again', () => {
  const found = table(pending('尚未审结的行政复议2件；全年行政诉讼1件。'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[1, 2, 'T4:lit']]);
});

// --------------------------------- breaker30 #4: 收到上级机关转办的政府信息公开申请3件，均已按期答复 is about those 3 only

test('breaker30 #4: the applications passed on by another body are a part; 均已按期答复 and 办结 after them are about them', () => {
  for (const sentence of [
    '本机关共收到上级机关转办的政府信息公开申请3件，均已按期答复。',
    '收到市政府办公室转来的申请5件，已全部办结。',
    '收到上级机关转办的政府信息公开申请3件，办结3件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('breaker30 #4: a part is never more than its whole; several sources together are the total', () => {
  const more = table(afterT3(CORRECT, '本机关共收到上级机关转办的政府信息公开申请50件。'));
  assert.deepEqual(more.map((f) => [f.actual, f.severity, Boolean(f.fix)]), [[50, 'error', false]]);
  const all = table(afterT3(CORRECT, '共收到上级转办和直接提交的政府信息公开申请45件，均已按期答复。'));
  assert.deepEqual(all.map((f) => [f.actual, f.expected]), [[45, 46], [0, 1]]);
});

// ------------------------------------------- breaker30 #9: 结转至2025年继续办理 (the next year by number) is 结转下年度

/** The example with its 结转下年度 clause written as `carried` (表三: 1). */
const carriedAs = (carried) => edit(CORRECT, '结转下年度继续办理1件。', carried);

test('breaker30 #9: 结转至<next year> and a count before it with its reason are compared with 结转下年度继续办理', () => {
  for (const carried of ['另有1件申请因尚在法定答复期限内，结转至2025年继续办理。', '结转至2025年继续办理1件。', '另有1件申请因尚在法定答复期限内，结转下年度继续办理。']) {
    assert.deepEqual(table(carriedAs(carried)).map(brief), [], carried);
  }
  for (const carried of ['另有2件申请因尚在法定答复期限内，结转至2025年继续办理。', '结转至2025年度继续办理2件。', '另有2件申请因尚在答复期限内，结转下年度继续办理。']) {
    const found = table(carriedAs(carried));
    assert.deepEqual(found.map(brief), [[2, 1, 'R4', 'error', '1']], carried);
    assert.equal(core.fixAll(carriedAs(carried)).text, carriedAs(carried.replace('2件', '1件')), carried);
  }
});

test('breaker30 #9: another year than the next one, or a date in it, is not 下年度', () => {
  for (const carried of ['结转至2026年继续办理2件。', '结转至2024年继续办理2件。', '另有2件顺延至2025年1月答复。']) {
    assert.deepEqual(table(carriedAs(carried)).map(brief), [], carried);
  }
});

// -------- breaker31 #10, breaker30 #11: results in section 三 (under 表三) or under （二）依申请公开 without the word 申请

/** The results sentence of the example's 表三 paragraph, with 予以公开 23 and 其他处理 2 (表三: 24 and 1; the sum stays 47). */
const SWAPPED = '本年度办结47件，其中予以公开23件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理2件。';
const T3_PARA = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';

test('breaker31 #10: a results sentence under 表三 (section 三) is compared with 表三, with or without the one in 一（二）', () => {
  const under = edit(CORRECT, '\n## 四、', `\n${SWAPPED}\n\n## 四、`);
  for (const text of [under, edit(under, T3_PARA, '依申请公开工作平稳有序。')]) {
    assert.deepEqual(table(text).map((f) => [f.actual, f.expected, f.data.quantity]), [[23, 24, 'R3.1'], [2, 1, 'R3.6']]);
  }
  // A lone result at the start of section 三.
  const lone = edit(CORRECT, '## 三、收到和处理政府信息公开申请情况\n', '## 三、收到和处理政府信息公开申请情况\n\n本年度予以公开23件。\n');
  assert.deepEqual(table(lone).map((f) => [f.actual, f.expected, f.data.quantity]), [[23, 24, 'R3.1']]);
});

test('breaker30 #11: under （二）依申请公开 a results sentence without 申请 is compared with 表三', () => {
  const text = edit(CORRECT, T3_PARA, SWAPPED);
  assert.deepEqual(table(text).map((f) => [f.actual, f.expected, f.data.quantity]), [[23, 24, 'R3.1'], [2, 1, 'R3.6']]);
});

test('breaker30 #11: outside those sections a result still needs 申请 in its paragraph', () => {
  const text = edit(CORRECT, '组织业务培训2次、参训48人次。', '组织业务培训2次、参训48人次，予以公开23件。');
  assert.deepEqual(table(text), []);
});

// ------------------------------- breaker30 #29: 新收的37件申请中已办结33件 counts those concluded of the new applications

test('breaker30 #29: 办结 among the new (or carried-over, or passed-on) applications is a part, not the total', () => {
  for (const sentence of [
    '截至2024年12月31日，本年度新收的46件申请中已办结45件，上年结转的2件已全部办结。',
    '上年结转的2件中，已办结2件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('breaker30 #29: 办结 among all the applications received is still the total', () => {
  const text = afterT3(CORRECT, '受理的48件申请中已办结45件。');
  assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']]);
});

// ---------------------------------------- breaker30 #2 (分别 form): 行政复议6件、行政诉讼3件，分别被纠正2件、1件

test('breaker30 #2: 分别 gives the result counts to the groups listed before, in order', () => {
  const head = '全年因政府信息公开被申请行政复议3件、被提起行政诉讼2件，';
  assert.deepEqual(table(withT4(`${head}分别被纠正1件、0件。`)), []);
  const swapped = table(withT4(`${head}分别被纠正0件、1件。`));
  assert.deepEqual(swapped.map((f) => [f.actual, f.expected, f.data.quantity]), [[0, 1, 'T4:G1:1'], [1, 0, 'T4:lit:1']]);
  // One count for two groups: which one it is cannot be told.
  assert.deepEqual(table(withT4(`${head}分别被纠正1件。`)), []);
});
