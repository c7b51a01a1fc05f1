// 表二's last item (第二十条第（八）项 in 2021, （九）项 in 2019) in a pasted table (breaker36 #1, #2): the table ended
// at the last row label it recognised, so the last item's heading and header lines fell outside it. Its row missing,
// row-missing's fix went above that item's heading (into the item before), and in a table of one cell a line the
// label it wrote was not read back, so `--fix` wrote it 12 times. Its label spaced out (`行　政　事　业　性　收　费`)
// was not read at all. The table now runs through the last item's header lines and a row label alone on its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft as draft, core, toCells, toSpaces, toTabs } from '../helpers.mjs';


const LAST = { 2021: { label: '行政事业性收费', item: '第二十条第（八）项', values: ['12.5'] }, 2019: { label: '政府集中采购', item: '第二十条第（九）项', values: ['6', '251000'] } };

/** `text` with the pipe row labelled `label` given `values`, or (`values` null) without that row. */
function setRow(text, label, values, newLabel = label) {
  const re = new RegExp(`^\\| ${label} +\\|.*\\n`, 'm');
  assert.match(text, re);
  return text.replace(re, values ? `| ${newLabel} | ${values.join(' | ')} |\n` : '');
}
/** The values read in 表二's row `label`. */
const t2Values = (text, label) => core.parseReport(text).tables.t2.rows.find((r) => r.label === label).cells.map((c) => (c ? c.value : null));
const byRule = (text, id) => core.analyze(text).findings.filter((f) => f.ruleId === id);
/** Applies every fix of `text` pass after pass as `--fix` does, returning the text and the number of passes with a fix. */
function fixAll(text) {
  let passes = 0;
  for (; passes < 12; passes++) {
    const fixes = core.analyze(text).findings.filter((f) => f.fix);
    if (!fixes.length) break;
    text = core.applyFixes(text, fixes.flatMap((f) => f.fix.edits)).text;
  }
  return { text, passes };
}

for (const format of ['2021', '2019']) {
  const { label, item, values } = LAST[format];
  test(`${format}: the missing last row of 表二 in a one-cell-a-line paste goes under ${item}'s header, once, and reads back as that row`, () => {
    const text = toCells(setRow(draft(format), label, null));
    const [f] = byRule(text, 'row-missing');
    assert.match(f.message, new RegExp(`缺少${item.replace(/[（）]/g, '.')}的“${label}”行`));
    assert.equal(f.fix.edits.length, 1);
    assert.equal(f.fix.edits[0].newText, `\n${label}`);
    const { text: fixed, passes } = fixAll(text);
    assert.equal(passes, 1, 'one pass: the label written is read back as the row');
    const lines = fixed.split('\n');
    const at = lines.indexOf(label);
    assert.ok(at > lines.findIndex((l) => l.includes(item)), 'under its own item heading');
    assert.equal(lines.filter((l) => l === label).length, 1);
    const again = byRule(fixed, 'row-missing');
    assert.equal(again.length, 1);
    assert.match(again[0].message, new RegExp(`“${label}”行没有数字（整行空白）`));
    assert.equal(again[0].fix, undefined);
    // Its numbers written under it: the row is read, and the report is what it was with the row there.
    const filled = fixed.replace(`${label}\n`, `${label}\n${values.join('\n')}\n`);
    assert.deepEqual(byRule(filled, 'row-missing'), []);
    assert.deepEqual(t2Values(filled, label), values.map(Number));
  });

  test(`${format}: the missing last row of a tab-separated 表二 goes under ${item}'s header, not above its heading`, () => {
    const text = toTabs(setRow(draft(format), label, null));
    const [f] = byRule(text, 'row-missing');
    const fixed = core.applyFixes(text, f.fix.edits).text;
    const lines = fixed.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${label}\t`));
    assert.ok(at > lines.findIndex((l) => l.includes(item)), 'under its own item heading');
    assert.match(lines[at - 1], /^信息内容\t/);
  });

  for (const [paste, write] of Object.entries({ tabs: toTabs, 'one cell per line': toCells, spaces: toSpaces })) {
    test(`${format}: the last row of 表二 with its label spaced out is read in a ${paste} paste`, () => {
      const spaced = [...label].join('　');
      const text = write(setRow(draft(format), label, values, spaced));
      assert.deepEqual(byRule(text, 'row-missing'), []);
      assert.deepEqual(t2Values(text, label), values.map(Number));
    });
  }
}
