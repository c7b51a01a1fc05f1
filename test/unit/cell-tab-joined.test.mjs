// A spreadsheet row pasted into one cell of a pipe table (breaker34 item 5): `| 40\t3\t0\t1\t2\t0\t46 |` in the
// first value cell of each 表三 row gave one number-invalid error per row ("not a number: put notes outside the
// table") and cell-count "every row is 6 columns short". Now: one cell-tab-joined finding for the table saying the numbers
// were pasted into one cell with tabs between them, whose fix splits every row with the template's count of numbers
// into its cells (tabs become pipes, no character of the numbers lost); a row with another count is named, not split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const T3_FROM = LINES.findIndex((l) => l.startsWith('| 一、本年新收'));
const T3_TO = LINES.findIndex((l) => l.startsWith('| 四、结转下年度'));

/** The example with each 表三 data row's numbers in one cell, tab-separated (`change` may rewrite a row's fields). */
function pastedIntoOneCell(change = (label, fields) => fields) {
  return LINES.map((l, i) => {
    if (i < T3_FROM || i > T3_TO) return l;
    const cells = l.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.slice(1).every((c) => c === '')) return l;
    return `| ${cells[0]} | ${change(cells[0], cells.slice(1)).join('\t')} |`;
  }).join('\n');
}
const ofRules = (findings, ...ids) => findings.filter((f) => ids.includes(f.ruleId));

test('every 表三 row pasted into one cell: one cell-tab-joined finding, no number-invalid; its fix splits them and the report checks clean', () => {
  const text = pastedIntoOneCell();
  const { findings } = core.analyze(text);
  assert.deepEqual(ofRules(findings, 'number-invalid'), []);
  const cc = ofRules(findings, 'cell-tab-joined');
  assert.equal(cc.length, 1);
  assert.equal(cc[0].message, '表三有 25 行的数字粘贴进了同一个单元格，用制表符分隔（如“一、本年新收政府信息公开申请数量”行的“40 3 0 1 2 0 46”）：竖线表格中每个数应在自己的单元格里，这些行的数未读取，相关合计未核对。可自动拆分到各列。');
  const en = ofRules(core.analyze(text, { locale: 'en' }).findings, 'cell-tab-joined')[0].message;
  assert.equal(en, '表三: 25 rows have their numbers pasted into one cell, separated by tabs (such as “40 3 0 1 2 0 46” in row “一、本年新收政府信息公开申请数量”): in a pipe table each number goes in a cell of its own; those rows\' numbers were not read and their sums not checked. The fix splits them into their cells.');
  assert.equal(cc[0].range.start.line, T3_FROM);
  // The fix only turns tabs into cell borders: every character of the numbers is kept.
  const { edits } = cc[0].fix;
  assert.equal(edits.length, 25);
  for (const e of edits) assert.equal(e.newText.replaceAll(' | ', '\t'), text.split('\n')[e.range.start.line].slice(e.range.start.character, e.range.end.character));
  const fixed = core.applyFixes(text, edits).text;
  assert.equal(fixed.split('\n')[T3_FROM], '| 一、本年新收政府信息公开申请数量 | 40 | 3 | 0 | 1 | 2 | 0 | 46 |');
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

test('a row with a number too few is named and left as it is; the others are split; a wrong sum shows once split', () => {
  // 上年结转 lost one number; （一）予以公开's 总计 is wrong (25 for 24).
  const text = pastedIntoOneCell((label, f) => (label.startsWith('二、上年结转') ? f.slice(1) : label === '（一）予以公开' ? [...f.slice(0, 6), '25'] : f));
  const cc = ofRules(core.analyze(text).findings, 'cell-tab-joined');
  assert.equal(cc.length, 1);
  assert.match(cc[0].message, /其中“二、上年结转政府信息公开申请数量”行有 6 个数，格式规定为 7 个，无法判断各数属于哪一列，未自动拆分，请对照原表逐格填写；其余 24 行可自动拆分到各列。$/);
  assert.equal(cc[0].fix.edits.length, 24);
  const fixed = core.applyFixes(text, cc[0].fix.edits).text;
  assert.ok(fixed.includes('| 二、上年结转政府信息公开申请数量 | 0\t0\t0\t0\t0\t2 |'), 'the short row is kept as written');
  const after = core.analyze(fixed).findings;
  // Split, the wrong total is found where it is, and the short row is the one row left to cell-tab-joined.
  assert.ok(after.some((f) => f.ruleId === 'sum-applicants' && f.actual === 25), after.map((f) => f.ruleId).join());
  assert.deepEqual(ofRules(after, 'cell-tab-joined').map((f) => [f.message, Boolean(f.fix)]), [['表三“二、上年结转政府信息公开申请数量”行的数字粘贴进了同一个单元格，用制表符分隔（“0 0 0 0 0 2”）：竖线表格中每个数应在自己的单元格里，这一行的数未读取，相关合计未核对。其中“二、上年结转政府信息公开申请数量”行有 6 个数，格式规定为 7 个，无法判断各数属于哪一列，未自动拆分，请对照原表逐格填写。', false]]);
});

test('words with a tab in a cell are still number-invalid (only numbers and stand-ins make a pasted row)', () => {
  const text = pastedIntoOneCell((label, f) => (label === '（一）予以公开' ? [f[0], '两', ...f.slice(2)] : f));
  const { findings } = core.analyze(text);
  assert.deepEqual(ofRules(findings, 'number-invalid').map((f) => f.data.row), ['R3.1']);
  assert.match(ofRules(findings, 'cell-tab-joined')[0].message, /^表三有 24 行的数字/);
});

test('表四\'s value row pasted into one cell: cell-tab-joined says so (not table-unreadable), and its fix splits the 15 numbers', () => {
  const row = LINES.findIndex((l, i) => i > LINES.findIndex((x) => x.includes('| 结果维持')) && /^\|\s*\d/.test(l));
  const numbers = LINES[row].split('|').slice(1, -1).map((c) => c.trim());
  const text = LINES.map((l, i) => (i === row ? `| ${numbers.join('\t')} |` : l)).join('\n');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['cell-tab-joined']);
  assert.equal(findings[0].message, '表四的数值行的数字粘贴进了同一个单元格，用制表符分隔（“2 0 1 0 3 1 0 0 1 2 0 0 0 0 0”）：竖线表格中每个数应在自己的单元格里，这一行的数未读取，相关合计未核对。可自动拆分到各列。');
  const fixed = core.applyFixes(text, findings[0].fix.edits).text;
  assert.equal(fixed.split('\n')[row], `| ${numbers.join(' | ')} |`);
  assert.deepEqual(core.analyze(fixed).findings, []);
});
