// brk170 #4: a UTF-16 report saved without a byte-order mark that is not open was "not text (many NUL characters)"
// to the language server (workspace check, inspect), while `nianbao check` says it looks like UTF-16 without a BOM and
// how to make it checkable, and the server itself names the encoding once the file is open. The server now reads
// files from disk the way the CLI does (`decodeReport`'s refusal, not a UTF-8 reading of the bytes): the note names
// UTF-16 and the fix. A file of NULs that is no UTF-16 text is still "not text".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

/** `text` as UTF-16 bytes without a byte-order mark. */
function utf16(text, le) {
  const b = Buffer.from(text, 'utf16le');
  if (!le) b.swap16();
  return b;
}

let dir, s;
const uri = (name) => pathToFileURL(path.join(dir, name)).href;
const inspect = (u) => s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [u] });
const last = (u) => s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u).map((m) => m.params.diagnostics).at(-1) ?? [];
const NOTE = (label) => `文件看起来是没有字节顺序标记（BOM）的 ${label} 文本，未检查：请另存为 UTF-8（或带 BOM 的 UTF-16）后再检查。`;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-utf16-'));
  fs.writeFileSync(path.join(dir, 'le.nianbao.md'), utf16(CORRECT, true));
  fs.writeFileSync(path.join(dir, 'be-report.md'), utf16(CORRECT, false));
  // UTF-16 notes that are no report: auto-detection leaves them alone, as it does the same notes in UTF-8.
  fs.writeFileSync(path.join(dir, 'notes.md'), utf16('# Meeting notes\n\nNothing about the annual report here.\n'.repeat(20), true));
  fs.writeFileSync(path.join(dir, 'zeros.nianbao.md'), Buffer.alloc(4000));
  s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
});
after(async () => {
  await s.srv.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('workspace check: a UTF-16 report without BOM is named as UTF-16 with the fix, not "not text"', async () => {
  await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
  const le = last(uri('le.nianbao.md'));
  assert.deepEqual(le.map((d) => [d.code, d.message]), [['not-checked', NOTE('UTF-16 LE')]]);
  // A .md found as a report by its text decoded as UTF-16.
  const be = last(uri('be-report.md'));
  assert.deepEqual(be.map((d) => [d.code, d.message]), [['not-checked', NOTE('UTF-16 BE')]]);
  assert.deepEqual(last(uri('notes.md')), []);
  const zeros = last(uri('zeros.nianbao.md'));
  assert.deepEqual(zeros.map((d) => d.code), ['not-checked']);
  assert.match(zeros[0].message, /^文件不是文本（含有大量 NUL 字符/);
});

test('inspect on such a file answers the same words', async () => {
  assert.equal(await inspect(uri('le.nianbao.md')), NOTE('UTF-16 LE'));
  assert.equal(await inspect(uri('be-report.md')), NOTE('UTF-16 BE'));
  assert.match(await inspect(uri('zeros.nianbao.md')), /^文件不是文本（含有大量 NUL 字符/);
});
