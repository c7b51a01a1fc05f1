#!/usr/bin/env node
// Runs the editor tests (dist/test/editor/index.js, Mocha inside the extension host) in a real VS Code:
// code-server from npm (VS Code server + web workbench, Node extension host) driven by Debian's Chromium
// through playwright-core. See ../shared/reference/editor-tests.md. Needs `npm run build` and
// `bash scripts/install-code-server.sh` first.
//   SCREENSHOT_OUT=docs/screenshot.png  also take the README screenshot mid-run (the test logs a marker)
//   VERBOSE=1  show code-server's and the workbench's logs        NIANBAO_GREP=...  run only matching tests
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CS = process.env.CODE_SERVER || path.join(root, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const TESTS = path.join(root, 'dist/test/editor/index.js');
for (const [what, p] of [['code-server (bash scripts/install-code-server.sh)', CS], ['the test bundle (npm run build)', TESTS], ['the server bundle (npm run build)', path.join(root, 'dist/server.js')]]) {
  if (!existsSync(p)) { console.error(`missing ${what}: ${p}`); process.exit(2); }
}
// A free port unless PORT is given (several runs on one machine must not collide).
const port = Number(process.env.PORT) || await new Promise((resolve, reject) => {
  const srv = net.createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => { const { port: p } = srv.address(); srv.close(() => resolve(p)); });
});
const host = `127.0.0.1:${port}`;
const t0 = Date.now();
const data = mkdtempSync(path.join(os.tmpdir(), 'nianbao-cs-'));
// The tests edit and save files: they get a fresh copy of the fixture workspace.
const workspace = path.join(data, 'workspace');
cpSync(path.join(root, 'test/editor/fixtures/workspace'), workspace, { recursive: true });
const shotOut = process.env.SCREENSHOT_OUT ? path.resolve(process.env.SCREENSHOT_OUT) : '';

const server = spawn(process.env.CODE_SERVER_NODE || process.execPath, [CS, '--auth', 'none', '--bind-addr', host, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--disable-getting-started-override', '--config', path.join(data, 'config.yaml'),
  '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext'), workspace],
{ stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_DATA_HOME: path.join(data, 'xdg-data'), XDG_CONFIG_HOME: path.join(data, 'xdg-config'), NIANBAO_SCREENSHOT: shotOut } });
let serverLog = '';
const exited = new Promise((r) => server.once('exit', r));
let browser;
let code = 2;
let summary = '';
try {
  await new Promise((resolve, reject) => {
    const onData = (b) => { serverLog += b; if (process.env.VERBOSE) process.stderr.write(b); if (serverLog.includes('HTTP server listening')) resolve(); };
    server.stdout.on('data', onData); server.stderr.on('data', onData);
    server.once('exit', (c) => reject(new Error('code-server exited ' + c + '\n' + serverLog)));
    setTimeout(() => reject(new Error('code-server did not start\n' + serverLog)), 30000);
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let done; const finished = new Promise((r) => (done = r));
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  if (process.env.VERBOSE) page.on('console', (m) => console.log('[console]', m.type(), m.text()));
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    console[type === 'error' ? 'error' : 'log'](text);
    const m = /\[mocha\] (\d+) passed, (\d+) failed/.exec(text);
    if (m) summary = `${m[1]} passed, ${m[2]} failed`;
    const shot = /\[screenshot\] (\S+\.png)/.exec(text);
    if (shot) await page.screenshot({ path: shot[1] }).then(() => console.log(`[runner] screenshot saved: ${path.relative(root, shot[1])}`), (e) => console.error('screenshot failed', e.message));
  });
  await page.exposeFunction('codeAutomationExit', (c) => done(c));
  const timer = setTimeout(() => { console.error('TIMEOUT: the tests did not finish (is the extension refused by the workbench?)'); done(2); }, Number(process.env.TEST_TIMEOUT_MS || 240000));
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(TESTS)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  code = await finished;
  clearTimeout(timer);
} catch (e) {
  console.error(e.message);
  code = 2;
} finally {
  await browser?.close().catch(() => {});
  server.kill();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  rmSync(data, { recursive: true, force: true });
}
console.log(`editor tests: ${summary || (code === 0 ? 'passed' : 'no test summary')}; exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
