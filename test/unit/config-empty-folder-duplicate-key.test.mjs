// `.nianbao.jsonc` edge cases a CI engineer met (breaker 12): an empty or comment-only file (the defaults, with a
// note that the configs above no longer apply), a folder named `.nianbao.jsonc` (exit 2 naming it, as --config
// does), and a key written twice (exit 2 naming the key and both places: JSON would keep only the last).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, symlinkSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, CORPUS } from '../helpers.mjs';

const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');
const EN = { env: { NIANBAO_LOCALE: 'en' } };

/** A province folder whose config turns row-label off, and a county folder below it with a report. */
function province(countyConfig) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cfg-b12-'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "row-label": "off" } }');
  mkdirSync(join(dir, 'county'));
  copyFileSync(SEED3, join(dir, 'county', 'r.txt'));
  if (countyConfig !== undefined) writeFileSync(join(dir, 'county', '.nianbao.jsonc'), countyConfig);
  return dir;
}

test('an empty or comment-only config is the defaults, with a note naming it: the config above no longer applies', async () => {
  for (const text of ['', '// 以后再填\n/* nothing */\n']) {
    const dir = province(text);
    const r = await runCli(['check', '--format', 'json', 'county/r.txt'], { cwd: dir });
    assert.equal(r.code === 2, false, r.stderr);
    assert.match(r.stderr, /^nianbao：配置文件 county\/\.nianbao\.jsonc 是空的（或只有注释）：按默认设置检查，上级文件夹的配置文件不再适用（最近的配置文件生效，不合并）$/m);
    // The province's row-label: off is not applied (nearest wins, no merging): seed 003 has row-label findings.
    const ids = JSON.parse(r.stdout).files[0].diagnostics.map((d) => d.ruleId);
    assert.ok(ids.includes('row-label'), ids.join(','));
    const en = await runCli(['check', 'county/r.txt'], { cwd: dir, ...EN });
    assert.match(en.stderr, /^nianbao: config county\/\.nianbao\.jsonc is empty \(or only comments\): the defaults apply, and the config files of the folders above do not/m);
  }
  // A config with settings says nothing of the kind.
  const quiet = await runCli(['check', 'county/r.txt'], { cwd: province('{ "locale": "zh" }') });
  assert.doesNotMatch(quiet.stderr, /是空的/);
  assert.equal(core.parseConfig('  // x\n').empty, true);
  assert.equal(core.parseConfig('{}').empty, undefined);
});

test('a folder named .nianbao.jsonc is a bad config (exit 2, named), as with --config FOLDER', async () => {
  const dir = province();
  mkdirSync(join(dir, 'county', '.nianbao.jsonc'));
  const r = await runCli(['check', 'county/r.txt'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'nianbao：county/.nianbao.jsonc：无法读取配置文件（是文件夹，不是文件）\n');
  const en = await runCli(['check', 'r.txt'], { cwd: join(dir, 'county'), ...EN });
  assert.equal(en.stderr, 'nianbao: .nianbao.jsonc: cannot read the config file (a folder, not a file)\n');
  const explicit = await runCli(['check', '--config', 'county/.nianbao.jsonc', 'county/r.txt'], { cwd: dir, ...EN });
  assert.equal(explicit.code, 2);
  assert.match(explicit.stderr, /county\/\.nianbao\.jsonc: cannot read the config file \(a folder, not a file\)/);
});

test('a key written twice is a bad config naming the key and both places (JSON would silently keep the last)', async () => {
  const dir = province('{"rules":{"row-label":"off"},"rules":{"row-label":"error"}}');
  const r = await runCli(['check', 'county/r.txt'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, [
    'nianbao：配置文件 county/.nianbao.jsonc 有误：',
    'county/.nianbao.jsonc:1:30: rules：键 "rules" 重复（第一次在第 1 行第 2 列）：JSON 只保留后一个，前一个的设置会被丢掉；请合并为一个',
    '',
  ].join('\n'));
  // Inside an object at any depth, on other lines; each repeat is named.
  const nested = core.parseConfig('{\n  "rules": {\n    "row-label": "off",\n    "cell-blank": "error",\n    "row-label": "warning"\n  },\n  "overrides": [ { "files": "a/**", "files": "b/**" } ]\n}');
  assert.equal(nested.ok, false);
  assert.deepEqual(nested.issues.map((i) => [i.key, i.line, i.column, /first at line (\d+) column (\d+)/.exec(i.message).slice(1).join(':')]), [
    ['rules.row-label', 5, 5, '3:5'],
    ['overrides[0].files', 7, 37, '7:20'],
  ]);
  // The same key in two different objects is fine.
  assert.equal(core.parseConfig('{ "rules": { "row-label": "off" }, "overrides": [ { "files": "a", "rules": { "row-label": "info" } } ] }').ok, true);
});

test('a .nianbao.jsonc that is a link to nothing or a link loop is a bad config (exit 2, named), not passed over for the one above (brk96 #2)', async () => {
  const dangling = province();
  symlinkSync('/nonexistent/cfg.jsonc', join(dangling, 'county', '.nianbao.jsonc'));
  const r = await runCli(['check', 'county/r.txt'], { cwd: dangling });
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr, 'nianbao：county/.nianbao.jsonc：无法读取配置文件（符号链接指向的文件不存在）\n');
  const loop = province();
  symlinkSync('b.jsonc', join(loop, 'county', '.nianbao.jsonc'));
  symlinkSync('.nianbao.jsonc', join(loop, 'county', 'b.jsonc'));
  const en = await runCli(['check', 'county/r.txt'], { cwd: loop, ...EN });
  assert.equal(en.code, 2);
  assert.equal(en.stderr, 'nianbao: county/.nianbao.jsonc: cannot read the config file (too many levels of symbolic links)\n');
  // A link to a config file is that config.
  const linked = province();
  writeFileSync(join(linked, 'shared.jsonc'), '{ "rules": { "row-label": "error" } }');
  symlinkSync('../shared.jsonc', join(linked, 'county', '.nianbao.jsonc'));
  const ok = await runCli(['check', '--format', 'json', 'county/r.txt'], { cwd: linked });
  assert.notEqual(ok.code, 2, ok.stderr);
  assert.ok(JSON.parse(ok.stdout).files[0].diagnostics.some((d) => d.ruleId === 'row-label' && d.severity === 'error'));
});

test('an option given an empty value (an unset variable: --config "$CFG") is a usage error, not the default (brk96 #3)', async () => {
  const dir = province();
  for (const args of [['--config', ''], ['--config='], ['--previous', ''], ['--stdin-filename='], ['--max-warnings', ''], ['--rule', '']]) {
    const r = await runCli(['check', ...args, 'county/r.txt'], { cwd: dir, ...EN });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr, `nianbao: option --${args[0].replace(/^--|=$/g, '')} is given an empty value (a variable not set?); the options are listed by nianbao check --help\n`);
  }
  const zh = await runCli(['inspect', '--year=', 'county/r.txt'], { cwd: dir });
  assert.equal(zh.code, 2);
  assert.equal(zh.stderr, 'nianbao：选项 --year 的值是空的（是不是变量没有设置？）；nianbao inspect --help 列出全部选项\n');
  assert.equal((await runCli(['new', '--agency', '', '--year', '2024'], { cwd: dir })).code, 2);
  // An empty path would be the working folder, every report in it checked (and with --fix rewritten): refused (brk98 #7).
  assert.equal((await runCli([''], { cwd: dir })).code, 2, 'no command: refused as an unknown one');
  for (const args of [['check', '--fix', ''], ['check', 'county/r.txt', ' '], ['inspect', '']]) {
    const r = await runCli(args, { cwd: dir, ...EN });
    assert.equal(r.code, 2, JSON.stringify(args));
    assert.match(r.stderr, /^nianbao: a file or folder argument is empty \(a variable not set\?\); to check the working folder write “\.”/, JSON.stringify(args));
  }
  assert.equal(readFileSync(join(dir, 'county', 'r.txt'), 'utf8'), readFileSync(SEED3, 'utf8'), 'nothing was fixed');
});
