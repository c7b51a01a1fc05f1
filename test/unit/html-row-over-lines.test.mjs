// An HTML 表三 whose rows continue on the next line, as saved pages and CMS editors write them (`<tr>⏎<td colspan="3">…`,
// `<td>1.属于国家秘密</td>⏎<td>0</td>`, a line break inside a `<td>`): a line break between or inside cells means
// nothing in HTML, so the table reads as the same table with each row on one line (brk184 #1). Before, such a row lost
// its cells' colspan and broke the rowspans of the rows above for every row after it: value-in-label said 19–20 correct
// rows started in a label column, and its fix inserted `<td></td>`s that broke the grid.
// Base: test/fixtures/reports/helper206-html-t3-spans.md (examples/correct-2024 with 表三 in HTML, one row a line, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));

/** Each way a page breaks a row over lines: [name, what is written on one line, the same over two or more]. */
const BREAKS = [
  ['between <tr> and the first <td> (colspan="3")', '<tr><td colspan="3">一、本年新收', '<tr>\n<td colspan="3">一、本年新收'],
  ['between the label <td> and the first number, under the rowspan', '<td>1.属于国家秘密</td><td>0</td>', '<td>1.属于国家秘密</td>\n<td>0</td>'],
  ['inside the label <td>, before </td>', '<td>1.属于国家秘密</td>', '<td>1.属于国家秘密\n</td>'],
  ['inside a <td colspan="2">, after its tag', '<td colspan="2">（一）予以公开</td>', '<td colspan="2">\n（一）予以公开</td>'],
  ['between two numbers of a row under two rowspans', '<td>2.其他法律行政法规禁止公开</td><td>1</td><td>0</td>', '<td>2.其他法律行政法规禁止公开</td><td>1</td>\n<td>0</td>'],
  ['in the row that opens the rowspans', '<td rowspan="22">三、本年度办理结果</td><td colspan="2">', '<td rowspan="22">三、本年度办理结果</td>\n<td colspan="2">'],
  ['inside a multi-line rowspan group cell', '<td rowspan="3">（六）其他处理</td>', '<td rowspan="3">\n（六）其他处理\n</td>'],
  ['in the last row', '<td colspan="3">四、结转下年度继续办理</td><td>1</td>', '<td colspan="3">四、结转下年度继续办理</td>\n<td>1</td>'],
];

/** The values of 表三's rows, by row id. */
const t3Values = (text) => Object.fromEntries(core.parseReport(text).tables.t3.rows.filter((r) => r.cells.length).map((r) => [r.id, r.cells.map((c) => c?.value)]));

test('the base is clean', () => {
  assert.deepEqual(findingsOf(BASE), []);
});

for (const [name, from, to] of BREAKS) {
  test(`HTML 表三 row broken ${name}: read as the one-line table, no finding, no fix`, () => {
    const text = edit(BASE, from, to);
    const found = findingsOf(text);
    assert.deepEqual(found, [], found.map((f) => `${f.ruleId} ${f.message}`).join('\n'));
    assert.deepEqual(t3Values(text), t3Values(BASE));
    // No fix ever inserts cells into such a table.
    assert.equal(core.fixAll(text).text, text);
  });

  test(`HTML 表三 row broken ${name}: a wrong 总计 is still found`, () => {
    const text = edit(edit(BASE, from, to), '<td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td>', '<td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>25</td>');
    const found = findingsOf(text);
    assert.ok(found.some((f) => f.ruleId === 'sum-applicants' || f.ruleId === 'sum-results'), found.map((f) => f.ruleId).join(' '));
    assert.ok(!found.some((f) => f.ruleId === 'value-in-label'), found.map((f) => f.message).join('\n'));
  });
}

test('every row of 表三 over two lines (`</td>⏎<td>` after each label): as the one-line table', () => {
  const text = BASE.replace(/(<td[^>]*>[^<0-9][^<]*<\/td>)(<td>\d)/g, '$1\n$2');
  assert.notEqual(text, BASE);
  assert.deepEqual(findingsOf(text), []);
  assert.deepEqual(t3Values(text), t3Values(BASE));
});

test('a row broken over lines that lost its colspan is still read in the grid and said (value-in-label); its fix gives a clean table', () => {
  const row = '<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>5</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>6</td></tr>';
  const text = edit(BASE, row, '<td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>\n<td>5</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>6</td><td></td></tr>');
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['value-in-label'], found.map((f) => f.message).join('\n'));
  assert.deepEqual(t3Values(text)['R3.2'], t3Values(BASE)['R3.2']);
  assert.deepEqual(findingsOf(core.fixAll(text).text), []);
});
