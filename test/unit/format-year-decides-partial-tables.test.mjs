// The report year decides which unified format a report is in when its tables show another one only in part
// (templates.md §1, §4; brk173 #1, #2): a 2020 report can only be in the 2019 format (60号; 30号 was issued in
// September 2021), and a 2021 report must be in the 2021 one. A 2021 表二 pasted into a 2020 report beside its
// correct 2019 表三 (a single （六）其他处理 row), or with 表三 missing, makes a 2019-format report with 2021 blocks in
// 表二 (format-mixed there), not a 2021-format one: its 表三 is left alone, and a missing 表三 is inserted in the 2019
// shape. The mirror: a 2021 report whose only table is a 2019 表二 gets the 2021 表三 inserted, not the 2019 one
// that format-outdated would then call outdated. A report whose 表二 and 表三 are both of the other format is still
// read in it (format-anachronism / format-outdated, unchanged).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const read = (f) => readFileSync(join(ROOT, 'test/fixtures/reports', f), 'utf8');
const SINGLE = '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
const inSpan = (span, f) => span && f.range.start.line >= span.start && f.range.start.line < span.end;

test('a 2020 report with a 2021 表二 and its correct 2019 表三 is read as 2019: format-mixed on 表二 only, --fix leaves 表三 alone', () => {
  const text = read('brk173-m5-2020-with-2021-table2.md');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2020);
  assert.equal(report.format, '2019');
  const t2 = report.extras.spans.t2, t3 = report.extras.spans.t3;
  assert.ok(t2 && t3);
  // Nothing on the 2019 表三 (the old code split its （六）其他处理 into the three 2021 rows).
  assert.deepEqual(findings.filter((f) => inSpan(t3, f)).map((f) => f.ruleId), []);
  const mixed = findings.filter((f) => f.ruleId === 'format-mixed');
  assert.ok(mixed.length > 0);
  assert.ok(mixed.every((f) => inSpan(t2, f) && /2021年格式/.test(f.message) && /本报告为2019年格式|2019年格式为/.test(f.message)), mixed.map((f) => f.message).join('\n'));
  assert.equal(findings.filter((f) => f.ruleId === 'format-anachronism').length, 0);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes(SINGLE));
  assert.ok(!/逾期/.test(fixed));
});

test('a 2020 report with a 2021 表二 and no 表三: the 表三 asked for and inserted is the 2019 one (a single （六）其他处理 row)', () => {
  const text = read('brk173-f1-2020-2021-table2-no-table3.md');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2020);
  assert.equal(report.format, '2019');
  const missing = findings.filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /缺少表三（国办公开办函〔2019〕60号格式/);
  const inserted = missing[0].fix.edits.map((e) => e.newText).join('');
  // One （六）其他处理 row, （七）总计 right under it.
  assert.match(inserted, /\|\s*（六）其他处理\s*\|[^\n]*\n\|\s*（七）总计/);
  assert.ok(!/逾期/.test(inserted));
  assert.ok(findings.filter((f) => f.ruleId === 'format-mixed').every((f) => inSpan(report.extras.spans.t2, f)));
});

test('a 2021 report with a 2019 表二 and no 表三: read as 2021, the 表三 inserted is the 2021 one, no format-outdated', () => {
  const text = read('brk173-f4-2021-2019-table2-no-table3.md');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2021);
  assert.equal(report.format, '2021');
  assert.equal(findings.filter((f) => f.ruleId === 'format-outdated').length, 0);
  const missing = findings.filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /缺少表三（国办公开办函〔2021〕30号格式/);
  const inserted = missing[0].fix.edits.map((e) => e.newText).join('');
  assert.match(inserted, /1\.申请人无正当理由逾期不补正/);
  assert.match(inserted, /3\.其他/);
  // The old 表二 blocks are format-mixed's, in 表二.
  const mixed = findings.filter((f) => f.ruleId === 'format-mixed');
  assert.ok(mixed.length > 0 && mixed.every((f) => inSpan(report.extras.spans.t2, f)));
});

test('a 2020 report whose 表二 and 表三 are both of the 2021 format is still read as 2021 (format-anachronism, nothing split or merged)', () => {
  const split = ['| （六）其他处理 | | | | | | | |', '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'].join('\n');
  const text = edit(read('brk173-m5-2020-with-2021-table2.md'), SINGLE, split);
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, '2021');
  assert.deepEqual(findings.filter((f) => /^format-/.test(f.ruleId)).map((f) => f.ruleId), ['format-anachronism']);
});
