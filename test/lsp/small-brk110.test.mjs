// brk110 #10, the server's share: the English note on diagnostics cut to one said "only the 1 most severe are shown";
// nianbao.server.newReport took a 20,000-character agency name and wrote it into the title. An agency name over
// 100 characters is refused with InvalidParams (`data.field` "agency", so a client asks for it again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

test('diagnostics cut to one: the English note says "the most severe one is shown"', async () => {
  let text = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
  const at = text.indexOf('## 六、');
  text = text.slice(0, at) + '本机关全年共收到政府信息公开申请48件，办结48件。'.repeat(3) + '\n\n' + text.slice(at);
  const uri = 'file:///tmp/nianbao-brk110/max-one.md';
  const s = await session({ locale: 'en', config: { maxDiagnostics: 1 } });
  try {
    await s.open(uri, text);
    const d = await s.diagnostics(uri, 0, { where: (ds) => ds[0]?.code === 'diagnostics-limited' });
    assert.match(d[0].message, /; only the most severe one is shown\. Run `nianbao check`/);
    assert.equal(d.length, 2);
  } finally { await s.srv.stop(); }
});

test('nianbao.server.newReport: an agency name over 100 characters is refused, naming the field', async () => {
  const s = await session({ locale: 'en' });
  try {
    const run = (agency) => s.srv.request('workspace/executeCommand', { command: 'nianbao.server.newReport', arguments: [{ year: 2024, agency }] });
    for (const agency of ['某'.repeat(20000), '某'.repeat(98) + '局局局']) {
      await assert.rejects(run(agency), (e) => {
        const err = JSON.parse(e.message);
        return err.code === -32602 && err.data?.field === 'agency' && /too long \(\d+ characters\): at most 100/.test(err.message);
      });
    }
    // 100 characters are taken.
    const name = '某'.repeat(99) + '局';
    assert.ok((await run(name)).startsWith(`# ${name}2024年政府信息公开工作年度报告\n`));
  } finally { await s.srv.stop(); }
});
