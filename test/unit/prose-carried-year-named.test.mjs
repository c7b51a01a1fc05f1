// prose-table on carry-overs named by their years (helper-212 #3, #5): in a 2024 report `2023年结转3件` (also
// `2023年度结转申请3件`, `2023年结转至2024年的申请3件`) is 上年结转, and `结转2025年继续办理2件` is 结转下年度; neither was read.
// Base: examples/correct-2024.nianbao.md (clean; 上年结转 2, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const prose = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(T3_SENTENCE, sentence))).filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('the base has the sentence and no finding', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  assert.deepEqual(prose(T3_SENTENCE), []);
});

test('last year\'s carry-over named by its year is 上年结转; the next year\'s is 结转下年度', () => {
  for (const [right, wrong, says] of [
    ['全年新收政府信息公开申请46件，2023年结转2件；办结47件。', '全年新收政府信息公开申请46件，2023年结转3件；办结47件。', /上年结转申请为 2，正文写 3/],
    ['全年新收政府信息公开申请46件，2023年度结转申请2件。', '全年新收政府信息公开申请46件，2023年度结转申请3件。', /上年结转申请为 2，正文写 3/],
    ['全年新收申请46件，2023年结转至2024年的申请2件。', '全年新收申请46件，2023年结转至2024年的申请3件。', /上年结转申请为 2，正文写 3/],
    ['全年新收政府信息公开申请46件；办结47件，结转2025年继续办理1件。', '全年新收政府信息公开申请46件；办结47件，结转2025年继续办理2件。', /结转下年度继续办理为 1，正文写 2/],
  ]) {
    assert.deepEqual(prose(right), [], right);
    const [f, more] = prose(wrong);
    assert.equal(more, undefined, wrong);
    assert.match(f, says, wrong);
  }
});

test('a carry-over of another year is not compared', () => {
  for (const s of ['全年新收政府信息公开申请46件，2022年结转3件。', '全年新收政府信息公开申请46件；办结47件，结转2026年继续办理2件。', '全年新收申请46件，2022年结转至2023年的申请3件。']) {
    assert.deepEqual(prose(s), [], s);
  }
});
