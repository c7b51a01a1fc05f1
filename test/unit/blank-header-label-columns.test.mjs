// A 表三 header cell left blank (`| （本列…） |  | 商业企业 | …`, 自然人 emptied) stands over a value column, not a label
// column: the rows, which have the template's cell count, are read by position and only column-label speaks. Before,
// the blank 自然人 cell made the header look like two label columns, every data row got a value-in-label error whose fix
// added an empty cell (and really shifted the numbers one column), brk167 #1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toHtmlRows, toTabs } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = example.split('\n');
const T3_HEADER = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
const DELIMITER = /^\|[\s:|-]+\|$/;

/** The example with cell `k` (0 = the corner) of the pipe row at line index `i` emptied. */
function blank(text, i, k) {
  const ls = text.split('\n');
  const cells = ls[i].split('|');
  cells[k + 1] = ' '.repeat(cells[k + 1].length);
  ls[i] = cells.join('|');
  return ls.join('\n');
}

/** The example's 表三 written with three label columns (Word's merged label cells: header `| （本列…） |  |  | 自然人 | …`). */
function threeLabelColumns(text) {
  const ls = text.split('\n');
  for (let i = T3_HEADER; ls[i]?.startsWith('|'); i++) {
    if (DELIMITER.test(ls[i])) { ls[i] = `|${'---|'.repeat(10)}`; continue; }
    const c = ls[i].slice(1, -1).split('|').map((x) => x.trim());
    ls[i] = `| ${[c[0], '', '', ...c.slice(1)].join(' | ')} |`;
  }
  return ls.join('\n');
}

const t3Values = (report) => report.tables.t3.rows.filter((r) => r.match.kind !== 'absent').map((r) => `${r.id}:${rowValues(report, 't3', r.id).join(',')}`);

/** The fixes of `findings` that add cells (a pipe or an HTML cell) to a row. */
const addsCells = (findings) => findings.filter((f) => f.fix?.edits.some((e) => /\||<td/.test(e.newText)));

test('a blank 自然人 header cell: column-label only, the rows read by position, no value-in-label, no fix adds cells', () => {
  const base = core.analyze(example);
  for (const [name, write] of Object.entries({ pipe: (t) => t, 'three label columns': threeLabelColumns, 'HTML rows': toHtmlRows })) {
    const text = write(blank(example, T3_HEADER, 1));
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'value-in-label'), [], name);
    assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), [], name);
    assert.deepEqual(addsCells(findings), [], name);
    assert.deepEqual(t3Values(report), t3Values(base.report), name);
    assert.equal(rowValues(report, 't3', 'R1')[0], 40, `${name}: 新收's 自然人 is 40`);
  }
  // In the pipe layouts column-label names the empty header, with the fix that writes 自然人 back.
  for (const text of [blank(example, T3_HEADER, 1), threeLabelColumns(blank(example, T3_HEADER, 1))]) {
    const said = core.analyze(text).findings.filter((f) => f.ruleId === 'column-label');
    assert.equal(said.length, 1);
    assert.equal(said[0].fix.edits[0].newText.trim(), '自然人');
  }
});

test('a blank 自然人 and 商业企业: the label column still ends where the values start', () => {
  const text = blank(blank(example, T3_HEADER, 1), T3_HEADER, 2);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'value-in-label'), []);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'column-label').map((f) => f.fix.edits[0].newText.trim()).sort(), ['商业企业', '自然人'].sort());
  assert.deepEqual(t3Values(report), t3Values(core.analyze(example).report));
});

test('every other header cell of 表二, 表三 and 表四 emptied, in pipe, HTML and tab layouts: no error, no fix that adds cells', () => {
  const headers = [];
  lines.forEach((l, i) => {
    if (!l.startsWith('|') || DELIMITER.test(l)) return;
    if (!(DELIMITER.test(lines[i + 1] ?? '') || /结果维持|未经复议/.test(l))) return;
    l.slice(1, -1).split('|').forEach((c, k) => { if (c.trim()) headers.push([i, k, c.trim()]); });
  });
  assert.ok(headers.length > 30);
  for (const [name, write] of Object.entries({ pipe: (t) => t, 'HTML rows': toHtmlRows, tabs: toTabs })) {
    const base = core.analyze(write(example));
    const baseErrors = base.findings.filter((f) => f.severity === 'error').length;
    for (const [i, k, cell] of headers) {
      const { report, findings } = core.analyze(write(blank(example, i, k)));
      const what = `${name}: “${cell}” emptied`;
      assert.equal(findings.filter((f) => f.severity === 'error').length, baseErrors, what);
      assert.deepEqual(findings.filter((f) => f.ruleId === 'value-in-label'), [], what);
      assert.deepEqual(addsCells(findings), [], what);
      assert.deepEqual(t3Values(report), t3Values(base.report), what);
    }
  }
});

test('a row that really lost a label cell is still said under a header with a blank 自然人', () => {
  const text = threeLabelColumns(blank(example, T3_HEADER, 1));
  const ls = text.split('\n');
  const r = ls.findIndex((l) => l.startsWith('| 一、本年新收'));
  const c = ls[r].slice(1, -1).split('|');
  c.splice(1, 1);
  c.push(' ');
  ls[r] = `|${c.join('|')}|`;
  const { report, findings } = core.analyze(ls.join('\n'));
  const said = findings.filter((f) => f.ruleId === 'value-in-label');
  assert.equal(said.length, 1);
  assert.equal(said[0].data.row, 'R1');
  assert.equal(said[0].fix.title.en ?? said[0].fix.title, 'Add 1 empty cell before “40”');
  assert.equal(rowValues(report, 't3', 'R1')[0], 40);
});
