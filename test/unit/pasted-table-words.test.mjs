// How pasted tables (tab-separated, one cell per line, space-aligned) are read when their cells hold spaced or
// worded text: a 表二 row label spaced out to align it (`规　章`, `行　政　处　罚`; templates.md §0.2: labels compare
// without white space), and a 2019 本年增/减 cell written in words (`减少2`, `（2）`, `2-`), read as a value cell
// as in a pipe table (breaker34 #1, #2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft as draft, core, rowValues, toCells, toSpaces, toTabs } from '../helpers.mjs';


/** `text` with the pipe row labelled `label` given `values` (a row of `nianbao new`'s tables). */
function fillRow(text, label, values) {
  const re = new RegExp(`^\\| ${label} +\\|.*$`, 'm');
  assert.match(text, re);
  return text.replace(re, `| ${label} | ${values.join(' | ')} |`);
}

const PASTES = { tabs: toTabs, 'one cell per line': toCells, spaces: toSpaces };

for (const [paste, write] of Object.entries(PASTES)) {
  test(`表二 row labels spaced out (规　章, 规 章, 行　政　处　罚, 行政　许可) are read as their rows in a ${paste} paste`, () => {
    let text = fillRow(draft(), '规章', [2, 1, 7]);
    text = fillRow(text, '行政许可', [1520]);
    text = fillRow(text, '行政处罚', [86]);
    text = fillRow(text, '行政规范性文件', [3, 1, 25]);
    for (const [label, spaced] of [['规章', '规　章'], ['行政许可', '行政　许可'], ['行政处罚', '行　政　处　罚'], ['行政规范性文件', '行政 规范性文件']]) {
      text = text.replace(`| ${label} |`, `| ${spaced} |`);
    }
    const pasted = write(text);
    const { report, findings } = core.analyze(pasted);
    assert.deepEqual(findings.map((f) => f.ruleId), []);
    assert.deepEqual(rowValues(report, 't2', 'T2.1'), [2, 1, 7]);
    assert.deepEqual(rowValues(report, 't2', 'T2.2'), [3, 1, 25]);
    assert.deepEqual(rowValues(report, 't2', 'T2.3'), [1520]);
    assert.deepEqual(rowValues(report, 't2', 'T2.5'), [86]);
    // The row's label is the spaced text as written, so a fix or hover covers all of it.
    const row = report.tables.t2.rows.find((r) => r.id === 'T2.5');
    assert.equal(row.match.kind, 'exact');
    assert.equal(report.lines.slice(row.match.range), '行　政　处　罚');
    // The label's words are not read as a column header.
    assert.deepEqual(report.tables.t2.columns.map((c) => c.match.kind).filter((k) => k !== 'exact'), []);
  });
}

test('a 2019 表二 row label spaced out (规　章) is read as its row in a tab-separated paste', () => {
  const text = toTabs(fillRow(draft('2019'), '规章', [2, 1, 7]).replace('| 规章 |', '| 规　章 |'));
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(rowValues(report, 't2', 'T2.1'), [2, 1, 7]);
});

// ------------------------------------------------------------------- #2: 本年增/减 written in words, pasted

/** A 2019 draft whose 行政许可 row is 56 | `change` | 1520, pasted by `write`. */
const changeInWords = (change, write) => write(fillRow(draft('2019'), '行政许可', [56, change, 1520]));

for (const [paste, write] of Object.entries(PASTES)) {
  test(`a 2019 本年增/减 written in words (减少2, 减2, 增加3) in a ${paste} paste is read as the row's cell: number-invalid with the signed number as its fix`, () => {
    for (const [change, value] of [['减少2', -2], ['减2', -2], ['增加3', 3]]) {
      const text = changeInWords(change, write);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(rowValues(report, 't2', 'T2.3'), [56, value, 1520], change);
      assert.equal(report.tables.t2.broken, undefined, change);
      assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], change);
      const [f] = findings;
      assert.equal(report.lines.slice(f.range), change);
      assert.match(f.message, new RegExp(`“${change}”用文字写了增减.*请写作“${value}”`));
      // The fix writes the number in the cell; the other lines are kept, and the fixed row reads the same.
      const fixed = core.applyFixes(text, findings.flatMap((f) => f.fix.edits)).text;
      const changed = fixed.split('\n').filter((l, i) => l !== text.split('\n')[i]);
      assert.deepEqual(changed.map((l) => l.trim().split(/\s+/).includes(String(value))), [true]);
      const again = core.analyze(fixed);
      assert.deepEqual(again.findings.map((x) => x.ruleId), []);
      assert.deepEqual(rowValues(again.report, 't2', 'T2.3'), [56, value, 1520]);
    }
  });

  test(`a 2019 本年增/减 written （2） or 2- in a ${paste} paste is the row's cell, not a number: number-invalid, the rest of the row read`, () => {
    for (const change of ['（2）', '2-']) {
      const text = changeInWords(change, write);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(rowValues(report, 't2', 'T2.3'), [56, null, 1520], change);
      assert.equal(report.tables.t2.broken, undefined, change);
      assert.deepEqual(findings.map((f) => [f.ruleId, report.lines.slice(f.range)]), [['number-invalid', change]], change);
    }
  });
}

// ------------------------------------------------------------------- #1: 表四's header spaced out, pasted

test('a tab-separated 表四 whose group label is spaced out (行政　复议) starts at that line: the label is read and converting the table leaves no header line behind', () => {
  const text = toTabs(draft()
    .replace(/^\| 0 +\| 0 +\|.*$/m, (row) => (row.split('|').length === 17 ? `| ${[1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0].join(' | ')} |` : row))
    .replace('| 行政复议 |', '| 行政　复议 |'));
  const report = core.parseReport(text);
  const t4 = report.tables.t4;
  assert.equal(text.split('\n')[t4.range.start.line].split('\t')[0], '行政　复议');
  assert.equal(t4.columns.find((c) => c.id === 'G1').match.kind, 'exact');
  assert.deepEqual(rowValues(report, 't4', 'T4'), [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
  const converted = core.applyFixes(text, [core.convertTableEdit(report, 't4')]).text;
  assert.ok(!converted.includes('行政　复议'), 'the spaced header line is part of the converted table');
  assert.deepEqual(core.analyze(converted).findings.map((f) => f.ruleId), []);
});
