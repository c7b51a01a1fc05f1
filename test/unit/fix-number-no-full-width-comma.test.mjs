// A fix that writes a number into a table cell (setCell: sum-applicants, sum-results, carry-over, …) kept a full-width
// comma grouping as the cell or the table wrote it (`1，025` → `1，024`), so the fixed text still carried
// number-invalid's full-width-comma warning on the cell the fix wrote. A fix writes one number: plain digits, or the
// ASCII grouping (`1,024`) the cell or table uses. Base: examples/correct-2024.nianbao.md, 自然人 raised by 1000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** correct-2024 with 1000 more 自然人 applications granted, numbers of four digits grouped with `sep`; 予以公开's 总计 off by one. */
function thousands(sep) {
  const g = (n) => `1${sep}${String(n).padStart(3, '0')}`;
  let text = edit(CORRECT, '| 40     | 3        | 0        | 1            | 2            | 0    | 46   |', `| ${g(40)}     | 3        | 0        | 1            | 2            | 0    | ${g(46)}   |`);
  text = edit(text, '| 21     | 2        | 0        | 0            | 1            | 0    | 24   |', `| ${g(21)}     | 2        | 0        | 0            | 1            | 0    | ${g(25)}   |`);
  text = edit(text, '| 41     | 3        | 0        | 1            | 2            | 0    | 47   |', `| ${g(41)}     | 3        | 0        | 1            | 2            | 0    | ${g(47)}   |`);
  text = edit(text, '新收政府信息公开申请46件', '新收政府信息公开申请1046件');
  return edit(text, '办结47件，其中予以公开24件', '办结1047件，其中予以公开1024件');
}
const granted = (text) => text.split('\n').find((l) => l.startsWith('| （一）予以公开'));

test('full-width comma grouping: the fixed 总计 is written in plain digits, and number-invalid says nothing of it', () => {
  const text = thousands('，');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'sum-applicants');
  assert.ok(f && f.fix);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.match(granted(fixed), /\| 1024 +\|$/);
  const line = fixed.split('\n').indexOf(granted(fixed));
  const after = core.analyze(fixed).findings;
  assert.deepEqual(after.filter((x) => x.ruleId === 'sum-applicants').map((x) => x.message), []);
  // number-invalid still warns of the cells the user wrote with `，`, not of the one the fix wrote.
  const warned = after.filter((x) => x.ruleId === 'number-invalid' && x.range.start.line === line).map((x) => x.message);
  assert.equal(warned.length, 1);
  assert.match(warned[0], /“1，021”/);
});

test('ASCII grouping is kept: the fixed 总计 is written `1,024`', () => {
  const text = thousands(',');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'sum-applicants');
  assert.ok(f && f.fix);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.match(granted(fixed), /\| 1,024 +\|$/);
  assert.deepEqual(core.analyze(fixed).findings.filter((x) => ['sum-applicants', 'number-invalid'].includes(x.ruleId)).map((x) => x.message), []);
});
