// `--previous FILE` naming the report of a body below the report's own agency (breaker28 item 2): the 2023 report
// of 淮安市清江浦区财政局 given as last year's for 淮安市财政局's 2024 report was used (2 false carry-over errors and
// a stock-flow warning) because `淮安市财政局` reads as `淮安市清江浦区财政局` written short (its characters stand in
// order in it). A short form drops words, never a whole place: it is another agency's report, refused as the search
// beside the report refuses it, and stderr names both agencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, core, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CITY_2024 = CORRECT.replaceAll('某某市某某局', '淮安市财政局');
/** The district bureau's 2023 report, 5 applications carried over (the city's 2024 report has 1 上年结转). */
const DISTRICT_2023 = CORRECT.replaceAll('某某市某某局', '淮安市清江浦区财政局')
  .replace('# 淮安市清江浦区财政局2024年', '# 淮安市清江浦区财政局2023年')
  .replace('自2024年1月1日起至2024年12月31日止', '自2023年1月1日起至2023年12月31日止')
  .replace('2024年，淮安市清江浦区财政局', '2023年，淮安市清江浦区财政局')
  .replace('2025年将增加', '2024年将增加')
  .replace('2025年1月20日', '2024年1月20日')
  .replace(/(\| 四、结转下年度继续办理 +)\| 1( +\|(?: 0 +\|){5}) 1 /, '$1| 5$2 5 ');

test('--previous with the report of a district bureau below the city bureau: not used, stderr names both (zh, en)', async () => {
  assert.match(DISTRICT_2023, /\| 四、结转下年度继续办理 +\| 5 /);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-b28-'));
  try {
    writeFileSync(join(dir, 'city-2024.md'), CITY_2024);
    writeFileSync(join(dir, 'district-2023.md'), DISTRICT_2023);
    const args = ['check', 'city-2024.md', '--format', 'json', '--previous', 'district-2023.md'];
    const en = await runCli(args, { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    const crossYear = JSON.parse(en.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over' || d.ruleId === 'stock-flow');
    assert.deepEqual(crossYear, []);
    assert.equal(en.stderr, 'nianbao: city-2024.md: --previous district-2023.md is the report of 淮安市清江浦区财政局, not of 淮安市财政局: not used for this report, whose own last year\'s report is looked for as usual\n');
    assert.equal(en.code, 0);
    const zh = await runCli(['check', 'city-2024.md', '--previous', 'district-2023.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.equal(zh.stderr, 'nianbao：city-2024.md：--previous district-2023.md 是“淮安市清江浦区财政局”的报告，而不是“淮安市财政局”的：不用于这份报告，改为照常查找它的上年度报告\n');
    assert.doesNotMatch(zh.stdout, /carry-over|stock-flow/);
    // Without --previous the same folder gives no pairing either (the search beside the report, as before).
    const beside = await runCli(['check', 'city-2024.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(beside.stderr, '');
    assert.equal(JSON.parse(beside.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over').length, 0);
    // Nor does the editor's search among the workspace's reports (the same core choice).
    assert.equal(core.findPreviousReport(core.parseReport(CITY_2024), [{ uri: 'district-2023.md', report: core.parseReport(DISTRICT_2023) }]), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A minimal 2023 report of agency `name`. */
const dept = (name) => core.parseReport(`# ${name}2023年政府信息公开工作年度报告\n\n本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n`);
/** Whether the report of `b` given as last year's for `a` is refused as another agency's. */
const other = (a, b) => core.previousOfOtherAgency(dept(a), dept(b)) !== null;

test('previousOfOtherAgency: a place inside the longer name is another body; words dropped are a short form', () => {
  // A lower-level place between the parts of the shorter name, or after them: another body.
  assert.equal(other('淮安市财政局', '淮安市清江浦区财政局'), true);
  assert.equal(other('淮安市清江浦区财政局', '淮安市财政局'), true);
  assert.equal(other('某某市政府办', '某某市某某区人民政府办公室'), true);
  assert.equal(other('某某县人民政府', '某某县某某镇人民政府'), true);
  assert.equal(other('淮安市', '淮安市清江浦区'), true);
  // The higher level written out before the name: the same body.
  assert.equal(other('洪泽区财政局', '淮安市洪泽区财政局'), false);
  // Words dropped, some with a division's character inside them (城乡, 城市): the same body written short.
  assert.equal(other('淮安市住房和城乡建设局', '淮安市住建局'), false);
  assert.equal(other('某某市城市管理局', '某某市城管局'), false);
  assert.equal(other('沭阳县发展和改革局', '沭阳县发改局'), false);
  assert.equal(other('临川县市场监督管理局', '临川县市场监管局'), false);
  assert.equal(other('某某县人民政府办公室', '某某县政府办'), false);
});

test('previousOfOtherAgency: a branch after the whole name (清江浦分局, 城区中队) is another body, either way round (breaker29)', () => {
  assert.equal(other('淮安市生态环境局', '淮安市生态环境局清江浦分局'), true);
  assert.equal(other('淮安市生态环境局清江浦分局', '淮安市生态环境局'), true);
  assert.equal(other('某某市公安局', '某某市公安局城东派出所'), true);
  assert.equal(other('某某市城市管理局', '某某市城市管理局城区中队'), true);
  // A tail dropped by a short form is no branch: the same body.
  assert.equal(other('某某县人民政府办公室', '某某县政府办'), false);
  assert.equal(other('淮安市生态环境局', '淮安市生态环境局'), false);
});
