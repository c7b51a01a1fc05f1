// brk185 #2: a leftover 2019 第二十条第（九）项 block in a 2021 report got three format-mixed warnings (its heading, its
// column header, its 政府集中采购 row), only one with advice and none with a fix. It is one finding now, at the
// block's heading, its range the whole block, saying to delete it. In a pipe table of the block's rows alone the fix
// deletes it, nothing the 2021 format has a place for going with it; its numbers are kept in a comment in its place.
// Base: examples/correct-2024.nianbao.md (2021 format), the block pasted after 第二十条第（八）项.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const AT = '\n## 三、收到和处理政府信息公开申请情况';
const block9 = (rows) => `\n第二十条第（九）项\n\n| 信息内容 | 采购项目数量 | 采购总金额 |\n|---|---|---|\n${rows}\n`;
const formatMixed = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'format-mixed');

test('the block is one finding at its heading, covering it, with the advice; the fix keeps its numbers in a comment', () => {
  const text = edit(BASE, AT, block9('| 政府集中采购 | 6 | 86.5万元 |') + AT);
  const found = formatMixed(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  const lines = text.split('\n');
  assert.equal(lines[f.range.start.line], '第二十条第（九）项');
  assert.equal(f.range.start.character, 0);
  assert.equal(lines[f.range.end.line], '| 政府集中采购 | 6 | 86.5万元 |');
  assert.equal(f.message, '表二“第二十条第（九）项”是2019年格式的一块，本报告为2021年格式。2021年格式已删去“第二十条第（九）项”这一块：请删除这一块（其中的数如需保留，写入正文）。修复会删去这一块，其中的数（6、86.5万元）写在原处的注释里：如需保留，请写入正文，再删除该注释。');
  const fixed = core.fixAll(text).text;
  assert.ok(!fixed.includes('| 政府集中采购 |'));
  assert.match(fixed, /<!-- 原2019年格式表二“第二十条第（九）项”中2021年格式没有位置的数（请核对后删除本注释）：政府集中采购：采购项目数量 6，采购总金额 86\.5万元 -->/);
  assert.deepEqual(formatMixed(fixed), []);
});

test('a block of 0s is deleted outright', () => {
  const text = edit(BASE, AT, block9('| 政府集中采购 | 0 | 0 |') + AT);
  const [f, ...rest] = formatMixed(text);
  assert.deepEqual(rest, []);
  assert.match(f.message, /这一块没有数，修复会删去它。$/);
  assert.equal(core.fixAll(text).text, BASE);
});

test('a row of another item under the block\'s header: still one finding, no fix (its numbers have a place in 2021)', () => {
  const text = edit(BASE, AT, block9('| 政府集中采购 | 6 | 86.5 |\n| 行政事业性收费 | 12.5 | |') + AT);
  const found = formatMixed(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].fix, undefined);
  assert.match(found[0].message, /请删除这一块（其中的数如需保留，写入正文）。$/);
});
