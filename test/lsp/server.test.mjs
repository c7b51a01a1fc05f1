// Protocol tests: the bundled language server (dist/server.js --stdio) driven with LSP messages on corpus
// reports and drafts. Run `npm run build` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { session, applyEdits, editsOf, shared, root, DRAFT_2024 } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const seed = (n) => fs.readFileSync(path.join(shared, 'corpus/seeds', fs.readdirSync(path.join(shared, 'corpus/seeds')).find((f) => f.startsWith(n))), 'utf8');
const SEED001 = seed('001');
const SEED001_PATH = path.join(shared, 'corpus/seeds', fs.readdirSync(path.join(shared, 'corpus/seeds')).find((f) => f.startsWith('001')));
/** `nianbao inspect FILE` of the built CLI, in `locale`. */
const inspectCli = (file, locale) => {
  const env = { ...process.env };
  delete env.NIANBAO_LOCALE;
  return spawnSync(process.execPath, [path.join(root, 'bin/nianbao.js'), 'inspect', file, '--locale', locale], { encoding: 'utf8', env }).stdout;
};
const SEED003 = seed('003');
const uriOf = (name) => pathToFileURL(path.join('/tmp/nianbao-lsp-test', name)).href;
const codes = (ds) => ds.map((d) => d.code);

const peer = (name) => fs.readFileSync(path.join(shared, 'corpus/peers', `${name}.txt`), 'utf8');
const HONGZE_2023 = peer('kiro_hongze-district_2023');
/** Every corpus report (seeds and peers), by file name. */
const corpusReports = () => ['seeds', 'peers'].flatMap((d) => fs.readdirSync(path.join(shared, 'corpus', d)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: `${d}-${f.replace(/\.txt$/, '')}`, text: fs.readFileSync(path.join(shared, 'corpus', d, f), 'utf8') })));
/** The rows of a table with a written cell, as `id:raw,raw,…` (blank cells empty). */
const tableValues = (r, id) => (r.tables[id]?.rows ?? []).filter((x) => x.cells.some((c) => c?.raw.trim())).map((x) => `${x.id}:${x.cells.map((c) => c?.raw.trim() ?? '').join(',')}`);
const t3Values = (r) => tableValues(r, 't3');
/** How often each number occurs in `s`. */
const numbers = (s) => { const m = new Map(); for (const n of s.match(/\d+(?:\.\d+)?/g) ?? []) m.set(n, (m.get(n) ?? 0) + 1); return m; };

/** The refactoring converting table `id` offered at its first line, if any. */
async function refactorOf(s, uri, report, id) {
  const t = report.tables[id];
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: t.range.start, end: t.range.start }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
  return actions.find((a) => a.title.includes(t.name));
}

/** A complete 2021 draft (every table, zeros) with 自然人 of （一）予以公开 set to `n`. */
function draftWithGrant(n) {
  const text = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
  return text.replace(/^(\| （一）予以公开\s*\| )0/m, `$1${n}`);
}

describe('language server over stdio', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('initialize announces incremental sync and every feature', () => {
    const c = s.init.capabilities;
    assert.equal(typeof c.textDocumentSync === 'object' ? c.textDocumentSync.change : c.textDocumentSync, 2, 'incremental');
    for (const k of ['documentSymbolProvider', 'foldingRangeProvider', 'hoverProvider', 'completionProvider', 'codeActionProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'executeCommandProvider']) assert.ok(c[k], k);
    assert.ok(c.codeActionProvider.codeActionKinds.includes('source.fixAll.nianbao'));
    assert.ok(c.codeActionProvider.codeActionKinds.includes('refactor.rewrite'));
    assert.equal(s.init.serverInfo.name, 'nianbao-language-server');
  });

  test('seed 001 as Markdown: diagnostics with code, doc link, source and data; the outline of its six sections with their tables', async () => {
    const uri = uriOf('001.md');
    const diags = await s.openAndWait(uri, SEED001);
    const st = diags.find((d) => d.code === 'section-title');
    assert.ok(st, codes(diags).join(','));
    assert.deepEqual(st.range.start, { line: 347, character: 2 });
    assert.equal(st.source, 'nianbao');
    assert.equal(st.severity, 3);
    assert.match(st.codeDescription.href, /docs\/rules\/section-title\.md$/);
    assert.match(st.data.key, /^section-title@347:2-/);
    assert.equal(st.data.version, 1);
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = syms.filter((x) => /^[一二三四五六]、/.test(x.name));
    assert.deepEqual(sections.map((x) => x.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及下步工作打算', '六、其他需要报告的事项']);
    const childNames = (i) => sections[i].children.map((c) => c.name);
    assert.ok(childNames(1).includes('表二'));
    assert.ok(childNames(2).includes('表三'));
    assert.ok(childNames(3).includes('表四'));
    assert.ok(childNames(0).includes('(一)主动公开政府信息情况'), childNames(0).join(' / '));
    assert.equal(sections[4].detail, '五、存在的主要问题及改进情况', 'a variant title shows the canonical one as detail');
    // Every child lies inside its parent.
    const inside = (a, b) => (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    for (const sec of sections) for (const c of sec.children) assert.ok(inside(c.range, sec.range), `${c.name} in ${sec.name}`);
    const t3 = sections[2].children.find((c) => c.name === '表三');
    const folds = await s.srv.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 87), 'section 三 folds');
    assert.ok(folds.some((f) => f.startLine === t3.range.start.line && f.kind === 'region'), '表三 folds');
  });

  test('a table folds from its first line to its last row, inside its section (helper-222 #9)', async () => {
    const text = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
    const uri = uriOf('folds-2024.md');
    await s.openAndWait(uri, text);
    const folds = await s.srv.request('textDocument/foldingRange', { textDocument: { uri } });
    const lines = text.split('\n');
    const last = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
    const t3 = folds.find((f) => f.kind === 'region' && lines[f.startLine].startsWith('| （本列数据'));
    assert.equal(t3?.endLine, last);
    const section = folds.find((f) => lines[f.startLine].startsWith('## 三、'));
    assert.ok(section.endLine >= t3.endLine, JSON.stringify([section, t3]));
  });

  test('a 2024 draft without tables: three table-missing; each quick fix inserts the full table and is re-checked', async () => {
    const uri = uriOf('draft-2024.md');
    let text = DRAFT_2024;
    let diags = await s.openAndWait(uri, text);
    assert.deepEqual(diags.filter((d) => d.code === 'table-missing').map((d) => d.range.start.line), [6, 8, 10]);
    for (const [heading, label, left] of [['三、', '（七）总计', 2], ['二、', '行政规范性文件', 1], ['四、', '复议后起诉', 0]]) {
      const d = diags.find((x) => x.code === 'table-missing' && text.split('\n')[x.range.start.line].startsWith(heading));
      assert.ok(d, `table-missing at ${heading}`);
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.deepEqual(fix.diagnostics, [d]);
      text = applyEdits(text, editsOf(fix, uri));
      assert.ok(text.includes(label), label);
      diags = await s.replace(uri, text);
      assert.equal(diags.filter((x) => x.code === 'table-missing').length, left);
      // The inserted table has every label right and blank value cells (a 0 would claim the report's figures):
      // the only error it brings is that it is still to be filled in.
      assert.deepEqual(diags.filter((x) => x.severity === 1 && x.code !== 'table-missing' && x.code !== 'table-empty').map((x) => x.code), [], 'the inserted tables are clean');
      assert.equal(diags.filter((x) => x.code === 'table-empty').length, 3 - left, 'each inserted table is empty until filled in');
    }
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.filter((x) => x.children?.some((c) => /^表[二三四]$/.test(c.name))).map((x) => x.name.slice(0, 2)), ['二、', '三、', '四、']);
  });

  test('arithmetic: related cells, the quick fix sets the total, and the data is validated before a fix is offered', async () => {
    const uri = uriOf('sums.nianbao.md');
    let text = draftWithGrant(3);
    const diags = await s.openAndWait(uri, text, 'nianbao');
    const res = diags.find((d) => d.code === 'sum-results');
    assert.ok(res, codes(diags).join(','));
    assert.ok(res.relatedInformation?.length >= 1, 'the summed cells are related locations');
    assert.ok(res.relatedInformation.every((r) => r.location.uri === uri && r.message));
    const app = diags.find((d) => d.code === 'sum-applicants');
    assert.equal(app.relatedInformation.length, 6, 'the six applicant cells, each once');
    // One number breaks the row's and the column's sums: that cell is named too (a draft's stale totals say the same).
    assert.ok(app.relatedInformation.some((r) => r.message === '可能填错：（一）予以公开（自然人）3 → 0'), JSON.stringify(app.relatedInformation));
    assert.match(res.message, /3/);
    // Tampered or foreign data: no fix.
    for (const data of [{ ...res.data, key: 'nonsense' }, { ruleId: 5 }, null]) {
      const a = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: res.range, context: { diagnostics: [{ ...res, data }], only: ['quickfix'] } });
      assert.deepEqual(a, [], JSON.stringify(data));
    }
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: res.range, context: { diagnostics: [res] } });
    // Data of another version (brk89 #10): found again by rule, range and message, as without data; the actions are
    // the current finding's.
    const other = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: res.range, context: { diagnostics: [{ ...res, data: { ...res.data, version: 0 } }] } });
    assert.deepEqual(other.map((a) => [a.title, a.edit]), actions.map((a) => [a.title, a.edit]));
    const fix = actions.find((a) => a.kind === 'quickfix');
    text = applyEdits(text, editsOf(fix, uri));
    const after = await s.replace(uri, text);
    assert.ok(!after.some((d) => d.code === 'sum-results'), codes(after).join(','));
  });

  test('fix all of one rule, and source.fixAll.nianbao leaves nothing fixable', async () => {
    const uri = uriOf('fixall.md');
    const text = DRAFT_2024.replace('五、存在的主要问题及改进情况', '五、存在主要问题及改进情况').replace('六、其他需要报告的事项', '六、其他需要报告的事项。');
    const diags = await s.openAndWait(uri, text);
    const tm = diags.filter((d) => d.code === 'table-missing');
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: tm[0].range, context: { diagnostics: [tm[0]], only: ['quickfix'] } });
    const all = actions.find((a) => /全部 table-missing/.test(a.title));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const t1 = applyEdits(text, editsOf(all, uri));
    assert.ok(['行政规范性文件', '（七）总计', '复议后起诉'].every((l) => t1.includes(l)));
    const fa = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(fa.length, 1);
    assert.equal(fa[0].kind, 'source.fixAll.nianbao');
    const fixed = applyEdits(text, editsOf(fa[0], uri));
    // The editor's fix-all is the engine's, as `nianbao check --fix` runs it.
    assert.equal(fixed, core.fixAll(text).text);
    // One edit per stretch of changed lines, each within its lines (brk91 #10: one edit spanned from the first fix to
    // the last, the 100 lines between included); none overlaps the next.
    const edits = editsOf(fa[0], uri);
    assert.ok(edits.length >= 3, `${edits.length}`);
    for (const e of edits) assert.ok(e.range.end.line - e.range.start.line <= 1, JSON.stringify(e.range));
    for (let k = 1; k < edits.length; k++) assert.ok(edits[k].range.start.line > edits[k - 1].range.end.line || (edits[k].range.start.line === edits[k - 1].range.end.line && edits[k].range.start.character >= edits[k - 1].range.end.character));
    const left = await s.replace(uri, fixed);
    assert.deepEqual(left.filter((d) => d.data?.fixable).map((d) => d.code), []);
    assert.match(fixed, /^五、存在的主要问题及改进情况$/m);
    assert.match(fixed, /^六、其他需要报告的事项$/m);
    const none = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
    assert.deepEqual(none, []);
  });

  test('refactor: a cell-per-line 表三 becomes a pipe table with the same values', async () => {
    const uri = uriOf('001-convert.md');
    await s.openAndWait(uri, SEED001);
    const before = core.parseReport(SEED001);
    const t3 = before.tables.t3;
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: t3.range.start, end: t3.range.start }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
    const conv = actions.find((a) => /表三/.test(a.title));
    assert.ok(conv, actions.map((a) => a.title).join(' | '));
    const text = applyEdits(SEED001, editsOf(conv, uri));
    const after = core.parseReport(text);
    assert.equal(after.tables.t3.layout, 'pipe');
    const vals = (r) => r.tables.t3.rows.filter((x) => x.cells.length).map((x) => `${x.id}:${x.cells.map((c) => c?.value ?? '').join(',')}`);
    assert.deepEqual(vals(after), vals(before));
    assert.equal(after.tables.t4.rows[0].cells.map((c) => c?.value).join(','), before.tables.t4.rows[0].cells.map((c) => c?.value).join(','), '表四 untouched');
    const diags = await s.replace(uri, text);
    assert.deepEqual(diags.filter((d) => d.severity === 1).map((d) => d.code), core.checkReport(before).filter((f) => f.severity === 'error').map((f) => f.ruleId));
  });

  test('refactor: a single （六）其他处理 row (2019 layout in a 2021 report) keeps its values; no new blank cells', async () => {
    // 洪泽区 2023 (pdftotext -layout): 表三 has （六）其他处理 as one row. Here it reads 2 … 2 and the totals follow.
    const text = HONGZE_2023.replace(/(（六）其他处理\s+)0(\s+0\s+0\s+0\s+0\s+0\s+)0/, '$12$22').replace(/(（七）总计\s+)21(\s+0\s+0\s+0\s+0\s+0\s+)21/, '$123$223');
    assert.notEqual(text, HONGZE_2023);
    const uri = uriOf('hongze-2023-convert.md');
    await s.openAndWait(uri, text);
    const before = core.parseReport(text);
    assert.equal(before.format, '2021');
    assert.equal(before.tables.t3.otherHandlingLayout, 'single');
    assert.equal(t3Values(before).find((r) => r.startsWith('R3.6:')), 'R3.6:2,0,0,0,0,0,2', 'read from the text');
    const conv = await refactorOf(s, uri, before, 't3');
    assert.ok(conv, 'the conversion is offered');
    const converted = applyEdits(text, editsOf(conv, uri));
    assert.match(converted, /^\| （六）其他处理 +\| 2 +\| 0 +\| 0 +\| 0 +\| 0 +\| 0 +\| 2 +\|$/m);
    assert.doesNotMatch(converted, /逾期不补正/, 'no sub-rows invented');
    const after = core.parseReport(converted);
    assert.equal(after.tables.t3.layout, 'pipe');
    assert.deepEqual(t3Values(after), t3Values(before), 'every value of every row');
    assert.ok(t3Values(after).includes('R3.6:2,0,0,0,0,0,2'));
    const blanks = (r) => core.checkReport(r).filter((f) => f.ruleId === 'cell-blank').map((f) => f.message);
    assert.deepEqual(blanks(after), blanks(before), 'no new cell-blank finding');
    const diags = await s.replace(uri, converted);
    assert.deepEqual(diags.filter((d) => d.code === 'cell-blank'), []);
  });

  test('refactor: the three （六） sub-rows (2021 layout) keep their values in a report set to the 2019 format', async () => {
    // 淮安市 2024 read as a 2019 report (an override): its 表三 has the 2021 sub-rows 1./2./3. of （六）其他处理.
    const text = peer('govnianbao_huaian-city_2024');
    const uri = uriOf('huaian-2019-convert.md');
    await s.openAndWait(uri, text);
    const set = await s.srv.request('nianbao/setOverride', { uri, format: '2019' });
    assert.equal(set.format, '2019');
    const before = core.parseReport(text, { format: '2019' });
    assert.equal(before.tables.t3.otherHandlingLayout, 'split');
    const sub = t3Values(before).filter((r) => r.startsWith('R3.6'));
    assert.deepEqual(sub, ['R3.6.1:67,3,0,0,1,0,71', 'R3.6.2:6,0,0,0,0,0,6', 'R3.6.3:108,2,0,0,0,0,110']);
    const conv = await refactorOf(s, uri, before, 't3');
    assert.ok(conv, 'the conversion is offered');
    const converted = applyEdits(text, editsOf(conv, uri));
    assert.match(converted, /^\| （六）其他处理 +\| +\|/m, 'the group label, without cells of its own');
    assert.match(converted, /^\| 3\.其他 +\| 108 +\| 2 +\| 0 +\| 0 +\| 0 +\| 0 +\| 110 +\|$/m);
    assert.deepEqual(t3Values(core.parseReport(converted, { format: '2019' })), t3Values(before));
  });

  test('refactor: not offered when a number of the table would be lost', async () => {
    // 沭阳县发改局 2023: 表二 has a 2019 `规范性文件` row (with numbers) beside the 2021 rows.
    const fgj = peer('kiro_shuyang-fgj_2023');
    const r1 = core.parseReport(fgj);
    assert.notEqual(r1.tables.t2.layout, 'pipe');
    assert.ok(r1.extras.foreignTable2Rows.some((f) => f.cells.some((c) => c.value !== null)));
    const u1 = uriOf('fgj-convert.md');
    await s.openAndWait(u1, fgj);
    assert.equal(await refactorOf(s, u1, r1, 't2'), undefined);
    // 宿迁 2023 vs 2024: the lines of 表二 hold both years' tables; only one is read.
    const sq = peer('kiro_suqian-city_2023-vs-2024_comparison');
    const r2 = core.parseReport(sq);
    const u2 = uriOf('suqian-convert.md');
    await s.openAndWait(u2, sq);
    assert.equal(await refactorOf(s, u2, r2, 't2'), undefined);
    // A 表三 row with an eighth number: there is no column for it.
    const extra = HONGZE_2023.replace(/(（一）予以公开(?:\s+0){7})/, '$1    5');
    assert.notEqual(extra, HONGZE_2023);
    const r3 = core.parseReport(extra);
    assert.ok(r3.tables.t3.rows.some((r) => r.cellCount > r.cells.length));
    const u3 = uriOf('hongze-extra-convert.md');
    await s.openAndWait(u3, extra);
    assert.equal(await refactorOf(s, u3, r3, 't3'), undefined);
    // A suppression comment (with its reason) among the table's lines: converting would drop it.
    const plain = core.parseReport(HONGZE_2023);
    const u4 = uriOf('hongze-plain-convert.md');
    await s.openAndWait(u4, HONGZE_2023);
    assert.ok(await refactorOf(s, u4, plain, 't3'), 'offered without the comment');
    const commented = HONGZE_2023.replace(/^(\s*（一）予以公开)/m, '<!-- nianbao-disable-next-line row-label -- 原文如此 -->\n$1');
    assert.notEqual(commented, HONGZE_2023);
    const r4 = core.parseReport(commented);
    const u5 = uriOf('hongze-comment-convert.md');
    await s.openAndWait(u5, commented);
    assert.equal(await refactorOf(s, u5, r4, 't3'), undefined);
  });

  test('refactor property: every corpus table converted keeps every value row by row and every number of its lines', async () => {
    let converted3 = 0;
    for (const { name, text } of corpusReports()) {
      const before = core.parseReport(text);
      const uri = uriOf(`corpus-convert-${name}.md`);
      await s.openAndWait(uri, text);
      for (const id of ['t2', 't3', 't4']) {
        const t = before.tables[id];
        if (!t || t.layout === 'pipe') continue;
        const conv = await refactorOf(s, uri, before, id);
        if (!conv) continue;
        const edits = editsOf(conv, uri);
        const converted = applyEdits(text, edits);
        const after = core.parseReport(converted);
        // (表四's layout is judged over the lines up to the next section, which may hold other tables: not asserted.)
        if (id !== 't4') assert.equal(after.tables[id]?.layout, 'pipe', `${name} ${id}`);
        assert.deepEqual(tableValues(after, id), tableValues(before, id), `${name} ${id}: the values read, row by row`);
        if (id === 't3') converted3++;
        // Every number of the replaced lines (page numbers aside) is in the new table.
        const { start, end } = edits[0].range;
        const old = text.split('\n').slice(start.line, end.line + 1).filter((l) => !/^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$/.test(l)).join('\n');
        const have = numbers(edits[0].newText);
        for (const [n, k] of numbers(old)) assert.ok((have.get(n) ?? 0) >= k, `${name} ${id}: ${n} ×${k} kept (${have.get(n) ?? 0})`);
      }
    }
    assert.ok(converted3 >= 3, `表三 converted in ${converted3} corpus reports`);
  });

  test('hover: a total shows its expected sum with every term; a heading what its section holds', async () => {
    const uri = uriOf('001-hover.md');
    await s.openAndWait(uri, SEED001);
    const r = core.parseReport(SEED001);
    const total = r.tables.t3.rows.find((x) => x.id === 'R3.7').cells[6];
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: total.range.start });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /（七）总计/);
    // Template names, not the engine's ids (R3.7, T3-B): breaker 13.
    assert.match(h.contents.value, /本列总计（各处理结果之和）\*\*：各项之和为 \*\*20\*\*/);
    assert.match(h.contents.value, /5 \+ 4 \+ 0/);
    assert.match(h.contents.value, /本行总计（六类申请人之和）/);
    assert.doesNotMatch(h.contents.value, /T3-|R3\.7/);
    assert.deepEqual(h.range, total.range);
    const cell = r.tables.t3.rows.find((x) => x.id === 'R3.3.7').cells[0];
    const h2 = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: cell.range.start });
    assert.match(h2.contents.value, /7\.属于行政执法案卷/);
    assert.match(h2.contents.value, /列: 自然人/);
    const h3 = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: 87, character: 4 } });
    assert.match(h3.contents.value, /表三/);
    const none = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 4 } });
    assert.equal(none, null);
  });

  test('completion: section titles at a heading, template rows in a table', async () => {
    const uri = uriOf('complete.md');
    const text = DRAFT_2024 + '\n五、';
    await s.openAndWait(uri, text);
    const last = text.split('\n').length - 1;
    const c1 = await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: last, character: 2 } });
    const items = Array.isArray(c1) ? c1 : c1.items;
    const five = items.find((i) => i.label === '五、存在的主要问题及改进情况');
    assert.ok(five, items.map((i) => i.label).join(' / '));
    assert.deepEqual(five.textEdit.range, { start: { line: last, character: 0 }, end: { line: last, character: 2 } });
    const uri2 = uriOf('complete-table.md');
    const t = draftWithGrant(0);
    await s.openAndWait(uri2, t);
    const line = t.split('\n').findIndex((l) => l.startsWith('| （一）予以公开'));
    const c2 = await s.srv.request('textDocument/completion', { textDocument: { uri: uri2 }, position: { line, character: 2 } });
    const labels = (Array.isArray(c2) ? c2 : c2.items).map((i) => i.label);
    assert.ok(labels.includes('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), 'the 2021 rows');
    assert.ok(labels.includes('（七）总计'));
  });

  test('formatting aligns pipe tables by East Asian width and changes nothing else', async () => {
    const uri = uriOf('format.nianbao.md');
    const text = ['某某局2024年政府信息公开工作年度报告', '', '|信息内容|本年制发件数|', '|---|---:|', '|规章|12|', '', '正文|不动|', '| x |'].join('\n');
    await s.openAndWait(uri, text, 'nianbao');
    const edits = await s.srv.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const out = applyEdits(text, edits).split('\n');
    assert.deepEqual(out, ['某某局2024年政府信息公开工作年度报告', '', '| 信息内容 | 本年制发件数 |', '| -------- | -----------: |', '| 规章     |           12 |', '', '正文|不动|', '| x |']);
    assert.ok(edits.every((e) => e.range.start.line >= 2 && e.range.end.line <= 4));
    const again = await s.replace(uri, out.join('\n'));
    assert.ok(Array.isArray(again));
    const none = await s.srv.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(none, [], 'formatting is idempotent');
  });

  // helper-217 #1: a report in traditional characters is read through a simplified view; formatting wrote that view's
  // words into every table line it realigned (信息內容 → 信息内容), leaving tables in both scripts.
  test('formatting a report in traditional characters keeps its characters: only white space, bars and dashes change', async () => {
    const { Converter } = await import('opencc-js');
    const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
    // Its tables misaligned: each cell's padding squeezed to one space.
    const text = Converter({ from: 'cn', to: 'tw' })(correct).split('\n').map((l) => (l.startsWith('|') && !/^\|[\s:|-]+\|$/.test(l) ? l.replace(/ {2,}/g, ' ') : l)).join('\n');
    assert.match(text, /\| 信息內容 \| 本年制發件數 \|/);
    // A Markdown file in traditional characters is told a report too (its words were searched in simplified only).
    assert.deepEqual(codes(await s.openAndWait(uriOf('traditional-detected.md'), Converter({ from: 'cn', to: 'tw' })(correct))), []);
    const uri = uriOf('traditional-format.nianbao.md');
    await s.openAndWait(uri, text, 'nianbao');
    for (const params of [{}, { range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } } }]) {
      const edits = await s.srv.request(params.range ? 'textDocument/rangeFormatting' : 'textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true }, ...params });
      assert.ok(edits.length > 10, 'the tables are realigned');
      const out = applyEdits(text, edits);
      assert.equal(out.replace(/[ |:-]/g, ''), text.replace(/[ |:-]/g, ''), 'no character but white space, bars and dashes changed');
      assert.match(out, /\| 信息內容 +\| 本年制發件數 \|/);
    }
  });

  test('a clean report gets an empty diagnostics list (it was checked), with its outline', async () => {
    const text = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
    assert.deepEqual(core.checkReport(core.parseReport(text)), [], 'the example is clean');
    const uri = uriOf('correct.md');
    assert.deepEqual(await s.openAndWait(uri, text), []);
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(syms.filter((x) => /^[一二三四五六]、/.test(x.name)).length, 6);
  });

  test('an ordinary Markdown file gets no diagnostics, outline or edits', async () => {
    const uri = uriOf('README.md');
    const { since } = await s.open(uri, '# Notes\n\nSome text | not a report | 1 | 2\n\n|a|b|\n|---|---|\n|1|2|\n');
    // Wait for the next document's diagnostics: documents are validated in order.
    const other = uriOf('after-readme.md');
    await s.openAndWait(other, SEED003);
    assert.ok(!s.srv.notifications.slice(since).some((m) => m.params?.uri === uri), 'nothing published for README.md');
    assert.equal(await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } }), null);
    assert.equal(await s.srv.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), null);
    assert.deepEqual(await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  });

  test('the project\'s own Markdown (changelog, README, rule docs), which quotes reports in code, gets no diagnostics or outline', async () => {
    // brk87 #2: the changelog's `统计期限为2023年度` and the rule docs' fenced examples made them reports.
    const docs = fs.readdirSync(path.join(root, 'docs'), { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
    const files = ['CHANGELOG.md', 'README.md', ...docs];
    assert.ok(files.length > 40, `${files.length} files`);
    let since = Infinity;
    for (const f of files) since = Math.min(since, (await s.open(uriOf(`own/${f}`), fs.readFileSync(path.join(root, f), 'utf8'))).since);
    await s.openAndWait(uriOf('after-own-docs.md'), SEED003);
    const published = s.srv.notifications.slice(since).filter((m) => m.params?.uri?.includes('/own/') && m.params.diagnostics?.length);
    assert.deepEqual(published.map((m) => `${m.params.uri.split('/own/')[1]}: ${m.params.diagnostics.map((d) => d.code).join(',')}`), []);
    for (const f of ['CHANGELOG.md', 'docs/rules/year-mismatch.md', 'docs/rules/sum-balance.md']) {
      assert.equal(await s.srv.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(`own/${f}`) } }), null, f);
    }
  });

  test('one parse per version shared by every feature', async () => {
    const uri = uriOf('once.md');
    await s.openAndWait(uri, SEED003);
    const a = await s.srv.request('nianbao/debugStats', {});
    const p = { textDocument: { uri } };
    await s.srv.request('textDocument/documentSymbol', p);
    await s.srv.request('textDocument/foldingRange', p);
    await s.srv.request('textDocument/hover', { ...p, position: { line: 30, character: 2 } });
    await s.srv.request('textDocument/completion', { ...p, position: { line: 30, character: 0 } });
    await s.srv.request('textDocument/codeAction', { ...p, range: { start: { line: 30, character: 0 }, end: { line: 30, character: 0 } }, context: { diagnostics: [] } });
    await s.srv.request('textDocument/formatting', { ...p, options: { tabSize: 2, insertSpaces: true } });
    const b = await s.srv.request('nianbao/debugStats', {});
    assert.equal(b.parses, a.parses, 'no feature parsed again');
    assert.equal(b.checks, a.checks, 'no feature re-ran the rules');
  });

  test('a burst of incremental edits is validated once, for the newest version', async () => {
    const uri = uriOf('burst.md');
    await s.openAndWait(uri, SEED003);
    const before = await s.srv.request('nianbao/debugStats', {});
    const since = s.srv.notifications.length;
    for (let v = 2; v <= 21; v++) {
      s.srv.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    }
    await s.diagnostics(uri, since, { version: 21 });
    const published = s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    const after = await s.srv.request('nianbao/debugStats', {});
    assert.ok(after.parses - before.parses < 20, `stale versions skipped: ${after.parses - before.parses} parses for 20 versions`);
    assert.ok(published.every((m) => m.params.version <= 21));
    assert.equal(published.at(-1).params.version, 21);
  });

  test('status: detected format and year; an override per file re-reads it', async () => {
    const uri = uriOf('001-status.md');
    const { since } = await s.open(uri, SEED001);
    const st = await s.srv.waitFor((m) => m.method === 'nianbao/status' && m.params.uri === uri, 20000, since);
    assert.deepEqual([st.params.format, st.params.year, st.params.isReport], ['2019', 2020, true]);
    const set = await s.srv.request('nianbao/setOverride', { uri, format: '2021', year: 2021 });
    assert.deepEqual([set.format, set.year, set.override], ['2021', 2021, { format: '2021', year: 2021 }]);
    const back = await s.srv.request('nianbao/setOverride', { uri, format: null, year: null });
    assert.deepEqual([back.format, back.year, back.override], ['2019', 2020, {}]);
    // A year that is no report year, or a format that does not exist, is refused and changes nothing.
    for (const bad of [{ uri, year: 20 }, { uri, year: 2024.5 }, { uri, year: '2024' }, { uri, format: '2020' }, { format: '2021' }]) {
      await assert.rejects(s.srv.request('nianbao/setOverride', bad), (e) => JSON.parse(e.message).code === -32602 && /2008–2099/.test(e.message), JSON.stringify(bad));
    }
    const still = await s.srv.request('nianbao/getStatus', { uri });
    assert.deepEqual([still.format, still.year], ['2019', 2020]);
  });

  test('commands: new report from template, and what the engine read', async () => {
    const text = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.newReport', arguments: [{ format: '2019', year: 2020, agency: '某某县' }] });
    assert.match(text, /^# 某某县2020年政府信息公开工作年度报告/);
    assert.ok(text.includes('第二十条第（九）项'), 'the 2019 表二');
    const uri = uriOf('new.nianbao.md');
    const diags = await s.openAndWait(uri, text, 'nianbao');
    // Its value cells are blank until filled in: each table says so once, and nothing else is an error.
    assert.deepEqual(diags.filter((d) => d.severity === 1).map((d) => d.code), ['table-empty', 'table-empty', 'table-empty']);
    const view = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [uriOf('001.md')] });
    // The same view as `nianbao inspect FILE`, in the session's language (Chinese).
    assert.equal(view, inspectCli(SEED001_PATH, 'zh'));
    assert.match(view, /^格式：2019（/);
    assert.match(view, /^年度：2020（/m);
    assert.match(view, /表三 +第 89–309 行/);
    assert.match(view, /R3\.7\s+（七）总计/);
    assert.match(view, /^检查结果：2 个问题$/m);
  });
});

describe('settings and locale', () => {
  test('per-rule severity and off, pulled from workspace/configuration on change', async () => {
    const s = await session({ config: { rules: {} } });
    try {
      const uri = uriOf('settings.md');
      let diags = await s.openAndWait(uri, DRAFT_2024.replace('五、存在的主要问题及改进情况', '五、存在的主要问题及下步工作打算'));
      assert.equal(diags.find((d) => d.code === 'section-title').severity, 3);
      const sev = (ds) => ds.find((d) => d.code === 'section-title')?.severity ?? 'none';
      s.srv.state.config = { rules: { 'section-title': 'error' } };
      let since = s.srv.notifications.length;
      s.srv.notify('workspace/didChangeConfiguration', { settings: null });
      diags = await s.diagnostics(uri, since, { where: (ds) => sev(ds) === 1 });
      since = s.srv.notifications.length;
      s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'section-title': 'off' } } } });
      diags = await s.diagnostics(uri, since, { where: (ds) => sev(ds) === 'none' });
      assert.equal(diags.filter((d) => d.code === 'table-missing').length, 3, 'the other rules still run');
      // Malformed settings fall back to defaults instead of breaking the server.
      since = s.srv.notifications.length;
      s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: 'nonsense', autoDetect: 'maybe' } } });
      diags = await s.diagnostics(uri, since, { where: (ds) => sev(ds) === 3 });
    } finally { await s.srv.stop(); }
  });

  test('autoDetect off: Markdown reports are left alone, *.nianbao.md still checked', async () => {
    const s = await session({ initializationOptions: { settings: { autoDetect: false } } });
    try {
      const { since } = await s.open(uriOf('auto-off.md'), SEED001);
      const d = await s.openAndWait(uriOf('auto-off.nianbao.md'), SEED001, 'nianbao');
      assert.ok(d.length > 0);
      assert.ok(!s.srv.notifications.slice(since).some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uriOf('auto-off.md')));
    } finally { await s.srv.stop(); }
  });

  test('autoDetect off: a *.nianbao.md / *.nianbao.txt opened as markdown or plaintext (a client without a nianbao file type) is still checked; a binary one gets its note', async () => {
    const s = await session({ initializationOptions: { settings: { autoDetect: false } } });
    try {
      const own = await s.openAndWait(uriOf('own.nianbao.md'), SEED001, 'nianbao');
      assert.ok(own.length > 0);
      const key = (ds) => ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`);
      assert.deepEqual(key(await s.openAndWait(uriOf('md.nianbao.md'), SEED001, 'markdown')), key(own));
      assert.deepEqual(key(await s.openAndWait(uriOf('txt.nianbao.txt'), SEED001, 'plaintext')), key(own));
      const binary = SEED001.slice(0, 200) + '\u0000'.repeat(5000) + SEED001.slice(200);
      const b = await s.openAndWait(uriOf('bin.nianbao.md'), binary, 'markdown');
      assert.deepEqual(b.map((d) => d.code), ['not-checked']);
      assert.match(b[0].message, /^文件不是文本（含有大量 NUL 字符/);
      const status = await s.srv.request('nianbao/getStatus', { uri: uriOf('md.nianbao.md') });
      assert.equal(status.isReport, true);
    } finally { await s.srv.stop(); }
  });

  test('English when the client locale is English; the setting overrides it', async () => {
    const s = await session({ locale: 'en-US' });
    try {
      const diags = await s.openAndWait(uriOf('en.md'), DRAFT_2024);
      const tm = diags.find((d) => d.code === 'table-missing');
      assert.match(tm.message, /has no/);
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri: uriOf('en.md') }, range: tm.range, context: { diagnostics: [tm], only: ['quickfix'] } });
      assert.match(actions[0].title, /^Insert/);
      // What the engine read, in English too (the CLI's view with --locale en).
      await s.openAndWait(uriOf('001-en.md'), SEED001);
      const view = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [uriOf('001-en.md')] });
      assert.equal(view, inspectCli(SEED001_PATH, 'en'));
      assert.match(view, /^format: 2019 {2}\(/);
      assert.match(view, /表三 +lines 89–309/);
      assert.match(view, /^ {2}348:3 {2}info {2}section-title {2}“五、存在的主要问题及下步工作打算” is a variant /m, 'the findings in English too');
      const since = s.srv.notifications.length;
      s.srv.notify('workspace/didChangeConfiguration', { settings: { nianbao: { locale: 'zh' } } });
      await s.diagnostics(uriOf('en.md'), since, { where: (ds) => /缺少/.test(ds.find((d) => d.code === 'table-missing')?.message ?? '') });
    } finally { await s.srv.stop(); }
  });
});

describe('a long document opened', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('shows its table and structure findings first, then every finding with the prose rules', async () => {
    // Seed 001 with its last section lengthened to over 200,000 characters of ordinary prose.
    const text = SEED001 + '\n' + Array.from({ length: 13000 }, (_, i) => `本机关第${i + 1}次召开政务公开工作专题会议。`).join('\n') + '\n';
    assert.ok(text.length > 200_000);
    const prose = new Set(core.RULES.filter((r) => r.meta.readsProse).map((r) => r.meta.id));
    const expected = core.checkReport(core.parseReport(text)).map((f) => f.ruleId);
    assert.ok(expected.some((id) => prose.has(id)) && expected.some((id) => !prose.has(id)), expected.join(','));
    const uri = uriOf('long-001.md');
    const { since } = await s.open(uri, text);
    const first = await s.diagnostics(uri, since, { version: 1 });
    assert.deepEqual(codes(first), expected.filter((id) => !prose.has(id)));
    const all = await s.diagnostics(uri, since, { version: 1, where: (ds) => ds.length === expected.length });
    assert.deepEqual(codes(all), expected);
    // The second publish is the later one, and an edit after it is published once, complete.
    const publishes = () => s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    assert.equal(publishes().length, 2);
    const at = s.srv.notifications.length;
    s.srv.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    const edited = await s.diagnostics(uri, at, { version: 2 });
    assert.deepEqual(codes(edited), expected);
  });

  test('a short report is published once, complete', async () => {
    const uri = uriOf('short-001.md');
    const { since } = await s.open(uri, SEED001);
    const diags = await s.diagnostics(uri, since, { version: 1 });
    assert.deepEqual(codes(diags), core.checkReport(core.parseReport(SEED001)).map((f) => f.ruleId));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(s.srv.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).length, 1);
  });
});
