// brk167 #6: year-missing's one-line description (README, rule table, SARIF shortDescription) said it fires with no
// year in the title and no 统计期限, but the year is also read from the signature date (its page says so): a report with
// neither and a dated signature got no finding, against the one-liner. The one-liner now names the signature date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const meta = core.RULES.find((r) => r.meta.id === 'year-missing').meta;
/** The example without the year in its title, its 统计期限 and the year opening 一. */
const NO_TITLE_NO_PERIOD = edit(edit(edit(CORRECT, '某某市某某局2024年政府信息公开工作年度报告', '某某市某某局政府信息公开工作年度报告'),
  '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', ''), '2024年，某某市某某局认真贯彻落实', '某某市某某局认真贯彻落实');
const of = (text) => core.checkReport(core.parseReport(text), { locale: 'en' }).filter((f) => f.ruleId === 'year-missing');

test('year-missing: the one-liner names the signature date beside the title and the statistics period (zh and en)', () => {
  assert.match(meta.description.zh, /落款日期/);
  assert.match(meta.description.en, /no signature date/);
  assert.equal(meta.description.en, 'The report names its year nowhere (no title with the year, no statistics period, no signature date to count back from)');
});

test('year-missing: as the one-liner says, a signature date alone names the year; without it the rule fires', async () => {
  assert.ok(!/20\d\d年1月1日起/.test(NO_TITLE_NO_PERIOD) && NO_TITLE_NO_PERIOD.includes('2025年1月20日'));
  assert.deepEqual(of(NO_TITLE_NO_PERIOD), []);
  assert.equal(core.parseReport(NO_TITLE_NO_PERIOD).year, 2024);
  const undated = edit(NO_TITLE_NO_PERIOD, '2025年1月20日', '');
  assert.equal(of(undated).length, 1);
  // SARIF carries the one-liner as the rule's shortDescription.
  const r = await runCli(['check', '--format', 'sarif', '--locale', 'en', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules.find((x) => x.id === 'year-missing');
  assert.equal(rule.shortDescription.text, meta.description.en);
});
