// brk176 #1: --fix on a web-page HTML 表三 whose groups' labels are merged cells (`<td rowspan="8">（三）不予公开</td>` on
// the group's first row) with the whole （六）其他处理 group missing wrote the group as a row of its own
// (`<td colspan="2">（六）其他处理</td>` + blank cells) and its sub-rows with no group cell: each sub-row a cell short,
// every number a column left, value-in-label on all three once filled. The group goes in as the table writes its
// other groups: a merged cell on its first row, spanning the group's rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const TEXT = readFileSync(join(ROOT, 'test/data/grid/six-group-missing-html-2024.md'), 'utf8');
const cellsOf = (tr) => [...tr.matchAll(/<td([^>]*)>/g)].reduce((n, m) => n + Number(/colspan="(\d+)"/.exec(m[1])?.[1] ?? 1), 0);

test('a whole missing group in an HTML 表三 of merged group cells goes in as a merged cell; filled, the table checks clean', () => {
  const fixed = core.fixAll(TEXT).text;
  const lines = fixed.split('\n');
  const i = lines.findIndex((l) => l.includes('（六）其他处理'));
  assert.equal(lines[i], '<tr><td rowspan="3">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>');
  assert.match(lines[i + 1], /^<tr><td>2\.申请人逾期未按收费通知要求缴纳费用/);
  assert.match(lines[i + 2], /^<tr><td>3\.其他<\/td>/);
  // Each sub-row as wide as its neighbours of （五） (a group cell on the first, none on the others).
  assert.equal(cellsOf(lines[i]), 9);
  assert.equal(cellsOf(lines[i + 1]), 8);
  assert.match(fixed, /<td rowspan="22">三、本年度办理结果<\/td>/);
  const filled = fixed.replaceAll('<td></td>', '<td>0</td>');
  assert.deepEqual(core.checkReport(core.parseReport(filled)).map((f) => `${f.ruleId}: ${f.message}`), []);
});
