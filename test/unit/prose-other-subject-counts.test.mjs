// prose-table: counts of another subject (a hotline, a mailbox …) are not 表三's; sum-results when the column's
// balance gives the total (found by breaker20).
// breaker20 items 1 and 10.
// 1: under （二）依申请公开, `全年共收到群众通过“12369”环保举报热线反映的问题3,216件，办结3,198件` was compared with 表三's
//    办理结果总计 (47) and --fix rewrote it to 办结47件: the paragraph runs from its ordinal to the next one, so its
//    申请 (the sentences before) made every later 办结 a count of applications, and nothing looked at what the clause
//    before it counts. Now a 表三 phrase counts what its clause, or the clause it continues, counts: another subject
//    there (热线, 信箱, 留言, 举报, 投诉, 咨询, 工单, 建议, 提案, 政务服务事项 …, or a count of 表四/表二) is not compared;
//    a count of something unnamed (`各类来件300件`), or another subject in the sentence before, leaves the finding an
//    info without a fix. A clause that says 申请, or continues a sentence about applications, is compared as before.
// 10: sum-results said "no other sum confirms that the total is wrong" while the column's balance (新收 + 上年结转 −
//    结转下年度) gives the total as written: then the results are the likely wrong number, and the message says so.
// Bases: examples/correct-2024.nianbao.md (某某市某某局 2024: 表三 新收 46, 上年结转 2, 办结 47, 予以公开 24), the
// breaker's r15 (某某市生态环境局 2024: 办结 47) and r02 (某某市人民政府 2020, one cell per line: （七）总计 46/53,
// results 47/54, balance 47 + 1 − 2 = 46 and 54 + 1 − 2 = 53), in test/fixtures/reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, only, proseBrief as brief, proseTableOf as table, ROOT, T3_SENTENCE } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const R15 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker20-r15-hotline-2024.md'), 'utf8');
const R02 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker20-r02-onecell-2020.txt'), 'utf8');

// ------------------------------------------------------------------------------------ item 1: what a count counts

test('r15: the 12369 hotline’s 办结3,198件 is not compared with 表三, and --fix leaves it; the applications’ 办结 still is', () => {
  assert.deepEqual(table(R15), []);
  assert.ok(core.fixAll(R15).text.includes('全年共收到群众通过“12369”环保举报热线反映的问题3,216件，办结3,198件，办结率99.4%'));
  // The same paragraph's count of applications (从办理结果看，办结47件中) is compared and fixed.
  const wrong = edit(R15, '办结47件中', '办结46件中');
  const [f, ...rest] = table(wrong);
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [46, 47, 'R3.7', 'error', '47']);
  const fixed = core.fixAll(wrong).text;
  assert.ok(fixed.includes('办结47件中') && fixed.includes('办结3,198件'));
});

test('a 办结, 答复 or 办理 that continues a count of another subject (hotline, mailbox, 政务服务事项 …) is silent, and --fix leaves it', () => {
  for (const sentence of [
    '全年共收到群众通过“12369”环保举报热线反映的问题3,216件，办结3,198件，办结率99.4%。',
    '全年办理政务服务事项12,560件，办结12,480件。',
    '通过12369热线共受理3216件，办结3198件。',
    // The generator's seed (庆城县 2018): a mailbox the subject test does not read as a body (`?` in its name).
    '中国?庆阳网络留言办理系统庆城县信箱共受理信件41件,办结27件。',
    '全年受理人大代表建议15件、政协提案20件，办结35件。',
    '通过网站留言板收到群众留言240条，答复238件。',
    '全年受理群众咨询300件，答复298件。',
    '全年受理举报投诉30件，办结28件。',
    '全年处理12345工单1200件，按时办结1180件。',
    // A count of 表四 is not one of applications either.
    '全年被申请行政复议3件，已办结2件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

test('a clause that says 申请, or continues a sentence about applications, is still compared and fixed', () => {
  for (const [sentence, expected] of [
    ['全年新收政府信息公开申请46件，上年结转2件，办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
    ['从办理结果看，办结45件，予以公开20件。', [[45, 47, 'R3.7', 'error', '47'], [20, 24, 'R3.1', 'error', '24']]],
    // A channel named with 申请 is a channel of applications.
    // (Since breaker35 an info without a fix: the only count before it is one channel's, so nothing in the sentence says
    // the 45 counts all the applications; it differs from the total, but may be a part.)
    ['全年通过12345热线转来政府信息公开申请5件，办结45件。', [[45, 47, 'R3.7', 'info', undefined]]],
    // 申请 named again after the hotline's count. (It said 新收政府信息公开申请46件，办结45件, fixed to 47: true as written,
    // 45 of the 46 new ones, so no longer compared with the total since breaker33; 受理 is all of them.)
    ['全年共收到热线反映的问题3216件，办结3198件；受理政府信息公开申请46件，办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
    // A clause that names 信访 and 投诉 but counts nothing does not change what the sentence counts.
    // (Since breaker35 an info without a fix: a clause of other words stands between the count received and 办结, so the
    // reading as the total is not certain.)
    ['全年收到申请46件，涉及信访、投诉等问题，办结45件。', [[45, 47, 'R3.7', 'info', undefined]]],
    // 予以公开 is a 表三 row: after a sentence about the hotline it is still the applications’.
    ['全年共收到热线反映的问题3216件。予以公开20件。', [[20, 24, 'R3.1', 'error', '24']]],
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), expected, sentence);
  }
  // And the hotline's own count in the first of them stays as written when the applications' is fixed.
  const text = edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}全年共收到热线反映的问题3216件，办结3198件；受理政府信息公开申请46件，办结45件。`);
  assert.ok(core.fixAll(text).text.includes('办结3198件；受理政府信息公开申请46件，办结47件。'));
});

test('a count after something unnamed (各类来件) or after another subject’s sentence is said at info, without a fix', () => {
  for (const [sentence, clause] of [
    ['全年共收到各类来件300件，办结298件。', '全年共收到各类来件300件'],
    ['全年共收到群众通过12369热线反映的问题3216件。办结3198件。', '全年共收到群众通过12369热线反映的问题3216件'],
  ]) {
    const text = afterT3(CORRECT, sentence);
    const [f, ...rest] = table(text);
    assert.deepEqual(rest, [], sentence);
    assert.deepEqual(brief(f).slice(1), [47, 'R3.7', 'info', undefined], sentence);
    assert.ok(f.message.includes(`这个数接在“${clause}”之后，计数的可能不是政府信息公开申请：请确认它说的是什么，未自动修改。`), f.message);
    assert.equal(core.fixAll(text).text, text, sentence);
    const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
    assert.ok(en.message.includes(`The number follows “${clause}” and may count something other than applications for government information`), en.message);
  }
});

// ------------------------------------------------------------------------------------ item 10: sum-results advice

test('sum-results: when the column’s balance gives the total as written, the advice points at the result rows (r02, zh and en)', () => {
  const zh = core.checkReport(core.parseReport(R02), { locale: 'zh' }).filter((f) => f.ruleId === 'sum-results');
  // (expected is the total as written: the message says it is right, a result row wrong; brk183 #4.)
  assert.deepEqual(zh.map((f) => [f.range.start.line + 1, f.expected, f.actual, f.fix]), [[252, 46, 46, undefined], [258, 53, 53, undefined]]);
  assert.ok(zh[0].message.endsWith('各办理结果之和为 20 + 6 + 1 + 2 + 10 + 4 + 1 + 3 = 47。新收 47 + 上年结转 1 − 结转下年度 2 = 46，与总计一致：该列的收支平衡支持总计，很可能是某个办理结果多填了 1（或几项合计多 1）。请对照原表核对各办理结果，未自动修改。'), zh[0].message);
  // The 总计 column: the prose's 全年办结53件 agrees with the total too.
  assert.ok(zh[1].message.includes('新收 54 + 上年结转 1 − 结转下年度 2 = 53，与总计一致，正文“办结53件”也与总计一致：该列的收支平衡支持总计，很可能是某个办理结果多填了 1'), zh[1].message);
  for (const f of zh) assert.doesNotMatch(f.message, /没有别的合计/);
  const en = core.checkReport(core.parseReport(R02), { locale: 'en' }).filter((f) => f.ruleId === 'sum-results');
  assert.ok(en[1].message.endsWith(' New applications (新收) 54 + carried over from last year (上年结转) 1 − carried over to next year (结转下年度) 2 = 53 agrees with the total, and so does the prose “办结53件”: the column\'s balance supports the total, so a result row is likely 1 too high (or several are, together). Check the results against the original table; not fixed automatically.'), en[1].message);
  assert.equal(core.fixAll(R02).text.includes('（七）总计\n46\n'), true, 'the total stays');
});

test('sum-results: results that add up to less than the total the balance gives are said to be too low (errors-2018: 9 for 12)', () => {
  const text = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const [f] = only(text, 'sum-results').found;
  assert.ok(f.message.includes('新收 12 + 上年结转 0 − 结转下年度 0 = 12，与总计一致：该列的收支平衡支持总计，很可能是某个办理结果少填了 3（或几项合计少 3）。'), f.message);
  assert.equal(f.fix, undefined);
});
