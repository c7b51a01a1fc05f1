// brk164: small bodies' reports (乡镇, 街道办事处) and prose-table.
// #1 A report names itself short (`新华街道` for 新华街道办事处, `青石镇` for 青石镇人民政府): that is the agency, not another body.
// #2 `未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉`: a complaint listed beside them leaves 行政复议 and 行政诉讼 denied.
// #5 In 一、总体情况, 行政复议/行政诉讼 are 表四's when the text is on 依申请公开 (its sub-heading run in too) or under a
//    sub-heading naming 政府信息公开; in another paragraph (`（五）监督保障`) they may be any of the body's cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, proseTableOf } from '../helpers.mjs';

/** 新华街道办事处, 表三 新收 1; line 7 `2024年，新华街道共收到政府信息公开申请3件。…` */
const JIEDAO = readFileSync(join(ROOT, 'test/data/prose/jiedao-own-short-name-2024.txt'), 'utf8');
/** 桃源镇人民政府, 表三 all 0, 表四 行政复议 维持 1 总计 1; its 一 has （二）依申请公开 and （五）监督保障 run in. */
const TOWN = readFileSync(join(ROOT, 'test/data/prose/township-reviews-2024.md'), 'utf8');
const JIEDAO_SENTENCE = '2024年，新华街道共收到政府信息公开申请3件。';
const SUPERVISION = '（五）监督保障。本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉。';
const ON_APPLICATIONS = '（二）依申请公开。本年度我镇政府信息公开申请受理0件，办结0件，无结转下年度继续办理的申请。全年办理人大代表建议1件、政协提案2件，受理12345热线工单45件。';
const brief = (found) => found.map((f) => [f.severity, f.message.replace(/。.*$/s, '')]);

test('a 街道办事处 named by its 街道 is the agency: its count received is compared with 表三', () => {
  for (const sentence of [JIEDAO_SENTENCE, '2024年，新华街道收到政府信息公开申请3件。', '本年度，新华街道共收到政府信息公开申请3件。', '2024年，新华街道办共收到政府信息公开申请3件。']) {
    const found = proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, sentence));
    assert.equal(found.length, 1, sentence);
    assert.equal(found[0].severity, 'error');
    assert.deepEqual([found[0].actual, found[0].expected], [3, 1], sentence);
  }
  // (0 too: `…申请0件` against 新收 1.)
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，新华街道共收到政府信息公开申请0件。')).map((f) => [f.actual, f.expected]), [[0, 1]]);
  // As written with the right count: nothing.
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，新华街道共收到政府信息公开申请1件。')), []);
});

test('another 街道 in a 街道办事处\'s report, or a 街道 in a district\'s, is still another body', () => {
  assert.deepEqual(proseTableOf(edit(JIEDAO, JIEDAO_SENTENCE, '2024年，东风街道共收到政府信息公开申请3件。')), []);
  const district = edit(edit(JIEDAO, '# 某某市某某区新华街道办事处2024年', '# 某某市某某区人民政府2024年'), '\n某某市某某区新华街道办事处\n', '\n某某市某某区人民政府\n');
  assert.deepEqual(proseTableOf(district), []);
});

test('a township\'s 监督保障 denying 行政复议、行政诉讼 and complaints contradicts 表四 (行政复议 1)', () => {
  for (const said of ['本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉', '本年度我镇未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉',
    '本年度未发生因政府信息公开引起的行政复议、行政诉讼及投诉举报案件', '全年未发生因政府信息公开引起的举报投诉、行政复议和行政诉讼']) {
    const found = proseTableOf(edit(TOWN, SUPERVISION, `（五）监督保障。${said}。`));
    assert.deepEqual(brief(found), [['error', `正文“${said.replace(/^(?:本年度|全年)(?:我镇)?/, '')}”说没有，而表四的行政复议总计为 1`]], said);
  }
  // (Only complaints denied, or 行政诉讼 with them: nothing 表四 contradicts.)
  for (const said of ['全年未发生因政府信息公开引起的举报投诉。', '全年未发生因政府信息公开引起的行政诉讼和举报投诉。']) {
    assert.deepEqual(proseTableOf(edit(TOWN, SUPERVISION, `（五）监督保障。${said}`)), [], said);
  }
});

const NO_SUPERVISION = (text) => edit(text, SUPERVISION, '（五）监督保障。镇党委、政府主要负责同志定期研究政务公开工作，全年未发生责任追究情况。');

test('in 一, 行政复议 on 依申请公开 (its sub-heading run in, or 依申请公开方面) is 表四\'s and compared', () => {
  const base = NO_SUPERVISION(TOWN);
  for (const [para, actual] of [
    ['（二）依申请公开。本年度未收到申请。全年办理人大代表建议1件。行政复议0件，行政诉讼0件。', 0],
    ['（二）依申请公开。本年度未收到申请。全年办理人大代表建议1件。本年度无行政复议、行政诉讼。', 0],
    ['2.依申请公开。本年度未收到申请。全年办理人大代表建议1件。行政复议2件。', 2],
    ['依申请公开方面，本年度未收到申请。全年办理人大代表建议1件。行政复议2件。', 2],
  ]) {
    const found = proseTableOf(edit(base, ON_APPLICATIONS, para));
    assert.equal(found.length, 1, para);
    assert.equal(found[0].severity, 'error', para);
    assert.deepEqual([found[0].actual ?? 0, found[0].expected ?? 1], [actual, 1], para);
  }
});

test('in 一, 行政复议 under a sub-heading naming 政府信息公开 is compared; in a plain 监督保障 paragraph it is not', () => {
  const base = NO_SUPERVISION(TOWN);
  const at = (para) => proseTableOf(edit(base, '（五）监督保障。镇党委、政府主要负责同志定期研究政务公开工作，全年未发生责任追究情况。', para));
  assert.deepEqual(brief(at('（五）政府信息公开监督保障。镇党委定期研究政务公开工作。行政复议、行政诉讼均为0件。')), [['error', '正文“行政复议、行政诉讼均为0件”与表四不一致：表四的行政复议总计为 1，正文写 0，相差 -1']]);
  // (A body's 行政复议 in general, a 司法局's many say: another quantity.)
  for (const para of ['（五）监督保障。镇党委、政府主要负责同志定期研究政务公开工作，全年未发生责任追究情况。行政复议、行政诉讼均为0件。',
    '（五）监督保障。镇党委定期研究政务公开工作。本年度无行政复议、行政诉讼。', '（五）监督保障。镇党委定期研究政务公开工作。本年度行政复议2件，行政诉讼0件。']) {
    assert.deepEqual(at(para), [], para);
  }
  // (Said of 政府信息公开 in the sentence: compared wherever it stands.)
  assert.equal(at('（五）监督保障。本年度因政府信息公开被申请行政复议0件。').length, 1);
});
