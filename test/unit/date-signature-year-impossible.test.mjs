// The report year against the signature date, and impossible dates (breaker28 items 5 and 6).
// Item 5: a 2024 title and body, a 2023 statistics period and a signature of 2024年12月20日: the signature broke the
// title–period tie, so the report year became 2023 and date-late computed a deadline for the wrong year. The date
// fits a 2024 report signed too early as well as a 2023 report published late; the title and the body name 2024.
// Item 6: 2025年2月30日 was reported as not a date (date-invalid) and as published late (date-late).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PERIOD_2024 = '统计期限自2024年1月1日起至2024年12月31日止';
const PERIOD_2023 = '统计期限自2023年1月1日起至2023年12月31日止';
const SIGNED = '\n2025年1月20日';
const rules = (findings, ...ids) => findings.filter((f) => ids.includes(f.ruleId)).map((f) => [f.ruleId, f.range.start.line + 1, f.severity]);

test('a signature of December 2024 does not make a 2024-titled report with a 2023 period a late 2023 report', () => {
  const text = edit(edit(CORRECT, PERIOD_2024, PERIOD_2023), SIGNED, '\n2024年12月20日');
  const { report, findings } = core.analyze(text);
  assert.equal(report.year, 2024);
  // The period is the odd one out; the signature is too early for a 2024 report; no deadline of a 2023 report.
  assert.deepEqual(rules(findings, 'year-mismatch', 'date-invalid', 'date-late'), [['year-mismatch', 3, 'error'], ['date-invalid', 111, 'warning']]);
  const ym = findings.find((f) => f.ruleId === 'year-mismatch');
  assert.equal(ym.message.zh ?? ym.message, '统计期限写的是 2023 年，而标题为 2024 年。请统一报告年度。');
  // The same without any year in the body: the date alone still cannot tell, so the title's year stands.
  const bare = edit(edit(text, '2024年，某某市某某局', '本年度，某某市某某局'), '2025年将增加', '下一年度将增加');
  const b = core.analyze(bare);
  assert.equal(b.report.year, 2024);
  assert.deepEqual(rules(b.findings, 'year-mismatch', 'date-late'), [['year-mismatch', 3, 'error']]);
});

test('the CLI reports the year the title and body name (json year, no date-late)', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b28-year-'));
  try {
    writeFileSync(join(dir, 'r.md'), edit(edit(CORRECT, PERIOD_2024, PERIOD_2023), SIGNED, '\n2024年12月20日'));
    const r = await runCli(['check', 'r.md', '--format', 'json'], { cwd: dir });
    const file = JSON.parse(r.stdout).files[0];
    assert.equal(file.year, 2024);
    assert.deepEqual(file.diagnostics.map((d) => d.ruleId).sort(), ['date-invalid', 'year-mismatch']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a signature early in the year after still breaks a tie when the body names no year of its own', () => {
  // Title 2023 (left from last year), period 2024, signed 2025年1月20日, body without years: 2024 by the signature.
  const text = edit(edit(edit(CORRECT, '# 某某市某某局2024年', '# 某某市某某局2023年'), '2024年，某某市某某局', '本年度，某某市某某局'), '2025年将增加', '下一年度将增加');
  const { report } = core.analyze(text);
  assert.deepEqual(report.extras.yearDecision, { year: 2024, by: 'signature' });
});

test('an impossible signature date is not a calendar date, and not a late one (date-late, year-mismatch)', () => {
  const feb30 = core.analyze(edit(CORRECT, SIGNED, '\n2025年2月30日')).findings;
  assert.deepEqual(rules(feb30, 'date-invalid', 'date-late', 'year-mismatch'), [['date-invalid', 111, 'warning']]);
  // Two years late and impossible: no year-mismatch warning about a late signature either.
  const late = core.analyze(edit(CORRECT, SIGNED, '\n2027年2月30日')).findings;
  assert.deepEqual(rules(late, 'date-invalid', 'date-late', 'year-mismatch'), [['date-invalid', 111, 'warning']]);
  // A real date after the deadline still is late, and a real 29 February too.
  assert.deepEqual(rules(core.analyze(edit(CORRECT, SIGNED, '\n2025年3月30日')).findings, 'date-invalid', 'date-late'), [['date-late', 111, 'warning']]);
  assert.deepEqual(rules(core.analyze(edit(CORRECT, SIGNED, '\n2028年2月29日')).findings, 'date-invalid', 'date-late'), [['date-late', 111, 'warning']]);
});
