// brk86 #4: in a table pasted one cell a line (`信息内容 |`, `现行有效件数 |`, … each on its own line, with or without
// the ` |`), a 表二 block's or 表四's header was not read by its column names: a reordered header had its values read by
// position (count-relations, sum-review and prose-table on numbers that were right), a misspelled 表四 leaf
// (`结果纠证`) was not said, and a `-` cell (`- |`, read as a list item's marker) was a blank. Each is now what the
// same table says as a pipe table: column-order, column-label with its fix, number-invalid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, edit } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The example's tables in each layout: as written (pipe), one cell a line with its ` |`, one cell a line bare. */
const LAYOUTS = {
  pipe: (t) => t,
  'one cell a line, ` |`': (t) => rewriteRows(t, (c) => c.map((x) => `${x} |`)),
  'one cell a line': (t) => rewriteRows(t, (c) => c.filter(Boolean)),
};
/** Findings in brief: rule id and the text of their range (its first line's part). */
const brief = (text) => core.analyze(text).findings.map((f) => {
  const { start, end } = f.range;
  return [f.ruleId, text.split('\n')[start.line].slice(start.character, end.line === start.line ? end.character : undefined)];
});

const T4_LEAVES = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持         | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持   | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
const T4_VALUES = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        | 0        | 1        | 2    | 0          | 0        | 0        | 0        | 0    |';

test('the example is clean in every layout', () => {
  for (const [name, to] of Object.entries(LAYOUTS)) assert.deepEqual(brief(to(example)), [], name);
});

test('表二: a block header in its own order is read by its column names one cell a line too (column-order, not count-relations)', () => {
  let text = edit(example, '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数 |');
  text = edit(text, '| 行政规范性文件 | 3            | 1            | 25           |', '| 行政规范性文件 | 25 | 3 | 1 |');
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const t = to(text);
    assert.deepEqual(brief(t).map(([id]) => id), ['column-order'], name);
    const row = core.parseReport(t).tables.t2.rows.find((r) => r.label === '行政规范性文件');
    assert.deepEqual(row.cells.map((c) => c.value), [3, 1, 25], name);
  }
});

test('表四: leaves in their own order are read by their names one cell a line too (column-order, not sum-review)', () => {
  let text = edit(example, T4_LEAVES, `| ${Array(3).fill('总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结').join(' | ')} |`);
  text = edit(text, T4_VALUES, '| 3 | 2 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |');
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const t = to(text);
    assert.deepEqual(brief(t).map(([id]) => id), ['column-order'], name);
    assert.deepEqual(core.parseReport(t).tables.t4.rows[0].cells.map((c) => c.value), [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0], name);
  }
});

test('表四: only the first group\'s leaves reordered, one cell a line (the repro\'s shape): read by name', () => {
  let text = edit(example, T4_LEAVES, T4_LEAVES.replace('| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |'));
  text = edit(text, T4_VALUES, T4_VALUES.replace(/^\| 2 +\| 0 +\| 1 +\| 0 +\| 3 +\|/, '| 3 | 2 | 0 | 1 | 0 |'));
  for (const [name, to] of Object.entries(LAYOUTS)) assert.deepEqual(brief(to(text)).map(([id]) => id), ['column-order'], name);
});

test('表四: a misspelled leaf one cell a line is column-label, fixed to the template\'s label', () => {
  const text = edit(example, T4_LEAVES, T4_LEAVES.replace('| 结果维持 | 结果纠正 |', '| 结果维持 | 结果纠证 |'));
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const t = to(text);
    const found = core.analyze(t).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['column-label'], name);
    assert.match(found[0].message, /结果纠证.*结果纠正/);
    const fixed = core.applyFixes(t, found[0].fix.edits).text;
    assert.equal(fixed, to(example), name);
  }
});

test('a `-` cell one cell a line (`- |`) is number-invalid as in a pipe row, not a blank (nor a list item\'s marker)', () => {
  const text = edit(example, '| 行政许可 | 1520             |', '| 行政许可 | - |');
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const t = to(text);
    assert.deepEqual(brief(t), [['number-invalid', '-']], name);
  }
  // A table opening a list item keeps its marker out of the cells.
  const listed = rewriteRows(example, (c) => [`- | ${c.join(' | ')} |`]);
  assert.deepEqual(brief(listed).filter(([id]) => id === 'number-invalid'), []);
});
