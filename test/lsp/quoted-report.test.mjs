// A report quoted as a whole (`> ` before every line) in the editor: checked from a copy without the markers, its
// diagnostics, outline and quick fixes are at the document's own positions, and a fix keeps the quote (brk98 #1, #2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';
import { core } from '../helpers.mjs';

const ERRORS = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const quote = (text) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

test('quoted: the diagnostics of the unquoted text, two columns on; the outline at the written headings; a quick fix keeps the quote', async () => {
  const text = quote(ERRORS);
  const lines = text.split('\n');
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-quoted/report.nianbao.md';
    const plainUri = 'file:///tmp/nianbao-quoted/plain.nianbao.md';
    const ds = await s.openAndWait(uri, text);
    const plain = await s.openAndWait(plainUri, ERRORS);
    const at = (d, shift) => `${d.code}@${d.range.start.line}:${d.range.start.character - shift}`;
    assert.ok(ds.length >= 10);
    assert.deepEqual(ds.map((d) => at(d, 2)), plain.map((d) => at(d, 0)));
    // Each diagnostic covers the same text as in the unquoted document.
    const plainLines = ERRORS.split('\n');
    ds.forEach((d, i) => {
      const p = plain[i];
      if (d.range.start.line !== d.range.end.line) return;
      assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), plainLines[p.range.start.line].slice(p.range.start.character, p.range.end.character), d.code);
    });
    // The outline: the six sections at their written lines.
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = syms.flatMap((x) => (x.children?.length && /^一、/.test(x.children[0].name) ? x.children : [x])).filter((x) => /^[一二三四五六]、/.test(x.name));
    assert.equal(sections.length, 6, JSON.stringify(syms.map((x) => x.name)));
    for (const x of sections) assert.ok(lines[x.selectionRange.start.line].startsWith('> '), x.name);
    // row-missing's quick fix inserts the row inside the quote, and that finding goes.
    const d = ds.find((x) => x.code === 'row-missing');
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && /插入|Insert/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' / '));
    const resolved = fix.edit ? fix : await s.srv.request('codeAction/resolve', fix);
    const fixed = applyEdits(text, editsOf(resolved, uri));
    assert.ok(fixed.split('\n').every((l) => l.startsWith('>')), 'every line still quoted');
    assert.match(fixed, /\n> \| 4\.无正当理由大量反复申请 +\|/);
    assert.ok(!core.checkReport(core.parseReport(fixed)).some((f) => f.ruleId === 'row-missing' && f.range.start.line === d.range.start.line));
  } finally {
    await s.srv.stop();
  }
});
