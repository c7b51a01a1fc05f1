// date-invalid (helper-212 #11): the report's own word on when it is published (`本报告于2024年1月20日在门户网站发布`, in
// 六 or the introduction) was not read, only a `发布日期：` line or the signature; and a signature date whose year lost
// a digit (`202年1月20日`) said nothing. Base: examples/correct-2024.nianbao.md (clean, signed 2025年1月20日).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAST = '本年度未收取信息处理费。';
const dates = (text, locale = 'zh') => core.analyze(text, { locale }).findings.filter((f) => f.ruleId.startsWith('date-') || f.ruleId === 'year-mismatch')
  .map((f) => ({ rule: f.ruleId, said: text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), message: f.message }));

test('a publication date in the body in the report year is said on the date; one in the next year is not', () => {
  assert.ok(CORRECT.includes(LAST));
  const bad = edit(CORRECT, LAST, `${LAST}本报告于2024年1月20日在某某市人民政府门户网站发布。`);
  const found = dates(bad);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].rule, 'date-invalid');
  assert.equal(found[0].said, '2024年1月20日');
  assert.match(found[0].message, /^发布日期“2024年1月20日”不晚于报告年度/);
  assert.deepEqual(dates(edit(CORRECT, LAST, `${LAST}本报告于2025年1月20日在某某市人民政府门户网站发布。`)), []);
  // A year that lost a digit there is said too (helper-218 #12).
  const garbled = dates(edit(CORRECT, LAST, `${LAST}本报告于202年1月20日在某某市人民政府门户网站发布。`));
  assert.deepEqual(garbled.map((f) => [f.rule, f.said]), [['date-invalid', '202年1月20日']]);
  assert.match(garbled[0].message, /^发布日期“202年1月20日”的年份不是四位数/);
  // Another report's date (last year's, cited) is no publication date of this one.
  assert.deepEqual(dates(edit(CORRECT, LAST, `${LAST}2023年度报告于2024年1月20日在门户网站发布。`)), []);
});

test('a signature date whose year is not four digits is said, and is no evidence of the year', () => {
  for (const written of ['202年1月20日', '20255年1月20日']) {
    const text = edit(CORRECT, '\n2025年1月20日', `\n${written}`);
    const found = dates(text);
    assert.deepEqual(found.map((f) => f.rule), ['date-invalid'], written);
    assert.equal(found[0].said, written);
    assert.match(found[0].message, /年份不是四位数/);
    assert.equal(core.analyze(text).report.year, 2024);
    const en = dates(text, 'en')[0].message;
    assert.match(en, new RegExp(`“${written}” has no four-digit year`));
  }
});

test('other wordings of the body\'s publication date are read too (helper-218 #13)', () => {
  for (const s of [
    '本年报于2024年1月20日在某某市人民政府门户网站公开。',
    '本报告电子版于2024年1月20日在某某市人民政府门户网站发布。',
    '该报告于2024年1月20日在门户网站发布。',
    '本报告发布于2024年1月20日。',
    '本报告的发布日期为2024年1月20日。',
  ]) {
    const found = dates(edit(CORRECT, LAST, `${LAST}${s}`));
    assert.deepEqual(found.map((f) => [f.rule, f.said]), [['date-invalid', '2024年1月20日']], s);
  }
  for (const s of ['本报告发布于2025年1月20日。', '本报告的发布日期为2025年1月20日。', '本报告于2024年1月20日经局务会研究起草。']) {
    assert.deepEqual(dates(edit(CORRECT, LAST, `${LAST}${s}`)), [], s);
  }
});

test('another report\'s date in a related link is not this report\'s publication date (helper-220 #12)', () => {
  const link = edit(CORRECT, '2025年1月20日', '2025年1月20日\n\n相关链接：某某市某某局2023年政府信息公开工作年度报告（发布日期：2024-01-18）');
  assert.deepEqual(dates(link), []);
  const own = CORRECT.replace(/\n/, '\n发布日期：2024-01-18\n');
  assert.deepEqual(dates(own).map((f) => f.rule), ['date-invalid']);
});
