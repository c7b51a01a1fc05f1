// brk132 #1, #2, #5, #6, #7: junk pasted from a web page before a heading's ordinal — a page's print/close controls
// (`打印丨关闭丨`), a symbol (`★`), a zero-width no-break space (U+FEFF) or a zero-width space — in every heading form
// (after `##`, inside bold, on a plain line, mixed in either order, before a sub-heading). The heading is read behind
// the junk; a rule says the junk and its fix deletes it; no second heading is ever inserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

function check(text, fixedHeading, label) {
  const { report, findings } = core.analyze(text);
  const ids = findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('section-missing'), `${label}: ${ids}`);
  assert.ok(findings.length >= 1 && findings.every((f) => f.severity !== 'error'), `${label}: ${ids}`);
  const one = report.headings.find((h) => h.level === 1 && h.ordinalValue === 1);
  assert.equal(one?.line, 4, label);
  assert.equal(one?.title, '总体情况', label);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.match(/一、(?:\*\*)?总体情况/g).length, 1, label);
  assert.equal(fixed, CORRECT.replace('## 一、总体情况', fixedHeading), label);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], label);
}

test('page controls after ## or inside bold, and mixed with a symbol, are read as junk before the heading (brk132 #1, #2)', () => {
  check(CORRECT.replace('## 一、总体情况', '## 打印丨关闭丨一、总体情况'), '## 一、总体情况', '## controls');
  check(CORRECT.replace('## 一、总体情况', '**打印丨关闭丨一、总体情况**'), '**一、总体情况**', 'bold controls');
  check(CORRECT.replace('## 一、总体情况', '## ★打印丨关闭丨一、总体情况'), '## 一、总体情况', '## star controls');
  check(CORRECT.replace('## 一、总体情况', '打印丨关闭丨★一、总体情况'), '一、总体情况', 'plain controls star');
  check(CORRECT.replace('## 一、总体情况', '★打印丨关闭丨一、总体情况'), '一、总体情况', 'plain star controls');
  const { findings } = core.analyze(CORRECT.replace('## 一、总体情况', '## 打印丨关闭丨一、总体情况'));
  assert.match(findings[0].message, /页面元素“打印丨关闭丨”/);
});

test('a symbol before a plain-line section heading is decoration, as after ## (brk132 #5)', () => {
  check(CORRECT.replace('## 一、总体情况', '★一、总体情况'), '一、总体情况', 'plain star');
  check(CORRECT.replace('## 一、总体情况', '  ● 一、总体情况'), '  一、总体情况', 'indented bullet');
  check(CORRECT.replace('## 一、总体情况', '**★一、**总体情况'), '**一、**总体情况', 'bold ordinal star');
  const { findings } = core.analyze(CORRECT.replace('## 一、总体情况', '★一、总体情况'));
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['section-title', 'info']]);
  // A symbol before other text on a plain line is no heading: a list item stays text.
  const item = core.analyze(CORRECT.replace('## 二、', '★ 全年发布信息1200条\n\n## 二、'));
  assert.equal(item.report.headings.length, core.analyze(CORRECT).report.headings.length);
  assert.deepEqual(item.findings.map((f) => f.ruleId), []);
});

test('U+FEFF after ## is said and deleted; junk before a sub-heading ordinal is said and deleted (brk132 #6, #7)', () => {
  check(CORRECT.replace('## 一、总体情况', '## \ufeff一、总体情况'), '## 一、总体情况', 'feff');
  const feff = core.analyze(CORRECT.replace('## 一、总体情况', '## \ufeff一、总体情况')).findings;
  assert.match(feff[0].message, /看不见的字符 \[U\+FEFF\]/);
  for (const [junk, label] of [['打印丨关闭丨', 'controls'], ['\u200b', 'zwsp'], ['\ufeff', 'feff'], ['★打印丨关闭丨', 'star controls']]) {
    const text = CORRECT.replace('### （一）主动公开', `### ${junk}（一）主动公开`);
    assert.notEqual(text, CORRECT);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-title'], label);
    assert.match(findings[0].message, /小标题“（一）主动公开”/, label);
    assert.equal(core.fixAll(text).text, CORRECT, label);
  }
  // A symbol alone before a sub-heading's ordinal is the writer's decoration: not said (brk126 #2).
  assert.deepEqual(core.analyze(CORRECT.replace('### （一）主动公开', '### ★（一）主动公开')).findings, []);
});
