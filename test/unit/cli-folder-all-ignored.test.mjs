// fixC #4: `nianbao check DIR` where the config's `ignore` left out the only report in DIR exited 0 with
// “检查了 0 个文件：0 个错误…”, which reads as a pass. Nothing was checked: like a folder without reports it is an
// error, exit code 2 (rules.md: 2 = the tool could not do its job), said on stderr and listed as not checked. A file
// named on the command line and ignored keeps its note and exit code; a folder with a report still checked is a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, folderWith, ROOT } from '../helpers.mjs';

const report = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const EN = { NIANBAO_LOCALE: 'en' };

test('a folder whose only report the config ignores: exit 2, said that no file was checked', async () => {
  const cwd = folderWith({ 'reports/r.md': report, 'reports/.nianbao.jsonc': '{ "ignore": ["r.md"] }' });
  const zh = await runCli(['check', 'reports'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /reports：此文件夹中的 1 个报告文件已被 reports\/\.nianbao\.jsonc 的 ignore 忽略，没有检查任何文件/);
  const en = await runCli(['check', 'reports'], { cwd, env: EN });
  assert.equal(en.code, 2);
  assert.match(en.stderr, /reports: the 1 report file in this folder is ignored by the ignore globs of reports\/\.nianbao\.jsonc; no file was checked/);
  const json = await runCli(['check', '--format', 'json', 'reports'], { cwd });
  assert.equal(json.code, 2);
  assert.deepEqual(JSON.parse(json.stdout).files, []);
});

test('ignored reports beside a README (no report): still nothing checked, exit 2', async () => {
  const cwd = folderWith({ 'd/a.md': report, 'd/b.md': report.replace('某某', '另一'), 'd/README.md': '# 说明\n\n本文件夹存放年报。\n', 'd/.nianbao.jsonc': '{ "ignore": ["a.md", "b.md"] }' });
  const r = await runCli(['check', 'd'], { cwd, env: EN });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /d: all 2 report files in this folder are ignored by the ignore globs of d\/\.nianbao\.jsonc; no file was checked/);
});

test('a folder with one report ignored and one checked is a run as before (exit 0), and a named ignored file keeps exit 0', async () => {
  const cwd = folderWith({ 'd/a.md': report, 'd/keep.md': report, 'd/.nianbao.jsonc': '{ "ignore": ["a.md"] }' });
  const r = await runCli(['check', 'd'], { cwd, env: EN });
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /no file was checked/);
  const named = await runCli(['check', 'd/a.md'], { cwd, env: EN });
  assert.equal(named.code, 0);
  assert.match(named.stderr, /d\/a\.md: ignored by d\/\.nianbao\.jsonc/);
});
