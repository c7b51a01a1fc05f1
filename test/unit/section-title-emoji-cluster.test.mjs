// brk130 #7: `## ⭐️一、总体情况` (⭐ with U+FE0F, as emoji are usually typed) was said to have "看不见的字符 ⭐[U+FE0F]";
// so was 👨‍💼 (two pictographs joined by U+200D). The selector and the joiner are part of the visible symbol.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('an emoji with a variation selector or a joiner before the ordinal is a stray symbol, shown as written', () => {
  for (const sym of ['⭐\ufe0f', '👨\u200d💼', '❤\ufe0f']) {
    const text = CORRECT.replace('## 一、总体情况', `## ${sym}一、总体情况`);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-title'], sym);
    assert.ok(findings[0].message.includes(`序号前有多余的符号“${sym}”`), findings[0].message);
    assert.ok(!/看不见|U\+/.test(findings[0].message), findings[0].message);
    assert.equal(core.fixAll(text).text, CORRECT, sym);
  }
});

test('an invisible character standing alone is still said to be one', () => {
  const text = CORRECT.replace('## 一、总体情况', '## \u200b一、总体情况');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['section-title']);
  assert.match(findings[0].message, /看不见的字符 \[U\+200B\]/);
  assert.equal(core.fixAll(text).text, CORRECT);
});
