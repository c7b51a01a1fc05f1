// A table with a leading 序号 (row number) column, as Word tables often have (helper-213 #1, #2): each row is read from
// its label on. In a pipe or HTML 表三 every row was read two lines off and other rows' labels taken as values (50
// false errors, prose called wrong, the one real error missed); 表二's rows were "not in their place".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, rowValues, toCells, toHtmlRows, toSpaces, toTabs } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const base = core.analyze(example);

/**
 * The example with a first column in its 表二 and 表三 (the tables of labelled rows): `序号` (or `head`) over 1, 2, 3 …
 * (`blankGroups`: group rows left unnumbered).
 */
function numbered(text, { head = '序号', blankGroups = false, which = /信息内容|本列数据/ } = {}) {
  let n = 0, on = false;
  return text.split('\n').map((line) => {
    if (!line.startsWith('|')) { n = 0; return line; }
    if (n === 0) on = which.test(line);
    if (!on) return line;
    if (/^\|[\s:|-]+\|$/.test(line)) return `| --- ${line}`;
    if (n++ === 0) return `| ${head} ${line}`;
    const group = /^\|\s*(?:三、本年度办理结果|（三）不予公开|（四）无法提供|（五）不予处理|（六）其他处理)\s*\|/.test(line);
    return `| ${blankGroups && group ? '' : n - 1} ${line}`;
  }).join('\n');
}

test('a 序号 column in every table: read as the table without it, no finding', () => {
  for (const [name, text] of [['序号', numbered(example)], ['编号, group rows unnumbered', numbered(example, { head: '编号', blankGroups: true })], ['blank header cell', numbered(example, { head: '' })]]) {
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), base.findings.map((f) => `${f.ruleId} ${f.message}`), name);
    for (const id of ['R1', 'R2', 'R3.1', 'R3.3.2', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), `${name} ${id}`);
  }
});

test('the same as HTML rows', () => {
  const { findings, report } = core.analyze(toHtmlRows(numbered(example)));
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(rowValues(report, 't3', 'R3.1'), rowValues(base.report, 't3', 'R3.1'));
});

test('a wrong total in a numbered table is found and fixed in its cell, the number column kept', () => {
  const text = numbered(example).split('\n').map((l) => (/^\| \d+ \| （七）总计/.test(l) ? l.replace(/ 47(\s*)\|$/, ' 48$1|') : l)).join('\n');
  assert.match(text, /（七）总计.* 48\s*\|$/m);
  const found = core.analyze(text).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
  assert.ok(found.includes('sum-applicants'), found.join());
  const fixed = core.applyFixes(text, core.analyze(text).findings.filter((f) => f.ruleId === 'sum-applicants' && f.fix).flatMap((f) => f.fix.edits)).text;
  assert.match(fixed, /^\| \d+ \| （七）总计\s*\|.* 47\s*\|$/m);
  assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), []);
});

test('表二\'s rows under 序号 are in their place', () => {
  const t2 = core.analyze(numbered(example)).findings.filter((f) => f.ruleId === 'row-missing');
  assert.deepEqual(t2, []);
});

// helper-214 #1: the same table pasted one cell a line: each row's number stood on the line before its label and read
// as an eighth value of the row above (24 cell-count errors), and a group's number as its "subtotal", which --fix rewrote.
test('a 序号 column pasted one cell a line: read past, and never rewritten by a fix', () => {
  for (const [name, blankGroups] of [['every row numbered', false], ['group rows unnumbered', true]]) {
    const text = rewriteRows(numbered(example, { blankGroups }), (cells) => cells.filter(Boolean));
    assert.match(text, /^序号$/m);
    const { findings, report } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), base.findings.map((f) => f.ruleId), name);
    for (const id of ['R1', 'R3.1', 'R3.3.1', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), `${name} ${id}`);
    assert.equal(core.fixAll(text).text, text, name);
  }
});

// helper-214 #7: a blank header cell over rows numbered from 0, or with gaps (the group rows counted but unnumbered):
// 45–50 false errors, every label "不是数字".
test('a blank header cell over rows numbered from 0 or with gaps: read past', () => {
  for (const [name, renumber] of [['from 0', (n) => n - 1], ['gaps', (n) => (n % 3 === 0 ? '' : n)]]) {
    // (表三 only: 表二's parts of one or two rows numbered 0, 1 under a blank cell cannot be told from data.)
    const only3 = numbered(example, { head: '', which: /本列数据/ });
    const text = only3.replace(/^\| (\d+) \|/gm, (m, n) => `| ${renumber(Number(n))} |`);
    assert.notEqual(text, only3, name);
    const { findings, report } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), base.findings.map((f) => f.ruleId), name);
    assert.deepEqual(rowValues(report, 't3', 'R3.1'), rowValues(base.report, 't3', 'R3.1'), name);
  }
});

// helper-214 #6: the column after the label (`| 项目 | 行次 | 自然人 | … |`, as Chinese statistical forms have it): its
// numbers read as the rows' first values (29 errors, sum-subtotal adding up the row numbers). Now read past as the
// leading one is; a wrong total is still found, and fixed in its own cell.
/** The example with a column after the label in 表二 and 表三: `head` over 1, 2, 3 … (the delimiter row widened). */
function numberedAfterLabel(text, head = '行次') {
  let n = 0, on = false;
  return text.split('\n').map((line) => {
    if (!line.startsWith('|')) { n = 0; return line; }
    if (n === 0) on = /信息内容|本列数据/.test(line);
    if (!on) return line;
    const cells = line.split('|');
    cells.splice(2, 0, /^\|[\s:|-]+\|$/.test(line) ? ' --- ' : n === 0 ? ` ${head} ` : ` ${n} `);
    if (!/^\|[\s:|-]+\|$/.test(line)) n++;
    return cells.join('|');
  }).join('\n');
}

test('a 行次 or 序号 column after the label: read as the table without it, no finding; a wrong total found in its cell', () => {
  for (const head of ['行次', '序号']) {
    const text = numberedAfterLabel(example, head);
    assert.match(text, new RegExp(`^\\| （本列数据[^|]*\\| ${head} \\| 自然人`, 'm'));
    assert.match(text, /^\| 行政许可 +\| 1 \| 1520/m);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), base.findings.map((f) => `${f.ruleId} ${f.message}`), head);
    for (const id of ['R1', 'R2', 'R3.1', 'R3.3.2', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), `${head} ${id}`);
  }
  const text = numberedAfterLabel(example).split('\n').map((l) => (/^\| （七）总计/.test(l) ? l.replace(/ 47(\s*)\|$/, ' 48$1|') : l)).join('\n');
  assert.match(text, /（七）总计.* 48\s*\|$/m);
  const errors = core.analyze(text).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.some((f) => f.ruleId === 'sum-applicants'), errors.map((f) => f.ruleId).join());
  assert.ok(!errors.some((f) => f.ruleId === 'sum-subtotal' || f.ruleId === 'cell-count'), errors.map((f) => f.ruleId).join());
  const fixed = core.applyFixes(text, errors.filter((f) => f.ruleId === 'sum-applicants' && f.fix).flatMap((f) => f.fix.edits)).text;
  assert.equal(fixed, numberedAfterLabel(example));
});

// helper-214 #5, #8: 表四 with a 序号 column, as a pipe table and tab-separated (a Word copy): its sub-header and value
// rows have no label, so the number was read as a value (a pipe table was read as its first three lines, with false
// number-invalid errors and its real value row never read; the tab-separated row shifted one column: 3 false sum-review
// and 2 false prose-table errors). Read past now; a wrong 总计 is found in its cell.
/** The example's 表四 lines (header to value row) with a first column: `序号` over 1, 2, 3 (the delimiter widened). */
function t4Numbered(text, { tabs = false } = {}) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('| 行政复议'));
  let n = 0;
  for (let i = at; i < lines.length && lines[i].startsWith('|'); i++) {
    const delimiter = /^\|[\s:|-]+\|$/.test(lines[i]);
    lines[i] = delimiter ? `| --- ${lines[i]}` : `| ${n ? n : '序号'} ${lines[i]}`;
    if (!delimiter) n++;
  }
  if (!tabs) return lines.join('\n');
  // The same rows as a Word table copies them: fields between tabs, no delimiter row.
  return lines.filter((l, i) => !(i > at && /^\|[\s:|-]+\|$/.test(l)))
    .map((l, i) => (i >= at && i < at + 4 ? l.trim().slice(1, -1).split('|').map((c) => c.trim()).join('\t') : l)).join('\n');
}

test('表四 with a 序号 column, pipe or tab-separated: read as without it; a wrong 总计 is found', () => {
  for (const tabs of [false, true]) {
    const text = t4Numbered(example, { tabs });
    assert.match(text, tabs ? /^3\t2\t0\t1\t0\t3\t1/m : /^\| 3 \| 2 +\| 0/m);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), [], `tabs ${tabs}`);
    assert.deepEqual(rowValues(report, 't4', 'T4'), rowValues(base.report, 't4', 'T4'), `tabs ${tabs}`);
    // 行政复议's 总计 3 → 4: 2 + 0 + 1 + 0 is 3.
    const wrong = tabs ? text.replace(/^3\t2\t0\t1\t0\t3\t/m, '3\t2\t0\t1\t0\t4\t') : text.replace(/^(\| 3 \| 2 +\| 0 +\| 1 +\| 0 +\| )3/m, '$14');
    assert.notEqual(wrong, text);
    const errors = core.analyze(wrong).findings.filter((f) => f.severity === 'error');
    assert.deepEqual([...new Set(errors.map((f) => f.ruleId))], ['sum-review'], `tabs ${tabs}`);
    assert.match(errors[0].message, /行政复议.*3（2 \+ 0 \+ 1 \+ 0），实为 4/);
  }
});

/** The example with a last column `序号` over 1, 2, 3 … in its 表二 and 表三 (helper-219 #4). */
function numberedLast(text, values = (n) => n) {
  let n = 0, on = false;
  return text.split('\n').map((line) => {
    if (!line.startsWith('|')) { n = 0; return line; }
    if (n === 0) on = /信息内容|本列数据/.test(line);
    if (!on) return line;
    if (/^\|[\s:|-]+\|$/.test(line)) return `${line} --- |`;
    return `${line} ${n++ === 0 ? '序号' : values(n - 1)} |`;
  }).join('\n');
}

test('a 序号 column last: read as the table without it, no finding; a wrong value still found (helper-219 #4)', () => {
  const text = numberedLast(example);
  assert.match(text, /^\| 规章 +\| 0 +\| 0 +\| 0 +\| 1 \|$/m);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), base.findings.map((f) => `${f.ruleId} ${f.message}`));
  for (const id of ['R1', 'R3.1', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), id);
  const wrong = text.replace(/^(\| 行政规范性文件 +\| )3/m, '$14');
  assert.ok(core.analyze(wrong).findings.some((f) => f.ruleId === 'prose-table' && f.expected === 4 && f.actual === 3));
  // A last column of numbers that do not count the rows up is no 序号 column: its cells stay values (cell-count says so).
  const unordered = numberedLast(example, (n) => (n === 2 ? 1 : n));
  assert.ok(core.analyze(unordered).findings.some((f) => f.ruleId === 'cell-count'));
});

test('a 行次 column after the label, tab-separated, space-aligned or one cell a line: read past; a wrong total found (helper-219 #3)', () => {
  const wrongTotal = (text) => text.split('\n').map((l) => (/^\| （七）总计/.test(l) ? l.replace(/ 47(\s*)\|$/, ' 48$1|') : l)).join('\n');
  for (const [layout, to] of [['tabs', toTabs], ['spaces', toSpaces], ['one cell a line', toCells]]) {
    const text = to(numberedAfterLabel(example));
    assert.match(text, /行次/, layout);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.message}`), [], layout);
    for (const id of ['R1', 'R3.1', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), `${layout} ${id}`);
    const errors = core.analyze(to(wrongTotal(numberedAfterLabel(example)))).findings.filter((f) => f.severity === 'error');
    assert.ok(errors.some((f) => f.ruleId === 'sum-applicants' || f.ruleId === 'sum-results'), `${layout}: ${errors.map((f) => f.ruleId).join()}`);
    assert.ok(!errors.some((f) => f.ruleId === 'cell-count'), layout);
  }
});

test('表四 with a 序号 column pasted one cell a line: read as without it; a wrong 总计 is found (helper-219 #9)', () => {
  const text = toCells(t4Numbered(example));
  assert.match(text, /^序号\n行政复议\n行政诉讼\n1\n未经复议直接起诉\n复议后起诉\n2\n结果维持$/m);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.deepEqual(rowValues(report, 't4', 'T4'), rowValues(base.report, 't4', 'T4'));
  // The value row: its number 3, then 2 0 1 0 3 (行政复议); 行政复议's 总计 3 → 4.
  const wrong = text.replace(/^3\n2\n0\n1\n0\n3\n/m, '3\n2\n0\n1\n0\n4\n');
  assert.notEqual(wrong, text);
  const errors = core.analyze(wrong).findings.filter((f) => f.severity === 'error');
  assert.deepEqual([...new Set(errors.map((f) => f.ruleId))], ['sum-review']);
  assert.match(errors[0].message, /行政复议.*3（2 \+ 0 \+ 1 \+ 0），实为 4/);
});

test('an HTML 表三 in the template\'s layout (rowspan, colspan) with a 序号 column first: read as without it (helper-219 #2)', () => {
  // test/fixtures/reports/helper206-html-t3-spans.md (clean), each row given a first cell: `序号` (rowspan 3) over 1, 2, 3 ….
  const fixture = readFileSync(join(ROOT, 'test/fixtures/reports/helper206-html-t3-spans.md'), 'utf8');
  let n = 0;
  const text = fixture.split('\n').map((l) => {
    if (!l.startsWith('<tr>')) return l;
    if (l.includes('本列数据')) return l.replace('<tr>', '<tr><td rowspan="3">序号</td>');
    if (/<td( rowspan="2")?>(自然人|商业企业)/.test(l)) return l;
    return l.replace('<tr>', `<tr><td>${++n}</td>`);
  }).join('\n');
  assert.match(text, /<tr><td>5<\/td><td rowspan="8">（三）不予公开<\/td><td>1\.属于国家秘密<\/td>/);
  const fixtureFound = core.analyze(fixture);
  assert.deepEqual(fixtureFound.findings.map((f) => f.ruleId), []);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  for (const id of ['R1', 'R3.1', 'R3.3.1', 'R3.3.2', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(fixtureFound.report, 't3', id), id);
  const wrong = text.replace(/(（七）总计<\/td>(?:<td>\d+<\/td>){6})<td>47<\/td>/, '$1<td>48</td>');
  assert.notEqual(wrong, text);
  const rules = new Set(core.analyze(wrong).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
  assert.deepEqual([...rules].sort(), ['sum-applicants', 'sum-balance', 'sum-results']);
});

test('pdftotext -layout: a 序号 column after the label, rows a blank line apart under the long corner note, read past (helper-221 #7)', () => {
  // As pdftotext writes a PDF's table: the label padded to 44 columns, each number right-aligned in 14, a blank line
  // between rows, the header line opening with 表三's long note.
  const width = (c) => [...c].reduce((n, ch) => n + (/[\u3000-\uffef\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
  const pdf = (text) => rewriteRows(text, (cells) => {
    const [label, ...rest] = cells;
    return [label + ' '.repeat(Math.max(1, 44 - width(label))) + rest.map((c) => ' '.repeat(Math.max(1, 14 - width(c))) + c).join(''), ''];
  });
  for (const head of ['序号', '行次']) {
    const text = pdf(numberedAfterLabel(example, head));
    assert.match(text, new RegExp(`本列数据的勾稽关系.*） +${head} +自然人`), head);
    assert.match(text, /^一、本年新收政府信息公开申请数量 +1 +40 +3 .*\n\n二、/m, head);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), [], head);
    for (const id of ['R1', 'R3.1', 'R3.7', 'R4']) assert.deepEqual(rowValues(report, 't3', id), rowValues(base.report, 't3', id), `${head} ${id}`);
    const wrong = text.replace(/^(一、本年新收政府信息公开申请数量 +1 +40 +3 +0 +1 +2 +0 +)46$/m, '$147');
    assert.notEqual(wrong, text);
    assert.deepEqual(core.analyze(wrong).findings.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-balance'], head);
  }
});
