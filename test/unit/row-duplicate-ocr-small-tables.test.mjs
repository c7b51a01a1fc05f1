// 表三 in the OCR layout that splits it into small tables (a `### （一）予以公开` heading over a table of its own, each
// row written without the template's ordinal, as 沭阳县's reports have it): a row written twice was read once and the
// other copy passed silently, even with other numbers (brk148 #5). A pipe table reports row-duplicate; so does this.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const BASE = corpusText('peers/kiro_shuyang-county_2025.txt');
const dup = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-duplicate');
const lineOf = (text, s) => text.split('\n').findIndex((l) => l === s);

test('brk148 #5: the unmodified 沭阳县 report has no row-duplicate (no header cell or column name taken for a row)', () => {
  assert.deepEqual(dup(BASE), []);
});

test('brk148 #5: 上年结转 written twice with other numbers (36, 30) is said, the row read named, without a fix', () => {
  const row = '| 上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |';
  const copy = '| 上年结转政府信息公开申请数量 | 30 | 0 | 0 | 0 | 0 | 0 | 30 |';
  const text = edit(BASE, row, `${row}\n${copy}`);
  const found = dup(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, lineOf(text, copy));
  assert.match(found[0].message, /二、上年结转政府信息公开申请数量.*数字不同.*按第 (\d+) 行读取/);
  assert.equal(Number(found[0].message.match(/按第 (\d+) 行读取/)[1]) - 1, lineOf(text, row));
  assert.equal(found[0].fix, undefined);
  assert.equal(core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R2').cells[0].value, 36);
});

test('brk148 #5: an exact copy right under the row, in any of the small tables, is deleted by the fix', () => {
  for (const [id, row] of [
    ['R2', '| 上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |'],
    ['R1', '| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |'],
    ['R3.1', '| 予以公开 | 290 | 1 | 0 | 0 | 3 | 0 | 294 |'],
    ['R3.6.3', '| 3. 其他 | 142 | 1 | 0 | 0 | 0 | 0 | 143 |'],
  ]) {
    const text = edit(BASE, row, `${row}\n${row}`);
    const found = dup(text);
    assert.equal(found.length, 1, id);
    assert.equal(found[0].data.row, id);
    assert.match(found[0].message, /完全相同/, id);
    assert.equal(core.fixAll(text).text, core.fixAll(BASE).text, `${id}: fixed as the report without the copy is`);
  }
});
