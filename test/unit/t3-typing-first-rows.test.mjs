// A 表三 pipe table being typed row by row (brk143 #3): with its header and one to three of its rows, it is a table
// cut short, whose missing rows row-missing names (with the fix that inserts them), as from the fourth row on; not a
// layout "broken" that table-unreadable tells the author to rewrite as the pipe table it already is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const full = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
const t3Header = full.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));

/** The example cut after `rows` data rows of its 表三 (header and delimiter row kept). */
const typedTo = (rows) => full.slice(0, t3Header + 2 + rows).join('\n') + '\n';

for (const rows of [1, 2, 3]) {
  test(`表三 typed to its row ${rows}: row-missing with its fix, no table-unreadable`, () => {
    const { findings } = core.analyze(typedTo(rows));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'table-unreadable'), []);
    const missing = findings.filter((f) => f.ruleId === 'row-missing');
    assert.ok(missing.length >= 20, `${missing.length} rows said missing`);
    assert.ok(missing.every((f) => f.fix), 'each missing row has the insert fix');
    // Fixed, the table has every row of the template (blank, to be filled): no row is missing any more.
    const fixed = core.fixAll(typedTo(rows)).text;
    const after = core.analyze(fixed).findings.filter((f) => f.ruleId === 'row-missing');
    assert.ok(after.every((f) => /没有数字|no number/.test(f.message)), after.map((f) => f.message).join('\n'));
    // Every row in the template's place: the labels in the order of the complete example (typed to the group
    // label `三、本年度办理结果`, the rows of （三） once went in above it).
    const labels = (text) => {
      const all = text.split('\n').slice(t3Header + 2).filter((l) => l.startsWith('|')).map((l) => l.split('|')[1].trim());
      return all.slice(0, all.indexOf('四、结转下年度继续办理') + 1);
    };
    const want = labels(full.join('\n'));
    assert.equal(want.length, 30); // the 25 rows of numbers and the five group labels (三、, （三）–（六）)
    assert.deepEqual(labels(fixed), want);
    assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.ruleId === 'row-order'), []);
  });
}

test('a lone row of numbers under 表三\'s heading is still no table of its rows (no cascade of row-missing)', () => {
  const text = full.slice(0, t3Header).join('\n') + '\n| 1 | 0 | 0 |\n';
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing'), []);
});
