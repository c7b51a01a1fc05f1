// brk125 #7: 2019 表二's 采购总金额 (万元) written in the prose is compared with the table, and a change worked out from a
// wrong amount is not blamed on its right rate: `采购总金额165万元，较上年增加36万元，增长30.0%` with 表二 156 and last
// year's report 120 (156 − 120 = 36, 36 / 120 = 30.0%) is prose-table's error on 165, and prose-change says nothing
// (it made up a last year's 129 and said the 30.0% was wrong, quoting it as 30%).
// Base: the 2019/2020 pair of test/fixtures/crossyear-pre2019 (2019 format), 表二 采购总金额 120 in 2019.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const D = join(ROOT, 'test/fixtures/crossyear-pre2019');
const Y19 = readFileSync(join(D, '某某市某某局2019.md'), 'utf8');
const Y20 = readFileSync(join(D, '某某市某某局2020.md'), 'utf8');
const ROW = '| 政府集中采购 | 3 | 120 |';
const AT = '全年主动公开政府信息158条。';
const findings = (sentence, cell, previous = core.parseReport(Y19)) => {
  assert.ok(Y20.includes(ROW) && Y20.includes(AT) && Y19.includes(ROW));
  const text = Y20.replace(ROW, `| 政府集中采购 | 3 | ${cell} |`).replace(AT, AT + sentence);
  return core.checkReport(core.parseReport(text), { previous }).filter((f) => /^prose-/.test(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
};

test('采购总金额 in the prose is compared with 表二, and the right change after a wrong amount is not blamed', () => {
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额165万元，较上年增加36万元，增长30.0%。', '156'),
    ['prose-table: 正文“采购总金额165万元”与表二不一致：表二的政府集中采购总金额为 156，正文写 165，相差 +9。表二没有勾稽关系可以核对，看不出错的是正文还是表格：请对照原表核对，未自动修改。']);
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额156万元，较上年增加36万元，增长30.0%。', '156'), []);
  // A table amount written with its unit, and decimals: 156.6 − 120 = 36.6 exactly, not 36.599999999999994.
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额156.6万元，较上年增加36.6万元，增长30.5%。', '156.6万元'), []);
  assert.deepEqual(findings('政府集中采购金额156.6万元。', '156.6万元'), []);
  assert.equal(findings('政府集中采购金额165.6万元。', '156.6万元').length, 1);
});

test('a wrong rate is said against both years\' tables, quoted as written (30.0%, not 30%)', () => {
  assert.deepEqual(findings('全年完成政府集中采购项目3个，采购总金额156万元，较上年增加36万元，增长25.0%。', '156'),
    ['prose-change: “较上年增加36万元，增长25.0%”：政府集中采购的采购总金额本年为 156，上年（2019 年度）报告中为 120，156 − 120 = 36，(156 − 120) / 120 = 30.0%，应为增长 30.0%，正文写增长 25.0%。请改正增长率（或核对两年表格中的这个数）。']);
  assert.match(findings('全年完成政府集中采购项目3个，采购总金额156万元，较上年增加30万元，增长20.0%。', '156', null)[0] ?? '', /正文写增长 20\.0%/);
});
