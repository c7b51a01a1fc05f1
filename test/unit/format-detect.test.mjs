// Which format a report is read in when its tables mix formats (templates.md §1, §7 item 7): the report year and the
// 文号 it cites weigh with the table labels. A report of a year in which the 2021 format is in force, with a 表二
// copied from a 2019-format draft, is a 2021-format report with old blocks (format-mixed on those blocks), not a
// 2019-format report (format-outdated, and format-mixed on its correct 表三). Only a report wholly in the old format
// is format-outdated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const FORMAT_RULES = ['format-mixed', 'format-outdated', 'format-anachronism', 'cell-count', 'column-label'];
const formatFindings = (text) => {
  const { report, findings } = core.analyze(text);
  return { report, found: findings.filter((f) => FORMAT_RULES.includes(f.ruleId)) };
};
/** 1-based numbers of the lines of `text` that contain `s`. */
const linesWith = (text, s) => text.split('\n').flatMap((l, i) => ((typeof s === 'string' ? l.includes(s) : s.test(l)) ? [i + 1] : []));

/** 沭阳县发改局 2023 (a real 2021-format report) with its 表二 replaced by the 表二 of 昭通 2018 (real 2019-format tables). */
function realMix() {
  const report = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const old = corpusText('seeds/003_7487cbc35b761747.txt');
  const t2 = old.slice(old.indexOf('第二十条第(一)项 |'), old.indexOf('三、收到和处理政府信息公开申请情况'));
  const a = report.indexOf('| 第二十条第（一）项 |'), b = report.indexOf('三、收到和处理政府信息公开申请情况');
  assert.ok(a > 0 && b > a && t2.includes('第二十条第(九)项'));
  return report.slice(0, a) + t2 + '\n' + report.slice(b);
}

test('a real 2021-format report (沭阳县发改局 2023) with the 表二 of a real 2019-format report is read as 2021 and flags the old 表二 only', () => {
  const text = realMix();
  const { report, found } = formatFindings(text);
  assert.equal(report.format, '2021');
  assert.equal(report.year, 2023);
  // Each 2019 header, block and row of 表二 once; nothing on 表三 (its （六） is the correct three rows), no
  // format-outdated, no cell-count on the old rows (3 values under a 2019 header), no column-label misspelling.
  const expected = [
    ...linesWith(text, '本年新制作数量'), ...linesWith(text, /^规范性文件 \|/), ...linesWith(text, '上一年项目数量'),
    ...linesWith(text, '其他对外管理服务事项'), ...linesWith(text, '第二十条第(九)项'), ...linesWith(text, '采购项目数量'), ...linesWith(text, '政府集中采购'),
  ].sort((x, y) => x - y);
  assert.equal(expected.length, 9);
  // cell-count (brk146 #3): the old （一）项 and （八）项 blocks lack the 2021 columns (本年制发件数 …, 本年收费金额),
  // an error at their headers; the old （五）（六）项 blocks lack none (处理决定数量 is 本年处理决定数量).
  const lacking = [...linesWith(text, '本年新制作数量'), ...linesWith(text, /上一年项目数量 \| 本年增\/减 \|\s*$/)];
  assert.equal(lacking.length, 2);
  const want = [...expected.map((l) => ['format-mixed', l]), ...lacking.map((l) => ['cell-count', l])].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line + 1]), want);
  assert.ok(found.every((f) => f.severity === (f.ruleId === 'cell-count' ? 'error' : 'warning')));
  const t3 = report.extras.spans.t3;
  assert.ok(found.every((f) => f.range.start.line < t3.start));
  assert.match(found.find((f) => f.range.start.line + 1 === linesWith(text, /^规范性文件 \|/)[0]).message, /2021年格式为“行政规范性文件”/);
  // With real numbers in the old block (本年增/减 negative, 采购总金额 in 元): no other error, the same findings.
  const valued = text
    .replace('行政许可 | 0 | 0 | 0 |', '行政许可 | 12 | -2 | 30 |')
    .replace('行政事业性收费 | 0 | 0 |', '行政事业性收费 | 3 | -1 |')
    .replace('政府集中采购 | 0 | 0 |', '政府集中采购 | 2 | 251000元 |');
  assert.notEqual(valued, text);
  const all = core.analyze(valued).findings;
  assert.deepEqual(all.filter((f) => f.severity === 'error').map((f) => f.ruleId), ['cell-count', 'cell-count']);
  assert.deepEqual(all.filter((f) => FORMAT_RULES.includes(f.ruleId)).map((f) => [f.ruleId, f.range.start.line + 1]), want);
});

test('`nianbao new` 2024 report (2021 format, cites 〔2021〕30号) with the 表二 section of the 2019-format draft: format 2021, format-mixed on 表二', () => {
  const current = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' });
  const draft = core.renderNewReport({ format: '2019', year: 2024, agency: '某某市某某局' });
  const section = (t) => t.slice(t.indexOf('## 二、主动公开政府信息情况'), t.indexOf('## 三、收到和处理政府信息公开申请情况'));
  const text = current.replace(section(current), section(draft));
  const { report, found } = formatFindings(text);
  assert.equal(report.format, '2021');
  assert.ok(report.formatEvidence.includes('〔2021〕30号') && report.formatEvidence.includes('year 2024'), report.formatEvidence.join());
  // cell-count (brk146 #3): the 2019 （一）项 and （八）项 blocks lack the 2021 columns, an error at each header.
  const lacking = found.filter((f) => f.ruleId === 'cell-count');
  assert.deepEqual(lacking.map((f) => f.message.match(/^表二(第二十条第（.）项)缺少/)?.[1]), ['第二十条第（一）项', '第二十条第（八）项']);
  const mixed = found.filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length + lacking.length, found.length);
  // 7 findings: the 2019 headers and rows (规范性文件, 其他对外管理服务事项 …), and the leftover 第二十条第（九）项 block
  // said once, at its heading (it was three findings: heading, header, 政府集中采购 row; brk185).
  const t2 = report.extras.spans.t2;
  assert.ok(found.every((f) => f.range.start.line >= t2.start && f.range.start.line < t2.end));
  assert.deepEqual(mixed.map((f) => text.split('\n')[f.range.start.line].includes('规范性文件') || /本年新制作数量|上一年项目数量|其他对外管理服务事项|第二十条第（九）项|采购项目数量|政府集中采购/.test(text.split('\n')[f.range.start.line])), mixed.map(() => true));
  assert.equal(mixed.length, 7);
});

// The three tests below guard the limits of the rule above (they hold on the code before it as well).
test('a 2024 report wholly in the 2019 format is still format-outdated, even when its introduction cites 〔2021〕30号', () => {
  const old = core.renderNewReport({ format: '2019', year: 2024, agency: '某某市某某局' });
  for (const text of [old, old.replace('国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号')]) {
    const { report, found } = formatFindings(text);
    assert.equal(report.format, '2019');
    assert.deepEqual(found.map((f) => f.ruleId), ['format-outdated']);
  }
});

test('a 2021-format report with one 2019 block stays 2021 (mix of one block), and a clean 2024 report has no format finding', () => {
  const current = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' });
  assert.deepEqual(formatFindings(current).found, []);
  const text = current.replace('| 行政规范性文件 |', '| 规范性文件     |');
  const { report, found } = formatFindings(text);
  assert.equal(report.format, '2021');
  assert.deepEqual(found.map((f) => f.ruleId), ['format-mixed']);
});

test('2019 tables in a 2018 report (昭通 2018) stay format-anachronism', () => {
  const { report, found } = formatFindings(corpusText('seeds/003_7487cbc35b761747.txt'));
  assert.equal(report.format, '2019');
  assert.ok(found.some((f) => f.ruleId === 'format-anachronism'));
  assert.ok(!found.some((f) => f.ruleId === 'format-mixed' || f.ruleId === 'format-outdated'));
});
