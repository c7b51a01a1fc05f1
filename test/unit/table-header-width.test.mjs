// table-header-width (helper-209 #4): a pipe table's header with fewer cells than its rows, or than its delimiter row.
// GFM shows a pipe table as wide as its header: 13 of 表四's 15 numbers, or 表三's last columns, vanish from the
// published page while every sum checks; a header whose delimiter row differs in width makes no table at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true });
/** The cell counts of the rendered tables' rows, table by table. */
const rendered = (text) => [...md.render(text).matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1].match(/<t[dh][\s>]/g) ?? []).length));
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const found = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'table-header-width');
const T4_HEADER = /^\| 行政复议 \|.*\n\| -------- \|.*\n/m;

test('the example reports, aligned and compact, have no such finding', () => {
  assert.deepEqual(found(CORRECT), []);
  assert.deepEqual(found(CORRECT.replace(/ *\| */g, '|')), []);
});

test('表四 under a header of two cells: said, and the fix widens the header so every number shows', () => {
  const text = CORRECT.replace(T4_HEADER, '| 行政复议 | 行政诉讼 |\n| --- | --- |\n');
  assert.notEqual(text, CORRECT);
  const [f] = found(text);
  assert.match(f.message, /^表四的表头只有 2 格，而下面 3 行有多达 15 格：Markdown 按表头的格数显示整张表，每行只显示前 2 格/);
  assert.ok(rendered(text).some((t) => t.includes(2) && !t.some((n) => n > 2)), 'as written, rows show 2 cells');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.deepEqual(found(fixed), []);
  assert.ok(rendered(fixed).some((t) => t.length === 4 && t.every((n) => n === 15)), JSON.stringify(rendered(fixed)));
  // Only cells were added: the text is the same without white space, pipes and dashes.
  assert.equal(fixed.replace(/[\s|-]/g, ''), text.replace(/[\s|-]/g, ''));
});

test('a header and a delimiter row of different widths (no table at all), a header broken over two lines (no fix), a data row on top of a piece of a table (not a header)', () => {
  const narrowDelim = CORRECT.replace('| -------------- | ------------ | ------------ | ------------ |', '| --- | --- |');
  const [d] = found(narrowDelim);
  assert.match(d.message, /表二的表头有 4 格，其下的分隔行（\| --- \|）有 2 格：两者格数不同，Markdown 不把它渲染为表格/);
  assert.deepEqual(found(core.applyFixes(narrowDelim, d.fix.edits).text), []);
  const split = CORRECT.replace('| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年制发件数 |\n| 本年废止件数 | 现行有效件数 | | |\n| 说明 |');
  const s = found(split);
  assert.equal(s.length, 1);
  assert.match(s[0].message, /表头似乎被拆成了几行/);
  assert.equal(s[0].fix, undefined);
  // `| 0 | 0 | 0 |` over `| --- |`: a data row (its label lost) on top of a piece of the table, no header.
  const piece = CORRECT.replace('| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 0 | 0 | 0 |').replace('| -------------- | ------------ | ------------ | ------------ |', '| --- | --- | --- |');
  assert.deepEqual(found(piece), []);
});

test('a comment after a row\'s last cell is no cell; a quoted table is read after its > markers', () => {
  const commented = CORRECT.replace(/^(\| 规章 .*\|)$/m, '$1 <!-- 注：无 --> <!-- 另注 -->');
  assert.notEqual(commented, CORRECT);
  assert.deepEqual(found(commented), []);
  const quoted = CORRECT.replace(T4_HEADER, '| 行政复议 | 行政诉讼 |\n| --- | --- |\n').split('\n').map((l) => (l.startsWith('|') ? `> ${l}` : l)).join('\n');
  const [q] = found(quoted);
  assert.ok(q, 'said in a quote too');
  assert.deepEqual(found(core.applyFixes(quoted, q.fix.edits).text), []);
});

test('a 表三 header without its corner cell gets the cell at the start; a `|` typed in one row\'s label is said on that row, without a fix; a comment after the header\'s last pipe is a cell of it (helper-211 #2, #3, #4)', () => {
  const header = CORRECT.split('\n').find((l) => l.startsWith('| （本列数据的勾稽关系'));
  const noCorner = CORRECT.replace(header, header.replace(/^\| （本列数据[^|]*/, ''));
  const [f] = found(noCorner);
  const fixed = core.applyFixes(noCorner, f.fix.edits).text;
  assert.match(fixed.split('\n').find((l) => l.includes('| 自然人 |')), /^\| +\| 自然人 \|/);
  assert.deepEqual(found(fixed), []);
  const rawPipe = CORRECT.replace('| 3.其他 ', '| 3.其他|另注 ');
  assert.notEqual(rawPipe, CORRECT);
  const raw = found(rawPipe);
  assert.equal(raw.length, 1);
  assert.match(raw[0].message, /^表三的这一行有 9 格，比表头（8 格）多/);
  assert.equal(raw[0].fix, undefined);
  assert.equal(rawPipe.split('\n')[raw[0].range.start.line].startsWith('| 3.其他|另注'), true);
  const commented = CORRECT.replace(T4_HEADER, (m) => m.replace(/\|\n/, '| <!-- 合并单元格 -->\n'));
  assert.notEqual(commented, CORRECT);
  assert.match(found(commented)[0].message, /表四的表头有 16 格，其下的分隔行（\| --- \|）有 15 格/);
});

// helper-214 #4: a Word table whose corner cell spans the 序号 and label columns: its header has one cell less than the
// rows (`| 1 | 一、本年新收… |`); the cell added at the end put every column name one place right in the published table.
test('a header one cell short over rows numbered in a first column gets its cell at the start', () => {
  const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
  const head = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let n = 0;
  for (let i = head + 1; lines[i]?.startsWith('|'); i++) lines[i] = /^\|[\s:|-]+\|$/.test(lines[i]) ? `| --- ${lines[i]}` : `| ${++n} ${lines[i]}`;
  const text = lines.join('\n');
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'table-header-width');
  assert.ok(f, 'said');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  const header = fixed.split('\n')[head];
  assert.match(header, /^\|\s+\| （本列数据/);
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
});

test('a compact table (no space beside its pipes) gets compact cells from the fix, as the real 上海市政府办公厅 2025 table does (brk103 #5)', () => {
  const compact = CORRECT.replace(/ *\| */g, '|');
  const narrow = compact.replace(/^\|行政复议\|.*\n\|-+\|.*\n/m, '|行政复议|行政诉讼|\n|---|---|\n');
  assert.notEqual(narrow, compact);
  const [f] = found(narrow);
  const fixed = core.applyFixes(narrow, f.fix.edits).text;
  assert.deepEqual(found(fixed), []);
  const [header, delimiter] = fixed.split('\n').filter((l) => l.startsWith('|行政复议|'))
    .map((l) => fixed.split('\n').indexOf(l)).map((i) => [fixed.split('\n')[i], fixed.split('\n')[i + 1]])[0];
  assert.equal(header, `|行政复议|行政诉讼|${'|'.repeat(13)}`);
  assert.equal(delimiter, `|---|---|${'---|'.repeat(13)}`);
  assert.ok(rendered(fixed).some((t) => t.length === 4 && t.every((n) => n === 15)), JSON.stringify(rendered(fixed)));
  // The real report's 表四: a spaced header of 6 cells over a compact delimiter row (`|---|…`) and spaced rows of 15.
  // Each line gets cells in its own style: the delimiter row compact ones.
  const real = readFileSync(join(ROOT, '../shared/corpus/peers/kiro_shanghai-gov-office_2025.txt'), 'utf8');
  const lines = real.split('\n');
  const edits = core.checkReport(core.parseReport(real)).filter((x) => x.ruleId === 'table-header-width' && x.fix).flatMap((x) => x.fix.edits);
  const onDelimiter = edits.filter((e) => /^\|(?:-+\|)+$/.test(lines[e.range.start.line]));
  assert.ok(onDelimiter.length > 0);
  for (const e of onDelimiter) assert.match(e.newText, /^(?:---\|)+$/, JSON.stringify(e.newText));
});
