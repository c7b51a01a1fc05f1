// A whole spreadsheet row, label included, pasted into the label cell of a pipe row (breaker36 #9):
// `| （一）予以公开⇥21⇥2⇥0⇥0⇥1⇥0⇥24 |  |  |…`. 表三 called the row blank (“整行空白”) with no fix, and 表二's
// `| 行政规范性文件⇥3⇥1⇥25 |   |…` was “not in its place, move it after 规章” right after 规章. Both are now
// cell-tab-joined, whose fix splits the cell (label and numbers) into the row's cells, and nothing else on the row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, edit, rowValues } from '../helpers.mjs';

/** `text` with the pipe row `label` written as pasted from Excel into its label cell: label and `values` tab-separated there, the old cells left empty. */
function pasteIntoLabelCell(text, label, values) {
  const row = text.match(new RegExp(`^\\| ${label.replace(/[（）()]/g, '\\$&')} +\\|.*$`, 'm'))[0];
  const cells = row.split('|').length - 3;
  return edit(text, row, `| ${[label, ...values].join('\t')} |${'  |'.repeat(cells)}`);
}
const byRule = (findings, id) => findings.filter((f) => f.ruleId === id);

const CASES = [
  { table: 't3', id: 'R3.1', label: '（一）予以公开', values: ['21', '2', '0', '0', '1', '0', '24'] },
  { table: 't2', id: 'T2.2', label: '行政规范性文件', values: ['3', '1', '25'] },
];

for (const { table, id, label, values } of CASES) {
  test(`${table}: “${label}” pasted with its numbers into its label cell is cell-tab-joined, split by the fix`, () => {
    const text = pasteIntoLabelCell(cleanDraft('2021'), label, values);
    const { findings } = core.analyze(text);
    const joined = byRule(findings, 'cell-tab-joined');
    assert.equal(joined.length, 1);
    assert.match(joined[0].message, new RegExp(`“${label.replace(/[（）]/g, '.')}”行的数字连同行名一起粘贴进了行名单元格，用制表符分隔（“${label.replace(/[（）]/g, '.')} ${values.join(' ')}”）`));
    assert.match(joined[0].message, /可自动拆分到各列/);
    // Not also “blank”, “out of its place” or blank cells to fill with 0.
    assert.deepEqual(byRule(findings, 'row-missing'), []);
    assert.deepEqual(byRule(findings, 'cell-blank'), []);
    const fixed = core.applyFixes(text, joined[0].fix.edits).text;
    const line = fixed.split('\n').find((l) => l.startsWith(`| ${label} |`));
    assert.equal(line, `| ${[label, ...values].join(' | ')} |`);
    assert.deepEqual(rowValues(core.parseReport(fixed), table, id), values.map(Number));
    assert.deepEqual(byRule(core.analyze(fixed).findings, 'cell-tab-joined'), []);
  });
}

test('English wording of a row pasted into its label cell', () => {
  const text = pasteIntoLabelCell(cleanDraft('2021'), '（一）予以公开', ['0', '0', '0', '0', '0', '0', '0']);
  const [f] = byRule(core.analyze(text, { locale: 'en' }).findings, 'cell-tab-joined');
  assert.match(f.message, /row “（一）予以公开” has its numbers together with the label pasted into the label cell, separated by tabs/);
});

test('a label cell with one number too few is reported without a split, and not as a blank row', () => {
  const text = pasteIntoLabelCell(cleanDraft('2021'), '（一）予以公开', ['21', '2', '0', '0', '1', '24']);
  const { findings } = core.analyze(text);
  const [f] = byRule(findings, 'cell-tab-joined');
  assert.match(f.message, /有 6 个数，格式规定为 7 个，无法判断各数属于哪一列，未自动拆分/);
  assert.equal(f.fix, undefined);
  assert.deepEqual(byRule(findings, 'row-missing'), []);
});
