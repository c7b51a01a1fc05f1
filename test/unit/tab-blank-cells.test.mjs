// breaker25 item 1: a table pasted tab-separated from Word or Excel writes an empty cell as an empty field between
// two tabs (`3.补正后申请内容仍不明确\t0\t\t\t0\t0\t0\t0`). The tokenizer took the tabs for white space and merged
// them, so the later numbers slid left (cell-count “5 个数值”, 其他/总计 read blank) and the “convert to pipe table”
// refactoring wrote the shifted numbers into the file. An empty tab field is a blank cell of its own column
// (templates.md §5.2 T3-D, §7 item 10) where the row's fields match the header's columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const DATA = (name) => readFileSync(join(ROOT, 'test/data/b25', name), 'utf8');

/** The rules of `findings`, sorted, without the template's own notes (the draft is the template's). */
const rules = (findings) => findings.map((f) => f.ruleId).filter((r) => r !== 'template-note').sort();

/** The pipe row of `lines` whose label cell is `label`, given the cells `cells` (strings; '' for a blank cell). */
function setRow(lines, label, cells) {
  const i = lines.findIndex((l) => l.startsWith(`| ${label} `));
  assert.ok(i >= 0, label);
  lines[i] = `| ${label} | ${cells.join(' | ')} |`;
}

/**
 * The template's 2025 draft with 表三's rows `rows` (label → cells) written in: a pipe table. 一、本年新收 and
 * （七）总计 carry the same numbers as 3.补正后申请内容仍不明确, so the table adds up.
 */
function pipeReport(rows) {
  const lines = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  for (const [label, cells] of Object.entries(rows)) setRow(lines, label, cells);
  return lines.join('\n');
}

/**
 * `text` with the pipe table whose first line starts `| first` pasted as Word or Excel copies it: one line a row, its
 * cells between tabs, an empty cell an empty field (`0\t\t0`), no delimiter row. `row(cells)` may rewrite a row's
 * cells (the label first) before they are joined.
 */
function tabbed(text, first, row = (cells) => cells.join('\t')) {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.startsWith(`| ${first}`));
  assert.ok(a >= 0, first);
  let b = a;
  while (lines[b + 1]?.startsWith('|')) b++;
  const out = lines.slice(a, b + 1)
    .filter((l) => !/^\|[\s|:-]+\|$/.test(l))
    .map((l) => row(l.slice(1, -1).split('|').map((c) => c.trim())));
  return [...lines.slice(0, a), ...out, ...lines.slice(b + 1)].join('\n');
}

const ALL_T3 = (report) => report.tables.t3.rows.filter((r) => r.cells.length).map((r) => r.id);
/** Every 表三 row's cells as read (`rowValues`: numbers, null for blank), by row id. */
const t3Reading = (report) => Object.fromEntries(ALL_T3(report).map((id) => [id, rowValues(report, 't3', id)]));

const FULL = ['3', '0', '0', '5', '6', '7', '21'];
const BLANKS = ['3', '', '', '5', '6', '7', '21'];
const ROWS = { '一、本年新收政府信息公开申请数量': FULL, '3.补正后申请内容仍不明确': BLANKS, '（七）总计': FULL };

test('表三 pasted tab-separated with empty cells: each number in its own column, the empty fields blank (as in the pipe table)', () => {
  const pipe = pipeReport(ROWS);
  const tsv = tabbed(pipe, '（本列');
  assert.match(tsv, /\n3\.补正后申请内容仍不明确\t3\t\t\t5\t6\t7\t21\n/);
  const a = core.analyze(tsv), b = core.analyze(pipe);
  assert.deepEqual(rowValues(a.report, 't3', 'R3.4.3'), [3, null, null, 5, 6, 7, 21], '5, 6, 7 and 21 stay under 社会公益组织 … 总计');
  assert.deepEqual(t3Reading(a.report), t3Reading(b.report), 'every row read as the pipe table reads it');
  assert.deepEqual(rules(a.findings), rules(b.findings));
  const blank = a.findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.match(blank[0].message, /2 个空白单元格（商业企业、科研机构）/);
  assert.ok(!a.findings.some((f) => f.ruleId === 'cell-count'), 'no row short of values');
  // The finding stands at the first empty field: right after the tab that follows 3.
  const line = tsv.split('\n')[blank[0].range.start.line];
  assert.equal(line.slice(0, blank[0].range.start.character), '3.补正后申请内容仍不明确\t3\t');
});

test('a row whose tabs are doubled to align it (`label\\t\\t0\\t…`) keeps its seven numbers; an empty field among the fields of a row as wide as the header is blank', () => {
  const pipe = pipeReport(ROWS);
  // Short labels padded with a second tab, as a plain-text editor aligns them; the row with blanks as Excel copies it.
  const tsv = tabbed(pipe, '（本列', (cells) => (cells[0].length < 12 && cells.slice(1).every(Boolean) ? `${cells[0]}\t\t${cells.slice(1).join('\t')}` : cells.join('\t')));
  assert.match(tsv, /\n1\.属于国家秘密\t\t0\t0\t0\t0\t0\t0\t0\n/);
  const a = core.analyze(tsv);
  assert.deepEqual(t3Reading(a.report), t3Reading(core.analyze(pipe).report));
  assert.deepEqual(rules(a.findings), ['cell-blank']);
});

test('Convert 表三 to a pipe table: the blank cells stay blank in their columns and every number under its header', () => {
  const pipe = pipeReport(ROWS);
  const tsv = tabbed(pipe, '（本列');
  const e = core.convertTableEdit(core.parseReport(tsv), 't3');
  assert.ok(e, 'offered: every number has its column');
  const after = core.applyFixes(tsv, [e]).text;
  assert.match(after, /\| 3\.补正后申请内容仍不明确 +\| 3 +\| +\| +\| 5 +\| 6 +\| 7 +\| 21 +\|/);
  const again = core.analyze(after);
  assert.deepEqual(t3Reading(again.report), t3Reading(core.analyze(pipe).report), 'the converted table re-read: the same numbers in the same columns');
  const blank = again.findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.match(blank[0].message, /（商业企业、科研机构）/, 'the re-check blames the cells the user left empty, not 其他/总计');
});

test('the cell-blank fix writes 0 between the tabs; the re-check reads each number in its column', () => {
  const tsv = tabbed(pipeReport(ROWS), '（本列');
  const f = core.analyze(tsv).findings.find((x) => x.ruleId === 'cell-blank');
  assert.ok(f.fix, 'the totals decide the blanks: 0 and 0');
  const after = core.applyFixes(tsv, f.fix.edits).text;
  assert.match(after, /\n3\.补正后申请内容仍不明确\t3\t0\t0\t5\t6\t7\t21\n/);
  const again = core.analyze(after);
  assert.deepEqual(rowValues(again.report, 't3', 'R3.4.3'), [3, 0, 0, 5, 6, 7, 21]);
  assert.deepEqual(rules(again.findings), []);
});

test('a trailing empty field (a blank 总计 copied as a last tab, CRLF) is the 总计 cell; the fix writes the row\'s sum there', () => {
  const pipe = pipeReport({ ...ROWS, '3.补正后申请内容仍不明确': ['3', '0', '0', '5', '6', '7', ''] });
  const tsv = tabbed(pipe, '（本列').replace(/\n/g, '\r\n');
  assert.match(tsv, /\r\n3\.补正后申请内容仍不明确\t3\t0\t0\t5\t6\t7\t\r\n/);
  const { report, findings } = core.analyze(tsv);
  assert.deepEqual(rowValues(report, 't3', 'R3.4.3'), [3, 0, 0, 5, 6, 7, null]);
  assert.deepEqual(rules(findings), ['cell-blank']);
  const f = findings.find((x) => x.ruleId === 'cell-blank');
  assert.match(f.message, /1 个空白单元格（总计）/);
  const after = core.applyFixes(tsv, f.fix.edits).text;
  assert.match(after, /\r\n3\.补正后申请内容仍不明确\t3\t0\t0\t5\t6\t7\t21\r\n/);
  assert.deepEqual(rules(core.analyze(after).findings), []);
});

test('表二 and 表四 rows pasted tab-separated with an empty cell: a blank in its column (cell-blank), not a short row', () => {
  let text = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' });
  text = tabbed(text, '信息内容       | 本年制发件数', (cells) => (cells[0] === '行政规范性文件' ? '行政规范性文件\t2\t\t11' : cells.join('\t')));
  text = tabbed(text, '行政复议', (cells) => (cells.every((c) => c === '0') ? ['2', '0', '', '0', '2', ...new Array(10).fill('0')].join('\t') : cells.join('\t')));
  assert.match(text, /\n行政规范性文件\t2\t\t11\n/);
  assert.match(text, /\n2\t0\t\t0\t2\t0\t0/);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(rowValues(report, 't2', 'T2.2'), [2, null, 11], '11 stays 现行有效件数');
  assert.deepEqual(rowValues(report, 't4', 'T4'), [2, 0, null, 0, 2, ...new Array(10).fill(0)]);
  const blank = findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 2);
  assert.match(blank[0].message, /表二“行政规范性文件”行有 1 个空白单元格（本年废止件数）/, 'as in the pipe table: the second column, 本年废止件数');
  assert.match(blank[1].message, /表四“行政复议、行政诉讼”行有 1 个空白单元格（行政复议·其他结果）/, 'as in the pipe table: the third, 行政复议/其他结果');
  assert.ok(!findings.some((f) => f.ruleId === 'cell-count' || f.ruleId === 'table-unreadable'), findings.map((f) => f.message).join('\n'));
});

test('breaker25 r07f/r07c (tab-separated, CRLF in r07c): cell-blank names the empty cells; the conversion keeps the numbers in their columns', () => {
  const f = DATA('r07f-tsv-onehdr-blank.txt');
  const a = core.analyze(f);
  assert.deepEqual(rowValues(a.report, 't3', 'R3.4.3'), [0, null, null, 0, 0, 0, 0]);
  const blank = a.findings.filter((x) => x.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.match(blank[0].message, /表三“3\.补正后申请内容仍不明确”行有 2 个空白单元格（商业企业、科研机构）/);
  assert.ok(!a.findings.some((x) => x.ruleId === 'cell-count'));
  const e = core.convertTableEdit(a.report, 't3');
  const after = core.applyFixes(f, [e]).text;
  assert.match(after, /\| 3\.补正后申请内容仍不明确 +\| 0 +\| +\| +\| 0 +\| 0 +\| 0 +\| 0 +\|/);
  assert.deepEqual(t3Reading(core.analyze(after).report), t3Reading(a.report));
  assert.match(core.analyze(after).findings.find((x) => x.ruleId === 'cell-blank').message, /（商业企业、科研机构）/);

  const c = DATA('r07c-trailing-blank.txt');
  const b = core.analyze(c);
  assert.deepEqual(rowValues(b.report, 't3', 'R3.4.2'), [0, 0, 0, 0, 0, 0, null]);
  assert.match(b.findings.find((x) => x.ruleId === 'cell-blank').message, /表三“2\.没有现成信息需要另行制作”行有 1 个空白单元格（总计）/);
  assert.ok(!b.findings.some((x) => x.ruleId === 'cell-count'));
});

// breaker27 item 2: a tab-separated row with a number missing and an empty field (`1.属于国家秘密\t0\t\t0\t0`: 4 fields
// for 7 columns) was "有 4 个数值" (the empty field counted) and cell-blank offered to write 0 into a column it guessed.
// Which field lacks its number cannot be told: the row is its numbers in order, cell-count counts 3, nothing filled.
test('a tab-separated 表三 row with fewer fields than columns and an empty field: cell-count counts its numbers, no blank is placed', () => {
  const pipe = pipeReport(ROWS);
  const tsv = tabbed(pipe, '（本列', (cells) => (cells[0] === '3.补正后申请内容仍不明确' ? [cells[0], '3', '', '5', '21'] : cells).join('\t'));
  assert.match(tsv, /\n3\.补正后申请内容仍不明确\t3\t\t5\t21\n/);
  const { findings } = core.analyze(tsv);
  const count = findings.filter((f) => f.ruleId === 'cell-count');
  assert.equal(count.length, 1);
  assert.match(count[0].message, /“3\.补正后申请内容仍不明确”行有 3 个数值，格式规定为 7 个/);
  assert.ok(!findings.some((f) => f.ruleId === 'cell-blank' && f.message.includes('3.补正后')), findings.map((f) => f.message).join('\n'));
  // --fix writes no number into the row.
  const fixed = core.fixAll(tsv).text;
  assert.ok(fixed.includes('\n3.补正后申请内容仍不明确\t3\t\t5\t21\n'));
});
