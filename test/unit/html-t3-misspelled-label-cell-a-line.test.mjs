// A misspelled label in an HTML 表三 written one cell a line (pandoc's `<td>` lines, Word's `<p>` lines), the last row's
// (`四、结转下年度继续办里`) or the rowspan group cell's (`三、本年度办里结果`), on one line or wrapped inside its cell: the
// cell is still its row, read by position and near miss as in a pipe table, so row-label alone says the slip and its
// fix gives the correct report. Before, the misspelled last row was row-missing (the table was read as ending above it,
// or 100 lines early when the label wrapped) and its fix inserted a second, blank row; a misspelled group cell was both
// row-label and row-missing, and the fixes renamed it and inserted a duplicate group row (brk187 #2-#4).
// Base: test/fixtures/reports/helper206-html-t3-spans.md (examples/correct-2024 with 表三 in HTML, one row a line, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const said = (found) => found.map((f) => `${f.ruleId} ${f.message}`).join('\n');

/** The base with 表三 one cell a line (`<tr>`, each `<td>…</td>`, `</tr>` on lines of their own), as pandoc writes it. */
const cellPerLine = (text) => text.replace(/<tr>(.*)<\/tr>/g, (_, cells) => `<tr>\n${cells.replace(/<\/td>(?=<td)/g, '</td>\n')}\n</tr>`);
/** The same with each cell's text in a `<p>` on lines of its own, as Word's HTML has it. */
const wordHtml = (text) => cellPerLine(text).replace(/^(<td[^>]*>)(.*)<\/td>$/gm, '$1\n  <p>$2</p>\n</td>');

const LAYOUTS = { 'one row a line': (t) => t, 'one cell a line': cellPerLine, "Word's <p> lines": wordHtml };

/** Misspelled labels: [name, the label, as misspelled]. */
const SLIPS = [
  ['the last row (四、)', '四、结转下年度继续办理', '四、结转下年度继续办里'],
  ['the last row (四、) wrapped in its cell', '四、结转下年度继续办理', '四、结转下年度\n继续办里'],
  ['the 三、 group cell (rowspan="22")', '三、本年度办理结果', '三、本年度办里结果'],
  ['the 三、 group cell wrapped in its cell', '三、本年度办理结果', '三、本年\n度办里结果'],
  ['the 三、 group cell broken by <br>', '三、本年度办理结果', '三、本年<br>度办里结果'],
  ["the 三、 group cell in two of Word's <p> on one line", '三、本年度办理结果', '<p>三、本年</p><p>度办里结果</p>'],
  ['the last row (四、) broken by <br>', '四、结转下年度继续办理', '四、结转下年度<br>继续办里'],
];

for (const [layout, write] of Object.entries(LAYOUTS)) {
  for (const [name, label, slip] of SLIPS) {
    test(`${layout}: ${name} misspelled is one row-label, whose fix gives the correct report, no row inserted`, () => {
      const good = write(BASE);
      assert.deepEqual(findingsOf(good), [], 'the base is clean');
      const text = edit(good, label, slip);
      const found = findingsOf(text);
      assert.deepEqual(found.map((f) => f.ruleId), ['row-label'], said(found));
      assert.match(found[0].message, new RegExp(`应为“${label}”`));
      const fixed = core.fixAll(text).text;
      // The fix renames the label in place (a wrapped one keeps its line break, which HTML reads as nothing).
      assert.equal(fixed.replace(slip.replace('办里', '办理'), label), good);
      assert.equal(fixed.split('\n').length, text.split('\n').length, 'no row inserted');
    });
  }
}
