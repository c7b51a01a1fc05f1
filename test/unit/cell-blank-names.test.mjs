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
  // (The prose says 废止1件: no 0 is written, and the message says why; helper-204 #1.)
  assert.deepEqual(blanks(text), ['表二“行政规范性文件”行有 1 个空白单元格（本年废止件数）：空白不等于 0，没有发生的请填 0。未自动填 0：正文第 11 行写“废止1件”，这一格应为 1，请对照原表填写。']);
  assert.deepEqual(blanks(text.replace('废止1件，', '')), ['表二“行政规范性文件”行有 1 个空白单元格（本年废止件数）：空白不等于 0，没有发生的请填 0。']);
});

test('cell-blank names 表四\'s blank by group and result: 未经复议直接起诉·结果纠正', () => {
  const row = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        |';
  const text = edited(row, row.replace(/\| 0        \|$/, '|          |'));
  const [zh] = blanks(text);
  assert.match(zh, /（未经复议直接起诉·结果纠正）/);
  assert.doesNotMatch(zh, /第\d+项/);
  assert.match(blanks(text, 'en')[0], /未经复议直接起诉·结果纠正/);
});

// breaker27 item 1: a row whose blanks only the column sums can decide (its 总计 blank too) said "行中的合计定不出这些格的数
// …请对照原表填写", yet --fix filled it: fix-all fixes in turn, and once another row's blanks in those columns were
// filled, the column sums decided this row too. The message now says so.
test('cell-blank: blanks the column sums would decide but for other rows\' blanks say that --fix fills in turn; fix-all then fills both rows', () => {
  const a = '| 1.属于国家秘密                                                           | 0      | 0        | 0        | 0            | 0            | 0    | 0    |';
  const b = '| 3.补正后申请内容仍不明确                                                 | 0      | 0        | 0        | 0            | 0            | 0    | 0    |';
  const text = edited(a, '| 1.属于国家秘密                                                           |        | 0        | 0        | 0            | 0            | 0    |      |')
    .replace(b, '| 3.补正后申请内容仍不明确                                                 | 0      | 0        |          |              | 0            | 0    | 0    |');
  const found = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(found.length, 2);
  const first = found.find((f) => f.message.includes('1.属于国家秘密'));
  assert.equal(first.fix, undefined);
  // (brk106 #16: naming the row whose own total decides its blanks, which --fix fills, not promising every other blank.)
  assert.match(first.message, /表中其他行还有空白单元格。其中“3.补正后申请内容仍不明确”行的空白能由该行合计定出，修复会填上；nianbao check --fix（或编辑器的“修复全部可自动修复的问题”）填上后重新检查/);
  assert.ok(found.find((f) => f.message.startsWith('表三“3.补正后')).fix, 'the other row is filled first');
  const fixed = core.fixAll(text).text;
  assert.deepEqual(core.checkReport(core.parseReport(fixed)).filter((f) => f.ruleId === 'cell-blank'), []);
  assert.ok(fixed.includes(a) && fixed.includes(b), 'both rows filled with the 0s the sums give');
});
