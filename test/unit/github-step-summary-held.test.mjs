// brk119 #4: GitHub's 1 MiB is a limit on the step's summary file, which earlier commands of the same step may have
// written to (a `run:` step that checks two folders apart runs nianbao twice). The summary's budget counts what the
// file already holds: two runs no longer write ~2 MB, after which GitHub shows no summary at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

/** A folder holding `n` copies of the example report (13 findings each) and a step summary already holding `held` bytes. */
function step(n, held) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-held-'));
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, `局${i}.md`), EXAMPLE);
  const summary = join(dir, '..', `${dir.split('/').pop()}-summary.md`);
  // An earlier command's summary: a table of 100-byte lines.
  const line = `| 上一个命令的输出 | ${'x'.repeat(100 - 31)} |\n`;
  writeFileSync(summary, line.repeat(Math.floor(held / Buffer.byteLength(line))));
  return { dir, summary, before: statSync(summary).size };
}

test('github: a step summary already holding 990,000 bytes gets a summary cut to the room left, within 1,000,000 bytes', async () => {
  const { dir, summary, before } = step(5, 990_000);
  const r = await runCli(['check', '--format', 'github', '.'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1);
  const size = statSync(summary).size;
  // (5 reports take some 24,000 bytes: appended whole, the file went over.)
  assert.ok(size <= 1_000_000, `${size} bytes`);
  const md = readFileSync(summary).subarray(before).toString('utf8');
  assert.match(md, /^## nianbao 年报检查\n\n检查了 5 个报告：❌ 30 个错误/);
  const shown = md.split('\n').filter((l) => l.startsWith('### ')).length;
  assert.ok(shown < 5, `${shown} reports shown`);
  assert.match(md, /> 篇幅所限，/);
  assert.doesNotMatch(md, /下面列出全部问题/);
  assert.match(r.stdout, /更多见步骤摘要/);
});

test('github: with almost no room left, the summary lists no report and says so; in English too', async () => {
  const { dir, summary, before } = step(5, 999_000);
  await runCli(['check', '--format', 'github', '.'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  const md = readFileSync(summary).subarray(before).toString('utf8');
  assert.equal(md.split('\n').filter((l) => l.startsWith('### ')).length, 0);
  assert.match(md, /> 篇幅所限，5 个文件都未列出，其问题共 65 个；完整结果见/);
  const en = step(5, 999_000);
  await runCli(['check', '--format', 'github', '--locale', 'en', '.'], { cwd: en.dir, env: { GITHUB_STEP_SUMMARY: en.summary } });
  assert.match(readFileSync(en.summary).subarray(en.before).toString('utf8'), /> For length, none of the 5 files is listed, 65 findings in all; see/);
});

test('github: a step summary that more would take over 1 MiB is left as it is, with a warning annotation', async () => {
  // (The summary of one report takes some 400 bytes when none of it is listed.)
  const { dir, summary, before } = step(1, 1_048_400);
  const r = await runCli(['check', '--format', 'github', '.'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(statSync(summary).size, before);
  assert.match(r.stdout, /^::warning title=nianbao::无法写入步骤摘要 .*-summary\.md：它已有 1,048,\d{3} 字节，再写入会超过 GitHub 的 1 MiB 上限/m);
  // The findings are still annotated.
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error file=局1.md')).length, 6);
});
