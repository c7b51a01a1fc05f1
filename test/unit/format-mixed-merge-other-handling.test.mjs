// brk140 #8: 2021-style （六）其他处理 sub-rows in a 2019 report: format-mixed's fix merges them into the 2019 format's
// single row, each column the sum of the three (templates.md §4.3: the 2019 row is their sum; nothing invented).
// It was a warning without a fix. A blank sub-row cell (not 0) keeps the fix off.
// Base: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const ROW = '| （六）其他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |';
const split = (a, b, c) => ['| （六）其他处理 |  |  |  |  |  |  |  |',
  `| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | ${a} |`,
  `| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${b} |`,
  `| 3.其他 | ${c} |`].join('\n');
const apply = (text, edits) => {
  const lines = text.split('\n');
  const [e] = edits;
  const head = lines.slice(0, e.range.start.line).join('\n') + '\n' + lines[e.range.start.line].slice(0, e.range.start.character);
  const tail = lines[e.range.end.line].slice(e.range.end.character) + '\n' + lines.slice(e.range.end.line + 1).join('\n');
  return head + e.newText + tail;
};

test('the three sub-rows are merged into the 2019 row, column by column', () => {
  assert.ok(BASE.includes(ROW));
  const text = BASE.replace(ROW, split('1 | 0 | 0 | 0 | 0 | 0 | 1', '0 | 0 | 0 | 0 | 0 | 0 | 0', '0 | 1 | 0 | 0 | 0 | 0 | 1'));
  const got = core.checkReport(core.parseReport(text), { previous: null });
  const mixed = got.filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length, 1);
  assert.match(mixed[0].message, /三行逐列相加即为 2019 年格式的这一行（修复会合并为一行）/);
  assert.equal(mixed[0].fix.edits.length, 1);
  const fixed = apply(text, mixed[0].fix.edits);
  assert.equal(fixed, BASE);
  assert.deepEqual(core.checkReport(core.parseReport(fixed), { previous: null }).map((f) => f.ruleId), []);
});

test('a blank sub-row cell is not taken for 0: no fix', () => {
  const text = BASE.replace(ROW, split('1 | 0 | 0 | 0 | 0 | 0 | 1', '0 |  | 0 | 0 | 0 | 0 | 0', '0 | 1 | 0 | 0 | 0 | 0 | 1'));
  const mixed = core.checkReport(core.parseReport(text), { previous: null }).filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length, 1);
  assert.equal(mixed[0].fix, undefined);
  assert.doesNotMatch(mixed[0].message, /合并/);
});
