// breaker50 #12: a 表三 filled in with the unit after every number (`40件`) gave 175 separate number-invalid errors.
// Three or more such cells of one table are one error for the table (as full-width digits are one warning), whose
// fix writes them all as numbers; one or two are still said one by one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
const t3 = core.parseReport(CORRECT).tables.t3.range;
/** The example with every number of 表三 written with `件` after it. */
const withUnits = lines.map((l, i) => (i > t3.start.line && i <= t3.end.line && l.startsWith('|') ? l.replace(/\| (\d+)( *)(?=\|)/g, (_, n, pad) => `| ${n}件${pad.slice(1)}`) : l)).join('\n');

test('every 表三 number written with 件: one error for the table, whose fix writes them all as numbers', () => {
  assert.notEqual(withUnits, CORRECT);
  const { findings } = core.analyze(withUnits);
  assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid']);
  assert.match(findings[0].message, /^表三有 175 格（25 行）在数字后写了单位，如“一、本年新收政府信息公开申请数量”中的“40件”/);
  assert.equal(findings[0].fix.edits.length, 175);
  const fixed = core.applyFixes(withUnits, findings[0].fix.edits).text;
  // (件 is two columns wide: the padding the fix keeps differs from the example's, the text does not.)
  assert.equal(fixed.replace(/ +/g, ' '), CORRECT.replace(/ +/g, ' '));
  assert.deepEqual(core.analyze(fixed).findings, []);
});

test('one or two such cells are said one by one, each with its fix', () => {
  const two = CORRECT.replace(/^(\| 1\.属于国家秘密 +\| )0 /m, '$10件').replace(/^(\| 2\.重复申请 +\| )1 /m, '$11件');
  assert.notEqual(two, CORRECT);
  const found = core.analyze(two).findings.filter((f) => f.ruleId === 'number-invalid');
  assert.equal(found.length, 2);
  for (const f of found) assert.match(f.message, /中的“\d件”带有单位，数值单元格只填数字。$/);
  assert.equal(core.applyFixes(two, found.flatMap((f) => f.fix.edits)).text, CORRECT);
});
