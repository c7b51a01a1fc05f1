// brk110 #4: Helix (and Neovim) ask for code actions without `context.only`, and Helix has no fix on save: such a
// request never got source.fixAll.nianbao, so fix-all could not be reached from those editors. It is offered now to
// every client but VS Code (whose light bulb asks so at every cursor move and drops source actions itself). A request
// whose range covers a diagnostic but that sends no diagnostics got nothing: it gets the actions of the server's
// diagnostics that overlap its range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './client.mjs';
import { cleanDraft, edit } from '../helpers.mjs';

const DRAFT = edit(cleanDraft('2021'), '| 2.重复申请', '| 2.重复申情');
const FIX_ALL = 'source.fixAll.nianbao';

test('a request without `only` gets fix-all, except from VS Code', async () => {
  // code-server names itself so; our VS Code extension says `editor: 'vscode'` in its initializationOptions, so that a
  // fork under another name (Cursor…) is VS Code too.
  const cases = [[undefined, true], [{ name: 'helix', version: '25.01' }, true], [{ name: 'Neovim' }, true], [{ name: 'Visual Studio Code', version: '1.95.0' }, false],
    [{ name: 'code-server', version: '4.96.2' }, false], [{ name: 'Cursor' }, false, { settings: {}, editor: 'vscode' }], [{ name: 'Cursor' }, true]];
  for (const [clientInfo, expected, initializationOptions] of cases) {
    const s = await session({ clientInfo, initializationOptions });
    try {
      const uri = 'file:///tmp/nianbao-no-kinds/a.nianbao.md';
      const d = (await s.openAndWait(uri, DRAFT)).find((x) => x.code === 'row-label');
      assert.ok(d);
      const ask = (only) => s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
      const kinds = (await ask()).map((a) => a.kind);
      assert.equal(kinds.includes(FIX_ALL), expected, `${JSON.stringify(clientInfo)}: ${kinds}`);
      assert.ok(kinds.includes('quickfix'));
      // Asked for by kind, every client gets it; asked for quick fixes only, none does.
      assert.deepEqual((await ask(['source.fixAll'])).map((a) => a.kind), [FIX_ALL]);
      assert.ok(!(await ask(['quickfix'])).some((a) => a.kind === FIX_ALL));
    } finally {
      await s.srv.stop();
    }
  }
});

test('a request with no diagnostics in its context: the actions of ours that overlap its range', async () => {
  const s = await session({ clientInfo: { name: 'helix' } });
  try {
    const uri = 'file:///tmp/nianbao-no-kinds/b.nianbao.md';
    const d = (await s.openAndWait(uri, DRAFT)).find((x) => x.code === 'row-label');
    const ask = (range, diagnostics) => s.srv.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
    const sent = await ask(d.range, [d]);
    assert.ok(sent.length >= 2, JSON.stringify(sent.map((a) => a.title)));
    const none = await ask(d.range, []);
    assert.deepEqual(none.map((a) => [a.title, a.edit]), sent.map((a) => [a.title, a.edit]));
    assert.equal(none.find((a) => a.isPreferred)?.diagnostics?.[0]?.code, 'row-label');
    // A cursor (an empty range) inside the diagnostic's range: the same.
    const inside = { line: d.range.start.line, character: d.range.start.character + 1 };
    assert.deepEqual((await ask({ start: inside, end: inside }, [])).map((a) => a.title), sent.map((a) => a.title));
    // A range that reaches no diagnostic: nothing.
    const far = { line: 0, character: 0 };
    assert.deepEqual(await ask({ start: far, end: far }, []), []);
  } finally {
    await s.srv.stop();
  }
});
