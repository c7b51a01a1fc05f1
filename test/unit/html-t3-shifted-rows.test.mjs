// An HTML 表三 (rowspan/colspan, as a web page or pandoc writes the template's merged cells) with a row moved by a
// lost or extra cell (helper-206 #5): read in the table's grid, the rowspans of the rows above counted, as pipe rows
// are. Before, two numbers in one cell blamed four correct columns, an extra empty cell after the label gave a
// cell-count error and five sum-results, and a label cell that lost its colspan passed as clean.
// Base: test/fixtures/reports/helper206-html-t3-spans.md (examples/correct-2024 with 表三 in HTML, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
const ROW = '<td colspan="2">（一）予以公开</td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td></tr>';
const findingsOf = (text) => core.checkReport(core.parseReport(text));

test('the base is clean, and every row of its HTML 表三 reads its seven numbers', () => {
  assert.ok(BASE.includes(ROW));
  assert.deepEqual(findingsOf(BASE), []);
  const t3 = core.parseReport(BASE).tables.t3;
  assert.ok(t3.rows.filter((r) => r.cells.length).every((r) => r.cellCount === 7));
});

for (const [name, row, rule] of [
  ['two numbers in one cell, the last cell left empty', '<td colspan="2">（一）予以公开</td><td>21 2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td><td></td></tr>', 'cell-tab-joined'],
  ['an extra empty cell after the label', '<td colspan="2">（一）予以公开</td><td></td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td></tr>', 'value-in-label'],
  ['the label\'s colspan lost, the last cell empty', '<td>（一）予以公开</td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td><td></td></tr>', 'value-in-label'],
]) {
  test(`HTML 表三, ${name}: one ${rule} finding, read in its columns; the fix gives a clean table`, () => {
    const text = BASE.replace(ROW, row);
    const found = findingsOf(text);
    assert.deepEqual(found.map((f) => f.ruleId), [rule], found.map((f) => f.message).join('\n'));
    const r = core.parseReport(text).tables.t3.rows.find((x) => x.id === 'R3.1');
    assert.deepEqual(r.cells.map((c) => c?.value), [21, 2, 0, 0, 1, 0, 24]);
    const fixed = core.fixAll(text).text;
    assert.deepEqual(findingsOf(fixed), []);
    // The fixed row has the table's grid: its cells and their spans add up to the other rows'.
    const line = fixed.split('\n').find((l) => l.includes('（一）予以公开'));
    assert.equal((line.match(/<td/g) ?? []).length + (/colspan="2"/.test(line) ? 1 : 0), 10, line);
  });
}

test('two numbers in a cell whose text is wrapped (pandoc\'s `<td><p>21 2</p></td>`): the fix closes and reopens the wrapper (helper-209 #1)', () => {
  const text = BASE.replace('<td>21</td><td>2</td>', '<td><p>21 2</p></td>');
  assert.deepEqual(findingsOf(text).map((f) => f.ruleId), ['cell-tab-joined']);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('<td><p>21</p></td><td><p>2</p></td>'), fixed.split('\n').find((l) => l.includes('予以公开')));
  assert.deepEqual(findingsOf(fixed), []);
});

test('HTML 表三 row written twice: row-duplicate says so, with or without other numbers, and offers no fix (helper-209 #3)', () => {
  const lines = BASE.split('\n');
  const at = lines.findIndex((l) => l.includes('<td>2.其他法律行政法规禁止公开</td>'));
  const copy = (l) => [...lines.slice(0, at + 1), l, ...lines.slice(at + 1)].join('\n');
  const same = findingsOf(copy(lines[at])).filter((f) => f.ruleId === 'row-duplicate');
  assert.equal(same.length, 1);
  assert.match(same[0].message, /写了两次：第 \d+ 行已有完全相同的一行。请删去这一行，并核对所在分组单元格的 rowspan/);
  assert.equal(same[0].fix, undefined);
  const other = findingsOf(copy(lines[at].replace('<td>1</td>', '<td>3</td>'))).filter((f) => f.ruleId === 'row-duplicate');
  assert.equal(other.length, 1);
  assert.match(other[0].message, /写了两次，数字不同/);
});
