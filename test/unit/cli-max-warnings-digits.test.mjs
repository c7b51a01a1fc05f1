// brk129 #4: --max-warnings read its value with Number(): `0x10` (16), `1e1` (10), `0b1`, `+1` and `1 ` were taken
// silently as thresholds no one meant, while `1.5` was refused as "应为不小于 0 的整数". Only decimal digits now, for
// --jobs as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

// The correct example with two slips: 2 warnings, no error.
const TWO_WARNINGS = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').replace('| 商业企业 |', '| 商业机构 |').replace('（二）部分公开', '（二）不分公开');

const dir = mkdtempSync(join(tmpdir(), 'nianbao-max-warnings-'));
writeFileSync(join(dir, 'r.md'), TWO_WARNINGS);
const runCliInFolder = (_files, argv) => runCli(argv, { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });

test('--max-warnings takes decimal digits only; anything else Number() reads is refused with the usage message', async () => {
  const base = await runCliInFolder({ 'r.md': TWO_WARNINGS }, ['check', '--format', 'json', 'r.md']);
  assert.equal(JSON.parse(base.stdout).files[0].diagnostics.filter((d) => d.severity === 'warning').length, 2);
  for (const [v, code] of [['0', 1], ['1', 1], ['2', 0], ['02', 0], ['10', 0]]) {
    const r = await runCliInFolder({ 'r.md': TWO_WARNINGS }, ['check', '--max-warnings', v, 'r.md']);
    assert.equal(r.code, code, `--max-warnings ${v}: ${r.stderr}`);
  }
  for (const v of ['0x10', '1e1', '0b1', '0o7', '+1', '1 ', ' 1', '1.5', '1.0', '-1', '', '１']) {
    const r = await runCliInFolder({ 'r.md': TWO_WARNINGS }, ['check', `--max-warnings=${v}`, 'r.md']);
    assert.equal(r.code, 2, `--max-warnings ${JSON.stringify(v)}`);
    if (v) assert.equal(r.stderr.split('\n')[0], `nianbao：--max-warnings 应为不小于 0 的整数，不能是 ${JSON.stringify(v)}`);
  }
});

test('--jobs likewise: `0x2` or `2e0` is refused, `2` taken', async () => {
  for (const v of ['0x2', '2e0', '+2', '2 ']) {
    const r = await runCliInFolder({ 'r.md': TWO_WARNINGS }, ['check', `--jobs=${v}`, 'r.md']);
    assert.equal(r.code, 2, v);
    assert.equal(r.stderr.split('\n')[0], `nianbao：--jobs 应为不小于 1 的整数，不能是 ${JSON.stringify(v)}`);
  }
  assert.equal((await runCliInFolder({ 'r.md': TWO_WARNINGS }, ['check', '--jobs', '2', 'r.md'])).code, 0);
});
