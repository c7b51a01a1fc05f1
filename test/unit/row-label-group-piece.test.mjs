// brk82 E: in a PDF's text (pdftotext -layout) a merged group cell wraps beside its rows, and its last piece stands
// on a row's line before the row's label (`（四）无` / `法提供       2.没有现成信息需要另行制作  11 …`, 淮安 2024). The
// piece was read as part of the label: a misspelled label was quoted `“法提供 2.没有现成信息需另行制作”` and not fixed
// (the fix would have rewritten the group's piece too). The words before the label that are another label of the
// table, or a piece of one that is none of the row's, are the group's: left out of what is compared, quoted and fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const ROW = '     法提供       2.没有现成信息需要另行制作           11        0        0         0        0         0    11';

test('the group\'s piece on the row\'s line is not quoted as the label, and the label alone is fixed', () => {
  const line = HUAIAN.split('\n').indexOf(ROW);
  assert.ok(line > 0);
  assert.deepEqual(core.analyze(HUAIAN).findings, []);
  const typo = ROW.replace('需要另行', '需另行');
  const text = edit(HUAIAN, ROW, typo);
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.match(f.message, /^行标签“2\.没有现成信息需另行制作”与格式不一致，应为“2\.没有现成信息需要另行制作”（相差 1 个字）。$/);
  assert.equal(f.range.start.line, line);
  assert.equal(text.split('\n')[line].slice(f.range.start.character, f.range.end.character), '2.没有现成信息需另行制作');
  // The fix writes the label in place of the misspelled one; the group's piece and the numbers' columns stay.
  assert.ok(f.fix);
  const fixed = core.fixAll(text).text;
  const row = fixed.split('\n')[line];
  assert.ok(row.startsWith('     法提供       2.没有现成信息需要另行制作 '), row);
  // (要, two columns wide, takes the place of two spaces: the numbers stay in their columns.)
  assert.equal(row.indexOf('11'), typo.indexOf('11') - 1);
  assert.deepEqual(core.analyze(fixed).findings, []);
});

test('the row is read as before: the group\'s piece does not change its numbers or its group', () => {
  const text = edit(HUAIAN, ROW, ROW.replace('需要另行', '需另行'));
  const row = (t) => core.parseReport(t).tables.t3.rows.find((r) => r.id === 'R3.4.2');
  assert.deepEqual(row(text).cells.map((c) => c?.value ?? null), row(HUAIAN).cells.map((c) => c?.value ?? null));
  assert.equal(row(text).match.kind, 'misspelled');
  assert.equal(row(text).match.raw, '2.没有现成信息需另行制作');
});
