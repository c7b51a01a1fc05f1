// prose-table: 表四's cases counted by the answer they contest, and a 表四 result written before the count of its group
// (brk117 #1 and #3). Base: examples/correct-2024.nianbao.md (表三 不予公开 6, 无法提供 7) with 表四 行政复议 1/1/0/1/3
// (维持 1, 纠正 1, 尚未审结 1) and 直接起诉 1/0/0/1/2 (尚未审结 1), as in the edit below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const filled = edit(CORRECT, '| 2        | 0        | 1        | 0        | 3    | 1  ', '| 1        | 1        | 0        | 1        | 3    | 1  ');
/** The report with `sentence` added to section 四's prose. */
const inT4 = (sentence) => edit(filled, T4_PROSE, `${T4_PROSE}${sentence}`);
const quantities = (text) => table(text).map((f) => [f.actual, f.expected, f.data.quantity]);

// ------------------------------------------- brk117 #1: 行政复议案件中，不服无法提供答复的N件 counts cases, not 表三's results

test('brk117 #1: cases counted by the answer they contest are not compared with 表三 (and never fixed to it)', () => {
  for (const text of [
    inT4('行政复议案件中，不服无法提供答复的2件，不服不予公开答复的1件。'),
    inT4('3件行政复议案件中，申请人不服无法提供答复的2件。'),
    // (Without 不服, after the cases named earlier in the clause chain: the answers of those cases.)
    inT4('3件行政复议案件中，申请人所涉原答复为无法提供的2件、不予公开的1件。'),
    inT4('行政诉讼案件中，不服不予公开答复的2件。'),
    inT4('被申请行政复议3件，其中不服不予公开答复的1件、不服无法提供答复的2件。'),
    // (In the paragraph on 依申请公开, after 表三's own sentence, too.)
    afterT3(filled, '3件行政复议案件中，申请人不服无法提供答复的2件。'),
  ]) {
    assert.deepEqual(table(text).map(brief), []);
    assert.equal(core.fixAll(text).text, text);
  }
});

test('brk117 #1: a result of 表三 written without the cases is still compared', () => {
  assert.deepEqual(quantities(afterT3(filled, '全年无法提供答复的5件。')), [[5, 7, 'R3.4']]);
});

// ---------------------------------------- brk117 #3: 被纠错的N件行政复议案件 is 表四's 结果纠正, not the group's total

test('brk117 #3: a result before the count of its group (被纠错的1件行政复议案件) is compared with that result', () => {
  for (const sentence of [
    '被纠错的1件行政复议案件，均已按复议决定重新作出答复；尚未审结的1件行政复议案件，预计于2025年上半年审结。',
    '尚未审结的1件行政复议案件和1件行政诉讼案件，将在下一年度报告中更新结果。',
    '维持原行政行为的1件行政复议案件。',
  ]) {
    assert.deepEqual(table(inT4(sentence)).map(brief), [], sentence);
  }
  assert.deepEqual(quantities(inT4('被纠错的2件行政复议案件，均已重新作出答复。')), [[2, 1, 'T4:G1:1']]);
  assert.deepEqual(quantities(inT4('尚未审结的1件行政复议案件和2件行政诉讼案件。')), [[2, 1, 'T4:lit:3']]);
});

test('brk117 #3: the cases contesting one kind of answer are a part of the group; the group’s total is still compared', () => {
  for (const sentence of ['因不服本机关作出的不予公开答复，申请人提起行政复议2件。', '申请人对无法提供答复不服提起行政诉讼的1件。']) {
    assert.deepEqual(table(inT4(sentence)).map(brief), [], sentence);
  }
  assert.deepEqual(quantities(inT4('申请人对本机关政府信息公开答复不服，申请行政复议4件。')), [[4, 3, 'T4:G1']]);
});

// brk122 #5: such a part larger than its whole (行政复议 总计 3, 行政诉讼 总计 2) is a contradiction: an error, never fixed.
test('brk122 #5: cases contesting one kind of answer that outnumber their group are said; the parts within it are not', () => {
  const [f] = table(inT4('因不服本机关作出的不予公开答复，申请人提起行政复议5件。'));
  assert.deepEqual([f.actual, f.expected, f.data.quantity, f.severity, f.fix], [5, 3, 'T4:G1', 'error', undefined]);
  assert.match(f.message, /部分不会多于整体/);
  assert.deepEqual(quantities(inT4('申请人对无法提供答复不服提起行政诉讼的4件。')), [[4, 2, 'T4:lit']]);
  for (const sentence of ['因不服本机关作出的不予公开答复，申请人提起行政复议3件。', '申请人对无法提供答复不服提起行政诉讼的2件。']) {
    assert.deepEqual(table(inT4(sentence)).map(brief), [], sentence);
  }
});
