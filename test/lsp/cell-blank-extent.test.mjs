// breaker31 #8 in the editor: a blank 表三 cell's diagnostic covers the cell between its pipes (not an empty point
// in the middle of it), and its quick fix writes 0 into the cell's spaces, keeping every other character.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
const LINE = lines.findIndex((l) => l.startsWith('| 1.属于国家秘密 '));
const parts = lines[LINE].split('|');
parts[3] = ' '.repeat(parts[3].length);
const ROW = parts.join('|');
const BLANK = lines.map((l, i) => (i === LINE ? ROW : l)).join('\n');
const START = parts.slice(0, 3).join('|').length + 1;

describe('a blank cell in the editor', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('the diagnostic covers the blank cell; its quick fix writes 0 there and nothing else', async () => {
    const uri = 'file:///tmp/nianbao-blank/blank.nianbao.md';
    const ds = await s.openAndWait(uri, BLANK);
    const d = ds.filter((x) => x.code === 'cell-blank');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].range, { start: { line: LINE, character: START }, end: { line: LINE, character: START + parts[3].length } });
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: [d[0]] } });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' / '));
    assert.equal(applyEdits(BLANK, editsOf(fix, uri)), CORRECT);
  });
});
