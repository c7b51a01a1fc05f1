// brk176 #2: prose-sum missed a complete list of 办理结果 adding up to more than its total when each item carried its
// share (`同意公开20件，占83.3%；不予公开2件，占8.3%；信息不存在4件，占16.7%。` under `已答复24件`: 26 ≠ 24): the share's `，占`
// ended the list after its first item. Common in pre-2019 reports, where the prose is the only place these numbers are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const TEXT = readFileSync(join(ROOT, 'test/data/prose/rm2016-shares.nianbao.md'), 'utf8');
const LIST = '其中同意公开20件，占83.3%；不予公开2件，占8.3%；信息不存在4件，占16.7%。';
const sums = (text) => only(text, 'prose-sum').found.map((f) => [f.actual, f.expected]);

test('a list whose items each carry `，占N%` is read whole: 20 + 2 + 4 = 26 against 已答复24件', () => {
  assert.ok(TEXT.includes(LIST));
  assert.deepEqual(sums(TEXT), [[24, 26]]);
  // The same list without the shares, as before.
  assert.deepEqual(sums(edit(TEXT, LIST, '其中同意公开20件，不予公开2件，信息不存在4件。')), [[24, 26]]);
});

test('other ways of writing the share (约占, 占总数的, 占比, joined by ，) are read the same; a list that adds up is not said', () => {
  for (const list of [
    '其中同意公开20件，约占83.3%；不予公开2件，约占8.3%；信息不存在4件，约占16.7%。',
    '其中同意公开20件，占答复总数的83.3%；不予公开2件，占答复总数的8.3%；信息不存在4件，占答复总数的16.7%。',
    '其中同意公开20件，占比83.3%，不予公开2件，占比8.3%，信息不存在4件，占比16.7%。',
  ]) assert.deepEqual(sums(edit(TEXT, LIST, list)), [[24, 26]], list);
  assert.deepEqual(sums(edit(TEXT, LIST, '其中同意公开18件，占75%；不予公开2件，占8.3%；信息不存在4件，占16.7%。')), []);
});
