// carry-over and stock-flow with last year's report: 洪泽 2023 → 2024 (real pair: both hold), and pairs made to
// fail by changing one real table row of the 2023 report (with `edit`). Also: picking last year's report among
// candidates (core findPreviousReport) and the CLI finding it beside the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, otherFigures, slice, runCli, edit, ROOT } from '../helpers.mjs';

const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const CARRY_2023 = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
const NORMATIVE_2023 = '行政规范性文件          0          5       5';
const cross = (text, prevText) => {
  const previous = core.parseReport(prevText);
  const { report, findings } = core.analyze(text, { previous });
  return { report, found: findings.filter((f) => f.ruleId === 'carry-over' || f.ruleId === 'stock-flow') };
};

test('洪泽 2023 → 2024: 结转下年度 0 = 上年结转 0 in every column; 行政规范性文件 5 + 3 − 0 = 8, 规章 0 + 0 − 0 = 0', () => {
  assert.deepEqual(cross(HONGZE_2024, HONGZE_2023).found, []);
  // Without last year's report, the cross-year rules say nothing.
  assert.deepEqual(core.analyze(HONGZE_2024).findings.filter((f) => f.ruleId === 'carry-over' || f.ruleId === 'stock-flow'), []);
});

test('carry-over: last year carried 2 (自然人 2, 总计 2) but this year\'s 上年结转 says 0 — two errors at the 上年结转 cells; no fix while this year\'s table balances with 0', () => {
  const prev = edit(HONGZE_2023, CARRY_2023, '四、结转下年度继续办理                            2    0   0   0    0    0   2');
  const { report, found } = cross(HONGZE_2024, prev);
  assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line + 1, f.severity, f.expected, f.actual, slice(report, f.range)]), [
    ['carry-over', 100, 'error', 2, 0, '0'],
    ['carry-over', 100, 'error', 2, 0, '0'],
  ]);
  assert.match(found[0].message, /自然人/);
  assert.match(found[1].message, /总计/);
  // 95 + 0 = 95 + 0 holds: writing 2 would break it (which report is wrong is for a person to decide).
  assert.deepEqual(found.map((f) => f.fix), [undefined, undefined]);
});

test('carry-over: the fix writes last year\'s 2 when this year\'s table then balances (it carries 2 over itself, 95 + 0 ≠ 95 + 2)', () => {
  // (Last year's 新收 raised by 2 as well, so that its own 表三 adds up with the 2 carried over: brk166 #1.)
  const prev = edit(edit(HONGZE_2023, CARRY_2023, '四、结转下年度继续办理                            2    0   0   0    0    0   2'),
    '一、本年新收政府信息公开申请数量                             21    0      0     0   0   0     21', '一、本年新收政府信息公开申请数量                             23    0      0     0   0   0     23');
  const cur = edit(HONGZE_2024, '四、结转下年度继续办理                            0    0   0   0    0    0   0', '四、结转下年度继续办理                            2    0   0   0    0    0   2');
  const found = cross(cur, prev).found;
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.fix), 'both fixes offered');
  const fixed = core.applyFixes(cur, found.flatMap((f) => f.fix.edits)).text;
  assert.deepEqual(cross(fixed, prev).found.filter((f) => f.ruleId === 'carry-over'), []);
  assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.ruleId === 'sum-balance'), [], 'this year balances after the fix');
  assert.ok(core.analyze(cur).findings.some((f) => f.ruleId === 'sum-balance'), 'and did not before');
});

test('stock-flow: last year\'s 现行有效 6 + 制发 3 − 废止 0 = 9 ≠ 8 — a warning at this year\'s 现行有效 cell, no fix', () => {
  const prev = edit(HONGZE_2023, NORMATIVE_2023, '行政规范性文件          0          5       6');
  const { report, found } = cross(HONGZE_2024, prev);
  assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line + 1, f.severity, f.expected, f.actual, slice(report, f.range)]), [['stock-flow', 53, 'warning', 9, 8, '8']]);
  assert.equal(found[0].fix, undefined);
  // This year's terms of the sum; last year's 现行有效 cell is in last year's text (cross-year-related.test.mjs).
  assert.deepEqual(found[0].related.filter((r) => !r.report).map((r) => slice(report, r.range)), ['3', '0']);
});

test('cross-year rules need last year: a report two years back, or another format, is not compared', () => {
  const prev = edit(edit(HONGZE_2023, CARRY_2023, '四、结转下年度继续办理                            2    0   0   0    0    0   2'), '2023 年政府信息公开工作年度报告', '2022 年政府信息公开工作年度报告');
  const twoBack = core.parseReport(prev, { year: 2022 });
  assert.deepEqual(core.analyze(HONGZE_2024, { previous: twoBack }).findings.filter((f) => f.ruleId === 'carry-over'), []);
  // Seed 001 is a 2019-format report: its 对外公开总数量 is not 现行有效件数.
  const seed001 = core.parseReport(corpusText('seeds/001_417062a3286660b0.txt'), { year: 2023 });
  assert.deepEqual(core.analyze(HONGZE_2024, { previous: seed001 }).findings.filter((f) => f.ruleId === 'stock-flow'), []);
});

test('findPreviousReport: 淮安市洪泽区人民政府 2024 picks 洪泽区人民政府 2023 among the corpus reports; no guess when unsure', () => {
  const names = ['peers/kiro_hongze-district_2023.txt', 'peers/govnianbao_huaian-city_2024.txt', 'peers/kiro_shuyang-fgj_2023.txt', 'seeds/001_417062a3286660b0.txt'];
  const candidates = names.map((uri) => ({ uri, report: core.parseReport(corpusText(uri)) }));
  const current = core.parseReport(HONGZE_2024);
  assert.equal(core.findPreviousReport(current, candidates)?.uri, 'peers/kiro_hongze-district_2023.txt');
  // 淮安市人民政府 2024: 洪泽区 is another agency, and no 2023 淮安市 report is there.
  assert.equal(core.findPreviousReport(candidates[1].report, candidates), null);
  // Two equally good candidates: none is picked.
  const twin = { uri: 'copy.txt', report: core.parseReport(HONGZE_2023) };
  assert.equal(core.findPreviousReport(current, [...candidates, twin]), null);
  // 沭阳县发改局 2023 has no 2022 report here.
  assert.equal(core.findPreviousReport(candidates[2].report, candidates), null);
});

test('CLI: without --previous, last year\'s report of the same agency in the same folder is used and named on stderr', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-'));
  try {
    writeFileSync(join(dir, 'hongze-2024.txt'), HONGZE_2024);
    writeFileSync(join(dir, 'hongze-2023.txt'), edit(HONGZE_2023, CARRY_2023, '四、结转下年度继续办理                            2    0   0   0    0    0   2'));
    writeFileSync(join(dir, 'huaian-2024.txt'), corpusText('peers/govnianbao_huaian-city_2024.txt'));
    const r = await runCli(['check', 'hongze-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(r.stderr, /hongze-2024\.txt: last year's report \(2023\): hongze-2023\.txt/);
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepEqual(diags.filter((d) => d.ruleId === 'carry-over').map((d) => [d.line, d.expected, d.actual]), [[100, 2, 0], [100, 2, 0]]);
    assert.equal(r.code, 1);
    // --previous wins over the folder, and nothing is said about a search.
    writeFileSync(join(dir, 'other-2023.txt'), HONGZE_2023);
    const explicit = await runCli(['check', 'hongze-2024.txt', '--format', 'json', '--previous', 'other-2023.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.doesNotMatch(explicit.stderr, /last year's report/);
    assert.deepEqual(JSON.parse(explicit.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over'), []);
    // The 淮安市 report has no 2023 report of its own agency in the folder.
    const huaian = await runCli(['check', 'huaian-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.doesNotMatch(huaian.stderr, /last year's report/);
    // Two equally good 2023 reports beside it (other-2023.txt is one now): neither is used, and both are named.
    const tied = await runCli(['check', 'hongze-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(tied.stderr, /hongze-2024\.txt: 2 files beside it could be last year's report \(hongze-2023\.txt, other-2023\.txt\): carry-over, stock-flow, content-copied and prose-change's comparisons with last year's report are not checked; choose one with --previous FILE/);
    assert.deepEqual(JSON.parse(tied.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over'), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A candidate whose title and signature say last year but whose whole text does not (its own years disagree, or
// it reads as another year) was dropped without a word: the check then silently skipped the cross-year rules.
test('CLI: last year\'s report ruled out when read in full is named, with why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-rejected-'));
  try {
    const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
    writeFileSync(join(dir, '2024.nianbao.md'), text);
    // Its head and tail (title, period, signature) say 2023; a second period sentence deep in the file says 2022.
    const lines = text.replace(/2024/g, '2023').split('\n');
    const at = lines.findIndex((l, i) => i > 60 && l.startsWith('## 四'));
    lines.splice(at, 0, '本部分数据的统计期限自2022年1月1日起至2022年12月31日止。', '');
    assert.ok(Buffer.byteLength(lines.slice(0, at).join('\n')) > 6 * 1024, 'the sentence lies beyond the head the lookup reads');
    writeFileSync(join(dir, '2023.nianbao.md'), lines.join('\n'));
    const r = await runCli(['check', '2024.nianbao.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(r.stderr, /2023\.nianbao\.md beside it is the same agency's 2023 report, but its own years disagree \(the title says 2023, the statistics period 2023 and 2022\): not used as last year's report/);
    const zh = await runCli(['check', '2024.nianbao.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.match(zh.stderr, /同一文件夹中的 2023\.nianbao\.md 是同一机关的 2023 年度报告，但其年份互相矛盾（标题为 2023 年，统计期限为 2023 年和 2022 年）：未用作上年度报告/);
    // A good candidate is used and nothing is said about rejection.
    writeFileSync(join(dir, '2023.nianbao.md'), text.replace(/2024/g, '2023'));
    const ok = await runCli(['check', '2024.nianbao.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.doesNotMatch(ok.stderr, /not used as last year's report/);
    assert.match(ok.stderr, /last year's report \(2023\): 2023\.nianbao\.md/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// brk114 #5: a 2019 report in the pre-2019 form (`nianbao new --year 2019 --report-format pre2019`: no tables) beside
// the real 2019-format one made the lookup for the 2020 report a tie, and carry-over and stock-flow were skipped. A
// report with no 表三 cannot serve carry-over: when one equally good candidate has the tables, it is taken.
const PRE2019_DIR = join(ROOT, 'test', 'fixtures', 'crossyear-pre2019');
const MOU_2019 = readFileSync(join(PRE2019_DIR, '某某市某某局2019.md'), 'utf8');
const MOU_2020 = readFileSync(join(PRE2019_DIR, '某某市某某局2020.md'), 'utf8');
const CARRY_2019 = '| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |';
const pre2019Draft = async () => {
  const r = await runCli(['new', '--agency', '某某市某某局', '--year', '2019', '--report-format', 'pre2019'], { env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(r.code, 0);
  return r.stdout;
};

test('findPreviousReport: a 2019 report in the pre-2019 form (no 表三) gives way to the 2019-format one; two with tables stay a tie', async () => {
  const old = { uri: '2019-old.md', report: core.parseReport(await pre2019Draft()) };
  const real = { uri: '2019.md', report: core.parseReport(MOU_2019) };
  assert.equal(old.report.year, 2019);
  assert.equal(old.report.tables.t3 ?? null, null);
  const current = core.parseReport(MOU_2020);
  assert.equal(core.findPreviousReport(current, [old, real])?.uri, '2019.md');
  assert.equal(core.findPreviousReport(current, [real, old])?.uri, '2019.md');
  assert.deepEqual(core.bestPreviousByKey(core.reportKey(current), [old, real].map((c) => ({ ...c, key: core.reportKey(c.report) }))).map((c) => c.uri), ['2019.md']);
  // Alone, the pre-2019-form one is still last year's report (the cross-year rules then have nothing to compare).
  assert.equal(core.findPreviousReport(current, [old])?.uri, '2019-old.md');
  // Two 2019-format reports of the agency: a real choice, none taken (and the tableless one does not break it).
  const copy = { uri: 'copy.md', report: core.parseReport(MOU_2019) };
  assert.equal(core.findPreviousReport(current, [old, real, copy]), null);
  assert.deepEqual(core.bestPreviousByKey(core.reportKey(current), [old, real, copy].map((c) => ({ ...c, key: core.reportKey(c.report) }))).map((c) => c.uri), ['2019.md', 'copy.md']);
  // A 2020 report with no tables yet (a draft): no candidate serves better than another, so two stay a tie.
  const draft2020 = core.parseReport(MOU_2020.replace(/^\|.*\n/gm, ''));
  assert.equal(draft2020.tables.t3 ?? null, null);
  assert.equal(core.findPreviousReport(draft2020, [old, real]), null);
});

test('CLI: beside a pre-2019-form 2019 report, the 2019-format one is last year\'s and carry-over runs; two 2019-format ones are a tie', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pre2019-'));
  try {
    writeFileSync(join(dir, '2020.md'), MOU_2020);
    writeFileSync(join(dir, '2019.md'), edit(MOU_2019, CARRY_2019, '| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |'));
    writeFileSync(join(dir, '2019-old.md'), await pre2019Draft());
    const r = await runCli(['check', '2020.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(r.stderr, /2020\.md: last year's report \(2019\): 2019\.md/);
    assert.doesNotMatch(r.stderr, /could be last year's report/);
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepEqual(diags.filter((d) => d.ruleId === 'carry-over').map((d) => [d.line, d.expected, d.actual]), [[49, 4, 3], [49, 4, 3]]);
    // A second 2019-format report: a real tie, named without the pre-2019-form one. (Its tables lie beyond the head
    // the lookup first reads, the other's do not: the tables are judged on the whole texts.)
    const lines = MOU_2019.split('\n');
    const at = lines.findIndex((l) => l.startsWith('## 二、'));
    lines.splice(at, 0, ...Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作按计划推进。\n`));
    writeFileSync(join(dir, '2019-final.md'), lines.join('\n'));
    const tied = await runCli(['check', '2020.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(tied.stderr, /2020\.md: 2 files beside it could be last year's report \(2019-final\.md, 2019\.md\): carry-over, stock-flow, content-copied and prose-change's comparisons with last year's report are not checked/);
    assert.deepEqual(JSON.parse(tied.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over'), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// What the lookup reads first of each candidate (its head and tail) shows the tables of one and not of another (a
// long introduction): a tie of two reports with tables stays a tie, judged on their whole texts.
test('CLI: two 2023 reports with tables, one with its 表二 beyond the head read first, are still a tie', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-head-tables-'));
  try {
    const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
    const full = text.replace(/2024年/g, '2023年').replace(/2025年/g, '2024年');
    // One without the 总体情况's subsections: its head holds 表二; the other's, with 30 more lines, does not.
    const last = full.slice(0, full.indexOf('### （一）')) + full.slice(full.indexOf('## 二、'));
    const lines = full.split('\n');
    const at = lines.findIndex((l) => l.startsWith('## 二、'));
    lines.splice(at, 0, ...Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作按计划推进。\n`));
    writeFileSync(join(dir, '2024.md'), text);
    writeFileSync(join(dir, '2023.md'), last);
    // (With other figures: two versions of one report's figures are copies, taken as one, brk166 #2.)
    writeFileSync(join(dir, '2023-long.md'), otherFigures(lines.join('\n')));
    const r = await runCli(['check', '2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(r.stderr, /2024\.md: 2 files beside it could be last year's report \(2023-long\.md, 2023\.md\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
