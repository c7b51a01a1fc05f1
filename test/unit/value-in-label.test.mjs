// value-in-label: a row's first number glued to its label (`（一）予以公开8⇥1⇥…`, a tab lost in a copy) or written in the
// label's pipe cell (`| 2.重复申请 1 | 0 | …`) is read as the row's first value and said once, with a fix that gives it a
// cell of its own. Before, row-label called the digits a typo and its fix deleted them (the number was lost), and
// cell-count and shifted sum-results followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, rowValues, toCells, toHtmlRows, toSpaces, toTabs } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** One cell a line with a blank line between the cells (a web page copied paragraph by paragraph). */
const toSpacedCells = (text) => rewriteRows(text, (cells) => cells.filter(Boolean).flatMap((c) => [c, '']));
const LAYOUTS = { pipe: (t) => t, tabs: toTabs, 'one cell per line': toCells, 'one cell per line, blank lines': toSpacedCells, spaces: toSpaces };

/** The example with the first value cell of the pipe row labelled `label` written into its label cell, `sep` between. */
function glue(text, label, sep = '') {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  assert.ok(line, label);
  const cells = line.split('|');
  cells[1] = ` ${label}${sep}${cells[2].trim()} `;
  cells.splice(2, 1);
  return text.replace(line, cells.join('|'));
}

const ROWS = [
  ['t3', '（一）予以公开', '21'],
  ['t3', '1.本机关不掌握相关政府信息', '5'],
  ['t3', '2.重复申请', '1'],
  ['t2', '行政规范性文件', '3'],
  ['t2', '行政许可', '1520'],
];

const idOf = (report, table, label) => report.tables[table].rows.find((r) => r.label === label).id;
/** A finding's message (the default locale's string, or the zh of a bilingual one). */
const msg = (f) => f.message.zh ?? f.message;
const brief = (fs) => fs.filter((f) => f.severity !== 'info' || f.ruleId.startsWith('sum-')).map((f) => f.ruleId);

for (const [layout, to] of Object.entries(LAYOUTS)) {
  test(`value-in-label (${layout}): a number glued to its row label is the row's first value; the fix separates it and keeps every digit`, () => {
    const clean = to(example);
    const want = core.analyze(clean).report;
    assert.deepEqual(brief(core.analyze(clean).findings), []);
    for (const [table, label, value] of ROWS) {
      const text = to(glue(example, label));
      const { report, findings } = core.analyze(text);
      const id = idOf(report, table, label);
      // Read whole and right: the row's values are the clean table's.
      assert.deepEqual(rowValues(report, table, id), rowValues(want, table, id), `${layout} ${label}`);
      // One finding, at the number; no row-label (its fix deleted the number), cell-count or sum-* beside it.
      assert.deepEqual(brief(findings), ['value-in-label'], `${layout} ${label}`);
      const [f] = findings.filter((x) => x.ruleId === 'value-in-label');
      assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), value);
      assert.match(msg(f), new RegExp(`“${label.replace(/[.()（）]/g, '\\$&')}”行的第一个数“${value}”紧接在行名之后`));
      // The fix inserts the layout's separator and nothing else: the digits stay, the row reads the same, no finding.
      const fixed = core.applyFixes(text, f.fix.edits).text;
      assert.equal(fixed.replace(/[\s|]/g, ''), text.replace(/[\s|]/g, ''), `${layout} ${label}: only separators added`);
      const again = core.analyze(fixed);
      assert.deepEqual(brief(again.findings), [], `${layout} ${label} fixed`);
      assert.deepEqual(rowValues(again.report, table, id), rowValues(want, table, id));
      // Tabs and one cell a line: the fix restores the clean paste exactly.
      if (layout !== 'spaces' && layout !== 'pipe') assert.equal(fixed, clean, `${layout} ${label}`);
    }
  });
}

test('value-in-label (pipe): a number a space after the label in its cell; with an empty cell after the label cell, the fix moves it there', () => {
  // m04: `| 2.重复申请 1 | 0 | …` (one cell too few): a pipe is put between them.
  const spaced = glue(example, '2.重复申请', ' ');
  const [f] = core.analyze(spaced).findings;
  assert.equal(f.ruleId, 'value-in-label');
  assert.match(msg(f), /“2\.重复申请”行的第一个数“1”与行名写在同一格里（“2\.重复申请 1”）.*请在行名与“1”之间加上竖线/);
  assert.equal(core.applyFixes(spaced, f.fix.edits).text.split('\n').find((l) => l.startsWith('| 2.重复申请')).replace(/ +/g, ' '), '| 2.重复申请 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |');
  // m20: `| 行政处罚 86 |  |`: the number's own cell is there, empty; it is written into it.
  const line = example.split('\n').find((l) => l.startsWith('| 行政处罚 '));
  const into = example.replace(line, '| 行政处罚 86 |  |');
  const { report, findings } = core.analyze(into);
  assert.deepEqual(rowValues(report, 't2', idOf(report, 't2', '行政处罚')), [86]);
  assert.deepEqual(findings.map((x) => x.ruleId), ['value-in-label']);
  assert.match(msg(findings[0]), /请把“86”移到行名后面空着的本年处理决定数量格中/);
  const fixed = core.applyFixes(into, findings[0].fix.edits).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('| 行政处罚')).replace(/ +/g, ' '), '| 行政处罚 | 86 |');
  assert.deepEqual(core.analyze(fixed).findings, []);
  // English.
  assert.match(core.analyze(into, { locale: 'en' }).findings[0].message, /its first number “86” is in the label's cell/);
});

test('value-in-label: 表四\'s first number glued to the header\'s last label (the line break lost) is read, and the fix puts the break back', () => {
  for (const [layout, to, from, glued] of [
    ['tabs', toTabs, /总计\n2\t/, '总计2\t'],
    ['one cell per line', toCells, '总计\n2\n0\n1', '总计2\n0\n1'],
    ['spaces', toSpaces, /总计\n2    /, '总计2    '],
  ]) {
    const clean = to(example);
    const text = clean.replace(from, glued);
    assert.notEqual(text, clean);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(rowValues(report, 't4', 'T4'), rowValues(core.analyze(clean).report, 't4', 'T4'), layout);
    assert.deepEqual(findings.map((f) => f.ruleId), ['value-in-label'], layout);
    assert.match(msg(findings[0]), /表四的第一个数“2”紧接在表头“总计”之后/);
    assert.equal(core.applyFixes(text, findings[0].fix.edits).text, clean, layout);
  }
});

test('value-in-label: digits glued to the label of a row that has all its numbers are not taken as a value, and no fix deletes them', () => {
  // Pipe: said as a label with a number after it (row-label), without a fix and without advice to delete the number.
  const line = example.split('\n').find((l) => l.startsWith('| （一）予以公开 '));
  for (const [digits, said] of [['8', /其中的数字可能是这一行的数，未自动修改/], ['12', /多了数字“12”，而这一行的数已经齐全/]]) {
    const pipe = example.replace(line, line.replace('| （一）予以公开 ', `| （一）予以公开${digits}`));
    const { report, findings } = core.analyze(pipe);
    assert.deepEqual(rowValues(report, 't3', idOf(report, 't3', '（一）予以公开')), [21, 2, 0, 0, 1, 0, 24]);
    assert.deepEqual(findings.map((f) => f.ruleId), ['row-label'], digits);
    assert.equal(findings[0].fix, undefined);
    assert.match(msg(findings[0]), said);
    assert.doesNotMatch(msg(findings[0]), /删去/);
  }
  let report, findings;
  // Tabs: read as a one-character misspelling of the label, whose fix would have deleted the 8: no fix now.
  const tabs = toTabs(example).replace('（一）予以公开\t21', '（一）予以公开8\t21');
  ({ report, findings } = core.analyze(tabs));
  assert.deepEqual(rowValues(report, 't3', idOf(report, 't3', '（一）予以公开')), [21, 2, 0, 0, 1, 0, 24]);
  assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
  assert.equal(findings[0].fix, undefined);
  assert.match(msg(findings[0]), /其中的数字可能是这一行的数，未自动修改/);
  assert.equal(core.fixAll(tabs).text, tabs);
});

/** The example with the pipe row labelled `label` rewritten by `edit(cells)` (its cells without the outer pipes, trimmed). */
function editRow(text, label, edit) {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  assert.ok(line, label);
  return text.replace(line, `| ${edit(line.split('|').slice(1, -1).map((c) => c.trim())).join(' | ')} |`);
}

for (const [layout, to] of Object.entries(LAYOUTS)) {
  test(`value-in-label (${layout}): a glued first number in any form a value cell takes (2,305; 12,305; 12.5) is read, said once and split off`, () => {
    for (const [table, label, value, number] of [['t2', '行政许可', '2,305', 2305], ['t2', '行政许可', '12,305', 12305], ['t2', '行政事业性收费', '12.5', 12.5]]) {
      const base = editRow(example, label, ([l]) => [l, value]);
      const clean = to(base);
      const text = to(glue(base, label));
      const { report, findings } = core.analyze(text);
      const id = idOf(report, table, label);
      assert.deepEqual(rowValues(report, table, id), [number], `${layout} ${value}`);
      assert.deepEqual(brief(findings), ['value-in-label'], `${layout} ${value}`);
      const [f] = findings;
      assert.match(msg(f), new RegExp(`“${label}”行的第一个数“${value.replace('.', '\\.')}”紧接在行名之后`));
      const fixed = core.applyFixes(text, f.fix.edits).text;
      assert.equal(fixed.replace(/[\s|]/g, ''), text.replace(/[\s|]/g, ''), `${layout} ${value}: only separators added`);
      assert.deepEqual(brief(core.analyze(fixed).findings), [], `${layout} ${value} fixed`);
      if (layout !== 'spaces' && layout !== 'pipe') assert.equal(fixed, clean, `${layout} ${value}`);
    }
  });
}

test('value-in-label: two numbers in the label cell (（一）予以公开21 2) are the row\'s first two values: one finding, a fix that gives each its own cell', () => {
  // breaker40 #3: the pipe row got cell-count, row-label "请删去“21 2”" and shifted sums; one cell a line dropped the 21.
  const base = editRow(example, '（一）予以公开', ([l, a, b, ...rest]) => [`${l}${a} ${b}`, ...rest]);
  const want = rowValues(core.analyze(example).report, 't3', 'R3.1');
  for (const [layout, to] of [['pipe', (t) => t], ['one cell per line', (t) => toCells(example).replace('（一）予以公开\n21\n2\n', '（一）予以公开21 2\n')]]) {
    const text = layout === 'pipe' ? base : to();
    assert.notEqual(text, layout === 'pipe' ? example : toCells(example));
    const { report, findings } = core.analyze(text);
    assert.deepEqual(rowValues(report, 't3', idOf(report, 't3', '（一）予以公开')), want, layout);
    assert.deepEqual(brief(findings), ['value-in-label'], layout);
    // Pipe: both in the label's cell; one cell a line: 21 glued, 2 a word after it (the fix puts each on its line).
    assert.match(msg(findings[0]), layout === 'pipe' ? /“（一）予以公开”行的前 2 个数“21”“2”紧接在行名之后/ : /“（一）予以公开”行的第一个数“21”紧接在行名之后.*请在行名与“21”之间加上换行/);
    assert.doesNotMatch(msg(findings[0]), /删去/);
    const fixed = core.applyFixes(text, findings[0].fix.edits).text;
    assert.equal(fixed.replace(/[\s|]/g, ''), text.replace(/[\s|]/g, ''), `${layout}: only separators added`);
    assert.deepEqual(core.analyze(fixed).findings, [], `${layout} fixed`);
    if (layout === 'one cell per line') assert.equal(fixed, toCells(example));
    else assert.match(fixed, /\| （一）予以公开 \| 21 \| 2 \| 0 \|/);
  }
});

test('row-label: numbers in the label cell that do not give the row its count are said once, without advice to delete them and without calling the row complete', () => {
  // Eight numbers for seven columns: not read as values; row-label names the numbers and the count it read.
  const text = editRow(example, '（一）予以公开', ([l, a, b, ...rest]) => [`${l}${a} ${b}`, ...rest, '5']);
  const { findings } = core.analyze(text);
  const [f] = findings.filter((x) => x.ruleId === 'row-label');
  assert.ok(f);
  assert.equal(f.fix, undefined);
  assert.match(msg(f), /多了数字“21 2”/);
  assert.doesNotMatch(msg(f), /删去|已经齐全/);
  assert.equal(findings.filter((x) => x.ruleId === 'value-in-label').length, 0);
});

test('value-in-label (pipe): every number a cell left, the first in the label cell and the last cell left empty (`| （一）予以公开 21 | 2 | … | 24 | |`), is read in its columns; the fix puts it back and takes out the emptied cell (helper-202 #1)', () => {
  const line = example.split('\n').find((l) => l.startsWith('| （一）予以公开 '));
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  const shifted = `| ${cells[0]} ${cells[1]} | ${cells.slice(2).join(' | ')} | |`;
  const text = example.replace(line, shifted);
  assert.notEqual(text, example);
  const findings = core.checkReport(core.parseReport(text));
  // One finding, the number's; no blank 总计, no column sums off by the shift, no fill-in of the 总计 from them.
  assert.deepEqual(findings.map((f) => f.ruleId), ['value-in-label'], findings.map((f) => f.message).join('\n'));
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.1'), rowValues(core.parseReport(example), 't3', 'R3.1'));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('| （一）予以公开')), `| ${cells[0]} | ${cells.slice(1).join(' | ')} |`);
  assert.deepEqual(core.checkReport(core.parseReport(fixed)).map((f) => f.ruleId), []);
  // A row one number short with an empty last cell and a blank value among its numbers is not such a move.
  const gap = example.replace(line, `| ${cells[0]} ${cells[1]} | ${cells[2]} |  | ${cells.slice(4).join(' | ')} | |`);
  assert.ok(!core.checkReport(core.parseReport(gap)).some((f) => f.ruleId === 'value-in-label'));
});

test('value-in-label (HTML): a row moved a cell left with its last <td> left empty is read in its columns; the fix takes out the emptied <td> (helper-203 #7)', () => {
  const html = toHtmlRows(example);
  const line = html.split('\n').find((l) => l.startsWith('<tr><td>（一）予以公开</td>'));
  const cells = [...line.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
  const shifted = `<tr><td>${cells[0]} ${cells[1]}</td>${cells.slice(2).map((c) => `<td>${c}</td>`).join('')}<td></td></tr>`;
  const text = html.replace(line, shifted);
  assert.deepEqual(core.checkReport(core.parseReport(html)), []);
  assert.deepEqual(core.checkReport(core.parseReport(text)).map((f) => f.ruleId), ['value-in-label']);
  assert.equal(core.fixAll(text).text, html);
});

test('value-in-label / cell-tab-joined (tabs): a 表三 row whose label and first number, or two numbers, share a field a space apart is said, and the fix writes the tab (helper-206 #9)', () => {
  const clean = toTabs(example);
  const line = clean.split('\n').find((l) => l.startsWith('（一）予以公开\t'));
  const fields = line.split('\t');
  // The label and 21 in one field; then 21 and 2 in one field.
  const inLabel = clean.replace(line, `${fields[0]} ${fields.slice(1).join('\t')}`);
  const joined = clean.replace(line, [fields[0], `${fields[1]} ${fields[2]}`, ...fields.slice(3)].join('\t'));
  for (const [text, rule] of [[inLabel, 'value-in-label'], [joined, 'cell-tab-joined']]) {
    const { report, findings } = core.analyze(text);
    assert.deepEqual(brief(findings), [rule]);
    // Read in their columns as before.
    assert.deepEqual(rowValues(report, 't3', 'R3.1'), rowValues(core.analyze(clean).report, 't3', 'R3.1'));
    assert.equal(core.fixAll(text).text, clean, rule);
  }
  // Space-aligned rows (no tabs) are read by their spaces as before: nothing to say.
  assert.deepEqual(brief(core.analyze(toSpaces(example)).findings), []);
});
