// brk130 #6: `打印丨关闭丨一、总体情况` (a page's print bar copied before the heading): section-missing said its fix
// "会把标题插在第 29 行之前", and the editor's quick fix, run alone, inserted a second 一、总体情况. The heading is read
// behind the controls; page-leftover's fix deletes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('a section heading behind page controls is read; only page-leftover is said, its fix leaves the heading', () => {
  for (const [bar, shown] of [['打印丨关闭丨', '打印丨关闭'], ['【打印】 【关闭】 ', '【打印】 【关闭】'], ['打印丨', '打印']]) {
    const text = CORRECT.replace('## 一、总体情况', `${bar}一、总体情况`);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['page-leftover'], bar);
    assert.match(findings[0].message, new RegExp(`“${shown.replace(/[[\]]/g, '\\$&')}”`), bar);
    const one = report.headings.find((h) => h.level === 1 && h.ordinalValue === 1);
    assert.equal(one?.line, 4, bar);
    assert.equal(one?.title, '总体情况', bar);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.match(/一、总体情况/g).length, 1, bar);
    assert.equal(fixed, CORRECT.replace('## 一、总体情况', '一、总体情况'), bar);
  }
});
