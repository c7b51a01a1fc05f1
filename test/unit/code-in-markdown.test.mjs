// Markdown fenced code is no part of a report (brk87 #2): a note quoting a row in a fence is no report, a report with
// a fenced example reads as without it, and no fix edits code. (Inline code is read as text: converters write
// numbers in it as in bold, markdown-emphasis-numbers.test.mjs; a 统计期限 quoted in it is an example.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('a note quoting a table row in a fenced code block is no report and gets no finding', () => {
  for (const fence of ['```text', '```', '````', '> ```']) {
    const close = fence.startsWith('>') ? '> ```' : fence.replace(/[a-z]+$/, '');
    const q = fence.startsWith('>') ? '> ' : '';
    const text = `# 使用说明\n\n粘贴时要注意制表符。\n\n${fence}\n${q}| 一、本年新收政府信息公开申请数量 | 40\t3\t0\t1\t2\t0\t46 |\n${close}\n`;
    const { report, findings } = core.analyze(text);
    assert.equal(report.isReport, false, fence);
    assert.deepEqual(findings, [], fence);
    assert.equal(report.tables.t3, undefined, fence);
  }
  // Without the fence, the same row is read (and its tab-joined numbers said): the fence is what changed. So it is
  // with a fence never closed (a line of backticks left alone is no code to the end of the text), or of tildes (a
  // separator line in plain text).
  const row = '| 一、本年新收政府信息公开申请数量 | 40\t3\t0\t1\t2\t0\t46 |\n';
  // (The fence never closed is itself said: fence-unclosed, as a page renders the rest as code.)
  for (const [open, close, said] of [['', '', []], ['```\n', '', ['fence-unclosed']], ['~~~\n', '~~~\n', []]]) {
    assert.deepEqual(ids(`# 使用说明\n\n粘贴时要注意制表符。\n\n${open}${row}${close}`), [...said, 'cell-tab-joined'], open);
  }
});

test('a 统计期限 in inline code or quoted as an example makes no report', () => {
  assert.equal(core.parseReport('# 更新说明\n\n- 统计期限写作年度（`统计期限为2023年度`）时也能读出年度。\n').isReport, false);
  assert.equal(core.parseReport('# 写作指南\n\n统计期限（如“统计期限自2024年1月1日起至12月31日止”，也写作“统计期限为2024年度”）须与标题一致。\n').isReport, false);
  // A report's own period, unquoted or with its dates quoted after the words, is one.
  assert.equal(core.parseReport('本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n').isReport, true);
  assert.equal(core.parseReport('本报告中所列数据的统计期限为“2024年1月1日至2024年12月31日”。\n').isReport, true);
});

test('a report with a fenced example reads and checks as without it; its columns and lines stay as written', () => {
  const at = CORRECT.indexOf('## 六、');
  const fenced = '```\n| （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 6 |\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n```\n\n';
  const text = CORRECT.slice(0, at) + fenced + CORRECT.slice(at);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings, []);
  assert.equal(report.year, 2024);
  // Same offsets: the sections after the block start on the same line as written.
  assert.equal(report.lines.lineCount, text.split('\n').length);
  assert.equal(report.lines.length, text.length);
  assert.equal(core.sourceLinesOf(report).text, text);
  // The same lines unfenced are read (another year's period): the fence is what changed.
  assert.ok(ids(CORRECT.slice(0, at) + fenced.replace(/```\n/g, '') + CORRECT.slice(at)).includes('year-mismatch'));
});

test('a fix that would move a fenced block (written as blanks in the view) is not offered, and says so', () => {
  // Sections 五 and 六 swapped, with a fenced example in each: section-order's fix moves one of them, block and all.
  const a = CORRECT.indexOf('## 五、'), b = CORRECT.indexOf('## 六、');
  const block = (s) => s.replace('\n\n', '\n\n```\n示例：| 规章 | 0 |\n```\n\n');
  const five = block(CORRECT.slice(a, b));
  const text = CORRECT.slice(0, a) + block(CORRECT.slice(b).trimEnd()) + '\n\n' + five;
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, !!f.fix]), [['section-order', false]]);
  assert.match(found[0].message, /修复会改动代码块（```）中的文字，未提供自动修复/);
  assert.equal(core.fixAll(text).text, text);
  // Without the block, the same swap is fixed; so it is with the block in the section that stays (五: brk106 #19,
  // the fix moves 六 alone and leaves 五, block and all, as it is).
  const plain = CORRECT.slice(0, a) + CORRECT.slice(b).trimEnd() + '\n\n' + CORRECT.slice(a, b);
  assert.deepEqual(core.analyze(plain).findings.map((f) => [f.ruleId, !!f.fix]), [['section-order', true]]);
  const inFive = CORRECT.slice(0, a) + CORRECT.slice(b).trimEnd() + '\n\n' + five;
  assert.deepEqual(core.analyze(inFive).findings.map((f) => [f.ruleId, !!f.fix]), [['section-order', true]]);
  const fixed = core.fixAll(inFive).text;
  assert.ok(fixed.indexOf('## 五、') < fixed.indexOf('## 六、'));
  assert.ok(fixed.includes(five.trimEnd()), 'the block in 五 as written');
  // A fix elsewhere in a report with a block (a row inserted into the table under the item's heading below it) is
  // still offered.
  const lines = CORRECT.split('\n');
  const i = lines.findIndex((l) => l.startsWith('| 行政许可'));
  const t = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n').replace('第二十条第（五）项', '```\n注\n```\n第二十条第（五）项');
  const f = core.analyze(t).findings.filter((x) => x.ruleId === 'row-missing');
  assert.equal(f.length, 1);
  assert.ok(f[0].fix, f[0].message);
});
