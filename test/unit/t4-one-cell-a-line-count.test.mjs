// brk184 #4: 表四 (templates.md §3.4: 15 values) pasted one cell a line with a number missing gave only an info
// table-unreadable (“表四只读出 14 个数…”) and exit 0, where the same row as a pipe or tab row was an error cell-count.
// A table pasted one cell a line whose header's leaves were read and whose numbers stand one a line up to the end of
// the table is now read as its value row, so a missing or extra number is the same cell-count error in every layout
// (no fix: which cell lacks its number cannot be told); a correct one stays silent. Base:
// examples/correct-2024.nianbao.md, and the repro's 2022 health-commission table as the tester pasted it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const VALUE_ROW = example.split('\n').find((l) => /^\| 2 +\| 0 +\| 1 +\|/.test(l));
const cellsOf = (line) => line.slice(1, -1).split('|');
/** The example with 表四's value row changed by `change` (its cells → cells). */
const withValues = (change) => edit(example, VALUE_ROW, `|${change(cellsOf(VALUE_ROW)).join('|')}|`);

/** The layouts a pasted table comes in that read 表四's value row as one row (space-aligned runs its cells together). */
const LAYOUTS = Object.entries(REPORT_LAYOUTS).filter(([name]) => name !== 'space-aligned');
const ONE_CELL_A_LINE = LAYOUTS.filter(([name]) => name.startsWith('one cell a line'));

const ids = (text) => core.analyze(text).findings.map((f) => [f.ruleId, f.severity]);

test('表四 with any one of its 15 numbers left out: one cell-count error (14 of 15) in every layout, one cell a line too', () => {
  for (let k = 0; k < 15; k++) {
    const text = withValues((c) => c.filter((_, i) => i !== k));
    for (const [name, to] of LAYOUTS) {
      const at = `value ${k}, ${name}`;
      const { report: r, findings } = core.analyze(to(text));
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['cell-count', 'error']], at);
      assert.match(findings[0].message, /^表四的数值行有 14 个数，格式规定为 15 个/, at);
      assert.deepEqual([findings[0].expected, findings[0].actual, findings[0].fix], [15, 14, undefined], at);
      assert.equal(r.tables.t4.broken, undefined, at);
    }
  }
});

test('表四 with a 16th number one cell a line: cell-count (16 of 15), as in a pipe row', () => {
  const text = withValues((c) => [...c, ' 0 ']);
  for (const [name, to] of LAYOUTS) {
    // (A pipe row wider than its header is also table-header-width's.)
    const found = core.analyze(to(text)).findings.filter((f) => f.ruleId !== 'table-header-width');
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.actual]), [['cell-count', 'error', 16]], name);
    assert.match(found[0].message, /^表四的数值行有 16 个数，格式规定为 15 个/, name);
  }
  // A second row of five or more numbers is still a row of its own (brk86 #1), not extra cells of the first.
  for (const [name, to] of ONE_CELL_A_LINE) {
    const two = edit(to(example), '\n\n全年因政府信息公开', '\n1\n0\n0\n0\n1\n\n全年因政府信息公开');
    assert.ok(!ids(two).some(([id]) => id === 'cell-count' || id === 'table-unreadable'), name);
  }
});

test('correct one-cell-a-line 表四s stay silent; a page number after the table is no 16th number', () => {
  for (const [name, to] of LAYOUTS) assert.deepEqual(ids(to(example)), [], name);
  for (const [name, to] of ONE_CELL_A_LINE) {
    assert.deepEqual(ids(edit(to(example), '\n\n全年因政府信息公开', '\n\n3\n\n全年因政府信息公开')), [], name);
  }
});

// The repro (Q4e): a 2022 report's 表四 as a browser copies it, group labels and leaves one a line, 14 numbers.
const HEADER = ['行政复议', '行政诉讼', ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], '未经复议直接起诉', '复议后起诉',
  ...Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()];
const T4_OF = (values) => ['四、政府信息公开行政复议、行政诉讼情况', '', '2022年度因政府信息公开被申请行政复议3件，被提起行政诉讼1件。', '', ...HEADER, ...values, ''].join('\n');

test('the repro\'s table, 14 numbers one a line under a header one cell a line: cell-count, not table-unreadable', () => {
  const T4 = T4_OF(['2', '1', '0', '0', '3', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0']);
  const text = edit(example, example.slice(example.indexOf('## 四、'), example.indexOf('## 五、')), `## ${T4}\n`)
    .replace('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', '');
  // As the report has it (15 numbers): read whole, and silent on 表四.
  const { report: r } = core.analyze(text);
  assert.deepEqual(r.tables.t4.rows[0].cells.map((c) => c?.value), [2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  assert.ok(!ids(text).some(([id]) => id === 'cell-count' || id === 'table-unreadable'));
  // 复议后起诉's last 0 left out: an error (CI fails), as the pipe and tab rows of the repro are.
  const short = edit(text, '1\n0\n0\n0\n0\n0\n', '1\n0\n0\n0\n0\n');
  const found = core.analyze(short).findings.filter((f) => f.data?.table === 't4');
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.actual]), [['cell-count', 'error', 14]]);
  assert.match(core.analyze(short, { locale: 'en' }).findings.find((f) => f.ruleId === 'cell-count').message, /^表四's value row has 14 numbers; the template has 15/);
});
