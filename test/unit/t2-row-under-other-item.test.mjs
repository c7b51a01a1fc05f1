// A 表二 row read under another item's heading (breaker36 #2c): after `--fix` inserted the missing last row of a
// tab-pasted 表二 above 第二十条第（八）项 (an old fix), the author typed 12.5 into it and the check passed, though the
// row stood in 第二十条第（六）项's block and the （八） block was empty. Table 2's rows are read by their labels
// wherever they stand, so nothing said so. row-missing now reports a row under another item's heading, in every
// pasted layout, and moves it (its lines as written) below its own item's header when that block has no row yet, or
// to its place among the block's rows as the format orders them (brk105 F9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, corpusText, toCells, toSpaces, toTabs } from '../helpers.mjs';

const LAYOUTS = { pipe: (t) => t, tabs: toTabs, 'one cell per line': toCells, spaces: toSpaces };
/** The last item's row of each format, its value(s), its item, and the row it is put after (the item before's last). */
const LAST = {
  2021: { label: '行政事业性收费', values: ['12.5'], item: '第二十条第（八）项', before: '行政强制', under: '第二十条第（六）项' },
  2019: { label: '政府集中采购', values: ['6', '251000'], item: '第二十条第（九）项', before: '行政事业性收费', under: '第二十条第（八）项' },
};

const rowRe = (label) => new RegExp(`^\\| ${label} +\\|.*\\n`, 'm');
/** `text` with the pipe row `label` (its values set to `values`) moved to right after the pipe row `after`. */
function moveRow(text, label, after, values) {
  const row = text.match(rowRe(label))[0];
  const written = values ? `| ${label} | ${values.join(' | ')} |\n` : row;
  const rest = text.replace(row, '');
  const at = rest.match(rowRe(after));
  assert.ok(at);
  return rest.replace(at[0], at[0] + written);
}
const misplaced = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const valuesOf = (text, label) => core.parseReport(text).tables.t2.rows.find((r) => r.label === label).cells.map((c) => (c ? c.value : null));
/** Applies every fix of `text` pass after pass, as `--fix` does. */
function fixAll(text) {
  for (let pass = 0; pass < 12; pass++) {
    const fixes = core.analyze(text).findings.filter((f) => f.fix);
    if (!fixes.length) break;
    text = core.applyFixes(text, fixes.flatMap((f) => f.fix.edits)).text;
  }
  return text;
}

for (const format of ['2021', '2019']) {
  const { label, values, item, before, under } = LAST[format];
  for (const [layout, write] of Object.entries(LAYOUTS)) {
    test(`${format} ${layout}: the last item's row written under ${under} is reported, and the fix moves it under ${item}'s header`, () => {
      const text = write(moveRow(cleanDraft(format), label, before, values));
      assert.deepEqual(valuesOf(text, label), values.map(Number), 'the row is read (its numbers are not the problem)');
      const found = misplaced(text);
      assert.equal(found.length, 1);
      const [f] = found;
      assert.equal(f.severity, 'error');
      assert.match(text.split('\n')[f.range.start.line], new RegExp(`^\\|? ?${label}`));
      const esc = (s) => s.replace(/[（）]/g, '.');
      assert.match(f.message, new RegExp(`“${label}”行写在了${esc(under)}之下（第 \\d+ 行），格式规定它属于${esc(item)}`));
      assert.match(f.message, /修复把这一行原样移到该项的表头之下/);
      const fixed = core.applyFixes(text, f.fix.edits).text;
      // Nothing of the text is lost: the same lines, one of them moved (a pipe row padded to its new table's widths).
      const cells = (t) => t.split('\n').map((l) => l.replace(/ +/g, ' ')).sort();
      assert.deepEqual(cells(fixed), cells(text));
      const lines = fixed.split('\n');
      const at = lines.findIndex((l) => l.replace(/^\| /, '').startsWith(label));
      assert.ok(at > lines.findIndex((l) => l.includes(item)), 'below its own heading');
      assert.deepEqual(misplaced(fixed), []);
      assert.deepEqual(valuesOf(fixed, label), values.map(Number));
    });
  }
}

test('tab-pasted 2021 表二: the 行政事业性收费 row an old fix put above 第二十条第（八）项, filled in (breaker36 fixed/g04), is reported and moved', () => {
  // As pasted from Word: no blank line between the items' tables.
  const text = toTabs(moveRow(cleanDraft('2021'), '行政事业性收费', '行政强制', ['12.5'])).replace(/\n\n(?=第二十条第|信息内容)/g, '\n');
  const lines = text.split('\n');
  const row = lines.indexOf('行政事业性收费\t12.5');
  assert.equal(lines[row - 1], '行政强制\t0');
  assert.equal(lines[row + 1], '第二十条第（八）项');
  const [f] = misplaced(text);
  assert.equal(f.range.start.line, row);
  const fixed = fixAll(text).split('\n');
  const heading = fixed.indexOf('第二十条第（八）项');
  assert.deepEqual(fixed.slice(heading, heading + 3), ['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t12.5']);
  assert.equal(fixed[heading - 1], '行政强制\t0');
});

test('a middle row (行政许可) under 第二十条第（六）项 is reported too; with its own block holding a row, it goes to its place among them', () => {
  const draft = cleanDraft('2021');
  const text = toTabs(moveRow(draft, '行政许可', '行政强制'));
  const [f] = misplaced(text);
  assert.match(f.message, /“行政许可”行写在了第二十条第（六）项之下.*属于第二十条第（五）项/);
  assert.ok(f.fix);
  // 行政处罚 under （五） while 行政强制 stays under （六） (brk105 F9, m6.md: it was said with no fix and no reason): the
  // format puts 行政处罚 first in （六）, so it goes below the header, above 行政强制; 行政强制 under （五） goes after 行政处罚.
  for (const layout of ['pipe', 'tabs', 'one cell per line']) {
    for (const [row, after, place] of [['行政处罚', '行政许可', '表头之下'], ['行政强制', '行政许可', '“行政处罚”行之后']]) {
      const swapped = LAYOUTS[layout](moveRow(draft, row, after));
      const [g] = misplaced(swapped);
      assert.match(g.message, new RegExp(`“${row}”行写在了第二十条第（五）项之下.*属于第二十条第（六）项.*请把这一行移到第二十条第（六）项的${place}。修复把这一行原样移到该项的${place}。$`), `${layout} ${row}`);
      assert.ok(g.fix, `${layout} ${row}`);
      assert.equal(core.applyFixes(swapped, g.fix.edits).text, LAYOUTS[layout](draft), `${layout} ${row}: the draft again`);
    }
  }
});

test('English message', () => {
  const text = toTabs(moveRow(cleanDraft('2021'), '行政事业性收费', '行政强制', ['12.5']));
  const [f] = core.analyze(text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(f.message, /row “行政事业性收费” is written under 第二十条第（六）项 \(line \d+\); the format puts it under 第二十条第（八）项/);
});

test('rows in their own blocks, and a 第二十条第（一）项 table pasted after the others under its own column header, are not reported', () => {
  for (const format of ['2021', '2019']) for (const write of Object.values(LAYOUTS)) assert.deepEqual(misplaced(write(cleanDraft(format))), []);
  // A PDF's text: the 第二十条第（一）项 heading with nothing under it, the other items, then （一）'s table after a
  // heading of its own: its header (本年制发件数…) says whose rows follow.
  const peer = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
  assert.match(peer, /行政事业性收费 0\n## 表二：主动公开政府信息情况\n\| 信息内容 \| 本年制发件数/);
  assert.deepEqual(misplaced(peer).filter((f) => /写在了/.test(f.message)), []);
});

test('a row written twice, a blank copy under another item (行政处罚 under （五）, brk106 #2): the row under its own item is read, the blank copy deleted', () => {
  const draft = cleanDraft('2021').replace(/^\| 行政处罚 \| 0 /m, '| 行政处罚 | 86');
  const text = draft.replace(/^(\| 行政许可 +\|.*\n)/m, '$1| 行政处罚 |   |\n');
  assert.notEqual(text, draft);
  assert.deepEqual(valuesOf(text, '行政处罚'), [86], 'the row under （六） read');
  assert.deepEqual(misplaced(text).map((x) => x.message), []);
  const dup = core.analyze(text).findings.filter((x) => x.ruleId === 'row-duplicate');
  assert.equal(dup.length, 1);
  assert.match(dup[0].message, /写了两次：这一行没有数字（整行空白），本工具按第 \d+ 行读取/);
  assert.doesNotMatch(dup[0].message, /数字不同/);
  assert.equal(core.applyFixes(text, dup[0].fix.edits).text, draft);
});

test('a row written twice, blank under its own item and with numbers under another: the one with numbers read, the blank one deleted', () => {
  const draft = cleanDraft('2021').replace(/^\| 行政处罚 \| 0 /m, '| 行政处罚 | 86');
  const text = draft.replace(/^\| 行政处罚 \| 86 /m, '| 行政处罚 |    ').replace(/^(\| 行政许可 +\|.*\n)/m, '$1| 行政处罚 | 86 |\n');
  assert.deepEqual(valuesOf(text, '行政处罚'), [86]);
  const dup = core.analyze(text).findings.filter((x) => x.ruleId === 'row-duplicate');
  assert.equal(dup.length, 1);
  assert.match(dup[0].message, /这一行没有数字/);
});

test('a row written twice with numbers, under another item first: the one under its own item is read', () => {
  const draft = cleanDraft('2021').replace(/^\| 行政处罚 \| 0 /m, '| 行政处罚 | 86');
  const text = draft.replace(/^(\| 行政许可 +\|.*\n)/m, '$1| 行政处罚 | 5 |\n');
  assert.deepEqual(valuesOf(text, '行政处罚'), [86]);
  const dup = core.analyze(text).findings.filter((x) => x.ruleId === 'row-duplicate');
  assert.equal(dup.length, 1);
  assert.match(dup[0].message, /数字不同/);
  assert.equal(dup[0].fix, undefined);
});
