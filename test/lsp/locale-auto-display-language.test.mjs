// brk138 #7: with `nianbao.locale: auto`, every display language but English gave Chinese (a French, German or
// Japanese VS Code has no Chinese pack, and the setting said English there). Chinese display languages give Chinese,
// any other English; a client that sends none (Neovim, Helix) Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, session } from './client.mjs';

const FILE = path.join(root, 'examples', 'errors-2024.nianbao.md');
const TEXT = readFileSync(FILE, 'utf8');
const URI = pathToFileURL(FILE).href;

async function messagesWith(locale) {
  const s = await session({ locale });
  try {
    const ds = await s.openAndWait(URI, TEXT, 'nianbao');
    return ds.map((d) => d.message);
  } finally {
    await s.srv.stop();
  }
}

test('nianbao.locale auto: zh-cn, zh-tw and no locale give Chinese; en, fr, ja give English', async () => {
  const zh = await messagesWith('zh-cn');
  const en = await messagesWith('en');
  assert.ok(zh.length > 3 && zh.length === en.length);
  assert.notDeepEqual(zh, en);
  assert.match(en.join('\n'), /\b(the|is|should)\b/);
  for (const l of ['fr', 'ja', 'de']) assert.deepEqual(await messagesWith(l), en, l);
  for (const l of ['zh-tw', null]) assert.deepEqual(await messagesWith(l), zh, String(l));
});
