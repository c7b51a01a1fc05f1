// prose-percent: shares of one whole rounded so that they add up to exactly 100% (largest-remainder rounding: three
// equal parts written 33.3%, 33.3%, 33.4%) are right as written; a share wrong by more, a list that does not add up to
// 100, or a lone share rounded up stays a warning.
// Input: breaker40's correct report A (test/fixtures/reports/breaker40-a-2024.md) with its line 7 (一、总体情况)
// replaced by a sentence on 主动公开 (counts not in any table, so only the percentages are checked).
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
const percent = (line) => only(input(line), 'prose-percent').found.map((f) => [f.actual, f.expected]);

test('shares of one whole adjusted to add up to 100% (33.3%, 33.3%, 33.4% of three equal parts) stay silent', () => {
  for (const line of [
    '2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.3%；工作动态500条，占33.3%；其他信息500条，占33.4%。',
    '2024年，全年主动公开政府信息1500条，其中政策文件500条、工作动态500条、其他信息500条，分别占33.4%、33.3%、33.3%。',
    '2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.33%；工作动态500条，占33.33%；其他信息500条，占33.34%。',
    // 1 / 3 written 33.4% and 2 / 3 written 66.6%: each within one unit of its share, together 100.0%.
    '2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.4%；工作动态1000条，占66.6%。',
  ]) assert.deepEqual(percent(line), [], line);
});

test('a share outside such a list, or a list that does not add up to 100%, is still a warning', () => {
  // 33.3 + 33.3 + 34.4 = 101: 34.4% is not 1 / 3 by any rounding.
  assert.deepEqual(percent('2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.3%；工作动态500条，占33.3%；其他信息500条，占34.4%。'), [[34.4, 33.3]]);
  // A lone share rounded up: 500 / 1500 = 33.33%, not 33.4%.
  assert.deepEqual(percent('2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.4%。'), [[33.4, 33.3]]);
  // Two shares rounded up that add up to 100.1%: no adjustment to 100, so the rounded-up one is wrong.
  assert.deepEqual(percent('2024年，全年主动公开政府信息1500条，其中政策文件500条，占33.4%；工作动态1000条，占66.7%。'), [[33.4, 33.3]]);
});
