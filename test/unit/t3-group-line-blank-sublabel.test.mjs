// brk109 #1: a 表三 group label whose first sub-row shares its line (`(五)不予处理 | 1.信访举报投诉类申请 | 0 | … |`,
// seed 003's rows without an opening pipe, and Markdown pipe tables written the same way) with that sub-row's label
// blanked: `(五)不予处理 |  | 2 | 0 | … | 2 |`. The numbers were read as the group's subtotal, row-missing said
// 1.信访举报投诉类申请 was missing and --fix inserted a blank row, which a second --fix filled with the same numbers: the
// row twice. Now the empty cell after the group label is the sub-row's label cell, empty, as `|   | 2 | … |` on a
// line of its own is: row-label says so and its fix writes the label into the cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, only, ROOT } from '../helpers.mjs';

const SEED = corpusText('seeds/003_7487cbc35b761747.txt');
const WHOLE = readFileSync(join(ROOT, 'test/fixtures/t3-split/whole.md'), 'utf8');
const lineNo = (text, prefix) => text.split('\n').findIndex((l) => l.startsWith(prefix));
const t3Row = (text, id) => core.parseReport(text).tables.t3.rows.find((r) => r.id === id);

/** `text`'s one row-label finding on `line`: the empty label cell said and fixed; --fix writes `want` there, the row once. */
function fixesSubLabel(text, line, want, label) {
  assert.deepEqual(only(text, 'row-missing').found, [], 'no row said missing');
  const found = only(text, 'row-label').found.filter((f) => f.range.start.line === line);
  assert.equal(found.length, 1, `one row-label finding on line ${line + 1}`);
  assert.match(found[0].message, new RegExp(`行标签单元格是空的，按它在表中的位置读作“${label}”行`));
  assert.equal(core.applyFixes(text, found[0].fix.edits).text.split('\n')[line], want);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n')[line], want, '--fix writes the label into the cell');
  assert.equal(fixed.split('\n').length, text.split('\n').length, 'no row inserted');
  assert.equal(fixed.split('\n').filter((l) => l.includes(label)).length, 1, 'the row once');
  assert.equal(core.fixAll(fixed).text, fixed, 'a second --fix changes nothing');
}

test('seed 003: (五)不予处理\'s first sub-row label blanked, its numbers not zero: the sub-row read, not a subtotal', () => {
  const row = '(五)不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  const text = edit(SEED, row, '(五)不予处理 |  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
  const sub = t3Row(text, 'R3.5.1');
  assert.equal(sub.match.missing, 'cell');
  assert.deepEqual(sub.cells.map((c) => c?.value), [2, 0, 0, 0, 0, 0, 2]);
  assert.equal(t3Row(text, 'R3.5').subtotals, undefined, 'no subtotal of the group');
  fixesSubLabel(text, lineNo(SEED, '(五)不予处理'), '(五)不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '1.信访举报投诉类申请');
});

test('seed 003: the same with the seed\'s zeros, and under (四)无法提供: the fix gives back the seed\'s line', () => {
  for (const [row, label] of [['(五)不予处理 | 1.信访举报投诉类申请 |', '1.信访举报投诉类申请'], ['(四)无法提供 | 1.本机关不掌握相关政府信息 |', '1.本机关不掌握相关政府信息']]) {
    const text = edit(SEED, row, row.replace(` ${label} `, '  '));
    const line = lineNo(SEED, row.slice(0, 6));
    fixesSubLabel(text, line, SEED.split('\n')[line], label);
  }
});

test('a Markdown pipe table written the same way (`| （五）不予处理 |  | 1 | … |`) reads and fixes alike', () => {
  const row = '| （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  const base = edit(edit(WHOLE, row, row.replace('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |')), '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  const text = edit(base, '| 1.信访举报投诉类申请 | 1 |', '|  | 1 |');
  assert.deepEqual(t3Row(text, 'R3.5.1').cells.map((c) => c?.value), [1, 0, 0, 0, 0, 0, 1]);
  const line = lineNo(base, '| （五）不予处理');
  fixesSubLabel(text, line, base.split('\n')[line], '1.信访举报投诉类申请');
  assert.equal(core.fixAll(text).text.split('\n')[line], base.split('\n')[line]);
});

// The same with （六）其他处理, a group in the 2021 format only (a data row in the 2019 one): its line
// `（六）其他处理 |  | 1 | … |` was read as the group's subtotal, row-missing said 1.申请人无正当理由逾期不补正… was missing
// and --fix inserted it blank. The 2021 row list now reads it with the 2021 format's own group labels.
const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SIX_1 = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';

test('2021 format, （六）其他处理\'s first sub-row on the group\'s line with its label blanked: read, said and fixed as （五）\'s', () => {
  const row = `| （六）其他处理 | ${SIX_1} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;
  const base = edit(edit(WHOLE, row, row.replace('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |')), '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  const text = edit(base, `| ${SIX_1} | 1 |`, '|  | 1 |');
  assert.deepEqual(t3Row(text, 'R3.6.1').cells.map((c) => c?.value), [1, 0, 0, 0, 0, 0, 1]);
  assert.equal(t3Row(text, 'R3.6').subtotals, undefined, 'no subtotal of the group');
  const line = lineNo(base, '| （六）其他处理');
  fixesSubLabel(text, line, base.split('\n')[line], SIX_1);
});

test('2021 format, a one-label-column table (the example\'s) with （六） and its blanked first sub-row on one line, with and without opening pipes', () => {
  const lines = EXAMPLE.split('\n');
  const at = lines.findIndex((l) => l.startsWith('| （六）其他处理'));
  assert.ok(lines[at + 1].startsWith(`| ${SIX_1}`));
  const joined = [...lines.slice(0, at), '| （六）其他处理 |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', ...lines.slice(at + 2)];
  const piped = joined.join('\n');
  fixesSubLabel(piped, at, `| （六）其他处理 | ${SIX_1} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`, SIX_1);
  // Rows without the opening pipe (seed 003's layout), the line of dashes left out as such tables do.
  const t3 = joined.findIndex((l) => l.startsWith('| （本列数据'));
  const end = joined.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  const unopened = joined.flatMap((l, i) => (i < t3 || i > end ? [l] : /^\|\s*-/.test(l) ? [] : [l.replace(/^\| /, '')]));
  const line = at - 1;
  assert.ok(unopened[line].startsWith('（六）其他处理 |  | 1 |'));
  fixesSubLabel(unopened.join('\n'), line, `（六）其他处理 | ${SIX_1} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`, SIX_1);
});
