// brk118 #1: with this year's report open, last year's report opened and edited at once (a didChange right after the
// didOpen, as an editor sends a file opened and pasted into, or restored with unsaved changes) left this year's
// report unchecked: its carry-over findings kept the figure of the file on disk, whatever the open text said, until
// a keystroke in it. The first check of last year's report after it is opened re-checks next year's open reports too.
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { reportFolder, hongzeReports, carryOverOf } from './client.mjs';

/** 洪泽 2023 (`CARRIES_2`: carrying 2 applications into 2024, whose 上年结转 says 0; `HONGZE_2023`: carrying 0) and 2024. */
const { y2023: HONGZE_2023, y2024: HONGZE_2024, carrying2023: CARRIES_2 } = hongzeReports();

/** Sends `messages` (notifications: `[method, params]`) in one write, so that the server reads them in one burst. */
function notifyAtOnce(srv, messages) {
  srv.proc.stdin.write(Buffer.concat(messages.map(([method, params]) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  })));
}

describe('last year\'s report opened with a text other than the file\'s', () => {
  let s, u23, u24;
  beforeEach(async () => {
    // On disk, 2023 carries 2 into 2024: with 2024 open, its two carry-over errors read the file.
    s = await reportFolder('opened-edited', { '2023/洪泽区年报.txt': CARRIES_2, '2024/洪泽区年报.txt': HONGZE_2024 });
    u23 = s.uri('2023/洪泽区年报.txt');
    u24 = s.uri('2024/洪泽区年报.txt');
    assert.equal(carryOverOf(await s.openAndWait(u24, HONGZE_2024, 'plaintext')).length, 2);
  });
  afterEach(async () => { await s.close(); });

  test('opened and edited at once: this year\'s report is checked again against the edited text', async () => {
    const since = s.srv.notifications.length;
    notifyAtOnce(s.srv, [
      ['textDocument/didOpen', { textDocument: { uri: u23, languageId: 'plaintext', version: 1, text: CARRIES_2 } }],
      ['textDocument/didChange', { textDocument: { uri: u23, version: 2 }, contentChanges: [{ text: HONGZE_2023 }] }],
    ]);
    const ds = await s.diagnostics(u24, since, { where: (d) => carryOverOf(d).length === 0, timeoutMs: 5000 });
    assert.deepEqual(carryOverOf(ds), []);
  });

  test('two quick edits after the open: the last one counts', async () => {
    const since = s.srv.notifications.length;
    notifyAtOnce(s.srv, [
      ['textDocument/didOpen', { textDocument: { uri: u23, languageId: 'plaintext', version: 1, text: CARRIES_2 } }],
      ['textDocument/didChange', { textDocument: { uri: u23, version: 2 }, contentChanges: [{ text: CARRIES_2 + '\n' }] }],
      ['textDocument/didChange', { textDocument: { uri: u23, version: 3 }, contentChanges: [{ text: HONGZE_2023 }] }],
    ]);
    const ds = await s.diagnostics(u24, since, { where: (d) => carryOverOf(d).length === 0, timeoutMs: 5000 });
    assert.deepEqual(carryOverOf(ds), []);
  });

  test('opened with unsaved text (no edit): that text counts at once, not the file\'s', async () => {
    const since = s.srv.notifications.length;
    await s.open(u23, HONGZE_2023, 'plaintext');
    const ds = await s.diagnostics(u24, since, { where: (d) => carryOverOf(d).length === 0, timeoutMs: 5000 });
    assert.deepEqual(carryOverOf(ds), []);
  });
});

describe('last year\'s report whose year is edited', () => {
  test('2023 → 2022 in the open text: next year\'s report no longer reads it as last year\'s', async () => {
    // On disk 2023 carries 0 (agrees with 2024); the open 2023 text carries 2: 2024 reads the open text (2 errors).
    const s = await reportFolder('year-edited', { '2023/洪泽区年报.txt': HONGZE_2023, '2024/洪泽区年报.txt': HONGZE_2024 });
    try {
      const u23 = s.uri('2023/洪泽区年报.txt');
      const u24 = s.uri('2024/洪泽区年报.txt');
      assert.equal(carryOverOf(await s.openAndWait(u24, HONGZE_2024, 'plaintext')).length, 0);
      let since = s.srv.notifications.length;
      await s.open(u23, CARRIES_2, 'plaintext');
      assert.equal(carryOverOf(await s.diagnostics(u24, since, { where: (d) => carryOverOf(d).length === 2, timeoutMs: 5000 })).length, 2);
      // The open text made the report of 2022: 2024's carry-over no longer reads it (the 2023 file on disk agrees).
      since = s.srv.notifications.length;
      notifyAtOnce(s.srv, [['textDocument/didChange', { textDocument: { uri: u23, version: 2 }, contentChanges: [{ text: CARRIES_2.replaceAll('2023', '2022') }] }]]);
      const ds = await s.diagnostics(u24, since, { where: (d) => carryOverOf(d).length === 0, timeoutMs: 5000 });
      assert.deepEqual(carryOverOf(ds), []);
    } finally {
      await s.close();
    }
  });
});
