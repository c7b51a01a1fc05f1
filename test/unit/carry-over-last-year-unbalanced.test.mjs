// brk166 #1: `--fix` over an archive folder took last year's 结转下年度 for the truth although last year's own 表三 did
// not add up in that column (its 结转下年度 the typo), changed this year's correct 上年结转 to it, and then, 表三 now
// adding up with a mistyped 新收, rewrote the correct prose “新收…46件” to the typo: the prose finding of the same run had
// said “不要改正文，未自动修改”. Now: carry-over offers no fix from a last year's column that does not add up (the
// message says why), and a number a pass of fix-all reported as not fixed stays so in that run, whatever changes after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit, folderWith, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const PROSE = '全年新收政府信息公开申请46件';
/** The example as 2023's report, its 结转下年度 自然人 and 总计 `n` (2024's 上年结转 is 2) and its 新收 raised to keep it balanced. */
const balancedLastYear = (n) => edit(edit(CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024'), R4, R4.replace('| 1      |', `| ${n}      |`).replace('| 1    |', `| ${n}    |`)),
  R1, R1.replace('| 40     |', `| ${39 + n}     |`).replace('| 46   |', `| ${45 + n}   |`));
/** 2023's report right (结转下年度 2), then its 结转下年度 mistyped 3 in 自然人 and 总计: its 表三 no longer adds up there. */
const LAST_YEAR_TYPO = balancedLastYear(2).replace(/(\| 四、结转下年度继续办理 +\| )2( +\|(?: +0 +\|){5} +)2( +\|)/, '$13$23$3');
/** 2024's report with 新收 自然人 mistyped 39 (总计 45); the prose's 46 and 上年结转 2 are right. */
const THIS_YEAR = edit(CORRECT, R1, R1.replace('| 40     |', '| 39     |').replace('| 46   |', '| 45   |'));

test('the inputs are as meant', () => {
  assert.notEqual(LAST_YEAR_TYPO, balancedLastYear(2));
  const sb = core.analyze(LAST_YEAR_TYPO).findings.filter((f) => f.ruleId === 'sum-balance');
  assert.ok(sb.length >= 1, 'last year\'s own table does not add up');
  const pt = core.analyze(THIS_YEAR).findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(pt.length, 1);
  assert.equal(pt[0].fix, undefined);
  assert.match(pt[0].message, /不要改正文，未自动修改/);
});

test('carry-over: last year\'s column does not add up: no fix, the message names last year\'s unbalanced column', () => {
  const found = core.analyze(THIS_YEAR, { previous: core.parseReport(LAST_YEAR_TYPO) }).findings.filter((f) => f.ruleId === 'carry-over');
  assert.deepEqual(found.map((f) => [f.actual, f.expected, Boolean(f.fix)]), [[2, 3, false], [2, 3, false]]);
  assert.match(found[0].message, /未自动修改：上一年度报告（2023年）的表三本身不平衡，“自然人”列新收 41 \+ 上年结转 2 = 43，而（七）总计 41 \+ 结转下年度 3 = 44/);
});

test('CLI --fix over the folder: the correct 上年结转 and prose of 2024 are left as they are', async () => {
  const dir = folderWith({ '某某局2023.md': LAST_YEAR_TYPO, '某某局2024.md': THIS_YEAR });
  const r = await runCli(['check', '--fix', '.'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.equal(readFileSync(join(dir, '某某局2024.md'), 'utf8'), THIS_YEAR, r.stdout + r.stderr);
  assert.match(r.stdout, /carry-over .*表三本身不平衡/);
});

test('fix-all: a prose number reported as not fixed (不要改正文) is not changed by a later pass of the same run', () => {
  // Last year right with 结转下年度 3: the carry-over fix (2 → 3) makes this year's table add up with the mistyped 45,
  // and prose-table would then offer 46 → 45. The first reading said the prose was right: it stays.
  const out = core.fixAll(THIS_YEAR, { previous: core.parseReport(balancedLastYear(3)) });
  assert.deepEqual(out.fixed.map((f) => f.ruleId), ['carry-over', 'carry-over']);
  assert.ok(out.text.includes(PROSE), 'the prose keeps its 46');
  // (上年结转2件 is left too: it agreed with the cell the run changed.)
  assert.deepEqual(out.withheld.map((f) => [f.ruleId, f.actual, f.expected]), [['prose-table', 46, 45], ['prose-table', 2, 3]]);
});
