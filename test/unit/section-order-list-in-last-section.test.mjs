// A list numbered 一、二、 inside the last section (`六、其他需要报告的事项`: 政务公开工作要点落实情况, 建议提案办理
// 结果公开情况, as agencies report them there) is no restart of the section numbering: the formats have nothing after
// 六 (pre-2019: after 七, or after 六 when the report has no 七). It was read as level-1 headings after 六 (section-order
// `应为“七、”`, section-empty on a 六 whose text is that list). A restart with a section's title is still said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const STRUCTURE = new Set(['section-order', 'section-empty', 'section-missing', 'section-title', 'subheading-order']);
const SIGNATURE = '某某市某某局';
/** correct-2024 with `body` put at the end of 六, before the signature. */
const withSix = (body, keepFee = true) => {
  const at = correct.lastIndexOf(SIGNATURE);
  let head = correct.slice(0, at);
  if (!keepFee) head = head.replace('本年度未收取信息处理费。\n\n', '');
  return head + body + '\n\n' + correct.slice(at);
};
const structure = (text, opts) => core.analyze(text, opts).findings.filter((f) => STRUCTURE.has(f.ruleId)).map((f) => `${f.ruleId} ${f.range.start.line + 1} ${f.message}`);
const titles = (report) => report.sections.map((s) => s.heading.ordinal + s.heading.title);

const LIST = ['一、落实上级年度政务公开工作要点情况', '', '按照要点要求，逐项落实。', '', '二、人大代表建议和政协提案办理结果公开情况', '', '全年办理建议12件、提案8件，均已公开。'].join('\n');
const LIST_RUN_IN = ['一、落实上级年度政务公开工作要点情况。按照要点要求，逐项落实。', '', '二、人大代表建议和政协提案办理情况。全年办理建议12件、提案8件。'].join('\n');

test('一、二、 under 六、其他需要报告的事项 are a list inside 六: no finding, six sections, the items 六\'s', () => {
  for (const [name, body] of [['headings', LIST], ['run-in', LIST_RUN_IN], ['bold', LIST.replace(/^(.、.*)$/gm, '**$1**')],
    ['three items, the last 创新', `${LIST}\n\n三、政务公开工作创新情况\n\n推行政策“一网通查”。`]]) {
    const text = withSix(body);
    const { report } = core.analyze(text);
    assert.deepEqual(structure(text), [], name);
    assert.deepEqual(titles(report), SIX, name);
    assert.deepEqual(report.sections[5].children.map((h) => h.ordinal)[0], '一、', name);
    assert.equal(report.sections[5].endLine, report.lines.lineCount, name);
  }
});

test('六 whose only text is the list is not empty', () => {
  const text = withSix(LIST, false);
  assert.ok(!text.includes('未收取信息处理费'));
  assert.deepEqual(structure(text), []);
});

test('two lists under 六 (一、二、 then 一、 again) are both 六\'s', () => {
  const text = withSix(`${LIST}\n\n其他事项如下：\n\n一、政务公开工作创新情况\n\n推行政策“一网通查”。`);
  assert.deepEqual(structure(text), []);
  assert.equal(core.analyze(text).report.sections[5].children.length, 3);
});

test('pre-2019: 一、二、 under 七、其他需要报告的事项, or under 六 of a report without 七, are a list inside it', () => {
  const head = ['某某县民政局2016年政府信息公开工作年度报告', '', '一、概述', '', '本年度政府信息公开工作稳步推进。', '', '二、主动公开政府信息情况', '', '全年主动公开政府信息120条。', '',
    '三、依申请公开政府信息情况', '', '全年收到申请5件。', '', '四、政府信息公开的收费及减免情况', '', '未收取费用。', '',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况', '', '无。', '', '六、政府信息公开工作存在的主要问题及改进情况', '', '公开内容不够全面。', ''];
  const list = ['一、重点领域信息公开情况', '', '逐项落实。', '', '二、人大代表建议和政协提案办理公开情况', '', '已公开。'];
  const tail = ['', '某某县民政局', '2017年3月20日'];
  for (const [name, lines, n] of [['七', [...head, '七、其他需要报告的事项', '', ...list, ...tail], 7], ['六', [...head, ...list, ...tail], 6]]) {
    const text = lines.join('\n');
    const { report } = core.analyze(text);
    assert.equal(report.format, 'pre2019', name);
    assert.deepEqual(structure(text), [], name);
    assert.equal(report.sections.length, n, name);
    assert.deepEqual(report.sections[n - 1].children.map((h) => h.title), ['重点领域信息公开情况', '人大代表建议和政协提案办理公开情况'], name);
  }
});

test('still said: a restart after 六 with a section\'s title, in the run or alone', () => {
  const titled = withSix(LIST.replace('二、人大代表建议和政协提案办理结果公开情况', '二、主动公开政府信息情况'));
  assert.ok(structure(titled).some((f) => f.startsWith('section-order') && f.includes('应为“七、”')), structure(titled).join('\n'));
  const again = withSix('一、总体情况\n\n重复的总体情况。');
  assert.ok(structure(again).some((f) => f.startsWith('section-order') && f.includes('“一、总体情况”跟在“六、其他需要报告的事项”之后')));
  // The report pasted again after a list in 六: said once, at the restart, the list left in 六.
  const pasted = withSix(`${LIST}\n\n${correct.slice(correct.indexOf('## 一、总体情况'), correct.lastIndexOf(SIGNATURE))}`);
  const order = structure(pasted).filter((f) => f.startsWith('section-order'));
  assert.equal(order.length, 1, order.join('\n'));
  assert.match(order[0], /一级标题编号从“一、”重新开始/);
});

test('still said: 一、二、 after the signature (an annex without its 附件 line), and a repeated 三、收到和处理…', () => {
  const after = correct.trimEnd() + '\n\n' + LIST + '\n';
  assert.ok(structure(after).some((f) => f.startsWith('section-order')));
  const twice = correct.replace('## 四、政府信息公开行政复议、行政诉讼情况', '## 三、收到和处理政府信息公开申请情况\n\n重复。\n\n## 四、政府信息公开行政复议、行政诉讼情况');
  assert.ok(structure(twice).some((f) => f.startsWith('section-order')));
});
