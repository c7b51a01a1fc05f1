// brk110 #6: a client without `hierarchicalDocumentSymbolSupport` got nested DocumentSymbol[] anyway, a shape it does
// not read; per the LSP spec it gets SymbolInformation[] (flat, each with its `location` and its parent's name as
// `containerName`). And `foldingRange.rangeLimit` was ignored (27 ranges for a limit of 5): at most that many now,
// the outermost (sections before their sub-sections and tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, CAPABILITIES } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const uri = 'file:///tmp/nianbao-brk110/outline.nianbao.md';

async function outlineWith(textDocument) {
  const s = await session({ capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, ...textDocument } } });
  try {
    await s.openAndWait(uri, CORRECT_2024);
    return {
      symbols: await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } }),
      folding: await s.srv.request('textDocument/foldingRange', { textDocument: { uri } }),
    };
  } finally {
    await s.srv.stop();
  }
}

test('without hierarchical symbol support: a flat SymbolInformation[] with location and containerName', async () => {
  const nested = (await outlineWith({})).symbols;
  const flat = (await outlineWith({ documentSymbol: { hierarchicalDocumentSymbolSupport: false } })).symbols;
  assert.ok(nested.some((x) => x.children?.length), 'the nested outline has children');
  // Every symbol of the nested outline, parent before children, with its parent's name.
  const expected = [];
  const walk = (xs, parent) => { for (const x of xs) { expected.push({ name: x.name, kind: x.kind, range: x.range, containerName: parent }); walk(x.children ?? [], x.name); } };
  walk(nested, undefined);
  assert.equal(flat.length, expected.length);
  flat.forEach((x, i) => {
    assert.equal(x.children, undefined);
    assert.equal(x.range, undefined);
    assert.equal(x.location.uri, uri);
    assert.deepEqual({ name: x.name, kind: x.kind, range: x.location.range, containerName: x.containerName }, expected[i]);
  });
  assert.ok(flat.some((x) => x.name === '表三' && x.containerName === '三、收到和处理政府信息公开申请情况'), JSON.stringify(flat.map((x) => [x.name, x.containerName])));
});

test('foldingRange.rangeLimit: at most that many ranges, the outermost', async () => {
  const all = (await outlineWith({})).folding;
  assert.ok(all.length > 8, String(all.length));
  const limited = (await outlineWith({ foldingRange: { rangeLimit: 6, lineFoldingOnly: true } })).folding;
  assert.equal(limited.length, 6);
  for (const r of limited) assert.ok(all.some((x) => x.startLine === r.startLine && x.endLine === r.endLine));
  // None of those kept lies inside a range left out.
  const out = all.filter((x) => !limited.some((r) => r.startLine === x.startLine && r.endLine === x.endLine));
  for (const r of limited) assert.ok(!out.some((x) => x.startLine <= r.startLine && x.endLine >= r.endLine && (x.startLine < r.startLine || x.endLine > r.endLine)), JSON.stringify(r));
  // In the order of the text.
  assert.deepEqual(limited.map((r) => r.startLine), [...limited.map((r) => r.startLine)].sort((a, b) => a - b));
});
