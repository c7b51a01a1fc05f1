// The statistics period written as a year (`统计期限为2023年度`) or in numbers (`2023.1.1—2023.12.31`, `2023/01/01-2023/12/31`)
// is evidence of the report year, as `2023年1月1日…12月31日` is (helper-212 #10): in a report titled 2024, a period of 2023
// was missed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PERIOD = /本报告中所列数据的统计期限[^。]*。/;
const withPeriod = (period) => CORRECT.replace(PERIOD, `本报告中所列数据的统计期限${period}。`);
const years = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'year-mismatch').map((f) => f.message);

test('a period of the title\'s year, in each form, says nothing and is read as evidence', () => {
  assert.match(CORRECT, PERIOD);
  for (const p of ['为2024年度', '为2024年全年', '为2024.1.1—2024.12.31', '为2024/01/01-2024/12/31', '：2024.01.01至2024.12.31']) {
    const text = withPeriod(p);
    assert.deepEqual(years(text), [], p);
    assert.ok(core.parseReport(text).yearEvidence.some((e) => e.source === 'period' && e.year === 2024), p);
  }
});

test('a period of another year, in each form, is said', () => {
  for (const p of ['为2023年度', '为2023.1.1—2023.12.31', '为2023/01/01-2023/12/31']) {
    const [f, more] = years(withPeriod(p));
    assert.equal(more, undefined, p);
    assert.match(f ?? '', /统计期限写的是 2023 年，而标题为 2024 年/, p);
  }
});

test('a year that is no period (a month of it, a date) is not read as one', () => {
  for (const p of ['为2023年1月', '为2023年度上半年']) {
    assert.ok(!core.parseReport(withPeriod(p)).yearEvidence.some((e) => e.source === 'period' && e.year === 2023), p);
  }
});

test('the period\'s end written alone (`统计截止时间为2023年12月31日`) is period evidence too (helper-215)', () => {
  const [f] = years(withPeriod('为2024年全年，统计截止时间为2023年12月31日'));
  assert.match(f ?? '', /统计期限写的是 2023 年，而标题为 2024 年/);
  assert.deepEqual(years(withPeriod('为2024年全年，统计截止时间为2024年12月31日')), []);
});
