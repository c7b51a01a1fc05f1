// breaker21: every page break (form feed, U+000C) that pdftotext writes between pages was an encoding-invalid
// error, so a converted report of several pages failed (exit 1) on its page breaks alone. A form feed is now an info
// (with the same fix deleting it); other control characters stay errors. breaker30 #17: a page break is no encoding
// problem: it is its own rule, page-break, which --rule and the config can turn off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('page breaks of a converted PDF are infos: exit 0, nothing else found; a NUL is still an error', async () => {
  const lines = correct.split('\n');
  // pdftotext starts each new page's first line with a form feed: here two pages break in prose and one in a table.
  const at = [12, 40, 70].filter((i) => lines[i].trim());
  assert.equal(at.length, 3);
  for (const i of at) lines[i] = '\f' + lines[i];
  const dir = mkdtempSync(join(tmpdir(), 'nb-ff-'));
  try {
    const file = join(dir, 'r.nianbao.txt');
    writeFileSync(file, lines.join('\n'));
    const r = await runCli(['check', '--format', 'json', file]);
    assert.equal(r.code, 0, r.stderr);
    const ds = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepEqual(ds.map((d) => [d.ruleId, d.severity, d.line]), at.map((i) => ['page-break', 'info', i + 1]));
    assert.match(ds[0].message, /换页符/);
    // Its own rule: it can be turned off (encoding-invalid cannot: `--rule encoding-invalid=off` is no rule).
    const off = await runCli(['check', '--format', 'json', '--rule', 'page-break=off', file]);
    assert.equal(off.code, 0, off.stderr);
    assert.deepEqual(JSON.parse(off.stdout).files[0].diagnostics, []);
    // --fix deletes the page breaks and nothing else.
    const fix = await runCli(['check', '--fix', file]);
    assert.equal(fix.code, 0, fix.stderr);
    assert.equal(readFileSync(file, 'utf8'), lines.join('\n').replace(/\f/g, ''));
    writeFileSync(file, lines.join('\n'));
    // A NUL among them is an error, and fails the run.
    writeFileSync(file, lines.join('\n').replace('本报告', '本\0报告'));
    const nul = await runCli(['check', '--format', 'json', file]);
    assert.equal(nul.code, 1);
    assert.deepEqual(JSON.parse(nul.stdout).files[0].diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId), ['encoding-invalid']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file just over the size limit says its size with the decimals that show it is over (breaker21: “20.0 MB，超过 20 MB”)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-big-'));
  try {
    const file = join(dir, 'big.txt');
    writeFileSync(file, Buffer.alloc(20_976_745, 0x61));
    const r = await runCli(['check', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /文件大小为 20\.005 MB，超过 20 MB 的上限/);
    const en = await runCli(['check', '--locale', 'en', file]);
    assert.match(en.stderr, /file is 20\.005 MB, over the 20 MB limit/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
