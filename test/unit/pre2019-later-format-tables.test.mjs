// A report of 2008–2018 can only be in the conventional pre-2019 form (templates.md §1, §2.2): a table of a unified
// format pasted into it (a 2021 表三 in a 2015 report, a 2021 表二 in a 2012 one) is format-anachronism once, and
// the report is still read and checked as pre2019: no 2021 table asked for or inserted, no section renamed or
// renumbered to the 2021 list (brk159 #1). The pasted table's own sums are still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const read = (f) => readFileSync(join(R, f), 'utf8');
const ids = (findings) => findings.map((f) => f.ruleId);

test('a 2015 report with a pasted 2021 表三 is read as pre2019: format-anachronism once, nothing else, --fix changes nothing', () => {
  const text = read('brk159-b25-2015-with-2021-table3.md');
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, 'pre2019');
  assert.equal(report.year, 2015);
  assert.deepEqual(ids(findings), ['format-anachronism']);
  assert.match(findings[0].message, /2015 年度的报告.*〔2021〕30号/);
  // The old code renamed 概述 / 依申请公开… to the 2021 titles and inserted blank 2021 表二 and 表四.
  assert.equal(core.fixAll(text).text, text);
});

test('the pasted 2021 表三 of a 2015 report still has its sums checked', () => {
  const text = edit(read('brk159-b25-2015-with-2021-table3.md'), '| （七）总计 | 30 | 5 | 0 | 1 | 1 | 0 | 37 |', '| （七）总计 | 30 | 5 | 0 | 1 | 1 | 0 | 38 |');
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, 'pre2019');
  assert.deepEqual(ids(findings).sort(), ['format-anachronism', 'sum-applicants', 'sum-balance', 'sum-results']);
  assert.equal(findings.find((f) => f.ruleId === 'sum-results').expected, 37);
});

test('a 2012 report with a pasted 2021 表二: its own old-style results table is not a broken 表三, no 表四 asked for', () => {
  const text = read('brk159-b27-2012-with-2021-table2.md');
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, 'pre2019');
  assert.equal(report.year, 2012);
  assert.deepEqual(ids(findings), ['format-anachronism']);
  // Read as the 2021 表二 it is (one value column under 行政许可), not the 2019 one: no blank 2019 columns.
  assert.ok(!ids(findings).includes('cell-blank'));
  assert.equal(core.fixAll(text).text, text);
});

test('a 2018 pre-2019 report with the 2019 表二 of 昭通 2018 pasted in: pre2019, format-anachronism names the 2019 format', () => {
  const base = read('brk159-2018-hongqiao-shuiwu.md');
  assert.deepEqual(ids(core.analyze(base).findings), []);
  const seed = corpusText('seeds/003_7487cbc35b761747.txt');
  const t2 = seed.slice(seed.indexOf('第二十条第(一)项 |'), seed.indexOf('三、收到和处理政府信息公开申请情况'));
  const text = edit(base, '## 三、依申请公开政府信息情况', `${t2}\n## 三、依申请公开政府信息情况`);
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, 'pre2019');
  const found = ids(findings);
  assert.equal(found.filter((r) => r === 'format-anachronism').length, 1);
  assert.match(findings.find((f) => f.ruleId === 'format-anachronism').message, /〔2019〕60号/);
  for (const r of ['table-missing', 'section-title', 'section-order', 'section-missing']) assert.ok(!found.includes(r), r);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('## 三、依申请公开政府信息情况') && fixed.includes('## 四、政府信息公开的收费及减免情况'));
  assert.ok(!fixed.includes('收到和处理政府信息公开申请情况') && !fixed.includes('结果维持'));
});

test('a 2018 pre-2019 report with the 2019 表三 of 昭通 2018 (a table both unified formats share but for （六）): format-anachronism', () => {
  const base = read('brk159-2018-hongqiao-shuiwu.md');
  const seed = corpusText('seeds/003_7487cbc35b761747.txt');
  const t3 = seed.slice(seed.indexOf('(本列数据的勾稽关系'), seed.indexOf('四、政府信息公开行政复议、行政诉讼情况'));
  const text = edit(base, '## 四、政府信息公开的收费及减免情况', `${t3}\n## 四、政府信息公开的收费及减免情况`);
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, 'pre2019');
  assert.equal(ids(findings).filter((r) => r === 'format-anachronism').length, 1);
  assert.ok(!ids(findings).includes('table-missing'));
});

test('a 2018 report written wholly in the 2019 format (昭通 2018: its section titles too) is still a 2019-format report', () => {
  const { report, findings } = core.analyze(corpusText('seeds/003_7487cbc35b761747.txt'));
  assert.equal(report.format, '2019');
  assert.equal(ids(findings).filter((r) => r === 'format-anachronism').length, 1);
});
