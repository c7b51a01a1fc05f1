// prose-percent on a result's share after a sentence with counts (brk128 #8): `…46件，上年结转2件。在办结的47件申请中，予以公开
// 24件，占60%。` was silent, the 46 of the sentence before making the whole look uncertain; a result's share is of the count
// concluded, and there is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const S = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const percents = (sentence) => core.analyze(edit(CORRECT, S, sentence)).findings.filter((f) => f.ruleId === 'prose-percent').map((f) => [f.actual, f.expected]);

test('a result\'s share is of the one count concluded, whatever counts received the sentence before gives', () => {
  assert.deepEqual(percents('全年新收政府信息公开申请46件，上年结转2件。在办结的47件申请中，予以公开24件，占60%。'), [[60, 51.1]]);
  assert.deepEqual(percents('全年新收政府信息公开申请46件，上年结转2件。在办结的47件申请中，予以公开24件，占51.1%。'), []);
  // No count concluded: the whole is still not a count received.
  assert.deepEqual(percents('全年新收政府信息公开申请46件，上年结转2件。予以公开24件，占60%。'), []);
});
