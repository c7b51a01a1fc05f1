// 表三 from a fresh user's try (brk85 #4–#7): a `||` row end in a table pasted one cell a line, a header that lacks a
// column in the middle, a table with group subtotals converted to a pipe table, and a table pasted twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, toTabs, toSpaces } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const SEED1 = readFileSync(join(CORPUS, 'seeds', '001_417062a3286660b0.txt'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('brk85 #4: a row one number short before its `||` row end is cell-count, not a blank 总计 whose fix writes `0||`', () => {
  const lines = SEED1.split('\n');
  const at = lines.findIndex((l) => l.startsWith('3.补正后申请内容仍不明确'));
  assert.ok(at > 0 && lines[at + 8] === '||', 'seven values and the row end under the label');
  const short = [...lines.slice(0, at + 1), ...lines.slice(at + 2)].join('\n');
  const { report, findings } = core.analyze(short);
  const row = report.tables.t3.rows.find((r) => r.label === '3.补正后申请内容仍不明确');
  assert.equal(row.cellCount, 6);
  const mine = findings.filter((f) => f.data?.row === row.id || f.range.start.line === at + 7);
  assert.deepEqual(mine.map((f) => [f.ruleId, !!f.fix]), [['cell-count', false]]);
  // No fix of the whole text writes into a `||` line.
  assert.ok(!core.fixAll(short).text.split('\n').some((l) => /[^|\s]\|\|$/.test(l)));
  // The seed as it is reads every row whole, as before.
  assert.ok(core.parseReport(SEED1).tables.t3.rows.every((r) => r.cellCount === r.cells.length));
});

test('brk85 #5: a 表三 header without 其他 is said naming it, and the fix writes it between 法律服务机构 and 总计', () => {
  for (const [missing, between] of [['其他', /“法律服务机构”与“总计”之间/], ['自然人', /“商业企业”之前/], ['总计', /“其他”之后/]]) {
    const text = CORRECT.replace(new RegExp(`^(\\| （本列数据.*)\\| ${missing} +\\|`, 'm'), '$1|');
    assert.notEqual(text, CORRECT, missing);
    const { findings } = core.analyze(text);
    const [f] = findings.filter((x) => x.ruleId === 'table-header-width');
    assert.ok(f, `${missing}: ${findings.map((x) => x.ruleId)}`);
    assert.match(f.message, new RegExp(`表头缺少“${missing}”列（应在`));
    assert.match(f.message, between);
    const fixed = core.fixAll(text).text;
    const header = fixed.split('\n').find((l) => l.startsWith('| （本列数据'));
    assert.deepEqual(header.split('|').slice(2, -1).map((c) => c.trim()), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    assert.deepEqual(ids(fixed), []);
  }
});

test('brk85 #6: 表三 with subtotals in its group rows, pasted with tabs or spaces, is converted with them', () => {
  const withSub = CORRECT.replace(/^\| （三）不予公开 +(\| +)+\|$/m, '| （三）不予公开 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |');
  assert.notEqual(withSub, CORRECT);
  for (const pasted of [toTabs(withSub), toSpaces(withSub)]) {
    const report = core.parseReport(pasted);
    assert.deepEqual(report.tables.t3.rows.find((r) => r.id === 'R3.3').subtotals.map((c) => c.value), [6, 0, 0, 0, 0, 0, 6]);
    const edit = core.convertTableEdit(report, 't3');
    assert.ok(edit, `converted from ${report.tables.t3.layout}`);
    const converted = core.applyFixes(pasted, [edit]).text;
    assert.match(converted, /^\| （三）不予公开 +\| 6 +\| 0 +\| 0 +\| 0 +\| 0 +\| 0 +\| 6 +\|$/m);
    const again = core.parseReport(converted);
    assert.equal(again.tables.t3.layout, 'pipe');
    assert.deepEqual(again.tables.t3.rows.map((r) => [r.id, r.cells.map((c) => c?.value), r.subtotals?.map((c) => c?.value)]), report.tables.t3.rows.map((r) => [r.id, r.cells.map((c) => c?.value), r.subtotals?.map((c) => c?.value)]));
  }
});

test('brk85 #7: 表三 pasted twice, one under the other, is one table-repeated, not a row-duplicate per row', () => {
  const lines = CORRECT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let end = start;
  while (lines[end + 1]?.startsWith('|')) end++;
  const twice = [...lines.slice(0, end + 1), ...lines.slice(start, end + 1), ...lines.slice(end + 1)].join('\n');
  assert.deepEqual(ids(twice), ['table-repeated']);
  // A single row written twice is still row-duplicate's, with its fix.
  const row = CORRECT.replace(/^(\| 2\.重复申请 .*)$/m, '$1\n$1');
  const found = core.analyze(row).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, !!f.fix]), [['row-duplicate', true]]);
});
