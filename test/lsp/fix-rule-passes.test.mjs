// "Fix all row-missing in this document" inserted one of four missing rows and said "(1 处)" (helper-222 #8): rows
// missing one after another in a 表三 group are inserted at the same place, one per pass. The rule's fix-all now runs
// the engine's passes for that rule alone, as source.fixAll does for all rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, applyEdits, editsOf, root } from './client.mjs';

const CORRECT = readFileSync(join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const GONE = ['| 2.其他法律行政法规禁止公开', '| 3.危及“三安全一稳定”', '| 3.要求提供公开出版物', '| 4.无正当理由大量反复申请'];
const TEXT = CORRECT.split('\n').filter((l) => !GONE.some((g) => l.startsWith(g))).join('\n');

test('the fix-all of row-missing inserts every missing row and counts them', async () => {
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-rows/four.nianbao.md';
    const ds = (await s.openAndWait(uri, TEXT)).filter((d) => d.code === 'row-missing');
    assert.equal(ds.length, 4);
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
    const all = actions.find((a) => /^修复本文档中全部 row-missing 问题/.test(a.title));
    assert.equal(all?.title, '修复本文档中全部 row-missing 问题（4 处）');
    const fixed = applyEdits(TEXT, editsOf(all, uri));
    for (const g of GONE) assert.ok(fixed.includes(g), g);
    const after = (await s.openAndWait('file:///tmp/nianbao-rows/after.nianbao.md', fixed)).filter((d) => d.code === 'row-missing');
    // The rows are there, blank where the table's sums cannot decide their numbers (said as blank rows now).
    assert.ok(after.every((d) => /没有数字/.test(d.message)), after.map((d) => d.message).join('\n'));
  } finally {
    await s.srv.stop();
  }
});
