// prose-table (fixZ10's note on brk162 #6): a wrong result in a list that also names a row of 表三 beside its own
// result (`其中予以公开25件、…、其他处理1件、属于行政查询事项1件`, 表三's 予以公开 24). With 24 the six results add up to
// the 47 concluded, but the listed counts, the row counted twice, to 48: the message said "改为 24 后各项之和正好是
// 句中所说的总数 47 … 改这一个数即可", which is false. It now names the six that add up and the row counted twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const RESULTS = '予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件';
const proseTable = (text, locale) => core.analyze(text, locale ? { locale } : {}).findings.filter((f) => f.ruleId === 'prose-table');

test('a wrong result beside a row of 表三 listed as a part: the message does not say the list then adds up', () => {
  for (const [list, row] of [
    [`${RESULTS.replace('24件', '25件')}、属于行政查询事项1件`, '属于行政查询事项1件'],
  ]) {
    const f = proseTable(edit(EXAMPLE, RESULTS, list));
    assert.equal(f.length, 1, list);
    const m = f[0].message;
    assert.doesNotMatch(m, /改这一个数即可/, m);
    assert.doesNotMatch(m, /列举的 7 个数/, m);
    assert.match(m, /改为 24 后这 6 项之和正好是句中所说的总数 47/, m);
    assert.ok(m.includes(`另列的“${row}”不是另一项，计入它各项之和为 48：它已含在其中一项里，被重复计算了`), m);
    const en = proseTable(edit(EXAMPLE, RESULTS, list), 'en')[0].message;
    assert.match(en, /with it the list adds up to 48, counting it twice/, en);
  }
  // The row listed in the middle (not read as a complete split): no claim that the list adds up either.
  const middle = proseTable(edit(EXAMPLE, RESULTS, RESULTS.replace('24件', '25件').replace('不予公开6件', '不予公开6件、属于行政查询事项1件')));
  assert.equal(middle.length, 1);
  assert.doesNotMatch(middle[0].message, /正好是句中所说的总数|改这一个数即可/, middle[0].message);
  // Without the row, as before: the one number is the one to correct.
  const plain = proseTable(edit(EXAMPLE, RESULTS, RESULTS.replace('24件', '25件')));
  assert.equal(plain.length, 1);
  assert.match(plain[0].message, /列举的 6 个数（25件、6件、6件、7件、3件、1件）之一，改为 24 后各项之和正好是句中所说的总数 47.*改这一个数即可/);
});
