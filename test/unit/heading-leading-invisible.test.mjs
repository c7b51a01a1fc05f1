// brk127 #1: an invisible character (U+200B, U+200C, U+200D, U+2060, U+00AD, U+200E) at the start of a heading line hid
// the heading: section-missing quoted a line that looked like the title, and its fix inserted a second, empty heading.
// The line is read as the heading; section-title names the character, and its fix deletes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200e'];

test('an invisible character before a # heading\'s ordinal: the heading is read, the character named and deleted', () => {
  for (const z of INVISIBLES) {
    for (const [from, to, after] of [['## 五、', `## ${z}五、`, '## 五、'], ['## 一、', `${z}## 一、`, '## 一、'], ['## 三、', `##${z}三、`, '##三、']]) {
      const text = CORRECT.replace(from, to);
      assert.notEqual(text, CORRECT);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['section-title'], JSON.stringify(to));
      assert.match(findings[0].message, /看不见的字符 \[U\+[0-9A-F]{4}\]/);
      assert.equal(report.sections.length, 6);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, CORRECT.replace(from, after), JSON.stringify(to));
    }
  }
});

test('plain-text report with U+200B before every section heading: six headings read, the fix adds none', () => {
  const plain = CORRECT.replace(/^## (?=[一二三四五六]、)/gm, '\u200b');
  assert.equal(plain.match(/\u200b/g).length, 6);
  const { report, findings } = core.analyze(plain);
  assert.deepEqual(report.sections.map((s) => s.heading.ordinalValue), [1, 2, 3, 4, 5, 6]);
  assert.ok(!findings.some((f) => f.ruleId === 'section-missing'));
  const fixed = core.fixAll(plain).text;
  assert.doesNotMatch(fixed, /\u200b/);
  for (const t of ['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) assert.equal(fixed.split(t).length, 2, t);
});
