// 表三 in HTML split into two tables at a page break (brk168 #2): the continuation table has no 三、本年度办理结果
// column, since a rowspan does not carry across `</table>`. Its rows are judged by that table's own label columns:
// before, every row of it got a value-in-label error ("比其他行少了 1 个行名单元格") and --fix put an empty `<td>`
// into each. A row of the continuation table that is short against its own table's rows is still said.
// Base: test/fixtures/reports/helper206-html-t3-spans.md (examples/correct-2024 with 表三 in HTML, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const SPLIT_BEFORE = '<tr><td rowspan="3">（四）无法提供</td>';

/** BASE with 表三 split before （四）无法提供: the first table's 三、 cell spans its own 10 rows (or `span` as written). */
function split(span = '10', lead = '') {
  let text = edit(BASE, '<td rowspan="22">三、本年度办理结果</td>', `<td rowspan="${span}">三、本年度办理结果</td>`);
  text = edit(text, SPLIT_BEFORE, `</table>\n\n<p>-3-</p>\n\n<table>\n${SPLIT_BEFORE.replace('<tr>', `<tr>${lead}`)}`);
  return text;
}

test('表三 split into two HTML tables, the second without the 三、本年度办理结果 column: clean, read in its columns, --fix changes nothing', () => {
  for (const span of ['10', '22']) {
    const text = split(span);
    assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
    const t3 = core.parseReport(text).tables.t3;
    assert.deepEqual(t3.rows.find((r) => r.id === 'R3.4.1').cells.map((c) => c?.value), [5, 1, 0, 0, 0, 0, 6]);
    assert.ok(t3.rows.filter((r) => r.cells.length).every((r) => r.cellCount === 7 && !r.shiftedLeft));
    assert.equal(core.fixAll(text).text, text);
  }
});

test('the continuation table keeping an empty leading cell for the 三、 column is clean too', () => {
  const text = split('10', '<td rowspan="12"></td>');
  assert.deepEqual(findingsOf(text).map((f) => f.ruleId), []);
});

test('a row of the continuation table short against that table\'s own rows (its colspan lost) is still value-in-label, and the fix gives a clean table', () => {
  const text = edit(split(), '<tr><td colspan="2">（七）总计</td>', '<tr><td>（七）总计</td>');
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.data?.row]), [['value-in-label', 'R3.7']], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /比其他行少了 1 个行名单元格/);
  assert.deepEqual(findingsOf(core.fixAll(text).text), []);
});

test('a row short in one table (no split) is still value-in-label', () => {
  const text = edit(BASE, '<tr><td colspan="2">（七）总计</td>', '<tr><td>（七）总计</td>');
  assert.deepEqual(findingsOf(text).map((f) => f.ruleId), ['value-in-label']);
});
