// A format and year set for a file in the status bar (nianbao/setOverride) go with the file when it is renamed or its
// folder is (workspace/didRenameFiles, which the server asks for): brk103 #3 found them silently dropped, the
// findings changing with no word, after an F2 rename in the Explorer.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const ERRORS_2018 = fs.readFileSync(path.join(root, 'examples/errors-2018.nianbao.md'), 'utf8');
/** The next status of `uri` after notification `since` that has an override (the one of its open, without, may come late). */
const status = (s, uri, since) => s.srv.waitFor((m) => m.method === 'nianbao/status' && m.params.uri === uri && Object.keys(m.params.override).length > 0, 20000, since).then((m) => m.params);

describe('an override follows its file when it is renamed', () => {
  let s;
  before(async () => { s = await session({ locale: 'en' }); });
  after(async () => { await s.srv.stop(); });

  test('the server asks to be told of renamed report files and folders', () => {
    const filters = s.init.capabilities.workspace.fileOperations.didRename.filters;
    assert.deepEqual(filters.map((f) => f.pattern.matches), ['file', 'folder']);
  });

  test('a file renamed (closed and opened under its new name, then didRenameFiles): checked with its override again', async () => {
    const oldUri = 'file:///tmp/nianbao-rename/2018/report.nianbao.md';
    const newUri = 'file:///tmp/nianbao-rename/2018/某某局2018年报.nianbao.md';
    const detected = await s.openAndWait(oldUri, ERRORS_2018, 'nianbao');
    const set = await s.srv.request('nianbao/setOverride', { uri: oldUri, format: 'pre2019' });
    assert.deepEqual(set.override, { format: 'pre2019' });
    // As VS Code does it: the old document closed, the new one opened, then the rename notified.
    s.srv.notify('textDocument/didClose', { textDocument: { uri: oldUri } });
    const since = s.srv.notifications.length;
    const opened = await s.openAndWait(newUri, ERRORS_2018, 'nianbao');
    assert.deepEqual(opened.map((d) => d.code), detected.map((d) => d.code), 'opened under the new name without the override first');
    const renamed = s.srv.notifications.length;
    s.srv.notify('workspace/didRenameFiles', { files: [{ oldUri, newUri }] });
    const st = await status(s, newUri, renamed);
    assert.deepEqual(st.override, { format: 'pre2019' });
    assert.equal(st.format, 'pre2019');
    assert.ok(s.srv.notifications.slice(since).some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === newUri));
  });

  test('a folder renamed: the overrides of the files in it go with them', async () => {
    const oldUri = 'file:///tmp/nianbao-rename/old/a.nianbao.md';
    const newUri = 'file:///tmp/nianbao-rename/new/a.nianbao.md';
    await s.openAndWait(oldUri, ERRORS_2018, 'nianbao');
    await s.srv.request('nianbao/setOverride', { uri: oldUri, format: 'pre2019' });
    s.srv.notify('textDocument/didClose', { textDocument: { uri: oldUri } });
    await s.openAndWait(newUri, ERRORS_2018, 'nianbao');
    const renamed = s.srv.notifications.length;
    s.srv.notify('workspace/didRenameFiles', { files: [{ oldUri: 'file:///tmp/nianbao-rename/old', newUri: 'file:///tmp/nianbao-rename/new' }] });
    assert.deepEqual((await status(s, newUri, renamed)).override, { format: 'pre2019' });
    // A file beside the folder with a name that starts like it is not moved.
    const other = 'file:///tmp/nianbao-rename/older.nianbao.md';
    await s.openAndWait(other, ERRORS_2018, 'nianbao');
    await s.srv.request('nianbao/setOverride', { uri: other, format: 'pre2019' });
    s.srv.notify('workspace/didRenameFiles', { files: [{ oldUri: 'file:///tmp/nianbao-rename/old', newUri: 'file:///tmp/nianbao-rename/x' }] });
    assert.deepEqual((await s.srv.request('nianbao/getStatus', { uri: other })).override, { format: 'pre2019' });
  });
});
