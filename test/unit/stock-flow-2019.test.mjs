// stock-flow on the 2019 format (brk189 #2): 第二十条第（五）（六）（八）项 give 上一年项目数量 (items at the end of last
// year) and 本年增/减 (this year's signed change), so a 2020 report's 上一年项目数量 must be its 2019 report's
// 上一年项目数量 + 本年增/减, row by row. The fixtures are the tester's pair: 2019 as pdftotext -layout text, 2020 as
// Markdown, where 其他对外管理服务事项 gives 15 for 12 + (-1) = 11 and 行政处罚 9 for 5 + 0 = 5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, slice } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/crossyear-2019');
const Y2019 = readFileSync(join(DIR, '2019.txt'), 'utf8');
const Y2020 = readFileSync(join(DIR, '2020.md'), 'utf8');
const OTHER_2020 = '| 其他对外管理服务事项 | 15 | 0 | 287 |';
const PENALTY_2020 = '| 行政处罚 | 9 | 0 | 1 |';
/** The 2020 report's rows made to agree with 2019's. */
const AGREEING = edit(edit(Y2020, OTHER_2020, OTHER_2020.replace('15', '11')), PENALTY_2020, PENALTY_2020.replace('9', '5'));

const stockFlow = (text, prevText, options = {}) => {
  const previous = core.parseReport(prevText);
  const { report, findings } = core.analyze(text, { previous, ...options });
  return { report, previous, found: findings.filter((f) => f.ruleId === 'stock-flow') };
};

test('2019 format: 上一年项目数量 that is not last year\'s 上一年项目数量 + 本年增/减 is a warning naming both numbers', () => {
  const { report, previous, found } = stockFlow(Y2020, Y2019);
  assert.deepEqual(found.map((f) => [f.data.row, f.severity, f.expected, f.actual, slice(report, f.range), f.fix ?? null]), [
    ['T2.4', 'warning', 11, 15, '15', null],
    ['T2.5', 'warning', 5, 9, '9', null],
  ]);
  assert.equal(found[0].message, '表二“其他对外管理服务事项”上一年项目数量为 15，但上一年度报告（2019 年度）的上一年项目数量 12 + 本年增/减 (-1) = 11，相差 +4。如有事项清理、调整或重新归类，请在正文中说明。');
  assert.match(found[1].message, /“行政处罚”上一年项目数量为 9，但上一年度报告（2019 年度）的上一年项目数量 5 \+ 本年增\/减 0 = 5，相差 \+4/);
  // Last year's two cells, in last year's text.
  assert.deepEqual(found[0].related.map((r) => [r.report, slice(previous, r.range)]), [['previous', '12'], ['previous', '-1']]);
  assert.deepEqual(found[1].related.map((r) => [r.report, slice(previous, r.range)]), [['previous', '5'], ['previous', '0']]);
});

test('2019 format: the English message names the row and both reports\' numbers', () => {
  const { found } = stockFlow(Y2020, Y2019, { locale: 'en' });
  assert.equal(found[0].message, '表二 row “其他对外管理服务事项”: 上一年项目数量 (items at the end of last year) is 15, but last year\'s report (2019) gives 上一年项目数量 12 + 本年增/减 (-1) = 11 (difference +4). If items were cleaned up, adjusted or reclassified, say so in the text.');
});

test('2019 format: rows that agree, blank cells and a previous report of another format are not reported', () => {
  assert.deepEqual(stockFlow(AGREEING, Y2019).found, []);
  // A blank 本年增/减 last year: the row is not compared (a blank is not 0).
  const blank = edit(Y2019, '  其他对外管理服务事项         12                   -1 ', '  其他对外管理服务事项         12                      ');
  assert.deepEqual(stockFlow(Y2020, blank).found.map((f) => f.data.row), ['T2.5']);
  // Last year's report in the 2021 format has no 上一年项目数量 to compare with.
  const y2021 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').replaceAll('2024', '2019');
  assert.deepEqual(stockFlow(Y2020, y2021).found, []);
});

test('2019 format: not compared across a gap of years', () => {
  const y2021 = Y2020.replaceAll('2020年', '2021年').replaceAll('2021年1月25日', '2022年1月25日');
  const { report, found } = stockFlow(y2021, Y2019);
  assert.equal(report.year, 2021);
  assert.deepEqual(found, []);
});

test('the Markdown summary\'s cross-year line for the 2019 format: the rows that fail, or the equations that hold', () => {
  const line = (text) => {
    const previous = core.parseReport(Y2019);
    const { report, findings } = core.analyze(text, { previous });
    return core.summarizeTables(report, findings, 'zh', previous).filter((c) => c.crossYear && c.table === 't2');
  };
  const [bad] = line(Y2020);
  assert.deepEqual([bad.check, bad.status, bad.detail], ['上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减', 'warn', '“其他对外管理服务事项”：应为 11，实为 15；“行政处罚”：应为 5，实为 9（2019 年度报告）']);
  const [good] = line(AGREEING);
  assert.deepEqual([good.status, good.detail], ['ok', '行政许可 3 = 3 + 0；其他对外管理服务事项 11 = 12 + (-1)；行政处罚 5 = 5 + 0；行政强制 0 = 0 + 0；行政事业性收费 0 = 0 + 0（2019 年度报告）']);
});

test('a 2019-format 表二 serves as last year\'s for stock-flow even without a 表三; a 2021-format one does not', () => {
  const key = (text) => core.reportKey(core.parseReport(text));
  const noT3 = (k) => ({ ...k, crossYear: { ...k.crossYear, t3: false } });
  const k2020 = key(Y2020), k2019 = key(Y2019);
  assert.equal(k2020.crossYear.t2, '2019');
  assert.ok(core.servesCrossYear(noT3(k2020), noT3(k2019)));
  const k2021 = key(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'));
  assert.equal(k2021.crossYear.t2, '2021');
  assert.ok(!core.servesCrossYear(noT3(k2021), noT3(k2019)));
});
