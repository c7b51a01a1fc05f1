// 表四 with an intact header and its row of numbers written twice (brk187 #7): the second row is said once by
// row-duplicate, as in the two-level and three-row layouts. A one-row header of compound names (行政复议结果维持 …)
// is complete, so the first number row below it is values, never a leaf row written over with numbers (15
// column-label warnings were given on it). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** 表四's first header line (行政复议 | … | 行政诉讼); its value row is four lines below. */
const FIRST = example.split('\n').findIndex((l) => l.startsWith('| 行政复议 |'));
const VALUES = example.split('\n')[FIRST + 4];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const FLAT = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => LEAVES.map((l) => g + l));
const row = (cells) => `| ${cells.join(' | ')} |`;
const DELIM = `|${'---|'.repeat(15)}`;
/** The example with 表四 written as `rows`. */
const table = (rows) => { const l = example.split('\n'); l.splice(FIRST, 5, ...rows); return l.join('\n'); };
const t4Values = (text) => core.analyze(text).report.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
const brief = (text) => core.analyze(text).findings.map((f) => [f.ruleId, f.range.start.line]);

test('表四 one-row compound header, intact, over its number row written twice: one row-duplicate on the second, no column-label', () => {
  const text = table([row(FLAT), DELIM, VALUES, VALUES]);
  const second = FIRST + 3;
  assert.deepEqual(brief(text), [['row-duplicate', second]]);
  assert.match(core.analyze(text).findings[0].message, /^表四的数值行写了两次/);
  assert.deepEqual(t4Values(text), t4Values(example));
});

test('the same with the header written in other words or a cell misspelled: still a header, no number said over it', () => {
  // (Compound names with a full-width bracket group, as reports write them, and one leaf misspelled.)
  const words = FLAT.map((c) => c.replace('未经复议直接起诉', '行政诉讼未经复议直接起诉'));
  const typo = FLAT.map((c, i) => (i === 3 ? '行政复议尚末审结' : c));
  for (const header of [words, typo]) {
    const text = table([row(header), DELIM, VALUES, VALUES]);
    const rules = core.analyze(text).findings.map((f) => f.ruleId);
    assert.equal(core.analyze(text).findings.filter((f) => /覆盖/.test(f.message)).length, 0, rules.join());
    assert.equal(rules.filter((r) => r === 'row-duplicate').length, 1, rules.join());
  }
});

test('the two-level header (groups over 15 leaves) with its number row written twice: one row-duplicate (unchanged)', () => {
  const text = table([row(['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')]), DELIM, row(FLAT.map((c) => c.slice(-4).replace(/^.*(总计)$/, '$1'))), VALUES, VALUES]);
  assert.deepEqual(brief(text).map(([r]) => r), ['row-duplicate']);
});

test('a compound header with a number over a label over a single number row: said as before (column-label)', () => {
  const numbers = VALUES.split('|').slice(1, -1).map((c) => c.trim());
  const text = table([row(FLAT.map((c, i) => (i === 4 ? numbers[4] : c))), DELIM, VALUES]);
  assert.deepEqual(brief(text).map(([r]) => r), ['column-label']);
});
