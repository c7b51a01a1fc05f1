// breaker45 findings 3, 6, 9, 10 and 11 on prose-table and prose-percent: a 表四 result whose 其中 names 复议 or 诉讼,
// a share of 新收 + 上年结转, 均已办结 beside a stated carry-over, a mended list of 表四 results, and a table's 0.
// Base: examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 办结 47, 结转下年度 1) with 表四's 行政复议 2/1/0/0/3 and
// 直接起诉 1/0/0/1/2, and a clean all-zero 2021 draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDraft, core, edit, only, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';

/** The example with 表四 行政复议 2/1/0/0/3 (维持 2), 直接起诉 1/0/0/1/2 (维持 1), and `sentence` as section 四's prose. */
const withT4 = (sentence) => edit(edit(CORRECT,
  '| 2        | 0        | 1        | 0        | 3    | 1  ',
  '| 2        | 1        | 0        | 0        | 3    | 1  '),
  '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', sentence);
const groups = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，';

test('a 表四 result whose 其中 names 复议 or 诉讼 is compared with that group, not the group named last', () => {
  // (The old reading compared each with 行政诉讼's 维持 1.)
  for (const said of ['其中复议结果维持2件', '其中复议维持2件', '其中诉讼结果维持1件', '复议结果维持2件']) {
    assert.deepEqual(table(withT4(`${groups}${said}。`)).map(brief), [], said);
  }
  const found = table(withT4(`${groups}其中复议结果维持1件。`));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[1, 2, 'T4:G1:0']]);
});

test('a 表四 result whose words name both 复议 and 诉讼 cannot be told apart: nothing is said', () => {
  assert.deepEqual(table(withT4(`${groups}其中复议和诉讼结果维持5件。`)).map(brief), []);
});

/** The example's 一（二） paragraph written as `prose`. */
const t3Prose = (prose) => edit(CORRECT, T3_PROSE, prose);
const percents = (text) => only(text, 'prose-percent').found;

test('a share of the applications received is right of 新收 + 上年结转 when both are stated', () => {
  // 46 / 48 = 95.8% (46 / 46 would be 100%).
  assert.deepEqual(percents(t3Prose('全年收到政府信息公开申请46件，上年结转2件。办结46件，占申请总数的95.8%。')), []);
  // 上年结转 not stated: 表三's 上年结转 2 beside its 新收 46 gives the same whole.
  assert.deepEqual(percents(t3Prose('全年收到政府信息公开申请46件。办结46件，占申请总数的95.8%。')), []);
  // A share no base gives is still reported.
  const [f] = percents(t3Prose('全年收到政府信息公开申请46件，上年结转2件。办结46件，占申请总数的90.0%。'));
  assert.equal(f.actual, 90);
});

test('a 办结率 after a count received and 上年结转 stated apart is checked against their sum, and either reading is accepted', () => {
  const [f] = percents(t3Prose('全年收到政府信息公开申请46件，上年结转2件。办结46件，办结率90.0%。'));
  assert.deepEqual([f.actual, f.expected], [90, 95.8]);
  assert.match(f.message, /46 \/ 48 = 95\.8%；若 46 已含上年结转，则为 46 \/ 46 = 100\.0%/);
  for (const rate of ['95.8%', '100%']) {
    assert.deepEqual(percents(t3Prose(`全年收到政府信息公开申请46件，上年结转2件。办结46件，办结率${rate}。`)), [], rate);
  }
});

test('均已办结 beside a carry-over the paragraph states is said at info; without one it stays an error', () => {
  const results = '其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件';
  for (const prose of [
    `全年新收政府信息公开申请46件，上年结转2件，均已按期办结，${results}，结转下年度继续办理1件。`,
    `全年新收政府信息公开申请46件，上年结转2件，均已按期办结，${results}。另有1件尚未办结。`,
  ]) {
    const found = table(t3Prose(prose));
    assert.deepEqual(found.map((f) => [f.data.quantity, f.expected, f.severity, f.fix]), [['R4', 1, 'info', undefined]], prose);
    assert.match(found[0].message, /正文自己也写了尚未办结（结转下年度）的数/);
  }
  const found = table(t3Prose(`全年新收政府信息公开申请46件，上年结转2件，均已按期办结，${results}。`));
  assert.deepEqual(found.map((f) => [f.data.quantity, f.expected, f.severity]), [['R4', 1, 'error']]);
});

test('a 表四 result in a list that adds up to its total with the table\'s number is fixed alone, as prose-sum says', () => {
  // 3 + 1 = 4 > 3; with 表四's 维持 2, 2 + 1 = 3.
  const text = withT4('全年因政府信息公开被申请行政复议3件，其中维持3件、纠正1件；被提起行政诉讼2件。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[3, 2, 'T4:G1:0', 'error', '2']]);
  assert.match(found[0].message, /改为 2 后各项之和正好是句中所说的总数 3（prose-sum 报告的各项之和不符由此而来）：改这一个数即可。$/);
  assert.doesNotMatch(found[0].message, /只改它会改变它们的和/);
  assert.match(only(text, 'prose-sum').found[0].message, /按表格的数，各项之和为 2 \+ 1 = 3，等于总数 3/);
});

test('a count of the year\'s applications that the table gives as 0 is reported without a fix that writes 0', () => {
  const draft = cleanDraft('2021');
  const heading = '## 三、收到和处理政府信息公开申请情况\n';
  const text = edit(draft, heading, `${heading}\n全年收到政府信息公开申请1件，已按期办结。\n`);
  const found = table(text);
  assert.deepEqual(found.map(brief), [[1, 0, 'R1', 'error', undefined]]);
  assert.match(found[0].message, /未收到政府信息公开申请/);
  assert.equal(core.fixAll(text).text.includes('申请0件'), false);
  // A non-zero table figure is still written in.
  assert.deepEqual(table(t3Prose('全年新收政府信息公开申请45件。')).map(brief), [[45, 46, 'R1', 'error', '46']]);
});
