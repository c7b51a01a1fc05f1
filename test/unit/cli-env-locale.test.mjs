// brk138 #8: NIANBAO_LOCALE took any value silently (`fr` gave Chinese with no word in a CI log). It is read as the
// environment's locale variables are written (en-US, zh_CN.UTF-8); any other value is said on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const CORRECT = join(ROOT, 'examples', 'correct-2024.nianbao.md');

test('NIANBAO_LOCALE in the forms locale variables take: en, EN, en-US, en_US.UTF-8 give English; zh_CN Chinese; no note', async () => {
  for (const v of ['en', 'EN', 'en-US', 'en_US.UTF-8']) {
    const r = await runCli(['check', CORRECT], { env: { NIANBAO_LOCALE: v } });
    assert.equal(r.code, 0, v);
    assert.match(r.stdout, /^1 file checked: 0 errors/m, v);
    assert.equal(r.stderr, '', v);
  }
  const zh = await runCli(['check', CORRECT], { env: { NIANBAO_LOCALE: 'zh_CN' } });
  assert.match(zh.stdout, /^检查了 1 个文件/m);
  assert.equal(zh.stderr, '');
});

test('a NIANBAO_LOCALE that is neither zh nor en is said on stderr, in the run\'s language; the run goes on', async () => {
  const fr = await runCli(['check', CORRECT], { env: { NIANBAO_LOCALE: 'fr' } });
  assert.equal(fr.code, 0);
  assert.match(fr.stdout, /^检查了 1 个文件/m);
  assert.match(fr.stderr, /NIANBAO_LOCALE="fr" 不是 zh 或 en.*已忽略/);
  const overridden = await runCli(['check', '--locale', 'en', CORRECT], { env: { NIANBAO_LOCALE: 'english' } });
  assert.match(overridden.stdout, /^1 file checked/m);
  assert.match(overridden.stderr, /NIANBAO_LOCALE="english" is neither zh nor en/);
});
