// A project config (.nianbao.jsonc) created, edited or deleted on disk in a client that sends no file events (Neovim,
// Helix): brk110 #2 found the server kept the config it had read until it was restarted, and registered no file
// watchers for a client that allows it. Now a config is read again by its modification time (a lookup 250 ms or more
// after the last looks again), a change re-checks the open reports, and the server registers its watchers, unless
// the client watches the files itself (the VS Code client, `clientWatchesFiles`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, session, root, CAPABILITIES } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const WATCHING = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } };

describe('a config changed on disk without file events', () => {
  let s;
  before(async () => { s = await reportFolder('config-disk', {}, { locale: 'en' }); });
  after(async () => { await s.close(); });
  /** A keystroke in `uri` (nothing changed in the text), answered by its diagnostics. */
  const keystroke = (uri) => s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);

  test('created, edited, made invalid and deleted: the open reports follow it', async () => {
    const a = s.uri('a/r.nianbao.md'), b = s.uri('a/b/other.nianbao.md');
    fs.mkdirSync(s.path('a/b'), { recursive: true });
    const first = await s.openAndWait(a, ERRORS_2024);
    await s.openAndWait(b, ERRORS_2024);
    assert.ok(first.some((d) => d.code === 'section-title'));
    assert.ok(first.some((d) => d.code === 'table-missing' || d.code === 'row-missing' || d.code === 'total-mismatch'));
    const off = first.find((d) => d.code !== 'section-title').code;

    fs.writeFileSync(s.path('.nianbao.jsonc'), '{ "rules": { "section-title": "off" } }\n');
    await wait(400);
    let since = s.srv.notifications.length;
    assert.ok(!(await keystroke(a)).some((d) => d.code === 'section-title'), 'the new config is read');
    // The other open report it applies to is checked again without a keystroke of its own.
    await s.diagnostics(b, since, { where: (ds) => !ds.some((d) => d.code === 'section-title') });

    fs.writeFileSync(s.path('.nianbao.jsonc'), `{ "rules": { "${off}": "off" } }\n`);
    await wait(400);
    const edited = await keystroke(a);
    assert.ok(edited.some((d) => d.code === 'section-title') && !edited.some((d) => d.code === off), 'the edited config is read');

    const config = s.uri('.nianbao.jsonc');
    fs.writeFileSync(s.path('.nianbao.jsonc'), '{ "rules": { "section-title": "bogus" } }\n');
    await wait(400);
    since = s.srv.notifications.length;
    await keystroke(a);
    assert.deepEqual((await s.diagnostics(config, since)).map((d) => d.code), ['config-invalid']);

    fs.rmSync(s.path('.nianbao.jsonc'));
    await wait(400);
    since = s.srv.notifications.length;
    const back = await keystroke(a);
    assert.ok(back.some((d) => d.code === 'section-title') && back.some((d) => d.code === off), 'no config: the defaults');
    assert.deepEqual(await s.diagnostics(config, since), [], 'the deleted config\'s problems are cleared');
  });
});

describe('file watchers', () => {
  /** The `workspace/didChangeWatchedFiles` registrations a session got from the server. */
  const registered = async (options) => {
    const got = [];
    const s = await session({ ...options, handlers: { 'client/registerCapability': (p) => { got.push(...p.registrations); return null; } } });
    // Registered on `initialized`, before the answer to a later request.
    await s.srv.request('nianbao/debugStats', null);
    await s.srv.stop();
    return got.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
  };

  test('registered when the client allows dynamic registration: report files and .nianbao.jsonc', async () => {
    const regs = await registered({ capabilities: WATCHING });
    assert.equal(regs.length, 1);
    assert.deepEqual(regs[0].registerOptions.watchers.map((w) => w.globPattern), ['**/*.{md,markdown,txt}', '**/.nianbao.jsonc']);
  });

  test('not registered when the client watches them itself (VS Code) or cannot register them', async () => {
    assert.deepEqual(await registered({ capabilities: WATCHING, initializationOptions: { settings: {}, clientWatchesFiles: true } }), []);
    assert.deepEqual(await registered({ capabilities: CAPABILITIES }), []);
  });
});
