// brk87 #6: a symbol before a Markdown heading's ordinal (`## 😀五、…`, `## ■五、…`) hid the heading: the section was
// section-missing and its fix inserted a second heading above this one. The ordinal after it is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

// brk126 #2: before a section's ordinal the symbol is said (section-title), and its fix deletes it; before a
// sub-heading's it is not.
test('a symbol before a # heading\'s ordinal is decoration: the section and sub-section are found, the section\'s symbol is said', () => {
  for (const sym of ['😀', '■', '●', '★', '◆', '▲', '※', '→', '👉 ', '✅']) {
    const text = CORRECT.replace('## 五、', `## ${sym}五、`).replace('### （一）主动公开', `### ${sym}（一）主动公开`);
    assert.notEqual(text, CORRECT);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-title'], sym);
    assert.match(findings[0].message, /序号前有多余的符号/, sym);
    assert.equal(core.fixAll(text).text, CORRECT.replace('### （一）主动公开', `### ${sym}（一）主动公开`), sym);
    const five = report.headings.find((h) => h.level === 1 && h.ordinalValue === 5);
    assert.equal(five?.title, '存在的主要问题及改进情况', sym);
    assert.equal(text.split('\n')[five.line].slice(five.ordinalRange.start.character, five.ordinalRange.end.character), '五、', sym);
    assert.ok(report.headings.some((h) => h.level === 2 && h.title === '主动公开'), sym);
  }
});

test('with a symbol and a variant title, section-title fixes the title and deletes the symbol; a fix never adds a heading', () => {
  const text = CORRECT.replace('## 五、存在的主要问题及改进情况', '## 😀五、存在主要问题及改进情况');
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['section-title', 'section-title']);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, CORRECT);
  assert.equal(fixed.match(/五、存在的主要问题及改进情况/g).length, 1);
});
