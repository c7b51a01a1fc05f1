// How CI gets and runs nianbao (breaker 12): the action installs only what the CLI is built from, an install from
// the Git repository builds and packs dist/, the examples install nianbao pinned from its repository (it is not on
// the npm registry), keep exit code 2 through pipes, use current action and Node versions, upload SARIF only where
// the token may, and check only the reports a pull request changes: run here on a real Git history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';
import * as esbuild from 'esbuild';
import { ROOT } from '../helpers.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const action = yaml.load(read('action.yml'));
const ghWorkflow = yaml.load(read('examples/ci/github-workflow.yml'));
const glJob = yaml.load(read('examples/ci/gitlab-ci.yml')).nianbao;
const rdWorkflow = yaml.load(read('examples/ci/reviewdog.yml'));
const steps = (wf) => Object.values(wf.jobs).flatMap((j) => j.steps);

test('the action installs only the dependencies, which are all the CLI bundle is built from', async () => {
  const build = action.runs.steps.find((s) => /npm ci/.test(s.run ?? ''));
  assert.match(build.run, /npm ci --omit=dev --ignore-scripts/);
  assert.match(build.run, /npm run build:cli/);
  assert.equal(pkg.scripts['build:cli'], 'node esbuild.mjs --only=cli');
  // Every package the CLI bundle takes in (and esbuild, which makes it) is a dependency, not a devDependency.
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true,
    external: ['vscode', 'iconv-lite'], mainFields: ['module', 'main'], outfile: join(tmpdir(), 'nianbao-b12-cli.js'), logLevel: 'silent',
    define: { 'import.meta.url': '__u' },
  });
  const bundled = new Set(Object.keys(r.metafile.inputs).filter((p) => p.includes('node_modules/'))
    .map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p.slice(p.lastIndexOf('node_modules/')))[1]));
  const installed = (name) => {
    if (pkg.dependencies[name]) return true;
    // A dependency of a dependency (fdir, of tinyglobby; entities, of htmlparser2) comes with it.
    const lock = JSON.parse(read('package-lock.json'));
    return lock.packages[`node_modules/${name}`] && !lock.packages[`node_modules/${name}`].dev;
  };
  for (const name of bundled) assert.ok(installed(name), `${name} is bundled into dist/cli.js but is a devDependency`);
  assert.ok(pkg.dependencies.esbuild && pkg.dependencies['iconv-lite']);
  for (const heavy of ['playwright-core', '@vscode/vsce', 'typescript', 'mocha', '@vscode/test-electron']) assert.ok(!pkg.dependencies[heavy], heavy);
  assert.equal(pkg.engines.node, '>=20');
});

test('an install from Git builds dist/ (prepare) and packs it (.npmignore: not .gitignore, which leaves dist/ out)', () => {
  assert.equal(pkg.scripts.prepare, 'node esbuild.mjs --only=cli,server');
  assert.equal(pkg.files, undefined, 'vsce refuses a "files" list beside .vscodeignore');
  const p = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const files = JSON.parse(p.stdout)[0].files.map((f) => f.path);
  for (const f of ['bin/nianbao.js', 'bin/nianbao-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/language-server.js', 'package.json', 'schemas/nianbao.schema.json']) assert.ok(files.includes(f), f);
  assert.ok(!files.some((f) => /^(server|test|client|bench|node_modules|dist\/test)\//.test(f)), files.join(' '));
});

test('examples and docs install nianbao from its repository, pinned; never an unscoped `npx nianbao` from the registry', () => {
  const texts = ['examples/ci/github-workflow.yml', 'examples/ci/gitlab-ci.yml', 'examples/ci/reviewdog.yml', 'docs/pull-requests.md'].map((p) => [p, read(p)]);
  for (const [p, t] of texts) {
    assert.doesNotMatch(t, /npx (?:--yes |-y )?nianbao\b/, `${p}: npx nianbao would fetch an unrelated package from the registry`);
    for (const m of t.matchAll(/npx (?:--yes|-y) [^\n]*/g)) assert.match(m[0], /--package=github:nianbao\/nianbao#[\w.-]+ nianbao /, `${p}: ${m[0]}`);
  }
  // The README's CLI section runs npx inside a clone (the project's own bin); its CI line installs from Git.
  assert.doesNotMatch(read('README.md'), /npx (?:--yes|-y) nianbao\b/);
  assert.match(glJob.variables.NIANBAO, /^github:nianbao\/nianbao#v?\d/);
  assert.ok(glJob.script.some((l) => l.includes('npm install --prefix') && l.includes('"$NIANBAO"')));
  // (Never --global: npm builds a Git dependency there before installing its dependencies, npm/cli#8440, brk133 #1.)
  for (const [p, t] of texts) assert.doesNotMatch(t, /npm install --global/, p);
  assert.match(read('docs/pull-requests.md'), /不在 npm 仓库/);
  assert.match(read('docs/pull-requests.md'), /not on the npm registry/);
  assert.match(read('README.md'), /not on the npm registry/);
  assert.ok(steps(ghWorkflow).some((s) => /^nianbao\/nianbao@v\d/.test(String(s.uses))), 'the action at a release, not @main');
});

test('versions: Node 22 in the examples, current majors of checkout, setup-node and upload-sarif', () => {
  for (const wf of [ghWorkflow, rdWorkflow]) {
    for (const s of steps(wf)) {
      if (/^actions\/checkout@/.test(s.uses)) assert.equal(s.uses, 'actions/checkout@v7');
      if (/^actions\/setup-node@/.test(s.uses)) {
        assert.equal(s.uses, 'actions/setup-node@v7');
        assert.equal(s.with['node-version'], 22);
      }
    }
  }
  assert.equal(glJob.image, 'node:22');
  assert.equal(action.runs.steps.find((s) => String(s.uses).includes('upload-sarif')).uses, 'github/codeql-action/upload-sarif@v4');
  for (const old of ['node-version: 20', 'node:20', 'actions/checkout@v4', 'actions/setup-node@v4', 'upload-sarif@v3']) assert.ok(!read('docs/pull-requests.md').includes(old), old);
});

test('reviewdog: bash with pipefail; findings fail through reviewdog, exit 2 fails the job on its own', () => {
  const step = steps(rdWorkflow).find((s) => /reviewdog -f=rdjson/.test(s.run ?? ''));
  assert.equal(step.shell, 'bash');
  // Run the step's script with fake nianbao and reviewdog commands: exit 2 fails it even when reviewdog passes.
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-rd-b12-'));
  mkdirSync(join(dir, 'bin'));
  const fake = (name, body) => writeFileSync(join(dir, 'bin', name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  const run = (nianbaoExit, reviewdogExit) => {
    fake('npx', `echo '{"diagnostics":[]}'; exit ${nianbaoExit}`);
    fake('reviewdog', `cat > /dev/null; exit ${reviewdogExit}`);
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: dir, env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}` }, encoding: 'utf8' }).status;
  };
  assert.equal(run(0, 0), 0);
  assert.equal(run(1, 0), 0, 'findings only outside the added lines: reviewdog decides');
  assert.equal(run(1, 1), 1, 'findings on added lines: reviewdog fails the job');
  assert.equal(run(2, 0), 2, 'could not check everything: the job fails');
});

/**
 * A repository whose main branch has a report with a legacy error, and a pull-request branch that changes only a
 * correct report (and one outside reports/); `origin` is a bare clone, as actions/checkout with fetch-depth 0 leaves it.
 */
function prRepo({ changeReport = true } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'nianbao-pr-b12-'));
  const work = join(base, 'work');
  const git = (...args) => {
    const p = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: work, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    return p.stdout;
  };
  mkdirSync(join(work, 'reports'), { recursive: true });
  git('init', '-q');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(work, 'reports', '旧报告 2023.md'));
  writeFileSync(join(work, 'README.md'), 'reports\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  spawnSync('git', ['clone', '-q', '--bare', work, join(base, 'origin.git')]);
  git('remote', 'add', 'origin', join(base, 'origin.git'));
  git('fetch', '-q', 'origin');
  git('checkout', '-q', '-b', 'pr');
  if (changeReport) copyFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), join(work, 'reports', '新报告 2024.md'));
  writeFileSync(join(work, 'README.md'), 'reports, changed\n');
  git('add', '.');
  git('commit', '-q', '-m', 'pr');
  return work;
}

/** Runs the example's "Changed reports" step as GitHub would (bash -eo pipefail) and reads its `paths` output. */
function changedPaths(work) {
  const step = steps(ghWorkflow).find((s) => s.id === 'changed');
  const out = join(work, '..', 'github-output');
  writeFileSync(out, '');
  const p = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: work, env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, BASE_REF: 'main' }, encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const m = /^paths<<(\S+)\n([^]*?)^\1$/m.exec(readFileSync(out, 'utf8'));
  assert.ok(m, readFileSync(out, 'utf8'));
  return m[2].replace(/\n$/, '');
}

test('GitHub example: only the reports the pull request changes are checked; a legacy error elsewhere does not fail it', () => {
  const gh = steps(ghWorkflow);
  assert.equal(gh.find((s) => /^actions\/checkout@/.test(s.uses)).with['fetch-depth'], 0);
  const check = gh.find((s) => /^nianbao\/nianbao@/.test(String(s.uses)));
  assert.match(check.if, /steps\.changed\.outputs\.paths != ''/, 'no changed report: the check is skipped, not run on everything');
  assert.match(check.with.paths, /steps\.changed\.outputs\.paths/);
  assert.match(check.with['upload-sarif'], /github\.event\.pull_request\.head\.repo\.full_name == github\.repository/, 'no SARIF upload from forks');
  const work = prRepo();
  const paths = changedPaths(work);
  assert.equal(paths, 'reports/新报告 2024.md', 'a Chinese name with a space, as it is (core.quotePath=false)');
  // The action with that list: the changed report passes; the legacy one with errors is not checked.
  const summary = join(work, '..', 'summary.md');
  writeFileSync(summary, '');
  const res = spawnSync(process.execPath, [join(ROOT, 'action/run.mjs')], {
    cwd: work, encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: work, GITHUB_STEP_SUMMARY: summary, NIANBAO_PATHS: paths },
  });
  assert.equal(res.status, 0, res.stdout + res.stderr);
  assert.doesNotMatch(res.stdout, /旧报告/);
  assert.match(readFileSync(summary, 'utf8'), /检查了 1 个报告/);
  // No report changed: the list is empty, so the step's `if` skips the check.
  assert.equal(changedPaths(prRepo({ changeReport: false })), '');
});

test('GitLab example: the merge request\'s changed reports only; none changed is a pass with an empty Code Quality report', () => {
  assert.equal(glJob.variables.GIT_DEPTH, '0');
  const script = (work) => {
    const dir = join(work, '..', 'bin');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'nianbao'), `#!/bin/bash\nexec "${process.execPath}" "${join(ROOT, 'bin/nianbao.js')}" "$@"\n`, { mode: 0o755 });
    const base = spawnSync('git', ['merge-base', 'HEAD', 'origin/main'], { cwd: work, encoding: 'utf8' }).stdout.trim();
    const lines = glJob.script.filter((l) => !l.startsWith('npm install'));
    const p = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lines.join('\n')], {
      cwd: work, encoding: 'utf8', env: { PATH: `${dir}:${process.env.PATH}`, CI_MERGE_REQUEST_DIFF_BASE_SHA: base },
    });
    return { code: p.status, stdout: p.stdout, stderr: p.stderr, report: JSON.parse(readFileSync(join(work, 'gl-code-quality-report.json'), 'utf8')) };
  };
  const none = script(prRepo({ changeReport: false }));
  assert.equal(none.code, 0, none.stderr);
  assert.match(none.stdout, /没有改动的报告/);
  assert.deepEqual(none.report, []);
  const work = prRepo();
  const changed = script(work);
  assert.equal(changed.code, 0, changed.stdout + changed.stderr);
  assert.ok(changed.report.every((i) => i.location.path === 'reports/新报告 2024.md'), JSON.stringify(changed.report.slice(0, 2)));
  // A changed report with errors fails the job (exit 1), after both outputs are written.
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(work, 'reports', '新报告 2024.md'));
  const failing = script(work);
  assert.equal(failing.code, 1);
  assert.ok(failing.report.length > 0);
  assert.ok(readFileSync(join(work, 'nianbao-summary.md'), 'utf8').includes('新报告 2024.md'));
});
