// brk171 #2: completion offered every row label on the blank lines above and below each 表二 block and under 表三,
// and the label accepted there was written as a bare line (`行政规范性文件` right under the table: one more, empty,
// row of it in GFM), which nothing reported. A blank line is no label cell; a line of text without pipes right under
// a pipe table is one more row of it, so a label there is written as a whole pipe row with its blank cells (as on a
// pipe row with no cells yet), aligned with the table; beside a pipe table otherwise, nothing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, pipeColumns } from './client.mjs';

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c.items);

describe('completion beside a pipe table', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** The items at `line`:`character` of `text` (opened anew). */
  async function complete(text, line, character) {
    const uri = `file:///tmp/nianbao-compl-beside/d${++n}.nianbao.md`;
    await s.openAndWait(uri, text, 'nianbao');
    return itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
  }
  /** `text` with `row` inserted as 0-based line `at`. */
  const inserted = (text, at, row, eol = '\n') => { const l = text.split(eol); l.splice(at, 0, row); return l.join(eol); };

  test('no label on any blank line of the example (above and below every 表二 block, under 表三), LF and CRLF', async () => {
    for (const eol of ['\n', '\r\n']) {
      const text = EXAMPLE.replace(/\n/g, eol);
      const lines = text.split(eol);
      const blank = lines.map((l, i) => (l.trim() ? -1 : i)).filter((i) => i >= 0);
      // (The blank lines around the tables are among them: above 表二's first block's header, under its rows, under 表三.)
      const t2 = lines.indexOf('| 行政规范性文件 | 3            | 1            | 25           |');
      assert.ok(blank.includes(t2 + 1) && blank.includes(lines.findIndex((l) => l.startsWith('| 信息内容 ')) - 1));
      for (const i of blank) assert.deepEqual((await complete(text, i, 0)).map((x) => x.label), [], `blank line ${i}`);
    }
  });

  test('text typed between an item heading and its table, or apart from a table by a blank line: nothing', async () => {
    const lines = EXAMPLE.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| 信息内容 '));
    // `第二十条第（一）项`, a blank line, then `规` right above the header row.
    assert.deepEqual(await complete(inserted(EXAMPLE, header, '规'), header, 1), []);
    // Under 表二's first block, after the blank line that ends it.
    const t2 = lines.indexOf('| 行政规范性文件 | 3            | 1            | 25           |');
    assert.equal(lines[t2 + 1], '');
    assert.deepEqual(await complete(inserted(EXAMPLE, t2 + 2, '行政'), t2 + 2, 2), []);
  });

  test('text typed right under a pipe table (a row of it in GFM): the label is written as a whole aligned pipe row', async () => {
    for (const eol of ['\n', '\r\n']) {
      const base = EXAMPLE.replace(/\n/g, eol);
      const lines = base.split(eol);
      const t2 = lines.indexOf('| 行政规范性文件 | 3            | 1            | 25           |');
      const text = inserted(base, t2 + 1, '行政', eol);
      const items = await complete(text, t2 + 1, 2);
      assert.deepEqual(items.map((x) => x.label), ['规章', '行政规范性文件']);
      const item = items.find((x) => x.label === '规章');
      const after = applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]);
      assert.ok(!after.includes(`${eol}规章${eol}`), 'no bare label line');
      const out = after.split(eol).join('\n');
      assert.equal(out.split('\n')[t2 + 1], '| 规章           |              |              |              |');
      assert.equal(new Set(pipeColumns(out, t2 + 1)).size, 1, pipeColumns(out, t2 + 1).join(' / '));
      // Only that line changes.
      assert.deepEqual(out.split('\n').filter((l, i) => i !== t2 + 1), text.split(eol).filter((l, i) => i !== t2 + 1));
    }
  });

  test('a quoted table: the row is written after the markers; a quote under a table outside it gets nothing', async () => {
    const lines = EXAMPLE.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| 信息内容 '));
    const t2 = lines.indexOf('| 行政规范性文件 | 3            | 1            | 25           |');
    const quoted = lines.map((l, i) => (i >= header && i <= t2 ? `> ${l}` : l));
    quoted.splice(t2 + 1, 0, '> 行政');
    const text = quoted.join('\n');
    const item = (await complete(text, t2 + 1, 4)).find((x) => x.label === '行政规范性文件');
    assert.ok(item);
    assert.equal(item.textEdit.range.start.character, 2);
    assert.equal(applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]).split('\n')[t2 + 1], '> | 行政规范性文件 |              |              |              |');
    assert.deepEqual(await complete(inserted(EXAMPLE, t2 + 1, '> 行政'), t2 + 1, 4), []);
  });
});
