// The notes that say no cross-year check was made (two candidate files tie, the one candidate is ruled out, none is
// found…) named only carry-over and stock-flow, but prose-change's comparisons with last year's table are not made
// either (brk135 #5): every rule that compares with last year's report is named, from the rule metadata
// (`RuleMeta.usesLastYear`), in zh and en, in the CLI and in the language server's notes. Base:
// examples/correct-2024.nianbao.md (新收 46) with `同比增长25%` (last year's 40 makes it 15%), and last year's made of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, folderWith, otherFigures, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const NOW = CORRECT.replace('全年新收政府信息公开申请46件，', '全年新收政府信息公开申请46件，同比增长25%，');

test('the rules that compare with last year\'s report come from their metadata: carry-over, stock-flow, and prose-change in part', () => {
  assert.deepEqual(core.LAST_YEAR_RULES, ['carry-over', 'stock-flow', 'content-copied', 'prose-change']);
  assert.deepEqual(core.RULES.filter((r) => r.meta.usesLastYear).map((r) => r.meta.id).sort(), [...core.LAST_YEAR_RULES].sort());
  assert.deepEqual(core.lastYearChecks(), {
    zh: 'carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较',
    en: 'carry-over, stock-flow, content-copied and prose-change\'s comparisons with last year\'s report',
  });
});

test('two files that could be last year\'s: the note names prose-change too, whose comparison is indeed not made (zh, en)', async () => {
  // (Two versions with other figures: copies of one report are taken as one, brk166 #2.)
  const dir = folderWith({ '2023.md': LAST, '2023年报.md': otherFigures(LAST), '2024.md': NOW });
  try {
    // With one of them, the wrong rate is said.
    const chosen = await runCli(['check', '2024.md', '--previous', '2023.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.deepEqual(JSON.parse(chosen.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'prose-change').length, 1);
    const zh = await runCli(['check', '2024.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.deepEqual(JSON.parse(zh.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'prose-change'), []);
    assert.equal(zh.stderr, 'nianbao：2024.md：同一文件夹中有 2 个文件都可能是上年度报告（2023.md、2023年报.md）：未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）；请用 --previous FILE 指定其一\n');
    const en = await runCli(['check', '2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(en.stderr, 'nianbao: 2024.md: 2 files beside it could be last year\'s report (2023.md, 2023年报.md): carry-over, stock-flow, content-copied and prose-change\'s comparisons with last year\'s report are not checked; choose one with --previous FILE\n');
    // The Markdown summary's cross-year lines say the same.
    const md = await runCli(['check', '2024.md', '--format', 'markdown'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.match(md.stdout, /未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
