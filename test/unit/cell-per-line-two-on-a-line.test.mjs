// A table pasted one cell a line where two cells landed on one line (`21 2`, `0 0`, `21<TAB>2`: helper-209 #7): the
// row goes on below. Its values after that line were lost (`21 | 2 | 0 | 0 | · | · | ·`), or its first two, with a
// false cell-count error and no word of the numbers that vanished.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, rowValues } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** Every pipe table of the example one cell a line. */
const perLine = rewriteRows(example, (cells) => cells.filter(Boolean));
const pipe = core.analyze(example);

/** `perLine` with lines `at` and `at + 1` of 表三's row `label`'s values joined by `sep`. */
function joined(label, at, sep) {
  const lines = perLine.split('\n');
  const row = lines.indexOf(label);
  assert.ok(row > 0, label);
  const i = row + 1 + at;
  lines.splice(i, 2, `${lines[i]}${sep}${lines[i + 1]}`);
  return lines.join('\n');
}

test('one cell a line reads as the pipe table does (the base of the cases below)', () => {
  const { findings, report } = core.analyze(perLine);
  assert.deepEqual(findings.map((f) => f.ruleId), pipe.findings.map((f) => f.ruleId));
  assert.deepEqual(rowValues(report, 't3', 'R3.1'), rowValues(pipe.report, 't3', 'R3.1'));
});

test('two cells on one line, first, in the middle or last but one, space or tab between: every value read', () => {
  for (const [at, sep] of [[0, ' '], [2, ' '], [0, '\t'], [5, ' '], [3, '  ']]) {
    const text = joined('（一）予以公开', at, sep);
    const { findings, report } = core.analyze(text);
    assert.deepEqual(rowValues(report, 't3', 'R3.1'), rowValues(pipe.report, 't3', 'R3.1'), `${at} ${JSON.stringify(sep)}`);
    assert.deepEqual(findings.map((f) => f.ruleId), pipe.findings.map((f) => f.ruleId), `${at} ${JSON.stringify(sep)}`);
  }
});

test('a wrong total in a row with two cells on one line is still found', () => {
  const text = joined('（一）予以公开', 2, ' ');
  const lines = text.split('\n');
  const row = lines.indexOf('（一）予以公开');
  // 21, 2, "0 0", 1, 0, 24: the total is the sixth line below the label.
  assert.equal(lines[row + 6], '24');
  lines[row + 6] = '25';
  const found = core.analyze(lines.join('\n')).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
  assert.ok(found.includes('sum-applicants'), found.join());
  assert.ok(!found.includes('cell-count'), found.join());
});
