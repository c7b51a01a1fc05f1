// brk82 A5: a comment with a note after it right under a row (`<!-- 待核 --> 注：本行含转办件` under `（一）予以公开`)
// was moved above the whole table by comment-in-table's fix, where 本行 names no row. A note that speaks of its row
// goes into that row's label cell, after the label: the rendered table is whole and shows the note in the row; when
// it cannot go there (a pipe in it), the fix is withheld and the message says why. Every character is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { core, ROOT } from '../helpers.mjs';

const md = createRequire(import.meta.url)('markdown-it')({ html: true });
const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const row = lines.findIndex((l) => l.startsWith('| （一）予以公开'));
const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
const insert = (at, ...added) => [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'comment-in-table');
const rendered = (text) => md.render(text).match(/<tr>/g)?.length ?? 0;
const allRows = rendered(correct);
/** The text of a string without white space (what a fix must keep, in some order). */
const chars = (s) => [...s.replace(/\s/g, '')].sort().join('');

test('a note on its row goes into the row\'s label cell, after the label: the table renders whole, with the note in that row', () => {
  const note = '<!-- 待核 --> 注：本行含转办件';
  const text = insert(row + 1, note);
  assert.ok(rendered(text) < allRows);
  const [f] = found(text);
  assert.equal(f.range.start.line, row + 1);
  assert.match(f.message, /注释之后的文字（“注：本行含转办件”）说的是它上面的这一行.*写进这一行的标签格，“（一）予以公开”之后/);
  assert.ok(f.fix);
  const fixed = core.fixAll(text).text;
  const out = fixed.split('\n');
  assert.equal(out.length, lines.length);
  assert.match(out[row], /^\| （一）予以公开 <!-- 待核 --> 注：本行含转办件 +\| 21 +\| 2 /);
  assert.equal(chars(fixed), chars(text));
  assert.equal(rendered(fixed), allRows);
  // The rendered row shows the note beside its label, and the table is read as before.
  assert.match(md.render(fixed), /<td>（一）予以公开 <!-- 待核 --> 注：本行含转办件<\/td>/);
  assert.deepEqual(core.analyze(fixed).findings, []);
  const r = (t) => core.parseReport(t).tables.t3.rows.find((x) => x.id === 'R3.1').cells.map((c) => c?.value ?? null);
  assert.deepEqual(r(fixed), r(correct));
});

test('a note that names its row (not 本行) still goes above the table; a pipe in a note on its row withholds the fix', () => {
  const named = insert(row + 1, '<!-- 注 --> （一）项含转办件2件');
  assert.equal(core.fixAll(named).text, insert(header, '<!-- 注 --> （一）项含转办件2件'));
  const piped = insert(row + 1, '<!-- 待核 --> 注：本行含转办件|2件');
  const [f] = found(piped);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /说的是它上面的这一行.*文字中有竖线（\|），写进单元格会被读成几格：未自动修改/);
  assert.equal(core.fixAll(piped).text, piped);
});
