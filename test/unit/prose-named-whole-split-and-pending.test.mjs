// brk151 #7: two forms of 依申请 prose the docs say are checked went unchecked:
// - a split by channel opened by a clause naming the applications without their count (`全年新收申请中，信函申请12件、
//   网上申请30件、当面申请10件`: 52 > 新收 46), while the same list after `从申请方式看，` or `…46件，其中…` was reported;
// - `尚有3件申请在法定答复期限内` (still within the time to answer: carried over) against 结转下年度 1, while
//   `另有3件仍在法定答复期限内` was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '结转下年度继续办理1件。';
const after = (sentence) => CORRECT.replace(T3_SENTENCE, `${T3_SENTENCE}\n\n${sentence}`);
const found = (sentence) => core.analyze(after(sentence)).findings;

test('a split by channel after 新收申请中 that adds up to more than 新收 is prose-table', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  for (const [sentence, whole] of [['全年新收申请中，信函申请12件、网上申请30件、当面申请10件。', '本年新收申请 46'], ['本年度收到的政府信息公开申请中，信函申请12件，网上申请30件，当面申请10件。', '本年新收申请 46']]) {
    const f = found(sentence);
    assert.deepEqual(f.map((x) => x.ruleId), ['prose-table'], sentence);
    assert.match(f[0].message, /合计 52 件/, sentence);
    assert.ok(f[0].message.includes(whole), sentence);
  }
});

test('a split by channel after 新收申请中 that 表三 holds gives nothing', () => {
  for (const sentence of ['全年新收申请中，信函申请12件、网上申请24件、当面申请10件。', '本年度收到的政府信息公开申请中，信函申请12件，网上申请26件，当面申请10件。']) {
    assert.deepEqual(found(sentence).map((x) => x.ruleId), [], sentence);
  }
});

test('尚有N件申请在法定答复期限内 is compared with 结转下年度继续办理', () => {
  const f = found('截至2024年12月31日，尚有3件申请在法定答复期限内。');
  assert.deepEqual(f.map((x) => [x.ruleId, x.actual, x.expected]), [['prose-table', 3, 1]]);
  assert.match(f[0].message, /结转下年度继续办理为 1，正文写 3/);
  for (const sentence of ['截至2024年12月31日，尚有1件申请在法定答复期限内。', '截至2024年12月31日，有1件在法定答复期内。']) {
    assert.deepEqual(found(sentence).map((x) => x.ruleId), [], sentence);
  }
});

test('a count within the time to answer is pending only when the clause ends there: 在答复期内被申请人撤回 is what happened to them (brk141 fp12)', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const at = '结转下年度继续办理1件。';
  assert.ok(correct.includes(at));
  const prose = (s) => core.analyze(correct.replace(at, at + s)).findings.filter((f) => f.ruleId === 'prose-table');
  assert.deepEqual(prose('另有5件申请在答复期内被申请人撤回。'), []);
  assert.equal(prose('尚有3件申请在法定答复期限内。').length, 1);
});
