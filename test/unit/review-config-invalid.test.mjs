// A bad `.nianbao.jsonc` stops the run before any report is checked (exit code 2). The review formats used to print
// nothing at all (brk108 #3): the GitLab example kept a 0-byte Code Quality report (not JSON), the Markdown summary was
// empty and a direct `--format github` step showed no annotation. Each now prints a whole document that says so at the
// config's lines; json and text print nothing on stdout (the JSON contract has no place for it), as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, ROOT } from '../helpers.mjs';

/** The config of the tester's repro (a misspelt rule id on line 1) and a second problem on line 3. */
const BAD = '{\n  "rules": { "row-lable": "off" },\n  "locale": "fr"\n}\n';

/** A checkout with a report under reports/ and `config` as its `.nianbao.jsonc` (text, or a folder when null). */
function workspace(config = BAD) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-badcfg-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'reports/r.md'));
  if (config === null) mkdirSync(join(dir, '.nianbao.jsonc'));
  else writeFileSync(join(dir, '.nianbao.jsonc'), config);
  return dir;
}

const check = (format, dir, env = {}, args = []) => runCli(['check', '--format', format, ...args, 'reports'], { cwd: dir, env });

function validator(name) {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas', name), 'utf8')));
}

test('gitlab: a bad config is a Code Quality report (valid JSON) with a blocker nianbao/config-invalid at each problem\'s line', async () => {
  const dir = workspace();
  const r = await check('gitlab', dir);
  assert.equal(r.code, 2, 'a bad config is still exit code 2');
  const issues = JSON.parse(r.stdout);
  assert.deepEqual(issues.map((x) => [x.check_name, x.severity, x.location.path, x.location.lines.begin]), [
    ['nianbao/config-invalid', 'blocker', '.nianbao.jsonc', 2],
    ['nianbao/config-invalid', 'blocker', '.nianbao.jsonc', 3],
  ]);
  assert.match(issues[0].description, /^配置文件有误，未检查任何报告：rules\.row-lable：没有规则 "row-lable"（是否想写 "row-label"？）/);
  assert.deepEqual(issues[0].categories, ['Bug Risk']);
  // The fingerprint is the problem's, not its line's: a line added above it does not make it a new issue.
  const moved = workspace(`// 省级配置\n${BAD}`);
  const again = JSON.parse((await check('gitlab', moved)).stdout);
  assert.deepEqual(again.map((x) => x.location.lines.begin), [3, 4]);
  assert.deepEqual(again.map((x) => x.fingerprint), issues.map((x) => x.fingerprint));
  assert.equal(new Set(issues.map((x) => x.fingerprint)).size, 2);
  // The stderr lines are as they were.
  assert.match(r.stderr, /^nianbao：配置文件 \.nianbao\.jsonc 有误：\n\.nianbao\.jsonc:2:14: rules\.row-lable：/);
});

test('github: an ::error annotation at each problem\'s place in the config; the step summary says no report was checked', async () => {
  const dir = workspace();
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '');
  const r = await check('github', dir, { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' });
  assert.equal(r.code, 2);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), [
    '::error file=.nianbao.jsonc,line=2,col=14,title=nianbao::配置文件有误，未检查任何报告：rules.row-lable：没有规则 "row-lable"（是否想写 "row-label"？）；应为规则 id，如 "section-missing"、"section-order"、"section-title"（见规则目录）',
    '::error file=.nianbao.jsonc,line=3,col=13,title=nianbao::配置文件有误，未检查任何报告：locale：应为以下之一："zh", "en"，实为 "fr"',
  ]);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^## nianbao 年报检查\n\n❗ 配置文件 `\.nianbao\.jsonc` 有误，未检查任何报告（退出码 2）：\n/);
  assert.match(md, /^- ❗ \[`\.nianbao\.jsonc:3:13`\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/\.nianbao\.jsonc#L3\): locale：应为以下之一："zh", "en"，实为 "fr"$/m);
  assert.doesNotMatch(md, /检查了 0 个/, 'no count of reports that makes it look like an empty pass');
});

test('sarif: a valid SARIF 2.1.0 run without results, an error toolExecutionNotification at each problem in the config', async () => {
  const dir = workspace();
  const r = await check('sarif', dir, { GITHUB_WORKSPACE: dir });
  assert.equal(r.code, 2);
  const log = JSON.parse(r.stdout);
  const validate = validator('sarif-schema-2.1.0.json');
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  const run = log.runs[0];
  assert.deepEqual(run.results, []);
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.deepEqual(run.invocations[0].toolExecutionNotifications.map((n) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri, n.locations[0].physicalLocation.region]), [
    ['error', '.nianbao.jsonc', { startLine: 2, startColumn: 14 }],
    ['error', '.nianbao.jsonc', { startLine: 3, startColumn: 13 }],
  ]);
  assert.equal(run.invocations[0].toolExecutionNotifications[1].message.text, 'invalid config, no report was checked: locale: expected one of "zh", "en", got "fr"');
});

test('rdjson and markdown: an ERROR diagnostic on each problem\'s line; the ❗ lines of the summary (in English with --locale en)', async () => {
  const dir = workspace();
  const rd = await check('rdjson', dir, {}, ['--locale', 'en']);
  assert.equal(rd.code, 2);
  const doc = JSON.parse(rd.stdout);
  const validate = validator('rdjson-DiagnosticResult.json');
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.deepEqual(doc.diagnostics.map((d) => [d.severity, d.code.value, d.location.path, d.location.range.start.line]), [
    ['ERROR', 'nianbao/config-invalid', '.nianbao.jsonc', 2],
    ['ERROR', 'nianbao/config-invalid', '.nianbao.jsonc', 3],
  ]);
  assert.match(doc.diagnostics[0].message, /^invalid config, no report was checked: rules\.row-lable: unknown rule "row-lable" \(did you mean "row-label"\?\)/);
  const md = await check('markdown', dir, {}, ['--locale', 'en']);
  assert.equal(md.code, 2);
  assert.equal(md.stdout, [
    '## nianbao report check',
    '',
    '❗ Invalid config `.nianbao.jsonc`: no report was checked (exit code 2).',
    '',
    '- ❗ [`.nianbao.jsonc:2:14`](.nianbao.jsonc#L2): rules.row-lable: unknown rule "row-lable" (did you mean "row-label"?); expected a rule id such as "section-missing", "section-order", "section-title" (see the rule catalogue)',
    '- ❗ [`.nianbao.jsonc:3:13`](.nianbao.jsonc#L3): locale: expected one of "zh", "en", got "fr"',
    '',
  ].join('\n'));
});

test('json and text print nothing on stdout for a bad config (the contract has no place for it); exit code 2 and stderr as before', async () => {
  const dir = workspace();
  for (const format of ['json', 'text']) {
    const r = await check(format, dir);
    assert.equal(r.code, 2, format);
    assert.equal(r.stdout, '', format);
    assert.match(r.stderr, /^nianbao：配置文件 \.nianbao\.jsonc 有误：/, format);
  }
});

test('a config that cannot be read at all (a folder named .nianbao.jsonc, --config naming a file that is not JSON) is reported at the file', async () => {
  const dir = workspace(null);
  const gl = JSON.parse((await check('gitlab', dir)).stdout);
  assert.deepEqual(gl.map((x) => [x.check_name, x.location.path, x.location.lines.begin, x.description]), [['nianbao/config-invalid', '.nianbao.jsonc', 1, '配置文件有误，未检查任何报告：无法读取配置文件（是文件夹，不是文件）']]);
  const gh = await check('github', dir);
  assert.equal(gh.stdout, '::error file=.nianbao.jsonc,title=nianbao::配置文件有误，未检查任何报告：无法读取配置文件（是文件夹，不是文件）\n');
  const sarif = JSON.parse((await check('sarif', dir)).stdout).runs[0].invocations[0].toolExecutionNotifications;
  assert.deepEqual(sarif.map((n) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri, n.locations[0].physicalLocation.region]), [['error', '.nianbao.jsonc', undefined]]);
  // --config FILE: the file named is where the problems are.
  const other = workspace('{}');
  mkdirSync(join(other, 'ci cfg'));
  writeFileSync(join(other, 'ci cfg/x.jsonc'), '{ "ignore": "drafts" }');
  const r = await check('gitlab', other, {}, ['--config', 'ci cfg/x.jsonc']);
  assert.equal(r.code, 2);
  assert.deepEqual(JSON.parse(r.stdout).map((x) => [x.location.path, x.location.lines.begin]), [['ci cfg/x.jsonc', 1]]);
});
