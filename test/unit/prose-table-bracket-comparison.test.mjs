// A year in brackets after a comparison (brk184 #2): `同比下降18.8%（2021年16件）` gives last year's count beside this
// year's; the clauses after the bracket are the report year's again and are compared with 表三 as without the bracket.
// Base: fixtures/reports/brk184-township-2022.md (a correct 2022 township report, the tester's W0: 新收 13, 上年结转 1,
// 办理结果总计 13, 予以公开 6, 结转下年度继续办理 1), its 表三 sentence (line 15) rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseTableOf } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/brk184-township-2022.md'), 'utf8');
/** The base with its 表三 sentence (line 15) replaced by `sentence`. */
const withSentence = (sentence) => {
  const lines = BASE.split('\n');
  lines[14] = sentence;
  return lines.join('\n');
};
/** The prose-table findings of the base with `sentence`: the prose's words, the table's number, the prose's. */
const found = (sentence) => proseTableOf(withSentence(sentence)).map((f) => [f.message.match(/正文“([^”]+)”/)[1], f.expected, f.actual]);

const REST = '上年结转1件，办结12件，其中予以公开5件，部分公开1件，无法提供4件，不予处理1件，其他处理1件，结转下年度继续办理2件。';
const EXPECTED = [['办结12件', 13, 12], ['予以公开5件', 6, 5], ['结转下年度继续办理2件', 1, 2]];

test('the base is clean and the control sentence without a bracket has its three errors', () => {
  assert.deepEqual(proseTableOf(BASE), []);
  assert.deepEqual(found(`2022年共收到政府信息公开申请13件，同比下降18.8%，${REST}`), EXPECTED);
});

test('last year\'s count in brackets after 同比 does not make the clauses after it last year\'s', () => {
  for (const note of ['（2021年16件）', '（2021年为16件）', '(2021年16件)', '（2021年：16件）'])
    assert.deepEqual(found(`2022年共收到政府信息公开申请13件，同比下降18.8%${note}，${REST}`), EXPECTED, note);
  // (Other comparisons with last year, which were read before, still are.)
  for (const s of [
    `2022年共收到政府信息公开申请13件，较2021年减少3件，${REST}`,
    `2022年共收到政府信息公开申请13件，比2021年的16件减少3件，${REST}`,
    `2022年共收到政府信息公开申请13件，较上年（16件）减少3件，${REST}`,
  ]) assert.deepEqual(found(s), EXPECTED, s);
});

test('the carry-over after a bracketed comparison is compared with 结转下年度继续办理', () => {
  for (const [s, words] of [
    ['2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），2件结转至2023年办理。', '结转至2023年'],
    ['2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），结转至2023年继续办理2件。', '结转至2023年继续办理2件'],
    ['2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），剩余2件继续办理。', '继续办理'],
    ['2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件，另有2件结转至2023年继续办理。', '结转至2023年继续办理'],
    // (`结转2023年2件`: the count right after the year, which was read as a month's digits and passed over.)
    ['2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），结转2023年2件。', '结转2023年2件'],
  ]) {
    const out = found(s);
    assert.equal(out.length, 1, s);
    assert.ok(out[0][0].includes(words) && out[0][1] === 1 && out[0][2] === 2, `${s}: ${out}`);
  }
});

test('a year in brackets before the phrase still governs a count inside the same bracket', () => {
  // (`（2021年为16件，办结15件）`: the bracket's own counts are last year's.)
  assert.deepEqual(found('2022年共收到政府信息公开申请13件，同比下降18.8%（2021年为16件，办结15件），上年结转1件，办结13件，其中予以公开6件，部分公开1件，无法提供4件，不予处理1件，其他处理1件，结转下年度继续办理1件。'), []);
});

test('the tester\'s correct variants stay clean', () => {
  for (const s of [
    '全年共受理政府信息公开申请14件（含上年结转1件），已办结13件，1件结转下年度继续办理。',
    '2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），结转2023年1件。',
    '全年收到各类政府信息公开申请13件，与上年持平。其中，当面申请2件，网络申请9件，信函申请2件。所有申请均在法定期限内予以答复。',
    '2022年镇政府收到政府信息公开申请十三件，答复十三件，结转一件。',
    '依申请公开方面，全年收到申请13件，其中自然人11件、商业企业2件；从办理结果看，予以公开6件，部分公开1件，无法提供4件，不予处理1件，其他处理1件；另有1件尚在答复期内。',
    '2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），上年结转1件，办结13件，其中予以公开6件，部分公开1件，无法提供4件，不予处理1件，其他处理1件，结转下年度继续办理1件。',
  ]) assert.deepEqual(found(s), [], s);
});
