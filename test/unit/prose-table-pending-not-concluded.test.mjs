// Counts still pending in two more wordings (fixK2). Base: examples/correct-2024.nianbao.md (表三: 新收 46, 上年结转 2,
// 总计 47, 结转下年度继续办理 1; 表四: 行政复议 尚未审结 0, 总计 3; 行政诉讼 尚未审结 1, 总计 2).
// - 表三: `尚有3件未办结`, `3件尚未办结`, `未办结3件` in the part about applications state 四、结转下年度继续办理, as
//   `尚有3件正在办理` and `结转下年度继续办理3件` do; a count of another year's (`上年未办结的3件`, `2023年尚未办结的2件`)
//   is not this year's.
// - 表四: `将于2025年继续办理的行政复议案件1件` (the year after the report's, before the group) states 行政复议's 尚未审结, as
//   `其中尚未审结2件` and `另有1件行政复议案件将于2025年继续办理` do; another year's (`2023年尚未审结的…`) is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseTableOf } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_LINE = /^全年新收政府信息公开申请46件.*$/m;
const T4_LINE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
/** The prose-table findings with `sentence` as a paragraph after the sentence about applications: words, table, prose, fix. */
const t3 = (sentence) => proseTableOf(BASE.replace(T3_LINE, (m) => `${m}\n\n${sentence}`)).map(brief);
/** The same with 表四's sentence replaced by `sentence`. */
const t4 = (sentence) => proseTableOf(BASE.replace(T4_LINE, sentence)).map(brief);
const brief = (f) => [f.message.match(/正文“([^”]+)”/)[1], f.expected, f.actual, f.fix?.edits?.[0]?.newText];

test('the base holds both sentences and is clean', () => {
  assert.ok(T3_LINE.test(BASE) && BASE.includes(T4_LINE));
  assert.deepEqual(t3(''), []);
});

test('尚有N件未办结, N件尚未办结, 未办结N件 state 结转下年度继续办理, and are fixed as 结转下年度继续办理N件 is', () => {
  for (const [sentence, quoted] of [
    ['本年度办结申请47件，尚有3件未办结，结转下年度办理。', '尚有3件未办结'],
    ['本年度办结申请47件，3件尚未办结。', '3件尚未办结'],
    ['本年度办结申请47件，未办结3件。', '未办结3件'],
    ['本年度办结申请47件，尚未办结3件。', '尚未办结3件'],
    ['本年度办结申请47件，另有3件尚未办结，将结转至2025年继续办理。', '另有3件尚未办结'],
  ]) {
    const out = t3(sentence);
    assert.deepEqual(out, [[quoted, 1, 3, '1']], sentence);
    assert.match(proseTableOf(BASE.replace(T3_LINE, (m) => `${m}\n\n${sentence}`))[0].message, /表三的结转下年度继续办理为 1，正文写 3/);
  }
  // (As the wording already read says it.)
  assert.deepEqual(t3('本年度办结申请47件，结转下年度继续办理3件。'), [['结转下年度继续办理3件', 1, 3, '1']]);
});

test('the right count in those words says nothing', () => {
  for (const s of ['本年度办结申请47件，尚有1件未办结，结转下年度办理。', '本年度办结申请47件，1件尚未办结。', '本年度办结申请47件，未办结1件。', '受理申请48件，已办结47件，尚有1件未办结。'])
    assert.deepEqual(t3(s), [], s);
});

test('a count not concluded of another year, or not of applications, is not this year\'s 结转下年度', () => {
  for (const s of [
    '2023年尚未办结的2件已于本年全部办结。',
    '上年未办结的3件申请已全部办结。',
    '上年度未办结的3件申请已全部办结。',
    '上一年度尚有3件未办结，已于本年全部办结。',
    '2023年尚有3件申请未办结，已于本年全部办结。',
    '上年结转的2件均已办结。',
    '对12345热线转来的政策咨询，尚有3件未办结。',
    '无未办结申请。',
  ])
    assert.deepEqual(t3(s), [], s);
});

test('受理 = 新收 + 上年结转: a pending count that splits it with the count concluded is read with it', () => {
  // (Both wrong, both fixed: the sum stays the count received, 48.)
  const out = t3('受理申请48件，已办结45件，尚有3件未办结。');
  assert.deepEqual(out.map(([, e, a, fix]) => [e, a, fix]), [[47, 45, '47'], [1, 3, '1']]);
});

const H = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，';

test('将于<next year>继续办理的 before a 表四 group states its 尚未审结', () => {
  assert.deepEqual(t4(`${H}将于2025年继续办理的行政复议案件1件。`), [['行政复议案件1件', 0, 1, undefined]]);
  assert.deepEqual(t4(`${H}将于2025年继续办理的1件行政复议案件。`), [['1件行政复议案件', 0, 1, undefined]]);
  // (行政诉讼's 尚未审结 is 1: a wrong count is that cell's, the right one says nothing.)
  assert.deepEqual(t4(`${H}将于2025年审结的行政诉讼案件2件。`), [['行政诉讼案件2件', 1, 2, undefined]]);
  assert.deepEqual(t4(`${H}将于2025年审结的行政诉讼案件1件。`), []);
  assert.deepEqual(t4(`${H}将于2025年继续办理的行政复议案件0件。`), []);
  // (As the wordings already read say it.)
  assert.deepEqual(t4('全年因政府信息公开被申请行政复议3件，其中尚未审结1件；被提起行政诉讼2件。'), [['尚未审结1件', 0, 1, undefined]]);
  assert.deepEqual(t4('全年因政府信息公开被申请行政复议3件，1件正在审理；被提起行政诉讼2件。'), [['1件正在审理', 0, 1, undefined]]);
});

test('a year other than the next, or cases of another year, are no 尚未审结 of this year', () => {
  for (const s of [
    `${H}将于2026年继续办理的行政复议案件1件。`,
    `${H}将于2026年继续办理的1件行政复议案件。`,
    `${H}2023年尚未审结的行政复议案件1件已审结。`,
    `${H}上年尚未审结的行政复议1件已审结。`,
    `${H}另有上年结转的行政复议案件1件尚未审结。`,
  ])
    assert.deepEqual(t4(s), [], s);
});
