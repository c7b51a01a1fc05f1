// brk156 #1: a blank cell in a `pdftotext -layout` 表三 that runs over a page break was said only as cell-count
// ("行有 6 个数值…", no fix), though the rows of its page put their numbers at the same columns; with the 重复申请 row's
// 科研机构 cell blank, sum-results also blamed the 其他 column for the 总计 value that had slid into it. pdftotext sets
// each page of the table at its own offsets (and counts a Chinese character as one column), so the columns are read
// per page, in characters: the blank is a cell-blank naming its column, and the fix writes 0 where the column stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const BASE = corpusText('peers/govnianbao_huaian-city_2024.txt');
const check = (text) => core.analyze(text).findings.filter((f) => f.ruleId !== 'page-break');
/** BASE with the `k`th number of the 表三 row whose line holds `label` replaced by spaces. */
function blankCell(label, k) {
  const lines = BASE.split('\n');
  const i = lines.findIndex((l) => l.includes(label) && /\d\s+\d/.test(l));
  assert.ok(i >= 0, label);
  const m = [...lines[i].matchAll(/\d+/g)].filter((x) => x.index > 20)[k];
  lines[i] = lines[i].slice(0, m.index) + ' '.repeat(m[0].length) + lines[i].slice(m.index + m[0].length);
  return lines.join('\n');
}

test('the base report (表三 over two pages) checks clean', () => {
  assert.deepEqual(check(BASE).map((f) => f.ruleId), []);
});

for (const [label, k, column] of [
  ['4.无正当理由大量反复申请', 2, '科研机构'], // after the page break, at the columns of the rows around it
  ['2.重复申请', 2, '科研机构'], // after the page break
  ['3.危及', 1, '商业企业'], // before the page break
  ['二、上年结转', 2, '科研机构'],
  ['3、其他', 3, '社会公益组织'],
]) {
  test(`a blank ${column} cell of “${label}” is a cell-blank naming the column, and the fix writes 0 there`, () => {
    const text = blankCell(label, k);
    const found = check(text);
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['cell-blank', 'warning']], found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, new RegExp(`1 个空白单元格（${column}）`));
    assert.equal(core.fixAll(text).text, BASE);
  });
}

test('a number that stands between two columns is not placed: cell-count says the row is short', () => {
  const lines = BASE.split('\n');
  const i = lines.findIndex((l) => l.includes('4.无正当理由大量反复申请'));
  // The row's 科研机构 0 removed and its 商业企业 0 moved half-way into the gap before the 科研机构 column.
  const [, second, third] = [...lines[i].matchAll(/\d+/g)].filter((x) => x.index > 20);
  const chars = [...lines[i]];
  chars[second.index] = ' ';
  chars[third.index] = ' ';
  chars[Math.round((second.index + third.index) / 2)] = '0';
  lines[i] = chars.join('');
  const found = check(lines.join('\n'));
  assert.ok(found.some((f) => f.ruleId === 'cell-count'), found.map((f) => f.message).join('\n'));
  assert.ok(!found.some((f) => f.ruleId === 'cell-blank'));
});
