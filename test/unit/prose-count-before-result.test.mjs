// A count written before a result of 表三 or 表四 (`其中20件予以公开，6件部分公开`, `其中3件维持`, `其中2件尚未审结`) was
// not compared: only the result followed by its count was (`予以公开24件`). It is now, as 表四's groups already were
// (`2件行政复议`); a count that belongs to the phrase before it (`受理申请46件`) stays that phrase's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const under = (text, f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

test('表三: a count before the result is that result\'s', () => {
  const text = edit(CORRECT, T3_PROSE, '全年新收政府信息公开申请46件，办结47件，其中20件予以公开，6件部分公开。');
  const found = proseTable(text);
  assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[24, 20]]);
  assert.equal(under(text, found[0]), '20');
  assert.match(found[0].message, /正文“20件予以公开”与表三不一致：表三的予以公开为 24/);
  assert.deepEqual(proseTable(edit(CORRECT, T3_PROSE, '全年新收政府信息公开申请46件，办结47件，其中24件予以公开，6件部分公开，对6件不予公开的申请均依法告知理由。')), []);
});

test('表四: a count before 维持 or 尚未审结 is that result\'s, of the group named before it', () => {
  const kept = proseTable(edit(CORRECT, T4_PROSE, '全年被申请行政复议3件，其中3件维持。'));
  assert.deepEqual(kept.map((f) => [f.expected, f.actual]), [[2, 3]]);
  assert.match(kept[0].message, /表四的行政复议结果维持为 2/);
  const pending = proseTable(edit(CORRECT, T4_PROSE, '全年被申请行政复议3件；被提起行政诉讼2件，均为未经复议直接起诉，其中2件尚未审结。'));
  assert.deepEqual(pending.map((f) => [f.expected, f.actual]), [[1, 2]]);
  assert.match(pending[0].message, /未经复议直接起诉尚未审结为 1/);
  assert.deepEqual(proseTable(edit(CORRECT, T4_PROSE, '全年被申请行政复议3件，其中2件维持、1件其他结果；被提起行政诉讼2件，其中1件尚未审结。')), []);
});

test('a count already the phrase\'s before it, or with other words between, is not the result\'s', () => {
  for (const to of [
    '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。对收到的46件全部予以登记。',
    '全年新收政府信息公开申请46件，上年结转2件；办结47件予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。',
  ]) assert.deepEqual(proseTable(edit(CORRECT, T3_PROSE, to)), [], to);
  assert.deepEqual(proseTable(edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议3件维持原决定2件，被提起行政诉讼2件。')), []);
});
