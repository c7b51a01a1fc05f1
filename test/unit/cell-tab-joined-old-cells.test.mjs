// A spreadsheet row pasted into the first cell of a pipe row whose other cells were left empty (breaker36 #6):
// `| 2⇥0⇥…⇥0 |   |   |   |   |` in 表四. cell-blank named the four old empty cells as 表四's columns 2 to 5 and its
// fix wrote 0s into them, and the cell-tab-joined split kept them: a row of 19 cells, four 0s invented. Now the row
// cell-tab-joined reports gets no cell-blank, and the split takes in the empty cells after the pasted one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
/** The line of 表四's value row, and its 15 numbers. */
const ROW = LINES.findIndex((l, i) => i > LINES.findIndex((x) => x.includes('| 结果维持')) && /^\|\s*\d/.test(l));
const NUMBERS = LINES[ROW].split('|').slice(1, -1).map((c) => c.trim());

/** The example with 表四's 15 numbers pasted into its first cell and `empty` old cells left after it. */
function pasted(empty) {
  const row = `| ${NUMBERS.join('\t')} |${'          |'.repeat(empty)}`;
  return LINES.map((l, i) => (i === ROW ? row : l)).join('\n');
}

for (const empty of [4, 14]) {
  test(`表四's numbers pasted into its first cell with ${empty} empty cells left: no cell-blank, and the split gives 15 cells`, () => {
    const text = pasted(empty);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['cell-tab-joined']);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split('\n')[ROW], `| ${NUMBERS.join(' | ')} |`);
    assert.deepEqual(core.analyze(fixed).findings, []);
  });
}

test('a cell with a number after the pasted one is not taken in by the split: the number is kept', () => {
  const text = pasted(0).replace(`${NUMBERS.join('\t')} |`, `${NUMBERS.join('\t')} | 7 |`);
  const fixed = core.fixAll(text).text;
  assert.match(fixed.split('\n')[ROW], /\| 7 \|$/);
});
