// table-indented (helper-213 #5): a template table indented by four spaces or a tab after a blank line is a Markdown
// code block, shown as lines of text; the checker read it as a table and said nothing. The fix removes the indentation
// only, and fix-all does so before its other fixes in the table (a row inserted kept the indentation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = example.split('\n');
/** Line indexes of 表三's pipe lines (header to last row). */
const t3 = (() => {
  const head = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let end = head;
  while (lines[end + 1]?.startsWith('|')) end++;
  return [head, end];
})();
/** The example with 表三's lines indented by `indent`, and optionally `before` replacing the blank line above it. */
function indented(indent, before) {
  const out = lines.map((l, i) => (i >= t3[0] && i <= t3[1] ? indent + l : l));
  if (before !== undefined) out[t3[0] - 1] = before;
  return out.join('\n');
}
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'table-indented');

test('a 表三 indented by four spaces or a tab is said at its header, and fixed back to the example', () => {
  assert.equal(lines[t3[0] - 1], '');
  for (const indent of ['    ', '\t', '      ']) {
    const text = indented(indent);
    const fs = found(text);
    assert.equal(fs.length, 1, JSON.stringify(indent));
    assert.equal(fs[0].range.start.line, t3[0]);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, /代码块/);
    assert.equal(core.applyFixes(text, fs[0].fix.edits).text, example);
  }
});

test('indented less than four, after a paragraph line, or under a list item: no finding', () => {
  assert.deepEqual(found(indented('  ')), []);
  assert.deepEqual(found(indented('    ', '表三如下：')), []);
  const listed = indented('    ').split('\n');
  listed.splice(t3[0] - 1, 0, '- 收到和处理政府信息公开申请情况见下表：');
  assert.deepEqual(found(listed.join('\n')), []);
  assert.deepEqual(found(example), []);
});

test('fix-all takes the indentation out before inserting a missing row: the row is not indented', () => {
  const text = indented('    ').split('\n').filter((l) => !l.includes('4.无正当理由大量反复申请')).join('\n');
  const { text: fixed } = core.fixAll(text);
  const row = fixed.split('\n').find((l) => l.includes('4.无正当理由大量反复申请'));
  assert.ok(row, 'the row is inserted');
  assert.ok(row.startsWith('|'), JSON.stringify(row));
  assert.ok(!fixed.split('\n').some((l) => /^\s+\|/.test(l)), 'no table line indented');
});
