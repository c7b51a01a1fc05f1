// section-title: a remark in brackets after the canonical title (`一、总体情况 (重复率: 40%)`, `二、主动公开政府信息情况（含表二）`)
// is said, but no fix deletes it: it is the writer's text (breaker17: fix-all dropped `(重复率: 40%)` from a heading).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('the canonical title with a bracketed remark: one info naming the remark, no fix; fix-all keeps the remark', () => {
  for (const [title, note] of [['一、总体情况 (重复率: 40%)', '(重复率: 40%)'], ['一、总体情况（含政务公开工作要点落实情况）', '（含政务公开工作要点落实情况）']]) {
    const text = edit(CORRECT, '## 一、总体情况\n', `## ${title}\n`);
    const [f, ...rest] = only(text, 'section-title').found;
    assert.deepEqual(rest, [], title);
    assert.equal(f.severity, 'info');
    assert.equal(f.fix, undefined, title);
    assert.ok(f.message.includes(`附有括注“${note}”。括注未自动删除`), f.message);
    assert.ok(core.fixAll(text).text.includes(`## ${title}\n`), title);
  }
});

test('a variant title still gets its fix (the remark rule is only for the canonical title plus a remark)', () => {
  const [f] = only(edit(CORRECT, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及下步工作打算'), 'section-title').found;
  assert.ok(f.fix);
  assert.equal(f.fix.edits[0].newText, '存在的主要问题及改进情况');
});
