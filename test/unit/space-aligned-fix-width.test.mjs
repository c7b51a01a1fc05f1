// A fix that writes a number of another width into a table aligned with spaces (`pdftotext -layout`) keeps the
// column's alignment and the rest of the row: a wider total (`6` → `46`) takes its extra column from the spaces on
// its aligned side, never the last spaces between two cells; a narrower one (`124` → `24`, `13` → `3`) is padded on
// that side. Before, every total fix wrote the bare number over the cell: `0     46` (one column right of the
// numbers above it), `0    3      1` in 表四.
// Fixture: pdftotext-2024.txt, a clean report as pdftotext -layout prints it (numbers right-aligned).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CLEAN = readFileSync(join(ROOT, 'test/fixtures/space-aligned-fix-width/pdftotext-2024.txt'), 'utf8');
const lineStarting = (text, start) => text.split('\n').find((l) => l.startsWith(start));
/** `CLEAN` with the line starting `start` rewritten by `edit`. */
function withLine(text, start, edit) {
  const line = lineStarting(text, start);
  assert.ok(line, start);
  const changed = edit(line);
  assert.notEqual(changed, line);
  return text.replace(line, changed);
}
/** `text` after every fix (`fixAll`: its `text`, the fixes applied). */
const fixed = (text) => core.fixAll(text);

test('a total fixed from 6 to 46 at the end of a right-aligned row ends where the numbers above it end', () => {
  const clean = lineStarting(CLEAN, '  一、本年新收政府信息公开申请数量');
  assert.match(clean, / {4}46$/);
  const text = withLine(CLEAN, '  一、本年新收政府信息公开申请数量', (l) => l.replace(/ {4}46$/, '     6'));
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId === 'sum-applicants').map((f) => f.fix?.edits.length), [1]);
  assert.equal(lineStarting(fixed(text).text, '  一、本年新收政府信息公开申请数量'), clean);
});

test('a total fixed from 124 to 24 is padded before it: the row keeps its width', () => {
  const clean = lineStarting(CLEAN, '  （一）予以公开');
  const text = withLine(CLEAN, '  （一）予以公开', (l) => l.replace(/ {4}24$/, '   124'));
  assert.equal(lineStarting(fixed(text).text, '  （一）予以公开'), clean);
});

test('a 自然人 total fixed from 4 to 41 in the middle of the row takes a space before it: the columns after it stay put', () => {
  const clean = lineStarting(CLEAN, '  （七）总计');
  const text = withLine(CLEAN, '  （七）总计', (l) => l.replace('  41     3', '   4     3'));
  assert.equal(lineStarting(fixed(text).text, '  （七）总计'), clean);
});

test('a number made wider never takes the last two spaces between two cells: the rest of the row moves instead', () => {
  // The reporter's PDF squeezed the total to two spaces after the cell before it.
  const text = withLine(CLEAN, '  一、本年新收政府信息公开申请数量', (l) => l.replace(/ {4}46$/, '  6'));
  const out = lineStarting(fixed(text).text, '  一、本年新收政府信息公开申请数量');
  assert.match(out, /2     0  46$/);
  const values = out.trim().split(/\s+/).slice(1).map(Number);
  assert.deepEqual(values, [40, 3, 0, 1, 2, 0, 46]);
});

test('表四 (one row of numbers) fixed from 13 to 3 stays right-aligned under its header, the cells after it in place', () => {
  const clean = CLEAN.split('\n').find((l) => /^ {5}2 {5}0 {5}1 {5}0 {5}3/.test(l));
  const text = CLEAN.replace(clean, clean.replace(/^( {5}2 {5}0 {5}1 {5}0) {5}3/, '$1    13'));
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-review');
  assert.equal(found.length, 1);
  assert.equal(fixed(text).text.split('\n').find((l) => /^ {5}2 {5}0 {5}1 {5}0 /.test(l)), clean);
});

test('a left-aligned column: 41 written 4 is fixed to 41 over the space after it, the columns after it in place', () => {
  // The same report with every one-digit number of 表三 written at the left of its two columns (`3 `, not ` 3`).
  const left = CLEAN.split('\n').map((l) => (/^  \S.* {2,}\d/.test(l) && !/\d{3}/.test(l) ? l.replace(/ (\d)(?= |$)/g, '$1 ').trimEnd() : l)).join('\n');
  const clean = lineStarting(left, '  （七）总计');
  assert.match(clean, /41    3     0     1     2     0     47$/);
  assert.deepEqual(core.analyze(left).findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
  const text = withLine(left, '  （七）总计', (l) => l.replace('41    3', '4     3'));
  assert.equal(lineStarting(fixed(text).text, '  （七）总计'), clean);
});
