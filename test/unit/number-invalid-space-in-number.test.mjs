// brk156 #4: `1 520` (a plain space between digit groups) in a count cell was said to be no number, with the advice to
// write notes outside the table, and had no fix; `1[U+00A0]520` is said as a number with a space inside and fixed when
// the space parts groups of three. A plain space is said and fixed the same way (no code point: it is what it looks
// like); digits not grouped by threes may be two numbers run together: said so, no fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

/** The example with 表二's 行政许可 cell (1520) written as `cell`. */
const withCell = (cell) => {
  const text = CORRECT.replace(/^(\| 行政许可 +\| )1520( *)\|/m, (_w, a, pad) => `${a}${cell}${pad.slice(Math.max(0, cell.length - 4))}|`);
  assert.notEqual(text, CORRECT);
  return text;
};

for (const [cell, digits] of [['1 520', '1520'], ['12 305', '12305']]) {
  test(`“${cell}” in 表二: a number with a space between its digit groups, fixed to ${digits}`, () => {
    const text = withCell(cell);
    const f = core.analyze(text).findings;
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
    assert.match(f[0].message, /数字中间夹有空格/);
    assert.ok(f[0].message.includes(`“${digits}”（修复会这样改写）`), f[0].message);
    assert.doesNotMatch(f[0].message, /说明文字写在表外|U\+/);
    assert.ok(f[0].fix, 'a fix');
    const fixed = core.fixAll(text).text;
    assert.match(fixed, new RegExp(`^\\| 行政许可 +\\| ${digits} *\\|`, 'm'));
    if (digits === '1520') assert.deepEqual(core.analyze(fixed).findings, []);
  });
}

test('“1 520” in English: a space between its digits, not words for outside the table', () => {
  const f = core.checkReport(core.parseReport(withCell('1 520')), { locale: 'en' });
  assert.equal(f.length, 1);
  assert.match(f[0].message, /has a space between its digits \(a thousands separator\): write the number alone, “1520”/);
});

for (const cell of ['15 20', '1  520']) test(`digits not grouped by threes, or two spaces apart (${cell}): a space inside, maybe two numbers run together; no fix`, () => {
  const f = core.analyze(withCell(cell)).findings;
  assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
  assert.ok(f[0].message.includes(`“${cell}”数字中间夹有空格，不是数字：请只填一个数（可能是两个数连在一起）`), f[0].message);
  assert.equal(f[0].fix, undefined);
});

test('a plain space and a no-break space in one number: both named, the no-break space by its code point; fixed', () => {
  const text = withCell('1 520\u00a0000');
  const f = core.analyze(text).findings.filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /“1 520\[U\+00A0\]000”数字中间夹有空格、不换行空格 U\+00A0/);
  assert.ok(f[0].fix);
});
