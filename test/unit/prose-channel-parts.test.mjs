// Three items of prose compared with 表三 left open by the fresh-user rounds (prose3).
// 1: a count of the applications that came through one channel (`通过12345热线提交的政府信息公开申请80件`, `其中通过“局长
//    信箱”提交60件`, `网上申请60件`) was a part of the year's and never compared: a part larger than the whole 表三 gives
//    (新收, or 新收 + 上年结转 when the count may be of everything handled) is a contradiction of its own. So are the
//    counts of a breakdown by ways of applying (`其中当面申请3件，网上申请45件`) that add up to more than it.
// 2: `…申请46件，其中通过“局长信箱”提交10件，办结45件` (the part without brackets) read the 办结 as another term of the 其中
//    list and offered no fix, while `（其中通过“局长信箱”提交10件），办结45件` got one.
// 3: sum-results said “某个办理结果” when only one row can be the wrong one.
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6), with
// sentences added under （二）依申请公开 as real reports word them; the breaker fixtures r11 and r06d (test/fixtures/reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, only, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const CORRECT = read('examples/correct-2024.nianbao.md');
const R11 = read('test/fixtures/reports/breaker21-r11-sum-results-2022.md');
const R06D = read('test/fixtures/reports/breaker22-r06d-two-rows-claim-2024.md');
const added = (sentence) => afterT3(CORRECT, sentence);
const said = (text, f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

// ------------------------------------------------------------------------------------ item 1: a part larger than the whole

test('one channel’s count larger than the year’s applications in 表三 is an error without a fix, naming the part, the whole and the cell; parts that fit, or not ours, are silent', () => {
  for (const [sentence, expected, whole] of [
    // Alone, named as applications: 新收 46 or 新收 + 上年结转 48 (the count may be of everything handled).
    ['通过12345热线提交的政府信息公开申请80件，办结7件。', [80, 46, 'R1', 'error', undefined], '本年新收申请 46，也多于本年新收与上年结转申请之和 48'],
    ['网上申请平台收到申请60件，答复30件。', [60, 46, 'R1', 'error', undefined], '也多于本年新收与上年结转申请之和 48'],
    ['本年度通过信函方式申请的有50件。', [50, 46, 'R1', 'error', undefined], '也多于本年新收与上年结转申请之和 48'],
    // A part of the count before it (其中, （含…）): of what that count is; 新收 alone after 新收.
    ['全年共收到政府信息公开申请46件，其中通过“局长信箱”提交60件。', [60, 46, 'R1', 'error', undefined], '也多于本年新收与上年结转申请之和 48'],
    ['全年共收到政府信息公开申请46件（含通过“局长信箱”提交的50件）。', [50, 46, 'R1', 'error', undefined], '也多于本年新收与上年结转申请之和 48'],
    ['全年共收到政府信息公开申请46件，其中通过网上申请平台收到政府信息公开申请60件。', [60, 46, 'R1', 'error', undefined], '也多于本年新收与上年结转申请之和 48'],
    ['全年新收政府信息公开申请46件，其中当面申请3件，网上申请47件。', [47, 46, 'R1', 'error', undefined], '本年新收申请 46：'],
  ]) {
    const text = added(sentence);
    const found = table(text);
    assert.deepEqual(found.map(brief), [expected], sentence);
    const [f] = found;
    assert.ok(f.message.includes('只是本年申请的一部分，却多于表三的') && f.message.includes('部分不会多于整体'), f.message);
    assert.ok(f.message.includes(whole), f.message);
    assert.equal(said(text, f), String(expected[0]), 'the range is the part’s number');
    assert.ok(f.related.some((r) => r.message.startsWith('表三：本年新收')), 'the cell of 表三 is related');
    assert.match(core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'prose-table').message, /a part of the year's, yet more than 表三's/);
    assert.equal(core.fixAll(text).text, text, `${sentence}: not rewritten`);
  }
  // Still silent: parts within the whole, another year or body, a channel that receives for others, other
  // applications, channels sharing a count.
  for (const sentence of [
    '全年新收政府信息公开申请46件，其中当面申请3件，网上申请43件。',
    '全年受理政府信息公开申请48件，其中网上申请47件、信函申请1件。',
    '全年受理政府信息公开申请48件（含上年结转2件），其中网上申请30件、信函申请16件、当面申请2件。',
    '全年共收到政府信息公开申请46件（其中通过“区长信箱”转来4件、通过12345热线转来2件），上年结转2件，办结47件，结转下年度继续办理1件。',
    '通过“县长信箱”提交的申请3件已全部办结。',
    // Another year, another body.
    '2016年，县政府及县直部门共收到政府信息公开申请46件，其中当面申请12件、网络申请28件、信函申请60件。',
    '去年通过网上申请60件。',
    '县政府办公室通过网上申请平台收到申请80件。',
    // The hotline as the subject that receives (it may serve other bodies), applications of another kind, two
    // channels with one count, a channel named by no channel word.
    '“96128”政务热线共受理政府信息公开申请6960件。',
    '全年通过政务服务网受理行政许可申请3000件。',
    '通过网上、当面申请60件。',
    '通过案例实践，全年共收到政府信息公开申请46件。',
    // Several channels (不是一个渠道).
    '通过网上、信函等渠道共收到政府信息公开申请46件，办结47件。',
  ]) {
    const text = added(sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
  }
});

test('a breakdown by ways of applying that adds up to more than the whole is one error; prose-sum keeps what it already says', () => {
  // 3 + 45 = 48 > 新收 46, joined by ， (prose-sum does not read such lists): said once, over the list.
  const text = added('全年新收政府信息公开申请46件，其中当面申请3件，网上申请45件。');
  assert.deepEqual(table(text).map(brief), [[48, 46, 'R1', 'error', undefined]]);
  assert.ok(table(text)[0].message.startsWith('正文“当面申请3件，网上申请45件”列举的各种方式提交的申请合计 48 件'), table(text)[0].message);
  assert.equal(core.fixAll(text).text, text);
  // A term already more than the whole says it alone.
  assert.deepEqual(table(added('全年新收政府信息公开申请46件，其中网上申请47件、信函申请1件。')).map(brief), [[47, 46, 'R1', 'error', undefined]]);
  // Joined by 、 and more than the prose's own total: prose-sum's warning, not a second finding.
  const sum = added('全年新收政府信息公开申请46件，其中网上申请40件、信函申请7件。');
  assert.deepEqual(table(sum), []);
  assert.deepEqual(only(sum, 'prose-sum').found.map((f) => [f.actual, f.expected]), [[46, 47]]);
});

// ------------------------------------------------------------------------------------ item 2: 其中 part without brackets

test('the 办结 after a 其中 part is no term of that list: fixed as with the parenthesis', () => {
  for (const sentence of [
    '全年共收到政府信息公开申请46件（其中通过“局长信箱”提交10件），办结45件。',
    '全年共收到政府信息公开申请46件，其中通过“局长信箱”提交10件，办结45件。',
    '全年共收到政府信息公开申请46件，其中通过12345热线转办的申请5件，答复45件。',
  ]) {
    const text = added(sentence);
    assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
    assert.ok(core.fixAll(text).text.includes(sentence.replace('45件', '47件')), sentence);
  }
  // breaker18's `；` case: the 其中 list is 本年新收46件 alone; 办结 and 结转 are statements of their own.
  const semi = edit(CORRECT, '全年新收政府信息公开申请46件，上年结转2件；办结47件，', '全年共受理政府信息公开申请48件，其中本年新收46件；办结43件，');
  const f = table(semi).find((x) => x.actual === 43);
  assert.deepEqual(brief(f), [43, 47, 'R3.7', 'error', '47']);
  // (Not one of the 其中 list's terms; the six results listed after 办结 add up to 表三's 47: the total is the wrong number.)
  assert.ok(!f.message.includes('之一'), f.message);
  assert.match(f.message, /正文列举的各项之和 24 \+ 6 \+ 6 \+ 7 \+ 3 \+ 1 = 47 也与表三一致：很可能是正文的总数写错了/);
  // A list of what was done stays a list: changing one term changes what they add up to.
  const done = table(added('全年共收到政府信息公开申请46件，其中办结45件，结转下年度继续办理2件。'));
  assert.deepEqual(done.map(brief), [[2, 1, 'R4', 'error', undefined]]);
  assert.ok(done[0].message.includes('列举的 2 个数（45件、2件）之一'), done[0].message);
});

// ------------------------------------------------------------------------------------ item 3: sum-results names the row

const results = (text) => only(text, 'sum-results').found;

test('r11: sum-results names （一）予以公开 in both columns (the prose pins the 总计 column; the 自然人 column follows by the row’s sum); r06d, where two rows could be it, keeps “某个办理结果”', () => {
  const [natural, total] = results(R11);
  assert.ok(total.message.includes('很可能是（一）予以公开多填了 2：正文“予以公开24件”与把这一行改为 24 后的表三一致，而且只有这一行能解释这个差。请对照原表核对（一）予以公开，未自动修改。'), total.message);
  assert.ok(natural.message.includes('很可能是（一）予以公开多填了 2：总计列的同一差很可能出在这一行'), natural.message);
  for (const f of [natural, total]) {
    assert.ok(!f.message.includes('某个办理结果'), f.message);
    assert.equal(f.fix, undefined);
  }
  const en = core.analyze(R11, { locale: 'en' }).findings.filter((f) => f.ruleId === 'sum-results');
  assert.ok(en[1].message.includes('（一）予以公开 is likely 2 too high: the prose “予以公开24件” agrees with 表三 with that row set to 24'), en[1].message);
  // r06d: two rows of the prose could be the typo, so the general wording stays.
  for (const f of results(R06D)) assert.ok(f.message.includes('很可能是某个办理结果多填了 1（或几项合计多 1）'), f.message);
});

test('a column whose results are too high with one row that is not 0: that row is named (a 0 cannot be too high)', () => {
  // 部分公开: 自然人 5 → 4, 社会公益组织 1 → 2 (the row still adds up to 6): 社会公益组织's results are 1 too high, and
  // 部分公开 is its only result that is not 0; 自然人's are 1 too low, which any row could be.
  const line = CORRECT.split('\n').find((l) => l.startsWith('| （二）部分公开'));
  const text = edit(CORRECT, line, line.replace(/\| 5(\s+)\| 0(\s+)\| 0(\s+)\| 1 /, '| 4$1| 0$2| 0$3| 2 '));
  const found = results(text);
  assert.equal(found.length, 2);
  const [natural, welfare] = found;
  assert.ok(welfare.message.includes('很可能是（二）部分公开多填了 1：该列各办理结果只有这一行不为 0，多出的只能在这一行。'), welfare.message);
  assert.ok(natural.message.includes('很可能是某个办理结果少填了 1（或几项合计少 1）'), natural.message);
});
