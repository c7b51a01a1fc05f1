// brk179 #3: `check --format json` on a report with tens of thousands of findings (`## 一、总体情况` repeated) built
// the file's whole entry as one string (and copies of it: the indentation, the write), about 100 MB more at peak for
// 1 MB of input. The entry is now written in pieces: the same bytes, none of them holding every finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from '../helpers.mjs';

const base = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

async function runPieces(argv, cwd) {
  const pieces = [];
  let stderr = '';
  const code = await cli.run(argv, { cwd, env: {}, isTTY: false, out: (s) => pieces.push(String(s)), err: (s) => (stderr += s) });
  return { code, pieces, stderr };
}

test('json output of a report with thousands of findings: written in pieces, same bytes as JSON.stringify', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-json-chunks-'));
  try {
    const sections = 3000;
    writeFileSync(join(dir, 'many.md'), base + '\n' + '## 一、总体情况\n\n正文。\n\n'.repeat(sections));
    writeFileSync(join(dir, 'ok.md'), base);
    const { pieces } = await runPieces(['check', '--format', 'json', 'many.md', 'ok.md'], dir);
    const out = pieces.join('');
    const doc = JSON.parse(out);
    // The contract: exactly the bytes of JSON.stringify(…, null, 2) plus a newline.
    assert.equal(out, JSON.stringify(doc, null, 2) + '\n');
    assert.equal(doc.files.length, 2);
    const many = doc.files.find((f) => f.path === 'many.md');
    const repeated = many.diagnostics.filter((d) => d.ruleId === 'section-order');
    assert.ok(repeated.length >= sections, `${repeated.length} section-order findings`);
    assert.deepEqual(doc.files.find((f) => f.path === 'ok.md').diagnostics, []);
    // No piece written holds more than a small share of the findings.
    const largest = Math.max(...pieces.map((p) => p.length));
    assert.ok(largest < out.length / 4, `largest piece ${largest} of ${out.length} characters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json output: a file without findings and no files at all keep their exact form', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-json-chunks-'));
  try {
    writeFileSync(join(dir, 'ok.md'), base);
    const one = (await runPieces(['check', '--format', 'json', 'ok.md'], dir)).pieces.join('');
    assert.equal(one, JSON.stringify({ version: 1, files: [{ path: 'ok.md', format: '2021', year: 2024, diagnostics: [] }] }, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
