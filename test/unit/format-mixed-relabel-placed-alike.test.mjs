// A 表二 row's 2019 and 2021 labels are placed alike (brk104 #8). The 2019 label 规范性文件 in a 2021 report is not a
// row of the format (format-mixed relabels it 行政规范性文件), and row-missing and row-order did not look at where it
// stood: written under 第二十条第（五）项 it had only format-mixed's warning, and once relabelled it was “写在了第二十条第
// （五）项之下…未自动修改”, a new error made by the fix (a plain swap of two rows of the 沭阳 2023 report's 表二 shows it).
// Such a row is now placed as the row it stands for. And a row inserted by row-missing has the cell count of the
// table it goes into, or is not inserted: `| 行政许可 |   |` went in among four-cell rows under a 第二十条第（五）项
// heading with no table of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, corpusText, edit } from '../helpers.mjs';

const SHUYANG = 'peers/kiro_shuyang-fgj_2023.txt';
const T2_RULES = ['row-missing', 'row-order', 'format-mixed', 'cell-count'];

/** The findings of `text` as rule, row and the line's text, 规范性文件 and 行政规范性文件 written alike. */
function keys(text, rules = null) {
  const lines = text.split('\n');
  return core.analyze(text).findings.filter((f) => !rules || rules.includes(f.ruleId)).map((f) => `${f.ruleId}|${f.data?.row ?? ''}|${lines[f.range.start.line].replace(/行政规范性文件|规范性文件/g, 'X')}`);
}
/** The 表二 findings of `core.fixAll(text)` that `text` did not have (a blank row's, the row the fix inserts, left out). */
function newAfterFix(text) {
  const fixed = core.fixAll(text).text;
  const had = new Set(keys(text));
  const lines = fixed.split('\n');
  const fresh = core.analyze(fixed).findings.filter((f) => T2_RULES.includes(f.ruleId) && !/整行空白/.test(f.message))
    .filter((f) => !had.has(`${f.ruleId}|${f.data?.row ?? ''}|${lines[f.range.start.line].replace(/行政规范性文件|规范性文件/g, 'X')}`));
  return { fixed, fresh: fresh.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`) };
}
/** `text` with its lines `i` and `j` (0-based) swapped. */
function swap(text, i, j) {
  const lines = text.split('\n');
  [lines[i], lines[j]] = [lines[j], lines[i]];
  return lines.join('\n');
}
const lineOf = (text, s) => text.split('\n').indexOf(s);
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');

test('沭阳 2023, 规范性文件 swapped with the 第二十条第（五）项 line below it: said as the 2021 label is, and --fix adds nothing', () => {
  const text = corpusText(SHUYANG);
  const at = lineOf(text, '| 规范性文件 | 8 | 0 | 18 |');
  const swapped = swap(text, at, at + 1);
  const relabelled = edit(swapped, '| 规范性文件 |', '| 行政规范性文件 |');
  // The same placement findings for either label.
  assert.deepEqual(keys(swapped, ['row-missing', 'row-order']), keys(relabelled, ['row-missing', 'row-order']));
  const [f] = core.analyze(swapped).findings.filter((x) => x.ruleId === 'row-missing');
  assert.equal(f.range.start.line, at + 1);
  assert.match(f.message, /写在了第二十条第（五）项之下/);
  assert.deepEqual(newAfterFix(swapped).fresh, []);
  const en = core.analyze(swapped, { locale: 'en' }).findings.find((x) => x.ruleId === 'row-missing');
  assert.match(en.message, /is written under 第二十条第（五）项/);
});

test('沭阳 2023: whichever two lines of 表二 are swapped, --fix adds no 表二 finding', () => {
  const text = corpusText(SHUYANG);
  const from = lineOf(text, '| 第二十条第（一）项 |');
  const to = lineOf(text, '| 行政事业性收费 | 0 |');
  const bad = [];
  for (let i = from; i <= to; i++) {
    for (let j = i + 1; j <= to; j++) {
      const { fresh } = newAfterFix(swap(text, i, j));
      if (fresh.length) bad.push(`lines ${i + 1} and ${j + 1}: ${fresh.join(' / ')}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the four-cell 表二 of brk104 08 (规范性文件 under a 第二十条第（五）项 line, no （五） table): no two-cell 行政许可 row among its rows', () => {
  // 沭阳 2023's 表二 cut to the repro's shape: 第二十条第（一）项's table, the （五） heading, then 规范性文件.
  let text = corpusText(SHUYANG);
  const at = lineOf(text, '| 规范性文件 | 8 | 0 | 18 |');
  text = edit(swap(text, at, at + 1), '| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 0 |\n', '');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-missing' && x.data.row === 'T2.3');
  assert.equal(f.fix, undefined);
  assert.match(f.message, /第二十条第（五）项的标题下没有表格，未自动插入/);
  const { fixed, fresh } = newAfterFix(text);
  assert.ok(!/^\| 行政许可 \|/m.test(fixed), 'no 行政许可 row inserted');
  // The row is moved back into 第二十条第（一）项, after 规章 (brk105 F9: its place among the item's rows); the same
  // 行政许可 finding stays, on the line above the （五） heading now.
  assert.match(fixed, /\| 规章 \| 0 \| 0 \| 0 \|\n\| 行政规范性文件 \| 8 \| 0 \| 18 \|\n\| 第二十条第（五）项 \|/);
  assert.deepEqual(fresh.map((x) => x.replace(/^\d+: /, '')), [`row-missing ${f.message}`]);
});

test('a 2021 第二十条第（六）项 table in the 2019 columns without 行政强制: no two-cell row among its four-cell rows', () => {
  const text = edit(corpusText(SHUYANG), '| 信息内容 | 本年处理决定数量 |\n| 行政处罚 | 0 |\n| 行政强制 | 0 |\n', '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| 行政处罚 | 0 | 0 | 0 |\n');
  const f = rowMissing(text).find((x) => x.data.row === 'T2.6');
  assert.equal(f.fix, undefined);
  assert.match(f.message, /插入处的表格每行 4 格，而按格式这一行有 2 格/);
  const { fixed, fresh } = newAfterFix(text);
  assert.ok(!/^\| 行政强制 \|\s*\|$/m.test(fixed), 'no two-cell row inserted');
  assert.deepEqual(fresh, []);
});

test('the same in a draft whose 第二十条第（六）项 table format-mixed converts: one 行政强制 row, not two', () => {
  // (The converted block has its 行政强制 row; the row inserted as well was a second one.)
  const text = edit(cleanDraft('2021'), '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政处罚 | 0                |\n| 行政强制 | 0                |', '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| --- | --- | --- | --- |\n| 行政处罚 | 3 | 1 | 4 |');
  assert.equal(rowMissing(text).find((x) => x.data.row === 'T2.6').fix, undefined);
  const { fixed } = newAfterFix(text);
  assert.equal(fixed.split('\n').filter((l) => /^\| 行政强制 \|/.test(l)).length, 1);
});
