// brk170 #8: the config error for `"ignore": ["!"]` explained a lone "/" ('"/" alone names none'), a different
// pattern. A negation with nothing after its "!" (`!`, `!/`, `!./`) is now told so; a lone "/" keeps its own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

test('a lone "!" (or "!/", "!./") in ignore or overrides[].files: the message is about the "!", not about "/"', () => {
  for (const glob of ['!', '!/', '!./']) {
    for (const config of [{ ignore: [glob] }, { overrides: [{ files: glob, year: 2024 }] }]) {
      const r = core.parseConfig(JSON.stringify(config));
      assert.equal(r.ok, false, JSON.stringify(config));
      assert.equal(r.issues.length, 1);
      assert.equal(r.issues[0].message, `expected a glob naming files or folders after its "!" (such as "!drafts/keep.md"; "!" alone names none), got ${JSON.stringify(glob)}`);
      assert.equal(r.issues[0].zh, `应为在 "!" 之后指明文件或文件夹的 glob 模式（如 "!drafts/keep.md"；单独的 "!" 不指明任何文件），实为 ${JSON.stringify(glob)}`);
    }
  }
  // A lone "/" is still told of "/"; a negation that names a file is fine, and so is an escaped "!".
  assert.match(core.parseConfig('{ "ignore": ["/"] }').issues[0].message, /"\/" alone names none\), got "\/"$/);
  assert.equal(core.parseConfig('{ "ignore": ["*.md", "!keep.md", "\\\\!x.md"] }').ok, true);
});

test('nianbao check with "ignore": ["!"]: exit 2, the message about the "!"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-config-negation-'));
  try {
    copyFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), join(dir, 'r.md'));
    writeFileSync(join(dir, '.nianbao.jsonc'), '{ "ignore": ["!"] }\n');
    const r = await runCli(['check', 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.nianbao\.jsonc:1:14: ignore\[0\]：应为在 "!" 之后指明文件或文件夹的 glob 模式（如 "!drafts\/keep\.md"；单独的 "!" 不指明任何文件），实为 "!"/);
    assert.doesNotMatch(r.stderr, /单独的 "\/"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
