// brk110 #10, the CLI's share: `nianbao new --agency` took a 20,000-character name (refused now over 100 characters,
// as the editor's New Report refuses it); `check --fix-dry-run` on a file with lone CR line ends printed one hunk of
// the whole file as one line (the diff split at \n only): its lines are diffed at the CRs now, and `--fix` still
// writes the CRs as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

test('new: an agency name over 100 characters is a usage error', async () => {
  const long = await runCli(['new', '--agency', '某'.repeat(20000), '--year', '2024', '--locale', 'en']);
  assert.deepEqual([long.code, long.stdout], [2, '']);
  assert.match(long.stderr, /--agency is too long \(20000 characters\): an agency name has at most 100/);
  const zh = await runCli(['new', '--agency', '某'.repeat(101), '--year', '2024', '--locale', 'zh']);
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /--agency 过长（101 个字符）/);
  const ok = await runCli(['new', '--agency', '某'.repeat(99) + '局', '--year', '2024']);
  assert.equal(ok.code, 0);
});

test('check --fix-dry-run on a file with lone CR line ends: hunks of its lines; --fix keeps the CRs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cr-diff-'));
  try {
    const lf = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
    const cr = lf.replace(/\n/g, '\r');
    const file = join(dir, 'cr.md');
    writeFileSync(file, cr);
    const dry = await runCli(['check', '--fix-dry-run', 'cr.md'], { cwd: dir });
    const hunks = dry.stdout.split('\n').filter((l) => l.startsWith('@@'));
    assert.ok(hunks.length > 1, dry.stdout.slice(0, 300));
    assert.ok(!hunks.includes('@@ -1,1 +1,1 @@'));
    // Every line of the diff is one line of the file, as for the same file with \n line ends.
    writeFileSync(join(dir, 'lf.md'), lf);
    const same = await runCli(['check', '--fix-dry-run', 'lf.md'], { cwd: dir });
    assert.equal(dry.stdout.replaceAll('cr.md', 'lf.md'), same.stdout);
    await runCli(['check', '--fix', 'cr.md'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, cr);
    assert.ok(!fixed.includes('\n'));
    await runCli(['check', '--fix', 'lf.md'], { cwd: dir });
    assert.equal(fixed, readFileSync(join(dir, 'lf.md'), 'utf8').replace(/\n/g, '\r'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
