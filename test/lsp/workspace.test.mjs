// The whole folder: reports in the workspace are checked without being opened (UTF-8 and GB18030 files),
// ordinary files and build folders are left alone, and changes on disk are followed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, shared, root, DRAFT_2024 } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const iconv = require('iconv-lite');
const SEED003 = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');

describe('workspace checking', () => {
  let s, dir;
  const uri = (rel) => pathToFileURL(path.join(dir, rel)).href;
  const published = (u) => s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u);
  const waitDiags = (u, since, where) => s.diagnostics(u, since, { where });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-'));
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'reports/某某局2024年报.md'), DRAFT_2024);
    fs.writeFileSync(path.join(dir, 'reports/昭通2018.txt'), iconv.encode(SEED003, 'gb18030'));
    fs.writeFileSync(path.join(dir, 'notes/README.md'), '# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    fs.writeFileSync(path.join(dir, 'broken.nianbao.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80))));
    fs.writeFileSync(path.join(dir, 'node_modules/pkg/report.md'), DRAFT_2024);
    s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reports are checked without opening them; other files are not', async () => {
    const d2024 = await waitDiags(uri('reports/某某局2024年报.md'), 0);
    assert.equal(d2024.filter((d) => d.code === 'table-missing').length, 3);
    const gbk = await waitDiags(uri('reports/昭通2018.txt'), 0);
    assert.ok(gbk.some((d) => d.code === 'row-label' && /已获取信息/.test(d.message)), 'a GB18030 file is decoded');
    const broken = await waitDiags(uri('broken.nianbao.txt'), 0);
    assert.deepEqual(broken.map((d) => d.code), ['not-checked']);
    const r = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
    assert.deepEqual(r, { files: 4, reports: 3, problems: r.problems });
    assert.ok(r.problems >= 5);
    assert.deepEqual(published(uri('notes/README.md')), []);
    assert.deepEqual(published(uri('node_modules/pkg/report.md')), []);
  });

  test('an open document takes over from the file; on close the file on disk counts again', async () => {
    const u = uri('reports/某某局2024年报.md');
    const full = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
    const open = await s.openAndWait(u, full);
    assert.ok(!open.some((d) => d.code === 'table-missing'));
    const since = s.srv.notifications.length;
    s.srv.notify('textDocument/didClose', { textDocument: { uri: u } });
    const back = await waitDiags(u, since);
    assert.equal(back.filter((d) => d.code === 'table-missing').length, 3, 'the saved file still lacks its tables');
  });

  test('changes on disk are followed (didChangeWatchedFiles)', async () => {
    const u = uri('reports/某某局2024年报.md');
    fs.writeFileSync(path.join(dir, 'reports/某某局2024年报.md'), core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' }));
    let since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });
    await waitDiags(u, since, (ds) => !ds.some((d) => d.code === 'table-missing'));
    const g = uri('reports/昭通2018.txt');
    fs.rmSync(path.join(dir, 'reports/昭通2018.txt'));
    since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: g, type: 3 }] });
    const cleared = await waitDiags(g, since);
    assert.deepEqual(cleared, []);
  });
});

describe('a workspace folder removed', () => {
  test('its unopened files\' diagnostics are cleared; an open one and the other folders\' stay (helper-208 #4)', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-wsr-'));
    for (const f of ['a', 'b']) {
      fs.mkdirSync(path.join(base, f));
      fs.writeFileSync(path.join(base, f, '某某局2024年报.md'), DRAFT_2024);
      fs.writeFileSync(path.join(base, f, '另一局2024年报.md'), DRAFT_2024);
    }
    const folder = (f) => pathToFileURL(path.join(base, f)).href;
    const file = (f, n) => pathToFileURL(path.join(base, f, n)).href;
    const s = await session({ workspaceFolders: [folder('a'), folder('b')] });
    try {
      for (const f of ['a', 'b']) for (const n of ['某某局2024年报.md', '另一局2024年报.md']) assert.ok((await s.diagnostics(file(f, n), 0)).length > 0);
      await s.openAndWait(file('a', '另一局2024年报.md'), DRAFT_2024);
      const since = s.srv.notifications.length;
      s.srv.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: folder('a'), name: 'a' }] } });
      assert.deepEqual(await s.diagnostics(file('a', '某某局2024年报.md'), since), []);
      const r = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
      assert.equal(r.files, 2, 'folder b\'s two files');
      const cleared = s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && !m.params.diagnostics.length).map((m) => m.params.uri);
      assert.deepEqual(cleared, [file('a', '某某局2024年报.md')], 'only the unopened file of the removed folder');
    } finally {
      await s.srv.stop();
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('cross-year rules find last year\'s report in the workspace', () => {
  test('carry-over against the 2023 report of the same agency in the folder; edits to it are followed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-xy-'));
    const y23 = core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$12');
    fs.writeFileSync(path.join(dir, '某某局2023年报.md'), y23);
    // Another agency's 2023 report beside it is not last year's report.
    fs.writeFileSync(path.join(dir, '另一局2023年报.md'), core.renderNewReport({ format: '2021', year: 2023, agency: '另一局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$17'));
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const u24 = pathToFileURL(path.join(dir, '某某局2024年报.md')).href;
      const y24 = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
      fs.writeFileSync(path.join(dir, '某某局2024年报.md'), y24);
      // The scan may already have read the folder; the open document is checked against the 2023 file.
      await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
      const d = await s.openAndWait(u24, y24);
      const co = d.filter((x) => x.code === 'carry-over');
      assert.equal(co.length, 1, d.map((x) => x.code).join(','));
      assert.match(co[0].message, /2023/);
      assert.match(co[0].message, /2/);
      // Last year's report open and corrected in the editor: this year's report is re-checked against it.
      const u23 = pathToFileURL(path.join(dir, '某某局2023年报.md')).href;
      await s.openAndWait(u23, y23);
      const since = s.srv.notifications.length;
      s.srv.notify('textDocument/didChange', { textDocument: { uri: u23, version: 2 }, contentChanges: [{ text: core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }) }] });
      await s.diagnostics(u24, since, { where: (ds) => !ds.some((x) => x.code === 'carry-over') });
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('crossYear off: no last-year lookup', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-xy-off-'));
    fs.writeFileSync(path.join(dir, '某某局2023年报.md'), core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$12'));
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { settings: { crossYear: false } }, config: { crossYear: false } });
    try {
      await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
      const d = await s.openAndWait(pathToFileURL(path.join(dir, '某某局2024年报.md')).href, core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' }));
      assert.ok(!d.some((x) => x.code === 'carry-over'));
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('workspace checking off', () => {
  test('no file is read until a document is opened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-off-'));
    fs.writeFileSync(path.join(dir, 'a.md'), DRAFT_2024);
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { settings: { workspace: { check: false } } }, config: { workspace: { check: false } } });
    try {
      await s.openAndWait('file:///tmp/nianbao-ws-off-other/x.md', DRAFT_2024);
      await s.srv.request('nianbao/debugStats', {});
      assert.ok(!s.srv.notifications.some((m) => m.params?.uri === pathToFileURL(path.join(dir, 'a.md')).href));
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files on disk with a byte that does not decode are read as the CLI reads them', () => {
  test('a GB18030 report with a stray byte is checked and found as last year\'s report; so is a UTF-8 one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-bad-'));
    /** `text` encoded as `enc`, with a 0xFF byte after the first `at`. */
    const stray = (text, enc, at) => {
      assert.ok(text.includes(at));
      const i = text.indexOf(at) + at.length;
      return Buffer.concat([iconv.encode(text.slice(0, i), enc), Buffer.from([0xff]), iconv.encode(text.slice(i), enc)]);
    };
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    // Seed 003 in GB18030 with 0xFF in its prose (not valid GB18030 either: it was read as UTF-8 gibberish).
    fs.writeFileSync(path.join(dir, 'a/昭通2018.txt'), stray(SEED003, 'gb18030', '(一)强化高层引领。'));
    // Last year's report in GB18030 with a stray byte in its introduction: still last year's report.
    const y23 = core.renderNewReport({ format: '2021', year: 2023, agency: '某某局' }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, '$12');
    fs.writeFileSync(path.join(dir, 'b/某某局2023年报.md'), stray(y23, 'gb18030', '本报告根据'));
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const gbk = await s.diagnostics(pathToFileURL(path.join(dir, 'a/昭通2018.txt')).href, 0);
      assert.ok(gbk.some((d) => d.code === 'row-label' && /已获取信息/.test(d.message)), gbk.map((d) => d.code).join(','));
      const y24 = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
      fs.writeFileSync(path.join(dir, 'b/某某局2024年报.md'), y24);
      const d = await s.openAndWait(pathToFileURL(path.join(dir, 'b/某某局2024年报.md')).href, y24);
      assert.equal(d.filter((x) => x.code === 'carry-over').length, 1, d.map((x) => x.code).join(','));
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a GB18030 report with a block of UTF-8 lines is read in both encodings, with one encoding-invalid error on the block', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-mixed-'));
    const lines = SEED003.split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、'));
    const to = lines.findIndex((l, i) => i > from && l.startsWith('四、'));
    const part = (a, b) => lines.slice(a, b).map((l) => l + '\n').join('');
    fs.writeFileSync(path.join(dir, '昭通2018.txt'), Buffer.concat([iconv.encode(part(0, from), 'gb18030'), Buffer.from(part(from, to), 'utf8'), iconv.encode(lines.slice(to).join('\n'), 'gb18030')]));
    fs.writeFileSync(path.join(dir, '昭通2018-gb.txt'), iconv.encode(SEED003, 'gb18030'));
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const mixed = await s.diagnostics(pathToFileURL(path.join(dir, '昭通2018.txt')).href, 0);
      const whole = await s.diagnostics(pathToFileURL(path.join(dir, '昭通2018-gb.txt')).href, 0);
      const enc = mixed.filter((d) => d.code === 'encoding-invalid');
      assert.equal(enc.length, 1, mixed.map((d) => d.code).join(','));
      assert.equal(enc[0].range.start.line, from);
      assert.match(enc[0].message, new RegExp(`^第 ${from + 1}–\\d+ 行是 UTF-8 编码，文件其余部分是 GB18030`));
      // The rest as the whole-GB18030 file reads it (no mojibake: the same findings).
      const key = (d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`;
      assert.deepEqual(mixed.filter((d) => d.code !== 'encoding-invalid').map(key), whole.map(key));
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('last year\'s report among many in the workspace, judged by the index\'s keys (year and agency)', () => {
  test('the same agency\'s 2023 report is taken, the one in the same folder first; a file changed on disk with no event is read again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-xy-many-'));
    /** A 2023 report of `agency` that carries `n` applications into 2024 (whose 上年结转 says 0: carry-over fires). */
    const carrying = (agency, n) => core.renderNewReport({ format: '2021', year: 2023, agency }).replace(/^(\| 四、结转下年度继续办理\s*\| )0/m, `$1${n}`);
    const write = (rel, text) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); };
    // Other agencies' 2023 reports everywhere: none of them is anyone's here.
    const others = ['财政局', '教育局', '民政局', '司法局', '审计局', '统计局', '林业局', '水利局', '商务局', '文旅局', '卫健委', '应急局'];
    others.forEach((a, i) => write(`${i % 2 ? 'a' : 'b'}/${a}2023年报.md`, carrying(a, 9)));
    // 甲局: last year's report in another folder only.
    write('b/甲局2023年报.md', carrying('甲局', 2));
    // 乙局: one in the same folder (3) and one in another (5): the one beside it is taken.
    write('a/乙局2023年报.md', carrying('乙局', 3));
    write('b/乙局2023年报.md', carrying('乙局', 5));
    // 丙局: when the workspace is read, its 2023 report (4) is in d/ and 丁局's in e/; then the two files are
    // rewritten with no event from the client: d/ holds 丁局's, e/ 丙局's (7). (Not beside the 2024 report in c/,
    // where the file beside it would be read as the CLI reads it.)
    write('d/丙局2023年报.md', carrying('丙局', 4));
    write('e/丁局2023年报.md', carrying('丁局', 6));
    const s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
      const carry = async (rel, agency) => {
        const text = core.renderNewReport({ format: '2021', year: 2024, agency });
        write(rel, text);
        const d = await s.openAndWait(pathToFileURL(path.join(dir, rel)).href, text);
        // What last year's report carried, as the message says it (`…的“四、结转下年度继续办理”为 2，…`).
        return d.filter((x) => x.code === 'carry-over').map((x) => Number(/结转下年度继续办理”为 (\d+)/.exec(x.message)?.[1]));
      };
      const jia = await carry('a/甲局2024年报.md', '甲局');
      assert.deepEqual(jia, [2]);
      const yi = await carry('a/乙局2024年报.md', '乙局');
      assert.deepEqual(yi, [3]);
      fs.writeFileSync(path.join(dir, 'd/丙局2023年报.md'), carrying('丁局', 6));
      fs.writeFileSync(path.join(dir, 'e/丁局2023年报.md'), carrying('丙局', 7));
      const bing = await carry('c/丙局2024年报.md', '丙局');
      assert.deepEqual(bing, [7]);
    } finally {
      await s.srv.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
