// prose-table: a 其中 list by applicant after a count received that includes 上年结转 (`收到申请48件（含上年结转2件）`)
// may still split the 新收 alone: when it says so (`其中本年新收的申请中，自然人40件…`, `其中新收申请中自然人申请40件`),
// or its parts add up to 表三's 新收 and not to the total stated (40 + 3 + 1 + 2 = 46, not 48), each part is its
// column's 新收, never "fixed" to 新收 + 上年结转 (brk187 fp-prose2-han-shangnian-*; brk186 #14 is
// prose-table-applicants-with-carry). Base: examples/correct-2024 (表三 新收 自然人 40, 商业企业 3, 社会公益组织 1,
// 法律服务机构 2, total 46; 上年结转 自然人 2, total 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, proseBrief as brief, proseTableOf as table } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINE = '全年新收政府信息公开申请46件，上年结转2件；';
const withLine = (line) => edit(CORRECT, LINE, line);
const HEAD = '全年共收到政府信息公开申请48件（含上年结转2件），';

test('a list that says it splits the 新收, or adds up to 新收 and not to the total, is silent when right (brk187)', () => {
  for (const line of [
    `${HEAD}其中本年新收的申请中，自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件。`,
    `${HEAD}其中新收申请中自然人申请40件、法人或其他组织申请6件。`,
    `${HEAD}其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件。`,
    // (A total written as 新收 under the note: the parts, adding up to it, may be either; the 46 is the count's own finding.)
    '全年共收到政府信息公开申请46件（含上年结转2件），其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件；',
    // (Without the note, a count received that is 新收 + 上年结转: the same.)
    '全年共收到政府信息公开申请48件，其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件；',
  ]) {
    const text = withLine(line);
    assert.deepEqual(table(text).filter((f) => f.data.quantity !== 'R1+R2').map(brief), [], line);
    assert.ok(!core.fixAll(text).text.includes('自然人42件'), line);
  }
});

test('the repro files of brk187 (line 15 of the base replaced whole) are silent', () => {
  const line15 = CORRECT.split('\n')[14];
  for (const line of [
    `${HEAD}其中本年新收的申请中，自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件。`,
    `${HEAD}其中新收申请中自然人申请40件、法人或其他组织申请6件。`,
    `${HEAD}其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件。`,
  ]) {
    const text = edit(CORRECT, line15, line);
    assert.deepEqual(table(text).map(brief), [], line);
    assert.equal(core.fixAll(text).text, text, line);
  }
});

test('a wrong part of a list that says it splits the 新收 is compared with its column\'s 新收, not 新收 + 上年结转', () => {
  // 41 + 3 + 1 + 2 = 47: neither 新收 nor the total, but the words say 新收.
  const found = table(withLine(`${HEAD}其中本年新收的申请中，自然人41件、商业企业3件、社会公益组织1件、法律服务机构2件。`));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[41, 40, 'natural:R1']]);
  const found2 = table(withLine(`${HEAD}其中新收申请中自然人申请41件、法人或其他组织申请6件。`));
  assert.deepEqual(found2.map((f) => [f.actual, f.expected, f.data.quantity]), [[41, 40, 'natural:R1']]);
});

test('a list adding up to the stated total still reads 新收 + 上年结转 (brk186 #14 unchanged)', () => {
  const found = table(withLine(`${HEAD}其中自然人43件、商业企业2件、社会公益组织1件、法律服务机构2件；`));
  assert.deepEqual(found.map(brief), [[43, 42, 'natural:R1+R2', 'error', '42'], [2, 3, 'C2:R1+R2', 'error', '3']]);
});

test('parts read as 新收 + 上年结转 are fixed only when they then add up to the total stated', () => {
  // 43 + 2 swapped for 42 + 3 still adds up to 45, not the 48 received: both said, neither fixed.
  const text = withLine(`${HEAD}其中自然人43件、商业企业2件；`);
  assert.deepEqual(table(text).map(brief), [[43, 42, 'natural:R1+R2', 'error', undefined], [2, 3, 'C2:R1+R2', 'error', undefined]]);
  assert.equal(core.fixAll(text).text, text);
});
