// The whole folder: reports in the workspace are checked without being opened (UTF-8 and GB18030 files),
// ordinary files and build folders are left alone, and changes on disk are followed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, shared, root, DRAFT_2024 } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const iconv = require('iconv-lite');
const SEED003 = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');

describe('workspace checking', () => {
  let s, dir;
  const uri = (rel) => pathToFileURL(path.join(dir, rel)).href;
  const published = (u) => s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u);
  const waitDiags = (u, since, where) => s.diagnostics(u, since, { where });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-'));
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'reports/某某局2024年报.md'), DRAFT_2024);
    fs.writeFileSync(path.join(dir, 'reports/昭通2018.txt'), iconv.encode(SEED003, 'gb18030'));
    fs.writeFileSync(path.join(dir, 'notes/README.md'), '# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    fs.writeFileSync(path.join(dir, 'broken.nianbao.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80))));
    fs.writeFileSync(path.join(dir, 'node_modules/pkg/report.md'), DRAFT_2024);
    s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reports are checked without opening them; other files are not', async () => {
    const d2024 = await waitDiags(uri('reports/某某局2024年报.md'), 0);
    assert.equal(d2024.filter((d) => d.code === 'table-missing').length, 3);
    const gbk = await waitDiags(uri('reports/昭通2018.txt'), 0);
    assert.ok(gbk.some((d) => d.code === 'row-label' && /已获取信息/.test(d.message)), 'a GB18030 file is decoded');
    const broken = await waitDiags(uri('broken.nianbao.txt'), 0);
    assert.deepEqual(broken.map((d) => d.code), ['not-checked']);
    const r = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
    assert.deepEqual(r, { files: 4, reports: 3, problems: r.problems });
    assert.ok(r.problems >= 5);
    assert.deepEqual(published(uri('notes/README.md')), []);
    assert.deepEqual(published(uri('node_modules/pkg/report.md')), []);
  });

  test('an open document takes over from the file; on close the file on disk counts again', async () => {
    const u = uri('reports/某某局2024年报.md');
    const full = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
    const open = await s.openAndWait(u, full);
    assert.ok(!open.some((d) => d.code === 'table-missing'));
    const since = s.srv.notifications.length;
    s.srv.notify('textDocument/didClose', { textDocument: { uri: u } });
    const back = await waitDiags(u, since);
    assert.equal(back.filter((d) => d.code === 'table-missing').length, 3, 'the saved file still lacks its tables');
  });

  test('changes on disk are followed (didChangeWatchedFiles)', async () => {
    const u = uri('reports/某某局2024年报.md');
    fs.writeFileSync(path.join(dir, 'reports/某某局2024年报.md'), core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' }));
    let since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });
    await waitDiags(u, since, (ds) => !ds.some((d) => d.code === 'table-missing'));
    const g = uri('reports/昭通2018.txt');
    fs.rmSync(path.join(dir, 'reports/昭通2018.txt'));
    since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: g, type: 3 }] });
    const cleared = await waitDiags(g, since);
    assert.deepEqual(cleared, []);
  });
});

describe('workspace checking off', () => {
  test('no file is read until a document is opened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-off-'));
    fs.writeFileSync(path.join(dir, 'a.md'), DRAFT_2024);
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { settings: { workspace: { check: false } } }, config: { workspace: { check: false } } });
    try {
      await s.openAndWait('file:///tmp/nianbao-ws-off-other/x.md', DRAFT_2024);
      await s.srv.request('nianbao/debugStats', {});
      assert.ok(!s.srv.notifications.some((m) => m.params?.uri === pathToFileURL(path.join(dir, 'a.md')).href));
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
