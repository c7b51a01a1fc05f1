// prose-table: 办结/答复 counts narrowed to a part of the applications are never rewritten to 办理结果总计 (found by
// breaker33).
// breaker33 findings on prose-table: a 办结/答复 count that the words before its verb, or a count of a part of the
// applications before it, narrow to a part must never be rewritten to 表三's 办理结果总计.
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 结转下年度 1; 自然人 （七）总计 41,
// 法人或其他组织 6), the same 表三 as breaker33's B1. B's wordings (breaker33's B2: 新收 37, 结转 4, 办结 37, 结转下年度 4)
// are written with this 表三's numbers: 37 new → 46, 33 concluded of them → 45, 4 carried over → 2, 4 pending → 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** breaker33's A inputs: the example with its line 27 written as `将政务公开纳入年度绩效考核，全年受理申请46件，<text>。`. */
const lineA = (text) => edit(CORRECT, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', `将政务公开纳入年度绩效考核，全年受理申请46件，${text}。`);
/** breaker33's B inputs: `sentence` after the example's 表三 sentence (under （二）依申请公开). */
const lineB = (sentence) => afterT3(CORRECT, sentence);

/**
 * No prose-table finding of `text` carries a fix (with `column`: none but one to that applicant column's total), none
 * says 办理结果总计 is what the count should be, and fix-all changes nothing.
 */
function neverRewritten(text, what, column) {
  for (const f of table(text)) {
    if (column && f.data.quantity === column) continue;
    assert.equal(f.fix, undefined, `${what}: ${f.message}`);
    assert.ok(!(f.data.quantity === 'R3.7' && f.severity === 'error' && f.expected === 47), `${what}: ${f.message}`);
  }
  if (!column) assert.equal(core.fixAll(text).text, text, what);
}

// ------------------------------------------ A: a manner, channel or recipient before 答复/办结 makes the count a part

const A_PARTS = ['电话告知答复2件', '通过电话告知方式答复2件', '以告知书形式答复30件', '上门送达答复3件', '面向企业答复3件', '对企业答复3件', '为企业答复3件'];

test('breaker33 A: 答复/办结 after words that narrow it (电话告知, 以告知书形式, 上门送达, 面向/对/为企业) is a part: silent below the total, an info above it, never fixed', () => {
  for (const text of A_PARTS) {
    const input = lineA(text);
    neverRewritten(input, text);
    // A part below its whole is what a part is: nothing to say.
    assert.deepEqual(table(input).map(brief), [], text);
    // A part above its whole (47) cannot be a part: an info, still without a fix.
    const above = lineA(text.replace(/\d+件$/, '50件'));
    neverRewritten(above, text);
    assert.deepEqual(table(above).map((f) => [f.severity, f.fix]), [['info', undefined]], text);
    assert.match(table(above)[0].message, /限定了办结（答复）的是哪一部分申请/, text);
  }
});

test('breaker33 A: a count by one applicant column is compared with that column’s （七）总计', () => {
  // 自然人 41 and 法人或其他组织 6 are 表三's （七）总计 of those columns: nothing to say.
  for (const text of ['自然人申请已办结41件', '法人或其他组织申请已办结6件', '其中自然人申请答复41件', '对自然人答复41件']) {
    assert.deepEqual(table(lineA(text)).map(brief), [], text);
  }
  // A wrong one is that column's error, fixed to that column's total, never to 47.
  const wrong = lineA('自然人申请已办结40件');
  assert.deepEqual(table(wrong).map(brief), [[40, 41, 'natural:R3.7', 'error', '41']]);
  assert.match(table(wrong)[0].message, /自然人列的办理结果总计为 41/);
  assert.deepEqual(table(lineA('对自然人答复40件')).map(brief), [[40, 41, 'natural:R3.7', 'error', '41']]);
  assert.deepEqual(table(lineA('法人或其他组织申请已办结5件')).map(brief), [[5, 6, 'legal:R3.7', 'error', '6']]);
  // Both columns together are all the applicants: the total.
  assert.deepEqual(table(lineA('自然人和法人或其他组织申请已办结47件')).map(brief), []);
  assert.deepEqual(table(lineA('自然人和法人或其他组织申请已办结45件')).map(brief), [[45, 47, 'R3.7', 'error', '47']]);
});

test('breaker33 A: the wordings breaker33 found silent stay silent', () => {
  for (const text of [
    '网上答复40件，当面答复7件', '通过政府网站答复40件', '通过邮寄方式答复7件', '以电子邮件形式答复6件', '采用电子邮件答复6件',
    '以书面形式答复7件', '线上办理40件，线下办理7件', '通过政务服务网答复40件，通过信函答复7件', '对网上申请答复40件',
    '网上申请的40件均已答复', '其中信函申请答复6件', '网络渠道答复40件，纸质渠道答复7件', '当场答复3件', '经网上答复40件',
    '依托网上平台办结40件', '线下答复7件', '电话答复2件', '通过电话答复2件', '口头答复2件', '短信答复2件', '传真答复1件',
    '向法人或其他组织答复6件', '提前答复30件', '当日答复5件', '其中电话答复2件', '通过网上办理答复45件',
  ]) {
    assert.deepEqual(table(lineA(text)).map(brief), [], text);
  }
});

test('breaker33 A: 办结/答复 of all the applications is still compared and fixed to 办理结果总计', () => {
  for (const text of [
    '已办结45件', '依法答复45件', '共办结45件', '依法依规答复45件', '均已办结，办结45件', '我局已办结45件', '截至年底已办结45件',
    '经审核后答复45件', '年度内办结45件', '当年办结45件', '按照法定程序答复45件', '向申请人答复45件', '已全部依法依规作出答复45件',
  ]) {
    // (`均已办结` after the count received says none is carried over, while 表三 carries 1 over: an error too, breaker35 #6.)
    const allDone = text.startsWith('均已办结') ? [[0, 1, 'R4', 'error', undefined]] : [];
    assert.deepEqual(table(lineA(text)).map(brief), [...allDone, [45, 47, 'R3.7', 'error', '47']], text);
  }
});

// ----------------------------- B: 办结 among the new or the carried-over applications, named or counted before it

const B_PARTS = [
  '截至2024年12月31日，上年结转申请2件，均已办结；新收申请46件，已办结45件。',
  '截至2024年12月31日，本年度新收46件，办结45件，上年结转的2件已全部办结。',
  '截至2024年12月31日，本年度新受理的申请办结45件，上年结转的2件已全部办结，另有1件正在办理中。',
  '截至2024年12月31日，本年新增申请已办结45件，上年结转的2件已全部办结。',
  '截至2024年12月31日，当年申请已办结45件，上年结转的2件已全部办结。',
  '截至2024年12月31日，对上年结转的2件申请，已办结2件；本年新收申请已办结45件。',
  '截至2024年12月31日，新收申请中办结45件，结转申请中办结2件。',
];

test('breaker33 B: 办结 among the new or the carried-over applications is not compared with 办理结果总计 and never fixed', () => {
  for (const sentence of B_PARTS) {
    const text = lineB(sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    neverRewritten(text, sentence);
  }
});

test('breaker33 B: the wordings breaker33 found silent stay silent', () => {
  for (const sentence of [
    '截至2024年12月31日，本年新收申请已办结45件，1件结转下年度继续办理；上年结转的2件已全部办结。',
    '截至2024年12月31日，新收申请办结45件，上年结转申请办结2件，结转下年度1件。',
    '截至2024年12月31日，2024年新收到的申请中，已办结45件，上年结转的2件已全部办结。',
    '截至2024年12月31日，上年度结转申请已办结2件，本年新收申请已办结45件。',
    '截至2024年12月31日，结转的2件申请已办结2件，新收申请已办结45件。',
    '截至2024年12月31日，2023年结转的2件申请已办结2件，2024年新收申请已办结45件。',
    '截至2024年12月31日，去年遗留的2件申请已办结2件，今年新收申请已办结45件。',
    '截至2024年12月31日，受理本年新申请46件，已办结45件，上年结转的2件已全部办结。',
    '截至2024年12月31日，上年结转的2件申请已答复2件，本年新收申请已答复45件。',
    '截至2024年12月31日，在新收的46件申请中，已办结45件；上年结转的2件已全部办结。',
    '截至2024年12月31日，新收的46件申请已办结45件，上年结转的2件已全部办结。',
  ]) {
    assert.deepEqual(table(lineB(sentence)).map(brief), [], sentence);
  }
});

test('breaker33 B: a count among a part that 表三 cannot allow is an error, without a fix', () => {
  // Of the 46 new ones at least 47 − 2 = 45 were concluded: 40 cannot be (expected: the nearer bound, 45).
  const found = table(lineB('新收申请46件，已办结40件。'));
  assert.deepEqual(found.map(brief), [[40, 45, 'R3.7', 'error', undefined]]);
  assert.match(found[0].message, /本年新收申请中办结的申请.*应在 45 到 46 之间，正文写 40/);
  // More concluded than the part holds when it is named with its count (`中`): no reading fits.
  assert.deepEqual(table(lineB('新收的46件申请中已办结48件。')).map(brief), [[48, 46, 'R3.7', 'error', undefined]]);
  // Of the 2 carried over at least 47 − 46 = 1 was concluded.
  assert.deepEqual(table(lineB('上年结转的2件申请中已办结0件。')).map(brief), [[0, 1, 'R3.7', 'error', undefined]]);
});

test('breaker33 B: a 办结 larger than the part counted before it counts all of them, and is compared and fixed', () => {
  // (From breaker35 to brk141 #5 an info without a fix. But 48 is more than the 46 new ones, so it cannot be among them:
  // it counts all of them, as the rule's docs say, and is compared and fixed.)
  assert.deepEqual(table(lineB('新收申请46件，已办结48件。')).map(brief), [[48, 47, 'R3.7', 'error', '47']]);
  for (const sentence of ['全年新收政府信息公开申请46件，上年结转2件，办结45件。', '全年受理申请46件，含上年结转申请共办结45件。', '新收申请46件，连同上年结转的2件共办结45件。']) {
    assert.deepEqual(table(lineB(sentence)).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
  }
});

test('breaker33 B: 受理 split by the prose into concluded and pending is read from the numbers', () => {
  // 46 received = 45 concluded + 1 pending, and 46 is 新收 (not 新收 + 上年结转 = 48): 45 may be the new ones’ share.
  const text = lineB('受理申请46件，已办结45件，尚有1件正在办理。');
  assert.deepEqual(table(text).map(brief), []);
  neverRewritten(text, 'split of 46');
  // 48 received (新收 + 上年结转) = 46 + 2 pending: all of them, and the split ties the two numbers: 46 is fixed only
  // together with the pending count, which is wrong too (表三's 47 + 1 is 48 as well).
  const split = lineB('受理申请48件，已办结46件，尚有2件正在办理。');
  assert.deepEqual(table(split).map(brief), [[46, 47, 'R3.7', 'error', '47'], [2, 1, 'R4', 'error', '1']]);
  assert.ok(core.fixAll(split).text.includes('受理申请48件，已办结47件，尚有1件正在办理。'));
  // When only 46 is wrong the prose's own sum is broken, and nothing says that 受理 includes last year's: an info, as before.
  assert.deepEqual(table(lineB('受理申请48件，已办结46件，尚有1件正在办理。')).map(brief), [[46, 47, 'R3.7', 'info', undefined]]);
  // Without the pending count, 受理 … 办结 is all of them, as before.
  assert.deepEqual(table(lineB('受理申请46件，已办结45件。')).map(brief), [[45, 47, 'R3.7', 'error', '47']]);
});

// ------------------------------------------------ the invariant, over the qualifiers and part counts of A and B

test('breaker33: a fix never writes 办理结果总计 into a count a qualifier or a preceding part count narrows', () => {
  const qualifiers = ['电话告知', '通过电话告知方式', '以告知书形式', '上门送达', '面向企业', '对企业', '为企业', '向律师事务所', '通过短信告知'];
  for (const q of qualifiers) {
    for (const verb of ['答复', '办结', '已办结']) {
      for (const n of [1, 2, 30, 45, 46]) neverRewritten(lineA(`${q}${verb}${n}件`), `${q}${verb}${n}件`);
    }
  }
  // (A count of one applicant column, `自然人申请41件，办结40件`, may be fixed to that column's total, 41: never to 47.)
  const parts = [['新收申请', 46], ['本年度新收', 46], ['本年新收政府信息公开申请', 46], ['受理本年新申请', 46], ['上年结转申请', 2], ['对上年结转的', 2], ['自然人申请', 41, 'natural:R3.7']];
  for (const [part, count, column] of parts) {
    for (const verb of ['办结', '已办结', '答复']) {
      for (let n = 0; n <= count; n += Math.max(1, Math.floor(count / 5))) neverRewritten(lineB(`${part}${count}件，${verb}${n}件。`), `${part}${count}件，${verb}${n}件`, column);
    }
  }
  for (const sentence of [...A_PARTS.map(lineA), ...B_PARTS.map(lineB)]) neverRewritten(sentence, 'A/B');
});
