// prose-table: when 表三's 新收 row holds a typo (a column's results add up to its （七）总计 but 新收 + 上年结转 ≠ 总计 +
// 结转下年度), the prose's 收到/受理 count and an applicant column's count (`收到政府信息公开申请23件`, `自然人申请15件`)
// that are the number the balance needs are right: an info naming the table's row, no fix (breaker39 #8). They
// were errors, as the wording 新收 was not (these read 新收 or 新收 + 上年结转, and the hint took one reading only).
// Inputs: the breaker's m23 (新收 自然人 typed 16 for 15) and m27 (新收 自然人 and 总计 both one too high).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const M23 = readFileSync(join(R, 'breaker39-m23-t3-cell-typo-prose-right.md'), 'utf8');
const M27 = readFileSync(join(R, 'breaker39-m27-t3-r1-both-prose-right.md'), 'utf8');

test('the prose that restores 表三\'s balance is a hint at the table\'s 新收 row, for 收到 and for 自然人', () => {
  // (expected is the prose's own number: the message says it is right, brk183 #4.)
  assert.deepEqual(table(M27).map(brief), [[23, 23, 'R1', 'info', undefined], [15, 15, 'natural:R1', 'info', undefined]]);
  for (const f of table(M27)) assert.ok(f.message.includes('很可能是表三的') && f.message.includes('不要改正文'), f.message);
  assert.deepEqual(table(M23).map(brief), [[15, 15, 'natural:R1', 'info', undefined]]);
  // --fix leaves the right prose alone.
  assert.equal(core.fixAll(M27).text.split('\n')[8], M27.split('\n')[8]);
});

test('a prose count that does not restore the balance stays an error', () => {
  const line = M27.split('\n')[8];
  const wrong = edit(M27, line, line.replace('申请23件', '申请22件').replace('自然人申请15件', '自然人申请14件'));
  assert.deepEqual(table(wrong).map((f) => [f.actual, f.data.quantity, f.severity]), [[22, 'R1', 'error'], [14, 'natural:R1', 'error']]);
});
