// A --previous file that is not last year's report of the report checked (brk135 #1, #2): of a later year, the report
// itself, or one two years back. It is not used for that report — no cross-year rule compares with it, prose-change's
// comparisons with last year included — and the report's own last year's report is looked for as without --previous
// (as for a --previous of another agency), so that `check reports --previous reports/2023/x.md` keeps the cross-year
// checks of the other years' reports. Base: examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 结转下年度 1), the
// same report made 2023's with 新收 40, and 2022's as it is (结转下年度 1, while 2023's 上年结转 is 2: carry-over).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, folderWith, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const TWO_BACK = CORRECT.replaceAll('2024', '2022');
const LATER = CORRECT.replaceAll('2024', '2025');
// A rate written without last year's count: checked against last year's table, (46 − 40) / 40 = 15%, so 25% is wrong.
const NOW = CORRECT.replace('全年新收政府信息公开申请46件，', '全年新收政府信息公开申请46件，同比增长25%，');

const proseChange = (previous) => core.checkReport(core.parseReport(NOW), { previous: previous && core.parseReport(previous) })
  .filter((f) => f.ruleId === 'prose-change').map((f) => f.message);

test('prose-change compares with last year\'s report only: not with a later report, the report itself or one two years back', () => {
  assert.deepEqual([LAST, TWO_BACK, LATER].map((t) => core.parseReport(t).year), [2023, 2022, 2025]);
  assert.deepEqual(proseChange(LAST), ['“同比增长25%”：新收申请本年为 46，上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请核对这几个数。']);
  for (const other of [LATER, NOW, TWO_BACK]) assert.deepEqual(proseChange(other), []);
  // Nor do carry-over and stock-flow, and the summary line says none was compared.
  const now = core.parseReport(NOW);
  const all = core.checkReport(now, { previous: core.parseReport(TWO_BACK) });
  assert.deepEqual(all.filter((f) => ['carry-over', 'stock-flow', 'content-copied', 'prose-change'].includes(f.ruleId)), []);
});

test('check --previous of the wrong year: not used for that report, whose own last year\'s report is looked for (zh, en)', async () => {
  const dir = folderWith({ '2022.md': TWO_BACK, '2023.md': LAST, '2024.md': NOW });
  try {
    const cross = (stdout) => JSON.parse(stdout).files.flatMap((f) => f.diagnostics.filter((d) => ['carry-over', 'stock-flow', 'content-copied', 'prose-change'].includes(d.ruleId)).map((d) => `${f.path} ${d.ruleId}`)).sort();
    // Without --previous: 2023.md is compared with 2022.md (上年结转 2 ≠ 1: two carry-over errors; 现行有效: stock-flow),
    // 2024.md with 2023.md. Each is the other with its years changed (and a few figures): content-copied says so.
    const plain = await runCli(['check', '.', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    const expected = ['2023.md carry-over', '2023.md carry-over', '2023.md content-copied', '2023.md stock-flow', '2024.md carry-over', '2024.md carry-over', '2024.md content-copied', '2024.md prose-change', '2024.md stock-flow'];
    assert.deepEqual(cross(plain.stdout), expected);
    // --previous 2023.md is last year's report of 2024.md only: 2022.md and 2023.md keep the lookup.
    const all = await runCli(['check', '.', '--format', 'json', '--previous', '2023.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(cross(all.stdout), expected);
    assert.equal(all.code, 1);
    assert.equal(all.stderr, 'nianbao: 2022.md: --previous 2023.md reads as 2023, not 2021: not used for this report, whose own last year\'s report is looked for as usual\n'
      + 'nianbao: 2023.md: --previous 2023.md reads as 2023, not 2022: not used for this report, whose own last year\'s report is looked for as usual\n'
      + 'nianbao: 2023.md: last year\'s report (2022): 2022.md (found beside it; --previous FILE to choose another)\n');
    // One file, a --previous of a later year, or two years back: the one beside it is used instead, and said so once.
    const one = await runCli(['check', '2023.md', '--format', 'json', '--previous', '2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.deepEqual(cross(one.stdout), ['2023.md carry-over', '2023.md carry-over', '2023.md content-copied', '2023.md stock-flow']);
    assert.equal(one.stderr, 'nianbao：2023.md：--previous 2024.md 识别为 2024 年度，而不是 2022 年度：不用于这份报告，改为照常查找它的上年度报告\n'
      + 'nianbao：2023.md：上年度（2022 年度）报告：2022.md（在同一文件夹中找到；可用 --previous FILE 另行指定）\n');
    const back = await runCli(['check', '2024.md', '--format', 'json', '--previous', '2022.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(cross(back.stdout), ['2024.md carry-over', '2024.md carry-over', '2024.md content-copied', '2024.md prose-change', '2024.md stock-flow']);
    assert.match(JSON.parse(back.stdout).files[0].diagnostics.find((d) => d.ruleId === 'prose-change').message, /2023/);
    // The report itself as its own last year's, with no other report of last year beside it: nothing compared.
    rmSync(join(dir, '2023.md'));
    const self = await runCli(['check', '2024.md', '--format', 'json', '--previous', '2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(cross(self.stdout), []);
    assert.equal(self.code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
