// brk158 #4: a share whose part is named by result names and whose whole is named as the applications concluded, with
// the counts in the sentence before, was not checked: `办结75件，其中予以公开30件、部分公开6件、…。予以公开和部分公开的申请
// 占办结总数的40%` is (30 + 6) / 75 = 48%. (40% is 30 / 75, 予以公开 alone: the text names both results, so that is no
// reading of it.) Base: examples/correct-2024 (办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const END = '结转下年度继续办理1件。';
const percentOf = (s, locale) => core.analyze(edit(CORRECT, END, `${END}${s}`), locale ? { locale } : undefined).findings.filter((f) => f.ruleId === 'prose-percent');

test('a share named by results joined by 和 over 办结总数 is the sum of their counts over the count concluded', () => {
  // 24 / 47 = 51.1% (予以公开 alone) is no reading of it: (24 + 6) / 47 = 63.8%.
  const found = percentOf('予以公开和部分公开的申请占办结总数的51.1%。');
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[51.1, 63.8]]);
  assert.match(found[0].message, /\(24 \+ 6\) \/ 47 = 63\.8%/);
  assert.match(percentOf('予以公开和部分公开的申请占办结总数的51.1%。', 'en')[0].message, /\(24 \+ 6\) \/ 47 = 63\.8%/);
  for (const right of ['予以公开和部分公开的申请占办结总数的63.8%。', '予以公开、部分公开两项合计占全部办结申请的64%。', '不予公开和无法提供的申请占办结总数的27.7%。']) {
    assert.deepEqual(percentOf(right).map((f) => f.message), [], right);
  }
  assert.deepEqual(percentOf('不予公开和无法提供的申请占办结总数的30%。').map((f) => [f.actual, f.expected]), [[30, 27.7]]);
});

test('one result named alone is checked the same way; counts not stated in the window leave it unchecked', () => {
  assert.deepEqual(percentOf('予以公开的申请占办结总数的45%。').map((f) => [f.actual, f.expected]), [[45, 51.1]]);
  // The counts are not in the window (this sentence and the one before): nothing is guessed.
  assert.deepEqual(percentOf('全年工作平稳。予以公开和部分公开的申请占办结总数的40%。').map((f) => f.message), []);
});
