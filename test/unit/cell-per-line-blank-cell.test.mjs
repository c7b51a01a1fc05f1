// A table pasted one cell a line, its cells on adjacent lines, with one cell blank: the empty line is that blank cell
// (helper-213 #3). The row's numbers were read a column off (6 values, sums on shifted columns), where every other
// layout says the blank and fixes it from the row's total. A web page's paragraphs (an empty line after every cell, or
// after every label) put no blank cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const perLine = rewriteRows(example, (cells) => cells.filter(Boolean));

/** `perLine` with the `k`-th cell (1-based) of 表三's row `label` emptied. */
function blanked(label, k) {
  const lines = perLine.split('\n');
  const row = lines.indexOf(label);
  assert.ok(row > 0, label);
  const was = lines[row + k];
  lines[row + k] = '';
  return { text: lines.join('\n'), line: row + k, was };
}

test('a blank first or middle cell is said on its line and fixed from the row\'s total', () => {
  for (const [label, k, column] of [['（一）予以公开', 1, '自然人'], ['2.其他法律行政法规禁止公开', 3, '科研机构']]) {
    const { text, line, was } = blanked(label, k);
    const findings = core.analyze(text).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['cell-blank'], `${label} ${k}`);
    assert.equal(findings[0].range.start.line, line);
    assert.match(findings[0].message, new RegExp(column));
    const fixed = core.applyFixes(text, findings[0].fix.edits).text;
    assert.equal(fixed.split('\n')[line], was);
    assert.deepEqual(core.analyze(fixed).findings, []);
  }
});

test('empty lines after every cell or after every label are no blank cells', () => {
  for (const [name, text] of [
    ['after every cell', rewriteRows(example, (c) => c.filter(Boolean).flatMap((x) => [x, '']))],
    ['after every label', rewriteRows(example, (c) => { const f = c.filter(Boolean); return [f[0], '', ...f.slice(1)]; })],
  ]) assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], name);
});
