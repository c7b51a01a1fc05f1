// A client that does not send a diagnostic's `data` back (no codeAction.dataSupport: some Neovim and Helix setups)
// got no quick fix at all (brk87 #5). The server finds the diagnostic's finding by its rule and range, and offers
// the same actions as with the data; a diagnostic that matches no current finding gets none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, applyEdits, editsOf } from './client.mjs';
import { cleanDraft, core, edit } from '../helpers.mjs';

const DRAFT = edit(cleanDraft('2021'), '| 2.重复申请', '| 2.重复申情');

test('quick fixes without diagnostic data: the same titles and edits as with it; the fix applied re-checks clean', async () => {
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-nodata/draft.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    assert.ok(d, JSON.stringify(ds.map((x) => x.code)));
    const ask = (diag) => s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } });
    const withData = await ask(d);
    const { data, ...bare } = d;
    assert.ok(data);
    const without = await ask(bare);
    assert.ok(without.length >= 2, JSON.stringify(without.map((x) => x.title)));
    assert.deepEqual(without.map((x) => x.title), withData.map((x) => x.title));
    assert.deepEqual(without.map((x) => x.edit), withData.map((x) => x.edit));
    const fix = without.find((x) => x.isPreferred);
    const fixed = applyEdits(DRAFT, editsOf(fix, uri));
    assert.ok(fixed.includes('| 2.重复申请'));
    assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), core.analyze(cleanDraft('2021')).findings.map((f) => f.ruleId));
    // A diagnostic at a range no current finding has (shifted by the editor, from an older version): nothing.
    const moved = { ...bare, range: { start: { line: bare.range.start.line + 1, character: 0 }, end: { line: bare.range.start.line + 1, character: 3 } } };
    assert.deepEqual(await ask(moved), []);
    // Another tool's diagnostic at the same place: nothing of ours.
    assert.deepEqual(await ask({ ...bare, source: 'markdownlint' }), []);
  } finally {
    await s.srv.stop();
  }
});

// brk89 #10: a diagnostic whose `data` was made for an older version (the client kept it: the text was changed and
// changed back to the same text) got no action at all, not even the suppress one, while the same diagnostic without
// its data got both. Data of another version is now read as no data: the finding is found again by its rule, range
// and message among the current findings; a diagnostic whose finding is not there (another message at the range, or
// no finding there) still gets nothing.
test('a diagnostic with data of an older version of the same text: the actions of the current one', async () => {
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-nodata/stale.nianbao.md';
    const d1 = (await s.openAndWait(uri, DRAFT)).find((x) => x.code === 'row-label');
    assert.ok(d1?.data);
    await s.replace(uri, `${DRAFT}\n新增一段。\n`);
    const d3 = (await s.replace(uri, DRAFT)).find((x) => x.code === 'row-label');
    assert.notEqual(d3.data.version, d1.data.version);
    const ask = (diag) => s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } });
    const current = await ask(d3);
    assert.ok(current.length >= 2, JSON.stringify(current.map((x) => x.title)));
    const stale = await ask(d1);
    assert.deepEqual(stale.map((x) => [x.title, x.edit]), current.map((x) => [x.title, x.edit]));
    // The old data at a range where no current finding is, or with another message: nothing.
    const moved = { ...d1, range: { start: { line: d1.range.start.line + 1, character: 0 }, end: { line: d1.range.start.line + 1, character: 3 } } };
    assert.deepEqual(await ask(moved), []);
    assert.deepEqual(await ask({ ...d1, message: '另一个问题。' }), []);
  } finally {
    await s.srv.stop();
  }
});
