// 表二 with a Word table's merged cells pasted into markdown (templates.md §4.2: the template's 表二 is one table
// whose value column G1 spans three grid columns): the header cell repeated over the merged columns with the row's
// value repeated under it (Excel "unmerge and fill", pandas read_html), or the value in one cell of the span with
// empty cells around it. Built from examples/correct-2024.nianbao.md (clean), as the breaker8 inputs
// lay_t2one_rep.md (item 10) and lay_t2_span_mid.md (item 19) are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, edit } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const analyze = (text) => core.analyze(text);
const T2 = ['T2.1', 'T2.2', 'T2.3', 'T2.5', 'T2.6', 'T2.7'];
function assertT2Values(report) {
  const base = analyze(BASE).report;
  for (const id of T2) assert.deepEqual(rowValues(report, 't2', id), rowValues(base, 't2', id), id);
}

/** 表二 as one table (lay_t2one_rep.md): block headings and headers repeated over four cells, values over three. */
const ONE_TABLE_REPEATED = [
  '| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |',
  '|---|---|---|---|',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '| 规章 | 0 | 0 | 0 |',
  '| 行政规范性文件 | 3 | 1 | 25 |',
  '| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |',
  '| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |',
  '| 行政许可 | 1520 | 1520 | 1520 |',
  '| 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 |',
  '| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |',
  '| 行政处罚 | 86 | 86 | 86 |',
  '| 行政强制 | 4 | 4 | 4 |',
  '| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |',
  '| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |',
  '| 行政事业性收费 | 12.5 | 12.5 | 12.5 |',
].join('\n');

function withT2(table) {
  const lines = BASE.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## 二、')) + 2;
  const end = lines.findIndex((l) => l.startsWith('## 三、')) - 1;
  return [...lines.slice(0, start), table, ...lines.slice(end)].join('\n');
}

test('表二 as one table with merged cells repeated (lay_t2one_rep.md): a value repeated under a repeated header is one cell, no finding', () => {
  const { report, findings } = analyze(withT2(ONE_TABLE_REPEATED));
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assertT2Values(report);
});

test('repeated header over different numbers (two years side by side, or a typo): still two values, cell-count says so', () => {
  const text = withT2(ONE_TABLE_REPEATED.replace('| 行政许可 | 1520 | 1520 | 1520 |', '| 行政许可 | 1520 | 1400 | 1520 |'));
  const { findings } = analyze(text);
  const counts = findings.filter((f) => f.ruleId === 'cell-count');
  assert.equal(counts.length, 1);
  assert.match(counts[0].message, /行政许可.*3 个数值/);
});

test('value column merged over three cells with the number in the middle one (lay_t2_span_mid.md): 1520 is read, no finding', () => {
  const text = edit(BASE,
    '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520             |',
    '| 信息内容 | | 本年处理决定数量 | |\n|---|---|---|---|\n| 行政许可 | | 1520 | |');
  const { report, findings } = analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.deepEqual(rowValues(report, 't2', 'T2.3'), [1520]);
});

test('a row with a number beside a blank cell under a one-column header: not called a blank row, and no 0 is written beside the number', () => {
  const text = edit(BASE, '| 行政许可 | 1520             |', '| 行政许可 | | 1520 |');
  const { findings } = analyze(text);
  assert.ok(!findings.some((f) => f.ruleId === 'row-missing'), 'not row-missing: the row holds 1520');
  const blank = findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.doesNotMatch(blank[0].message, /整行都没有数/);
  assert.equal(blank[0].fix, undefined, 'a 0 beside 1520 would claim a second figure');
  assert.ok(findings.some((f) => f.ruleId === 'cell-count' && /行政许可.*2 个数值/.test(f.message)));
});
