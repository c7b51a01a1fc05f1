// An invalid .nianbao.jsonc opened as a document keeps its config-invalid diagnostics (found by breaker31).
// breaker31 #13: a client that syncs every buffer opens an invalid .nianbao.jsonc as a document: the server must not
// replace its config-invalid diagnostics with an empty list (opening, editing or closing it), while the file on disk
// is still invalid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, DRAFT_2024 } from './client.mjs';

test('opening, editing and closing an invalid config leaves its config-invalid diagnostics alone', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cfgopen-'));
  const cfgText = '{ "rules": { "sum-review": "loud" } }';
  fs.writeFileSync(path.join(dir, '.nianbao.jsonc'), cfgText);
  const s = await session({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { settings: { workspace: { check: false } } }, config: { workspace: { check: false } } });
  try {
    const cfg = pathToFileURL(path.join(dir, '.nianbao.jsonc')).href;
    const report = pathToFileURL(path.join(dir, 'r.md')).href;
    const since = s.srv.notifications.length;
    await s.open(report, DRAFT_2024);
    const issues = await s.diagnostics(cfg, since);
    assert.deepEqual(issues.map((d) => d.code), ['config-invalid']);
    const mark = s.srv.notifications.length;
    s.srv.notify('textDocument/didOpen', { textDocument: { uri: cfg, languageId: 'plaintext', version: 1, text: cfgText } });
    s.srv.notify('textDocument/didChange', { textDocument: { uri: cfg, version: 2 }, contentChanges: [{ text: '{ "rules": { "sum-review": "off" } }' }] });
    s.srv.notify('textDocument/didClose', { textDocument: { uri: cfg } });
    // Let the server handle them (and any re-check they cause), then look at what it published on the config.
    await s.openAndWait(pathToFileURL(path.join(dir, 'other.md')).href, DRAFT_2024);
    await new Promise((r) => setTimeout(r, 500));
    await s.srv.request('nianbao/debugStats', {});
    const onConfig = s.srv.notifications.slice(mark).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === cfg);
    assert.deepEqual(onConfig.map((m) => m.params.diagnostics), [], 'nothing published on the config after it was opened');
  } finally {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
