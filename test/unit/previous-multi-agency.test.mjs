// brk129 #2: `check --previous 2023/淮阴.txt 2024` over the reports of several agencies: --previous is one option for the
// whole run, and a report of another agency than the file's did not use it (right) but no longer looked for its own
// last year's report either: its carry-over errors were lost and the run exited 0. --previous now serves the reports
// of its own agency; the others' last year's reports are looked for as without --previous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusText, edit, runCli } from '../helpers.mjs';

const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
// Last year's reports carry 2 applications over; this year's 上年结转 is 0: 2 carry-over errors (自然人, 总计) each.
const CARRIED = edit(HONGZE_2023, '四、结转下年度继续办理                            0    0   0   0    0    0   0', '四、结转下年度继续办理                            2    0   0   0    0    0   2');
const other = (text) => text.replace(/洪泽区/g, '淮阴区');

const layout = (extra2024 = 0) => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-multi-'));
  mkdirSync(join(dir, '2023'));
  mkdirSync(join(dir, '2024'));
  writeFileSync(join(dir, '2023/洪泽区.txt'), CARRIED);
  writeFileSync(join(dir, '2023/淮阴区.txt'), other(CARRIED));
  writeFileSync(join(dir, '2024/洪泽区.txt'), HONGZE_2024);
  writeFileSync(join(dir, '2024/淮阴区.txt'), other(HONGZE_2024));
  for (let i = 0; i < extra2024; i++) writeFileSync(join(dir, `2024/洪泽区-${i}.txt`), HONGZE_2024);
  return dir;
};
const carryOver = (stdout) => Object.fromEntries(JSON.parse(stdout).files.map((f) => [f.path, f.diagnostics.filter((d) => d.ruleId === 'carry-over').length]));

test('--previous of one agency in a run over several: the other agencies\' reports find their own last year\'s report', async () => {
  const dir = layout();
  try {
    const auto = await runCli(['check', '--format', 'json', '2024'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(carryOver(auto.stdout), { '2024/洪泽区.txt': 2, '2024/淮阴区.txt': 2 });
    const named = await runCli(['check', '--format', 'json', '--previous', '2023/淮阴区.txt', '2024'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(carryOver(named.stdout), { '2024/洪泽区.txt': 2, '2024/淮阴区.txt': 2 }, named.stderr);
    assert.equal(named.code, 1);
    assert.equal(named.stderr, [
      'nianbao: 2024/洪泽区.txt: --previous 2023/淮阴区.txt is the report of 淮阴区人民政府, not of 淮安市洪泽区人民政府: not used for this report, whose own last year\'s report is looked for as usual',
      'nianbao: 2024/洪泽区.txt: last year\'s report (2023): 2023/洪泽区.txt (found in last year\'s folder; --previous FILE to choose another)',
      '',
    ].join('\n'));
    // The review formats point the other agency's findings at its own last year's report, not at --previous.
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '--previous', '2023/淮阴区.txt', '2024'], { cwd: dir })).stdout);
    const uri = (l) => decodeURIComponent(l.physicalLocation.artifactLocation.uri);
    const related = (file) => new Set(sarif.runs[0].results.filter((r) => r.ruleId === 'carry-over' && uri(r.locations[0]) === file)
      .flatMap((r) => (r.relatedLocations ?? []).map(uri)).filter((u) => u.startsWith('2023/')));
    assert.deepEqual([...related('2024/洪泽区.txt')], ['2023/洪泽区.txt']);
    assert.deepEqual([...related('2024/淮阴区.txt')], ['2023/淮阴区.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--previous with more than 10 reports of other agencies: one line says for how many it was not used', async () => {
  const dir = layout(10);
  try {
    const r = await runCli(['check', '--format', 'json', '--previous', '2023/淮阴区.txt', '2024'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    const counts = carryOver(r.stdout);
    assert.equal(Object.keys(counts).length, 12);
    assert.ok(Object.values(counts).every((n) => n === 2), JSON.stringify(counts));
    assert.match(r.stderr, /^nianbao：所检查的 12 个文件中有 11 个不是 --previous 2023\/淮阴区\.txt 所属机关的报告：--previous 不用于这些报告，改为照常查找它们各自的上年度报告$/m);
    assert.doesNotMatch(r.stderr, /而不是/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
