// year-mismatch on the years of an older report left in the 依申请公开 paragraph (helper-210 #6): in a 2024 report,
// applications carried over to 2024 (they go on in 2025), a cut-off at the end of 2023, and applications carried over
// from 2022 (上年结转 is 2023's) were said by no rule. Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const years = (sentence) => {
  const text = CORRECT.replace(T3_SENTENCE, sentence);
  return core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'year-mismatch')
    .map((f) => ({ said: text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), expected: f.expected, severity: f.severity, message: f.message }));
};

test('the base holds the sentence and has no year-mismatch', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  assert.deepEqual(years(T3_SENTENCE), []);
});

test('a year of the report before is said on the year, with the year expected', () => {
  const cases = [
    ['全年新收政府信息公开申请46件，上年结转2件；办结47件，1件结转至2024年继续办理。', '2024', 2025, /结转至 2025 年/],
    ['全年新收政府信息公开申请46件，上年结转2件；截至2023年12月31日，已办结47件，结转下年度继续办理1件。', '2023', 2024, /截至 2024 年 12 月 31 日/],
    ['全年新收政府信息公开申请46件，上年结转2件；截至 2023 年 12 月 31 日，已办结47件。', '2023', 2024, /截至 2024 年/],
    ['本年度共受理政府信息公开申请48件（含2022年结转2件），办结47件，结转下年度继续办理1件。', '2022', 2023, /2023 年结转/],
    ['全年新收政府信息公开申请46件，上年结转2件；办结47件，另有1件转入2023年办理。', '2023', 2025, /2025/],
  ];
  for (const [sentence, said, expected, words] of cases) {
    const fs = years(sentence);
    assert.equal(fs.length, 1, `${sentence}\n${JSON.stringify(fs)}`);
    assert.equal(fs[0].said, said);
    assert.equal(fs[0].expected, expected);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, words);
  }
});

test('the right years, last year\'s carry-over into this one and comparisons say nothing', () => {
  for (const sentence of [
    '全年新收政府信息公开申请46件，上年结转2件；办结47件，1件结转至2025年继续办理。',
    '全年新收政府信息公开申请46件，2023年结转2件；截至2024年12月31日，已办结47件，结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，2023年结转至2024年的2件申请已全部办结，结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，较截至2023年12月31日的40件增加6件，上年结转2件，结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，2023年度结转2件，结转下年度继续办理1件。',
  ]) assert.deepEqual(years(sentence), [], sentence);
});

test('a sentence of 总体情况 opening with an earlier year in Chinese numerals is said as written (helper-212 #10)', () => {
  const OVERVIEW = /^(## 一、总体情况\n\n)/m;
  assert.match(CORRECT, OVERVIEW);
  const text = CORRECT.replace(OVERVIEW, '$1二〇二三年度，本局认真贯彻落实《条例》。\n\n');
  const found = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'year-mismatch');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /以“二〇二三年”开头，而本报告是 2024 年度的/);
  assert.equal(found[0].actual, 2023);
  const same = CORRECT.replace(OVERVIEW, '$1二〇二四年度，本局认真贯彻落实《条例》。\n\n');
  assert.deepEqual(core.checkReport(core.parseReport(same)).filter((f) => f.ruleId === 'year-mismatch'), []);
});

// helper-212 #10: the body naming the report itself by last year's name, outside the introduction (in 五 or 六, or a
// closing line) was not read: only the introduction's name is evidence of the report's year.
test('the body naming the report by another year is said on the year; the right year or a cited report says nothing', () => {
  const closing = (line) => {
    const text = `${CORRECT.trimEnd()}\n\n${line}\n`;
    return core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'year-mismatch')
      .map((f) => ({ said: text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), expected: f.expected, message: f.message }));
  };
  for (const line of ['本报告为2023年度政府信息公开工作年度报告。', '以上为某某市某某局2023年度政府信息公开工作年度报告全文。', '以上是某某市某某局2023年政府信息公开工作年度报告。']) {
    const fs = closing(line);
    assert.equal(fs.length, 1, line);
    assert.equal(fs[0].said, '2023');
    assert.equal(fs[0].expected, 2024);
    assert.match(fs[0].message, /称呼自己时也应写 2024 年度/);
  }
  for (const line of ['本报告为2024年度政府信息公开工作年度报告。', '以上为2023年度政府信息公开工作年度报告中提出的问题的整改情况。', '对照2023年度政府信息公开工作年度报告，问题已整改。']) {
    assert.deepEqual(closing(line), [], line);
  }
});
