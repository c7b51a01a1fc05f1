// brk88 #1: a 表三 row with its exact label written elsewhere in the table is read by its label, wherever it stands.
// `四、结转下年度继续办理` moved up under `二、上年结转…` ended the table there (the table was read down to that row), so
// the 22 rows below it were each "not at its place in the format" (row-missing errors) and the row moved was never
// named; `二、上年结转…` moved to the end and `（七）总计` put after `四、…` were errors "未能按格式读取它的数" too. Now each
// is one row-order note naming the row moved, every number is read and checked as in place, and the fix moves the
// row back. The same for any data row of the template put anywhere in the table (under another group too), in every
// layout real reports come in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, rowValues } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const FIRST = LINES.findIndex((l) => l.startsWith('| 一、本年新收'));
const LAST = LINES.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
/** 表三's rows of the example as written (from `一、…` to `四、…`). */
const ROWS = LINES.slice(FIRST, LAST + 1);
const rowAt = (label) => {
  const k = ROWS.findIndex((r) => r.startsWith(`| ${label}`));
  assert.ok(k >= 0, label);
  return k;
};
const REFERENCE = core.analyze(CORRECT).report;
const IDS = REFERENCE.tables.t3.rows.map((r) => r.id);

/** The example with 表三's row `label` taken out and put before the row `target` (null: after the last row). */
function moved(label, target) {
  const k = rowAt(label);
  const rest = [...ROWS.slice(0, k), ...ROWS.slice(k + 1)];
  const at = target === null ? rest.length : rest.findIndex((r) => r.startsWith(`| ${target}`));
  assert.ok(at >= 0, target);
  const rows = [...rest.slice(0, at), ROWS[k], ...rest.slice(at)];
  return [...LINES.slice(0, FIRST), ...rows, ...LINES.slice(LAST + 1)].join('\n');
}

/** Asserts that `text` (the example with one row of 表三 moved, in a layout) reads as `reference` with one row-order note naming `label`. */
function assertReadByLabel(text, reference, label, what) {
  const a = core.analyze(text), b = core.analyze(reference);
  for (const id of IDS) assert.deepEqual(rowValues(a.report, 't3', id), rowValues(b.report, 't3', id), `${what}: ${id}`);
  assert.deepEqual(a.findings.map((f) => `${f.ruleId} ${f.severity}`), ['row-order info'], `${what}:\n${a.findings.map((f) => f.message).join('\n')}`);
  const [f] = a.findings;
  assert.ok(text.split('\n')[f.range.start.line].includes(label), `${what}: the finding is on the row moved`);
  assert.ok(f.message.startsWith(`表三的行顺序与格式不同：“${label}”（第 ${f.range.start.line + 1} 行）按格式应在`), `${what}: ${f.message}`);
  return f;
}

const CASES = [
  ['四、结转下年度继续办理 moved up under 二、上年结转… (05)', '四、结转下年度继续办理', '三、本年度办理结果', '“（七）总计”（第 90 行）之后'],
  ['二、上年结转… moved to the end (05b)', '二、上年结转政府信息公开申请数量', null, '“一、本年新收政府信息公开申请数量”（第 61 行）之后'],
  ['（七）总计 after 四、… (05c)', '（七）总计', null, '“3.其他”（第 88 行）之后'],
];

for (const [what, label, at, where] of CASES) {
  test(`brk88 #1: ${what}: one row-order note naming it, every number read; the fix moves it back and the report checks clean`, () => {
    const text = moved(label, at);
    const f = assertReadByLabel(text, CORRECT, label, what);
    assert.ok(f.message.includes(`按格式应在${where}`), f.message);
    assert.ok(core.analyze(text).report.tables.t3.range.end.line >= LAST, 'the table reads down to its last row');
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, CORRECT);
    assert.deepEqual(core.analyze(fixed).findings, []);
  });
}

test('brk88 #1: the same in every layout (one cell a line, tabs, space-aligned, HTML rows); the fix where the layout allows one', () => {
  for (const [layout, write] of Object.entries(REPORT_LAYOUTS)) {
    for (const [what, label, at] of CASES) {
      const text = write(moved(label, at));
      assertReadByLabel(text, write(CORRECT), label, `${layout}: ${what}`);
      // HTML rows are not moved (row-order has no fix there); every other layout's rows are.
      assert.equal(core.fixAll(text).text, layout === 'HTML rows' ? text : write(CORRECT), `${layout}: ${what}`);
    }
  }
});

test('brk88 #1: 四、… put first, and 三、本年度办理结果 with its rows put above 一、…, in a table one cell a line (longer than the lines looked at around its first row)', () => {
  for (const write of [REPORT_LAYOUTS['one cell a line'], REPORT_LAYOUTS['one cell a line, ` |`']]) {
    assertReadByLabel(write(moved('四、结转下年度继续办理', '一、本年新收')), write(CORRECT), '四、结转下年度继续办理', '四、 first');
    assert.equal(core.fixAll(write(moved('四、结转下年度继续办理', '一、本年新收'))).text, write(CORRECT));
    const results = ROWS.slice(rowAt('三、本年度办理结果'), rowAt('四、结转下年度继续办理'));
    const text = write([...LINES.slice(0, FIRST), ...results, ...ROWS.filter((r) => !results.includes(r)), ...LINES.slice(LAST + 1)].join('\n'));
    assertReadByLabel(text, write(CORRECT), '一、本年新收政府信息公开申请数量', '三、 first');
    assert.equal(core.fixAll(text).text, write(CORRECT), 'the group labels\' blank cells (` |` lines) move with them');
  }
});

test('brk88 #1: 四、… put first in a space-aligned table is a row, not section 四\'s heading', () => {
  const text = REPORT_LAYOUTS['space-aligned'](moved('四、结转下年度继续办理', '一、本年新收'));
  assertReadByLabel(text, REPORT_LAYOUTS['space-aligned'](CORRECT), '四、结转下年度继续办理', 'space-aligned');
});

test('brk88 #1: any data row of 表三 put at the top, under another group or at the end is read by its label and named', () => {
  const data = ROWS.filter((r) => !/\|\s*\|\s*\|\s*\|\s*\|\s*\|\s*\|\s*\|$/.test(r)).map((r) => r.slice(2, r.indexOf(' ', 2)));
  assert.equal(data.length, 25);
  for (const label of data) {
    // Top, bottom, and under the group farthest from its own (（三）'s rows and those above under （六）, the others under （三）).
    const far = rowAt(label) < rowAt('（四）无法提供') ? '2.申请人逾期未按收费通知' : '2.其他法律行政法规禁止公开';
    for (const at of ['一、本年新收', null, far]) {
      if (at && label.startsWith(at)) continue;
      const text = moved(label, at);
      if (text === CORRECT) continue;
      const a = core.analyze(text);
      assert.deepEqual(a.findings.map((f) => f.ruleId), ['row-order'], `${label} → ${at}:\n${a.findings.map((f) => f.message).join('\n')}`);
      for (const id of IDS) assert.deepEqual(rowValues(a.report, 't3', id), rowValues(REFERENCE, 't3', id), `${label} → ${at}: ${id}`);
      // (Moved by one row, next to the row it swapped with, either of the two may be named.)
      const next = (l) => ROWS[rowAt(l) + 1]?.startsWith(`| ${at}`) || (at === null && ROWS[rowAt(l) + 1]?.startsWith('| 四、')) || (at && ROWS[rowAt(at) + 1]?.startsWith(`| ${l}`));
      if (!next(label)) assert.ok(a.findings[0].message.includes(`：“${label}”（第`), `${label} → ${at}: ${a.findings[0].message}`);
      assert.equal(core.fixAll(text).text, CORRECT, `${label} → ${at}`);
    }
  }
});

test('brk88 #1: a row under another group is the one named, not the row after it in its own group', () => {
  // 1.属于国家秘密 right under （一）予以公开: （二）部分公开 after it is in order with （一）; 1. is out of its group.
  const text = moved('1.属于国家秘密', '（二）部分公开');
  const f = assertReadByLabel(text, CORRECT, '1.属于国家秘密', 'under （一）');
  assert.ok(f.message.includes('按格式应在“2.其他法律行政法规禁止公开”（第 68 行）之前'), f.message);
});

test('brk88 #1: a wrong number in the row moved still breaks the sums, as in place', () => {
  const wrong = (text) => text.replace(/^(\| 四、结转下年度继续办理 +\| )1 /m, '$12 ');
  const text = wrong(moved('四、结转下年度继续办理', '三、本年度办理结果'));
  const rules = (t) => core.analyze(t).findings.map((f) => f.ruleId).filter((r) => r !== 'row-order').sort();
  assert.ok(rules(text).includes('sum-balance'), rules(text).join(','));
  assert.deepEqual(rules(text), rules(wrong(CORRECT)));
});
