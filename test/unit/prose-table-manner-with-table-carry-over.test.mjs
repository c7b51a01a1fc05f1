// prose-table on an "all answered" clause of manner only beside the carry-over the table gives (brk168 #4):
// `…上年结转1件，均在法定期限内答复，结转下年度继续办理1件` got an info saying the year's applications were all concluded
// while 表三's 结转下年度 is 1, though the sentence states that very 1 itself: it says how the others were answered, and
// nothing contradicts the table. With another carry-over (the count is then an error of its own), with 均已…办结, or
// with no carry-over stated, the info stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const HEAD = '全年新收政府信息公开申请46件，上年结转2件，';

test('均在法定期限内答复 beside the table\'s own carry-over (sentence or paragraph): nothing to report', () => {
  for (const p of [
    `${HEAD}均在法定期限内答复，结转下年度继续办理1件。`,
    `${HEAD}均按时答复，另有1件尚未办结。`,
    `${HEAD}均在法定期限内答复。结转下年度继续办理1件。`,
  ]) assert.deepEqual(proseTable(withParagraph(p)).map((f) => f.message), [], p);
});

test('the info stays with another carry-over, with 均已按期办结, or with none stated', () => {
  const other = proseTable(withParagraph(`${HEAD}均在法定期限内答复，结转下年度继续办理2件。`));
  assert.deepEqual(other.map((f) => [f.severity, f.actual, f.expected]), [['info', 0, 1], ['error', 2, 1]]);
  for (const p of [`${HEAD}均已按期办结，结转下年度继续办理1件。`, `${HEAD}均在法定期限内答复。`]) {
    assert.deepEqual(proseTable(withParagraph(p)).map((f) => f.severity), ['info'], p);
  }
});
