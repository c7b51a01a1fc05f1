// brk129 #1, #3: the Action wrote and offered for upload a SARIF file after a run that checked nothing (every report
// ignored by the config) or could not check everything (a report it could not read: exit code 2). Code scanning takes
// an upload as the whole analysis and closes every alert the file does not have as fixed: the alerts of the reports not
// checked would be closed although nothing was fixed. No SARIF then (the `sarif-file` output empty, so action.yml's
// upload step does not run), and a notice and a line of the step summary say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const ERRORS = join(ROOT, 'examples/errors-2024.nianbao.md');
/** A checkout with the example report of many errors as reports/a.md (and a correct one as reports/b.md). */
const checkout = () => {
  const r = runner([]);
  copyFileSync(ERRORS, join(r.ws, 'reports/a.md'));
  copyFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), join(r.ws, 'reports/b.md'));
  return r;
};
const SARIF = { NIANBAO_SARIF_FILE: 'nianbao.sarif' };

test('the action writes SARIF for a run that checked every report (the comparison for the cases below)', () => {
  const r = checkout();
  const res = runAction(r, { NIANBAO_PATHS: 'reports', ...SARIF });
  assert.equal(res.outputs['exit-code'], '1');
  assert.equal(res.outputs['sarif-file'], join(r.ws, 'nianbao.sarif'));
  assert.ok(JSON.parse(readFileSync(join(r.ws, 'nianbao.sarif'), 'utf8')).runs[0].results.length > 0);
  assert.doesNotMatch(res.stdout, /未写 SARIF/);
});

test('a folder whose reports the config all ignores: exit 2, no ✅, and no SARIF to upload', () => {
  const r = checkout();
  writeFileSync(join(r.ws, 'reports/.nianbao.jsonc'), '{ "ignore": ["*.md"] }');
  const res = runAction(r, { NIANBAO_PATHS: 'reports', ...SARIF });
  assert.equal(res.code, 2);
  assert.equal(res.outputs['exit-code'], '2');
  assert.doesNotMatch(res.summary, /✅/);
  assert.equal(res.outputs['sarif-file'], '');
  assert.ok(!existsSync(join(r.ws, 'nianbao.sarif')));
  assert.match(res.stdout, /^::notice title=nianbao::未写 SARIF，不上传到 code scanning：这次运行未能检查全部报告（退出码 2）/m);
  assert.match(res.summary, /未写 SARIF，不上传到 code scanning/);
});

test('a report that could not be read (exit 2): no SARIF, whose missing results would close that report\'s alerts', () => {
  const r = checkout();
  // reports/a.md as before, now starting with a PNG signature: it cannot be read as text.
  writeFileSync(join(r.ws, 'reports/a.md'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), readFileSync(ERRORS)]));
  const res = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--locale en', ...SARIF });
  assert.equal(res.code, 2);
  assert.equal(res.outputs['exit-code'], '2');
  assert.equal(res.outputs['sarif-file'], '');
  assert.ok(!existsSync(join(r.ws, 'nianbao.sarif')));
  assert.match(res.stdout, /^::notice title=nianbao::No SARIF written or uploaded to code scanning: this run could not check every report \(exit code 2\)/m);
  // A path that does not exist: also exit 2, also no SARIF.
  const gone = runAction(checkout(), { NIANBAO_PATHS: 'reports/b.md\nreports/gone.md', ...SARIF });
  assert.equal(gone.outputs['exit-code'], '2');
  assert.equal(gone.outputs['sarif-file'], '');
});

test('only files named and all ignored by the config (exit 0): no empty SARIF marked successful', () => {
  const r = checkout();
  writeFileSync(join(r.ws, 'reports/.nianbao.jsonc'), '{ "ignore": ["*.md"] }');
  const res = runAction(r, { NIANBAO_PATHS: 'reports/a.md', ...SARIF });
  assert.equal(res.code, 0);
  assert.equal(res.outputs['exit-code'], '0');
  assert.equal(res.outputs['sarif-file'], '');
  assert.ok(!existsSync(join(r.ws, 'nianbao.sarif')));
  assert.match(res.stdout, /^::notice title=nianbao::未写 SARIF，不上传到 code scanning：这次运行没有检查任何报告/m);
  assert.doesNotMatch(res.summary, /✅/);
});
