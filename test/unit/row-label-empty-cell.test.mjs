// A 表三 row whose label cell is empty (brk106 #3): `|   | 3 | 0 | … | 3 |` where 2.重复申请 was is the label's cell,
// not a blank 自然人 with the numbers a column right. The row is read by its place, said once by row-label, and the
// fix writes the template's label into the cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT, rowValues } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const HUAIAN = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const briefs = (text) => core.analyze(text).findings.map((f) => `${f.ruleId} ${f.severity}`);
const rowLabelOf = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
/** `text` with the label cell of its line starting `| label` emptied (as many spaces as the label had). */
const blanked = (text, label) => text.replace(new RegExp(`^\\| ${label.replace(/[.()（）]/g, '\\$&')}( *)\\|`, 'm'), (_, pad) => `| ${' '.repeat(label.length)}${pad}|`);

test('an empty label cell: the row read by its place with its numbers in their columns, one row-label finding, and the fix writes the label (brk106 #3)', () => {
  const text = blanked(EXAMPLE, '2.重复申请');
  assert.notEqual(text, EXAMPLE);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.5.2'), [1, 0, 0, 0, 1, 0, 2]);
  assert.deepEqual(briefs(text), ['row-label warning']);
  const [f] = rowLabelOf(text);
  assert.match(f.message, /行标签单元格是空的.*读作“2\.重复申请”行/);
  assert.equal(f.range.start.line, text.split('\n').findIndex((l) => /^\| +\| 1 /.test(l)));
  assert.equal(core.fixAll(text).text, EXAMPLE);
});

test('an empty label cell under several label columns (Word\'s merged cells pasted as empty cells): the same', () => {
  const lines = HUAIAN.split('\n');
  const from = lines.findIndex((l) => l.startsWith('| （本列')), to = lines.findIndex((l) => l.startsWith('| 四、结转下年度'));
  const text = lines.map((l, i) => {
    if (i < from || i > to) return l;
    const c = l.split('|').slice(1, -1).map((x) => x.trim());
    if (c[0].startsWith('---')) return `|${Array(c.length + 2).fill('---').join('|')}|`;
    return `| ${[c[0] === '2.重复申请' ? '' : c[0], '', '', ...c.slice(1)].join(' | ')} |`;
  }).join('\n');
  assert.match(text, /^\| {2}\| {2}\| {2}\| 25 \|/m);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.5.2'), [25, 0, 0, 0, 0, 0, 25]);
  assert.deepEqual(briefs(text), ['row-label warning']);
  assert.match(core.fixAll(text).text, /^\| {2}\| {2}\| 2\.重复申请 \| 25 \|/m);
});

test('an empty label cell in a row of more cells than the table\'s is not taken for the label\'s (which cell is extra cannot be told)', () => {
  const text = edit(blanked(EXAMPLE, '2.重复申请'), '| 1      | 0        | 0        | 0            | 1            | 0    | 2    |', '| 1      | 0        | 0        | 0            | 1            | 0    | 2    |  |');
  assert.ok(briefs(text).includes('cell-count error'));
  assert.equal(rowLabelOf(text).length, 0);
});
