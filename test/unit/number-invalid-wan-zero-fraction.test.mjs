// brk142 #6: number-invalid on a count cell. `12.5万` (125000 written with the unit 万) was said to be a decimal, while
// `1520万` was said to carry a unit; `1520.0` (a whole count in a spreadsheet's number format) got no fix although
// the rule normalises what is unambiguous. Base: examples/correct-2024.nianbao.md (表二 行政许可 1520).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CELL = '| 行政许可 | 1520             |';
const withCell = (v) => edit(correct, CELL, `| 行政许可 | ${v} |`);
const invalid = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'number-invalid');

test('12.5万 or 3万 in a count cell is said to carry the unit 万 (with the count it makes), not to be a decimal; no fix', () => {
  for (const [v, n] of [['12.5万', '125000'], ['3万', '30000']]) {
    const [f, ...rest] = invalid(withCell(v));
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.doesNotMatch(f.message, /小数/);
    assert.match(f.message, new RegExp(`“${v}”带有单位“万”：件数按件填写整数，不写“万”（${v}即 ${n}）`));
    assert.equal(f.fix, undefined);
  }
  // A money unit or a percentage in a count cell is a unit too, with or without a fraction.
  assert.match(invalid(withCell('12.5元'))[0].message, /“12\.5元”带有金额单位“元”，而这一格填件数/);
  assert.match(invalid(withCell('12.5%'))[0].message, /“12\.5%”是百分比/);
  // A fraction of an item stays a decimal, with or without 件.
  assert.match(invalid(withCell('1.5件'))[0].message, /“1\.5件”是小数/);
  assert.match(invalid(withCell('1520.5'))[0].message, /“1520\.5”是小数/);
  assert.equal(invalid(withCell('1520.5'))[0].fix, undefined);
});

test('1520.0 (and 1,520.00, full-width, with 件) in a count cell is fixed to 1520, and the fixed report is clean', () => {
  for (const v of ['1520.0', '1,520.00', '１５２０．０', '1520.0件']) {
    const text = withCell(v);
    const [f, ...rest] = invalid(text);
    assert.equal(rest.length, 0, v);
    assert.match(f.message, new RegExp(`“${v.replace(/\./g, '\\.')}”的小数部分为 0，而件数只填整数：请写作“1520”`));
    assert.equal(f.fix.edits[0].newText.trim(), '1520');
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split('\n').find((l) => l.startsWith('| 行政许可 |')).replace(/\s+/g, ' '), '| 行政许可 | 1520 |');
    assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
  }
});

test('a table of counts written as 12.0 (pandas, a spreadsheet export) is one finding whose fix writes them all whole', () => {
  // Every count of 表三's 新收 row with `.0` after it.
  const lines = correct.split('\n');
  const i = lines.findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量'));
  assert.ok(i > 0);
  lines[i] = lines[i].replace(/\| *(\d+) *(?=\|)/g, (m, d) => `| ${d}.0 `);
  const text = lines.join('\n');
  const found = invalid(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /表三有 7 格（1 行）的件数带有为 0 的小数部分/);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
  assert.equal(fixed.split('\n')[i].replace(/\s+/g, ''), correct.split('\n')[i].replace(/\s+/g, ''));
});

test('a count written 41.0 is counted as 41 in the sums while it is said: a total that fails with it is reported, one that holds is not', () => {
  const lines = correct.split('\n');
  const i = lines.findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量'));
  const withNew = (v) => { const l = [...lines]; l[i] = l[i].replace(/^(\|[^|]*\|)\s*40\s*\|/, `$1 ${v} |`); return l.join('\n'); };
  const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);
  // 自然人 40 → 40.0: the sums hold with 40; only number-invalid, saying the sums are checked with 40.
  const right = withNew('40.0');
  assert.deepEqual(ruleIds(right), ['number-invalid']);
  assert.match(invalid(right)[0].message, /请写作“40”（合计按 40 核对）/);
  // 41.0: the row's 总计 46 and the 自然人 column's balance now fail, as they would with 41.
  const wrong = ruleIds(withNew('41.0'));
  assert.ok(wrong.includes('sum-applicants') && wrong.includes('sum-balance'), wrong.join());
  assert.deepEqual(ruleIds(withNew('41.0')).sort(), ruleIds(withNew('41')).concat('number-invalid').sort());
  // A real fraction stays out of the sums: 40.5 gives number-invalid alone (nothing to check the sums with).
  assert.deepEqual(ruleIds(withNew('40.5')), ['number-invalid']);
});
