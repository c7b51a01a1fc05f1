// brk107 #2: with both rows of 第二十条第（六）项 written with an empty label cell (`|          | 86 |`,
// `|          | 4 |`), neither is read by its place (the item lacks two rows), and row-missing's fix inserted blank
// 行政处罚 and 行政强制 rows above them: the numbers stayed in the table unlabelled and unmentioned, and the rows twice.
// Now row-missing names the line with numbers and no label and inserts nothing; one blanked label is still read by
// its place (row-label writes it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, only } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const blankLabel = (text, label) => edit(text, `| ${label} `, `| ${' '.repeat(label.length * 2)} `);

test('two unlabelled rows with numbers in one 表二 item: said, nothing inserted', () => {
  const text = blankLabel(blankLabel(CORRECT, '行政处罚'), '行政强制');
  const found = only(text, 'row-missing').found;
  assert.equal(found.length, 2);
  const line = text.split('\n').findIndex((l) => /^\| +\| 86/.test(l));
  for (const f of found) {
    assert.equal(f.fix, undefined);
    assert.match(f.message, new RegExp(`第 ${line + 1} 行有数而没有行标签，可能就是这一行`));
  }
  assert.equal(core.fixAll(text).text.split('\n').filter((l) => /^\| 行政(处罚|强制) /.test(l)).length, 0);
});

test('one unlabelled row is still read by its place, and row-missing says nothing of it', () => {
  const text = blankLabel(CORRECT, '行政处罚');
  assert.deepEqual(only(text, 'row-missing').found, []);
  const [f] = only(text, 'row-label').found;
  assert.ok(f?.fix);
  assert.equal(core.applyFixes(text, f.fix.edits).text.split('\n').filter((l) => l.startsWith('| 行政处罚')).length, 1);
});
