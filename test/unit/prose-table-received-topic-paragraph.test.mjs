// prose-table: the count received in short words (全年收到申请49件, 本年度共受理49件) is compared with 表三 in two more
// places of section 一 that are about 依申请公开 without a numbered sub-heading: a paragraph that opens with 依申请公开方面，
// (在依申请公开方面，, 依申请公开工作方面，, 关于依申请公开，) — that paragraph only — and the text under a wholly bold line
// naming 依申请公开 without a number (**依申请公开情况**, as Word→Markdown converters write an unnumbered Word heading),
// up to the next such line. A 信访 or hotline 受理 there stays silent, and so does the same sentence elsewhere in 一.
// B1 = breaker35-b1-2024.md (表三 新收 46, 上年结转 2): its line 15 is the sentence under ### （二）依申请公开, its line 27
// the one under ### （五）监督保障.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, proseBrief as brief, proseTableOf as table, proseInput as input } from '../helpers.mjs';

/** `text` (B1) with section 一's numbered sub-headings written as unnumbered bold lines, 依申请公开's as `heading`. */
const unnumbered = (text, heading = '**依申请公开情况**') => [
  ['### （一）主动公开', '**主动公开情况**'],
  ['### （二）依申请公开', heading],
  ['### （三）政府信息管理', '**政府信息管理情况**'],
  ['### （四）政府信息公开平台建设', '**平台建设情况**'],
  ['### （五）监督保障', '**监督保障情况**'],
].reduce((t, [from, to]) => edit(t, `${from}\n`, `${to}\n`), text);

const WRONG = [
  // [sentence, the count as written]
  ['全年收到申请49件，办结47件。', 49],
  ['本年度共受理49件，办结47件。', 49],
];
const OPENERS = ['依申请公开方面，', '在依申请公开方面，', '依申请公开工作方面，', '关于依申请公开，'];

test('a short count received under an unnumbered bold 依申请公开 heading (**依申请公开情况**, **依申请公开**, __…__) is compared with 表三', () => {
  for (const heading of ['**依申请公开情况**', '**依申请公开**', '__依申请公开情况__', '**依申请公开工作**']) {
    for (const [sentence, actual] of WRONG) {
      const found = table(unnumbered(input('B1L15', sentence), heading));
      assert.deepEqual(found.map((f) => brief(f).slice(0, 4)), [[actual, 46, 'R1', 'error']], `${heading} / ${sentence}`);
      assert.equal(found[0].range.start.line, 14, 'on the sentence’s line, below the heading');
    }
  }
  // The right count stays silent.
  assert.deepEqual(table(unnumbered(input('B1L15', '全年收到申请46件，办结47件。'))).map(brief), []);
});

test('under an unnumbered bold 依申请公开 heading a 信访 or hotline 受理 stays silent, and the next bold heading ends the scope', () => {
  for (const sentence of ['全年收到群众信访来信30封，受理25件。', '本机关全年收到群众来信30件，受理25件。', '12345热线全年受理25件。']) {
    assert.deepEqual(table(unnumbered(input('B1L15', sentence))).map(brief), [], sentence);
  }
  // Under **监督保障情况** (B1's line 27), after **依申请公开情况**: another part of 一, not compared.
  assert.deepEqual(table(unnumbered(input('B1', '全年收到申请49件。'))).map(brief), []);
  // A bold line with a stop is a bold sentence, no heading: the count after it (under ### （五）监督保障) stays silent.
  assert.deepEqual(table(edit(input('B1', '全年收到申请49件。'), '### （五）监督保障\n\n', '### （五）监督保障\n\n**依申请公开情况良好。**\n\n')).map(brief), []);
});

test('a paragraph of section 一 opening with 依申请公开方面， (or 在…方面，, …工作方面，, 关于依申请公开，) compares its short count received', () => {
  for (const opener of OPENERS) {
    for (const [sentence, actual] of WRONG) {
      // Under ### （五）监督保障 (B1's line 27), and under unnumbered bold headings of another topic.
      for (const text of [input('B1', opener + sentence), unnumbered(input('B1', opener + sentence))]) {
        assert.deepEqual(table(text).map((f) => brief(f).slice(0, 4)), [[actual, 46, 'R1', 'error']], opener + sentence);
      }
    }
    // In a later sentence of the same paragraph too.
    assert.deepEqual(table(input('B1', `${opener}本局严格依法办理。全年收到申请49件。`)).map((f) => brief(f).slice(0, 2)), [[49, 46]], opener);
  }
});

test('the 依申请公开方面 paragraph scope ends with the paragraph, and a hotline 受理 in it stays silent', () => {
  for (const opener of OPENERS) {
    // The next paragraph (after a blank line) is no longer about 依申请公开 by these words.
    assert.deepEqual(table(input('B1', `${opener}本局严格依法办理。\n\n全年收到申请49件。`)).map(brief), [], opener);
    for (const sentence of ['本机关全年收到群众来信30件，受理25件。', '12345热线全年受理25件。']) {
      assert.deepEqual(table(input('B1', opener + sentence)).map(brief), [], opener + sentence);
    }
  }
  // Without such an opening, section 一 stays silent as before.
  assert.deepEqual(table(input('B1', '全年收到申请49件，办结47件。')).map(brief), []);
  assert.deepEqual(table(input('B1', '本局在依申请公开方面严格依法办理，全年收到申请49件。')).map(brief), []);
});
