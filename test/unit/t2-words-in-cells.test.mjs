// 表二 cells written with a currency or a word where the number goes (helper-208 #2): `￥12.5` in the fee row read as
// no row at all (row-missing "表二缺少……行"), and its quick fix inserted a second fee row between the header and its
// `| --- |` line, which turned the header into a paragraph. Now a currency before an amount is number-invalid with a fix
// that keeps the number, a word where a number goes is number-invalid on its cell (the row read, its other numbers in
// their columns), and no row goes between a header and its delimiter row.
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

test('a word where the number goes is number-invalid on that cell (helper-209 #6: it was read into the label, the row missing); no second row is inserted', () => {
  for (const [line, label] of [[FEE, '行政事业性收费'], [PERMIT, '行政许可']]) {
    for (const word of ['见附件', 'RMB', '不适用']) {
      const text = CORRECT.replace(line, `| ${label} | ${word} `);
      const found = findingsOf(text);
      assert.deepEqual(found.map((f) => f.ruleId), ['number-invalid'], `${label} ${word}`);
      assert.equal(found[0].message, `表二“${label}”中的“${word}”不是数字：请只填阿拉伯数字，说明文字写在表外。`);
      assert.equal(text.split('\n')[found[0].range.start.line].slice(found[0].range.start.character, found[0].range.end.character), word);
      assert.equal(rows(core.fixAll(text).text, label).length, 1, `${label} ${word}: one row`);
    }
  }
  // Two words for one number: the row is not read; row-missing names them rather than calling the row blank or absent.
  const two = findingsOf(CORRECT.replace(FEE, '| 行政事业性收费 | 见附件 | 另见说明 ')).filter((f) => f.ruleId === 'row-missing');
  assert.equal(two.length, 1);
  assert.match(two[0].message, /^表二“行政事业性收费”行的“见附件”“另见说明”不是数字，这一行没有读出数字/);
  // In 表三 the row's numbers stay in their columns: 2 is 商业企业's, 24 the 总计.
  const t3 = CORRECT.replace(/^(\| （一）予以公开 +\| )21 /m, '$1见附件 ');
  assert.notEqual(t3, CORRECT);
  assert.deepEqual(findingsOf(t3).map((f) => f.ruleId), ['number-invalid']);
  const r = core.parseReport(t3).tables.t3.rows.find((x) => x.id === 'R3.1');
  assert.deepEqual(r.cells.map((c) => c?.value ?? null), [null, 2, 0, 0, 1, 0, 24]);
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
