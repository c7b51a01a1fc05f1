// 表四's leaf header row with its labels left blank (one, three, a group's five or all 15), under the template's
// three header rows, under the two-level header (行政复议 | 行政诉讼 over the 15 labels) and under a one-row header of
// compound names (行政复议结果维持 …): each blank cell is reported by its position, with its group, and the fix writes
// the label back, as d2714c4c does for 表三. A correct header (with the variants read before: 其它结果) and one with a
// misspelled label (尚末审结; 结果纠 正 is 结果纠正 spaced out) are said as before. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = example.split('\n');
/** 表四's first header line (行政复议 | … | 行政诉讼); its value row is four lines below. */
const FIRST = LINES.findIndex((l) => l.startsWith('| 行政复议 |'));
const VALUES = LINES[FIRST + 4];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const ALL = [0, 1, 2].flatMap(() => LEAVES);
const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const E = (n) => Array(n).fill('');
const row = (cells) => `| ${cells.join(' | ')} |`;
const DELIM = `|${'---|'.repeat(15)}`;

/** The example with 表四 written as `rows` (header rows, the values last). */
const table = (rows) => { const l = example.split('\n'); l.splice(FIRST, 5, ...rows); return l.join('\n'); };
/** The template's three header rows, the leaf row's cells `leaves`. */
const threeRows = (leaves) => table([...LINES.slice(FIRST, FIRST + 3), row(leaves), VALUES]);
/** The two-level header: 行政复议 | 行政诉讼 over the 15 leaf cells `leaves`. */
const twoRows = (leaves) => table([row(['行政复议', ...E(4), '行政诉讼', ...E(9)]), DELIM, row(leaves), VALUES]);
/** The one-row header of compound names. */
const FLAT = ['行政复议', '直接起诉', '复议后起诉'].flatMap((g) => LEAVES.map((l) => g + l));
const oneRow = (cells) => table([row(cells), DELIM, VALUES]);

const labelFindings = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'column-label');
const blanked = (cells, at) => cells.map((c, i) => (at.includes(i) ? '' : c));
/** [group, label] each finding names, and whether it has a fix. */
const said = (text) => labelFindings(text).map((f) => {
  const m = /^表四(.+?)的列标题为空；按位置应为“(.+?)”。/.exec(f.message);
  assert.ok(m, f.message);
  return [m[1], m[2], !!f.fix];
});
const t4Values = (text) => core.analyze(text).report.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
const EXPECTED_VALUES = t4Values(example);

for (const [name, layout] of [['three header rows', threeRows], ['two header rows', twoRows]]) {
  for (const at of [[0], [1, 7, 14], [5, 6, 7, 8, 9], [...ALL.keys()]]) {
    test(`表四 (${name}) with leaf labels ${at.length === 15 ? 'all' : at.join(',')} blank: each reported by position and group, fixed back`, () => {
      const text = layout(blanked(ALL, at));
      assert.deepEqual(said(text), at.map((i) => [GROUPS[Math.floor(i / 5)], LEAVES[i % 5], true]));
      assert.deepEqual(t4Values(text), EXPECTED_VALUES);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, layout(ALL));
      assert.deepEqual(core.analyze(fixed).findings, []);
    });
  }
}

test('表四 one-row header of compound names with a blank: the label in the row\'s own style (行政复议尚未审结)', () => {
  const text = oneRow(blanked(FLAT, [3, 12]));
  assert.deepEqual(said(text), [[GROUPS[0], '行政复议尚未审结', true], [GROUPS[2], '复议后起诉其他结果', true]]);
  assert.equal(core.fixAll(text).text, oneRow(FLAT));
});

test('a correct 表四 header gives no finding, in each layout and with the variants read as the labels', () => {
  const variant = ALL.map((c, i) => (i === 2 ? '其它结果' : c));
  for (const text of [example, twoRows(ALL), oneRow(FLAT), threeRows(variant), twoRows(variant)]) assert.deepEqual(core.analyze(text).findings, []);
  // 行政复议's leaves beside the litigation groups on the second row, the first five cells of the third merged under them.
  const web = table([row(['行政复议', ...E(4), '行政诉讼', ...E(9)]), DELIM, row([...LEAVES, '未经复议直接起诉', ...E(4), '复议后起诉', ...E(4)]), row([...E(5), ...LEAVES, ...LEAVES]), VALUES]);
  assert.deepEqual(core.analyze(web).findings, []);
});

test('a misspelled 表四 leaf label is said as before; beside a blank, it is said at its own place too', () => {
  const typos = ALL.map((c, i) => (i === 1 ? '结果纠 正' : i === 8 ? '尚末审结' : c));
  for (const text of [threeRows(typos), twoRows(typos)]) {
    const found = labelFindings(text);
    assert.deepEqual(found.map((f) => f.message), ['表四的列标题“尚末审结”与格式不一致，应为“尚未审结”。']);
    assert.ok(found[0].fix);
  }
  const withBlank = twoRows(blanked(typos, [12]));
  assert.deepEqual(labelFindings(withBlank).map((f) => f.message), [
    '表四行政诉讼（未经复议直接起诉）的列标题“尚末审结”与格式不一致，应为“尚未审结”。',
    '表四行政诉讼（复议后起诉）的列标题为空；按位置应为“其他结果”。',
  ]);
  assert.equal(core.fixAll(withBlank).text, twoRows(typos.map((c, i) => (i === 8 ? '尚未审结' : c))));
});

for (const [name, layout] of [['three header rows', threeRows], ['two header rows', twoRows]]) {
  test(`表四 (${name}) leaf row written over with numbers, whole or in part: each said as overwritten, not fixed, values read below`, () => {
    for (const at of [[...ALL.keys()], [2, 11]]) {
      const text = layout(ALL.map((c, i) => (at.includes(i) ? '0' : c)));
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), at.map(() => 'column-label'), `${at}`);
      findings.forEach((f, k) => {
        assert.equal(f.message, `表四${GROUPS[Math.floor(at[k] / 5)]}的列标题被数“0”覆盖（表头行填的是数而不是列名）；按位置应为“${LEAVES[at[k] % 5]}”。`);
        assert.equal(f.fix, undefined);
      });
      assert.deepEqual(report.tables.t4.rows[0].cells.map((c) => c?.value ?? null), EXPECTED_VALUES);
    }
  });
}

test('two rows of numbers under a leaf line stay two rows of values (the second said by row-duplicate)', () => {
  const text = table([...LINES.slice(FIRST, FIRST + 4), VALUES, VALUES]);
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), ['row-duplicate']);
});
