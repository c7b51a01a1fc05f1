// Common correct sentences that were reported (helper-220 #10, #11): a total of what was done after counts of what
// came (`新收申请46件，上年结转2件，共办结47件`) is no sum of them (prose-sum); the shares of the results are of the
// applications concluded, not of a count received that one small share happens to fit (prose-percent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
const at15 = (s) => lines.map((l, i) => (i === 14 ? s : l)).join('\n');
const of = (s, rule) => core.analyze(at15(s)).findings.filter((f) => f.ruleId === rule);

test('prose-sum: 共办结 / 合计办结 / 共答复 after 新收 and 上年结转 is no sum of them; 共计 is', () => {
  for (const s of ['全年新收政府信息公开申请46件，上年结转2件，共办结47件。', '本年度新收政府信息公开申请46件，上年结转2件，合计办结47件，1件结转下年度办理。', '全年新收政府信息公开申请46件，上年结转2件，共答复47件，结转下年度1件。']) {
    assert.deepEqual(of(s, 'prose-sum').map((f) => f.message), [], s);
  }
  assert.deepEqual(of('全年新收政府信息公开申请46件，上年结转2件，共计49件。', 'prose-sum').map((f) => [f.actual, f.expected]), [[49, 48]]);
});

test('prose-percent: the shares of the results, exact over 办结, are not checked against 新收 or 新收 + 上年结转', () => {
  for (const s of [
    '全年新收政府信息公开申请46件，上年结转2件。办理结果中，予以公开24件（占51.1%），部分公开6件（占12.8%），不予公开6件（占12.8%），无法提供7件（占14.9%），不予处理3件（占6.4%），其他处理1件（占2.1%）。',
    '全年新收政府信息公开申请46件，上年结转2件。办理结果方面，予以公开24件，占51.1%。',
  ]) assert.deepEqual(of(s, 'prose-percent').map((f) => f.message), [], s);
  // Over a count concluded it is checked.
  assert.deepEqual(of('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件，占50.0%。', 'prose-percent').map((f) => f.actual), [50]);
});

test('a carried-over lawsuit, documents another body issued at the request, a sentence naming 本年度 too: not compared (helper-220 #8, #9, #13)', () => {
  const at = (n, s) => lines.map((l, i) => (i === n ? s : l)).join('\n');
  const rules = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule).map((f) => f.message);
  assert.deepEqual(rules(at(99, '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，另有上年结转的行政诉讼案件1件已于2024年审结。'), 'prose-table'), []);
  assert.deepEqual(rules(at(10, '全年通过门户网站主动公开政府信息312条。报请市政府印发行政规范性文件2件，我局制发行政规范性文件3件。'), 'prose-table'), []);
  assert.equal(rules(at(10, '全年通过门户网站主动公开政府信息312条。我局制发行政规范性文件2件。'), 'prose-table').length, 1);
  assert.deepEqual(rules(at(18, '严格落实公开前保密审查。2023年，我局出台了《保密审查办法》，本年度严格执行。'), 'year-mismatch'), []);
  assert.equal(rules(at(18, '严格落实公开前保密审查。2023年，我局出台了《保密审查办法》。'), 'year-mismatch').length, 1);
});

test('均在法定期限内答复 (manner only) is an info, with the table\'s own carry-over stated (结转至2025年) nothing, 已全部办结 an error (helper-220 #7, brk168 #4)', () => {
  const t3 = (s) => of(s, 'prose-table').map((f) => [f.severity, f.expected]);
  // The 1 carried over, as the table has it, is said beside it: the phrase is about the manner, each on time.
  assert.deepEqual(t3('全年共受理政府信息公开申请46件，均在法定期限内予以答复。另有1件申请结转至2025年办理。'), []);
  assert.deepEqual(t3('全年共收到政府信息公开申请46件，均在法定时限内答复，无行政复议纠错和诉讼败诉情况。'), [['info', 1]]);
  assert.deepEqual(t3('全年新收政府信息公开申请46件，上年结转2件，已全部办结。'), [['error', 1]]);
});

test('the applications concluded split by applicant are compared with each column\'s （七）总计 (helper-220 #6)', () => {
  const P = '全年新收政府信息公开申请46件，上年结转2件。';
  for (const s of ['办结的47件申请中，自然人41件，法人或其他组织6件。', '已办结47件，从申请主体看，自然人41件，商业企业3件，社会公益组织1件，法律服务机构2件。', '在已办结的47件中，自然人申请41件。', '已办结47件，按申请人分，自然人41件。']) {
    assert.deepEqual(of(P + s, 'prose-table').map((f) => f.message), [], s);
  }
  assert.deepEqual(of(`${P}已办结47件，从申请主体看，自然人42件。`, 'prose-table').map((f) => [f.actual, f.expected]), [[42, 41]]);
});

test('申请人类型： after the applications concluded splits them as 从申请主体看， does (brk117 #4)', () => {
  const P = '全年新收政府信息公开申请46件，上年结转2件。';
  for (const s of ['已办结47件，申请人类型：自然人41件，法人或其他组织6件。', '已办结47件，申请主体：自然人41件，商业企业3件，社会公益组织1件，法律服务机构2件。']) {
    assert.deepEqual(of(P + s, 'prose-table').map((f) => f.message), [], s);
  }
  assert.deepEqual(of(`${P}已办结47件，申请人类型：自然人42件，法人或其他组织5件。`, 'prose-table').map((f) => [f.actual, f.expected]), [[42, 41], [5, 6]]);
});
