// A table pasted one cell a line, its cells on adjacent lines, with one cell blank: the empty line is that blank cell
// (helper-213 #3). The row's numbers were read a column off (6 values, sums on shifted columns), where every other
// layout says the blank and fixes it from the row's total. A web page's paragraphs (an empty line after every cell, or
// after every label) put no blank cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const perLine = rewriteRows(example, (cells) => cells.filter(Boolean));

/** `perLine` with the `k`-th cell (1-based) of 表三's row `label` emptied. */
function blanked(label, k) {
  const lines = perLine.split('\n');
  const row = lines.indexOf(label);
  assert.ok(row > 0, label);
  const was = lines[row + k];
  lines[row + k] = '';
  return { text: lines.join('\n'), line: row + k, was };
}

test('a blank first or middle cell is said on its line and fixed from the row\'s total', () => {
  for (const [label, k, column] of [['（一）予以公开', 1, '自然人'], ['2.其他法律行政法规禁止公开', 3, '科研机构']]) {
    const { text, line, was } = blanked(label, k);
    const findings = core.analyze(text).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['cell-blank'], `${label} ${k}`);
    assert.equal(findings[0].range.start.line, line);
    assert.match(findings[0].message, new RegExp(column));
    const fixed = core.applyFixes(text, findings[0].fix.edits).text;
    assert.equal(fixed.split('\n')[line], was);
    assert.deepEqual(core.analyze(fixed).findings, []);
  }
});

test('empty lines after every cell or after every label are no blank cells', () => {
  for (const [name, text] of [
    ['after every cell', rewriteRows(example, (c) => c.filter(Boolean).flatMap((x) => [x, '']))],
    ['after every label', rewriteRows(example, (c) => { const f = c.filter(Boolean); return [f[0], '', ...f.slice(1)]; })],
  ]) assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], name);
});

// helper-214 #11: a blank last cell (the empty line before the next label), and a blank cell where an empty line
// stands between every two cells (there three empty lines in a row hold one blank cell) were read as rows of 6 values:
// cell-count errors without a fix, and info sums on shifted columns. Each is said on its line and fixed from the row.
test('a blank last cell, and blank cells between paragraph-spaced cells, are said on their line and fixed', () => {
  // The last cell (总计) of 表三's 3.其他 row, whose 0 no sum decides here: said, filled with 0 by the fix.
  const { text, line, was } = blanked('3.其他', 7);
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-blank']);
  assert.equal(found[0].range.start.line, line);
  assert.match(found[0].message, /总计/);
  assert.equal(core.fixAll(text).text.split('\n')[line], was);
  assert.deepEqual(core.analyze(core.fixAll(text).text).findings, []);
  // An empty line after every cell; (一)予以公开's first cell, a middle cell and 3.其他's last cell left empty.
  const spaced = rewriteRows(example, (c) => {
    const f = c.filter(Boolean);
    const cells = f[0] === '（一）予以公开' ? [f[0], '', ...f.slice(2)] : f[0] === '2.其他法律行政法规禁止公开' ? [...f.slice(0, 3), '', ...f.slice(4)] : f[0] === '3.其他' ? [...f.slice(0, 7), ''] : f;
    return cells.flatMap((x) => [x, '']);
  });
  const blanks = core.analyze(spaced).findings;
  assert.deepEqual(blanks.map((f) => f.ruleId), ['cell-blank', 'cell-blank', 'cell-blank']);
  assert.deepEqual(blanks.map((f) => f.message.match(/空白单元格（(.+?)）/)[1]), ['自然人', '科研机构', '总计']);
  const fixed = core.fixAll(spaced).text;
  assert.deepEqual(core.analyze(fixed).findings, []);
  assert.equal(fixed, rewriteRows(example, (c) => c.filter(Boolean).flatMap((x) => [x, ''])).replace(/\n$/, '') + (spaced.endsWith('\n') ? '\n' : ''));
});

// helper-217 #2: "suppress here" on a finding in a table pasted one cell a line puts its comment line between the row's
// cell lines; the reader took that line for one more (blank) cell: 8 values, new false errors, nothing suppressed.
test('a comment line between the cells of a one-cell-a-line row is read as nothing: the suppression only suppresses', () => {
  const lines = perLine.split('\n');
  const row = lines.indexOf('（一）予以公开');
  // 表三's (一)予以公开 总计 24 → 25: sum-applicants at that cell.
  assert.equal(lines[row + 7], '24');
  lines[row + 7] = '25';
  const text = lines.join('\n');
  const found = core.analyze(text).findings;
  const f = found.find((x) => x.ruleId === 'sum-applicants');
  assert.equal(f.range.start.line, row + 7);
  const { edits } = core.suppressionEdits(core.parseReport(text).lines, f);
  const suppressed = core.applyFixes(text, edits).text;
  assert.ok(suppressed.split('\n').slice(row, row + 9).some((l) => l.includes('nianbao-disable-next-line sum-applicants')), 'the comment stands among the cells');
  assert.deepEqual(core.analyze(suppressed).findings.map((x) => x.ruleId), found.filter((x) => x !== f).map((x) => x.ruleId));
});

// helper-219 #5 (helper-217 #4): one cell a line with each cell's ` |` and the merged header's empty cells as ` |` lines:
// those header lines were read as 表四's values, so 表四 was 15 blanks (a false table-empty, its wrong total missed).
test('one cell a line with ` |` lines: the header\'s empty cells are no values; 表四 is read, a wrong total found', () => {
  const bars = rewriteRows(example, (cells) => cells.map((c) => `${c} |`));
  const base = core.parseReport(example);
  const report = core.parseReport(bars);
  assert.deepEqual(core.checkReport(report), []);
  assert.deepEqual(report.tables.t4.rows[0].cells.map((c) => c?.value ?? null), base.tables.t4.rows[0].cells.map((c) => c?.value ?? null));
  const wrong = bars.replace(/^(2 \|\n0 \|\n1 \|\n0 \|\n)3 \|$/m, '$14 |');
  assert.notEqual(wrong, bars);
  const errors = core.analyze(wrong).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => f.ruleId), ['sum-review']);
  assert.match(errors[0].message, /行政复议.*3（2 \+ 0 \+ 1 \+ 0），实为 4/);
});

// helper-219 #6: a PDF page's footer among the cells of a table pasted one cell a line (`第 3 页 共 8 页`, `第3页`, `3/8`)
// cut the row (11 false errors); `-3-` was already passed over.
test('a page footer among a row\'s cells is passed over, in each of its forms', () => {
  const lines = perLine.split('\n');
  const row = lines.indexOf('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  assert.ok(row > 0);
  for (const footer of ['第 3 页 共 8 页', '第3页', '第 3 页，共 8 页', '3/8', '- 3 -']) {
    const text = [...lines.slice(0, row + 3), footer, ...lines.slice(row + 3)].join('\n');
    assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], footer);
  }
});

// helper-219 #11: a blank last cell of a 表二 row (one cell a line): the row's width was looked up by all the text
// before its cells (the header's words with its label), found none, and the row was a cell-count error.
test('a blank last cell of a 表二 row pasted one cell a line is said on its line', () => {
  const lines = perLine.split('\n');
  const row = lines.indexOf('规章');
  assert.deepEqual(lines.slice(row, row + 4), ['规章', '0', '0', '0']);
  lines[row + 3] = '';
  const found = core.analyze(lines.join('\n')).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-blank']);
  assert.equal(found[0].range.start.line, row + 3);
  assert.match(found[0].message, /现行有效件数/);
});
