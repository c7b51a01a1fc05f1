// GitHub code scanning rejects a SARIF run of more than 25,000 results whole ("rejected due to result limits"): a
// push run over 2,000 reports gave 26,000 (brk108 #2). The GitHub Action's upload keeps the most severe 25,000 and says
// how many it left out, in a SARIF notification, a warning annotation and the step summary; `--format sarif` itself
// lists every finding (the README says so for users of the CLI). The limit is lowered here to keep the runs small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, runCli, CORPUS, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const FILES = ['seeds/001_417062a3286660b0.txt', 'seeds/003_7487cbc35b761747.txt', 'peers/kiro_hongze-district_2023.txt'];

/** `nianbao check --format sarif FILES` as the Action runs it for code scanning, with at most `maxResults` results. */
async function forCodeScanning(maxResults) {
  let out = '';
  const cuts = [];
  const code = await cli.run(['check', '--format', 'sarif', ...FILES], { cwd: CORPUS, env: {}, isTTY: false, out: (s) => (out += s), err: () => {}, codeScanning: { maxResults, onCut: (c) => cuts.push(c) } });
  return { code, run: JSON.parse(out).runs[0], cuts };
}

test('sarif for code scanning: over the limit, the most severe results are kept (errors, then warnings, then notes) and a notification says how many were left out', async () => {
  const all = JSON.parse((await runCli(['check', '--format', 'sarif', ...FILES], { cwd: CORPUS })).stdout).runs[0].results;
  const count = (rs, level) => rs.filter((x) => x.level === level).length;
  const errors = count(all, 'error'), warnings = count(all, 'warning'), notes = count(all, 'note');
  assert.ok(errors > 0 && warnings > 2, `a mix of levels: ${errors} errors, ${warnings} warnings, ${notes} notes`);
  const max = errors + 2;
  const { code, run, cuts } = await forCodeScanning(max);
  assert.equal(code, 1, 'the exit code is the findings\', not the cap\'s');
  assert.equal(run.results.length, max);
  assert.equal(count(run.results, 'error'), errors, 'every error kept');
  assert.equal(count(run.results, 'warning'), 2);
  // Those kept are in the run's order (file by file), the first warnings of it.
  const key = (x) => x.partialFingerprints['nianbao/v1'];
  const keptKeys = new Set(run.results.map(key));
  assert.deepEqual(all.filter((x) => keptKeys.has(key(x))).map(key), run.results.map(key));
  assert.deepEqual(all.filter((x) => x.level === 'warning').slice(0, 2).map(key), run.results.filter((x) => x.level === 'warning').map(key));
  assert.deepEqual(cuts, [{ total: all.length, kept: max, left: { error: 0, warning: warnings - 2, note: notes } }]);
  const n = run.invocations[0].toolExecutionNotifications;
  assert.equal(n.length, 1);
  assert.equal(n[0].level, 'warning');
  assert.equal(n[0].message.text, `GitHub code scanning takes at most ${max} results per run: the ${max} most severe of the run's ${all.length} are kept, ${all.length - max} left out (${warnings - 2} warnings${notes ? `, ${notes} note${notes === 1 ? '' : 's'}` : ''}). \`nianbao check --format json\` lists every finding.`);
  assert.equal(run.invocations[0].executionSuccessful, true, 'a warning notification: the run itself succeeded');
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas/sarif-schema-2.1.0.json'), 'utf8')));
  assert.ok(validate({ version: '2.1.0', runs: [run] }), JSON.stringify(validate.errors?.slice(0, 3)));
  // Within the limit (GitHub's 25,000 by default), nothing is cut or said.
  const whole = await forCodeScanning(undefined);
  assert.equal(whole.run.results.length, all.length);
  assert.deepEqual(whole.cuts, []);
  assert.deepEqual(whole.run.invocations[0].toolExecutionNotifications, []);
});

test('the action: the SARIF it uploads leaves suppressed findings out and keeps the most severe results within the limit; the annotation and step summary say how many were left out', () => {
  const r = runner(FILES);
  const plain = runAction(runner(FILES), { NIANBAO_PATHS: 'reports', NIANBAO_SARIF_FILE: 'nianbao.sarif' });
  const all = JSON.parse(readFileSync(plain.outputs['sarif-file'], 'utf8')).runs[0].results;
  assert.doesNotMatch(plain.summary + plain.stdout, /code scanning 每次运行最多/, 'within the limit nothing is said');
  // A finding suppressed in a report is not uploaded (code scanning would show it as an open alert).
  const sup = runner([]);
  const errors = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  const row = errors.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  writeFileSync(join(sup.ws, 'reports/r.md'), errors.replace(row, `${row} <!-- nianbao-disable-next-line row-label -->`));
  const supRes = runAction(sup, { NIANBAO_PATHS: 'reports', NIANBAO_SARIF_FILE: 'nianbao.sarif' });
  const uploaded = JSON.parse(readFileSync(supRes.outputs['sarif-file'], 'utf8')).runs[0].results;
  assert.ok(uploaded.length > 5 && !uploaded.some((x) => x.ruleId === 'row-label' || x.suppressions.length));
  const res = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_SARIF_FILE: 'nianbao.sarif', NIANBAO_SARIF_MAX_RESULTS: '10' });
  assert.equal(res.code, 1);
  const run = JSON.parse(readFileSync(res.outputs['sarif-file'], 'utf8')).runs[0];
  assert.equal(run.results.length, 10);
  const left = all.length - 10;
  const rank = { error: 0, warning: 1, note: 2 };
  const levels = (rs) => rs.map((x) => x.level).sort((a, b) => rank[a] - rank[b]);
  assert.deepEqual(levels(run.results), levels(all).slice(0, 10), 'the 10 most severe');
  assert.match(res.stdout, new RegExp(`^::warning title=nianbao::GitHub code scanning 每次运行最多接收 10 个结果：上传的 SARIF 保留了全部 ${all.length} 个中最严重的 10 个，另有 ${left} 个未上传（`, 'm'));
  assert.match(res.summary, new RegExp(`^> \\[!WARNING\\]\\n> GitHub code scanning 每次运行最多接收 10 个结果：上传的 SARIF 保留了全部 ${all.length} 个中最严重的 10 个，另有 ${left} 个未上传（[^）]*）。完整结果见 \`nianbao check --format json\`。$`, 'm'));
  // The step's outputs still count every finding (the annotations are the github format's, not the SARIF's).
  assert.equal(Number(res.outputs.errors) + Number(res.outputs.warnings) + Number(res.outputs.notices), all.length);
});
