// brk109 #6: 表三 in a space-aligned (`pdftotext -layout`) report, the real huaian-city 2024 report, with a row's label
// blanked (`                     56   6   0 …` where 1.信访举报投诉类申请 was) or cut down to its ordinal (`1.      746 …`):
// the row was read by its place with no finding at all, where a pipe table and a table without opening pipes get
// row-label with a fix. Now it gets the same warning; the fix writes the label at the indentation of the rows of its
// level, the numbers left in their columns (as t2-space-aligned-unlabelled does for 表二).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit, only } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const PETITION = '               1.信访举报投诉类申请              56        6        0         0        0         0    62';
const NOT_HELD = '             1.本机关不掌握相关政府信息     746         12       0        0    10       1   769';
const lineNo = (text, line) => text.split('\n').indexOf(line);
/** Where each number of `line` starts, in display columns. */
const numberColumns = (line) => [...line.matchAll(/\d{2,}|(?<=\s)\d(?=\s|$)/g)].map((m) => core.layoutWidth(line.slice(0, m.index)));

test('the original report: 表三 space-aligned, no row-label finding', () => {
  assert.equal(core.parseReport(HUAIAN).tables.t3.layout, 'space-aligned');
  assert.deepEqual(only(HUAIAN, 'row-label').found, []);
});

test('1.信访举报投诉类申请 blanked: said, and the fix writes the label back with the numbers in their columns', () => {
  const blanked = PETITION.replace('1.信访举报投诉类申请', ' '.repeat(22));
  const text = edit(HUAIAN, PETITION, blanked);
  const line = lineNo(text, blanked);
  const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R3.5.1');
  assert.equal(row.match.missing, 'cell');
  assert.deepEqual(row.cells.map((c) => c?.value), [56, 6, 0, 0, 0, 0, 62]);
  const found = only(text, 'row-label').found;
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].range.start.line, line);
  assert.match(found[0].message, /表三中这一行的行标签单元格是空的，按它在表中的位置读作“1.信访举报投诉类申请”行/);
  const fixed = core.fixAll(text).text;
  const written = fixed.split('\n')[line];
  assert.ok(written.startsWith('               1.信访举报投诉类申请 '), 'indented as the rows of its level');
  assert.deepEqual(numberColumns(written), numberColumns(blanked), 'the numbers stay in their columns');
  assert.deepEqual(only(fixed, 'row-label').found, []);
  assert.equal(fixed, edit(HUAIAN, PETITION, written), 'nothing else changed');
  assert.equal(core.fixAll(fixed).text, fixed, 'a second --fix changes nothing');
});

test('1.本机关不掌握相关政府信息 cut down to its ordinal: said, and the fix writes the label in full', () => {
  const cut = '             1.                 746         12       0        0    10       1   769';
  const text = edit(HUAIAN, NOT_HELD, cut);
  const line = lineNo(text, cut);
  const found = only(text, 'row-label').found;
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].range.start.line, line);
  assert.match(found[0].message, /行标签只有序号“1.”，按它在表中的位置读作“1.本机关不掌握相关政府信息”行/);
  const fixed = core.fixAll(text).text;
  const written = fixed.split('\n')[line];
  assert.ok(written.startsWith('             1.本机关不掌握相关政府信息  '));
  assert.match(written, /746 +12 +0 +0 +10 +1 +769$/, 'the numbers kept, in order');
  assert.deepEqual(only(fixed, 'row-label').found, []);
  assert.equal(core.fixAll(fixed).text, fixed, 'a second --fix changes nothing');
});

test('a row whose label wraps onto the lines around its numbers is not said to have none', () => {
  // 5.要求行政机关确认或重新出 / numbers / 具已获取信息: the numbers' line has no words, the label is above and below.
  const lines = HUAIAN.split('\n');
  const at = lines.findIndex((l) => l.trim() === '5.要求行政机关确认或重新出');
  assert.ok(at > 0 && /^\s+1\s+0/.test(lines[at + 1]), 'the wrapped label around its numbers');
  assert.ok(!only(HUAIAN, 'row-label').found.some((f) => Math.abs(f.range.start.line - at) <= 2));
});
