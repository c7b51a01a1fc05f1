// duplicate-word on 的的 (helper-212 #11): one character doubled, always a slip (`政策解读的的形式`; 宿迁 2023's
// `重大政策的的出台`), where only words of two or more characters were read. 的的确确 and 的的确 (的确 doubled) are words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const REPORT = (sentence) => `# 某某市某某局2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n${sentence}\n`;
const doubles = (sentence) => core.analyze(REPORT(sentence)).findings.filter((f) => f.ruleId === 'duplicate-word');

test('的的 is said and fixed to one 的; three of them to one', () => {
  for (const [sentence, fixed] of [['政策解读的的形式还不够丰富。', '政策解读的形式还不够丰富。'], ['政策解读的的的形式。', '政策解读的形式。']]) {
    const [f, more] = doubles(sentence);
    assert.equal(more, undefined, sentence);
    assert.equal(f.severity, 'info');
    assert.equal(core.applyFixes(REPORT(sentence), f.fix.edits).text, REPORT(fixed));
  }
});

test('的的确确, 的的确 and 的 on two lines are not said', () => {
  for (const s of ['这的的确确是一件好事。', '我们的的确确做到了。', '这是我们的\n的确做到了。']) assert.deepEqual(doubles(s), [], s);
});

test('各部门部门网站 is 各部门 then 部门网站, no doubling; 部门部门 alone is one (helper-212 #11)', () => {
  assert.deepEqual(doubles('督促各部门部门网站及时更新。'), []);
  assert.equal(doubles('督促各部门部门及时更新。').length, 1);
});

test('official compounds meeting at a word are not doubled; a doubling read at the words\' place (helper-215 #4)', () => {
  for (const s of ['认真落实常务会议会议纪要。', '传达工作会议会议精神。', '各单位单位网站及时更新。', '各科室科室负责人参加。', '完善政府网站网站群。', '建设政务新媒体媒体矩阵。']) {
    assert.deepEqual(doubles(s), [], s);
  }
  const [f] = doubles('梳理政务服务服务事项。');
  assert.match(f.message, /^“服务”重复了/);
});

test('依申请申请人, 行政复议复议机关 and 行政诉讼诉讼案件 are two words meeting at the repeat; 申请申请人 opening a clause and 复议复议 alone are doubled (brk104 #6)', () => {
  for (const s of ['依申请申请人为法人的有3件。', '对行政复议复议机关作出的决定均已执行。', '本机关作为被告的行政诉讼诉讼案件2件。', '依申请申请书均已答复。']) {
    assert.deepEqual(doubles(s), [], s);
  }
  for (const s of ['对于依申请公开的案件，申请申请人均为自然人。', '收到复议复议申请1件。']) assert.equal(doubles(s).length, 1, s);
});
