#!/usr/bin/env node
// Installs the packaged extension as a user would (`--install-extension nianbao.vsix`) into a fresh code-server,
// opens a real report (a Markdown file, so activation and report detection are both exercised) through the
// workbench UI, and checks that the extension activated: its status bar item shows the report's year and format
// and the Problems view lists the language server's findings. Needs `npm run package` (or VSIX=path) first;
// `npm run test:editor` runs it after the Mocha suite.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CS, root, freePort, sandbox, startCodeServer, launchChromium } from './code-server.mjs';

const VSIX = path.resolve(process.env.VSIX || path.join(root, 'nianbao.vsix'));
if (!existsSync(VSIX)) { console.error(`missing ${VSIX}: run npm run package`); process.exit(2); }
if (!process.env.VSIX && statSync(VSIX).mtimeMs < statSync(path.join(root, 'dist/server.js')).mtimeMs) {
  console.error(`${VSIX} is older than dist/server.js: run npm run package`);
  process.exit(2);
}
const host = `127.0.0.1:${await freePort()}`;
const t0 = Date.now();
const box = sandbox('nianbao-vsix-');
const workspace = box.workspace;
const REPORT = '河东区政府办2020年报.md';
const checks = [];
const check = (name, ok, detail = '') => { checks.push(ok); console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ' — ' + detail}`); };

const inst = spawnSync(process.execPath, [CS, '--install-extension', VSIX, '--extensions-dir', box.extDir, '--user-data-dir', box.userDir], { encoding: 'utf8', env: { ...process.env, ...box.env } });
check('code-server installs the .vsix', inst.status === 0 && /nianbao/.test(inst.stdout + inst.stderr), (inst.stdout + inst.stderr).slice(-400));

let cs;
let browser;
try {
  cs = await startCodeServer(box, host);
  browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 30000 });
  // Open the report through Quick Open, as a person would.
  // Quick Open lists the file once the workspace file search has run, which takes longer on a loaded machine:
  // wait on the list (not a fixed sleep), and ask again if the first search came back before indexing.
  const listed = () => page.waitForFunction((name) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent?.includes(name)), REPORT, { timeout: 30000 }).then(() => true, () => false);
  // (A key pressed while the workbench is still starting can go nowhere: Quick Open that did not open is asked for
  // again, after a click that gives the workbench the focus; a CI run on a loaded machine lost the first Ctrl+P.)
  const quickOpen = () => page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 }).then(() => true, () => false);
  let found = false;
  for (let attempt = 0; attempt < 3 && !found; attempt++) {
    if (attempt) await page.keyboard.press('Escape');
    await page.click('.monaco-workbench .part.editor', { timeout: 5000 }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    if (!(await quickOpen())) continue;
    await page.keyboard.type(REPORT);
    found = await listed();
  }
  if (!found) throw new Error(`Quick Open did not list ${REPORT}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 15000 });
  const statusOk = await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /2020年度 · 2019 格式/.test(e.textContent ?? '')), null, { timeout: 30000 }).then(() => true, () => false);
  const bar = await page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent?.trim()).filter(Boolean).join(' | '));
  check('the installed extension activates on a Markdown report: status bar shows 2020年度 · 2019 格式', statusOk, bar.slice(0, 300));
  await page.keyboard.press('Control+Shift+M');   // View: Problems
  const problemsOk = await page.waitForFunction(() => /存在的主要问题及改进情况/.test(document.querySelector('.markers-panel')?.textContent ?? ''), null, { timeout: 20000 }).then(() => true, () => false);
  const problems = await page.$eval('.markers-panel', (el) => el.textContent ?? '').catch(() => '');
  check('the Problems view lists the language server\'s findings for it', problemsOk, problems.replace(/\s+/g, ' ').slice(0, 300));
  if (process.env.VSIX_SCREENSHOT) await page.screenshot({ path: process.env.VSIX_SCREENSHOT });
} catch (e) {
  check('code-server runs the installed extension', false, e.message.slice(0, 500));
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
  if (process.env.KEEP) console.log(`kept ${box.data}`);
  else box.remove();
}
const ok = checks.filter(Boolean).length;
console.log(`vsix: ${ok}/${checks.length} checks pass after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(ok === checks.length ? 0 : 1);
