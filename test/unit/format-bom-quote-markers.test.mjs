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
