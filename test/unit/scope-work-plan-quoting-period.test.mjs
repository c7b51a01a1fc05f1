// Which texts are reports (breaker13): an office's work plan that quotes the report's 统计期限 sentence is not one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli } from '../helpers.mjs';

const PLAN = [
  '# 办公室2025年工作计划',
  '',
  '一、按时编制某某县农业农村局2025年政府信息公开工作年度报告，1月31日前发布。',
  '二、本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止的要求要提前告知各科室。',
  '三、做好政务公开培训。',
  '',
].join('\n');

test('a work plan quoting the 统计期限 sentence is not a report: no findings, and the CLI says what it is', async () => {
  const report = core.parseReport(PLAN);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, { zh: '一份工作计划，只是提到了年度报告，不是年度报告本身', en: 'a work plan that mentions an annual report, not the report itself' });
  assert.deepEqual(core.checkReport(report), []);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b13-'));
  writeFileSync(join(dir, '工作计划.md'), PLAN);
  const r = await runCli(['check', '工作计划.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /工作计划\.md：一份工作计划，只是提到了年度报告，不是年度报告本身，未检查/);
});

test('a report titled as one, or one with its sections, is still a report when a plan-like line opens it', () => {
  // The same lines under a report's title are a (very incomplete) report (`1月31日前` is no news article's 日前).
  const titled = PLAN.replace('# 办公室2025年工作计划', '# 某某县农业农村局2025年政府信息公开工作年度报告');
  assert.equal(core.parseReport(titled).isReport, true);
  // A report published inside a notice keeps its sections: a report.
  const notice = `# 关于公布2024年度报告的通知\n\n一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n`;
  assert.equal(core.parseReport(notice).isReport, true);
});
