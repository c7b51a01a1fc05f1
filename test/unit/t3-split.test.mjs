// 表三 printed as two tables one under the other (test/fixtures/t3-split, made from the corpus report
// kiro_shuyang-fgj_2023 as a PDF or Word export prints a table too wide for the page): the first table has the label
// columns and 自然人 · 商业企业 · 科研机构, the second (after a `（续表）` caption repeating the labels, or after a page
// number with the values alone) 社会公益组织 · 法律服务机构 · 其他 · 总计. It is read as one 表三: the same rows
// as the whole table, every cell's range in the half that holds it, sums checked and fixed across both halves.
// Halves whose rows do not line up are one table-unreadable note, not a cell-count error per row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues, slice } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/t3-split');
const read = (name) => readFileSync(join(DIR, name), 'utf8');
const WHOLE = read('whole.md');
const SPLITS = ['split-continued-labels.md', 'split-bare-columns.md'];
const rules = (findings) => findings.map((f) => f.ruleId).sort();
/** The line of `text` that starts with `prefix`, the `n`th such line (0-based). */
const lineOf = (text, prefix, n) => text.split('\n').map((l, i) => (l.startsWith(prefix) ? i : -1)).filter((i) => i >= 0)[n];

for (const name of SPLITS) {
  test(`${name}: read as the whole 表三, the same findings, no cell-count`, () => {
    const text = read(name);
    const whole = core.analyze(WHOLE), split = core.analyze(text);
    const t = split.report.tables.t3;
    assert.equal(t.broken, undefined);
    assert.ok(t.split, 'marked split');
    for (const r of whole.report.tables.t3.rows) assert.deepEqual(rowValues(split.report, 't3', r.id), rowValues(whole.report, 't3', r.id), r.id);
    assert.deepEqual(rules(split.findings), rules(whole.findings));
    assert.ok(!split.findings.some((f) => f.ruleId === 'cell-count'));
    // 总计 of 新收 is the cell in the second table.
    const total = t.rows.find((r) => r.id === 'R1').cells[6];
    assert.ok(total.range.start.line > lineOf(text, '| 法人或其他组织 | 总计 |', 0), 'in the second table');
    assert.equal(slice(split.report, total.range), '26');
  });
}

test('a wrong 总计 in the second half is found after the join, and --fix writes the right cell there', () => {
  const text = read('split-continued-labels.md');
  const wrong = edit(text, '| 三、本年度办理结果 | （一）予以公开 | 0 | 1 | 0 | 19 |', '| 三、本年度办理结果 | （一）予以公开 | 0 | 1 | 0 | 18 |');
  const { report, findings } = core.analyze(wrong);
  const line = lineOf(wrong, '| 三、本年度办理结果 | （一）予以公开', 1);
  const sums = findings.filter((f) => f.ruleId.startsWith('sum-'));
  assert.ok(sums.length > 0, 'a sum finding');
  assert.ok(sums.some((f) => f.range.start.line === line && slice(report, f.range) === '18'), sums.map((f) => f.message).join('\n'));
  const fixed = core.fixAll(wrong).text;
  assert.equal(fixed, core.fixAll(text).text, 'the 18 becomes 19, nothing else of 表三 changes');
  assert.notEqual(fixed.split('\n')[line], wrong.split('\n')[line]);
});

test('a wrong number in the first half is found across the join (the row total is in the second half)', () => {
  const text = read('split-bare-columns.md');
  const wrong = edit(text, '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 1 |', '| 一、本年新收政府信息公开申请数量 | 20 | 4 | 1 |');
  const { findings } = core.analyze(wrong);
  assert.ok(findings.some((f) => f.ruleId === 'sum-applicants'), findings.map((f) => f.ruleId).join(','));
});

test('halves whose rows do not line up: one table-unreadable note saying the table is split, no cell-count errors', () => {
  const text = read('split-continued-labels.md');
  const cut = edit(text, '| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 |\n', '');
  const { report, findings } = core.analyze(cut);
  assert.match(report.tables.t3.broken.zh, /分成上下两张表/);
  assert.deepEqual(findings.filter((f) => ['table-unreadable', 'cell-count', 'sum-applicants', 'sum-results', 'row-missing'].includes(f.ruleId)).map((f) => f.ruleId), ['table-unreadable']);
});

test('a row missing from both halves: row-missing without a fix, saying the table is split', () => {
  const text = read('split-continued-labels.md');
  const cut = edit(edit(text, '| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 |\n', ''), '| 5.属于三类内部事务信息 | 0 | 0 | 0 |\n', '');
  const { report, findings } = core.analyze(cut);
  assert.equal(report.tables.t3.broken, undefined);
  const missing = findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /5\.属于三类内部事务信息/);
  assert.match(missing[0].message, /分成了上下两张表/);
  assert.equal(missing[0].fix, undefined);
  assert.ok(!findings.some((f) => f.ruleId === 'cell-count'));
});

test('a second half without labels whose group rows are rows of empty cells (`|  |  |  |`) lines up with the first half: read, and a wrong 总计 in it found (breaker11)', () => {
  const correct = readFileSync(join(ROOT, 'test/fixtures/t3-split/split-bare-blank-rows.md'), 'utf8');
  assert.deepEqual(core.analyze(correct).findings.map((f) => f.ruleId), [], 'the correct split report is clean');
  const wrong = correct.replace('| 2 | 0 | 46 |', '| 2 | 0 | 47 |');
  assert.notEqual(wrong, correct);
  const found = core.analyze(wrong).findings.filter((f) => f.ruleId === 'sum-applicants');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line + 1, 96, 'on the 总计 cell in the second half');
  assert.ok(core.fixAll(wrong).text.includes('| 2 | 0 | 46'), 'the fix writes 46 in the second half');
});
