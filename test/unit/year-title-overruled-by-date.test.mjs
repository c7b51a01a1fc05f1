// A title is the only source of the report year (no 统计期限, no name of the report in the introduction), and both the
// signature date and the body's years say another year (brk145 #2: seed 003 under a title of 2017, its body naming
// 2018年 fifteen times, signed 2019年1月31日). The title is the odd one out: year-mismatch's error, and the report is
// checked as the 2018 report (its deadline, format and last year's report), not as a 2017 report two years late.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const seed = corpusText('seeds/003_7487cbc35b761747.txt');
const titled = (year) => `昭通市政务服务管理局${year}年政府信息公开工作年度报告\n${seed}`;

test('a 2017 title over a body of 2018 signed in January 2019: year-mismatch error on the title, the report is 2018\'s', () => {
  const { report, findings } = core.analyze(titled(2017));
  assert.equal(report.year, 2018);
  const ym = findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.equal(ym.length, 1);
  assert.equal(ym[0].severity, 'error');
  assert.equal(ym[0].range.start.line, 0);
  assert.match(ym[0].message, /标题写的是 2017 年.*2019年1月31日.*2018 年度/);
  assert.equal(ym[0].related?.[0]?.range.start.line, 68);
  // Nothing judged against 2017: no late-publication warning for a 2017 report.
  assert.deepEqual(findings.filter((f) => f.ruleId === 'date-late'), []);
  // The same report with its title of the right year: nothing about the year.
  const right = core.analyze(titled(2018));
  assert.equal(right.report.year, 2018);
  assert.deepEqual(right.findings.filter((f) => f.ruleId === 'year-mismatch'), []);
});

test('the title keeps the year when the body does not side with the date', () => {
  // The body's 2018s made 2017s: the title and the body agree, the date alone is late (a warning on the date).
  const text = titled(2017).replace(/2018年/g, '2017年');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2017);
  const ym = findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.ok(ym.length >= 1);
  assert.ok(ym.every((f) => f.severity === 'warning' && f.range.start.line === 68), ym.map((f) => f.message).join('\n'));
});

test('a signature date of the year after the title\'s is no contradiction', () => {
  const text = titled(2017).replace('2019年1月31日', '2018年1月31日');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2017);
  assert.ok(findings.filter((f) => f.ruleId === 'year-mismatch').every((f) => f.range.start.line !== 0));
});
