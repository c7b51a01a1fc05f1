// brk136 #5: completing a row label in a table written with ASCII brackets (seed 003, NFKC-normalised as the seeds are)
// inserted the template's full-width `（二）部分公开（…）`, one full-width label among ASCII ones, while the row-label fix on
// the same row writes `(二)部分公开(…)`. Completion writes labels in the punctuation the table's labels use, as the fix
// and the conversion do; a table written with full-width brackets keeps getting them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { session, applyEdits } from './client.mjs';
import { core, corpusText, cleanDraft } from '../helpers.mjs';

let s;
let n = 0;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

const itemsOf = (c) => (Array.isArray(c) ? c : c.items);
const seed = corpusText(join('seeds', '003_7487cbc35b761747.txt'));

/** `text` with 0-based line `line` replaced by `row`, completed at `character` there: the items and the text each writes. */
async function complete(text, line, row, character) {
  const lines = text.split('\n');
  lines[line] = row;
  const edited = lines.join('\n');
  const uri = `file:///tmp/nianbao-brackets/draft${++n}.nianbao.md`;
  await s.openAndWait(uri, edited, 'nianbao');
  const items = itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
  const apply = (it) => applyEdits(edited, [{ range: it.textEdit.range ?? it.textEdit.replace, newText: it.textEdit.newText }, ...(it.additionalTextEdits ?? [])]);
  return { edited, items, apply };
}

test('seed 003 (ASCII brackets): the label completed is written with ASCII brackets, as the row-label fix writes it', async () => {
  const line = seed.split('\n').findIndex((l) => l.startsWith('(二)不分公开'));
  assert.ok(line > 0);
  const { items, apply } = await complete(seed, line, '(二)不分 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', 3);
  const item = items.find((i) => i.label.startsWith('（二）部分公开'));
  assert.ok(item, items.map((i) => i.label).join(' '));
  const written = apply(item).split('\n')[line];
  assert.equal(written, '(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  // The row-label fix of the same row, as the seed writes it (`(二)不分公开(…)`), writes the same label.
  const fix = core.analyze(seed).findings.find((f) => f.ruleId === 'row-label' && f.range.start.line === line);
  assert.ok(fix?.fix);
  assert.equal(core.applyFixes(seed, fix.fix.edits).text.split('\n')[line], written);
  // No label offered writes a full-width bracket into this table.
  for (const it of items) assert.doesNotMatch(it.textEdit.newText, /[（），]/, it.label);
});

test('a table written with full-width brackets still gets full-width labels', async () => {
  const draft = cleanDraft('2021');
  const line = draft.split('\n').findIndex((l) => l.startsWith('| （二）部分公开'));
  assert.ok(line > 0);
  const { items, apply } = await complete(draft, line, '| （二）不分 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', 5);
  const item = items.find((i) => i.label.startsWith('（二）部分公开'));
  assert.match(apply(item).split('\n')[line], /^\| （二）部分公开（区分处理的，只计这一情形，不计其他情形） +\| 0 \|/);
});
