// brk166 #2: two byte-identical copies of last year's report in the folder (`年报2024.md` and the browser's
// `年报2024(1).md`) turned off every cross-year check of the next year (“同一文件夹中有 2 个文件都可能是上年度报告…未做跨年度
// 检查”). Copies of one report, the same text or the same year and figures, are no choice: the shortest name is used and
// the others named as its copies. A real choice (two reports of that year with other figures) is still a tie.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, folderWith, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const LAST_YEAR = CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024');
/** This year's report with 上年结转 mistyped 3 (自然人, 总计): carry-over reports it only when last year's report is used. */
const THIS_YEAR = edit(CORRECT, R2, R2.replace('| 2      |', '| 3      |').replace('| 2    |', '| 3    |'));

test('byte-identical copies of last year\'s report: compared with the shortest name, the copy named on stderr', async () => {
  const dir = folderWith({ '年报2023.md': LAST_YEAR, '年报2023(1).md': LAST_YEAR, '年报2024.md': THIS_YEAR });
  const r = await runCli(['check', '年报2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.doesNotMatch(r.stderr, /都可能是上年度报告/);
  assert.match(r.stderr, /上年度（2023 年度）报告：年报2023\.md（在同一文件夹中找到；年报2023\(1\)\.md 与它内容相同，是重复的副本/);
  assert.match(r.stdout, /carry-over/, 'the cross-year checks ran');
  const en = await runCli(['check', '--locale', 'en', '年报2024.md'], { cwd: dir });
  assert.match(en.stderr, /年报2023\(1\)\.md is a copy of it, the same text or figures: the shortest name is used/);
});

test('copies with the same year and figures but other bytes (line endings, a note) are copies too', async () => {
  const other = LAST_YEAR.replaceAll('\n', '\r\n');
  const dir = folderWith({ '年报2023.md': LAST_YEAR, '年报2023 副本.md': other, '年报2024.md': THIS_YEAR });
  const r = await runCli(['check', '年报2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.doesNotMatch(r.stderr, /都可能是上年度报告/);
  assert.match(r.stdout, /carry-over/);
});

test('two reports of last year with other figures are still a tie (no guess)', async () => {
  const other = edit(LAST_YEAR, R2, R2.replace('| 2      |', '| 3      |').replace('| 2    |', '| 3    |'));
  const dir = folderWith({ '年报2023.md': LAST_YEAR, '年报2023(1).md': other, '年报2024.md': THIS_YEAR });
  const r = await runCli(['check', '年报2024.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.match(r.stderr, /同一文件夹中有 2 个文件都可能是上年度报告/);
  assert.doesNotMatch(r.stdout, /carry-over/);
});
