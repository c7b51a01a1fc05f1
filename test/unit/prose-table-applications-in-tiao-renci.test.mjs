// prose-table on applications counted in 条 or 人次 (brk169 #5): `收到政府信息公开申请45条，上年结转2条，办结47条，其中
// 予以公开23条` (表三: 46 and 24) gave nothing, while the same in 件, 宗, 个, 份 or 件次 was reported. Read only in a
// sentence that names the applications with a count in that unit: 条 elsewhere counts items published, 人次 people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('applications in 条 or 人次 are compared with 表三, and fixed in that unit', () => {
  for (const unit of ['条', '人次']) {
    const text = withParagraph(`全年收到政府信息公开申请45${unit}，上年结转2${unit}，办结47${unit}，其中予以公开23${unit}。`);
    const fs = proseTable(text);
    assert.deepEqual(fs.map((f) => [f.severity, f.actual, f.expected, f.fix?.edits[0].newText]), [['error', 45, 46, '46'], ['error', 23, 24, '24']], unit);
  }
});

test('the right counts in 条 give nothing; 条 without the applications named in it is not read', () => {
  assert.deepEqual(proseTable(withParagraph('全年收到政府信息公开申请46条，上年结转2条，办结47条，其中予以公开24条。')), []);
  assert.deepEqual(proseTable(withParagraph('全年新收政府信息公开申请46件，上年结转2件，办理群众留言45条。')), []);
});
