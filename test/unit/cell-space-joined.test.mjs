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
