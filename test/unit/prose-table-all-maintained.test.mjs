// 表四's results said for all of a group's cases (helper-220 #15): 均维持原行政行为, 全部维持 and a 维持率 of 100% say
// every case was maintained (its 结果纠正, 其他结果 and 尚未审结 are 0); 均已审结 after the group named again in its
// clause (其中行政诉讼均已审结) says none of that group's cases is pending. None of these was read.
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
/** The example with the sentence on 表四 replaced, and 行政复议 all maintained (3 0 0 0 3) when `maintained`. */
const withSentence = (s, maintained = false) => {
  const text = example.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
  return maintained ? text.replace(T4, T4.replace(/^\| 2        \| 0        \| 1  /, '| 3        | 0        | 0  ')) : text;
};
const said = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('均维持, 全部维持, 维持率100% against a group with other results: an error naming the result, no fix', () => {
  for (const [s, result] of [
    ['全年因政府信息公开被申请行政复议3件，全部维持；被提起行政诉讼2件。', /行政复议其他结果为 1/],
    ['全年因政府信息公开被申请行政复议3件，均维持原行政行为；被提起行政诉讼2件。', /行政复议其他结果为 1/],
    ['全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，复议维持率100%。', /行政复议其他结果为 1/],
    ['全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，均被维持。', /行政诉讼尚未审结为 1/],
  ]) {
    const fs = core.analyze(withSentence(s)).findings.filter((f) => f.ruleId === 'prose-table');
    assert.equal(fs.length, 1, `${s}: ${fs.map((f) => f.message).join('\n')}`);
    assert.match(fs[0].message, /说这些案件的结果都是维持/);
    assert.match(fs[0].message, result, s);
    assert.equal(fs[0].fix, undefined);
  }
});

test('the same said of a group whose cases were all maintained: nothing', () => {
  for (const s of ['全年因政府信息公开被申请行政复议3件，全部维持；被提起行政诉讼2件。', '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，复议维持率100%。', '全年因政府信息公开被申请行政复议3件，均维持原行政行为。']) {
    assert.deepEqual(said(withSentence(s, true)), [], s);
  }
});

test('均已审结 after the group named again in its clause is compared with that group\'s 尚未审结', () => {
  for (const s of ['全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，其中行政诉讼均已审结。', '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，未发生被纠错情况，行政诉讼均已审结。']) {
    const m = said(withSentence(s));
    assert.equal(m.length, 1, s);
    assert.match(m[0], /均已审结.*行政诉讼尚未审结为 1/);
  }
  // 行政复议 has none pending: nothing.
  assert.deepEqual(said(withSentence('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，行政复议均已审结。')), []);
});

test('a result after two groups each with its count, read as the last group\'s: the message says so, with the groups\' sum (helper-220 #19)', () => {
  const fs = core.analyze(withSentence('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，被纠错1件。')).findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /行政诉讼结果纠正为 0.*句中先说到行政复议，后说到行政诉讼，这个数按最近说到的行政诉讼的结果纠正读取（行政复议、行政诉讼的结果纠正合计为 0）/);
  // The group named in the result's clause: no such note.
  const named = said(withSentence('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，行政诉讼被纠错1件。'));
  assert.equal(named.length, 1);
  assert.doesNotMatch(named[0], /句中先说到/);
});
