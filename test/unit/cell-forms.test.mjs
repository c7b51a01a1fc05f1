// Found by a fresh user: a 表二 cell written `约1520` lost its whole row (row-missing, and --fix inserted an empty
// 行政许可 row into the wrong block); the same cell first in a 表三 row shifted the row's numbers a column left. A
// number with a zero-width space pasted from a web page inside was "not a number"; `–8` (an en dash, Word's
// autocorrect) in the 2019 本年增/减 column was a word. And the 2019 表二's own relations were not checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const y2018 = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
const check = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale });
const replaced = (text, from, to) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

for (const cell of ['约1520', '≈1520', '共1520', '近1520件']) {
  test(`表二: “${cell}” in a value cell is that row's invalid number (number-invalid naming the word), not a missing row`, () => {
    const text = replaced(correct, '| 行政许可 | 1520             |', `| 行政许可 | ${cell}           |`);
    const f = check(text);
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
    const word = cell.match(/^\D+/)[0];
    assert.match(f[0].message, new RegExp(`“${cell}”带有“${word}”`));
    assert.equal(f[0].fix, undefined);
    const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政许可');
    assert.equal(row.cells[0].raw, cell);
    assert.equal(row.cells[0].value, null);
    // --fix changes nothing (no row inserted, no number guessed).
    assert.equal(core.fixAll(text).text, text);
  });
}

test('表三: “约1” first in a row is that cell (number-invalid), the row\'s other numbers stay in their columns', () => {
  const row = '| 2.重复申请                                                               | 1      | 0        | 0        | 0            | 1            | 0    | 2    |';
  const text = replaced(correct, row, row.replace('| 1      |', '| 约1    |'));
  const f = check(text, 'en');
  assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
  assert.match(f[0].message, /“约1” in 表三 row “2\.重复申请” carries “约”/);
  const r = core.parseReport(text).tables.t3.rows.find((x) => x.label.startsWith('2.重复申请'));
  assert.deepEqual(r.cells.map((c) => c.value), [null, 0, 0, 0, 1, 0, 2]);
});

test('表三: a zero-width space or word joiner inside a number reads as the number; a warning names the character and the fix removes it', () => {
  const row = '| 0    | 46   |';
  for (const [hidden, code] of [['4\u200b6', 'U+200B'], ['\u206046', 'U+2060']]) {
    const text = replaced(correct, row, `| 0    | ${hidden}   |`);
    const c = core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R1').cells[6];
    assert.equal(c.value, 46);
    assert.equal(c.form, 'invisible');
    const f = check(text);
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
    assert.equal(f[0].severity, 'warning');
    assert.ok(f[0].message.includes(`[${code}]`), f[0].message);
    const fixed = core.fixAll(text).text;
    assert.ok(!/[\u200b\u2060]/.test(fixed));
    assert.deepEqual(check(fixed), []);
  }
});

test('2019 表二: an en dash before a number in 本年增/减 is a minus sign (Word writes it), read as -8', () => {
  const row = '| 行政处罚 | 0              | 0         | 0            |';
  for (const minus of ['–', '−', '-']) {
    const text = replaced(y2018, row, `| 行政处罚 | 10             | ${minus}8        | 0            |`);
    const r = core.parseReport(text).tables.t2.rows.find((x) => x.label === '行政处罚');
    assert.equal(r.cells[1].value, -8, minus);
    assert.equal(r.cells[1].invalid, undefined, minus);
    assert.deepEqual(check(text).filter((x) => x.message.includes('行政处罚')), [], minus);
  }
});

test('count-relations: 上一年项目数量 + 本年增/减 below 0 is a warning at the change, naming both numbers; not fixed', () => {
  const text = replaced(y2018, '| 行政处罚 | 0              | 0         | 0            |', '| 行政处罚 | 5              | -8        | 0            |');
  const f = check(text).filter((x) => x.ruleId === 'count-relations');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /上一年项目数量 5 加本年增\/减 -8 为 -3/);
  assert.equal(f[0].fix, undefined);
  assert.equal(f[0].range.start.line, text.split('\n').findIndex((l) => l.includes('| 行政处罚 | 5')));
  // 5 + (-5) = 0 is fine.
  assert.deepEqual(check(text.replace('| -8        |', '| -5        |')).filter((x) => x.ruleId === 'count-relations'), []);
});

test('count-relations: 本年新公开数量 above 对外公开总数量 is an info note (a rule of thumb); equal is fine; the 2021 表二 has no such columns', () => {
  const row = '| 规章       | 0              | 0              | 0              |';
  const text = replaced(y2018, row, '| 规章       | 3              | 3              | 1              |');
  const f = check(text, 'en').filter((x) => x.ruleId === 'count-relations');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /本年新公开数量 3 exceeds 对外公开总数量 1/);
  assert.deepEqual(check(replaced(y2018, row, '| 规章       | 3              | 3              | 3              |')).filter((x) => x.ruleId === 'count-relations'), []);
  assert.deepEqual(check(correct).filter((x) => x.ruleId === 'count-relations'), []);
});

// Found by a second fresh user: `24①` and `24¹` were read as 241 (NFKC makes the marker a digit), with "full-width
// digits" as the reason and sums built on 241; a soft hyphen, a direction mark, U+180E, a variation selector or
// U+034F in a number made it "not a number" although it looked exactly like 24.
test('表三: a footnote marker after a number reads as the number, a warning without a fix (the note is the author\'s)', () => {
  const row = '| 0    | 46   |';
  for (const marker of ['①', '¹', '⑴', '❶']) {
    const text = replaced(correct, row, `| 0    | 46${marker} |`);
    const c = core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R1').cells[6];
    assert.equal(c.value, 46, marker);
    assert.equal(c.form, 'footnote', marker);
    const f = check(text);
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid'], marker);
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, new RegExp(`“46${marker}”带有注释标记，按 46 计算`));
    assert.equal(f[0].fix, undefined);
    assert.equal(core.fixAll(text).text, text, marker);
  }
});

test('表三: other invisible characters inside a number (soft hyphen, direction marks, U+180E, variation selector, U+034F) read as the number, named in the warning', () => {
  const row = '| 0    | 46   |';
  for (const ch of ['\u00ad', '\u200e', '\u200f', '\u202a', '\u2066', '\u180e', '\ufe0f', '\u034f']) {
    const text = replaced(correct, row, `| 0    | 4${ch}6   |`);
    const f = check(text);
    const code = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid'], code);
    assert.ok(f[0].message.includes(`4[U+${code}]6`), f[0].message);
    assert.deepEqual(check(core.fixAll(text).text), [], code);
  }
});

// Found by a third fresh user: a letter typed for a digit (`O` for 0, `l` for 1) or `.5` made the 表二 row
// invisible (row-missing, and --fix inserted a second, empty row); in 表三 it shifted the row (cell-count).
test('a letter for a digit (O, l) is the row\'s invalid number naming the digit; .5 is 0.5 in an amount column', () => {
  for (const [cell, digit] of [['O', '0'], ['l', '1']]) {
    const text = replaced(correct, '| 行政强制 | 4                |', `| 行政强制 | ${cell}                |`);
    const f = check(text);
    assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid'], cell);
    assert.match(f[0].message, new RegExp(`“${cell}”是字母“${cell}”，不是数字（是否应为 ${digit}？）`));
    assert.equal(core.fixAll(text).text, text, cell);
  }
  const t3 = replaced(correct, '| 0    | 46   |', '| O    | 46   |');
  assert.deepEqual(check(t3).map((x) => x.ruleId), ['number-invalid']);
  const fee = correct.replace(/^(\| 行政事业性收费 \| )12\.5( +\|)$/m, '$1.5$2');
  assert.notEqual(fee, correct);
  const row = core.parseReport(fee).tables.t2.rows.find((r) => r.label === '行政事业性收费');
  assert.equal(row.cells[0].value, 0.5);
  assert.ok(!check(fee).some((x) => x.ruleId === 'row-missing'));
});

// Left from a fresh user's round: `－3` (the full-width minus of the full-width input mode, ASCII digits) in the
// 2019 本年增/减 was read as -3 without a word, while `－３` was a full-width warning and `－ 3` a spaced-sign one.
test('2019 表二: a full-width minus before ASCII digits in 本年增/减 is -3 with a warning whose fix writes “-3”', () => {
  const row = '| 行政处罚 | 0              | 0         | 0            |';
  const text = replaced(y2018, row, '| 行政处罚 | 10             | －3        | 0            |');
  const cell = core.parseReport(text).tables.t2.rows.find((x) => x.label === '行政处罚').cells[1];
  assert.equal(cell.value, -3);
  assert.equal(cell.form, 'wide-sign');
  const f = check(text).filter((x) => x.message.includes('行政处罚'));
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [['number-invalid', 'warning']]);
  assert.equal(f[0].message, '表二“行政处罚”中的“－3”的正负号是全角的（“－”“＋”），应为半角，按 -3 计算；请写作“-3”。');
  assert.equal(check(text, 'en').find((x) => x.ruleId === 'number-invalid').message, '“－3” in 表二 row “行政处罚” has a full-width sign (“－” or “＋”), not an ASCII one; it is counted as -3: write “-3”.');
  // (The example has findings of its own, fixed too: only the row is compared.)
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.split('\n').includes('| 行政处罚 | 10             | -3        | 0            |'), fixed);
  assert.deepEqual(check(fixed).filter((x) => x.message.includes('行政处罚')), []);
});

// breaker25 item 6: `＋3` was read in silence while `－3` got the warning.
test('2019 表二: a full-width plus before ASCII digits in 本年增/减 is 3 with the same warning, fixed to “3”', () => {
  const row = '| 行政处罚 | 0              | 0         | 0            |';
  const text = replaced(y2018, row, '| 行政处罚 | 10             | ＋3        | 0            |');
  const cell = core.parseReport(text).tables.t2.rows.find((x) => x.label === '行政处罚').cells[1];
  assert.equal(cell.value, 3);
  assert.equal(cell.form, 'wide-sign');
  const f = check(text).filter((x) => x.message.includes('行政处罚'));
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [['number-invalid', 'warning']]);
  assert.equal(f[0].message, '表二“行政处罚”中的“＋3”的正负号是全角的（“－”“＋”），应为半角，按 3 计算；请写作“3”。');
  const fixed = core.fixAll(text).text;
  // (The fix keeps the column aligned: ＋ is two columns wide, 3 one.)
  assert.ok(fixed.split('\n').includes('| 行政处罚 | 10             | 3         | 0            |'), fixed);
});

// breaker26: the fix of `－3` in a table aligned with spaces (a web page's text) wrote `-3` one column narrower, and
// the numbers after it moved a column left. It keeps the cell's width, as the full-width digits' fix does.
test('a full-width sign fixed in a space-aligned 表二 keeps the numbers after it in their columns', () => {
  const text = readFileSync(join(ROOT, 'test', 'data', 'b26', 'r05-web-spaces-2020-district.md'), 'utf8');
  const width = core.displayWidth;
  const signs = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'number-invalid' && /[－＋]/.test(f.message));
  assert.ok(signs.length >= 1, 'the breaker\'s wide signs');
  const fixed = core.applyFixes(text, signs.flatMap((f) => f.fix.edits)).text;
  const before = text.split('\n'), after = fixed.split('\n');
  let checked = 0;
  for (const f of signs) {
    const i = f.range.start.line;
    assert.doesNotMatch(after[i], /[－＋]/);
    // (A cell that ends its line has no column after it to keep in place.)
    if (f.range.end.character >= before[i].trimEnd().length) continue;
    checked++;
    const last = before[i].trimEnd().match(/\S+$/)[0];
    assert.equal(width(after[i].slice(0, after[i].lastIndexOf(last))), width(before[i].slice(0, before[i].lastIndexOf(last))), `${before[i]}\n${after[i]}`);
  }
  assert.ok(checked >= 2, 'the 行政许可 and 其他对外管理服务事项 rows');
});
