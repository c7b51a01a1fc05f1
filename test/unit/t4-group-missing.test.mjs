// brk127 #6: 表四 with a whole group's five columns deleted (复议后起诉's header cells and values alike; the header
// still naming the other two groups) gave only an info table-unreadable (“表四只读出 10 个数…整理成…竖线表格”, though it
// was one) and exit 0. It is now one cell-count error naming the missing group (any of the three, in every layout),
// and the other two groups are read by their header's names, so their sums (sum-review) are checked. A header that
// does not say which two groups it has cannot tell which one is missing: read as before. Base:
// examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit, withoutT4Group } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = example.split('\n');
/** The line of 表四's leaf labels; the two group rows and the delimiter row are the three above it, the values below. */
const LEAF_LINE = LINES.findIndex((l) => l.startsWith('| 结果维持 |'));
const VALUES = [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const cellsOf = (line) => line.slice(1, -1).split('|');
const rowOf = (cells) => `|${cells.join('|')}|`;

const withoutGroup = withoutT4Group;
const t4Values = (r) => r.tables.t4.rows[0].cells.map((c) => c?.value ?? null);

test('any one 表四 group deleted whole, in every layout: one cell-count error naming the group, the other groups read by their names', () => {
  for (let g = 0; g < 3; g++) {
    const text = withoutGroup(example, g);
    for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
      const at = `group ${g}, ${name}`;
      const { report: r, findings } = core.analyze(to(text));
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['cell-count', 'error']], at);
      const f = findings[0];
      assert.equal(f.message.split('：')[0], `表四缺少“${GROUPS[g]}”一组的 5 列`, at);
      assert.match(f.message, /数值行也只有 10 个数，格式规定为 15 个/, at);
      assert.doesNotMatch(f.message, /竖线表格/, at);
      assert.deepEqual([f.expected, f.actual, f.data.table, f.data.group], [15, 10, 't4', `G${g + 1}`], at);
      assert.equal(r.tables.t4.broken, undefined, at);
      assert.deepEqual(t4Values(r), VALUES.map((v, i) => (Math.floor(i / 5) === g ? null : v)), at);
      assert.deepEqual(r.tables.t4.header.missing, [0, 1, 2, 3, 4].map((k) => g * 5 + k), at);
    }
  }
});

test('the breaker\'s repro (复议后起诉 deleted): an error, in English too; the groups left are summed; a header that names no group is read as before', () => {
  const text = withoutGroup(example, 2);
  const [f] = core.analyze(text).findings;
  assert.equal(f.ruleId, 'cell-count');
  assert.equal(f.range.start.line, LEAF_LINE);
  assert.match(f.message, /表头只列出“行政复议”和“行政诉讼（未经复议直接起诉）”两组/);
  assert.match(core.analyze(text, { locale: 'en' }).findings[0].message, /^表四 lacks the 5 columns of the group “行政诉讼（复议后起诉）”/);
  // 未经复议直接起诉's 总计 2 → 3: summed, as the header says where it is.
  const wrong = edit(text, '| 1                | 0        | 0        | 1        | 2    |', '| 1                | 0        | 0        | 1        | 3    |');
  const found = core.analyze(wrong).findings;
  assert.ok(found.some((x) => x.ruleId === 'sum-review' && /表四“行政诉讼（未经复议直接起诉）”的总计应为 2/.test(x.message)), found.map((x) => x.message).join('\n'));
  // No group named above the ten leaves: which group is missing cannot be told.
  const lines = text.split('\n');
  lines[LEAF_LINE - 3] = rowOf(cellsOf(lines[LEAF_LINE - 3]).map((c) => ' '.repeat(c.length)));
  lines[LEAF_LINE - 1] = rowOf(cellsOf(lines[LEAF_LINE - 1]).map((c) => ' '.repeat(c.length)));
  const { report: r } = core.analyze(lines.join('\n'));
  assert.equal(r.tables.t4.header?.missing, undefined);
});
