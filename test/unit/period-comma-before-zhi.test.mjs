// breaker50 #7: the 统计期限 written with a comma before 至 (`自2023年1月1日起，至2023年12月31日止`; corpus seed 002 writes
// `自2018年1月1日起,至2018年12月31日止`) was not read, so a 2024 report with a 2023 period passed, and seed 002 with a stale
// title year took the title's year and called its on-time date late. Now the period is read in that form too, and
// date-late says nothing while the title and the period name different years (year-mismatch's error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PERIOD = '统计期限自2024年1月1日起至2024年12月31日止';

test('a 统计期限 with a comma before 至 is read: a 2023 period in a 2024 report is year-mismatch', () => {
  assert.ok(CORRECT.includes(PERIOD));
  for (const written of ['统计期限自2023年1月1日起，至2023年12月31日止', '统计期限自2023年1月1日起,至2023年12月31日止', '统计期限自2023年1月1日，至12月31日止']) {
    const text = CORRECT.replace(PERIOD, written);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.ruleId}/${f.severity}`), ['year-mismatch/error'], written);
    assert.match(found[0].message, /统计期限写的是 2023 年，而标题为 2024 年/);
    assert.ok(core.parseReport(text).yearEvidence.some((e) => e.source === 'period' && e.year === 2023), written);
  }
  // The same period in the report's own year: nothing.
  assert.deepEqual(core.analyze(CORRECT.replace(PERIOD, '统计期限自2024年1月1日起，至2024年12月31日止')).findings, []);
});

test('seed 002 with its title year made 2017: year-mismatch between title and 统计期限, and no date called late', () => {
  const seed = corpusText('seeds/002_029685eb87fde92d.txt');
  const stale = seed.replaceAll('庐山市2018年政府信息公开工作年度报告', '庐山市2017年政府信息公开工作年度报告');
  assert.notEqual(stale, seed);
  const found = core.analyze(stale).findings;
  assert.ok(found.some((f) => f.ruleId === 'year-mismatch' && f.severity === 'error' && /统计期限写的是 2018 年，而标题为 2017 年/.test(f.message)), found.map((f) => f.message).join('\n'));
  assert.deepEqual(found.filter((f) => f.ruleId === 'date-late'), []);
  // The seed as published: its period is read, and there is no year finding.
  assert.ok(core.parseReport(seed).yearEvidence.some((e) => e.source === 'period' && e.year === 2018));
  assert.deepEqual(core.analyze(seed).findings.filter((f) => /year|date/.test(f.ruleId)), []);
});
