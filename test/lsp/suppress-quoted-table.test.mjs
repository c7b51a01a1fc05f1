// "Suppress here" on a row of a pipe table in a blockquote (`> | … |` rows, breaker49 #4): the disable/enable pair goes
// around the table inside the quote (`> <!-- nianbao-disable rule -->` above its header, `> <!-- nianbao-enable rule -->`
// below its last row), not a bare comment line between two quoted rows, which would end the quote and the table. The
// rendered quote keeps its whole table, and the engine honours the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { session, root, applyEdits, editsOf } from './client.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true }); // as VS Code's preview renders a draft
/** What the rendered text shows of its tables: how many tables and rows, and how many blockquotes. */
const rendered = (text) => {
  const html = md.render(text);
  return { tables: (html.match(/<table>/g) ?? []).length, rows: (html.match(/<tr>/g) ?? []).length, quotes: (html.match(/<blockquote>/g) ?? []).length };
};

const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
// 表四 quoted (`> ` before each of its lines), its 行政复议 total 3 written 4: a sum-review error on the quoted value row.
const t4 = correct.findIndex((l) => l.startsWith('| 行政复议 |'));
const t4End = correct.findIndex((l, i) => i > t4 && !l.startsWith('|'));
const lines = correct.map((l, i) => (i >= t4 && i < t4End ? `> ${i === t4End - 1 ? l.replace(/^(\|[^|]*\|[^|]*\|[^|]*\|[^|]*\| )3   /, '$14   ') : l}` : l));
const text = lines.join('\n');
const valueRow = t4End - 1;

let s;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

test('suppress on a row of a quoted table: disable/enable lines inside the quote around the table; the table renders whole and the finding is gone (breaker49 #4)', async () => {
  assert.notEqual(lines[valueRow], `> ${correct[valueRow]}`, 'the total was changed');
  const uri = 'file:///tmp/nianbao-bq/report.nianbao.md';
  const ds = await s.openAndWait(uri, text);
  const d = ds.find((x) => x.code === 'sum-review' && x.range.start.line === valueRow);
  assert.ok(d, ds.map((x) => `${x.code}@${x.range.start.line}`).join(','));
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const sup = actions.find((a) => /屏蔽 sum-review/.test(a.title));
  assert.ok(sup, actions.map((a) => a.title).join(' / '));
  assert.match(sup.title, /整张表格/);
  const out = applyEdits(text, editsOf(sup, uri));
  assert.equal(out, [...lines.slice(0, t4), '> <!-- nianbao-disable sum-review -->', ...lines.slice(t4, t4End), '> <!-- nianbao-enable sum-review -->', ...lines.slice(t4End)].join('\n'));
  // One quote holding the whole table, as before.
  const was = rendered(text);
  assert.equal(was.quotes, 1);
  assert.deepEqual(rendered(out), was);
  // The engine honours the comments: sum-review is gone, and no comment is reported (unused, in a table).
  const again = await s.replace(uri, out);
  const codes = again.map((x) => x.code);
  assert.ok(!codes.includes('sum-review') && !codes.includes('unused-disable-directive') && !codes.includes('disable-in-table'), codes.join(','));
  assert.deepEqual(again.map((x) => x.code).sort(), ds.filter((x) => x !== d).map((x) => x.code).sort());
});

test('disable-in-table: a bare comment line between two rows of a quoted table is reported, and its fix keeps the quote whole', async () => {
  const uri = 'file:///tmp/nianbao-bq/bare.nianbao.md';
  // What the suppress action wrote before: the comment line without `> ` above the quoted value row.
  const bare = [...lines.slice(0, valueRow), '<!-- nianbao-disable-next-line sum-review -->', ...lines.slice(valueRow)].join('\n');
  assert.notDeepEqual(rendered(bare), rendered(text), 'the bare line cuts the rendered quote and table');
  const ds = await s.openAndWait(uri, bare);
  const d = ds.find((x) => x.code === 'disable-in-table');
  assert.ok(d, ds.map((x) => x.code).join(','));
  assert.equal(d.range.start.line, valueRow);
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === 'disable-in-table'));
  assert.ok(fix, actions.map((a) => a.title).join(' / '));
  const fixed = applyEdits(bare, editsOf(fix, uri));
  // At the end of the quoted row above (GFM ignores what follows a row's last cell): the quote and its table whole.
  assert.equal(fixed, [...lines.slice(0, valueRow - 1), `${lines[valueRow - 1]} <!-- nianbao-disable-next-line sum-review -->`, ...lines.slice(valueRow)].join('\n'));
  assert.deepEqual(rendered(fixed), rendered(text));
  const again = await s.replace(uri, fixed);
  assert.ok(!again.some((x) => ['sum-review', 'disable-in-table', 'unused-disable-directive'].includes(x.code)), again.map((x) => x.code).join(','));
});
