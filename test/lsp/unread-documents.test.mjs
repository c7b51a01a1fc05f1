// Documents the server cannot read as a report are said so, never left looking clean (brk101 #2, #3): a UTF-16 file
// saved without a byte-order mark that the editor read as UTF-8 (NULs between the characters) is named as UTF-16 with
// how to reopen it, as a .md found by its text and as a .nianbao.md; a .nianbao.md that is no report (a few lines of
// prose, a report read in the wrong encoding) gets the note `nianbao check` prints for a file named; a report with a
// run of NULs pasted into it is "not text" as a .md as well as a .nianbao.md.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root, VS_CODE } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

/** `text` as UTF-16 bytes without a byte-order mark. */
function utf16(text, le) {
  const b = Buffer.from(text, 'utf16le');
  if (!le) b.swap16();
  return b;
}

describe('a UTF-16 report without a byte-order mark, open as UTF-8', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-utf16-'));
  let s;
  before(async () => { s = await session({ locale: 'en', clientInfo: VS_CODE }); });
  after(async () => { await s.srv.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

  for (const [le, name, pick] of [[true, 'utf16le', 'UTF-16 LE'], [false, 'utf16be', 'UTF-16 BE']]) {
    for (const [file, languageId] of [[`${name}.md`, 'markdown'], [`${name}.nianbao.md`, 'nianbao']]) {
      test(`${file}: one warning naming ${pick} and how to reopen it (it was silent as .md, "not text" as .nianbao.md)`, async () => {
        const bytes = utf16(CORRECT, le);
        const p = path.join(dir, file);
        fs.writeFileSync(p, bytes);
        // What an editor sends when it decodes the bytes as UTF-8.
        const garbled = new TextDecoder('utf-8').decode(bytes);
        const ds = await s.openAndWait(pathToFileURL(p).href, garbled, languageId);
        assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['not-checked', 2]], ds.map((d) => d.message).join('\n'));
        assert.match(ds[0].message, new RegExp(`encoded in ${pick}, but the editor opened it as UTF-8`));
        assert.match(ds[0].message, new RegExp(`Reopen with Encoding.*${pick}`));
      });
    }
  }

  test('a .nianbao.md of many NULs that is no UTF-16 text is still "not text"', async () => {
    const p = path.join(dir, 'zeros.nianbao.md');
    const bytes = Buffer.alloc(4000);
    fs.writeFileSync(p, bytes);
    const ds = await s.openAndWait(pathToFileURL(p).href, new TextDecoder('utf-8').decode(bytes), 'nianbao');
    assert.deepEqual(ds.map((d) => d.code), ['not-checked']);
    assert.match(ds[0].message, /^The file is not text \(many NUL characters/);
  });
});

describe('a report with a run of NULs pasted into it', () => {
  let s;
  before(async () => { s = await session({ locale: 'en', clientInfo: VS_CODE }); });
  after(async () => { await s.srv.stop(); });

  test('as a .md found by its words: the "not text" note, as a .nianbao.md gets (it was silent); NULs alone in a .md: nothing', async () => {
    const lines = CORRECT.split('\n');
    lines.splice(20, 0, '\0'.repeat(3000));
    const ds = await s.openAndWait('file:///tmp/nianbao-nuls/report.md', lines.join('\n'), 'markdown');
    assert.deepEqual(ds.map((d) => d.code), ['not-checked'], ds.map((d) => d.message).join('\n'));
    assert.match(ds[0].message, /^The file is not text \(many NUL characters, the first at line 21, column 1\)/);
    const own = await s.openAndWait('file:///tmp/nianbao-nuls/report.nianbao.md', lines.join('\n'), 'nianbao');
    assert.deepEqual(own.map((d) => d.message), ds.map((d) => d.message));
    const zeros = 'file:///tmp/nianbao-nuls/zeros.md';
    const { since } = await s.open(zeros, '\0'.repeat(3000), 'markdown');
    await s.openAndWait('file:///tmp/nianbao-nuls/after.nianbao.md', CORRECT, 'nianbao');
    assert.ok(!s.srv.notifications.slice(since).some((m) => m.params?.uri === zeros), 'nothing published for zeros.md');
  });
});

describe('a .nianbao.md that is no report', () => {
  let s, zh;
  before(async () => { s = await session({ locale: 'en', clientInfo: VS_CODE }); zh = await session({ locale: 'zh-cn', clientInfo: VS_CODE }); });
  after(async () => { await s.srv.stop(); await zh.srv.stop(); });

  test('a few lines of prose: an information note that it is not read as a report and not checked (zh and en)', async () => {
    const text = '本局今年的信息公开工作情况如下。\n\n有关数据见附件。\n';
    const ds = await s.openAndWait('file:///tmp/nianbao-unread/notes.nianbao.md', text, 'nianbao');
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['not-checked', 3]]);
    assert.equal(ds[0].message, 'Not recognised as an annual report (no title, 统计期限 or template sections); nothing checked.');
    const dz = await zh.openAndWait('file:///tmp/nianbao-unread/notes.nianbao.md', text, 'nianbao');
    assert.equal(dz[0].message, '未识别为年度报告（没有标题、统计期限或模板章节），未检查');
  });

  test('a UTF-8 report read as Windows-1252 (no U+FFFD to tell it by): the note, not an empty Problems view', async () => {
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(CORRECT, 'utf8'));
    const ds = await s.openAndWait('file:///tmp/nianbao-unread/latin1.nianbao.md', mojibake, 'nianbao');
    assert.deepEqual(ds.map((d) => d.code), ['not-checked']);
  });

  test('the note goes once the text reads as a report, and the same prose in a .md gets nothing', async () => {
    const uri = 'file:///tmp/nianbao-unread/grows.nianbao.md';
    assert.deepEqual((await s.openAndWait(uri, '草稿\n', 'nianbao')).map((d) => d.code), ['not-checked']);
    s.srv.notify('textDocument/didClose', { textDocument: { uri } });
    const ds = await s.openAndWait(uri, CORRECT, 'nianbao');
    assert.ok(!ds.some((d) => d.code === 'not-checked'), ds.map((d) => d.message).join('\n'));
    const md = 'file:///tmp/nianbao-unread/notes.md';
    const { since } = await s.open(md, '本局今年的信息公开工作情况如下。\n', 'markdown');
    // Documents are validated in order: once the next one's diagnostics are in, the .md's would have been too.
    await s.openAndWait('file:///tmp/nianbao-unread/after.nianbao.md', CORRECT, 'nianbao');
    assert.ok(!s.srv.notifications.slice(since).some((m) => m.params?.uri === md), 'nothing published for notes.md');
  });
});
