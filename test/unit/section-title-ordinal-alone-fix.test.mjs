// brk163 #1: a section heading typed as its ordinal alone without 、 (`## 一`) is read as section 一 with its title
// missing; section-title's fix (the editor's one quick fix while typing the heading) wrote only the title after the
// numeral, `## 一总体情况`, which is no section heading (section-missing then). `nianbao check --fix` got it right only
// because section-order's fix wrote the 、 in another pass. The section-title fix of a heading numbered in another
// style now writes the format's ordinal too (the one section-order's fix writes), so applied alone it leaves the
// full title its message names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
/** `text` with the one section-title finding's fix applied alone (as the editor's quick fix does). */
function quickFix(text) {
  const [f, ...more] = core.analyze(text).findings.filter((g) => g.ruleId === 'section-title');
  assert.equal(more.length, 0);
  assert.ok(f.fix, f.message);
  return { f, out: core.applyFixes(text, f.fix.edits).text };
}

for (const [written, heading] of [['## 一', '## 一、总体情况'], ['## （一）', '## 一、总体情况'], ['## 一 总体情况。', '## 一、总体情况'], ['## （一）总体情况。', '## 一、总体情况']]) {
  test(`section-title: the quick fix of “${written}” alone writes “${heading}”, a section heading`, () => {
    const text = edit(BASE, '## 一、总体情况\n', `${written}\n`);
    assert.ok(ids(text).includes('section-order'));
    const { f, out } = quickFix(text);
    assert.equal(f.fix.title.zh, '改为“一、总体情况”');
    assert.equal(f.fix.title.en, 'Change to “一、总体情况”');
    assert.equal(out, BASE);
    const after = ids(out);
    for (const id of ['section-missing', 'section-title', 'section-order']) assert.ok(!after.includes(id), `${id} after the fix`);
  });
}

test('section-title: a heading numbered as the format numbers it keeps its ordinal; the fix writes the title only (the action title quotes the heading with its ordinal, brk167 #7)', () => {
  const text = edit(BASE, '## 一、总体情况\n', '## 一、\n');
  const { f, out } = quickFix(text);
  assert.equal(f.fix.title.zh, '改为“一、总体情况”');
  assert.deepEqual(f.fix.edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]), [[5, 5, '总体情况']]);
  assert.equal(out, BASE);
  // The whole fix-all gives the same text as the one quick fix.
  assert.equal(core.fixAll(edit(BASE, '## 一、总体情况\n', '## 一\n')).text, BASE);
});
