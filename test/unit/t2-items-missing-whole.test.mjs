// From a fresh user's editor try (brk87 #1): 表二 with only its 第二十条第（一）项 block got no finding at all, and a
// missing item of two rows (第二十条第（六）项: 行政处罚, 行政强制) was inserted as two tables under two equal headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

/** `text` without the 表二 items whose headings (第二十条第（五）项 …) are given: heading, table and the blank line after. */
function withoutItems(text, ...items) {
  let lines = text.split('\n');
  for (const item of items) {
    const from = lines.findIndex((l) => l.startsWith(`第二十条第${item}项`));
    assert.ok(from > 0, item);
    let to = from + 1;
    while (!lines[to].startsWith('|')) to++;
    while (lines[to]?.startsWith('|')) to++;
    lines = [...lines.slice(0, from), ...lines.slice(to + 1)];
  }
  return lines.join('\n');
}

/** The example with each 表二 row's blank value cells written as 7. */
const fillBlank = (text) => text.replace(/^(\| (?:行政许可|行政处罚|行政强制|行政事业性收费) +)\| +\|$/gm, '$1| 7 |');

test('brk87 #1: 表二 with its first item alone reports each missing row; the fix inserts each item once, its rows together', () => {
  const text = withoutItems(CORRECT, '（五）', '（六）', '（八）');
  assert.ok(!/行政许可|行政处罚|行政强制|行政事业性收费/.test(text));
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['row-missing', 'row-missing', 'row-missing', 'row-missing']);
  assert.deepEqual(found.map((f) => /“(.+?)”行/.exec(f.message)[1]), ['行政许可', '行政处罚', '行政强制', '行政事业性收费']);
  assert.match(found[1].message, /“行政处罚”、“行政强制”各行空白/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.match(/^第二十条第（六）项$/gm).length, 1);
  assert.match(fixed, /第二十条第（六）项\n\n\| 信息内容 +\| 本年处理决定数量 \|\n\| -+ \| -+ \|\n\| 行政处罚 +\| +\|\n\| 行政强制 +\| +\|\n\n第二十条第（八）项/);
  // Blank rows stay errors until filled (4 of 表二's 6: one error at the table, each row a related location, brk188);
  // filled, the report is clean.
  const blank = core.analyze(fixed).findings;
  assert.deepEqual(blank.map((f) => f.ruleId), ['row-missing']);
  assert.match(blank[0].message, /^表二格式规定填数的 6 行中有 4 行没有数字（整行空白）/);
  assert.equal(blank[0].related.length, 4);
  assert.deepEqual(core.analyze(fillBlank(fixed)).findings.map((f) => f.ruleId), []);
});

test('brk87 #1: the two-row item 第二十条第（六）项 missing between others goes in once with both rows', () => {
  const text = withoutItems(CORRECT, '（六）');
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['row-missing', 'row-missing']);
  // One fix each (either alone inserts the item), the same edit.
  assert.deepEqual(found[0].fix.edits, found[1].fix.edits);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.match(/^第二十条第（六）项$/gm).length, 1);
  assert.match(fixed, /\| 行政许可 +\| \d+ +\|\n\n第二十条第（六）项\n\n\| 信息内容 +\| 本年处理决定数量 \|\n\| -+ \| -+ \|\n\| 行政处罚 +\| +\|\n\| 行政强制 +\| +\|\n\n第二十条第（八）项/);
  assert.deepEqual(core.analyze(fillBlank(fixed)).findings.map((f) => f.ruleId), []);
});
