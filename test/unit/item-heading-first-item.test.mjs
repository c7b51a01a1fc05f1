// brk88 #8: 表二's first item (第二十条第（一）项) with its heading line deleted was said to follow "the item before"
// (“…所在的表格（第 31 行起）紧接在上一项之后，上面没有项标题”): there is no item before it, its table opens 表二 right under
// the section's heading. The message says so; an item after another keeps the old wording. In every layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, REPORT_LAYOUTS } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The example with the headings of 第二十条第（一）项 and 第二十条第（五）项 deleted (the breaker's 09 file). */
const deleted = edit(edit(example, '第二十条第（一）项\n\n', ''), '\n第二十条第（五）项\n', '');

test('the first item\'s table without its heading opens 表二: said so, not "after the item before"; the fix restores both headings', () => {
  for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
    const text = to(deleted);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['item-heading', 'item-heading'], name);
    const [first, fifth] = found;
    assert.match(first.message, /^表二缺少第二十条第（一）项的标题：“规章”“行政规范性文件”所在的表格（第 \d+ 行起）位于表二开头，上面没有项标题。应在第 \d+ 行之前写上“第二十条第（一）项”。$/, name);
    assert.doesNotMatch(first.message, /上一项/, name);
    assert.match(fifth.message, /“行政许可”所在的表格（第 \d+ 行起）紧接在上一项之后，上面没有项标题/, name);
    assert.equal(core.fixAll(text).text, to(example), name);
    assert.deepEqual(core.analyze(core.fixAll(text).text).findings, [], name);
  }
});

test('in English: the first item\'s table "opens 表二", the next one "follows the item before"', () => {
  const found = core.analyze(deleted, { locale: 'en' }).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['item-heading', 'item-heading']);
  assert.match(found[0].message, /^表二 lacks the heading of 第二十条第（一）项: the table of “规章”, “行政规范性文件” \(from line \d+\) opens 表二 with no item heading above it\. Write “第二十条第（一）项” before line \d+\.$/);
  assert.doesNotMatch(found[0].message, /item before/);
  assert.match(found[1].message, /the table of “行政许可” \(from line \d+\) follows the item before with no item heading above it/);
});

test('the first item\'s heading deleted alone: the same wording, after text under the section heading too', () => {
  const alone = edit(example, '第二十条第（一）项\n\n', '');
  const [f] = core.analyze(alone).findings;
  assert.equal(f.ruleId, 'item-heading');
  assert.match(f.message, /位于表二开头，上面没有项标题/);
  const withText = edit(alone, '## 二、主动公开政府信息情况\n\n', '## 二、主动公开政府信息情况\n\n本年度主动公开情况见下表。\n\n');
  const found = core.analyze(withText).findings;
  assert.deepEqual(found.map((x) => x.ruleId), ['item-heading']);
  assert.match(found[0].message, /位于表二开头，上面没有项标题/);
});
