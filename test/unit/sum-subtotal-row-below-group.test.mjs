// A `小计` row of its own under the rows of a 表三 group (（三）…（六）), as tables made in Excel write a group's
// subtotal, was ignored whatever its numbers (brk120 #2): a wrong subtotal passed without a word, while the same
// numbers in the group's own row (`（三）不予公开小计`) got sum-subtotal. Now it is checked against the rows above it
// (sum-subtotal, fixed when the column's （七）总计 holds); a `小计`/`合计` row anywhere else is no group's subtotal and
// row-label says, as an info, that it is not in the format and not checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The example's line starting with `label` (a 表三 row, with its end of line). */
const lineOf = (label) => CORRECT.split('\n').find((l) => l.startsWith(`| ${label}`)) + '\n';
/** The example with `row` added under its row `label`. */
const under = (label, row) => edit(CORRECT, lineOf(label), lineOf(label) + row);
const of = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);
const row = (label, cells) => `| ${label} | ${cells.join(' | ')} |\n`;

test('a right 小计 under a group\'s rows: nothing said', () => {
  // （三）不予公开: 1.…8. add up to 6 (自然人 6, 总计 6); （四）无法提供: 6 1 0 0 0 0 7.
  for (const text of [under('8.属于行政查询事项', row('小计', [6, 0, 0, 0, 0, 0, 6])), under('3.补正后申请内容仍不明确', row('小计', [6, 1, 0, 0, 0, 0, 7]))]) {
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), []);
  }
});

test('a wrong 小计 under a group\'s rows: sum-subtotal at its cells, and the fix sets the sum', () => {
  const text = under('8.属于行政查询事项', row('小计', [7, 0, 0, 0, 0, 0, 7]));
  const found = of(text, 'sum-subtotal');
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.row, f.data.column]), [[7, 6, 'R3.3', 0], [7, 6, 'R3.3', 6]]);
  assert.match(found[0].message, /^表三“（三）不予公开”各行之下的“小计”行，“自然人”列应为 6（其上 8 行之和），实为 7，相差 \+1。/);
  assert.equal(found[0].range.start.line, text.split('\n').findIndex((l) => l.startsWith('| 小计')));
  assert.deepEqual(of(text, 'row-label'), []);
  assert.equal(core.fixAll(text).text, under('8.属于行政查询事项', row('小计', [6, 0, 0, 0, 0, 0, 6])));
  // （四）无法提供's three rows add up to 6 1 0 0 0 0 7.
  const four = of(under('3.补正后申请内容仍不明确', row('小计', [9, 1, 0, 0, 0, 0, 10])), 'sum-subtotal');
  assert.deepEqual(four.map((f) => [f.actual, f.expected, f.data.row]), [[9, 6, 'R3.4'], [10, 7, 'R3.4']]);
});

test('a 小计 or 合计 row elsewhere: an info that it is not in the format and not checked, no fix', () => {
  for (const [label, after] of [['合计', '四、结转下年度继续办理'], ['小计', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']]) {
    const text = under(after, row(label, [99, 0, 0, 0, 0, 0, 99]));
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['row-label', 'info']], label);
    assert.match(found[0].message, new RegExp(`^表三中的“${label}”行（写在“${after.replace(/[()（）]/g, '.')}”之后）不是格式规定的行，它的数未经检查`));
    assert.equal(found[0].fix, undefined);
  }
});
