// brk147 #6: `均为自然人申请`, `申请人均为自然人` and `未收到法人或其他组织申请` were not checked against 表三's other applicant
// columns, while `未收到政府信息公开申请` is checked against 新收. Each says the other kind of applicant's 新收 is 0: a
// nonzero one is prose-table (no number to fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '结转下年度继续办理1件。';
const after = (text, sentence) => text.replace(T3_SENTENCE, `${T3_SENTENCE}${sentence}`);
// 表三 with the applications of 法人或其他组织 (3 + 1 + 2 new, 3 + 1 + 2 concluded, all 予以公开 … as written) moved to 自然人.
const NEW = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';

test('all applications said to be of one kind while 表三 counts the other is prose-table', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE) && CORRECT.includes(NEW));
  for (const [sentence, message] of [
    ['全年新收政府信息公开申请46件，均为自然人申请。', /说申请都是自然人提出的，而表三的法人或其他组织新收申请为 6/],
    ['全年新收政府信息公开申请46件，申请人均为自然人。', /说申请都是自然人提出的，而表三的法人或其他组织新收申请为 6/],
    ['本年度申请人均为自然人。', /说申请都是自然人提出的/],
    ['全年未收到法人或其他组织申请。', /说没有，而表三的法人或其他组织新收申请为 6/],
    ['全年未收到自然人申请。', /说没有，而表三的自然人新收申请为 40/],
    ['全年新收政府信息公开申请46件，全部由法人或其他组织提出。', /说申请都是法人或其他组织提出的，而表三的自然人新收申请为 40/],
  ]) {
    const found = core.analyze(after(CORRECT, sentence)).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['prose-table', 'error']], sentence);
    assert.match(found[0].message, message, sentence);
    assert.equal(found[0].fix, undefined, sentence);
  }
});

test('the same when 表三 agrees, and 均为自然人 of something else, give nothing', () => {
  // Only 自然人 applied: the 法人或其他组织 columns all 0 (their 新收 moved to 自然人 and 总计 unchanged).
  const lines = CORRECT.split('\n');
  const t3 = lines.findIndex((l) => l === NEW);
  const header = lines.findIndex((l, i) => i > t3 - 12 && i < t3 && /自然人/.test(l));
  assert.ok(t3 > 0 && header > 0);
  const onlyNatural = lines.map((l, i) => {
    if (i < t3 || !/^\|/.test(l) || i > t3 + 40) return l;
    const cells = l.split('|');
    // | label | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
    if (cells.length !== 10 || !/^\s*\d+\s*$/.test(cells[2])) return l;
    const legal = [3, 4, 5, 6, 7].reduce((a, k) => a + Number(cells[k]), 0);
    cells[2] = ` ${Number(cells[2]) + legal} `;
    for (const k of [3, 4, 5, 6, 7]) cells[k] = ' 0 ';
    return cells.join('|');
  }).join('\n');
  assert.deepEqual(core.analyze(onlyNatural).findings.map((f) => f.ruleId), []);
  for (const sentence of ['全年新收政府信息公开申请46件，均为自然人申请。', '全年新收政府信息公开申请46件，申请人均为自然人。', '全年未收到法人或其他组织申请。']) {
    assert.deepEqual(core.analyze(after(onlyNatural, sentence)).findings.map((f) => f.ruleId), [], sentence);
  }
  // Not applications: a hotline's callers.
  assert.deepEqual(core.analyze(after(CORRECT, '12345热线来电46件，均为自然人。')).findings.map((f) => f.ruleId), []);
});
