// cell-tab-joined: two numbers written into one cell of a table aligned with spaces (the border between them lost,
// `| 1      | 0         0        | 0 …`): the fix writes the border where the rows above and below have it, so the
// row stays aligned, and gives back the report as it was (brk148 #8: `| 0 | 0        |` moved the rest of the row
// 8 columns left). Without aligned rows around it the border is written ` | ` as before.
// Base: examples/correct-2024.nianbao.md (表三 aligned with spaces).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 6.属于四类过程性信息                                                     | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';

test('the split of a merged cell in an aligned table puts the border where the other rows have it', () => {
  const merged = edit(CORRECT, ROW, ROW.replace('| 0        | 0        |', '| 0         0        |'));
  const [f] = core.analyze(merged).findings.filter((x) => x.ruleId === 'cell-tab-joined');
  assert.ok(f);
  assert.equal(f.fix.edits[0].newText, '0        | 0');
  assert.equal(core.fixAll(merged).text, CORRECT);
  // The border replaced by a space (the number kept in its place): the same row again.
  const spaced = edit(CORRECT, ROW, ROW.replace('| 0        | 0        |', '| 0          0        |'));
  assert.equal(core.fixAll(spaced).text, CORRECT);
});

test('without an aligned border in the gap, the numbers are split with “ | ”', () => {
  const row = ROW.replace(/ {2,}/g, ' ');
  const compact = edit(CORRECT, ROW, row.replace('| 0 | 0 |', '| 0 0 |'));
  const [f] = core.analyze(compact).findings.filter((x) => x.ruleId === 'cell-tab-joined');
  assert.ok(f);
  assert.equal(f.fix.edits[0].newText, '0 | 0');
});
