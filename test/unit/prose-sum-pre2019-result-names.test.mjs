// Reports before 2019 had no 表三 and no fixed list of 办理结果 (templates.md §2): each agency named them its own
// way, and the prose is the only place their sum can be checked. prose-sum checks a list of results joined by ，
// under a count answered, since each application has one result; the old names beside 非本机关职责范围 were not
// read as results (brk125 #4): 非本机关政府信息, 不属于本机关政府信息, and the old statistics table's
// 不属于本行政机关公开, 申请信息不存在, 告知作出更改补充.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, preFormReport } from '../helpers.mjs';

const BASE = preFormReport('某某开发区管理委员会', 2018);
const SENTENCE = '2018年，共受理政府信息公开申请27件，已全部按期答复。';
assert.ok(BASE.includes(SENTENCE));
const withResults = (s) => edit(BASE, SENTENCE, `2018年，共受理政府信息公开申请23件，网上申请15件。${s}`);
const sums = (s) => core.analyze(withResults(s)).findings.filter((f) => f.ruleId === 'prose-sum');

test('a list of old-era results joined by ， that adds up to more than the count answered is a prose-sum warning', () => {
  for (const last of ['非本机关政府信息', '不属于本机关政府信息', '不属于本行政机关公开', '非本机关职责范围', '告知作出更改补充', '不属于本机关公开范围']) {
    const s = `已答复23件，其中同意公开15件，同意部分公开3件，信息不存在4件，${last}2件。`;
    const found = sums(s);
    assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[23, 24]], s);
    assert.match(found[0].message, /15 \+ 3 \+ 4 \+ 2 = 24/);
  }
  // 申请信息不存在 as a result too.
  const s = '已答复23件，其中同意公开15件，同意部分公开3件，申请信息不存在4件，非本机关政府信息2件。';
  assert.deepEqual(sums(s).map((f) => [f.actual, f.expected]), [[23, 24]], s);
});

test('the same lists that add up, and reasons within one result, give nothing', () => {
  for (const s of [
    '已答复23件，其中同意公开15件，同意部分公开3件，信息不存在3件，非本机关政府信息2件。',
    '已答复23件，其中同意公开14件，同意部分公开3件，不属于本机关政府信息6件。',
    // A list of reasons for one result is no split of the total when it does not go past it.
    '已答复23件，其中同意公开15件，不同意公开8件，涉及商业秘密5件，涉及个人隐私3件。',
  ]) assert.deepEqual(sums(s).map((f) => f.message), [], s);
});
