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

test('indented less than four, or under a list item within its content: no finding', () => {
  assert.deepEqual(found(indented('  ')), []);
  assert.deepEqual(found(indented('   ', '表三如下：')), []);
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

// helper-214 #10: tables that markdown-it (as GitHub and VS Code) does not show whole were not reported: indented four
// beyond a list item's content, in a blockquote after `> `, right under a line of text (the lines join that text), with
// only the header or only some rows indented. Each is now reported, and fix-all gives back the example's six tables.
test('every indentation that breaks a table in markdown-it is reported, and the fix restores the tables (whitespace only)', async () => {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  const tables = (text) => (md.render(text).match(/<tbody>/g) ?? []).length;
  assert.equal(tables(example), 6);
  const head = t3[0];
  const variants = {
    'after a line of text': indented('    ', '表三如下：'),
    'header only': lines.map((l, i) => (i === head ? '    ' + l : l)).join('\n'),
    'delimiter row only': lines.map((l, i) => (i === head + 1 ? '    ' + l : l)).join('\n'),
    'in a blockquote': lines.map((l, i) => (i >= t3[0] && i <= t3[1] ? '>     ' + l : l)).join('\n'),
    'under a list item, six': [...lines.slice(0, head - 1), '- 收到和处理政府信息公开申请情况见下表：', '', ...lines.slice(head, t3[1] + 1).map((l) => '      ' + l), ...lines.slice(t3[1] + 1)].join('\n'),
  };
  for (const [name, text] of Object.entries(variants)) {
    assert.ok(tables(text) < 6, name);
    const fs = found(text);
    assert.equal(fs.length, 1, name);
    const fixed = core.fixAll(text).text;
    assert.equal(tables(fixed), 6, name);
    assert.deepEqual(found(fixed), [], name);
    assert.equal(fixed.replace(/[ \t]/g, ''), text.replace(/[ \t]/g, ''), `${name}: only white space changes`);
  }
  // Rows indented under a header that is not: the table ends before them; they are said, from the first.
  const rows = lines.map((l, i) => (i > head + 5 && i <= t3[1] ? '    ' + l : l)).join('\n');
  const [f] = found(rows);
  assert.equal(f.range.start.line, head + 6);
  assert.match(f.message, /缺了这些行/);
  assert.equal(core.fixAll(rows).text, example);
  // Under a list item the table keeps the item's indentation: it stays in the item, and shows.
  const listed = variants['under a list item, six'];
  assert.ok(core.fixAll(listed).text.includes('\n  | （本列数据'));
  // Indented three beyond the item's content, or quoted with one space: tables, no finding.
  const five = listed.replaceAll('\n      |', '\n     |');
  assert.equal(tables(five), 6);
  assert.deepEqual(found(five), []);
  const quoted = lines.map((l, i) => (i >= t3[0] && i <= t3[1] ? '> ' + l : l)).join('\n');
  assert.equal(tables(quoted), 6);
  assert.deepEqual(found(quoted), []);
});
