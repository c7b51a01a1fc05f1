// A client that opens a document again without closing it (a reload with new text, at version 1 again) got the
// first text's diagnostics: the analysis kept for version 1 was reused (brk87 #6). The new text is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = /^\| 规章( +)\| 0( +)\|/m;

test('a second didOpen of an open document, same version, other text: that text is checked, and so is the next', async () => {
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-reopen/report.nianbao.md';
    assert.deepEqual((await s.openAndWait(uri, CORRECT)).map((d) => d.code), []);
    const bad = CORRECT.replace(ROW, '| 规章$1| x$2|');
    assert.notEqual(bad, CORRECT);
    const again = await s.openAndWait(uri, bad);
    assert.deepEqual(again.map((d) => d.code), ['number-invalid']);
    // Its quick fixes and outline are of the new text too.
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(syms.length >= 6);
    // Opened a third time with the first text: clean again; then an edit at version 2 is checked as usual.
    assert.deepEqual((await s.openAndWait(uri, CORRECT)).map((d) => d.code), []);
    assert.deepEqual((await s.replace(uri, bad)).map((d) => d.code), ['number-invalid']);
  } finally {
    await s.srv.stop();
  }
});
