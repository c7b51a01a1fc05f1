// 表三 whose results stand in another order than the template's (breaker16 item 2; test/fixtures/t3-row-order:
// in-order.md is a clean 2024 report, groups-moved.md the same with the （四）无法提供 block, its group label and
// its rows 1.–3., put before （三）不予公开). The numbered rows `1.` `2.` `3.` repeat under several groups, so they
// are read under their own group's label, wherever the table puts the group: no row is reported missing, every
// value is read, the sums are checked, and no fix inserts a row the table already has; row-order says once that the
// order is not the template's (its fix moves the rows back).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/t3-row-order');
const IN_ORDER = readFileSync(join(DIR, 'in-order.md'), 'utf8');
const MOVED = readFileSync(join(DIR, 'groups-moved.md'), 'utf8');
const rules = (findings) => findings.map((f) => f.ruleId).sort();
const t3Ids = (report) => report.tables.t3.rows.map((r) => r.id);

/** The lines of 表三's pipe rows in `text` (from its header to 四、结转下年度继续办理) and where they start. */
function t3Lines(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const end = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理')) + 1;
  return { lines, start, end };
}

/** `text` with the rows of 表三's results in the order of `ordinals` (`['（五）', '（三）', …]`, groups with their rows). */
function reorder(text, ordinals) {
  const { lines, start, end } = t3Lines(text);
  const at = (o) => lines.findIndex((l, i) => i >= start && i < end && l.startsWith(`| ${o}`));
  const firsts = ['（三）', '（四）', '（五）', '（六）', '（七）'].map(at);
  const blocks = Object.fromEntries(['（三）', '（四）', '（五）', '（六）'].map((o, k) => [o, lines.slice(firsts[k], firsts[k + 1])]));
  return [...lines.slice(0, firsts[0]), ...ordinals.flatMap((o) => blocks[o]), ...lines.slice(firsts[4])].join('\n');
}

/** `text` with 表三's pipe rows written in another layout: `tab` (web copy), `html` (one `<tr>` a line), `spaces` (pdftotext). */
function relayout(text, layout) {
  const { lines, start, end } = t3Lines(text);
  const rows = lines.slice(start, end).filter((l) => !/^\|\s*---/.test(l)).map((l) => l.replace(/^\|\s*|\s*\|\s*$/g, '').split(/\s*\|\s*/));
  const out = layout === 'html'
    ? ['<table>', ...rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>']
    : rows.map((cells) => cells.filter((c, k) => k === 0 || c !== '').join(layout === 'tab' ? '\t' : '    '));
  return [...lines.slice(0, start), ...out, ...lines.slice(end)].join('\n');
}

function assertSameReading(text, reference, what) {
  const a = core.analyze(text), b = core.analyze(reference);
  assert.deepEqual(t3Ids(a.report), t3Ids(b.report), what);
  for (const id of t3Ids(b.report)) assert.deepEqual(rowValues(a.report, 't3', id), rowValues(b.report, 't3', id), `${what}: ${id}`);
  // The same findings, and row-order's one note that the rows are in another order than the template's.
  const others = (findings) => rules(findings.filter((f) => f.ruleId !== 'row-order'));
  assert.deepEqual(others(a.findings), others(b.findings), `${what}: ${a.findings.map((f) => f.message).join('\n')}`);
  assert.equal(b.findings.filter((f) => f.ruleId === 'row-order').length, 0, what);
  assert.equal(a.findings.filter((f) => f.ruleId === 'row-order').length, 1, what);
  return a;
}

test('（四）无法提供 before （三）不予公开: no row missing, every row read with its own values, only the order said', () => {
  const { report, findings } = assertSameReading(MOVED, IN_ORDER, 'groups-moved');
  assert.deepEqual(rules(findings), ['row-order']);
  const t = report.tables.t3;
  const byId = (id) => t.rows.find((r) => r.id === id);
  for (const id of ['R3.4.1', 'R3.4.2', 'R3.4.3']) assert.notEqual(byId(id).match.kind, 'absent', id);
  // 1.本机关不掌握相关政府信息 is read on its own line (above （三）), with its 7 applications.
  const line = MOVED.split('\n').findIndex((l) => l.startsWith('| 1.本机关不掌握相关政府信息'));
  assert.equal(byId('R3.4.1').cells[6].range.start.line, line);
  assert.deepEqual(rowValues(report, 't3', 'R3.4.1'), [6, 1, 0, 0, 0, 0, 7]);
  assert.deepEqual(t.rowOrder.join(' '), 'R1 R2 R3 R3.1 R3.2 R3.4 R3.4.1 R3.4.2 R3.4.3 R3.3 R3.3.1 R3.3.2 R3.3.3 R3.3.4 R3.3.5 R3.3.6 R3.3.7 R3.3.8 R3.5 R3.5.1 R3.5.2 R3.5.3 R3.5.4 R3.5.5 R3.6 R3.6.1 R3.6.2 R3.6.3 R3.7 R4');
  assert.equal(core.analyze(IN_ORDER).report.tables.t3.rowOrder, undefined);
  // No row inserted: the one fix moves the group back into the template's order.
  assert.equal(core.fixAll(MOVED).text, IN_ORDER);
});

test('a wrong number in a moved row breaks the sums as it does in place', () => {
  const from = '| 1.本机关不掌握相关政府信息 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |', to = '| 1.本机关不掌握相关政府信息 | 6 | 1 | 0 | 0 | 0 | 0 | 9 |';
  const { findings } = assertSameReading(edit(MOVED, from, to), edit(IN_ORDER, from, to), 'wrong 总计');
  assert.ok(findings.some((f) => f.ruleId === 'sum-applicants'), rules(findings).join(','));
  assert.ok(findings.some((f) => f.ruleId === 'sum-results'), rules(findings).join(','));
});

test('other orders, and groups renumbered in their new order, are read the same', () => {
  for (const order of [['（五）', '（三）', '（四）', '（六）'], ['（六）', '（三）', '（四）', '（五）'], ['（六）', '（五）', '（四）', '（三）']]) {
    assertSameReading(reorder(IN_ORDER, order), IN_ORDER, order.join(''));
  }
  const renumbered = edit(edit(MOVED, '| （四）无法提供 |', '| （三）无法提供 |'), '| （三）不予公开 |', '| （四）不予公开 |');
  assertSameReading(renumbered, IN_ORDER, 'renumbered');
});

/** `text` with its two lines that start with `a` and `b` swapped. */
function swapLines(text, a, b) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(a)), j = lines.findIndex((l) => l.startsWith(b));
  [lines[i], lines[j]] = [lines[j], lines[i]];
  return lines.join('\n');
}

test('two rows of one level swapped (二、 before 一、, 5. before 4., （二） before （一）) are read by their labels', () => {
  for (const [a, b] of [['| 一、本年新收', '| 二、上年结转'], ['| 4.保护第三方', '| 5.属于三类'], ['| （一）予以公开', '| （二）部分公开']]) {
    const { report } = assertSameReading(swapLines(IN_ORDER, a, b), IN_ORDER, `${a} ↔ ${b}`);
    assert.ok(report.tables.t3.rowOrder, a);
  }
});

test('in HTML, tab-separated and space-aligned tables too', () => {
  for (const layout of ['html', 'tab', 'spaces']) {
    const a = assertSameReading(relayout(MOVED, layout), relayout(IN_ORDER, layout), layout);
    assert.ok(a.report.tables.t3.rowOrder, layout);
  }
});

test('2019\'s one row （六）其他处理 put first is read as that row', () => {
  const single = (text) => edit(text, [
    '| （六）其他处理 |  |  |  |  |  |  |  |',
    '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 1 | 2 |',
    '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  ].join('\n'), '| （六）其他处理 | 2 | 0 | 0 | 0 | 0 | 1 | 3 |');
  const inOrder = single(IN_ORDER);
  const moved = reorder(inOrder, ['（六）', '（三）', '（四）', '（五）']);
  const { report } = assertSameReading(moved, inOrder, '（六） first');
  assert.equal(report.tables.t3.otherHandlingLayout, 'single');
  assert.deepEqual(rowValues(report, 't3', 'R3.6'), [2, 0, 0, 0, 0, 1, 3]);
});

test('a row missing from a moved group is inserted under its own group, once', () => {
  const row = '| 1.本机关不掌握相关政府信息 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n';
  const text = edit(MOVED, row, '');
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(missing.length, 1, missing.map((f) => f.message).join('\n'));
  assert.match(missing[0].message, /应在“（四）无法提供”之后/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('1.本机关不掌握相关政府信息').length, 2, 'one row of that label');
  const lines = fixed.split('\n');
  const at = lines.findIndex((l) => l.includes('1.本机关不掌握相关政府信息'));
  assert.ok(lines[at - 1].startsWith('| （四）无法提供'), lines.slice(at - 2, at + 2).join('\n'));
});

test('a row put under another group, the groups moved too, is read by its label; the fix writes it once, in its place', () => {
  const row = '| 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n';
  const text = edit(edit(MOVED, row, ''), '| 2.重复申请 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |\n', `| 2.重复申请 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |\n${row}`);
  const { report } = assertSameReading(text, IN_ORDER, 'row under （五）');
  const line = text.split('\n').findIndex((l) => l.startsWith('| 2.没有现成信息需要另行制作'));
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.4.2').match.range.start.line, line);
  assert.equal(core.fixAll(text).text, IN_ORDER);
});

test('a row run together with the row above on one line is said so, and no fix writes it a second time', () => {
  const text = edit(IN_ORDER, '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 2.其他法律', '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 || 2.其他法律');
  const line = text.split('\n').findIndex((l) => l.startsWith('| 1.属于国家秘密'));
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].fix, undefined);
  assert.equal(found[0].message, `表三的“2.其他法律行政法规禁止公开”行与“1.属于国家秘密”行写在了同一行（第 ${line + 1} 行），未能读取它的数；请把它另起一行。未自动修改。`);
  assert.equal(core.fixAll(text).text.split('2.其他法律行政法规禁止公开').length, 2, 'still one row of that label');
});
