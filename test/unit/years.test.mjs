// year-mismatch and date-invalid on real reports: silent on every corpus report, and found when one real
// date or year of a report is changed (with `edit`, one exact passage of the real text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, CORPUS } from '../helpers.mjs';

const only = (text, rule) => {
  const { report, findings } = core.analyze(text);
  return { report, found: findings.filter((f) => f.ruleId === rule) };
};
function edit(text, from, to) {
  assert.equal(text.split(from).length, 2, `“${from}” occurs once`);
  return text.replace(from, to);
}
const corpus = ['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');

test('no year-mismatch or date-invalid in any corpus report (titles, periods, 发布日期 and signatures agree)', () => {
  for (const name of corpus) {
    const { findings } = core.analyze(corpusText(name));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'year-mismatch' || f.ruleId === 'date-invalid').map((f) => f.message), [], name);
  }
});

test('year-mismatch: a 2024 title with a 2023 statistics period (洪泽 2024, period changed) points at the period and names the title', () => {
  const text = edit(HONGZE_2024, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止', '统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止');
  const { report, found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[8, 'error', 2024, 2023]]);
  assert.match(slice(report, found[0].range), /统计期限自 2023 年 1 月 1 日/);
  assert.equal(found[0].related[0].range.start.line + 1, 4);
});

test('year-mismatch: the introduction naming last year\'s report (沭阳县发改局 2023 → “2022年度政府信息公开年度报告”)', () => {
  const fgj = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const text = edit(fgj, '现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告', '现向社会公布沭阳县发展和改革局2022年度政府信息公开年度报告');
  const { found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[19, 2023, 2022]]);
});

test('date-invalid: a signature in the report year (庐山 2018 signed 2018年1月14日) and a 公开日期 before the year ends', () => {
  const seed002 = corpusText('seeds/002_029685eb87fde92d.txt');
  const signed = only(edit(seed002, '\n2019年1月14日\n', '\n2018年1月14日\n'), 'date-invalid').found;
  assert.deepEqual(signed.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[159, 'warning', 2019, 2018]]);
  const fgj = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const published = only(edit(fgj, '| 公开日期 | 2024-01-17 |', '| 公开日期 | 2023-01-17 |'), 'date-invalid').found;
  assert.deepEqual(published.map((f) => f.range.start.line + 1), [12]);
  // Not a calendar date.
  const feb30 = only(edit(seed002, '\n2019年1月14日\n', '\n2019年2月30日\n'), 'date-invalid').found;
  assert.equal(feb30.length, 1);
  assert.match(feb30[0].message, /不是有效日期/);
});

test('date-invalid: a statistics period that lost digits (“12 月 3 日”, “202 年”, “年 月”)', () => {
  const cases = [
    ['起至 2024 年 12 月 31 日止', '起至 2024 年 12 月 3 日止'],
    ['统计期限自 2024 年 1 月 1 日', '统计期限自 202 年 1 月 1 日'],
    ['统计期限自 2024 年 1 月 1 日', '统计期限自 2024 年 月 1 日'],
  ];
  for (const [from, to] of cases) {
    const { found } = only(edit(HONGZE_2024, from, to), 'date-invalid');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity]), [[8, 'warning']], to);
  }
  // 庆城 2018's “自2018年1月1日起至12月31日止” (year written once) is complete.
  assert.deepEqual(only(corpusText('seeds/000_f7ed614ce96fc61e.txt'), 'date-invalid').found, []);
});
