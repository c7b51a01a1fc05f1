// Format Document (helper-222 #13, #14): a table whose header follows a byte-order mark kept in the buffer was
// aligned without its header; in a blockquote, a row written `>|` (no space) ended the table's alignment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const format = (text) => core.applyFixes(text, core.formatPipeTables(text)).text;

test('a table after a byte-order mark is aligned whole, the mark kept', () => {
  assert.equal(format('\ufeff| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n'), '\ufeff| 信息内容 | 本年制发件数 |\n| -------- | ------------ |\n| 规章     | 0            |\n');
});

test('a quoted table with rows written `>|` and `> |` is aligned whole, each row\'s markers kept', () => {
  const out = format('# x\n\n> | 信息内容 | 本年制发件数 |\n> |---|---|\n>| 规章 | 0 |\n> | 行政规范性文件 | 1 |\n');
  assert.equal(out, '# x\n\n> | 信息内容       | 本年制发件数 |\n> | -------------- | ------------ |\n>| 规章           | 0            |\n> | 行政规范性文件 | 1            |\n');
  assert.equal(format(out), out);
});

// brk91 #9: a table in a list item (`- | 名称 | 值 |`, `1. | 甲 | 乙 |`, `> - | … |`): its header is on the marker's line,
// which is no row; the rows below were padded without it, a half-aligned table. Such a table is left as written.
test('a table whose header is on a list marker\'s line is left as written (plain, numbered, quoted)', () => {
  for (const text of [
    '说明：\n\n- | 名称 | 值 |\n  | --- | --- |\n  | 长长长长长 | 1 |\n',
    '1. | 甲 | 乙 |\n   |---|---|\n   | 一二三四 | 5 |\n',
    '> - | 引用列表 | 数 |\n>   | --- | --- |\n>   | 很长很长的一项 | 3 |\n',
  ]) assert.equal(format(text), text, text);
  // A table in a list item whose header is a row of its own is aligned as any other.
  assert.equal(format('- 表：\n\n  | 名称 | 值 |\n  | --- | --- |\n  | 长长长长长 | 1 |\n'), '- 表：\n\n  | 名称       | 值  |\n  | ---------- | --- |\n  | 长长长长长 | 1   |\n');
});
