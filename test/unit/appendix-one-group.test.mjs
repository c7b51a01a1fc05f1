// brk182 #5: an appendix after the report (附表, 附件, 附表：政府信息公开情况统计表, 附表1) holding one group of the
// tables numbered after the report's own sections (`二、政府信息公开行政复议、行政诉讼情况` with 表四) is an annex, not a
// misnumbered section four (section-order's advice would have had the user renumber the report's real 一、二、). And
// 表三 given in such an appendix, with a 行政复议 group in words only below it: the body's 表四 under 四 is read (it was
// said unreadable by table-missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8').replace(/\r\n/g, '\n');
const lines = BASE.split('\n');
const block = (from, to) => lines.slice(lines.indexOf(from) + 1, lines.indexOf(to)).join('\n').trim();
const T3_BLOCK = block('## 三、收到和处理政府信息公开申请情况', '## 四、政府信息公开行政复议、行政诉讼情况');
const T4_TABLE = block('## 四、政府信息公开行政复议、行政诉讼情况', '## 五、存在的主要问题及改进情况').split('\n').filter((l) => l.startsWith('|')).join('\n');
const SECTION_RULES = new Set(['section-order', 'section-empty', 'section-missing', 'section-title', 'subheading-order']);
const msgs = (fs) => fs.map((f) => `${f.ruleId} ${f.message?.zh ?? f.message}`);

for (const title of ['附表', '附件', '附表：政府信息公开情况统计表', '附表1', '**附表2**']) {
  for (const [group, body] of [
    ['二、政府信息公开行政复议、行政诉讼情况', T4_TABLE],
    ['三、政府信息公开行政复议、行政诉讼情况', T4_TABLE],
    ['二、收到和处理政府信息公开申请情况', T3_BLOCK.split('\n').filter((l) => l.startsWith('|')).join('\n')],
  ]) {
    test(`brk182 #5: appendix "${title}" with one group "${group}" after the report: no section finding, six sections`, () => {
      const text = BASE.trimEnd() + `\n\n\n${title}\n\n## ${group}\n\n${body}\n`;
      const { report, findings } = core.analyze(text, { fileName: 'report.md' });
      assert.deepEqual(msgs(findings.filter((f) => SECTION_RULES.has(f.ruleId))), []);
      assert.deepEqual(report.sections.map((s) => s.heading.ordinalValue), [1, 2, 3, 4, 5, 6]);
    });
  }
}

test('brk182 #5: 表三 in an appendix with a 行政复议 group in words only: the body\'s 表四 is read, no table-missing', () => {
  const text = BASE.replace(T3_BLOCK, '收到和处理政府信息公开申请情况详见附表。').trimEnd()
    + `\n\n\n附件\n\n## 一、收到和处理政府信息公开申请情况\n\n${T3_BLOCK}\n\n## 二、政府信息公开行政复议、行政诉讼情况\n\n（见正文第四部分）\n`;
  const { report, findings } = core.analyze(text, { fileName: 'report.md' });
  assert.deepEqual(msgs(findings.filter((f) => f.severity === 'error' || f.ruleId === 'table-missing')), []);
  assert.ok(report.tables.t4, '表四 read');
  assert.equal(report.tables.t4.range.start.line, text.split('\n').indexOf(T4_TABLE.split('\n')[0]));
});

test('brk182 #5: a number going back inside the report (a 附表 line before its last sections) is still said', () => {
  const text = BASE.replace('## 四、政府信息公开行政复议', '附表：政府信息公开情况统计表\n\n## 二、政府信息公开行政复议');
  assert.ok(core.analyze(text, { fileName: 'report.md' }).findings.some((f) => f.ruleId === 'section-order'));
});

test('brk182 #5: a misnumbered last section with no appendix title above it is still said', () => {
  const text = BASE.replace('## 六、其他需要报告的事项', '## 二、其他需要报告的事项');
  assert.ok(core.analyze(text, { fileName: 'report.md' }).findings.some((f) => f.ruleId === 'section-order'));
});
