// A run failed by --max-warnings says why in the Markdown summary and a github annotation (found by breaker31).
// breaker31 #4: a run that --max-warnings fails (no error-severity finding) says why in the Markdown summary (also the
// GitHub step summary) and in a file-less `github` error annotation, instead of a ✅ and no reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CORPUS } from '../helpers.mjs';

// A real report with warnings and no errors.
const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');

const warningsOf = async () => {
  const d = JSON.parse((await runCli(['check', '--format', 'json', SEED3])).stdout).files[0].diagnostics;
  assert.equal(d.filter((x) => x.severity === 'error').length, 0, 'the report has no errors');
  return d.filter((x) => x.severity === 'warning').length;
};

test('markdown: over --max-warnings, the totals have no ✅ and say the limit (zh and en); within it, ✅ and no limit line', async () => {
  const w = await warningsOf();
  assert.ok(w >= 1);
  const zh = await runCli(['check', '--format', 'markdown', '--max-warnings', '0', SEED3]);
  assert.equal(zh.code, 1);
  const totals = zh.stdout.split('\n')[2];
  assert.doesNotMatch(totals, /✅/);
  assert.match(totals, new RegExp(`❌ ${w} 个警告，超过 --max-warnings 0`));
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', '--max-warnings', '0', SEED3]);
  assert.match(en.stdout.split('\n')[2], new RegExp(`❌ ${w} warning${w === 1 ? '' : 's'}, more than --max-warnings 0`));
  const quiet = await runCli(['check', '--format', 'markdown', '--quiet', '--max-warnings', '0', SEED3]);
  assert.match(quiet.stdout.split('\n')[2], /（--quiet 不列出警告，但照样计数），超过 --max-warnings 0/);
  const within = await runCli(['check', '--format', 'markdown', '--max-warnings', String(w), SEED3]);
  assert.equal(within.code, 0);
  assert.match(within.stdout.split('\n')[2], /✅ 0 个错误/);
  assert.doesNotMatch(within.stdout, /max-warnings/);
});

test('github: over --max-warnings, one file-less ::error says why, and the step summary says it too', async () => {
  const w = await warningsOf();
  const summary = join(mkdtempSync(join(tmpdir(), 'nb-maxw-')), 'summary.md');
  const r = await runCli(['check', '--format', 'github', '--max-warnings', '0', SEED3], { env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1);
  const limit = r.stdout.split('\n').filter((l) => l.startsWith('::error title=nianbao::'));
  assert.deepEqual(limit, [`::error title=nianbao::${w} 个警告，超过 --max-warnings 0`]);
  const md = readFileSync(summary, 'utf8');
  assert.doesNotMatch(md.split('\n')[2], /✅/);
  assert.match(md, /超过 --max-warnings 0/);
  const within = await runCli(['check', '--format', 'github', '--max-warnings', String(w), SEED3]);
  assert.doesNotMatch(within.stdout, /::error title=nianbao::/);
});
