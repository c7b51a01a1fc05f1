// Outline and folding of tables with headings written inside them (brk149 #5): 沭阳县 2025 writes 表二 under four
// `### 第二十条第（X）项` headings and 表四 under `### 行政复议` and two `### 行政诉讼（…）`. Only the first of each was
// shown, as a sibling of the table with the whole table's range (so the two lawsuit tables seemed to be inside 行政复议),
// the others missing, and three folding ranges came twice. Now each is a part of its table, over its own lines, in
// every layout (pdftotext's `第二十条 第（一）项`, web rows `| 第二十条第（五）项 |`), and each folding range comes once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, shared } from './client.mjs';

const read = (f) => fs.readFileSync(path.join(shared, 'corpus', f), 'utf8');
const ITEMS = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];

describe('the parts of a table in the outline', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  async function outline(text) {
    const uri = `file:///tmp/nianbao-brk149/o${++n}.md`;
    await s.openAndWait(uri, text);
    return {
      symbols: await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } }),
      folding: await s.srv.request('textDocument/foldingRange', { textDocument: { uri } }),
      lines: text.split('\n'),
    };
  }
  const section = (symbols, start) => symbols.find((x) => x.name.startsWith(start));
  /** Each part of `table`: its name, and its lines as the text has them (1-based, first to last). */
  const parts = (table) => (table.children ?? []).map((c) => `${c.name} ${c.range.start.line + 1}-${c.range.end.line + 1}`);

  test('沭阳县 2025: 表二\'s four items and 表四\'s three groups, each over its own lines; no heading beside the table', async () => {
    const { symbols, folding, lines } = await outline(read('peers/kiro_shuyang-county_2025.txt'));
    const two = section(symbols, '二、');
    assert.deepEqual(two.children.map((c) => c.name), ['表二'], 'the table alone under 二');
    const at = (h) => lines.indexOf(h) + 1;
    assert.deepEqual(parts(two.children[0]), [`第二十条第（一）项 ${at('### 第二十条第（一）项')}-61`, `第二十条第（五）项 ${at('### 第二十条第（五）项')}-66`, `第二十条第（六）项 ${at('### 第二十条第（六）项')}-72`, `第二十条第（八）项 ${at('### 第二十条第（八）项')}-77`]);
    const four = section(symbols, '四、');
    assert.deepEqual(four.children.map((c) => c.name), ['表四']);
    assert.deepEqual(parts(four.children[0]), ['行政复议 162-165', '行政诉讼（未经复议直接起诉） 167-170', '行政诉讼（复议后起诉） 172-175']);
    // Every part's range inside its table's, its selection on its heading.
    for (const t of [two.children[0], four.children[0]]) {
      for (const c of t.children) {
        assert.ok(c.range.start.line >= t.range.start.line && c.range.end.line <= t.range.end.line, c.name);
        assert.equal(c.selectionRange.start.line, c.range.start.line);
      }
    }
    const keys = folding.map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(keys, [...new Set(keys)], 'each folding range once');
    for (const k of ['57-77', '63-66', '74-77', '162-175', '167-170', '172-175']) assert.ok(keys.includes(k), k);
  });

  test('pdftotext and web rows: 表二\'s item headings as its parts', async () => {
    for (const [f, written] of [['peers/govnianbao_huaian-city_2024.txt', (h) => h.replace('条第', '条 第')], ['peers/kiro_shuyang-fgj_2023.txt', (h) => h]]) {
      const { symbols, folding, lines } = await outline(read(f));
      const t2 = section(symbols, '二、').children.find((c) => c.name === '表二');
      assert.deepEqual(t2.children.map((c) => c.name), ITEMS.map(written), f);
      // Each from its heading's line to before the next.
      t2.children.forEach((c, k) => {
        assert.ok(lines[c.range.start.line].includes(written(ITEMS[k])), f);
        if (k + 1 < t2.children.length) assert.ok(c.range.end.line < t2.children[k + 1].range.start.line, f);
      });
      const keys = folding.map((x) => `${x.startLine}-${x.endLine}`);
      assert.deepEqual(keys, [...new Set(keys)], f);
    }
  });
});
