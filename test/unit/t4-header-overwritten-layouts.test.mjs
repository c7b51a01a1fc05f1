// 表四's leaf labels written over with numbers (or left blank) in the layouts 39df23c1 did not read so (brk186 #1, #2,
// #10): a one-row header of compound names (行政复议结果维持 …) with one or a few cells overwritten, the first one too;
// the web copy's three header rows (行政复议's five leaves beside 未经复议直接起诉 | 复议后起诉, the litigation groups'
// ten leaves on the third row) in HTML and in tab fields, the third row overwritten with numbers (in HTML 行政复议's
// five on the second too). Each number is said by column-label at its place and the values are read from the row
// below (they were read from the overwritten row: number-invalid on the labels, row-duplicate, prose-table on correct
// prose). A blank leaf in the web copy (HTML or tab fields) is said and fixed back. Base:
// examples/correct-2024.nianbao.md.
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
const NUMBERS = VALUES.split('|').slice(1, -1).map((c) => c.trim());
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const ALL = [0, 1, 2].flatMap(() => LEAVES);
const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const FLAT = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => LEAVES.map((l) => g + l));
const row = (cells) => `| ${cells.join(' | ')} |`;
const DELIM = `|${'---|'.repeat(15)}`;

/** The example with 表四 written as `rows` (header rows and values). */
const table = (rows) => { const l = example.split('\n'); l.splice(FIRST, 5, ...rows); return l.join('\n'); };
/** The one-row header of compound names, its cells `cells`, over the values. */
const oneRow = (cells) => table([row(cells), DELIM, VALUES]);
/** The web copy's three header rows in HTML, its third row's ten cells `third`, over the value rows `values`. */
const html = (third, values = [NUMBERS], second = LEAVES) => table([
  '<table>',
  '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
  `<tr>${second.map((l) => `<td rowspan="2">${l}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>`,
  `<tr>${third.map((c) => `<td>${c}</td>`).join('')}</tr>`,
  ...values.map((v) => `<tr>${v.map((c) => `<td>${c}</td>`).join('')}</tr>`),
  '</table>',
]);
/** The same rows as a Word copy's tab fields (the merged cells empty fields). */
const tabs = (third, values = [NUMBERS], second = LEAVES) => table([
  ['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')].join('\t'),
  [...second, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''].join('\t'),
  ['', '', '', '', '', ...third].join('\t'),
  ...values.map((v) => v.join('\t')),
]);

const t4Values = (text) => core.analyze(text).report.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
const EXPECTED_VALUES = t4Values(example);
/** The message column-label gives a number `n` over leaf `i` (0–14) whose label is `label`. */
const overwritten = (i, n, label) => `表四${GROUPS[Math.floor(i / 5)]}的列标题被数“${n}”覆盖（表头行填的是数而不是列名）；按位置应为“${label}”。`;

test('表四 one-row header of compound names with one or a few labels written over with numbers (the first too): each said, values read below', () => {
  for (const at of [[0], [4], [4, 9], [0, 7, 14]]) {
    const text = oneRow(FLAT.map((c, i) => (at.includes(i) ? NUMBERS[i] : c)));
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.message), at.map((i) => overwritten(i, NUMBERS[i], FLAT[i])), `${at}`);
    assert.ok(findings.every((f) => f.fix === undefined));
    assert.deepEqual(t4Values(text), EXPECTED_VALUES, `${at}`);
  }
});

for (const [name, layout] of [['HTML', html], ['tab fields', tabs]]) {
  test(`表四 web copy's three header rows (${name}), the leaf rows written over with numbers: each said, values read below`, () => {
    assert.deepEqual(core.analyze(layout(ALL.slice(5))).findings, []);
    const third = NUMBERS.slice(5);
    const text = layout(third);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.message), third.map((n, k) => overwritten(k + 5, n, LEAVES[k % 5])));
    assert.deepEqual(t4Values(text), EXPECTED_VALUES);
    // 行政复议's five leaves on the second row written over too (HTML; the tab copy is not read so yet): all 15 said.
    if (layout === html) {
      const all = layout(third, [NUMBERS], NUMBERS.slice(0, 5));
      assert.deepEqual(core.analyze(all).findings.map((f) => f.message), NUMBERS.map((n, i) => overwritten(i, n, LEAVES[i % 5])));
      assert.deepEqual(t4Values(all), EXPECTED_VALUES);
    }
    // Two rows of numbers under the whole header stay two rows of values.
    assert.deepEqual(core.analyze(layout(ALL.slice(5), [NUMBERS, NUMBERS])).findings.map((f) => f.ruleId), ['row-duplicate']);
  });
}

test('表四 web copy with leaf labels blank (HTML: empty or &nbsp;; tab fields): each said by position and group, fixed back', () => {
  for (const [layout, blank] of [[html, ''], [html, '&nbsp;'], [tabs, '']]) {
    const text = layout(ALL.slice(5).map((c, k) => (k === 2 || k === 7 ? blank : c)));
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.message), [7, 12].map((i) => `表四${GROUPS[Math.floor(i / 5)]}的列标题为空；按位置应为“${LEAVES[i % 5]}”。`));
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, layout(ALL.slice(5)));
    assert.deepEqual(core.analyze(fixed).findings, []);
  }
});
