// breaker32 N7: 表三 written with three value columns, 自然人 | 法人或其他组织 | 总计 (the five 法人或其他组织 columns as
// one). cell-count reports the merged column once; the rows' own sums were not checked, so a wrong 总计 went
// unsaid. Each row is now checked against that header (自然人 + 法人或其他组织 = 总计, sum-applicants, no fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/**
 * The example with 表三 rewritten in three columns: 自然人, the five 法人或其他组织 columns added up into one, 总计
 * (`order` the header's order of the three, the rows' numbers in the same order).
 */
function threeColumns(order = ['自然人', '法人或其他组织', '总计']) {
  const lines = CORRECT.split('\n');
  const a = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let b = a;
  while (lines[b + 1]?.startsWith('|')) b++;
  const out = lines.slice(a, b + 1).map((l, k) => {
    const cells = l.slice(1, -1).split('|').map((c) => c.trim());
    if (k === 0) return `| ${cells[0]} | ${order.join(' | ')} |`;
    if (k === 1) return '|---|---|---|---|';
    if (cells.slice(1).every((c) => c === '')) return `| ${cells[0]} |  |  |  |`;
    const n = cells.slice(1).map(Number);
    const by = { 自然人: n[0], 法人或其他组织: n[1] + n[2] + n[3] + n[4] + n[5], 总计: n[6] };
    return `| ${cells[0]} | ${order.map((o) => by[o]).join(' | ')} |`;
  });
  return [...lines.slice(0, a), ...out, ...lines.slice(b + 1)].join('\n');
}

const of = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);

test('表三 in three columns 自然人 | 法人或其他组织 | 总计: a row whose 总计 is not the sum of the other two is a sum-applicants error', () => {
  const ok = threeColumns();
  assert.match(ok, /\n\| 一、本年新收政府信息公开申请数量 \| 40 \| 6 \| 46 \|\n/);
  // As written, the table adds up: the merged column is said once, nothing else about its sums.
  assert.deepEqual(core.analyze(ok).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), ['cell-count']);
  assert.match(of(ok, 'cell-count')[0].message, /各行只按表头的三列核对（自然人 \+ 法人或其他组织 = 总计/);
  const wrong = edit(ok, '| 一、本年新收政府信息公开申请数量 | 40 | 6 | 46 |', '| 一、本年新收政府信息公开申请数量 | 40 | 6 | 47 |');
  const f = of(wrong, 'sum-applicants');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.deepEqual([f[0].expected, f[0].actual, f[0].data.row], [46, 47, 'R1']);
  const line = wrong.split('\n')[f[0].range.start.line];
  assert.equal(line.slice(f[0].range.start.character, f[0].range.end.character), '47');
  assert.match(f[0].message, /总计为 47，与表头各列之和（自然人 40 \+ 法人或其他组织 6 = 46）不符，相差 \+1/);
  assert.deepEqual(f[0].related.map((r) => line.slice(r.range.start.character, r.range.end.character)), ['40', '6']);
  // No fix: which of the three numbers is wrong cannot be told (the columns are not checked).
  assert.equal(f[0].fix, undefined);
  // The other sum rules still say nothing about a table whose columns they cannot read.
  assert.deepEqual(core.analyze(wrong).findings.filter((x) => x.severity === 'error').map((x) => x.ruleId).sort(), ['cell-count', 'sum-applicants']);
});

test('表三 in three columns in another order (法人或其他组织 | 自然人 | 总计): the rows are not checked against the header', () => {
  const swapped = edit(threeColumns(['法人或其他组织', '自然人', '总计']), '| 一、本年新收政府信息公开申请数量 | 6 | 40 | 46 |', '| 一、本年新收政府信息公开申请数量 | 6 | 40 | 47 |');
  assert.deepEqual(of(swapped, 'sum-applicants'), []);
  assert.equal(of(swapped, 'cell-count').length, 1);
  assert.doesNotMatch(of(swapped, 'cell-count')[0].message, /各行只按表头/);
});
