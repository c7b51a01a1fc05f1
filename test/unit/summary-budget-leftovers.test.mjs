// breaker44 C and D: the action's "could not complete" block and the ❗ list are within the step summary's budget
// (capped, not repeated), and a summary cut inside a report's findings names that report and leaves no empty section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-budget-'));
/** `n` missing paths with long names, one a line. */
const missing = (n) => Array.from({ length: n }, (_, i) => `reports/缺失的报告_很长的文件名_用来测试摘要篇幅_第${i + 1}份.md`);

test('action: 300 reports and 800 missing paths keep the whole step summary within 1,000,000 bytes; the ❗ list is capped, and the block refers to it', () => {
  const r = runner([]);
  for (let i = 1; i <= 300; i++) writeFileSync(join(r.ws, 'reports', `局${i}.md`), EXAMPLE);
  const paths = [...Array.from({ length: 300 }, (_, i) => `reports/局${i + 1}.md`), ...missing(800)];
  const out = runAction(r, { NIANBAO_PATHS: paths.join('\n') });
  assert.equal(out.code, 2);
  assert.ok(statSync(r.summary).size <= 1_000_000, `${statSync(r.summary).size} bytes`);
  const md = out.summary;
  // The first 50 at the top, then how many more; each listed once in the whole summary.
  assert.equal(md.split('\n').filter((l) => /^- ❗ `reports\/缺失的报告/.test(l)).length, 50);
  assert.match(md, /^- ❗ ……另有 750 个未能检查的路径未列出（见运行日志）$/m);
  assert.equal(md.split('第1份.md').length - 1, 1);
  assert.ok(!md.includes('第51份.md'));
  const block = md.slice(md.indexOf('### ❗ 未能完成检查'));
  assert.match(block, /上面标有 ❗ 的 800 个路径未能检查，上面的结果不完整。/);
  assert.doesNotMatch(block, /```text|缺失的报告/);
  // Every missing path is still annotated in the log.
  assert.equal(out.stdout.split('\n').filter((l) => l.startsWith('::error file=reports/缺失的报告')).length, 800);
});

test('action (en): the ❗ list says "and N more", and the block refers to the paths marked ❗ above', () => {
  const r = runner(['seeds/001_417062a3286660b0.txt']);
  const out = runAction(r, { NIANBAO_PATHS: ['reports/001_417062a3286660b0.txt', ...missing(60)].join('\n'), NIANBAO_ARGS: '--locale en' });
  assert.equal(out.code, 2);
  assert.match(out.summary, /^- ❗ … and 10 more paths that could not be checked, not listed \(see the run's log\)$/m);
  const block = out.summary.slice(out.summary.indexOf('### ❗ The check could not be completed'));
  assert.match(block, /The 60 paths marked ❗ above could not be checked: the results above are incomplete\./);
  assert.doesNotMatch(block, /```text/);
});

test('action: a run stopped by a config with 60 errors lists the first 50 (❗, the CLI\'s summary), then how many more; the block refers to them', () => {
  const r = runner(['seeds/001_417062a3286660b0.txt']);
  writeFileSync(join(r.ws, '.nianbao.jsonc'), `{\n${Array.from({ length: 60 }, (_, i) => `  "bogus${i}": 1,\n`).join('')}}\n`);
  const out = runAction(r, { NIANBAO_PATHS: 'reports' });
  assert.equal(out.code, 2);
  const listed = out.summary.split('\n').filter((l) => l.startsWith('- ❗ [`.nianbao.jsonc:'));
  assert.equal(listed.length, 50);
  assert.match(listed[0], /bogus0：未知的键/);
  assert.match(out.summary, /^- ❗ ……另有 10 个问题未列出（见运行日志）$/m);
  assert.ok(out.summary.includes('"bogus49"') && !out.summary.includes('"bogus50"'));
  const block = out.summary.slice(out.summary.indexOf('### ❗ 未能完成检查'));
  assert.match(block, /上面标有 ❗ 的配置文件问题使 nianbao 没有检查任何报告/);
  assert.doesNotMatch(block, /```text|bogus/);
  // Every problem is still annotated in the log.
  assert.equal(out.stdout.split('\n').filter((l) => l.startsWith('::error file=.nianbao.jsonc,')).length, 60);
});

/** A report with the example's 6 errors, 506 warnings (500 misspelt rule ids) and 1 notice. */
function bigReport() {
  const dir = tmp();
  let text = EXAMPLE.trimEnd() + '\n';
  for (let i = 0; i < 500; i++) text += `\n<!-- nianbao-disable-next-line row-lable -->\n正文第${i}段。\n`;
  writeFileSync(join(dir, 'big.md'), text);
  return dir;
}

test('markdown: a summary cut inside a report\'s findings names that report and how many of each severity it shows, with no empty section', async () => {
  const dir = bigReport();
  for (const [locale, closing] of [
    ['zh', (k) => `> 篇幅所限，另有 ${507 - k} 个问题未列出；其中 \`big.md\` 只列出了一部分：506 个警告中的 ${k} 个、1 个提示中的 0 个；完整结果见`],
    ['en', (k) => `> For length, ${507 - k} more findings not listed; \`big.md\` is listed only in part: ${k} of its 506 warnings, 0 of its 1 info shown; see`],
  ]) {
    const md = (await runCli(['check', '--format', 'markdown', '--locale', locale, 'big.md'], { cwd: dir })).stdout;
    const listed = md.split('\n').filter((l) => l.startsWith('- [')).length;
    const warnings = listed - 6;
    assert.ok(warnings > 10 && warnings < 506, `${warnings} warnings listed`);
    assert.ok(md.includes(closing(warnings)), md.slice(md.lastIndexOf('\n>')));
    // The notices' section, none of which fits, is not there empty.
    assert.doesNotMatch(md, /<summary>ℹ️/);
    for (const section of md.split('<details').slice(1)) assert.match(section.slice(0, section.indexOf('</details>')), /\n- \[/);
  }
});
