// A 表二 row missing beside a row that is short (`| 规章 | 0 | 0 |`, being typed, under the four-column header): the
// table is as wide as its header and delimiter row, so the row is inserted with the format's four cells; the short
// row is cell-count's (brk143 #4: "the table has 3 cells a row", no fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('row-missing beside a short row inserts the row with the header\'s cell count', () => {
  let text = edit(example, '| 规章           | 0            | 0            | 0            |\n', '| 规章           | 0            | 0            |\n');
  text = edit(text, '| 行政规范性文件 | 3            | 1            | 25           |\n', '');
  const { findings } = core.analyze(text);
  const missing = findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(missing.length, 1);
  assert.doesNotMatch(missing[0].message, /每行 3 格/);
  assert.ok(missing[0].fix, 'the insert fix is offered');
  assert.equal(findings.filter((f) => f.ruleId === 'cell-count').length, 1, 'the short row is cell-count\'s');
  const fixed = core.applyFixes(text, missing[0].fix.edits).text;
  const row = fixed.split('\n').find((l) => l.startsWith('| 行政规范性文件'));
  assert.equal(row.split('|').length - 2, 4, row);
});

test('a table whose rows are all three cells wide still gets no four-cell row', () => {
  let text = example.replace(/^(\| (?:信息内容|规章|行政规范性文件|-)[^\n]*?)\|[^|\n]*\|$/gm, '$1|');
  text = edit(text, '| 行政规范性文件 | 3            | 1            |\n', '');
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /每行 3 格/);
  assert.equal(missing[0].fix, undefined);
});
