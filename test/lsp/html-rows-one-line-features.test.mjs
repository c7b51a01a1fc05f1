// brk161 #1: a 表三 saved from a web page with all its <tr> rows on one line is checked from a copy with each row on a
// line of its own, its diagnostics mapped back to the line as written. Hover, the outline and the "convert to a pipe
// table" refactoring must see that table too, at the same written positions, as they do with one <tr> a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';
import { toHtmlRows } from '../helpers.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

/**
 * The example with its tables as HTML, 表三's rows all on one line: between a `<table>` line and a `</table>` line
 * (`tagsApart`), or with the tags on that line too; the other tables one `<tr>` a line. 予以公开's 总计 is made 25
 * (its terms sum to 24).
 */
function minified(tagsApart) {
  const out = [];
  let rows = null;
  for (const l of toHtmlRows(CORRECT).split('\n')) {
    if (l === '<table>') { rows = []; continue; }
    if (rows && l === '</table>') {
      if (rows.some((r) => r.includes('予以公开'))) out.push(...(tagsApart ? ['<table>', rows.join(''), '</table>'] : [`<table>${rows.join('')}</table>`]));
      else out.push('<table>', ...rows, '</table>');
      rows = null;
      continue;
    }
    if (rows) rows.push(l);
    else out.push(l);
  }
  return out.join('\n').replace('<td>（一）予以公开</td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td>', '<td>（一）予以公开</td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>25</td>');
}

const hoverText = (h) => (h ? (typeof h.contents === 'string' ? h.contents : h.contents.value) : null);

for (const tagsApart of [true, false]) {
  test(`one-line HTML 表三 (${tagsApart ? '<table> on its own line' : '<table>…</table> on the line'}): hover on its cells, 表三 in the outline, the convert action`, async () => {
    const text = minified(tagsApart);
    assert.ok(text.includes('<td>25</td>'), 'the 总计 changed');
    const lines = text.split('\n');
    const row = lines.findIndex((l) => (l.match(/<tr>/g) ?? []).length > 20);
    assert.ok(row > 0, 'one line holds 表三');
    const s = await session();
    try {
      const uri = `file:///tmp/nianbao-one-line/report-${tagsApart ? 'a' : 'b'}.nianbao.md`;
      const ds = await s.openAndWait(uri, text);
      const sum = ds.find((d) => d.code === 'sum-applicants');
      assert.ok(sum, ds.map((d) => d.code).join(' '));
      assert.equal(sum.range.start.line, row);
      assert.equal(lines[row].slice(sum.range.start.character, sum.range.end.character), '25');

      // Hover on the cell the diagnostic points at: its row, its column, the sum and the finding.
      const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: sum.range.start });
      const v = hoverText(h);
      assert.ok(v, 'a hover on the 总计 of 予以公开');
      assert.match(v, /表三/);
      assert.match(v, /予以公开/);
      assert.match(v, /总计/);
      assert.match(v, /各项之和为 \*\*24\*\*/);
      assert.match(v, /sum-applicants/);
      assert.deepEqual(h.range, sum.range);
      // And on another cell of the line, far into it: 结转下年度继续办理's 自然人 (1).
      const carry = lines[row].indexOf('<td>四、结转下年度继续办理</td><td>') + '<td>四、结转下年度继续办理</td><td>'.length;
      const h2 = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: row, character: carry } });
      assert.match(hoverText(h2) ?? '', /结转下年度继续办理[\s\S]*自然人/);
      assert.equal(lines[row].slice(h2.range.start.character, h2.range.end.character), '1');
      assert.equal(h2.range.start.line, row);
      // A value cell of 表二 (one <tr> a line) still hovers as before.
      const t2 = lines.findIndex((l) => l.startsWith('<tr><td>规章</td>'));
      const h3 = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: t2, character: '<tr><td>规章</td><td>'.length } });
      assert.match(hoverText(h3) ?? '', /规章/);

      // The outline: 表三 under 三、, on its written line.
      const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
      const three = syms.find((x) => x.name.startsWith('三、'));
      assert.ok(three, syms.map((x) => x.name).join(' / '));
      const t3 = three.children?.find((c) => c.name === '表三');
      assert.ok(t3, `表三 under 三、: ${(three.children ?? []).map((c) => c.name).join(' / ')}`);
      assert.ok(t3.range.start.line <= row && t3.range.end.line >= row, JSON.stringify(t3.range));
      for (const x of syms.filter((y) => /^[一二三四五六]、/.test(y.name))) assert.ok(lines[x.selectionRange.start.line].includes(x.name.slice(0, 4)), x.name);
      const four = syms.find((x) => x.name.startsWith('四、'));
      assert.ok(four.children?.some((c) => c.name === '表四'));

      // The refactoring is offered on the line and converts the whole table, <table> to </table>, keeping its numbers.
      const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: row, character: 0 }, end: { line: row, character: 0 } }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
      const convert = actions.find((a) => a.title.startsWith('将表三转换为竖线表格'));
      assert.ok(convert, actions.map((a) => a.title).join(' / '));
      const out = applyEdits(text, editsOf(convert, uri));
      assert.ok(!out.includes('<td>（一）予以公开</td>'), 'the HTML rows are replaced');
      assert.match(out, /\n\| （一）予以公开 +\| 21 +\| 2 +\| 0 +\| 0 +\| 1 +\| 0 +\| 25 +\|\n/);
      const opened = out.split('\n').filter((l) => l === '<table>').length;
      assert.equal(opened, out.split('\n').filter((l) => l === '</table>').length, 'no tag of 表三 left behind');
      const uri2 = uri.replace('.nianbao.md', '-converted.nianbao.md');
      const after = await s.openAndWait(uri2, out);
      assert.deepEqual(after.map((d) => d.code).sort(), ds.map((d) => d.code).sort(), 'the same findings after the conversion');
    } finally {
      await s.srv.stop();
    }
  });
}
