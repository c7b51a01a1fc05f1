// brk86 #11: 办理结果 listed under a count received (`收到申请46件，其中予以公开24件、…`) add up to more than it when
// some of the results are of last year's applications. More by no more than 表三's 上年结转, that is said as such,
// an info; more than that, or with nothing carried over, the warning stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINE = 14;
assert.match(CORRECT.split('\n')[LINE], /^全年新收政府信息公开申请46件，上年结转2件；/);
const withLine = (s, text = CORRECT) => text.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
const proseSum = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-sum');

test('results under a count received, more than it by up to 上年结转: an info that names 上年结转', () => {
  // 24 + 6 + 6 + 7 + 3 + 1 = 47: the 46 new and 2 carried over, less 1 carried to next year. Partial lists too.
  for (const line of ['全年共收到政府信息公开申请46件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。',
    '本年度受理政府信息公开申请46件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。']) {
    const f = proseSum(withLine(line));
    assert.equal(f.length, 1, line);
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /相差 \+1。这些办理结果可能还含上年结转的申请（表三的上年结转为 2件，多出的 1件不超过它）/);
    assert.match(f[0].message, /如“收到申请46件，加上年结转2件共48件，其中……”/);
    const en = core.checkReport(core.parseReport(withLine(line)), { locale: 'en' }).find((x) => x.ruleId === 'prose-sum');
    assert.match(en.message, /These results may include applications carried over from last year \(表三's applications carried over from last year \(上年结转\) are 2; the 1 more are no more than that\)/);
  }
});

test('more than 上年结转 explains, nothing carried over, or parts that are no results: the warning stays', () => {
  const over = proseSum(withLine('全年共收到政府信息公开申请46件，其中予以公开27件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。'));
  assert.deepEqual(over.map((f) => [f.severity, f.expected, f.actual]), [['warning', 50, 46]]);
  assert.doesNotMatch(over[0].message, /上年结转/);
  // 表三 with no 上年结转 (its row 0, 新收 48 to keep the balance): the same sentence is a plain warning.
  const none = CORRECT.replace(/^(\| 一、本年新收政府信息公开申请数量 +\| )40( +\| 3 +\| 0 +\| 1 +\| 2 +\| 0 +\| )46/m, '$142$248')
    .replace(/^(\| 二、上年结转政府信息公开申请数量 +\| )2( +\| 0 +\| 0 +\| 0 +\| 0 +\| 0 +\| )2/m, '$10$20');
  assert.notEqual(none, CORRECT);
  const plain = proseSum(withLine('全年共收到政府信息公开申请46件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。', none));
  assert.deepEqual(plain.map((f) => f.severity), ['warning']);
  // Parts that count ways of applying (no results): a plain warning whatever 上年结转 is.
  const ways = proseSum(withLine('全年共收到政府信息公开申请46件，其中网上申请30件、信函申请10件、当面申请7件。'));
  assert.deepEqual(ways.map((f) => f.severity), ['warning']);
});
