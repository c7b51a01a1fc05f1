// Protocol tests of V8's code cache (server/src/boot/code-cache.ts): dist/server.js loads the language server
// (dist/language-server.js) with the cache in NIANBAO_CODE_CACHE or the user's cache folder, saves it after its
// first check, and starts the next server from it; a cache V8 refuses, an unwritable folder or `off` change
// nothing the user sees. Which state a server started in is read from its log line (window/logMessage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const uri = pathToFileURL(path.join(os.tmpdir(), 'nianbao-code-cache', 'errors-2024.nianbao.md')).href;
const CACHE_NAME = /^language-server-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/;

/** A temporary folder for one test, removed after it. */
function tempDir(t, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-${prefix}-`));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The code caches in `dir` (names). */
const caches = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.v8cache')) : []);

/** Polls until `pred()` holds (the server saves a second after its first check), or fails after `ms`. */
async function until(pred, ms, what) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Runs one server with `env` over the example: its code-cache log line (`state`, `file`), the codes of its
 * diagnostics, and, with `waitForSave`, waits until a cache file is in `folder` before stopping it.
 */
async function run(env, { folder = null, waitForSave = false } = {}) {
  const s = await session({ env: { ...process.env, ...env } });
  try {
    const log = await s.srv.waitFor((m) => m.method === 'window/logMessage' && /V8 code cache/.test(m.params.message), 10000);
    const m = /V8 code cache (\w+)(?: \((.+)\))?$/.exec(log.params.message);
    assert.ok(m, log.params.message);
    const diags = await s.openAndWait(uri, EXAMPLE, 'nianbao');
    if (waitForSave) await until(() => caches(folder).length > 0 && !fs.readdirSync(folder).some((n) => n.endsWith('.tmp')), 15000, `a cache in ${folder}`);
    return { state: m[1], file: m[2] ?? null, codes: diags.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort() };
  } finally {
    await s.srv.stop();
  }
}

test('a new server saves the code cache after its first check; the next one starts from it and finds the same', async (t) => {
  const folder = path.join(tempDir(t, 'code-cache'), 'cache');
  const first = await run({ NIANBAO_CODE_CACHE: folder }, { folder, waitForSave: true });
  assert.equal(first.state, 'absent');
  const [name] = caches(folder);
  assert.match(name, CACHE_NAME);
  assert.equal(first.file, path.join(folder, name));
  assert.ok(fs.statSync(first.file).size > 100_000, 'the cache holds the compiled server, not just its top level');
  assert.equal(fs.statSync(folder).mode & 0o077, 0, 'the folder is the user\'s alone');
  const second = await run({ NIANBAO_CODE_CACHE: folder });
  assert.equal(second.state, 'accepted');
  assert.equal(second.file, first.file);
  assert.ok(first.codes.length >= 3, first.codes.join(' '));
  assert.deepEqual(second.codes, first.codes);
  assert.deepEqual(caches(folder), [name], 'a cache V8 took is not written again');
});

test('a corrupt cache is refused, changes no finding, and is replaced by a good one', async (t) => {
  const folder = tempDir(t, 'code-cache-bad');
  const good = await run({ NIANBAO_CODE_CACHE: folder }, { folder, waitForSave: true });
  fs.writeFileSync(good.file, Buffer.from('not bytecode at all '.repeat(50)));
  const before = fs.statSync(good.file).size;
  const bad = await run({ NIANBAO_CODE_CACHE: folder }, { folder });
  assert.equal(bad.state, 'rejected');
  assert.deepEqual(bad.codes, good.codes);
  await until(() => fs.statSync(good.file).size !== before, 15000, 'the refused cache to be replaced');
  const again = await run({ NIANBAO_CODE_CACHE: folder });
  assert.equal(again.state, 'accepted');
});

test('saving drops caches of other builds of the server and nothing else in the folder', async (t) => {
  const folder = tempDir(t, 'code-cache-old');
  const old = `language-server-0123456789abcdef-${process.version}-${process.arch}.v8cache`;
  fs.writeFileSync(path.join(folder, old), 'an older build');
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'the user\'s');
  fs.writeFileSync(path.join(folder, 'cli-0123456789abcdef-v20.0.0-x64.v8cache'), 'another bundle');
  await run({ NIANBAO_CODE_CACHE: folder }, { folder, waitForSave: true });
  await until(() => !fs.existsSync(path.join(folder, old)), 5000, 'the old cache to go');
  const left = fs.readdirSync(folder).sort();
  assert.equal(left.length, 3, left.join(' '));
  assert.ok(left.includes('notes.txt') && left.includes('cli-0123456789abcdef-v20.0.0-x64.v8cache'), left.join(' '));
});

test('NIANBAO_CODE_CACHE=off: no cache is read or written; without it, the cache goes to $XDG_CACHE_HOME/nianbao', async (t) => {
  const home = tempDir(t, 'code-cache-home');
  const xdg = path.join(home, 'xdg');
  const off = await run({ NIANBAO_CODE_CACHE: 'off', HOME: home, XDG_CACHE_HOME: xdg });
  assert.equal(off.state, 'off');
  assert.equal(off.file, null);
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(fs.readdirSync(home), [], 'nothing written under the home folder');
  const env = { ...process.env, HOME: home, XDG_CACHE_HOME: xdg };
  delete env.NIANBAO_CODE_CACHE;
  const s = await run(env, { folder: path.join(xdg, 'nianbao'), waitForSave: true });
  assert.equal(s.state, 'absent');
  assert.equal(path.dirname(s.file), path.join(xdg, 'nianbao'));
  assert.deepEqual(s.codes, off.codes);
});

test('a cache folder that cannot be made (a file stands in its path) leaves the server working, without a cache', async (t) => {
  const dir = tempDir(t, 'code-cache-blocked');
  fs.writeFileSync(path.join(dir, 'file'), 'a file, not a folder');
  const folder = path.join(dir, 'file', 'cache');
  const plain = await run({ NIANBAO_CODE_CACHE: 'off' });
  const blocked = await run({ NIANBAO_CODE_CACHE: folder });
  assert.equal(blocked.state, 'absent');
  assert.deepEqual(blocked.codes, plain.codes);
  // The server stayed up past its attempt to save (a second after the check): a second session in the same state.
  const again = await run({ NIANBAO_CODE_CACHE: folder });
  assert.equal(again.state, 'absent');
  assert.equal(fs.readFileSync(path.join(dir, 'file'), 'utf8'), 'a file, not a folder');
});
