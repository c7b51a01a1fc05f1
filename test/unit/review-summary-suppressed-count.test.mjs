// Review summaries count the findings a `<!-- nianbao-disable… -->` comment suppressed (brk119 #1).
// docs/pull-requests.md promises it: “被屏蔽的问题不列出，也不计入退出码；Markdown 摘要计数（“另有 1 个已屏蔽”）” /
// “the Markdown summary counts them”. A reviewer reading the pull-request comment (or the step summary) must see that
// the draft hides findings; only a suppressed table check showed (🔕), a suppressed template-note vanished.
// The report is the repository's errors-2024 example, its template note under 六、其他需要报告的事项 suppressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edit, runCli, ROOT } from '../helpers.mjs';

const NOTE = '（文字描述，收取信息处理费情况在此处报告。）';
const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const SUPPRESSED = edit(ERRORS, `\n${NOTE}\n`, `\n<!-- nianbao-disable-next-line template-note -->\n${NOTE}\n`);
/** The correct example with the same note left in and suppressed: its only finding. */
const CORRECT_NOTE = edit(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'), '## 六、其他需要报告的事项\n', `## 六、其他需要报告的事项\n\n<!-- nianbao-disable-next-line template-note -->\n${NOTE}\n`);

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-sup-count-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('markdown: the totals and the report count a finding a comment suppressed (zh and en), the exit code does not', async () => {
  const dir = folder({ 'r.md': SUPPRESSED });
  const zh = await runCli(['check', '--format', 'markdown', 'r.md'], { cwd: dir });
  assert.equal(zh.code, 1, 'the errors of the example still fail the run');
  assert.doesNotMatch(zh.stdout, /`template-note`/, 'the suppressed finding is not listed');
  assert.match(zh.stdout.split('\n')[2], /^检查了 1 个报告：❌ \d+ 个错误，⚠️ \d+ 个警告，ℹ️ \d+ 个提示，🔕 另有 1 个已屏蔽$/);
  assert.match(zh.stdout, /\n🔕 另有 1 个已被 nianbao-disable 注释屏蔽，未列出。\n/, 'under the report’s findings');
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', 'r.md'], { cwd: dir });
  assert.match(en.stdout.split('\n')[2], /^1 report checked: ❌ \d+ errors, ⚠️ \d+ warnings, ℹ️ \d+ info, 🔕 1 more suppressed$/);
  assert.match(en.stdout, /\n🔕 1 more suppressed by nianbao-disable comments, not listed\.\n/);
  // Without the comment nothing is said of it.
  const plain = await runCli(['check', '--format', 'markdown', 'r.md'], { cwd: folder({ 'r.md': ERRORS }) });
  assert.doesNotMatch(plain.stdout, /屏蔽/);
});

test('markdown: a report whose only finding is suppressed is not “no problems found”', async () => {
  const dir = folder({ 'r.md': CORRECT_NOTE });
  const zh = await runCli(['check', '--format', 'markdown', 'r.md'], { cwd: dir });
  assert.equal(zh.code, 0);
  assert.match(zh.stdout.split('\n')[2], /^检查了 1 个报告：✅ 0 个错误，⚠️ 0 个警告，ℹ️ 0 个提示，🔕 另有 1 个已屏蔽$/);
  assert.doesNotMatch(zh.stdout, /没有发现问题/);
  assert.match(zh.stdout, /\n🔕 1 个问题已被 nianbao-disable 注释屏蔽，未列出。\n/);
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', 'r.md'], { cwd: dir });
  assert.match(en.stdout, /\n🔕 1 finding suppressed by nianbao-disable comments, not listed\.\n/);
});

test('github: the counts line and the step summary count the suppressed finding too', async () => {
  const dir = folder({ 'r.md': SUPPRESSED });
  const summary = join(dir, 'summary.md');
  const r = await runCli(['check', '--format', 'github', 'r.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  const last = r.stdout.trimEnd().split('\n').at(-1);
  assert.match(last, /^nianbao：检查了 1 个报告，\d+ 个错误，\d+ 个警告，\d+ 个提示，另有 1 个已屏蔽$/);
  assert.doesNotMatch(r.stdout, /title=template-note/, 'no annotation for it');
  assert.match(readFileSync(summary, 'utf8'), /，🔕 另有 1 个已屏蔽\n[^]*\n🔕 另有 1 个已被 nianbao-disable 注释屏蔽，未列出。\n/);
  const en = await runCli(['check', '--format', 'github', '--locale', 'en', 'r.md'], { cwd: dir });
  assert.match(en.stdout.trimEnd().split('\n').at(-1), /^nianbao: 1 report checked, \d+ errors, \d+ warnings, \d+ info, 1 more suppressed$/);
});
