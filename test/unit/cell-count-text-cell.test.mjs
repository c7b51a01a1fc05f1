// brk101 #6: `| 行政许可 | 1520 | 备注` was said to have "2 values; the template has 1": 备注 is no number. A row with the
// template's values and cells of words after them is said as its values plus the extra cell, quoted, in zh and en;
// an extra number is still counted as a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 行政许可 | 1520             |';
const countOf = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'cell-count');

test('a remark cell after 表二 行政许可\'s value: one value plus an extra cell (备注), zh and en', () => {
  assert.ok(CORRECT.includes(ROW));
  const text = CORRECT.replace(ROW, `${ROW} 备注`);
  const [zh] = countOf(text, 'zh');
  assert.match(zh.message, /“行政许可”行有 1 个数值，与格式相同，其后另多出 1 个不是数的单元格“备注”/);
  assert.doesNotMatch(zh.message, /2 个数值/);
  const [en] = countOf(text, 'en');
  assert.match(en.message, /row “行政许可” has 1 value, as the template has, plus an extra cell that is not a number: “备注”/);
  assert.doesNotMatch(en.message, /2 values/);
});

test('an extra number after the value is still counted as a value', () => {
  const [zh] = countOf(CORRECT.replace(ROW, '| 行政许可 | 1520 | 3 |'), 'zh');
  assert.match(zh.message, /“行政许可”行有 2 个数值，格式规定为 1 个。/);
});
