// The "convert to pipe table" refactoring dropped words it had no cell for (helper-222 #1): a note in a label cell
// (`行政规范性文件（含部门文件12件）`), a cell of notes after the numbers (`注：含备案事项`), a line of text between rows,
// a header written with a remark (`自然人（个人）`); and it moved a quoted table out of its blockquote (#2). Such tables
// are not converted now; a table of the template's words only still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toTabs, toSpaces, toCells } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const offered = (text, id) => core.convertTableEdit(core.parseReport(text), id) !== null;

test('a table of the template\'s words converts in every pasted layout', () => {
  for (const to of [toTabs, toSpaces, toCells]) for (const id of ['t2', 't3', 't4']) assert.ok(offered(to(CORRECT), id), `${to.name} ${id}`);
});

test('a table with words the pipe table would not write is not converted', () => {
  const tabs = toTabs(CORRECT);
  for (const [from, to, id] of [
    ['行政规范性文件\t3', '行政规范性文件（含部门文件12件）\t3', 't2'],
    ['行政许可\t1520', '行政许可\t1520\t注：含备案事项', 't2'],
    ['2.重复申请\t1\t0\t0\t0\t1\t0\t2', '2.重复申请\t1\t0\t0\t0\t1\t0\t2\t注：其中1件已撤回', 't3'],
    ['2.重复申请\t', '2.重复申请（同一申请人）\t', 't3'],
    ['\t自然人\t', '\t自然人（个人）\t', 't3'],
    ['\n（三）不予公开', '\n（以下为不予公开的具体情形，单位：件）\n（三）不予公开', 't3'],
  ]) {
    assert.ok(tabs.includes(from), from);
    const text = tabs.replace(from, to);
    assert.ok(!offered(text, id), to);
    // The words are still there: nothing was rewritten.
    assert.ok(core.parseReport(text).lines.text.includes(to.trim().split('\t').pop()), to);
  }
});

test('a table in a blockquote is not converted (the pipe table would leave the quote)', () => {
  const lines = toTabs(CORRECT).split('\n');
  const a = lines.findIndex((l) => l.startsWith('信息内容\t本年制发件数'));
  const quoted = lines.map((l, i) => (i >= a && i < a + 3 ? `> ${l}` : l)).join('\n');
  assert.match(quoted, /^> 规章\t0\t0\t0$/m);
  assert.ok(!offered(quoted, 't2'));
});
