// A 表四 result after several groups, read as the group named last's, is said plainly (brk157 #5): `被申请行政复议3件，
// 被提起行政诉讼2件，败诉1件` reads 败诉 as 行政诉讼's 结果纠正 and says so, with what 表四 has; English labels of 表四's
// results say what they count (`lawsuits with the result corrected (结果纠正)`), no longer `lawsuits (corrected)` or
// "the group named last's".
// Base: examples/correct-2024.nianbao.md (表四 all results 0 but 行政复议 结果维持 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const withSentence = (s) => CORRECT.replace('本年度未收取信息处理费。', `本年度未收取信息处理费。${s}`);
const said = (s, locale) => core.analyze(withSentence(s), { locale }).findings.filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('败诉 after 行政复议 and 行政诉讼: read as 行政诉讼’s 结果纠正, said so, with the groups’ 结果纠正 together', () => {
  const s = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，败诉1件。';
  const [en] = said(s, 'en');
  assert.match(en, /its figure for lawsuits with the result corrected \(结果纠正\) is 0/);
  assert.match(en, /The sentence names 行政复议 \(administrative review\) before 行政诉讼 \(lawsuit\); “败诉” \(a lawsuit lost\) was read as 行政诉讼's 结果纠正 \(result corrected\); 表四's 结果纠正 of 行政复议 and 行政诉讼 together is 0\./);
  assert.doesNotMatch(en, /group named last's|lawsuits \(corrected\)/);
  const [zh] = said(s, 'zh');
  assert.match(zh, /句中先说到行政复议，后说到行政诉讼，“败诉”按行政诉讼的结果纠正读取（行政复议、行政诉讼的结果纠正合计为 0）/);
});

test('another result after two groups names the group it was read as', () => {
  const [en] = said('全年因政府信息公开被提起行政诉讼2件，被申请行政复议3件，其中被纠错2件。', 'en');
  assert.match(en, /administrative reviews with the result corrected \(结果纠正\) is 0/);
  assert.match(en, /before 行政复议 \(administrative review\); the number was read as 行政复议's 结果纠正, the group named last; 表四's 结果纠正 of 行政诉讼 and 行政复议 together is 0/);
  const [zh] = said('全年因政府信息公开被提起行政诉讼2件，被申请行政复议3件，其中被纠错2件。', 'zh');
  assert.match(zh, /这个数按最近说到的行政复议的结果纠正读取（行政诉讼、行政复议的结果纠正合计为 0）/);
});

test('a 表四 result of one group: its English label says what it counts', () => {
  const [en] = said('全年因政府信息公开被申请行政复议3件，其中结果维持1件。', 'en');
  assert.match(en, /its figure for administrative reviews with the result upheld \(结果维持\) is 2/);
});
