// A binary file read as text by an editor set to a Western encoding (Latin-1) has few NULs (a compressed PNG: 0.3 %
// of its first 64 K characters) but plenty of other control characters, and a PDF starts with `%PDF-`: neither is
// checked (one `not-checked` note, no fix that would delete its bytes). A report with a handful of stray control
// characters (a Word paste) is still checked, each reported with its fix (brk80 #11).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { session, root } from './client.mjs';

const PNG = fs.readFileSync(path.join(root, 'docs/screenshot.png'));
const REPORT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
/** 50 KB of deflated bytes (the example reports and the PNG, compressed): what a PDF's streams hold. */
const COMPRESSED = zlib.deflateSync(Buffer.concat([PNG, Buffer.from(REPORT.repeat(20))]), { level: 9 }).subarray(0, 50000);
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('binary content with few NULs', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  const notChecked = async (name, text, signature) => {
    const uri = `file:///tmp/nianbao-bin/${name}.nianbao.md`;
    const ds = await s.openAndWait(uri, text, 'nianbao');
    assert.deepEqual(ds.map((d) => d.code), ['not-checked'], `${name}: ${ds.slice(0, 3).map((d) => d.message).join(' / ')}`);
    assert.match(ds[0].message, /文件不是文本/);
    if (signature) assert.match(ds[0].message, new RegExp(`${signature} 文件的标记`));
    else assert.doesNotMatch(ds[0].message, /大量 NUL/);
    const fixAll = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(fixAll, [], `${name}: no fix-all`);
    const all = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: ds } });
    assert.deepEqual((all ?? []).filter((a) => a.edit || a.kind?.startsWith('quickfix') || a.kind?.startsWith('source')).map((a) => a.title), [], `${name}: no fix`);
  };

  test('the PNG screenshot read as Latin-1 is not checked (few NULs, many control characters, a PNG signature)', async () => {
    const text = PNG.toString('latin1');
    const sample = text.slice(0, 65536);
    assert.ok((sample.match(/\0/g) ?? []).length / sample.length < 0.01, 'few NULs: the NUL ratio alone does not tell');
    await notChecked('png-latin1', text, 'PNG');
  });

  test('a PDF (`%PDF-1.4` and 50 KB of compressed bytes, read as Latin-1) is not checked', async () => {
    await notChecked('pdf', '%PDF-1.4\n' + COMPRESSED.toString('latin1'), 'PDF');
  });

  test('compressed bytes without any signature, read as Latin-1, are not checked for their control characters', async () => {
    await notChecked('deflated', COMPRESSED.toString('latin1'));
  });

  test('a report with a form feed and a score of U+001A from a Word paste is checked, each reported with a fix', async () => {
    const lines = REPORT.split('\n');
    const prose = lines.map((l, i) => (/^[^#|\s]/.test(l) && l.length > 30 ? i : -1)).filter((i) => i >= 0);
    assert.ok(prose.length >= 4);
    // 20 SUBs over four prose lines, and a form feed at the start of one.
    const text = lines.map((l, i) => (prose.slice(0, 4).includes(i) ? l.slice(0, 5) + '\u001a'.repeat(5) + l.slice(5) : i === prose[4] ? '\f' + l : l)).join('\n');
    const uri = 'file:///tmp/nianbao-bin/stray.nianbao.md';
    const ds = await s.openAndWait(uri, text, 'nianbao');
    assert.ok(!ds.some((d) => d.code === 'not-checked'), ds.map((d) => d.message).join('\n'));
    assert.equal(ds.filter((d) => d.code === 'encoding-invalid').length, 20);
    const fixAll = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(fixAll.length, 1);
  });
});
