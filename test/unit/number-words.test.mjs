// Found by a fresh user: `3件` was read as 3 with a unit and fixed to `3`, but `0 件` (a space between the number
// and its unit, half- or full-width) was "not a number" with no fix, and 零 in a value cell was not normalised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 1.属于国家秘密                                                           | 0      | 0        | 0        | 0            | 0            | 0    | 0    |';
/** The example with the 商业企业 cell of 1.属于国家秘密 (0 in the example) written as `cell`. */
const withCell = (cell) => {
  assert.ok(correct.includes(ROW));
  return correct.replace(ROW, ROW.replace(/^(\|[^|]+\|[^|]+\|) 0        \|/, `$1 ${cell} |`));
};
const cellOf = (text) => core.parseReport(text).tables.t3.rows.find((r) => r.label.startsWith('1.属于国家秘密')).cells[1];

/**
 * A count cell written `cell`: read as 0 with `invalid` (a unit, or a Chinese numeral), reported by number-invalid
 * with `message` in `locale`, fixed to `0`; the fixed report checks clean. Other words and numerals stay
 * not-a-number, without a fix.
 */
function readsAsZero(cell, { invalid, unit, locale, message }) {
  const text = withCell(cell);
  const c = cellOf(text);
  assert.equal(c.raw, cell);
  assert.equal(c.value, 0);
  assert.equal(c.invalid, invalid);
  if (unit) assert.equal(c.unit, unit);
  const f = core.checkReport(core.parseReport(text), { locale }).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1);
  assert.match(f[0].message, message);
  assert.deepEqual(f[0].fix.edits.map((e) => e.newText.trim()), ['0']);
  const fixed = core.fixAll(text).text;
  assert.equal(cellOf(fixed).raw, '0');
  assert.deepEqual(core.checkReport(core.parseReport(fixed)).map((x) => x.ruleId), []);
  for (const word of [`${cell}件`, '二十', '0 件左右']) {
    assert.equal(cellOf(withCell(word)).value, null, word);
    const w = core.checkReport(core.parseReport(withCell(word))).filter((x) => x.ruleId === 'number-invalid');
    assert.equal(w.length, 1, word);
    assert.equal(w[0].fix, undefined, word);
  }
  // `无` (none) is no number either, but its fix is 0 (number-invalid-none.test.mjs).
  const none = core.checkReport(core.parseReport(withCell('无'))).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(cellOf(withCell('无')).value, null);
  assert.deepEqual(none.map((x) => x.fix.edits.map((e) => e.newText.trim())), [['0']]);
}

for (const cell of ['0 件', '0　件', '０ 件']) {
  test(`number-invalid: “${cell}” is a number with a unit (read as 0, fixed to 0), not a word`, () => {
    readsAsZero(cell, { invalid: 'unit', unit: '件', locale: 'zh', message: /带有单位/ });
  });
}

for (const cell of ['零', '〇']) {
  test(`number-invalid: ${cell} alone in a value cell reads as 0 and is fixed to 0`, () => {
    readsAsZero(cell, { invalid: 'numeral', locale: 'en', message: /Chinese numeral/ });
  });
}

test('number-invalid: a money unit in a 表二 cell that differs from its header\'s (元 under 单位：万元) is an error with both units and the converted number, not converted', () => {
  const fee = (cell) => correct.replace(/^(\| 行政事业性收费 \| )12\.5( +\|)$/m, `$1${cell}$2`);
  const text = fee('961716000元');
  assert.notEqual(text, correct);
  const f = core.checkReport(core.parseReport(text)).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '表二“行政事业性收费”中的“961716000元”单位是“元”，而表头的单位是“万元”：请按表头单位只填数字（961716000元即 96171.6万元），未自动换算。');
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].fix, undefined);
  assert.equal(core.fixAll(text).text.includes('961716000元'), true, 'the number is left for the author');
  // The header's own unit written in the cell is not a clash.
  assert.deepEqual(core.checkReport(core.parseReport(fee('12.5万元'))).filter((x) => x.ruleId === 'number-invalid' && x.message.includes('表头的单位')), []);
});

// A number written `+21` where no sign belongs, or `021`, used to be read as 21 without a word: it is counted as
// 21 (the sums see no change) and is a warning whose fix writes it plainly; `+3` under 2019 本年增/减 is normal.
for (const [cell, form, plain, message] of [['+3', 'plus', '3', /正号/], ['03', 'leading-zero', '3', /以 0 开头/], ['０３', 'leading-zero', '3', /以 0 开头/]]) {
  test(`number-invalid: “${cell}” in a 表三 count cell reads as ${plain} (form ${form}) and is a warning fixed to “${plain}”`, () => {
    const text = withCell(cell);
    const c = cellOf(text);
    assert.equal(c.value, Number(plain));
    assert.equal(c.form, form);
    assert.equal(c.invalid, undefined);
    const all = core.checkReport(core.parseReport(text));
    const f = all.filter((x) => x.ruleId === 'number-invalid');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, message);
    assert.deepEqual(f[0].fix.edits.map((e) => e.newText.trim()), [plain]);
    // Read as its number: the sums through the cell see 3 where the example has 0 (so they fail), as they would for `3`.
    const asPlain = core.checkReport(core.parseReport(withCell(plain))).map((x) => x.ruleId).sort();
    assert.deepEqual(all.filter((x) => x.ruleId !== 'number-invalid').map((x) => x.ruleId).sort(), asPlain);
    assert.equal(cellOf(core.fixAll(text).text).raw, plain);
  });
}

test('number-invalid: “+3” under the 2019 本年增/减 column is a signed change, not an odd form; “-03” there has a leading zero', () => {
  const text = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const row = '| 行政许可             | 0              | 0         | 0            |';
  assert.ok(text.includes(row));
  const at = (v) => text.replace(row, `| 行政许可             | 0              | ${v} | 0            |`);
  const findings = (t) => core.checkReport(core.parseReport(t)).filter((x) => x.ruleId === 'number-invalid' && x.message.includes('行政许可'));
  assert.deepEqual(findings(at('+3')), []);
  const z = findings(at('-03'));
  assert.equal(z.length, 1);
  assert.deepEqual(z[0].fix.edits.map((e) => e.newText.trim()), ["-3"]);
});

// Found by a third fresh user: `12.5万元` under 本年收费金额（单位：万元） was accepted silently (`3件` in 表三 is not).
test('number-invalid: a money unit in a 表二 cell that its header already states is a warning whose fix leaves the number', () => {
  const text = correct.replace(/^(\| 行政事业性收费 \| )12\.5( +\|)$/m, '$112.5万元$2');
  assert.notEqual(text, correct);
  const f = core.checkReport(core.parseReport(text)).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /“12\.5万元”带有单位“万元”，表头已写明单位/);
  assert.match(core.fixAll(text).text, /^\| 行政事业性收费 \| 12\.5 +\|$/m);
});

// Found by a third fresh user: `减3` in the 2019 本年增/减 column was only "not a number".
test('number-invalid: 本年增/减 written in words (减3, 增加5) reads as the signed number, a warning fixed to it', () => {
  const text = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const row = '| 行政许可             | 0              | 0         | 0            |';
  assert.ok(text.includes(row));
  for (const [written, value] of [['减3', -3], ['增加5', 5], ['减少 2', -2]]) {
    const t = text.replace(row, `| 行政许可             | 10             | ${written} | 0            |`);
    const cell = core.parseReport(t).tables.t2.rows.find((r) => r.label === '行政许可').cells[1];
    assert.equal(cell.value, value, written);
    assert.equal(cell.form, 'worded-sign');
    const f = core.checkReport(core.parseReport(t)).filter((x) => x.ruleId === 'number-invalid' && x.message.includes('行政许可'));
    assert.equal(f.length, 1, written);
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual(f[0].fix.edits.map((e) => e.newText.trim()), [String(value)]);
  }
  // In a count column 减3 is that cell's invalid number, not a label that shifts the row.
  const count = text.replace(row, '| 行政许可             | 减3            | 0         | 0            |');
  const cells = core.parseReport(count).tables.t2.rows.find((r) => r.label === '行政许可').cells;
  assert.deepEqual(cells.map((c) => c.raw), ['减3', '0', '0']);
  assert.equal(cells[0].value, null);
});

test('number-invalid: an amount in Chinese numerals in 表二\'s fee cell (十二点三五万) is a Chinese numeral, without a fix, not a missing 行政事业性收费 row (breaker32 N10)', () => {
  for (const cell of ['十二点三五万', '一万二千三百五十元', '十二点五']) {
    const text = correct.replace(/^(\| 行政事业性收费 \| )12\.5( +\|)$/m, `$1${cell}$2`);
    assert.notEqual(text, correct);
    const all = core.checkReport(core.parseReport(text));
    assert.deepEqual(all.filter((x) => x.ruleId === 'row-missing'), [], cell);
    const f = all.filter((x) => x.ruleId === 'number-invalid');
    assert.equal(f.length, 1, cell);
    assert.equal(f[0].message, `表二“行政事业性收费”中的“${cell}”是汉字数字，数值单元格只填阿拉伯数字。`);
    assert.equal(f[0].fix, undefined, cell);
  }
  // In a 表三 count cell, 二十 is said to be a numeral too (not “not a number”), and not fixed to 0.
  const [g] = core.checkReport(core.parseReport(withCell('二十'))).filter((x) => x.ruleId === 'number-invalid');
  assert.match(g.message, /“二十”是汉字数字/);
  assert.equal(g.fix, undefined);
});

test('one numeral alone in a count cell (六, 十, 两) is fixed to its digit when the row\'s sum holds with it (helper-204 #10); 二十 is not', () => {
  for (const [cell, digit] of [['六', '6'], ['十', '10'], ['两', '2']]) {
    // The row's 总计 is the digit: 六 + 0 + … = 6.
    const text = withCell(cell).replace(/^(\| 1\.属于国家秘密[^\n]*\| )0( +\|)$/m, `$1${digit}$2`);
    const [f] = core.checkReport(core.parseReport(text)).filter((x) => x.ruleId === 'number-invalid');
    assert.match(f.message, new RegExp(`“${cell}”是汉字数字`));
    assert.equal(f.fix?.edits[0].newText.trim(), digit, cell);
  }
  const [g] = core.checkReport(core.parseReport(withCell('二十'))).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(g.fix, undefined);
});

// helper-205 #1: the fix above, first made without the sums, wrote 1s for a row of 一 (a dash stand-in in typed and
// OCR'd tables) and 6 where the row's sums say 2, making the table worse.
test('a lone numeral whose digit breaks its row\'s sum, or a lone 一 (a dash), is said without a fix', () => {
  const [six] = core.checkReport(core.parseReport(withCell('六'))).filter((x) => x.ruleId === 'number-invalid');
  assert.match(six.message, /“六”是汉字数字/);
  assert.equal(six.fix, undefined, 'the row\'s 总计 is 0: 6 would break it');
  // A row of 一 in a table that writes no other numeral: dashes for none, one finding for the table whose fix writes
  // 0 (never 1: brk98 #5 grouped what was one finding a cell).
  const dashes = correct.replace(ROW, `| 1.属于国家秘密 | ${new Array(7).fill('一').join(' | ')} |`);
  const found = core.checkReport(core.parseReport(dashes)).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^表三有 7 格（1 行）写的是“一”这类文字或记号而不是数字/);
  const fixed = core.fixAll(dashes).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('| 1.属于国家秘密')).replace(/\s+/g, ''), '|1.属于国家秘密|0|0|0|0|0|0|0|');
  // Two of them, or 一 in a table that writes other numerals too: each said as a numeral, without a fix.
  const two = correct.replace(ROW, `| 1.属于国家秘密 | 一 | 一 | 0 | 0 | 0 | 0 | 0 |`);
  const each = core.checkReport(core.parseReport(two)).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(each.length, 2);
  assert.ok(each.every((f) => f.fix === undefined && /是汉字数字/.test(f.message)));
  const mixed = correct.replace(ROW, `| 1.属于国家秘密 | 一 | 一 | 一 | 二 | 0 | 0 | 0 |`);
  assert.ok(core.checkReport(core.parseReport(mixed)).filter((x) => x.ruleId === 'number-invalid').every((f) => f.fix === undefined));
});
