// A pre-2019 report with its 《政府信息公开情况统计表》 appendix pasted from Excel (templates.md §2.2): the table's rows
// whose labels start like headings (`四、行政复议数量<TAB>件<TAB>0`, `一、主动公开情况<TAB><TAB>`) are table rows, not
// sections (breaker34 #6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** A clean pre-2019 report (as `nianbao new` writes it), its fill-in notes replaced by text, signed. */
function report() {
  return core.renderNewReport({ format: 'pre2019', year: 2017, agency: '某某县农业农村局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。');
}

const APPENDIX = [
  '附表：政府信息公开情况统计表',
  '',
  '统计指标\t单位\t统计数',
  '一、主动公开情况\t\t',
  '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t条\t170',
  '其中：主动公开规范性文件数\t条\t3',
  '二、回应解读情况\t\t',
  '三、依申请公开情况\t\t',
  '（一）收到申请数\t件\t24',
  '1.当面申请数\t件\t4',
  '（二）申请办结数\t件\t24',
  '四、行政复议数量\t件\t0',
  '五、行政诉讼数量\t件\t0',
].join('\n');

test('the rows of a tab-separated 统计表 appendix are no headings: no section-order or section-empty, the outline is the report\'s', () => {
  const base = report();
  const clean = core.analyze(base);
  const text = `${base.trimEnd()}\n\n${APPENDIX}\n`;
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), clean.findings.map((f) => f.ruleId));
  assert.deepEqual(r.headings.map((h) => h.ordinal + h.title), clean.report.headings.map((h) => h.ordinal + h.title));
  assert.ok(!r.headings.some((h) => h.title.includes('\t')));
});

test('a heading line with a tab but no number after it, away from a table, is still a heading', () => {
  const base = report();
  const text = base.replace('七、其他需要报告的事项', '七、其他需要报告的事项\t');
  assert.notEqual(text, base);
  const { report: r } = core.analyze(text);
  assert.ok(r.headings.some((h) => h.ordinal + h.title === '七、其他需要报告的事项'));
});
