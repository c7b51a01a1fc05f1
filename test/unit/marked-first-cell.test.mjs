// breaker46 #3: a 表三 row whose FIRST value cell is struck through (`~~21~~`, `<del>21</del>`, `<s>21</s>`), or
// carries a stray marker (`\*21`, `21\*` as converters write a footnote mark; an unclosed `**21`, `21**`,
// `<strong>21`, `21</b>`), had that cell merged into the label and read one column off: a cascade of wrong sums.
// A struck-through number is a deleted value: one number-invalid on that cell. A stray marker reads as the number.
// Either way the other cells keep their columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, rowValues, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = CORRECT.split('\n').find((l) => l.startsWith('| （一）予以公开'));
/** The example with the first value cell (21) of 表三's （一）予以公开 row written `first`. */
const withFirst = (first) => {
  const cells = ROW.split('|');
  cells[2] = ` ${first} `;
  return edit(CORRECT, ROW, cells.join('|'));
};
const plainRow = core.parseReport(CORRECT).tables.t3.rows.find((r) => r.label.includes('予以公开'));

test('a struck-through first value cell is one number-invalid on that cell; the row keeps its columns', () => {
  for (const first of ['~~21~~', '<del>21</del>', '<s>21</s>']) {
    const text = withFirst(first);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], first);
    assert.match(findings[0].message, /删除线/, first);
    assert.equal(findings[0].message.includes(`“${first}”`), true, first);
    const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === plainRow.id);
    assert.deepEqual(row.cells.map((c) => c?.value ?? null), [null, ...plainRow.cells.slice(1).map((c) => c?.value ?? null)], first);
  }
});

test('a first value cell with a stray, escaped or unclosed marker reads as its number, with no finding', () => {
  for (const first of ['\\*21', '21\\*', '**21', '21**', '*21', '__21', '<strong>21', '21</b>']) {
    const text = withFirst(first);
    assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], first);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', plainRow.id), rowValues(core.parseReport(CORRECT), 't3', plainRow.id), first);
  }
  // A wrong number so marked is still checked, and a fix writes the number inside the markers.
  const wrong = withFirst('**22');
  const sums = core.analyze(wrong).findings.filter((f) => f.ruleId.startsWith('sum-'));
  assert.ok(sums.length > 0);
});
