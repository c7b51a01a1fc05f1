// Completion on the report's title line (brk110 #5): `# 某某市某某局2024年政府信息公开工作年度报告` with the cursor in its
// middle was offered the six section titles, with a replace range of the whole title, so accepting one destroyed the
// title (and made a section-order finding). The line the engine reads as the title gets no section titles; a heading
// being typed under it still does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const CORRECT_2024 = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const itemsOf = (c) => (Array.isArray(c) ? c : c?.items ?? []);

test('no section titles on the title line; a heading typed below still gets them', async () => {
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-brk110/title.nianbao.md';
    await s.openAndWait(uri, CORRECT_2024);
    const lines = CORRECT_2024.split('\n');
    const t = lines.findIndex((l) => /^# .*年度报告/.test(l));
    assert.ok(t >= 0);
    const at = async (line, character) => itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context: { triggerKind: 1 } })).map((i) => i.label);
    for (const character of [2, 5, lines[t].length]) assert.deepEqual(await at(t, character), [], `title line, character ${character}`);
    // A section heading (the control): its titles are offered.
    const h = lines.findIndex((l) => l.startsWith('## 五、'));
    assert.ok((await at(h, 5)).includes('五、存在的主要问题及改进情况'));
  } finally {
    await s.srv.stop();
  }
});
