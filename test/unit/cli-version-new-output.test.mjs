// CLI details found by a new user (helper-223 #11, #12): `check --version` (listed in check's help) was an unknown
// option; `new -o -` wrote a file named "-", `-o ''` wrote to stdout silently, and an --agency ending with the title's
// words gave a doubled title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

test('--version after a command prints the version, as before it', async () => {
  for (const argv of [['--version'], ['check', '--version'], ['check', '-v'], ['inspect', '--version'], ['new', '-v']]) {
    const r = await runCli(argv);
    assert.deepEqual([r.code, r.stdout], [0, `${VERSION}\n`], argv.join(' '));
  }
});

test('new: -o - is stdout, -o \'\' a usage error, an agency with the title\'s words refused with a hint without them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-new-'));
  const out = await runCli(['new', '--agency', '某局', '--year', '2024', '-o', '-'], { cwd: dir });
  assert.equal(out.code, 0);
  assert.match(out.stdout, /^# 某局2024年政府信息公开工作年度报告\n/);
  assert.ok(!existsSync(join(dir, '-')));
  const empty = await runCli(['new', '--agency', '某局', '--year', '2024', '-o', ''], { cwd: dir });
  assert.deepEqual([empty.code, empty.stdout], [2, '']);
  assert.match(empty.stderr, /-o（--output）需要一个文件名/);
  const titled = await runCli(['new', '--agency', '某某市某某局政府信息公开工作年度报告', '--year', '2024'], { cwd: dir });
  assert.equal(titled.code, 2);
  assert.match(titled.stderr, /例如 --agency 某某市某某局 --year 2024/);
  const withYear = await runCli(['new', '--agency', '某某市某某局2024年政府信息公开工作年度报告', '--year', '2024'], { cwd: dir });
  assert.match(withYear.stderr, /例如 --agency 某某市某某局 --year 2024/);
});
