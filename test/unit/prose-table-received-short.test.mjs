// prose-table: the count received in short words, without 政府信息公开 (全年收到申请540件) or without 申请 (本年度共受理
// 42件), and in Chinese numerals (共收到申请五百三十八件), is compared with 表三 where the applications need not be named:
// under （二）依申请公开 and in section 三; elsewhere (another subsection of 一, a 信访 or hotline sentence) it stays
// silent (breaker39 #10, breaker40 #6).
// B1 = breaker35-b1-2024.md (表三 新收 46, 上年结转 2, 办结 47, 结转下年度 1): B1L15 is its line under （二）依申请公开,
// B1 its line under （五）监督保障.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, proseBrief as brief, proseTableOf as table, proseInput as input, PROSE_BASES } from '../helpers.mjs';

/** B1 with `sentence` added in section 三, right below 表三. */
const inSection3 = (sentence) => edit(PROSE_BASES.B1.text, '\n## 四、', `\n${sentence}\n\n## 四、`);
/** B1 with `sentence` added to section 六's paragraph. */
const inSection6 = (sentence) => edit(PROSE_BASES.B1.text, '本年度未收取信息处理费。', `本年度未收取信息处理费。${sentence}`);

const WRONG = [
  // [sentence, the count as written, its excerpt]
  ['全年收到申请49件。', 49, '收到申请49件'],
  ['全年共收到申请49件，办结47件。', 49, '收到申请49件'],
  ['本年度共受理49件，办结47件。', 49, '受理49件'],
  ['全年接收申请49件。', 49, '接收申请49件'],
  ['本年度共收到申请四十九件。', 49, '收到申请四十九件'],
];

test('收到申请N件, 共受理N件, 收到申请(汉字)件 under （二）依申请公开 and in section 三: compared with 新收 and 新收 + 上年结转', () => {
  for (const text of [(s) => input('B1L15', s), inSection3]) {
    for (const [sentence, actual, excerpt] of WRONG) {
      const found = table(text(sentence));
      assert.equal(found.length, 1, `${sentence}: ${found.map((f) => f.message).join(' | ')}`);
      const [f] = found;
      assert.deepEqual(brief(f).slice(0, 4), [actual, 46, 'R1', 'error'], sentence);
      assert.ok(f.message.includes(`正文“${excerpt}”`) && f.message.includes('本年新收与上年结转申请之和”为 48'), f.message);
    }
  }
});

test('共受理N件，办结M件 (k12b-02): 受理 read as 新收 or as 新收 + 上年结转 alike, the wrong 办结 alone reported and fixed', () => {
  for (const text of [(s) => input('B1L15', s), inSection3]) {
    for (const sentence of ['本年度共受理48件，办结48件。', '本年度共受理46件，办结48件。']) {
      assert.deepEqual(table(text(sentence)).map(brief), [[48, 47, 'R3.7', 'error', '47']], sentence);
    }
    // The same fix as for the long wording (受理政府信息公开申请…): none, since 受理 has two readings.
    assert.deepEqual(table(text('全年收到申请49件。')).map(brief), table(text('全年收到政府信息公开申请49件。')).map(brief));
  }
});

test('the short wordings with the count of 新收 or of 新收 + 上年结转 stay silent', () => {
  for (const text of [(s) => input('B1L15', s), inSection3]) {
    for (const sentence of [
      '全年收到申请46件。',
      '全年收到申请48件。',
      '全年共收到申请46件，办结47件。',
      '本年度共受理48件，办结47件，结转下年度1件。',
      '本年度共收到申请四十六件。',
      '本年度共收到申请四十八件，办结四十七件。',
      // (上年结转 said apart: 46 is 新收.)
      '全年收到申请46件，上年结转2件。',
      // (Not a count received: 不予受理, 自收到申请之日起, 收到申请人….)
      '不予受理3件。',
      '自收到申请之日起20个工作日内予以答复。',
      '收到申请人补正材料3件。',
    ]) assert.deepEqual(table(text(sentence)).map(brief), [], sentence);
  }
});

test('a wrong short count outside the 依申请公开 part, or counting letters or hotline calls, stays silent', () => {
  for (const text of [
    // Another subsection of 一 (（五）监督保障) and section 六: 申请 there may be any kind of application.
    input('B1', '全年收到申请49件。'),
    input('B1', '本年度共受理49件，办结49件。'),
    inSection6('全年收到申请49件。'),
    // Under （二）依申请公开 and in section 三: a 信访 or hotline count before 受理.
    input('B1L15', '全年收到群众信访来信30封，受理25件。'),
    input('B1L15', '12345热线全年受理49件。'),
    inSection3('全年通过12345热线收到群众来电300件，受理290件。'),
    // (Nor the 办结 after such a 受理: it counts the hotline's calls too.)
    inSection3('通过12369热线共受理3216件，办结3198件。'),
  ]) assert.deepEqual(table(text).map(brief), []);
});
