// brk170 #6: a glob into a folder that cannot be read (`noread/*.md`, the folder mode 000) said "没有匹配的文件"
// (no file matches), which sends the user looking for a typo in the pattern, while the folder named alone says
// "无法读取此文件夹（没有权限）". The glob passes over such a folder without a word; the folders it had to look into
// and could not are now named with the reason (and a glob that reaches other folders still checks what it can).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.mjs';

const REPORT = join(ROOT, 'examples/correct-2024.nianbao.md');
// root reads a folder of mode 000: the CLI then runs as nobody.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const run = (cwd, ...args) => spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--locale', 'zh', ...args], { encoding: 'utf8', cwd, env: { ...process.env, NIANBAO_LOCALE: '' }, ...asUser });

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-glob-noread-'));
  chmodSync(dir, 0o777);
  for (const sub of ['noread', 'reports/a', 'reports/b']) {
    mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(REPORT, join(dir, sub, 'r.md'));
  }
  for (const sub of ['reports', 'reports/a', 'reports/b']) chmodSync(join(dir, sub), 0o777);
  chmodSync(join(dir, 'noread'), 0o000);
  chmodSync(join(dir, 'reports/b'), 0o000);
  return dir;
}

test('a glob into a folder that cannot be read names the folder and the reason, as the folder argument does', () => {
  const dir = tree();
  try {
    const glob = run(dir, 'noread/*.md');
    const folder = run(dir, 'noread');
    assert.equal(glob.status, 2);
    assert.match(glob.stderr, /noread：无法读取此文件夹（没有权限）/);
    assert.doesNotMatch(glob.stderr, /没有匹配的文件/);
    assert.match(folder.stderr, /noread：无法读取此文件夹（没有权限）/);
    // A pattern that matches no folder at all is still "no file matches".
    const none = run(dir, 'nothing/*.md');
    assert.match(none.stderr, /nothing\/\*\.md：没有匹配的文件/);
  } finally {
    chmodSync(join(dir, 'noread'), 0o755);
    chmodSync(join(dir, 'reports/b'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a glob over several folders, one unreadable: the others are checked and that one is named (exit 2)', () => {
  const dir = tree();
  try {
    for (const pattern of ['reports/*/*.md', 'reports/**/*.md']) {
      const r = run(dir, '--format', 'json', pattern);
      assert.equal(r.status, 2, `${pattern}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout).files.map((f) => f.path), ['reports/a/r.md'], pattern);
      assert.match(r.stderr, /reports\/b：无法读取此文件夹（没有权限）/, pattern);
    }
  } finally {
    chmodSync(join(dir, 'noread'), 0o755);
    chmodSync(join(dir, 'reports/b'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
