// brk160 #3: the Markdown summary said "1 处因空白未核对" for 表四's 行政复议 总计 written `3件` (a number with a unit, not
// blank: number-invalid's, left out of the sums), and showed the 表四 sum line ✅ although the 行政复议 group was never
// checked. Now it says the cell is not a valid number (quoting it), keeps "因空白" for blank cells, and a sum check
// left undone for a column, row or group is ⚪, not ✅. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, runCli, folderWith } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    |';

async function summary(text, locale = 'zh') {
  const dir = folderWith({ '2024.md': text });
  return (await runCli(['check', '--format', 'markdown', '--locale', locale, '2024.md'], { cwd: dir })).stdout;
}
const lineOf = (md, check) => md.split('\n').find((l) => l.includes(`| ${check} |`));

test('markdown summary: 表四 总计 `3件` is "not a valid number", not "blank", and the sum line is not ✅', async () => {
  const text = edit(CORRECT, T4_ROW, T4_ROW.replace('| 3    |', '| 3件  |'));
  const zh = lineOf(await summary(text), '总计 = 维持 + 纠正 + 其他 + 尚未审结');
  assert.equal(zh, '| 表四 | 总计 = 维持 + 纠正 + 其他 + 尚未审结 | ⚪ | 未经复议直接起诉 2 = 1 + 0 + 0 + 1；复议后起诉 0 = 0 + 0 + 0 + 0（1 处因单元格不是有效数字未核对：行政复议（“3件”）） |');
  const en = lineOf(await summary(text, 'en'), 'total (总计) = upheld (结果维持) + corrected (结果纠正) + other results (其他结果) + pending (尚未审结)');
  assert.match(en, /\| ⚪ \| .*\(1 not checked, cells that are not valid numbers: 行政复议 \(review\) \(“3件”\)\) \|$/);
  assert.doesNotMatch(en, /blank/);
});

test('markdown summary: a blank 表四 cell is still said blank, and that line is not ✅ either; a whole table is ✅ as before', async () => {
  const blank = edit(CORRECT, T4_ROW, T4_ROW.replace('| 3    |', '|      |'));
  const zh = lineOf(await summary(blank), '总计 = 维持 + 纠正 + 其他 + 尚未审结');
  assert.match(zh, /\| ⚪ \| .*（1 处因空白未核对：行政复议） \|$/);
  assert.match(lineOf(await summary(CORRECT), '总计 = 维持 + 纠正 + 其他 + 尚未审结'), /\| ✅ \| 行政复议 3 = 2/);
});
