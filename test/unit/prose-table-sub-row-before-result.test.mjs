// A row below a 办理结果 named before its own result (brk151 #1): `对重复申请不予处理2件`, `因重复申请不予处理2件`,
// `属于三类内部事务信息不予公开2件`, `因本机关不掌握相关政府信息无法提供6件` are that row's counts, compared and fixed with the
// row, not with the result's total (which --fix used to write over a correct count). Base: examples/correct-2024.nianbao.md
// (表三: 不予公开 6 with 1.属于国家秘密 0 and 5.属于三类内部事务信息 2; 无法提供 7 with 1.本机关不掌握相关政府信息 6;
// 不予处理 3 with 1.信访举报投诉类申请 1 and 2.重复申请 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, afterT3, proseTableOf, proseBrief } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const briefs = (sentence) => proseTableOf(afterT3(CORRECT, sentence)).map(proseBrief);

test('the base says nothing', () => {
  assert.deepEqual(proseTableOf(CORRECT), []);
});

test('a row named before its own result is that row: right says nothing, wrong is fixed to the row', () => {
  for (const s of ['对重复申请不予处理2件。', '因重复申请不予处理2件。', '全年对重复申请不予处理2件，对信访举报投诉类申请不予处理1件。', '属于三类内部事务信息不予公开2件。', '因本机关不掌握相关政府信息无法提供6件。']) {
    assert.deepEqual(briefs(s), [], s);
  }
  for (const [s, actual, expected] of [['对重复申请不予处理3件。', 3, 2], ['因重复申请不予处理1件。', 1, 2], ['属于三类内部事务信息不予公开6件。', 6, 2], ['因本机关不掌握相关政府信息无法提供7件。', 7, 6]]) {
    const out = briefs(s);
    assert.equal(out.length, 1, s);
    assert.deepEqual([out[0][0], out[0][1], out[0][3], out[0][4]], [actual, expected, 'error', String(expected)], s);
  }
});

test('a wrong row count names the row, not the result’s total', () => {
  const out = proseTableOf(afterT3(CORRECT, '其中属于国家秘密不予公开2件，重复申请不予处理2件。'));
  assert.equal(out.length, 1);
  assert.match(out[0].message, /正文“属于国家秘密不予公开2件”与表三不一致：表三的1\.属于国家秘密为 0，正文写 2/);
});
