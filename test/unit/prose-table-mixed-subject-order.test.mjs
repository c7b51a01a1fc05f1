// prose-table: a subject that joins the agency's own organs and units under it covers both, whichever is written
// first (fixA #1). `局机关和下属3所学校共收到政府信息公开申请56件` was (rightly) not compared with 表三, while the same
// mixed subject in the other order, `11家委属单位和局机关共收到…56件`, was compared and flagged: only the end of the
// subject was looked at (a count of bodies, or a body word, last). Now each joined part is read: one the agency's own
// (局机关, 本机关, 我局, its name) and one another body make a scope 表三 may not count, in either order, as a subject
// before its verb and as one before what the bodies did (`…严格执行依申请公开制度，全年共收到…`).
// Base: examples/correct-2024.nianbao.md (表三 新收 46, 上年结转 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const received = (subject) => table(afterT3(CORRECT, `${subject}共收到政府信息公开申请56件。`));

test('the agency and units under it, joined in either order before the verb, are not compared with 表三', () => {
  for (const [a, b] of [['局机关', '下属3所学校'], ['局机关', '11家委属单位'], ['本机关', '下属单位'], ['局机关', '委属单位'], ['局机关', '委属11家医疗卫生单位'], ['某某市某某局', '委属单位']]) {
    for (const joiner of ['和', '及', '与', '、']) {
      assert.deepEqual(received(a + joiner + b), [], `${a}${joiner}${b}`);
      assert.deepEqual(received(b + joiner + a), [], `${b}${joiner}${a}`);
    }
  }
});

test('the same subject before what the bodies did governs the count after it, in either order', () => {
  for (const subject of ['局机关和下属3所学校', '11家委属单位和局机关']) {
    assert.deepEqual(table(afterT3(CORRECT, `${subject}严格执行依申请公开制度，全年共收到政府信息公开申请56件。`)), [], subject);
  }
});

test('the agency alone, or with its own offices, is still compared', () => {
  for (const subject of ['局机关', '本机关', '各科室和局机关']) {
    const found = received(subject);
    assert.equal(found.length, 1, subject);
    assert.deepEqual([found[0].actual, found[0].expected], [56, 46]);
  }
  const acting = table(afterT3(CORRECT, '我局严格执行依申请公开制度，全年共收到政府信息公开申请56件。'));
  assert.deepEqual(acting.map((f) => f.actual), [56]);
  // A run that qualifies a noun is no subject: `…和局机关的申请人` names people, the count is compared.
  assert.equal(table(afterT3(CORRECT, '11家委属单位和局机关的工作人员严格执行依申请公开制度，全年共收到政府信息公开申请56件。')).length, 1);
});
