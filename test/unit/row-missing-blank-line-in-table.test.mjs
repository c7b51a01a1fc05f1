// brk163 #2: selecting a row's text and deleting it in the editor leaves an empty line in the table (under `| --- |`),
// which ends the rendered table (table-blank-line says so). row-missing's fix inserted the row below that empty line, so
// the table stayed split: the header over nothing, the rows as lines of pipe text. The row now goes in place of the
// blank line, right under the table's line above, and the table is one again; no text is replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = BASE.split('\n');
const at = (prefix) => { const i = lines.findIndex((l) => l.startsWith(prefix)); assert.ok(i >= 0, prefix); return i; };
/** BASE with line `i` replaced by `to` (lines joined by \n). */
const withLine = (i, to) => [...lines.slice(0, i), ...to, ...lines.slice(i + 1)].join('\n');
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('row-missing: 表二\'s first row deleted to an empty line under `| --- |`: the fix writes the row in that line, the table one again', () => {
  const i = at('| 规章 ');
  const text = withLine(i, ['']);
  assert.ok(ids(text).includes('table-blank-line'));
  const [f, ...more] = rowMissing(text);
  assert.equal(more.length, 0);
  assert.equal(f.message, '表二缺少第二十条第（一）项的“规章”行。');
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  assert.equal(out.length, lines.length);
  assert.match(out[i], /^\| 规章\s+\|/);
  assert.equal(out[i - 1], lines[i - 1]);
  assert.equal(out[i + 1], lines[i + 1]);
  const after = ids(out.join('\n'));
  assert.ok(!after.includes('table-blank-line'), after.join());
  // The only finding of the row left is its blank cells, to fill from the original table.
  assert.deepEqual(rowMissing(out.join('\n')).map((g) => g.message), ['表二“规章”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。']);
});

test('row-missing: a 表三 row in the middle deleted to an empty line: the row goes in that line, between its neighbours', () => {
  const i = at('| 2.重复申请');
  const text = withLine(i, ['']);
  const [f] = rowMissing(text);
  assert.ok(f.fix, f.message);
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  assert.equal(out.length, lines.length);
  assert.match(out[i], /^\| 2\.重复申请/);
  assert.equal(out[i - 1], lines[i - 1]);
  assert.equal(out[i + 1], lines[i + 1]);
  assert.ok(!ids(out.join('\n')).includes('table-blank-line'));
});

test('row-missing: two blank lines where the row was: the row takes the first, the other stays (table-blank-line\'s), no text lost', () => {
  const i = at('| 规章 ');
  const text = withLine(i, ['', '   ']);
  const [f] = rowMissing(text);
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  assert.equal(out.length, lines.length + 1);
  assert.match(out[i], /^\| 规章\s+\|/);
  assert.equal(out[i + 1], '   ');
  assert.equal(out[i + 2], lines[i + 1]);
  assert.ok(ids(out.join('\n')).includes('table-blank-line'));
  // Fixed whole, the text comes back to a single table with the row blank.
  const fixed = core.fixAll(text).text;
  assert.ok(!ids(fixed).includes('table-blank-line'));
  assert.equal(fixed.split('\n').length, lines.length);
});

test('row-missing: a row deleted whole (no blank line left) still goes in under `| --- |` as before', () => {
  const i = at('| 规章 ');
  const text = withLine(i, []);
  const [f] = rowMissing(text);
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  assert.equal(out.length, lines.length);
  assert.match(out[i], /^\| 规章\s+\|/);
  assert.equal(f.fix.edits[0].range.start.line, f.fix.edits[0].range.end.line);
  assert.equal(f.fix.edits[0].range.start.character, f.fix.edits[0].range.end.character);
});
