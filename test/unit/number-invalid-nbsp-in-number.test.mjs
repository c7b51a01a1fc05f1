// brk127 #8: a no-break space (or a thin space) between a number's digits, `1\u00a0520`, looked like a plain space in the
// message, and had no fix. It is named by its code point; between groups of three digits (a thousands separator as
// some typesetting writes one) the fix joins the digits.
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

for (const [sep, name] of [['\u00a0', 'U+00A0'], ['\u202f', 'U+202F'], ['\u2009', 'U+2009']]) {
  test(`1${name}520: named, fixed to 1520`, () => {
    const text = withCell(`1${sep}520`);
    const f = core.analyze(text).findings;
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
    assert.ok(f[0].message.includes(`“1[${name}]520”`), f[0].message);
    assert.ok(f[0].message.includes(name));
    assert.ok(f[0].fix, 'a fix');
    const fixed = core.fixAll(text).text;
    assert.match(fixed, /^\| 行政许可 +\| 1520 *\|/m);
    assert.deepEqual(core.analyze(fixed).findings, []);
  });
}

test('digits not grouped by threes around a no-break space (15\u00a020): named, no fix (maybe two numbers)', () => {
  const f = core.analyze(withCell('15\u00a020')).findings;
  assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
  assert.ok(f[0].message.includes('“15[U+00A0]20”'), f[0].message);
  assert.equal(f[0].fix, undefined);
});

test('a plain space between the digits (1 520) is said as before, not as a no-break space', () => {
  const f = core.analyze(withCell('1 520')).findings;
  assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
  assert.ok(!f[0].message.includes('U+'), f[0].message);
});
