// A word or placeholder in a value cell of a space-aligned (pdftotext -layout) or tab-separated 表二 row (brk154 #2):
// `行政许可        见附件` in hongze 2024 was read as a row with no numbers, row-missing saying "整行空白" (or, for
// `规章   见附件   0   0`, "不在格式规定的位置"), while the pipe table says the cell is not a number. Now the word is
// the row's cell, as in a pipe row: number-invalid names it, the row's other numbers stay in their columns, and
// row-missing says nothing of the row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const t2Row = (text, id) => core.parseReport(text).tables.t2.rows.find((r) => r.id === id);
const PERMIT = /^(行政许可 +)9487$/m;
const RULES = /^(规章 +)0( +)0( +)0$/m;

test('a word or placeholder in a space-aligned 表二 cell is number-invalid, not a blank row (brk154 #2)', () => {
  assert.match(HONGZE_2024, PERMIT);
  for (const word of ['见附件', 'XX', '不适用']) {
    const text = HONGZE_2024.replace(PERMIT, `$1${word}`);
    const found = findingsOf(text);
    assert.deepEqual(found.filter((f) => f.ruleId === 'row-missing'), [], word);
    const bad = found.filter((f) => f.ruleId === 'number-invalid');
    assert.equal(bad.length, 1, word);
    assert.equal(bad[0].message, `表二“行政许可”中的“${word}”不是数字：请只填阿拉伯数字，说明文字写在表外。`);
    const line = text.split('\n')[bad[0].range.start.line];
    assert.equal(line.slice(bad[0].range.start.character, bad[0].range.end.character), word);
    const row = t2Row(text, 'T2.3');
    assert.equal(row.match.kind, 'exact');
    assert.equal(row.cells[0].raw, word);
    assert.equal(row.cells[0].value, null);
  }
});

test('a word in any cell of a space-aligned 表二 row with several columns keeps the others in their columns', () => {
  assert.match(HONGZE_2024, RULES);
  for (const [written, values] of [['$1见附件$20$30', [null, 0, 0]], ['$10$2见附件$30', [0, null, 0]], ['$10$20$3XX', [0, 0, null]]]) {
    const text = HONGZE_2024.replace(RULES, written);
    const found = findingsOf(text);
    assert.deepEqual(found.filter((f) => f.ruleId === 'row-missing' || f.ruleId === 'table-unreadable'), [], written);
    assert.equal(found.filter((f) => f.ruleId === 'number-invalid').length, 1, written);
    assert.deepEqual(t2Row(text, 'T2.1').cells.map((c) => c?.value ?? null), values, written);
  }
  // Tab-separated (a Word copy) likewise.
  const tabbed = HONGZE_2024.replace(RULES, '规章\t不适用\t0\t0');
  const found = findingsOf(tabbed);
  assert.deepEqual(found.filter((f) => f.ruleId === 'row-missing'), []);
  assert.match(found.find((f) => f.ruleId === 'number-invalid')?.message ?? '', /^表二“规章”中的“不适用”不是数字/);
});

test('words one space after a label are no cell: prose wrapped from a PDF is not read as a row', () => {
  // (One space parts words, not cells, in a space-aligned text: such a line is unchanged in how it reads.)
  const text = HONGZE_2024.replace(PERMIT, '行政许可 见附件');
  assert.deepEqual(findingsOf(text).filter((f) => f.ruleId === 'number-invalid'), []);
});
