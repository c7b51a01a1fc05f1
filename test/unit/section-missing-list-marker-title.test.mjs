// brk130 #4: a section's title written after a list marker or item number (`- 一、总体情况`, `1. 一、总体情况`,
// `## 1、一、…`, `## 1️⃣一、…`) or with its number in brackets (`## 【一】总体情况`) is not read as the heading, and
// section-missing's fix inserted a second, empty heading before 二 (while `* 一、总体情况` was said to be the title).
// Every form is said like `*`: the line named, nothing inserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('a section title after a list marker, an item number or with a bracketed number is named, never inserted twice', () => {
  for (const form of ['* 一、总体情况', '- 一、总体情况', '+ 一、总体情况', '1. 一、总体情况', '1) 一、总体情况', '## 1、一、总体情况', '## 1️⃣一、总体情况', '## 【一】总体情况', '【一】总体情况', '## 〔一〕总体情况']) {
    const text = CORRECT.replace('## 一、总体情况', form);
    assert.notEqual(text, CORRECT);
    const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');
    assert.equal(missing.length, 1, form);
    assert.equal(missing[0].range.start.line, 4, form);
    assert.match(missing[0].message, /第 5 行.*似乎就是这一部分的标题.*未自动插入/, form);
    assert.equal(missing[0].fix, undefined, form);
    assert.ok(!core.fixAll(text).text.includes('## 一、总体情况'), form);
  }
});
