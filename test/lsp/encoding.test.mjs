// Found in review: `nianbao check` reports a UTF-8 report with a stray byte as an `encoding-invalid` error where
// the byte is, but the language server, checking the same file from disk (the workspace check, and the file again
// once its editor tab is closed), published its other findings only: the byte showed as � and nothing said why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
// Line 7 of the example is the prose of 一、总体情况: one 0xFF byte before `认真贯彻`, at column 13 (1-based).
const at = ERRORS_2024.indexOf('认真贯彻');
const BAD = Buffer.concat([Buffer.from(ERRORS_2024.slice(0, at), 'utf8'), Buffer.from([0xff]), Buffer.from(ERRORS_2024.slice(at), 'utf8')]);
const byteOffset = Buffer.byteLength(ERRORS_2024.slice(0, at), 'utf8');

/** What `nianbao check --format json` reports for the file, in `locale`. */
function cli(file, locale) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/nianbao.js'), 'check', '--format', 'json', '--locale', locale, file], { env: { ...process.env, CI: '' } });
  return JSON.parse(r.stdout.toString('utf8')).files[0].diagnostics;
}

test('a report on disk with bytes that are not UTF-8: the workspace check publishes encoding-invalid where the CLI reports it, in the server\'s locale', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-enc-'));
  const file = path.join(dir, '2024.nianbao.md');
  fs.writeFileSync(file, BAD);
  const uri = pathToFileURL(file).href;
  for (const locale of ['zh-cn', 'en']) {
    const s = await session({ locale, workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const ds = await s.diagnostics(uri, 0);
      const enc = ds.filter((d) => d.code === 'encoding-invalid');
      const expected = cli(file, locale === 'en' ? 'en' : 'zh').filter((d) => d.ruleId === 'encoding-invalid');
      assert.equal(expected.length, 1);
      assert.deepEqual(enc.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message]), expected.map((d) => [d.line, d.column, 1, d.message]), locale);
      assert.match(enc[0].message, locale === 'en' ? new RegExp(`^1 place on this line whose bytes are not valid UTF-8 \\(the first at byte offset ${byteOffset} = 0x`) : /^此行有 1 处字节不是有效的 UTF-8/);
      // The report's other findings are published as well: those of the clean text.
      assert.ok(ds.some((d) => d.code === 'sum-balance'), ds.map((d) => d.code).join(','));
      // Opened, the editor's text (no bytes) is what counts; closed, the file on disk is checked again, with the error.
      const text = BAD.toString('utf8');
      const open = await s.openAndWait(uri, text, 'nianbao');
      assert.ok(!open.some((d) => d.code === 'encoding-invalid'));
      const since = s.srv.notifications.length;
      s.srv.notify('textDocument/didClose', { textDocument: { uri } });
      const back = await s.diagnostics(uri, since);
      assert.equal(back.filter((d) => d.code === 'encoding-invalid').length, 1);
    } finally { await s.srv.stop(); }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
