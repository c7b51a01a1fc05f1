// brk138 #3, #4: English messages written word for word from the Chinese: lists without "and", "1 cells", and
// "“（四）无法提供” with its rows … belong". Checked on the correct 2024 example with one change each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const en = (text, parse = {}) => core.checkReport(core.parseReport(text, parse), { locale: 'en' });

test('year-mismatch with a year set: two sources are joined with "and" and "both say"', () => {
  const [f] = en(CORRECT, { year: 2023 }).filter((x) => x.ruleId === 'year-mismatch');
  assert.ok(f, 'a year-mismatch');
  assert.match(f.message, /but the title and the statistics period both say 2024:/);
});

test('table-header-width on a one-cell header says "1 cell", "its first cell" and "1 empty cell"', () => {
  // 表二's 第二十条第（五）项 block with its header cut to one cell: its rows have two.
  const lines = CORRECT.split('\n');
  const at = lines.findIndex((l) => l.includes('第二十条第（五）项'));
  const header = lines.findIndex((l, i) => i > at && l.startsWith('|'));
  assert.ok(at > 0 && header > at);
  lines[header] = '| 信息内容 |';
  lines[header + 1] = '| --- |';
  const f = en(lines.join('\n')).find((x) => x.ruleId === 'table-header-width');
  assert.ok(f, JSON.stringify(en(lines.join('\n')).map((x) => x.ruleId)));
  assert.match(f.message, /header has only 1 cell while/);
  assert.match(f.message, /shows its first cell and the numbers after it/);
  assert.match(f.message, /adds 1 empty cell to the header/);
  assert.doesNotMatch(f.message, /\b1 cells\b/);
});

test('row-order names a moved group in the singular: "“（四）无法提供” with its rows … belongs after"', () => {
  const lines = CORRECT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （四）无法提供'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('| （五）'));
  const three = lines.findIndex((l) => l.startsWith('| （三）不予公开'));
  assert.ok(three > 0 && start > three && end > start);
  const group = lines.splice(start, end - start);
  lines.splice(three, 0, ...group);
  const f = en(lines.join('\n')).find((x) => x.ruleId === 'row-order');
  assert.ok(f);
  assert.match(f.message, /“（四）无法提供” with its rows \(line \d+\) belongs (after|before)/);
});

test('cell-blank\'s fix says "the blank cell" for one cell', () => {
  const row = CORRECT.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  const blanked = row.replace(/\| 0(\s+)\|/, '|  $1|');
  assert.notEqual(blanked, row);
  const f = en(CORRECT.replace(row, blanked)).find((x) => x.ruleId === 'cell-blank');
  assert.ok(f?.fix);
  assert.equal(f.fix.title.en ?? f.fix.title, 'Write 0 in the blank cell');
});
