// Running the GitHub Action's script (action/run.mjs) as a runner would, for the action tests: a checkout with
// corpus reports under reports/, and the files and environment variables a GitHub runner provides.
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CORPUS, ROOT } from './helpers.mjs';

const script = join(ROOT, 'action/run.mjs');

/**
 * A checkout with the given corpus reports under reports/ (each a corpus path, named by its basename, or
 * `[corpus path, name]`), and an empty step summary and output file beside it. Returns their paths.
 */
export function runner(reports = ['seeds/001_417062a3286660b0.txt', 'seeds/003_7487cbc35b761747.txt', 'peers/kiro_hongze-district_2023.txt']) {
  const ws = mkdtempSync(join(tmpdir(), 'nianbao-action-'));
  mkdirSync(join(ws, 'reports'));
  for (const r of reports) {
    const [from, name] = Array.isArray(r) ? r : [r, r.split('/').pop()];
    copyFileSync(join(CORPUS, from), join(ws, 'reports', name));
  }
  const summary = join(ws, '..', `${ws.split('/').pop()}-summary.md`);
  const output = join(ws, '..', `${ws.split('/').pop()}-output.txt`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return { ws, summary, output };
}

/**
 * Runs the action's script in checkout `r` with the GitHub variables set and the action's `inputs` (NIANBAO_* as
 * action.yml passes them): its exit code, stdout, stderr, the step summary written and the step outputs.
 */
export function runAction(r, inputs) {
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: r.ws, GITHUB_STEP_SUMMARY: r.summary, GITHUB_OUTPUT: r.output,
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/reports', GITHUB_SHA: 'deadbeef',
    ...inputs,
  };
  const p = spawnSync(process.execPath, [script], { cwd: r.ws, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(r.output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { code: p.status, stdout: p.stdout, stderr: p.stderr, summary: readFileSync(r.summary, 'utf8'), outputs };
}
