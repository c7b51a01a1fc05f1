// brk89 #1 in the editor: a document whose HTML table has its rows run together on one line is checked from a copy
// with each row on a line of its own. Its diagnostics, and the outline, hover and code actions, must be at the
// document's own positions (the copy has more lines: everything after the table would be off by them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';
import { toHtmlRows } from '../helpers.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example with its tables as HTML, each table's rows all on its `<table>` line. */
function packed(text) {
  const out = [];
  let rows = null;
  for (const l of text.split('\n')) {
    if (l === '<table>') { rows = []; continue; }
    if (rows && l === '</table>') { out.push(`<table>${rows.join('')}</table>`); rows = null; continue; }
    if (rows) rows.push(l);
    else out.push(l);
  }
  return out.join('\n');
}

test('packed HTML rows: diagnostics on the written cell; outline, hover and the suppress action at the written lines', async () => {
  const text = packed(toHtmlRows(CORRECT)).replace('<td>（一）予以公开</td><td>21</td>', '<td>（一）予以公开</td><td>22</td>');
  const lines = text.split('\n');
  assert.ok(lines.some((l) => (l.match(/<tr>/g) ?? []).length > 20), 'one line holds 表三');
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-packed/report.nianbao.md';
    const ds = await s.openAndWait(uri, text);
    const sums = ds.filter((d) => d.severity === 1);
    assert.deepEqual(sums.map((d) => d.code).sort(), ['sum-applicants', 'sum-results']);
    for (const d of sums) assert.match(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), /^(?:24|41)$/);
    // The outline: each section's symbol on the line where its heading is written.
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = syms.flatMap((x) => (x.children?.length && /^一、/.test(x.children[0].name) ? x.children : [x])).filter((x) => /^[一二三四五六]、/.test(x.name));
    assert.equal(sections.length, 6);
    for (const x of sections) assert.ok(lines[x.selectionRange.start.line].includes(x.name.slice(0, 4)), `${x.name} at line ${x.selectionRange.start.line}`);
    // Hover on section 五's heading (after the packed tables) says what the section holds.
    const five = lines.findIndex((l) => /^#+ *五、/.test(l));
    const hover = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line: five, character: lines[five].indexOf('五') + 1 } });
    assert.ok(hover, 'hover on 五');
    // The suppress action for a sum finding inserts its comment above the written line.
    const [d] = sums;
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const suppress = actions.find((a) => /nianbao-disable-next-line/.test(JSON.stringify(a.edit ?? {})));
    assert.ok(suppress, actions.map((a) => a.title).join(' / '));
    const edits = suppress.edit.changes?.[uri] ?? suppress.edit.documentChanges?.[0].edits;
    assert.equal(edits[0].range.start.line, d.range.start.line);
  } finally {
    await s.srv.stop();
  }
});
