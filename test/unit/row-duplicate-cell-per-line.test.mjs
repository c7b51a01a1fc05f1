// row-duplicate in a table written one cell per line (`2.重复申请 |` over its numbers `0 |` one a line, `||` closing
// the row: corpus seed 001's layout). A 表三 row written twice was read once and the other copy ignored without a word,
// even with other numbers (brk120 #1), where the same copy in a pipe or HTML table is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const SEED = corpusText('seeds/001_417062a3286660b0.txt');
const ROW = '2.重复申请 |\n' + '0 |\n'.repeat(7) + '||\n';
const OTHER = '2.重复申请 |\n1 |\n' + '0 |\n'.repeat(5) + '1 |\n||\n';
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-duplicate');
const lineOf = (text, block, nth = 0) => text.split(block).slice(0, nth + 1).join(block).split('\n').length - 1;

test('the seed as it is: no row-duplicate', () => {
  assert.equal(core.analyze(SEED).report.tables.t3.layout, 'cell-per-line');
  assert.deepEqual(found(SEED), []);
});

test('a row written twice, one under the other: said, and the fix deletes the copy with its row end (the seed again)', () => {
  const text = edit(SEED, ROW, ROW + ROW);
  const [f, ...more] = found(text);
  assert.ok(f);
  assert.deepEqual(more, []);
  assert.match(f.message, /^表三“2.重复申请”行写了两次：第 \d+ 行已有完全相同的一行。请删去这一行（修复会删去它）。/);
  assert.deepEqual([f.range.start.line, f.related[0].range.start.line].sort((a, b) => a - b), [lineOf(text, ROW), lineOf(text, ROW, 1)]);
  assert.equal(core.applyFixes(text, f.fix.edits).text, SEED);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, core.fixAll(SEED).text);
  assert.equal(core.fixAll(fixed).text, fixed);
});

test('a copy with other numbers: said at the copy not read, no fix', () => {
  for (const text of [edit(SEED, ROW, ROW + OTHER), edit(SEED, ROW, OTHER + ROW)]) {
    const [f, ...more] = found(text);
    assert.ok(f);
    assert.deepEqual(more, []);
    assert.match(f.message, /^表三“2.重复申请”行写了两次，数字不同：本工具按第 \d+ 行读取/);
    assert.equal(f.fix, undefined);
    // The line read is one of the two copies, the finding at the other.
    const lines = [lineOf(text, text.includes(ROW + OTHER) ? ROW + OTHER : OTHER + ROW), 0];
    lines[1] = lines[0] + 9;
    assert.deepEqual([f.range.start.line, f.related[0].range.start.line].sort((a, b) => a - b), lines);
  }
});

test('a copy of the label alone (a blank row): the fix deletes it', () => {
  for (const text of [edit(SEED, ROW, ROW + '2.重复申请 |\n||\n'), edit(SEED, ROW, '2.重复申请 |\n||\n' + ROW)]) {
    const [f, ...more] = found(text);
    assert.ok(f);
    assert.deepEqual(more, []);
    assert.match(f.message, /这一行没有数字（整行空白）/);
    assert.equal(core.applyFixes(text, f.fix.edits).text, SEED);
  }
});
