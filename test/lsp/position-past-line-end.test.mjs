// A request at a character past the end of its line (helper-229: completion at 31:1 on an empty line) is answered as
// at the line's end, as LSP reads such a position: no item edit ends before it starts or reaches past the line.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './client.mjs';
import { cleanDraft } from '../helpers.mjs';

const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);
const rangesOf = (it) => (it.textEdit ? (it.textEdit.range ? [it.textEdit.range] : [it.textEdit.insert, it.textEdit.replace]) : []);

describe('requests at a character past the end of a line', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  async function open(text) {
    const uri = `file:///tmp/nianbao-past-end/draft${++n}.md`;
    await s.openAndWait(uri, text);
    return uri;
  }
  const complete = async (uri, line, character) => itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));

  test('an empty line in 表二 asked at character 1 and 40 completes as at character 0; a short line under a table as at its end', async () => {
    const lines = cleanDraft('2021').split('\n');
    // An empty line right under a 表二 block: no label cell, so nothing at any character (brk171 #2: it was offered the
    // block's row labels, written there as a bare line).
    const row = lines.findIndex((l) => l.startsWith('| 行政规范性文件 '));
    assert.ok(row > 0 && lines[row + 1] === '');
    const uri = await open(lines.join('\n'));
    for (const character of [0, 1, 40]) assert.deepEqual(await complete(uri, row + 1, character), [], `character ${character}`);
    // The same place with `规` typed (one more row of the table): asked past its end, as at its end; every edit in the line.
    lines[row + 1] = '规';
    const typed = await open(lines.join('\n'));
    const atEnd = await complete(typed, row + 1, 1);
    assert.ok(atEnd.some((i) => i.label === '行政规范性文件'), 'row labels are offered on a line typed under 表二');
    for (const character of [2, 40]) {
      const items = await complete(typed, row + 1, character);
      assert.deepEqual(items, atEnd, `character ${character}`);
      for (const r of items.flatMap(rangesOf)) {
        assert.equal(r.start.line, row + 1);
        assert.equal(r.end.line, row + 1);
        assert.ok(r.start.character <= r.end.character && r.end.character <= 1, JSON.stringify(r));
      }
    }
  });

  test('a row label cell asked past its end completes as at its end', async () => {
    const lines = cleanDraft('2021').split('\n');
    const at = lines.findIndex((l) => /^\| 3\.要求提供公开出版物/.test(l));
    lines.splice(at + 1, 0, '| 4.无');
    const uri = await open(lines.join('\n'));
    const atEnd = await complete(uri, at + 1, 5);
    assert.ok(atEnd.some((i) => i.label === '4.无正当理由大量反复申请'));
    const past = await complete(uri, at + 1, 12);
    assert.deepEqual(past, atEnd);
    for (const r of past.flatMap(rangesOf)) assert.ok(r.start.character <= r.end.character && r.end.character <= 5, JSON.stringify(r));
  });

  test('hover past the end of a heading answers as at its end', async () => {
    const lines = cleanDraft('2021').split('\n');
    const h = lines.findIndex((l) => /^#*\s*三、/.test(l));
    assert.ok(h >= 0);
    const uri = await open(lines.join('\n'));
    const hover = (character) => s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: h, character } });
    const atEnd = await hover(lines[h].length);
    assert.ok(atEnd, 'a heading has a hover');
    assert.deepEqual(await hover(lines[h].length + 30), atEnd);
  });
});
