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
