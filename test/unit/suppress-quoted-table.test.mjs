// Suppression comments and pipe tables in a blockquote (`> | … |` rows, breaker49 #4): the suppress edits keep the
// quote's `>` markers, the table is read inside the quote, and a comment line between two quoted rows, with the
// markers or without them, is between rows for disable-in-table and comment-in-table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = (text) => new core.LineIndex(text);
const TABLE = ['| 项目 | 数量 |', '| --- | --- |', '| 甲 | 1 |', '| 乙 | 2 |'];
/** A quote (`prefix`: its markers) holding a line of text and `TABLE`, between two paragraphs. */
const quoted = (prefix) => ['前文。', '', `${prefix}说明：`, ...TABLE.map((l) => prefix + l), '', '后文。'];

test('suppressionEdits on a row of a quoted table: disable/enable lines with the quote markers, around the table (nested quotes too)', () => {
  for (const prefix of ['> ', '> > ', '>']) {
    const ls = quoted(prefix);
    const row = ls.indexOf(`${prefix}| 乙 | 2 |`);
    const s = core.suppressionEdits(lines(ls.join('\n')), { ruleId: 'sum-review', range: { start: { line: row, character: 0 }, end: { line: row, character: 3 } } });
    assert.equal(s.table, true, prefix);
    const out = core.applyFixes(ls.join('\n'), s.edits).text.split('\n');
    const head = ls.indexOf(`${prefix}| 项目 | 数量 |`);
    assert.deepEqual(out.slice(head, head + 6), [`${prefix}<!-- nianbao-disable sum-review -->`, ...TABLE.map((l) => prefix + l), `${prefix}<!-- nianbao-enable sum-review -->`], prefix);
  }
  // An unquoted table after a quote is read as before: the quote line above it is no row of it.
  const plain = ['> 引文', ...TABLE].join('\n');
  assert.deepEqual(core.pipeTableAround(lines(plain), 3), { start: 1, end: 5 });
});

test('suppressionEdit on a quoted line outside a table keeps the quote markers (a bare line would end the quote)', () => {
  const text = '前文。\n\n> 引文第一行，\n> 引文第二行。\n';
  const e = core.suppressionEdit(lines(text), { ruleId: 'duplicate-word', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } } });
  assert.equal(e.newText, '> <!-- nianbao-disable-next-line duplicate-word -->\n');
});

test('comment-in-table and disable-in-table: a comment line between two rows of a quoted table, with or without the markers', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
  const t4 = correct.findIndex((l) => l.startsWith('| 行政复议 |'));
  const end = correct.findIndex((l, i) => i > t4 && !l.startsWith('|'));
  const q = correct.map((l, i) => (i >= t4 && i < end ? `> ${l}` : l));
  const at = end - 1; // the value row
  for (const comment of ['<!-- 数据待核实 -->', '> <!-- 数据待核实 -->']) {
    const text = [...q.slice(0, at), comment, ...q.slice(at)].join('\n');
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'comment-in-table');
    assert.equal(found.length, 1, comment);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, [...q.slice(0, at - 1), `${q[at - 1]} <!-- 数据待核实 -->`, ...q.slice(at)].join('\n'), comment);
  }
  // Right under the header (no row above to take it): above the table, inside the quote.
  const under = [...q.slice(0, t4 + 2), '<!-- 数据待核实 -->', ...q.slice(t4 + 2)].join('\n');
  const f = core.analyze(under).findings.find((x) => x.ruleId === 'comment-in-table');
  assert.equal(core.applyFixes(under, f.fix.edits).text, [...q.slice(0, t4), '> <!-- 数据待核实 -->', ...q.slice(t4)].join('\n'));
  const quotedDirective = [...q.slice(0, at), '> <!-- nianbao-disable-next-line sum-review -->', ...q.slice(at)].join('\n');
  assert.equal(core.analyze(quotedDirective).findings.filter((x) => x.ruleId === 'disable-in-table').length, 1);
});
