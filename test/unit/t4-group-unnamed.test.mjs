// brk130 #8: 表四 with a group's five columns deleted under a header naming only `行政复议 | 行政诉讼` (no sub-group
// row), ten leaves and ten values: it was an info table-unreadable advising to make it a pipe table (it was one), exit
// 0. Which group is missing cannot be told, but the row is short by five: one cell-count error at the leaf line, in
// every layout, saying so, the sums unchecked. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, withoutT4Group } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = example.split('\n');
const LEAF_LINE = LINES.findIndex((l) => l.startsWith('| 结果维持 |'));
const cellsOf = (line) => line.slice(1, -1).split('|');
const rowOf = (cells) => `|${cells.join('|')}|`;

/** The example with 复议后起诉's five cells deleted from every row of 表四 and the sub-group row (`未经复议直接起诉`) removed. */
function twoGroups(text, g = 2) {
  const lines = withoutT4Group(text, g).split('\n');
  lines.splice(LEAF_LINE - 1, 1);
  return lines.join('\n');
}

test('表四 header of 行政复议 | 行政诉讼 only, ten values, every layout: one cell-count error, not table-unreadable', () => {
  for (const g of [1, 2]) {
    const text = twoGroups(example, g);
    for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
      const at = `group ${g}, ${name}`;
      const { report: r, findings } = core.analyze(to(text));
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['cell-count', 'error']], at + '\n' + findings.map((f) => f.message).join('\n'));
      const f = findings[0];
      assert.match(f.message, /^表四的数值行只有 10 个数，格式规定为 15 个/, at);
      assert.match(f.message, /表头只写了“行政复议”和“行政诉讼”，看不出缺的是“行政诉讼（未经复议直接起诉）”和“行政诉讼（复议后起诉）”中的哪一组/, at);
      assert.doesNotMatch(f.message, /竖线表格/, at);
      assert.deepEqual([f.expected, f.actual, f.data.table], [15, 10, 't4'], at);
      assert.equal(r.tables.t4.broken, undefined, at);
    }
  }
});

test('the breaker\'s repro: error at the leaf line, exit-worthy; in English too; a wrong 总计 is not summed against a guessed group', () => {
  const text = twoGroups(example);
  const { findings } = core.analyze(text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].range.start.line, LEAF_LINE - 1);
  assert.match(core.analyze(text, { locale: 'en' }).findings[0].message, /^表四's value row has only 10 numbers; the template has 15/);
  // 行政复议's 总计 3 → 4: not summed (which group each number is in cannot be told).
  const lines = text.split('\n');
  const cells = cellsOf(lines[LEAF_LINE]);
  cells[4] = cells[4].replace('3', '4');
  lines[LEAF_LINE] = rowOf(cells);
  const wrong = lines.join('\n');
  assert.notEqual(wrong, text);
  assert.deepEqual(core.analyze(wrong).findings.map((f) => f.ruleId), ['cell-count']);
});

test('a header naming no group over ten leaves and ten values: the same error, saying the header names no group', () => {
  const lines = twoGroups(example).split('\n');
  lines[LEAF_LINE - 3] = rowOf(cellsOf(lines[LEAF_LINE - 3]).map((c) => ' '.repeat(c.length)));
  const { findings } = core.analyze(lines.join('\n'));
  assert.deepEqual(findings.map((f) => f.ruleId), ['cell-count']);
  assert.match(findings[0].message, /表头没有写明各组，看不出缺的是“行政复议”“行政诉讼（未经复议直接起诉）”“行政诉讼（复议后起诉）”中的哪一组/);
});
