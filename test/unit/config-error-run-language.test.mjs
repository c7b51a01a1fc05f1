// brk174 #5: a broken sub-folder config (`"locale": "en"` and a typo in `rules`) turned the whole run English, its
// stderr and the annotations on the config, while the run's language is --locale, else the config every file uses,
// else the working directory's config (Chinese here). The config that stops the run counts as the config of its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderWith, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const BAD_EN = '{ "locale": "en",\n  "rules": { "cell-blank": "loud" } }\n';

test('a broken sub-folder config: the run speaks the working directory\'s language, unless every file is under it', async () => {
  const dir = folderWith({ '.nianbao.jsonc': '{}\n', 'reports/a/2024.md': CORRECT, 'reports/b/.nianbao.jsonc': BAD_EN, 'reports/b/2024.md': CORRECT });
  try {
    const all = await runCli(['check', '--format', 'github', 'reports'], { cwd: dir });
    assert.equal(all.code, 2);
    assert.match(all.stderr, /^nianbao：配置文件 reports\/b\/\.nianbao\.jsonc 有误/);
    assert.match(all.stdout, /^::error file=reports\/b\/\.nianbao\.jsonc,line=2,col=\d+,title=nianbao::配置文件有误，未检查任何报告：rules\.cell-blank：/m);
    assert.doesNotMatch(all.stdout + all.stderr, /invalid config/);
    // Every file under the broken config: its own locale, as for a run it configures.
    const only = await runCli(['check', '--format', 'github', 'reports/b'], { cwd: dir });
    assert.match(only.stderr, /^nianbao: invalid config reports\/b\/\.nianbao\.jsonc/);
    // The working directory's config set to English: English, whatever the broken one says.
    const enRoot = folderWith({ '.nianbao.jsonc': '{ "locale": "en" }\n', 'reports/a/2024.md': CORRECT, 'reports/b/.nianbao.jsonc': '{ "locale": "zh", "rules": { "cell-blank": "loud" } }\n', 'reports/b/2024.md': CORRECT });
    const en = await runCli(['check', 'reports'], { cwd: enRoot });
    assert.match(en.stderr, /^nianbao: invalid config reports\/b\/\.nianbao\.jsonc/);
    rmSync(enRoot, { recursive: true, force: true });
    // --locale decides.
    assert.match((await runCli(['check', '--locale', 'en', 'reports'], { cwd: dir })).stderr, /^nianbao: invalid config/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
