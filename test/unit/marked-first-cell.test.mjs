// breaker46 #3: a 表三 row whose FIRST value cell is struck through (`~~21~~`, `<del>21</del>`, `<s>21</s>`), or
// carries a stray marker (`\*21`, `21\*` as converters write a footnote mark; an unclosed `**21`, `21**`,
// `<strong>21`, `21</b>`), had that cell merged into the label and read one column off: a cascade of wrong sums.
// A struck-through number is a deleted value, and an asterisk (escaped or not) a footnote mark as it shows: one
// number-invalid on that cell. An unclosed emphasis marker reads as the number. Either way the other cells keep
// their columns.
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

test('a struck-through or asterisked first value cell is one number-invalid on that cell; the row keeps its columns', () => {
  for (const first of ['~~21~~', '<del>21</del>', '<s>21</s>', '\\*21', '21\\*', '*21']) {
    const text = withFirst(first);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], first);
    assert.match(findings[0].message, first.includes('*') ? /不是数字/ : /删除线/, first);
    assert.equal(findings[0].message.includes(`“${first}”`), true, first);
    const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === plainRow.id);
    assert.deepEqual(row.cells.map((c) => c?.value ?? null), [null, ...plainRow.cells.slice(1).map((c) => c?.value ?? null)], first);
  }
});

test('a first value cell with an unclosed emphasis marker reads as its number, with no finding', () => {
  for (const first of ['**21', '21**', '__21', '<strong>21', '21</b>', '<b>21']) {
    const text = withFirst(first);
    assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], first);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', plainRow.id), rowValues(core.parseReport(CORRECT), 't3', plainRow.id), first);
  }
  // A wrong number so marked is still checked, and a fix writes the number inside the markers.
  const wrong = withFirst('**22');
  const sums = core.analyze(wrong).findings.filter((f) => f.ruleId.startsWith('sum-'));
  assert.ok(sums.length > 0);
});

// breaker46 #4: `<strong>` (or `<b>`, `**`) on every cell of every table row, labels too, as some Word → HTML →
// Markdown converters write them, or on the labels or the numbers only: the same findings as the plain example (none).
// `| 一、本年新收… | <strong>40</strong> | …` was read as a section heading (its title has no digit right after a pipe)
// and 表三 was lost.
test('HTML or Markdown bold on every cell of 表二, 表三 and 表四 (or on labels or numbers only) gives no finding', () => {
  const lines = CORRECT.split('\n');
  const isRow = (l) => l.startsWith('|') && !/^\|\s*-/.test(l);
  const mark = (labels, values) => lines.map((l) => !isRow(l) ? l : l.split('|').map((c, k, a) =>
    k === 0 || k === a.length - 1 || !c.trim() ? c : ` ${(/^\s*[0-9.]+\s*$/.test(c) ? values : labels)(c.trim())} `).join('|')).join('\n');
  for (const [open, close] of [['<strong>', '</strong>'], ['<b>', '</b>'], ['<em>', '</em>'], ['**', '**']]) {
    const on = (s) => open + s + close, off = (s) => s;
    for (const [what, text] of [['every', mark(on, on)], ['labels', mark(on, off)], ['values', mark(off, on)]]) {
      assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], `${open} ${what}`);
    }
  }
});
