// Schools, hospitals and other public institutions publish these reports too: their names (`某某市第十二中学`,
// `XX县实验小学`, `某某大学`, `某某市人民医院`) are agencies, so last year's report beside them is found and the
// cross-year rules run, and two different schools are never taken for one.
// Fixture: test/fixtures/crossyear/ (a 2023 and a 2024 report of 某某市某某局, the 2024 carry-over agreeing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const dir = join(ROOT, 'test', 'fixtures', 'crossyear');
const y2023 = readFileSync(join(dir, '某某局2023.md'), 'utf8');
const y2024 = readFileSync(join(dir, '某某局2024.md'), 'utf8');
/** This year's report of `agency` with its 上年结转 no longer agreeing with last year's 结转下年度 (2 → 5). */
function thisYear(agency) {
  const row = y2024.split('\n').find((l) => l.startsWith('| 二、上年结转政府信息公开申请数量'));
  const changed = row.replace(/\| 2(\s+)\|/g, '| 5$1|');
  assert.notEqual(changed, row);
  return y2024.replaceAll('某某市某某局', agency).replace(row, changed);
}
/** A folder with the given files (name → text). */
function folder(files) {
  const tmp = mkdtempSync(join(tmpdir(), 'nianbao-institution-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
  return tmp;
}
const carryOver = (r) => JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');

for (const [agency, lastYears] of [['XX市第十二中学'], ['某某市第十二中学', '某某市第12中学'], ['XX县实验小学'], ['某某大学'], ['某某市实验学校'], ['某某县第一幼儿园'], ['某某市图书馆'], ['某某市人民医院'], ['某某县疾病预防控制中心']]) {
  test(`last year's report of “${lastYears ?? agency}” is found beside this year's of “${agency}” and used by carry-over`, async () => {
    const tmp = folder({ '2023.md': y2023.replaceAll('某某市某某局', lastYears ?? agency), '2024.md': thisYear(agency) });
    const r = await runCli(['check', '--format', 'json', '2024.md'], { cwd: tmp, env: { NIANBAO_LOCALE: 'zh' } });
    assert.match(r.stderr, /上年度（2023 年度）报告：2023\.md/);
    const found = carryOver(r);
    assert.ok(found.length >= 1 && found.every((d) => d.severity === 'error'), r.stdout);
  });
}

test('two schools of one place in one folder: each finds its own last year, never the other school\'s', async () => {
  const tmp = folder({
    '一中2023.md': y2023.replaceAll('某某市某某局', '某某县第一中学'),
    '实小2023.md': y2023.replaceAll('某某市某某局', '某某县实验小学'),
    '二中2024.md': thisYear('某某县第二中学'),
    '一中2024.md': thisYear('某某县第一中学'),
    '市实小2024.md': thisYear('某某市实验小学'),
  });
  const own = await runCli(['check', '--format', 'json', '一中2024.md'], { cwd: tmp, env: { NIANBAO_LOCALE: 'zh' } });
  assert.match(own.stderr, /上年度（2023 年度）报告：一中2023\.md/);
  assert.ok(carryOver(own).length >= 1);
  // 第二中学 has no report of last year here, nor has the city's 实验小学 (the county's is another school).
  for (const other of ['二中2024.md', '市实小2024.md']) {
    const r = await runCli(['check', '--format', 'json', other], { cwd: tmp, env: { NIANBAO_LOCALE: 'zh' } });
    assert.equal(r.stderr, '', other);
    assert.deepEqual(carryOver(r), [], other);
  }
  // Named as last year's with --previous, another school's report is not used (the lookup finds none of 二中's own).
  const named = await runCli(['check', '二中2024.md', '--previous', '一中2023.md'], { cwd: tmp, env: { NIANBAO_LOCALE: 'zh' } });
  assert.equal(named.stderr, 'nianbao：二中2024.md：--previous 一中2023.md 是“某某县第一中学”的报告，而不是“某某县第二中学”的：不用于这份报告，改为照常查找它的上年度报告\n');
});
