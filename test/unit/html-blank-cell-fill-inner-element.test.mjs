// Filling blank cells of a web page's table whose empty cells are `<td><p style="text-align:center"></p></td>` (a CMS
// that strips `&nbsp;`; brk139 #4): the 0 goes inside the cell's innermost empty element, `<td><p …>0</p></td>`, as it
// does for `<td><p><span>&nbsp;</span></p></td>` — not `<td>0<p …></p></td>`, which renders outside the centred
// paragraph. Base: 沭阳县发展和改革局's 2023 report as its web page publishes it, the 法人 columns of 表三 blank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const PAGE = readFileSync(join(ROOT, 'test/fixtures/reports/brk139-shuyang-fgj-2023.html.md'), 'utf8');
const P = '<p style="text-align:center">';
const rowOf = (text, label) => text.split('\n').find((l) => l.includes(label));

test('brk139 #4: cell-blank --fix writes 0 inside <td><p …></p></td>, never before the <p>', () => {
  const blank = core.analyze(PAGE, {}).findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  // The finding points inside the paragraph of the first blank cell.
  const line = PAGE.split('\n')[blank[0].range.start.line];
  assert.equal(line.slice(blank[0].range.start.character - `${P}`.length - 4, blank[0].range.start.character), `<td>${P}`);
  const fixed = core.fixAll(PAGE, {}).text;
  assert.doesNotMatch(fixed, /<td>0<p/);
  assert.equal(rowOf(fixed, '四、结转下年度继续办理'),
    `<tr><td colspan="3">${P}四、结转下年度继续办理</p></td>` + `<td>${P}0</p></td>`.repeat(7) + '</tr>');
  // Nothing else changed: the fixed page is the published one with 0 in each of the 125 empty paragraphs.
  assert.equal(fixed, PAGE.replaceAll(`<td>${P}</p></td>`, `<td>${P}0</p></td>`));
  assert.deepEqual(core.analyze(fixed, {}).findings.map((f) => f.ruleId), []);
});

test('brk139 #4: other empty cell markup — nested inline elements, a <br>, a closed paragraph before a second', () => {
  const fill = (cell) => {
    const text = PAGE.replaceAll(`<td>${P}</p></td>`, cell);
    assert.notEqual(text, PAGE);
    // The row's cells: its label, 自然人's 0, then the first of the five blank ones.
    return rowOf(core.fixAll(text, {}).text, '四、结转下年度继续办理').split(/<\/td>/i)[2];
  };
  assert.equal(fill('<td><p class="MsoNormal" align="center"><span style="font-size:10.5pt"></span></p></td>'), '<td><p class="MsoNormal" align="center"><span style="font-size:10.5pt">0</span></p>');
  assert.equal(fill(`<td>${P}<br></p></td>`), `<td>${P}0<br></p>`);
  assert.equal(fill(`<TD>${P}</p><p></p></TD>`), `<TD>${P}0</p><p></p>`);
  assert.equal(fill('<td></td>'), '<td>0');
  assert.equal(fill(`<td>${P}&nbsp;</p></td>`), `<td>${P}0</p>`);
});

test('brk139 #4: a blank 总计 in <td><p …></p></td> is filled inside the paragraph (sum-total)', () => {
  // The 表三 总计 of row （七）总计 blanked: 26 in the 自然人 column.
  const row = rowOf(PAGE, '（七）总计');
  const blanked = row.replace(/<td><p style="text-align:center">26<\/p><\/td><\/tr>$/, `<td>${P}</p></td></tr>`);
  assert.notEqual(blanked, row);
  const fixed = core.fixAll(PAGE.replace(row, blanked), {}).text;
  assert.match(rowOf(fixed, '（七）总计'), /<td><p style="text-align:center">26<\/p><\/td><\/tr>$/);
});
