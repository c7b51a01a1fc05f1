// prose-sum: a total of all the applications handled (`本年度共办理53件`), split into the six 办理结果 and then the count
// carried over to next year (`…其他处理1件；结转下年度继续办理3件`), adds up with that count (50 + 3 = 53): no warning
// (breaker39 #4, a false alarm on a correct report). A total of those concluded (办结, 答复) does not include the
// pending ones, and a total that the two do not make still is reported.
// Inputs: the breaker's correct report (test/fixtures/reports/breaker39-ok04-2021-space.md, pdftotext layout) and
// breaker35-b1-2024.md (表三 新收 46, 上年结转 2, 办理结果总计 47, 结转下年度 1) with line 27 replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, only, ROOT } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const B1 = readFileSync(join(R, 'breaker35-b1-2024.md'), 'utf8');
/** B1 with line 27 (its 表三 sentence) replaced by `line`. */
function input(line) {
  const lines = B1.split('\n');
  lines[26] = line;
  return lines.join('\n');
}
const sums = (text) => only(text, 'prose-sum').found.map((f) => [f.actual, f.expected]);
const RESULTS = '其中予以公开24件，部分公开6件，不予公开6件，无法提供7件，不予处理3件，其他处理1件';

test('the breaker\'s correct report: 共办理53件 = six results 50 + 结转下年度 3, no finding at all', () => {
  const { findings } = core.analyze(readFileSync(join(R, 'breaker39-ok04-2021-space.md'), 'utf8'));
  assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), []);
});

test('a total handled that is the results plus the count carried over to next year is silent; one of those concluded is not', () => {
  for (const tail of ['；结转下年度继续办理1件。', '，结转下年度继续办理1件。', '；另有1件结转下年度办理。', '；结转至2025年继续办理1件。']) {
    assert.deepEqual(sums(input(`全年新收政府信息公开申请46件，加上上年结转2件，本年度共办理48件，${RESULTS}${tail}`)), [], tail);
  }
  // 办结 counts the concluded ones only: 47, not 48.
  assert.deepEqual(sums(input(`全年新收政府信息公开申请46件，上年结转2件，本年度共办结48件，${RESULTS}；结转下年度继续办理1件。`)), [[48, 47]]);
  // Neither the results alone nor with the carried-over one make 50.
  assert.deepEqual(sums(input(`全年新收政府信息公开申请46件，上年结转2件，本年度共办理50件，${RESULTS}；结转下年度继续办理1件。`)), [[50, 47]]);
  // Without the count carried over, as before.
  assert.deepEqual(sums(input(`全年新收政府信息公开申请46件，上年结转2件，本年度共办理48件，${RESULTS}。`)), [[48, 47]]);
});
