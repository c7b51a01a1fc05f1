// An HTML 表三 whose label cells wrap inside their <td> (`<td rowspan="22">三、本年⏎度办理结果</td>`, `<td colspan="3">四、结转下年度⏎
// 继续办理</td>`, Word's `<p>` lines): a line break inside a cell means nothing in HTML, so the cell's text is its pieces
// joined and the table reads as the one-line table (brk186 #3-#5). Before, each piece was a cell of its own: row-label
// said `三、本年` was cut short and its fix wrote the whole label before the piece `度办理结果` (the cell then read
// `三、本年度办理结果度办理结果`); a wrapped last row was row-missing and its fix inserted a second row; two wrapped
// labels of 一、 and 二、 lost the whole table (table-missing).
// Base: test/fixtures/reports/helper206-html-t3-spans.md (examples/correct-2024 with 表三 in HTML, one row a line, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const said = (found) => found.map((f) => `${f.ruleId} ${f.message}`).join('\n');

/** The values of 表三's rows, by row id. */
const t3Values = (text) => Object.fromEntries(core.parseReport(text).tables.t3.rows.filter((r) => r.cells.length).map((r) => [r.id, r.cells.map((c) => c?.value)]));

/** The base with 表三 one cell a line (`<tr>`, each `<td>…</td>`, `</tr>` on lines of their own), as pandoc writes it. */
const cellPerLine = (text) => text.replace(/<tr>(.*)<\/tr>/g, (_, cells) => `<tr>\n${cells.replace(/<\/td>(?=<td)/g, '</td>\n')}\n</tr>`);
/** The same with each cell's text in a `<p>` on lines of its own, as Word's HTML has it. */
const wordHtml = (text) => cellPerLine(text).replace(/^(<td[^>]*>)(.*)<\/td>$/gm, '$1\n  <p>$2</p>\n</td>');

const LAYOUTS = { 'one row a line': (t) => t, 'one cell a line': cellPerLine, "Word's <p> lines": wordHtml };

/** Label cells wrapped inside their cell: [name, the label as written on one line, the same wrapped]. */
const WRAPS = [
  ['the 三、 group label (rowspan="22")', '三、本年度办理结果', '三、本年\n度办理结果'],
  ['the 三、 group label after 本年度', '三、本年度办理结果', '三、本年度\n办理结果'],
  ['the （三） group label and its first sub-row', '>（三）不予公开', '>（三）不\n予公开'],
  ['a sub-row label', '1.属于国家秘密', '1.属于\n国家秘密'],
  ['the last row (四、)', '四、结转下年度继续办理', '四、结转下年度\n继续办理'],
  ['一、 and 二、 both', '一、本年新收政府信息公开申请数量', '一、本年\n新收政府信息公开申请数量'],
  ['a label over three lines', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开\n（区分处理的，只计这一情形，\n不计其他情形）'],
];

const wrapped = (layout, from, to) => {
  let text = edit(LAYOUTS[layout](BASE), from, to);
  // (`一、 and 二、 both`: the second label wraps too.)
  if (from.startsWith('一、')) text = edit(text, '二、上年结转政府信息公开申请数量', '二、上年\n结转政府信息公开申请数量');
  // (`（三） group label and its first sub-row`: the sub-row's label, in the same row, too.)
  if (from.startsWith('>（三）')) text = edit(text, '1.属于国家秘密', '1.属于\n国家秘密');
  return text;
};

test('the base is clean in each layout', () => {
  for (const layout of Object.keys(LAYOUTS)) assert.deepEqual(findingsOf(LAYOUTS[layout](BASE)), [], layout);
});

for (const layout of Object.keys(LAYOUTS)) {
  for (const [name, from, to] of WRAPS) {
    test(`${layout}: ${name} wrapped inside its cell reads as the one-line label: no finding, no fix, the same values`, () => {
      const text = wrapped(layout, from, to);
      const found = findingsOf(text);
      assert.deepEqual(found, [], said(found));
      assert.deepEqual(t3Values(text), t3Values(BASE));
      assert.equal(core.fixAll(text).text, text);
    });
  }

  test(`${layout}: every label cell wrapped after its first four characters: the one-line table`, () => {
    const text = LAYOUTS[layout](BASE).replace(/(<td[^>]*>(?:\n  <p>)?)([^<\n\d]{4})([^<\n]{3,})/g, '$1$2\n$3');
    assert.ok(text.includes('三、本年\n度办理结果'));
    const found = findingsOf(text);
    assert.deepEqual(found, [], said(found));
    assert.deepEqual(t3Values(text), t3Values(BASE));
  });

  test(`${layout}: a group label misspelled and wrapped is said at its piece, and its fix rewrites that piece alone`, () => {
    const text = edit(LAYOUTS[layout](BASE), '三、本年度办理结果', '三、本年\n度办里结果');
    const found = findingsOf(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['row-label'], said(found));
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, edit(text, '度办里结果', '度办理结果'));
    assert.deepEqual(findingsOf(fixed), []);
  });

  test(`${layout}: a group label cut short and wrapped is said; a fix, if any, never writes its text twice`, () => {
    // (Before: `三、本年` was said cut short and its fix wrote `三、本年度办理结果` before the piece `度办理结`.)
    const text = edit(LAYOUTS[layout](BASE), '三、本年度办理结果', '三、本年\n度办理结');
    const found = findingsOf(text);
    assert.ok(found.some((f) => f.ruleId === 'row-label'), said(found));
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split('度办理').length, 2, fixed);
  });
}
