// A letter typed for a digit in a table aligned with spaces (`pdftotext -layout`, OCR): `O` for 0, `l` for 1 among a
// row's numbers is a value cell that number-invalid names, as in a pipe row (brk97 #3: it was a word of text, the row
// a number short: cell-count, and sum-results on the wrong columns). Base: test/fixtures/space-aligned-fix-width. Tests 1 and 3 guard what held before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const TEXT = readFileSync(join(ROOT, 'test/fixtures/space-aligned-fix-width/pdftotext-2024.txt'), 'utf8');
const ROW = '  1.信访举报投诉类申请                         1     0     0     0     0     0     1';
const found = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId !== 'page-break').map((f) => `${f.ruleId}: ${f.message}`);

test('the fixture is clean, and its row reads as written', () => {
  assert.ok(TEXT.includes(ROW));
  assert.deepEqual(found(TEXT), []);
});

test('O for 0 and l for 1 in the row: one number-invalid naming the letter and the digit, nothing else', () => {
  for (const [from, to, said] of [[/0     1$/, 'O     1', '是字母“O”，不是数字（是否应为 0？）'], [/1     0     0/, 'l     0     0', '是字母“l”，不是数字（是否应为 1？）'], [/ 1$/, ' l', '是字母“l”，不是数字（是否应为 1？）']]) {
    const row = ROW.replace(from, to);
    assert.notEqual(row, ROW);
    assert.deepEqual(found(TEXT.replace(ROW, row)), [`number-invalid: 表三“1.信访举报投诉类申请”中的“${to.trim().split(/\s+/)[0]}”${said}。`], row);
  }
});

test('a row of words with a letter among them, and a label that is a letter, stay text', () => {
  // Fewer than three numbers on the line: the letter is not taken for one.
  const note = '  注：表中 O 表示无                             1';
  assert.deepEqual(found(TEXT.replace(ROW, `${ROW}\n${note}`)).filter((f) => f.startsWith('number-invalid')), []);
});

test('several letters in one row, beside two numbers: each named (brk98 #6)', () => {
  const zeros = '  1.属于国家秘密                               0     0     0     0     0     0     0';
  assert.ok(TEXT.includes(zeros));
  const letters = TEXT.replace(zeros, '  1.属于国家秘密                               0     O     O     O     O     O     0');
  const found = core.checkReport(core.parseReport(letters)).filter((f) => f.ruleId !== 'page-break');
  assert.equal(found.length, 5, found.map((f) => f.message).join('\n'));
  assert.ok(found.every((f) => f.ruleId === 'number-invalid' && /是字母“O”，不是数字（是否应为 0？）/.test(f.message)));
});

test('a row of 一 for none in the aligned table: its cells are read, one finding for the table whose fix writes 0 (brk98 #5)', () => {
  const zeros = '  3.要求提供公开出版物                         0     0     0     0     0     0     0';
  assert.ok(TEXT.includes(zeros));
  const dashes = TEXT.replace(zeros, '  3.要求提供公开出版物                         一    一    一    一    一    一    一');
  const found = core.checkReport(core.parseReport(dashes)).filter((f) => f.ruleId !== 'page-break');
  assert.deepEqual(found.map((f) => f.ruleId), ['number-invalid']);
  assert.match(found[0].message, /^表三有 7 格（1 行）写的是“一”这类文字或记号而不是数字/);
  assert.equal(core.applyFixes(dashes, found[0].fix.edits).text, TEXT);
});
