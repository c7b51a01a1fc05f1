// brk164: small bodies' reports (乡镇, 街道办事处) and prose-table.
// #1 A report names itself short (`新华街道` for 新华街道办事处, `青石镇` for 青石镇人民政府): that is the agency, not another body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, proseTableOf } from '../helpers.mjs';

/** 新华街道办事处, 表三 新收 1; line 7 `2024年，新华街道共收到政府信息公开申请3件。…` */
const JIEDAO = readFileSync(join(ROOT, 'test/data/prose/jiedao-own-short-name-2024.txt'), 'utf8');
const JIEDAO_SENTENCE = '2024年，新华街道共收到政府信息公开申请3件。';

test('a 街道办事处 named by its 街道 is the agency: its count received is compared with 表三', () => {
  for (const sentence of [JIEDAO_SENTENCE, '2024年，新华街道收到政府信息公开申请3件。', '本年度，新华街道共收到政府信息公开申请3件。', '2024年，新华街道办共收到政府信息公开申请3件。']) {
    const found = proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, sentence));
    assert.equal(found.length, 1, sentence);
    assert.equal(found[0].severity, 'error');
    assert.deepEqual([found[0].actual, found[0].expected], [3, 1], sentence);
  }
  // (0 too: `…申请0件` against 新收 1.)
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，新华街道共收到政府信息公开申请0件。')).map((f) => [f.actual, f.expected]), [[0, 1]]);
  // As written with the right count: nothing.
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，新华街道共收到政府信息公开申请1件。')), []);
});

test('another 街道 in a 街道办事处\'s report, or a 街道 in a district\'s, is still another body', () => {
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，东风街道共收到政府信息公开申请3件。')), []);
  const district = edit(edit(JIEDAO, '# 某某市某某区新华街道办事处2024年', '# 某某市某某区人民政府2024年'), '\n某某市某某区新华街道办事处\n', '\n某某市某某区人民政府\n');
  assert.deepEqual(proseTableOf(district), []);
});
