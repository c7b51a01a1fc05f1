// brk163 #3: a header of 4 cells over a delimiter row typed halfway (`|---|--`, as it stands while typing the table by
// hand): table-header-width's fix completes the delimiter row, but its title said 把表头补到 4 格 (the header already
// has 4). The title now says what the edits do, in both locales: the delimiter row, the header, or both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const HEADER = '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |';
const DELIM = '| -------------- | ------------ | ------------ | ------------ |';
const ROWS = '| 规章           | 0            | 0            | 0            |\n| 行政规范性文件 | 3            | 1            | 25           |';
const of = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'table-header-width');
const changed = (text, f) => {
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  return text.split('\n').flatMap((l, i) => (l === out[i] ? [] : [i]));
};

test('table-header-width: a half-typed delimiter row under a full header: the fix is titled as completing the delimiter row', () => {
  const text = edit(BASE, `${HEADER}\n${DELIM}`, `${HEADER}\n|---|--`);
  const [f] = of(text);
  assert.match(f.message, /表头有 4 格，其下的分隔行（\| --- \|）有 2 格/);
  assert.equal(f.fix.title.zh, '把分隔行（| --- |）补到 4 格');
  assert.equal(f.fix.title.en, 'Widen the delimiter row (| --- |) to 4 cells');
  const delimLine = text.split('\n').indexOf('|---|--');
  assert.deepEqual(changed(text, f), [delimLine]);
  assert.equal(core.applyFixes(text, f.fix.edits).text.split('\n')[delimLine], '|---|--|---|---');
});

test('table-header-width: a header shorter than its delimiter row is titled as widening the header; both short, both', () => {
  const short = '| 信息内容 | 本年制发件数 | 本年废止件数 |';
  const text = edit(BASE, HEADER, short);
  const [f] = of(text);
  assert.equal(f.fix.title.zh, '把表头补到 4 格');
  assert.equal(f.fix.title.en, 'Widen the header to 4 cells');
  assert.deepEqual(changed(text, f), [text.split('\n').indexOf(short)]);
  // A header and delimiter row of 2 cells over rows of 4 (the last two columns' names not typed yet).
  const both = edit(BASE, `${HEADER}\n${DELIM}\n${ROWS}`, `| 信息内容 | 本年制发件数 |\n| --- | --- |\n${ROWS}`);
  const [g] = of(both);
  assert.equal(g.fix.title.zh, '把表头和分隔行（| --- |）补到 4 格');
  assert.equal(g.fix.title.en, 'Widen the header and the delimiter row (| --- |) to 4 cells');
  assert.equal(changed(both, g).length, 2);
});
