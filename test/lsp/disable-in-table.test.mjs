// disable-in-table in the editor: the quick fix moves the comment to the end of the row above, and no "suppress" action is
// offered for it (its comment line would stand between the rows again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';

const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const row = lines.findIndex((l) => l.startsWith('| 4.保护第三方合法权益'));
const text = [...lines.slice(0, row), '<!-- nianbao-disable-next-line row-label -->', lines[row].replace('权益', '权利'), ...lines.slice(row + 1)].join('\n');
let s;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

test('the comment between rows: one quick fix moving it to the end of the row above, no suppress action for it', async () => {
  const uri = 'file:///tmp/nianbao-dit/report.nianbao.md';
  const ds = await s.openAndWait(uri, text);
  const d = ds.find((x) => x.code === 'disable-in-table');
  assert.ok(d, ds.map((x) => x.code).join(','));
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const titles = actions.map((a) => a.title);
  assert.ok(!titles.some((t) => /屏蔽 disable-in-table/.test(t)), titles.join(' / '));
  const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === 'disable-in-table'));
  assert.ok(fix, titles.join(' / '));
  const fixed = applyEdits(text, editsOf(fix, uri));
  assert.equal(fixed, [...lines.slice(0, row - 1), `${lines[row - 1]} <!-- nianbao-disable-next-line row-label -->`, lines[row].replace('权益', '权利'), ...lines.slice(row + 1)].join('\n'));
});
