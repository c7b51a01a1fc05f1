// What the editor test runners share: a private code-server (VS Code server + web workbench from npm) on a free
// port with its own user data, extensions folder and a fresh copy of the fixture workspace, and Debian's
// Chromium driven by playwright-core. See ../shared/reference/editor-tests.md.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** code-server's entry point (installed by scripts/setup-editor-tests.sh), or CODE_SERVER. */
export const CS = process.env.CODE_SERVER || path.join(root, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');

/** A free TCP port on 127.0.0.1 unless PORT is given (several runs on one machine must not collide). */
export async function freePort() {
  if (Number(process.env.PORT)) return Number(process.env.PORT);
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/**
 * A throw-away folder for one run: `data` (user data, extensions, XDG dirs) and `workspace`, a fresh copy of
 * test/editor/fixtures/workspace (the tests edit and save files). `env` points code-server's XDG dirs into it.
 */
export function sandbox(prefix) {
  const data = mkdtempSync(path.join(os.tmpdir(), prefix));
  const workspace = path.join(data, 'workspace');
  cpSync(path.join(root, 'test/editor/fixtures/workspace'), workspace, { recursive: true });
  const env = { XDG_DATA_HOME: path.join(data, 'xdg-data'), XDG_CONFIG_HOME: path.join(data, 'xdg-config') };
  // code-server's helpers (extension host, language server, file watcher) may still be writing into `data` for a
  // moment after it exits, so the removal retries, and a folder that still cannot be removed is reported, not fatal.
  const remove = () => {
    try {
      rmSync(data, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.warn(`note: could not remove ${data}: ${e.code ?? e.message}`);
    }
  };
  return { data, workspace, env, extDir: path.join(data, 'ext'), userDir: path.join(data, 'user'), remove };
}

/**
 * Starts code-server for `box` (a `sandbox`) on `host` and resolves once it listens; rejects with its log when it
 * exits or does not start within 30 s. `stop()` kills its whole process group (code-server, its extension host and
 * our language server) and waits (at most 5 s) for code-server to exit.
 */
export async function startCodeServer(box, host, { node = process.execPath, env = {} } = {}) {
  const server = spawn(node, [CS, '--auth', 'none', '--bind-addr', host, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--config', path.join(box.data, 'config.yaml'),
    '--user-data-dir', box.userDir, '--extensions-dir', box.extDir, box.workspace],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...box.env, ...env }, detached: true });
  const exited = new Promise((r) => server.once('exit', r));
  const signalGroup = (sig) => {
    try { process.kill(-server.pid, sig); } catch { server.kill(sig); }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    signalGroup('SIGKILL');   // helpers that outlived code-server would keep writing into the sandbox
    await new Promise((r) => setTimeout(r, 200));
  };
  // Its own process group is not killed with ours: take it down if this runner exits first.
  process.once('exit', () => signalGroup('SIGKILL'));
  let log = '';
  try {
    await new Promise((resolve, reject) => {
      const on = (b) => { log += b; if (process.env.VERBOSE) process.stderr.write(b); if (log.includes('HTTP server listening')) resolve(); };
      server.stdout.on('data', on); server.stderr.on('data', on);
      server.once('exit', (c) => reject(new Error('code-server exited ' + c + '\n' + log)));
      setTimeout(() => reject(new Error('code-server did not start\n' + log)), 30000);
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { server, stop };
}

/** Debian's Chromium (or CHROMIUM), headless, through playwright-core (which downloads nothing). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
