// A signature date that lost the digits of its day or month (brk154 #3): `2025年1月日` was not read as a date at all,
// so nothing was said of it, while the same loss in the 统计期限 is date-invalid; and `2027年1月日` skipped the
// date-late and year-mismatch checks that `2027年1月2日` gets. Now such a date is read, date-invalid says what it
// lost, and the checks of the year (and of the month, where it is there) apply to what is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const signed = (date) => edit(CORRECT, '\n2025年1月20日', `\n${date}`);
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const said = (text) => findingsOf(text).map((f) => [f.ruleId, f.message]);

test('a signature date with its day or month lost is date-invalid, on the date (brk154 #3)', () => {
  for (const [date, part] of [['2025年1月日', '日'], ['2025年月20日', '月'], ['2025年月日', '月和日'], ['二〇二五年一月日', '日']]) {
    const text = signed(date);
    assert.deepEqual(said(text), [['date-invalid', `落款日期“${date}”残缺，缺少${part}的数字，不是完整的日期：请补全。`]], date);
    const f = findingsOf(text)[0];
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), date);
  }
  // Its year is still the signature's evidence of the report year.
  assert.ok(core.parseReport(signed('2025年1月日')).yearEvidence.some((e) => e.source === 'signature' && e.year === 2024));
});

test('the year checks still apply to a signature date that lost its day', () => {
  // Two years late: date-late and year-mismatch as for 2027年1月2日.
  const late = said(signed('2027年1月日')).map(([id]) => id);
  assert.deepEqual(late, ['date-invalid', 'date-late', 'year-mismatch']);
  assert.deepEqual(said(signed('2027年1月2日')).map(([id]) => id), ['date-late', 'year-mismatch']);
  // May 2025 is after a department's 31 January whatever the day; January 2025 is not late whatever the day.
  assert.deepEqual(said(signed('2025年5月日')).map(([id]) => id), ['date-invalid', 'date-late']);
  assert.deepEqual(said(signed('2025年1月日')).map(([id]) => id), ['date-invalid']);
  // In the report year: one message says both.
  assert.deepEqual(said(signed('2024年12月日')), [['date-invalid', '落款日期“2024年12月日”残缺，缺少日的数字，不是完整的日期；它的年份也不晚于报告年度（2024 年）：年度报告应在 2025 年发布。请补全并核对日期。']]);
});

test('a blank left for the day is a date not filled in (placeholder-left), not a lost digit', () => {
  assert.deepEqual(said(signed('2025年1月　日')).map(([id]) => id), ['placeholder-left']);
  assert.deepEqual(said(signed('2025年1月  日')).map(([id]) => id), ['placeholder-left']);
});
