// prose-table false errors found by helper-218 (#1–#5), each with a --fix that rewrote a true number: results of a part
// of the applications counted in the clause before without 中 (the carried-over ones with 的, a topic's, a kind of
// applicant's), a 行政复议/行政诉讼 case carried over (not an application), a count over a span of years, another
// body's documents (转载, 解读, 协助), and the 行政复议 of one topic. Base: examples/correct-2024.nianbao.md (clean), the
// sentence added after its 表四 sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const S = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const table = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(S, S + sentence))).filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('quantities other than the tables\' are not compared', () => {
  assert.ok(CORRECT.includes(S));
  for (const sentence of [
    '上年结转的2件申请，予以公开1件、不予处理1件。',
    '对涉及商业秘密的5件申请，部分公开3件。',
    '涉及征地拆迁的申请共20件，予以公开10件。',
    '律师事务所提出的5件申请，予以公开2件。',
    '网上申请的30件中，予以公开20件。',
    '上年度结转的1件行政诉讼案件已审结。',
    '2023年结转的1件行政复议案件已于2024年3月审结。',
    '2022—2024年，我局共收到政府信息公开申请120件。',
    '对上级制发的行政规范性文件15件进行转载。',
    '对市政府2024年制发的行政规范性文件15件进行了解读。',
    '涉及房屋征收的行政复议2件，结果维持1件。',
  ]) assert.deepEqual(table(sentence), [], sentence);
});

test('the same quantities of the whole are still compared', () => {
  for (const [sentence, says] of [
    ['本年新收申请46件，予以公开25件。', /予以公开为 24，正文写 25/],
    ['上年结转2件，予以公开1件。', /予以公开为 24，正文写 1/],
    ['全年制发行政规范性文件5件。', /本年制发件数为 3，正文写 5/],
    ['2024年，我局共收到政府信息公开申请120件。', /本年新收申请为 46，正文写 120/],
    ['被申请行政复议4件，结果维持2件。', /行政复议总计为 3，正文写 4/],
  ]) {
    const found = table(sentence);
    assert.ok(found.some((m) => says.test(m)), `${sentence}\n${found.join('\n')}`);
  }
});
