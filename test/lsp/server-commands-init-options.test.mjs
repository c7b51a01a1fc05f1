// The standalone server as other editors drive it: suppress actions, setOverride/inspect/checkWorkspace, settings in
// initializationOptions (found by breaker17).
// breaker17: the standalone server driven as another editor drives it. Suppress actions only for what a comment
// can silence, and never a comment line inside a table; setOverride checks a format/year pair as newReport does;
// inspect takes `{ uri }`; checkWorkspace counts the open documents; settings in initializationOptions
// (`{ nianbao: … }`, as Neovim before 0.11 must send them) hold when the client has no configuration section.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, root, shared, applyEdits, editsOf, CAPABILITIES } from './client.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true });
const rendered = (text) => {
  const html = md.render(text);
  return { tables: (html.match(/<table>/g) ?? []).length, rows: (html.match(/<tr>/g) ?? []).length };
};
const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 pasted as many small pipe tables (each piece with its own `|---|` row): markdown-it renders them as few tables.
const STCSM = fs.readFileSync(path.join(shared, 'corpus/peers/kiro_shanghai-stcsm_2024.txt'), 'utf8');
const uriOf = (name) => pathToFileURL(path.join('/tmp/nianbao-b17', name)).href;
const actionsFor = (s, uri, d) => s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
const SUPPRESS = /屏蔽|Suppress/;

describe('suppress actions', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('none for encoding-invalid (no comment silences it); its quick fix stays', async () => {
    const uri = uriOf('nul.md');
    // One NUL pasted into a paragraph.
    const at = ERRORS_2024.indexOf('。') + 1;
    const ds = await s.openAndWait(uri, ERRORS_2024.slice(0, at) + '\u0000' + ERRORS_2024.slice(at));
    const bad = ds.find((d) => d.code === 'encoding-invalid');
    assert.ok(bad, ds.map((d) => d.code).join(','));
    const actions = await actionsFor(s, uri, bad);
    assert.ok(actions.length >= 1, 'the quick fix that deletes the character');
    assert.deepEqual(actions.filter((a) => SUPPRESS.test(a.title)).map((a) => a.title), []);
    // A rule's finding in the same document still gets one.
    const other = ds.find((d) => d.code !== 'encoding-invalid');
    assert.ok((await actionsFor(s, uri, other)).some((a) => SUPPRESS.test(a.title)), other.code);
  });

  test('a 表三 pasted in pieces: every suppress action, applied and re-checked, leaves no comment between rows', async () => {
    const uri = uriOf('stcsm-2024.md');
    const ds = await s.openAndWait(uri, STCSM);
    const before = rendered(STCSM);
    const key = (x) => `${x.code}:${x.message}`;
    let current = ds;
    let table = 0;
    for (const first of ds) {
      const d = current.find((x) => key(x) === key(first));
      const sup = (await actionsFor(s, uri, d)).find((a) => SUPPRESS.test(a.title));
      assert.ok(sup, `a suppress action for ${d.code} at line ${d.range.start.line + 1}`);
      if (/整张表格/.test(sup.title)) table++;
      const after = applyEdits(STCSM, editsOf(sup, uri));
      assert.deepEqual(rendered(after), before, `${d.code} at line ${d.range.start.line + 1}: ${sup.title}`);
      const again = await s.replace(uri, after);
      assert.deepEqual(again.filter((x) => x.code === 'disable-in-table' || x.code === 'comment-in-table').map(key), [], `${d.code}: ${sup.title}`);
      assert.ok(!again.some((x) => key(x) === key(d)), `${d.code} suppressed`);
      current = await s.replace(uri, STCSM);
    }
    assert.ok(table >= 1, 'the cell-blank of the last 表三 row is suppressed for its whole table');
  });
});

describe('commands and requests', () => {
  let s, dir;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-b17-'));
    fs.writeFileSync(path.join(dir, 'errors-2024.nianbao.md'), ERRORS_2024);
    fs.writeFileSync(path.join(dir, 'correct-2024.nianbao.md'), CORRECT_2024);
    fs.writeFileSync(path.join(dir, 'notes.md'), '# notes\n\nhello\n');
    s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (command, args) => s.srv.request('workspace/executeCommand', { command, arguments: args });
  const invalid = (re) => (e) => JSON.parse(e.message).code === -32602 && re.test(JSON.parse(e.message).message);

  test('setOverride refuses a format and year that cannot go together, and years newReport refuses, as newReport words them', async () => {
    const uri = pathToFileURL(path.join(dir, 'errors-2024.nianbao.md')).href;
    await s.openAndWait(uri, ERRORS_2024);
    const mismatch = /2021 格式不适用于 2019 年度的报告/;
    await assert.rejects(s.srv.request('nianbao/setOverride', { uri, format: '2021', year: 2019 }), invalid(mismatch));
    await assert.rejects(run('nianbao.server.newReport', [{ format: '2021', year: 2019 }]), invalid(mismatch));
    for (const year of [2005, 2100]) {
      const range = new RegExp(`年份 ${year} 不在 2008–2099 之间`);
      await assert.rejects(s.srv.request('nianbao/setOverride', { uri, year }), invalid(range), String(year));
      await assert.rejects(run('nianbao.server.newReport', [{ year }]), invalid(range), String(year));
    }
    // A pair that fits is taken; then a year the forced format cannot have is refused, and the override stays.
    assert.deepEqual((await s.srv.request('nianbao/setOverride', { uri, format: '2019', year: 2020 })).override, { format: '2019', year: 2020 });
    await assert.rejects(s.srv.request('nianbao/setOverride', { uri, year: 2023 }), invalid(/2019 格式不适用于 2023 年度的报告/));
    assert.deepEqual((await s.srv.request('nianbao/getStatus', { uri })).override, { format: '2019', year: 2020 });
    assert.deepEqual((await s.srv.request('nianbao/setOverride', { uri, format: null, year: null })).override, {});
    s.srv.notify('textDocument/didClose', { textDocument: { uri } });
    // Not open: null, and nothing is kept for the next open (brk87 #4: it was kept and applied then).
    assert.equal(await s.srv.request('nianbao/setOverride', { uri, format: '2019', year: 2020 }), null);
    await s.openAndWait(uri, ERRORS_2024);
    const status = await s.srv.request('nianbao/getStatus', { uri });
    assert.deepEqual(status.override, {});
    assert.equal(status.year, 2024);
    s.srv.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('newReport: an agency with a control character is refused; the last year it takes reads back as that year (helper-208 #6)', async () => {
    for (const agency of ['某局\u0085办公室', '某局\u000b办公室', '某局\u2028办公室', '某局\n办公室']) {
      await assert.rejects(run('nianbao.server.newReport', [{ year: 2024, agency }]), (e) => JSON.parse(e.message).code === -32602, JSON.stringify(agency));
    }
    const text = await run('nianbao.server.newReport', [{ year: 2099, agency: '某某局' }]);
    assert.equal(require(path.join(root, 'dist/core.js')).parseReport(text).year, 2099);
  });

  test('inspect takes a URI or { uri }; another argument is an InvalidParams error', async () => {
    const uri = pathToFileURL(path.join(dir, 'correct-2024.nianbao.md')).href;
    const bare = await run('nianbao.server.inspect', [uri]);
    assert.match(bare, /^格式：2021/);
    assert.equal(await run('nianbao.server.inspect', [{ uri }]), bare);
    for (const bad of [[], [42], [{ path: uri }], [{ uri: 7 }]]) {
      await assert.rejects(run('nianbao.server.inspect', bad), invalid(/nianbao\.server\.inspect 的参数应为文档 URI 或 \{ uri \}/), JSON.stringify(bad));
    }
    assert.equal(await run('nianbao.server.inspect', [uriOf('no-such-file.md')]), null);
  });

  test('checkWorkspace counts the open documents, by their current text', async () => {
    const closed = await run('nianbao.server.checkWorkspace', []);
    assert.equal(closed.files, 3);
    assert.equal(closed.reports, 2);
    const uri = pathToFileURL(path.join(dir, 'errors-2024.nianbao.md')).href;
    const ds = await s.openAndWait(uri, ERRORS_2024);
    assert.deepEqual(await run('nianbao.server.checkWorkspace', []), closed);
    // Unsaved: the last heading lost (one finding more than on disk), counted as the editor shows it.
    const edited = await s.replace(uri, ERRORS_2024.replace('六、其他需要报告的事项', '其他需要报告的事项'));
    assert.notEqual(edited.length, ds.length);
    assert.deepEqual(await run('nianbao.server.checkWorkspace', []), { ...closed, problems: closed.problems - ds.length + edited.length });
  });
});

describe('settings in initializationOptions ({ nianbao: … }, as Neovim before 0.11 sends them)', () => {
  const ONLY_INIT = { nianbao: { locale: 'en', rules: { 'template-note': 'off' } } };
  const check = async (s) => {
    await s.openAndWait(uriOf('init.nianbao.md'), ERRORS_2024, 'nianbao');
    // The diagnostics of a version after the client's answer to workspace/configuration (sent on `initialized`,
    // answered before this edit) was read.
    const ds = await s.replace(uriOf('init.nianbao.md'), ERRORS_2024 + '\n');
    assert.ok(ds.length > 5);
    assert.ok(!ds.some((d) => d.code === 'template-note'), 'template-note is off');
    // In English: no Chinese punctuation outside the quoted labels.
    for (const d of ds) assert.doesNotMatch(d.message.replace(/“[^”]*”|「[^」]*」/g, ''), /[，。：；]/, d.message);
  };
  test('a client that does not answer workspace/configuration (Neovim 0.7)', async () => {
    const s = await session({ locale: undefined, initializationOptions: ONLY_INIT, capabilities: { ...CAPABILITIES, workspace: { workspaceFolders: true } } });
    try { await check(s); } finally { await s.srv.stop(); }
  });
  for (const answer of [null, {}]) {
    test(`a client answering workspace/configuration with ${JSON.stringify(answer)} (no settings of its own)`, async () => {
      const s = await session({ locale: undefined, initializationOptions: ONLY_INIT, config: answer });
      try { await check(s); } finally { await s.srv.stop(); }
    });
  }
});
