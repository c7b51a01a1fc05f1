// 表三 with the template's merged label cells unmerged (templates.md §3.3: the `一、` labels span three grid columns,
// the group cells `三、本年度办理结果` and `（三）不予公开` span rows), as Word, Excel and HTML converters paste them:
// merged cells as empty cells, or as the same text repeated (Excel "unmerge and fill", pandas read_html). Built
// from 淮安市 2024 in the pipe-table template (test/fixtures/reports/huaian-2024-pipe.md, clean). Such cells are
// label cells: the values are those under the column headers, and the sums are checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const lines = BASE.split('\n');
const t3Start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
const t3End = lines.findIndex((l, i) => i > t3Start && l.startsWith('| 四、结转下年度继续办理')) + 1;
const cellsOf = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
const row = (cells) => `| ${cells.join(' | ')} |`;
const GROUPS = new Set(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);

/** The base with each 表三 line rewritten by `each(cells, line)` (a string, or null to drop the line). */
function t3As(each) {
  const out = [];
  lines.forEach((l, i) => {
    if (i < t3Start || i >= t3End) return out.push(l);
    const r = each(cellsOf(l), l);
    if (r !== null) out.push(r);
  });
  return out.join('\n');
}

const findingsOf = (text) => core.checkReport(core.parseReport(text));
const T3_ROWS = ['R1', 'R2', 'R3.1', 'R3.2', 'R3.3.1', 'R3.3.8', 'R3.4.1', 'R3.6.3', 'R3.7', 'R4'];
function assertSameValues(text) {
  const a = core.parseReport(BASE), b = core.parseReport(text);
  for (const id of T3_ROWS) assert.deepEqual(rowValues(b, 't3', id), rowValues(a, 't3', id), id);
}

test('merged label cells as empty cells (Word: the label over three columns, header `| （本列…） |  |  | 自然人 |`): a correct report stays clean and --fix changes nothing', () => {
  assert.deepEqual(findingsOf(BASE), []);
  const text = t3As((c) => (c[0].startsWith('-') ? row(Array(c.length + 2).fill('---')) : row([c[0], '', '', ...c.slice(1)])));
  assert.match(text, /^\| 一、本年新收政府信息公开申请数量 \|  \|  \| 3001 \|/m);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  assertSameValues(text);
  assert.equal(core.fixAll(text).text, text);
});

test('three label columns with the group cells in the second (a Word table pasted as is): clean, same values', () => {
  let group = '';
  const text = t3As((c) => {
    if (c[0].startsWith('-')) return row(Array(c.length + 2).fill('---'));
    if (c[0].startsWith('（本列')) return row([c[0], '', '', ...c.slice(1)]);
    if (GROUPS.has(c[0])) { group = c[0]; return null; }
    const sub = /^\d\./.test(c[0]);
    const label = sub ? ['', group, c[0]] : /^（/.test(c[0]) ? [group, c[0], ''] : [c[0], '', ''];
    if (sub || /^（/.test(c[0])) group = '';
    return row([...label, ...c.slice(1)]);
  });
  assert.match(text, /^\|  \| （三）不予公开 \| 1\.属于国家秘密 \| 2 \|/m);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  assertSameValues(text);
  assert.equal(core.fixAll(text).text, text);
});

/** Merged cells repeated (Excel "unmerge and fill"): `width` label columns, a group's text in each of its rows. */
function repeated(width) {
  let top = '', group = '';
  return t3As((c) => {
    if (c[0].startsWith('-')) return row(Array(c.length + width - 1).fill('---'));
    if (c[0] === '三、本年度办理结果') { top = c[0]; return null; }
    if (GROUPS.has(c[0])) { group = c[0]; return null; }
    if (!/^\d\./.test(c[0])) group = '';
    if (/^[一二四]、/.test(c[0]) || c[0].startsWith('（本列')) top = '';
    const path = [top, group, c[0]].filter(Boolean).slice(-width);
    while (path.length < width) path.unshift(path[0]);
    return row([...path, ...c.slice(1)]);
  });
}

test('merged label cells repeated, two label columns, with a wrong （七）总计: the sums are checked and the error found (it was “two tables side by side”)', () => {
  const text = repeated(2);
  assert.match(text, /^\| 一、本年新收政府信息公开申请数量 \| 一、本年新收政府信息公开申请数量 \| 3001 \|/m);
  assert.match(text, /^\| （三）不予公开 \| 1\.属于国家秘密 \| 2 \|/m);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  assertSameValues(text);
  const wrong = text.replace(/^(\| 三、本年度办理结果 \| （七）总计 \| .*\| )3050 \|$/m, '$13051 |');
  assert.notEqual(wrong, text);
  const found = findingsOf(wrong);
  assert.ok(!found.some((f) => f.ruleId === 'table-unreadable'), found.map((f) => f.message).join('\n'));
  assert.deepEqual([...new Set(found.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort(), ['sum-applicants', 'sum-balance', 'sum-results']);
});

test('merged label cells repeated, three label columns (`| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 2 |`): clean, same values; a wrong total is an error', () => {
  const text = repeated(3);
  assert.match(text, /^\| 三、本年度办理结果 \| （三）不予公开 \| 1\.属于国家秘密 \| 2 \|/m);
  assert.match(text, /^\| 四、结转下年度继续办理 \| 四、结转下年度继续办理 \| 四、结转下年度继续办理 \| 103 \|/m);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  assertSameValues(text);
  const wrong = text.replace(/^(\| 四、结转下年度继续办理 (?:\| 四、结转下年度继续办理 )+\| )103( \|.*\| )103 \|$/m, '$1104$2103 |');
  assert.notEqual(wrong, text);
  assert.ok(findingsOf(wrong).some((f) => f.ruleId === 'sum-applicants' && f.severity === 'error'));
});

test('a blank in a value column is still a blank value when the label columns are padded', () => {
  const text = t3As((c) => (c[0].startsWith('-') ? row(Array(c.length + 2).fill('---')) : c[0] === '3.其他' ? row([c[0], '', '', '', ...c.slice(2)]) : row([c[0], '', '', ...c.slice(1)])));
  const found = findingsOf(text).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(found.length, 1, findingsOf(text).map((f) => f.message).join('\n'));
  assert.match(found[0].message, /自然人/);
});

test('a finding that says its total may be right (info: a row a value short) carries no fix, and --fix changes no number', () => {
  // （七）总计 with a blank first cell: one value too many, so the column sums through it are in doubt (each total may
  // be right, a column off); they were set to the sums of the other rows, changing five correct totals.
  // (Its 总计 one off too: with the row's own sum holding, the blank is a stray cell that moved the row right, which
  // value-in-label says and takes out: see the stray-cell test below.)
  const text = BASE.replace(/^\| （七）总计 \| 2932 \|(.*)\| 3050 \|$/m, '| （七）总计 |  | 2932 |$1| 3051 |');
  assert.notEqual(text, BASE);
  const info = findingsOf(text).filter((f) => f.ruleId.startsWith('sum-') && f.severity === 'info');
  assert.ok(info.length >= 1, findingsOf(text).map((f) => f.message).join('\n'));
  for (const f of info) assert.equal(f.fix, undefined, f.message);
  const fixed = core.fixAll(text);
  assert.deepEqual(fixed.fixed.filter((f) => f.ruleId.startsWith('sum-')).map((f) => f.message), []);
  const total = (t) => t.split('\n').find((l) => l.startsWith('| （七）总计'));
  assert.equal(total(fixed.text), total(text));
});

test('cells pasted from a web page with spaces as HTML entities (`3001&nbsp;`, `&#12288;53`, `34&ensp;&nbsp;`) read as the numbers they are', () => {
  let text = BASE.replace(/^\| 一、本年新收政府信息公开申请数量 \| 3001 \| 53 \|/m, '| 一、本年新收政府信息公开申请数量 | 3001&nbsp; | &#12288;53 |');
  text = text.replace(/^\| 二、上年结转政府信息公开申请数量 \| 34 \| 0 \|/m, '| 二、上年结转政府信息公开申请数量 | 34&ensp;&nbsp; | 0&#160; |');
  assert.notEqual(text, BASE);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  assertSameValues(text);
});

/** The Word layout of the test above: three label columns, group cells in the second on their first row. */
function wordLayout(drop = new Set(), shift = () => null) {
  let group = '';
  return t3As((c) => {
    if (c[0].startsWith('-')) return row(Array(c.length + 2).fill('---'));
    if (c[0].startsWith('（本列')) return row([c[0], '', '', ...c.slice(1)]);
    if (drop.has(c[0])) return null;
    if (GROUPS.has(c[0])) { group = c[0]; return null; }
    const sub = /^\d\./.test(c[0]);
    const label = sub ? ['', group, c[0]] : /^（/.test(c[0]) ? [group, c[0], ''] : [c[0], '', ''];
    if (sub || /^（/.test(c[0])) group = '';
    return shift(label, c.slice(1)) ?? row([...label, ...c.slice(1)]);
  });
}

/** `fixed` with the blank value cells of its line labelled `label` filled with `values`, in order. */
function fillRow(fixed, label, values) {
  let k = 0;
  return fixed.split('\n').map((l) => (cellsOf(l).includes(label) ? l.replace(/\|(?= *\|)/g, (m, at) => (at > l.indexOf(label) && k < values.length ? `| ${values[k++]} ` : m)) : l)).join('\n');
}

test('row-missing\'s fix writes the row in the table\'s label columns (breaker51 #1): filled in, its numbers are read under their columns', () => {
  const values = BASE.split('\n').find((l) => l.startsWith('| 2.重复申请 |')).split('|').slice(2, -1).map((c) => c.trim());
  for (const [name, text, neighbour] of [
    ['Word, empty label cells', wordLayout(new Set(['2.重复申请'])), /^\|  \| （五）不予处理 \| 1\.信访举报投诉类申请 \|/m],
    ['Excel, repeated labels', repeated(3).split('\n').filter((l) => !/\| 2\.重复申请 \|/.test(l)).join('\n'), /^\| 三、本年度办理结果 \| （五）不予处理 \| 1\.信访举报投诉类申请 \|/m],
  ]) {
    assert.match(text, neighbour, name);
    assert.ok(findingsOf(text).some((f) => f.ruleId === 'row-missing' && f.message.includes('2.重复申请')), name);
    const fixed = core.fixAll(text).text;
    const line = fixed.split('\n').find((l) => l.includes('2.重复申请'));
    // Three label cells, the label in the third (as its neighbours'), then seven blank value cells.
    assert.deepEqual(cellsOf(line), ['', '', '2.重复申请', '', '', '', '', '', '', ''], `${name}: ${line}`);
    const filled = fillRow(fixed, '2.重复申请', values);
    assert.deepEqual(findingsOf(filled).map((f) => `${f.ruleId} ${f.message}`), [], name);
    assert.deepEqual(rowValues(core.parseReport(filled), 't3', 'R3.5.2'), rowValues(core.parseReport(BASE), 't3', 'R3.5.2'), name);
  }
});

test('row-missing\'s fix for a group missing with its row puts the group label in the group column and the row in the sub-row column', () => {
  const text = wordLayout(new Set(['（五）不予处理', '1.信访举报投诉类申请']));
  const fixed = core.fixAll(text).text;
  const at = fixed.split('\n').findIndex((l) => l.includes('1.信访举报投诉类申请'));
  assert.deepEqual(cellsOf(fixed.split('\n')[at - 1]).slice(0, 3), ['', '（五）不予处理', ''], fixed.split('\n')[at - 1]);
  assert.deepEqual(cellsOf(fixed.split('\n')[at]).slice(0, 3), ['', '', '1.信访举报投诉类申请'], fixed.split('\n')[at]);
  assert.equal(cellsOf(fixed.split('\n')[at]).length, 10);
});

test('format-mixed\'s split of a 2019 （六）其他处理 row writes the three 2021 rows in the table\'s label columns', () => {
  const subs = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
  const text = wordLayout(new Set(subs)).replace(/^.*\| 5\.要求行政机关确认或重新出具已获取信息 .*$/m, (l) => `${l}\n|  | （六）其他处理 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
  assert.ok(findingsOf(text).some((f) => f.ruleId === 'format-mixed'), findingsOf(text).map((f) => f.message).join('\n'));
  const lines = core.fixAll(text).text.split('\n');
  const at = lines.findIndex((l) => l.includes('（六）其他处理'));
  assert.deepEqual(cellsOf(lines[at]).slice(0, 3), ['', '（六）其他处理', '']);
  subs.forEach((s, k) => assert.deepEqual(cellsOf(lines[at + 1 + k]), ['', '', s, '0', '0', '0', '0', '0', '0', '0'], lines[at + 1 + k]));
});

// helper-203 #6: a row whose numbers start in a label column (a cell lost before them) was read in its columns and
// said nothing, while the published table showed its first number under no column and the rest one column off.
for (const [name, shift, cells] of [
  ['a cell lost before the numbers, the last cell left empty', (label, v) => row([...label.filter(Boolean), ...v, '']), 1],
  ['a cell lost before the numbers, the row one cell short', (label, v) => row([...label.filter(Boolean), ...v]), 1],
  ['the labels in one cell and no empty label cells', (label, v) => row([label.filter(Boolean).pop(), ...v]), 2],
]) {
  test(`three label columns, ${name}: value-in-label says where the numbers start, the fix puts them under their columns`, () => {
    const clean = wordLayout();
    const text = wordLayout(undefined, (label, v) => (label.includes('（一）予以公开') ? shift(label, v) : null));
    assert.notEqual(text, clean);
    assertSameValues(text);
    const found = findingsOf(text);
    // (With the labels in one cell, the group label 三、本年度办理结果 that stood in the row's first cell is gone from the
    // table too: row-missing says so, and its fix puts it back above the row.)
    assert.deepEqual(found.map((f) => f.ruleId), cells === 2 ? ['row-missing', 'value-in-label'] : ['value-in-label'], found.map((f) => f.message).join('\n'));
    const misplaced = found.find((f) => f.ruleId === 'value-in-label');
    assert.match(misplaced.message, new RegExp(`“（一）予以公开”行的数从行名所占的列开始（第一个数“\\d+”），比其他行少了 ${cells} 个行名单元格`));
    const fixed = core.fixAll(text).text;
    assert.deepEqual(findingsOf(fixed), []);
    assertSameValues(fixed);
    // Each number now under its column: the row has the header's number of cells, the values in the last seven.
    const header = fixed.split('\n').find((l) => l.startsWith('| （本列'));
    const fixedRow = fixed.split('\n').find((l) => l.includes('（一）予以公开'));
    assert.equal(cellsOf(fixedRow).length, cellsOf(header).length, fixedRow);
    assert.deepEqual(cellsOf(fixedRow).slice(-7), cellsOf(clean.split('\n').find((l) => l.includes('（一）予以公开'))).slice(-7));
    assert.deepEqual(cellsOf(fixedRow).slice(0, 3).filter(Boolean), ['三、本年度办理结果', '（一）予以公开'].slice(cells === 2 ? 1 : 0));
  });
}

// helper-205 #6: a row written twice in the Word layout (its label in a later label column) went unsaid: row-duplicate
// took a line's first cell for its label, which is empty there.
test('three label columns, a row written twice with other numbers: row-duplicate says so, and the copy that adds up is read', () => {
  const clean = wordLayout();
  const line = clean.split('\n').find((l) => l.includes('| 5.属于三类内部事务信息 |'));
  const cells = cellsOf(line);
  const wrong = row([...cells.slice(0, 3), ...cells.slice(3).map((c, i) => (i === 0 || i === 6 ? String(Number(c) + 1) : c))]);
  for (const [name, text] of [['wrong copy after', clean.replace(line, `${line}\n${wrong}`)], ['wrong copy before', clean.replace(line, `${wrong}\n${line}`)]]) {
    const found = findingsOf(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['row-duplicate'], `${name}: ${found.map((f) => f.message).join('\n')}`);
    assert.match(found[0].message, /“5\.属于三类内部事务信息”行写了两次，数字不同/);
    assertSameValues(text);
  }
});

// helper-205 #8: a row with an empty label cell more than the other rows (its numbers one column right, the last past
// the header: dropped when the table is shown) was read silently, or with cell-count and sums blamed on other rows.
test('an extra empty label cell before or after the label, or a fourth under three label columns: said, and the fix takes it out', () => {
  const line = BASE.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  const [label, ...values] = cellsOf(line);
  const cases = [
    ['before the label', BASE, line, row(['', label, ...values])],
    ['after the label', BASE, line, row([label, '', ...values])],
  ];
  const word = wordLayout();
  const wline = word.split('\n').find((l) => l.includes('| 2.其他法律行政法规禁止公开 |'));
  cases.push(['a fourth label cell', word, wline, `|  ${wline}`]);
  for (const [name, base, original, moved] of cases) {
    const text = base.replace(original, moved);
    assert.notEqual(text, base, name);
    assertSameValues(text);
    const found = findingsOf(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['value-in-label'], `${name}: ${found.map((f) => f.message).join('\n')}`);
    assert.match(found[0].message, /行的行名单元格比其他行多了 1 个空单元格，这一行的数因此都右移了一列/, name);
    const fixed = core.fixAll(text).text;
    assert.deepEqual(findingsOf(fixed), [], name);
    assert.equal(cellsOf(fixed.split('\n').find((l) => l.includes(label === '（一）予以公开' && name !== 'a fourth label cell' ? '| （一）予以公开' : '2.其他法律行政法规禁止公开'))).length, cellsOf(original).length, name);
  }
});

test('three label columns, an extra empty cell after a sub-row\'s label: the fix deletes that one, the label stays in its column (helper-206 #6)', () => {
  const word = wordLayout();
  const line = word.split('\n').find((l) => l.includes('| 2.其他法律行政法规禁止公开 |'));
  const moved = line.replace('| 2.其他法律行政法规禁止公开 |', '| 2.其他法律行政法规禁止公开 |  |');
  const text = word.replace(line, moved);
  assert.deepEqual(findingsOf(text).map((f) => f.ruleId), ['value-in-label']);
  assert.equal(core.fixAll(text).text, word);
});

test('one label column, an extra empty cell after the label and the row cut to the header\'s width: its 总计 is put back as the sum, the stray cell deleted (helper-206 #7)', () => {
  const line = lines.find((l) => l.startsWith('| （一）予以公开'));
  const c = cellsOf(line);
  // The stray cell moves the numbers right; a formatter keeps the header's width, so the last cell (总计) is dropped.
  const cut = row([c[0], '', ...c.slice(1, 7)]);
  const text = BASE.replace(line, cut);
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['value-in-label']);
  assert.match(found[0].message, new RegExp(`总计按这一行六列之和应为 ${c[7]}`));
  assert.equal(core.fixAll(text).text, BASE);
  // Only the table's column sums tell the two readings apart: with a number of the row changed, they bear out neither,
  // and the row is read as written (a blank 自然人).
  const off = BASE.replace(line, row([c[0], '', String(Number(c[1]) + 1), ...c.slice(2, 7)]));
  const offFound = findingsOf(off).map((f) => f.ruleId);
  assert.ok(!offFound.includes('value-in-label') && offFound.includes('cell-blank'), offFound.join());
  // Read as written the row adds up (a blank 自然人 and the total over the rest): a blank cell, not a stray one.
  const blank = row([c[0], '', ...c.slice(2, 7), String(c.slice(2, 7).reduce((a, b) => a + Number(b), 0))]);
  const asBlank = findingsOf(BASE.replace(line, blank)).map((f) => f.ruleId);
  assert.ok(!asBlank.includes('value-in-label'), asBlank.join());
});

test('a row with one number too many: cell-count says so, and no sum of that row is fixed (helper-209 #2: --fix wrote 24 over a real 0)', () => {
  const line = lines.find((l) => l.startsWith('| （一）予以公开'));
  const c = cellsOf(line);
  // A stray 0 pasted before 其他: eight numbers.
  const text = BASE.replace(line, row([...c.slice(0, 5), '0', ...c.slice(5)]));
  const found = findingsOf(text);
  assert.ok(found.some((f) => f.ruleId === 'cell-count'));
  assert.deepEqual(found.filter((f) => f.ruleId === 'sum-applicants'), []);
  assert.ok(found.filter((f) => f.ruleId.startsWith('sum-')).every((f) => f.severity === 'info' && !f.fix), found.map((f) => f.message).join('\n'));
  assert.equal(core.fixAll(text).text.split('\n').find((l) => l.startsWith('| （一）予以公开')), row([...c.slice(0, 5), '0', ...c.slice(5)]));
});

test('the same, tab-separated (an Excel copy): read and checked, not “two tables side by side” (helper-221 #9)', () => {
  const tsv = (text) => text.split('\n').map((l, i) => (i >= t3Start && i < t3End && l.startsWith('|') ? (/^\|[\s:|-]+\|$/.test(l) ? null : cellsOf(l).join('\t')) : l)).filter((l) => l !== null).join('\n');
  for (const width of [2, 3]) {
    const text = tsv(repeated(width));
    assert.match(text, /^一、本年新收政府信息公开申请数量\t(?:一、本年新收政府信息公开申请数量\t)+3001\t/m, `width ${width}`);
    assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), [], `width ${width}`);
    const wrong = text.replace(/^(一、本年新收政府信息公开申请数量\t(?:一、本年新收政府信息公开申请数量\t)+3001\t(?:\d+\t){5})(\d+)$/m, (m, a, total) => `${a}${Number(total) + 1}`);
    assert.notEqual(wrong, text);
    const found = findingsOf(wrong);
    assert.ok(!found.some((f) => f.ruleId === 'table-unreadable'), found.map((f) => f.message).join('\n'));
    assert.ok(found.some((f) => f.ruleId === 'sum-applicants' && f.severity === 'error'), `width ${width}: ${found.map((f) => f.ruleId).join()}`);
  }
});

test('a misspelt label in the filled label cells of a tab-separated 表三 is said and fixed in every copy (helper-226 B5)', () => {
  const tsv = (text) => text.split('\n').map((l, i) => (i >= t3Start && i < t3End && l.startsWith('|') ? (/^\|[\s:|-]+\|$/.test(l) ? null : cellsOf(l).join('\t')) : l)).filter((l) => l !== null).join('\n');
  const text = tsv(repeated(2));
  const typo = text.replace(/^一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t/m, '一、本年新收政府信息公开申情数量\t一、本年新收政府信息公开申情数量\t');
  assert.notEqual(typo, text);
  const f = findingsOf(typo).filter((x) => x.ruleId === 'row-label');
  assert.equal(f.length, 1, findingsOf(typo).map((x) => x.message).join('\n'));
  assert.match(f[0].message, /申情/);
  assert.equal(core.fixAll(typo).text, text);
});
