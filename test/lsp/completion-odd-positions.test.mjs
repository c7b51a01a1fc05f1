// brk91 #1 and #3: a row label accepted where no label cell is, or over a label cell holding more than its label,
// destroyed the row: in a space-aligned row (pdftotext) the whole line was replaced, numbers too; in a table of one cell
// a line (seed 001) a label replaced a value line's number; at column 0 of an HTML row the tags went; before a pipe
// row's leading pipe (or on a blockquote's `>`) the label was written before the row's cells; a header row's corner cell
// took a row label; a note or a number in the label cell (`（含部门文件12件）`, `行政许可 1520`) was deleted. Completion
// now offers labels only in a label cell, and its edit replaces the label alone.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, shared, applyEdits } from './client.mjs';

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const SEED_001 = fs.readFileSync(path.join(shared, 'corpus/seeds/001_417062a3286660b0.txt'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);

describe('completion at odd positions of a table row', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** The items at `character` of the first line of `text` starting with `prefix`, and that line's 0-based number. */
  async function complete(text, prefix, character) {
    const uri = `file:///tmp/nianbao-compl-odd/draft${++n}.md`;
    await s.openAndWait(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
    assert.ok(line >= 0, prefix);
    return { line, items: itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) };
  }
  /** Line `line` of `text` after the first item (as Enter accepts it). */
  const accepted = (text, line, item) => applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]).split('\n')[line];

  test('space-aligned row (pdftotext): the label replaces the label only, never the numbers', async () => {
    const lines = EXAMPLE.split('\n');
    const i = lines.findIndex((l) => l.startsWith('| 规章 '));
    lines[i] = '规章            0          0        0';
    const text = lines.join('\n');
    for (const character of [0, 1, 2]) {
      const { line, items } = await complete(text, '规章    ', character);
      const item = items.find((x) => x.label === '行政规范性文件');
      assert.ok(item, `${character}: ${items.map((x) => x.label).join(' / ')}`);
      // (The numbers keep their columns: the label's extra width is taken from the gap before them, brk161 #3.)
      assert.equal(accepted(text, line, item), '行政规范性文件  0          0        0');
    }
  });

  test('a table of one cell a line (seed 001): no label on a value line; a label line is replaced alone', async () => {
    const { items } = await complete(SEED_001, '0 |', 0);
    assert.deepEqual(items, []);
    const { line, items: labels } = await complete(SEED_001, '规章 |', 0);
    const item = labels.find((x) => x.label === '规章');
    assert.ok(item);
    assert.equal(accepted(SEED_001, line, item), '规章 |');
  });

  test('before a pipe row\'s leading pipe, on a blockquote\'s markers, and in a header row\'s corner cell: nothing', async () => {
    assert.deepEqual((await complete(EXAMPLE, '| 2.重复申请', 0)).items, []);
    const quoted = EXAMPLE.split('\n').map((l) => (l.startsWith('|') ? `> ${l}` : l)).join('\n');
    for (const character of [0, 1, 2]) assert.deepEqual((await complete(quoted, '> | 2.重复申请', character)).items, [], `${character}`);
    // Right after the blockquote's pipe, the label cell: its label is replaced, the markers and cells stay.
    const { line, items } = await complete(quoted, '> | 2.重复申请', 3);
    const item = items.find((x) => x.label === '3.要求提供公开出版物');
    assert.match(accepted(quoted, line, item), /^> \| 3\.要求提供公开出版物 +\| 1 +\| 0 /);
    assert.deepEqual((await complete(EXAMPLE, '| （本列数据', 2)).items, []);
    assert.deepEqual((await complete(EXAMPLE, '| 信息内容 ', 2)).items, []);
  });

  test('a note or a number after the label in its cell stays', async () => {
    const text = EXAMPLE.replace(/^\| 行政规范性文件 \|/m, '| 行政规范性文件（含部门文件12件） |').replace(/^(\| 行政许可) +\| 1520 +\|$/m, '$1 1520 |');
    assert.notEqual(text, EXAMPLE);
    const note = await complete(text, '| 行政规范性文件（含', 4);
    assert.match(accepted(text, note.line, note.items.find((x) => x.label === '规章')), /^\| 规章（含部门文件12件） \| 3 /);
    const value = await complete(text, '| 行政许可 1520', 4);
    assert.equal(accepted(text, value.line, value.items.find((x) => x.label === '行政许可')), '| 行政许可 1520 |');
  });

  test('an HTML row: nothing at column 0 (outside a cell); in an open cell the label replaces the cell\'s text only', async () => {
    const html = EXAMPLE.replace('| 2.重复申请', '<tr><td>2.重复申请</td><td>1</td></tr>\n| 2.重复申请');
    assert.deepEqual((await complete(html, '<tr><td>2.重复申请', 0)).items, []);
    const { line, items } = await complete(html, '<tr><td>2.重复申请', 9);
    const item = items.find((x) => x.label === '3.要求提供公开出版物');
    assert.equal(accepted(html, line, item), '<tr><td>3.要求提供公开出版物</td><td>1</td></tr>');
  });
});

describe('completion on a delimiter row and in a header row (brk92 #7)', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });
  test('a delimiter row gets nothing; 表三\'s header cells get its column labels, not its row groups', async () => {
    const uri = 'file:///tmp/nianbao-compl-odd/header.md';
    await s.openAndWait(uri, EXAMPLE);
    const lines = EXAMPLE.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| （本列数据'));
    const at = async (line, character) => itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
    assert.deepEqual(await at(header + 1, 3), []);
    const other = lines[header].indexOf('| 其他') + 2;
    const labels = (await at(header, other)).map((i) => i.label);
    assert.ok(labels.includes('自然人') && labels.includes('总计'), labels.join(' / '));
    assert.ok(!labels.some((l) => /^[一二三四]、|^（[一二三四五六七]）/.test(l)), labels.join(' / '));
  });
});
