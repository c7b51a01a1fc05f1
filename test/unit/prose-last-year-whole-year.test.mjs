// brk151 #4, #5: in 五, a sentence led by 上年度 / 上一年 / 2023年 (the year before the report's) that goes on with 全年
// (`上年度，我局依申请公开工作压力较大，全年收到政府信息公开申请40件，不予公开8件。`) was read as this year's: 全年 there is
// that year's whole year, not this one's (only 本年, 今年 or the report year open this year again). And year-mismatch
// warned on a 2023年 account of last year's problems under its own heading (`（一）上年度存在问题的整改情况`) or followed
// by the report year's outcome (`2024年，…行政复议案件降至3件`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const MARKER = '## 六、其他需要报告的事项';
const inWu = (text) => CORRECT.replace(MARKER, `${text}\n\n${MARKER}`);
const brief = (text) => core.analyze(inWu(text)).findings.map((f) => [f.ruleId, f.actual, f.expected]);

test('全年 after another year\'s time is that year\'s: not compared with this year\'s table', () => {
  assert.ok(CORRECT.includes(MARKER));
  for (const lead of ['上年度', '上一年', '去年']) {
    assert.deepEqual(brief(`${lead}，我局依申请公开工作压力较大，全年收到政府信息公开申请40件，不予公开8件。针对这一问题，2024年我局加强源头公开，申请量回落。`), [], lead);
  }
});

test('全年 of this year is still compared: alone, after 本年度, or after another year\'s sentence', () => {
  assert.deepEqual(brief('我局依申请公开工作压力较大，全年收到政府信息公开申请40件。'), [['prose-table', 40, 46]]);
  assert.deepEqual(brief('本年度，我局依申请公开工作压力较大，全年收到政府信息公开申请40件。'), [['prose-table', 40, 46]]);
  assert.deepEqual(brief('上年度，我局依申请公开工作压力较大。全年收到政府信息公开申请40件。'), [['prose-table', 40, 46]]);
  // 本年 after last year's time opens this year again.
  assert.deepEqual(brief('上年度，我局收到申请较多；本年度全年收到政府信息公开申请40件。'), [['prose-table', 40, 46]]);
});

test('a 2023年 account of last year\'s problems under its heading, or followed by this year\'s outcome, is no leftover', () => {
  const account = '2023年，我局因政府信息公开被申请行政复议5件、被提起行政诉讼4件，主要原因是答复说理不充分。';
  // Under a heading about last year's problems.
  assert.deepEqual(brief(`（一）上年度存在问题的整改情况\n\n${account}`), []);
  // Followed by the report year's figure it went down to.
  assert.deepEqual(brief(`${account}2024年，我局组织依申请公开业务培训2次，行政复议案件降至3件。`), []);
  // Alone, or under a heading about this year's problems: still a warning.
  for (const text of [account, `（一）存在的问题\n\n${account}`]) {
    const found = core.analyze(inWu(text)).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['year-mismatch', 'warning']], text);
  }
});
