// prose-sum on a total written after its parts with 共 alone (helper-212 #6): `…工作动态207条，共301条`,
// `结果维持2件、其他结果1件，共4件` were not checked (only 共计, 合计, 总计 were). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ANCHOR = '全年通过门户网站主动公开政府信息312条，';
const sums = (sentence) => core.checkReport(core.parseReport(CORRECT.replace(ANCHOR, `${sentence}${ANCHOR}`)))
  .filter((f) => f.ruleId === 'prose-sum').map((f) => f.message);

test('the base has no prose-sum finding', () => {
  assert.ok(CORRECT.includes(ANCHOR));
  assert.deepEqual(sums(''), []);
});

test('parts then 共 and the total: checked as 共计 is', () => {
  for (const right of ['全年发布政策文件68条、政策解读25条、工作动态207条，共300条。', '全年发布政策文件68条、政策解读25条、工作动态207条，共发布300条。']) assert.deepEqual(sums(right), [], right);
  const [wrong] = sums('全年发布政策文件68条、政策解读25条、工作动态207条，共301条。');
  assert.match(wrong, /总数写为 301条，但它前面列出的各项之和为 68 \+ 25 \+ 207 = 300/);
  assert.equal(sums('全年发布政策文件68条、政策解读25条、工作动态207条，共发布301条。').length, 1);
});

test('共 that is no total word is not read as one', () => {
  assert.deepEqual(sums('全年发布政策文件68条、政策解读25条，共同开展政策宣讲活动3次。'), []);
  assert.deepEqual(sums('全年发布政策文件68条、政策解读25条，共享数据目录12条。'), []);
});

test('a change against last year before 其中 is no total the list splits (helper-215 #3)', () => {
  for (const s of ['全年新收申请46件，较上年的40件增加6件，其中自然人申请40件、法人或其他组织申请6件。', '全年发布信息312条，较上年增加52条，其中政策文件68条、其他244条。']) {
    assert.deepEqual(sums(s), [], s);
  }
  assert.equal(sums('全年新收申请46件，其中自然人申请40件、法人或其他组织申请7件。').length, 1);
});

// brk93 #4: the list after such a change was not checked at all; it splits the count the change is about.
test('a list after a change against last year splits the count before the change, which is checked (brk93 #4)', () => {
  const [wrong] = sums('全年主动公开政府信息1,235条，较上年的1,100条增加135条，其中政策文件38条、工作动态865条、通知公告341条。');
  assert.match(wrong ?? '', /总数写为 1235条，但其中各项之和为 38 \+ 865 \+ 341 = 1244，相差 \+9/);
  assert.equal(sums('全年新收申请46件，较上年增加6件，增长15%，其中自然人申请40件、法人或其他组织申请7件。').length, 1);
  assert.equal(sums('全年发布信息312条，较上年增加52条，其中政策文件68条、其他245条。').length, 1);
  // Right, or with parts that are changes themselves (`其中自然人增加4件`), nothing.
  for (const s of ['全年主动公开政府信息1,244条，较上年的1,100条增加144条，其中政策文件38条、工作动态865条、通知公告341条。', '全年新收申请46件，较上年增加6件，其中自然人增加4件、法人或其他组织增加3件。', '较上年增加6件，其中自然人申请40件、法人或其他组织申请7件。']) {
    assert.deepEqual(sums(s), [], s);
  }
});
