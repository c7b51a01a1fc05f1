// brk136 #1: a 表三 row label with two characters swapped (`(一)以予公开` for `（一）予以公开`) in a table pasted one cell a
// line (seed 001's layout) was read by its place with no finding at all, while the same label in a pipe table was said.
// Two neighbouring characters swapped are one slip (a misspelling, fixed to the template's label), in every layout; a
// near miss beyond a misspelling on the label's own line right above the numbers is said as a pipe cell's is, without
// a fix; a cell-per-line table as written gets no row-label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText, REPORT_LAYOUTS } from '../helpers.mjs';

const SEED = '001_417062a3286660b0.txt';
const seed = corpusText(join('seeds', SEED));
const rowLabels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');

test('seed 001 (one cell a line): a swapped label is a misspelling, fixed in the table\'s ASCII brackets', () => {
  assert.deepEqual(rowLabels(seed), []);
  const text = seed.replace('\n(一)予以公开 |\n', '\n(一)以予公开 |\n');
  const found = rowLabels(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 118);
  assert.match(found[0].message, /以予公开.*予以公开/);
  assert.ok(found[0].fix, 'a fix');
  const fixed = core.applyFixes(text, found[0].fix.edits).text;
  assert.equal(fixed.split('\n')[118], '(一)予以公开 |');
  assert.deepEqual(rowLabels(fixed), []);
});

test('seed 001: a near miss beyond a misspelling on the label\'s own line is said as read by its place, without a fix', () => {
  const text = seed.replace('\n(一)予以公开 |\n', '\n(一)于已公开 |\n');
  const found = rowLabels(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 118);
  assert.match(found[0].message, /“\(一\)于已公开”不是格式中的标签，按它在表中的位置当作“（一）予以公开”行读取/);
  assert.equal(found[0].fix, undefined);
});

test('a swapped 表三 label is said and fixed the same in every layout', () => {
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  for (const [layout, write] of Object.entries(REPORT_LAYOUTS)) {
    const text = write(example).replace('（一）予以公开', '（一）以予公开');
    assert.notEqual(text, write(example), layout);
    const found = rowLabels(text);
    assert.equal(found.length, 1, `${layout}: ${found.map((f) => f.message).join(' / ')}`);
    assert.ok(found[0].fix, layout);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.deepEqual(rowLabels(fixed), [], layout);
    assert.ok(fixed.includes('（一）予以公开'), layout);
  }
});
