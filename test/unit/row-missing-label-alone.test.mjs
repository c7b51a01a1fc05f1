// A template row pasted as its label alone, in its place (`| 行政处罚 |`, no cell after it), is a row without
// numbers ("整行空白"), as a row with empty cells is; not a row "not at its place in the format". The same label
// alone under another group is still out of place; the whole row moved there is read by its label (row-order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, only, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T3_ROW = '| 3.要求提供公开出版物                                                     | 0      | 0        | 0        | 0            | 0            | 0    | 0    |\n';
const UNKNOWN_ROW = CORRECT.split('\n').find((l) => l.startsWith('| 1.本机关不掌握相关政府信息')) + '\n';

const brief = (text) => only(text, 'row-missing').found.map((f) => [f.range.start.line + 1, f.message]);
const lineNo = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

test('表二: `| 行政处罚 |` in its place is the row without numbers, not a row out of place', () => {
  assert.deepEqual(brief(CORRECT), []);
  const text = edit(CORRECT, '| 行政处罚 | 86               |', '| 行政处罚 |');
  assert.deepEqual(brief(text), [[lineNo(text, '| 行政处罚 |'), '表二“行政处罚”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。']]);
});

test('表三: a label alone in its place gets the blank-row message with the numbers the column sums give', () => {
  const text = edit(CORRECT, T3_ROW, '| 3.要求提供公开出版物 |\n');
  const found = brief(text);
  assert.equal(found.length, 1);
  assert.equal(found[0][0], lineNo(text, '| 3.要求提供公开出版物 |'));
  assert.match(found[0][1], /^表三“3\.要求提供公开出版物”行没有数字（整行空白），请对照原表填写（按各列合计推算为 自然人 0、/);
});

test('the label alone under another group is still out of place', () => {
  const text = edit(edit(CORRECT, T3_ROW, ''), UNKNOWN_ROW, UNKNOWN_ROW + '| 3.要求提供公开出版物 |\n');
  const found = brief(text);
  assert.equal(found.length, 1);
  assert.match(found[0][1], /^表三的“3\.要求提供公开出版物”行不在格式规定的位置（第 \d+ 行）/);
});

test('the whole row moved under another group is read by its label: row-order says where it belongs, the fix moves it back', () => {
  const text = edit(edit(CORRECT, T3_ROW, ''), UNKNOWN_ROW, UNKNOWN_ROW + T3_ROW);
  assert.deepEqual(brief(text), []);
  const { found } = only(text, 'row-order');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line + 1, lineNo(text, '| 3.要求提供公开出版物'));
  assert.match(found[0].message, /^表三的行顺序与格式不同：“3\.要求提供公开出版物”（第 \d+ 行）按格式应在“2\.重复申请”（第 \d+ 行）之后。/);
  assert.equal(core.fixAll(text).text, CORRECT);
});
