// brk105 F8 (x1.md): the 行政处罚 row gone from 第二十条第（六）项 and a row “行政处罚决定 | 86” under （五）, after 行政许可.
// row-missing said the 行政处罚 row was at line 43, out of its place (an error), while row-label said the same line was
// a locally added row not in the format (an info, its number unchecked): the two contradicted each other. The row is
// the 行政处罚 row, its label lengthened, under the wrong item: read as that row, one row-missing finding says so
// (naming the label as written), and its fix moves it to （六） writing the format's label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const PERMIT = '| 行政许可 | 1520             |\n';
const PUNISH = '| 行政处罚 | 86               |\n';
/** The example with its 行政处罚 row taken out of （六） and `row` written after 行政许可, under （五）. */
const moved = (row) => edit(edit(CORRECT, PUNISH, ''), PERMIT, PERMIT + row + '\n');
const X1 = moved('| 行政处罚决定 | 86               |');
const punishId = core.templateOf('2021').tables.t2.blocks.flatMap((b) => b.rows).find((r) => r.label === '行政处罚').id;

for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs]]) {
  test(`${layout}: 行政处罚决定 under （五）, no 行政处罚 in （六）: one row-missing finding naming the label; the fix moves and relabels it`, () => {
    const text = write(X1);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-missing/error']);
    const [f] = findings;
    const line = text.split('\n').findIndex((l) => l.includes('行政处罚决定'));
    const heading = text.split('\n').indexOf('第二十条第（六）项');
    assert.equal(f.range.start.line, line);
    assert.equal(f.message, `表二的“行政处罚”行（行名写作“行政处罚决定”，应为“行政处罚”）写在了第二十条第（五）项之下（第 ${line + 1} 行），格式规定它属于第二十条第（六）项（第 ${heading + 1} 行）。请把这一行移到第二十条第（六）项的表头之下。修复把这一行移到该项的表头之下，行名改为“行政处罚”。`);
    assert.equal(f.fix.title.zh, '把“行政处罚决定”行移到第二十条第（六）项下，改为“行政处罚”');
    // Its number is read as the row's (it was a local row's, unchecked).
    assert.equal(rowValues(report, 't2', punishId)[0], 86);
    assert.equal(core.applyFixes(text, f.fix.edits).text, write(CORRECT));
    assert.equal(core.fixAll(text).text, write(CORRECT));
  });
}

test('English message', () => {
  const [f] = core.analyze(X1, { locale: 'en' }).findings;
  assert.equal(f.message, '表二\'s row “行政处罚” (its label written “行政处罚决定”, for “行政处罚”) is written under 第二十条第（五）项 (line 43); the format puts it under 第二十条第（六）项 (line 45). Move the row below 第二十条第（六）项\'s header. The fix moves the row below that item\'s header, its label written “行政处罚”.');
});

test('a footnote mark after the lengthened label is kept by the fix, as row-label keeps it', () => {
  const text = moved('| 行政处罚决定※ | 86 |');
  const [f] = core.analyze(text).findings;
  assert.equal(f.ruleId, 'row-missing');
  assert.match(core.applyFixes(text, f.fix.edits).text, /第二十条第（六）项\n\n[^\n]*\n[^\n]*\n\| 行政处罚※ +\| 86 +\|\n\| 行政强制 /);
});

test('still a local row: the format\'s row in its place (breaker31 #3, x2.md), or two such rows for one missing row', () => {
  // 行政处罚 where it belongs and a 行政处罚决定 row added under （五）: a local row, as before.
  const both = edit(CORRECT, PERMIT, PERMIT + '| 行政处罚决定 | 3 |\n');
  const found = core.analyze(both).findings.map((f) => `${f.ruleId}/${f.severity}`);
  assert.deepEqual(found, ['row-label/info']);
  // Two lengthened labels of the one missing row (under （五） and under （八））: which one it is cannot be told.
  const two = edit(moved('| 行政处罚决定 | 86 |'), '| 行政事业性收费 | 12.5                       |\n', '| 行政事业性收费 | 12.5                       |\n| 行政处罚案件 | 2 |\n');
  const { report, findings } = core.analyze(two);
  assert.equal(rowValues(report, 't2', punishId)[0], null);
  assert.ok(!findings.some((f) => f.ruleId === 'row-missing' && f.fix), findings.map((f) => f.message).join('\n'));
});
