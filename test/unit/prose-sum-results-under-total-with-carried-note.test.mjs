// brk134 #5: a list of 办理结果 after a count concluded that notes the carried-over ones it holds (`全年共办结申请47件
// （含2023年结转2件），其中予以公开…`) splits that count: prose-sum checks it, and prose-table's fix of a wrong result
// that makes the list add up is offered as without the bracket (it said changing it would alter the list's sum).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 予以公开 24, 部分公开 6, 不予公开 6, 无法提供 7, 不予处理 3, 其他处理 1, （七）总计 47.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const text = (s) => edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`);
const prose = (s) => core.analyze(text(s)).findings.filter((f) => f.ruleId === 'prose-sum' || f.ruleId === 'prose-table');

test('a wrong result under 办结N件（含上年结转M件） gets the fix that makes the list add up', () => {
  for (const note of ['（含2023年结转2件）', '（含上年结转2件）']) {
    const s = `全年共办结申请47件${note}，其中予以公开22件，部分公开6件，不予公开6件，无法提供7件，不予处理3件，其他处理1件。`;
    const found = prose(s);
    assert.deepEqual(found.filter((f) => f.ruleId === 'prose-sum').map((f) => [f.actual, f.expected]), [[47, 45]], s);
    const [table] = found.filter((f) => f.ruleId === 'prose-table');
    assert.deepEqual([table.actual, table.expected, table.fix?.edits[0].newText], [22, 24, '24'], s);
    assert.match(table.message, /改这一个数即可/);
    const fixed = core.applyFixes(text(s), table.fix.edits).text;
    assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.ruleId.startsWith('prose-')).map((f) => f.message), [], s);
  }
});

test('a list that is not of 办理结果 under such a count is still not checked', () => {
  assert.deepEqual(prose('全年共受理申请48件（含上年结转2件），其中自然人申请30件，法人或其他组织申请7件。').filter((f) => f.ruleId === 'prose-sum').map((f) => f.message), []);
});
