// The header of 表三 in a pandoc grid table (`+===+` or `+---+` under it, its cells possibly wrapped over lines).
// breaker21: the search for 表三's first line stopped at the border under the header (a line of 150 `+`/`=` with
// no `|`, read as a long line of text), so the header was never part of the table: a misspelt column (商业机构)
// went unreported, two swapped columns were read in the template's order, and `inspect` showed every column
// missing. The same report as a pipe table was read right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const GRID = readFileSync(join(ROOT, 'test/data/grid/pandoc-grid-2022.md'), 'utf8');
const HEADER = '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）     | 自然人 | 商业企业 | 科研机构 |';
const check = (text) => core.checkReport(core.parseReport(text), { locale: 'zh' });
const about = (text, ...rules) => check(text).filter((f) => rules.includes(f.ruleId));

/** `text` with its 表三 header line (the one line holding 自然人) changed by `edit`. */
function withHeader(text, edit) {
  assert.ok(text.includes(HEADER));
  return text.split('\n').map((l) => (l.startsWith(HEADER) ? edit(l) : l)).join('\n');
}

test('a clean grid 表三 header is read: every column found, no column finding', () => {
  const report = core.parseReport(GRID);
  const t3 = report.tables.t3;
  assert.ok(t3);
  // The header line is part of the table.
  assert.equal(t3.range.start.line, GRID.split('\n').findIndex((l) => l.startsWith(HEADER)));
  for (const c of t3.columns) assert.equal(c.match.kind, 'exact', c.label);
  assert.deepEqual(about(GRID, 'column-label', 'column-order', 'cell-count'), []);
});

test('a misspelt column in a grid 表三 header is found and fixed, with `+===+` or `+---+` under the header', () => {
  const typo = withHeader(GRID, (l) => l.replace('商业企业', '商业机构'));
  const lines = typo.split('\n');
  const headerLine = lines.findIndex((l) => l.includes('商业机构'));
  for (const text of [typo, lines.map((l, i) => (i === headerLine + 1 ? l.replace(/=/g, '-') : l)).join('\n')]) {
    const found = about(text, 'column-label');
    assert.equal(found.length, 1, check(text).map((f) => f.message).join('\n'));
    assert.match(found[0].message, /列标题“商业机构”与格式不一致，应为“商业企业”/);
    assert.equal(found[0].range.start.line, headerLine);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split('\n')[headerLine], lines[headerLine].replace('商业机构', '商业企业'));
    assert.deepEqual(about(fixed, 'column-label'), []);
  }
});

test('two swapped columns of a grid 表三 header are read by the header and said as column-order', () => {
  // 商业企业 and 科研机构 (as wide as each other: the grid stays aligned) swapped in the header only.
  const text = withHeader(GRID, (l) => l.replace('商业企业 | 科研机构', '科研机构 | 商业企业'));
  const found = about(text, 'column-order');
  assert.equal(found.length, 1, check(text).map((f) => f.message).join('\n'));
  assert.match(found[0].message, /表三的列顺序与格式不同/);
  // R1 is `26 | 3 | 0 | …`: the 3 stands under 科研机构.
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R1'), [26, 0, 3, 0, 0, 0, 29]);
  assert.deepEqual(rowValues(core.parseReport(GRID), 't3', 'R1'), [26, 3, 0, 0, 0, 0, 29]);
});

test('a grid 表三 header wrapped over two lines is read whole; a misspelling in a wrapped cell is fixed piece by piece', () => {
  // The corner note and 商业企业 wrapped as pandoc wraps a narrow column: `商业机` over `构`.
  const wrapped = withHeader(GRID, (l) => [
    l.replace('第二项之和，等于第三项加第四项之和）   ', '                                   ').replace('商业企业', '商业机  '),
    l.replace(/[^|]/g, ' ').replace(/^\| {35}/, '| 第二项之和，等于第三项加第四项之和）').replace(/^(\|[^|]*\|[^|]*\|) {4}/, '$1 构 '),
  ].join('\n'));
  const lines = wrapped.split('\n');
  const top = lines.findIndex((l) => l.includes('商业机'));
  assert.match(lines[top + 1], /^\| 第二项之和.*\| 构 +\|/);
  const found = about(wrapped, 'column-label');
  assert.equal(found.length, 1, check(wrapped).map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“商业机构”（折行写作“商业机”“构”）/);
  const fixed = core.fixAll(wrapped).text.split('\n');
  assert.equal(fixed[top], lines[top].replace('商业机', '商业企'));
  assert.equal(fixed[top + 1], lines[top + 1].replace('构', '业'));
  // Written right, the wrapped header is clean and names every column.
  const clean = lines.map((l, i) => (i === top ? l.replace('商业机', '商业企') : i === top + 1 ? l.replace('构', '业') : l)).join('\n');
  assert.deepEqual(about(clean, 'column-label', 'column-order'), []);
  for (const c of core.parseReport(clean).tables.t3.columns) assert.equal(c.match.kind, 'exact', c.label);
});

test('a grid 表三 with the official three header lines (申请人情况 / 自然人 法人或其他组织 总计 / 商业企业 …): no column finding (helper-221 #12)', () => {
  // The example's 表三 as pandoc writes a grid table with the template's header, its caption cells over their columns.
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const L = example.split('\n');
  const from = L.findIndex((l) => l.includes('本列数据的勾稽关系'));
  const to = L.findIndex((l) => l.startsWith('| 四、结转下年度继续办理')) + 1;
  const cells = (l) => l.slice(1, -1).split('|').map((c) => c.trim());
  const body = L.slice(from + 2, to).map(cells);
  const header = [
    [cells(L[from])[0], '申请人情况', '', '', '', '', '', ''],
    ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ];
  const width = (t) => [...t].reduce((n, c) => n + (/[\u3000-\uffef\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
  const W = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => Math.max(...[...header, ...body].map((r) => width(r[j]))));
  const border = (ch) => `+${W.map((w) => ch.repeat(w + 2)).join('+')}+`;
  const row = (r) => `| ${r.map((c, j) => c + ' '.repeat(W[j] - width(c))).join(' | ')} |`;
  const grid = [border('-'), ...header.map(row), border('='), ...body.flatMap((r) => [row(r), border('-')])];
  const text = [...L.slice(0, from), ...grid, ...L.slice(to)].join('\n');
  assert.match(text, /^\| +\| 自然人 +\| 法人或其他组织 \|/m);
  assert.deepEqual(check(text).map((f) => `${f.ruleId} ${f.message}`), []);
  const t3 = core.parseReport(text).tables.t3;
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R1'), rowValues(core.parseReport(example), 't3', 'R1'));
  assert.ok(t3);
  // A misspelt caption-joined column is still said: 商业机构 under 法人或其他组织.
  const typo = text.replace(/\| 商业企业( +)\|/, '| 商业机构$1|');
  assert.notEqual(typo, text);
  assert.ok(check(typo).some((f) => f.ruleId === 'column-label' && /商业机构/.test(f.message)), check(typo).map((f) => f.message).join('\n'));
});
