// brk110 #7: the note on a report open in the wrong encoding (a) gave every client VS Code's advice (its status bar,
// Reopen with Encoding, files.autoGuessEncoding), Neovim's too: it is now worded for the editor (`clientInfo.name`:
// VS Code's as before, Neovim's `:e ++enc=`), neutrally for the others; (b) a GB18030 report read as Latin-1 (Neovim's
// default 'fileencodings' end in latin1) was "not an annual report" as .nianbao.md and nothing at all as .md/.txt:
// it is said as the UTF-8 misread is; (c) nianbao.server.inspect on a document misread as UTF-8 said "not text",
// while its diagnostic said the encoding: both word it alike.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { session, shared, VS_CODE } from './client.mjs';

const seed = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');
const gbk = iconv.encode(seed, 'gb18030');
/** What an editor sends when it decodes the bytes as UTF-8, and as Latin-1. */
const asUtf8 = new TextDecoder('utf-8').decode(gbk);
const asLatin1 = gbk.toString('latin1');

describe('a GB18030 report open in the wrong encoding', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-brk110-enc-'));
  const file = path.join(dir, 'gb.nianbao.md');
  fs.writeFileSync(file, gbk);
  const uri = pathToFileURL(file).href;
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The messages of the diagnostics published for `text` opened as `uri` by a client named `clientInfo`. */
  async function notes(clientInfo, text, at = uri, languageId = 'nianbao', locale = 'en') {
    const s = await session({ locale, clientInfo });
    try {
      const ds = await s.openAndWait(at, text, languageId);
      const inspect = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [at] });
      return { ds, inspect };
    } finally {
      await s.srv.stop();
    }
  }

  test('the advice is for the client: VS Code, Neovim, or neutral', async () => {
    const vs = (await notes(VS_CODE, asUtf8)).ds;
    assert.deepEqual(vs.map((d) => [d.code, d.severity]), [['not-checked', 2]]);
    assert.match(vs[0].message, /encoded in GB18030\/GBK, but the editor opened it as UTF-8/);
    assert.match(vs[0].message, /Reopen with Encoding.*files\.autoGuessEncoding/);
    for (const [clientInfo, expected] of [[{ name: 'Neovim', version: '0.11.0' }, /:e \+\+enc=gb18030/], [{ name: 'helix' }, /iconv -f GB18030 -t UTF-8/], [undefined, /iconv -f GB18030 -t UTF-8/]]) {
      const ds = (await notes(clientInfo, asUtf8)).ds;
      assert.deepEqual(ds.map((d) => d.code), ['not-checked'], JSON.stringify(clientInfo));
      assert.match(ds[0].message, /encoded in GB18030\/GBK, but the editor opened it as UTF-8/);
      assert.match(ds[0].message, expected);
      assert.doesNotMatch(ds[0].message, /status bar|Reopen with Encoding|autoGuessEncoding/, JSON.stringify(clientInfo));
    }
    const zh = (await notes({ name: 'Neovim' }, asUtf8, uri, 'nianbao', 'zh-cn')).ds;
    assert.match(zh[0].message, /^此文件是 GB18030\/GBK 编码，编辑器却按 UTF-8 打开.*:e \+\+enc=gb18030/);
    assert.doesNotMatch(zh[0].message, /状态栏/);
  });

  test('read as Latin-1: said as an encoding problem, for .nianbao.md, .md and .txt', async () => {
    for (const [name, languageId] of [['gb.nianbao.md', 'nianbao'], ['x.md', 'markdown'], ['x.txt', 'plaintext']]) {
      // (No file on disk needed: the bytes are the text's characters.)
      const { ds } = await notes({ name: 'Neovim' }, asLatin1, `file:///tmp/nianbao-brk110-latin1/${name}`, languageId);
      assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['not-checked', 2]], `${name}: ${ds.map((d) => d.message).join('\n')}`);
      assert.match(ds[0].message, /encoded in GB18030\/GBK, but the editor opened it as Latin-1/);
      assert.match(ds[0].message, /:e \+\+enc=gb18030/);
    }
    // Latin-1 text that is no report's bytes (French, say): no such note.
    const french = '# Rapport annuel\n\nCafé, résumé, déjà vu — à la française.\n';
    const { ds } = await notes({ name: 'Neovim' }, french, 'file:///tmp/nianbao-brk110-latin1/fr.nianbao.md');
    assert.ok(!ds.some((d) => /Latin-1/.test(d.message)), ds.map((d) => d.message).join('\n'));
  });

  test('inspect on the misread document says what its diagnostic says', async () => {
    for (const [text, locale] of [[asUtf8, 'en'], [asUtf8, 'zh-cn'], [asLatin1, 'en']]) {
      const { ds, inspect } = await notes(VS_CODE, text, uri, 'nianbao', locale);
      assert.equal(ds.length, 1);
      assert.equal(inspect, ds[0].message);
    }
  });
});
