// year-mismatch on a carry-over in clauses about last year (brk111 #3): in a 2024 report, `2023年，本机关新收申请40件，
// 结转至2024年继续办理2件` is 2023's carry-over, which goes on in 2024, but was said as this year's that should go on in
// 2025. The clauses' year is read as prose-table reads it (which already does not compare 40 with 表三). A carry-over
// into a year in clauses of this year, or of another year than the one before it, is still said. Base:
// examples/correct-2024.nianbao.md (clean), a sentence added after 三's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const years = (sentence) => {
  const text = CORRECT.replace(T3_SENTENCE, T3_SENTENCE + sentence);
  return core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'year-mismatch')
    .map((f) => ({ said: text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), expected: f.expected }));
};

test('the base holds the sentence', () => assert.ok(CORRECT.includes(T3_SENTENCE)));

test('a carry-over into a year in clauses about the year before it says nothing', () => {
  for (const sentence of [
    '2023年，本机关新收申请40件，结转至2024年继续办理2件。',
    '2023年本机关新收申请40件，结转至2024年继续办理2件。',
    '去年本机关新收申请40件，结转至2024年继续办理2件。',
    '与2023年相比，申请量有所增加；2023年，本机关新收申请40件，办结38件，结转至2024年继续办理2件。',
    '2023年，本机关受理申请40件（含2022年结转2件），结转至2024年继续办理2件。',
  ]) assert.deepEqual(years(sentence), [], sentence);
});

test('a carry-over into a year in clauses of this year, or of another year, is still said', () => {
  const cases = [
    ['本机关1件结转至2024年继续办理。', '2024'],
    ['2024年，本机关1件申请结转至2024年继续办理。', '2024'],
    ['2023年新收申请40件；本年度新收申请46件，1件结转至2024年继续办理。', '2024'],
    ['2022年，本机关新收申请30件，结转至2024年继续办理2件。', '2024'],
    ['2024年，本机关受理申请48件（含2022年结转2件）。', '2022'],
  ];
  for (const [sentence, said] of cases) {
    const fs = years(sentence);
    assert.equal(fs.length, 1, `${sentence}\n${JSON.stringify(fs)}`);
    assert.equal(fs[0].said, said, sentence);
  }
});
