// A table row that lost its label cell altogether (brk114 #1): `| 40 | 3 | 0 | 1 | 2 | 0 | 46 |` (7 cells under 表三's
// 8-cell header) where `| 一、本年新收政府信息公开申请数量 | 40 | … | 46 |` was. It was read by its place silently, its
// "label" the header's last cell (总计), though shown as a table each number sits a column left and 总计 is blank.
// Now row-label says so at the row, and inserts the label cell when the row's place and numbers leave no doubt; a
// row short of numbers is said without a fix, and cell-count points at the row, not at the header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT, rowValues } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const briefs = (text) => core.analyze(text).findings.map((f) => `${f.ruleId} ${f.severity}`);
const rowLabelOf = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
const lineOf = (text, re) => text.split('\n').findIndex((l) => re.test(l));
/** The example with the line starting `| label` (its label cell and the spaces after it) cut to its numbers, compact. */
function lost(text, label) {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  const cells = line.split('|').slice(2, -1).map((c) => c.trim());
  return { text: edit(text, line, `| ${cells.join(' | ')} |`), fixed: edit(text, line, `| ${label} | ${cells.join(' | ')} |`) };
}

test('表三\'s first row without its label cell: read by its place, one row-label warning at the row, the fix inserts the label cell and leaves the numbers (brk114 #1)', () => {
  const { text, fixed } = lost(EXAMPLE, '一、本年新收政府信息公开申请数量');
  assert.match(text, /^\| 40 \| 3 \| 0 \| 1 \| 2 \| 0 \| 46 \|$/m);
  const report = core.parseReport(text);
  assert.deepEqual(rowValues(report, 't3', 'R1'), [40, 3, 0, 1, 2, 0, 46]);
  // Not the header's last cell (总计) taken for its label.
  assert.notEqual(report.tables.t3.rows.find((r) => r.id === 'R1').match.raw, '总计');
  assert.deepEqual(briefs(text), ['row-label warning']);
  const [f] = rowLabelOf(text);
  assert.match(f.message, /没有行标签单元格.*读作“一、本年新收政府信息公开申请数量”行.*左边一列.*修复会插入它/);
  assert.equal(f.range.start.line, lineOf(text, /^\| 40 \|/));
  assert.equal(f.fix.edits.length, 1);
  assert.equal(core.fixAll(text).text, fixed);
  assert.deepEqual(briefs(core.fixAll(text).text), []);
  const en = core.analyze(text, { locale: 'en' }).findings[0];
  assert.match(en.message, /has no label cell \(its first cell is its first number\).*one column to the left/);
});

test('a sub-row under a group label, a row between two data rows and the last row: the same; a compact row gets a compact cell', () => {
  for (const label of ['1.属于国家秘密', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '四、结转下年度继续办理']) {
    const { text, fixed } = lost(EXAMPLE, label);
    assert.deepEqual(briefs(text), ['row-label warning'], label);
    assert.equal(core.fixAll(text).text, fixed, label);
  }
  const line = EXAMPLE.split('\n').find((l) => l.startsWith('| 一、本年新收'));
  const compact = edit(EXAMPLE, line, '|40|3|0|1|2|0|46|');
  assert.deepEqual(briefs(compact), ['row-label warning']);
  assert.match(core.fixAll(compact).text, /^\|一、本年新收政府信息公开申请数量\|40\|3\|0\|1\|2\|0\|46\|$/m);
});

test('表二: a row of an item without its label cell, the one row the item lacks, in its place: said with the item and fixed (one column or three)', () => {
  for (const label of ['行政规范性文件', '规章', '行政处罚']) {
    const { text, fixed } = lost(EXAMPLE, label);
    assert.deepEqual(briefs(text), ['row-label warning'], label);
    assert.match(rowLabelOf(text)[0].message, new RegExp(`表二第二十条第（[一六]）项下这一行没有行标签单元格.*读作“${label}”行`));
    assert.equal(core.fixAll(text).text, fixed, label);
  }
  assert.deepEqual(rowValues(core.parseReport(lost(EXAMPLE, '行政规范性文件').text), 't2', 'T2.2'), [3, 1, 25]);
});

test('tab-separated and unopened-pipe 表三 rows without their label field: the same, the label written in the row\'s own separator', () => {
  const lines = EXAMPLE.split('\n');
  const from = lines.findIndex((l) => l.startsWith('| （本列')), to = lines.findIndex((l) => l.startsWith('| 四、结转下年度'));
  const cellsOf = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
  for (const [sep, end] of [['\t', ''], [' | ', ' |']]) {
    const make = (drop) => lines.flatMap((l, i) => {
      if (i < from || i > to) return [l];
      const c = cellsOf(l);
      if (c[0].startsWith('---')) return [];
      return [(drop && c[0] === '一、本年新收政府信息公开申请数量' ? c.slice(1) : c).join(sep) + end];
    }).join('\n');
    const text = make(true);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R1'), [40, 3, 0, 1, 2, 0, 46], JSON.stringify(sep));
    assert.deepEqual(briefs(text).filter((b) => b.startsWith('row-label')), ['row-label warning'], JSON.stringify(sep));
    const [f] = rowLabelOf(text);
    assert.equal(f.range.start.line, lineOf(text, /^40\D/));
    assert.equal(core.fixAll(text).text.split('\n')[f.range.start.line], make(false).split('\n')[f.range.start.line]);
  }
});

test('a row short of numbers without its label cell: cell-count at the row, not at the header\'s 总计; row-label without a fix (which column each number is in cannot be told)', () => {
  const line = EXAMPLE.split('\n').find((l) => l.startsWith('| 一、本年新收'));
  const text = edit(EXAMPLE, line, '| 1 | 0 | 0 |');
  const row = lineOf(text, /^\| 1 \| 0 \| 0 \|$/);
  const { findings } = core.analyze(text);
  const count = findings.find((f) => f.ruleId === 'cell-count');
  assert.equal(count.range.start.line, row);
  const label = findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(label.length, 1);
  assert.equal(label[0].range.start.line, row);
  assert.equal(label[0].fix, undefined);
  assert.match(label[0].message, /这一行有 3 个数，格式规定为 7 个；请对照原表/);
});

test('rows that are label-less by right stay silent: a label on a line of its own above the numbers, a row heading a table of its own (a PDF cut into one-row tables), 表四\'s value row', () => {
  const row = EXAMPLE.split('\n').find((l) => l.startsWith('| 4.保护第三方合法权益'));
  const cells = row.split('|').slice(2, -1).map((c) => c.trim()).join(' | ');
  assert.deepEqual(briefs(edit(EXAMPLE, row, `| 4.保护第三方合法权益 |\n| ${cells} |`)), []);
  // `| 1 | 0 | … |` over `|---|…|`: the header row of its own table (kiro_shanghai-stcsm_2024), its label in the text.
  const { text } = lost(EXAMPLE, '4.保护第三方合法权益');
  const own = edit(text, `| ${cells} |\n`, `| ${cells} |\n|---|---|---|---|---|---|---|\n\n`);
  assert.equal(rowLabelOf(own).length, 0);
  // 表四's value row has no label cell in the format.
  assert.deepEqual(briefs(EXAMPLE), []);
  assert.match(EXAMPLE, /^\| 2 +\| 0 +\| 1 +\|/m);
});
