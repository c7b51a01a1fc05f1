// brk119 #5: `--fix` on a read-only report exits 2, and the review formats say why, as they say the run's other
// exit-2 causes (a file that could not be read): a SARIF error notification (executionSuccessful false), a github
// ::error on the file (and the counts line), a ❗ line of the Markdown summary (no ✅), a GitLab blocker and an rdjson
// ERROR `nianbao/fix-not-written` on line 1. The findings are those of the file as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const WHY = { zh: '无法写入修复后的文件（没有权限），文件未改动', en: 'cannot write the fixed file (permission denied); it is unchanged' };

/** A folder holding the example report as `ro.md`, read-only, and `rw.md`, writable. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ro-'));
  writeFileSync(join(dir, 'ro.md'), EXAMPLE);
  chmodSync(join(dir, 'ro.md'), 0o444);
  writeFileSync(join(dir, 'rw.md'), EXAMPLE);
  return dir;
}

const fix = async (format, dir, more = []) => {
  const r = await runCli(['check', '--fix', '--format', format, ...more, 'ro.md', 'rw.md'], { cwd: dir });
  assert.equal(r.code, 2, r.stderr);
  assert.equal(readFileSync(join(dir, 'ro.md'), 'utf8'), EXAMPLE);
  return r;
};

test('sarif: an error notification on the read-only file, executionSuccessful false; its findings are still results', async () => {
  const dir = folder();
  const run = JSON.parse((await fix('sarif', dir)).stdout).runs[0];
  assert.deepEqual(run.invocations, [{
    executionSuccessful: false,
    toolExecutionNotifications: [{ level: 'error', message: { text: `ro.md: ${WHY.en}` }, locations: [{ physicalLocation: { artifactLocation: { uri: 'ro.md', uriBaseId: '%SRCROOT%' } } }] }],
  }]);
  assert.ok(run.results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'ro.md').length >= 10);
});

test('github: an ::error on the read-only file, and the counts line says it; the step summary has the ❗ line', async () => {
  const dir = folder();
  const summary = join(dir, 'summary.md');
  const r = await fix('github', dir, []);
  assert.match(r.stdout, new RegExp(`^::error file=ro\\.md,title=nianbao::${WHY.zh.replace(/[()（）]/g, '\\$&')}$`, 'm'));
  assert.match(r.stdout, /^nianbao：检查了 2 个报告，.*，1 个文件的修复未能写入$/m);
  const en = await runCli(['check', '--fix', '--format', 'github', '--locale', 'en', 'ro.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(en.code, 2);
  assert.ok(en.stdout.includes(`::error file=ro.md,title=nianbao::${WHY.en}\n`), en.stdout);
  assert.match(en.stdout, /^nianbao: 1 report checked, .*, fixes not written to 1 file$/m);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^1 report checked: ❌ 6 errors, .*, ❗ fixes not written to 1 file$/m);
  assert.ok(md.includes(`- ❗ \`ro.md\`: ${WHY.en}\n`), md);
});

test('markdown: a ❗ line at the top and in the counts, and no ✅ for a run without errors', async () => {
  const dir = folder();
  const md = (await fix('markdown', dir)).stdout;
  assert.match(md, /^检查了 2 个报告：❌ \d+ 个错误，.*，❗ 1 个文件的修复未能写入$/m);
  assert.ok(md.includes(`- ❗ \`ro.md\`: ${WHY.zh}\n`), md);
  // No error, only a fixable info (a variant of a section title): the read-only file keeps the run from a ✅ all the same.
  const warnOnly = mkdtempSync(join(tmpdir(), 'nianbao-ro-'));
  writeFileSync(join(warnOnly, 'ro.md'), readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及下步工作打算'));
  chmodSync(join(warnOnly, 'ro.md'), 0o444);
  const r = await runCli(['check', '--fix', '--format', 'markdown', 'ro.md'], { cwd: warnOnly });
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stdout, /^检查了 1 个报告：0 个错误，⚠️ 0 个警告，ℹ️ 1 个提示，❗ 1 个文件的修复未能写入$/m);
});

test('gitlab and rdjson: nianbao/fix-not-written on line 1 of the read-only file (blocker, ERROR)', async () => {
  const dir = folder();
  const issues = JSON.parse((await fix('gitlab', dir)).stdout).filter((x) => x.check_name === 'nianbao/fix-not-written');
  assert.equal(issues.length, 1);
  assert.deepEqual({ ...issues[0], fingerprint: undefined }, {
    type: 'issue', check_name: 'nianbao/fix-not-written', description: WHY.zh, categories: ['Bug Risk'], severity: 'blocker', fingerprint: undefined, location: { path: 'ro.md', lines: { begin: 1 } },
  });
  const diags = JSON.parse((await fix('rdjson', dir, ['--locale', 'en'])).stdout).diagnostics.filter((d) => d.code.value === 'nianbao/fix-not-written');
  assert.deepEqual(diags, [{ message: WHY.en, location: { path: 'ro.md', range: { start: { line: 1 } } }, severity: 'ERROR', code: { value: 'nianbao/fix-not-written' } }]);
});
