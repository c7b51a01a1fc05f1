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

test('an empty label cell in a row with a number more than the table\'s columns is not taken for the label\'s (which cell is extra cannot be told); an empty cell after the last column is no cell of the row (a converter\'s stray one)', () => {
  const row = '| 1      | 0        | 0        | 0            | 1            | 0    | 2    |';
  const more = edit(blanked(EXAMPLE, '2.重复申请'), row, `${row} 5 |`);
  assert.ok(briefs(more).includes('cell-count error'));
  assert.equal(rowLabelOf(more).length, 0);
  const stray = edit(blanked(EXAMPLE, '2.重复申请'), row, `${row}  |`);
  assert.deepEqual(rowValues(core.parseReport(stray), 't3', 'R3.5.2'), [1, 0, 0, 0, 1, 0, 2]);
  assert.equal(rowLabelOf(stray).length, 1);
});

test('the first row\'s label cell empty (the header\'s last cell above it is no label of it), and a table whose header row names no label column (a PDF\'s, its labelled rows a label and seven numbers)', () => {
  const text = blanked(EXAMPLE, '一、本年新收政府信息公开申请数量');
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R1'), [40, 3, 0, 1, 2, 0, 46]);
  assert.deepEqual(briefs(text), ['row-label warning']);
  assert.equal(core.fixAll(text).text, EXAMPLE);
  // The header as text lines above the table (no pipe row names the columns).
  const lines = blanked(EXAMPLE, '2.重复申请').split('\n');
  const at = lines.findIndex((l) => l.startsWith('| （本列'));
  lines.splice(at, 2, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', '');
  const noHeader = lines.join('\n');
  assert.deepEqual(rowValues(core.parseReport(noHeader), 't3', 'R3.5.2'), [1, 0, 0, 0, 1, 0, 2]);
  assert.equal(rowLabelOf(noHeader).filter((f) => /单元格是空的/.test(f.message)).length, 1);
});
