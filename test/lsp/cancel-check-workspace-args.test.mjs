// brk110 #9: `nianbao.server.checkWorkspace` with an argument ran (docs/editor.md: "a wrong argument is answered with
// InvalidParams"), and a fix-all code action cancelled ($/cancelRequest) before it ran answered [], which a client
// cannot tell from "nothing to fix": now RequestCancelled (-32800).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const code = (e) => JSON.parse(e.message).code;

describe('checkWorkspace arguments and a cancelled fix-all', () => {
  let s;
  const uri = 'file:///tmp/nianbao-brk110/cancel.nianbao.md';
  before(async () => {
    s = await session({ locale: 'en' });
    await s.openAndWait(uri, ERRORS_2024);
  });
  after(async () => { await s.srv.stop(); });

  test('nianbao.server.checkWorkspace refuses an argument (InvalidParams), runs with none', async () => {
    for (const args of [[1], [{}], ['file:///tmp']]) {
      await assert.rejects(s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: args }),
        (e) => code(e) === -32602 && /takes no arguments/.test(JSON.parse(e.message).message));
    }
    assert.deepEqual(await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] }), { files: 0, reports: 0, problems: 0 });
    assert.ok(await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace' }));
  });

  test('a fix-all cancelled before it runs answers RequestCancelled; not cancelled, it gives its action', async () => {
    const params = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } };
    // The request and its cancellation in one write, so that the server reads the cancellation before it runs the request.
    s.srv.proc.stdin.cork();
    const cancelled = s.srv.request('textDocument/codeAction', params);
    s.srv.notify('$/cancelRequest', { id: s.srv.lastRequestId() });
    s.srv.proc.stdin.uncork();
    await assert.rejects(cancelled, (e) => code(e) === -32800);
    const actions = await s.srv.request('textDocument/codeAction', params);
    assert.equal(actions.length, 1);
  });
});
