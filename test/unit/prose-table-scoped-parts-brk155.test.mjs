// prose-table: correct sentences that name a part or another subject before their count stay silent (brk155 #1, #3, #4,
// #8), while the same claims about the whole year are still compared.
// Base: examples/correct-2024.nianbao.md (新收 46 = 自然人 40 + 法人或其他组织 6, 上年结转 2, 予以公开 24, 无法提供 7,
// 结转下年度 1; 表四 行政诉讼 2: 维持 1, 尚未审结 1, 结果纠正 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const AT = '结转下年度继续办理1件。';
const LIT_AT = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const table = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const added = (sentence, at = AT) => edit(CORRECT, at, `${at}${sentence}`);

test('baseline: the untouched example has no prose-table finding', () => {
  assert.ok(CORRECT.includes(AT) && CORRECT.includes(LIT_AT));
  assert.deepEqual(table(CORRECT), []);
});

test('a pending count about 12345热线 consultations is not 结转下年度, and --fix leaves it (brk155 #1)', () => {
  for (const s of ['对12345热线转来的政策咨询，尚有3件在法定答复期限内。', '12345热线转来的政策咨询中，尚有3件在答复期限内。', '针对群众来电咨询，尚有3件仍在办理中。']) {
    const text = added(s);
    assert.deepEqual(table(text).map((f) => f.message), [], s);
    assert.ok(core.fixAll(text).text.includes(s), s);
  }
  // The applications' own pending count is still compared.
  const [f] = table(added('尚有3件申请在法定答复期限内。'));
  assert.ok(f);
  assert.equal(f.data.quantity, 'R4');
});

test('未收到法人或其他组织申请 after a clause naming a part of the applications is that part\'s (brk155 #3)', () => {
  for (const s of ['通过信函方式提交的申请中，未收到法人或其他组织申请。', '上年结转的申请中，未收到法人或其他组织申请。', '涉及房屋征收的申请中，未收到法人或其他组织申请。']) {
    assert.deepEqual(table(added(s)).map((f) => f.message), [], s);
  }
  // The year's: still an error (法人或其他组织 新收 6).
  for (const s of ['未收到法人或其他组织申请。', '本年度新收的申请中，未收到法人或其他组织申请。', '上述申请中，未收到法人或其他组织申请。']) {
    const [f] = table(added(s));
    assert.ok(f, s);
    assert.equal(f.severity, 'error', s);
    assert.match(f.message, /法人或其他组织新收申请为 6/, s);
  }
});

test('the results of last year\'s carried-over applications said to be all concluded are theirs (brk155 #4)', () => {
  for (const s of ['上年结转的2件申请已全部办结，其中予以公开1件、无法提供1件。', '上年结转的2件申请均已办结，其中予以公开1件、无法提供1件。', '上年结转的2件申请，均已办结，其中予以公开1件、无法提供1件。', '上年结转的2件申请已全部办结（均已办结），其中予以公开1件、无法提供1件。']) {
    assert.deepEqual(table(added(s)).map((f) => f.message), [], s);
  }
  // The year's results after the year's count said to be all concluded: still compared.
  const text = edit(CORRECT, '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中', '全年收到政府信息公开申请46件，已全部办结，其中');
  const wrong = edit(text, '予以公开24件', '予以公开1件');
  assert.ok(table(wrong).some((f) => f.data.quantity === 'R3.1'));
});

test('败诉 of a carried-over lawsuit is not 表四\'s 结果纠正 (brk155 #8)', () => {
  for (const s of ['被提起行政诉讼2件，其中1件尚未审结；另有上年结转的行政诉讼案件1件，败诉1件。', '另有上年结转的行政诉讼案件1件，败诉1件。']) {
    assert.deepEqual(table(added(s, LIT_AT)).map((f) => f.message), [], s);
  }
  // This year's lawsuit named after the carried-over one: its 败诉 is compared again.
  for (const s of ['被提起行政诉讼2件，败诉1件。', '另有上年结转的行政诉讼案件1件；被提起行政诉讼2件，败诉1件。', '另有上年结转的行政诉讼案件1件，本年被提起行政诉讼2件，败诉1件。']) {
    const [f] = table(added(s, LIT_AT));
    assert.ok(f, s);
    assert.match(f.message, /行政诉讼结果纠正为 0，正文写 1/, s);
  }
});
