// 表三's group rows (（三）不予公开 … （六）其他处理) as Excel-made tables write them: with subtotals, misspelled, or with a
// row the format does not have among their rows (brk85, a fresh user's findings #1–#3 and #8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toTabs, toSpaces } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const GROUPS = ['R3.3', 'R3.4', 'R3.5', 'R3.6'];

/** The correct example with each group row carrying the subtotal of its rows (what Excel-made tables print). */
function withSubtotals(text = CORRECT) {
  const t3 = core.parseReport(text).tables.t3;
  let out = text;
  for (const g of GROUPS) {
    const group = t3.rows.find((r) => r.id === g);
    const sums = [0, 1, 2, 3, 4, 5, 6].map((i) => t3.rows.filter((r) => r.id.startsWith(g + '.')).reduce((a, r) => a + r.cells[i].value, 0));
    out = out.replace(new RegExp(`^\\| ${group.label} +(\\| +)+\\|$`, 'm'), `| ${group.label} | ${sums.join(' | ')} |`);
  }
  return out;
}
const deleteRow = (text, label) => text.split('\n').filter((l) => !l.startsWith(`| ${label} `) && !l.startsWith(`${label}\t`) && !l.startsWith(`${label}    `)).join('\n');
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('brk85 #1: a row deleted from a group whose row carries a subtotal is row-missing, not rows read one place off (pipe, tab and space layouts)', () => {
  const full = withSubtotals();
  assert.deepEqual(ruleIds(full), [], 'the table with right subtotals is clean');
  for (const [layout, write] of [['pipe', (t) => t], ['tabs', toTabs], ['spaces', toSpaces]]) {
    for (const label of ['2.重复申请', '1.信访举报投诉类申请', '2.没有现成信息需要另行制作']) {
      const text = deleteRow(write(full), label);
      assert.notEqual(text, write(full), `${layout}: ${label} deleted`);
      const { report, findings } = core.analyze(text);
      const missing = findings.filter((f) => f.ruleId === 'row-missing');
      assert.deepEqual(missing.map((f) => f.data.row), [report.tables.t3.rows.find((r) => r.label === label).id], `${layout}, ${label}: ${findings.map((f) => f.ruleId + ' ' + f.message).join('\n')}`);
      // No row read in another's place, no sum that counts the group's subtotal as a result, no subtotal said wrong for
      // the row that is missing.
      assert.deepEqual(findings.filter((f) => f.ruleId !== 'row-missing').map((f) => f.ruleId), [], `${layout}, ${label}`);
    }
  }
});

test('brk85 #1: the subtotal row is still checked when its rows are all there, and read as the group\'s', () => {
  const text = withSubtotals().replace(/^\| （五）不予处理 \| 2 \| 0 \| 0 \| 0 \| 1 \| 0 \| 3 \|$/m, '| （五）不予处理 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['sum-subtotal', 'sum-subtotal']);
  assert.deepEqual(report.tables.t3.rows.find((r) => r.id === 'R3.5').subtotals.map((c) => c.value), [3, 0, 0, 0, 1, 0, 4]);
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.5.1').match.kind, 'exact');
});

test('brk85 #3: a misspelled group label is row-label\'s, with a fix, blank or with subtotals; its subtotal is still checked', () => {
  for (const base of [CORRECT, withSubtotals()]) {
    for (const [from, to] of [['（三）不予公开', '（三）不公开'], ['（五）不予处理', '（五）不予受理'], ['（四）无法提供', '（四）无发提供']]) {
      const text = base.replace(`| ${from} `, `| ${to} `);
      assert.notEqual(text, base);
      const { findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['row-label'], to);
      const [f] = findings;
      assert.match(f.message, new RegExp(`“${to}”.*应为“${from}”`));
      assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), to);
      // The fix writes the template label back (padded to its column where the table is aligned), nothing else.
      const fixed = core.fixAll(text).text;
      const changed = fixed.split('\n').filter((l, i) => l !== base.split('\n')[i]);
      assert.ok(changed.every((l) => l.replace(/ +/g, ' ') === base.split('\n').find((b) => b.startsWith(`| ${from} `)).replace(/ +/g, ' ')), changed.join('\n'));
      assert.deepEqual(ruleIds(fixed), []);
    }
  }
  // A wrong subtotal under a misspelled label is found too.
  const text = withSubtotals().replace('| （三）不予公开 | 6 |', '| （三）不公开 | 9 |');
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['row-label', 'sum-subtotal']);
  assert.match(found.find((f) => f.ruleId === 'sum-subtotal').message, /“自然人”列应为 6（其下 8 行之和），实为 9/);
});

test('brk85 #3: words glued after a group label are said without a fix; the group is still read', () => {
  const text = withSubtotals().replace('| （四）无法提供 |', '| （四）无法提供信息 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => [f.ruleId, !!f.fix]), [['row-label', false]]);
  assert.match(findings[0].message, /“（四）无法提供信息”在格式标签“（四）无法提供”之后多了“信息”/);
  assert.deepEqual(report.tables.t3.rows.find((r) => r.id === 'R3.4').subtotals.map((c) => c.value), [6, 1, 0, 0, 0, 0, 7]);
  // A bracketed note is the template's tolerated remark: no finding.
  assert.deepEqual(ruleIds(withSubtotals().replace('| （四）无法提供 |', '| （四）无法提供（含转办） |')), []);
});

test('brk85 #2: a row the format does not have, with numbers, among 表三\'s rows is said (its numbers are in no sum)', () => {
  for (const base of [CORRECT, withSubtotals()]) {
    const text = base.replace(/^(\| 2\.重复申请 .*)$/m, '$1\n| 6.其他不予处理情形 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, !!f.fix]), [['row-label', 'warning', false]]);
    assert.match(findings[0].message, /表三中的“6\.其他不予处理情形”行（写在“2\.重复申请”之后）不是格式规定的行/);
    assert.equal(findings[0].range.start.line, text.split('\n').findIndex((l) => l.startsWith('| 6.其他不予处理情形')));
  }
  // A row of the format misspelled is the row, not an extra one; a note row without numbers is no row.
  assert.deepEqual(ruleIds(CORRECT.replace('| 2.重复申请 ', '| 2.重复申情 ')), ['row-label']);
  assert.deepEqual(ruleIds(CORRECT.replace(/^(\| 2\.重复申请 .*)$/m, '$1\n| 注：含转办件 |  |  |  |  |  |  |  |')), []);
});

test('brk85 #8: a column note naming several rows says "rows … have"', () => {
  // Two result rows each one value short: the sums over them are unsure, and the note names both.
  const text = CORRECT.replace(/^\| 1\.本机关不掌握相关政府信息( +\| +\d+){7} +\|$/m, '| 1.本机关不掌握相关政府信息 | 5 | 1 | 0 | 0 | 0 | 6 |')
    .replace(/^\| 2\.没有现成信息需要另行制作( +\| +\d+){7} +\|$/m, '| 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 1 |');
  const en = core.analyze(text, { locale: 'en' }).findings.map((f) => f.message).filter((m) => m.includes('more or fewer values'));
  assert.ok(en.length, 'a sum over the short rows notes them');
  for (const m of en) assert.match(m, /\(rows “1\.本机关不掌握相关政府信息”, “2\.没有现成信息需要另行制作” have more or fewer values than the template, so their numbers/);
});
