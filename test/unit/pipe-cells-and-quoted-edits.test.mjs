// Twin code made one: the cells of a pipe row were counted by row-missing (`pipeCellCount`, either bar), suppress.ts
// (`cellCount`, `|` only, the quote's markers left to its caller) and table-fullwidth-pipe (`cellsOf`, either bar, no
// escapes), each its own way. Now `pipeCellCount` (text/blocks.ts, beside the quote's markers) counts for all, and
// these tests say what it does with `｜` and with `> `.
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
