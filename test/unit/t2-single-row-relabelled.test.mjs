// brk88 #10: 表二 第二十条第（五）项 has one row, 行政许可. Written `行政批准 | 1520` under its heading, the row was taken for a
// local addition (info, its numbers unchecked) and row-missing's fix inserted an empty 行政许可 row above it, leaving
// 1520 in a row never checked. The one unknown row under the heading of an item of one row whose row is absent is
// that row, its label written wrong: row-label with the fix to the item's label, its numbers read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 行政许可 | 1520             |';

for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs]]) {
  test(`${layout}: the one unknown row under 第二十条第（五）项 is its 行政许可 relabelled: row-label and its fix, numbers read`, () => {
    assert.ok(CORRECT.includes(ROW));
    const text = write(CORRECT.replace(ROW, '| 行政批准 | 1520             |'));
    const result = core.analyze(text);
    assert.deepEqual(result.findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/warning']);
    const [f] = result.findings;
    assert.match(f.message, /第二十条第（五）项的行标签“行政批准”与格式不一致，应为“行政许可”/);
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '行政批准');
    const id = core.templateOf('2021').tables.t2.blocks.find((b) => b.heading === '第二十条第（五）项').rows[0].id;
    assert.equal(rowValues(result.report, 't2', id)[0], 1520);
    assert.equal(core.fixAll(text).text, write(CORRECT));
  });
}

test('two unknown rows under the item, or one under an item whose row is there, stay local rows (info)', () => {
  const two = CORRECT.replace(ROW, '| 行政批准 | 1520             |\n| 其他审批事项 | 3                |');
  const found = core.analyze(two).findings.map((f) => `${f.ruleId}/${f.severity}`);
  // (Which of the two is 行政许可 cannot be told: none is relabelled, the row is still missing.)
  assert.equal(found[0], 'row-missing/error');
  assert.ok(!found.includes('row-label/warning'), found.join());
  assert.equal(core.fixAll(two).text.match(/行政批准 \| 1520/g).length, 1);
  const added = CORRECT.replace(ROW, `${ROW}\n| 其他审批事项 | 3                |`);
  assert.deepEqual(core.analyze(added).findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/info']);
});
