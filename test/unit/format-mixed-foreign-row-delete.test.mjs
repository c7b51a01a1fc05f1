// The 2019 表二 row 其他对外管理服务事项 left in a 2021 report under the 2021 columns got format-mixed with no fix
// (brk111 #5a). The 2021 format has no such row: a row with no data (blank or 0) is deleted by the fix; a row with
// numbers is never deleted (that would lose them), and the message says what to do with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LICENCE = '| 行政许可 | 1520             |\n';
/** The example with `row` (a line) under its 行政许可 row. */
const withRow = (row) => edit(correct, LICENCE, `${LICENCE}${row}\n`);
const mixed = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'format-mixed');

for (const row of ['| 其他对外管理服务事项 | 0 |', '| 其他对外管理服务事项 |  |']) {
  test(`format-mixed: “${row}” in a 2021 report is deleted by the fix, leaving the example as it was`, () => {
    const text = withRow(row);
    const f = mixed(text);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /2021年格式没有这一行。这一行没有数，可删去（修复会删去它）。$/);
    assert.ok(f[0].fix, 'a fix is offered');
    assert.equal(core.applyFixes(text, f[0].fix.edits).text, correct);
    assert.equal(core.fixAll(text).text, correct);
  });
}

test('format-mixed: a tab-separated row of 0 (pasted from Word) is deleted as its line', () => {
  const tabbed = edit(correct, '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520             |\n', '信息内容\t本年处理决定数量\n行政许可\t1520\n');
  const text = edit(tabbed, '行政许可\t1520\n', '行政许可\t1520\n其他对外管理服务事项\t0\n');
  const f = mixed(text);
  assert.equal(f.length, 1);
  assert.ok(f[0].fix);
  assert.equal(core.applyFixes(text, f[0].fix.edits).text, tabbed);
});

test('format-mixed: a row with numbers is not deleted, and the message gives them and says where they may go', () => {
  const text = withRow('| 其他对外管理服务事项 | 12 |');
  const f = mixed(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.match(f[0].message, /这一行的数（12）在2021年格式的表中没有位置，未自动删除：请删去这一行，其中的数如需保留，写入正文。/);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'format-mixed');
  assert.match(en.message, /Its numbers \(12\) have no place in the 2021 format's table, so it is not deleted automatically/);
  assert.ok(core.fixAll(text).text.includes('| 其他对外管理服务事项 | 12 |'), 'fix-all keeps the row and its number');
  // A word in a cell is the author's text too.
  assert.equal(mixed(withRow('| 其他对外管理服务事项 | 无 |'))[0].fix, undefined);
});

test('format-mixed: the 2019 row 规范性文件 in a 2021 report still gets its rename, not a deletion', () => {
  const renamed = mixed(edit(correct, '| 行政规范性文件', '| 规范性文件'));
  assert.equal(renamed.length, 1);
  assert.equal(renamed[0].fix.title.zh, '改为“行政规范性文件”');
});
