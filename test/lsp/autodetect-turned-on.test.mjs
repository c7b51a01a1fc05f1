// brk118 #2: turning `nianbao.autoDetect` back on (workspace/didChangeConfiguration, settings pushed or pulled) left the
// open Markdown reports unchecked until the next keystroke: their text, read while it was off, was kept unparsed for
// the same version. Turning it off cleared them at once. Now a settings change checks them at once either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');

for (const style of ['pushed', 'pulled']) {
  test(`autoDetect turned on (settings ${style}): an open Markdown report is checked at once; off again, cleared`, async () => {
    const off = { autoDetect: false };
    const s = await session({ config: off, initializationOptions: { settings: off } });
    try {
      const uri = pathToFileURL(path.join(os.tmpdir(), `nianbao-autodetect-${style}`, 'report.md')).href;
      await s.open(uri, ERRORS_2024);
      const before = await s.srv.request('nianbao/getStatus', { uri });
      assert.equal(before.isReport, false);
      const set = (autoDetect) => {
        s.srv.state.config = { autoDetect };
        const since = s.srv.notifications.length;
        s.srv.notify('workspace/didChangeConfiguration', { settings: style === 'pushed' ? { nianbao: { autoDetect } } : null });
        return since;
      };
      let since = set(true);
      const on = await s.diagnostics(uri, since, { where: (ds) => ds.length > 0, timeoutMs: 5000 });
      // The same findings as a keystroke brings (the example's 13).
      assert.equal(on.length, 13);
      const status = await s.srv.request('nianbao/getStatus', { uri });
      assert.equal(status.isReport, true);
      assert.equal(status.checked, true);
      since = set(false);
      assert.deepEqual(await s.diagnostics(uri, since, { timeoutMs: 5000 }), []);
    } finally { await s.srv.stop(); }
  });
}
