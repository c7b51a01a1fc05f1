// A long text pasted into a report can have a hundred thousand findings (a fresh user's 10 MB paste of one sentence
// had 121,960): publishing them all took the server seconds and hundreds of MB, and no editor shows them usefully.
// The server publishes at most `nianbao.maxDiagnostics` (default 1000), the most severe first, with a note at the top
// saying how many there are; the status bar and the workspace check still count them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';

// The example report, with one full-width digit in 表二 (a warning near the top) and, in section 五, a paragraph
// repeating a 办结 that disagrees with 表三 thirty times (thirty errors below the warning).
function manyFindings() {
  let s = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
  const at = s.indexOf('## 六、');
  s = s.slice(0, at) + '本机关全年共收到政府信息公开申请48件，办结48件。'.repeat(30) + '\n\n' + s.slice(at);
  return s.replace('| 规章           | 0 ', '| 规章           | ０ ');
}

test('more findings than nianbao.maxDiagnostics: the most severe are published in text order, a note says how many in all', async () => {
  const text = manyFindings();
  const uri = 'file:///tmp/nianbao-max/many.md';
  const s = await session({ config: { maxDiagnostics: 10 } });
  try {
    // (Settings come from workspace/configuration, which may answer after the first check.)
    await s.open(uri, text);
    const d = await s.diagnostics(uri, 0, { where: (ds) => ds[0]?.code === 'diagnostics-limited' });
    assert.equal(d.length, 11, d.map((x) => x.code).join(','));
    const [note, ...shown] = d;
    assert.equal(note.code, 'diagnostics-limited');
    assert.equal(note.severity, 3);
    assert.deepEqual(note.range.start, { line: 0, character: 0 });
    assert.equal(note.message, '此报告共有 31 个问题（30 个错误、1 个警告、0 个提示），这里只列出最严重的 10 个。要看全部，请对此文件运行 nianbao check，或调高设置 nianbao.maxDiagnostics。');
    // Errors before the warning, although the warning comes first in the text; the first ten errors, in text order.
    assert.ok(shown.every((x) => x.code === 'prose-table' && x.severity === 1), shown.map((x) => x.code).join(','));
    const columns = shown.map((x) => x.range.start.character);
    assert.deepEqual(columns, [...columns].sort((a, b) => a - b));
    const line = text.split('\n').findIndex((l) => l.startsWith('本机关全年共收到'));
    assert.ok(shown.every((x) => x.range.start.line === line));
    assert.equal(text.split('\n')[line].slice(columns[0], shown[0].range.end.character), '48');
    assert.equal(shown[0].range.start.character, text.split('\n')[line].indexOf('办结48件') + 2);
    // The status bar counts every finding, not only those shown.
    const status = await s.srv.request('nianbao/getStatus', { uri });
    assert.equal(status.errors, 30);
    assert.equal(status.warnings, 1);
    // A shown diagnostic's code action finds its finding among all of them: suppressing the tenth error puts the
    // comment above its line, and the paragraph's findings are then gone (the comment covers the whole line).
    const tenth = shown[9];
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: tenth.range, context: { diagnostics: [tenth], only: ['quickfix'] } });
    const suppress = actions.find((a) => /nianbao-disable-next-line/.test(a.title));
    assert.ok(suppress, actions.map((a) => a.title).join(' | '));
    const fixed = applyEdits(text, editsOf(suppress, uri));
    assert.equal(fixed.split('\n')[line], '<!-- nianbao-disable-next-line prose-table -->');
    const after = await s.replace(uri, fixed);
    assert.deepEqual(after.map((x) => x.code), ['number-invalid']);
  } finally { await s.srv.stop(); }
});

test('the English note, and raising the setting publishes every finding without a note', async () => {
  const text = manyFindings();
  const uri = 'file:///tmp/nianbao-max/many-en.md';
  const s = await session({ locale: 'en', config: { maxDiagnostics: 30 } });
  try {
    await s.open(uri, text);
    const d = await s.diagnostics(uri, 0, { where: (ds) => ds[0]?.code === 'diagnostics-limited' });
    assert.equal(d[0].message, 'This report has 31 findings (30 errors, 1 warning, 0 info); only the 30 most severe are shown. Run `nianbao check` on the file to see them all, or raise the setting nianbao.maxDiagnostics.');
    assert.ok(!d.some((x) => x.code === 'number-invalid'));
    s.srv.state.config = { maxDiagnostics: 31 };
    s.srv.notify('workspace/didChangeConfiguration', { settings: null });
    const all = await s.diagnostics(uri, s.srv.notifications.length, { where: (ds) => !ds.some((x) => x.code === 'diagnostics-limited') });
    assert.equal(all.length, 31);
    assert.equal(all[0].code, 'number-invalid');
  } finally { await s.srv.stop(); }
});

test('the default limit is 1000 and an invalid maxDiagnostics falls back to it with a warning', async () => {
  const text = manyFindings();
  const uri = 'file:///tmp/nianbao-max/default.md';
  const s = await session({ locale: 'en', config: { maxDiagnostics: 0 } });
  try {
    const warning = await s.srv.waitFor((m) => m.method === 'window/showMessage');
    assert.match(warning.params.message, /nianbao\.maxDiagnostics: 0 is not valid, expected a positive whole number/);
    const d = await s.openAndWait(uri, text);
    assert.equal(d.length, 31);
  } finally { await s.srv.stop(); }
});
