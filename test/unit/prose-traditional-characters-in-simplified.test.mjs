// Prose: traditional characters in a simplified report (brk102 #4). A sentence pasted from a `big5` page or typed
// with a traditional input method (`行政復議3件、行政訴訟2件`, `予以公開25件`) in a report otherwise simplified is too
// little of the text to read the whole report through its simplified view (text/script.ts), so its words matched no
// phrase of the prose rules and a wrong number in it was never compared. The prose now reads such characters as their
// simplified forms (as it reads full-width digits as ASCII), and still quotes the text as written.
// The base is examples/correct-2024.nianbao.md: 表三 予以公开 24; 表四 行政复议 3, 行政诉讼 2 (直接起诉 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T4 = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const brief = (f) => [f.actual, f.expected, f.severity, f.message.match(/正文“([^”]+)”/)?.[1], f.fix?.edits[0].newText];

test('行政復議, 行政訴訟 in a simplified report are compared with 表四', () => {
  assert.deepEqual(table(edit(CORRECT, T4, '全年因政府信息公开被申请行政復議4件，被提起行政訴訟3件。')).map(brief), [
    [4, 3, 'error', '行政復議4件', undefined],
    [3, 2, 'error', '行政訴訟3件', undefined],
  ]);
  // (As in r23: 引發 a list under 监督保障 of 总体情况, naming 政府信息公开.)
  const list = edit(CORRECT, '严格落实公开前保密审查，动态更新政府信息公开指南和目录。', '全年因政府信息公开引发行政復議4件、行政訴訟3件。');
  assert.deepEqual(table(list).map((f) => [f.actual, f.expected]), [[4, 3], [3, 2]]);
  // (The same numbers as the table: nothing.)
  assert.deepEqual(table(edit(CORRECT, T4, '全年因政府信息公开被申请行政復議3件，被提起行政訴訟2件。')), []);
});

test('予以公開 in a simplified report is compared with 表三 and fixed, the words kept as written', () => {
  const text = edit(CORRECT, '其中予以公开24件', '其中予以公開25件');
  assert.deepEqual(table(text).map(brief), [[25, 24, 'error', '予以公開25件', '24']]);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('其中予以公開24件'), 'only the number is rewritten');
  assert.deepEqual(table(fixed), []);
});
