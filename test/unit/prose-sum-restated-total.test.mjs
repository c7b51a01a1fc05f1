// prose-sum: a `其中` list after a clause that only restates the count received (`已全部答复`, `均已办结`,
// `全部予以答复`…) splits that count (breaker39 #15: `全年共受理…35件，其中当面申请12件…信函申请3件。已全部答复，其中同意公开
// 29件，不予公开2件，信息不存在5件`, 36 ≠ 35, was silent); such a finding is info, since the answers may include
// applications carried over from last year. A list of 办理结果 joined by ，(pre-2019 names too) under a count
// concluded is one split of it: more than the total is reported. A list after a count it does not break down, or
// after a clause that does not say all (`已答复`), or after two counts received, stays as it was.
// breaker42 #4: the clause may have a subject (`上述申请已全部办结，其中…`, `以上申请均已答复`), or end the count's sentence
// with 其中 opening the next (`…35件，均已依法答复。其中…`); the message quotes the clause's verb (办结, 答复…).
// Inputs: the breaker's report (test/fixtures/reports/breaker39-m13-pre2019-sum.md) and helpers.preFormReport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, preFormReport, ROOT } from '../helpers.mjs';

const M13 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker39-m13-pre2019-sum.md'), 'utf8');
const M13_LINE = '全年共受理政府信息公开申请35件，其中当面申请12件，网上申请20件，信函申请3件。已全部答复，其中同意公开29件，不予公开2件，信息不存在5件';
/** [actual, expected, severity] of each prose-sum finding of `text`. */
const sums = (text) => only(text, 'prose-sum').found.map((f) => [f.actual, f.expected, f.severity]);
/** The pre-2019 form report with its 依申请公开 sentence replaced by `sentence`. */
const pre = (sentence) => edit(preFormReport('某某县人民政府', 2016), '共受理政府信息公开申请27件，已全部按期答复。', sentence);

test('the breaker\'s m13: the results after 已全部答复 are summed against the 35 received, as info', () => {
  const { found } = only(M13, 'prose-sum');
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.severity]), [[35, 36, 'info']]);
  assert.match(found[0].message, /已全部答复/);
  assert.deepEqual(found[0].related.map((r) => r.message), ['同意公开 29', '不予公开 2', '信息不存在 5']);
  // Written right (28 + 2 + 5 = 35): silent.
  assert.deepEqual(sums(edit(M13, '同意公开29件', '同意公开28件')), []);
});

test('restating clauses in the same sentence or opening the next are linked to the one count received', () => {
  for (const restate of ['已全部答复', '均已办结', '已全部办结', '全部予以答复', '均已按时答复', '已全部按期办结', '全部办理完毕']) {
    for (const [sep, extra] of [['，', ''], ['。', ''], ['，', '，其中网上申请20件，信函申请15件']]) {
      const wrong = pre(`共受理政府信息公开申请27件${extra}${sep}${restate}，其中同意公开20件，不予公开3件，信息不存在5件。`);
      assert.deepEqual(sums(wrong), [[27, 28, 'info']], `${extra}${sep}${restate}`);
      assert.deepEqual(sums(edit(wrong, '同意公开20件', '同意公开19件')), [], `${extra}${sep}${restate} right`);
    }
  }
});

test('a list is not attached to a count it does not break down, nor after a clause that does not say all', () => {
  // 办结 30 is what the list splits (a warning, as before), not 受理 35.
  assert.deepEqual(sums(pre('共受理政府信息公开申请35件，办结30件，其中同意公开29件、不予公开2件、信息不存在5件。')), [[30, 36, 'warning']]);
  for (const s of [
    // Two counts before the clause: which one is all of them is not known.
    '共受理政府信息公开申请35件，办结30件。已全部答复，其中同意公开29件，不予公开2件，信息不存在5件。',
    '新收政府信息公开申请33件，上年结转2件。已全部答复，其中同意公开29件，不予公开2件，信息不存在5件。',
    // 已答复 without 全部 / 均 need not be all of them.
    '共受理政府信息公开申请35件。已答复，其中同意公开29件，不予公开2件，信息不存在5件。',
    // A count concluded restated is no count received.
    '共办结政府信息公开申请35件。已全部答复，其中同意公开29件，不予公开2件，办理中5件。',
  ]) assert.deepEqual(sums(pre(s)), [], s);
});

test('办理结果 joined by ，under a count concluded that they exceed are reported; not a list of other things', () => {
  assert.deepEqual(sums(pre('共办结政府信息公开申请35件，其中同意公开29件，不予公开2件，信息不存在5件。')), [[35, 36, 'warning']]);
  assert.deepEqual(sums(pre('共办结政府信息公开申请35件，其中同意公开28件，不予公开2件，信息不存在5件。')), []);
  // Not all of them 办理结果 (按时答复 counts them again): silent, as before.
  assert.deepEqual(sums(pre('共办结政府信息公开申请35件，其中同意公开29件，按时答复35件。')), []);
  // Under a count received (not concluded), a ，-joined list may be another count of the same: silent.
  assert.deepEqual(sums(pre('共受理政府信息公开申请35件，其中同意公开29件，不予公开2件，信息不存在5件。')), []);
});

test('a restating clause with its subject (上述申请, 以上申请, 这些申请, 所有申请) is linked to the count received (breaker42 #4)', () => {
  for (const subject of ['上述申请', '以上申请', '这些申请', '所有申请', '上述政府信息公开申请']) {
    for (const restate of ['已全部办结', '均已答复', '均已依法答复', '全部按时办结']) {
      const wrong = pre(`共受理政府信息公开申请27件。${subject}${restate}，其中同意公开20件，不予公开3件，信息不存在5件。`);
      assert.deepEqual(sums(wrong), [[27, 28, 'info']], subject + restate);
      assert.deepEqual(sums(edit(wrong, '同意公开20件', '同意公开19件')), [], `${subject}${restate} right`);
    }
  }
  // Still not without 全部 / 均, nor with another subject that is not all of them.
  for (const s of ['共受理政府信息公开申请27件。上述申请已答复，其中同意公开20件，不予公开3件，信息不存在5件。',
    '共受理政府信息公开申请27件。部分申请已全部办结，其中同意公开20件，不予公开3件，信息不存在5件。']) assert.deepEqual(sums(pre(s)), [], s);
});

test('其中 opening the sentence after the restating clause splits the count received', () => {
  for (const restate of ['均已依法答复', '已全部办结', '上述申请均已答复']) {
    const wrong = pre(`共受理政府信息公开申请27件，${restate}。其中同意公开20件，不予公开3件，信息不存在5件。`);
    assert.deepEqual(sums(wrong), [[27, 28, 'info']], restate);
    assert.deepEqual(sums(edit(wrong, '同意公开20件', '同意公开19件')), [], `${restate} right`);
  }
  for (const s of [
    // Two counts before the clause, or one concluded, or no 全部 / 均: not known to split the count received.
    '共受理政府信息公开申请35件，办结30件，均已依法答复。其中同意公开29件，不予公开2件，信息不存在5件。',
    '共办结政府信息公开申请35件，均已依法答复。其中同意公开29件，不予公开2件，信息不存在5件。',
    '共受理政府信息公开申请35件，已依法答复。其中同意公开29件，不予公开2件，信息不存在5件。',
  ]) assert.deepEqual(sums(pre(s)), [], s);
});

test('the message quotes the verb the restating clause uses', () => {
  for (const [restate, verb] of [['已全部办结', '办结'], ['均已答复', '答复'], ['全部办理完毕', '办理完毕']]) {
    const [f] = only(pre(`共受理政府信息公开申请27件，${restate}，其中同意公开20件，不予公开3件，信息不存在5件。`), 'prose-sum').found;
    assert.match(f.message, new RegExp(`“其中”前说申请已全部${verb}，所以按这个总数核对；若${verb}的还含上年结转的申请`), restate);
  }
  const en = core.analyze(pre('共受理政府信息公开申请27件，已全部办结，其中同意公开20件，不予公开3件，信息不存在5件。'), { locale: 'en' }).findings.find((f) => f.ruleId === 'prose-sum');
  assert.match(en.message, /say all the applications were dealt with \(办结\)/);
});
