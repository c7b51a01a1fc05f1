#!/usr/bin/env node
// Runs the editor tests (dist/test/editor/index.js, Mocha inside the extension host) in a real VS Code:
// code-server from npm (VS Code server + web workbench, Node extension host) driven by Debian's Chromium
// through playwright-core. See ../shared/reference/editor-tests.md. Needs `npm run build` and
// `bash scripts/setup-editor-tests.sh` first (npm run test:editor does both).
//   SCREENSHOT_OUT=docs/screenshot.png  also take the README screenshot mid-run (the test logs a marker)
//   VERBOSE=1  show code-server's and the workbench's logs        NIANBAO_GREP=...  run only matching tests
import { existsSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { CS, root, freePort, sandbox, startCodeServer, launchChromium } from './code-server.mjs';

const TESTS = path.join(root, 'dist/test/editor/index.js');
for (const [what, p] of [['code-server (bash scripts/setup-editor-tests.sh)', CS], ['the test bundle (npm run build)', TESTS], ['the server bundle (npm run build)', path.join(root, 'dist/server.js')]]) {
  if (!existsSync(p)) { console.error(`missing ${what}: ${p}`); process.exit(2); }
}
const host = `127.0.0.1:${await freePort()}`;
const t0 = Date.now();
const box = sandbox('nianbao-cs-');
const workspace = box.workspace;
const shotOut = process.env.SCREENSHOT_OUT ? path.resolve(process.env.SCREENSHOT_OUT) : '';

let cs;
let browser;
let code = 2;
let summary = '';
try {
  cs = await startCodeServer(box, host, { node: process.env.CODE_SERVER_NODE || process.execPath, env: { NIANBAO_SCREENSHOT: shotOut } });
  browser = await launchChromium();
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
  await cs?.stop();
  box.remove();
}
console.log(`editor tests: ${summary || (code === 0 ? 'passed' : 'no test summary')}; exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
