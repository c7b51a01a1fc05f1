// A clause saying a 表四 group's cases were corrected (brk125 #6): 被撤销, 被确认违法 and 被变更 are 结果纠正, so
// `被申请行政复议1件，复议结果被撤销` says that one case was corrected, and its 结果维持, 其他结果 and 尚未审结 are 0;
// `均被撤销` says so of every case of a larger group. Without 均 or 全部, of a group of several cases it may be some of
// them only: not compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = 99;
assert.equal(example.split('\n')[LINE], '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。');
// 表四 of the example: 行政复议 维持 2, 其他结果 1 (总计 3); 行政诉讼 直接起诉 维持 1, 尚未审结 1 (总计 2).
const T4 = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        | 0        | 1        | 2    | 0          | 0        | 0        | 0        | 0    |';
assert.ok(example.includes(T4));
/** The example with the sentence on 表四 replaced and 行政复议's row written as `review` (维持 纠正 其他 未审结 总计). */
const withSentence = (s, review = null) => {
  const text = example.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
  return review ? text.replace(T4, T4.replace(/^\| 2        \| 0        \| 1        \| 0        \| 3    /, `| ${review.map((v) => String(v).padEnd(8)).slice(0, 4).join(' | ')} | ${String(review[4]).padEnd(4)} `)) : text;
};
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('复议结果被撤销 after a group of one case maintained in 表四: an error naming 结果维持, no fix', () => {
  for (const s of [
    '全年因政府信息公开被申请行政复议1件，复议结果被撤销，被提起行政诉讼2件。',
    '全年因政府信息公开被申请行政复议1件，结果被确认违法；被提起行政诉讼2件。',
    '全年因政府信息公开被申请行政复议1件，被依法撤销；被提起行政诉讼2件。',
  ]) {
    const fs = found(withSentence(s, [1, 0, 0, 0, 1]));
    assert.equal(fs.length, 1, `${s}: ${fs.map((f) => f.message).join('\n')}`);
    assert.match(fs[0].message, /说这些案件的结果都是纠正/);
    assert.match(fs[0].message, /行政复议结果维持为 1/);
    assert.deepEqual([fs[0].actual, fs[0].expected], [0, 1]);
    assert.equal(fs[0].fix, undefined);
  }
});

test('均被撤销 of a group of several cases is compared too; the same against a table that agrees gives nothing', () => {
  const fs = found(withSentence('全年因政府信息公开被申请行政复议3件，均被撤销；被提起行政诉讼2件。'));
  // 表四's 行政复议: 维持 2, 其他结果 1, each of them said to be 0.
  assert.deepEqual(fs.map((f) => f.message.match(/行政复议(\S+)为 (\d)/).slice(1)), [['结果维持', '2'], ['其他结果', '1']]);
  for (const [s, review] of [
    ['全年因政府信息公开被申请行政复议1件，复议结果被撤销，被提起行政诉讼2件。', [0, 1, 0, 0, 1]],
    ['全年因政府信息公开被申请行政复议3件，均被撤销；被提起行政诉讼2件。', [0, 3, 0, 0, 3]],
    // Several cases, no 均: perhaps some of them only.
    ['全年因政府信息公开被申请行政复议3件，复议结果被撤销，被提起行政诉讼2件。', null],
    // Not said of the cases: 未被撤销, or a count of its own.
    ['全年因政府信息公开被申请行政复议1件，未被撤销；被提起行政诉讼2件。', [1, 0, 0, 0, 1]],
  ]) assert.deepEqual(found(withSentence(s, review)).map((f) => f.message), [], s);
});
