// A pipe table that opens a list item (`- | 信息内容 | … |`, its other rows indented under the item; markdown-it shows
// it as a table): the marker was read as a cell (helper-219 #1): a false table-header-width on every table, whose fix
// added an empty column to each, and 表四's values one cell off (false errors, its wrong total missed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** Every pipe table of the example opening a list item with `marker`, its other lines indented under it. */
function inListItems(text, marker) {
  const lines = text.split('\n');
  return lines.map((l, i) => {
    if (!l.startsWith('|')) return l;
    const first = !lines[i - 1]?.startsWith('|');
    return first ? `${marker} ${l}` : `${' '.repeat(marker.length + 1)}${l}`;
  }).join('\n');
}

test('a table opening a list item is read as the table: no finding on the correct report, the same values', async () => {
  const { default: MarkdownIt } = await import('markdown-it');
  const tables = (t) => (new MarkdownIt().render(t).match(/<table>/g) ?? []).length;
  const base = core.parseReport(CORRECT);
  for (const marker of ['-', '*', '1.']) {
    const text = inListItems(CORRECT, marker);
    assert.equal(tables(text), 6, marker);
    const report = core.parseReport(text);
    assert.deepEqual(core.checkReport(report), [], marker);
    for (const t of ['t2', 't3', 't4']) assert.deepEqual(report.tables[t].rows.map((r) => r.cells.map((c) => c?.value ?? null)), base.tables[t].rows.map((r) => r.cells.map((c) => c?.value ?? null)), `${marker} ${t}`);
    assert.equal(core.fixAll(text).text, text, `${marker}: nothing to fix`);
  }
});

test('a wrong 表四 total in such a table is found and fixed in its cell', () => {
  const text = inListItems(CORRECT, '-').replace(/^( {2}\| 2 +\| 0 +\| 1 +\| 0 +\| )3/m, '$14');
  assert.notEqual(text, inListItems(CORRECT, '-'));
  const errors = core.analyze(text).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => f.ruleId), ['sum-review']);
  assert.equal(core.fixAll(text).text, inListItems(CORRECT, '-'));
});
