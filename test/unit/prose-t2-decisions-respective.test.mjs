// prose-table on 表二's decisions listed before 分别为 (helper-210 #7): `作出行政许可、行政处罚、行政强制决定分别为1520件、
// 86件、5件` was never compared (only `作出行政强制决定5件` was). Base: examples/correct-2024.nianbao.md (clean; 表二:
// 行政许可 1520, 行政处罚 86, 行政强制 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ANCHOR = '全年通过门户网站主动公开政府信息312条，';
const prose = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(ANCHOR, `${sentence}${ANCHOR}`)))
  .filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('the base has no prose-table finding', () => {
  assert.ok(CORRECT.includes(ANCHOR));
  assert.deepEqual(prose(''), []);
});

test('decisions listed before 分别为 are compared row by row', () => {
  assert.deepEqual(prose('全年作出行政许可、行政处罚、行政强制决定分别为1520件、86件、4件。'), []);
  assert.deepEqual(prose('全年作出行政处罚和行政强制决定分别为86件、4件。'), []);
  const [wrong, more] = prose('全年作出行政许可、行政处罚、行政强制决定分别为1520件、86件、5件。');
  assert.equal(more, undefined);
  assert.match(wrong, /表二的行政强制本年处理决定数量为 4，正文写 5/);
  const [first] = prose('全年作出行政许可、行政处罚决定分别为1502件、86件。');
  assert.match(first, /行政许可本年处理决定数量为 1520，正文写 1502/);
});

test('a list with more or fewer counts than rows, or a row twice, is not read', () => {
  assert.deepEqual(prose('全年作出行政许可、行政处罚、行政强制决定分别为1520件、87件。'), []);
  assert.deepEqual(prose('全年作出行政处罚、行政处罚决定分别为86件、5件。'), []);
});

test('清理 is the review of documents, not 废止; a count holding other years\' documents is not compared (helper-212 #1)', () => {
  for (const s of ['全年清理行政规范性文件30件。', '全年清理行政规范性文件30件，废止1件，修改2件。', '全年在门户网站公开行政规范性文件28件（含历年现行有效文件）。']) {
    assert.deepEqual(prose(s), [], s);
  }
  const [repealed] = prose('全年废止行政规范性文件3件。');
  assert.match(repealed, /本年废止件数为 1，正文写 3/);
});

test('parts of a count of decisions are not compared with it (helper-215 #2)', () => {
  for (const s of [
    '全年作出行政处罚决定86件，其中简易程序行政处罚决定60件，普通程序行政处罚决定26件。',
    '全年作出准予行政许可决定1500件，作出不予行政许可决定20件。',
    '全年依法撤销行政许可决定2件。',
  ]) assert.deepEqual(prose(s), [], s);
  const [wrong] = prose('全年作出行政处罚决定87件，其中简易程序行政处罚决定60件。');
  assert.match(wrong, /行政处罚本年处理决定数量为 86，正文写 87/);
});

// helper-215's near misses: the 立改废 list after the row's name (`行政规范性文件“立改废”情况：新制定4件、修改0件、废止2件`)
// compared 废止 and not 新制定, the 制发 column. A verb right before its count now names the column of the row before it.
test('新制定 (制定, 制发, 出台, 印发) right before its count is the 制发 column of the row named before it', () => {
  assert.deepEqual(prose('行政规范性文件“立改废”情况：新制定3件、修改0件、废止1件。'), []);
  const found = core.checkReport(core.parseReport(CORRECT.replace(ANCHOR, `行政规范性文件“立改废”情况：新制定4件、修改0件、废止1件。${ANCHOR}`))).filter((f) => f.ruleId === 'prose-table');
  assert.deepEqual(found.map((f) => f.message), ['正文“新制定4件”与表二不一致：表二的行政规范性文件本年制发件数为 3，正文写 4，相差 +1。表二没有勾稽关系可以核对，看不出错的是正文还是表格：请对照原表核对，未自动修改。']);
  // Without a row named before it, or counting something else (项 of rules), it is not compared.
  assert.deepEqual(prose('全年新制定4件。'), []);
  assert.deepEqual(prose('加强行政规范性文件合法性审核，制定4项工作制度。'), []);
});

// helper-215's near misses: "none" sentences about 表二 (`本年度未制发行政规范性文件` with 3 in the table, `全年无行政强制决定`
// with 4) were not compared, as those about 表三 and 表四 are.
test('a sentence saying none of a 表二 count contradicts a nonzero count; a zero one, or another fee, says nothing', () => {
  const none = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(ANCHOR, `${sentence}${ANCHOR}`))).filter((f) => f.ruleId === 'prose-table');
  for (const [sentence, says] of [
    ['本年度未制发行政规范性文件。', /“(?:本年度)?未制发行政规范性文件”说没有，而表二的行政规范性文件本年制发件数为 3/],
    ['全年无行政强制决定。', /“(?:全年)?无行政强制决定”说没有，而表二的行政强制本年处理决定数量为 4/],
    ['本年度未作出行政处罚决定。', /行政处罚本年处理决定数量为 86/],
    ['本年度未收取行政事业性收费。', /本年收费金额（单位：万元）为 12\.5/],
  ]) {
    const found = none(sentence);
    assert.equal(found.length, 1, sentence);
    assert.match(found[0].message, says);
    assert.equal(found[0].fix, undefined, 'nothing to rewrite');
  }
  // 规章: 0 in the table; 信息处理费 is no 行政事业性收费; a goal is no statement.
  for (const sentence of ['本年度未制定规章。', '本年度未收取信息处理费。', '力争不出现未作出行政处罚决定的情况。']) assert.deepEqual(none(sentence), [], sentence);
});

// helper-212 #7: `被提起行政诉讼2件，均为复议后起诉` was not compared: 表四 has the two filed directly.
test('均为复议后起诉 (均为直接起诉) after the lawsuits\' count says none of the other kind', () => {
  const S = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
  assert.ok(CORRECT.includes(S));
  const t4 = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(S, sentence))).filter((f) => f.ruleId === 'prose-table');
  const [wrong, more] = t4('全年因政府信息公开被申请行政复议3件；被提起行政诉讼2件，均为复议后起诉。');
  assert.equal(more, undefined);
  assert.equal(wrong.message, '正文“均为复议后起诉”说行政诉讼都是复议后起诉的，而表四的未经复议直接起诉总计为 2。请核对正文或表格。');
  assert.equal(wrong.fix, undefined);
  for (const right of ['全年因政府信息公开被申请行政复议3件；被提起行政诉讼2件，均为未经复议直接起诉。', '全年因政府信息公开被申请行政复议3件；被提起行政诉讼2件，均为直接起诉。']) assert.deepEqual(t4(right), [], right);
});
