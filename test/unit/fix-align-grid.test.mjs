// Fixes inside a pandoc grid table (rows between `+----+` borders). breaker20: the format-mixed fix wrote 行政规范性文件
// over 规范性文件 without widening the column or its borders, so the row no longer lined up and pandoc stopped reading
// the table. Fixes now widen the column in every row and border (`=` in the header border), and a row a fix inserts
// comes with its own border line (a line between two borders would continue the row above in a grid table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const GRID = readFileSync(join(ROOT, 'test/data/grid/pandoc-grid-2022.md'), 'utf8');
const check = (text) => core.checkReport(core.parseReport(text), { locale: 'zh' });

/**
 * The grid tables of `text` (runs of lines starting with `+` or `|`), each checked to be well formed: borders and
 * rows alternate (one row line between two borders here), and every line has its `+`/`|` at the same display
 * columns as the table's first border.
 */
function grids(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('+')) continue;
    let j = i;
    while (j < lines.length && /^[+|]/.test(lines[j])) j++;
    const block = lines.slice(i, j);
    // Pandoc aligns curly quotes one column wide (without a Chinese `lang`), the formatter two: a grid is aligned
    // one way or the other throughout, and the fixes keep the way it has.
    const colsBy = (width) => (l) => { const c = []; let w = 0; for (const ch of l) { if (ch === '|' || ch === '+') c.push(w); w += width(ch); } return c.join(','); };
    const wide = colsBy(core.displayWidth);
    const cols = block.every((l) => wide(l) === wide(block[0])) ? wide : colsBy(core.layoutWidth);
    const ref = cols(block[0]);
    block.forEach((l, k) => {
      assert.equal(l.startsWith('+'), k % 2 === 0, `line ${i + k + 1} alternates border and row: ${l}`);
      assert.equal(cols(l), ref, `line ${i + k + 1} lines up with its table: ${l}`);
    });
    out.push(block);
    i = j;
  }
  return out;
}

test('the breaker’s grid report is read: its tables are well formed before any fix', () => {
  const report = core.parseReport(GRID);
  assert.ok(report.tables.t2 && report.tables.t3 && report.tables.t4);
  assert.ok(grids(GRID).length >= 6);
});

test('format-mixed’s label fix in a grid table widens the column in every row and border; the table stays a grid', () => {
  const f = check(GRID).find((x) => x.ruleId === 'format-mixed' && x.fix && /规范性文件/.test(x.message));
  assert.ok(f, 'the 规范性文件 row is found');
  const fixed = core.applyFixes(GRID, f.fix.edits).text;
  assert.ok(fixed.includes('| 行政规范性文件 | 2            | 1            | 9            |'));
  assert.ok(fixed.includes('+================+==============+'), 'the header border widened with =');
  grids(fixed);
  // Only spaces, dashes and = were added besides the label's 行政.
  assert.equal(fixed.replace(/[ =\-]/g, '').replace('行政规范性文件', '规范性文件'), GRID.replace(/[ =\-]/g, ''));
  assert.ok(!check(fixed).some((x) => x.ruleId === 'format-mixed' && /“规范性文件”/.test(x.message)));
});

test('row-missing in a grid table: the inserted row comes with its border, after a border or after a row line alike', () => {
  // 行政强制 deleted with the border below it: the row goes after 行政处罚's border.
  const afterBorder = GRID.replace(/\| 行政强制[^\n]*\n\+[^\n]*\n/, '');
  // 3.要求提供公开出版物 deleted with the border above it: the row goes after a row line.
  const afterRow = GRID.replace(/\+[^\n]*\n(\| 3\.要求提供公开出版物[^\n]*\n)/, '');
  for (const [name, text] of [['after a border', afterBorder], ['after a row line', afterRow]]) {
    assert.notEqual(text, GRID, name);
    const miss = check(text).filter((x) => x.ruleId === 'row-missing');
    assert.equal(miss.length, 1, name);
    assert.ok(miss[0].fix, name);
    const fixed = core.applyFixes(text, miss[0].fix.edits).text;
    grids(fixed);
    // The row is there (blank: the writer fills in its numbers, which row-missing then asks for).
    assert.deepEqual(check(fixed).filter((x) => x.ruleId === 'row-missing').map((x) => /缺少/.test(x.message)), [false], name);
    // Every line of the draft is still there.
    const kept = new Set(fixed.split('\n'));
    for (const l of text.split('\n')) assert.ok(kept.has(l) || /^\+/.test(l), `${name}: ${l}`);
  }
});
