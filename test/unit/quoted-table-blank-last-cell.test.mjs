// A table in a blockquote (`> | … |`): the line's `>` was read as a first (text) cell, so the row's blank cells were no
// values there: a 表四 with a blank last cell was "14 numbers, unreadable" (info only), its wrong total and the prose
// contradiction missed, where the same row outside the quote is checked (helper-219 #8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toCells } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const quoted = (text) => text.split('\n').map((l) => (l.startsWith('|') ? `> ${l}` : l)).join('\n');

test('a quoted 表四 with a blank last cell is read: the blank said, a wrong total found', () => {
  // 表四's value row: 复议后起诉's 总计 (its last cell) left blank, 行政复议's 总计 3 → 4.
  const text = quoted(CORRECT).replace(/^(> \| 2 +\| 0 +\| 1 +\| 0 +\| )3( +\|.*\| )0( +\|)$/m, '$14$2 $3');
  assert.notEqual(text, quoted(CORRECT));
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['cell-blank', 'sum-review']);
  assert.match(found.find((f) => f.ruleId === 'sum-review').message, /行政复议.*3（2 \+ 0 \+ 1 \+ 0），实为 4/);
  // The same quoted report unchanged is clean.
  assert.deepEqual(core.analyze(quoted(CORRECT)).findings, []);
});

test('tables pasted one cell a line in a blockquote keep the cells below their last label (helper-219 #10)', () => {
  // Sections 二 to 四 quoted, each line of the tables and captions behind `> ` (blank lines `>`), headings not.
  const lines = toCells(CORRECT).split('\n');
  const a = lines.findIndex((l) => l.startsWith('第二十条第（一）项'));
  const b = lines.findIndex((l) => l.startsWith('全年因政府信息公开'));
  const text = lines.map((l, i) => (i >= a && i < b && !l.startsWith('#') ? (l ? `> ${l}` : '>') : l)).join('\n');
  assert.match(text, /^> 行政事业性收费\n> 12\.5$/m);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  const row = (t, id) => report.tables[t].rows.find((r) => r.id === id).cells.map((c) => c.value);
  assert.deepEqual(row('t2', 'T2.7'), [12.5]);
  assert.deepEqual(row('t3', 'R4'), [1, 0, 0, 0, 0, 0, 1]);
});
