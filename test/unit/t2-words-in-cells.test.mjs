// 表二 cells written with a currency or a word where the number goes (helper-208 #2): `￥12.5` in the fee row read as
// no row at all (row-missing "表二缺少……行"), and its quick fix inserted a second fee row between the header and its
// `| --- |` line, which turned the header into a paragraph. Now a currency before an amount is number-invalid with a fix
// that keeps the number, a word is said to be no number on its row, and no row goes between a header and its
// delimiter row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FEE = '| 行政事业性收费 | 12.5 ';
const PERMIT = '| 行政许可 | 1520 ';
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const rows = (text, label) => text.split('\n').filter((l) => l.startsWith(`| ${label} `));

test('a currency before an amount (￥, ¥, RMB, 人民币) is number-invalid; the fix keeps the number as written', () => {
  assert.ok(CORRECT.includes(FEE) && CORRECT.includes(PERMIT));
  for (const written of ['￥12.5', '¥12.5', 'RMB 12.5', 'rmb12.5', '人民币12.5']) {
    const text = CORRECT.replace(FEE, `| 行政事业性收费 | ${written} `);
    const found = findingsOf(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['number-invalid'], written);
    assert.match(found[0].message, new RegExp(`“${written}”带有货币符号`));
    // Back to the correct report, the column kept aligned.
    assert.equal(core.fixAll(text).text, CORRECT, written);
  }
  // A currency sign alone before a count is said too, and the sums skip the cell until it is fixed.
  const permit = CORRECT.replace(PERMIT, '| 行政许可 | ￥1520 ');
  assert.deepEqual(findingsOf(permit).map((f) => f.ruleId), ['number-invalid']);
});

test('a word where the number goes is said to be no number on its row; no second row is inserted', () => {
  for (const [line, label] of [[FEE, '行政事业性收费'], [PERMIT, '行政许可']]) {
    for (const word of ['见附件', 'RMB']) {
      const text = CORRECT.replace(line, `| ${label} | ${word} `);
      const found = findingsOf(text).filter((f) => f.ruleId === 'row-missing');
      assert.equal(found.length, 1, `${label} ${word}`);
      assert.equal(found[0].message, `表二“${label}”行的“${word}”不是数字，这一行没有读出数字：数值单元格只填阿拉伯数字，说明文字写在表外。请对照原表填写。`);
      assert.equal(found[0].fix, undefined);
      assert.equal(rows(core.fixAll(text).text, label).length, 1, `${label} ${word}: one row`);
    }
  }
});

test('row-missing never inserts a row between a table\'s header and its delimiter row', () => {
  // The fee row's label misspelt beyond recognition: the row is missing, and goes below the `| --- |` line.
  const text = CORRECT.replace(/^\| 行政事业性收费 \| 12\.5 +\|\n/m, '');
  const f = findingsOf(text).find((x) => x.ruleId === 'row-missing');
  assert.ok(f?.fix, 'a fix inserts the row');
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  const at = out.findIndex((l) => l.startsWith('| 行政事业性收费 '));
  assert.match(out[at - 1], /^\| -+ \| -+ \|$/, out.slice(at - 2, at + 1).join('\n'));
});
