// The CLI refuses binary files that have few NULs (compressed data: a PNG, a PDF's streams), as it refuses those with
// many: by their signature or their share of control bytes, also when an editor that read one as Latin-1 saved it as
// UTF-8 text. A report with a handful of stray control characters is still checked (brk80 #11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { runCli, ROOT } from '../helpers.mjs';

const EN = { env: { NIANBAO_LOCALE: 'en' } };
const PNG = readFileSync(join(ROOT, 'docs/screenshot.png'));
const REPORT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const COMPRESSED = zlib.deflateSync(Buffer.concat([PNG, Buffer.from(REPORT.repeat(20))]), { level: 9 }).subarray(0, 50000);

test('a PNG saved as UTF-8 text from Latin-1, a PDF and deflated bytes are refused as binary files; nothing is checked or fixed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-'));
  const files = {
    'png-latin1.nianbao.md': [Buffer.from(PNG.toString('latin1'), 'utf8'), /binary file \(it starts as a PNG file does\)/],
    'doc.pdf.md': [Buffer.concat([Buffer.from('%PDF-1.4\n'), COMPRESSED]), /a PDF file, not a text report; convert it to text and check that: pdftotext -layout/],
    'pdf-latin1.nianbao.md': [Buffer.from('%PDF-1.4\n' + COMPRESSED.toString('latin1'), 'utf8'), /a PDF file, not a text report; convert it to text and check that: pdftotext -layout/],
    // An OLE file whose streams name no Office kind, under a name that tells none: an Office 97–2003 file, with the
    // Word conversion (fixC #2; it was "an OLE file", brk124 #2).
    'sheet.nianbao.md': [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /an Office 97–2003 file \(an OLE compound file such as \.doc, \.xls or \.ppt\), not a text report/],
    'deflated.nianbao.md': [COMPRESSED, /binary file \(many control characters/],
    'deflated-latin1.nianbao.md': [Buffer.from(COMPRESSED.toString('latin1'), 'utf8'), /binary file \(many control characters/],
  };
  for (const [name, [bytes, reason]] of Object.entries(files)) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const r = await runCli(['check', '--fix', file], EN);
    assert.equal(r.code, 2, `${name}: ${r.stdout.slice(0, 300)}`);
    assert.match(r.stderr, new RegExp(`${name.replace(/\./g, '\\.')}: ${reason.source}`), name);
    assert.doesNotMatch(r.stdout, /encoding-invalid/, name);
    assert.ok(readFileSync(file).equals(bytes), `${name}: left as it was`);
  }
});

test('a report with a form feed and a score of U+001A is checked: each is reported, and --fix deletes them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-'));
  const lines = REPORT.split('\n');
  const prose = lines.map((l, i) => (/^[^#|\s]/.test(l) && l.length > 30 ? i : -1)).filter((i) => i >= 0);
  const text = lines.map((l, i) => (prose.slice(0, 4).includes(i) ? l.slice(0, 5) + '\u001a'.repeat(5) + l.slice(5) : i === prose[4] ? '\f' + l : l)).join('\n');
  const file = join(dir, 'stray.nianbao.md');
  writeFileSync(file, text);
  const r = await runCli(['check', '--format', 'json', file]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'encoding-invalid').length, 20);
  await runCli(['check', '--fix', file]);
  assert.equal(readFileSync(file, 'utf8'), text.replace(/\u001a/g, '').replace('\f', ''));
});
