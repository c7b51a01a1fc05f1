// prose-percent: a rate is accepted as the text's own rounding (97.24 → 97), truncation (97.96 → 97) or rounding twice
// (57.45 → 57.5 → 58), not rounded up: 受理181件，办结176件，办结率98% is a warning, 176 / 181 = 97.2% (breaker40 #5).
// Input: breaker40's correct report A (test/fixtures/reports/breaker40-a-2024.md: 表三 新收 177, 上年结转 4, 办结 176,
// 结转下年度 5) with its line 7 (一、总体情况) replaced by the tester's sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { only, ROOT } from '../helpers.mjs';

const A = readFileSync(join(ROOT, 'test/fixtures/reports/breaker40-a-2024.md'), 'utf8');
/** Report A with line 7 replaced by `line`. */
function input(line) {
  const lines = A.split('\n');
  lines[6] = line;
  return lines.join('\n');
}
const percent = (line) => only(input(line), 'prose-percent').found.map((f) => [f.actual, f.expected, f.severity]);

test('breaker40 #5: a whole-percent 办结率 rounded up (176 / 181 = 97.24%, written 98%) is a warning', () => {
  const found = only(input('2024年，全年共受理政府信息公开申请181件，办结176件，办结率98%。'), 'prose-percent').found;
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.severity]), [[98, 97.2, 'warning']]);
  assert.ok(found[0].message.startsWith('“办结率”写为 98%，但 176 / 181 = 97.2%'), found[0].message);
  // At one place too: 97.24 is not 97.3.
  assert.deepEqual(percent('2024年，全年共受理政府信息公开申请181件，办结176件，办结率97.3%。'), [[97.3, 97.2, 'warning']]);
  // Nor is 57.46 59 (rounded twice it is 58).
  assert.deepEqual(percent('2024年，全年共受理政府信息公开申请181件，办结104件，办结率59%。'), [[59, 57.5, 'warning']]);
});

test('breaker40 #5: a rate rounded, truncated or rounded twice stays silent', () => {
  for (const line of [
    // 97.24 rounded or truncated.
    '2024年，全年共受理政府信息公开申请181件，办结176件，办结率97%。',
    '2024年，全年共受理政府信息公开申请181件，办结176件，办结率97.2%。',
    '2024年，全年共受理政府信息公开申请181件，办结176件，办结率为97.24%。',
    // 新收 177 with 上年结转 4 written apart: 176 / 181 again.
    '2024年，全年新收政府信息公开申请177件，上年结转4件，办结176件，办结率97%。',
    // 104 / 181 = 57.46: rounded to 57.5 first, then 58 (or rounded once, 57).
    '2024年，全年共受理政府信息公开申请181件，办结104件，办结率58%。',
    '2024年，全年共受理政府信息公开申请181件，办结104件，办结率57%。',
  ]) assert.deepEqual(percent(line), [], line);
});
