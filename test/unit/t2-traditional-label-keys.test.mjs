// 表二 labels and header words in traditional characters in a simplified draft (a row or a header pasted from a `big5`
// page; too few traditional characters for the whole text to be read through its simplified view) are compared by
// their simplified form everywhere, as the row labels themselves already were (brk105 F2): a label with words added
// (`行政處罰決定`, addedWords) was a local row while `行政处罚决定` is the 行政处罚 row; a header line `信息內容` /
// `本年收費金額（單位：萬元）` was no header (isTable2HeaderLine), so the item's heading had "no table"; and a row label
// alone on its line, `行政事業性收費` (the table's row test, row-missing's search for the label), was not that row, so
// row-missing would insert a second 行政事业性收费 below it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues, toCells } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const brief = (text) => core.analyze(text).findings.map((f) => `${f.ruleId}/${f.severity}`);
const rowId = (label) => core.templateOf('2021').tables.t2.blocks.flatMap((b) => b.rows).find((r) => r.label === label).id;

test('a label with words added, in traditional characters, is the row as in simplified ones (addedWords)', () => {
  for (const [row, trad, simp, label, value] of [
    ['| 行政处罚 | 86               |', '| 行政處罰決定 | 86 |', '| 行政处罚决定 | 86 |', '行政处罚', 86],
    ['| 行政强制 | 4                |', '| 行政強制措施 | 4 |', '| 行政强制措施 | 4 |', '行政强制', 4],
  ]) {
    const t = edit(CORRECT, row, trad);
    assert.deepEqual(brief(t), brief(edit(CORRECT, row, simp)), trad);
    assert.deepEqual(brief(t), ['row-label/warning'], trad);
    const { report, findings } = core.analyze(t);
    assert.match(findings[0].message, new RegExp(`应为“${label}”（相差 2 个字）`));
    assert.equal(rowValues(report, 't2', rowId(label))[0], value);
  }
});

test('a label naming another item\'s row in traditional characters is not taken as the one row of 第二十条第（五）项', () => {
  // (As `行政处罚决定` under （五） with 行政处罚 in （六）, breaker31 #3: a local row, and 行政许可 missing.)
  const permit = '| 行政许可 | 1520             |';
  assert.deepEqual(brief(edit(CORRECT, permit, '| 行政處罰決定 | 1520 |')), brief(edit(CORRECT, permit, '| 行政处罚决定 | 1520 |')));
});

test('one cell a line: the last item\'s header in traditional characters is its table (isTable2HeaderLine); its label alone is its row', () => {
  const cells = toCells(CORRECT);
  const header = '信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n12.5';
  assert.ok(cells.includes(header));
  // The row missing under a header pasted in traditional characters: inserted there, as under the simplified header.
  const trad = cells.replace(header, '信息內容\n本年收費金額（單位：萬元）');
  const simp = cells.replace(header, '信息内容\n本年收费金额（单位：万元）');
  const [t] = core.analyze(trad).findings;
  const [s] = core.analyze(simp).findings;
  assert.equal(t.message, s.message);
  assert.match(t.message, /修复只插入行名这一行/);
  assert.deepEqual(t.fix.edits.map((e) => e.range.start.line), s.fix.edits.map((e) => e.range.start.line));
  // Its label alone on its line in traditional characters: that row without a number, not a row to insert again.
  const alone = core.analyze(cells.replace('行政事业性收费\n12.5', '行政事業性收費')).findings;
  assert.deepEqual(alone.map((f) => f.message), ['表二“行政事业性收费”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。']);
  assert.equal(alone[0].fix, undefined);
});

test('an item heading in traditional characters (th5: `第二十條第（五）項`) is that item\'s heading, for every item: no finding', () => {
  // (With header lines read by their simplified form, the heading was taken for a header line of its table, and
  // item-heading said the item had no heading; the first item's was not in 表二 at all.)
  for (const numeral of ['一', '五', '六', '八']) {
    const text = edit(CORRECT, `\n第二十条第（${numeral}）项\n`, `\n第二十條第（${numeral}）項\n`);
    assert.deepEqual(brief(text), [], numeral);
  }
});
