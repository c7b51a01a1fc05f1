// CLI runs: --fix-dry-run with a machine format, one language for the run's own text, --quiet --max-warnings
// counting what it does not list (found by breaker12).
// `nianbao check` runs after the twelfth breaker's report: --fix-dry-run with a machine format keeps that format on
// stdout (the diff on stderr), the run's own text takes one language whatever the order of the files, and
// --quiet --max-warnings counts the warnings it does not list (as ESLint does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-b12-'));
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** A 2024 report with one misspelled row label (a fixable warning) and no error. */
const MISSPELLED = CORRECT.replace('| 4.保护第三方合法权益', '| 4.保护第三方合法权利');
const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

test('--fix-dry-run with a machine format: the format on stdout, the diff on stderr (text: the diff on stdout); --fix too', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'r-2024.md'), ERRORS);
  for (const format of ['json', 'sarif', 'gitlab', 'rdjson']) {
    const r = await runCli(['check', '--fix-dry-run', '--format', format, 'r-2024.md'], { cwd: dir });
    assert.equal(r.code, 1, format);
    assert.doesNotThrow(() => JSON.parse(r.stdout), `${format}: stdout is one JSON document`);
    assert.match(r.stderr, /^--- r-2024\.md/m, `${format}: the diff on stderr`);
    assert.match(r.stderr, /^\+\| 4\.无正当理由大量反复申请/m);
  }
  const md = await runCli(['check', '--fix-dry-run', '--format', 'markdown', 'r-2024.md'], { cwd: dir });
  assert.match(md.stdout, /^## nianbao 年报检查/);
  assert.doesNotMatch(md.stdout, /^@@/m);
  assert.match(md.stderr, /^@@/m);
  const gh = await runCli(['check', '--fix-dry-run', '--format', 'github', 'r-2024.md'], { cwd: dir });
  assert.match(gh.stdout, /^::error file=r-2024\.md/m);
  assert.doesNotMatch(gh.stdout, /^@@/m);
  // text: the patch is the output (`--fix-dry-run f > f.patch`), the findings on stderr, as before.
  const text = await runCli(['check', '--fix-dry-run', 'r-2024.md'], { cwd: dir });
  assert.match(text.stdout, /^--- r-2024\.md/m);
  assert.match(text.stderr, /row-missing/);
  assert.equal(readFileSync(join(dir, 'r-2024.md'), 'utf8'), ERRORS, 'nothing written');
  // --fix with a machine format: the files are written and stdout is the format of what remains.
  writeFileSync(join(dir, 'fix-2024.md'), MISSPELLED);
  const fixed = await runCli(['check', '--fix', '--format', 'sarif', 'fix-2024.md'], { cwd: dir });
  assert.equal(fixed.code, 0);
  assert.deepEqual(JSON.parse(fixed.stdout).runs[0].results, []);
  assert.equal(readFileSync(join(dir, 'fix-2024.md'), 'utf8'), CORRECT);
});

/** A root config in Chinese with a county folder whose own config is in English. */
function nested() {
  const dir = tmp();
  mkdirSync(join(dir, 'county-a'));
  mkdirSync(join(dir, 'county-b'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "locale": "zh" }');
  writeFileSync(join(dir, 'county-a/.nianbao.jsonc'), '{ "locale": "en" }');
  writeFileSync(join(dir, 'county-a/r-2024.md'), MISSPELLED);
  writeFileSync(join(dir, 'county-b/r-2024.md'), MISSPELLED);
  return dir;
}

test('the run\'s own text has one language whatever the order of the files; each finding keeps its file\'s', async () => {
  const dir = nested();
  const ab = await runCli(['check', 'county-a/r-2024.md', 'county-b/r-2024.md'], { cwd: dir });
  const ba = await runCli(['check', 'county-b/r-2024.md', 'county-a/r-2024.md'], { cwd: dir });
  const last = (r) => r.stdout.trimEnd().split('\n').at(-1);
  // Files under different configs: the config of the working directory (zh here).
  assert.match(last(ab), /^检查了 2 个文件/);
  assert.equal(last(ba), last(ab));
  assert.match(ab.stdout, /^county-a\/r-2024\.md:\d+:\d+ +warning +row-label +Row label/m, 'county-a\'s finding in English');
  assert.match(ab.stdout, /^county-b\/r-2024\.md:\d+:\d+ +warning +row-label +行标签/m, 'county-b\'s finding in Chinese');
  const mdAb = await runCli(['check', '--format', 'markdown', 'county-a/r-2024.md', 'county-b/r-2024.md'], { cwd: dir });
  const mdBa = await runCli(['check', '--format', 'markdown', 'county-b/r-2024.md', 'county-a/r-2024.md'], { cwd: dir });
  assert.match(mdAb.stdout, /^## nianbao 年报检查$/m);
  assert.match(mdBa.stdout, /^## nianbao 年报检查$/m);
  // From inside county-a (its config in English) the same two files: English, in either order.
  const fromA = await runCli(['check', '../county-b/r-2024.md', 'r-2024.md'], { cwd: join(dir, 'county-a') });
  assert.match(last(fromA), /^2 files checked/);
  // All files under one config: that config's language, wherever the run starts.
  const onlyA = await runCli(['check', 'county-a'], { cwd: dir });
  assert.match(last(onlyA), /^1 file checked/);
  // --locale wins over every config.
  assert.match(last(await runCli(['check', '--locale', 'en', 'county-b/r-2024.md', 'county-a/r-2024.md'], { cwd: dir })), /^2 files checked/);
  // The --max-warnings line on stderr follows the run's language too.
  const over = await runCli(['check', '--max-warnings', '0', 'county-a/r-2024.md', 'county-b/r-2024.md'], { cwd: dir });
  assert.equal(over.stderr, 'nianbao：2 个警告，超过 --max-warnings 0\n');
});

test('--quiet --max-warnings: the warnings are not listed but still counted (exit 1, said on stderr)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'r-2024.md'), MISSPELLED);
  const r = await runCli(['check', '--quiet', '--max-warnings', '0', '--locale', 'en', 'r-2024.md'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout, /row-label/, 'the warning is not listed');
  assert.equal(r.stderr, 'nianbao: 1 warning (not listed with --quiet, but counted), more than --max-warnings 0\n');
  assert.equal((await runCli(['check', '--quiet', '--max-warnings', '1', 'r-2024.md'], { cwd: dir })).code, 0);
  assert.equal((await runCli(['check', '--quiet', 'r-2024.md'], { cwd: dir })).code, 0, 'without --max-warnings, warnings never fail');
  const json = await runCli(['check', '--quiet', '--max-warnings', '0', '--format', 'json', 'r-2024.md'], { cwd: dir });
  assert.equal(json.code, 1);
  assert.deepEqual(JSON.parse(json.stdout).files[0].diagnostics, []);
});
