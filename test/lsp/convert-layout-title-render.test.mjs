// Convert to a pipe table through the server: the title names the layout read, the result renders as the report,
// Format Document keeps tabs (found by breaker13).
// breaker13 through the language server: the "Convert 表三/表四 to a pipe table" refactoring names the layout it read
// (it said "was none" for a one-cell-per-line Word paste and "was space-aligned" for a tab-separated one), and the
// converted text renders as the report (markdown-it, as VS Code's preview: 四、/五、 were rows of the tables above
// them); Format Document leaves `| 行政强制 |\t0 |` as written.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { session, applyEdits, editsOf, shared, root } from './client.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist/core.js'));
const md = require('markdown-it')({ html: true });
const SEED001 = fs.readFileSync(path.join(shared, 'corpus/seeds', fs.readdirSync(path.join(shared, 'corpus/seeds')).find((f) => f.startsWith('001'))), 'utf8');
const PASTE = (name) => fs.readFileSync(path.join(root, 'test/data/paste', name), 'utf8');
const uriOf = (name) => pathToFileURL(path.join('/tmp/nianbao-b13', name)).href;

/** A 2025 draft from the template whose 表三 was replaced by a paste (the blank lines around it kept), as breaker13 did. */
function pasted(src) {
  const lines = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县交通运输局' }).split('\n');
  const a = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let b = lines.findIndex((l) => l.startsWith('## 四、'));
  while (!lines[b].startsWith('|')) b--;
  return [...lines.slice(0, a), ...src.replace(/\n$/, '').split('\n'), ...lines.slice(b + 1)].join('\n');
}

/** The refactorings offered on the first line of table `id` of the open document `uri` (text `text`). */
async function refactors(s, uri, text, id) {
  const t = core.parseReport(text).tables[id];
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: t.range.start, end: t.range.start }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
  return actions.filter((a) => a.title.includes(t.name));
}

/** The text of every cell markdown-it renders (`<td>`/`<th>`), and of every paragraph and heading. */
function rendered(text) {
  const html = md.render(text);
  const of = (re) => [...html.matchAll(re)].map((m) => m[1].trim());
  return { cells: of(/<t[dh][^>]*>([^<]*)<\/t[dh]>/g), blocks: of(/<(?:p|h\d)>([^<]*)<\/(?:p|h\d)>/g), tables: (html.match(/<table>/g) ?? []).length };
}

for (const locale of ['en', 'zh-cn']) {
  describe(`convert refactoring (${locale})`, () => {
    let s;
    before(async () => { s = await session({ locale }); });
    after(async () => { await s.srv.stop(); });
    const title = (name, was) => (locale === 'en' ? `Convert ${name} to a pipe table (was ${was.en})` : `将${name}转换为竖线表格（原为${was.zh}排版）`);

    test('the title names the layout read: cell-per-line (with or without pipes), tab-separated, space-aligned', async () => {
      const cases = [
        ['seed001.md', SEED001, { en: 'cell-per-line', zh: '每行一格' }],
        ['word-one-cell-per-line.md', pasted(PASTE('word-one-cell-per-line.txt')), { en: 'cell-per-line', zh: '每行一格' }],
        ['word-tabs.md', pasted(PASTE('word-tabs.txt')), { en: 'tab-separated', zh: '制表符分隔' }],
        ['hongze-2023.md', fs.readFileSync(path.join(shared, 'corpus/peers/kiro_hongze-district_2023.txt'), 'utf8'), { en: 'space-aligned', zh: '空格对齐' }],
      ];
      for (const [name, text, was] of cases) {
        const uri = uriOf(name);
        await s.openAndWait(uri, text);
        const titles = (await refactors(s, uri, text, 't3')).map((a) => a.title);
        assert.deepEqual(titles, [title('表三', was)], name);
        assert.doesNotMatch(titles[0], /none/);
      }
    });

    test('seed 003 (web rows with ` | `, no delimiter row): 表二, 表三 and 表四 offered, named for that layout, rendered as tables (brk136 #3)', async () => {
      const uri = uriOf('seed003-web-rows.md');
      let text = fs.readFileSync(path.join(shared, 'corpus/seeds/003_7487cbc35b761747.txt'), 'utf8');
      await s.openAndWait(uri, text);
      const before = (await s.openAndWait(uriOf('seed003-web-rows-before.md'), text)).map((d) => d.code).sort();
      const was = { en: 'pipe-separated rows without a delimiter row', zh: '无分隔行的竖线分隔' };
      assert.equal(rendered(text).tables, 0, 'the rows are no table in GFM');
      for (const [id, name] of [['t4', '表四'], ['t3', '表三'], ['t2', '表二']]) {
        const titles = await refactors(s, uri, text, id);
        assert.deepEqual(titles.map((a) => a.title), [title(name, was)], id);
        assert.doesNotMatch(titles[0].title, /\(was pipe\)|原为竖线排版/);
        text = applyEdits(text, editsOf(titles[0], uri));
        await s.replace(uri, text);
      }
      // 表二's four blocks, 表三 and 表四 render as tables, and the text re-checks as before.
      assert.equal(rendered(text).tables, 7);
      const after = (await s.openAndWait(uriOf('seed003-web-rows-after.md'), text)).map((d) => d.code).sort();
      assert.deepEqual(after, before);
    });

    test('seed 001 (CRLF): 表三 then 表四 converted render as two tables, 四、 and 五、 as paragraphs', async () => {
      const uri = uriOf('hedong-2020-crlf.md');
      let text = SEED001.replace(/\n/g, '\r\n');
      await s.openAndWait(uri, text);
      for (const id of ['t3', 't4']) {
        const [conv] = await refactors(s, uri, text, id);
        assert.ok(conv, id);
        text = applyEdits(text, editsOf(conv, uri));
        await s.replace(uri, text);
      }
      const r = rendered(text);
      assert.equal(r.tables, 2);
      // (三、 ends the paragraph of 表二's cell-per-line lines above it, which stay as written.)
      assert.ok(r.blocks.some((b) => b.endsWith('\n三、收到和处理政府信息公开申请情况')), '三、 ends a paragraph, before 表三');
      assert.ok(r.blocks.includes('四、政府信息公开行政复议、行政诉讼情况'), '四、 is a paragraph of its own');
      assert.ok(r.blocks.some((b) => b.startsWith('五、存在的主要问题及下步工作打算')), '五、 is no row of 表四');
      assert.ok(!r.cells.some((c) => /^(?:三、收到|四、政府|五、存在)/.test(c)), 'no heading in a cell');
      assert.ok(r.cells.includes('(一)予以公开'), 'the document\'s ASCII brackets');
      assert.ok(!r.cells.includes('（一）予以公开'));
    });

    test('pasted reports: ## 四 stays a heading after the converted 表三 (the blank line before it kept)', async () => {
      for (const src of ['word-one-cell-per-line.txt', 'word-tabs.txt']) {
        const uri = uriOf(`paste-${src}.md`);
        const text = pasted(PASTE(src));
        await s.openAndWait(uri, text);
        const [conv] = await refactors(s, uri, text, 't3');
        const converted = applyEdits(text, editsOf(conv, uri));
        assert.match(converted, /\| 6 +\|\n\n## 四、政府信息公开行政复议、行政诉讼情况\n/, src);
        const r = rendered(converted);
        assert.ok(r.blocks.includes('四、政府信息公开行政复议、行政诉讼情况'), `${src}: ## 四 renders as a heading`);
        assert.ok(!r.cells.some((c) => c.startsWith('## ')), src);
      }
    });

    test('pdftotext 表三 with a page break inside: the running header and footer kept under the table (brk113 #2)', async () => {
      const uri = uriOf('pdftotext-running-header.md');
      const text = fs.readFileSync(path.join(root, 'test/data/paste/pdftotext-running-header.md'), 'utf8');
      const TITLE = '某某市某某局2024年政府信息公开工作年度报告';
      await s.openAndWait(uri, text);
      const [conv] = await refactors(s, uri, text, 't3');
      assert.equal(conv?.title, title('表三', { en: 'space-aligned', zh: '空格对齐' }));
      const converted = applyEdits(text, editsOf(conv, uri));
      assert.equal(converted.split(TITLE).length, text.split(TITLE).length, 'the running header is not lost');
      // Under the table's last row: a blank line, the footer, the running header (its form feed kept), then 四、.
      assert.match(converted, new RegExp(`\\| 四、结转下年度继续办理 +\\|[^\\n]*\\n\\n第 3 页 共 8 页\\n\\f${TITLE}\\n\\n## 四、`));
      const rows = (t) => core.parseReport(t).tables.t3.rows.map((r) => `${r.id}:${r.cells.map((c) => c?.value ?? '_').join(',')}`);
      assert.deepEqual(rows(converted), rows(text));
    });

    test('tab-separated 表三 with a page break left without a form feed: offered, the lines kept under the table (brk116 #5)', async () => {
      const base = fs.readFileSync(path.join(root, 'test/data/paste/tab-separated-t3.md'), 'utf8');
      const TITLE = '某某市某某局2024年政府信息公开工作年度报告';
      const ROW = '5.属于三类内部事务信息\t2\t0\t0\t0\t0\t0\t2\n';
      const rows = (t) => core.parseReport(t).tables.t3.rows.map((r) => `${r.id}:${r.cells.map((c) => c?.value ?? '_').join(',')}`);
      for (const [i, [inserted, below]] of [
        [`\n- 3 -\n\n${TITLE}\n`, `${TITLE}`],
        [`第 3 页 共 8 页\n${TITLE}\n`, `第 3 页 共 8 页\n${TITLE}`],
        ['第3页\n共8页\n', '第3页\n共8页'],
        ['某某市某某局\n2024年政府信息公开工作年度报告\n', '某某市某某局\n2024年政府信息公开工作年度报告'],
      ].entries()) {
        const uri = uriOf(`tab-page-break-${i}.md`);
        const text = base.replace(ROW, ROW + inserted);
        await s.openAndWait(uri, text);
        const [conv] = await refactors(s, uri, text, 't3');
        assert.equal(conv?.title, title('表三', { en: 'tab-separated', zh: '制表符分隔' }), inserted);
        const converted = applyEdits(text, editsOf(conv, uri));
        assert.match(converted, new RegExp(`\\| 四、结转下年度继续办理 +\\|[^\\n]*\\n\\n${below}\\n\\n## 四、`), inserted);
        assert.deepEqual(rows(converted), rows(base), inserted);
      }
      // A note among the rows: not offered.
      const uri = uriOf('tab-page-break-note.md');
      const text = base.replace(ROW, `${ROW}注：本表数据来源于市政务服务中心统计。\n`);
      await s.openAndWait(uri, text);
      assert.deepEqual(await refactors(s, uri, text, 't3'), []);
    });
  });
}

describe('Format Document', () => {
  let s;
  before(async () => { s = await session({ locale: 'en' }); });
  after(async () => { await s.srv.stop(); });

  test('文旅局 tables: `| 行政强制 |\\t0 |` left as written, the other rows aligned, only padding changed', async () => {
    const text = fs.readFileSync(path.join(root, 'test/data/format/文旅局2025年报-format.md'), 'utf8');
    const uri = uriOf('文旅局2025年报-format.md');
    await s.openAndWait(uri, text);
    const edits = await s.srv.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    const out = applyEdits(text, edits).split('\n');
    const old = text.split('\n');
    assert.equal(out.length, old.length);
    assert.equal(out[old.indexOf('| 行政强制 |\t0 |')], '| 行政强制 |\t0 |');
    assert.match(out[old.indexOf('|规章|0|0|0|')], /^\| 规章 +\| 0 +\| 0 +\| 0 +\|$/, 'the other tables are still formatted');
    // Only ASCII spaces, closing pipes and the dashes of delimiter rows changed.
    const bare = (l) => l.replace(/ /g, '').replace(/-+/g, '-').replace(/\|$/, '');
    out.forEach((l, i) => assert.equal(bare(l), bare(old[i]), `line ${i + 1}`));
  });
});
