// brk113 #1: a section heading written as the only cell of a one-cell table (`| 一、总体情况 |`, with or without a
// `|---|` delimiter row, or a pandoc grid table `+----+` / `| 一、总体情况 |` / `+----+`), as Word reports put headings
// in shaded one-cell tables, was not read: section-missing, whose fix inserted a second, empty `## 一、总体情况` after
// the section's own text (or, with every heading so written, 一、五、六 after the last section). The cell is read as
// the heading when it is a section's title; other one-cell tables stay tables, and a title in a table row that is
// still not read as a heading (a two-cell row, a table of several rows) stops the insertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, only } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
const sectionOf = (report, n) => report.headings.find((h) => h.level === 1 && h.ordinalStyle === 'cn' && h.ordinalValue === n);
const linesWith = (text, title) => text.split('\n').filter((l) => l.includes(title)).length;
const TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

for (const [name, form] of [
  ['pipe cell with a delimiter row', (t) => `| ${t} |\n|---|`],
  ['pipe cell alone', (t) => `| ${t} |`],
  ['delimiter row above, aligned', (t) => `|:---:|\n| ${t} |`],
  ['pandoc grid table', (t) => `+${'-'.repeat(20)}+\n| ${t} |\n+${'-'.repeat(20)}+`],
  ['grid table with a header border', (t) => `+${'-'.repeat(20)}+\n| ${t} |\n+${'='.repeat(20)}+`],
  ['bold in the cell', (t) => `| **${t}** |\n|---|`],
  ['full-width pipes', (t) => `｜ ${t} ｜`],
  // brk121 #7: 丨 (U+4E28, the CJK stroke input methods offer for a bar) as the box's borders.
  ['CJK stroke bars', (t) => `丨${t}丨`],
  ['CJK stroke bars, spaced, bold', (t) => `丨 **${t}** 丨`],
  // brk115 #5: empty cells and empty rows of the box carry nothing; a one-column box may hold the section's text.
  ['a trailing empty cell (a merged row)', (t) => `| ${t} | |\n|---|---|`],
  ['a leading empty cell', (t) => `|  | ${t} |\n|---|---|`],
  ['an empty row under it', (t) => `| ${t} |\n|---|\n|  |`],
  ['empty rows of two cells around it', (t) => `| | |\n|---|---|\n| ${t} | |\n| | |`],
  ['the text in a second row of a one-column box', (t) => `| ${t} |\n|---|\n| 2024年，本局认真贯彻落实《条例》。 |\n| 全年主动公开信息120条。 |`],
]) {
  test(`${name}: section 一 is read from the cell; nothing is said or inserted`, () => {
    const text = edit(CORRECT, '## 一、总体情况', form('一、总体情况'));
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId).filter((id) => id !== 'table-fullwidth-pipe'), [], name);
    const h = sectionOf(report, 1);
    assert.equal(h?.title, '总体情况', name);
    assert.equal(h.canonical, 0);
    const line = text.split('\n')[h.line];
    assert.equal(line.slice(h.titleRange.start.character, h.titleRange.end.character), '总体情况');
    // The sub-sections stay under it.
    assert.equal(report.sections[0].heading.line, h.line);
    const fixed = core.fixAll(text).text;
    assert.equal(linesWith(fixed, '总体情况'), linesWith(text, '总体情况'), name);
  });
}

test('every section heading in a one-cell table: the six sections, their tables, no finding, no insertion', () => {
  let text = CORRECT;
  for (const t of TITLES) text = edit(text, `## ${t}`, `| ${t} |\n|---|`);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  assert.ok(report.tables.t2 && report.tables.t3 && report.tables.t4);
  assert.equal(core.fixAll(text).text, text);
});

test('a heading in a cell is fixed inside the cell: a misspelt title, a wrong number, a trailing 。', () => {
  for (const [written, expected, rule] of [
    ['| 一、总体请况 |', '| 一、总体情况 |', 'section-title'],
    ['| 一、总体情况。 |', '| 一、总体情况 |', 'section-title'],
    ['| 二、总体情况 |', '| 一、总体情况 |', 'section-order'],
  ]) {
    const text = edit(CORRECT, '## 一、总体情况', `${written}\n|---|`);
    const [f] = only(text, rule).found;
    assert.ok(f?.fix, `${written}: ${rule}`);
    assert.equal(core.applyFixes(text, f.fix.edits).text, edit(CORRECT, '## 一、总体情况', `${expected}\n|---|`), written);
    assert.deepEqual(only(text, 'section-missing').found, [], written);
  }
});

test('text run on after the title in the cell: said, not broken out of the row', () => {
  const text = edit(CORRECT, '## 一、总体情况', '| 一、总体情况　2024年本局认真贯彻条例 |\n|---|');
  assert.deepEqual(only(text, 'section-missing').found, []);
  const [f] = only(text, 'section-title').found;
  assert.ok(f);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /同一个表格单元格/);
});

test('a section title in a table row not read as a heading (two cells of text, among rows of text): named, nothing inserted', () => {
  for (const written of [
    '| 说明 |\n|---|\n| 一、总体情况 |',
    '| 一、总体情况 | |\n|---|---|\n| 主动公开 | 120 |',
    '| 一、总体情况 |\n| 说明 |',
    // Two cells of text on the title's row (fixA2's note: the heading was inserted a second time).
    '| 一、总体情况 | 说明 |\n|---|---|',
  ]) {
    const text = edit(CORRECT, '## 一、总体情况', written);
    const found = only(text, 'section-missing').found;
    assert.equal(found.length, 1, written);
    assert.equal(found[0].fix, undefined, written);
    assert.match(found[0].message, /似乎就是这一部分的标题.*以免出现两个同名标题/, written);
    assert.equal(found[0].range.start.line, text.split('\n').findIndex((l) => l.includes('一、总体情况')), written);
    assert.equal(linesWith(core.fixAll(text).text, '总体情况'), linesWith(text, '总体情况'), written);
  }
});

test('a 目录 row (the title and its page number) is no title written: the missing heading is inserted', () => {
  const text = edit(CORRECT, '## 一、总体情况', '| 一、总体情况 | 1 |\n|---|---|');
  const found = only(text, 'section-missing').found;
  assert.equal(found.length, 1);
  assert.ok(found[0].fix, 'a fix that inserts the heading');
  assert.equal(linesWith(core.fixAll(text).text, '总体情况'), linesWith(text, '总体情况') + 1);
});

test('other one-cell tables are no headings: a note, a caption, a title of no section, a 表三 row label', () => {
  for (const cell of ['注：本表数据来源于政务服务平台', '表1 主动公开情况', '一、工作要点', '一、本年新收政府信息公开申请数量']) {
    const text = edit(CORRECT, '### （一）主动公开', `| ${cell} |\n|---|\n\n### （一）主动公开`);
    const { report } = core.analyze(text);
    const line = text.split('\n').findIndex((l) => l.includes(cell));
    assert.equal(report.headings.some((h) => h.line === line), false, cell);
    // (A 表三 row label so written is read as a row of a 表三 there, as it was: only its heading is tested.)
    if (!cell.includes('申请数量')) assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5], cell);
  }
  // And a section title among other one-cell rows is no heading read from a one-cell table.
  for (const box of ['| 一、总体情况 |\n| 二、主动公开政府信息情况 |', '| 一、总体情况 |\n|---|\n| 二、主动公开政府信息情况 |', '| 一、总体情况 |\n|---|\n| **二、主动公开政府信息情况** |']) {
    const rows = edit(CORRECT, '### （一）主动公开', `${box}\n\n### （一）主动公开`);
    assert.equal(core.analyze(rows).report.headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn').length, 6, box);
  }
});

test('an edit in the language server re-reads the cell when a line two above it changes', () => {
  // (`壹、`: a heading numbered in capitals is one the language server keeps from the version before when its lines
  // did not change; a `一、` heading is read again anyway.)
  for (const title of ['一、总体情况', '壹、总体情况']) {
    const border = `+${'-'.repeat(16)}+`;
    const text = edit(CORRECT, '## 一、总体情况', `${border}\n| ${title} |\n${border}`);
    const line = text.split('\n').indexOf(`| ${title} |`);
    const first = core.parseReport(text, { previous: null });
    assert.equal(first.headings.find((h) => h.line === line)?.title, '总体情况', title);
    // A table row written on the blank line above the grid table: the cell is no one-cell table's any more.
    const lines = text.split('\n');
    assert.equal(lines[line - 2], '');
    lines[line - 2] = '| 说明 | 1 |';
    const more = lines.join('\n');
    for (const given of [more, core.LineIndex.fromLines(more.split('\n'))]) {
      const before = typeof given === 'string' ? first : core.parseReport(core.LineIndex.fromLines(text.split('\n')), { previous: null });
      const next = core.parseReport(given, { previous: before });
      assert.equal(next.headings.find((h) => h.line === line), undefined, title);
      assert.equal(JSON.stringify(next.headings), JSON.stringify(core.parseReport(more).headings), title);
    }
  }
});

test('an edit in the language server re-reads the cell when an empty row of its box, three lines below, gets text', () => {
  const text = edit(CORRECT, '## 五、存在的主要问题及改进情况', '| 五、存在的主要问题及改进情况 | |\n|---|---|\n| | |\n| | |');
  const line = text.split('\n').indexOf('| 五、存在的主要问题及改进情况 | |');
  const first = core.parseReport(text, { previous: null });
  assert.equal(first.headings.find((h) => h.line === line)?.title, '存在的主要问题及改进情况');
  const lines = text.split('\n');
  lines[line + 3] = '| 说明 | 1 |';
  const more = lines.join('\n');
  const next = core.parseReport(more, { previous: first });
  assert.equal(next.headings.find((h) => h.line === line), undefined);
  assert.equal(JSON.stringify(next.headings), JSON.stringify(core.parseReport(more).headings));
});

test('every section heading in full-width bars (｜四、…｜ under 表三 after a blank line): headings alike, no table-fullwidth-pipe on one of them', () => {
  // brk115 #9b: the heading under 表三 was taken into 表三's lines (the model's range ends on the line after its last
  // row), and table-fullwidth-pipe said "表三用全角竖线" at it, its fix making it a pipe table; the five others were silent.
  let text = CORRECT;
  for (const t of TITLES) text = edit(text, `## ${t}`, `｜${t}｜`);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  assert.equal(core.fixAll(text).text, text);
  // A 表三 in full-width bars above it is still said, its fix leaving the heading as it is.
  const wide = text.split('\n').map((l, i, all) => (i > all.indexOf('｜三、收到和处理政府信息公开申请情况｜') && i < all.indexOf('｜四、政府信息公开行政复议、行政诉讼情况｜') ? l.replaceAll('|', '｜') : l)).join('\n');
  const found = only(wide, 'table-fullwidth-pipe').found;
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^表三/);
  const fixed = core.applyFixes(wide, found[0].fix.edits).text;
  assert.ok(fixed.includes('\n｜四、政府信息公开行政复议、行政诉讼情况｜\n'));
  assert.deepEqual(only(fixed, 'table-fullwidth-pipe').found, []);
});

test('every section heading in 丨 bars (丨四、…丨 under 表三): read as in ｜, no section-missing, no insertion', () => {
  // brk121 #7: `丨四、政府信息公开行政复议、行政诉讼情况丨` under 表三 was a false section-missing error ("似乎写在了上一部分里"),
  // and `丨一、总体情况丨` got a second 一、总体情况 inserted; the ｜ form was read as the heading.
  let text = CORRECT;
  for (const t of TITLES) text = edit(text, `## ${t}`, `丨${t}丨`);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  assert.equal(core.fixAll(text).text, text);
  // A title with a 丨 inside, or in a box of no section, stays text.
  const other = edit(CORRECT, '## 一、总体情况', '## 一、总体情况\n\n丨某某局丨2024年报丨');
  assert.deepEqual(ids(other), []);
});

// brk121 #11: the same box as an HTML table (`<table><tr><td>五、存在的主要问题及改进情况</td></tr></table>`, a web page's
// or Word's HTML) was section-missing; it is read as the heading as the pipe forms are, on one line or over lines.
test('a section heading in a one-cell HTML table is read; other HTML tables and cells are no headings', () => {
  const T5 = '五、存在的主要问题及改进情况';
  for (const form of [
    `<table><tr><td>${T5}</td></tr></table>`,
    `<table border="1"><tbody><tr><td><strong>${T5}</strong></td></tr></tbody></table>`,
    `<table><tr><td>${T5}</td><td></td></tr></table>`,
    `<table>\n<tbody>\n<tr class="odd">\n<td>${T5}</td>\n</tr>\n</tbody>\n</table>`,
  ]) {
    const text = edit(CORRECT, `## ${T5}`, form);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], form);
    const h = sectionOf(report, 5);
    assert.equal(h?.title, '存在的主要问题及改进情况', form);
    assert.equal(text.split('\n')[h.line].slice(h.range.start.character, h.range.end.character), T5, form);
    assert.equal(core.fixAll(text).text, text, form);
  }
  // Two cells of text, a second row of text, a cell of no section's title: no heading read from the table.
  for (const form of [
    `<table><tr><td>${T5}</td><td>说明</td></tr></table>`,
    `<table>\n<tr><td>${T5}</td></tr>\n<tr><td>说明</td></tr>\n</table>`,
    '<table><tr><td>一、工作要点</td></tr></table>',
  ]) {
    const text = edit(CORRECT, '### （一）主动公开', `${form}\n\n### （一）主动公开`);
    const { report } = core.analyze(text);
    assert.equal(report.headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn').length, 6, form);
  }
});
