// prose-sum on pre-2019 lists of 办理结果 (brk159 #3, #4): result names whose words come in another order
// (非本机关掌握信息, 不属于本机关掌握范围, 非本机关所掌握的信息) and the 2014 统计表's first reply category (属于已主动公开范围,
// 国办发〔2014〕32号) are results too, each application having one: a list adding up to more than the count answered is
// reported with all its items summed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, preFormReport } from '../helpers.mjs';

const BASE = preFormReport('某某县国土资源局', 2009);
const SENTENCE = '2009年，共受理政府信息公开申请27件，已全部按期答复。';
const withText = (s) => edit(BASE, SENTENCE, `2009年，我局共受理政府信息公开申请15件，其中当面申请9件，网上申请4件，信函申请2件。${s}`);
const sums = (s) => core.analyze(withText(s)).findings.filter((f) => f.ruleId === 'prose-sum');
const brief = (s) => sums(s).map((f) => [f.actual, f.expected]);

test('a last result worded 非本机关掌握信息 / 不属于本机关掌握范围 is summed with the others (brk159 #3)', () => {
  for (const last of ['非本机关掌握信息', '不属于本机关掌握范围', '非本机关所掌握的信息', '不属于本机关职权范围']) {
    const s = `已答复15件，其中同意公开11件，同意部分公开2件，信息不存在1件，${last}3件。`;
    assert.deepEqual(brief(s), [[15, 17]], s);
    assert.match(sums(s)[0].message, /11 \+ 2 \+ 1 \+ 3 = 17，相差 \+2/);
  }
  // The whole list is summed, not the first three (was: 13 + 2 + 1 = 16, +1).
  const s = '已答复15件，其中同意公开13件，同意部分公开2件，信息不存在1件，非本机关掌握信息1件。';
  assert.match(sums(s)[0].message, /13 \+ 2 \+ 1 \+ 1 = 17，相差 \+2/);
  // Adding up: nothing.
  assert.deepEqual(brief('已答复15件，其中同意公开10件，同意部分公开2件，信息不存在1件，非本机关掌握信息2件。'), []);
});

test('属于已主动公开范围, the 2014 统计表 reply category, is one result among the others (brk159 #4)', () => {
  for (const first of ['属于已主动公开范围', '已主动公开', '属于主动公开范围']) {
    const s = `已答复15件，其中${first}4件，同意公开12件，同意部分公开2件，申请信息不存在1件。`;
    assert.deepEqual(brief(s), [[15, 19]], s);
  }
  assert.deepEqual(brief('已答复15件，其中属于已主动公开范围4件，同意公开8件，同意部分公开2件，申请信息不存在1件。'), []);
});
