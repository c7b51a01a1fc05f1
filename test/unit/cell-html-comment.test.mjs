// An HTML comment inside a value cell (`| 2<!-- 注 --> |`, shown as 2; helper-219 #7) was read as the cell's text: false
// number-invalid errors, and the sums through those cells skipped (a wrong 表四 total missed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** Every pipe table's cells holding 2 written with a comment after (or, `before`, before) it. */
const commented = (text, before = false) => text.split('\n').map((l) => (l.startsWith('|') ? l.replace(/\| 2( +)\|/g, before ? '| <!-- 注 -->2$1|' : '| 2<!-- 注 -->$1|') : l)).join('\n');

test('a comment in a value cell is no part of its number; a wrong total beside it is found and fixed, the comment kept', () => {
  for (const before of [false, true]) {
    const text = commented(CORRECT, before);
    assert.ok((text.match(/<!-- 注 -->/g) ?? []).length >= 8);
    assert.deepEqual(core.analyze(text).findings, [], `before: ${before}`);
  }
  // 表四's 行政复议: 2<!-- 注 --> | 0 | 1 | 0 | 3 → 总计 4.
  const text = commented(CORRECT);
  const wrong = text.replace(/^(\| 2<!-- 注 --> +\| 0 +\| 1 +\| 0 +\| )3/m, '$14');
  assert.notEqual(wrong, text);
  const errors = core.analyze(wrong).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => f.ruleId), ['sum-review']);
  assert.equal(core.fixAll(wrong).text, text);
});
