// A heading that joins two consecutive sections' titles (brk164 #4): said as the two sections merged (one
// section-missing finding, no "五 is missing before 五、…和其他需要报告的事项", no section-title "should be 六、…"),
// the fix splitting them only where the second section's text can be told apart.
// On examples/correct-2024.nianbao.md (某某市某某局 2024, all six sections).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const structure = (text) => core.analyze(text).findings.filter((f) => /^section-/.test(f.ruleId));
const fixed = (text, f) => core.applyFixes(text, f.fix.edits).text;

/** 五 and 六 under one heading, the fee sentence a paragraph of its own after 五's text. */
const MERGED_5_6 = edit(edit(CORRECT, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及改进情况和其他需要报告的事项'), '\n## 六、其他需要报告的事项\n', '');

test('4: a heading joining 五 and 六 is one finding that names both; the fix splits it before the fee paragraph', () => {
  const found = structure(MERGED_5_6);
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['section-missing', 'error']]);
  const [f] = found;
  assert.match(f.message, /^第 \d+ 行的标题“五、存在的主要问题及改进情况和其他需要报告的事项”把“五、存在的主要问题及改进情况”和“六、其他需要报告的事项”两部分合在了一个标题里/);
  assert.doesNotMatch(f.message, /缺少/);
  assert.equal(MERGED_5_6.split('\n')[f.range.start.line], '## 五、存在的主要问题及改进情况和其他需要报告的事项');
  // The fix gives back the example exactly (the heading of 六 before 本年度未收取信息处理费。).
  assert.equal(fixed(MERGED_5_6, f), CORRECT);
  assert.deepEqual(structure(fixed(MERGED_5_6, f)), []);
});

test('4: a heading joining 三 and 四 (表三 and 表四 under it) is split before 表四', () => {
  const text = edit(edit(CORRECT, '## 三、收到和处理政府信息公开申请情况', '## 三、收到和处理政府信息公开申请及行政复议、行政诉讼情况'), '## 四、政府信息公开行政复议、行政诉讼情况\n\n', '');
  const found = structure(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  assert.match(found[0].message, /把“三、收到和处理政府信息公开申请情况”和“四、政府信息公开行政复议、行政诉讼情况”两部分合在了一个标题里.*在第 \d+ 行的表四之前插入/);
  assert.equal(fixed(text, found[0]), CORRECT);
});

test('4: where the second section\'s text cannot be told apart, the merged heading is said without a fix', () => {
  // One paragraph holds both: splitting would put 五's text under 六 or the fee under 五.
  const text = edit(MERGED_5_6, '提升解读实效。\n\n本年度未收取信息处理费。', '提升解读实效。本年度未收取信息处理费。');
  const found = structure(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  assert.match(found[0].message, /合在了一个标题里.*未自动拆分/);
  assert.equal(found[0].fix, undefined);
});

test('4: a title lengthened by a phrase that names no other section is no merge', () => {
  const text = edit(CORRECT, '## 二、主动公开政府信息情况', '## 二、主动公开政府信息情况及政策解读情况');
  const found = structure(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['section-title']);
  // A section's own variant (及 inside it) is no merge either.
  assert.deepEqual(structure(edit(CORRECT, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及改进措施')).map((f) => f.ruleId), ['section-title']);
});
