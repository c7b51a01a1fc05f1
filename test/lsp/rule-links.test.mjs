// Protocol tests of the rule links in the editor (LSP `codeDescription.href`): the installed extension ships
// docs/rules beside dist/server.js and links to those pages as files (they open offline, in the installed version);
// a server without the pages beside it links to the web pages (DOCS_BASE). Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const EXAMPLE = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const uri = pathToFileURL(path.join(os.tmpdir(), 'nianbao-rule-links', 'errors-2024.nianbao.md')).href;

/** The diagnostics of the example with a rule (the server's own notes have no rule page), from the server at `serverPath`. */
async function ruleDiagnostics(serverPath) {
  const s = await session({ serverPath });
  try {
    const diags = await s.openAndWait(uri, EXAMPLE, 'nianbao');
    const ruled = diags.filter((d) => core.RULES.some((r) => r.meta.id === d.code));
    assert.ok(ruled.length >= 3, `the example has findings: ${diags.map((d) => d.code).join(',')}`);
    return ruled;
  } finally {
    await s.srv.stop();
  }
}

test('with docs/rules beside the server (as in the .vsix), each rule link is a file: URI of the shipped page of that rule', async () => {
  const diags = await ruleDiagnostics(path.join(root, 'dist/server.js'));
  for (const d of diags) {
    const href = d.codeDescription?.href;
    assert.match(href, /^file:\/\//, `${d.code}: ${href}`);
    const file = fileURLToPath(href);
    assert.equal(file, path.join(root, 'docs/rules', `${d.code}.md`));
    assert.ok(fs.existsSync(file), `${file} exists`);
    assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`^# \x60${d.code}\x60$`, 'm'), `${file} is the page of ${d.code}`);
  }
});

test('a server copied where no docs/rules lies beside it links each rule to its web page (DOCS_BASE)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bare-server-'));
  try {
    fs.mkdirSync(path.join(dir, 'dist'));
    for (const f of ['server.js', 'language-server.js']) fs.copyFileSync(path.join(root, 'dist', f), path.join(dir, 'dist', f));
    const diags = await ruleDiagnostics(path.join(dir, 'dist/server.js'));
    for (const d of diags) assert.equal(d.codeDescription?.href, `${core.DOCS_BASE}${d.code}.md`, d.code);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
