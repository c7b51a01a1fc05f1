// prose-table: the count received in short words (全年收到申请49件, 本年度共受理49件) is compared with 表三 under the
// 依申请公开 sub-heading of section 一 however that heading is written: wholly bold (`**（二）依申请公开**`, as pandoc and
// online Word→Markdown converters write a Word heading), bold run-in, as an HTML heading, or numbered in arabic
// (`### 2.依申请公开情况`), with the 情况/方面 suffixes (breaker42 #2). A bold sentence in running text opens no
// sub-heading, a 信访 count under the heading stays silent, and the next arabic item ends the scope.
// B1 = breaker35-b1-2024.md (表三 新收 46, 上年结转 2): its line 13 is `### （二）依申请公开`, line 15 the sentence under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, PROSE_BASES, proseBrief as brief, proseTableOf as table, proseInput as input } from '../helpers.mjs';

/** B1 with the 依申请公开 sub-heading written as `heading` and `sentence` as the line under it. */
const under = (heading, sentence) => edit(input('B1L15', sentence), '### （二）依申请公开\n', `${heading}\n`);

/** B1 with section 一's sub-headings numbered in arabic (`### 1.主动公开` … `### 5.监督保障`), 依申请公开's as `second`. */
const arabic = (text, second = '### 2.依申请公开') => [
  ['### （一）主动公开', '### 1.主动公开'],
  ['### （二）依申请公开', second],
  ['### （三）政府信息管理', '### 3.政府信息管理'],
  ['### （四）政府信息公开平台建设', '### 4.政府信息公开平台建设'],
  ['### （五）监督保障', '### 5.监督保障'],
].reduce((t, [from, to]) => edit(t, `${from}\n`, `${to}\n`), text);

const WRONG = [
  // [sentence, the count as written]
  ['全年收到申请49件，办结47件。', 49],
  ['本年度共受理49件，办结47件。', 49],
];

test('a short count received under a wholly bold 依申请公开 sub-heading (**…**, __…__, with 情况/方面) is compared with 表三', () => {
  for (const heading of ['**（二）依申请公开**', '**（二）依申请公开情况**', '__（二）依申请公开方面__', '### **（二）依申请公开**', '***（二）依申请公开***', '<h3>（二）依申请公开</h3>']) {
    for (const [sentence, actual] of WRONG) {
      assert.deepEqual(table(under(heading, sentence)).map((f) => brief(f).slice(0, 4)), [[actual, 46, 'R1', 'error']], `${heading} / ${sentence}`);
    }
  }
});

test('a short count received after a bold run-in 依申请公开 heading on the same line is compared with 表三', () => {
  const text = under('**（二）依申请公开。**全年收到申请49件，办结47件。', '本年度依申请公开工作规范有序。');
  const found = table(text);
  assert.deepEqual(found.map((f) => brief(f).slice(0, 4)), [[49, 46, 'R1', 'error']]);
  assert.equal(found[0].range.start.line, 12, 'on the heading line, where the sentence is');
});

test('a short count received under an arabic-numbered 依申请公开 heading (### 2.依申请公开情况, 2、依申请公开) is compared with 表三', () => {
  for (const second of ['### 2.依申请公开', '### 2.依申请公开情况', '2、依申请公开方面', '**2.依申请公开情况**']) {
    for (const [sentence, actual] of WRONG) {
      assert.deepEqual(table(arabic(input('B1L15', sentence), second)).map((f) => brief(f).slice(0, 4)), [[actual, 46, 'R1', 'error']], `${second} / ${sentence}`);
    }
  }
});

test('under （二）依申请公开 an arabic item heading (1.受理情况) keeps the 依申请公开 scope', () => {
  const text = edit(input('B1L15', '全年收到申请49件。'), '### （二）依申请公开\n', '### （二）依申请公开\n\n1.受理情况\n');
  assert.deepEqual(table(text).map((f) => brief(f).slice(0, 4)), [[49, 46, 'R1', 'error']]);
});

test('a bold sentence in running text opens no 依申请公开 scope: the short count after it stays silent', () => {
  // Under （五）监督保障 (B1's line 27), after a wholly bold sentence and after one with a bold phrase inside it.
  for (const lead of ['**依申请公开工作持续规范，办理质量稳步提升。**', '__依申请公开情况__', '本年度**（二）依申请公开**相关制度修订完成。']) {
    const text = edit(input('B1', '全年收到申请49件。'), '### （五）监督保障\n\n', `### （五）监督保障\n\n${lead}\n\n`);
    assert.deepEqual(table(text).map(brief), [], lead);
  }
});

test('under a bold or arabic 依申请公开 heading a 信访 count before 受理 stays silent, and the next item ends the scope', () => {
  for (const heading of ['**（二）依申请公开**', '__（二）依申请公开情况__']) {
    assert.deepEqual(table(under(heading, '全年收到群众信访来信30封，受理25件。')).map(brief), [], heading);
  }
  assert.deepEqual(table(arabic(input('B1L15', '全年收到群众信访来信30封，受理25件。'))).map(brief), []);
  // Under `### 5.监督保障` after `### 2.依申请公开`: another item of 一, not compared.
  assert.deepEqual(table(arabic(input('B1', '全年收到申请49件。'))).map(brief), []);
  // Under `1.依申请公开…` in 五、存在的主要问题及改进情况: a point of a list, not the sub-heading of 依申请公开.
  const problems = edit(PROSE_BASES.B1.text, '政策解读的形式还不够丰富。', '1.依申请公开答复的规范性有待提高。\n\n本年度共受理49件，部分答复说理不够充分。\n\n2.政策解读的形式还不够丰富。');
  assert.deepEqual(table(problems).map(brief), []);
  // Under a bold `**（五）监督保障**` after a bold `**（二）依申请公开**`: not compared either.
  const bold = edit(under('**（二）依申请公开**', '全年新收政府信息公开申请46件，上年结转2件。'), '### （五）监督保障\n', '**（五）监督保障**\n');
  assert.deepEqual(table(edit(bold, '受理申请46件，超期办结2件。', '全年收到申请49件。')).map(brief), []);
});
