// codeAction/resolve (breaker41 #1): a client that resolves code actions (VS Code's) gets them without their edit,
// and the edit is computed when the action is resolved, against the text then: a finding that moved is fixed where
// it is now, one that is gone gives no edit, never an edit at a stale position. Clients without resolve support get
// their edits at once, as before.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session, applyEdits, editsOf, resolvingCapabilities } from './client.mjs';
import { cleanDraft, core, edit, toTabs } from '../helpers.mjs';

/** The capabilities of VS Code's client as far as code actions go: `data` kept, `edit` resolvable, `disabled` shown. */
const RESOLVING = resolvingCapabilities();

const ROW = '| 2.重复申请';
const MISSPELT = '| 2.重复申情';
/** A clean 2021 draft with one 表三 row label misspelt (row-label, fixable). */
const DRAFT = edit(cleanDraft('2021'), ROW, MISSPELT);
const HEADING = '## 一、总体情况\n\n';
/** The draft with two lines added under its first heading, above the table. */
const TYPED_ABOVE = edit(DRAFT, HEADING, HEADING + '新增一段说明文字。\n\n');
/** The lines of `text` that are 表三 rows (start with `|`). */
const rows = (text) => text.split('\n').filter((l) => l.startsWith('|'));

async function actionsFor(s, uri, d, only) {
  return s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: d ? [d] : [], ...(only ? { only } : {}) } });
}

/**
 * Closes open document `uri` and opens it again with `text`, at version 1 again (as a client may number a document
 * opened again), and waits for its diagnostics.
 */
async function reopen(s, uri, text) {
  s.srv.notify('textDocument/didClose', { textDocument: { uri } });
  return s.openAndWait(uri, text);
}

describe('code actions resolved against the current text (codeAction/resolve)', () => {
  let s;
  // VS Code, by its name too: a request without `only` (its light bulb's) gets no fix-all (brk110 #4).
  before(async () => { s = await session({ capabilities: RESOLVING, clientInfo: { name: 'Visual Studio Code' } }); });
  after(async () => { await s.srv.stop(); });

  test('the server offers resolving, and its actions come without an edit and with data naming the document and version', async () => {
    assert.equal(s.init.capabilities.codeActionProvider.resolveProvider, true);
    const uri = 'file:///tmp/nianbao-resolve/offer.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    assert.ok(d, JSON.stringify(ds.map((x) => x.code)));
    const actions = await actionsFor(s, uri, d);
    assert.deepEqual(actions.map((a) => a.title), ['改为“2.重复申请”', '在整张表格中屏蔽 row-label（在表格前后添加 nianbao-disable / nianbao-enable 注释）']);
    for (const a of actions) {
      assert.equal(a.edit, undefined, a.title);
      assert.equal(a.data.uri, uri);
      assert.equal(a.data.version, 1);
      assert.equal(a.data.ruleId, 'row-label');
    }
  });

  test('a quick fix resolved after two lines were typed above fixes the misspelt row where it is now; no row is lost', async () => {
    const uri = 'file:///tmp/nianbao-resolve/moved.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    const [fix] = await actionsFor(s, uri, d);
    await s.replace(uri, TYPED_ABOVE);
    const resolved = await s.srv.request('codeAction/resolve', fix);
    assert.equal(resolved.title, fix.title);
    const edits = editsOf(resolved, uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, d.range.start.line + 2, 'the edit is on the row\'s new line');
    const fixed = applyEdits(TYPED_ABOVE, edits);
    assert.equal(fixed, edit(TYPED_ABOVE, MISSPELT, ROW));
    assert.equal(rows(fixed).length, rows(TYPED_ABOVE).length);
    assert.ok(rows(fixed).some((l) => l.startsWith('| （五）不予处理')), 'the group row above is still there');
  });

  test('the same in a document with lone CR line endings: the lines typed above are counted (helper-208 #3)', async () => {
    const cr = (t) => t.replace(/\n/g, '\r');
    const uri = 'file:///tmp/nianbao-resolve/moved-cr.nianbao.md';
    const ds = await s.openAndWait(uri, cr(DRAFT));
    const d = ds.find((x) => x.code === 'row-label');
    const [fix] = await actionsFor(s, uri, d);
    await s.replace(uri, cr(TYPED_ABOVE));
    const resolved = await s.srv.request('codeAction/resolve', fix);
    assert.equal(resolved.disabled, undefined, resolved.disabled?.reason);
    const edits = editsOf(resolved, uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, d.range.start.line + 2, 'the edit is on the row\'s new line');
    // (The test client's applyEdits reads `\n` lines only: the edit is checked on the CR document's own lines.)
    const { start, end } = edits[0].range;
    assert.equal(start.line, end.line);
    const line = cr(TYPED_ABOVE).split('\r')[start.line];
    assert.ok(line.startsWith(MISSPELT), line);
    assert.equal(line.slice(0, start.character) + edits[0].newText + line.slice(end.character), edit(line, MISSPELT, ROW));
  });

  test('a quick fix resolved after its finding was fixed gives no edit, and says why', async () => {
    const uri = 'file:///tmp/nianbao-resolve/fixed.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    const [fix] = await actionsFor(s, uri, d);
    // Fixed by hand, and two lines typed above: the old line now holds another row.
    const after = await s.replace(uri, edit(TYPED_ABOVE, MISSPELT, ROW));
    assert.ok(!after.some((x) => x.code === 'row-label'));
    const resolved = await s.srv.request('codeAction/resolve', fix);
    assert.equal(resolved.edit, undefined);
    assert.match(resolved.disabled.reason, /此修复已不适用：文本已更改/);
  });

  test('a quick fix resolved after the row label was misspelt differently gives no edit (the finding it was offered for is gone)', async () => {
    const uri = 'file:///tmp/nianbao-resolve/changed.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const [fix] = await actionsFor(s, uri, ds.find((x) => x.code === 'row-label'));
    const now = await s.replace(uri, edit(DRAFT, MISSPELT, '| 2.重复申问'));
    assert.ok(now.some((x) => x.code === 'row-label'), 'still misspelt, differently');
    const resolved = await s.srv.request('codeAction/resolve', fix);
    assert.equal(resolved.edit, undefined);
  });

  test('suppress resolved after lines were typed above puts its comments around the table where it is now', async () => {
    const uri = 'file:///tmp/nianbao-resolve/suppress.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    const suppress = (await actionsFor(s, uri, d)).find((a) => /屏蔽/.test(a.title));
    await s.replace(uri, TYPED_ABOVE);
    const resolved = await s.srv.request('codeAction/resolve', suppress);
    const out = applyEdits(TYPED_ABOVE, editsOf(resolved, uri));
    // Only the two comment lines added, each right outside 表三 (the table holding the row).
    assert.equal(out.replace(/^<!-- nianbao-(?:disable|enable) row-label -->\n/gm, ''), TYPED_ABOVE);
    const lines = out.split('\n');
    const open = lines.indexOf('<!-- nianbao-disable row-label -->');
    const close = lines.indexOf('<!-- nianbao-enable row-label -->');
    assert.ok(open >= 0 && close > open);
    assert.ok(lines.slice(open + 1, close).includes(lines.find((l) => l.startsWith(MISSPELT))), 'the misspelt row is between them');
    assert.ok(lines.slice(open + 1, close).every((l) => l.startsWith('|')), 'they enclose one table');
  });

  test('a quick fix resolved after a whole-text change that added lines above and below its table fixes the row where it is now (brk101 #4)', async () => {
    // A client that sends whole texts (allowed by LSP) applied "suppress" of another rule: two comment lines around
    // the table. Described as one change from the first to the last, the table's lines read as edited.
    const lines = DRAFT.split('\n');
    const row = lines.findIndex((l) => l.startsWith(MISSPELT));
    let first = row, last = row;
    while (lines[first - 1]?.startsWith('|')) first--;
    while (lines[last + 1]?.startsWith('|')) last++;
    const around = [...lines.slice(0, first), '<!-- nianbao-disable cell-count -->', ...lines.slice(first, last + 1), '<!-- nianbao-enable cell-count -->', ...lines.slice(last + 1)].join('\n');
    const uri = 'file:///tmp/nianbao-resolve/whole-text.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    const [fix] = await actionsFor(s, uri, d);
    const now = await s.replace(uri, around);
    assert.ok(now.some((x) => x.code === 'row-label'), 'the finding is still there');
    const resolved = await s.srv.request('codeAction/resolve', fix);
    assert.equal(resolved.disabled, undefined, resolved.disabled?.reason);
    const edits = editsOf(resolved, uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, d.range.start.line + 1, 'the edit is on the row\'s new line');
    assert.equal(applyEdits(around, edits), edit(around, MISSPELT, ROW));
    // An edit of the row itself in the same whole-text change still makes the fix stale.
    const [again] = await actionsFor(s, uri, now.find((x) => x.code === 'row-label'));
    await s.replace(uri, edit(around, MISSPELT, '| 2.重复申问').replace('<!-- nianbao-disable cell-count -->', '新的一行\n<!-- nianbao-disable cell-count -->'));
    assert.equal((await s.srv.request('codeAction/resolve', again)).edit, undefined);
  });

  test('fix-all (source.fixAll.nianbao) resolves to the fix of the current text', async () => {
    const uri = 'file:///tmp/nianbao-resolve/fixall.nianbao.md';
    await s.openAndWait(uri, DRAFT);
    const [all] = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
    assert.equal(all.kind, 'source.fixAll.nianbao');
    assert.equal(all.edit, undefined);
    // Resolved on the text it was offered for (as VS Code does on save): the misspelt label corrected.
    const now = await s.srv.request('codeAction/resolve', all);
    assert.equal(applyEdits(DRAFT, editsOf(now, uri)), edit(DRAFT, MISSPELT, ROW));
    // Resolved after lines were typed above: the same fix, where the row is now.
    await s.replace(uri, TYPED_ABOVE);
    const later = await s.srv.request('codeAction/resolve', all);
    assert.equal(applyEdits(TYPED_ABOVE, editsOf(later, uri)), edit(TYPED_ABOVE, MISSPELT, ROW));
    // Nothing left to fix: no edit.
    await s.replace(uri, edit(TYPED_ABOVE, MISSPELT, ROW));
    const none = await s.srv.request('codeAction/resolve', all);
    assert.equal(none.edit, undefined);
  });

  test('"convert pasted table" resolves to the conversion of the table as it is now, and to nothing once converted', async () => {
    const uri = 'file:///tmp/nianbao-resolve/convert.nianbao.md';
    const clean = cleanDraft('2021');
    const pasted = toTabs(clean);
    await s.openAndWait(uri, pasted);
    const line = pasted.split('\n').findIndex((l) => l.startsWith('2.重复申请\t'));
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor.rewrite'] } });
    const conv = actions.find((a) => /表三/.test(a.title));
    assert.ok(conv && conv.edit === undefined, JSON.stringify(actions));
    const typed = edit(pasted, HEADING, HEADING + '新增一段说明文字。\n\n');
    await s.replace(uri, typed);
    const resolved = await s.srv.request('codeAction/resolve', conv);
    const converted = applyEdits(typed, editsOf(resolved, uri));
    assert.ok(converted.includes('新增一段说明文字。'), 'the typed text is kept');
    assert.ok(converted.split('\n').some((l) => /^\| 2\.重复申请 +\| 0 /.test(l)), 'the row is a pipe row now');
    assert.ok(converted.includes('（五）不予处理'));
    await s.replace(uri, converted);
    const again = await s.srv.request('codeAction/resolve', conv);
    assert.equal(again.edit, undefined);
  });

  test('a quick fix offered before the document was closed and opened again at version 1 with lines added above fixes the row where it is now', async () => {
    const uri = 'file:///tmp/nianbao-resolve/reopened.nianbao.md';
    const ds = await s.openAndWait(uri, DRAFT);
    const d = ds.find((x) => x.code === 'row-label');
    const [fix] = await actionsFor(s, uri, d);
    assert.equal(fix.data.version, 1);
    const now = await reopen(s, uri, TYPED_ABOVE);
    assert.equal(now.find((x) => x.code === 'row-label').range.start.line, d.range.start.line + 2);
    // Version 1 again, of another text: the row is found again where it is (its old line is not read as current).
    const resolved = await s.srv.request('codeAction/resolve', fix);
    const edits = editsOf(resolved, uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, d.range.start.line + 2);
    assert.equal(applyEdits(TYPED_ABOVE, edits), edit(TYPED_ABOVE, MISSPELT, ROW));
  });

  test('an action whose data is not ours (or malformed) comes back as it was', async () => {
    const action = { title: 'x', kind: 'quickfix', data: { uri: 'file:///tmp/nianbao-resolve/none.md', action: 'fix', version: 'one' } };
    assert.deepEqual(await s.srv.request('codeAction/resolve', action), action);
  });
});

describe('resolving a fix among identical lines (breaker42 #1: the three template notes of a new draft)', () => {
  const NOTE = '（请在此处填写本部分内容。）';
  /**
   * A draft as `nianbao new` writes it, with the same note in 一, 五 and 六 (六 has the template's own note since
   * brk176 #4; written as the generic one here, so that three lines are identical).
   */
  const NEW = core.renderNewReport({ format: '2021', year: 2024, agency: '测试局' }).replace('（文字描述，收取信息处理费情况在此处报告。）', NOTE);
  const noteLines = (text) => text.split('\n').flatMap((l, i) => (l === NOTE ? [i] : []));
  /** The section heading (一, 五, 六…) each note of `text` is under. */
  const noteSections = (text) => noteLines(text).map((i) => text.split('\n').slice(0, i + 1).filter((l) => l.startsWith('## ')).at(-1).slice(3, 4));
  const [N1] = noteLines(NEW);
  const line = (i) => ({ line: i, character: 0 });
  /** The clerk's edits, as an editor sends them (incremental) or as a whole new text (full-text change). */
  const FILL_1 = [{ range: { start: line(N1), end: { line: N1, character: NOTE.length } }, text: '本局认真贯彻条例。\n\n补充说明。' }];
  const REWRITE_1 = [{ range: { start: line(N1), end: line(N1 + 1) }, text: '' }, { range: { start: line(N1), end: line(N1) }, text: '新的内容一。\n新的内容二。\n新的内容三。\n' }];
  const TITLE = NEW.split('\n')[0];
  const ABOVE = [{ range: { start: { line: 0, character: TITLE.length }, end: { line: 0, character: TITLE.length } }, text: '\n\n新增一段说明文字。' }];
  let s;
  before(async () => { s = await session({ capabilities: RESOLVING }); });
  after(async () => { await s.srv.stop(); });

  let n = 0;
  /** Opens the new draft, takes the quick fix of note `k` (0: 一, 1: 五, 2: 六), makes the clerk's `changes` (sent as typed, or with `whole` as one full-text change) and resolves the fix. */
  async function fixAfter(k, changes, whole) {
    const uri = `file:///tmp/nianbao-resolve/notes${n++}.nianbao.md`;
    const ds = await s.openAndWait(uri, NEW);
    const d = ds.filter((x) => x.code === 'template-note')[k];
    assert.equal(d.range.start.line, noteLines(NEW)[k]);
    const fix = (await actionsFor(s, uri, d)).find((a) => a.isPreferred);
    assert.equal(fix.data.line, d.range.start.line);
    const typed = changes.reduce((text, c) => applyEdits(text, [{ range: c.range, newText: c.text }]), NEW);
    if (whole) await s.replace(uri, typed); else await s.change(uri, changes);
    const resolved = await s.srv.request('codeAction/resolve', fix);
    return { typed, resolved, edits: editsOf(resolved, uri), fixed: applyEdits(typed, editsOf(resolved, uri)) };
  }

  for (const [how, whole] of [['typed', false], ['as a new whole text', true]]) {
    test(`一's note fix resolved after 一's note was filled in (${how}) gives no edit, not 五's note deleted`, async () => {
      for (const changes of [FILL_1, REWRITE_1]) {
        const r = await fixAfter(0, changes, whole);
        assert.deepEqual(noteSections(r.typed), ['五', '六']);
        assert.equal(r.resolved.edit, undefined);
        assert.match(r.resolved.disabled.reason, /该问题已不存在/);
      }
    });

    test(`五's note fix resolved after 一's note was filled in with 3 lines (${how}) deletes 五's note, now 2 lines lower`, async () => {
      const r = await fixAfter(1, FILL_1, whole);
      assert.equal(r.edits[0].range.start.line, noteLines(NEW)[1] + 2);
      assert.deepEqual(noteSections(r.fixed), ['六']);
      assert.ok(r.fixed.includes('本局认真贯彻条例。\n\n补充说明。'), 'the clerk\'s text stays');
    });

    test(`六's note fix resolved after 一's note line was replaced by 3 lines (${how}) deletes 六's note, still there`, async () => {
      const r = await fixAfter(2, REWRITE_1, whole);
      assert.equal(r.resolved.disabled, undefined);
      assert.deepEqual(noteSections(r.fixed), ['五']);
      assert.ok(r.fixed.includes('新的内容一。\n新的内容二。\n新的内容三。\n'), 'the clerk\'s text stays');
    });
  }

  test(`"suppress here" for 五's note resolved after 一's note was filled in puts its comment above 五's note`, async () => {
    const uri = `file:///tmp/nianbao-resolve/notes${n++}.nianbao.md`;
    const ds = await s.openAndWait(uri, NEW);
    const d = ds.filter((x) => x.code === 'template-note')[1];
    const suppress = (await actionsFor(s, uri, d)).find((a) => a.data.action === 'suppress');
    await s.change(uri, FILL_1);
    const typed = s.texts.get(uri);
    const out = applyEdits(typed, editsOf(await s.srv.request('codeAction/resolve', suppress), uri)).split('\n');
    const [five, six] = noteLines(out.join('\n'));
    assert.equal(out[five - 1], '<!-- nianbao-disable-next-line template-note -->');
    assert.notEqual(out[six - 1], '<!-- nianbao-disable-next-line template-note -->');
    assert.deepEqual(noteSections(out.join('\n')), ['五', '六']);
  });

  test('六\'s note fix offered before the draft was closed and opened again at version 1, with 五\'s note now on 六\'s old line, gives no edit (not 五\'s note deleted)', async () => {
    const uri = `file:///tmp/nianbao-resolve/notes${n++}.nianbao.md`;
    const ds = await s.openAndWait(uri, NEW);
    const d = ds.filter((x) => x.code === 'template-note')[2];
    const fix = (await actionsFor(s, uri, d)).find((a) => a.isPreferred);
    // Four lines written under 一's note while it was closed: 五's note is where 六's was.
    const ONE = '## 一、总体情况\n\n' + NOTE;
    const written = edit(NEW, ONE, ONE + '\n\n本局认真贯彻条例。\n\n补充说明。');
    assert.equal(noteLines(written)[1], d.range.start.line);
    await reopen(s, uri, written);
    const resolved = await s.srv.request('codeAction/resolve', fix);
    // Three identical notes: which one was offered cannot be told in the new text.
    assert.equal(resolved.edit, undefined);
    assert.match(resolved.disabled.reason, /此修复已不适用/);
  });

  test('with lines typed above all three identical notes, each note\'s fix deletes that note where it is now', async () => {
    for (const [k, left] of [[0, ['五', '六']], [1, ['一', '六']], [2, ['一', '五']]]) {
      const r = await fixAfter(k, ABOVE, false);
      assert.deepEqual(noteLines(r.typed), noteLines(NEW).map((l) => l + 2));
      assert.deepEqual(noteSections(r.fixed), left, `the fix of note ${k}`);
      assert.ok(r.fixed.startsWith(TITLE + '\n\n新增一段说明文字。\n'));
    }
  });
});

describe('code actions for a client without resolve support', () => {
  test('carry their edits at once, at the finding\'s line, with no data', async () => {
    const s = await session();
    try {
      const uri = 'file:///tmp/nianbao-resolve/eager.nianbao.md';
      const ds = await s.openAndWait(uri, DRAFT);
      const d = ds.find((x) => x.code === 'row-label');
      const actions = await actionsFor(s, uri, d, ['quickfix']);
      assert.equal(actions.length, 2);
      for (const a of actions) assert.equal(a.data, undefined, a.title);
      assert.equal(applyEdits(DRAFT, editsOf(actions[0], uri)), edit(DRAFT, MISSPELT, ROW));
      const [all] = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
      assert.equal(applyEdits(DRAFT, editsOf(all, uri)), edit(DRAFT, MISSPELT, ROW));
    } finally {
      await s.srv.stop();
    }
  });
});
