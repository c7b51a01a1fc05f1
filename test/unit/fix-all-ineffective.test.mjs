// fix-all undoes a fix whose finding is still there after it, word for word with the same fix, and does not try it
// again: such a fix mended nothing, and each later pass would write it once more. Found by breaker36 (#1): in a
// 表二 pasted one cell a line whose last row (行政事业性收费) is missing, the row-missing fix wrote the label line 12 times
// (once per pass), each time where it was not read back as that row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const PASTED = readFileSync(join(ROOT, 'test/fixtures/reports/cell-per-line-t2-missing-last-row-2024.md'), 'utf8');

/** How many lines of `text` are exactly `line`. */
const linesOf = (text, line) => text.split('\n').filter((l) => l.trim() === line).length;

test('fix-all never writes the same fix twice: the missing 行政事业性收费 row of a one-cell-a-line 表二 is inserted at most once', () => {
  assert.equal(linesOf(PASTED, '行政事业性收费'), 0);
  const { text, fixed } = core.fixAll(PASTED);
  assert.ok(linesOf(text, '行政事业性收费') <= 1, text);
  assert.ok(fixed.filter((f) => f.ruleId === 'row-missing').length <= 1, fixed.map((f) => f.message).join('\n'));
  // Nothing of the user's text is lost: every line of the input is still there, in order.
  const kept = text.split('\n');
  let i = 0;
  for (const l of PASTED.split('\n')) {
    while (i < kept.length && kept[i] !== l) i++;
    assert.ok(i < kept.length, `line lost: ${l}`);
    i++;
  }
});
