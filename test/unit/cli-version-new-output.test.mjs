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

test('a named file the config ignores is said in the review formats, and the markdown summary shows no ✅ (helper-223 #8)', async () => {
  const { mkdirSync, writeFileSync, copyFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ignored-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'reports/r.md'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "ignore": ["reports/r.md"] }');
  const gh = await runCli(['check', '--format', 'github', 'reports/r.md'], { cwd: dir });
  assert.equal(gh.code, 0);
  assert.match(gh.stdout, /^::notice file=reports\/r\.md,title=nianbao::reports\/r\.md：已被 \.nianbao\.jsonc 忽略$/m);
  const md = await runCli(['check', '--format', 'markdown', 'reports/r.md'], { cwd: dir });
  assert.match(md.stdout, /⚪ 1 个指定的文件被配置忽略，未检查/);
  assert.match(md.stdout, /^- ⚪ reports\/r\.md：已被 \.nianbao\.jsonc 忽略$/m);
  assert.doesNotMatch(md.stdout, /✅/);
});

test('text output keeps a finding on one line: a message\'s line breaks as spaces, a path\'s control characters escaped (helper-223 #9)', async () => {
  const { copyFileSync, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-oneline-'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'g\nh.md'));
  const named = await runCli(['check', 'g\nh.md'], { cwd: dir });
  assert.match(named.stdout, /^g\\u000ah\.md:\d+:\d+ {2}/m);
  const lines = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8').split('\n');
  writeFileSync(join(dir, 'j.md'), [...lines.slice(0, 100), '<!-- nianbao-disable-next-line 标题沿用\n上级要求的写法 -->', ...lines.slice(100)].join('\n'));
  const j = await runCli(['check', 'j.md'], { cwd: dir });
  const line = j.stdout.split('\n').find((l) => l.includes('disable-unknown-rule'));
  assert.match(line, /标题沿用 上级要求的写法/);
});
