// A 表二 block headed by the other format's columns, its header written one cell a line, is one header: cell-count
// and format-mixed say it once, at its first line, as for a pipe, HTML or tab-separated header (brk152 #10). Base:
// examples/correct-2024.nianbao.md (2021 format) with its 第二十条第（一）项 in the 2019 columns, and its
// 第二十条第（五）项 in the 2019 columns (上一年项目数量 | 本年增/减 | 处理决定数量: format-mixed only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT, SMALL_TABLE_LAYOUTS } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const B1_2021 = `| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| -------------- | ------------ | ------------ | ------------ |
| 规章           | 0            | 0            | 0            |
| 行政规范性文件 | 3            | 1            | 25           |`;
const B1_2019 = [['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '0'], ['行政规范性文件', '3', '3', '25']];
const B5_2021 = `| 信息内容 | 本年处理决定数量 |
| -------- | ---------------- |
| 行政许可 | 1520             |`;
const B5_2019 = [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '120', '2', '1520']];

const LAYOUTS = SMALL_TABLE_LAYOUTS;
const where = (fs) => fs.map((f) => `${f.range.start.line + 1}: ${f.message}`).join('\n');

for (const [name, layout] of Object.entries(LAYOUTS)) {
  test(`brk152 #10 (${name}): a 2019-column 第二十条第（一）项 gets one cell-count and one format-mixed, at its header's first line`, () => {
    const text = edit(CORRECT, B1_2021, layout(B1_2019));
    const cc = only(text, 'cell-count').found;
    assert.equal(cc.length, 1, where(cc));
    assert.match(cc[0].message, /缺少2021年格式规定的“本年制发件数”“本年废止件数”“现行有效件数”共 3 列/);
    const mixed = only(text, 'format-mixed').found;
    assert.equal(mixed.length, 1, where(mixed));
    assert.equal(mixed[0].range.start.line, cc[0].range.start.line);
    assert.match(mixed[0].message, /^“本年新制作数量”是2019年格式的表二内容/);
  });

  test(`brk152 #10 (${name}): two 2019-column blocks, each said once (the second header is a header of its own)`, () => {
    const text = edit(edit(CORRECT, B1_2021, layout(B1_2019)), B5_2021, layout(B5_2019));
    assert.equal(only(text, 'cell-count').found.length, 1, where(only(text, 'cell-count').found));
    const mixed = only(text, 'format-mixed').found;
    assert.deepEqual(mixed.map((f) => f.message.match(/^“(.+?)”/)[1]), ['本年新制作数量', '上一年项目数量'], where(mixed));
  });
}
