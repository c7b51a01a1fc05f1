// source.fixAll on a long document took seconds and blocked the whole server: a hover on another open document waited
// until it finished, and a $/cancelRequest made it answer [] (read as "nothing to fix"; brk110 #3 and #9). The fix-all
// is now computed in steps (a re-check each), other requests are served between them, and a cancelled one is
// answered RequestCancelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, root } from './client.mjs';

const ERRORS = readFileSync(join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
// A long report: its introduction's sentence written 600 times over (about 30,000 characters of prose).
const PARA = ERRORS.split('\n')[6];
const LONG = ERRORS.replace(PARA, `${PARA}\n\n`.repeat(600).trimEnd());
const fixAllParams = (uri) => ({ textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });

test('a cancelled fix-all is answered RequestCancelled; other requests are answered while a fix-all runs', async () => {
  const s = await session();
  try {
    const big = 'file:///tmp/nianbao-fix-all-yields/long.nianbao.md';
    const small = 'file:///tmp/nianbao-fix-all-yields/small.nianbao.md';
    await s.openAndWait(big, LONG);
    await s.openAndWait(small, ERRORS);
    // Requests are numbered from 2 (1 was initialize): this one is 2.
    const cancelled = s.srv.request('textDocument/codeAction', fixAllParams(big));
    s.srv.notify('$/cancelRequest', { id: 2 });
    await assert.rejects(cancelled, (e) => JSON.parse(e.message).code === -32800);
    const order = [];
    const fixAll = s.srv.request('textDocument/codeAction', fixAllParams(big)).then((r) => (order.push('fixAll'), r));
    const hover = s.srv.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 4, character: 5 } }).then((r) => (order.push('hover'), r));
    const [actions] = await Promise.all([fixAll, hover]);
    assert.deepEqual(order, ['hover', 'fixAll']);
    assert.equal(actions.filter((a) => a.kind === 'source.fixAll.nianbao').length, 1);
  } finally {
    await s.srv.stop();
  }
});
