// brk144 #2, #8: the years of each report in a compiled 汇编 (several agencies' reports in one file) are compared as a
// report's alone are. A later report's title stands 100 lines or more down the file: it was never read, so a 2023
// title over a 2024 statistics period was missed there, and a 2023 period was blamed on the signature date. A cover
// title above the first report (`柳营市2024年…年度报告汇编`) was named as the first report's introduction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const report = (agency) => BASE.replaceAll('某某市某某局', agency);
const AGENCIES = ['柳营市财政局', '柳营市教育局', '柳营市卫生健康委员会'];
/** A 汇编 of the three agencies' 2024 reports, the `k`-th rewritten by `edit`, with a cover title when `cover` is given. */
function compilation(k, edit, cover) {
  const parts = AGENCIES.map((a, i) => (i === k ? edit(report(a)) : report(a)));
  return (cover ? `# ${cover}\n\n` : '') + parts.join('\n');
}
const yearFindings = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'year-mismatch' || f.ruleId === 'date-late');
const lineOf = (text, f) => text.split('\n')[f.range.start.line];

for (const k of [1, 2]) {
  test(`report ${k + 1} of a 汇编 titled 2023 over a 2024 period: the title is the odd one out, as alone`, () => {
    const alone = yearFindings(report(AGENCIES[k]).replace('局2024年政府', '局2023年政府').replace('会2024年政府', '会2023年政府'));
    assert.equal(alone.length, 1);
    const text = compilation(k, (t) => t.replace(/(局|会)2024年政府信息公开工作年度报告\n/, '$12023年政府信息公开工作年度报告\n'));
    const fs = yearFindings(text);
    assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
    assert.equal(fs[0].ruleId, 'year-mismatch');
    assert.match(lineOf(text, fs[0]), new RegExp(`^# ${AGENCIES[k]}2023年`));
    assert.match(fs[0].message, /标题写的是 2023 年，而统计期限为 2024 年/);
    assert.equal(fs[0].message, alone[0].message);
  });
}

test('report 2 of a 汇编 with a 2023 statistics period: the period is the odd one out, not the signature date', () => {
  const text = compilation(1, (t) => t.replace('统计期限自2024年1月1日起至2024年12月31日止', '统计期限自2023年1月1日起至2023年12月31日止'));
  const fs = yearFindings(text);
  assert.deepEqual(fs.map((f) => f.ruleId), ['year-mismatch'], JSON.stringify(fs.map((f) => f.message)));
  assert.match(fs[0].message, /^统计期限写的是 2023 年，而标题为 2024 年/);
  assert.match(lineOf(text, fs[0]), /统计期限自2023年/);
});

test('a 汇编\'s cover title is named as the cover, not as the first report\'s introduction', () => {
  // The first report titled 2023 under a 2024 cover: the title is wrong against its own period (and signature).
  const text = compilation(0, (t) => t.replace('局2024年政府', '局2023年政府'), '柳营市2024年政府信息公开工作年度报告汇编');
  const fs = yearFindings(text);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
  assert.match(fs[0].message, /^标题写的是 2023 年，而统计期限为 2024 年/);
  assert.doesNotMatch(fs[0].message, /引言/);
  // A cover of another year than its reports: said on the cover, as the cover.
  const stale = compilation(0, (t) => t, '柳营市2023年政府信息公开工作年度报告汇编');
  const cs = yearFindings(stale);
  assert.equal(cs.length, 1, JSON.stringify(cs.map((f) => f.message)));
  assert.equal(cs[0].range.start.line, 0);
  assert.match(cs[0].message, /^汇编的封面标题写的是 2023 年，而其下第一份报告的标题为 2024 年/);
  // A cover of the reports' year: nothing.
  assert.deepEqual(yearFindings(compilation(0, (t) => t, '柳营市2024年政府信息公开工作年度报告汇编')), []);
});
