// year-mismatch and the report year question on real reports: a signature date two years or more after the year
// the title and statistics period name (a stale title, or a stale date), and the model carrying how the year was
// decided when the title and the period disagree (year-mismatch reads that decision, it does not decide again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, CORPUS, ROOT, only, edit } from '../helpers.mjs';

const FGJ = corpusText('peers/kiro_shuyang-fgj_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');

test('year-mismatch: a 2023 report (沭阳县发改局: title, introduction and period 2023) signed 2025年1月17日 is a warning on the date', () => {
  // As published, signed 2024年1月17日: nothing.
  assert.deepEqual(only(FGJ, 'year-mismatch').found, []);
  const text = edit(FGJ, '\n2024年1月17日', '\n2025年1月17日');
  const { report, found } = only(text, 'year-mismatch');
  assert.equal(report.year, 2023);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[90, 'warning', 2024, 2025]]);
  assert.equal(slice(report, found[0].range), '2025年1月17日');
  assert.match(found[0].message, /落款日期“2025年1月17日”晚于报告年度两年以上：标题、引言中的报告名称和统计期限写的是 2023 年度/);
  // The first of each as related locations: the title (line 3, `标题：…2023年政府信息公开年度报告`), the report's
  // name (line 1, the page's source line) and the period (19).
  assert.deepEqual(found[0].related.map((r) => r.range.start.line + 1), [3, 1, 19]);
  assert.match(slice(report, found[0].related[2].range), /2023年1月1日至2023年12月31日/);
  // English too.
  const en = core.analyze(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.match(en[0].message, /two years or more after the report year: the title, the introduction and the statistics period say 2023/);
  // The date in the year after (2024, on time or late) is the normal case; a date in the report year is date-invalid's.
  assert.deepEqual(only(edit(FGJ, '\n2024年1月17日', '\n2024年12月17日'), 'year-mismatch').found, []);
  assert.deepEqual(only(edit(FGJ, '\n2024年1月17日', '\n2023年12月17日'), 'year-mismatch').found, []);
  assert.equal(only(edit(FGJ, '\n2024年1月17日', '\n2023年12月17日'), 'date-invalid').found.length, 1);
  // No corpus report is signed that late: none warned.
  const corpus = ['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
  for (const name of corpus) assert.deepEqual(only(corpusText(name), 'year-mismatch').found.map((f) => f.message), [], name);
});

test('year-mismatch: a late signature in Chinese numerals, and one in a report whose title and period disagree (decided by votes)', () => {
  const cn = only(edit(FGJ, '\n2024年1月17日', '\n二〇二六年一月十七日'), 'year-mismatch').found;
  assert.deepEqual(cn.map((f) => [f.severity, f.expected, f.actual]), [['warning', 2024, 2026]]);
  // The introduction names 2022 (the odd one out, an error) and the signature is 2025 (a warning, against 2023).
  const text = edit(edit(FGJ, '现向社会公布沭阳县发展和改革局2023年度', '现向社会公布沭阳县发展和改革局2022年度'), '\n2024年1月17日', '\n2025年1月17日');
  const found = only(text, 'year-mismatch').found;
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity ?? 'error', f.expected, f.actual]), [[19, 'error', 2023, 2022], [90, 'warning', 2024, 2025]]);
});

test('the model carries how the year was decided when the title and the period disagree, and year-mismatch names that year', () => {
  // Agreeing evidence: no decision to carry.
  assert.equal(core.parseReport(HONGZE_2024).extras.yearDecision, null);
  // 洪泽 2024 with its period changed to 2023: one title against one period, the signature (2025) breaks the tie.
  const text = edit(HONGZE_2024, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止', '统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止');
  const report = core.parseReport(text);
  assert.deepEqual(report.extras.yearDecision, { year: 2024, by: report.extras.yearDecision.by });
  assert.equal(report.year, report.extras.yearDecision.year);
  const found = only(text, 'year-mismatch').found;
  assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[report.extras.yearDecision.year, 2023]]);
});

test('year-mismatch on a tie the title wins with the signature date: says the date agrees, and says so when the body sides with the period (breaker29 #4)', () => {
  // The example report with its title made 2023 and signed 2024年1月20日 (a 2023 report): the title (2023) against
  // the statistics period (2024), the signature date on the title's side.
  const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const tie = edit(edit(EXAMPLE, '# 某某市某某局2024年政府信息公开工作年度报告', '# 某某市某某局2023年政府信息公开工作年度报告'), '\n2025年1月20日', '\n2024年1月20日');
  // The body's one year of the two made 2023 as well (2023年，某某市某某局…): the body is on the title's side.
  const plain = only(edit(tie, '\n2024年，某某市某某局', '\n2023年，某某市某某局'), 'year-mismatch');
  assert.equal(plain.report.year, 2023);
  assert.deepEqual(plain.found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[3, 2023, 2024]]);
  assert.match(plain.found[0].message, /^统计期限写的是 2024 年，而标题为 2023 年。落款日期也指向 2023 年度。请统一报告年度。$/);
  assert.equal(plain.report.extras.yearDecision.bodyYear, undefined);
  // As it is, the body names 2024 (2024年，某某市某某局…): it sides with the period. The year stays the title's and
  // the signature's, and the finding says what the body says.
  const sided = only(tie, 'year-mismatch');
  assert.deepEqual(sided.report.extras.yearDecision, { year: 2023, by: 'title', bodyYear: 2024 });
  assert.deepEqual(sided.found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[3, 2023, 2024]]);
  assert.match(sided.found[0].message, /^统计期限写的是 2024 年，而标题为 2023 年。落款日期也指向 2023 年度。但正文中的年份多为 2024 年，与统计期限一致：请核对哪一处沿用了旧稿，再统一报告年度。$/);
  const en = core.analyze(tie, { locale: 'en' }).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.match(en[0].message, /^The statistics period says 2024, but the title says 2023\. The signature date points to 2023 too\. But the prose names 2024 most often, as the statistics period does: check which one was left from an old report, then make the report year consistent\.$/);
});
