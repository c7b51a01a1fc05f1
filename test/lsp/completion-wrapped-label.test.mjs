// Completion on a label that pdftotext wrapped over lines (brk149 #4): `（二）部分公开（区分处理的，只计这一情` on one
// line, its numbers on the next, `形，不计其他情形）` on the one after. An item replaced the first line's part only, so
// the tail stood twice (`…不计其他情形）` / numbers / `形，不计其他情形）`). Now the label is completed as one cell: the
// item writes the whole label on its first line and deletes the rest below; on the rest's line nothing is offered.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, shared, applyEdits } from './client.mjs';

const HUAIAN = fs.readFileSync(path.join(shared, 'corpus/peers/govnianbao_huaian-city_2024.txt'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);
const FULL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

describe('completion on a label wrapped over lines', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  async function complete(text, k, character) {
    const uri = `file:///tmp/nianbao-brk149/w${++n}.md`;
    await s.openAndWait(uri, text);
    return itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: k, character } }));
  }

  test('accepting a label on the first line writes it once: the wrapped rest below is deleted', async () => {
    const lines = HUAIAN.split('\n');
    const k = lines.findIndex((l) => l.trim() === '（二）部分公开（区分处理的，只计这一情');
    assert.ok(k > 0 && lines[k + 2].trim() === '形，不计其他情形）', 'the corpus text wraps the label');
    const numbers = lines[k + 1];
    for (const c of [3, 8, 19]) {
      const items = await complete(HUAIAN, k, lines[k].indexOf('（') + c);
      const full = items.find((i) => i.label === FULL);
      assert.ok(full, `@${c}`);
      const after = applyEdits(HUAIAN, [full.textEdit, ...(full.additionalTextEdits ?? [])]).split('\n');
      assert.equal(after[k].trim(), FULL, `@${c}`);
      assert.equal(after[k + 1], numbers, 'the numbers stay as they are');
      assert.equal(after.length, lines.length - 1, 'the rest\'s line is gone');
      assert.equal(after.join('\n').split('不计其他情形）').length - 1, HUAIAN.split('不计其他情形）').length - 1, 'the tail stands once');
      // Another label replaces the whole wrapped label too.
      const other = items.find((i) => i.label === '（一）予以公开');
      const wrote = applyEdits(HUAIAN, [other.textEdit, ...(other.additionalTextEdits ?? [])]).split('\n');
      assert.equal(wrote[k].trim(), '（一）予以公开');
      assert.ok(!wrote.slice(k, k + 3).some((l) => l.includes('形，不计其他情形）')), 'no tail left');
    }
  });

  test('on the wrapped rest\'s line no label is offered', async () => {
    const lines = HUAIAN.split('\n');
    const k = lines.findIndex((l) => l.trim() === '形，不计其他情形）');
    for (const c of [1, 4, 9]) assert.deepEqual((await complete(HUAIAN, k, lines[k].indexOf('形') + c)).map((i) => i.label), [], `@${c}`);
  });

  test('a label on one line is completed as before, without edits of other lines', async () => {
    const lines = HUAIAN.split('\n');
    const k = lines.findIndex((l) => l.trim().startsWith('（一）予以公开'));
    const items = await complete(HUAIAN, k, lines[k].indexOf('（') + 3);
    const full = items.find((i) => i.label === FULL);
    // (Only spaces of the gap before the numbers on its own line, taken for the wider label: brk161 #3.)
    for (const e of full.additionalTextEdits ?? []) assert.ok(e.range.start.line === k && e.range.end.line === k && !e.newText.trim() && !lines[k].slice(e.range.start.character, e.range.end.character).trim(), JSON.stringify(e));
    assert.equal(applyEdits(HUAIAN, [full.textEdit]).split('\n')[k].trim().split(/\s{2,}/)[0], FULL);
  });
});
