// brk160 #2: a blank line between two rows of a pipe table ends the table on GitHub, GitLab and in VS Code's preview
// (the rows below show as `| … |` text), while this checker reads the table whole. disable-in-table caught a comment
// line there, but not a blank line, nor a comment followed by a blank line. table-blank-line reports it, and its fix
// deletes the blank lines only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const DELIM = '| -------- | ---------------- |\n| 行政处罚 | 86               |';
const of = (text, id) => core.analyze(text).findings.filter((f) => f.ruleId === id);

test('table-blank-line: a blank line under 表二 第（六）项\'s delimiter row is a warning; the fix deletes the blank line only', () => {
  const text = edit(BASE, DELIM, DELIM.replace('\n', '\n\n'));
  const [f, ...more] = of(text, 'table-blank-line');
  assert.equal(more.length, 0);
  assert.equal(f.severity, 'warning');
  assert.equal(f.range.start.line, 47);
  assert.equal(text.split('\n')[47], '');
  assert.equal(f.message, '表二的两行之间有空行：Markdown 渲染时表格在空行处结束，其下的 2 行显示为一串竖线文字（本工具仍把它们读作这张表的行）。请删去这个空行（修复会删除它）。');
  assert.equal(core.fixAll(text).text, BASE);
  assert.deepEqual(of(BASE, 'table-blank-line'), []);
});

test('table-blank-line: a suppression comment and a blank line between the rows: the blank line is reported and deleted, the comment then is disable-in-table\'s', () => {
  const text = edit(BASE, DELIM, DELIM.replace('\n', '\n<!-- nianbao-disable-next-line number-invalid -->\n\n'));
  const [f] = of(text, 'table-blank-line');
  assert.equal(f.range.start.line, 48);
  assert.match(f.message, /其间的注释行同样断开表格/);
  assert.deepEqual(f.fix.edits.map((e) => [e.range.start.line, e.range.end.line, e.newText]), [[48, 49, '']]);
  // Several blank lines, an HTML comment among them, in a CRLF text: each blank line deleted, the comment kept.
  const crlf = edit(BASE, DELIM, DELIM.replace('\n', '\n\n<!-- 数据待核实 -->\n\n')).replace(/\n/g, '\r\n');
  const [g] = of(crlf, 'table-blank-line');
  assert.deepEqual(g.fix.edits.map((e) => [e.range.start.line, e.range.end.line]), [[47, 48], [49, 50]]);
  // Fixed whole: the blank lines go, then comment-in-table moves the comment above the table; the table is one again.
  assert.ok(core.fixAll(crlf).text.includes('<!-- 数据待核实 -->\r\n| 信息内容 | 本年处理决定数量 |\r\n| -------- | ---------------- |\r\n| 行政处罚 | 86               |\r\n| 行政强制'));
});

test('table-blank-line: a blank line between 表三\'s header and its delimiter row, and in a blockquote; not between two tables or before other columns', () => {
  const t3 = BASE.split('\n').findIndex((l) => l.startsWith('| （本列数据'));
  const lines = BASE.split('\n');
  lines.splice(t3 + 1, 0, '');
  const [h] = of(lines.join('\n'), 'table-blank-line');
  assert.equal(h.range.start.line, t3 + 1);
  assert.match(h.message, /^表三的表头与其下的分隔行（\| --- \|）之间有空行：Markdown 渲染时整张表都不成表格/);
  // In a blockquote, a `>` line is the blank line.
  const quoted = BASE.replace(/\| 信息内容 \| 本年处理决定数量 \|\n\| -------- \| ---------------- \|\n\| 行政处罚 \| 86 +\|\n\| 行政强制 \| 4 +\|/, (m) => m.split('\n').map((l, k) => (k === 3 ? `>\n> ${l}` : `> ${l}`)).join('\n'));
  assert.notEqual(quoted, BASE);
  assert.equal(of(quoted, 'table-blank-line').length, 1);
  // A second table with its own header and delimiter row after a blank line is a table of its own.
  const two = edit(BASE, DELIM, DELIM.replace('\n', '\n\n| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n'));
  assert.deepEqual(of(two, 'table-blank-line'), []);
  // Rows below with another number of cells do not continue the table.
  const other = edit(BASE, DELIM, DELIM.replace('\n| 行政处罚 | 86               |', '\n\n| 行政处罚 | 86 | 备注 |'));
  assert.deepEqual(of(other, 'table-blank-line'), []);
});
