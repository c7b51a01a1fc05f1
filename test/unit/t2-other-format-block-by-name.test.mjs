// prose-table reads a 表二 block headed by the other format's columns by its header's column names, never by place
// (brk152 #3). Base: examples/correct-2024.nianbao.md (2021 format, prose
// “制发行政规范性文件3件，废止1件，现行有效25件”), whose 第二十条第（一）项 is rewritten in the 2019 columns
// 本年新制作数量 | 本年新公开数量 | 对外公开总数量 (templates.md §表二 2019), and
// fixtures/reports/brk140-b-scjg-2020-correct.md (a 2020 report in the 2019 format) with a block in the 2021 columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT, SMALL_TABLE_LAYOUTS } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const OLD = readFileSync(join(ROOT, 'test', 'fixtures', 'reports', 'brk140-b-scjg-2020-correct.md'), 'utf8');

const B1_2021 = `| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| -------------- | ------------ | ------------ | ------------ |
| 规章           | 0            | 0            | 0            |
| 行政规范性文件 | 3            | 1            | 25           |`;
// 本年新公开数量 3 stands where the 2021 format has 本年废止件数: read by place it was “废止 3” against the prose's 1.
const ROWS_2019 = [['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '0'], ['行政规范性文件', '3', '3', '25']];

const LAYOUTS = SMALL_TABLE_LAYOUTS;

for (const [name, layout] of Object.entries(LAYOUTS)) {
  test(`brk152 #3 (${name}): correct prose 废止1件 is not compared with the block's 本年新公开数量 read by place`, () => {
    const text = edit(CORRECT, B1_2021, layout(ROWS_2019));
    assert.deepEqual(only(text, 'prose-table').found.map((f) => f.message), []);
    // cell-count says the block gives no 本年废止件数: the two rules agree.
    assert.match(only(text, 'cell-count').found[0]?.message ?? '', /缺少2021年格式规定的“本年制发件数”“本年废止件数”“现行有效件数”/);
  });
}

test('brk152 #3: the 2019 columns are read by their names: 新公开 against 本年新公开数量, 制发 against 本年新制作数量', () => {
  const text = edit(edit(CORRECT, B1_2021, LAYOUTS.pipe(ROWS_2019)), '制发行政规范性文件3件，废止1件，现行有效25件。', '制发行政规范性文件5件，废止1件，现行有效25件，新公开行政规范性文件2件。');
  const found = only(text, 'prose-table').found;
  assert.deepEqual(found.map((f) => [f.expected, f.actual]).sort(), [[3, 2], [3, 5]]);
  assert.ok(found.some((f) => /本年新公开数量为 3/.test(f.message)));
  assert.ok(found.some((f) => /本年新制作数量为 3/.test(f.message)));
  assert.ok(found.every((f) => !/废止/.test(f.message)));
});

test('brk152 #3: a 2019 （五）项 block in a 2021 report: 处理决定数量 (its third column) is 本年处理决定数量, not its first', () => {
  const block = edit(CORRECT, `| 信息内容 | 本年处理决定数量 |
| -------- | ---------------- |
| 行政许可 | 1520             |`, `| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| --- | --- | --- | --- |
| 行政许可 | 120 | 2 | 1520 |`);
  assert.deepEqual(only(edit(block, '其中机构职能信息12条', '作出行政许可决定1520件，其中机构职能信息12条'), 'prose-table').found, []);
  const [f, ...rest] = only(edit(block, '其中机构职能信息12条', '作出行政许可决定1500件，其中机构职能信息12条'), 'prose-table').found;
  assert.deepEqual(rest, []);
  assert.equal(f.expected, 1520);
  assert.equal(f.actual, 1500);
});

test('brk152 #3: a 2020 report (2019 format) with a 2021-column block: 废止 is read from 本年废止件数 by name', () => {
  const text = edit(edit(OLD, '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |'), '| 规范性文件 | 4 | 4 | 37 |', '| 规范性文件 | 4 | 2 | 37 |');
  const said = (prose) => only(edit(text, '全年制发规范性文件4件，新公开4件，', prose), 'prose-table').found;
  assert.deepEqual(said('全年制发规范性文件4件，废止2件，新公开4件，').map((f) => f.message), []);
  const [f, ...rest] = said('全年制发规范性文件4件，废止1件，新公开4件，');
  assert.deepEqual(rest, []);
  assert.equal(f.expected, 2);
  assert.match(f.message, /本年废止件数为 2/);
});
