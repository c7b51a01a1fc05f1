// A list after 其中 joined by ，or ； is as much a split of its total as one joined by 、 (brk141 #4, #7): four kinds
// of applicant joined by ， adding up to 47 under 新收 46 went unreported, and prose-table refused the fix that mends
// the sum "because it changes the sum"; a 主动公开 list joined by ； adding up to 313 under 312 passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const APPLICATIONS = '全年新收政府信息公开申请46件，上年结转2件；';
const PUBLISHED = '全年通过门户网站主动公开政府信息312条，其中机构职能信息12条、政策文件68条、政策解读25条、工作动态207条。';
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const rules = (found) => found.map((f) => f.ruleId).sort();

/** The example with its 新收 count split into four kinds of applicant joined by `sep` (法律服务机构 is 2 in 表三). */
const applicants = (sep, lawyers) =>
  EXAMPLE.replace(APPLICATIONS, `全年新收政府信息公开申请46件，其中自然人申请40件${sep}商业企业申请3件${sep}社会公益组织申请1件${sep}法律服务机构申请${lawyers}件，上年结转2件；`);

test('kinds of applicant joined by ， that add up to more than 新收 are reported, and the one wrong count is fixed', () => {
  assert.ok(EXAMPLE.includes(APPLICATIONS));
  assert.deepEqual(findingsOf(applicants('，', 2)), []);
  for (const sep of ['，', '、']) {
    const text = applicants(sep, 3);
    const found = findingsOf(text);
    assert.deepEqual(rules(found), ['prose-sum', 'prose-table'], found.map((f) => f.message).join('\n'));
    const table = found.find((f) => f.ruleId === 'prose-table');
    assert.match(table.message, /改为 2 后各项之和正好是句中所说的总数 46/);
    assert.doesNotMatch(table.message, /只改它会改变它们的和/);
    assert.ok(table.fix, table.message);
    assert.equal(core.fixAll(text).text, applicants(sep, 2));
  }
});

test('a 主动公开 list joined by ； (with or without a colon after 其中) that adds up to more than its total is reported', () => {
  assert.ok(EXAMPLE.includes(PUBLISHED));
  for (const [open, sep] of [['其中：', '；'], ['其中', '；'], ['其中', '，'], ['其中', '、']]) {
    const list = (last) => `全年通过门户网站主动公开政府信息312条，${open}机构职能信息12条${sep}政策文件68条${sep}政策解读25条${sep}工作动态${last}条。`;
    assert.deepEqual(findingsOf(EXAMPLE.replace(PUBLISHED, list(207))), [], `${open}…${sep}`);
    const found = findingsOf(EXAMPLE.replace(PUBLISHED, list(208)));
    assert.deepEqual(rules(found), ['prose-sum'], `${open}…${sep}`);
    assert.match(found[0].message, /12 \+ 68 \+ 25 \+ 208 = 313/);
  }
});

test('a list joined by ， that is more than its total by just one of its items (held twice) is not reported', () => {
  // 解读类 21 among the 政务信息 393: 1744 + 393 + 2 is the total.
  const text = EXAMPLE.replace(PUBLISHED, '“某某科技”网站全年累计发布信息2139条，其中动态类信息发布1744条，政务信息发布393条，解读类信息发布21条，回应公众关注热点信息2条。');
  assert.deepEqual(findingsOf(text).filter((f) => f.ruleId === 'prose-sum'), []);
});

test('two parts joined by ， that are not kinds of applicant or results stay unchecked (two statements may follow each other)', () => {
  const text = EXAMPLE.replace(PUBLISHED, '全年通过门户网站主动公开政府信息312条，其中政策文件300条，政策解读25条。');
  assert.deepEqual(findingsOf(text).filter((f) => f.ruleId === 'prose-sum'), []);
});

test('a channel among the kinds of information joined by ； is no split: not reported', () => {
  const text = EXAMPLE.replace(PUBLISHED, '全年共审核发布各类公开政府信息217条，其中：发布行政公文和政策解读信息3条；机构设置和人事任免信息0条；重点工作48条；财政预决算信息4条；政府网站信息183条。');
  assert.deepEqual(findingsOf(text).filter((f) => f.ruleId === 'prose-sum'), []);
});
