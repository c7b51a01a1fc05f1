// Editor UX through the server: newReport's format for a year, a GBK report open as UTF-8, one quick fix per
// distinct edit, a total's hover (found by breaker13).
// From a fresh user's session in a real VS Code (breaker 13): "New report from template" accepted a 2019-format
// 2025 draft (then flagged by the server itself) and refused pre2019 for 2019; a GBK file opened as UTF-8 lost its
// findings without a word; one cell got two identical quick fixes; a total's hover showed internal ids (R3.7, T3-B)
// and repeated the diagnostics the editor already shows above it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, root, shared, VS_CODE } from './client.mjs';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const TOTAL_ROW = '| （七）总计                                                               | 41     | 3        | 0        | 1            | 2            | 0    | 47   |';
/** The 2024 example with （七）总计's 总计 one too many (47 → 48): both sum-applicants and sum-results set it back. */
const TOTAL_TYPO = CORRECT.replace(TOTAL_ROW, TOTAL_ROW.replace('| 47   |', '| 48   |'));

describe('nianbao.server.newReport: a format its year does not use is refused, the default is the year\'s', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });
  const run = (arg) => s.srv.request('workspace/executeCommand', { command: 'nianbao.server.newReport', arguments: [arg] });

  test('2019 format for 2025 and 2021 format for 2019 are refused (InvalidParams), naming the format of the year', async () => {
    await assert.rejects(run({ format: '2019', year: 2025 }), (e) => /-32602/.test(e.message) && /2025 年度应使用 2021 格式/.test(e.message));
    await assert.rejects(run({ format: '2021', year: 2019 }), (e) => /-32602/.test(e.message) && /2019 年度应使用 2019 格式（也可用 pre2019）/.test(e.message));
    await assert.rejects(run({ format: 'pre2019', year: 2020 }), /-32602/);
  });

  test('a 2020 draft is in the 2019 format by default, and a 2019 one may keep the conventional form: neither is flagged as the wrong format', async () => {
    const d2020 = await run({ year: 2020, agency: '某某局' });
    const ds2020 = await s.openAndWait('file:///tmp/nianbao-b13/draft-2020.nianbao.md', d2020, 'nianbao');
    assert.deepEqual(ds2020.filter((d) => /^format-/.test(d.code)).map((d) => d.code), []);
    const status = await s.srv.request('nianbao/getStatus', { uri: 'file:///tmp/nianbao-b13/draft-2020.nianbao.md' });
    assert.equal(status.format, '2019');
    const pre = await run({ format: 'pre2019', year: 2019, agency: '某某局' });
    const ds = await s.openAndWait('file:///tmp/nianbao-b13/draft-2019-pre.nianbao.md', pre, 'nianbao');
    // Allowed for 2019: at most the information note that it is read in the conventional form.
    assert.deepEqual(ds.filter((d) => /^format-/.test(d.code) && d.severity < 3), []);
    assert.deepEqual(ds.filter((d) => d.code === 'table-missing'), []);
  });
});

describe('a GB18030/GBK report open as UTF-8', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-b13-enc-'));
  const seed = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');
  const gbk = iconv.encode(seed, 'gbk');
  const txt = path.join(dir, 'zhaotong-2018-gbk.txt');
  const own = path.join(dir, 'zhaotong-2018-gbk.nianbao.md');
  fs.writeFileSync(txt, gbk);
  fs.writeFileSync(own, gbk);
  // What VS Code sends when it decodes the bytes as UTF-8: every invalid sequence a U+FFFD.
  const garbled = new TextDecoder('utf-8').decode(gbk);
  let s;
  before(async () => { s = await session({ locale: 'en', clientInfo: VS_CODE }); });
  after(async () => { await s.srv.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

  test('a .txt report: one warning at the top says it is GB18030/GBK and how to reopen it (its findings were silently gone)', async () => {
    const uri = pathToFileURL(txt).href;
    const ds = await s.openAndWait(uri, garbled, 'plaintext');
    assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
    assert.equal(ds[0].code, 'not-checked');
    assert.equal(ds[0].severity, 2);
    assert.deepEqual(ds[0].range.start, { line: 0, character: 0 });
    assert.match(ds[0].message, /encoded in GB18030\/GBK, but the editor opened it as UTF-8/);
    assert.match(ds[0].message, /Reopen with Encoding.*Simplified Chinese \(GBK\)/);
    assert.match(ds[0].message, /files\.autoGuessEncoding/);
    // Reopened in GBK (the right text): checked as usual, the note gone.
    s.srv.notify('textDocument/didClose', { textDocument: { uri } });
    const again = await s.openAndWait(uri, seed, 'plaintext');
    assert.ok(!again.some((d) => d.code === 'not-checked'), again.map((d) => d.message).join('\n'));
    assert.ok(again.length > 0);
  });

  test('a .nianbao.md file says so too, instead of "not text"; in Chinese with a Chinese UI', async () => {
    const zh = await session({ locale: 'zh-cn', clientInfo: VS_CODE });
    try {
      const ds = await zh.openAndWait(pathToFileURL(own).href, garbled, 'nianbao');
      assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['not-checked', 2]]);
      assert.match(ds[0].message, /^此文件是 GB18030\/GBK 编码，编辑器却按 UTF-8 打开/);
      assert.match(ds[0].message, /通过编码重新打开/);
      // A UTF-8 file with a U+FFFD of its own is checked as before.
      const file = path.join(dir, 'utf8.nianbao.md');
      const text = CORRECT.replace('认真贯彻', '认真\ufffd贯彻');
      fs.writeFileSync(file, text);
      const utf8 = await zh.openAndWait(pathToFileURL(file).href, text, 'nianbao');
      assert.ok(!utf8.some((d) => d.code === 'not-checked'), utf8.map((d) => d.message).join('\n'));
    } finally { await zh.srv.stop(); }
  });

});

describe('a total that two sums set alike', () => {
  let s;
  const uri = 'file:///tmp/nianbao-b13/total-typo.nianbao.md';
  const line = TOTAL_TYPO.split('\n').findIndex((l) => l.startsWith('| （七）总计'));
  const character = TOTAL_TYPO.split('\n')[line].lastIndexOf('48');
  let ds;
  before(async () => {
    s = await session();
    ds = await s.openAndWait(uri, TOTAL_TYPO, 'nianbao');
  });
  after(async () => { await s.srv.stop(); });

  test('one quick fix per distinct edit, resolving both diagnostics', async () => {
    const here = ds.filter((d) => d.range.start.line === line && d.range.start.character <= character && character <= d.range.end.character);
    assert.deepEqual(here.map((d) => d.code).sort(), ['sum-applicants', 'sum-balance', 'sum-results']);
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character }, end: { line, character } }, context: { diagnostics: here } });
    const fixes = actions.filter((a) => a.kind === 'quickfix' && !/屏蔽/.test(a.title));
    assert.deepEqual(fixes.map((a) => a.title), ['把总计改为 47'], actions.map((a) => a.title).join('\n'));
    assert.deepEqual(fixes[0].diagnostics.map((d) => d.code).sort(), ['sum-applicants', 'sum-results']);
  });

  test('the hover names template rows and columns only, keeps the arithmetic and points to the diagnostics without repeating them', async () => {
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const v = h.contents.value;
    assert.doesNotMatch(v, /T[34]-[A-C]|R3\.7|`R/);
    assert.match(v, /^\*\*表三\*\* · （七）总计$/m);
    assert.match(v, /\*\*本行总计（六类申请人之和）\*\*：各项之和为 \*\*47\*\*，本格为 48，不成立，相差 \+1/);
    assert.match(v, /^41 \+ 3 \+ 0 \+ 1 \+ 2 \+ 0 = 47$/m);
    assert.match(v, /\*\*本列总计（各处理结果之和）\*\*：各项之和为 \*\*47\*\*/);
    for (const d of ds.filter((x) => x.range.start.line === line)) assert.ok(!v.includes(d.message), `${d.code} repeated`);
    assert.match(v, /检查结果：不成立，见上方的 sum-applicants 问题。/);
    assert.match(v, /检查结果：不成立，见上方的 sum-results 问题。/);
  });
});
