// row-order: rows of 表二 or 表三 read by their labels but written in another order than the template's are said once
// per table (info), naming the first row out of place and where it belongs; the fix moves whole rows back into the
// template's order. A whole row under another group is read by its label too; a row not read as itself (its label alone
// under another group) stays row-missing's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, only } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
/** The 0-based line of `CORRECT` that starts with `| label`. */
const lineOf = (label) => {
  const i = lines.findIndex((l) => l.startsWith(`| ${label}`));
  assert.ok(i >= 0, label);
  return i;
};
/** `CORRECT` with lines `[from, to)` moved to stand before line `before` (all 0-based, `before` outside the block). */
function moveLines(from, to, before) {
  const block = lines.slice(from, to);
  const rest = [...lines.slice(0, from), ...lines.slice(to)];
  const at = before > from ? before - block.length : before;
  return [...rest.slice(0, at), ...block, ...rest.slice(at)].join('\n');
}
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId).sort();
const fixed = (f, text) => core.applyFixes(text, f.fix.edits).text;

test('row-order: 表三 in template order (the example report) gives no finding', () => {
  assert.deepEqual(only(CORRECT, 'row-order').found, []);
});

test('row-order: （一）予以公开 and （二）部分公开 swapped with their values are said once; the fix swaps them back', () => {
  const first = lineOf('（一）予以公开');
  const swapped = moveLines(first + 1, first + 2, first);
  const [f, ...more] = only(swapped, 'row-order').found;
  assert.deepEqual(more, []);
  assert.equal(f.severity, 'info');
  assert.equal(f.range.start.line, first + 1);
  assert.equal(f.message, `表三的行顺序与格式不同：“（一）予以公开”（第 ${first + 2} 行）按格式应在“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”（第 ${first + 1} 行）之前。各行的数已按行名读取和核对；格式规定了行的顺序，请按格式调整。修复按格式的顺序整行移动各行，内容不变。`);
  const en = core.analyze(swapped, { locale: 'en' }).findings.find((x) => x.ruleId === 'row-order');
  assert.equal(en.message, `表三's rows are in another order than the template's: “（一）予以公开” (line ${first + 2}) belongs before “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” (line ${first + 1}) in the format. Each row was read and checked by its label; the format fixes the order. The fix moves whole rows into the template's order, their text unchanged.`);
  assert.equal(fixed(f, swapped), CORRECT);
  // The values were read by the labels: nothing else is said.
  assert.deepEqual(ruleIds(swapped), [...ruleIds(CORRECT), 'row-order'].sort());
});

test('row-order: 表三 （四）无法提供 with its rows moved above （三）不予公开 names the group; the fix moves the group back', () => {
  const three = lineOf('（三）不予公开'), four = lineOf('（四）无法提供'), five = lineOf('（五）不予处理');
  const moved = moveLines(four, five, three);
  const [f, ...more] = only(moved, 'row-order').found;
  assert.deepEqual(more, []);
  assert.equal(f.range.start.line, three + 1);
  assert.match(f.message, /^表三的行顺序与格式不同：“（四）无法提供”及其各行（第 \d+ 行）按格式应在“8\.属于行政查询事项”（第 \d+ 行）之后。/);
  assert.equal(fixed(f, moved), CORRECT);
});

test('row-order: 表二 规章 and 行政规范性文件 swapped are said; the fix swaps them back', () => {
  const rule = lineOf('规章');
  const swapped = moveLines(rule + 1, rule + 2, rule);
  const [f, ...more] = only(swapped, 'row-order').found;
  assert.deepEqual(more, []);
  assert.equal(f.data.table, 't2');
  assert.match(f.message, /^表二的行顺序与格式不同：“规章”（第 \d+ 行）按格式应在“行政规范性文件”（第 \d+ 行）之前。/);
  assert.equal(fixed(f, swapped), CORRECT);
});

test('row-order: a row the template does not know between the rows to move leaves the finding without a fix', () => {
  const first = lineOf('（一）予以公开');
  const swapped = moveLines(first + 1, first + 2, first).split('\n');
  swapped.splice(first + 1, 0, '| 其中：网上申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  const text = swapped.join('\n');
  const [f] = only(text, 'row-order').found;
  assert.equal(f.fix, undefined);
  assert.match(f.message, /未自动修改/);
});

test('row-order: a whole row under another group is read by its label, and it is the row named', () => {
  // 4.无正当理由大量反复申请 moved under （六）其他处理: read as itself, with its numbers.
  const row = lineOf('4.无正当理由大量反复申请');
  const moved = moveLines(row, row + 1, lineOf('（七）总计'));
  assert.deepEqual(ruleIds(moved), ['row-order']);
  const [f] = only(moved, 'row-order').found;
  assert.equal(f.range.start.line, lineOf('（七）总计') - 1);
  assert.match(f.message, /^表三的行顺序与格式不同：“4\.无正当理由大量反复申请”（第 \d+ 行）按格式应在“3\.要求提供公开出版物”（第 \d+ 行）之后。/);
  assert.equal(fixed(f, moved), CORRECT);
});
