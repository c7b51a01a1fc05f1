// A pdftotext -layout township report: 表四 labels wrapped over two lines, row-missing and cell-blank in a
// space-aligned 表三 (found by breaker20).
// breaker20 items 4 and 7, on their pdftotext -layout township report (test/fixtures/pdftext-township-report, the reviewer's
// input as it is: 表三 with 商业机构 for 商业企业, 2.重复申请 missing and a blank cell, 表四 with wrapped headers).
// 4: 表四's leaf labels wrapped over two lines (`结果` over `维持`, as a PDF prints a narrow column) gave 12
//    column-label warnings, one per upper half. The halves are now joined by where they stand, so the header reads
//    as the template's; a misspelling in a wrapped label is still found, and fixed in the half that is wrong.
// 7: a row missing from a space-aligned 表三 said "修复插入空白行" with no fix attached; and a blank cell of a
//    space-aligned row was "有 6 个数值" (cell-count) though the other rows' columns show which one is empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const TEXT = readFileSync(join(ROOT, 'test/fixtures/pdftext-township-report/r10-township-2024.txt'), 'utf8');
const lineOf = (text, i) => text.split('\n')[i];
/** 0-based index of the one line of `text` that starts with `start`. */
const lineStarting = (text, start) => {
  const hits = text.split('\n').map((l, i) => (l.startsWith(start) ? i : -1)).filter((i) => i >= 0);
  assert.equal(hits.length, 1, start);
  return hits[0];
};
const of = (text, rule, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === rule);
const t4Labels = (text) => of(text, 'column-label').filter((f) => f.data.table === 't4');
/** Display width: a Chinese character takes two columns. */
const width = (s) => core.displayWidth(s);
/** The display columns at which the numbers of a space-aligned line start. */
const numberColumns = (line) => [...line.matchAll(/\d+/g)].filter((m) => !/[.、]/.test(line[m.index + m[0].length] ?? '')).map((m) => width(line.slice(0, m.index)));

/** The fixture with the wrapped header's lower line (`  维持  纠正  结果  审结 …`) changed by `change`. */
function lowerHeader(change) {
  const i = lineStarting(TEXT, '  维持  纠正');
  const lines = TEXT.split('\n');
  lines[i] = change(lines[i]);
  return { text: lines.join('\n'), at: i };
}

test('表四 header wrapped over two lines (结果 / 维持, 尚未 / 审结): read whole, no column-label (was 12 warnings)', () => {
  assert.deepEqual(t4Labels(TEXT).map((f) => f.message), []);
  const { report } = core.analyze(TEXT);
  assert.equal(report.tables.t4.broken, undefined);
  assert.deepEqual(of(TEXT, 'cell-count').filter((f) => f.data.table === 't4'), []);
});

test('a misspelling in the lower half of a wrapped 表四 label (结果 / 维待) is found there, and fixed in that half only', () => {
  const { text, at } = lowerHeader((l) => l.replace('维持', '维待'));
  const found = t4Labels(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].message, '表四的列标题“结果维待”（折行写作“结果”“维待”）与格式不一致，应为“结果维持”。');
  assert.equal(found[0].data.column, 'G1.1');
  assert.equal(found[0].range.start.line, at);
  assert.equal(lineOf(text, at).slice(found[0].range.start.character, found[0].range.end.character), '维待');
  assert.match(of(text, 'column-label', 'en').find((f) => f.data.table === 't4').message, /“结果维待” \(wrapped as “结果” “维待”\) differs from the template: “结果维持”/);
  const fixed = core.fixAll(text).text;
  assert.equal(lineOf(fixed, at), lineOf(TEXT, at));
  assert.equal(lineOf(fixed, at - 1), lineOf(TEXT, at - 1));
  assert.deepEqual(t4Labels(fixed), []);
});

test('a misspelling in the upper half (结里 / 维持) of the third group is found at the upper half', () => {
  const i = lineStarting(TEXT, '  结果  结果  其他');
  const lines = TEXT.split('\n');
  const third = lines[i].lastIndexOf('结果  结果');
  lines[i] = lines[i].slice(0, third) + '结里' + lines[i].slice(third + 2);
  const text = lines.join('\n');
  const found = t4Labels(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“结里维持”（折行写作“结里”“维持”）与格式不一致，应为“结果维持”。$/);
  assert.equal(found[0].data.column, 'G3.1');
  assert.deepEqual([found[0].range.start.line, found[0].range.start.character], [i, third]);
  const fixed = core.fixAll(text).text;
  assert.equal(lineOf(fixed, i), lineOf(TEXT, i));
  assert.equal(lineOf(fixed, i + 1), lineOf(TEXT, i + 1));
});

test('a wrapped 表四 label with a character too many (结果 / 维持持): found, not fixed (which line loses it cannot be told)', () => {
  const { text } = lowerHeader((l) => l.replace('维持  纠正', '维持持 纠正'));
  const found = t4Labels(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“结果维持持”（折行写作“结果”“维持持”）与格式不一致，应为“结果维持”；该列标题折行书写，各行应写哪几个字无法确定，未自动修改。$/);
  assert.equal(found[0].fix, undefined);
});

test('row-missing in a space-aligned 表三: the message says the row is not inserted (no fix), and --fix inserts nothing', () => {
  const [zh] = of(TEXT, 'row-missing');
  const [en] = of(TEXT, 'row-missing', 'en');
  assert.equal(zh.fix, undefined);
  assert.doesNotMatch(zh.message, /修复插入/);
  assert.match(zh.message, /^表三缺少“2\.重复申请”行。应在“1\.信访举报投诉类申请”之后。表格以空格对齐，写不出空白单元格，未自动插入；请对照原表补上这一行(（按各列合计推算为[^）]+）)?。$/);
  assert.doesNotMatch(en.message, /The fix inserts/);
  assert.match(en.message, /The table is aligned with spaces, which cannot hold a blank cell: not inserted automatically; add the row from the original table( \(the column totals give [^)]+\))?\.$/);
  assert.ok(!core.fixAll(TEXT).text.includes('2.重复申请'));
  // Where the row is inserted (a pipe table), the message still says so.
  const pipe = readFileSync(join(ROOT, 'test/fixtures/column-label-text-layouts/clean-pipe.md'), 'utf8');
  const [inserted] = of(pipe.split('\n').filter((l) => !l.includes('| 2.重复申请 |')).join('\n'), 'row-missing');
  assert.ok(inserted.fix);
  assert.match(inserted.message, /修复插入空白行，请对照原表填写（按各列合计推算为/);
});

test('a blank cell of a space-aligned 表三 row is cell-blank naming its column (商业企业), fixed in place; a row not in the columns stays cell-count', () => {
  const at = lineStarting(TEXT, '3.要求提供公开出版物');
  assert.deepEqual(of(TEXT, 'cell-count'), []);
  const found = of(TEXT, 'cell-blank');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^表三“3\.要求提供公开出版物”行有 1 个空白单元格（商业企业）/);
  assert.equal(found[0].range.start.line, at);
  // The blank is where the column's numbers stand on the other rows.
  const other = numberColumns(lineOf(TEXT, at + 1));
  assert.equal(width(lineOf(TEXT, at).slice(0, found[0].range.start.character)), other[1]);
  const fixed = core.fixAll(TEXT).text;
  assert.deepEqual(numberColumns(lineOf(fixed, at)), other);
  assert.equal(lineOf(fixed, at), lineOf(TEXT, at).slice(0, found[0].range.start.character) + '0' + lineOf(TEXT, at).slice(found[0].range.end.character));
  assert.deepEqual(of(fixed, 'cell-blank'), []);
  assert.deepEqual(of(fixed, 'cell-count'), []);
  // The row's numbers not standing in the columns: which cell is empty is not certain, and the row stays short.
  const loose = edit(TEXT, lineOf(TEXT, at), '3.要求提供公开出版物  0 0 0 0 0 0');
  const counts = of(loose, 'cell-count');
  assert.equal(counts.length, 1, counts.map((f) => f.message).join('\n'));
  assert.match(counts[0].message, /表三“3\.要求提供公开出版物”行有 6 个数值，格式规定为 7 个。/);
  assert.deepEqual(of(loose, 'cell-blank'), []);
});

test('a blank in a column wider than its number: the number is written right-aligned over the blank, the columns stay', () => {
  // 自然人 gets a two-digit-wide column (`07`), then 4.无正当理由大量反复申请 leaves it empty.
  let text = edit(TEXT, '一、本年新收政府信息公开申请数量                                                     7', '一、本年新收政府信息公开申请数量                                                    07');
  const at = lineStarting(text, '4.无正当理由大量反复申请');
  const before = lineOf(text, at);
  text = edit(text, before, before.replace(/ 0( +0)/, '  $1'));
  // (3.要求提供公开出版物 keeps its blank 商业企业 of the fixture.)
  const found = of(text, 'cell-blank').filter((f) => f.range.start.line === at);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /（自然人）/);
  assert.equal(found[0].fix.edits[0].newText, ' 0');
  assert.equal(lineOf(core.fixAll(text).text, at), before);
});

test('a blank in the last column of a line that ends before it: said (cell-blank, 总计), not filled (it would not stand in its column)', () => {
  const at = lineStarting(TEXT, '（一）予以公开');
  const text = edit(TEXT, lineOf(TEXT, at), lineOf(TEXT, at).replace(/ +3$/, ''));
  const found = of(text, 'cell-blank').filter((f) => f.range.start.line === at);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^表三“（一）予以公开”行有 1 个空白单元格（总计）：空白不等于 0，没有发生的请填 0。未自动填写：表格以空格对齐，这一行在该列之前就结束了，填入的数对不齐该列，请对照原表填写。$/);
  assert.equal(found[0].fix, undefined);
});
