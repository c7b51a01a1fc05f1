// Found by a second fresh user trying to break the checker: fixes that invented numbers (the split of a single
// （六）其他处理 row, a 0 in a missing 表二 row), a half conversion of an old 表二 block, last year's report taken from
// a file whose own years disagree, and a report pasted thousands of times giving one warning a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text) => core.checkReport(core.parseReport(text));
/** `text` with the one line starting with `start` replaced by `lines` (asserts that there is exactly one). */
function replaceLine(text, start, ...lines) {
  const all = text.split('\n');
  const at = all.flatMap((l, i) => (l.startsWith(start) ? [i] : []));
  assert.equal(at.length, 1, `one line starts with “${start}”`);
  all.splice(at[0], 1, ...lines);
  return all.join('\n');
}
/** The example with its four （六） lines (group and three sub-rows) replaced by one 2019-style row. */
function singleOtherHandling(row) {
  const all = correct.split('\n');
  const at = all.findIndex((l) => l.startsWith('| （六）其他处理'));
  assert.ok(all[at + 3].startsWith('| 3.其他 '));
  all.splice(at, 4, row);
  return all.join('\n');
}
const SUM_RULES = ['sum-balance', 'sum-results', 'sum-applicants'];

test('row-missing: a missing 表二 row is inserted blank, not 0 (no sum decides it); cell-blank keeps asking for the number and fills in nothing', () => {
  const text = correct.split('\n').filter((l) => !l.startsWith('| 行政强制 ')).join('\n');
  const f = findings(text).find((x) => x.ruleId === 'row-missing');
  assert.ok(f?.fix, 'row-missing with a fix');
  assert.doesNotMatch(f.fix.edits.map((e) => e.newText).join(''), /\d/);
  const fixed = core.fixAll(text).text;
  const row = fixed.split('\n').find((l) => l.startsWith('| 行政强制 '));
  assert.match(row, /^\| 行政强制 +\| +\|$/);
  const again = findings(fixed);
  assert.deepEqual(again.filter((x) => x.ruleId === 'row-missing'), []);
  const blank = again.filter((x) => x.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.equal(blank[0].fix, undefined);
  assert.match(blank[0].message, /表二“行政强制”行有 1 个空白单元格.*整行都没有数/);
  // A 表二 row with a number and a blank keeps its 0 fill (the row is being filled in).
  const partial = replaceLine(correct, '| 行政规范性文件 ', '| 行政规范性文件 | 3 |  | 25 |');
  assert.deepEqual(findings(partial).filter((x) => x.ruleId === 'cell-blank').map((x) => x.fix?.edits.map((e) => e.newText.trim())), [['0']]);
});
