// The GitHub Action (action.yml + action/run.mjs) on corpus reports, with the GitHub environment variables
// set as a runner sets them: annotations on stdout, the Markdown step summary, the step outputs, the SARIF
// file, and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { CORPUS, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const script = join(ROOT, 'action/run.mjs');

const action = yaml.load(readFileSync(join(ROOT, 'action.yml'), 'utf8'));


test('action.yml: a composite action whose check step runs action/run.mjs with the inputs it reads', () => {
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs).sort(), ['args', 'fail', 'paths', 'sarif-file', 'upload-sarif']);
  const check = action.runs.steps.find((s) => s.id === 'check');
  assert.match(check.run, /action\/run\.mjs/);
  assert.equal(check.shell, 'bash');
  assert.deepEqual(Object.keys(check.env).sort(), ['NIANBAO_ARGS', 'NIANBAO_FAIL', 'NIANBAO_PATHS', 'NIANBAO_SARIF_FILE']);
  const src = readFileSync(script, 'utf8');
  for (const k of Object.keys(check.env)) assert.ok(src.includes(`env.${k}`), `run.mjs reads ${k}`);
  const upload = action.runs.steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif'));
  assert.match(upload.if, /always\(\)/);
  assert.equal(upload.with.sarif_file, '${{ steps.check.outputs.sarif-file }}');
  for (const o of ['errors', 'warnings', 'exit-code', 'sarif-file']) assert.equal(action.outputs[o].value, `\${{ steps.check.outputs.${o} }}`);
});

test('the action annotates, writes the step summary and the outputs, and fails the step on errors', () => {
  const r = runner();
  const res = runAction(r, { NIANBAO_PATHS: 'reports' });
  assert.equal(res.code, 1, res.stderr);
  const cmds = res.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.ok(cmds.length >= 10);
  assert.ok(cmds.every((c) => /^::(error|warning|notice) file=reports\/[^,]+\.txt,line=\d+,col=\d+,endLine=\d+/.test(c)), cmds.find((c) => !/file=reports\//.test(c)));
  assert.ok(cmds.some((c) => c.startsWith('::error file=reports/kiro_hongze-district_2023.txt,line=154,') && c.includes('title=sum-review')));
  // Step summary: per report and table, with links to the commit.
  assert.match(res.summary, /^## nianbao 年报检查/);
  assert.match(res.summary, /### ❌ `reports\/kiro_hongze-district_2023\.txt`/);
  assert.match(res.summary, /\| 表四 \| 总计 = 维持 \+ 纠正 \+ 其他 \+ 尚未审结 \| ❌ \|/);
  assert.match(res.summary, /\(https:\/\/github\.com\/example\/reports\/blob\/deadbeef\/reports\/kiro_hongze-district_2023\.txt#L154\)/);
  // Outputs agree with the annotations.
  const n = (k) => cmds.filter((c) => c.startsWith(`::${k} `)).length;
  assert.deepEqual(res.outputs, { errors: String(n('error')), warnings: String(n('warning')), notices: String(n('notice')), 'exit-code': '1', 'sarif-file': '' });
});

test('the action writes valid SARIF when asked, with paths relative to the workspace; fail=false only reports', () => {
  const r = runner();
  const res = runAction(r, { NIANBAO_PATHS: 'reports/kiro_hongze-district_2023.txt\nreports/003_7487cbc35b761747.txt', NIANBAO_SARIF_FILE: 'out/nianbao.sarif', NIANBAO_FAIL: 'false' });
  assert.equal(res.code, 0);
  assert.equal(res.outputs['exit-code'], '1');
  const file = join(r.ws, 'out/nianbao.sarif');
  assert.equal(res.outputs['sarif-file'], file);
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv04({ strict: false });
  addFormats(ajv);
  assert.ok(ajv.validate(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas/sarif-schema-2.1.0.json'), 'utf8')), log), JSON.stringify(ajv.errors?.slice(0, 3)));
  const uris = new Set(log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris].sort(), ['reports/003_7487cbc35b761747.txt', 'reports/kiro_hongze-district_2023.txt']);
  // The summary is written once, not once per run.
  assert.equal(res.summary.split('## nianbao 年报检查').length - 1, 1);
});

test('extra args reach the CLI (--quiet, --max-warnings); a bad config fails the step with an error annotation', () => {
  const r = runner(['seeds/003_7487cbc35b761747.txt']);
  const warn = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--max-warnings 0' });
  assert.equal(warn.code, 1, 'seed 003 has warnings only: --max-warnings 0 fails the step');
  const quiet = runAction(runner(['seeds/003_7487cbc35b761747.txt']), { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--quiet --max-warnings 0' });
  assert.equal(quiet.code, 1, '--quiet does not list the warnings, but --max-warnings counts them (as ESLint)');
  // No finding is annotated with --quiet; the one annotation says why the step fails (breaker31 #4).
  assert.deepEqual(quiet.stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => l.replace(/\d+ 个警告/, 'N 个警告')), ['::error title=nianbao::N 个警告（--quiet 不列出警告，但照样计数），超过 --max-warnings 0']);
  const bad = runner(['seeds/003_7487cbc35b761747.txt']);
  writeFileSync(join(bad.ws, '.nianbao.jsonc'), '{ "rules": { "row-label": "loud" } }');
  const res = runAction(bad, { NIANBAO_PATHS: 'reports' });
  assert.equal(res.code, 2);
  // The CLI's github format annotates each problem at its line of the config (brk108 #3), in Chinese unless --locale
  // en (NIANBAO_ARGS) or NIANBAO_LOCALE=en says otherwise; the action adds none of its own (once, not twice).
  assert.deepEqual(res.stdout.split('\n').filter((l) => l.startsWith('::')), ['::error file=.nianbao.jsonc,line=1,col=27,title=nianbao::配置文件有误，未检查任何报告：rules.row-label：应为以下之一："off", "info", "warning", "error"，实为 "loud"']);
  assert.equal(res.outputs['exit-code'], '2');
  assert.ok(!existsSync(join(bad.ws, 'nianbao.sarif')));
});

// helper-216 #2: the paths reached the CLI without `--`: a report named `-dash.md` stopped the run ("unknown option
// -d", nothing checked), and one named `--quiet` became the option (the whole workspace checked quietly, not it).
test('a path that starts with a dash is a path, not an option', () => {
  for (const name of ['-dash.md', '--quiet']) {
    // At the checkout's root, as `git diff --name-only` prints it; another report beside it in reports/.
    const r = runner(['seeds/001_417062a3286660b0.txt']);
    copyFileSync(join(CORPUS, 'seeds/003_7487cbc35b761747.txt'), join(r.ws, name));
    const res = runAction(r, { NIANBAO_PATHS: name });
    assert.equal(res.code, 0, `${name}: ${res.stdout}`);
    assert.equal(res.outputs['exit-code'], '0', name);
    // Seed 003's warnings are annotated on that file, and only it was checked (seed 001 has an error).
    const on = res.stdout.split('\n').filter((l) => /^::(?:warning|error|notice) file=/.test(l));
    assert.ok(on.length > 0 && on.every((l) => l.includes(` file=${name},`)), `${name}: ${on.join('\n')}`);
  }
});

// helper-216 #7: with `"locale": "en"` in the config, the CLI's part of the step summary was in English and the action's
// own block ("could not be completed") in Chinese.
test('the action\'s own lines follow the locale the CLI ran in: a config\'s `locale` too', () => {
  const r = runner(['seeds/003_7487cbc35b761747.txt']);
  writeFileSync(join(r.ws, '.nianbao.jsonc'), '{ "locale": "en" }');
  const res = runAction(r, { NIANBAO_PATHS: 'reports\nmissing.md' });
  assert.equal(res.code, 2);
  assert.match(res.summary, /The check could not be completed \(exit code 2\)/);
  assert.doesNotMatch(res.summary, /未能完成检查|年报检查/);
});

test('examples/ci: a GitHub workflow using the action, a GitLab Code Quality job and a reviewdog setup', () => {
  const gh = yaml.load(readFileSync(join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8'));
  const steps = Object.values(gh.jobs).flatMap((j) => j.steps);
  assert.ok(steps.some((s) => /nianbao/.test(String(s.uses)) && s.with?.paths));
  assert.equal(Object.values(gh.jobs)[0].permissions['security-events'], 'write');
  const gl = yaml.load(readFileSync(join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8'));
  const job = Object.values(gl).find((j) => j?.artifacts?.reports?.codequality);
  assert.ok(job.script.some((l) => l.includes('--format gitlab')));
  const rd = yaml.load(readFileSync(join(ROOT, 'examples/ci/reviewdog.yml'), 'utf8'));
  const run = Object.values(rd.jobs).flatMap((j) => j.steps).map((s) => s.run ?? '').join('\n');
  assert.match(run, /--format rdjson[\s\S]*reviewdog -f=rdjson/);
});
