// brk130 #1: a clause opening with a topic or condition of the applications (`申请内容涉及过程性信息的，`, `涉及…的申请`,
// `对…的申请`) governs the results in its clause chain: they are that part's, never compared with 表三 nor fixed.
// brk130 #2: 内部事务信息/过程性信息 without 三类/四类 is the 不予公开 row only where it is the result (after 不予公开 in
// its sentence, or after 属于), not the content the applications asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46, 上年结转 2; 予以公开 24, 部分公开 6, 不予公开 6 (5.内部事务信息 2, 6.过程性信息 1).
const END = '结转下年度继续办理1件。';
assert.ok(CORRECT.includes(END));
const found = (added) => core.analyze(CORRECT.replace(END, END + added)).findings.filter((f) => f.ruleId === 'prose-table');

test('the results of applications of one topic are not compared with 表三 (brk130 #1)', () => {
  assert.deepEqual(found('申请内容涉及过程性信息的，经审查后予以公开2件。'), []);
  assert.deepEqual(found('涉及房屋征收的申请，予以公开2件、不予公开1件。'), []);
  assert.deepEqual(found('对涉及第三方合法权益的申请，部分公开2件。'), []);
  assert.deepEqual(found('申请公开征地补偿信息的申请5件，予以公开1件。'), []);
});

test('the results of all the applications still are (brk130 #1)', () => {
  for (const all of ['对收到的申请，予以公开2件。', '对上述申请，予以公开2件。', '对依法受理的申请，予以公开2件。', '全年涉及政府信息公开的申请，予以公开2件。']) {
    const [f, ...rest] = found(all);
    assert.equal(rest.length, 0, all);
    assert.deepEqual([f.actual, f.expected, f.data.quantity], [2, 24, 'R3.1'], all);
  }
});

test('applications asking for 内部事务信息 or 过程性信息 are not that 不予公开 row (brk130 #2)', () => {
  assert.deepEqual(found('对申请公开内部事务信息的3件申请，依法告知申请人。'), []);
  assert.deepEqual(found('要求公开过程性信息的申请5件，均已答复。'), []);
  assert.deepEqual(found('涉及内部事务信息的申请3件，依法作出答复。'), []);
});

test('内部事务信息 and 过程性信息 as the result of 不予公开 still are (brk130 #2)', () => {
  const [f, ...rest] = found('不予公开6件，其中属于过程性信息的3件。');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected, f.data.quantity], [3, 1, 'R3.3.6']);
  const [g] = found('不予公开的6件中，内部事务信息3件。');
  assert.deepEqual([g.actual, g.expected, g.data.quantity], [3, 2, 'R3.3.5']);
  assert.deepEqual(found('不予公开6件（其中内部事务信息2件、过程性信息1件）。'), []);
});
