// Prose counts as of the report year's end (`截至2024年12月31日，已办结45件`) are this year's and compared with 表三;
// `截至目前`, `截至2024年6月` and counts of other things after the time (`截至2024年底，73件人大建议已办结…的59件`) are not
// (breaker18: the commonest phrasing was never compared). Base: examples/correct-2024.nianbao.md (办结 47, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** The sentence put into the base's paragraph on applications, after its opening (新收 46, 上年结转 2). */
const table = (sentence) => only(edit(CORRECT, '全年新收政府信息公开申请46件，上年结转2件；', `全年新收政府信息公开申请46件，上年结转2件；${sentence}`), 'prose-table').found.map((f) => [f.actual, f.expected]);

test('截至 the report year\'s end: 办结 and 结转下年度 are compared (45 vs 47, 3 vs 1); right numbers are silent', () => {
  for (const time of ['截至2024年12月31日', '截止2024年底', '截至12月31日']) {
    assert.deepEqual(table(`${time}，已办结45件，结转下年度继续办理3件。`), [[45, 47], [3, 1]], time);
    assert.deepEqual(table(`${time}，已办结47件，结转下年度继续办理1件。`), [], time);
  }
});

test('not compared: 截至 another time, 累计, or a count of something else after the year end', () => {
  for (const s of [
    '截至目前，已办结45件，结转下年度继续办理3件。',
    '截至2024年6月30日，已办结45件。',
    '截至2025年1月20日，已办结45件。',
    '截至2024年底，累计办结45件。',
    '截至2024年底，73件人大建议已办结或部分办结的59件。',
  ]) assert.deepEqual(table(s), [], s);
});
