// sum-appendix (brk159 #7): the 2014–2018 appendix 政府信息公开情况统计表 (国办发〔2014〕32号; templates.md §2.2 allows
// "sum of parts ≤ total" on old-era tables). The numbered rows under 收到申请数, 申请办结数, 申请答复数, 行政复议数量,
// 行政诉讼数量 and 从事政府信息公开工作人员数 split their total; parts that add up to more are a warning. The rows of
// 主动公开 by channel do not (an item on several channels counts once), nor is a sum short of its total reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const B33 = readFileSync(join(ROOT, 'test/fixtures/reports/brk159-b33-2015-appendix-parts-over.md'), 'utf8');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'sum-appendix');

test('a 2015 appendix table whose applications by channel and replies exceed their totals: two warnings', () => {
  assert.equal(core.parseReport(B33).format, 'pre2019');
  const f = found(B33);
  assert.deepEqual(f.map((x) => [x.range.start.line + 1, x.actual, x.expected, x.severity]), [[52, 37, 43, 'warning'], [60, 37, 40, 'warning']]);
  // The difference said as how far the parts exceed the total, with the total (brk173 #5: “超过总数 6” read as “more
  // than the total, 6”).
  assert.match(f[0].message, /附表中“收到申请数”为 37，但其下各分项之和为 12 \+ 0 \+ 26 \+ 5 = 43，比总数 37 多 6。/);
  assert.match(core.analyze(B33, { locale: 'en' }).findings.find((x) => x.ruleId === 'sum-appendix').message, /= 43, 6 more than the total of 37\./);
  assert.match(f[1].message, /“申请答复数”为 37.*= 40/);
});

test('the same table adding up: nothing; parts short of the total, the 主动公开 channels over theirs: nothing', () => {
  const ok = edit(edit(B33, '| 3.网络申请数 | 件 | 26 |', '| 3.网络申请数 | 件 | 20 |'), '| 6.申请信息不存在数 | 件 | 8 |', '| 6.申请信息不存在数 | 件 | 5 |');
  assert.deepEqual(found(ok), []);
  const short = edit(ok, '| 1.当面申请数 | 件 | 12 |', '| 1.当面申请数 | 件 | 2 |');
  assert.deepEqual(found(short), []);
  // An item published on the website and on 微博 counts once among the 1246: the channels may add up to more.
  const channels = edit(ok, '| 3.政务微博公开政府信息数 | 条 | 158 |', '| 3.政务微博公开政府信息数 | 条 | 900 |');
  assert.deepEqual(found(channels), []);
});

test('复议 results and staff over their totals; tab-separated rows as pasted from a spreadsheet', () => {
  const ok = edit(edit(B33, '| 3.网络申请数 | 件 | 26 |', '| 3.网络申请数 | 件 | 20 |'), '| 6.申请信息不存在数 | 件 | 8 |', '| 6.申请信息不存在数 | 件 | 5 |');
  const review = edit(ok, '| （二）被依法纠错数 | 件 | 1 |', '| （二）被依法纠错数 | 件 | 3 |');
  assert.deepEqual(found(review).map((x) => [x.actual, x.expected]), [[2, 4]]);
  assert.match(found(review)[0].message, /行政复议数量/);
  const staff = edit(ok, '| 2.兼职人员数 | 人 | 3 |', '| 2.兼职人员数 | 人 | 5 |');
  assert.deepEqual(found(staff).map((x) => [x.actual, x.expected]), [[4, 6]]);
  // The same table as tab-separated lines (a Word or spreadsheet copy).
  const tabbed = B33.replace(/^\| (.*) \|$/gm, (_, row) => row.split(' | ').join('\t')).replace(/^\|---\|---\|---\|\n/m, '');
  assert.deepEqual(found(tabbed).map((x) => [x.actual, x.expected]), [[37, 43], [37, 40]]);
});

test('the report of a later year in the 2021 format is not read so', () => {
  const text = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  assert.deepEqual(found(text), []);
});

// brk173 #4: the appendix attached to a report read in a unified format (a 2018 report written in the 2019 format, a
// 2019 report published in January 2020 with the unified tables and the old appendix) is checked as in a report of
// the conventional form; the unified tables' rows are not read as rows of it.
for (const [name, year] of [['brk173-s02-2018-2019-format-appendix-over.md', 2018], ['brk173-s01-2019-unified-and-appendix-over.md', 2019]]) {
  test(`the appendix of a ${year} report read in the 2019 format: its parts over their total are said`, () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/reports', name), 'utf8');
    const report = core.parseReport(text);
    assert.equal(report.format, '2019');
    assert.equal(report.year, year);
    const f = found(text);
    const at = text.split('\n').findIndex((l) => l.startsWith('| （一）收到申请数 | 件 | 128 |'));
    assert.ok(at > report.extras.spans.t4.end);
    assert.deepEqual(f.map((x) => [x.range.start.line, x.actual, x.expected]), [[at, 128, 140]]);
    assert.match(f[0].message, /10 \+ 0 \+ 90 \+ 40 = 140，比总数 128 多 12/);
    // Adding up: nothing, from the appendix or the unified tables.
    assert.deepEqual(found(edit(text, '| 3.网络申请数 | 件 | 90 |', '| 3.网络申请数 | 件 | 78 |')), []);
  });
}
