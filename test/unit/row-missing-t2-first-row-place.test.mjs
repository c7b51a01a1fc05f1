// row-missing: the first row of a 表二 item goes into that item's table, never before a row of another item (brk104 #6).
// With no row of its item before it, a missing row was inserted right before the next row read, whatever item that
// row was: 规章 missing from the 上海市科委 2024 report (its 第二十条第（一）项 table is a pipe table after the other
// items, written as text) landed under 第二十条第（五）项's header, 11 lines above its table, and the next check said
// the inserted row was “写在了第二十条第（五）项之下…未自动修改”. A 2019 label standing for the row after it
// (规范性文件 in that 2021 report) is now a neighbour to place it by, and a row never goes where the items' headings
// would say it is out of place: there it is said without a fix, as the rule's docs have it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const STCSM = 'peers/kiro_shanghai-stcsm_2024.txt';
const SHUYANG = 'peers/kiro_shuyang-fgj_2023.txt';

const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
/** The findings of `text` as rule, row and the line's text (规范性文件 and 行政规范性文件 written alike). */
const keys = (text) => {
  const lines = text.split('\n');
  return core.analyze(text).findings.map((f) => `${f.ruleId}|${f.data?.row ?? ''}|${lines[f.range.start.line].replace(/行政规范性文件|规范性文件/g, 'X')}`);
};
/** The findings of `fixAll(text)` that `text` did not have, a blank row's (the row the fix inserts) left out. */
function newAfterFix(text) {
  const fixed = core.fixAll(text).text;
  const had = new Set(keys(text));
  const lines = fixed.split('\n');
  const found = core.analyze(fixed).findings.filter((f) => !/整行空白/.test(f.message));
  return { fixed, fresh: found.filter((f) => !had.has(`${f.ruleId}|${f.data?.row ?? ''}|${lines[f.range.start.line].replace(/行政规范性文件|规范性文件/g, 'X')}`)) };
}
const structural = (fs) => fs.filter((f) => ['row-missing', 'row-order', 'format-mixed', 'cell-count'].includes(f.ruleId));

test('上海市科委 2024 without its 规章 row: the fix inserts it in 第二十条第（一）项\'s table, above 规范性文件', () => {
  const text = edit(corpusText(STCSM), '| 规章 | 0 | 0 | 0 |\n', '');
  const [f] = rowMissing(text).filter((x) => x.data.row === 'T2.1');
  assert.ok(f?.fix, 'a row is inserted');
  const { fixed, fresh } = newAfterFix(text);
  const lines = fixed.split('\n');
  const row = lines.findIndex((l) => /^\| 规章 \|/.test(l));
  assert.deepEqual(lines.slice(row - 2, row + 2).map((l) => l.replace(/ +/g, ' ')), ['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '|---|---|---|---|', '| 规章 | | | |', '| 行政规范性文件 | 13 | 0 | 55 |']);
  assert.deepEqual(structural(fresh).map((x) => x.message), []);
  // What is left of it: the row to fill in.
  assert.deepEqual(rowMissing(fixed).map((x) => x.message), ['表二“规章”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。']);
});

test('沭阳 2023 without its 规章 row: inserted below 第二十条第（一）项\'s header, in the English run too', () => {
  const text = edit(corpusText(SHUYANG), '| 规章 | 0 | 0 | 0 |\n', '');
  const { fixed, fresh } = newAfterFix(text);
  const lines = fixed.split('\n');
  const row = lines.findIndex((l) => /^\| 规章 \|/.test(l));
  assert.deepEqual(lines.slice(row - 1, row + 2).map((l) => l.replace(/ +/g, ' ')), ['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | | | |', '| 行政规范性文件 | 8 | 0 | 18 |']);
  assert.deepEqual(structural(fresh).map((x) => x.message), []);
  const en = core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'row-missing' && x.data.row === 'T2.1');
  assert.match(en.message, /lacks the row “规章” of 第二十条第（一）项/);
});

test('上海市科委 2024, 规章 gone and 规范性文件 written under 第二十条第（五）项 (brk104 06): no row is inserted under （五）', () => {
  // The delta-debugged repro's shape in the real report: its item （一） heading with no table under it, the row of
  // that item after 行政许可's text line.
  let text = edit(corpusText(STCSM), '| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 13 | 0 | 55 |\n', '');
  text = edit(text, '行政许可 97\n', '行政许可 97\n| 规范性文件 | 13 | 0 | 55 |\n');
  const found = rowMissing(text);
  const guizhang = found.find((x) => x.data.row === 'T2.1');
  assert.equal(guizhang.fix, undefined);
  assert.match(guizhang.message, /表二缺少第二十条第（一）项的“规章”行。.*未自动插入/);
  // The row written under （五） is said as such, whichever format's label it has.
  const astray = found.find((x) => x.data.row === 'T2.2');
  assert.match(astray.message, /写在了第二十条第（五）项之下/);
  const { fixed, fresh } = newAfterFix(text);
  assert.ok(!/^\| 规章 \|/m.test(fixed), 'no 规章 row inserted');
  assert.deepEqual(structural(fresh).map((x) => x.message), []);
});

test('沭阳 2023 without 第二十条第（一）项 (heading, header and rows): said, not inserted before 第二十条第（五）项\'s row', () => {
  const text = edit(corpusText(SHUYANG), '| 第二十条第（一）项 |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 8 | 0 | 18 |\n', '');
  const first = rowMissing(text).filter((x) => ['T2.1', 'T2.2'].includes(x.data.row));
  assert.equal(first.length, 2);
  for (const f of first) {
    assert.equal(f.fix, undefined);
    assert.match(f.message, /第二十条第（一）项的标题和表格都不在表二中，未自动插入/);
  }
  const { fresh } = newAfterFix(text);
  assert.deepEqual(structural(fresh).map((x) => x.message), []);
});
