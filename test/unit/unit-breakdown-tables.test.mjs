// A 系统 report's per-unit tables (brk144 #5): a 表三 of one school after the system's own, under the school's name,
// and a sub-unit table of 行政许可/行政处罚 under 表二 (`其中，下属单位情况：`) are breakdowns, not the report's table
// pasted again: no table-repeated "delete the extra table", no row-duplicate "delete the other row". The unit's
// table still has its own arithmetic checked; a pasted second copy of 表三 (a revised one, the report twice) is
// still table-repeated, and a row of 表二 really written twice still row-duplicate.
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').replaceAll('某某市某某局', '某某县教育系统');
const S3 = CORRECT.indexOf('## 三、'), S4 = CORRECT.indexOf('## 四、');
/** 表三's lines as the report writes them. */
const T3 = CORRECT.slice(S3, S4).slice(CORRECT.slice(S3, S4).indexOf('\n|') + 1).trim();
/** The report with `added` written at the end of section 三 (after 表三). */
const afterT3 = (added) => CORRECT.slice(0, S4) + added + '\n\n' + CORRECT.slice(S4);
const ids = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);
/** 表三 with the 自然人 cell of （一）予以公开 changed from 21 to 25 (its row and column no longer add up). */
const T3_OFF = T3.replace(/(\| （一）予以公开 +\| )21( )/, '$125$2');

test('per-school 表三 under the schools\' names after the system\'s own: no table-repeated; a school table\'s sums are still checked', () => {
  assert.notEqual(T3_OFF, T3);
  const text = afterT3(`（一）某某县第一中学\n\n${T3}\n\n（二）某某县实验小学\n\n${T3_OFF}`);
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'table-repeated').map((f) => f.message), []);
  // The second school's table: its own wrong sums are found, in its lines.
  const school2 = text.split('\n').findIndex((l) => l.includes('某某县实验小学'));
  const sums = findings.filter((f) => /^sum-/.test(f.ruleId));
  assert.ok(sums.length >= 2, sums.map((f) => f.ruleId).join());
  assert.ok(sums.every((f) => f.range.start.line > school2));
  // Other captions of a breakdown: 分单位, 各单位, a unit's name with 情况 and a colon.
  for (const caption of ['分单位情况如下：', '各单位收到和处理政府信息公开申请情况', '2.某某县人民医院情况：', '下属单位：某某县第一中学']) {
    assert.deepEqual(ids(afterT3(`${caption}\n\n${T3_OFF}`), 'table-repeated').map((f) => f.message), [], caption);
  }
});

test('a second copy of 表三 that is no unit\'s is still table-repeated (revised table, no caption, the report pasted twice)', () => {
  for (const caption of ['更正后的表三：', '', '三、收到和处理政府信息公开申请情况（修订）']) {
    const text = afterT3(`${caption}\n\n${T3_OFF}`);
    assert.equal(ids(text, 'table-repeated').length, 1, JSON.stringify(caption));
  }
  const twice = CORRECT + '\n' + CORRECT;
  assert.ok(ids(twice, 'table-repeated').some((f) => f.data.table === 't3'));
  // Under the school's name both times: the second is that table again, not a breakdown.
  const same = afterT3(`（一）某某县第一中学\n\n${T3}\n\n（一）某某县第一中学\n\n${T3_OFF}`);
  assert.equal(ids(same, 'table-repeated').length, 1);
});

const T2_END = CORRECT.indexOf('| 行政事业性收费 | 12.5                       |') + '| 行政事业性收费 | 12.5                       |'.length;
const afterT2 = (added) => CORRECT.slice(0, T2_END) + '\n\n' + added + CORRECT.slice(T2_END);
const SUB_UNITS = '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 20 |\n| 行政处罚 | 6 |';

test('a sub-unit table of 行政许可/行政处罚 under 表二 is no row written twice; 表二 keeps its own rows', () => {
  for (const caption of ['其中，下属单位情况：', '（一）某某县第一中学', '各单位行政许可、行政处罚情况：']) {
    const text = afterT2(`${caption}\n\n${SUB_UNITS}`);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'row-duplicate').map((f) => f.message), [], caption);
    const row = (label) => report.tables.t2.rows.find((r) => r.label === label);
    assert.equal(row('行政许可').cells[0].value, 1520, caption);
    assert.equal(row('行政处罚').cells[0].value, 86, caption);
    assert.equal(row('行政事业性收费').cells[0].value, 12.5, caption);
    assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), [], caption);
  }
});

test('表二: a row really written twice is still row-duplicate; a note naming 下属单位 before rows of its own does not cut the table', () => {
  // No caption: the rows under （八） are 表二's again.
  assert.equal(ids(afterT2(SUB_UNITS), 'row-duplicate').length, 2);
  // A note between two items, with new rows under it: 表二 goes on.
  const note = CORRECT.replace('第二十条第（八）项', '注：本表数据含下属单位。\n\n第二十条第（八）项');
  const { report, findings } = core.analyze(note);
  assert.equal(report.tables.t2.rows.find((r) => r.label === '行政事业性收费').cells[0].value, 12.5);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
});
