// Convert to a pipe table keeps the blank lines around the table and the report's ordinal style; Format Document
// keeps a tab in a cell (found by breaker13).
// breaker13: "Convert 表三/表四 to a pipe table" (core/editor/convert.ts, convertTableEdit) and Format Document
// (core/editor/pipeTables.ts). The conversion deleted the blank line after the table (its span ended on it), so the
// next section became rows of the pipe table when rendered, and left a converted table touching the plain-text
// headings around it; it wrote `（一）` in a report that writes `(一)`. Format Document padded away the tab of
// `| 行政强制 |\t0 |`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS, ROOT } from '../helpers.mjs';

const SEED001 = readFileSync(join(CORPUS, 'seeds', readdirSync(join(CORPUS, 'seeds')).find((f) => f.startsWith('001'))), 'utf8');
const PASTE = (name) => readFileSync(join(ROOT, 'test/data/paste', name), 'utf8');
/** A 2025 draft from the template whose 表三 was replaced by a paste (the blank lines around it kept), as breaker13 did. */
function pasted(src) {
  const lines = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  const a = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let b = lines.findIndex((l) => l.startsWith('## 四、'));
  while (!lines[b].startsWith('|')) b--;
  assert.equal(lines[a - 1], '');
  assert.equal(lines[b + 1], '');
  return [...lines.slice(0, a), ...src.replace(/\n$/, '').split('\n'), ...lines.slice(b + 1)].join('\n');
}

/** The rows of a table with a written cell, as `id:raw,raw,…` (blank cells empty). */
const tableValues = (r, id) => (r.tables[id]?.rows ?? []).filter((x) => x.cells.some((c) => c?.raw.trim())).map((x) => `${x.id}:${x.cells.map((c) => c?.raw.trim() ?? '').join(',')}`);
const isBlank = (l) => l === undefined || !l.trim();

/**
 * Converts table `id` of `text` and checks that nothing but the table's own lines changed: every line above and
 * below the replaced lines is there unchanged (line breaks included), the replaced lines start and end with a line
 * of the table, the pipe table is set apart by a blank line from any neighbour that is not blank, and the values
 * read are the same. Returns the converted text and the edit.
 */
function convert(text, id) {
  const before = core.parseReport(text);
  const e = core.convertTableEdit(before, id);
  assert.ok(e, `${id} is converted`);
  const after = core.applyFixes(text, [e]).text;
  const old = text.split('\n'), now = after.split('\n');
  const s = e.range.start.line, end = e.range.end.line, below = old.length - end - 1;
  assert.ok(!isBlank(old[s]) && !isBlank(old[end]), 'the replaced lines start and end with a line of the table');
  assert.deepEqual(now.slice(0, s), old.slice(0, s), 'every line above the table, as it was');
  assert.deepEqual(now.slice(now.length - below), old.slice(end + 1), 'every line below the table, as it was');
  const table = now.slice(s, now.length - below).map((l) => l.replace(/\r$/, ''));
  if (!isBlank(old[s - 1])) assert.equal(table.shift(), '', 'a blank line between the line above and the table');
  if (!isBlank(old[end + 1])) assert.equal(table.pop(), '', 'a blank line between the table and the line below');
  assert.ok(table.every((l) => l.startsWith('|')), 'only the pipe table in between');
  assert.deepEqual(tableValues(core.parseReport(after), id), tableValues(before, id), 'the values read, row by row');
  return { after, edit: e };
}

test('seed 001 with a blank line before 四、: the blank line after the converted 表三 stays, 四、 is no row', () => {
  const text = SEED001.replace(/\n(四、政府信息公开行政复议、行政诉讼情况)\n/, '\n\n$1\n');
  assert.notEqual(text, SEED001);
  const { after } = convert(text, 't3');
  const lines = after.split('\n');
  const four = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(lines[four - 1], '', 'one blank line above 四、 (no more, no less)');
  assert.match(lines[four - 2], /^\| 四、结转下年度继续办理 +\| 0 /, 'the last row of the table above it');
  assert.equal(lines[four - 3].startsWith('| (七)总计'), true);
  // The line above the table (三、 as plain text) is set apart too.
  const three = lines.indexOf('三、收到和处理政府信息公开申请情况');
  assert.equal(lines[three + 1], '');
  assert.match(lines[three + 2], /^\| \(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和\) +\| 自然人 /);
});

test('seed 001 with CRLF: 表三 then 表四 converted, each set apart from 三、/四、/五、 by blank lines; CRLF kept', () => {
  const crlf = SEED001.replace(/\n/g, '\r\n');
  const { after: one } = convert(crlf, 't3');
  const { after: two } = convert(one, 't4');
  assert.doesNotMatch(two, /[^\r]\n/, 'every line break CRLF');
  const lines = two.split('\r\n');
  for (const h of ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及下步工作打算']) {
    const i = lines.indexOf(h);
    assert.ok(i > 0, h);
    assert.equal(lines[i + (h.startsWith('五') ? -1 : 1)], '', `${h}: a blank line between it and the pipe table`);
  }
  // After every pipe table's last row comes a blank line (GFM reads a line under a row as one more row).
  // (Rows of the converted tables start `| `; seed 001's own cell-per-line lines such as `|||` do not.)
  lines.forEach((l, i) => { if (l.startsWith('| ')) assert.ok(lines[i + 1].startsWith('| ') || lines[i + 1] === '', `line ${i + 2}: ${lines[i + 1]}`); });
});

test('labels in the table\'s punctuation: seed 001 writes (一) with ASCII brackets, and so does its converted 表三', () => {
  assert.doesNotMatch(SEED001, /[（）：]/, 'seed 001 writes ASCII brackets and colons only');
  const { after } = convert(SEED001, 't3');
  assert.doesNotMatch(after, /[（）：]/, 'no full-width bracket or colon written');
  assert.match(after, /^\| \(一\)予以公开 +\| 5 +\|/m);
  assert.match(after, /^\| \(二\)部分公开\(区分处理的,只计这一情形,不计其他情形\) +\| 4 +\|/m);
  assert.deepEqual(core.checkReport(core.parseReport(after)).filter((f) => f.ruleId === 'row-label' || f.ruleId === 'column-label'), [], 'labels as the template has them');
});

test('a Word paste of one cell per line (no pipes): the blank line before ## 四 stays; labels stay full-width', () => {
  const text = pasted(PASTE('word-one-cell-per-line.txt'));
  const { after, edit } = convert(text, 't3');
  assert.equal(core.pastedLayout(core.parseReport(text), 't3').id, 'cell-per-line');
  const lines = after.split('\n');
  const four = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(lines[four - 1], '');
  assert.match(lines[four - 2], /^\| 四、结转下年度继续办理 +\| 4 +\| 2 +\| 0 /);
  assert.equal(edit.newText.startsWith('|') && edit.newText.endsWith('|'), true, 'the blank lines around were there: none added');
  assert.match(after, /^\| （一）予以公开 +\| 8 +\| 2 +\|/m);
});

test('a tab-separated Word paste: the blank line before ## 四 stays; named tab-separated', () => {
  const text = pasted(PASTE('word-tabs.txt'));
  const { after } = convert(text, 't3');
  assert.equal(core.pastedLayout(core.parseReport(text), 't3').id, 'tab-separated');
  const lines = after.split('\n');
  const four = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(lines[four - 1], '');
  assert.match(lines[four - 2], /^\| 四、结转下年度继续办理 +\| 4 +\| 2 +\| 0 /);
});

test('the layout named: seed 001 cell-per-line, a pdftotext -layout 表三 space-aligned, never none', () => {
  assert.equal(core.pastedLayout(core.parseReport(SEED001), 't3').id, 'cell-per-line');
  const hongze = readFileSync(join(CORPUS, 'peers/kiro_hongze-district_2023.txt'), 'utf8');
  assert.equal(core.pastedLayout(core.parseReport(hongze), 't3').id, 'space-aligned');
  assert.deepEqual(core.pastedLayout(core.parseReport(hongze), 't3').name, { zh: '空格对齐', en: 'space-aligned' });
});

test('Format Document leaves a row with a tab in a cell\'s padding as it is (`| 行政强制 |\\t0 |`)', () => {
  const text = '第二十条第（七）项\n\n| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政处罚 | 5 （含简易程序） |\n| 行政强制 |\t0 |\n';
  assert.deepEqual(core.formatPipeTables(text), [], 'nothing to change: the other rows are aligned already');
  const squeezed = text.replace('| 行政处罚 | 5 （含简易程序） |', '|行政处罚|5 （含简易程序）|');
  const after = core.applyFixes(squeezed, core.formatPipeTables(squeezed)).text;
  assert.equal(after, text, 'the other rows aligned, the tabbed one as written');
});
