// brk106 #22: with `nianbao.locale` set to en in a zh-cn client, a document opened at start was published in Chinese
// (checked before the answer to the server's `workspace/configuration` request came), then again in English. The
// documents opened before the settings are in wait for them, for a bounded time: the first publish is in the setting's
// language; a client that answers late within the bound gets one publish; one that never answers gets its documents
// checked after the bound (with the settings of initialize), and a late answer re-checks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const text = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8').replace('（一）予以公开                                                           | 21', '（一）予以公开                                                           | 22');
const publishes = (srv, uri) => srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params.diagnostics);
/** A publication in English: every message reads as English (Chinese ones say 不符 and 相差 where English says "differs"). */
const english = (ds) => ds.length > 0 && ds.every((d) => /\b(is|are|the)\b/.test(d.message) && !/不符|相差/.test(d.message));
const chinese = (ds) => ds.some((d) => /不符|相差/.test(d.message));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const [name, delay] of [['at once', 0], ['after 600 ms', 600]]) {
  test(`nianbao.locale en in a zh-cn client answering the configuration ${name}: the first publish is English, and the only one`, async () => {
    const handlers = delay ? { 'workspace/configuration': (p) => sleep(delay).then(() => p.items.map((it) => (it.section === 'nianbao' ? { locale: 'en' } : null))) } : undefined;
    const s = await session({ locale: 'zh-cn', config: { locale: 'en' }, handlers });
    try {
      const uri = `file:///tmp/nianbao-locale-first/${delay}.nianbao.md`;
      const ds = await s.openAndWait(uri, text);
      assert.ok(english(ds), ds.map((d) => d.message).join('\n'));
      await sleep(500);
      const all = publishes(s.srv, uri);
      assert.equal(all.length, 1, all.map((x) => x[0]?.message).join('\n'));
      assert.ok(!all.some(chinese));
    } finally {
      await s.srv.stop();
    }
  });
}

test('a client that never answers the configuration request: its document is still checked, after the bounded wait', async () => {
  const s = await session({ locale: 'en', handlers: { 'workspace/configuration': () => new Promise(() => {}) } });
  try {
    const uri = 'file:///tmp/nianbao-locale-first/never.nianbao.md';
    const t0 = Date.now();
    const ds = await s.openAndWait(uri, text);
    assert.ok(ds.some((d) => d.code === 'sum-results'), ds.map((d) => d.code).join(','));
    assert.ok(english(ds));
    assert.ok(Date.now() - t0 < 10000);
  } finally {
    await s.srv.stop();
  }
});
