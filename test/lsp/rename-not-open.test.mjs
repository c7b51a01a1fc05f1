// Reports that are not open, renamed or moved with their folder (workspace/didRenameFiles, which the server asks for):
// brk110 #1 found the old URIs kept their diagnostics and the new ones got none, and checkWorkspace left the
// diagnostics of files that were gone. A client that sends no file events (Neovim, Helix) had no other way to learn.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');

describe('reports renamed while not open', () => {
  let s, dir;
  const uri = (rel) => pathToFileURL(path.join(dir, rel)).href;
  const at = (rel) => path.join(dir, rel);
  /** The last diagnostics published for `u` (null: never). */
  const last = (u) => s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u).at(-1)?.params.diagnostics ?? null;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-rename-disk-'));
    for (const rel of ['a.nianbao.md', 'd/x.nianbao.md', 'gone.nianbao.md']) {
      fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
      fs.writeFileSync(at(rel), ERRORS_2024);
    }
    s = await session({ locale: 'en', workspaceFolders: [pathToFileURL(dir).href] });
    for (const rel of ['a.nianbao.md', 'd/x.nianbao.md', 'gone.nianbao.md']) assert.ok((await s.diagnostics(uri(rel), 0)).length > 0);
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a file renamed: the old URI is cleared, the new one checked', async () => {
    const before = last(uri('a.nianbao.md'));
    fs.renameSync(at('a.nianbao.md'), at('b.nianbao.md'));
    const since = s.srv.notifications.length;
    s.srv.notify('workspace/didRenameFiles', { files: [{ oldUri: uri('a.nianbao.md'), newUri: uri('b.nianbao.md') }] });
    assert.deepEqual(await s.diagnostics(uri('a.nianbao.md'), since), []);
    assert.deepEqual((await s.diagnostics(uri('b.nianbao.md'), since)).map((d) => d.code), before.map((d) => d.code));
  });

  test('a folder renamed: every report below it moves', async () => {
    const before = last(uri('d/x.nianbao.md'));
    fs.renameSync(at('d'), at('e'));
    const since = s.srv.notifications.length;
    s.srv.notify('workspace/didRenameFiles', { files: [{ oldUri: uri('d'), newUri: uri('e') }] });
    assert.deepEqual(await s.diagnostics(uri('d/x.nianbao.md'), since), []);
    assert.deepEqual((await s.diagnostics(uri('e/x.nianbao.md'), since)).map((d) => d.code), before.map((d) => d.code));
  });

  test('checkWorkspace clears the files it checked before that are gone', async () => {
    fs.rmSync(at('gone.nianbao.md'));
    const since = s.srv.notifications.length;
    const r = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
    assert.equal(r.files, 2);
    assert.deepEqual(await s.diagnostics(uri('gone.nianbao.md'), since), []);
    assert.ok(last(uri('b.nianbao.md')).length > 0 && last(uri('e/x.nianbao.md')).length > 0);
  });
});
