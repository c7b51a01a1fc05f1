// `--previous FILE` naming another agency's report (breaker16 item 4): its numbers are another body's, so
// carry-over and stock-flow compared them (3 spurious carry-over errors, a stock-flow warning). It is not used, and
// stderr says so; the report's own last year's report is looked for as without --previous (brk129 #2). A short form of
// the same agency's name is still the same agency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, edit, runCli } from '../helpers.mjs';

const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const CARRY_2023 = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
// Last year's report with 2 applications carried over (this year's 上年结转 is 0: carry-over errors if compared).
const CARRIED = edit(HONGZE_2023, CARRY_2023, '四、结转下年度继续办理                            2    0   0   0    0    0   2');
// The same report under another government's name (title, introduction and the text that names it).
const OTHER = CARRIED.replace(/洪泽区/g, '淮阴区');

test('--previous with another agency\'s report: not used, and stderr says whose report it is (zh, en)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-agency-'));
  try {
    writeFileSync(join(dir, 'hongze-2024.txt'), HONGZE_2024);
    writeFileSync(join(dir, 'huaiyin-2023.txt'), OTHER);
    writeFileSync(join(dir, 'hongze-2023.txt'), CARRIED);
    const crossYear = (stdout) => JSON.parse(stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over' || d.ruleId === 'stock-flow');
    // The agency's own report is compared (the carry-over errors are real here).
    const own = await runCli(['check', 'hongze-2024.txt', '--format', 'json', '--previous', 'hongze-2023.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(crossYear(own.stdout).filter((d) => d.ruleId === 'carry-over').length, 2);
    assert.equal(own.stderr, '');
    assert.equal(own.code, 1);
    // Another agency's is not: none of its numbers are compared; the agency's own report beside it is found instead.
    const en = await runCli(['check', 'hongze-2024.txt', '--format', 'json', '--previous', 'huaiyin-2023.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(crossYear(en.stdout), crossYear(own.stdout));
    assert.equal(en.stderr, 'nianbao: hongze-2024.txt: --previous huaiyin-2023.txt is the report of 淮阴区人民政府, not of 淮安市洪泽区人民政府: not used for this report, whose own last year\'s report is looked for as usual\n'
      + 'nianbao: hongze-2024.txt: last year\'s report (2023): hongze-2023.txt (found beside it; --previous FILE to choose another)\n');
    assert.equal(en.code, 1);
    rmSync(join(dir, 'hongze-2023.txt'));
    const zh = await runCli(['check', 'hongze-2024.txt', '--previous', 'huaiyin-2023.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.equal(zh.stderr, 'nianbao：hongze-2024.txt：--previous huaiyin-2023.txt 是“淮阴区人民政府”的报告，而不是“淮安市洪泽区人民政府”的：不用于这份报告，改为照常查找它的上年度报告\n');
    assert.doesNotMatch(zh.stdout, /carry-over|stock-flow/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('previousOfOtherAgency: another body differs; the same body, written short or by its 办公室, does not; a text naming none is taken', () => {
  const h2024 = core.parseReport(HONGZE_2024);
  const other = core.previousOfOtherAgency(h2024, core.parseReport(OTHER));
  assert.deepEqual([other?.agency.name, other?.previousAgency.name], ['淮安市洪泽区人民政府', '淮阴区人民政府']);
  assert.equal(core.previousOfOtherAgency(h2024, core.parseReport(CARRIED)), null);
  // A department's report and another department's: different; the same department written short: the same.
  const dept = (name) => core.parseReport(`# ${name}2023年政府信息公开工作年度报告\n\n本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n`);
  const fgj = dept('沭阳县发展和改革局');
  assert.notEqual(core.previousOfOtherAgency(fgj, dept('沭阳县财政局')), null);
  assert.notEqual(core.previousOfOtherAgency(fgj, dept('泗阳县发展和改革局')), null);
  assert.equal(core.previousOfOtherAgency(fgj, dept('沭阳县发改局')), null);
  assert.equal(core.previousOfOtherAgency(dept('临川县市场监督管理局'), dept('临川县市场监管局')), null);
  // A government's report and its office's (which often signs it): the same; a government and another's office: not.
  assert.equal(core.previousOfOtherAgency(h2024, dept('洪泽区人民政府办公室')), null);
  assert.equal(core.previousOfOtherAgency(h2024, dept('洪泽区政府办')), null);
  assert.notEqual(core.previousOfOtherAgency(h2024, dept('淮阴区人民政府办公室')), null);
  assert.notEqual(core.previousOfOtherAgency(h2024, dept('洪泽区财政局')), null);
  // Either naming no agency: taken as given.
  assert.equal(core.previousOfOtherAgency(h2024, core.parseReport('# 2023年政府信息公开工作年度报告\n\n本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n')), null);
  // The search beside the report never takes another agency's report (the editor's too: the same core choice).
  assert.equal(core.findPreviousReport(h2024, [{ uri: 'huaiyin-2023.txt', report: core.parseReport(OTHER) }]), null);
});
