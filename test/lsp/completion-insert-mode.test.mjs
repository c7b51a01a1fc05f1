// brk171 #3: a row label completed with the cursor inside the label of a row of an aligned table, by a client that
// takes InsertReplaceEdit (VS Code, whose default `editor.suggest.insertMode` is "insert"). The padding edits are made
// for the label replacing the cell's text; an insert range as well left the row as much wider as the text after the
// cursor (`| 规章行政规范           |`). Accepted in either mode, the row must come out aligned with its table.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, pipeColumns, CAPABILITIES } from './client.mjs';

const read = (name) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');
/** The display columns of the pipes of one line. */
const columnsOf = (line) => pipeColumns(line, 0)[0];
const itemsOf = (c) => (Array.isArray(c) ? c : c.items);

describe('completion in insert mode keeps an aligned table aligned', () => {
  let s;
  let n = 0;
  const capabilities = { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, completion: { completionItem: { snippetSupport: false, insertReplaceSupport: true } } } };
  before(async () => { s = await session({ capabilities }); });
  after(async () => { await s.srv.stop(); });

  /** The item `label` at `line`:`character` of `text`, and the text once accepted in insert mode and in replace mode. */
  async function both(text, line, character, label, eol = '\n') {
    const uri = `file:///tmp/nianbao-compl-insert/r${++n}.nianbao.md`;
    await s.openAndWait(uri, text, 'nianbao');
    const items = itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
    const item = items.find((i) => i.label === label);
    assert.ok(item, `no completion ${label}: ${items.map((i) => i.label).join(' / ')}`);
    const te = item.textEdit;
    const main = (range) => ({ range, newText: te.newText });
    const extra = item.additionalTextEdits ?? [];
    const inserted = applyEdits(text, [main(te.insert ?? te.range), ...extra]).split(eol).join('\n');
    const replaced = applyEdits(text, [main(te.replace ?? te.range), ...extra]).split(eol).join('\n');
    return { item, inserted, replaced };
  }

  test('表二: the cursor at the start of a cut label (`| ▮行政规范       |`), 规章 and 行政规范性文件, in both modes', async () => {
    const text = read('correct-2024.nianbao.md').replace('| 行政规范性文件 | 3  ', '| 行政规范       | 3  ');
    const lines = text.split('\n');
    const row = lines.indexOf('| 行政规范       | 3            | 1            | 25           |');
    assert.ok(row > 0);
    const aligned = pipeColumns(text, row - 1)[0];
    for (const label of ['规章', '行政规范性文件']) {
      const { inserted, replaced } = await both(text, row, 2, label);
      const want = label === '规章' ? '| 规章           | 3            | 1            | 25           |' : '| 行政规范性文件 | 3            | 1            | 25           |';
      for (const [mode, out] of [['insert', inserted], ['replace', replaced]]) {
        assert.equal(out.split('\n')[row], want, `${label} (${mode})`);
        assert.ok(pipeColumns(out, row).every((c) => c === aligned), `${label} (${mode}): ${pipeColumns(out, row).join(' / ')}`);
      }
    }
  });

  test('表三 of a CRLF draft: the cursor inside a misspelt label (`| （二）▮不分公开…`), in both modes', async () => {
    const text = read('errors-2024.nianbao.md').replace(/\r?\n/g, '\r\n');
    const lines = text.split('\r\n');
    const row = lines.findIndex((l) => l.startsWith('| （二）不分公开'));
    assert.ok(row > 0);
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    const { inserted, replaced } = await both(text, row, 5, label, '\r\n');
    // (The example's 表三 has other faults: the rows around this one are aligned.)
    const want = columnsOf(lines[row - 1]);
    assert.equal(columnsOf(lines[row + 1]), want);
    for (const [mode, out] of [['insert', inserted], ['replace', replaced]]) {
      assert.equal(out.split('\n')[row], lines[row].replace('（二）不分公开', '（二）部分公开'), mode);
      assert.equal(columnsOf(out.split('\n')[row]), want, mode);
    }
  });

  test('a label completed in a compact table (nothing re-padded) still gets both ranges', async () => {
    const text = '# 某某局2024年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n第二十条第（一）项\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | 0 | 0 | 0 |\n| 行政规范 | 3 | 1 | 25 |\n';
    const row = text.split('\n').indexOf('| 行政规范 | 3 | 1 | 25 |');
    const { item, inserted } = await both(text, row, 4, '行政规范性文件');
    assert.deepEqual(item.textEdit.insert, { start: { line: row, character: 2 }, end: { line: row, character: 4 } });
    assert.deepEqual(item.textEdit.replace, { start: { line: row, character: 2 }, end: { line: row, character: 6 } });
    assert.equal(inserted.split('\n')[row], '| 行政规范性文件规范 | 3 | 1 | 25 |');
  });
});
