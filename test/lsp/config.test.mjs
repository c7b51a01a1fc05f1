// The project config (.nianbao.jsonc) in the editor, as the CLI reads it, and the "suppress here" quick fix.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, applyEdits, editsOf, shared, DRAFT_2024 } from './client.mjs';

const SEED001 = fs.readFileSync(path.join(shared, 'corpus/seeds/001_417062a3286660b0.txt'), 'utf8');
const codes = (ds) => ds.map((d) => d.code);

describe('.nianbao.jsonc', () => {
  let dir, s;
  const uri = (rel) => pathToFileURL(path.join(dir, rel)).href;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cfg-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.mkdirSync(path.join(dir, 'ignored'));
    fs.writeFileSync(path.join(dir, '.nianbao.jsonc'), `{
      // project settings
      "rules": { "section-title": "off" },
      "ignore": ["ignored/**"],
      "overrides": [{ "files": "drafts/**", "format": "2019", "year": 2020 }],
    }`);
    s = await session({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { settings: { workspace: { check: false } } }, config: { workspace: { check: false } } });
  });
  after(async () => {
    await s.srv.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('rules, ignore and per-glob format/year apply; editor settings win over the config', async () => {
    const d = await s.openAndWait(uri('report.md'), SEED001);
    assert.ok(!codes(d).includes('section-title'), codes(d).join(','));
    const { since } = await s.open(uri('drafts/d.md'), DRAFT_2024);
    const st = await s.srv.waitFor((m) => m.method === 'nianbao/status' && m.params.uri === uri('drafts/d.md'), 20000, since);
    assert.deepEqual([st.params.format, st.params.year], ['2019', 2020]);
    const ig = s.srv.notifications.length;
    await s.open(uri('ignored/x.md'), SEED001);
    await s.srv.request('nianbao/debugStats', {});
    assert.ok(!s.srv.notifications.slice(ig).some((m) => m.params?.uri === uri('ignored/x.md')), 'an ignored file gets nothing');
    const before = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { workspace: { check: false }, rules: { 'section-title': 'warning' } } } });
    const d2 = await s.diagnostics(uri('report.md'), before, { where: (ds) => ds.some((x) => x.code === 'section-title') });
    assert.equal(d2.find((x) => x.code === 'section-title').severity, 2);
    s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { workspace: { check: false } } } });
  });

  test('a status-bar year that does not go with the config\'s format: not checked, one warning saying why; cleared, checked again', async () => {
    // drafts/** is forced to the 2019 format (and 2020) by the config; the status bar then sets 2024 for one file,
    // which the 2019 format does not apply to (the status bar alone accepts a year: it has no format of its own).
    const u = uri('drafts/mixed.md');
    const first = await s.openAndWait(u, DRAFT_2024);
    assert.ok(first.length > 0 && !codes(first).includes('not-checked'), codes(first).join(','));
    const since = s.srv.notifications.length;
    await s.srv.request('nianbao/setOverride', { uri: u, year: 2024 });
    const d = await s.diagnostics(u, since, { where: (ds) => ds.some((x) => x.code === 'not-checked') });
    assert.deepEqual(codes(d), ['not-checked']);
    assert.equal(d[0].severity, 2);
    assert.match(d[0].message, /^为此文件指定的格式与年度不相符（来自状态栏和配置文件 \.nianbao\.jsonc 的不同设置，或配置文件中的两个 overrides），未检查：2019 格式不适用于 2024 年度的报告/);
    // The outline is still there (the text is read without the forced pair).
    const symbols = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri: u } });
    assert.ok(symbols.length >= 6, JSON.stringify(symbols.map((x) => x.name)));
    // Back to the config's year: checked again, the same findings as before.
    const again = s.srv.notifications.length;
    await s.srv.request('nianbao/setOverride', { uri: u, year: null });
    const d2 = await s.diagnostics(u, again, { where: (ds) => !ds.some((x) => x.code === 'not-checked') });
    assert.deepEqual(codes(d2), codes(first));
  });

  test('an invalid config is reported on the file and ignored; fixing it applies it again', async () => {
    const cfg = path.join(dir, '.nianbao.jsonc');
    fs.writeFileSync(cfg, '{ "rules": { "section-title": "loud" } }');
    let since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(cfg).href, type: 2 }] });
    const issues = await s.diagnostics(pathToFileURL(cfg).href, since);
    assert.equal(issues[0].code, 'config-invalid');
    // In the editor's language (Chinese here), as the CLI says it.
    assert.equal(issues[0].message, 'rules.section-title：应为以下之一："off", "info", "warning", "error"，实为 "loud"（修正前此配置不生效）');
    await s.diagnostics(uri('report.md'), since, { where: (ds) => ds.some((x) => x.code === 'section-title') });
    fs.writeFileSync(cfg, '{ "rules": { "section-title": "off" } }');
    since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(cfg).href, type: 2 }] });
    assert.deepEqual(await s.diagnostics(pathToFileURL(cfg).href, since), []);
    await s.diagnostics(uri('report.md'), since, { where: (ds) => !ds.some((x) => x.code === 'section-title') });
  });

  test('a folder or a link to nothing named .nianbao.jsonc is reported on its path, and the report below it gets the defaults, not the config above (brk96 #1, #2)', async () => {
    for (const [sub, make, why] of [
      ['f', (p) => fs.mkdirSync(p), '是文件夹，不是文件'],
      ['l', (p) => fs.symlinkSync('/nonexistent/cfg.jsonc', p), '符号链接指向的文件不存在'],
    ]) {
      fs.mkdirSync(path.join(dir, sub));
      const cfg = path.join(dir, sub, '.nianbao.jsonc');
      make(cfg);
      const since = s.srv.notifications.length;
      // The project config turns section-title off: not applied below the unreadable one (the CLI stops there).
      const d = await s.openAndWait(uri(`${sub}/report.md`), SEED001);
      assert.ok(codes(d).includes('section-title'), codes(d).join(','));
      const issues = await s.diagnostics(pathToFileURL(cfg).href, since);
      assert.deepEqual(issues.map((i) => [i.code, i.message]), [['config-invalid', `无法读取：${why}（修正前此配置不生效）`]]);
    }
  });
});

test('"suppress here" inserts a nianbao-disable-next-line comment that the checker honours', async () => {
  const s = await session();
  try {
    const u = 'file:///tmp/nianbao-suppress/r.md';
    let text = SEED001;
    const d = await s.openAndWait(u, text);
    const st = d.find((x) => x.code === 'section-title');
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri: u }, range: st.range, context: { diagnostics: [st], only: ['quickfix'] } });
    const sup = actions.find((a) => /屏蔽 section-title/.test(a.title));
    assert.ok(sup, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.indexOf(sup) > actions.findIndex((a) => a.isPreferred), 'the real fix comes first');
    text = applyEdits(text, editsOf(sup, u));
    assert.match(text.split('\n')[347], /^<!-- nianbao-disable-next-line section-title -->$/);
    const after = await s.replace(u, text);
    assert.ok(!codes(after).includes('section-title'));
    assert.ok(!codes(after).includes('unused-disable-directive'));
  } finally { await s.srv.stop(); }
});

test('a misspelled rule id in a suppression comment is a disable-unknown-rule diagnostic whose quick fix corrects it', async () => {
  const s = await session();
  try {
    const u = 'file:///tmp/nianbao-suppress/unknown.md';
    const lines = SEED001.split('\n');
    const at = (await s.openAndWait(u, SEED001)).find((x) => x.code === 'section-title').range.start.line;
    lines.splice(at, 0, '<!-- nianbao-disable-next-line section-titel -->');
    let text = lines.join('\n');
    const d = await s.replace(u, text);
    const unknown = d.find((x) => x.code === 'disable-unknown-rule');
    assert.ok(unknown, codes(d).join(','));
    assert.equal(unknown.severity, 2);
    assert.equal(unknown.message, 'nianbao-disable-next-line 注释中的规则 id“section-titel”不存在，是否是“section-title”？');
    assert.deepEqual(unknown.range, { start: { line: at, character: 31 }, end: { line: at, character: 44 } });
    assert.ok(codes(d).includes('section-title'), 'the misspelled comment suppressed nothing');
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri: u }, range: unknown.range, context: { diagnostics: [unknown], only: ['quickfix'] } });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    text = applyEdits(text, editsOf(fix, u));
    assert.equal(text.split('\n')[at], '<!-- nianbao-disable-next-line section-title -->');
    const after = await s.replace(u, text);
    assert.ok(!codes(after).includes('disable-unknown-rule'));
    assert.ok(!codes(after).includes('section-title'));
  } finally { await s.srv.stop(); }
});
