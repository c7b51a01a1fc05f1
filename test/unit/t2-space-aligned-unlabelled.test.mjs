// brk107 #3: 表二 in a space-aligned (`pdftotext -layout`) report, the real huaian-city 2024 report, edited as the
// pipe-table cases were (t2-blank-label-cell, t2-unlabelled-rows-no-insert), reads as they do: a row whose label is
// blanked (`                                  3985758` where 行政处罚 was) was dropped silently, or its number was read
// as a second value of the row above (行政强制 blanked: 88283 under 行政处罚); now it is read by its place as the
// item's one missing row, row-label says so and its fix writes the label back.
// brk107 #5: 行政处罚决定 written under 第二十条第（五）项: row-missing said （六）'s heading had no table under it (a page
// number `-3-` stands between the heading and its header) and offered no move; now it moves and relabels the row, as
// in a pipe 表二 (t2-row-under-other-item). With both rows of （六） blanked it names the line with numbers.
// brk107 #9: a label alone (`行政许可`) under 第二十条第（六）项, a blank copy of a row read elsewhere, was not said;
// row-duplicate says so and deletes it, as it does a blank copy in a pipe table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, only, ROOT } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const PUNISH = '行政处罚                          3985758';
const FORCE = '行政强制                          88283';
/** `line` with its label replaced by spaces as wide (the label blanked in an editor). */
const blanked = (line) => line.replace(/^\S+/, (w) => ' '.repeat(w.length * 2));
const T2_RULES = ['row-label', 'row-missing', 'row-duplicate', 'cell-blank', 'cell-count'];
const t2Findings = (text) => core.analyze(text).findings.filter((f) => T2_RULES.includes(f.ruleId));
const lineNo = (text, line) => text.split('\n').indexOf(line);

test('the original report: 表二 space-aligned, no finding of its rows', () => {
  const t2 = core.parseReport(HUAIAN).tables.t2;
  assert.equal(t2.layout, 'space-aligned');
  assert.deepEqual(t2Findings(HUAIAN), []);
});

for (const [label, line, value] of [['行政处罚', PUNISH, 3985758], ['行政强制', FORCE, 88283]]) {
  test(`${label}'s label blanked: read by its place, its number checked; the fix writes the label back`, () => {
    const text = edit(HUAIAN, line, blanked(line));
    const rows = core.parseReport(text).tables.t2.rows;
    const row = rows.find((r) => r.label === label);
    assert.equal(row.match.kind, 'positional');
    assert.equal(row.cells[0]?.value, value);
    // (The row above keeps its own number only: 88283 is no second value of 行政处罚.)
    assert.deepEqual(rows.find((r) => r.label === '行政处罚').cells.map((c) => c?.value), [3985758]);
    const fs = t2Findings(text);
    assert.deepEqual(fs.map((f) => f.ruleId), ['row-label'], fs.map((f) => f.message).join('\n'));
    assert.equal(fs[0].range.start.line, lineNo(text, blanked(line)));
    assert.match(fs[0].message, new RegExp(`第二十条第（六）项下这一行的行标签单元格是空的，按它在表中的位置读作“${label}”行`));
    assert.equal(core.applyFixes(text, fs[0].fix.edits).text, HUAIAN, 'the label written where it was, the number in its column');
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, HUAIAN);
    assert.equal(core.fixAll(fixed).text, fixed);
  });
}

test('the label deleted (the number moved left by it): read by its place too', () => {
  const text = edit(HUAIAN, PUNISH, PUNISH.replace('行政处罚', ''));
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政处罚');
  assert.equal(row.match.kind, 'positional');
  assert.equal(row.cells[0]?.value, 3985758);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n')[lineNo(text, PUNISH.replace('行政处罚', ''))], '行政处罚                  3985758');
  assert.deepEqual(t2Findings(fixed), []);
});

test('both rows of the item blanked: not guessed; row-missing names the line with numbers and inserts nothing', () => {
  const text = edit(edit(HUAIAN, PUNISH, blanked(PUNISH)), FORCE, blanked(FORCE));
  const found = only(text, 'row-missing').found;
  assert.deepEqual(found.map((f) => f.data.row), ['T2.5', 'T2.6']);
  const line = lineNo(text, blanked(PUNISH));
  for (const f of found) {
    assert.equal(f.fix, undefined);
    assert.match(f.message, new RegExp(`第二十条第（六）项下第 ${line + 1} 行有数而没有行标签，可能就是这一行`));
  }
});

test('a row deleted under 第二十条第（六）项: its heading is not said to have no table (a page number stands before its header)', () => {
  const text = edit(HUAIAN, `${PUNISH}\n`, '');
  const [f] = only(text, 'row-missing').found;
  assert.equal(f.data.row, 'T2.5');
  assert.doesNotMatch(f.message, /标题下没有表格/);
  assert.match(f.message, /表格以空格对齐，写不出空白单元格，未自动插入/);
});

test('行政处罚决定 under 第二十条第（五）项: said once, moved under 第二十条第（六）项\'s header and relabelled', () => {
  const PERMIT = '行政许可          447228';
  const text = edit(edit(HUAIAN, `${PUNISH}\n`, ''), PERMIT, `${PERMIT}\n行政处罚决定          3985758`);
  const fs = t2Findings(text);
  assert.deepEqual(fs.map((f) => f.ruleId), ['row-missing'], fs.map((f) => f.message).join('\n'));
  assert.match(fs[0].message, /“行政处罚”行（行名写作“行政处罚决定”，应为“行政处罚”）写在了第二十条第（五）项之下/);
  assert.match(fs[0].message, /修复把这一行移到该项的表头之下，行名改为“行政处罚”/);
  const fixed = core.fixAll(text).text;
  const lines = fixed.split('\n');
  const header = lines.findIndex((l, i) => i > lines.findIndex((x) => x.includes('第（六）项')) && l.startsWith('信息内容'));
  assert.equal(lines[header + 1], '行政处罚          3985758');
  assert.ok(!fixed.includes('行政处罚决定'));
  assert.deepEqual(t2Findings(fixed), []);
  assert.equal(core.fixAll(fixed).text, fixed);
});

test('a label alone (行政许可) under 第二十条第（六）项, a blank copy: row-duplicate says so and deletes it', () => {
  const text = edit(HUAIAN, `${FORCE}\n`, `${FORCE}\n\n\n行政许可\n`);
  const fs = t2Findings(text);
  assert.deepEqual(fs.map((f) => f.ruleId), ['row-duplicate'], fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0].range.start.line, lineNo(text, '行政许可'));
  assert.match(fs[0].message, /表二“行政许可”行写了两次：这一行没有数字（整行空白），本工具按第 \d+ 行读取。请删去这一行/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, edit(HUAIAN, `${FORCE}\n`, `${FORCE}\n\n\n`));
  assert.deepEqual(t2Findings(fixed), []);
});

test('a number under the labels, not under the item\'s column, is no row of it', () => {
  const text = edit(HUAIAN, PUNISH, '  3985758');
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政处罚');
  assert.equal(row.match.kind, 'absent');
});

test('a pipe 表二 whose item heading has a space in it (第二十条 第（六）项): a blank label cell is read by its place too', () => {
  const pipe = HUAIAN.replace(/第二十条 第（五）项[\s\S]*?(?=第二十条 第（八）项)/, '第二十条 第（五）项\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 447228 |\n\n第二十条 第（六）项\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政处罚 | 3985758 |\n| 行政强制 | 88283 |\n\n');
  assert.equal(core.parseReport(pipe).tables.t2.rows.find((r) => r.label === '行政处罚').match.kind, 'exact');
  const text = edit(pipe, '| 行政处罚 | 3985758 |', '|          | 3985758 |');
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政处罚');
  assert.equal(row.match.kind, 'positional');
  assert.equal(core.fixAll(text).text, pipe);
});

test('the last item\'s one row blanked (行政事业性收费): the line after its header is still 表二\'s, read by its place', () => {
  const FEE = '行政事业性收费                       96171.6';
  const text = edit(HUAIAN, FEE, blanked(FEE));
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '行政事业性收费');
  assert.equal(row.match.kind, 'positional');
  assert.equal(row.cells[0]?.value, 96171.6);
  assert.equal(core.fixAll(text).text, HUAIAN);
});

test('an indented space-aligned 表二: the label is written at the other rows\' indentation', () => {
  const draft = readFileSync(join(ROOT, 'test/fixtures/reports/breaker39-ok04-2021-space.md'), 'utf8');
  const text = edit(draft, '    行政处罚   86', '               86');
  const [f] = only(text, 'row-label').found;
  assert.match(f.message, /读作“行政处罚”行/);
  assert.equal(core.fixAll(text).text, draft);
});

test('a label alone in a space-aligned 表三 (2.重复申请 again below its row): the same blank copy, deleted', () => {
  const ROW = HUAIAN.split('\n').find((l) => l.trim().startsWith('2.重复申请'));
  const text = edit(HUAIAN, `${ROW}\n`, `${ROW}\n2.重复申请\n`);
  const [f, ...rest] = only(text, 'row-duplicate').found;
  assert.equal(rest.length, 0);
  assert.equal(f.range.start.line, lineNo(text, ROW) + 1);
  assert.equal(core.fixAll(text).text, HUAIAN);
});
