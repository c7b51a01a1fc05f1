// brk106 #17: table-missing's fix put the standard table right under the section's heading, above a sentence that
// introduces it (`本年度收到申请5件，详见下表。`), which then pointed at the section after it. The table now goes below
// the paragraph of such a sentence (not into it); a section without one gets it under its heading, as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, only } from '../helpers.mjs';

const DRAFT = [
  '# 某某区某某局2024年政府信息公开工作年度报告',
  '',
  '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
  '',
  '## 一、总体情况',
  '',
  '本局认真落实条例。',
  '',
  '## 二、主动公开政府信息情况',
  '',
  '本年度主动公开信息200条。详见下表。',
  '',
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '本年度收到申请5件，具体情况如下表所示：',
  '其中网上申请3件。',
  '',
  '## 四、政府信息公开行政复议、行政诉讼情况',
  '',
  '本年度无行政复议、行政诉讼（见下表说明）。',
  '',
  '## 五、存在的主要问题及改进情况',
  '',
  '无。',
  '',
  '## 六、其他需要报告的事项',
  '',
  '无。',
  '',
].join('\n');

const fixOf = (text, table) => only(text, 'table-missing').found.find((f) => f.data?.table === table);

test('the standard table goes below the sentence that introduces it, else under the heading', () => {
  const lines = (text) => text.split('\n');
  for (const [table, after] of [['t2', '本年度主动公开信息200条。详见下表。'], ['t3', '其中网上申请3件。'], ['t4', '## 四、政府信息公开行政复议、行政诉讼情况']]) {
    const f = fixOf(DRAFT, table);
    assert.ok(f?.fix, table);
    const fixed = lines(core.applyFixes(DRAFT, f.fix.edits).text);
    const at = fixed.indexOf(after);
    assert.ok(at >= 0, after);
    // One blank line, then the table (表二 opens with its first item's heading).
    assert.equal(fixed[at + 1], '', table);
    assert.match(fixed[at + 2], table === 't2' ? /^第二十条第（一）项$/ : /^\|/, table);
    // Nothing of the draft lost or moved apart from the table put in.
    assert.deepEqual(fixed.filter((l) => lines(DRAFT).includes(l)).filter((l) => l), lines(DRAFT).filter((l) => l));
  }
  // The three fixes together: every table read, in its section, each below its own lead-in sentence.
  const all = core.applyFixes(DRAFT, only(DRAFT, 'table-missing').found.flatMap((f) => f.fix.edits)).text;
  assert.deepEqual(only(all, 'table-missing').found, []);
  const report = core.parseReport(all);
  const lineOf = (s) => all.split('\n').indexOf(s);
  assert.ok(report.extras.spans.t3.start > lineOf('其中网上申请3件。'), 'below the whole paragraph that introduces 表三');
  assert.ok(report.extras.spans.t2.start > lineOf('本年度主动公开信息200条。详见下表。'));
});
