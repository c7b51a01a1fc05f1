// 表二 partly missing: some items keep their tables, others keep only their heading lines (第二十条第（五）项 …), or
// lose heading and all. row-missing said "未自动插入" for an item whose heading stands without a table, and for the
// first item gone whole. The fix puts each missing item's table under its own heading (the heading not written
// again), and the first item, heading and all, above the next item's heading. Re-checked: no row-missing for a
// missing row, no row-duplicate, no text lost. Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const S2 = LINES.indexOf('## 二、主动公开政府信息情况'), S3 = LINES.indexOf('## 三、收到和处理政府信息公开申请情况');
const ITEMS = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];

/** correct-2024 with item n's table deleted when `table[n]` is false, and its heading too when `heading[n]` is false. */
function partly(table, heading = [true, true, true, true]) {
  const out = LINES.slice(0, S2 + 1);
  let n = -1;
  for (let i = S2 + 1; i < S3; i++) {
    const l = LINES[i];
    if (ITEMS.includes(l)) n = ITEMS.indexOf(l);
    if (n < 0) { out.push(l); continue; }
    if (l === ITEMS[n]) { if (heading[n]) out.push(l, ''); continue; }
    if (l.startsWith('|')) { if (table[n]) out.push(l); continue; }
    if (!l.trim() && table[n] && LINES[i - 1].startsWith('|')) out.push('');
  }
  return [...out, ...LINES.slice(S3)].join('\n');
}
const check = (text) => core.checkReport(core.parseReport(text));
const count = (text, s) => text.split(s).length - 1;
/** Fixes applied a pass at a time, as --fix does. */
function fixAll(text) {
  for (let i = 0; i < 10; i++) {
    const fixes = check(text).filter((f) => f.ruleId === 'row-missing' && f.fix);
    if (!fixes.length) return text;
    text = core.applyFixes(text, fixes[0].fix.edits).text;
  }
  return text;
}
/** Every line of `before` in `after`, in order (nothing lost). */
function keptIn(before, after) {
  const a = after.split('\n');
  let j = 0;
  for (const l of before.split('\n')) {
    while (j < a.length && a[j] !== l) j++;
    assert.ok(j < a.length, `line lost: ${l}`);
    j++;
  }
}

for (const [name, table, heading] of [
  ['（五） and （八） headings left without tables', [true, false, true, false]],
  ['only （一）\'s table left, the other headings standing', [true, false, false, false]],
  ['（一） and （五） headings without tables, （六） and （八） whole', [false, false, true, true]],
  ['the first item gone heading and all, （五） heading alone', [false, false, true, true], [false, true, true, true]],
  ['（六） gone whole after a bare （五） heading', [true, false, false, true], [true, true, false, true]],
]) {
  test(`表二 partly missing, ${name}: each item's table goes under its own heading, no heading twice`, () => {
    const text = partly(table, heading);
    const missing = check(text).filter((f) => f.ruleId === 'row-missing' && f.data.table === 't2');
    assert.ok(missing.length > 0);
    for (const f of missing) {
      assert.doesNotMatch(f.message, /未自动插入/, f.message);
      assert.ok(f.fix, f.message);
    }
    const fixed = fixAll(text);
    for (const item of ITEMS) assert.equal(count(fixed, item), 1, item);
    keptIn(text, fixed);
    const t2 = core.parseReport(fixed).tables.t2;
    assert.ok(t2.rows.every((r) => r.match.kind === 'exact'), 'every row read as itself');
    const after = check(fixed);
    assert.deepEqual(after.filter((f) => ['table-missing', 'row-duplicate', 'row-order', 'item-heading'].includes(f.ruleId)).map((f) => f.message), []);
    // What is left is only the rows to fill in (blank, not 0).
    assert.ok(after.filter((f) => f.ruleId === 'row-missing').every((f) => /没有数字（整行空白）/.test(f.message)));
    // Each item's table stands right under its heading.
    const lines = fixed.split('\n');
    for (const item of ITEMS) {
      const at = lines.indexOf(item);
      assert.equal(lines[at + 1], '');
      assert.match(lines[at + 2], /^\| 信息内容/);
    }
  });
}

test('an item heading with its table under it gets no second table', () => {
  const text = partly([true, false, true, true]);
  const fixed = fixAll(text);
  assert.equal(count(fixed, '| 行政许可 |'), 1);
  assert.equal(count(fixed, '| 行政处罚 |'), 1);
  assert.equal(count(fixed, '| 信息内容 '), 4);
});
