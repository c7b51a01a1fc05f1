// A list after 其中 ends where the sentence goes on with a result of the same level as the one it splits (helper-202 #4):
// in `无法提供7件，其中本机关不掌握相关政府信息5件；不予处理3件；其他处理1件`, 不予处理 and 其他处理 are 无法提供's siblings, not
// its parts. Read as one list, the wrong 5 was "one of 3 listed numbers" and its fix was withheld.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；';
const findingsOf = (text) => core.checkReport(core.parseReport(text));

/** The example with its list of results written with ；, 无法提供 split by 其中 (1.本机关不掌握 is 6 in 表三). */
const withList = (n) => EXAMPLE.replace(SENTENCE, `其中予以公开24件；部分公开6件；不予公开6件；无法提供7件，其中本机关不掌握相关政府信息${n}件；不予处理3件；其他处理1件；`);

test('the list of results with ； and a 其中 inside is clean when its numbers are the table\'s', () => {
  assert.ok(EXAMPLE.includes(SENTENCE));
  assert.deepEqual(findingsOf(withList(6)), []);
});

test('a wrong count in the inner 其中 list is its own: the message does not call it one of the siblings\' list, and the fix sets it', () => {
  const text = withList(5);
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['prose-table'], found.map((f) => f.message).join('\n'));
  assert.doesNotMatch(found[0].message, /列举的 \d+ 个数/);
  assert.ok(found[0].fix, found[0].message);
  assert.equal(core.fixAll(text).text, withList(6));
});
