// A stray carriage return (`\r` not followed by `\n`) is a line break to the core and to LSP, not to git, GitHub's
// diff, GitLab or reviewdog: every annotation below it was a line too low, and reviewdog's suggestions replaced other
// lines (one deleted a sentence; helper-223 #3). The review formats count lines as git does, and give no suggestions
// for such a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cr-'));
const lines = ERRORS.split('\n');
lines[6] = lines[6].replace('，坚持', '，\r坚持');
writeFileSync(join(dir, 'cr.md'), lines.join('\n'));
writeFileSync(join(dir, 'plain.md'), ERRORS);
/** The 1-based git line of the 表四 value row (sum-review's finding). */
const T4_ROW = ERRORS.split('\n').findIndex((l) => l.startsWith('| 2        | 0        | 1')) + 1;

test('github, gitlab and markdown count lines as git does; rdjson gives no suggestions', async () => {
  assert.ok(T4_ROW > 7);
  for (const file of ['cr.md', 'plain.md']) {
    const gh = (await runCli(['check', '--format', 'github', file], { cwd: dir })).stdout;
    assert.match(gh, new RegExp(`::error file=${file.replace('.', '\\.')},line=${T4_ROW},col=\\d+,endLine=${T4_ROW},[^\\n]*title=sum-review`), file);
    const gl = JSON.parse((await runCli(['check', '--format', 'gitlab', file], { cwd: dir })).stdout);
    assert.equal(gl.find((i) => i.check_name === 'sum-review').location.lines.begin, T4_ROW, file);
    const md = (await runCli(['check', '--format', 'markdown', file], { cwd: dir })).stdout;
    assert.match(md, new RegExp(`${file.replace('.', '\\.')}:${T4_ROW}\\b`), file);
    const rd = JSON.parse((await runCli(['check', '--format', 'rdjson', file], { cwd: dir })).stdout);
    const review = rd.diagnostics.find((d) => d.code.value === 'sum-review');
    assert.equal(review.location.range.start.line, T4_ROW, file);
    assert.equal(rd.diagnostics.some((d) => d.suggestions), file === 'plain.md', file);
  }
});
