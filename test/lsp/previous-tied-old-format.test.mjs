// The language server's previous-tied note (breaker34 item 8): a pre-2019 report (no 表二 or 表三, so neither
// carry-over nor stock-flow can run) beside two copies of last year's report gets no note asking to move one away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session } from './client.mjs';
import { preFormReport } from '../helpers.mjs';

/** A report of `year` by 安和县人民政府 in the conventional (pre-2019) form. */
const oldForm = (year) => preFormReport('安和县人民政府', year);

test('a pre-2019 report beside two copies of last year\'s: no previous-tied note', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-tied-old-lsp-'));
  fs.writeFileSync(path.join(dir, '安和县2017.txt'), oldForm(2017));
  fs.writeFileSync(path.join(dir, '安和县2017-副本.txt'), oldForm(2017));
  const s = await session();
  try {
    const d = await s.openAndWait(pathToFileURL(path.join(dir, '安和县2018.txt')).href, oldForm(2018), 'plaintext');
    assert.deepEqual(d.filter((x) => x.code === 'previous-tied'), [], d.map((x) => x.code).join(','));
  } finally {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
