// A 表二 row whose label cell is empty (`|          | 86 |` under 第二十条第（六）项, where 行政处罚 was; brk106 #1):
// row-missing said 行政处罚 was missing and its fix inserted a blank 行政处罚 row above it, ignoring the 86 (then
// 整行空白). When it is the one row of its item missing and the row stands where it belongs, the row is read by its
// place as that row, its numbers read; row-label says once that the label is missing and writes it into the cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core } from '../helpers.mjs';

const rowRe = (label) => new RegExp(`^\\| ${label} +\\|.*$`, 'm');
/** `text` with the pipe row `label`'s label cell emptied (as wide) and its first value set to 7. */
function blankLabel(text, label) {
  const row = text.match(rowRe(label))[0];
  const cells = row.split('|');
  cells[1] = ' '.repeat(cells[1].length);
  cells[2] = cells[2].replace('0', '7');
  return text.replace(row, cells.join('|'));
}
const t2Findings = (text) => core.analyze(text).findings.filter((f) => ['row-label', 'row-missing', 'row-duplicate', 'cell-blank', 'cell-count'].includes(f.ruleId));

for (const format of ['2021', '2019']) {
  const draft = cleanDraft(format);
  const t2 = core.parseReport(draft).tables.t2;
  for (const r of t2.rows) {
    test(`${format} ${r.label}: a blank label cell is read by its place, the fix writes the label`, () => {
      const text = blankLabel(draft, r.label);
      const row = core.parseReport(text).tables.t2.rows.find((x) => x.id === r.id);
      assert.equal(row.cells[0]?.value, 7, 'its number read');
      const fs = t2Findings(text);
      assert.deepEqual(fs.map((f) => f.ruleId), ['row-label'], fs.map((f) => f.message).join('\n'));
      assert.match(fs[0].message, new RegExp(`行标签单元格是空的.*“${r.label}”`));
      const fixed = core.applyFixes(text, fs[0].fix.edits).text;
      assert.equal(fixed, draft.replace(rowRe(r.label), (m) => { const c = m.split('|'); c[2] = c[2].replace('0', '7'); return c.join('|'); }), 'the label written, the cell as wide');
      assert.equal(core.analyze(fixed).findings.filter((f) => f.ruleId === 'row-label' || f.ruleId === 'row-missing').length, 0);
    });
  }
}

test('two rows of the item missing: the blank-label row is not guessed', () => {
  const draft = cleanDraft('2021');
  const text = blankLabel(draft, '行政处罚').replace(/^\| 行政强制 .*\n/m, '');
  const t2 = core.parseReport(text).tables.t2;
  assert.equal(t2.rows.find((x) => x.label === '行政处罚').match.kind, 'absent');
  assert.ok(!core.analyze(text).findings.some((f) => f.ruleId === 'row-label' && /单元格是空的/.test(f.message)));
});

test('a blank-label row out of the missing row\'s place (below 行政强制) is not read as 行政处罚', () => {
  const draft = cleanDraft('2021');
  const blanked = blankLabel(draft, '行政处罚');
  const row = blanked.match(/^\|  +\| 7 .*\n/m)[0];
  const text = blanked.replace(row, '').replace(/^(\| 行政强制 .*\n)/m, `$1${row}`);
  const t2 = core.parseReport(text).tables.t2;
  assert.equal(t2.rows.find((x) => x.label === '行政处罚').match.kind, 'absent');
});
