// brk88 #7: a repository README whose H1 is the report's title with a remark (`# 某某市某某局2024年政府信息公开工作年度报告
// （草稿仓库）`) over a list naming the sections (`- 张三：一、总体情况`) was read as a report: six section-missing errors,
// whose fixes split the list items to make headings of them (`--fix` and fix-all-on-save rewrote the README).
// - A title whose remark says what the text is instead of naming its version or date (全文, 征求意见稿, 修订版), above
//   none of the report's sections, tables or 统计期限, is a text about the report, not the report.
// - No fix splits a Markdown list item to make a heading (section-missing's glued title, section-order's, pre-2019's
//   titles in one line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, edit, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TITLE = '# 某某市某某局2024年政府信息公开工作年度报告';
/** The breaker's README: the example's title with a remark, a note, and a list of who writes which section. */
const readme = (title) => `${title}\n\n这里存放草稿。正文在 draft.nianbao.md 中，请勿直接修改本文件。\n\n## 分工\n\n- 张三：一、总体情况\n- 李四：三、收到和处理政府信息公开申请情况（表三）\n`;
const README = readme(`${TITLE}（草稿仓库）`);
const LIST = ['- 张三：一、总体情况', '- 李四：三、收到和处理政府信息公开申请情况（表三）'];

test('the README titled as the report with the remark （草稿仓库） is no report: nothing said, nothing fixed; a version\'s remark, a section, a table or a period make a report', () => {
  const { report, findings } = core.analyze(README);
  assert.equal(report.isReport, false);
  assert.match(report.extras.writtenAbout.zh, /注明“草稿仓库”/);
  assert.deepEqual(findings, []);
  assert.equal(core.fixAll(README).text, README);
  // A title naming its version alone is a draft just begun; with a section, a table or a period any title is the report.
  for (const remark of ['', '（征求意见稿）', '（全文）', '（草稿）', '(修订版)', '（第二稿）']) {
    assert.equal(core.parseReport(`${TITLE}${remark}\n\n（待写）\n`).isReport, true, remark);
  }
  assert.equal(core.parseReport(`${TITLE}（草稿仓库）\n\n## 一、总体情况\n\n（待写）\n`).isReport, true);
  assert.equal(core.parseReport(`${TITLE}（草稿仓库）\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n`).isReport, true);
  // The whole example under that title: the report, read and checked as before.
  const whole = edit(CORRECT, TITLE, `${TITLE}（草稿仓库）`);
  const read = core.analyze(whole);
  assert.equal(read.report.isReport, true);
  assert.deepEqual(read.findings.map((f) => f.ruleId), core.analyze(CORRECT).findings.map((f) => f.ruleId));
});

test('the CLI skips the README, saying what it is', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-readme-'));
  writeFileSync(join(dir, 'README.md'), README);
  const zh = await runCli(['check', 'README.md'], { cwd: dir });
  assert.equal(zh.code, 0);
  assert.match(zh.stderr, /README\.md：一份以年度报告为题、注明“草稿仓库”的文字，没有报告的部分、表格或统计期限，不是年度报告本身，未检查/);
  const en = await runCli(['check', 'README.md', '--locale', 'en'], { cwd: dir });
  assert.match(en.stderr, /A text titled as an annual report with the remark “草稿仓库”, without the report's sections, tables or period: not the report itself; nothing checked/);
});

test('read as a report by its bare title, the README still keeps its list: section-missing inserts headings, splits no item', () => {
  const text = readme(TITLE);
  const { report, findings } = core.analyze(text);
  assert.equal(report.isReport, true);
  const missing = findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(missing.length, 6);
  for (const f of missing) {
    assert.doesNotMatch(f.message, /换行丢失|另起一行/);
    for (const e of f.fix?.edits ?? []) assert.ok(!LIST.includes(text.split('\n')[e.range.start.line]), f.message);
  }
  const fixed = core.fixAll(text).text;
  for (const item of LIST) assert.ok(fixed.split('\n').includes(item), item);
});

test('a list item naming a section inside a report is no glued title: the fix does not split it', () => {
  // Section 五's heading gone, its title named in a list item under 四.
  const text = edit(edit(CORRECT, '## 五、存在的主要问题及改进情况\n\n', ''), '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。\n', '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。\n\n- 下一步：五、存在的主要问题及改进情况\n');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0].message, /换行丢失/);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.split('\n').includes('- 下一步：五、存在的主要问题及改进情况'));
});

test('pre-2019: a list item holding the skipped section\'s title is no heading glued to a paragraph (section-order does not split it)', () => {
  const text = [
    '# 某某县2018年政府信息公开工作年度报告', '', '## 一、概述', '', '2018年，本县认真贯彻落实《条例》。', '',
    '## 二、主动公开政府信息情况', '', '全年主动公开政府信息120条。', '', '- 分工：三、依申请公开政府信息情况', '',
    '## 四、因政府信息公开申请行政复议、提起行政诉讼的情况', '', '无。', '', '## 五、存在的主要问题及改进措施', '', '无。', '',
  ].join('\n');
  const found = core.analyze(text).findings;
  assert.equal(core.parseReport(text).format, 'pre2019');
  // (The report has no 收费及减免 at all: section-missing's info on that 条例 item, brk159 #2. The gap 二 → 四 is said
  // no more: 三's words stand in the list item.)
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  assert.match(found[0].message, /收费及减免/);
  for (const f of found) {
    assert.doesNotMatch(f.message, /换行丢失/);
    assert.equal(f.fix, undefined);
  }
  assert.equal(core.fixAll(text).text, text);
});
