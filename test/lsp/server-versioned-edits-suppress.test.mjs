// The standalone server as Neovim drives it: suppress keeps tables whole, versioned code-action edits, re-check on
// close, completion in a table, commands (found by breaker9).
// breaker9: the editor through the standalone language server, as Neovim drives it. The "suppress" quick fix on a
// table row keeps the rendered table whole; code-action edits carry the version they were computed for; closing last
// year's report without saving re-checks next year's open report.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, root, applyEdits, editsOf, CAPABILITIES } from './client.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true }); // as VS Code's preview and GitHub render a draft
const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const rendered = (text) => {
  const html = md.render(text);
  return { tables: (html.match(/<table>/g) ?? []).length, rows: (html.match(/<tr>/g) ?? []).length };
};
const VERSIONED = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { documentChanges: true } } };

describe('"suppress" quick fix inside a pipe table', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('every suppress action of errors-2024 keeps every rendered table row and suppresses its finding', async () => {
    const uri = 'file:///tmp/nianbao-b9/errors-2024.nianbao.md';
    const ds = await s.openAndWait(uri, ERRORS_2024);
    const before = rendered(ERRORS_2024);
    assert.ok(before.rows > 40, JSON.stringify(before));
    const inTable = [];
    let current = ds;
    for (const first of ds) {
      // The diagnostic as last published (a code action for an older version's diagnostic gets no fix).
      const d = current.find((x) => x.code === first.code && x.message === first.message);
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const sup = actions.find((a) => /屏蔽/.test(a.title));
      assert.ok(sup, `a suppress action for ${d.code}`);
      const after = applyEdits(ERRORS_2024, editsOf(sup, uri));
      assert.deepEqual(rendered(after), before, `${d.code} at line ${d.range.start.line + 1}: ${sup.title}`);
      const all = ERRORS_2024.split('\n');
      // A row below a table's header line (the comment above the header line is harmless: it stays there).
      if (/^\s*\|/.test(all[d.range.start.line]) && /^\s*\|/.test(all[d.range.start.line - 1])) {
        inTable.push(d.code);
        assert.match(sup.title, /整张表格/, 'the title says the whole table is covered');
      }
      // Only insertions: no text of the user's is touched.
      assert.equal(after.replace(/^[ \t]*<!-- nianbao-(?:disable|enable)[^\n]*-->\r?\n/gm, ''), ERRORS_2024);
      // The engine honours the comments: the finding is gone, and nothing else changed.
      const again = await s.replace(uri, after);
      // A note shared by several sum findings is said in full by the first one shown and in short by the others
      // (breaker30 #8): suppressing the first gives the next the full note. The finding itself is still reported.
      const SHARED_NOTE = /各处不成立的合计都经过.*?则需更新经过它的各个合计。(?:这一格不是总计，不提供自动修复：哪个数对，只有原表能说明。)?|（同上：.*?。）/g;
      const key = (x) => `${x.code}:${x.message.replace(SHARED_NOTE, '')}`;
      const left = again.map(key).sort();
      const expected = ds.filter((x) => x.code !== d.code || x.range.start.line !== d.range.start.line).map(key);
      for (const k of expected) assert.ok(left.includes(k), `${k} is still reported after suppressing ${d.code}`);
      assert.ok(!left.includes(key(d)) || ds.filter((x) => key(x) === key(d)).length > 1, `${d.code} suppressed`);
      current = await s.replace(uri, ERRORS_2024);
    }
    assert.ok(inTable.includes('row-label') && inTable.includes('cell-count') && inTable.includes('number-invalid'), inTable.join(','));
  });
});

describe('code-action edits are versioned when the client supports documentChanges', () => {
  test('quick fix, suppress and fix-all carry the version their diagnostics were computed for', async () => {
    const s = await session({ capabilities: VERSIONED });
    try {
      const uri = 'file:///tmp/nianbao-b9/versioned.md';
      const ds = await s.openAndWait(uri, ERRORS_2024);
      const d = ds.find((x) => x.code === 'sum-review');
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(actions.length >= 2);
      for (const a of actions) {
        assert.equal(a.edit.changes, undefined, a.title);
        assert.deepEqual(a.edit.documentChanges.map((c) => c.textDocument), [{ uri, version: 1 }], a.title);
      }
      const fixAll = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
      assert.deepEqual(fixAll[0].edit.documentChanges[0].textDocument, { uri, version: 1 });
      // After an edit the new version's fixes name the new version.
      const ds2 = await s.replace(uri, ERRORS_2024 + '\n');
      const d2 = ds2.find((x) => x.code === 'sum-review');
      const actions2 = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d2.range, context: { diagnostics: [d2] } });
      assert.equal(actions2[0].edit.documentChanges[0].textDocument.version, 2);
    } finally {
      await s.srv.stop();
    }
  });

  test('a client without documentChanges still gets `changes`', async () => {
    const s = await session();
    try {
      const uri = 'file:///tmp/nianbao-b9/plain.md';
      const ds = await s.openAndWait(uri, ERRORS_2024);
      const d = ds.find((x) => x.code === 'sum-review');
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(actions.every((a) => a.edit.changes?.[uri]?.length && !a.edit.documentChanges));
    } finally {
      await s.srv.stop();
    }
  });
});

describe('last year\'s report closed with unsaved edits', () => {
  let dir, s;
  const CROSS = path.join(root, 'test/fixtures/crossyear');
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-b9-close-'));
    for (const f of ['某某局2023.md', '某某局2024.md']) fs.copyFileSync(path.join(CROSS, f), path.join(dir, f));
    s = await session();
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('next year\'s open report is re-checked against the file on disk', async () => {
    const u24 = pathToFileURL(path.join(dir, '某某局2024.md')).href;
    const u23 = pathToFileURL(path.join(dir, '某某局2023.md')).href;
    const t23 = fs.readFileSync(path.join(dir, '某某局2023.md'), 'utf8');
    const carry = (ds) => ds.filter((d) => d.code === 'carry-over').length;
    assert.equal(carry(await s.openAndWait(u24, fs.readFileSync(path.join(dir, '某某局2024.md'), 'utf8'))), 0);
    await s.openAndWait(u23, t23);
    const row = t23.split('\n').find((l) => l.startsWith('| 四、结转下年度'));
    const edited = t23.replace(row, row.replace(/\| 2( +)\|/, '| 3$1|').replace(/\| 2( *)\|$/, '| 3$1|'));
    assert.notEqual(edited, t23);
    let since = s.srv.notifications.length;
    await s.replace(u23, edited);
    await s.diagnostics(u24, since, { where: (ds) => carry(ds) === 2 });
    since = s.srv.notifications.length;
    s.srv.notify('textDocument/didClose', { textDocument: { uri: u23 } });
    // Without the re-check no publication for 2024 comes at all (the wait times out).
    await s.diagnostics(u24, since, { where: (ds) => carry(ds) === 0, timeoutMs: 5000 });
  });
});

describe('completion in a table: labels only where a label goes', () => {
  const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });
  const items = async (uri, line, character) => {
    const r = await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return (Array.isArray(r) ? r : r?.items ?? []).slice().sort((a, b) => a.sortText.localeCompare(b.sortText));
  };

  test('a value cell gets nothing; a new row\'s first cell gets row labels before any other', async () => {
    const uri = 'file:///tmp/nianbao-b9/complete.md';
    const lines = CORRECT.split('\n');
    const row = lines.findIndex((l) => l.startsWith('| 2.重复申请'));
    assert.ok(row > 0);
    await s.openAndWait(uri, CORRECT);
    // After the `1` of a value cell, and at the start of an empty value cell right after a pipe.
    const at = lines[row].indexOf('| 1 ') + 3;
    assert.deepEqual((await items(uri, row, at)).map((i) => i.label), []);
    assert.deepEqual((await items(uri, row, lines[row].indexOf('|', 2) + 1)).map((i) => i.label), []);
    // The row's label cell still gets the rows of 表三.
    const own = await items(uri, row, 4);
    assert.ok(own.some((i) => i.label === '3.要求提供公开出版物'));
    // A new row typed below: row labels, and no column label (自然人…) at all.
    const typed = lines.slice(0, row + 1).concat(['| 4'], lines.slice(row + 1)).join('\n');
    await s.replace(uri, typed);
    const fresh = await items(uri, row + 1, 3);
    assert.ok(fresh.length > 10);
    assert.ok(fresh.every((i) => i.kind !== 5 && !/（列）/.test(i.detail)), fresh.slice(0, 5).map((i) => i.label).join(' / '));
    assert.ok(!fresh.some((i) => i.label === '自然人'));
  });

  // Found by a fresh user (breaker24 item 9): at `| 3.` under `2.重复申请` every label came in template order, the
  // row the template puts next (3.要求提供公开出版物) after the other labels starting with 3.
  test('a row being typed: the label the template puts after the row above comes first and is preselected', async () => {
    const uri = 'file:///tmp/nianbao-b9/next.md';
    const lines = CORRECT.split('\n');
    const row = lines.findIndex((l) => l.startsWith('| 3.要求提供公开出版物'));
    assert.ok(row > 0);
    const typed = lines.slice(0, row).concat(['| 3.'], lines.slice(row + 1)).join('\n');
    await s.openAndWait(uri, typed);
    const got = await items(uri, row, 4);
    assert.equal(got[0].label, '3.要求提供公开出版物');
    assert.equal(got[0].preselect, true);
    assert.equal(got.filter((i) => i.preselect).length, 1);
    // Under the table's last row (四、结转下年度继续办理) nothing is preselected; the missing labels come first.
    const last = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
    const below = lines.slice(0, last + 1).concat(['| '], lines.slice(last + 1)).join('\n');
    await s.replace(uri, below);
    const after = await items(uri, last + 1, 2);
    assert.ok(after.length > 10);
    assert.equal(after.filter((i) => i.preselect).length, 0);
  });
});

describe('workspace/executeCommand: arguments checked, unknown commands refused', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });
  const run = (command, args) => s.srv.request('workspace/executeCommand', { command, arguments: args });

  test('newReport reads a year sent as a string, and refuses a bad year, a multi-line agency and a format of other years', async () => {
    const text = await run('nianbao.server.newReport', [{ format: '2021', year: '2024', agency: '某某局' }]);
    assert.match(text, /^# 某某局2024年政府信息公开工作年度报告/);
    for (const bad of [{ year: 1899 }, { year: 99999 }, { year: '20x4' }, { agency: 'x\n## 一、注入' }, { format: 'pre2019', year: 2024 }, { format: '2021', year: 2015 }, { format: 'html' }]) {
      await assert.rejects(run('nianbao.server.newReport', [bad]), /-32602/, JSON.stringify(bad));
    }
    // The draft of an older year is in its own format, and checks without a table-missing error.
    const old = await run('nianbao.server.newReport', [{ year: 2017, agency: '某某局' }]);
    assert.match(old, /2017年/);
    const ds = await s.openAndWait('file:///tmp/nianbao-b9/draft-2017.md', old);
    assert.deepEqual(ds.filter((d) => d.code === 'table-missing'), []);
  });

  test('an unknown command is an error, not null', async () => {
    await assert.rejects(run('nianbao.server.nope', []), /-32601.*nianbao\.server\.nope/);
  });
});
