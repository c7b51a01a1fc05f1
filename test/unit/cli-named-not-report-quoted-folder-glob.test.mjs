// brk142 #1: a report named on the command line that was emptied or garbled (a pull request's changed files are
// named one by one) passed with exit code 0 and a github notice, while the same file reached through its folder
// exits 2 (此文件夹中没有报告): a run that checked no report is no pass. A file that is not a report named beside
// reports (a README among the changed files) is still only said.
// brk142 #2: a quoted glob matching folders (`'yr/*'`, as the GitHub Action passes its paths unexpanded) said
// 没有匹配的文件 (exit 2) while the shell's yr/* checks the reports in them: the folders it matches are searched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT, folderWith } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const GARBLED = '<html><body><h1>404 Not Found</h1><p>页面不存在</p></body></html>\n';

test('check: a named empty or garbled report alone exits 2, as its folder does, in every format', async () => {
  const dir = folderWith({ 'reports/2024.md': '', 'other/2024.md': GARBLED });
  for (const path of ['reports/2024.md', 'other/2024.md']) {
    const text = await runCli(['check', path], { cwd: dir });
    assert.equal(text.code, 2, path);
    assert.match(text.stderr, new RegExp(`没有检查任何报告：指定的 1 个文件不是年度报告（[^）]*）：${path.replace('.', '\\.')}`));
    assert.equal((await runCli(['check', path.split('/')[0]], { cwd: dir })).code, 2, 'its folder, as before');
  }
  const gh = await runCli(['check', '--format', 'github', 'reports/2024.md'], { cwd: dir });
  assert.equal(gh.code, 2);
  assert.match(gh.stdout, /^::error file=reports\/2024\.md,title=nianbao::没有检查任何报告/m);
  const en = await runCli(['check', '--locale', 'en', 'reports/2024.md', 'other/2024.md'], { cwd: dir });
  assert.equal(en.code, 2);
  assert.match(en.stderr, /no report was checked: the 2 files named are not annual reports \(.*\): reports\/2024\.md, other\/2024\.md/);
  const sarif = await runCli(['check', '--format', 'sarif', 'reports/2024.md'], { cwd: dir });
  assert.equal(JSON.parse(sarif.stdout).runs[0].invocations[0].executionSuccessful, false);
});

test('check: a file that is not a report named beside a report is said, and the exit code is the report’s', async () => {
  const dir = folderWith({ 'reports/2024.md': CORRECT, 'reports/README.md': '# 年报仓库\n\n这里存放草稿。\n' });
  const r = await runCli(['check', 'reports/2024.md', 'reports/README.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /README\.md：未识别为年度报告/);
  assert.doesNotMatch(r.stderr, /没有检查任何报告/);
});

test('check: a quoted glob matching folders checks the reports in them, as the shell’s expansion does', async () => {
  const dir = folderWith({ 'yr/2023/r.md': CORRECT.replace(/2024/g, '2023').replace(/2025/g, '2024'), 'yr/2024/r.md': CORRECT, 'yr/img/logo.png': 'x' });
  const quoted = await runCli(['check', '--format', 'json', 'yr/*'], { cwd: dir });
  const expanded = await runCli(['check', '--format', 'json', 'yr/2023', 'yr/2024', 'yr/img'], { cwd: dir });
  assert.doesNotMatch(quoted.stderr, /没有匹配的文件/);
  assert.deepEqual(JSON.parse(quoted.stdout).files.map((f) => f.path), ['yr/2023/r.md', 'yr/2024/r.md']);
  assert.deepEqual(JSON.parse(quoted.stdout).files.map((f) => f.path), JSON.parse(expanded.stdout).files.map((f) => f.path));
  assert.equal(quoted.code, 1, 'the findings of last year’s comparison, as yr/** gives');
  assert.equal((await runCli(['check', 'yr/**'], { cwd: dir })).code, 1);
  // A folder matched that holds no report file (images) is passed over; a glob matching nothing is still an error.
  const none = await runCli(['check', 'zz/*'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /zz\/\*：没有匹配的文件/);
  const imgs = await runCli(['check', 'yr/im*'], { cwd: dir });
  assert.equal(imgs.code, 2);
});

test('check: a README, minutes or another regime\'s report named alone is said and passes; only a file meant as a report fails', async () => {
  const dir = folderWith({ 'README.md': '# 年报仓库\n\n这里存放草稿。\n', 'notes.md': '# 办公室周例会纪要\n\n会上讨论了本周的工作安排。\n', '2024.md': '   \n\n' });
  for (const path of ['README.md', 'notes.md']) {
    const r = await runCli(['check', path], { cwd: dir });
    assert.equal(r.code, 0, path);
    assert.match(r.stderr, /未检查/);
    assert.doesNotMatch(r.stderr, /没有检查任何报告/);
  }
  // White space only is a blank report, named alone or with a README.
  assert.equal((await runCli(['check', '2024.md'], { cwd: dir })).code, 2);
  const both = await runCli(['check', '2024.md', 'README.md'], { cwd: dir });
  assert.equal(both.code, 2);
  assert.match(both.stderr, /没有检查任何报告：指定的 1 个文件不是年度报告（[^）]*）：2024\.md\n/);
});
