// The conversion to a pipe table is not offered where it would lose or rewrite text (helper-217 #4, #1):
// - a table of which no number was read (table-empty): a 表四 pasted one cell a line with its empty cells as ` |` lines
//   was read empty, and the conversion wrote a blank pipe table over part of its lines, its 15 numbers left as stray
//   lines under it (that 表四 is read whole now; the guard stays for any table read empty);
// - a report in traditional characters, read through its simplified view: the converted table would write the view's
//   labels into it (a fix that writes words is not offered there either).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { core, ROOT, rewriteRows } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** Every table one cell a line, each cell followed by ` |`, an empty cell a line ` |` of its own. */
const perCellBars = rewriteRows(CORRECT, (cells) => cells.map((c) => `${c} |`));

test('a table read empty is not converted; one read whole is', () => {
  // That layout's 表四 is read whole now (its header's empty cells are no values: helper-219 #5), and converted.
  const whole = core.parseReport(perCellBars);
  assert.deepEqual(core.checkReport(whole), []);
  assert.ok(core.convertTableEdit(whole, 't4'), '表四 read whole is converted');
  // 表四 with its value row not filled in yet: no number read (table-empty), not converted.
  const unfilled = perCellBars.replace(/^2 \|\n0 \|\n1 \|\n0 \|\n3 \|\n1 \|\n0 \|\n0 \|\n1 \|\n2 \|\n0 \|\n0 \|\n0 \|\n0 \|\n0 \|$/m, Array(15).fill(' |').join('\n'));
  assert.notEqual(unfilled, perCellBars);
  const report = core.parseReport(unfilled);
  assert.deepEqual(core.checkReport(report).map((f) => f.ruleId), ['table-empty']);
  assert.equal(core.convertTableEdit(report, 't4'), null);
  // 表三, read whole in the same layout, is still converted, every number kept.
  const edit = core.convertTableEdit(report, 't3');
  assert.ok(edit, '表三 is converted');
  const fixed = core.applyFixes(unfilled, [edit]).text;
  assert.deepEqual(core.checkReport(core.parseReport(fixed)).map((f) => f.ruleId), ['table-empty']);
});

test('a report in traditional characters is not converted', () => {
  const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(rewriteRows(CORRECT, (cells) => cells.filter(Boolean)));
  const report = core.parseReport(trad);
  assert.equal(report.extras.traditional, true);
  assert.notEqual(report.tables.t3.layout, 'pipe');
  assert.deepEqual(core.checkReport(report), []);
  for (const id of ['t2', 't3', 't4']) assert.equal(core.convertTableEdit(report, id), null, id);
  // The same report in simplified characters is converted.
  assert.ok(core.convertTableEdit(core.parseReport(rewriteRows(CORRECT, (cells) => cells.filter(Boolean))), 't3'));
});
