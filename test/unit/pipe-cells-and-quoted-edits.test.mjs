// Twin code made one: the cells of a pipe row were counted by row-missing (`pipeCellCount`, either bar), suppress.ts
// (`cellCount`, `|` only, the quote's markers left to its caller) and table-fullwidth-pipe (`cellsOf`, either bar, no
// escapes), each its own way; and the lines a fix inserts into a blockquote were given the quote's markers by
// `withQuoteMarkers` (the rules' fixes) and by model/quoted.ts's `writtenEdit` (a report read without its quote's
// markers), each its own way. Now `pipeCellCount` (text/blocks.ts, beside the quote's markers) and `quotedEdit`
// (fix/apply.ts, beside `withQuoteMarkers`) do it for all, and these tests say what they do with `｜` and with `> `.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')();

test('pipeCellCount: outer pipes are no cells, `\\|` no separator, a blockquote\'s markers are not read', () => {
  for (const [row, n] of [
    ['| a | 1 |', 2], ['a | 1', 2], ['|a|1|', 2], ['| a | 1 | 2 |', 3], ['|---|:-:|', 2], ['| a |  |', 2],
    ['| a \\| b | 1 |', 2],
    // Quoted, as deep as it is.
    ['> | a | 1 |', 2], ['> > | a | 1 |', 2], ['>| a | 1 |', 2], ['   > | a | 1 |', 2], ['> |---|---|', 2],
  ]) {
    assert.equal(core.pipeCellCount(row), n, row);
    assert.equal(core.pipeCellCount(row, { fullWidth: true }), n, row);
  }
});

test('pipeCellCount: the full-width bar ｜ separates cells only with fullWidth (the model\'s reading), not as Markdown reads a row', () => {
  for (const [row, gfm, model] of [
    ['｜ a ｜ 1 ｜', 1, 2], ['| a ｜ 1 |', 1, 2], ['| a ｜ 1 | 2 |', 2, 3], ['> ｜ a ｜ 1 ｜', 1, 2], ['> | a ｜ 1 |', 1, 2], ['｜---｜---｜', 1, 2],
  ]) {
    assert.equal(core.pipeCellCount(row), gfm, row);
    assert.equal(core.pipeCellCount(row, { fullWidth: true }), model, row);
  }
  // As a renderer reads it: a header with a ｜ among its pipes has fewer cells than the delimiter row under it, and
  // is no table; so says pipeTableAround (which suppression comments in tables go by), quoted or not.
  for (const quote of ['', '> ']) {
    const table = [`${quote}| 信息内容 ｜ 本年制发件数 |`, `${quote}|---|---|`, `${quote}| 规章 | 2 |`].join('\n');
    assert.doesNotMatch(md.render(table), /<table>/);
    assert.equal(core.pipeTableAround(new core.LineIndex(table), 2), null, JSON.stringify(quote));
    const ascii = table.replace('｜', '|');
    assert.match(md.render(ascii), /<table>/);
    assert.deepEqual(core.pipeTableAround(new core.LineIndex(ascii), 2), { start: 0, end: 3 }, JSON.stringify(quote));
  }
});

test('table-fullwidth-pipe and row-missing count a quoted table\'s cells with either bar', () => {
  const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const quote = (text) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
  // 表四 typed with full-width bars and no delimiter row, quoted: the delimiter row inserted has one `---` a cell, 15.
  const lines = CORRECT.split('\n');
  const h = lines.findIndex((l) => l.startsWith('| 行政复议 '));
  const wide = quote([...lines.slice(0, h), ...lines.slice(h, h + 5).filter((l, i) => i !== 1).map((l) => l.replaceAll('|', '｜')), ...lines.slice(h + 5)].join('\n'));
  assert.deepEqual(core.analyze(wide).findings.map((x) => x.ruleId), ['table-fullwidth-pipe']);
  const t4 = core.fixAll(wide).text.split('\n');
  assert.equal(t4[h + 1], `> |${'---|'.repeat(15)}`);
  assert.equal(core.pipeCellCount(t4[h]), 15);
  // A missing 表二 row in a quoted report: the row inserted is quoted and as wide as the rows around it.
  const missing = quote(CORRECT.replace(/\| 行政处罚 +\| 86 +\|\n/, ''));
  const fixed = core.fixAll(missing).text.split('\n');
  const row = fixed.findIndex((l) => /^> \| 行政处罚 /.test(l));
  assert.ok(row > 0, fixed.join('\n'));
  assert.equal(core.pipeCellCount(fixed[row]), core.pipeCellCount(fixed[row + 1]));
  // The same row with a full-width bar typed in it: its width is the same, read with either bar.
  const typed = quote(CORRECT.replace(/\| 行政强制 +\| 4 +\|/, '| 行政强制 ｜ 4 |'));
  const f = core.analyze(typed).findings.filter((x) => x.ruleId === 'table-fullwidth-pipe');
  assert.equal(f.length, 1);
  assert.equal(core.fixAll(typed).text.split('\n').filter((l) => /^> \| 行政强制 +\| 4 +\|$/.test(l)).length, 1);
});

test('quotedEdit: lines inserted into a quote get its markers, as a rule writes them and as a quoted report\'s fixes are given back', () => {
  const lines = new core.LineIndex('> > 一、总体情况\n正文\n>\n> 本年度共办理 3 件。');
  const at = (line, character, endLine = line, endCharacter = character) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
  const edit = (range, newText) => core.quotedEdit(lines, { range, newText }).newText;
  // After a quoted line: each new line, blank ones as the bare markers.
  assert.equal(edit(at(0, 10), '\n\n二、x'), '\n> >\n> > 二、x');
  // Before a quoted line, at its start (before its markers): the first new line too; the last runs on into the line's own markers.
  assert.equal(edit(at(2, 0), 'x\n'), '> x\n');
  // After the markers of a quoted line (where a quoted report's fix lands): the line's text, left on a line of its
  // own, gets the markers with their space (withQuoteMarkers gave it `>` alone).
  assert.equal(edit(at(3, 2), 'x\n'), 'x\n> ');
  assert.equal(edit(at(3, 9), '\n'), '\n> ');
  // An edit from a line outside the quote into a quoted one: the markers of the line it ends on, not before its first line.
  assert.equal(edit(at(1, 0, 3, 2), 'y\n'), 'y\n> ');
  // Outside a quote, already quoted by the rule, or no line break: the edit as it is.
  const same = (range, newText) => assert.equal(core.quotedEdit(lines, { range, newText }).newText, newText);
  same(at(1, 2), '\ny');
  same(at(0, 10), '\n> > y');
  same(at(0, 10), 'y');
  // withQuoteMarkers is quotedEdit over a fix's edits, and the fix itself when none changes.
  const fix = { title: { zh: '', en: '' }, edits: [{ range: at(1, 2), newText: '\ny' }] };
  assert.equal(core.withQuoteMarkers(lines, fix), fix);
  assert.equal(core.withQuoteMarkers(lines, { ...fix, edits: [{ range: at(3, 2), newText: 'x\n' }] }).edits[0].newText, 'x\n> ');
});

test('a quoted report\'s fixes that insert lines, given back in the text as written: quoted as the lines around them', () => {
  const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const quote = (text) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
  // A section missing (section-missing inserts its heading and text) and a 表三 row missing (row-missing inserts it).
  const broken = CORRECT.replace(/## 五、存在的主要问题及改进情况\n\n[^\n]+\n\n/, '').replace(/\| 2\.重复申请 [^\n]*\n/, '');
  const plain = core.fixAll(broken).text;
  assert.notEqual(plain, broken);
  assert.equal(core.fixAll(quote(broken)).text, quote(plain));
});
