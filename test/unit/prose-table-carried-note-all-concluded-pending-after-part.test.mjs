// prose-table readings (brk128 #7, brk125 #2, #3): `所有申请均已办结。` in a sentence of its own after the year's counts;
// `受理…14件（含上年结转1件）`, a count that says it includes last year's, is 新收 + 上年结转, not 新收; `另有2件因…，结转至
// 2025年继续办理` after a count concluded greater than the one channel's applications named before is all the applications'
// pending count again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, proseBrief } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// The example's 表三: 新收 46, 上年结转 2, 办结 47, 结转下年度 1.
const S = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const table = (sentence) => core.analyze(edit(CORRECT, S, sentence)).findings.filter((f) => f.ruleId === 'prose-table');

test('"all applications concluded" in a sentence of its own after the year\'s counts is compared with 结转下年度', () => {
  const [f] = table('全年新收政府信息公开申请46件，上年结转2件。所有申请均已办结。');
  assert.deepEqual([f.expected, f.data.quantity, f.severity], [1, 'R4', 'error']);
  assert.match(f.message.zh ?? f.message, /“所有申请均已办结”说本年的申请已全部办结/);
  // The same words in the first sentence were already reported; with no count before, nothing is.
  assert.equal(table('全年新收政府信息公开申请46件，上年结转2件，所有申请均已办结。').length, 1);
  assert.equal(table('所有申请均已办结。').length, 0);
});

test('a count received with （含上年结转N件） is 新收 + 上年结转', () => {
  assert.deepEqual(table('全年共受理政府信息公开申请46件（含上年结转2件）。').map(proseBrief), [[46, 48, 'R1+R2', 'error', '48']]);
  assert.deepEqual(table('全年共受理政府信息公开申请48件（含上年结转2件）。'), []);
  // Without the note, 受理 may be 新收: 46 agrees.
  assert.deepEqual(table('全年共受理政府信息公开申请46件。'), []);
});

test('a pending count after a count concluded greater than a channel\'s applications is the year\'s', () => {
  const base = '全年新收政府信息公开申请46件，其中自然人申请40件，律师事务所申请2件。已办结47件；';
  assert.deepEqual(table(`${base}另有2件因需征求第三方意见，结转至2025年继续办理。`).map((f) => [f.actual, f.expected, f.data.quantity]), [[2, 1, 'R4']]);
  assert.deepEqual(table(`${base}2件因需征求第三方意见，结转至2025年继续办理。`).map((f) => [f.actual, f.expected, f.data.quantity]), [[2, 1, 'R4']]);
  assert.deepEqual(table(`${base}另有1件因需征求第三方意见，结转至2025年继续办理。`), []);
  // Right after the channel's count, a count no greater than it may be its own: not compared.
  assert.deepEqual(table('全年新收政府信息公开申请46件，其中通过网上申请平台收到申请30件，答复30件。'), []);
});
