// Found by a fresh user (breaker26 item 6): cell-blank named a blank cell of 表二 and 表四 by its place (`（第2列）`,
// `（第8项）`) while 表三's were named by column. 表二's blank is named by its block's column (本年废止件数) and 表四's by
// group and result (未经复议直接起诉·结果纠正), from the report's template. Fixture: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const blanks = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'cell-blank').map((f) => f.message);
const edited = (from, to) => {
  assert.ok(correct.includes(from), from);
  return correct.replace(from, to);
};

test('cell-blank names 表二\'s blank by its column: 本年废止件数 of 行政规范性文件', () => {
  const text = edited('| 行政规范性文件 | 3            | 1            | 25           |', '| 行政规范性文件 | 3            |              | 25           |');
  assert.deepEqual(blanks(text), ['表二“行政规范性文件”行有 1 个空白单元格（本年废止件数）：空白不等于 0，没有发生的请填 0。']);
});

test('cell-blank names 表四\'s blank by group and result: 未经复议直接起诉·结果纠正', () => {
  const row = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        |';
  const text = edited(row, row.replace(/\| 0        \|$/, '|          |'));
  const [zh] = blanks(text);
  assert.match(zh, /（未经复议直接起诉·结果纠正）/);
  assert.doesNotMatch(zh, /第\d+项/);
  assert.match(blanks(text, 'en')[0], /未经复议直接起诉·结果纠正/);
});
