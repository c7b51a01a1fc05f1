// Completion on lines of a table that are no row's label cell, in the layouts reports are published in (brk149 #2,
// #3): a 表二 item heading (`### 第二十条第（五）项`, web rows `| 第二十条第（五）项 |`, pdftotext's `第二十条 第（一）项`)
// was offered the row labels of the block above, and accepting one replaced the whole line, `###` included; a header
// row (`信息内容` corner of web rows and pdftotext tables, a column header `本年新制作数量 |` of a table one cell a line)
// was offered row labels that overwrote the header. Now nothing is offered there, and a label written as a heading
// (`### (一) 予以公开`) keeps its `#` marks; data rows still get their labels.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, shared, applyEdits } from './client.mjs';

const read = (f) => fs.readFileSync(path.join(shared, 'corpus', f), 'utf8');
const SHUYANG = read('peers/kiro_shuyang-county_2025.txt');
const FGJ = read('peers/kiro_shuyang-fgj_2023.txt');
const HUAIAN = read('peers/govnianbao_huaian-city_2024.txt');
const SEED_003 = read('seeds/003_7487cbc35b761747.txt');
const SEED_001 = read('seeds/001_417062a3286660b0.txt');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);

describe('completion on item headings and header rows', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** The completion items on the line of `text` that is `line` (trimmed end), `at` characters after its text starts. */
  async function at(text, line, at) {
    const lines = text.split('\n');
    const k = lines.findIndex((l) => l.trimEnd() === line);
    assert.ok(k >= 0, line);
    const uri = `file:///tmp/nianbao-brk149/c${++n}.md`;
    await s.openAndWait(uri, text);
    const lead = lines[k].length - lines[k].trimStart().length;
    const items = itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: k, character: lead + at } }));
    return { items, wrote: (item) => applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]).split('\n')[k] };
  }

  test('a 表二 item heading gets no label, as a Markdown heading, a web row and pdftotext text', async () => {
    // (Positions after the heading's marks: in its text, and at its end.)
    for (const [text, line, cs] of [
      [SHUYANG, '### 第二十条第（五）项', [5, 8, 13]],
      [SHUYANG, '### 第二十条第（八）项', [4, 6]],
      [FGJ, '| 第二十条第（五）项 |', [3, 5, 11]],
      [HUAIAN, '第二十条 第（一）项', [1, 3, 10]],
      [HUAIAN, '第二十条 第（六）项', [2, 7]],
    ]) {
      for (const c of cs) {
        const { items } = await at(text, line, c);
        assert.deepEqual(items.map((i) => i.label), [], `${line} @${c}`);
      }
    }
  });

  test('a header row gets no row label: its corner and column names, in web rows, pdftotext and one cell a line', async () => {
    for (const [text, line, c] of [
      [SEED_003, '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |', 2],
      [HUAIAN, '信息内容          本年制发件数     本年废止件数   现行有效件数', 2],
      [SEED_001, '信息内容 |', 2],
      [SEED_001, '本年新制作数量 |', 2],
      [SEED_001, '本年新公开数量 |', 4],
    ]) {
      const { items } = await at(text, line, c);
      assert.deepEqual(items.map((i) => i.label), [], line);
    }
  });

  test('a later cell of a web row without a leading pipe is no label cell either', async () => {
    const { items } = await at(SEED_003, '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |', 10);
    assert.deepEqual(items.map((i) => i.label), []);
  });

  test('the data rows under them still get their labels, written in the label cell only', async () => {
    const web = await at(SEED_003, '行政许可 | 0 | 0 | 0 |', 2);
    assert.ok(web.items.some((i) => i.label === '其他对外管理服务事项'));
    assert.equal(web.wrote(web.items.find((i) => i.label === '其他对外管理服务事项')), '其他对外管理服务事项 | 0 | 0 | 0 |');
    const md = await at(SHUYANG, '| 行政处罚 | 693957 |', 3);
    assert.deepEqual(md.items.map((i) => i.label), ['行政处罚', '行政强制']);
  });

  test('a label written as a Markdown heading keeps its # marks', async () => {
    const { items, wrote } = await at(SHUYANG, '### (一) 予以公开', 8);
    const item = items.find((i) => i.label.startsWith('（三）不予公开') || i.label.startsWith('(三)不予公开'));
    assert.ok(item, items.map((i) => i.label).join(' '));
    assert.match(wrote(item), /^### [（(]三[）)]不予公开$/);
  });
});
