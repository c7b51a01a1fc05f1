// A finding suppressed with a `<!-- nianbao-disable… -->` comment was dropped from the SARIF, so that a consumer took
// it for fixed (brk108 #5). It is now a result with `suppressions: [{ kind: 'inSource' }]` and the fingerprint it had
// before the comment; every other result has `suppressions: []` (SARIF 2.1.0 §3.27.23: all or none). The other
// formats are as before: the finding is not listed (the Markdown summary counts it as suppressed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, runCli, ROOT } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const ROW_ABOVE = '| （一）予以公开                                                           | 21     | 2        | 0        | 0            | 1            | 0    | 24   |';
/** The tester's draft: the misspelt row `（二）不分公开` (row-label) suppressed at the end of the row above it. */
const SUPPRESSED = ERRORS.replace(ROW_ABOVE, `${ROW_ABOVE} <!-- nianbao-disable-next-line row-label -- 原表如此 -->`);

function workspace(text) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-sarif-suppressed-'));
  writeFileSync(join(dir, 'r.md'), text);
  return dir;
}

const sarifOf = async (text, args = []) => JSON.parse((await runCli(['check', '--format', 'sarif', ...args, 'r.md'], { cwd: workspace(text) })).stdout).runs[0];

test('sarif: a suppressed finding is a result with suppressions inSource and the fingerprint it had unsuppressed', async () => {
  assert.notEqual(SUPPRESSED, ERRORS);
  const before = await sarifOf(ERRORS);
  const after = await sarifOf(SUPPRESSED);
  const rowLabel = (run) => run.results.filter((x) => x.ruleId === 'row-label');
  assert.equal(rowLabel(before).length, 1);
  assert.deepEqual(rowLabel(after).map((x) => x.suppressions), [[{ kind: 'inSource' }]]);
  // Same place, message and fingerprint: code scanning (or any consumer) sees the same result, now suppressed.
  const [b, a] = [rowLabel(before)[0], rowLabel(after)[0]];
  assert.deepEqual(a.locations, b.locations);
  assert.equal(a.message.text, b.message.text);
  assert.deepEqual(a.partialFingerprints, b.partialFingerprints);
  assert.ok(a.fixes, 'the fix is kept too');
  // Every other result as before, with suppressions: [] (all results have the property, as SARIF asks).
  assert.equal(after.results.length, before.results.length);
  const others = after.results.filter((x) => x.ruleId !== 'row-label');
  assert.ok(others.length > 5 && others.every((x) => Array.isArray(x.suppressions) && x.suppressions.length === 0));
  assert.deepEqual(others.map((x) => x.partialFingerprints), before.results.filter((x) => x.ruleId !== 'row-label').map((x) => x.partialFingerprints));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas/sarif-schema-2.1.0.json'), 'utf8')));
  assert.ok(validate({ version: '2.1.0', runs: [after] }), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('sarif --quiet keeps only the suppressed errors (as it lists only errors); the other formats still leave suppressed findings out', async () => {
  // row-label is a warning: --quiet leaves it out, suppressed or not.
  assert.deepEqual((await sarifOf(SUPPRESSED, ['--quiet'])).results.filter((x) => x.suppressions.length), []);
  // A suppressed error (sum-review on 表四's value row) is kept.
  const t4 = ERRORS.split('\n').findIndex((l) => /^\| 2 +\| 0 +\| 1 +\|/.test(l));
  assert.ok(t4 > 0);
  const lines = ERRORS.split('\n');
  lines[t4 - 1] += ' <!-- nianbao-disable-next-line sum-review -->';
  const quiet = await sarifOf(lines.join('\n'), ['--quiet']);
  assert.deepEqual(quiet.results.filter((x) => x.suppressions.length).map((x) => [x.ruleId, x.level]), [['sum-review', 'error']]);
  const dir = workspace(SUPPRESSED);
  for (const format of ['json', 'github', 'gitlab', 'rdjson']) {
    const r = await runCli(['check', '--format', format, 'r.md'], { cwd: dir });
    assert.ok(!r.stdout.includes('不分公开'), `${format} does not list the suppressed finding`);
  }
  const md = await runCli(['check', '--format', 'markdown', 'r.md'], { cwd: dir });
  assert.match(md.stdout, /另有 1 个已屏蔽（row-label ×1）/);
});

test('sarif for code scanning (the GitHub Action\'s upload) leaves suppressed findings out: code scanning does not read suppressions', async () => {
  let out = '';
  const code = await cli.run(['check', '--format', 'sarif', 'r.md'], { cwd: workspace(SUPPRESSED), env: {}, isTTY: false, out: (s) => (out += s), err: () => {}, codeScanning: {} });
  assert.equal(code, 1);
  const run = JSON.parse(out).runs[0];
  assert.deepEqual(run.results.filter((x) => x.ruleId === 'row-label'), []);
  assert.equal(run.results.length, (await sarifOf(ERRORS)).results.length - 1);
});
