// 表三 row labels wrapped into a row of their own (a narrow label column in Word, pasted row by row): the label's
// rest in the first cell of the next row, every other cell empty. Built from examples/correct-2024.nianbao.md
// (clean), as the breaker8 input wrap_label_continuation_row.md (item 16) is. Such a label is read whole, for every
// row alike; a misspelling in it is fixed in the first row and the wrapped rest deleted with its row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PARTIAL = '| （二）部分公开（区分处理的，只计这一情形，不计其他情形）                 | 5      | 0        | 0        | 1            | 0            | 0    | 6    |';
const NO_CORRECTION = '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请         | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const WRAPPED = edit(edit(BASE,
  PARTIAL, '| （二）部分公开（区分处理的，只计这一情形， | 5 | 0 | 0 | 1 | 0 | 0 | 6 |\n| 不计其他情形） | | | | | | | |'),
  NO_CORRECTION, '| 1.申请人无正当理由逾期不补正、行政机关不再 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 处理其政府信息公开申请 | | | | | | | |');

test('labels wrapped into a continuation row (wrap_label_continuation_row.md): both read whole, no finding (was row-label “相差 7 个字” for one of them)', () => {
  const { report, findings } = core.analyze(WRAPPED);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.deepEqual(rowValues(report, 't3', 'R3.2'), [5, 0, 0, 1, 0, 0, 6]);
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.2').match.kind, 'exact');
  // A row of a label cell and empty cells that continues no label (the group label （三）不予公开) stays its own row.
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.3.1').match.kind, 'exact');
});

test('a misspelled wrapped label: the fix writes the label in the first row and deletes the continuation row, nothing else', () => {
  const text = edit(WRAPPED, '只计这一情形， | 5', '只记这一情形， | 5');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /只记这一情形，不计其他情形）”与格式不一致/);
  const fixed = core.fixAll(text).text;
  assert.ok(!fixed.includes('| 不计其他情形） |'), 'no stray continuation row');
  assert.ok(fixed.includes('| （二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
  // Only the label and its continuation row changed.
  assert.equal(fixed.split('\n').length, text.split('\n').length - 1);
});
