// prose-table: a 其中 list by applicant that splits a count received which is 表三's 新收 + 上年结转 (it says 含上年结转,
// or equals that sum and not 新收 alone) is a split of that sum: each part is its column's 新收 + 上年结转, not its 新收
// (brk186 #14; the 新收-alone case is brk184 #6, prose-table-applicant-parts-of-new). Base: examples/correct-2024 (表三
// 新收 自然人 40, 商业企业 3, 社会公益组织 1, 法律服务机构 2, total 46; 上年结转 自然人 2, total 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, proseBrief as brief, proseTableOf as table } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINE = '全年新收政府信息公开申请46件，上年结转2件；';
const withLine = (line) => edit(CORRECT, LINE, line);

test('parts of 48（含上年结转2件） are the columns\' 新收 + 上年结转: 自然人43 and 商业企业2 against 42 and 3, fixed together', () => {
  // brk186 applicants-han-jiezhuan-swap: 43 + 2 + 1 + 2 = 48, as 42 + 3 + 1 + 2.
  const text = withLine('全年共收到政府信息公开申请48件（含上年结转2件），其中自然人43件、商业企业2件、社会公益组织1件、法律服务机构2件；');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[43, 42, 'natural:R1+R2', 'error', '42'], [2, 3, 'C2:R1+R2', 'error', '3']]);
  assert.match(found[0].message, /自然人新收与上年结转申请之和为 42.*正文写 43，相差 \+1/);
  assert.doesNotMatch(found[0].message, /两种读法/);
  assert.match(found[1].message, /各项之和不变（仍为 48）/);
  assert.doesNotMatch(found[1].message, /只改它会改变它们的和/);
  assert.ok(core.fixAll(text).text.includes('其中自然人42件、商业企业3件、社会公益组织1件、法律服务机构2件'));
});

test('the same without 含上年结转 when the count received equals 新收 + 上年结转 (48) and not 新收 (46)', () => {
  // brk186 prose-bad-applicants-received, without the note: 41 + 4 + 1 + 2 = 48.
  const found = table(withLine('全年共收到政府信息公开申请48件，其中自然人41件、商业企业4件、社会公益组织1件、法律服务机构2件；'));
  assert.deepEqual(found.map(brief), [[41, 42, 'natural:R1+R2', 'error', '42'], [4, 3, 'C2:R1+R2', 'error', '3']]);
});

test('parts that are the sums, or a note said with a total that is neither, read as 新收 + 上年结转: silent when right', () => {
  for (const line of [
    '全年共收到政府信息公开申请48件（含上年结转2件），其中自然人42件、商业企业3件、社会公益组织1件、法律服务机构2件；',
    '全年共收到政府信息公开申请48件，其中自然人42件、商业企业3件；',
  ]) assert.deepEqual(table(withLine(line)).map(brief), [], line);
  // 含上年结转 said: 自然人 40 is its 新收 alone, not the 42 the list of a count with 上年结转 in it has.
  const found = table(withLine('全年共收到政府信息公开申请48件（含上年结转2件），其中自然人40件、商业企业3件；'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[40, 42, 'natural:R1+R2']]);
});

test('a count received equal to 新收 alone still splits into 新收 parts (brk184 #6 unchanged)', () => {
  const found = table(withLine('全年共收到政府信息公开申请46件，其中自然人42件、商业企业3件；'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[42, 40, 'natural:R1']]);
});
