// The CLI options of the review issue on real reports: --quiet, --max-warnings, colours only on a terminal
// (--no-color, NO_COLOR), the progress line on a terminal's stderr, and the exit codes 0/1/2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, runCli, CORPUS } from '../helpers.mjs';

const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');
const HONGZE = join(CORPUS, 'peers/kiro_hongze-district_2023.txt');
const ESC = '\x1b[';

/** Runs the CLI in-process with terminal flags. */
async function runTty(argv, { isTTY = false, errIsTTY = false, env = {} } = {}) {
  let stdout = '', stderr = '';
  const code = await cli.run(argv, { cwd: CORPUS, env, isTTY, errIsTTY, out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const counts = async (file) => {
  const d = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout).files[0].diagnostics;
  return { errors: d.filter((x) => x.severity === 'error').length, warnings: d.filter((x) => x.severity === 'warning').length, all: d.length };
};

test('--quiet: only error-severity findings are reported, in every format', async () => {
  const c = await counts(HONGZE);
  assert.ok(c.errors >= 2 && c.all > c.errors);
  const q = JSON.parse((await runCli(['check', '--format', 'json', '--quiet', HONGZE])).stdout).files[0].diagnostics;
  assert.equal(q.length, c.errors);
  assert.ok(q.every((d) => d.severity === 'error'));
  const gl = JSON.parse((await runCli(['check', '--format', 'gitlab', '--quiet', HONGZE])).stdout);
  assert.ok(gl.every((x) => x.severity === 'major'));
  // Seed 003 has warnings and info only: nothing listed, exit 0; the summary line still counts them (breaker23).
  const s3 = await runCli(['check', '--quiet', SEED3]);
  assert.equal(s3.code, 0);
  assert.match(s3.stdout, /^检查了 1 个文件：0 个错误，7 个警告，2 个提示（--quiet：只列出错误）\n$/);
});

test('--max-warnings N: exit 1 when the warnings are more than N, 0 when not; bad values are usage errors', async () => {
  const { warnings, errors } = await counts(SEED3);
  assert.equal(errors, 0);
  assert.ok(warnings >= 6);
  assert.equal((await runCli(['check', SEED3])).code, 0);
  assert.equal((await runCli(['check', '--max-warnings', String(warnings), SEED3])).code, 0);
  const over = await runCli(['check', '--max-warnings', String(warnings - 1), SEED3], { env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(over.code, 1);
  assert.match(over.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
  const quiet = await runCli(['check', '--max-warnings', '0', '--quiet', SEED3], { env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(quiet.code, 1, '--quiet does not list the warnings, but --max-warnings counts them (as ESLint)');
  assert.match(quiet.stderr, new RegExp(`${warnings} warnings \\(not listed with --quiet, but counted\\), more than --max-warnings 0`));
  assert.equal((await runCli(['check', '--max-warnings', String(warnings), '--quiet', SEED3])).code, 0);
  for (const bad of ['-1', 'many', '1.5']) {
    const r = await runCli(['check', `--max-warnings=${bad}`, SEED3], { env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--max-warnings takes a whole number/);
  }
});

test('exit codes: 1 for errors, 2 when the tool cannot run (bad option value, bad config) even with findings', async () => {
  assert.equal((await runCli(['check', HONGZE])).code, 1);
  assert.equal((await runCli(['check', '--format', 'sarif', '--config', join(CORPUS, 'README.md'), HONGZE])).code, 2);
  assert.equal((await runCli(['check', '--nope', HONGZE])).code, 2);
});

test('colours only on a terminal: --no-color and NO_COLOR turn them off there', async () => {
  const tty = await runTty(['check', SEED3], { isTTY: true });
  assert.ok(tty.stdout.includes(`${ESC}33m`), 'warnings in yellow on a terminal');
  assert.ok(!(await runTty(['check', SEED3], { isTTY: false })).stdout.includes(ESC), 'no colour into a pipe');
  assert.ok(!(await runTty(['check', '--no-color', SEED3], { isTTY: true })).stdout.includes(ESC));
  assert.ok(!(await runTty(['check', SEED3], { isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC));
  // FORCE_COLOR colours a pipe too (CI logs that render them); FORCE_COLOR=0 turns them off; NO_COLOR wins (helper-216).
  assert.ok((await runTty(['check', SEED3], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout.includes(`${ESC}33m`));
  assert.ok(!(await runTty(['check', SEED3], { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout.includes(ESC));
  assert.ok(!(await runTty(['check', SEED3], { isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout.includes(ESC));
  // Machine formats never carry colour codes.
  for (const f of ['json', 'sarif', 'github', 'gitlab', 'rdjson', 'markdown']) {
    assert.ok(!(await runTty(['check', '--format', f, SEED3], { isTTY: true })).stdout.includes(ESC), f);
  }
});

test('progress: a line redrawn on a terminal\'s stderr for long runs, cleared at the end; never into a pipe or on CI', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-progress-'));
  for (const f of readdirSync(join(CORPUS, 'peers')).filter((x) => x.endsWith('.txt'))) copyFileSync(join(CORPUS, 'peers', f), join(dir, f));
  const n = readdirSync(dir).length;
  const env = { NIANBAO_PROGRESS_AFTER_MS: '0' };
  const tty = await runTty(['check', '--format', 'json', dir], { errIsTTY: true, env });
  assert.ok(tty.stderr.includes(`\r\x1b[Knianbao：1/${n} `), 'starts with the first file');
  assert.ok(tty.stderr.endsWith('\r\x1b[K'), 'cleared at the end');
  assert.ok(!tty.stdout.includes('\r'), 'stdout is untouched');
  assert.equal(JSON.parse(tty.stdout).files.length, n);
  // (stderr also carries other notes, e.g. which last-year report was found: only the progress line uses \r.)
  assert.ok(!(await runTty(['check', '--format', 'json', dir], { errIsTTY: false, env })).stderr.includes('\r'));
  assert.ok(!(await runTty(['check', '--format', 'json', dir], { errIsTTY: true, env: { ...env, CI: 'true' } })).stderr.includes('\r'));
  // A short run (the default half-second threshold) shows nothing.
  assert.ok(!(await runTty(['check', '--format', 'json', SEED3, HONGZE], { errIsTTY: true })).stderr.includes('\r'));
});
