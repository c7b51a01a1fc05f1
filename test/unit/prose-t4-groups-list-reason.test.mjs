// prose-table: counts of 表四 that each name another group (`其中行政复议结果维持3件，行政诉讼结果维持1件`) add up to
// nothing, so the reason a wrong one is not fixed is 表四's own (one identity per group), not "changing it alone
// changes their sum" (brk147 #10). A list of one group's results (`其中结果维持3件、其他结果1件`) keeps its reason.
// Base: examples/correct-2024.nianbao.md (表四 行政复议 维持 2, 其他结果 1, 总计 3; 行政诉讼 (未经复议直接起诉) 维持 1,
// 尚未审结 1, 总计 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const AT = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const t4 = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table' && f.data?.quantity?.startsWith('T4'));

test('表四 counts of two groups after 其中: the stated reason is 表四’s, not the list’s sum', () => {
  for (const sentence of ['其中行政复议结果维持3件，行政诉讼结果维持1件。', '其中行政复议结果维持3件、行政诉讼结果维持1件。']) {
    const text = edit(CORRECT, AT, AT + sentence);
    const [f] = t4(text);
    assert.ok(f, sentence);
    assert.equal(f.expected, 2);
    assert.equal(f.actual, 3);
    assert.doesNotMatch(f.message, /只改它会改变它们的和/, sentence);
    assert.match(f.message, /表四每组只有一个勾稽关系，看不出错的是正文还是表格：请对照原表核对，未自动修改。/, sentence);
    assert.equal(f.fix, undefined);
  }
});

test('a list of one group’s results keeps the list’s reading: mended and fixed when the table’s number makes it add up', () => {
  const text = edit(CORRECT, AT, '全年因政府信息公开被申请行政复议3件，其中结果维持3件、其他结果1件，被提起行政诉讼2件。');
  const [f] = t4(text);
  assert.ok(f);
  assert.match(f.message, /这个数是句中“其中”后列举的 2 个数（3件、1件）之一，改为 2 后各项之和正好是句中所说的总数 3/);
  assert.equal(f.fix?.edits[0].newText, '2');
});
