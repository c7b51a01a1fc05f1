// Applications counted in 件次 (brk169 #7): the count was read as 件 with 次 left over, so prose-table's message quoted
// “收到政府信息公开申请45件” (the 次 cut off). 件次 is a unit of its own: quoted whole, compared and fixed as 件 is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('申请45件次 … 予以公开23件次: quoted with 件次, compared and fixed to 46件次 and 24件次', () => {
  const text = withParagraph('全年收到政府信息公开申请45件次，上年结转2件次，办结47件次，其中予以公开23件次。');
  const fs = proseTable(text);
  assert.deepEqual(fs.map((f) => [f.actual, f.expected]), [[45, 46], [23, 24]]);
  assert.ok(fs[0].message.startsWith('正文“收到政府信息公开申请45件次”与表三不一致'), fs[0].message);
  assert.ok(fs[1].message.startsWith('正文“予以公开23件次”与表三不一致'), fs[1].message);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('全年收到政府信息公开申请46件次，上年结转2件次，办结47件次，其中予以公开24件次。'));
  assert.deepEqual(proseTable(fixed), []);
});

test('the same in 件次 agreeing with 表三: nothing to report', () => {
  assert.deepEqual(proseTable(withParagraph('全年收到政府信息公开申请46件次，上年结转2件次，办结47件次，其中予以公开24件次。')), []);
});
