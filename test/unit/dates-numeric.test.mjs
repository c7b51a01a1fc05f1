// Found by an eighth fresh user (breaker 8): a signature date written in numbers (2024-01-20, 2024.01.20, 2024/1/20) on
// a 2024 report was not read, while 2024年1月20日 was flagged; a statistics period in numbers was not read either.
// Base: examples/correct-2024.nianbao.md (signed 2025年1月20日, period 2024年1月1日起至2024年12月31日止).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT, slice } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('date-invalid: a signature date in numbers (2024-01-20, 2024.01.20, 2024/1/20) is read like 2024年1月20日', () => {
  for (const sig of ['2024-01-20', '2024.01.20', '2024/1/20']) {
    const { report, found } = only(edit(CORRECT, '\n2025年1月20日\n', `\n${sig}\n`), 'date-invalid');
    assert.deepEqual(found.map((f) => [f.expected, f.actual, slice(report, f.range)]), [[2025, 2024, sig]], sig);
  }
  for (const sig of ['2025-01-20', '2025.1.20']) assert.deepEqual(only(edit(CORRECT, '\n2025年1月20日\n', `\n${sig}\n`), 'date-invalid').found, [], sig);
  // A period in numbers is read too.
  const period = only(edit(CORRECT, '自2024年1月1日起至2024年12月31日止', '自2024.1.1至2024.11.30'), 'date-invalid').found;
  assert.equal(period.length, 1);
  assert.match(period[0].message, /止于 11 月 30 日/);
});
