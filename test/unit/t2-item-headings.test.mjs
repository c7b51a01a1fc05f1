// brk86 #7: 表二's item headings as the format has them (templates.md §3.2, §4.2). An item heading that names another
// item than the rows under it (`第二十条第（七）项` over 行政处罚 and 行政强制 in a 2021 report, whose items are
// （一）（五）（六）（八）; or another item's heading twice) is `item-heading`, fixed to the rows' item; an item's table
// with its heading line deleted is `item-heading` too, the fix inserting the heading as the other items write theirs.
// Both passed, or were row-missing's "the row is under （五）, add （六）'s heading and table" for a table that was
// there. In every layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, edit, cli, REPORT_LAYOUTS } from '../helpers.mjs';

/** Runs the CLI with `stdin` as the report on stdin: its exit code and stdout. */
async function runWith(argv, stdin = '') {
  let stdout = '';
  const code = await cli.run(argv, { cwd: ROOT, env: {}, isTTY: false, out: (s) => (stdout += s), err: () => {}, readStdin: async () => Buffer.from(stdin, 'utf8') });
  return { code, stdout };
}

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAYOUTS = REPORT_LAYOUTS;
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
const lineOf = (text, s) => text.split('\n').findIndex((l) => l.includes(s));

test('a heading of an item the format does not have, over another item\'s rows: item-heading, fixed to that item', () => {
  const wrong = edit(example, '第二十条第（六）项', '第二十条第（七）项');
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const text = to(wrong);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['item-heading'], name);
    const [f] = found;
    assert.equal(f.range.start.line, lineOf(text, '第二十条第（七）项'), name);
    assert.match(f.message, /“第二十条第（七）项”不是格式的项（格式为第二十条第（一）（五）（六）（八）项）；其下的“行政处罚”“行政强制”属于第二十条第（六）项。应为“第二十条第（六）项”/, name);
    assert.equal(f.severity, 'warning');
    assert.equal(core.fixAll(text).text, to(example), name);
  }
});

test('another item\'s heading a second time over an item\'s rows whose own heading is nowhere: item-heading, fixed', () => {
  const text = edit(example, '第二十条第（六）项', '第二十条第（五）项');
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['item-heading']);
  assert.match(found[0].message, /“第二十条第（五）项”与其下的行不符：“行政处罚”“行政强制”属于第二十条第（六）项，而表中没有第二十条第（六）项的标题/);
  assert.equal(core.fixAll(text).text, example);
});

test('an item\'s table whose heading line was deleted: item-heading, the fix inserts the heading as the others are written', () => {
  const deleted = edit(example, '第二十条第（六）项\n\n', '');
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const text = to(deleted);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['item-heading'], name);
    assert.match(found[0].message, /缺少第二十条第（六）项的标题：“行政处罚”“行政强制”所在的表格/, name);
    assert.equal(core.fixAll(text).text, to(example), name);
  }
  // Written as the other headings are (bold here).
  const bold = edit(example.replace(/^(第二十条第（[一五八]）项)$/gm, '**$1**'), '第二十条第（六）项\n\n', '');
  const [f] = core.analyze(bold).findings;
  assert.equal(f.ruleId, 'item-heading');
  assert.equal(f.fix.edits[0].newText, '**第二十条第（六）项**\n\n');
});

test('no item-heading where the report writes no item headings, or the item\'s heading stands elsewhere', () => {
  let none = example;
  for (const n of ['一', '五', '六', '八']) none = edit(none, `第二十条第（${n}）项\n\n`, '');
  for (const [name, to] of Object.entries(LAYOUTS)) assert.ok(!ids(to(none)).includes('item-heading'), name);
  // （六）'s heading below its rows: its rows are under （五）'s, which row-missing says (and moves them).
  let moved = edit(example, '第二十条第（六）项\n\n', '');
  moved = edit(moved, '| 行政强制 | 4                |\n', '| 行政强制 | 4                |\n\n第二十条第（六）项\n');
  assert.deepEqual([...new Set(ids(moved))], ['row-missing']);
});

test('the CLI\'s JSON names the new rule, fixable, with its line', async () => {
  const text = edit(example, '第二十条第（六）项', '第二十条第（七）项');
  const { code, stdout } = await runWith(['check', '-', '--format', 'json'], text);
  assert.equal(code, 0);
  const [d] = JSON.parse(stdout).files[0].diagnostics;
  assert.equal(d.ruleId, 'item-heading');
  assert.equal(d.severity, 'warning');
  assert.equal(d.line, lineOf(text, '第二十条第（七）项') + 1);
  assert.equal(d.fixable, true);
});

test('2019 format: a heading of an item no format has over 政府集中采购 is item-heading, fixed to 第二十条第（九）项', async () => {
  const { stdout: text } = await runWith(['new', '--year', '2020', '--agency', '某某市某某局']);
  // The new report's 表二 rows filled with 0s.
  const filled = rewriteRows(text, (c) => [`| ${c.map((x, i) => (i > 0 && x === '' && /^(规章|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)$/.test(c[0]) ? '0' : x)).join(' | ')} |`]);
  const t2 = (t) => core.analyze(t).findings.filter((f) => f.ruleId === 'item-heading');
  assert.deepEqual(t2(filled), []);
  const wrong = edit(filled, '第二十条第（九）项', '第二十条第（十）项');
  const heads = t2(wrong);
  assert.deepEqual(heads.map((f) => f.ruleId), ['item-heading']);
  assert.match(heads[0].message, /格式为第二十条第（一）（五）（六）（八）（九）项）；其下的“政府集中采购”属于第二十条第（九）项/);
  assert.equal(core.applyFixes(wrong, heads[0].fix.edits).text, filled);
});
