// brk118 #3: `nianbao.server.inspect` on a file that does not exist (a closed untitled tab, a deleted file) answered
// null, as documented, but also logged an Error (window/logMessage type 1) with the ENOENT stack. An expected case is
// not a fault of the server: nothing is logged at Error or Warning level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session } from './client.mjs';

test('inspect on a missing file, or a path below a file: null, and no error logged', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-inspect-missing-'));
  const s = await session();
  try {
    fs.writeFileSync(path.join(dir, 'a-file.md'), 'x');
    const since = s.srv.notifications.length;
    for (const p of [path.join(dir, 'no-such-report.md'), path.join(dir, 'no-such-folder/report.md'), path.join(dir, 'a-file.md/report.md')]) {
      assert.equal(await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [pathToFileURL(p).href] }), null, p);
    }
    // A request after them: whatever they logged has arrived.
    await s.srv.request('nianbao/debugStats', {});
    const logged = s.srv.notifications.slice(since).filter((m) => m.method === 'window/logMessage' && m.params.type <= 2);
    assert.deepEqual(logged.map((m) => m.params.message), []);
    assert.equal(s.srv.stderr(), '');
  } finally {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
