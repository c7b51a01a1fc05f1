// A `小计` row under a 表三 group's rows in a table pasted one cell a line (from Word or a web page): with its label
// spaced apart (`小  计`, `小　计`: a Word cell's distributed alignment) it was read a character a token, its last
// (`计`) taken for the label, and the subtotal was not checked, while the same row in a pipe table was (sum-subtotal).
// It is now that group's subtotal in every layout. Base: examples/correct-2024.nianbao.md, the (三) subtotal 6 0 0 0 0 0 6.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, toCells, rewriteRows } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAST = CORRECT.split('\n').find((l) => l.startsWith('| 8.属于行政查询事项')) + '\n';
/** The example with a subtotal row `label` of `cells` under （三）不予公开's rows, in the layout `to`. */
const withSubtotal = (label, cells, to) => to(edit(CORRECT, LAST, LAST + `| ${label} | ${cells.join(' | ')} |\n`));
const LAYOUTS = {
  pipe: (t) => t,
  'one cell a line': toCells,
  'one cell a line, ` |`': (t) => rewriteRows(t, (c) => c.map((x) => `${x} |`)),
};

for (const label of ['小  计', '小　计', '合  计']) {
  for (const [name, to] of Object.entries(LAYOUTS)) {
    test(`a wrong “${label}” under （三）不予公开, ${name}: sum-subtotal, and the fix sets the sum`, () => {
      const text = withSubtotal(label, [7, 0, 0, 0, 0, 0, 7], to);
      const t = core.parseReport(text).tables.t3;
      assert.deepEqual(t.subtotalRows?.map((x) => [x.group, x.label]), [['R3.3', label]]);
      const found = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-subtotal');
      assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.row]), [[7, 6, 'R3.3'], [7, 6, 'R3.3']]);
      assert.match(found[0].message, new RegExp(`^表三“（三）不予公开”各行之下的“${label}”行，“自然人”列应为 6（其上 8 行之和），实为 7，相差 \\+1。`));
      assert.equal(core.fixAll(text).text, withSubtotal(label, [6, 0, 0, 0, 0, 0, 6], to));
    });
    test(`a right “${label}” under （三）不予公开, ${name}: nothing said`, () => {
      assert.deepEqual(core.analyze(withSubtotal(label, [6, 0, 0, 0, 0, 0, 6], to)).findings.map((f) => f.ruleId), []);
    });
  }
}
