// breaker21 item 8: fixes in a space-aligned 表三 (pdftotext -layout) landed off their column. Fixtures: the
// reviewer's inputs as they are (test/fixtures/space-aligned-blank-cells): l3, a blank 自然人 cell in 1.本机关不掌握相关政府信息 whose
// column's numbers start together (`40`, `3`, `21` …); m1, 表三 in full-width digits with a blank 法律服务机构 cell
// in 2.重复申请.
// - The fill was written right-aligned over the column's width (` 5`), one display column right of the numbers.
// - Full-width digits rewritten in ASCII (`４０` → `40`) took half the display columns, so the numbers after them
//   on the line (and a number filled into a blank there) moved left of where they stood.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/space-aligned-blank-cells', name), 'utf8');
const of = (text, rule) => core.checkReport(core.parseReport(text), { locale: 'zh' }).filter((f) => f.ruleId === rule);
const lineStarting = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start));
/** The display columns at which the numbers (ASCII or full-width digits) after a line's label start. */
const numberColumns = (line) => [...line.matchAll(/(?<=\s)[0-9０-９]+(?=\s|$)/g)].map((m) => core.displayWidth(line.slice(0, m.index)));

test('a number filled into a blank of a column whose numbers start together starts where they do', () => {
  const text = fixture('l3-space-blank-first.txt');
  const at = lineStarting(text, '1.本机关不掌握相关政府信息');
  const below = text.split('\n')[at + 1];
  const found = of(text, 'cell-blank').filter((f) => f.range.start.line === at);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /（自然人）/);
  assert.equal(found[0].fix.edits[0].newText, '5 ');
  const fixed = core.fixAll(text).text.split('\n');
  assert.match(fixed[at], /^1\.本机关不掌握相关政府信息 +5 +1 +0/);
  // Every number of the row stands in the columns of the row below.
  assert.deepEqual(numberColumns(fixed[at]), numberColumns(below));
  assert.equal(fixed[at].length, text.split('\n')[at].length);
});

test('full-width digits rewritten in ASCII keep their display columns; a fill beside them stands in its column', () => {
  const text = fixture('m1-space-fullwidth.txt');
  const lines = text.split('\n');
  const wide = of(text, 'number-invalid');
  assert.equal(wide.length, 1, wide.map((f) => f.message).join('\n'));
  assert.match(wide[0].message, /^表三有 \d+ 格（\d+ 行）使用了全角数字/);
  // `４０` (four display columns) becomes `40` and two spaces; the row's last number takes no trailing spaces.
  assert.ok(wide[0].fix.edits.some((e) => e.newText === '40  '));
  assert.ok(wide[0].fix.edits.some((e) => e.newText === '46'));
  const fixed = core.fixAll(text).text.split('\n');
  const at = lineStarting(text, '2.重复申请');
  for (let i = 0; i < lines.length; i++) {
    if (i === at || !/[０-９]/.test(lines[i])) continue;
    assert.doesNotMatch(fixed[i], /[０-９]/);
    assert.deepEqual(numberColumns(fixed[i]), numberColumns(lines[i]), `line ${i + 1}`);
  }
  // 2.重复申请's blank 法律服务机构 is filled (1, from the row's 总计) where that column's numbers stand in the row
  // above, and its other numbers stay where they were.
  const above = numberColumns(lines[at - 1]);
  const before = numberColumns(lines[at]);
  assert.deepEqual(numberColumns(fixed[at]), [...before.slice(0, 4), above[4], ...before.slice(4)]);
  assert.match(fixed[at], /^2\.重复申请 +1 +0 +0 +0 +1 +0 +2$/);
});
