// Numbers written in Chinese numerals in real reports: prose counts (`三件`, `三千一百九十一件`) for prose-table and
// prose-sum, statistics periods and signature dates (`二〇二三年一月一日`, `二〇二四年一月三十一日`) as year
// evidence. Each case edits one exact passage of a corpus report (`edit`): the Chinese form that agrees stays
// silent, the one that does not is found; words that only look like counts (`六个部分`, `一次性`) are not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, slice, only, edit } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const SHUYANG = corpusText('peers/kiro_shuyang-county_2025.txt');

test('prose-table reads a count in Chinese numerals (淮安 2024: 受理…三千一百九十一件 against 表三 3119)', () => {
  assert.deepEqual(only(edit(HUAIAN, '政府信息公开申请 3119 件', '政府信息公开申请三千一百一十九件'), 'prose-table').found, []);
  const { report, found } = only(edit(HUAIAN, '政府信息公开申请 3119 件', '政府信息公开申请三千一百九十一件'), 'prose-table');
  assert.equal(found.length, 1);
  assert.equal(slice(report, found[0].range), '三千一百九十一');
  assert.equal(found[0].actual, 3191);
  assert.equal(found[0].expected, 3119);
});

test('prose-table reads small Chinese counts (洪泽 2023: 受理…二十一件 / 二十二件 / 两件), not words that only look like counts (六个部分, 一次性, 第三次)', () => {
  const at = (n) => only(edit(HONGZE_2023, '政府信息公开申请 21 件', `政府信息公开申请${n}`), 'prose-table').found.map((f) => [f.expected, f.actual]);
  assert.deepEqual(at('二十一件'), []);
  assert.deepEqual(at('二十二件'), [[21, 22]]);
  assert.deepEqual(at('两件'), [[21, 2]]);
  assert.deepEqual(at('一百零五件'), [[21, 105]]);
  for (const words of ['六个部分', '一次性告知', '第三次', '人大二次会议', '两个维护', '十四五规划', '三个方面']) assert.deepEqual(at(words), [], words);
  // The digits fix would change the author's style: not fixed, and the message says why.
  const { found } = only(edit(HONGZE_2023, '政府信息公开申请 21 件', '政府信息公开申请二十二件'), 'prose-table');
  assert.equal(found[0].fix, undefined);
  assert.match(found[0].message, /正文的数用汉字书写，未自动修改/);
  assert.ok(only(edit(HONGZE_2023, '政府信息公开申请 21 件', '政府信息公开申请 22 件'), 'prose-table').found[0].fix, 'the same number in digits is fixed');
});

test('prose-sum adds up parts in Chinese numerals (沭阳县 2025: 749 件，其中自然人七百四十一件，法人或其他组织九件)', () => {
  const base = edit(SHUYANG, '其中自然人申请 741 件，法人或其他组织申请 8 件', '其中自然人申请七百四十一件，法人或其他组织申请八件');
  assert.deepEqual(only(base, 'prose-sum').found, []);
  const { report, found } = only(edit(base, '法人或其他组织申请八件', '法人或其他组织申请九件'), 'prose-sum');
  assert.equal(found.length, 1);
  assert.equal(slice(report, found[0].range), '749');
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['七百四十一', '九']);
});

test('year evidence: a statistics period in Chinese numerals (洪泽 2024, period rewritten 二〇二三年…十二月三十一日)', () => {
  const cn = (y) => `统计期限自${y}年一月一日\n起至${y}年十二月三十一日止`;
  const from = '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止';
  const same = only(edit(HONGZE_2024, from, cn('二〇二四')), 'year-mismatch');
  assert.deepEqual(same.found, []);
  assert.deepEqual(same.report.yearEvidence.filter((e) => e.source === 'period').map((e) => e.year), [2024]);
  const { report, found } = only(edit(HONGZE_2024, from, cn('二〇二三')), 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[8, 2024, 2023]]);
  assert.match(slice(report, found[0].range), /统计期限自二〇二三年一月一日\n起至二〇二三年十二月三十一日$/);
});

test('date-invalid: a signature date in Chinese numerals (沭阳县发改局 2023 signed 二〇二三年一月十七日; 二〇二四年 is fine)', () => {
  const fgj = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  assert.deepEqual(only(edit(fgj, '\n2024年1月17日', '\n二〇二四年一月十七日'), 'date-invalid').found, []);
  const { report, found } = only(edit(fgj, '\n2024年1月17日', '\n二〇二三年一月十七日'), 'date-invalid');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[90, 2024, 2023]]);
  assert.equal(slice(report, found[0].range), '二〇二三年一月十七日');
});
