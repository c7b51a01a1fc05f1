// 表四's leaf labels left blank or written over with a number in a Word copy's tab fields (brk187 #6): the template's
// three header rows, a one-row header of compound names, and the web copy's three rows with the third row's ten
// leaves alone (no empty fields under 行政复议's five). Each blank or number is said by column-label at its place and
// group, a blank fixed back, as in the pipe and HTML layouts (nothing was said). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FIRST = example.split('\n').findIndex((l) => l.startsWith('| 行政复议 |'));
const NUMBERS = example.split('\n')[FIRST + 4].split('|').slice(1, -1).map((c) => c.trim());
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const ALL = [0, 1, 2].flatMap(() => LEAVES);
const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const FLAT = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => LEAVES.map((l) => g + l));
const table = (rows) => { const l = example.split('\n'); l.splice(FIRST, 5, ...rows.map((r) => r.join('\t'))); return l.join('\n'); };
const GROUP_ROW = ['行政复议', '', '', '', '', '行政诉讼'];

/** Each layout: its header rows with the leaf line's cells `leaves` (15), and where leaf `i` (0–14) stands in them. */
const LAYOUTS = {
  template3rows: (leaves) => table([GROUP_ROW, ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'], leaves, NUMBERS]),
  compoundOneRow: (leaves) => table([leaves.map((c, i) => (c === LEAVES[i % 5] ? FLAT[i] : c)), NUMBERS]),
  webcopy3rows: (leaves) => table([GROUP_ROW, [...leaves.slice(0, 5), '未经复议直接起诉', '复议后起诉'], leaves.slice(5), NUMBERS]),
};
const t4Values = (text) => core.analyze(text).report.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
const label = (name, i) => (name === 'compoundOneRow' ? FLAT[i] : LEAVES[i % 5]);

for (const [name, layout] of Object.entries(LAYOUTS)) {
  test(`表四 tab fields, ${name}: a blank leaf said and fixed back, a number over a leaf said, the correct one silent`, () => {
    assert.deepEqual(core.analyze(layout(ALL)).findings, []);
    for (const i of [7, 13]) {
      const blank = layout(ALL.map((c, p) => (p === i ? '' : c)));
      assert.deepEqual(core.analyze(blank).findings.map((f) => f.message), [`表四${GROUPS[Math.floor(i / 5)]}的列标题为空；按位置应为“${label(name, i)}”。`], `${i}`);
      assert.equal(core.fixAll(blank).text, layout(ALL), `${i}`);
      const number = layout(ALL.map((c, p) => (p === i ? '0' : c)));
      const found = core.analyze(number).findings;
      assert.deepEqual(found.map((f) => f.message), [`表四${GROUPS[Math.floor(i / 5)]}的列标题被数“0”覆盖（表头行填的是数而不是列名）；按位置应为“${label(name, i)}”。`], `${i}`);
      assert.ok(found.every((f) => f.fix === undefined));
      assert.deepEqual(t4Values(number), t4Values(example), `${i}`);
    }
  });
}
