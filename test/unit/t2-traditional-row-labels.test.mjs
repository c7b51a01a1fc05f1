// 表二 row labels in traditional characters in a simplified draft (brk105 F2): one row pasted from a `big5` page
// (`| 行政處罰 | 86 |`) is far too little of the text to read the report through its simplified view, and 表二 matched
// its labels as written: a false row-missing (and a blank `| 行政处罚 |  |` row inserted by --fix), an info calling
// the row a local one, or a row-label “相差 1 个字” whose fix wrote simplified 行政许可 into the traditional line.
// A label whose simplified form is a template label is that row (as 表三's already were): no finding, no fix, the
// text and its range as written. The base is examples/correct-2024.nianbao.md (0 findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => `${f.ruleId}:${f.message}`);
const rowOf = (text, label) => core.analyze(text).report.tables.t2.rows.find((r) => r.label === label);

test('a 表二 row labelled in traditional characters is that row: no finding, its number read, its label as written', () => {
  for (const [from, to, label, value] of [
    ['| 行政处罚 | 86               |', '| 行政處罰 | 86               |', '行政处罚', 86],
    ['| 行政事业性收费 | 12.5                       |', '| 行政事業性收費 | 12.5                       |', '行政事业性收费', 12.5],
    ['| 行政许可 | 1520             |', '| 行政許可 | 1520             |', '行政许可', 1520],
  ]) {
    const text = edit(CORRECT, from, to);
    assert.notEqual(text, CORRECT);
    assert.deepEqual(ids(text), [], to);
    const row = rowOf(text, label);
    assert.equal(row.match.kind, 'exact', to);
    assert.equal(row.match.raw.trim(), to.split('|')[1].trim(), to);
    assert.equal(row.cells[0].value, value, to);
  }
});

test('a 表二 block in traditional characters (header and row) is read the same way (th6)', () => {
  const text = edit(edit(CORRECT, '| 行政许可 | 1520             |', '| 行政許可 | 1520             |'),
    '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政許可', '| 信息內容 | 本年處理決定數量 |\n| -------- | ---------------- |\n| 行政許可');
  assert.match(text, /信息內容 \| 本年處理決定數量/);
  assert.deepEqual(ids(text), []);
  assert.equal(rowOf(text, '行政许可').cells[0].value, 1520);
});

test('a wrong label in traditional characters is still no row of the template', () => {
  // (行政處分 is 行政处分, not 行政处罚: not this row read as exact.)
  const text = edit(CORRECT, '| 行政处罚 | 86               |', '| 行政處分 | 86               |');
  assert.notEqual(rowOf(text, '行政处罚').match.kind, 'exact');
});
