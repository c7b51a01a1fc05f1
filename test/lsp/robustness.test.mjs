// Protocol robustness: incremental sync is exact (fast-check: random edits sent incrementally end in the
// diagnostics that opening the final text afresh gives), and binary, huge or undecodable documents get one
// clear diagnostic or none, never a crash.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { session, shared, root, DRAFT_2024, stripDiagnostics as strip } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const SEED003 = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');


function positionAt(text, offset) {
  let line = 0, last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, character: offset - last };
}

/** A compilation of three agencies' reports in one file: an edit in one re-reads only that one (compilation-edits). */
const COMPILATION = [1, 2, 3].map((k) => fs.readFileSync(path.join(root, k === 2 ? 'examples/errors-2024.nianbao.md' : 'examples/correct-2024.nianbao.md'), 'utf8').replace('某某市某某局', `某某市第${k}局`)).join('\n\n');

const SNIPPETS = ['0', '7', '12', '|', ' | ', '\n', '\n\n', '一、', '三、收到和处理政府信息公开申请情况', '（七）总计', '| （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |', '2023年', '。', '𠀀', '“', ''];

describe('incremental sync (fast-check)', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('random edits sent incrementally end in exactly the diagnostics of the final text opened afresh', async () => {
    const base = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(base, DRAFT_2024, SEED003),
      fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 40 }), ins: fc.constantFrom(...SNIPPETS) }), { minLength: 1, maxLength: 12 }),
      async (start, edits) => {
        n++;
        const uri = `file:///tmp/nianbao-prop/inc-${n}.md`;
        const fresh = `file:///tmp/nianbao-prop/fresh-${n}.md`;
        await s.openAndWait(uri, start);
        let text = start;
        let v = 1;
        const since = s.srv.notifications.length;
        for (const e of edits) {
          let a = Math.floor(e.at * text.length);
          // Never split a surrogate pair (an editor never does).
          if (a > 0 && /[\udc00-\udfff]/.test(text[a] ?? '')) a--;
          let b = Math.min(text.length, a + e.del);
          if (b > 0 && /[\udc00-\udfff]/.test(text[b] ?? '')) b++;
          const range = { start: positionAt(text, a), end: positionAt(text, b) };
          text = text.slice(0, a) + e.ins + text.slice(b);
          s.srv.notify('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [{ range, text: e.ins }] });
        }
        // `nianbao/debugStats` runs pending validations before it answers: every publication is in by then.
        await s.srv.request('nianbao/debugStats', {});
        const last = (u, from) => s.srv.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u).at(-1);
        const inc = last(uri, since);
        const mark = s.srv.notifications.length;
        await s.open(fresh, text);
        await s.srv.request('nianbao/debugStats', {});
        const direct = last(fresh, mark);
        if (direct) {
          assert.equal(inc?.params.version, v, 'the newest version was published');
          assert.deepEqual(strip(inc.params.diagnostics), strip(direct.params.diagnostics));
        } else {
          // Not a report (any more): nothing for the fresh document, and the edited one was cleared if it had any.
          assert.deepEqual(inc ? inc.params.diagnostics : [], []);
        }
        s.srv.notify('textDocument/didClose', { textDocument: { uri } });
        s.srv.notify('textDocument/didClose', { textDocument: { uri: fresh } });
      },
    ), { numRuns: 40 });
  });
});

describe('incremental analysis (fast-check)', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  // Every version is validated before the next edit, so each one is checked as an edit of the one before (the
  // server reuses the prose paragraphs, claims and line searches of unchanged lines): each must publish exactly
  // what the same text opened afresh publishes. Edits go into prose lines, table rows and headings.
  test('typing and deleting in prose, tables and headings: every version publishes the diagnostics of the same text opened afresh', async () => {
    const SEED001 = fs.readFileSync(path.join(shared, 'corpus/seeds/001_417062a3286660b0.txt'), 'utf8');
    const TYPED = ['1', '0', '件', '政', '，', '。', ' ', '|', '\n', '（', '）', '其中', '资金资金', '一、', '%'];
    let n = 0;
    // Paragraphs read and taken over in the runs on one report; reports of the compilation read and taken over.
    const counted = { read: 0, reused: 0, partsParsed: 0, partsReused: 0 };
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(SEED001, SEED003, DRAFT_2024, COMPILATION),
      fc.array(fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), col: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(3), ins: fc.constantFrom(...TYPED) }), { minLength: 1, maxLength: 6 }),
      async (start, edits) => {
        n++;
        const run0 = await s.srv.request('nianbao/debugStats', {});
        const uri = `file:///tmp/nianbao-inc/doc-${n}.md`;
        await s.openAndWait(uri, start);
        let text = start;
        let v = 1;
        for (const e of edits) {
          const lines = text.split('\n');
          const line = Math.min(lines.length - 1, Math.floor(e.line * lines.length));
          const col = Math.min(lines[line].length, Math.floor(e.col * (lines[line].length + 1)));
          const del = Math.min(e.del, lines[line].length - col);
          const a = lines.slice(0, line).reduce((x, l) => x + l.length + 1, 0) + col;
          if (/[\udc00-\udfff]/.test(text[a] ?? '') || /[\udc00-\udfff]/.test(text[a + del] ?? '')) continue;
          text = text.slice(0, a) + e.ins + text.slice(a + del);
          const since = s.srv.notifications.length;
          s.srv.notify('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + del } }, text: e.ins }] });
          await s.srv.request('nianbao/debugStats', {});
          const inc = s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).at(-1);
          const fresh = `file:///tmp/nianbao-inc/fresh-${n}-${v}.md`;
          const mark = s.srv.notifications.length;
          await s.open(fresh, text);
          await s.srv.request('nianbao/debugStats', {});
          const direct = s.srv.notifications.slice(mark).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === fresh).at(-1);
          s.srv.notify('textDocument/didClose', { textDocument: { uri: fresh } });
          if (direct) {
            assert.equal(inc?.params.version, v);
            assert.deepEqual(strip(inc.params.diagnostics), strip(direct.params.diagnostics), `version ${v}`);
          } else assert.deepEqual(inc ? inc.params.diagnostics : [], []);
        }
        s.srv.notify('textDocument/didClose', { textDocument: { uri } });
        const run1 = await s.srv.request('nianbao/debugStats', {});
        if (start === COMPILATION) {
          counted.partsParsed += run1.partsParsed - run0.partsParsed;
          counted.partsReused += run1.partsReused - run0.partsReused;
        } else {
          counted.read += run1.paragraphsRead - run0.paragraphsRead;
          counted.reused += run1.paragraphsReused - run0.paragraphsReused;
        }
      },
    ), { numRuns: 30, reporter: (r) => { if (r.failed) throw new Error(`${fc.defaultReportMessage(r)}\n${r.errorInstance?.stack ?? r.error}`); } });
    // The edited versions were read from the previous ones: most of their paragraphs were taken over, and in the
    // compilation, the reports an edit left alone (the fresh copies read every report).
    assert.ok(counted.reused > 0.5 * counted.read, JSON.stringify(counted));
    if (counted.partsParsed) assert.ok(counted.partsReused > 0, JSON.stringify(counted));
  });
});

describe('documents that are not text', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('binary content: one clear diagnostic in a nianbao document, nothing in Markdown', async () => {
    const bin = 'PK\u0003\u0004\u0000\u0000\u0008\u0000' + '\u0000\uFFFD'.repeat(500);
    const d = await s.openAndWait('file:///tmp/nianbao-bin/x.nianbao.md', bin, 'nianbao');
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'not-checked');
    assert.match(d[0].message, /不是文本/);
    const { since } = await s.open('file:///tmp/nianbao-bin/x.md', bin, 'markdown');
    await s.openAndWait('file:///tmp/nianbao-bin/after.md', SEED003);
    assert.ok(!s.srv.notifications.slice(since).some((m) => m.params?.uri === 'file:///tmp/nianbao-bin/x.md'));
    // The server still answers on the binary document.
    assert.equal(await s.srv.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/nianbao-bin/x.md' } }), null);
    const folds = await s.srv.request('textDocument/foldingRange', { textDocument: { uri: 'file:///tmp/nianbao-bin/x.nianbao.md' } });
    assert.equal(folds, null, 'nothing to fold in a binary file');
  });

  test('a document over the size limit: one diagnostic, and the server stays responsive', async () => {
    const huge = '某某局2024年政府信息公开工作年度报告\n' + ('一二三四五六七八九十 0 | 1 | 2\n'.repeat(1_700_000));
    assert.ok(huge.length > 32 * 1024 * 1024);
    const d = await s.openAndWait('file:///tmp/nianbao-huge/huge.nianbao.md', huge, 'nianbao');
    assert.deepEqual(d.map((x) => x.code), ['not-checked']);
    assert.match(d[0].message, /过大/);
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/nianbao-huge/huge.nianbao.md' } });
    assert.equal(syms, null);
  });

  test('arbitrary text never crashes the server', async () => {
    let n = 0;
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
      const uri = `file:///tmp/nianbao-any/${n++}.nianbao.md`;
      await s.open(uri, text, 'nianbao');
      const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(syms === null || Array.isArray(syms));
      await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      s.srv.notify('textDocument/didClose', { textDocument: { uri } });
    }), { numRuns: 60 });
    assert.equal(s.srv.proc.exitCode, null, 'still running');
  });
});

describe('malformed text-document notifications (helper-222 #4)', () => {
  test('a didOpen whose uri is no string is logged and dropped; the server goes on serving', async () => {
    const s = await session();
    try {
      s.srv.notify('textDocument/didOpen', { textDocument: { uri: 12, languageId: 'markdown', version: 1, text: '# 某局2024年政府信息公开工作年度报告' } });
      s.srv.notify('textDocument/didChange', { textDocument: { uri: 13, version: 2 }, contentChanges: [{ text: 'x' }] });
      s.srv.notify('textDocument/didClose', { textDocument: { uri: null } });
      const ds = await s.openAndWait('file:///tmp/nianbao-malformed/after.md', DRAFT_2024);
      assert.ok(ds.length > 0, 'a report opened afterwards is checked');
      assert.equal(s.srv.proc.exitCode, null);
      const logged = s.srv.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message).join('\n');
      assert.match(logged, /ignored a malformed DidOpenTextDocument notification/);
    } finally {
      await s.srv.stop();
    }
  });
});
