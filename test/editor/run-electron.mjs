#!/usr/bin/env node
// The same editor tests (dist/test/editor/index.js) in desktop VS Code through @vscode/test-electron, for a
// desktop with internet access: test-electron downloads a VS Code build at run time, which the CI machines of
// this project cannot do (they use test/editor/run-cs.mjs with code-server instead). Needs `npm run build`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const data = mkdtempSync(path.join(os.tmpdir(), 'nianbao-electron-'));
const workspace = path.join(data, 'workspace');
cpSync(path.join(root, 'test/editor/fixtures/workspace'), workspace, { recursive: true });
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist/test/editor/index.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext')],
    extensionTestsEnv: { NIANBAO_SCREENSHOT: '' },
  });
} catch (e) {
  console.error(`test-electron: ${e?.message ?? e}`);
  code = 1;
} finally {
  rmSync(data, { recursive: true, force: true });
}
process.exit(code);
