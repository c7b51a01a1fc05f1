// brk172 #2: with last year's report beside it (结转下年度 自然人 2), this year's 表三 has 上年结转 自然人 1 and 总计 2, and
// the prose says 上年结转1件. The sum rules named the 自然人 cell as the likely typo and said “这一格不是总计，不提供自动修复”,
// while carry-over fixed that very cell 1 → 2 from last year's report (its fix is taken only when this year's 表三 then
// adds up: two sources agree). Their messages now say carry-over fixes it. And --fix then rewrote the prose's
// 上年结转1件 → 2件 in a later pass, though no finding had named it: the prose agreed with the 自然人 1 the run changed
// (the row's sum), so it is left and named on stderr, as for a prose number that agreed with a changed cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, folderWith, runCli, runCliInFolder } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      |';
const PROSE = '全年新收政府信息公开申请46件，上年结转2件；';

/** Last year's report: 新收 47 (自然人 41), 结转下年度 2 (自然人 2), its prose saying so; it adds up. */
function lastYear() {
  let t = CORRECT.replaceAll('2024', '2023');
  t = edit(t, '全年新收政府信息公开申请46件', '全年新收政府信息公开申请47件');
  t = edit(t, '结转下年度继续办理1件。', '结转下年度继续办理2件。');
  t = edit(t, '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |',
    '| 一、本年新收政府信息公开申请数量                                         | 41     | 3        | 0        | 1            | 2            | 0    | 47   |');
  t = edit(t, '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |',
    '| 四、结转下年度继续办理                                                   | 2      | 0        | 0        | 0            | 0            | 0    | 2    |');
  return t;
}

/** This year's: 上年结转 自然人 1 (总计 2), the prose 上年结转1件. */
const THIS_YEAR = edit(edit(CORRECT, R2, R2.replace('| 2      |', '| 1      |')), PROSE, PROSE.replace('2件', '1件'));

const check = (extra = []) => runCliInFolder({ '2023.md': lastYear(), '2024.md': THIS_YEAR }, ['check', '--format', 'json', ...extra, '2024.md']);
const findingsOf = (json) => json.files.flatMap((f) => f.diagnostics);

test('with last year\'s report, the sum rules say carry-over fixes the 上年结转 cell they name, not that it is not fixed', async () => {
  const { json } = await check();
  const fs = findingsOf(json);
  const carry = fs.find((f) => f.ruleId === 'carry-over');
  assert.ok(carry?.fixable, 'carry-over fixes 上年结转 自然人 1 → 2');
  const sums = fs.filter((f) => f.ruleId === 'sum-applicants' || f.ruleId === 'sum-balance');
  assert.equal(sums.length, 2);
  for (const f of sums) {
    assert.doesNotMatch(f.message, /不提供自动修复|不自动修复/, f.ruleId);
    assert.match(f.message, /carry-over/, f.ruleId);
  }
  // Without carry-over (turned off), nothing fixes the cell, and they say so as before.
  const off = findingsOf((await check(['--rule', 'carry-over=off'])).json).filter((f) => f.ruleId === 'sum-applicants' || f.ruleId === 'sum-balance');
  assert.equal(off.length, 2);
  for (const f of off) assert.match(f.message, /不提供自动修复|不自动修复/, f.ruleId);
});

test('--fix sets 上年结转 from last year\'s report and leaves the prose number no finding named, naming it on stderr', async () => {
  const { json } = await check();
  assert.ok(!findingsOf(json).some((f) => f.ruleId === 'prose-table'), 'no prose-table finding before the fix');
  const dir = folderWith({ '2023.md': lastYear(), '2024.md': THIS_YEAR });
  try {
    const { stderr } = await runCli(['check', '--fix', '2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    const fixed = readFileSync(join(dir, '2024.md'), 'utf8');
    assert.match(fixed, /^\| 二、上年结转政府信息公开申请数量\s+\| 2 /m, 'the cell is fixed');
    assert.ok(fixed.includes(PROSE.replace('2件', '1件')), 'the prose is not rewritten');
    assert.match(stderr, /carry-over ×1）/);
    assert.doesNotMatch(stderr, /prose-table ×/);
    assert.match(stderr, /正文第 15 行的 1 处修复未自动应用/, 'the prose line is named');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
