// prose-table on a row below 不予公开 / 无法提供 after a clause naming that result's applications (brk169 #4):
// `在不予公开的6件申请中，属于三类内部事务信息3件` (表三: 2) gave nothing, while `不予公开的6件中，属于国家秘密的1件` was
// caught: the word 申请 made the clause read as a part of the applications whose rows 表三 does not state. The rows
// 1.–8. of （三）不予公开 and 1.–3. of （四）无法提供 are parts of those results: the row's count, with or without 申请.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const HEAD = '全年新收政府信息公开申请46件，上年结转2件，办结47件。';

test('a row of the result after 在不予公开的6件申请中 / 在无法提供的7件申请中: compared with that row', () => {
  for (const [p, actual, expected] of [
    ['在不予公开的6件申请中，属于三类内部事务信息3件。', 3, 2],
    ['不予公开的6件申请中，属于三类内部事务信息3件。', 3, 2],
    ['在不予公开的6件申请中，属于国家秘密的1件。', 1, 0],
    ['在无法提供的7件申请中，本机关不掌握相关政府信息的5件。', 5, 6],
  ]) {
    const fs = proseTable(withParagraph(HEAD + p));
    assert.deepEqual(fs.map((f) => [f.severity, f.actual, f.expected]), [['error', actual, expected]], p);
  }
});

test('the rows agreeing with 表三: nothing to report', () => {
  for (const p of ['在不予公开的6件申请中，属于三类内部事务信息2件。', '在无法提供的7件申请中，本机关不掌握相关政府信息的6件。']) {
    assert.deepEqual(proseTable(withParagraph(HEAD + p)).map((f) => f.message), [], p);
  }
});

test('a row among another part (上年结转的, another result\'s) is still that part\'s, not compared', () => {
  for (const p of ['上年结转的2件申请中，属于三类内部事务信息1件。', '在无法提供的7件申请中，属于三类内部事务信息1件。']) {
    assert.deepEqual(proseTable(withParagraph(HEAD + p)).map((f) => f.message), [], p);
  }
});
