// prose-sum and prose-table on one wrong number of a prose list (breaker39 #13, breaker40 #9): in
// `被申请行政复议3件，其中结果维持2件、其他结果2件` with 表四's 其他结果 1, prose-sum says 2 + 2 = 4 > 3 and prose-table says
// 其他结果 2 ≠ 1. The prose-sum finding stays (ruleId, range, expected, actual as before) but says it follows from that term,
// with the table's value the list holds; a wrong total, a list no term of which contradicts a table, or a term whose
// prose-table finding is off or suppressed keeps the plain prose-sum message.
// Input: test/fixtures/reports/breaker35-b1-2024.md (表四 行政复议: 维持 2, 纠正 0, 其他 1, 尚未审结 0, 总计 3), its
// 表四 sentence (line 100) replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, PROSE_BASES } from '../helpers.mjs';

const T4_SENTENCE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
/** The B1 report with its 表四 sentence replaced by `sentence`. */
const withT4 = (sentence) => edit(PROSE_BASES.B1.text, T4_SENTENCE, sentence);
/** The prose-sum and prose-table findings of `text`, checked with `options`. */
function sumAndTable(text, options = {}) {
  const { findings } = core.analyze(text, options);
  return { sum: findings.filter((f) => f.ruleId === 'prose-sum'), table: findings.filter((f) => f.ruleId === 'prose-table') };
}

test('a list term that contradicts 表四 and explains the failing sum: prose-sum says it follows from that term', () => {
  const text = withT4('全年因政府信息公开被申请行政复议3件，其中结果维持2件、其他结果2件。');
  const { sum, table } = sumAndTable(text);
  assert.deepEqual(table.map((f) => [f.actual, f.expected]), [[2, 1]]);
  assert.equal(sum.length, 1);
  const [f] = sum;
  // The JSON contract's fields are as before: the total, and what the parts add up to.
  assert.deepEqual([f.severity, f.actual, f.expected], ['warning', 3, 4]);
  assert.equal(f.message, '总数写为 3件，但其中各项之和为 2 + 2 = 4，相差 +1。这是正文“其他结果2件”（表四为 1）与表格不一致的结果（见 prose-table 的报告）：按表格的数，各项之和为 2 + 1 = 3，等于总数 3。请先核对这个数。');
  // The related location of the wrong term names the table's value; the other's is as before.
  assert.deepEqual(f.related.map((r) => r.message), ['结果维持 2', '其他结果 2（表四为 1）']);
  assert.deepEqual(f.related[1].range, table[0].range);
  const en = sumAndTable(text, { locale: 'en' }).sum[0];
  assert.equal(en.message, 'The total is 3, but its listed parts add up to 2 + 2 = 4 (difference +1). This follows from “其他结果2件” (表四: 1) contradicting the table, as prose-table reports: with the table\'s number the parts add up to 2 + 1 = 3, the total, 3. Check that number first.');
  assert.deepEqual(en.related.map((r) => r.message), ['结果维持: 2', '其他结果: 2 (表四: 1)']);
});

test('the breakers\' wording: a wrong 结果纠正 in a list that may be partial, or in a complete one', () => {
  for (const [sentence, holds] of [
    // With 表四's 0 the parts, 2 + 0, are no more than the total (the list need not name every result).
    ['全年因政府信息公开被申请行政复议3件，其中结果维持2件、结果纠正2件。', '2 + 0 = 2，不多于总数 3'],
    // All four results: with 表四's 0 they add up to the total.
    ['全年因政府信息公开被申请行政复议3件，其中结果维持2件、结果纠正1件、其他结果1件、尚未审结0件。', '2 + 0 + 1 + 0 = 3，等于总数 3'],
  ]) {
    const { sum } = sumAndTable(withT4(sentence));
    assert.equal(sum.length, 1, sentence);
    assert.ok(sum[0].message.endsWith(`这是正文“${/结果纠正\d件/.exec(sentence)[0]}”（表四为 0）与表格不一致的结果（见 prose-table 的报告）：按表格的数，各项之和为 ${holds}。请先核对这个数。`), sum[0].message);
  }
});

test('two terms that contradict 表四 and together explain the sum are both named', () => {
  const { sum, table } = sumAndTable(withT4('全年因政府信息公开被申请行政复议3件，其中结果维持2件、结果纠正1件、其他结果2件。'));
  assert.equal(table.length, 2);
  assert.match(sum[0].message, /“结果纠正1件”（表四为 0）、“其他结果2件”（表四为 1）与表格不一致的结果.*2 \+ 0 \+ 1 = 3，等于总数 3。请先核对这几个数。$/);
});

test('a wrong total is said to be the wrong number; a term whose table value does not mend the list keeps the plain prose-sum message', () => {
  // The total is the wrong number: the four results agree with 表四, the total does not.
  const wrongTotal = sumAndTable(withT4('全年因政府信息公开被申请行政复议4件，其中结果维持2件、结果纠正0件、其他结果1件、尚未审结0件。'));
  assert.deepEqual(wrongTotal.table.map((f) => [f.actual, f.expected]), [[4, 3]]);
  // (Said so since brk99 #3: the parts agree with the table, the total is likely the wrong number.)
  assert.deepEqual(wrongTotal.sum.map((f) => f.message), ['总数写为 4件，但其中各项之和为 2 + 0 + 1 + 0 = 3，相差 -1。各项之和与表四一致：很可能是总数写错了（见 prose-table 的报告）。']);
  assert.match(wrongTotal.table[0].message, /很可能是正文的总数写错了，修复把它改为 3。$/);
  // The total wrong and a term too (纠正 1, 表四 0): the total's own finding, not only the term's.
  const both = sumAndTable(withT4('全年因政府信息公开被申请行政复议4件，其中结果维持2件、结果纠正1件、其他结果1件、尚未审结1件。'));
  assert.equal(both.table.length, 3);
  assert.deepEqual(both.sum.map((f) => f.message), ['总数写为 4件，但其中各项之和为 2 + 1 + 1 + 1 = 5，相差 +1。']);
  // 纠正 1 is wrong (表四 0), yet with 0 the parts, 2 + 0 + 2, are still more than the total.
  const notMended = sumAndTable(withT4('全年因政府信息公开被申请行政复议3件，其中结果维持2件、结果纠正1件、调解撤回2件。'));
  assert.deepEqual(notMended.table.map((f) => [f.actual, f.expected]), [[1, 0]]);
  assert.deepEqual(notMended.sum.map((f) => f.message), ['总数写为 3件，但其中各项之和为 2 + 1 + 2 = 5，相差 +2。']);
});

test('with prose-table off, or its finding suppressed, prose-sum keeps its plain message', () => {
  const sentence = '全年因政府信息公开被申请行政复议3件，其中结果维持2件、其他结果2件。';
  const plain = '总数写为 3件，但其中各项之和为 2 + 2 = 4，相差 +1。';
  const off = sumAndTable(withT4(sentence), { rules: { 'prose-table': 'off' } });
  assert.deepEqual(off.sum.map((f) => f.message), [plain]);
  const suppressed = sumAndTable(withT4(`<!-- nianbao-disable-next-line prose-table -->\n${sentence}`));
  assert.deepEqual(suppressed.table, []);
  assert.deepEqual(suppressed.sum.map((f) => f.message), [plain]);
});

test('a list that no table states: prose-sum as before', () => {
  const text = edit(PROSE_BASES.B1.text, T4_SENTENCE, `${T4_SENTENCE}全年发布信息10条，其中政策文件6条、其他信息5条。`);
  assert.deepEqual(sumAndTable(text).sum.map((f) => f.message), ['总数写为 10条，但其中各项之和为 6 + 5 = 11，相差 +1。']);
});
