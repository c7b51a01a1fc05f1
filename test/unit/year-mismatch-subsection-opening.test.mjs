// brk182 #7: in a 2024 report, `（一）主动公开：2023年，本机关主动公开政府信息136条，其中……` (the subsection's heading run
// in with its first sentence, after `：` or a space) passed, while the same sentence on a line of its own under the
// heading was a warning: the first sentence of a subsection opening with last year and the subsection's own activity
// is a leftover of last year's report either way. Real comparisons and references stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, only, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The correct 2024 report as plain text (no Markdown marks), as reports are pasted. */
const PLAIN = CORRECT.replace(/^#+ /gm, '');
const HEADING = '（一）主动公开\n\n全年通过门户网站主动公开政府信息312条，其中';
/** PLAIN with the 主动公开 subsection's heading and first sentence written as `heading` then `sentence`. */
const under = (heading, sentence) => edit(PLAIN, HEADING, `${heading}${sentence}，其中`);
const mismatches = (text) => only(text, 'year-mismatch').found;

test('a subsection whose heading runs in with a first sentence opening with last year is year-mismatch (warning) at the year', () => {
  for (const heading of ['（一）主动公开：', '（一）主动公开:', '（一）主动公开 ', '（一）主动公开政府信息情况：', '1.主动公开：']) {
    for (const sentence of ['2023年，本机关主动公开政府信息136条', '2023年，我局通过门户网站主动公开政府信息136条', '2023 年度，我县主动公开政府信息136条']) {
      const text = under(heading, sentence);
      const found = mismatches(text);
      assert.deepEqual(found.map((f) => f.severity), ['warning'], heading + sentence);
      assert.match(found[0].message, /“总体情况”中的句子以“2023年”开头，而本报告是 2024 年度的/);
      const line = text.split('\n')[found[0].range.start.line];
      assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character).replace(/\s/g, ''), '2023年');
      assert.equal(found[0].actual, 2023);
      assert.equal(found[0].expected, 2024);
    }
  }
  // As it already was with the sentence on a line of its own.
  assert.equal(mismatches(under('（一）主动公开\n', '2023年，本机关主动公开政府信息136条')).length, 1);
});

test('comparisons and references in the subsection\'s first sentence are not', () => {
  for (const sentence of [
    '2023年出台的《某某市政府信息公开办法》继续执行，全年主动公开政府信息312条',
    '自2023年起，本机关主动公开政府信息312条',
    '2023年以来，本机关主动公开政府信息312条',
    '较2023年，本机关主动公开政府信息增加20条',
    '2023年，本机关主动公开政府信息292条，2024年增至312条',
    '2023年，本机关主动公开政府信息292条，本年度同比增长6.8%',
    '2023年度结转的申请2件已全部办结',
  ]) {
    for (const heading of ['（一）主动公开：', '（一）主动公开 ', '（一）主动公开\n']) {
      assert.deepEqual(mismatches(under(heading, sentence)), [], heading + sentence);
    }
  }
  // The report year's figure first, then last year's in the paragraph.
  assert.deepEqual(mismatches(under('（一）主动公开：', '全年主动公开政府信息312条。2023年主动公开政府信息292条')), []);
  // The report year itself.
  assert.deepEqual(mismatches(under('（一）主动公开：', '2024年，本机关主动公开政府信息312条')), []);
});
