// A folder argument whose files are none of them reports fails the run as an empty folder does (brk119 #3).
// `nianbao check` in a folder holding only a README.md (a repository's notes) passed with exit code 0 and
// "✅ 0 个错误", while an empty folder exits 2 ("此文件夹中没有报告"), as docs/pull-requests.md says of a folder
// without reports: a push run over `reports` whose files are all skipped would show green with nothing checked.
// The message names the files skipped, and lists the names a folder is searched for exactly (*.markdown too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT, folderWith } from '../helpers.mjs';

const README = '# 年报仓库\n\n这里存放各年度的政府信息公开工作年度报告草稿。\n';
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

const folder = folderWith;

test('check: a folder holding a README and no report exits 2 in every format, naming the file skipped', async () => {
  const dir = folder({ 'reports/README.md': README });
  const text = await runCli(['check', 'reports'], { cwd: dir });
  assert.equal(text.code, 2);
  assert.match(text.stderr, /reports：此文件夹中没有报告：其中 1 个文件（\*\.md、\*\.markdown、\*\.txt）不是年度报告（[^）]*），已跳过：reports\/README\.md/);
  assert.doesNotMatch(text.stderr, /所检查的文件夹中有/, 'the file is named once');
  const en = await runCli(['check', '--locale', 'en', 'reports'], { cwd: dir });
  assert.match(en.stderr, /reports: no reports in this folder: the 1 file \(\*\.md, \*\.markdown, \*\.txt\) in it is not an annual report \(.*\) and was skipped: reports\/README\.md/);
  // As the empty folder: the summary does not pass it, the annotations and SARIF say it.
  const md = await runCli(['check', '--format', 'markdown', 'reports'], { cwd: dir });
  assert.equal(md.code, 2);
  assert.doesNotMatch(md.stdout, /✅/);
  assert.match(md.stdout, /❗ 1 个未能检查/);
  assert.match(md.stdout, /- ❗ `reports`: 此文件夹中没有报告：.*README\.md/);
  const gh = await runCli(['check', '--format', 'github', 'reports'], { cwd: dir });
  assert.equal(gh.code, 2);
  assert.match(gh.stdout, /^::error file=reports,title=nianbao::此文件夹中没有报告：.*reports\/README\.md$/m);
  const sarif = await runCli(['check', '--format', 'sarif', 'reports'], { cwd: dir });
  assert.equal(sarif.code, 2);
  assert.equal(JSON.parse(sarif.stdout).runs[0].invocations[0].executionSuccessful, false);
  const json = await runCli(['check', '--format', 'json', 'reports'], { cwd: dir });
  assert.equal(json.code, 2);
  assert.deepEqual(JSON.parse(json.stdout).files, [], 'the JSON contract is unchanged');
  // No path: the current folder, as the docs' `nianbao check` without paths.
  assert.equal((await runCli(['check'], { cwd: join(dir, 'reports') })).code, 2);
});

test('check: a folder with a report beside its README still passes; of two folders, the one without a report fails the run', async () => {
  const dir = folder({ 'a/README.md': README, 'b/README.md': README, 'b/2024.md': CORRECT });
  const b = await runCli(['check', 'b'], { cwd: dir });
  assert.equal(b.code, 0);
  assert.match(b.stderr, /所检查的文件夹中有 1 个文件不是年度报告.*已跳过：b\/README\.md/);
  const both = await runCli(['check', 'a', 'b'], { cwd: dir });
  assert.equal(both.code, 2);
  assert.match(both.stderr, /a：此文件夹中没有报告：.*已跳过：a\/README\.md/);
  assert.match(both.stderr, /所检查的文件夹中有 1 个文件不是年度报告.*已跳过：b\/README\.md\n/, 'the others skipped are said as before');
  // The folder above both yields a report.
  assert.equal((await runCli(['check', '.'], { cwd: dir })).code, 0);
  // A README named on the command line is read and said not to be a report, as before (no folder argument).
  assert.equal((await runCli(['check', 'a/README.md'], { cwd: dir })).code, 0);
});

test('check: the empty folder’s message lists *.markdown, which the folder search takes', async () => {
  const dir = folder({ 'empty/.keep': '' });
  const r = await runCli(['check', 'empty'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /empty：此文件夹中没有报告（\*\.md、\*\.markdown、\*\.txt）/);
  const en = await runCli(['check', '--locale', 'en', 'empty'], { cwd: dir });
  assert.match(en.stderr, /empty: no reports \(\*\.md, \*\.markdown, \*\.txt\) in this folder/);
  // A .markdown report is found in a folder.
  const md = folder({ 'r/2024.markdown': CORRECT });
  assert.match((await runCli(['check', 'r'], { cwd: md })).stdout, /检查了 1 个文件/);
});

// brk138 #9: `check .` on a folder without reports named the folder by its absolute path in the Markdown summary,
// followed by the message's own `.:` (the path as typed): the folder is `.`, once.
test('`check --format markdown .` in a folder without reports names it `.`, once, not by its absolute path', async () => {
  const dir = folderWith({ 'README.md': '# 说明\n\n本文件夹存放会议材料。\n' });
  const r = await runCli(['check', '--locale', 'en', '--format', 'markdown', '.'], { cwd: dir });
  assert.equal(r.code, 2, r.stderr);
  const line = r.stdout.split('\n').find((l) => l.startsWith('- ❗'));
  assert.ok(line, r.stdout);
  assert.match(line, /^- ❗ `\.`: no reports in this folder:/);
  assert.ok(!r.stdout.includes(dir), r.stdout);
});
