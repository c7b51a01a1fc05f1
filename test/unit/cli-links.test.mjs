// One report reached by several paths (a symbolic link beside it, a linked folder, given twice) is checked once and
// named by the path the user gave, else by its path without links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const REPORT = join(ROOT, 'examples/errors-2024.nianbao.md');

/** A folder with `r.md` and `a-link.md` → r.md (the link sorts first), and `a-folder` → `reports` holding `s.md`. */
function layout() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-links-'));
  writeFileSync(join(dir, 'r.md'), readFileSync(REPORT));
  symlinkSync('r.md', join(dir, 'a-link.md'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', 's.md'), readFileSync(REPORT));
  symlinkSync('reports', join(dir, 'a-folder'));
  return dir;
}

const paths = async (args, cwd) => {
  const r = await runCli(['check', '--format', 'json', ...args], { cwd });
  const files = JSON.parse(r.stdout).files;
  return files.map((f) => f.path);
};

test('a folder with a report and a link to it: the report is checked once, under its own name, not the link\'s', async () => {
  const dir = layout();
  assert.deepEqual(await paths(['.'], dir), ['r.md', 'reports/s.md']);
  // The text output names it the same way.
  const text = await runCli(['check', '.'], { cwd: dir });
  assert.match(text.stdout, /^r\.md:\d+:\d+ /m);
  assert.doesNotMatch(text.stdout, /a-link\.md|a-folder/);
});

test('the path given on the command line names the file: a link given explicitly, and of two given, the one without a link', async () => {
  const dir = layout();
  assert.deepEqual(await paths(['a-link.md', '.'], dir), ['a-link.md', 'reports/s.md']);
  assert.deepEqual(await paths(['.', 'a-link.md'], dir), ['a-link.md', 'reports/s.md']);
  assert.deepEqual(await paths(['a-link.md', 'r.md'], dir), ['r.md']);
  assert.deepEqual(await paths(['a-folder/s.md', 'reports'], dir), ['a-folder/s.md']);
  assert.deepEqual(await paths(['a-folder/s.md', 'reports/s.md'], dir), ['reports/s.md']);
  // A linked folder given on its own is walked under the name given.
  assert.deepEqual(await paths(['a-folder'], dir), ['a-folder/s.md']);
});
