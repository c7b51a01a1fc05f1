// What is a report at all (breaker24 item 3): two Markdown files that are not reports got report errors.
// - Minutes of a meeting on writing the reports quote 表三's balance in a sentence (`表三“本年新收…”加“上年结转…”应等于
//   “总计”加“结转下年度继续办理”。`) above a small table of their own: the sentence was read as the first row of a 表三
//   (findTable3), so the minutes had a table and were a report (six section-missing, a table-empty).
// - A repository README lists `- 2024年政府信息公开工作年度报告（见 nb.md）` under `## 目录`: the list item was read as
//   the report's title.
// A sentence is no table row, and a Markdown list item is no title. Fixtures: test/fixtures/reports/breaker24-r10-*,
// breaker24-r14-* (the breaker's files), examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test', 'fixtures', 'reports', name), 'utf8');
const MINUTES = fixture('breaker24-r10-meeting-minutes.md');
const README = fixture('breaker24-r14-repo-readme.md');
const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const check = (text) => core.checkReport(core.parseReport(text));

test('breaker24 r10: minutes quoting 表三\'s balance in a sentence above a table of their own are minutes: no 表三, no report, no findings', () => {
  assert.match(MINUTES, /^表三“本年新收政府信息公开申请数量”加“上年结转政府信息公开申请数量”应等于“总计”加“结转下年度继续办理”。/m);
  assert.match(MINUTES, /^\| 单位 \| 报送时间 \|$/m);
  const r = core.parseReport(MINUTES);
  assert.equal(r.tables.t3, undefined);
  assert.equal(r.isReport, false);
  assert.match(JSON.stringify(r.extras), /会议纪要/);
  assert.deepEqual(check(MINUTES), []);
});

test('a sentence quoting 表三\'s labels inside a report is prose: the report\'s own 表三 is read, its findings unchanged', () => {
  const sentence = '表三“本年新收政府信息公开申请数量”加“上年结转政府信息公开申请数量”应等于“总计”加“结转下年度继续办理”。';
  const at = correct.indexOf('## 二、');
  const text = correct.slice(0, at) + sentence + '\n\n' + correct.slice(at);
  const r = core.parseReport(text);
  assert.equal(r.tables.t3.range.start.line, core.parseReport(correct).tables.t3.range.start.line + 2);
  assert.equal(r.tables.t3.rows.length, core.parseReport(correct).tables.t3.rows.length);
  // The same findings (none: the example is correct), two lines lower.
  assert.deepEqual(check(text), []);
  assert.deepEqual(check(correct), []);
});

test('breaker24 r14: a README listing a report in a bullet under 目录 is no report; the same line as a title still is', () => {
  assert.match(README, /^- 2024年政府信息公开工作年度报告（见 nb\.md）$/m);
  const r = core.parseReport(README);
  assert.equal(r.title, null);
  assert.equal(r.isReport, false);
  assert.deepEqual(check(README), []);
  // Without the list marker the line is a title (a report of one line, said as such by the structure rules).
  const titled = core.parseReport(README.replace('- 2024年政府信息公开工作年度报告（见 nb.md）', '2024年政府信息公开工作年度报告'));
  assert.equal(titled.title?.text, '2024年政府信息公开工作年度报告');
  // A report's own numbered sections are no list items: the example keeps its title.
  assert.equal(core.parseReport(correct).title?.text, '# 某某市某某局2024年政府信息公开工作年度报告');
});

// breaker25 item 2: the same README under `# 青山县政务公开年报`: a title naming no year, above none of the report's
// sections, tables or period, made it a report again (six section-missing, three year-mismatch).
test('breaker25: a title without a year above a list of files and nothing of a report is no report; with a year or a section it is', () => {
  const readme = '# 青山县政务公开年报\n\n本仓库存放本局各年度的年报。\n\n## 目录\n\n- 2024年政府信息公开工作年度报告（见 nb.md）\n- [2023年政府信息公开工作年度报告](2023.md)\n';
  assert.equal(core.parseReport(readme).isReport, false);
  assert.deepEqual(check(readme), []);
  // A draft just begun: its title names the year, or a section of the report follows it.
  assert.equal(core.parseReport('# 青山县2024年政务公开年报\n\n（待写）\n').isReport, true);
  assert.equal(core.parseReport('# 青山县政务公开年报\n\n## 一、总体情况\n\n（待写）\n').isReport, true);
});
