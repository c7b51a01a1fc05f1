// A table typed in the full-width mode (`４０`, as a Chinese input method writes digits) was one number-invalid warning
// per cell: 175 for 表三, which buried every other finding in a pull request (GitHub shows 10 annotations a step).
// Three cells or more of one table are now one warning for the table, whose fix rewrites them all; fewer are said
// one by one, as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const check = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale });
const WIDE = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** The report with the value cells of the lines `from`–`to` (1-based, inclusive) written in full-width digits. */
function widened(from, to) {
  return correct.split('\n').map((l, i) => {
    if (i + 1 < from || i + 1 > to || !l.startsWith('| ')) return l;
    const cells = l.split('|');
    return cells.map((c, k) => (k > 1 ? WIDE(c) : c)).join('|');
  }).join('\n');
}

const T3_FIRST = correct.split('\n').findIndex((l) => l.startsWith('| 一、本年新收')) + 1;
const T3_LAST = correct.split('\n').findIndex((l) => l.startsWith('| 四、结转下年度')) + 1;

test('表三 typed in full-width digits: one warning naming the count, its rows and the first cell; its fix rewrites every cell', () => {
  const text = widened(T3_FIRST, T3_LAST);
  const f = check(text);
  assert.deepEqual(f.map((x) => x.ruleId), ['number-invalid']);
  const [w] = f;
  assert.equal(w.severity, 'warning');
  assert.match(w.message, /^表三有 175 格（25 行）使用了全角数字，如“一、本年新收政府信息公开申请数量”中的“４０”/);
  assert.equal(text.split('\n')[w.range.start.line].slice(w.range.start.character, w.range.end.character), '４０');
  assert.equal(w.fix.edits.length, 175);
  const fixed = core.applyFixes(text, w.fix.edits).text;
  // Only the digits changed: the report reads the same numbers and nothing is left to say.
  assert.equal(fixed.replace(/ /g, ''), correct.replace(/ /g, ''));
  assert.deepEqual(check(fixed), []);
  const en = check(text, 'en')[0].message;
  assert.match(en, /^175 cells of 表三 \(in 25 rows\) use full-width digits, such as “４０” in row “一、本年新收政府信息公开申请数量”/);
});

test('two full-width cells are said one by one, each with its own fix; three are one finding', () => {
  const row = correct.split('\n').find((l) => l.startsWith('| 一、本年新收'));
  const two = row.replace('| 40     | 3        |', '| ４０     | ３        |');
  assert.notEqual(two, row);
  const f2 = check(correct.replace(row, two));
  assert.deepEqual(f2.map((x) => x.ruleId), ['number-invalid', 'number-invalid']);
  assert.deepEqual(f2.map((x) => x.fix.edits.map((e) => e.newText.trim())), [['40'], ['3']]);
  assert.match(f2[0].message, /“４０”使用了全角数字。$/);
  const three = two.replace('| 0        | 1 ', '| ０        | 1 ');
  assert.notEqual(three, two);
  const f3 = check(correct.replace(row, three));
  assert.deepEqual(f3.map((x) => x.ruleId), ['number-invalid']);
  assert.match(f3[0].message, /^表三有 3 格（1 行）/);
  assert.deepEqual(check(core.applyFixes(correct.replace(row, three), f3[0].fix.edits).text), []);
});

test('each table is counted apart: 表二 and 表三 in full width are one warning each; an invalid cell is still said alone', () => {
  const t2First = correct.split('\n').findIndex((l) => l.startsWith('| 规章')) + 1;
  let text = widened(t2First, T3_LAST);
  text = text.replace('| 二、上年结转政府信息公开申请数量                                         | ２ ', '| 二、上年结转政府信息公开申请数量                                         | 二 ');
  const f = check(text).filter((x) => x.ruleId === 'number-invalid');
  const grouped = f.filter((x) => /格（\d+ 行）使用了全角数字/.test(x.message));
  assert.deepEqual(grouped.map((x) => x.message.slice(0, 2)), ['表二', '表三']);
  const alone = f.filter((x) => !grouped.includes(x));
  assert.equal(alone.length, 1);
  // 二 is a Chinese numeral (said so since breaker32 N10); one numeral alone is as unambiguous as 零, and fixed to its
  // digit (helper-204 #10).
  assert.match(alone[0].message, /“二”是汉字数字/);
  assert.equal(alone[0].fix.edits[0].newText.trim(), '2');
  // fix-all rewrites the full-width cells and the numeral.
  const fixed = core.fixAll(text).text;
  assert.deepEqual(check(fixed).filter((x) => x.ruleId === 'number-invalid').map((x) => x.message), []);
  assert.match(fixed, /^\| 二、上年结转政府信息公开申请数量 +\| 2 /m);
});

// breaker21: full-width decimals and negatives (`９６１７１．６` in 收费金额, `－３` in the 2019 本年增/减, `１８６．５万元`)
// were read as numbers but given no warning and no fix, while `２１４０` beside them was.
const R2019 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker8-t2-extra-local-row-2019.md'), 'utf8');

test('a full-width negative or decimal where the column takes one is said and fixed like full-width digits; elsewhere it stays an error', () => {
  // One cell: 本年增/减 of 行政许可.
  const one = R2019.replace('| 行政许可 | 45 | -3 | 1520 |', '| 行政许可 | 45 | －３ | 1520 |');
  assert.notEqual(one, R2019);
  const f = check(one).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(f.length, 1, check(one).map((x) => x.message).join('\n'));
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /“－３”使用了全角数字/);
  assert.deepEqual(f[0].fix.edits.map((e) => e.newText), ['-3']);
  assert.equal(core.fixAll(one).text, R2019);
  // Three cells of 表二: a sign, and a decimal amount with its unit (2019 采购总金额 names no unit in its header).
  const three = one.replace('| 行政事业性收费 | 3 | -1 |', '| 行政事业性收费 | 3 | －１ |').replace('| 政府集中采购 | 7 | 126.5 |', '| 政府集中采购 | 7 | １２６．５万元 |');
  const g = check(three).filter((x) => x.ruleId === 'number-invalid');
  assert.equal(g.length, 1, check(three).map((x) => x.message).join('\n'));
  assert.match(g[0].message, /表二有 3 格（3 行）使用了全角数字/);
  assert.deepEqual(g[0].fix.edits.map((e) => e.newText), ['-3', '-1', '126.5万元']);
  assert.equal(core.fixAll(three).text, R2019.replace('| 7 | 126.5 |', '| 7 | 126.5万元 |'));
  // 2024: the 收费金额 amount in full width.
  const fee = correct.replace(/^\| 行政事业性收费 \| 12\.5( +)\|/m, '| 行政事业性收费 | １２．５$1|');
  assert.notEqual(fee, correct);
  const h = check(fee);
  assert.deepEqual(h.map((x) => x.ruleId), ['number-invalid']);
  assert.match(h[0].message, /“１２．５”使用了全角数字/);
  assert.equal(core.fixAll(fee).text, correct);
  // Where the column takes no sign or no fraction, the cell stays an error without a fix.
  const text = correct.replace(/^\| 行政许可 \| (\d+)/m, '| 行政许可 | －３').replace(/^\| 行政处罚 \| (\d+)/m, '| 行政处罚 | １．５');
  const bad = check(text).filter((x) => x.ruleId === 'number-invalid');
  assert.deepEqual(bad.map((x) => [x.severity, x.fix]), [['error', undefined], ['error', undefined]], bad.map((x) => x.message).join('\n'));
  assert.match(bad[0].message, /是负数/);
  assert.match(bad[1].message, /是小数/);
});

test('breaker22 r03a: `－ 1` (a sign, a space, then the digits) in the 2019 本年增/减 is -1 with a warning and a fix, not “不是数字”', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/reports/breaker22-r03a-fullwidth-2019fmt-2020.md'), 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('| 行政强制 | 4 | － 1 |'));
  assert.ok(line > 0);
  const f = check(text).filter((x) => x.ruleId === 'number-invalid' && x.range.start.line === line && /－ 1/.test(x.message));
  assert.deepEqual(f.map((x) => [x.severity, x.message]), [['warning', '表二“行政强制”中的“－ 1”的符号与数字之间有空格，按 -1 计算；请写作“-1”。']]);
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政强制');
  assert.equal(row.cells[1].value, -1);
  const fixed = core.applyFixes(text, f[0].fix.edits).text;
  assert.equal(fixed.split('\n')[line].replace(/ +/g, ' '), '| 行政强制 | 4 | -1 | ３ |');
});

test('a sign with a space before the digits in a 表三 pipe cell (`- 2`, `－ 2`) is read as a value: a negative count, not a short row', () => {
  for (const cell of ['- 2   ', '－ 2  ']) {
    const text = correct.replace('| 二、上年结转政府信息公开申请数量                                         | 2      |', `| 二、上年结转政府信息公开申请数量                                         | ${cell} |`);
    assert.notEqual(text, correct);
    const f = check(text);
    assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.message]), [['number-invalid', 'error', `表三“二、上年结转政府信息公开申请数量”中的“${cell.trim()}”是负数，而这里只能填非负整数。`]]);
  }
});
