// prose-table: 表四's cases counted by the answer they contest, after the group is named (`行政复议案件中，不服无法提供
// 答复的9件`, `3件行政复议案件中，申请人不服不予公开答复的5件`), are a part of that group: more than the group's 总计 is a
// contradiction (a part is never more than its whole), said as for `因不服…不予公开答复，申请人提起行政复议9件`; they are
// never compared with 表三's result of that name (fixA #2). Before, such a count was passed over whatever it was.
// Base: examples/correct-2024.nianbao.md (表四 行政复议 3, 行政诉讼 2; 表三 无法提供 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T4 = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const afterT4 = (s) => table(edit(CORRECT, T4, T4 + s));

test('a count of one group\'s cases by the answer they contest, more than the group\'s 总计, is said; never compared with 表三', () => {
  const [f, ...rest] = afterT4('行政复议案件中，不服无法提供答复的9件。');
  assert.deepEqual(rest, []);
  assert.deepEqual([f.actual, f.expected, f.severity, f.fix], [9, 3, 'error', undefined]);
  assert.match(f.message, /不服无法提供答复的9件.*一部分.*行政复议总计 3.*部分不会多于整体/);
  const [g, ...more] = afterT4('行政诉讼案件中，不服不予公开答复的4件。');
  assert.deepEqual(more, []);
  assert.deepEqual([g.actual, g.expected], [4, 2]);
  // The group with its count before: the part more than the group (the group's own count agrees with 表四).
  assert.deepEqual(afterT4('3件行政复议案件中，申请人不服不予公开答复的5件。').map((x) => [x.actual, x.expected]), [[5, 3]]);
});

test('a part no greater than its group, or one whose group is not named, is silent (表三 无法提供 7 is not its whole)', () => {
  assert.deepEqual(afterT4('行政复议案件中，不服无法提供答复的2件。'), []);
  assert.deepEqual(afterT4('行政复议案件中，不服无法提供答复的3件。'), []);
  assert.deepEqual(afterT4('其中不服无法提供答复的9件。'), []);
  // Both groups named before: whose part it is cannot be told.
  assert.deepEqual(afterT4('行政复议和行政诉讼案件中，不服不予公开答复的4件。'), []);
});
