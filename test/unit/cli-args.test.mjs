// Arguments as the user typed them: a report outside the working directory is named by the relative path typed
// (`../2024.md`), not by its absolute path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-args-'));
const ERRORS_2024 = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

test('a report outside the working directory is named by the relative path typed: findings, json, stderr, last year\'s report', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'work'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'e24.md'), ERRORS_2024);
  const cwd = join(dir, 'work');
  const text = await runCli(['check', '../e24.md'], { cwd });
  assert.match(text.stdout, /^\.\.\/e24\.md:36:3  warning  format-mixed/m);
  assert.doesNotMatch(text.stdout, new RegExp(dir));
  const json = JSON.parse((await runCli(['check', '--format', 'json', '../e24.md', '../reports'], { cwd })).stdout);
  assert.deepEqual(json.files.map((f) => f.path), ['../e24.md']);
  // A folder typed relatively, a glob, and last year's report found beside the file: named the same way.
  const y23 = core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$12');
  writeFileSync(join(dir, 'reports/某某局2023年报.md'), y23);
  writeFileSync(join(dir, 'reports/某某局2024年报.md'), core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' }));
  const folder = await runCli(['check', '../reports'], { cwd });
  assert.match(folder.stdout, /^\.\.\/reports\/某某局2024年报\.md:\d+:\d+  error    carry-over/m);
  assert.match(folder.stderr, /上年度（2023 年度）报告：\.\.\/reports\/某某局2023年报\.md（在同一文件夹中找到/);
  const glob = await runCli(['check', '../reports/*2024*.md'], { cwd });
  assert.match(glob.stdout, /^\.\.\/reports\/某某局2024年报\.md:/m);
  // Typed absolute: printed absolute, as before.
  const abs = await runCli(['check', join(dir, 'e24.md')], { cwd });
  assert.match(abs.stdout, new RegExp(`^${join(dir, 'e24.md')}:36:3`, 'm'));
  // SARIF: outside the checkout, a file URI (not %SRCROOT%/../e24.md).
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '../e24.md'], { cwd })).stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, `file://${join(dir, 'e24.md')}`);
});
