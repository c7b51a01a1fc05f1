// A 表四 case still open, to be dealt with next year (brk186 #7): `另有1件行政复议案件将于2025年继续办理` in a 2024 report
// is that group's 尚未审结, as `另有1件行政复议尚未审结` is — not the group's 总计. (The 表三 analogue, `剩余2件将于
// 2025年办结` as 结转下年度继续办理, is brk184 #5.) Base: examples/correct-2024.nianbao.md, its 表四 row rewritten so that
// 行政复议 is 维持 2, 尚未审结 1, 总计 3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseTableOf } from '../helpers.mjs';

const ROW = '| 2        | 0        | 1        | 0        | 3    |';
const PENDING_ROW = '| 2        | 0        | 0        | 1        | 3    |';
const LINE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').replace(ROW, PENDING_ROW);
/** The prose-table findings of the base with `sentence` after its 表四 sentence: words, table, prose. */
const found = (sentence) => proseTableOf(BASE.replace(LINE, LINE + sentence)).map((f) => [f.message.match(/正文“([^”]+)”/)[1], f.expected, f.actual]);

test('the base is clean', () => {
  assert.ok(BASE.includes(PENDING_ROW));
  assert.deepEqual(found(''), []);
});

test('…将于<next year>继续办理 after a 表四 group is its 尚未审结, not its 总计', () => {
  for (const s of ['另有1件行政复议案件将于2025年继续办理。', '另有1件行政复议将于2025年继续办理。', '另有1件行政复议案件将在2025年继续审理。', '另有1件行政复议案件预计于2025年办结。', '另有1件行政复议尚未审结。'])
    assert.deepEqual(found(s), [], s);
  // (So a wrong count is that cell's.)
  assert.deepEqual(found('另有2件行政复议案件将于2025年继续办理。').map(([, e, a]) => [e, a]), [[1, 2]]);
});

test('a year other than the next is not pending into next year', () => {
  // (`将于2026年` in a 2024 report: not 尚未审结 read from the words; the group's count stays what it was read as.)
  assert.notDeepEqual(found('另有1件行政复议案件将于2026年继续办理。'), []);
});
