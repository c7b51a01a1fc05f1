// brk165 #4: the Markdown summary's ⚪ sum line named the groups (columns, rows) it checked, then said
// "1 处因单元格不是有效数字（“2件”）未核对" without naming the one left unchecked. Now it names each, with the cell that
// kept it unchecked: "1 处因单元格不是有效数字未核对：行政复议（“2件”）", "1 处因空白未核对：商业企业列".
// Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, runCli, folderWith } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    |';
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';

async function summary(text, locale = 'zh') {
  const dir = folderWith({ '2024.md': text });
  return (await runCli(['check', '--format', 'markdown', '--locale', locale, '2024.md'], { cwd: dir })).stdout;
}
const lineOf = (md, check) => md.split('\n').find((l) => l.includes(`| ${check} |`));
const T4_CHECK = '总计 = 维持 + 纠正 + 其他 + 尚未审结';
/** The same check as the English summary names it (its terms glossed, brk167 #3). */
const T4_CHECK_EN = 'total (总计) = upheld (结果维持) + corrected (结果纠正) + other results (其他结果) + pending (尚未审结)';

test('表四: the group left unchecked by a cell written `2件` is named, with the cell (zh and en)', async () => {
  // 行政复议's 维持 written `2件` (brk165 md/m1.md).
  const text = edit(CORRECT, T4_ROW, T4_ROW.replace('| 2        |', '| 2件      |'));
  assert.equal(lineOf(await summary(text), T4_CHECK),
    '| 表四 | 总计 = 维持 + 纠正 + 其他 + 尚未审结 | ⚪ | 未经复议直接起诉 2 = 1 + 0 + 0 + 1；复议后起诉 0 = 0 + 0 + 0 + 0（1 处因单元格不是有效数字未核对：行政复议（“2件”）） |');
  assert.match(lineOf(await summary(text, 'en'), T4_CHECK_EN), /\(1 not checked, cells that are not valid numbers: 行政复议 \(review\) \(“2件”\)\) \|$/);
});

test('表四: a group left unchecked by a blank cell is named too', async () => {
  const text = edit(CORRECT, T4_ROW, T4_ROW.replace('| 3    |', '|      |'));
  assert.match(lineOf(await summary(text), T4_CHECK), /\| ⚪ \| .*（1 处因空白未核对：行政复议） \|$/);
});

test('表三: the columns and rows left unchecked are named', async () => {
  // 商业企业's 新收 blank: the balance and the 总计 column's row sum leave that column and that row unchecked.
  const text = edit(CORRECT, R1, R1.replace('| 3        |', '|          |'));
  const md = await summary(text);
  assert.match(lineOf(md, '收支平衡：新收 + 上年结转 = （七）总计 + 结转下年度'), /（1 处因空白未核对：商业企业列） \|$/);
  assert.match(lineOf(md, '总计列 = 六类申请人之和'), /（1 处因空白未核对：“一、本年新收政府信息公开申请数量”行） \|$/);
  const written = edit(CORRECT, R1, R1.replace('| 46   |', '| 46件 |'));
  assert.match(lineOf(await summary(written), '收支平衡：新收 + 上年结转 = （七）总计 + 结转下年度'), /1 处因单元格不是有效数字未核对：总计列（“46件”）） \|$/);
});
