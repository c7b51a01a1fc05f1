// brk130 #5: `**★一、总体情况**` was a section-missing error without a fix, while `## ★一、…` is read (an info whose fix
// deletes the ★) and `**一、总体情况**` is accepted. A symbol before the ordinal inside a wholly bold line is decoration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('a symbol before the ordinal of a bold heading is read as decoration: an info whose fix deletes it', () => {
  for (const sym of ['★', '😀 ', '■', '✅']) {
    const text = CORRECT.replace('## 一、总体情况', `**${sym}一、总体情况**`);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['section-title', 'info']], sym);
    assert.match(findings[0].message, /序号前有多余的符号/, sym);
    assert.ok(report.headings.some((h) => h.level === 1 && h.ordinalValue === 1 && h.title === '总体情况'), sym);
    assert.equal(core.fixAll(text).text, CORRECT.replace('## 一、总体情况', '**一、总体情况**'), sym);
  }
});
