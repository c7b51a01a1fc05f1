// "Suppress" on findings shown at the end of the text (brk106 #4, #20). A draft that ends with 表三 (sections 四–六 not
// written yet) gets three section-missing errors on the table's last row: the action offered must silence them. It
// wrapped the table in disable/enable comments, and the findings, shown wherever the text ends, moved onto the enable
// comment, unsuppressed; quoted, the same. Now one `nianbao-disable` comment above the table (inside the quote for a
// quoted table), never closed, covers them to the end. Findings of one rule on one line get one suppress action
// (five identical ones were offered for five sections missing), which lists every diagnostic it silences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { session, root, applyEdits, editsOf } from './client.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true }); // as VS Code's preview renders a draft
const rendered = (text) => {
  const html = md.render(text);
  return { tables: (html.match(/<table>/g) ?? []).length, rows: (html.match(/<tr>/g) ?? []).length, quotes: (html.match(/<blockquote>/g) ?? []).length };
};

const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
const t3Last = correct.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
const t3Head = correct.findIndex((l) => l.startsWith('| （本列数据'));
/** The example cut after 表三 (sections 四–六 not written yet), the text ending with a line break. */
const endsWithTable = [...correct.slice(0, t3Last + 1), ''].join('\n');
/** The same with 表三 in a blockquote. */
const endsWithQuoted = [...correct.slice(0, t3Head), ...correct.slice(t3Head, t3Last + 1).map((l) => `> ${l}`), ''].join('\n');

let s;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

const suppressActions = (actions) => actions.filter((a) => /屏蔽/.test(a.title));

for (const [name, text] of [['plain', endsWithTable], ['quoted', endsWithQuoted]]) {
  test(`suppress section-missing shown on the last row of a table that ends the text (${name}): one action, and it silences all three`, async () => {
    const uri = `file:///tmp/nianbao-end/${name}.nianbao.md`;
    const ds = await s.openAndWait(uri, text);
    const missing = ds.filter((x) => x.code === 'section-missing');
    assert.equal(missing.length, 3, ds.map((x) => `${x.code}@${x.range.start.line}`).join(','));
    assert.ok(missing.every((x) => x.range.start.line === t3Last));
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: missing } });
    const sup = suppressActions(actions).filter((a) => a.title.includes('section-missing'));
    assert.equal(sup.length, 1, actions.map((a) => a.title).join(' / '));
    assert.equal(sup[0].diagnostics.length, 3);
    const out = applyEdits(text, editsOf(sup[0], uri));
    // One comment line above the table (in the quote for a quoted table): the table and the quote render as before.
    const marker = name === 'quoted' ? '> ' : '';
    assert.equal(out, [...text.split('\n').slice(0, t3Head), `${marker}<!-- nianbao-disable section-missing -->`, ...text.split('\n').slice(t3Head)].join('\n'));
    assert.deepEqual(rendered(out), rendered(text));
    const again = await s.replace(uri, out);
    assert.deepEqual(again.filter((x) => x.code === 'section-missing'), []);
    assert.deepEqual(again.map((x) => x.code).sort(), ds.filter((x) => x.code !== 'section-missing').map((x) => x.code).sort());
  });
}

test('five sections missing shown on one heading: one "suppress section-missing here" action for all five, and it silences them', async () => {
  const uri = 'file:///tmp/nianbao-end/heading.nianbao.md';
  const text = '# 某某市某某局2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n';
  const ds = await s.openAndWait(uri, text);
  const missing = ds.filter((x) => x.code === 'section-missing');
  assert.equal(missing.length, 5);
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: ds } });
  const titles = suppressActions(actions).map((a) => a.title);
  assert.deepEqual(titles, [...new Set(titles)], 'no suppress action twice');
  const sup = suppressActions(actions).find((a) => a.title.includes('section-missing'));
  assert.equal(sup.diagnostics.length, 5);
  const again = await s.replace(uri, applyEdits(text, editsOf(sup, uri)));
  assert.deepEqual(again.filter((x) => x.code === 'section-missing'), []);
});
