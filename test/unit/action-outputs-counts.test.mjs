// GitHub Action outputs: `errors`/`warnings` count the findings, and action.yml declares every output the script
// writes (found by breaker23).
// breaker23: the GitHub Action's `errors`/`warnings` outputs are what action.yml documents — the findings of each
// severity, those `--quiet` does not annotate included, and not the paths that could not be read — and such a path is
// annotated once. The report is the repository's correct 2024 example with one 表三 row label mistyped (a warning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const LABEL_TYPO = edit(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'), '| 1.属于国家秘密 ', '| 1.属于国家秘蜜 ');

test('action: errors/warnings count findings (not unreadable paths; --quiet included), one annotation per path not checked', () => {
  const r = runner([]);
  writeFileSync(join(r.ws, 'reports', 'typo-2024.md'), LABEL_TYPO);
  const res = runAction(r, { NIANBAO_PATHS: 'reports/typo-2024.md reports/missing.md', NIANBAO_ARGS: '--quiet', NIANBAO_FAIL: 'false' });
  assert.equal(res.code, 2, 'a path that does not exist fails the step whatever fail says');
  const cmds = res.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.deepEqual(cmds.filter((c) => c.includes('missing.md')), ['::error file=reports/missing.md,title=nianbao::没有这个文件或文件夹']);
  assert.equal(cmds.length, 1, cmds.join('\n'));
  assert.equal(res.outputs.errors, '0');
  assert.equal(res.outputs.warnings, '1', 'the row-label warning --quiet does not annotate');
  assert.equal(res.outputs['exit-code'], '2');
  // Without --quiet the outputs agree with the annotations of the findings.
  const all = runAction(r, { NIANBAO_PATHS: 'reports/typo-2024.md', NIANBAO_FAIL: 'false' });
  const n = (k) => all.stdout.split('\n').filter((l) => l.startsWith(`::${k} file=`)).length;
  assert.deepEqual([all.outputs.errors, all.outputs.warnings, all.outputs.notices], [String(n('error')), String(n('warning')), String(n('notice'))]);
});

test('action.yml declares every output the action script writes (a workflow can read only declared ones)', () => {
  const r = runner([]);
  writeFileSync(join(r.ws, 'reports', 'typo-2024.md'), LABEL_TYPO);
  const res = runAction(r, { NIANBAO_PATHS: 'reports/typo-2024.md', NIANBAO_FAIL: 'false' });
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const block = yml.slice(yml.indexOf('\noutputs:'), yml.indexOf('\nruns:'));
  const declared = [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(res.outputs).sort(), declared);
  for (const name of declared) assert.match(block, new RegExp(`steps\\.check\\.outputs\\.${name} `));
});
