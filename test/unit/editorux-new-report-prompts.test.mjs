// Editor UX in the client: New report from template's prompts, the draft's proposed file name, report-file settings,
// the word on a likely typo without a fix (found by breaker13).
// From a fresh user's session in a real VS Code (breaker 13): "New report from template" asked the format before the
// year and let impossible pairs through; its year prompt said "Enter a four-digit year" to 1899; the draft's Save
// As proposed its first line (`# 某某…报告.nianbao.md`) as the name; full-width punctuation got boxes under an
// English UI; a "likely typo" in an ordinary cell came with no fix and no word why. The client's choices live in
// client/src/newReport.ts (no vscode import), bundled here with esbuild.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const bundled = buildSync({ entryPoints: [path.join(ROOT, 'client/src/newReport.ts')], bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20' });
const m = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(m, m.exports, require);
const nr = m.exports;

test('formatsForYear: the format each year requires first, then the one it may still follow, as the template data says', () => {
  for (let year = nr.FIRST_YEAR; year <= nr.LAST_YEAR; year++) {
    const due = core.formatForYear(year);
    const i = core.TEMPLATES.findIndex((t) => t.id === due);
    const t = core.TEMPLATES[i];
    const older = i > 0 && t.requiredFrom !== undefined && year < t.requiredFrom ? [core.TEMPLATES[i - 1].id] : [];
    assert.deepEqual(nr.formatsForYear(year), [due, ...older], String(year));
  }
  assert.deepEqual(nr.formatsForYear(2025), ['2021']);
  assert.deepEqual(nr.formatsForYear(2020), ['2019']);
  assert.deepEqual(nr.formatsForYear(2019), ['2019', 'pre2019']);
  assert.deepEqual(nr.formatsForYear(2018), ['pre2019']);
  assert.deepEqual(nr.formatsForYear(1899), []);
});

test('the format prompt offers the year\'s formats only, the required one first; an impossible pair is refused before the server', () => {
  assert.deepEqual(nr.formatChoices(2019, true).map((c) => c.format), ['2019', 'pre2019']);
  assert.match(nr.formatChoices(2019, true)[0].description, /2019 年度应使用此格式/);
  assert.match(nr.formatChoices(2019, false)[1].description, /still allowed for 2019/);
  assert.deepEqual(nr.formatChoices(2025, false).map((c) => c.format), ['2021']);
  assert.equal(nr.pairProblem('2021', 2025, true), null);
  assert.equal(nr.pairProblem('pre2019', 2019, true), null);
  assert.equal(nr.pairProblem('2019', 2025, false), 'The 2019 format does not apply to a 2025 report: a 2025 report uses the 2021 format.');
  // Formats by their names, not the id pre2019 (brk103 #1).
  assert.equal(nr.pairProblem('2021', 2019, true), '2021 格式不适用于 2019 年度的报告：2019 年度用 2019 格式或 2019 年以前的格式。');
  assert.equal(nr.pairProblem('2021', 2019, false), 'The 2021 format does not apply to a 2019 report: a 2019 report uses the 2019 format or the pre-2019 form.');
  assert.equal(nr.pairProblem('pre2019', 2025, true), '2019 年以前的格式不适用于 2025 年度的报告：2025 年度用 2021 格式。');
});

test('the year prompt names the years it accepts', () => {
  for (const bad of ['1899', '2007', '2100', '20x4', '']) {
    assert.equal(nr.yearProblem(bad, false), 'Enter a report year from 2008 to 2099 (four digits: the year the report covers)', bad);
    assert.equal(nr.yearProblem(bad, true), '请输入 2008 至 2099 之间的四位年份（报告年度，即统计的那一年）', bad);
  }
  assert.equal(nr.yearProblem(' 2025 ', false), null);
  assert.equal(nr.parseYear(' 2025 '), 2025);
  assert.equal(nr.parseYear('1899'), null);
  // The status bar's override: the years the server's setOverride takes (those of a new report), empty = detect.
  assert.equal(nr.yearProblem('', false, undefined, true), null);
  assert.match(nr.yearProblem('2007', false, undefined, true), /from 2008 to 2099/);
  assert.equal(nr.defaultYear(new Date(2026, 0, 15)), 2025);
  // Full-width digits, as a Chinese input method types them in full-width mode (brk103 #7).
  assert.equal(nr.parseYear('２０２４'), 2024);
  assert.equal(nr.yearProblem('２０２４', true), null);
  assert.match(nr.yearProblem('２００７', true), /2008 至 2099/);
});

test('the status bar\'s year box: empty (detect) or a year; with a format picked, a year that format goes with, said while typing (brk103 #1)', () => {
  assert.equal(nr.overrideProblem('', '2019', false), null);
  assert.equal(nr.overrideProblem('2020', '2019', false), null);
  assert.equal(nr.overrideProblem('2024', null, false), null);
  assert.equal(nr.overrideProblem('２０２４', '2021', true), null);
  assert.equal(nr.overrideProblem('2024', '2019', false), 'The 2019 format does not apply to a 2024 report: a 2024 report uses the 2021 format.');
  assert.equal(nr.overrideProblem('2018', '2021', true), '2021 格式不适用于 2018 年度的报告：2018 年度用 2019 年以前的格式。');
  assert.match(nr.overrideProblem('abc', '2021', false), /^Enter a report year from 2008 to 2099/);
});

test('the draft is proposed under the agency and year, never its first line; a taken name gets a number', () => {
  const names = nr.draftFileNames('某某县农业农村局', 2025);
  assert.equal(names[0], '某某县农业农村局2025年政府信息公开工作年度报告.nianbao.md');
  assert.equal(names[1], '某某县农业农村局2025年政府信息公开工作年度报告（2）.nianbao.md');
  assert.equal(new Set(names).size, names.length);
  assert.equal(nr.draftFileNames('  ', 2024)[0], '某某单位2024年政府信息公开工作年度报告.nianbao.md');
  assert.equal(nr.draftFileNames('某某市/某某局: "办公室"', 2024)[0], '某某市某某局 办公室2024年政府信息公开工作年度报告.nianbao.md');
});

test('package.json: report files get no ambiguous-character boxes and a guessed encoding by default', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.configurationDefaults['[nianbao]'], { 'editor.unicodeHighlight.ambiguousCharacters': false, 'files.autoGuessEncoding': true });
});

test('a likely typo in a cell that is no total says why no fix is offered; one in a total has its fix and no such words', () => {
  const correct = fs.readFileSync(path.join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const row = '| （一）予以公开                                                           | 21     |';
  assert.ok(correct.includes(row));
  const typo = correct.replace(row, row.replace('| 21     |', '| 22     |'));
  for (const locale of ['zh', 'en']) {
    const found = core.checkReport(core.parseReport(typo), { locale }).filter((f) => f.ruleId === 'sum-applicants' || f.ruleId === 'sum-results');
    assert.equal(found.length, 2);
    for (const f of found) assert.equal(f.fix, undefined);
    assert.ok(found[0].message.endsWith(locale === 'zh' ? '这一格不是总计，不提供自动修复：哪个数对，只有原表能说明。' : ' No automatic fix is offered for it: it is not a total, and only the original table tells which number is right.'), found[0].message);
    // The later finding says the same explanation in short (breaker30 #8), the missing fix included.
    assert.ok(found[1].message.endsWith(locale === 'zh' ? '；它不是总计，不自动修复。）' : '; not a total, so not fixed automatically.)'), found[1].message);
  }
  const total = '| （七）总计                                                               | 41     | 3        | 0        | 1            | 2            | 0    | 47   |';
  const typo2 = correct.replace(total, total.replace('| 47   |', '| 48   |'));
  const found = core.checkReport(core.parseReport(typo2), { locale: 'en' }).filter((f) => f.ruleId === 'sum-applicants');
  assert.equal(found.length, 1);
  assert.ok(found[0].fix);
  assert.ok(found[0].message.includes('so that number is the likely typo'), found[0].message);
  assert.ok(!found[0].message.includes('No automatic fix'), found[0].message);
});
