// Fixes never spread a typo through blank cells of 表三. One wrong cell plus blank cells (or a blank or missing row)
// used to let `fixAll` set a total to what the typo's row adds up to, then fill the blanks from the column sums in a
// later pass: the fixed table added up around the typo with numbers the user never wrote. Each case below is a chain
// seen on examples/correct-2024.nianbao.md with one digit changed; the assertions hold for every such placement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROWS = {
  R1: /^\| 一、本年新收/, R2: /^\| 二、上年结转/, 'R3.1': /^\| （一）予以公开/, 'R3.2': /^\| （二）部分公开/,
  'R3.3.2': /^\| 2\.其他法律行政法规禁止公开/, 'R3.5.3': /^\| 3\.要求提供公开出版物/, 'R3.7': /^\| （七）总计/, R4: /^\| 四、结转下年度/,
};
const IDS = core.parseReport(correct).tables.t3.rows.filter((r) => r.cells.length === 7).map((r) => r.id);
const ORIGINAL = Object.fromEntries(IDS.map((id) => [id, rowValues(core.parseReport(correct), 't3', id)]));

/**
 * The example with some 表三 cells rewritten: `cells` maps a row id to { column (0–5 applicants, 6 总计): new text }
 * ('' blanks the cell; the cell keeps its width). `drop` removes whole rows.
 */
function variant(cells, drop = []) {
  const lines = correct.split('\n');
  for (const [id, byCol] of Object.entries(cells)) {
    const i = lines.findIndex((l) => ROWS[id].test(l));
    const parts = lines[i].split('|');
    for (const [col, text] of Object.entries(byCol)) {
      const width = parts[Number(col) + 2].length;
      parts[Number(col) + 2] = ` ${text}`.padEnd(width);
    }
    lines[i] = parts.join('|');
  }
  return lines.filter((l) => !drop.some((id) => ROWS[id].test(l))).join('\n');
}

/** 表三's values as numbers (null for blank) per row id. */
function table(text) {
  const report = core.parseReport(text);
  return Object.fromEntries(IDS.map((id) => [id, rowValues(report, 't3', id)]));
}

/**
 * Fixes `text` and asserts that no 表三 cell got a number the user did not write, other than the correct one: each
 * cell is as in the input, still blank, or what the original table has. Returns the fixed text.
 */
function assertNothingFromTheTypo(text) {
  const input = table(text);
  const fixed = core.fixAll(text).text;
  const out = table(fixed);
  for (const id of IDS) {
    for (let c = 0; c < 7; c++) {
      const v = out[id][c];
      if (v === null || v === input[id]?.[c]) continue;
      assert.equal(v, ORIGINAL[id][c], `${id} column ${c}: ${input[id]?.[c] ?? 'blank'} became ${v}, not the original ${ORIGINAL[id][c]}`);
    }
  }
  return fixed;
}

const errors = (text) => [...new Set(core.analyze(text).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();
const heldBack = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'cell-blank' && /未自动填写：表中与这些格相关的行或列合计不一致/.test(f.message));

test('a typo in 新收 and a blank 上年结转 row: 总计 is not set to the typo and the row is not made up from the balance', () => {
  // Old chain: sum-applicants set 新收's 总计 to 47 (41 + 3 + 0 + 1 + 2 + 0) since the balance could not be checked,
  // then cell-blank filled 上年结转 with 1 … 1 from the balance: no error left, the prose rewritten to 47.
  const text = variant({ R1: { 0: '41' }, R2: { 0: '', 1: '', 2: '', 3: '', 4: '', 5: '', 6: '' } });
  const fixed = assertNothingFromTheTypo(text);
  assert.equal(table(fixed).R1[6], 46);
  assert.ok(errors(fixed).includes('sum-applicants'), 'the typo is still reported after fixing');
});

test('a typo in a result row and a blank result row: nothing is filled from the column sums (without the typo, everything is)', () => {
  const text = variant({ 'R3.1': { 0: '22' }, 'R3.2': { 0: '', 1: '', 2: '', 3: '', 4: '', 5: '', 6: '' } });
  assert.ok(core.analyze(text).findings.filter((f) => f.ruleId === 'sum-applicants').every((f) => !f.fix), 'no total-setting fix while the column cannot be checked');
  const fixed = assertNothingFromTheTypo(text);
  assert.deepEqual(table(fixed)['R3.2'], [null, null, null, null, null, null, null]);
  assert.ok(errors(fixed).includes('sum-applicants'));
  // Without the typo a row with blanks among its numbers is filled from the sums, and so, once they are, is a row
  // with no number at all (brk106 #10: every identity holds with it filled in).
  const good = variant({ 'R3.2': { 0: '', 1: '', 2: '', 3: '', 4: '', 5: '', 6: '' }, 'R3.1': { 1: '' }, 'R3.3.2': { 3: '' } });
  assert.equal(heldBack(good).length, 0);
  const filled = table(core.fixAll(good).text);
  assert.deepEqual(filled['R3.1'], ORIGINAL['R3.1']);
  assert.deepEqual(filled['R3.3.2'], ORIGINAL['R3.3.2']);
  assert.deepEqual(filled['R3.2'], ORIGINAL['R3.2']);
});

test('a typo in a result row and a missing result row: the row is inserted blank and stays blank', () => {
  // Old chain: row-missing inserted （二） blank, then sum-applicants set （一）'s 总计 to 25, then cell-blank wrote
  // 4, 0, 0, 1, 0, 0, 5 into （二） (the original is 5 … 6).
  const text = variant({ 'R3.1': { 0: '22' } }, ['R3.2']);
  const fixed = assertNothingFromTheTypo(text);
  assert.ok(fixed.includes('（二）部分公开'), 'the missing row is inserted');
  assert.ok(errors(fixed).includes('sum-applicants'));
});

test('a typo in a result row and a blank 总计 in another row: the typo row\'s 总计 keeps its number (a checked typo in a 总计 is still set right)', () => {
  // Old chain: with 1.属于国家秘密's 总计 blank the 总计 column could not be checked, so （一）'s 总计 became 25; the blank
  // was filled (0) in the same pass and （七）总计 then disagreed with the results.
  const text = variant({ 'R3.1': { 1: '3' }, 'R3.5.3': { 6: '' } });
  const fixed = assertNothingFromTheTypo(text);
  assert.equal(table(fixed)['R3.1'][6], 24);
  // Its row's 商业企业 cell is in the column that does not add up: the sum of the row is not trusted either.
  assert.equal(table(fixed)['R3.5.3'][6], null);
  assert.equal(heldBack(fixed).length, 1);
  assert.ok(errors(fixed).includes('sum-applicants'));
  // A typo in a 总计 that another identity checks (新收's 46 → 47: the balance of the 总计 column) is set right, and a
  // blank whose row and columns have nothing to do with it is filled.
  const checked = variant({ R1: { 6: '47' }, 'R3.5.3': { 2: '' } });
  assert.deepEqual(table(core.fixAll(checked).text), ORIGINAL);
  assert.deepEqual(errors(core.fixAll(checked).text), []);
});

test('a blank cell in the typo\'s own row is not filled with the difference (which would hide the typo in it)', () => {
  // Old: the blank 商业企业 of （一） got 24 − 22 − 0 − 0 − 1 − 0 = 1 (the original is 2).
  const text = variant({ 'R3.1': { 0: '22', 1: '' } });
  assert.equal(heldBack(text).length, 1, 'the finding says why the cell is not filled');
  const fixed = assertNothingFromTheTypo(text);
  assert.equal(table(fixed)['R3.1'][1], null);
  assert.ok(errors(fixed).includes('sum-results'), 'the column with the typo still does not add up');
});

test('two blank cells in the typo\'s row whose other cells add up because of the typo are not filled with 0', () => {
  // 自然人 21 → 22 and 科研机构 (0), 法律服务机构 (1) blank: 22 + 2 = 24 made both blanks 0.
  const text = variant({ 'R3.1': { 0: '22', 2: '', 4: '' } });
  const fixed = assertNothingFromTheTypo(text);
  assert.deepEqual(table(fixed)['R3.1'].slice(0, 6), [22, 2, null, 0, null, 0]);
  assert.match(heldBack(fixed)[0]?.message ?? '', /请对照原表填写/);
});

test('the English message says why the cells were left to the user', () => {
  const text = variant({ 'R3.1': { 0: '22', 1: '' } });
  const f = core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'cell-blank');
  assert.match(f.message, /Not filled in automatically: a row or column these cells depend on does not add up/);
});
