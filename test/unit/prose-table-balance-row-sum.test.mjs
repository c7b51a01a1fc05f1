// prose-table: a prose count that 表三's balance needs is said to show the table's cell wrong (an info: "很可能是表三的
// 本年新收申请填错了…不要改正文") only when that cell's own row lets it be so (brk184 #3). The tester's 表三 had 新收 3 with its
// applicant columns adding up to 3, and the typo in 结转下年度's 总计 (1 where its columns are 0): sum-balance and
// sum-applicants named that cell, while prose-table told the user that the prose's 收到…申请4件 was right and 新收 wrong.
// When the table's own sums blame another cell, the prose's 4 is an error like any other contradiction.
// Base: examples/correct-2024.nianbao.md (新收 46 = 40 + 3 + 0 + 1 + 2 + 0, 上年结转 2, 办结 47, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const SAID = '全年新收政府信息公开申请46件';

/** 表三's 结转下年度 总计 written 0 (its columns say 1): 新收 46 + 2 ≠ 47 + 0, and 45 is what the balance needs for 新收. */
const R4_TYPO = edit(CORRECT, R4, R4.replace(/\| 1    \|$/, '| 0    |'));

test('the cell the balance blames is 结转下年度\'s 总计, and 新收\'s own row adds up: the prose\'s 45 is an error, not the table\'s 新收', () => {
  const text = edit(R4_TYPO, SAID, '全年新收政府信息公开申请45件');
  const found = table(text).filter((f) => f.message.includes('新收'));
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  assert.equal(found[0].severity, 'error');
  assert.doesNotMatch(found[0].message, /很可能是表三的本年新收申请填错了/);
  assert.match(found[0].message, /表三的本年新收申请为 46，正文写 45/);
  // The table's own rules still name 结转下年度's 总计.
  const findings = core.checkReport(core.parseReport(text), {});
  assert.ok(findings.some((f) => f.ruleId === 'sum-applicants' && f.range.start.line === text.split('\n').findIndex((l) => l.startsWith('| 四、结转下年度'))), findings.map((f) => f.ruleId).join(','));
});

test('kept: 新收 written 1 too low in 自然人 and 总计 alike (39, 45: the row adds up, no one cell explains the table), and the prose\'s 46: the info blaming the table\'s 新收', () => {
  const text = edit(CORRECT, R1, R1.replace(/\| 46   \|$/, '| 45   |').replace('| 40     |', '| 39     |'));
  const found = table(text).filter((f) => f.message.includes('新收'));
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  assert.equal(found[0].severity, 'info');
  assert.match(found[0].message, /很可能是表三的本年新收申请填错了（应为 46）/);
});
