// prose-table on a sentence saying none of one 办理结果 was made (helper-212 #8): `本年度无不予处理情况` with 表三's 不予处理 3,
// `未出现不予公开的情况` with 6, and `所有申请均已按要求办理完成` with one carried over to next year were not compared.
// Base: examples/correct-2024.nianbao.md (clean; 不予公开 6, 不予处理 3, 部分公开 6, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const prose = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-table').map((f) => f.message);
const replaced = (sentence) => prose(CORRECT.replace(T3_SENTENCE, sentence));

test('the base has the sentence and no finding', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  assert.deepEqual(prose(CORRECT), []);
});

test('none of a 办理结果 that 表三 counts is said', () => {
  for (const [sentence, says] of [
    ['全年新收政府信息公开申请46件，上年结转2件，本年度无不予处理情况。', /“(?:本年度)?无不予处理情况”说没有，而表三的不予处理（各项之和）为 3/],
    ['全年新收政府信息公开申请46件，未出现不予公开的情况。', /“未出现不予公开的情况”说没有，而表三的不予公开（各项之和）为 6/],
    ['全年新收政府信息公开申请46件，没有作出部分公开的决定。', /部分公开为 6/],
    ['全年收到申请46件，上年结转2件，所有申请均已按要求办理完成。', /已全部办结/],
  ]) {
    const [f, more] = replaced(sentence);
    assert.equal(more, undefined, sentence);
    assert.match(f ?? '', says, sentence);
  }
});

test('none of a result said of documents (主动公开) is not about applications: no finding', () => {
  assert.deepEqual(prose(CORRECT.replace('全年通过门户网站主动公开政府信息312条，', '主动公开方面，未出现不予公开的情况。全年通过门户网站主动公开政府信息312条，')), []);
});

test('本年度无上年结转申请 is read as 无上年结转申请 (helper-215)', () => {
  const [f] = replaced('全年新收政府信息公开申请46件，本年度无上年结转申请。');
  assert.match(f ?? '', /“本年度无上年结转申请”说没有，而表三的上年结转申请为 2/);
});
