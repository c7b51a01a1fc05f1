// A value cell whose digits an HTML comment parts (`1<!-- 注 -->520`, brk92 #10): Markdown shows 1520, but the cell was
// said to be "not a number" with no fix. Now the message says the comment parts the digits and what the cell shows,
// and the fix writes the comment after the number, its text kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('digits parted by an HTML comment: said as such, fixed to the number with the comment after it', () => {
  const text = edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可 | 1<!-- 待核 -->520 |');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid']);
  const [f] = findings;
  assert.equal(f.severity, 'error');
  assert.match(f.message, /数字中间夹有 HTML 注释：渲染时显示为 1520/);
  assert.match(f.message, /写作“1520<!-- 待核 -->”/);
  assert.equal(f.range.start.line, 41);
  // (Fix-all also pads the table's other rows to the new cell's width.)
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /^\| 行政许可 \| 1520<!-- 待核 --> \|$/m);
  const loose = (t) => t.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
  assert.equal(loose(fixed), loose(CORRECT.replace('1520', '1520<!-- 待核 -->')));
  assert.deepEqual(core.analyze(fixed).findings, []);
  // In English too, with two comments and spaces around them.
  const two = CORRECT.replace('| 25           |', '| 2 <!-- a --> 5<!-- b --> |');
  const en = core.analyze(two, { locale: 'en' }).findings.filter((x) => x.ruleId === 'number-invalid');
  assert.equal(en.length, 1);
  assert.match(en[0].message, /has an HTML comment inside its number: it shows as 25/);
  assert.equal(loose(core.fixAll(two).text), loose(CORRECT.replace('| 25           |', '| 25<!-- a --><!-- b --> |')));
});

test('a comment before or after the number, or in a cell of words, is no comment inside a number', () => {
  for (const cell of ['1520<!-- 待核 -->', '<!-- 待核 -->1520']) {
    const text = edit(CORRECT, '| 行政许可 | 1520             |', `| 行政许可 | ${cell} |`);
    assert.deepEqual(core.analyze(text).findings, [], cell);
  }
  const words = edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可 | 无<!-- 待核 --> |');
  const f = core.analyze(words).findings.filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1);
  assert.doesNotMatch(f[0].message, /数字中间夹有/);
});
