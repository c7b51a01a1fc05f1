// brk140 #2: 表二's amount is read in the unit the table states. 2019's 采购总金额 has no unit in its header
// (templates.md §3.2): a cell `1823500元` is 182.35万元, and a bare `1823500` may be either, so the prose's
// `采购总金额182.35万元` agrees with both (it was an error saying 表二 "以万元为单位（见表头）").
// Base: the 2020 report (2019 format) of test/fixtures/crossyear-pre2019.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const Y20 = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const ROW = '| 政府集中采购 | 3 | 120 |';
const AT = '全年主动公开政府信息158条。';
const findings = (sentence, cell) => {
  assert.ok(Y20.includes(ROW) && Y20.includes(AT));
  const text = Y20.replace(ROW, `| 政府集中采购 | 3 | ${cell} |`).replace(AT, AT + sentence);
  return core.checkReport(core.parseReport(text), { previous: null }).filter((f) => /^prose-|^number-invalid/.test(f.ruleId)).map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);
};

test('2019 采购总金额 written in 元 in the cell agrees with the prose in 万元', () => {
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额182.35万元。', '1823500元'), []);
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额182.4万元。', '1823500元'), []);
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额1823500元。', '1823500元'), []);
});

test('2019 采购总金额 with no unit written anywhere is read in 元 or 万元', () => {
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额182.35万元。', '1823500'), []);
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额182.4万元。', '1823500'), []);
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额182.35万元。', '182.35'), []);
});

test('an amount that is wrong in either unit is still an error, and 表二 is not said to be in 万元 by its header', () => {
  const got = findings('全年完成政府集中采购项目3个，采购总金额100万元。', '1823500元');
  assert.equal(got.length, 1);
  assert.match(got[0], /^error prose-table: 正文“采购总金额100万元”与表二不一致/);
  assert.doesNotMatch(got[0], /见表头/);
  const bare = findings('全年完成政府集中采购项目3个，采购总金额100万元。', '1823500');
  assert.equal(bare.length, 1);
  assert.doesNotMatch(bare[0], /见表头/);
  // A header that names its unit is the unit: 万元 there makes 1823500 ten thousand times the prose's 182.35, 元 makes
  // it 182.35万元.
  const header = (unit, cell, sentence) => {
    const text = Y20.replace(/\| *采购项目数量 *\| *采购总金额 *\|/, `| 采购项目数量 | 采购总金额${unit} |`);
    assert.notEqual(text, Y20);
    const t = text.replace(ROW, `| 政府集中采购 | 3 | ${cell} |`).replace(AT, AT + sentence);
    return core.checkReport(core.parseReport(t), { previous: null }).filter((f) => f.ruleId === 'prose-table').map((f) => f.message);
  };
  const wan = header('（单位：万元）', '1823500', '全年完成政府集中采购项目3个，采购总金额182.35万元。');
  assert.equal(wan.length, 1);
  assert.match(wan[0], /10000 倍/);
  assert.deepEqual(header('（元）', '1823500', '全年完成政府集中采购项目3个，采购总金额182.35万元。'), []);
  assert.equal(header('（元）', '1823500', '全年完成政府集中采购项目3个，采购总金额100万元。').length, 1);
});
