// brk107 #6 and #2: a table whose pipe rows have no opening pipe, each starting with its label cell (seed 003:
// `(二)不分公开(…) | 0 | 0 | … |`, `行政处罚 | 0 | 0 | 0 |`). A row whose label was deleted (` | 0 | 0 | … |`) starts
// with the pipe, which a Markdown table's row opens with: the row was read by its place in 表三 with no finding and no
// fix, and in 表二 row-missing inserted a blank 行政强制 above it (the row twice, its numbers ignored). Now the white
// space before that pipe is the row's empty label cell, as `|   | 0 | … |` is in a Markdown table: row-label says so
// and writes the label there; with two of an item's labels deleted, row-missing names the line and inserts nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, only, ROOT } from '../helpers.mjs';

const SEED = corpusText('seeds/003_7487cbc35b761747.txt');
const lineNo = (text, prefix) => text.split('\n').findIndex((l) => l.startsWith(prefix));
const rowLabelAt = (text, line) => only(text, 'row-label').found.filter((f) => f.range.start.line === line);

/** The one row-label finding on `line` of `text`: a label cell said empty, fixed; the fix and --fix give `want`. */
function fixesLabel(text, line, want) {
  const found = rowLabelAt(text, line);
  assert.equal(found.length, 1, `one row-label finding on line ${line + 1}`);
  const [f] = found;
  assert.match(f.message, /行标签单元格是空的/);
  assert.ok(f.fix, 'a fix');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed.split('\n')[line], want.split('\n')[line], 'the label written before the pipe');
  assert.deepEqual(rowLabelAt(fixed, line), [], 're-checked: said no more');
  const all = core.fixAll(text).text;
  assert.equal(all.split('\n')[line], want.split('\n')[line], '--fix writes it too');
  assert.equal(core.fixAll(all).text, all, 'a second --fix changes nothing');
  return fixed;
}

test('表三 (二)\'s label deleted in seed 003\'s layout: read by its place, said, the fix writes the label', () => {
  const text = edit(SEED, '\n(二)不分公开(区分处理的,只计这一情形,不计其他情形) | 0 |', '\n | 0 |');
  const line = lineNo(SEED, '(二)不分公开');
  const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R3.2');
  assert.equal(row.match.missing, 'cell');
  assert.deepEqual(row.cells.map((c) => c?.value), [0, 0, 0, 0, 0, 0, 0]);
  // (In the report's ASCII punctuation, the template's label: not the misspelling the seed has.)
  fixesLabel(text, line, edit(SEED, '(二)不分公开', '(二)部分公开'));
});

test('表三 2.其他法律行政法规禁止公开\'s label deleted: the fix gives back the seed', () => {
  const text = edit(SEED, '\n2.其他法律行政法规禁止公开 | 0 |', '\n | 0 |');
  const fixed = fixesLabel(text, lineNo(SEED, '2.其他法律行政法规禁止公开'), SEED);
  assert.equal(fixed, SEED);
});

test('表二 行政强制\'s label deleted: read by its place with its numbers, no blank row inserted above it', () => {
  const text = edit(SEED, '\n行政强制 | 0 | 0 | 0 |', '\n | 0 | 0 | 4 |');
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政强制');
  assert.equal(row.cells[2]?.value, 4, 'its number read');
  assert.deepEqual(only(text, 'row-missing').found, []);
  const fixed = fixesLabel(text, lineNo(SEED, '行政强制'), edit(SEED, '\n行政强制 | 0 | 0 | 0 |', '\n行政强制 | 0 | 0 | 4 |'));
  assert.equal(fixed, edit(SEED, '\n行政强制 | 0 | 0 | 0 |', '\n行政强制 | 0 | 0 | 4 |'));
  assert.equal(core.fixAll(text).text.split('\n').filter((l) => l.startsWith('行政强制')).length, 1, 'the row once');
});

test('表二 both labels of 第二十条第(六)项 deleted: row-missing names the line with numbers and inserts nothing', () => {
  const text = edit(edit(SEED, '\n行政处罚 | 0 | 0 | 0 |', '\n | 0 | 0 | 3 |'), '\n行政强制 | 0 | 0 | 0 |', '\n | 0 | 0 | 4 |');
  const line = lineNo(text, ' | 0 | 0 | 3 |');
  const found = only(text, 'row-missing').found;
  assert.equal(found.length, 2);
  for (const f of found) {
    assert.equal(f.fix, undefined);
    assert.match(f.message, new RegExp(`第 ${line + 1} 行有数而没有行标签，可能就是这一行`));
  }
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').filter((l) => /^行政(处罚|强制)/.test(l)).length, 0, 'no row inserted');
  assert.ok(fixed.includes('\n | 0 | 0 | 3 |\n | 0 | 0 | 4 |\n'), 'the numbers kept');
});

test('the label written into an empty cell takes the punctuation of the table\'s labels, not of the prose', () => {
  // A Markdown report in full-width punctuation whose 表三 labels were written with ASCII brackets and commas.
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const start = correct.indexOf('## 三、'), end = correct.indexOf('## 四、');
  const ascii = correct.slice(start, end).replace(/^\| ([^|]*?) +\|/gm, (m, label) => `| ${label.normalize('NFKC')} |`);
  const report = correct.slice(0, start) + ascii + correct.slice(end);
  const label = '(二)部分公开(区分处理的,只计这一情形,不计其他情形)';
  assert.ok(report.includes(`| ${label} |`));
  const text = edit(report, `| ${label} |`, `| ${' '.repeat(label.length)} |`);
  const [f] = only(text, 'row-label').found;
  assert.match(f?.message ?? '', /行标签单元格是空的/);
  assert.equal(core.applyFixes(text, f.fix.edits).text, report);
});
