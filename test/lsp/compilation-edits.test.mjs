// A compilation of several agencies' reports in one file (汇编): an edit in one report re-reads only that one; the
// others are taken over from the version before, model and findings (brk93 #6: each keystroke in a compilation of 300
// reports re-read all of them, 2.5 s). The diagnostics are those of the same text opened afresh, for an edit that
// keeps the line count and one that does not, and after an edit that makes a report wrong and one that mends it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, stripDiagnostics as strip } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const ERRORS = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
/** Five reports of five agencies: the third with the example's errors. */
const COMPILATION = [1, 2, 3, 4, 5].map((k) => (k === 3 ? ERRORS : CORRECT).replace('某某市某某局', `某某市第${k}局`)).join('\n\n');


describe('editing one report of a compilation', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('only the edited report is read again; every version publishes what the text opened afresh does', async () => {
    const uri = 'file:///tmp/nianbao-compilation/all.nianbao.md';
    await s.openAndWait(uri, COMPILATION, 'nianbao');
    const lines = COMPILATION.split('\n');
    // Line indexes of the fifth report's 行政许可 row and of the fourth report's title.
    const rows = lines.flatMap((l, i) => (l.startsWith('| 行政许可 | 1520') ? [i] : []));
    assert.equal(rows.length, 5);
    const title4 = lines.findIndex((l) => l.includes('某某市第4局2024年'));
    let text = COMPILATION;
    let v = 1;
    const edits = [
      // 1520 → 152x in the fifth report (the line count kept): no number (number-invalid).
      { range: { start: { line: rows[4], character: 12 }, end: { line: rows[4], character: 13 } }, text: 'x' },
      // A line added in the fourth report's title paragraph: every report below it moves down a line.
      { range: { start: { line: title4 + 1, character: 0 }, end: { line: title4 + 1, character: 0 } }, text: '\n' },
      // Mended again (the row is a line further down now).
      { range: { start: { line: rows[4] + 1, character: 12 }, end: { line: rows[4] + 1, character: 13 } }, text: '0' },
    ];
    const toOffset = (t, p) => t.split('\n').slice(0, p.line).reduce((x, l) => x + l.length + 1, 0) + p.character;
    const reused = [];
    for (const e of edits) {
      const a = toOffset(text, e.range.start), b = toOffset(text, e.range.end);
      text = text.slice(0, a) + e.text + text.slice(b);
      const stats0 = await s.srv.request('nianbao/debugStats', {});
      const since = s.srv.notifications.length;
      s.srv.notify('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [e] });
      const stats = await s.srv.request('nianbao/debugStats', {});
      reused.push([stats.partsParsed - stats0.partsParsed, stats.partsReused - stats0.partsReused]);
      const inc = s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).at(-1);
      const fresh = `file:///tmp/nianbao-compilation/fresh-${v}.nianbao.md`;
      const mark = s.srv.notifications.length;
      await s.open(fresh, text, 'nianbao');
      await s.srv.request('nianbao/debugStats', {});
      const direct = s.srv.notifications.slice(mark).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === fresh).at(-1);
      s.srv.notify('textDocument/didClose', { textDocument: { uri: fresh } });
      assert.equal(inc?.params.version, v);
      assert.deepEqual(strip(inc.params.diagnostics), strip(direct.params.diagnostics), `version ${v}`);
      if (v === 2) assert.ok(inc.params.diagnostics.some((d) => d.range.start.line === rows[4] || d.relatedInformation?.some((r) => r.location.range.start.line === rows[4])), 'the wrong figure is said');
    }
    // Read again / taken over, per edit (the fresh copies are read whole, and counted after): the fifth report alone;
    // the fourth and the fifth (moved down a line); the fifth alone.
    assert.deepEqual(reused, [[1, 4], [2, 3], [1, 4]]);
  });
});
