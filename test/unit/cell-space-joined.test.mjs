// A row's numbers pasted into its first value cell separated by spaces (a row copied from a web page or a PDF:
// `| 2.其他法律行政法规禁止公开 | 1 0 0 0 0 0 1 |  |  |…`, helper-202 #2) is cell-tab-joined as the tab case is, with the
// split fix. It was number-invalid (“不是数字”) and six blank cells whose fix wrote 0s beside the joined cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toHtmlRows } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const line = EXAMPLE.split('\n').find((l) => l.startsWith('| 2.其他法律行政法规禁止公开'));
const [label, ...values] = line.split('|').slice(1, -1).map((c) => c.trim());

test('numbers joined by spaces in one cell, the others blank: cell-tab-joined (spaces), the fix splits them and the table reads as before', () => {
  const text = EXAMPLE.replace(line, `| ${label} | ${values.join(' ')} |${'  |'.repeat(6)}`);
  assert.notEqual(text, EXAMPLE);
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-tab-joined'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, new RegExp(`用空格分隔（“${values.join(' ')}”）`));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith(`| ${label}`)), `| ${label} | ${values.join(' | ')} |`);
  assert.deepEqual(findingsOf(fixed), []);
  assert.deepEqual(rowValues(core.parseReport(fixed), 't3', 'R3.3.2'), rowValues(core.parseReport(EXAMPLE), 't3', 'R3.3.2'));
});

test('two numbers with a space in a cell, or a spaced cell among filled ones, are not a pasted row', () => {
  const two = EXAMPLE.replace(line, `| ${label} | 1 0 | ${values.slice(1).join(' | ')} |`);
  assert.ok(!findingsOf(two).some((f) => f.ruleId === 'cell-tab-joined'));
  assert.ok(findingsOf(two).some((f) => f.ruleId === 'number-invalid'));
  const among = EXAMPLE.replace(line, `| ${label} | 1 0 0 | ${values.slice(1).join(' | ')} |`);
  assert.ok(!findingsOf(among).some((f) => f.ruleId === 'cell-tab-joined'));
});

test('in an HTML row the split puts each number into its own <td> (the row\'s empty cells), never pipes into a cell (helper-203 #2)', () => {
  const html = toHtmlRows(EXAMPLE);
  const row = `<tr><td>${label}</td>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
  assert.ok(html.includes(row));
  assert.deepEqual(findingsOf(html), []);
  const joined = html.replace(row, `<tr><td>${label}</td><td>${values.join(' ')}</td>${'<td></td>'.repeat(6)}</tr>`);
  const found = findingsOf(joined);
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-tab-joined']);
  assert.match(found[0].message, /：表格中每个数应在自己的单元格里/);
  assert.equal(core.fixAll(joined).text, html);
  // Without the empty cells to take them: said, not split.
  const short = html.replace(row, `<tr><td>${label}</td><td>${values.join(' ')}</td></tr>`);
  const said = findingsOf(short).find((f) => f.ruleId === 'cell-tab-joined');
  assert.ok(said && !said.fix, said?.message);
  assert.equal(core.fixAll(short).text.includes(values.join(' | ')), false);
});

// helper-203 #9: two numbers in one cell and the rest of the row one cell left, its last cell empty (a cell border lost
// in a copy). It was number-invalid plus four sum-results errors computed on the shifted cells, blaming other rows,
// and --fix changed nothing.
const r31 = EXAMPLE.split('\n').find((l) => l.startsWith('| （一）予以公开'));
const r31Values = r31.split('|').slice(1, -1).map((c) => c.trim()).slice(1);

test('two numbers in one cell with the row moved a cell left: read in their columns, one cell-tab-joined finding, the fix splits the cell and drops the emptied one', () => {
  const [a, b, ...rest] = r31Values;
  const text = EXAMPLE.replace(r31, `| （一）予以公开 | ${a} ${b} | ${rest.join(' | ')} |  |`);
  assert.notEqual(text, EXAMPLE);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.1'), rowValues(core.parseReport(EXAMPLE), 't3', 'R3.1'));
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-tab-joined'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, new RegExp(`“${a} ${b}”是 2 个数，写在了同一个单元格里.*（${a}在自然人列，${b}在商业企业列）`));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('| （一）予以公开')), `| （一）予以公开 | ${r31Values.join(' | ')} |`);
  assert.deepEqual(findingsOf(fixed), []);
});

test('two numbers in a cell whose row does not add up when split (a typo inside one number) stay number-invalid, not split', () => {
  const [, , ...rest] = r31Values;
  const text = EXAMPLE.replace(r31, `| （一）予以公开 | 1 9 | ${rest.join(' | ')} |  |`);
  const found = findingsOf(text);
  assert.ok(!found.some((f) => f.ruleId === 'cell-tab-joined'), found.map((f) => f.message).join('\n'));
  assert.ok(found.some((f) => f.ruleId === 'number-invalid'));
});

test('two numbers in one cell with the row one cell short (helper-204 #6): read in their columns, the fix splits the cell', () => {
  const line81 = EXAMPLE.split('\n').find((l) => l.startsWith('| 2.重复申请'));
  const [lab, a, b, ...rest] = line81.split('|').slice(1, -1).map((c) => c.trim());
  const text = EXAMPLE.replace(line81, `| ${lab} | ${a} ${b} | ${rest.join(' | ')} |`);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.5.2'), rowValues(core.parseReport(EXAMPLE), 't3', 'R3.5.2'));
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-tab-joined'], found.map((f) => f.message).join('\n'));
  assert.doesNotMatch(found[0].message, /行末/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith(`| ${lab}`)), `| ${lab} | ${[a, b, ...rest].join(' | ')} |`);
  assert.deepEqual(findingsOf(fixed), []);
});
