// brk123 #7: a 表二 with only its header rows (every labelled row deleted) got table-empty "表二的数值单元格全部为空：
// 请填写各项数字", sending the user to cells that are not there. Its rows are missing, not blank: the message says so.
// A 表二 whose rows are there with their cells blank is still "全部为空".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

/** The example with each 表二 data row (a pipe row of section 二 that is no header or delimiter row) changed by `row`. */
function t2Rows(row) {
  const lines = correct.split('\n');
  const from = lines.findIndex((l) => /^#+\s*二、/.test(l));
  const to = lines.findIndex((l) => /^#+\s*三、/.test(l));
  return lines.flatMap((l, i) => (i > from && i < to && l.startsWith('|') && !/^\|\s*(信息内容|-)/.test(l) ? row(l) : [l])).join('\n');
}

test('brk123 #7: a 表二 of header rows only is said to miss its rows, not to have blank cells', () => {
  const text = t2Rows(() => []);
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'table-empty');
  assert.ok(f);
  assert.match(f.message, /^表二只有表头，格式规定的各行（规章、行政规范性文件等）都缺失：请按格式补上各行并填写数字/);
  assert.doesNotMatch(f.message, /全部为空/);
  assert.match(core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'table-empty').message, /^表二 has only its header: every row the format names \(规章, 行政规范性文件, …\) is missing/);
});

test('brk123 #7: a 表二 whose rows are there with blank cells is still "全部为空"', () => {
  const text = t2Rows((l) => [l.replace(/\|\s*[\d.]+\s*(?=\|)/g, '|  ')]);
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'table-empty');
  assert.ok(f);
  assert.match(f.message, /^表二的数值单元格全部为空/);
});
