// brk185 #1: a 2020 report whose tables are split between the formats (a 2021-format 表二, the 2019 表三 with its single
// （六）其他处理 row, right for 2020) and whose introduction cites 〔2021〕30号 was read as a 2021-format report: the
// citation and the 2021 表二 outweighed the year, so format-mixed told the drafter to split the correct 2019 （六） row
// and nobody said 表二 must go back to the 2019 format. The 2021 format did not exist for a 2020 report (templates.md
// §1: published 2021-09, for reports from 2021 on): with tables of both formats the year decides. And a 2020 report
// wholly in the 2021 format is told which document its year requires (〔2019〕60号), not only "use that year's format".
// Base: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format, clean) with the 表二 of brk185 repro 27b.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, cleanDraft, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');

// 表二 as the 2021 format prints it (brk185 27b), in place of the 2019 one.
const T2_2021 = `第二十条第（一）项

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 15 |

第二十条第（五）项

| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 340 |

第二十条第（六）项

| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政处罚 | 17 |
| 行政强制 | 0 |

第二十条第（八）项

| 信息内容 | 本年收费金额（单位：万元） |
|---|---|
| 行政事业性收费 | 12.5 |
`;
const start = BASE.indexOf('第二十条第（一）项');
const end = BASE.indexOf('## 三、');
const MIXED = BASE.slice(0, start) + T2_2021 + '\n' + BASE.slice(end);
const CITES_30 = MIXED.replace('〔2019〕60号', '〔2021〕30号');

const check = (text) => {
  const report = core.parseReport(text);
  return { report, findings: core.checkReport(report, { previous: null }) };
};

for (const [name, text] of [['citing 〔2019〕60号', MIXED], ['citing 〔2021〕30号', CITES_30]]) {
  test(`2020 report, 2021 表二 and 2019 表三, ${name}: read as the 2019 format, the year's`, () => {
    const { report, findings } = check(text);
    assert.equal(report.year, 2020);
    assert.equal(report.format, '2019');
    const mixed = findings.filter((f) => f.ruleId === 'format-mixed');
    // No advice to split the 2019 （六）其他处理 row, right for 2020.
    assert.ok(!mixed.some((f) => /其他处理/.test(f.message)), mixed.map((f) => f.message).join('\n'));
    // 表二's 2021 blocks are said to be of the wrong format.
    assert.ok(mixed.some((f) => /“本年制发件数”是2021年格式的表二内容，本报告为2019年格式/.test(f.message)));
    assert.ok(mixed.some((f) => /“本年收费金额（单位：万元）”是2021年格式的表二内容/.test(f.message)));
  });
}

test('the 30号 citation of such a report is told to cite 〔2019〕60号, and that 表二 is not in that format', () => {
  const { findings } = check(CITES_30);
  const ana = findings.filter((f) => f.ruleId === 'format-anachronism');
  assert.equal(ana.length, 1);
  assert.match(ana[0].message, /2020 年度应按国办公开办函〔2019〕60号的 2019 年格式编制/);
  assert.match(ana[0].message, /请把引用的文号改为国办公开办函〔2019〕60号/);
  // Not "本报告的表格正是 2019 年格式": its 表二 is not.
  assert.doesNotMatch(ana[0].message, /本报告的表格正是/);
  assert.match(ana[0].message, /表二有 2021 年格式的内容，也应改为 2019 年格式/);
  assert.ok(ana[0].fix.edits.some((e) => /2019/.test(e.newText)));
});

test('a 2020 report wholly in the 2021 format is told the 2019 format of 〔2019〕60号 is its year\'s', () => {
  const text = cleanDraft('2021').replaceAll('2025年', '2021年').replaceAll('2024', '2020');
  const { report, findings } = check(text);
  assert.equal(report.year, 2020);
  assert.equal(report.format, '2021');
  const ana = findings.filter((f) => f.ruleId === 'format-anachronism');
  assert.equal(ana.length, 1);
  assert.match(ana[0].message, /这是 2020 年度的报告，却使用了国办公开办函〔2021〕30号的 2021 年格式/);
  assert.match(ana[0].message, /2020 年度应按国办公开办函〔2019〕60号的 2019 年格式编制/);
});
