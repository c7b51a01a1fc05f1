// brk167 #2: `--locale en-US`, `--locale EN` were refused although NIANBAO_LOCALE took those forms, and a refused
// locale (`--locale fr`, NIANBAO_LOCALE=fr) was said in Chinese only, to the one user who asked for something else.
// The option and the variable now take the same forms, and the Chinese refusal carries its English too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const CORRECT = join(ROOT, 'examples', 'correct-2024.nianbao.md');

test('--locale takes the forms NIANBAO_LOCALE takes: EN, en-US, en_US.UTF-8 give English; zh-CN, ZH Chinese', async () => {
  for (const v of ['en', 'EN', 'en-US', 'en_US.UTF-8', 'En-gb']) {
    for (const args of [['check', '--locale', v, CORRECT], ['check', `--locale=${v}`, CORRECT]]) {
      const r = await runCli(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^1 file checked: 0 errors/m, args.join(' '));
      assert.equal(r.stderr, '', args.join(' '));
    }
  }
  for (const v of ['zh', 'ZH', 'zh-CN', 'zh_CN.UTF-8']) {
    const r = await runCli(['check', '--locale', v, CORRECT], { env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(r.code, 0, v);
    assert.match(r.stdout, /^检查了 1 个文件/m, v);
  }
  // inspect and new read the option the same way.
  const inspect = await runCli(['inspect', '--locale', 'en-US', CORRECT]);
  assert.equal(inspect.code, 0);
  assert.doesNotMatch(inspect.stderr, /只能是/);
});

test('a refused --locale or NIANBAO_LOCALE is said in English too when the run is Chinese; English only in English', async () => {
  for (const v of ['fr', 'english', 'e']) {
    const r = await runCli(['check', '--locale', v, CORRECT]);
    assert.equal(r.code, 2, v);
    assert.match(r.stderr, new RegExp(`--locale 只能是 zh 或 en.*不能是 "${v}"`), v);
    assert.match(r.stderr, new RegExp(`--locale must be zh or en \\(or a form such as zh-CN or en-US\\), not "${v}"`), v);
    const en = await runCli(['check', '--locale', v, CORRECT], { env: { NIANBAO_LOCALE: 'en-US' } });
    assert.equal(en.stderr, `nianbao: --locale must be zh or en (or a form such as zh-CN or en-US), not "${v}"\n`, v);
  }
  const fr = await runCli(['check', CORRECT], { env: { NIANBAO_LOCALE: 'fr' } });
  assert.equal(fr.code, 0);
  assert.match(fr.stderr, /NIANBAO_LOCALE="fr" 不是 zh 或 en.*已忽略/);
  assert.match(fr.stderr, /NIANBAO_LOCALE="fr" is neither zh nor en .*was ignored/);
  // The option given as en-US wins over a refused variable, whose note is then in English only.
  const both = await runCli(['check', '--locale', 'en-US', CORRECT], { env: { NIANBAO_LOCALE: 'fr' } });
  assert.match(both.stdout, /^1 file checked/m);
  assert.doesNotMatch(both.stderr, /[\u4e00-\u9fff]/);
  assert.match(both.stderr, /NIANBAO_LOCALE="fr" is neither zh nor en/);
});
