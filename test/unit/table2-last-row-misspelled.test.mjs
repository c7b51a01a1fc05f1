// A misspelled label on 表二's last row (`行政事业姓收费`, `行政事业收费`) ended the table at the row above it: the row was
// outside the table, so the report got "表二缺少第二十条第（八）项的“行政事业性收费”行" (row-missing) and its amount was not read,
// where a misspelling of any other 表二 row is a row-label finding with a fix. Now the table runs to such a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a misspelled last 表二 row is read as that row: row-label with a fix, its amount read', () => {
  const plain = rowValues(core.parseReport(CORRECT), 't2', 'T2.7');
  assert.deepEqual(plain, [12.5]);
  for (const typo of ['行政事业姓收费', '行政事业性收废', '行政事业收费']) {
    const text = CORRECT.replace('| 行政事业性收费 ', `| ${typo} `);
    assert.notEqual(text, CORRECT);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['row-label'], typo);
    assert.match(findings[0].message, new RegExp(`“${typo}”.*应为“行政事业性收费”`));
    assert.deepEqual(rowValues(core.parseReport(text), 't2', 'T2.7'), plain, typo);
    assert.equal(core.applyFixes(text, findings[0].fix.edits).text, CORRECT);
  }
});

test('prose after 表二 that is not a row label stays out of the table', () => {
  // A short line of words after the table (a note) is no misspelled row: the table still ends at its last row.
  const text = CORRECT.replace('| 行政事业性收费 | 12.5                       |\n', '| 行政事业性收费 | 12.5                       |\n\n行政事业收入\n');
  assert.notEqual(text, CORRECT);
  const t2 = core.parseReport(text).tables.t2;
  const lastRowLine = text.split('\n').findIndex((l) => l.startsWith('| 行政事业性收费'));
  assert.equal(t2.range.end.line <= lastRowLine + 1, true, JSON.stringify(t2.range));
});
