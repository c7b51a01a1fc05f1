// 表四's value row with its first cell lost in a copy (helper-204 #4): the numbers one cell left and the last cell empty.
// It was read as written: sum-review blamed results, prose-table compared the wrong column, and cell-blank's fix
// filled the empty last cell, which made a complete-looking row with every number under the wrong column. Read one
// cell right (only that reading makes the second and third groups add up), it is one value-in-label finding whose
// fix puts the lost first number back (its group's 总计 less the other three) and takes out the empty last cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const ROW = EXAMPLE.split('\n').find((l) => /^\| 2 +\| 0 +\| 1 +\| 0 +\| 3 /.test(l));
const cells = ROW.split('|').slice(1, -1).map((c) => c.trim());
const t4Values = (text) => core.parseReport(text).tables.t4.rows[0].cells.map((c) => (c ? c.value : null));

test('the first cell lost: read one cell right, one finding, and the fix restores the row', () => {
  const shifted = `| ${[...cells.slice(1), ''].join(' | ')} |`.replace(/ \| \|$/, ' |  |');
  const text = EXAMPLE.replace(ROW, shifted);
  assert.notEqual(text, EXAMPLE);
  // Read as the original, but for the lost first cell (blank until the fix writes it).
  assert.deepEqual(t4Values(text).slice(1), t4Values(EXAMPLE).slice(1));
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['value-in-label'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, new RegExp(`表四的数值行少了第一格.*行政复议·结果维持按该组合计应为 ${cells[0]}`));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith(`| ${cells[0]} |`)), `| ${cells.join(' | ')} |`);
  assert.deepEqual(t4Values(fixed), t4Values(EXAMPLE));
  assert.deepEqual(findingsOf(fixed), []);
});

test('a row with its last cell left blank whose groups add up as written is not read shifted', () => {
  const blankLast = `| ${[...cells.slice(0, 14), ''].join(' | ')} |`.replace(/ \| \|$/, ' |  |');
  const found = findingsOf(EXAMPLE.replace(ROW, blankLast));
  assert.ok(!found.some((f) => f.ruleId === 'value-in-label'));
  assert.ok(found.some((f) => f.ruleId === 'cell-blank'));
});

// helper-206 #2, #3: a cell lost mid-row (or the first one, in a layout other than a pipe row read shifted): cell-blank
// filled the empty last cell from its own group, which made the misplaced row look complete and the report worse.
test('a cell lost mid-row, the last cell empty: cell-blank does not fill it while another group fails its sum', () => {
  // The first cell of the second group lost: the rest moved left.
  const moved = `| ${[...cells.slice(0, 5), ...cells.slice(6), ''].join(' | ')} |`.replace(/ \| \|$/, ' |  |');
  const text = EXAMPLE.replace(ROW, moved);
  const blank = findingsOf(text).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.equal(blank[0].fix, undefined);
  assert.match(blank[0].message, /这一行另有一组的结果之和与其总计不符/);
  assert.equal(core.fixAll(text).text.split('\n').find((l) => l.startsWith(`| ${cells[0]} |`)), moved);
});
