// brk167 #4: value-in-label's English said the number glued to the label “stands under no column”, while the Chinese
// says it is not under its column (不在本年处理决定数量列下): the number sits in the label column, which is a column.
// The English now says what the Chinese says, naming the column (or the columns, for several numbers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const find = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'value-in-label');

test('value-in-label: one number in the label cell of 表二 is “not under the 本年处理决定数量 column”, in English as in Chinese', () => {
  const text = edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可1520 |             |');
  const [zh] = find(text, 'zh'), [en] = find(text, 'en');
  assert.ok(zh && en);
  assert.match(zh.message, /不在它自己的单元格中：表格上它不在本年处理决定数量列下/);
  assert.match(en.message, /not in a cell of its own: in the table it is not under the 本年处理决定数量 column/);
  assert.doesNotMatch(en.message, /under no column/);
});

test('value-in-label: several numbers of a 表三 row in its label cell are not under their columns (zh and en)', () => {
  const row = CORRECT.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  assert.ok(row, 'the 予以公开 row');
  const cells = row.split('|').map((c) => c.trim());
  // `| （一）予以公开 24 0 | …`: the first two numbers written in the label cell, the rest in cells of their own.
  const glued = `| （一）予以公开 ${cells[2]} ${cells[3]} |  |  | ${cells.slice(4, -1).join(' | ')} |`;
  const text = edit(CORRECT, row, glued);
  const zh = find(text, 'zh'), en = find(text, 'en');
  assert.equal(en.length, 1, en.map((f) => f.message).join('\n'));
  assert.match(zh[0].message, /不在它们各自的单元格中：表格上它们不在各自的列下/);
  assert.match(en[0].message, /not in cells of their own: in the table they are not under their columns/);
  assert.doesNotMatch(en[0].message, /under no column/);
});

test('value-in-label: the rule page says the number does not stand under its column', () => {
  const rule = core.RULES.find((r) => r.meta.id === 'value-in-label');
  assert.match(rule.meta.rationale.en, /it does not stand under its column/);
  assert.doesNotMatch(rule.meta.rationale.en, /under no column/);
});
