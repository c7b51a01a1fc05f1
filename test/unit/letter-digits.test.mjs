// Letters typed for digits inside a number (`1O5`, `2l`, `lO5`, `3B0`): number-invalid names the letters, the digits
// they look like and the number they would make, in the words it uses for a letter alone (`O`); a number that starts
// with such a letter is the row's value cell, not part of its label. 淮安市 2024
// (test/fixtures/reports/huaian-2024-pipe.md, clean) and 沭阳县发改局 2023 (corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS, ROOT, slice } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const FGJ = readFileSync(join(CORPUS, 'peers/kiro_shuyang-fgj_2023.txt'), 'utf8');

/** `text` with `from` (which must be there) replaced by `to`. */
function edit(text, from, to) {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

/** Findings as [rule, severity, text under the range, message, fixable]. */
const brief = (text, locale = 'zh') => {
  const { report, findings } = core.analyze(text, { locale });
  return findings.map((f) => [f.ruleId, f.severity, slice(report, f.range), f.message, Boolean(f.fix)]);
};

test('表三/表四 cells with letters among the digits: the letters, their digits and the number meant, no fix; nothing else reported', () => {
  assert.deepEqual(brief(BASE), []);
  const cases = [
    ['| 一、本年新收政府信息公开申请数量 | 3001 |', '| 一、本年新收政府信息公开申请数量 | 3OO1 |', '3OO1', '表三“一、本年新收政府信息公开申请数量”中的“3OO1”含有字母“O”，不是数字（是否应为 0，即 3001？）。'],
    // A letter first: the row's first value, not a word of its label (the row kept its seven cells).
    ['| 8.属于行政查询事项 | 105 |', '| 8.属于行政查询事项 | lO5 |', 'lO5', '表三“8.属于行政查询事项”中的“lO5”含有字母“l”“O”，不是数字（是否应为 1、0，即 105？）。'],
    ['| 2.重复申请 | 25 |', '| 2.重复申请 | 2S |', '2S', '表三“2.重复申请”中的“2S”含有字母“S”，不是数字（是否应为 5，即 25？）。'],
    ['| 72 | 64 | 178 |', '| 72 | 64 | l78 |', 'l78', '表四“行政复议、行政诉讼”中的“l78”含有字母“l”，不是数字（是否应为 1，即 178？）。'],
    ['| 行政处罚 | 3985758 |', '| 行政处罚 | 398S7B8 |', '398S7B8', '表二“行政处罚”中的“398S7B8”含有字母“S”“B”，不是数字（是否应为 5、8，即 3985788？）。'],
  ];
  for (const [from, to, cell, message] of cases) assert.deepEqual(brief(edit(BASE, from, to)), [['number-invalid', 'error', cell, message, false]], to);
  assert.deepEqual(brief(edit(BASE, '| 72 | 64 | 178 |', '| 72 | 64 | 1O5 |'), 'en').map((f) => f[3]),
    ['“1O5” in 表四 row “行政复议、行政诉讼” contains the letter “O”, not a number (0 meant, i.e. 105?).']);
});

test('沭阳县发改局 2023 表二: `O5` and `l0` are the row\'s invalid numbers (the row was lost: row-missing), worded as `O` alone is', () => {
  const base = brief(FGJ);
  const ROW = '| 行政处罚 | 0 |';
  const only = (text) => brief(text).filter((f) => !base.some((b) => JSON.stringify(b) === JSON.stringify(f)));
  assert.deepEqual(only(edit(FGJ, ROW, '| 行政处罚 | O |')), [['number-invalid', 'error', 'O', '表二“行政处罚”中的“O”是字母“O”，不是数字（是否应为 0？）。', false]]);
  assert.deepEqual(only(edit(FGJ, ROW, '| 行政处罚 | O5 |')), [['number-invalid', 'error', 'O5', '表二“行政处罚”中的“O5”含有字母“O”，不是数字（是否应为 0，即 05？）。', false]]);
  assert.deepEqual(only(edit(FGJ, ROW, '| 行政处罚 | l0 |')), [['number-invalid', 'error', 'l0', '表二“行政处罚”中的“l0”含有字母“l”，不是数字（是否应为 1，即 10？）。', false]]);
  // --fix leaves the cell for the author (a guess) and inserts no second 行政处罚 row.
  const fixed = core.fixAll(edit(FGJ, ROW, '| 行政处罚 | O5 |')).text;
  assert.equal(fixed.split('\n').filter((l) => l.includes('行政处罚')).length, 1);
  assert.ok(fixed.includes('| 行政处罚 | O5 |'));
  // A word of letters is no number: said as a word, not as digits.
  assert.deepEqual(only(edit(FGJ, ROW, '| 行政处罚 | OO |')).map((f) => f[3]), ['表二“行政处罚”中的“OO”不是数字：请只填阿拉伯数字，说明文字写在表外。']);
});
