// prose-table on counts that are not the table's (helper-210 #2, #3, #4): 行政复议 cases the body decided as the
// 复议机关, 各类/其他 cases, a subordinate body's; a total over several years (近三年); and a split of the count
// concluded by applicant (`共办结47件（其中自然人41件…）`, 自然人's （七）总计, not its 新收). Each was an error against
// correct prose. Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const prose = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('the base has both sentences and no finding', () => {
  assert.ok(CORRECT.includes(T4_SENTENCE) && CORRECT.includes(T3_SENTENCE));
  assert.deepEqual(prose(CORRECT), []);
});

test('other 行政复议/行政诉讼 counts after 表四\'s sentence are not compared with 表四', () => {
  for (const other of [
    '本局作为行政复议机关，全年共收到行政复议申请56件，受理48件。',
    '本局作为复议机关办理行政复议案件56件。',
    '全年共办理各类行政复议案件56件。',
    '另办理以本局为被申请人的其他行政复议案件12件，应诉其他行政诉讼案件8件。',
    '此外，下属单位（局属单位）共发生行政复议案件6件。',
    // The body handling review cases (brk86 #6), with what the sentence counts after them.
    '全年我局共办理行政复议案件200件，行政诉讼案件35件。',
    '本局全年办理行政复议案件200件、行政应诉案件35件。',
    '全年审理行政复议案件200件。',
  ]) assert.deepEqual(prose(CORRECT.replace(T4_SENTENCE, `${T4_SENTENCE}${other}`)), [], other);
  // 表四's own count, wrong, is still said.
  assert.equal(prose(CORRECT.replace(T4_SENTENCE, '全年因政府信息公开被申请行政复议5件，被提起行政诉讼2件。')).length, 1);
});

test('a count over several years is not this year\'s; this year\'s, wrong, is still said', () => {
  for (const several of ['近三年共收到政府信息公开申请130件，其中2024年新收46件。', '五年来共收到政府信息公开申请130件。']) {
    assert.deepEqual(prose(CORRECT.replace(T3_SENTENCE, `${several}${T3_SENTENCE}`)), [], several);
  }
  assert.equal(prose(CORRECT.replace(T3_SENTENCE, `全年共收到政府信息公开申请130件。${T3_SENTENCE}`)).length, 1);
});

test('a split of the count concluded by applicant is each column\'s （七）总计', () => {
  const split = (a, b) => CORRECT.replace(T3_SENTENCE, `全年新收政府信息公开申请46件，上年结转2件；共办结47件（其中自然人${a}件，法人或其他组织${b}件），结转下年度继续办理1件。`);
  assert.deepEqual(prose(split(41, 6)), []);
  const [wrong] = prose(split(42, 6));
  assert.match(wrong, /自然人/);
  assert.match(wrong, /41/);
});

test('予以公开、部分公开 and more results before 分别为, in the template\'s order, are compared one by one (helper-210 #5: never compared)', () => {
  const T = '办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件';
  assert.ok(CORRECT.includes(T));
  const listed = (s) => CORRECT.replace(T, s);
  assert.deepEqual(prose(listed('办结47件，其中予以公开、部分公开、不予公开分别为24件、6件、6件')), []);
  assert.deepEqual(prose(listed('办结47件，其中予以公开、部分公开、不予公开、无法提供、不予处理、其他处理分别为24件、6件、6件、7件、3件、1件')), []);
  const [wrong] = prose(listed('办结47件，其中予以公开、部分公开、不予公开分别为24件、6件、5件'));
  assert.match(wrong, /表三的不予公开（各项之和）为 6（.*），正文写 5/);
  const [first] = prose(listed('办结47件，其中予以公开、部分公开、无法提供分别为25件、6件、7件'));
  assert.match(first, /表三的予以公开为 24，正文写 25/);
});

test('行政复议 counts of the whole system, or not about 政府信息公开 (before the count or in a bracket after it), are not 表四\'s (helper-211 #5)', () => {
  for (const other of ['全系统共被申请政府信息公开行政复议5件。', '另办理非政府信息公开类行政复议案件8件。', '另收到转送的行政复议申请1件（不属于政府信息公开类）。']) {
    assert.deepEqual(prose(CORRECT.replace(T4_SENTENCE, `${T4_SENTENCE}${other}`)), [], other);
  }
});
