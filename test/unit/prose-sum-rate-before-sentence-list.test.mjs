// prose-sum (brk159 #6): a rate ending the sentence (or clause) before a 其中 that opens the next one
// (已答复52件，答复率100%。其中，…) is an aside on the count before it, as it is between commas (已办结37件，办结率90.2%，其中…).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, preFormReport } from '../helpers.mjs';

const BASE = preFormReport('某某县人民政府办公室', 2012);
const SENTENCE = '2012年，共受理政府信息公开申请27件，已全部按期答复。';
const withText = (s) => edit(BASE, SENTENCE, `2012年，全县共受理政府信息公开申请15件，比上年增加3件。${s}`);
const brief = (s) => core.analyze(withText(s)).findings.filter((f) => f.ruleId === 'prose-sum').map((f) => [f.actual, f.expected]);

test('a rate ending the sentence before 。其中 does not hide the count answered (brk159 #6)', () => {
  const list = '同意公开10件，同意部分公开2件，不予公开1件，信息不存在2件，非本机关政府信息2件。';
  for (const s of [`已答复15件，答复率100%。其中，${list}`, `已答复15件，答复率100%；其中${list}`, `已答复15件，答复率100%，其中${list}`]) {
    assert.deepEqual(brief(s), [[15, 17]], s);
  }
  // A list that adds up gives nothing.
  assert.deepEqual(brief('已答复15件，答复率100%。其中，同意公开10件，同意部分公开2件，不予公开1件，信息不存在1件，非本机关政府信息1件。'), []);
  // Two counts before the rate: not known which one the list splits (not a list of results), nothing.
  assert.deepEqual(brief('收到信件30件，办结20件，办结率66.7%。其中，政策咨询12件，投诉举报8件，其他13件。'), []);
});
