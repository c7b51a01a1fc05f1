// brk128 #10: two wordings that contradict 表三 were silent. 10a: a reason of 不予公开 without the row's number word
// (`不予公开6件（其中内部事务信息3件）`, `过程性信息`) is that row, as `三类内部事务信息` is. 10b: a count of
// applications written in 万 (`新收…申请4.6万件`) is compared at the precision written, as 表二's are; never fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46; 不予公开 6, of which 5.属于三类内部事务信息 2, 6.属于四类过程性信息 1.
const COUNT = '全年新收政府信息公开申请46件';
assert.ok(CORRECT.includes(COUNT));
const found = (written) => core.analyze(CORRECT.replace(COUNT, written)).findings.filter((f) => f.ruleId === 'prose-table');

test('a reason of 不予公开 without 三类 or 四类 is compared with its row', () => {
  const [f, ...rest] = found(`${COUNT}，上年结转2件，不予公开6件（其中内部事务信息3件）`);
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected, f.data.quantity], [3, 2, 'R3.3.5']);
  assert.deepEqual(found(`${COUNT}，上年结转2件，不予公开6件（其中内部事务信息2件）`), []);
  const [g] = found(`${COUNT}，上年结转2件，不予公开6件（其中过程性信息3件）`);
  assert.deepEqual([g.actual, g.expected, g.data.quantity], [3, 1, 'R3.3.6']);
});

test('applications written in 万 are compared at the precision written, without a fix', () => {
  const [f, ...rest] = found('全年新收政府信息公开申请4.6万件');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected], [46000, 46]);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /未自动修改/);
});
