// brk174 #4: `--quiet` in the action's args made the SARIF it writes for upload hold the errors only, so code scanning
// (which takes an upload as the whole analysis) closed every warning and note alert as fixed, while the outputs still
// counted them. --quiet thins the annotations; the SARIF keeps every finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const levels = (file) => JSON.parse(readFileSync(file, 'utf8')).runs[0].results.map((x) => x.level).sort();

test('action: the SARIF for code scanning is the same with --quiet in args; the annotations are errors only', () => {
  const r = runner([]);
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(r.ws, 'reports', 'errors-2024.md'));
  const inputs = { NIANBAO_PATHS: 'reports/errors-2024.md', NIANBAO_SARIF_FILE: 'out/nianbao.sarif', NIANBAO_FAIL: 'false' };
  const plain = runAction(r, inputs);
  const all = levels(plain.outputs['sarif-file']);
  assert.ok(all.includes('warning') && all.includes('error'), all.join());
  const quiet = runAction(r, { ...inputs, NIANBAO_ARGS: '--quiet --max-warnings 100' });
  assert.deepEqual(levels(quiet.outputs['sarif-file']), all, 'every warning and note uploaded with --quiet too');
  assert.deepEqual([quiet.outputs.errors, quiet.outputs.warnings], [plain.outputs.errors, plain.outputs.warnings]);
  // --quiet still thins the annotations.
  assert.ok(plain.stdout.split('\n').some((l) => l.startsWith('::warning file=')));
  assert.ok(!quiet.stdout.split('\n').some((l) => l.startsWith('::warning file=')));
});
