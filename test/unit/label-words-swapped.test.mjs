// brk140 #5: a row label with two neighbouring words swapped (`其他对外服务管理事项` for 表二's `其他对外管理服务事项`) is
// one slip, as two swapped characters are (`以予公开`): row-label warns with a rename fix and the row's numbers are
// read. It was row-missing (error) plus an info calling it a local row, and the fix inserted a blank duplicate row.
// Base: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const check = (text) => core.checkReport(core.parseReport(text), { previous: null });

test('表二 其他对外服务管理事项 is read as 其他对外管理服务事项, said by row-label with a rename fix', () => {
  assert.ok(BASE.includes('| 其他对外管理服务事项 |'));
  const text = BASE.replace('| 其他对外管理服务事项 |', '| 其他对外服务管理事项 |');
  const got = check(text);
  assert.deepEqual(got.map((f) => `${f.ruleId} ${f.severity}`), ['row-label warning']);
  assert.match(got[0].message, /行标签“其他对外服务管理事项”与格式不一致，应为“其他对外管理服务事项”（相邻的字词前后颠倒）/);
  assert.deepEqual(got[0].fix.edits.map((e) => e.newText), ['其他对外管理服务事项']);
  // The row's numbers are read as the row's.
  const row = core.parseReport(text).tables.t2.rows.find((r) => r.label === '其他对外管理服务事项');
  assert.equal(row.match.kind, 'misspelled');
});

test('a swapped pair in a long 表三 label is a misspelling too', () => {
  assert.ok(BASE.includes('2.其他法律行政法规禁止公开'));
  const got = check(BASE.replace('2.其他法律行政法规禁止公开', '2.其他行政法律法规禁止公开'));
  assert.deepEqual(got.map((f) => f.ruleId), ['row-label']);
  assert.match(got[0].message, /应为“2\.其他法律行政法规禁止公开”/);
});

test('a short 表二 label with two characters swapped is a misspelling with a rename fix too', () => {
  const got = check(BASE.replace('| 行政处罚 |', '| 行政罚处 |'));
  assert.deepEqual(got.map((f) => f.ruleId), ['row-label']);
  assert.match(got[0].message, /应为“行政处罚”/);
});
