// The status (nianbao/getStatus, nianbao/status; the VS Code status bar's text) of a report whose format and year are
// forced (brk87 #3a). A status-bar year that does not go with the format the project's .nianbao.jsonc forces leaves
// the file not checked: its status said the format and year detected (`2024 · 2021 format *`, or `unknown` for a
// draft without tables), as if it had been checked against them, and nothing said it was not checked. Now it says the
// pair that was forced and `checked: false`; what the config forces is in `config` (a forced format read as detected).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, root, DRAFT_2024 } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const CONFIG = '{ "overrides": [{ "files": "drafts/**", "format": "2019", "year": 2020 }] }';
const brief = (st) => ({ isReport: st.isReport, checked: st.checked, format: st.format, year: st.year, override: st.override, config: st.config });

describe('status of a report with a forced format or year', () => {
  let s;
  before(async () => {
    s = await reportFolder('brk87-status', { '.nianbao.jsonc': CONFIG }, { config: { workspace: { check: false } }, initializationOptions: { settings: { workspace: { check: false } } } });
  });
  after(async () => { await s.close(); });

  test('forced by the config: said in `config`, checked', async () => {
    const u = s.uri('drafts/report.md');
    await s.openAndWait(u, CORRECT_2024);
    assert.deepEqual(brief(await s.srv.request('nianbao/getStatus', { uri: u })),
      { isReport: true, checked: true, format: '2019', year: 2020, override: {}, config: { format: '2019', year: 2020 } });
    const free = s.uri('report.md');
    await s.openAndWait(free, CORRECT_2024);
    assert.deepEqual(brief(await s.srv.request('nianbao/getStatus', { uri: free })),
      { isReport: true, checked: true, format: '2021', year: 2024, override: {}, config: {} });
  });

  test('a status-bar year the config\'s format does not go with: the forced pair, not checked, in the answer and the notification', async () => {
    for (const [name, text] of [['drafts/tables.md', CORRECT_2024], ['drafts/no-tables.md', DRAFT_2024]]) {
      const u = s.uri(name);
      await s.openAndWait(u, text);
      const since = s.srv.notifications.length;
      const st = await s.srv.request('nianbao/setOverride', { uri: u, year: 2024 });
      const expected = { isReport: true, checked: false, format: '2019', year: 2024, override: { year: 2024 }, config: { format: '2019', year: 2020 } };
      assert.deepEqual(brief(st), expected, name);
      assert.equal(st.warnings, 1, 'the not-checked warning');
      const note = await s.srv.waitFor((m) => m.method === 'nianbao/status' && m.params.uri === u && m.params.override.year === 2024, 20000, since);
      assert.deepEqual(brief(note.params), expected, name);
      // Back to the config's year: checked, as the config says.
      const back = await s.srv.request('nianbao/setOverride', { uri: u, year: null });
      assert.deepEqual([back.checked, back.format, back.year], [true, '2019', 2020], name);
    }
  });

  test('a report file that is not text: not checked', async () => {
    const u = s.uri('binary.nianbao.md');
    await s.openAndWait(u, `年报\n${'\u0000'.repeat(200)}`, 'nianbao');
    const st = await s.srv.request('nianbao/getStatus', { uri: u });
    assert.deepEqual([st.isReport, st.checked], [true, false]);
  });

  test('a document that is not a report: not a report, not checked', async () => {
    const u = s.uri('drafts/notes.md');
    await s.open(u, '# 笔记\n\n一份普通的 Markdown 文件。\n');
    // (Nothing is published for it: the pending check runs before this answer.)
    await s.srv.request('nianbao/debugStats', {});
    const st = await s.srv.request('nianbao/getStatus', { uri: u });
    assert.deepEqual([st.isReport, st.checked, st.format, st.year], [false, false, 'unknown', null]);
  });
});
