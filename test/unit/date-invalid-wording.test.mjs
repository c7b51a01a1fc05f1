// date-invalid in English (breaker34 item 10): a signature date within the report year said "the report is published
// in Y+1", a statement of fact; it is what should be (the Chinese says 应在 Y+1 年发布).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a signature date in the report year: the message says when the report should be published (en and zh)', () => {
  const text = edit(CORRECT, '\n2025年1月20日', '\n2024年1月29日');
  const of = (locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'date-invalid').map((f) => f.message);
  assert.deepEqual(of('en'), ['The signature date “2024年1月29日” is not after the report year (2024): the report should be published in 2025.']);
  assert.deepEqual(of('zh'), ['落款日期“2024年1月29日”不晚于报告年度（2024 年）的最后一天：年度报告应在 2025 年发布。']);
});
