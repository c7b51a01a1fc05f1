// year-mismatch's leftover check reads the first part of a pre-2019 report under its conventional titles
// (templates.md §2.2 row 1: `一、概述`, `一、主要工作概述`, …) as it reads 总体情况 (brk159 #5), and the problems part
// under `六、主要问题和改进措施` as under 存在的主要问题….
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const b28 = readFileSync(join(ROOT, 'test/fixtures/reports/brk159-b28-2012-overview-2011.md'), 'utf8');
const LEFTOVER = '2011年，县政府认真贯彻落实《条例》';

test('a 2012 report whose 一、概述 opens a sentence with 2011年: year-mismatch warns, naming 概述', () => {
  const { report, found } = only(b28, 'year-mismatch');
  assert.equal(report.format, 'pre2019');
  assert.equal(report.year, 2012);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].range.start.line, 6);
  assert.match(found[0].message, /“概述”中的句子以“2011年”开头/);
  // Nothing else in the report.
  assert.deepEqual(core.analyze(b28).findings.map((f) => f.ruleId), ['year-mismatch']);
});

test('the same under the accepted variant 一、主要工作概述, and under 一、总体情况 as before', () => {
  for (const title of ['## 一、主要工作概述', '## 一、总体情况']) {
    const { found } = only(edit(b28, '## 一、概述', title), 'year-mismatch');
    assert.equal(found.length, 1, title);
    assert.equal(found[0].range.start.line, 6, title);
  }
});

test('概述 with the report year, or comparing with 2011, is no leftover', () => {
  assert.equal(only(edit(b28, LEFTOVER, '2012年，县政府认真贯彻落实《条例》'), 'year-mismatch').found.length, 0);
  assert.equal(only(edit(b28, LEFTOVER, '2011年以来，县政府认真贯彻落实《条例》'), 'year-mismatch').found.length, 0);
});

test('a pre-2019 problems part titled 六、主要问题和改进措施 is read for leftovers as 存在的主要问题… is', () => {
  let text = edit(b28, LEFTOVER, '2012年，县政府认真贯彻落实《条例》');
  text = edit(text, '## 六、政府信息公开工作存在的主要问题及改进情况', '## 六、主要问题和改进措施');
  text = edit(text, '一是部分单位对政府信息公开工作重视不够', '2011年，部分单位对政府信息公开工作重视不够');
  const { found } = only(text, 'year-mismatch');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /“主要问题和改进措施”中的句子以“2011年”开头/);
});
