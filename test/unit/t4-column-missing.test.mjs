// brk88 #2: 表四 with one leaf column deleted whole (its header cell and its value alike) gave only an info
// table-unreadable (“表四只读出 14 个数…整理成…竖线表格”, though it was one) and exit 0: its sums and prose checks
// silently did not run. It is now one cell-count error naming the missing column (any of the 15, under 行政复议 or
// either 行政诉讼 group, in every layout), and the other 14 columns are read by their header's names, so the groups
// with all five cells are checked (sum-review) and the prose is compared (prose-table). Base:
// examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit, slice } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = example.split('\n');
/** The line of 表四's leaf labels; the two group rows and the delimiter row are the three above it, the values below. */
const LEAF_LINE = LINES.findIndex((l) => l.startsWith('| 结果维持 |'));
/** 表四's values as the example has them, and its 15 leaves as messages name them. */
const VALUES = [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const cellsOf = (line) => line.slice(1, -1).split('|');
const rowOf = (cells) => `|${cells.join('|')}|`;

/**
 * The example with 表四's column `k` (0–14) deleted whole: its leaf label and its value, and a cell of each row above.
 * Where a group row has its group label in the column's cell (行政复议 over column 0, 行政诉讼 and 未经复议直接起诉 over
 * 5, 复议后起诉 over 10), the blank cell after it goes instead, so the label stays over its remaining columns.
 */
function withoutColumn(text, k) {
  const lines = text.split('\n');
  for (let i = LEAF_LINE - 3; i <= LEAF_LINE + 1; i++) {
    const cells = cellsOf(lines[i]);
    cells.splice(i < LEAF_LINE && !/^[\s-]+$/.test(cells[k]) ? k + 1 : k, 1);
    lines[i] = rowOf(cells);
  }
  return lines.join('\n');
}

const t4Values = (r) => r.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
/** Findings in brief: rule id, severity and the text of their range's first line. */
const brief = (text) => {
  const { report, findings } = core.analyze(text);
  return findings.map((f) => [f.ruleId, f.severity, slice(report, { start: f.range.start, end: f.range.end.line === f.range.start.line ? f.range.end : { line: f.range.start.line, character: Infinity } }).trim()]);
};

test('any one 表四 leaf column deleted whole, in every layout: one cell-count error naming it, the other columns read by their names', () => {
  for (let k = 0; k < 15; k++) {
    const text = withoutColumn(example, k);
    const group = GROUPS[Math.floor(k / 5)], leaf = LEAVES[k % 5];
    for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
      const t = to(text);
      const { report: r, findings } = core.analyze(t);
      const at = `column ${k}, ${name}`;
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['cell-count', 'error']], at);
      const f = findings[0];
      assert.equal(f.message.split('：')[0], `表四似乎整列缺少“${group}”的“${leaf}”`, at);
      assert.match(f.message, /数值行也只有 14 个数，格式规定为 15 个/, at);
      assert.deepEqual([f.expected, f.actual, f.data.table, f.data.column], [15, 14, 't4', `G${Math.floor(k / 5) + 1}.${(k % 5) + 1}`], at);
      assert.equal(r.tables.t4.broken, undefined, at);
      assert.deepEqual(t4Values(r), VALUES.map((v, i) => (i === k ? null : v)), at);
      assert.deepEqual(r.tables.t4.header.missing, [k], at);
      // Written back (the value and its label), the table is the example's again, and clean.
      assert.deepEqual(brief(to(example)), [], at);
    }
  }
});

test('the breaker\'s repro (行政复议 结果纠正 deleted): an error (CI fails) naming the column, at the leaf line, in English too', () => {
  const text = withoutColumn(example, 1);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start.line]), [['cell-count', LEAF_LINE]]);
  assert.match(slice(r, findings[0].range), /^结果维持 \| 其他结果 \|.*\| 总计$/);
  assert.match(findings[0].message, /请补上这一列（没有发生的填 0）；其余各列已按表头的列名读取，“行政复议”的总计因此未核对。$/);
  assert.match(core.analyze(text, { locale: 'en' }).findings[0].message, /^表四 seems to lack the whole “结果纠正” column of “行政复议”/);
  // A label of the 14 in other words is said as such, under its own group (复议后起诉's 合计 → 总计, G3.5), and fixed.
  const heji = edit(text, '| 尚未审结 | 总计 |\n', '| 尚未审结 | 合计 |\n');
  const found = core.analyze(heji).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.data.column]), [['cell-count', 'G1.2'], ['column-label', 'G3.5']]);
  assert.equal(core.fixAll(heji).text, text);
  // Only the value missing (the header has all 15): the row's cell-count as before. Only the header cell missing:
  // the 15 values read by position, as before.
  const valueOnly = edit(example, '| 2        | 0        | 1        | 0        | 3    |', '| 2        | 1        | 0        | 3    |');
  assert.deepEqual(brief(valueOnly).map(([id]) => id), ['cell-count']);
  assert.match(core.analyze(valueOnly).findings[0].message, /^表四的数值行有 14 个数，格式规定为 15 个/);
  const headerOnly = edit(example, '| 结果维持 | 结果纠正 | 其他结果 |', '| 结果维持 | 其他结果 |');
  const { report: h } = core.analyze(headerOnly);
  assert.deepEqual(t4Values(h), VALUES);
  assert.equal(h.tables.t4.header, undefined);
});

test('with a column missing, the groups that have all five are still summed, and the prose still compared; the short group is not summed', () => {
  let text = withoutColumn(example, 1);
  // 未经复议直接起诉's 总计 2 → 3 (its results add up to 2); 行政复议's 结果维持 2 → 5 (its group lacks 结果纠正: not summed).
  text = edit(text, '| 1                | 0        | 0        | 1        | 2    |', '| 1                | 0        | 0        | 1        | 3    |');
  text = edit(text, '\n| 2        | 1        |', '\n| 5        | 1        |');
  text = edit(text, '被申请行政复议3件', '被申请行政复议4件');
  for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
    const found = core.analyze(to(text)).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.data?.group ?? f.actual]), [['cell-count', 14], ['sum-review', 1], ['prose-table', 4]], name);
    assert.match(found[1].message, /表四“行政诉讼（未经复议直接起诉）”的总计应为 2（1 \+ 0 \+ 0 \+ 1），实为 3/, name);
    assert.match(found[2].message, /正文“行政复议4件”与表四不一致：表四的行政复议总计为 3/, name);
  }
});
