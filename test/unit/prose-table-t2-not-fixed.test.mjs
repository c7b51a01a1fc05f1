// Prose that contradicts 表二 (brk125 #8): 表二 has no identity of its own, so nothing tells whether the prose or the
// table holds the typo, and the prose is not rewritten, as for 表四; the message says so, as every other finding
// without a fix does. 表三's numbers, whose identities hold, are still fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表二 of the example: 行政规范性文件 制发 3, 废止 1, 现行有效 25; 行政许可 1520; 行政处罚 86.
const SENTENCE = '制发行政规范性文件3件，废止1件，现行有效25件。';
assert.ok(CORRECT.includes(SENTENCE));
const found = (s) => core.analyze(edit(CORRECT, SENTENCE, `${SENTENCE}${s}`)).findings.filter((f) => f.ruleId === 'prose-table');

test('a 表二 count the prose contradicts: an error that says why it is not fixed', () => {
  for (const [s, expected, actual] of [
    ['全年作出行政许可决定1521件。', 1520, 1521],
    ['全年作出行政处罚决定68件。', 86, 68],
  ]) {
    const fs = found(s);
    assert.equal(fs.length, 1, s);
    assert.deepEqual([fs[0].expected, fs[0].actual, fs[0].severity], [expected, actual, 'error']);
    assert.equal(fs[0].fix, undefined);
    assert.match(fs[0].message, /表二没有勾稽关系可以核对，看不出错的是正文还是表格：请对照原表核对，未自动修改。$/);
  }
  // The documents' row too, written before the table.
  const doc = core.analyze(edit(CORRECT, SENTENCE, '制发行政规范性文件4件，废止1件，现行有效25件。')).findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(doc.length, 1);
  assert.equal(doc[0].fix, undefined);
  assert.match(doc[0].message, /未自动修改/);
});

test('a 表三 count the prose contradicts is still fixed, without that note', () => {
  const text = edit(CORRECT, '结转下年度继续办理1件。', '结转下年度继续办理1件。全年予以公开25件。');
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'prose-table');
  assert.ok(f.fix);
  assert.doesNotMatch(f.message, /表二/);
});
