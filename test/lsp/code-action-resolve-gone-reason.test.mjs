// brk181 #2: a quick fix resolved (codeAction/resolve) after the text changed so that it no longer applies gives no
// edit and says why: the reason as the action's `disabled` reason (for every resolving client, not only one that
// declared `disabledSupport`), and, for a client that resolves `command` too (VS Code's, which drops a resolved
// action's `disabled` and runs its `command`), the server command `nianbao.server.fixGone`, which shows the reason
// (window/showMessage), so that the click is not silently lost.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session, resolvingCapabilities } from './client.mjs';
import { cleanDraft, edit } from '../helpers.mjs';

/** A resolving client as the tester's: `data` kept, `edit` resolvable, no `disabledSupport` declared. */
const PLAIN_RESOLVING = resolvingCapabilities({ properties: ['edit'], disabledSupport: false });
/** VS Code's language client (vscode-languageclient 11): `disabled` shown, `edit` and `command` resolvable. */
const VSCODE_RESOLVING = resolvingCapabilities();

const ROW = '| 2.重复申请';
const MISSPELT = '| 2.重复申情';
/** A clean 2021 draft with one 表三 row label misspelt (row-label, fixable). */
const DRAFT = edit(cleanDraft('2021'), ROW, MISSPELT);

/** Opens `DRAFT` at `uri`, gets the row-label quick fix, applies `change` to the text, and resolves the fix. */
async function resolveAfter(s, uri, change) {
  const ds = await s.openAndWait(uri, DRAFT);
  const d = ds.find((x) => x.code === 'row-label');
  assert.ok(d, JSON.stringify(ds.map((x) => x.code)));
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.edit, undefined, 'sent for resolving');
  await s.replace(uri, change(DRAFT));
  return s.srv.request('codeAction/resolve', fix);
}

describe('a quick fix gone when resolved says why (client without disabledSupport)', () => {
  let s;
  before(async () => { s = await session({ capabilities: PLAIN_RESOLVING }); });
  after(async () => { await s.srv.stop(); });

  test('label fixed by hand: no edit, a disabled reason saying the text changed since the fix was offered', async () => {
    const resolved = await resolveAfter(s, 'file:///tmp/nianbao-gone/hand.nianbao.md', (t) => edit(t, MISSPELT, ROW));
    assert.equal(resolved.edit, undefined);
    assert.ok(resolved.disabled, JSON.stringify(resolved));
    assert.match(resolved.disabled.reason, /此修复已不适用：文本已更改（自提供此修复以来）/);
    assert.match(resolved.disabled.reason, /重新打开灯泡菜单/);
    assert.equal(resolved.command, undefined, 'the client does not resolve command');
  });

  test('own line edited (still misspelt): no edit, a disabled reason', async () => {
    const resolved = await resolveAfter(s, 'file:///tmp/nianbao-gone/line.nianbao.md', (t) => edit(t, MISSPELT, '| 2、重复申情'));
    assert.equal(resolved.edit, undefined);
    assert.match(resolved.disabled?.reason ?? '', /此修复已不适用/);
  });

  test('a fix that still applies resolves to its edit and no disabled reason', async () => {
    const resolved = await resolveAfter(s, 'file:///tmp/nianbao-gone/still.nianbao.md', (t) => edit(t, '## 一、总体情况\n\n', '## 一、总体情况\n\n补充说明。\n\n'));
    assert.ok(resolved.edit, JSON.stringify(resolved));
    assert.equal(resolved.disabled, undefined);
    assert.equal(resolved.command, undefined);
  });
});

describe('a quick fix gone when resolved says why (VS Code: disabled dropped at resolve, command run)', () => {
  let s;
  before(async () => { s = await session({ capabilities: VSCODE_RESOLVING, clientInfo: { name: 'Visual Studio Code' } }); });
  after(async () => { await s.srv.stop(); });

  test('the server declares the fixGone command', () => {
    assert.ok(s.init.capabilities.executeCommandProvider.commands.includes('nianbao.server.fixGone'));
  });

  test('the resolved action carries the reason as disabled and as the fixGone command, which shows it', async () => {
    const resolved = await resolveAfter(s, 'file:///tmp/nianbao-gone/vscode.nianbao.md', (t) => edit(t, MISSPELT, ROW));
    assert.equal(resolved.edit, undefined);
    const reason = resolved.disabled?.reason;
    assert.match(reason ?? '', /此修复已不适用：文本已更改/);
    assert.equal(resolved.command?.command, 'nianbao.server.fixGone');
    assert.deepEqual(resolved.command.arguments, [reason]);
    const since = s.srv.notifications.length;
    const shown = s.srv.waitFor((m) => m.method === 'window/showMessage', 10000, since);
    const r = await s.srv.request('workspace/executeCommand', { command: resolved.command.command, arguments: resolved.command.arguments });
    assert.equal(r, null);
    assert.equal((await shown).params.message, reason);
  });

  test('fixGone with no reason is refused (InvalidParams)', async () => {
    await assert.rejects(s.srv.request('workspace/executeCommand', { command: 'nianbao.server.fixGone', arguments: [] }), /fixGone/);
  });
});

describe('the reason in English', () => {
  let s;
  before(async () => { s = await session({ locale: 'en', capabilities: VSCODE_RESOLVING }); });
  after(async () => { await s.srv.stop(); });

  test('label fixed by hand: the English reason', async () => {
    const resolved = await resolveAfter(s, 'file:///tmp/nianbao-gone/en.nianbao.md', (t) => edit(t, MISSPELT, ROW));
    assert.equal(resolved.edit, undefined);
    assert.match(resolved.disabled?.reason ?? '', /^This fix no longer applies: the text changed since the fix was offered.*light bulb/);
    assert.equal(resolved.command?.title, 'This fix no longer applies');
  });
});
