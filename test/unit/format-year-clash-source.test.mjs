// brk129 #6: a format and a year from two overrides that do not go together. The Chinese message blamed "命令行和配置
// 文件的不同设置" though no option was given (the English added "or two overrides"), and the text summary counted the
// file as unreadable (无法读取) where the github format said 未能检查. The message now names where each came from (the
// config's keys, or --report-format / --year), and the summary counts the file as not checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-clash-'));
mkdirSync(join(dir, 'archive'));
writeFileSync(join(dir, 'archive/a.md'), readFileSync(join(ROOT, 'examples/errors-2018.nianbao.md')));
writeFileSync(join(dir, 'ok.md'), readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md')));
const TWO = '{ "overrides": [ { "files": "archive/**", "format": "pre2019" }, { "files": "archive/**", "year": 2024 } ] }\n';
const ONE = '{ "overrides": [ { "files": "archive/**", "format": "pre2019" } ] }\n';
const run = (args, locale) => runCli(['check', ...args], { cwd: dir, env: { NIANBAO_LOCALE: locale } });

test('two overrides: the message names both keys and the config, in Chinese as in English', async () => {
  writeFileSync(join(dir, '.nianbao.jsonc'), TWO);
  const zh = await run(['.'], 'zh');
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /^nianbao：archive\/a\.md：指定的格式与年度不相符（\.nianbao\.jsonc 的 overrides\[0\]\.format: pre2019；\.nianbao\.jsonc 的 overrides\[1\]\.year: 2024），未检查：pre2019 格式不适用于 2024 年度的报告/m);
  assert.doesNotMatch(zh.stderr, /命令行/);
  const en = await run(['.'], 'en');
  assert.match(en.stderr, /^nianbao: archive\/a\.md: the format and the year given for it \(overrides\[0\]\.format: pre2019 in \.nianbao\.jsonc; overrides\[1\]\.year: 2024 in \.nianbao\.jsonc\) do not go together, so it was not checked/m);
  assert.doesNotMatch(en.stderr, /command line/);
});

test('an override and --year: the message names the key and the option', async () => {
  writeFileSync(join(dir, '.nianbao.jsonc'), ONE);
  const zh = await run(['--year', '2024', 'archive/a.md'], 'zh');
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /指定的格式与年度不相符（\.nianbao\.jsonc 的 overrides\[0\]\.format: pre2019；--year 2024），未检查/);
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "overrides": [ { "files": "archive/**", "year": 2024 } ] }\n');
  const en = await run(['--report-format', 'pre2019', 'archive/a.md'], 'en');
  assert.match(en.stderr, /given for it \(--report-format pre2019; overrides\[0\]\.year: 2024 in \.nianbao\.jsonc\) do not go together/);
});

test('the text summary counts such a file as not checked, not as unreadable (as github and markdown do)', async () => {
  writeFileSync(join(dir, '.nianbao.jsonc'), TWO);
  const zh = await run(['.'], 'zh');
  assert.match(zh.stdout, /^检查了 1 个文件：0 个错误，0 个警告，0 个提示；1 个文件未能检查$/m);
  assert.doesNotMatch(zh.stdout, /无法读取/);
  const en = await run(['.'], 'en');
  assert.match(en.stdout, /^1 file checked: 0 errors, 0 warnings, 0 info; 1 file not checked$/m);
  const gh = await run(['--format', 'github', '.'], 'zh');
  assert.match(gh.stdout, /1 个未能检查/);
  // A file that cannot be read is still counted as unreadable.
  writeFileSync(join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 1]));
  const both = await run(['.'], 'zh');
  assert.match(both.stdout, /；1 个文件无法读取；1 个文件未能检查$/m);
});
