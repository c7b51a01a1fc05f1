// Which texts are reports (breaker16 item 1): a notice whose title names the report (`关于做好2024年政府信息公开工作
// 年度报告编制发布工作的通知`) and quotes its 统计期限, and a work plan opening with `一、总体要求`, are not reports;
// a plan's `一、总体要求` is no `一、总体情况`. Genuine reports (corpus, examples, titles with a document number or
// a 印发 wrapper around the report's sections) stay reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const NOTICE = [
  '# 关于做好2024年政府信息公开工作年度报告编制发布工作的通知',
  '',
  '各乡镇人民政府、街道办事处，县政府各部门：',
  '',
  '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，现就做好2024年政府信息公开工作年度报告编制发布工作通知如下。',
  '',
  '一、报告内容',
  '',
  '年度报告应包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分，统计期限自2024年1月1日起至2024年12月31日止。',
  '',
  '二、时间要求',
  '',
  '各部门应于2025年1月31日前在政府门户网站公开本部门年度报告，并报县政务公开办备案。',
  '',
  '三、工作要求',
  '',
  '各单位要严格核对数据，确保表三“第一项加第二项之和，等于第三项加第四项之和”。',
  '',
  '石门县人民政府办公室',
  '2024年12月20日',
  '',
].join('\n');

const PLAN = [
  '石门县2025年政务公开工作计划',
  '',
  '为深入贯彻《中华人民共和国政府信息公开条例》，结合我县实际，制定本计划。',
  '',
  '一、总体要求',
  '',
  '坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。',
  '',
  '二、重点任务',
  '',
  '（一）做好政府信息主动公开。全年主动公开政府信息不少于3000条。',
  '（二）规范依申请公开办理。依法按时答复，确保答复规范率100%。',
  '（三）按时编制发布年度报告。2026年1月31日前发布2025年政府信息公开工作年度报告，统计期限自2025年1月1日起至2025年12月31日止。',
  '',
  '三、保障措施',
  '',
  '加强组织领导，强化考核督查。',
  '',
  '石门县人民政府办公室',
  '2025年2月10日',
  '',
].join('\n');

test('a notice whose title names the report, quoting its 统计期限, is no report: no findings, and the CLI says it is a notice', async () => {
  const report = core.parseReport(NOTICE);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, { zh: '一份通知，只是提到了年度报告，不是年度报告本身', en: 'a notice that mentions an annual report, not the report itself' });
  assert.deepEqual(core.checkReport(report), []);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b16-'));
  writeFileSync(join(dir, 'notice-2024.md'), NOTICE);
  const r = await runCli(['check', 'notice-2024.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /notice-2024\.md：一份通知，只是提到了年度报告，不是年度报告本身，未检查/);
});

test('other documents titled by their kind, naming the report or not, wrapped over lines or under a document number, are no reports; reports so titled are', () => {
  const titled = (title) => core.parseReport(NOTICE.replace(/^# .*$/m, title));
  for (const [title, kind] of [
    ['# 关于做好年报编制发布工作的通知', '通知'],
    ['关于报送2024年政府信息公开工作年度报告的函', '函'],
    ['某某县2024年政府信息公开工作年度报告编制工作方案', '工作方案'],
    ['某某县2024年政府信息公开工作年度报告编制方案', '方案'],
    ['关于进一步规范政府信息公开工作年度报告编制的意见', '意见'],
    ['石政办发〔2024〕12号\n\n关于做好2024年政府信息公开工作年度报告编制发布工作的通知', '通知'],
    ['关于做好2024年政府信息公开工作年度报告\n编制发布工作的通知', '通知'],
    ['关于做好2024年政府信息公开工作年度报告编制发布工作', '文件'],
  ]) {
    const report = titled(title);
    assert.equal(report.isReport, false, title);
    assert.match(report.extras.writtenAbout?.zh ?? '', new RegExp(`^一份${kind}，`), title);
  }
  assert.equal(titled('关于报送2024年政府信息公开工作年度报告的函').extras.writtenAbout.en, 'a letter that mentions an annual report, not the report itself');
  assert.equal(titled('关于做好2024年政府信息公开工作年度报告编制发布工作').extras.writtenAbout.en, 'a document that mentions an annual report, not the report itself');
  // Reports stay reports: under a document number, in a 印发 notice with their sections, with a suffix after the title.
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  assert.equal(core.parseReport(example).isReport, true);
  const title = example.split('\n')[0];
  assert.match(title, /年度报告$/);
  for (const variant of [
    example.replace(title, `石政办发〔2025〕3号\n\n${title}`),
    example.replace(title, `# 某某县人民政府办公室关于印发某某县2024年政府信息公开工作年度报告的通知\n\n${title}`),
    example.replace(title, `# 关于转发《某某县2024年政府信息公开工作年度报告》的通知`),
    example.replace(title, `${title}（全文）`),
  ]) assert.equal(core.parseReport(variant).isReport, true, variant.slice(0, 80));
  // A draft with only its title and a 统计期限 sentence is still read as one.
  assert.equal(core.parseReport('# 某某局2024年政府信息公开工作年度报告\n\n本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。\n').isReport, true);
});

test('a work plan opening with 一、总体要求 is no report, and 总体要求 is no 总体情况', () => {
  const report = core.parseReport(PLAN);
  assert.equal(report.headings.find((h) => h.title === '总体要求').canonical, -1);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, { zh: '一份工作计划，只是提到了年度报告，不是年度报告本身', en: 'a work plan that mentions an annual report, not the report itself' });
  assert.deepEqual(core.checkReport(report), []);
  // The plan's other words for its opening part are none either; the report's own variants still are section 1.
  const tpl = core.templateOf('2021');
  for (const t of ['总体要求', '总体目标', '总体思路', '总体部署']) assert.equal(core.classifySection(t, tpl), -1, t);
  for (const t of ['总体情况', '2024年总体情况', '总体工作情况', '政府信息公开总体情况', '总体概况', '工作概况', '概述', '基本情况']) assert.equal(core.classifySection(t, tpl), 0, t);
  assert.equal(core.classifySection('政府信息公开总体工作情况', core.templateOf('pre2019')), 0);
  assert.equal(core.classifySection('总体要求', core.templateOf('pre2019')), -1);
});
